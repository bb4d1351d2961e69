/* Hidden behaviour tests for config_defaults, config_parse_line and config_parse.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Line syntax, blanks and comments, every key and every value rule with its limits, which
 * error wins, duplicates, the configuration left alone on error, line splitting (LF, CRLF),
 * line numbers, the line length limit and the whole-file rules.
 */
#include <stddef.h>
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

static void expect_str(const char *label, const char *got, const char *want)
{
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL %s: got \"%s\", want \"%s\"\n", label, got, want);
    }
}

enum field { F_NONE, F_HOST, F_PORT, F_WORKERS, F_TIMEOUT, F_LOG, F_TLS, F_KEEPALIVE, F_ROOT };

struct line_case {
    const char *line;
    int rc;
    enum field field;
    long num;        /* the field's new value (numbers and booleans) */
    const char *str; /* the field's new value (host, root) */
};

static const struct line_case LINES[] = {
    /* syntax, blanks and comments */
    {"", CFG_OK, F_NONE, 0, NULL},
    {"   ", CFG_OK, F_NONE, 0, NULL},
    {"\t \t", CFG_OK, F_NONE, 0, NULL},
    {"# port = 0", CFG_OK, F_NONE, 0, NULL},
    {"#", CFG_OK, F_NONE, 0, NULL},
    {"  ; port = 0", CFG_OK, F_NONE, 0, NULL},
    {"\t# x", CFG_OK, F_NONE, 0, NULL},
    {"host", CFG_ERR_SYNTAX, F_NONE, 0, NULL},
    {"tls yes", CFG_ERR_SYNTAX, F_NONE, 0, NULL},
    {"= x", CFG_ERR_SYNTAX, F_NONE, 0, NULL},
    {"=", CFG_ERR_SYNTAX, F_NONE, 0, NULL},
    {" \t = x", CFG_ERR_SYNTAX, F_NONE, 0, NULL},
    {"Host = x", CFG_ERR_KEY, F_NONE, 0, NULL},
    {"hostname = x", CFG_ERR_KEY, F_NONE, 0, NULL},
    {"hos = x", CFG_ERR_KEY, F_NONE, 0, NULL},
    {"ho st = x", CFG_ERR_KEY, F_NONE, 0, NULL},
    {"port_ = 1", CFG_ERR_KEY, F_NONE, 0, NULL},
    {"log-level = info", CFG_ERR_KEY, F_NONE, 0, NULL},
    {"unknown = ", CFG_ERR_KEY, F_NONE, 0, NULL},
    {"host = a=b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a # comment", CFG_ERR_VALUE, F_NONE, 0, NULL},
    /* host */
    {"host=a", CFG_OK, F_HOST, 0, "a"},
    {"  host \t=\t web-01.Example.COM \t ", CFG_OK, F_HOST, 0, "web-01.Example.COM"},
    {"host = 09azAZ.-", CFG_OK, F_HOST, 0, "09azAZ.-"},
    {"host =", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = \t ", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a_b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a/b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a:b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a@b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a[b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a`b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a{b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = a,b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"host = 123456789012345678901234567890123456789012345678901234567890123", CFG_OK, F_HOST, 0,
     "123456789012345678901234567890123456789012345678901234567890123"},
    {"host = 1234567890123456789012345678901234567890123456789012345678901234", CFG_ERR_TOO_LONG, F_NONE, 0, NULL},
    {"host = ________________________________________________________________", CFG_ERR_TOO_LONG, F_NONE, 0, NULL},
    /* port */
    {"port = 1", CFG_OK, F_PORT, 1, NULL},
    {"port=65535", CFG_OK, F_PORT, 65535, NULL},
    {"port = 000080", CFG_OK, F_PORT, 80, NULL},
    {"port = 0", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"port = 65536", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"port =", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"port = -1", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"port = +80", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"port = 80x", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"port = 8 0", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"port = 999999999", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"port = 1234567890", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"port = 0000000001", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"port = 123456789x", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"port = 12x4567890123", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"port = 1234567890x", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"port = auto", CFG_ERR_VALUE, F_NONE, 0, NULL},
    /* workers */
    {"workers = auto", CFG_OK, F_WORKERS, 8, NULL},
    {"workers = AUTO", CFG_OK, F_WORKERS, 8, NULL},
    {"workers = Auto  ", CFG_OK, F_WORKERS, 8, NULL},
    {"workers = autox", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"workers = aut", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"workers = 1", CFG_OK, F_WORKERS, 1, NULL},
    {"workers = 64", CFG_OK, F_WORKERS, 64, NULL},
    {"workers = 65", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"workers = 0", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"workers =", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"workers = 4x", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"workers = 9999999999", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"workers = 123456789x", CFG_ERR_VALUE, F_NONE, 0, NULL},
    /* timeout */
    {"timeout = 100", CFG_OK, F_TIMEOUT, 100, NULL},
    {"timeout = 99", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 600000", CFG_OK, F_TIMEOUT, 600000, NULL},
    {"timeout = 600001", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 250ms", CFG_OK, F_TIMEOUT, 250, NULL},
    {"timeout = 250MS", CFG_OK, F_TIMEOUT, 250, NULL},
    {"timeout = 250Ms", CFG_OK, F_TIMEOUT, 250, NULL},
    {"timeout = 2s", CFG_OK, F_TIMEOUT, 2000, NULL},
    {"timeout = 2S", CFG_OK, F_TIMEOUT, 2000, NULL},
    {"timeout = 600s", CFG_OK, F_TIMEOUT, 600000, NULL},
    {"timeout = 601s", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 1m", CFG_OK, F_TIMEOUT, 60000, NULL},
    {"timeout = 10M", CFG_OK, F_TIMEOUT, 600000, NULL},
    {"timeout = 11m", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 0s", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 0", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 5 s", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout = s", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout = ms", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout =", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout = 5h", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout = 5ms5", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout = 5sec", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout = 5mss", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout = 0.5s", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout = -5", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"timeout = 1234567890", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 1234567890ms", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 123456789ms", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 123456789m", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"timeout = 123456789x", CFG_ERR_VALUE, F_NONE, 0, NULL},
    /* log level */
    {"log_level = error", CFG_OK, F_LOG, LOG_ERROR, NULL},
    {"log_level = ERROR", CFG_OK, F_LOG, LOG_ERROR, NULL},
    {"log_level = warn", CFG_OK, F_LOG, LOG_WARN, NULL},
    {"log_level = Warning", CFG_OK, F_LOG, LOG_WARN, NULL},
    {"log_level = info", CFG_OK, F_LOG, LOG_INFO, NULL},
    {"log_level = debug", CFG_OK, F_LOG, LOG_DEBUG, NULL},
    {"log_level = DeBuG", CFG_OK, F_LOG, LOG_DEBUG, NULL},
    {"log_level = 0", CFG_OK, F_LOG, 0, NULL},
    {"log_level = 1", CFG_OK, F_LOG, 1, NULL},
    {"log_level = 3", CFG_OK, F_LOG, 3, NULL},
    {"log_level = 4", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"log_level = 9", CFG_ERR_RANGE, F_NONE, 0, NULL},
    {"log_level = 10", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"log_level = 03", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"log_level =", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"log_level = trace", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"log_level = warnings", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"log_level = -1", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"log_level = x", CFG_ERR_VALUE, F_NONE, 0, NULL},
    /* tls and keepalive (the fields start at 7, so that 0 is seen being stored) */
    {"tls = yes", CFG_OK, F_TLS, 1, NULL},
    {"tls = YES", CFG_OK, F_TLS, 1, NULL},
    {"tls = true", CFG_OK, F_TLS, 1, NULL},
    {"tls = True", CFG_OK, F_TLS, 1, NULL},
    {"tls = on", CFG_OK, F_TLS, 1, NULL},
    {"tls = ON", CFG_OK, F_TLS, 1, NULL},
    {"tls = 1", CFG_OK, F_TLS, 1, NULL},
    {"tls = no", CFG_OK, F_TLS, 0, NULL},
    {"tls = No", CFG_OK, F_TLS, 0, NULL},
    {"tls = false", CFG_OK, F_TLS, 0, NULL},
    {"tls = FALSE", CFG_OK, F_TLS, 0, NULL},
    {"tls = off", CFG_OK, F_TLS, 0, NULL},
    {"tls = oFF", CFG_OK, F_TLS, 0, NULL},
    {"tls = 0", CFG_OK, F_TLS, 0, NULL},
    {"tls =", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"tls = y", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"tls = 2", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"tls = yes please", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"tls = of", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"keepalive = yes", CFG_OK, F_KEEPALIVE, 1, NULL},
    {"keepalive = TRUE", CFG_OK, F_KEEPALIVE, 1, NULL},
    {"keepalive = on", CFG_OK, F_KEEPALIVE, 1, NULL},
    {"keepalive = 1", CFG_OK, F_KEEPALIVE, 1, NULL},
    {"keepalive = no", CFG_OK, F_KEEPALIVE, 0, NULL},
    {"keepalive = false", CFG_OK, F_KEEPALIVE, 0, NULL},
    {"keepalive = Off", CFG_OK, F_KEEPALIVE, 0, NULL},
    {"keepalive = 0", CFG_OK, F_KEEPALIVE, 0, NULL},
    {"keepalive = nope", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"keepalive =", CFG_ERR_VALUE, F_NONE, 0, NULL},
    /* root */
    {"root = /", CFG_OK, F_ROOT, 0, "/"},
    {"root = /var/www", CFG_OK, F_ROOT, 0, "/var/www"},
    {"root = /var/www/", CFG_OK, F_ROOT, 0, "/var/www"},
    {"root = /var/www///  ", CFG_OK, F_ROOT, 0, "/var/www"},
    {"root = ///", CFG_OK, F_ROOT, 0, "/"},
    {"root = /a b/c", CFG_OK, F_ROOT, 0, "/a b/c"},
    {"root = /a/.b", CFG_OK, F_ROOT, 0, "/a/.b"},
    {"root = /.", CFG_OK, F_ROOT, 0, "/."},
    {"root = /a.", CFG_OK, F_ROOT, 0, "/a."},
    {"root = /a./.b", CFG_OK, F_ROOT, 0, "/a./.b"},
    {"root = var/www", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"root =", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"root = /a/../b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"root = /a/..b", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"root = /..", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"root = /a..", CFG_ERR_VALUE, F_NONE, 0, NULL},
    {"root = /123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456",
     CFG_OK, F_ROOT, 0,
     "/123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456"},
    {"root = /1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567",
     CFG_ERR_TOO_LONG, F_NONE, 0, NULL},
    {"root = /..34567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567",
     CFG_ERR_TOO_LONG, F_NONE, 0, NULL},
    {"root = 1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890",
     CFG_ERR_VALUE, F_NONE, 0, NULL},
};

/* The configuration every line case starts from: the defaults, tls and keepalive at 7, a
 * seen bit for an unrelated key. */
static void start(struct server_config *cfg)
{
    config_defaults(cfg);
    cfg->tls = 7;
    cfg->keepalive = 7;
    cfg->seen = 0x100u;
}

static void expect_same(const char *label, const struct server_config *got, const struct server_config *want)
{
    expect_str(label, got->host, want->host);
    expect(label, got->port, want->port);
    expect(label, got->workers, want->workers);
    expect(label, got->timeout_ms, want->timeout_ms);
    expect(label, got->log_level, want->log_level);
    expect(label, got->tls, want->tls);
    expect(label, got->keepalive, want->keepalive);
    expect_str(label, got->root, want->root);
    expect(label, (long)got->seen, (long)want->seen);
}

static void apply_expected(struct server_config *want, const struct line_case *c)
{
    static const unsigned BITS[] = {0,
                                    CFG_SEEN_HOST,
                                    CFG_SEEN_PORT,
                                    CFG_SEEN_WORKERS,
                                    CFG_SEEN_TIMEOUT,
                                    CFG_SEEN_LOG_LEVEL,
                                    CFG_SEEN_TLS,
                                    CFG_SEEN_KEEPALIVE,
                                    CFG_SEEN_ROOT};

    switch (c->field) {
    case F_HOST:
        strcpy(want->host, c->str);
        break;
    case F_PORT:
        want->port = (int)c->num;
        break;
    case F_WORKERS:
        want->workers = (int)c->num;
        break;
    case F_TIMEOUT:
        want->timeout_ms = c->num;
        break;
    case F_LOG:
        want->log_level = (int)c->num;
        break;
    case F_TLS:
        want->tls = (int)c->num;
        break;
    case F_KEEPALIVE:
        want->keepalive = (int)c->num;
        break;
    case F_ROOT:
        strcpy(want->root, c->str);
        break;
    case F_NONE:
        break;
    }
    want->seen |= BITS[c->field];
}

static void test_lines(void)
{
    size_t i;

    for (i = 0; i < sizeof LINES / sizeof LINES[0]; i++) {
        const struct line_case *c = &LINES[i];
        struct server_config cfg;
        struct server_config before;
        struct server_config want;

        start(&cfg);
        before = cfg;
        want = cfg;
        expect(c->line, config_parse_line(c->line, &cfg), c->rc);
        if (c->rc != CFG_OK) {
            expect(c->line, memcmp(&cfg, &before, sizeof cfg) == 0, 1);
        } else {
            apply_expected(&want, c);
            expect_same(c->line, &cfg, &want);
        }
    }
}

static void test_duplicates(void)
{
    static const char *const KEYS[] = {"host = b", "port = 81", "workers = 2", "timeout = 5s",
                                       "log_level = warn", "tls = yes", "keepalive = no", "root = /x"};
    static const unsigned BITS[] = {CFG_SEEN_HOST, CFG_SEEN_PORT, CFG_SEEN_WORKERS, CFG_SEEN_TIMEOUT,
                                    CFG_SEEN_LOG_LEVEL, CFG_SEEN_TLS, CFG_SEEN_KEEPALIVE, CFG_SEEN_ROOT};
    static const char *const BAD[] = {"host =", "port = 0", "workers = x", "timeout = 1h",
                                      "log_level = 7", "tls = 5", "keepalive = x", "root = x"};
    struct server_config cfg;
    struct server_config before;
    size_t i;
    size_t j;

    for (i = 0; i < 8; i++) {
        start(&cfg);
        cfg.seen = BITS[i];
        before = cfg;
        expect(KEYS[i], config_parse_line(KEYS[i], &cfg), CFG_ERR_DUPLICATE);
        expect(BAD[i], config_parse_line(BAD[i], &cfg), CFG_ERR_DUPLICATE);
        expect(KEYS[i], memcmp(&cfg, &before, sizeof cfg) == 0, 1);
        for (j = 0; j < 8; j++) {
            if (j != i) {
                struct server_config other = before;
                expect(KEYS[j], config_parse_line(KEYS[j], &other), CFG_OK);
                expect(KEYS[j], (long)other.seen, (long)(BITS[i] | BITS[j]));
            }
        }
    }
}

static void test_arguments_and_defaults(void)
{
    struct server_config cfg;
    int line = 99;

    memset(&cfg, 0x5a, sizeof cfg);
    config_defaults(&cfg);
    expect_str("default host", cfg.host, "");
    expect("default port", cfg.port, 8080);
    expect("default workers", cfg.workers, 4);
    expect("default timeout", cfg.timeout_ms, 30000);
    expect("default log level", cfg.log_level, LOG_INFO);
    expect("default tls", cfg.tls, 0);
    expect("default keepalive", cfg.keepalive, 1);
    expect_str("default root", cfg.root, "/srv/www");
    expect("default seen", (long)cfg.seen, 0);
    expect("NULL line", config_parse_line(NULL, &cfg), CFG_ERR_ARG);
    expect("NULL config", config_parse_line("port = 1", NULL), CFG_ERR_ARG);
    expect("NULL config, comment", config_parse_line("# x", NULL), CFG_ERR_ARG);
    expect("NULL text", config_parse(NULL, &cfg, &line), CFG_ERR_ARG);
    expect("NULL text line", line, 0);
    line = 99;
    expect("NULL parse config", config_parse("host=a", NULL, &line), CFG_ERR_ARG);
    expect("NULL parse config line", line, 0);
    expect("NULL error line", config_parse("host=a\nport=0", &cfg, NULL), CFG_ERR_RANGE);
    expect("NULL error line, success", config_parse("host=a", &cfg, NULL), CFG_OK);
    expect("NULL error line, too long",
           config_parse("host=a\n#23456789012345678901234567890123456789012345678901234567890123456789012345678901234"
                        "5678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345"
                        "678901234567890123456789012345678901234567890123456789012345678901234567890123456789",
                        &cfg, NULL),
           CFG_ERR_TOO_LONG);
}

struct file_case {
    const char *label;
    const char *text;
    int rc;
    int line;
};

static const struct file_case FILES[] = {
    {"empty text", "", CFG_ERR_MISSING, 0},
    {"blank lines only", "\n\n  \n", CFG_ERR_MISSING, 0},
    {"host only, no line break", "host=a", CFG_OK, 0},
    {"host only, LF", "host=a\n", CFG_OK, 0},
    {"host only, CRLF", "host=a\r\n", CFG_OK, 0},
    {"blank lines around", "\n\r\nhost=a\n\n", CFG_OK, 0},
    {"CR inside a line", "host=a\rport=80\n", CFG_ERR_VALUE, 1},
    {"error on line 2", "host=a\nport=0\n", CFG_ERR_RANGE, 2},
    {"error on line 3 with CRLF", "# c\r\n\r\nbogus\r\n", CFG_ERR_SYNTAX, 3},
    {"error on the last line without LF", "host=a\n\n\nworkers=x", CFG_ERR_VALUE, 4},
    {"duplicate on line 2", "host=a\nhost=a", CFG_ERR_DUPLICATE, 2},
    {"unknown key on line 1", "color = red\nhost=a", CFG_ERR_KEY, 1},
    {"missing host", "port=81\n", CFG_ERR_MISSING, 0},
    {"tls on port 80", "host=a\ntls=yes\nport=80", CFG_ERR_VALUE, 0},
    {"tls off on port 80", "host=a\ntls=no\nport=80", CFG_OK, 0},
    {"tls on port 81", "host=a\ntls=on\nport=81", CFG_OK, 0},
    {"tls on default port", "host=a\ntls=1", CFG_OK, 0},
    {"missing host beats tls on port 80", "tls=on\nport=80", CFG_ERR_MISSING, 0},
    {"line error beats missing host", "port=80\ntls=x", CFG_ERR_VALUE, 2},
};

static void test_files(void)
{
    size_t i;

    for (i = 0; i < sizeof FILES / sizeof FILES[0]; i++) {
        struct server_config cfg;
        int line = -1;

        expect(FILES[i].label, config_parse(FILES[i].text, &cfg, &line), FILES[i].rc);
        expect(FILES[i].label, line, FILES[i].line);
    }
}

static void fill(char *buf, size_t n, char c)
{
    memset(buf, c, n);
    buf[n] = '\0';
}

static void test_line_lengths(void)
{
    char text[600];
    struct server_config cfg;
    int line = -1;

    /* line 2 is a comment of exactly 255 characters */
    strcpy(text, "host=a\n#");
    fill(text + strlen(text), 254, 'x');
    strcat(text, "\nport=81\n");
    expect("255 characters", config_parse(text, &cfg, &line), CFG_OK);
    expect("255 characters: line", line, 0);
    expect("255 characters: next line read", cfg.port, 81);

    strcpy(text, "host=a\n#");
    fill(text + strlen(text), 254, 'x');
    strcat(text, "\r\nport=82\r\n");
    expect("255 characters + CR", config_parse(text, &cfg, &line), CFG_OK);
    expect("255 characters + CR: next line read", cfg.port, 82);

    strcpy(text, "host=a\n#");
    fill(text + strlen(text), 255, 'x');
    strcat(text, "\nport=81\n");
    expect("256 characters", config_parse(text, &cfg, &line), CFG_ERR_TOO_LONG);
    expect("256 characters: line", line, 2);

    strcpy(text, "host=a\n\n#");
    fill(text + strlen(text), 255, 'x');
    strcat(text, "\r\n");
    expect("256 characters + CR", config_parse(text, &cfg, &line), CFG_ERR_TOO_LONG);
    expect("256 characters + CR: line", line, 3);

    strcpy(text, "#");
    fill(text + 1, 400, 'y');
    expect("401 characters, no LF", config_parse(text, &cfg, &line), CFG_ERR_TOO_LONG);
    expect("401 characters, no LF: line", line, 1);
}

static void test_whole_file(void)
{
    struct server_config cfg;
    int line = -1;

    memset(&cfg, 0x33, sizeof cfg);
    expect("defaults first", config_parse("host = h1\n", &cfg, &line), CFG_OK);
    expect_str("host", cfg.host, "h1");
    expect("port default", cfg.port, 8080);
    expect("workers default", cfg.workers, 4);
    expect("timeout default", cfg.timeout_ms, 30000);
    expect("log default", cfg.log_level, LOG_INFO);
    expect("tls default", cfg.tls, 0);
    expect("keepalive default", cfg.keepalive, 1);
    expect_str("root default", cfg.root, "/srv/www");
    expect("seen", (long)cfg.seen, (long)CFG_SEEN_HOST);

    expect("all keys",
           config_parse("\t# all keys\r\nhost=h2\r\nport = 443\r\n; note\r\nworkers=16\r\ntimeout=2m\r\n"
                        "log_level=0\r\ntls=TRUE\r\nkeepalive=off\r\nroot=/data/\r\n",
                        &cfg, &line),
           CFG_OK);
    expect("all keys: line", line, 0);
    expect_str("all keys: host", cfg.host, "h2");
    expect("all keys: port", cfg.port, 443);
    expect("all keys: workers", cfg.workers, 16);
    expect("all keys: timeout", cfg.timeout_ms, 120000);
    expect("all keys: log", cfg.log_level, LOG_ERROR);
    expect("all keys: tls", cfg.tls, 1);
    expect("all keys: keepalive", cfg.keepalive, 0);
    expect_str("all keys: root", cfg.root, "/data");
    expect("all keys: seen", (long)cfg.seen, 0xFF);

    expect("stops at the first error", config_parse("host=h3\nport=81\nworkers=0\nroot=/r", &cfg, &line),
           CFG_ERR_RANGE);
    expect("stops at the first error: line", line, 3);
    expect_str("earlier lines applied: host", cfg.host, "h3");
    expect("earlier lines applied: port", cfg.port, 81);
    expect("workers untouched", cfg.workers, 4);
    expect_str("later lines not read", cfg.root, "/srv/www");
    expect("stops at the first error: seen", (long)cfg.seen, (long)(CFG_SEEN_HOST | CFG_SEEN_PORT));
}

int main(void)
{
    test_lines();
    test_duplicates();
    test_arguments_and_defaults();
    test_files();
    test_line_lengths();
    test_whole_file();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
