/* Visible tests for the log filters: build and run with the task's test command. */
#include <stdio.h>
#include <string.h>

#include "logfilter.h"

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

static void expect_text(const char *label, const char *got, const char *want)
{
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL %s: got \"%s\", want \"%s\"\n", label, got, want);
    }
}

static const char *const LOG[] = {
    "2024-03-05T14:22:01 INFO  [db.pool] connection opened",
    "2024-03-05T14:22:05 WARN  [db.pool] connection slow\n",
    "2024-03-05T14:23:10 ERROR [api] upstream timeout",
    "2024-03-05T14:23:11 DEBUG [api.auth] token refreshed",
    "2024-02-30T10:00:00 INFO  [db] no such day",
    "not a log line at all",
    "2024-03-05T14:24:00 INFO  [db] checkpoint done",
};

int main(void)
{
    size_t idx[8];
    char buf[32];

    expect("count all", log_count_at_least(LOG, 7, LOG_DEBUG), 5);
    expect("count warnings and errors", log_count_at_least(LOG, 7, LOG_WARN), 2);
    expect("count bad level", log_count_at_least(LOG, 7, 9), LOG_ERR_ARG);

    expect("component db.pool", log_filter_component(LOG, 7, "db.pool", 0, idx, 8), 2);
    expect("first db.pool line", (long)idx[0], 0);
    expect("second db.pool line", (long)idx[1], 1);
    expect("component db with children", log_filter_component(LOG, 7, "db", 1, idx, 8), 3);
    expect("no room", log_filter_component(LOG, 7, "db", 1, idx, 2), LOG_ERR_SPACE);

    /* 2024-03-05T14:23:00 is 762963780 seconds after 2000-01-01T00:00:00 */
    expect("window", log_filter_window(LOG, 7, 762963780L, 762963840L, LOG_DEBUG, idx, 8), 2);
    expect("first in window", (long)idx[0], 2);
    expect("window, errors only", log_filter_window(LOG, 7, 762963780L, 762963840L, LOG_ERROR, idx, 8), 1);

    expect("first warning", log_first_message(LOG, 7, LOG_WARN, buf, sizeof buf), 1);
    expect_text("warning message", buf, "connection slow");
    expect("first error, short buffer", log_first_message(LOG, 7, LOG_ERROR, buf, 9), 2);
    expect_text("cut message", buf, "upstream");
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
