/* Visible tests for the configuration reader: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "config.h"

static int checks;
static int failures;

static void expect(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

static int line(const char *text)
{
    struct server_config cfg;

    config_defaults(&cfg);
    return config_parse_line(text, &cfg);
}

int main(void)
{
    static const char FILE_TEXT[] = "# web front end\n"
                                    "host = www.example.org\n"
                                    "port=8443\r\n"
                                    "  workers = auto\n"
                                    "timeout = 45s\n"
                                    "log_level = Debug\n"
                                    "tls = yes\n"
                                    "root = /var/www/site/\n";
    struct server_config cfg;
    int error_line = -1;

    expect("whole file", config_parse(FILE_TEXT, &cfg, &error_line), CFG_OK);
    expect("error line on success", error_line, 0);
    expect("host", strcmp(cfg.host, "www.example.org"), 0);
    expect("port", cfg.port, 8443);
    expect("workers", cfg.workers, 8);
    expect("timeout", cfg.timeout_ms, 45000);
    expect("log level", cfg.log_level, LOG_DEBUG);
    expect("tls", cfg.tls, 1);
    expect("keepalive default", cfg.keepalive, 1);
    expect("root without trailing slash", strcmp(cfg.root, "/var/www/site"), 0);
    expect("port out of range", line("port = 70000"), CFG_ERR_RANGE);
    expect("unknown key", line("hostname = a"), CFG_ERR_KEY);
    expect("no equals sign", line("tls yes"), CFG_ERR_SYNTAX);
    expect("second bad line", config_parse("host=a\nworkers=0\n", &cfg, &error_line), CFG_ERR_RANGE);
    expect("its line", error_line, 2);
    expect("host missing", config_parse("port=80\n", &cfg, &error_line), CFG_ERR_MISSING);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
