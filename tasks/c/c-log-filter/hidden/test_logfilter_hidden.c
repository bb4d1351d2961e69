/* Hidden behaviour tests for the log filters (public interface only).
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every malformation of a line (timestamp, calendar, level, component, message), each filter's
 * selection, capacity and argument rules, the time arithmetic and message cutting.
 */
#include <stddef.h>
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

static const char *const CORPUS[] = {
    "2024-03-05T14:22:01 INFO  [db.pool] connection opened", /* 0: well-formed info */
    NULL, /* 1: NULL entry */
    "", /* 2: empty line */
    "2024-03-05", /* 3: too short */
    "2024-03-05T14:22:01 ERROR [db] disk full\n", /* 4: error with newline */
    "2024-03-05T14:22:01 WARN [db.pool.slow] 1200 ms\r\n", /* 5: warning with CRLF */
    "2024-03-05T14:22:01 WARNING [db] old spelling", /* 6: WARNING spelling */
    "2024-03-05T14:22:01 DEBUG [api] request 17", /* 7: debug */
    "2024/03-05T14:22:01 INFO [db] bad separator 4", /* 8: separator 4 */
    "2024-03/05T14:22:01 INFO [db] bad separator 7", /* 9: separator 7 */
    "2024-03-05 14:22:01 INFO [db] bad separator 10", /* 10: separator 10 */
    "2024-03-05T14.22:01 INFO [db] bad separator 13", /* 11: separator 13 */
    "2024-03-05T14:22.01 INFO [db] bad separator 16", /* 12: separator 16 */
    "2024-03-05T14:22:01_INFO [db] bad separator 19", /* 13: separator 19 */
    "2O24-03-05T14:22:01 INFO [db] letter O in the year", /* 14: letter in year */
    "2024-03-05T14:22:0x INFO [db] letter in the seconds", /* 15: letter in seconds */
    "1999-12-31T23:59:59 INFO [db] year 1999", /* 16: year 1999 */
    "2000-01-01T00:00:00 INFO [db] year 2000", /* 17: year 2000 */
    "2099-12-31T23:59:59 ERROR [db] year 2099", /* 18: year 2099 */
    "2100-01-01T00:00:00 INFO [db] year 2100", /* 19: year 2100 */
    "2024-00-10T10:00:00 INFO [db] month 0", /* 20: month 0 */
    "2024-13-10T10:00:00 INFO [db] month 13", /* 21: month 13 */
    "2024-12-00T10:00:00 INFO [db] day 0", /* 22: day 0 */
    "2024-04-31T10:00:00 INFO [db] April 31", /* 23: April 31 */
    "2024-04-30T10:00:00 INFO [db] April 30", /* 24: April 30 */
    "2024-06-31T10:00:00 INFO [db] June 31", /* 25: June 31 */
    "2024-09-31T10:00:00 INFO [db] September 31", /* 26: September 31 */
    "2024-11-31T10:00:00 INFO [db] November 31", /* 27: November 31 */
    "2024-01-31T10:00:00 INFO [db] January 31", /* 28: January 31 */
    "2024-01-32T10:00:00 INFO [db] January 32", /* 29: January 32 */
    "2024-02-29T10:00:00 INFO [db] leap day", /* 30: leap day 2024 */
    "2023-02-29T10:00:00 INFO [db] no leap day", /* 31: no leap day 2023 */
    "2000-02-29T10:00:00 INFO [db] leap day 2000", /* 32: leap day 2000 */
    "2024-02-30T10:00:00 INFO [db] February 30", /* 33: February 30 */
    "2023-02-28T10:00:00 INFO [db] February 28", /* 34: February 28 */
    "2024-03-05T24:00:00 INFO [db] hour 24", /* 35: hour 24 */
    "2024-03-05T23:60:00 INFO [db] minute 60", /* 36: minute 60 */
    "2024-03-05T23:59:60 INFO [db] second 60", /* 37: second 60 */
    "2024-03-05T14:22:01 debug [db] lowercase level", /* 38: lowercase level */
    "2024-03-05T14:22:01 FATAL [db] unknown level", /* 39: unknown level */
    "2024-03-05T14:22:01 WARNX [db] glued level", /* 40: glued level */
    "2024-03-05T14:22:01 INFO[db] no space after the level", /* 41: no space after level */
    "2024-03-05T14:22:01 ERROR     [db] many spaces", /* 42: many spaces */
    "2024-03-05T14:22:01  INFO [db] two spaces before the level", /* 43: two spaces before level */
    "2024-03-05T14:22:01 INFO db] no bracket", /* 44: no opening bracket */
    "2024-03-05T14:22:01 INFO [Db] uppercase first", /* 45: uppercase first */
    "2024-03-05T14:22:01 INFO [9db] digit first", /* 46: digit first */
    "2024-03-05T14:22:01 INFO [_db] underscore first", /* 47: underscore first */
    "2024-03-05T14:22:01 INFO [.db] dot first", /* 48: dot first */
    "2024-03-05T14:22:01 INFO [] empty component", /* 49: empty component */
    "2024-03-05T14:22:01 INFO [db-main] dash inside", /* 50: dash inside */
    "2024-03-05T14:22:01 INFO [dbX] uppercase inside", /* 51: uppercase inside */
    "2024-03-05T14:22:01 INFO [db main", /* 52: missing closing bracket */
    "2024-03-05T14:22:01 INFO [abcdefghijklmnopqrstuvwxyz01234] 31 characters", /* 53: 31-character component */
    "2024-03-05T14:22:01 INFO [abcdefghijklmnopqrstuvwxyz012345] 32 characters", /* 54: 32-character component */
    "2024-03-05T14:22:01 INFO [db]glued message", /* 55: message glued to the bracket */
    "2024-03-05T14:22:01 INFO [db]", /* 56: no message */
    "2024-03-05T14:22:01 INFO [db]\n", /* 57: no message, newline */
    "2024-03-05T14:22:01 INFO [db]\r\n", /* 58: no message, CRLF */
    "2024-03-05T14:22:01 INFO [db]\r", /* 59: lone CR after the bracket */
    "2024-03-05T14:22:01 INFO [db] ", /* 60: empty message after a space */
    "2024-03-05T14:22:01 INFO [db] ends with CR\r", /* 61: message ending in CR */
    "2024-03-05T14:22:01 INFO [db] two newlines\n\n", /* 62: two newlines */
    "2024-03-05T14:22:01 INFO [db.]  trailing dot, two spaces", /* 63: trailing dot */
    "2024-03-05T14:22:01 INFO [db..x] double dot", /* 64: double dot */
    "2024-03-05T14:22:01 INFO [dbx] sibling prefix", /* 65: sibling prefix */
    "2024-03-05T14:22:01 INFO [db_2.pool] digits and underscore", /* 66: digits and underscore */
    "2024-03-05T14:22:01 ERROR [api.v2] has a \r inside", /* 67: CR inside the message */
    "2024-03-05T14:22:01 ", /* 68: timestamp only */
    "2024-03-05T14:22:01\n", /* 69: timestamp and newline */
    "2024-03-05T14:22:01 INFO [", /* 70: line ends after the bracket */
    "2024-03-05T14:22:01 INFO [db] v.2 released", /* 71: dot in the message */
    "2031-01-15T01:08:03 INFO [cal] month 1", /* 72: month 1 */
    "2031-02-15T02:09:06 INFO [cal] month 2", /* 73: month 2 */
    "2031-03-15T03:10:09 INFO [cal] month 3", /* 74: month 3 */
    "2031-04-15T04:11:12 INFO [cal] month 4", /* 75: month 4 */
    "2031-05-15T05:12:15 INFO [cal] month 5", /* 76: month 5 */
    "2031-06-15T06:13:18 INFO [cal] month 6", /* 77: month 6 */
    "2031-07-15T07:14:21 INFO [cal] month 7", /* 78: month 7 */
    "2031-08-15T08:15:24 INFO [cal] month 8", /* 79: month 8 */
    "2031-09-15T09:16:27 INFO [cal] month 9", /* 80: month 9 */
    "2031-10-15T10:17:30 INFO [cal] month 10", /* 81: month 10 */
    "2031-11-15T11:18:33 INFO [cal] month 11", /* 82: month 11 */
    "2031-12-15T12:19:36 INFO [cal] month 12", /* 83: month 12 */
    "2032-12-31T23:59:59 INFO [cal] leap year end", /* 84: end of a leap year */
    "2033-01-01T00:00:00 INFO [cal] after a leap year", /* 85: after a leap year */
};

#define N (sizeof CORPUS / sizeof CORPUS[0])

static void test_arguments(void)
{
    size_t idx[4] = {99, 99, 99, 99};
    char buf[16] = "untouched";

    expect("count NULL lines", log_count_at_least(NULL, 1, LOG_DEBUG), LOG_ERR_ARG);
    expect("count NULL lines, none", log_count_at_least(NULL, 0, LOG_DEBUG), 0);
    expect("count level -1", log_count_at_least(CORPUS, N, -1), LOG_ERR_ARG);
    expect("count level 4", log_count_at_least(CORPUS, N, 4), LOG_ERR_ARG);
    expect("count NULL lines beats level", log_count_at_least(NULL, 2, 9), LOG_ERR_ARG);
    expect("count NULL lines, none, bad level", log_count_at_least(NULL, 0, 9), LOG_ERR_ARG);
    expect("component NULL lines", log_filter_component(NULL, 1, "db", 0, idx, 4), LOG_ERR_ARG);
    expect("component NULL lines, none", log_filter_component(NULL, 0, "db", 0, idx, 4), 0);
    expect("component NULL name", log_filter_component(CORPUS, N, NULL, 0, idx, 4), LOG_ERR_ARG);
    expect("component NULL out", log_filter_component(CORPUS, N, "db", 0, NULL, 4), LOG_ERR_ARG);
    expect("component NULL out, no room", log_filter_component(CORPUS, N, "queue", 0, NULL, 0), 0);
    expect("component NULL out, no room, match", log_filter_component(CORPUS, N, "db", 0, NULL, 0), LOG_ERR_SPACE);
    expect("window NULL lines", log_filter_window(NULL, 1, 0, 10, LOG_DEBUG, idx, 4), LOG_ERR_ARG);
    expect("window NULL lines, none", log_filter_window(NULL, 0, 0, 10, LOG_DEBUG, idx, 4), 0);
    expect("window NULL out", log_filter_window(CORPUS, N, 0, 10, LOG_DEBUG, NULL, 4), LOG_ERR_ARG);
    expect("window NULL out, no room", log_filter_window(CORPUS, N, -5, 0, LOG_DEBUG, NULL, 0), 0);
    expect("window NULL out, no room, match", log_filter_window(CORPUS, N, 0, 1, LOG_DEBUG, NULL, 0), LOG_ERR_SPACE);
    expect("window level -1", log_filter_window(CORPUS, N, 0, 10, -1, idx, 4), LOG_ERR_ARG);
    expect("window level 4", log_filter_window(CORPUS, N, 0, 10, 4, idx, 4), LOG_ERR_ARG);
    expect("window NULL out beats level", log_filter_window(CORPUS, N, 0, 10, 7, NULL, 1), LOG_ERR_ARG);
    expect("first NULL lines", log_first_message(NULL, 1, LOG_INFO, buf, sizeof buf), LOG_ERR_ARG);
    expect("first NULL lines, none", log_first_message(NULL, 0, LOG_INFO, buf, sizeof buf), -3);
    expect("first level -1", log_first_message(CORPUS, N, -1, buf, sizeof buf), LOG_ERR_ARG);
    expect("first level 4", log_first_message(CORPUS, N, 4, buf, sizeof buf), LOG_ERR_ARG);
    expect("first NULL buffer", log_first_message(CORPUS, N, LOG_INFO, NULL, 5), LOG_ERR_ARG);
    expect("first empty buffer", log_first_message(CORPUS, N, LOG_INFO, buf, 0), LOG_ERR_ARG);
    expect_text("buffer untouched on errors", buf, "untouched");
    expect("first, no match", log_first_message(CORPUS + 1, 3, LOG_INFO, buf, sizeof buf), -3);
    expect_text("buffer untouched without a match", buf, "untouched");
    expect("idx untouched by errors", (long)idx[0], 99);
}

static void test_lines(void)
{
    size_t idx[64];
    char buf[200];
    char small[16];

    expect("count at least 0", log_count_at_least(CORPUS, N, 0), 40);
    expect("count at least 1", log_count_at_least(CORPUS, N, 1), 39);
    expect("count at least 2", log_count_at_least(CORPUS, N, 2), 6);
    expect("count at least 3", log_count_at_least(CORPUS, N, 3), 4);
    expect("line 0 (well-formed info) counted", log_count_at_least(CORPUS + 0, 1, LOG_DEBUG), 1);
    expect("line 0 (well-formed info) in the window", log_filter_window(CORPUS + 0, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 0 (well-formed info) component", log_filter_component(CORPUS + 0, 1, "db.pool", 0, idx, 1), 1);
    expect("line 0 (well-formed info) not level 0", log_first_message(CORPUS + 0, 1, 0, buf, sizeof buf), -3);
    expect("line 0 (well-formed info) level 1", log_first_message(CORPUS + 0, 1, 1, buf, sizeof buf), 0);
    expect_text("line 0 (well-formed info) message", buf, "connection opened");
    expect("line 0 (well-formed info) not level 2", log_first_message(CORPUS + 0, 1, 2, buf, sizeof buf), -3);
    expect("line 0 (well-formed info) not level 3", log_first_message(CORPUS + 0, 1, 3, buf, sizeof buf), -3);
    expect("line 1 (NULL entry) counted", log_count_at_least(CORPUS + 1, 1, LOG_DEBUG), 0);
    expect("line 1 (NULL entry) in the window", log_filter_window(CORPUS + 1, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 1 (NULL entry) component", log_filter_component(CORPUS + 1, 1, "db", 0, idx, 1), 0);
    expect("line 1 (NULL entry) not level 0", log_first_message(CORPUS + 1, 1, 0, buf, sizeof buf), -3);
    expect("line 1 (NULL entry) not level 1", log_first_message(CORPUS + 1, 1, 1, buf, sizeof buf), -3);
    expect("line 1 (NULL entry) not level 2", log_first_message(CORPUS + 1, 1, 2, buf, sizeof buf), -3);
    expect("line 1 (NULL entry) not level 3", log_first_message(CORPUS + 1, 1, 3, buf, sizeof buf), -3);
    expect("line 2 (empty line) counted", log_count_at_least(CORPUS + 2, 1, LOG_DEBUG), 0);
    expect("line 2 (empty line) in the window", log_filter_window(CORPUS + 2, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 2 (empty line) component", log_filter_component(CORPUS + 2, 1, "db", 0, idx, 1), 0);
    expect("line 2 (empty line) not level 0", log_first_message(CORPUS + 2, 1, 0, buf, sizeof buf), -3);
    expect("line 2 (empty line) not level 1", log_first_message(CORPUS + 2, 1, 1, buf, sizeof buf), -3);
    expect("line 2 (empty line) not level 2", log_first_message(CORPUS + 2, 1, 2, buf, sizeof buf), -3);
    expect("line 2 (empty line) not level 3", log_first_message(CORPUS + 2, 1, 3, buf, sizeof buf), -3);
    expect("line 3 (too short) counted", log_count_at_least(CORPUS + 3, 1, LOG_DEBUG), 0);
    expect("line 3 (too short) in the window", log_filter_window(CORPUS + 3, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 3 (too short) component", log_filter_component(CORPUS + 3, 1, "db", 0, idx, 1), 0);
    expect("line 3 (too short) not level 0", log_first_message(CORPUS + 3, 1, 0, buf, sizeof buf), -3);
    expect("line 3 (too short) not level 1", log_first_message(CORPUS + 3, 1, 1, buf, sizeof buf), -3);
    expect("line 3 (too short) not level 2", log_first_message(CORPUS + 3, 1, 2, buf, sizeof buf), -3);
    expect("line 3 (too short) not level 3", log_first_message(CORPUS + 3, 1, 3, buf, sizeof buf), -3);
    expect("line 4 (error with newline) counted", log_count_at_least(CORPUS + 4, 1, LOG_DEBUG), 1);
    expect("line 4 (error with newline) in the window", log_filter_window(CORPUS + 4, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 4 (error with newline) component", log_filter_component(CORPUS + 4, 1, "db", 0, idx, 1), 1);
    expect("line 4 (error with newline) not level 0", log_first_message(CORPUS + 4, 1, 0, buf, sizeof buf), -3);
    expect("line 4 (error with newline) not level 1", log_first_message(CORPUS + 4, 1, 1, buf, sizeof buf), -3);
    expect("line 4 (error with newline) not level 2", log_first_message(CORPUS + 4, 1, 2, buf, sizeof buf), -3);
    expect("line 4 (error with newline) level 3", log_first_message(CORPUS + 4, 1, 3, buf, sizeof buf), 0);
    expect_text("line 4 (error with newline) message", buf, "disk full");
    expect("line 5 (warning with CRLF) counted", log_count_at_least(CORPUS + 5, 1, LOG_DEBUG), 1);
    expect("line 5 (warning with CRLF) in the window", log_filter_window(CORPUS + 5, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 5 (warning with CRLF) component", log_filter_component(CORPUS + 5, 1, "db.pool.slow", 0, idx, 1), 1);
    expect("line 5 (warning with CRLF) not level 0", log_first_message(CORPUS + 5, 1, 0, buf, sizeof buf), -3);
    expect("line 5 (warning with CRLF) not level 1", log_first_message(CORPUS + 5, 1, 1, buf, sizeof buf), -3);
    expect("line 5 (warning with CRLF) level 2", log_first_message(CORPUS + 5, 1, 2, buf, sizeof buf), 0);
    expect_text("line 5 (warning with CRLF) message", buf, "1200 ms");
    expect("line 5 (warning with CRLF) not level 3", log_first_message(CORPUS + 5, 1, 3, buf, sizeof buf), -3);
    expect("line 6 (WARNING spelling) counted", log_count_at_least(CORPUS + 6, 1, LOG_DEBUG), 1);
    expect("line 6 (WARNING spelling) in the window", log_filter_window(CORPUS + 6, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 6 (WARNING spelling) component", log_filter_component(CORPUS + 6, 1, "db", 0, idx, 1), 0);
    expect("line 6 (WARNING spelling) not level 0", log_first_message(CORPUS + 6, 1, 0, buf, sizeof buf), -3);
    expect("line 6 (WARNING spelling) not level 1", log_first_message(CORPUS + 6, 1, 1, buf, sizeof buf), -3);
    expect("line 6 (WARNING spelling) not level 2", log_first_message(CORPUS + 6, 1, 2, buf, sizeof buf), -3);
    expect("line 6 (WARNING spelling) not level 3", log_first_message(CORPUS + 6, 1, 3, buf, sizeof buf), -3);
    expect("line 7 (debug) counted", log_count_at_least(CORPUS + 7, 1, LOG_DEBUG), 1);
    expect("line 7 (debug) in the window", log_filter_window(CORPUS + 7, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 7 (debug) component", log_filter_component(CORPUS + 7, 1, "api", 0, idx, 1), 1);
    expect("line 7 (debug) level 0", log_first_message(CORPUS + 7, 1, 0, buf, sizeof buf), 0);
    expect_text("line 7 (debug) message", buf, "request 17");
    expect("line 7 (debug) not level 1", log_first_message(CORPUS + 7, 1, 1, buf, sizeof buf), -3);
    expect("line 7 (debug) not level 2", log_first_message(CORPUS + 7, 1, 2, buf, sizeof buf), -3);
    expect("line 7 (debug) not level 3", log_first_message(CORPUS + 7, 1, 3, buf, sizeof buf), -3);
    expect("line 8 (separator 4) counted", log_count_at_least(CORPUS + 8, 1, LOG_DEBUG), 0);
    expect("line 8 (separator 4) in the window", log_filter_window(CORPUS + 8, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 8 (separator 4) component", log_filter_component(CORPUS + 8, 1, "db", 0, idx, 1), 0);
    expect("line 8 (separator 4) not level 0", log_first_message(CORPUS + 8, 1, 0, buf, sizeof buf), -3);
    expect("line 8 (separator 4) not level 1", log_first_message(CORPUS + 8, 1, 1, buf, sizeof buf), -3);
    expect("line 8 (separator 4) not level 2", log_first_message(CORPUS + 8, 1, 2, buf, sizeof buf), -3);
    expect("line 8 (separator 4) not level 3", log_first_message(CORPUS + 8, 1, 3, buf, sizeof buf), -3);
    expect("line 9 (separator 7) counted", log_count_at_least(CORPUS + 9, 1, LOG_DEBUG), 0);
    expect("line 9 (separator 7) in the window", log_filter_window(CORPUS + 9, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 9 (separator 7) component", log_filter_component(CORPUS + 9, 1, "db", 0, idx, 1), 0);
    expect("line 9 (separator 7) not level 0", log_first_message(CORPUS + 9, 1, 0, buf, sizeof buf), -3);
    expect("line 9 (separator 7) not level 1", log_first_message(CORPUS + 9, 1, 1, buf, sizeof buf), -3);
    expect("line 9 (separator 7) not level 2", log_first_message(CORPUS + 9, 1, 2, buf, sizeof buf), -3);
    expect("line 9 (separator 7) not level 3", log_first_message(CORPUS + 9, 1, 3, buf, sizeof buf), -3);
    expect("line 10 (separator 10) counted", log_count_at_least(CORPUS + 10, 1, LOG_DEBUG), 0);
    expect("line 10 (separator 10) in the window", log_filter_window(CORPUS + 10, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 10 (separator 10) component", log_filter_component(CORPUS + 10, 1, "db", 0, idx, 1), 0);
    expect("line 10 (separator 10) not level 0", log_first_message(CORPUS + 10, 1, 0, buf, sizeof buf), -3);
    expect("line 10 (separator 10) not level 1", log_first_message(CORPUS + 10, 1, 1, buf, sizeof buf), -3);
    expect("line 10 (separator 10) not level 2", log_first_message(CORPUS + 10, 1, 2, buf, sizeof buf), -3);
    expect("line 10 (separator 10) not level 3", log_first_message(CORPUS + 10, 1, 3, buf, sizeof buf), -3);
    expect("line 11 (separator 13) counted", log_count_at_least(CORPUS + 11, 1, LOG_DEBUG), 0);
    expect("line 11 (separator 13) in the window", log_filter_window(CORPUS + 11, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 11 (separator 13) component", log_filter_component(CORPUS + 11, 1, "db", 0, idx, 1), 0);
    expect("line 11 (separator 13) not level 0", log_first_message(CORPUS + 11, 1, 0, buf, sizeof buf), -3);
    expect("line 11 (separator 13) not level 1", log_first_message(CORPUS + 11, 1, 1, buf, sizeof buf), -3);
    expect("line 11 (separator 13) not level 2", log_first_message(CORPUS + 11, 1, 2, buf, sizeof buf), -3);
    expect("line 11 (separator 13) not level 3", log_first_message(CORPUS + 11, 1, 3, buf, sizeof buf), -3);
    expect("line 12 (separator 16) counted", log_count_at_least(CORPUS + 12, 1, LOG_DEBUG), 0);
    expect("line 12 (separator 16) in the window", log_filter_window(CORPUS + 12, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 12 (separator 16) component", log_filter_component(CORPUS + 12, 1, "db", 0, idx, 1), 0);
    expect("line 12 (separator 16) not level 0", log_first_message(CORPUS + 12, 1, 0, buf, sizeof buf), -3);
    expect("line 12 (separator 16) not level 1", log_first_message(CORPUS + 12, 1, 1, buf, sizeof buf), -3);
    expect("line 12 (separator 16) not level 2", log_first_message(CORPUS + 12, 1, 2, buf, sizeof buf), -3);
    expect("line 12 (separator 16) not level 3", log_first_message(CORPUS + 12, 1, 3, buf, sizeof buf), -3);
    expect("line 13 (separator 19) counted", log_count_at_least(CORPUS + 13, 1, LOG_DEBUG), 0);
    expect("line 13 (separator 19) in the window", log_filter_window(CORPUS + 13, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 13 (separator 19) component", log_filter_component(CORPUS + 13, 1, "db", 0, idx, 1), 0);
    expect("line 13 (separator 19) not level 0", log_first_message(CORPUS + 13, 1, 0, buf, sizeof buf), -3);
    expect("line 13 (separator 19) not level 1", log_first_message(CORPUS + 13, 1, 1, buf, sizeof buf), -3);
    expect("line 13 (separator 19) not level 2", log_first_message(CORPUS + 13, 1, 2, buf, sizeof buf), -3);
    expect("line 13 (separator 19) not level 3", log_first_message(CORPUS + 13, 1, 3, buf, sizeof buf), -3);
    expect("line 14 (letter in year) counted", log_count_at_least(CORPUS + 14, 1, LOG_DEBUG), 0);
    expect("line 14 (letter in year) in the window", log_filter_window(CORPUS + 14, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 14 (letter in year) component", log_filter_component(CORPUS + 14, 1, "db", 0, idx, 1), 0);
    expect("line 14 (letter in year) not level 0", log_first_message(CORPUS + 14, 1, 0, buf, sizeof buf), -3);
    expect("line 14 (letter in year) not level 1", log_first_message(CORPUS + 14, 1, 1, buf, sizeof buf), -3);
    expect("line 14 (letter in year) not level 2", log_first_message(CORPUS + 14, 1, 2, buf, sizeof buf), -3);
    expect("line 14 (letter in year) not level 3", log_first_message(CORPUS + 14, 1, 3, buf, sizeof buf), -3);
    expect("line 15 (letter in seconds) counted", log_count_at_least(CORPUS + 15, 1, LOG_DEBUG), 0);
    expect("line 15 (letter in seconds) in the window", log_filter_window(CORPUS + 15, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 15 (letter in seconds) component", log_filter_component(CORPUS + 15, 1, "db", 0, idx, 1), 0);
    expect("line 15 (letter in seconds) not level 0", log_first_message(CORPUS + 15, 1, 0, buf, sizeof buf), -3);
    expect("line 15 (letter in seconds) not level 1", log_first_message(CORPUS + 15, 1, 1, buf, sizeof buf), -3);
    expect("line 15 (letter in seconds) not level 2", log_first_message(CORPUS + 15, 1, 2, buf, sizeof buf), -3);
    expect("line 15 (letter in seconds) not level 3", log_first_message(CORPUS + 15, 1, 3, buf, sizeof buf), -3);
    expect("line 16 (year 1999) counted", log_count_at_least(CORPUS + 16, 1, LOG_DEBUG), 0);
    expect("line 16 (year 1999) in the window", log_filter_window(CORPUS + 16, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 16 (year 1999) component", log_filter_component(CORPUS + 16, 1, "db", 0, idx, 1), 0);
    expect("line 16 (year 1999) not level 0", log_first_message(CORPUS + 16, 1, 0, buf, sizeof buf), -3);
    expect("line 16 (year 1999) not level 1", log_first_message(CORPUS + 16, 1, 1, buf, sizeof buf), -3);
    expect("line 16 (year 1999) not level 2", log_first_message(CORPUS + 16, 1, 2, buf, sizeof buf), -3);
    expect("line 16 (year 1999) not level 3", log_first_message(CORPUS + 16, 1, 3, buf, sizeof buf), -3);
    expect("line 17 (year 2000) counted", log_count_at_least(CORPUS + 17, 1, LOG_DEBUG), 1);
    expect("line 17 (year 2000) in the window", log_filter_window(CORPUS + 17, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 17 (year 2000) component", log_filter_component(CORPUS + 17, 1, "db", 0, idx, 1), 1);
    expect("line 17 (year 2000) not level 0", log_first_message(CORPUS + 17, 1, 0, buf, sizeof buf), -3);
    expect("line 17 (year 2000) level 1", log_first_message(CORPUS + 17, 1, 1, buf, sizeof buf), 0);
    expect_text("line 17 (year 2000) message", buf, "year 2000");
    expect("line 17 (year 2000) not level 2", log_first_message(CORPUS + 17, 1, 2, buf, sizeof buf), -3);
    expect("line 17 (year 2000) not level 3", log_first_message(CORPUS + 17, 1, 3, buf, sizeof buf), -3);
    expect("line 18 (year 2099) counted", log_count_at_least(CORPUS + 18, 1, LOG_DEBUG), 1);
    expect("line 18 (year 2099) in the window", log_filter_window(CORPUS + 18, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 18 (year 2099) component", log_filter_component(CORPUS + 18, 1, "db", 0, idx, 1), 1);
    expect("line 18 (year 2099) not level 0", log_first_message(CORPUS + 18, 1, 0, buf, sizeof buf), -3);
    expect("line 18 (year 2099) not level 1", log_first_message(CORPUS + 18, 1, 1, buf, sizeof buf), -3);
    expect("line 18 (year 2099) not level 2", log_first_message(CORPUS + 18, 1, 2, buf, sizeof buf), -3);
    expect("line 18 (year 2099) level 3", log_first_message(CORPUS + 18, 1, 3, buf, sizeof buf), 0);
    expect_text("line 18 (year 2099) message", buf, "year 2099");
    expect("line 19 (year 2100) counted", log_count_at_least(CORPUS + 19, 1, LOG_DEBUG), 0);
    expect("line 19 (year 2100) in the window", log_filter_window(CORPUS + 19, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 19 (year 2100) component", log_filter_component(CORPUS + 19, 1, "db", 0, idx, 1), 0);
    expect("line 19 (year 2100) not level 0", log_first_message(CORPUS + 19, 1, 0, buf, sizeof buf), -3);
    expect("line 19 (year 2100) not level 1", log_first_message(CORPUS + 19, 1, 1, buf, sizeof buf), -3);
    expect("line 19 (year 2100) not level 2", log_first_message(CORPUS + 19, 1, 2, buf, sizeof buf), -3);
    expect("line 19 (year 2100) not level 3", log_first_message(CORPUS + 19, 1, 3, buf, sizeof buf), -3);
    expect("line 20 (month 0) counted", log_count_at_least(CORPUS + 20, 1, LOG_DEBUG), 0);
    expect("line 20 (month 0) in the window", log_filter_window(CORPUS + 20, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 20 (month 0) component", log_filter_component(CORPUS + 20, 1, "db", 0, idx, 1), 0);
    expect("line 20 (month 0) not level 0", log_first_message(CORPUS + 20, 1, 0, buf, sizeof buf), -3);
    expect("line 20 (month 0) not level 1", log_first_message(CORPUS + 20, 1, 1, buf, sizeof buf), -3);
    expect("line 20 (month 0) not level 2", log_first_message(CORPUS + 20, 1, 2, buf, sizeof buf), -3);
    expect("line 20 (month 0) not level 3", log_first_message(CORPUS + 20, 1, 3, buf, sizeof buf), -3);
    expect("line 21 (month 13) counted", log_count_at_least(CORPUS + 21, 1, LOG_DEBUG), 0);
    expect("line 21 (month 13) in the window", log_filter_window(CORPUS + 21, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 21 (month 13) component", log_filter_component(CORPUS + 21, 1, "db", 0, idx, 1), 0);
    expect("line 21 (month 13) not level 0", log_first_message(CORPUS + 21, 1, 0, buf, sizeof buf), -3);
    expect("line 21 (month 13) not level 1", log_first_message(CORPUS + 21, 1, 1, buf, sizeof buf), -3);
    expect("line 21 (month 13) not level 2", log_first_message(CORPUS + 21, 1, 2, buf, sizeof buf), -3);
    expect("line 21 (month 13) not level 3", log_first_message(CORPUS + 21, 1, 3, buf, sizeof buf), -3);
    expect("line 22 (day 0) counted", log_count_at_least(CORPUS + 22, 1, LOG_DEBUG), 0);
    expect("line 22 (day 0) in the window", log_filter_window(CORPUS + 22, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 22 (day 0) component", log_filter_component(CORPUS + 22, 1, "db", 0, idx, 1), 0);
    expect("line 22 (day 0) not level 0", log_first_message(CORPUS + 22, 1, 0, buf, sizeof buf), -3);
    expect("line 22 (day 0) not level 1", log_first_message(CORPUS + 22, 1, 1, buf, sizeof buf), -3);
    expect("line 22 (day 0) not level 2", log_first_message(CORPUS + 22, 1, 2, buf, sizeof buf), -3);
    expect("line 22 (day 0) not level 3", log_first_message(CORPUS + 22, 1, 3, buf, sizeof buf), -3);
    expect("line 23 (April 31) counted", log_count_at_least(CORPUS + 23, 1, LOG_DEBUG), 0);
    expect("line 23 (April 31) in the window", log_filter_window(CORPUS + 23, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 23 (April 31) component", log_filter_component(CORPUS + 23, 1, "db", 0, idx, 1), 0);
    expect("line 23 (April 31) not level 0", log_first_message(CORPUS + 23, 1, 0, buf, sizeof buf), -3);
    expect("line 23 (April 31) not level 1", log_first_message(CORPUS + 23, 1, 1, buf, sizeof buf), -3);
    expect("line 23 (April 31) not level 2", log_first_message(CORPUS + 23, 1, 2, buf, sizeof buf), -3);
    expect("line 23 (April 31) not level 3", log_first_message(CORPUS + 23, 1, 3, buf, sizeof buf), -3);
    expect("line 24 (April 30) counted", log_count_at_least(CORPUS + 24, 1, LOG_DEBUG), 1);
    expect("line 24 (April 30) in the window", log_filter_window(CORPUS + 24, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 24 (April 30) component", log_filter_component(CORPUS + 24, 1, "db", 0, idx, 1), 1);
    expect("line 24 (April 30) not level 0", log_first_message(CORPUS + 24, 1, 0, buf, sizeof buf), -3);
    expect("line 24 (April 30) level 1", log_first_message(CORPUS + 24, 1, 1, buf, sizeof buf), 0);
    expect_text("line 24 (April 30) message", buf, "April 30");
    expect("line 24 (April 30) not level 2", log_first_message(CORPUS + 24, 1, 2, buf, sizeof buf), -3);
    expect("line 24 (April 30) not level 3", log_first_message(CORPUS + 24, 1, 3, buf, sizeof buf), -3);
    expect("line 25 (June 31) counted", log_count_at_least(CORPUS + 25, 1, LOG_DEBUG), 0);
    expect("line 25 (June 31) in the window", log_filter_window(CORPUS + 25, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 25 (June 31) component", log_filter_component(CORPUS + 25, 1, "db", 0, idx, 1), 0);
    expect("line 25 (June 31) not level 0", log_first_message(CORPUS + 25, 1, 0, buf, sizeof buf), -3);
    expect("line 25 (June 31) not level 1", log_first_message(CORPUS + 25, 1, 1, buf, sizeof buf), -3);
    expect("line 25 (June 31) not level 2", log_first_message(CORPUS + 25, 1, 2, buf, sizeof buf), -3);
    expect("line 25 (June 31) not level 3", log_first_message(CORPUS + 25, 1, 3, buf, sizeof buf), -3);
    expect("line 26 (September 31) counted", log_count_at_least(CORPUS + 26, 1, LOG_DEBUG), 0);
    expect("line 26 (September 31) in the window", log_filter_window(CORPUS + 26, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 26 (September 31) component", log_filter_component(CORPUS + 26, 1, "db", 0, idx, 1), 0);
    expect("line 26 (September 31) not level 0", log_first_message(CORPUS + 26, 1, 0, buf, sizeof buf), -3);
    expect("line 26 (September 31) not level 1", log_first_message(CORPUS + 26, 1, 1, buf, sizeof buf), -3);
    expect("line 26 (September 31) not level 2", log_first_message(CORPUS + 26, 1, 2, buf, sizeof buf), -3);
    expect("line 26 (September 31) not level 3", log_first_message(CORPUS + 26, 1, 3, buf, sizeof buf), -3);
    expect("line 27 (November 31) counted", log_count_at_least(CORPUS + 27, 1, LOG_DEBUG), 0);
    expect("line 27 (November 31) in the window", log_filter_window(CORPUS + 27, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 27 (November 31) component", log_filter_component(CORPUS + 27, 1, "db", 0, idx, 1), 0);
    expect("line 27 (November 31) not level 0", log_first_message(CORPUS + 27, 1, 0, buf, sizeof buf), -3);
    expect("line 27 (November 31) not level 1", log_first_message(CORPUS + 27, 1, 1, buf, sizeof buf), -3);
    expect("line 27 (November 31) not level 2", log_first_message(CORPUS + 27, 1, 2, buf, sizeof buf), -3);
    expect("line 27 (November 31) not level 3", log_first_message(CORPUS + 27, 1, 3, buf, sizeof buf), -3);
    expect("line 28 (January 31) counted", log_count_at_least(CORPUS + 28, 1, LOG_DEBUG), 1);
    expect("line 28 (January 31) in the window", log_filter_window(CORPUS + 28, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 28 (January 31) component", log_filter_component(CORPUS + 28, 1, "db", 0, idx, 1), 1);
    expect("line 28 (January 31) not level 0", log_first_message(CORPUS + 28, 1, 0, buf, sizeof buf), -3);
    expect("line 28 (January 31) level 1", log_first_message(CORPUS + 28, 1, 1, buf, sizeof buf), 0);
    expect_text("line 28 (January 31) message", buf, "January 31");
    expect("line 28 (January 31) not level 2", log_first_message(CORPUS + 28, 1, 2, buf, sizeof buf), -3);
    expect("line 28 (January 31) not level 3", log_first_message(CORPUS + 28, 1, 3, buf, sizeof buf), -3);
    expect("line 29 (January 32) counted", log_count_at_least(CORPUS + 29, 1, LOG_DEBUG), 0);
    expect("line 29 (January 32) in the window", log_filter_window(CORPUS + 29, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 29 (January 32) component", log_filter_component(CORPUS + 29, 1, "db", 0, idx, 1), 0);
    expect("line 29 (January 32) not level 0", log_first_message(CORPUS + 29, 1, 0, buf, sizeof buf), -3);
    expect("line 29 (January 32) not level 1", log_first_message(CORPUS + 29, 1, 1, buf, sizeof buf), -3);
    expect("line 29 (January 32) not level 2", log_first_message(CORPUS + 29, 1, 2, buf, sizeof buf), -3);
    expect("line 29 (January 32) not level 3", log_first_message(CORPUS + 29, 1, 3, buf, sizeof buf), -3);
    expect("line 30 (leap day 2024) counted", log_count_at_least(CORPUS + 30, 1, LOG_DEBUG), 1);
    expect("line 30 (leap day 2024) in the window", log_filter_window(CORPUS + 30, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 30 (leap day 2024) component", log_filter_component(CORPUS + 30, 1, "db", 0, idx, 1), 1);
    expect("line 30 (leap day 2024) not level 0", log_first_message(CORPUS + 30, 1, 0, buf, sizeof buf), -3);
    expect("line 30 (leap day 2024) level 1", log_first_message(CORPUS + 30, 1, 1, buf, sizeof buf), 0);
    expect_text("line 30 (leap day 2024) message", buf, "leap day");
    expect("line 30 (leap day 2024) not level 2", log_first_message(CORPUS + 30, 1, 2, buf, sizeof buf), -3);
    expect("line 30 (leap day 2024) not level 3", log_first_message(CORPUS + 30, 1, 3, buf, sizeof buf), -3);
    expect("line 31 (no leap day 2023) counted", log_count_at_least(CORPUS + 31, 1, LOG_DEBUG), 0);
    expect("line 31 (no leap day 2023) in the window", log_filter_window(CORPUS + 31, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 31 (no leap day 2023) component", log_filter_component(CORPUS + 31, 1, "db", 0, idx, 1), 0);
    expect("line 31 (no leap day 2023) not level 0", log_first_message(CORPUS + 31, 1, 0, buf, sizeof buf), -3);
    expect("line 31 (no leap day 2023) not level 1", log_first_message(CORPUS + 31, 1, 1, buf, sizeof buf), -3);
    expect("line 31 (no leap day 2023) not level 2", log_first_message(CORPUS + 31, 1, 2, buf, sizeof buf), -3);
    expect("line 31 (no leap day 2023) not level 3", log_first_message(CORPUS + 31, 1, 3, buf, sizeof buf), -3);
    expect("line 32 (leap day 2000) counted", log_count_at_least(CORPUS + 32, 1, LOG_DEBUG), 1);
    expect("line 32 (leap day 2000) in the window", log_filter_window(CORPUS + 32, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 32 (leap day 2000) component", log_filter_component(CORPUS + 32, 1, "db", 0, idx, 1), 1);
    expect("line 32 (leap day 2000) not level 0", log_first_message(CORPUS + 32, 1, 0, buf, sizeof buf), -3);
    expect("line 32 (leap day 2000) level 1", log_first_message(CORPUS + 32, 1, 1, buf, sizeof buf), 0);
    expect_text("line 32 (leap day 2000) message", buf, "leap day 2000");
    expect("line 32 (leap day 2000) not level 2", log_first_message(CORPUS + 32, 1, 2, buf, sizeof buf), -3);
    expect("line 32 (leap day 2000) not level 3", log_first_message(CORPUS + 32, 1, 3, buf, sizeof buf), -3);
    expect("line 33 (February 30) counted", log_count_at_least(CORPUS + 33, 1, LOG_DEBUG), 0);
    expect("line 33 (February 30) in the window", log_filter_window(CORPUS + 33, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 33 (February 30) component", log_filter_component(CORPUS + 33, 1, "db", 0, idx, 1), 0);
    expect("line 33 (February 30) not level 0", log_first_message(CORPUS + 33, 1, 0, buf, sizeof buf), -3);
    expect("line 33 (February 30) not level 1", log_first_message(CORPUS + 33, 1, 1, buf, sizeof buf), -3);
    expect("line 33 (February 30) not level 2", log_first_message(CORPUS + 33, 1, 2, buf, sizeof buf), -3);
    expect("line 33 (February 30) not level 3", log_first_message(CORPUS + 33, 1, 3, buf, sizeof buf), -3);
    expect("line 34 (February 28) counted", log_count_at_least(CORPUS + 34, 1, LOG_DEBUG), 1);
    expect("line 34 (February 28) in the window", log_filter_window(CORPUS + 34, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 34 (February 28) component", log_filter_component(CORPUS + 34, 1, "db", 0, idx, 1), 1);
    expect("line 34 (February 28) not level 0", log_first_message(CORPUS + 34, 1, 0, buf, sizeof buf), -3);
    expect("line 34 (February 28) level 1", log_first_message(CORPUS + 34, 1, 1, buf, sizeof buf), 0);
    expect_text("line 34 (February 28) message", buf, "February 28");
    expect("line 34 (February 28) not level 2", log_first_message(CORPUS + 34, 1, 2, buf, sizeof buf), -3);
    expect("line 34 (February 28) not level 3", log_first_message(CORPUS + 34, 1, 3, buf, sizeof buf), -3);
    expect("line 35 (hour 24) counted", log_count_at_least(CORPUS + 35, 1, LOG_DEBUG), 0);
    expect("line 35 (hour 24) in the window", log_filter_window(CORPUS + 35, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 35 (hour 24) component", log_filter_component(CORPUS + 35, 1, "db", 0, idx, 1), 0);
    expect("line 35 (hour 24) not level 0", log_first_message(CORPUS + 35, 1, 0, buf, sizeof buf), -3);
    expect("line 35 (hour 24) not level 1", log_first_message(CORPUS + 35, 1, 1, buf, sizeof buf), -3);
    expect("line 35 (hour 24) not level 2", log_first_message(CORPUS + 35, 1, 2, buf, sizeof buf), -3);
    expect("line 35 (hour 24) not level 3", log_first_message(CORPUS + 35, 1, 3, buf, sizeof buf), -3);
    expect("line 36 (minute 60) counted", log_count_at_least(CORPUS + 36, 1, LOG_DEBUG), 0);
    expect("line 36 (minute 60) in the window", log_filter_window(CORPUS + 36, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 36 (minute 60) component", log_filter_component(CORPUS + 36, 1, "db", 0, idx, 1), 0);
    expect("line 36 (minute 60) not level 0", log_first_message(CORPUS + 36, 1, 0, buf, sizeof buf), -3);
    expect("line 36 (minute 60) not level 1", log_first_message(CORPUS + 36, 1, 1, buf, sizeof buf), -3);
    expect("line 36 (minute 60) not level 2", log_first_message(CORPUS + 36, 1, 2, buf, sizeof buf), -3);
    expect("line 36 (minute 60) not level 3", log_first_message(CORPUS + 36, 1, 3, buf, sizeof buf), -3);
    expect("line 37 (second 60) counted", log_count_at_least(CORPUS + 37, 1, LOG_DEBUG), 0);
    expect("line 37 (second 60) in the window", log_filter_window(CORPUS + 37, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 37 (second 60) component", log_filter_component(CORPUS + 37, 1, "db", 0, idx, 1), 0);
    expect("line 37 (second 60) not level 0", log_first_message(CORPUS + 37, 1, 0, buf, sizeof buf), -3);
    expect("line 37 (second 60) not level 1", log_first_message(CORPUS + 37, 1, 1, buf, sizeof buf), -3);
    expect("line 37 (second 60) not level 2", log_first_message(CORPUS + 37, 1, 2, buf, sizeof buf), -3);
    expect("line 37 (second 60) not level 3", log_first_message(CORPUS + 37, 1, 3, buf, sizeof buf), -3);
    expect("line 38 (lowercase level) counted", log_count_at_least(CORPUS + 38, 1, LOG_DEBUG), 0);
    expect("line 38 (lowercase level) in the window", log_filter_window(CORPUS + 38, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 38 (lowercase level) component", log_filter_component(CORPUS + 38, 1, "db", 0, idx, 1), 0);
    expect("line 38 (lowercase level) not level 0", log_first_message(CORPUS + 38, 1, 0, buf, sizeof buf), -3);
    expect("line 38 (lowercase level) not level 1", log_first_message(CORPUS + 38, 1, 1, buf, sizeof buf), -3);
    expect("line 38 (lowercase level) not level 2", log_first_message(CORPUS + 38, 1, 2, buf, sizeof buf), -3);
    expect("line 38 (lowercase level) not level 3", log_first_message(CORPUS + 38, 1, 3, buf, sizeof buf), -3);
    expect("line 39 (unknown level) counted", log_count_at_least(CORPUS + 39, 1, LOG_DEBUG), 0);
    expect("line 39 (unknown level) in the window", log_filter_window(CORPUS + 39, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 39 (unknown level) component", log_filter_component(CORPUS + 39, 1, "db", 0, idx, 1), 0);
    expect("line 39 (unknown level) not level 0", log_first_message(CORPUS + 39, 1, 0, buf, sizeof buf), -3);
    expect("line 39 (unknown level) not level 1", log_first_message(CORPUS + 39, 1, 1, buf, sizeof buf), -3);
    expect("line 39 (unknown level) not level 2", log_first_message(CORPUS + 39, 1, 2, buf, sizeof buf), -3);
    expect("line 39 (unknown level) not level 3", log_first_message(CORPUS + 39, 1, 3, buf, sizeof buf), -3);
    expect("line 40 (glued level) counted", log_count_at_least(CORPUS + 40, 1, LOG_DEBUG), 0);
    expect("line 40 (glued level) in the window", log_filter_window(CORPUS + 40, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 40 (glued level) component", log_filter_component(CORPUS + 40, 1, "db", 0, idx, 1), 0);
    expect("line 40 (glued level) not level 0", log_first_message(CORPUS + 40, 1, 0, buf, sizeof buf), -3);
    expect("line 40 (glued level) not level 1", log_first_message(CORPUS + 40, 1, 1, buf, sizeof buf), -3);
    expect("line 40 (glued level) not level 2", log_first_message(CORPUS + 40, 1, 2, buf, sizeof buf), -3);
    expect("line 40 (glued level) not level 3", log_first_message(CORPUS + 40, 1, 3, buf, sizeof buf), -3);
    expect("line 41 (no space after level) counted", log_count_at_least(CORPUS + 41, 1, LOG_DEBUG), 0);
    expect("line 41 (no space after level) in the window", log_filter_window(CORPUS + 41, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 41 (no space after level) component", log_filter_component(CORPUS + 41, 1, "db", 0, idx, 1), 0);
    expect("line 41 (no space after level) not level 0", log_first_message(CORPUS + 41, 1, 0, buf, sizeof buf), -3);
    expect("line 41 (no space after level) not level 1", log_first_message(CORPUS + 41, 1, 1, buf, sizeof buf), -3);
    expect("line 41 (no space after level) not level 2", log_first_message(CORPUS + 41, 1, 2, buf, sizeof buf), -3);
    expect("line 41 (no space after level) not level 3", log_first_message(CORPUS + 41, 1, 3, buf, sizeof buf), -3);
    expect("line 42 (many spaces) counted", log_count_at_least(CORPUS + 42, 1, LOG_DEBUG), 1);
    expect("line 42 (many spaces) in the window", log_filter_window(CORPUS + 42, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 42 (many spaces) component", log_filter_component(CORPUS + 42, 1, "db", 0, idx, 1), 1);
    expect("line 42 (many spaces) not level 0", log_first_message(CORPUS + 42, 1, 0, buf, sizeof buf), -3);
    expect("line 42 (many spaces) not level 1", log_first_message(CORPUS + 42, 1, 1, buf, sizeof buf), -3);
    expect("line 42 (many spaces) not level 2", log_first_message(CORPUS + 42, 1, 2, buf, sizeof buf), -3);
    expect("line 42 (many spaces) level 3", log_first_message(CORPUS + 42, 1, 3, buf, sizeof buf), 0);
    expect_text("line 42 (many spaces) message", buf, "many spaces");
    expect("line 43 (two spaces before level) counted", log_count_at_least(CORPUS + 43, 1, LOG_DEBUG), 0);
    expect("line 43 (two spaces before level) in the window", log_filter_window(CORPUS + 43, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 43 (two spaces before level) component", log_filter_component(CORPUS + 43, 1, "db", 0, idx, 1), 0);
    expect("line 43 (two spaces before level) not level 0", log_first_message(CORPUS + 43, 1, 0, buf, sizeof buf), -3);
    expect("line 43 (two spaces before level) not level 1", log_first_message(CORPUS + 43, 1, 1, buf, sizeof buf), -3);
    expect("line 43 (two spaces before level) not level 2", log_first_message(CORPUS + 43, 1, 2, buf, sizeof buf), -3);
    expect("line 43 (two spaces before level) not level 3", log_first_message(CORPUS + 43, 1, 3, buf, sizeof buf), -3);
    expect("line 44 (no opening bracket) counted", log_count_at_least(CORPUS + 44, 1, LOG_DEBUG), 0);
    expect("line 44 (no opening bracket) in the window", log_filter_window(CORPUS + 44, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 44 (no opening bracket) component", log_filter_component(CORPUS + 44, 1, "db", 0, idx, 1), 0);
    expect("line 44 (no opening bracket) not level 0", log_first_message(CORPUS + 44, 1, 0, buf, sizeof buf), -3);
    expect("line 44 (no opening bracket) not level 1", log_first_message(CORPUS + 44, 1, 1, buf, sizeof buf), -3);
    expect("line 44 (no opening bracket) not level 2", log_first_message(CORPUS + 44, 1, 2, buf, sizeof buf), -3);
    expect("line 44 (no opening bracket) not level 3", log_first_message(CORPUS + 44, 1, 3, buf, sizeof buf), -3);
    expect("line 45 (uppercase first) counted", log_count_at_least(CORPUS + 45, 1, LOG_DEBUG), 0);
    expect("line 45 (uppercase first) in the window", log_filter_window(CORPUS + 45, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 45 (uppercase first) component", log_filter_component(CORPUS + 45, 1, "db", 0, idx, 1), 0);
    expect("line 45 (uppercase first) not level 0", log_first_message(CORPUS + 45, 1, 0, buf, sizeof buf), -3);
    expect("line 45 (uppercase first) not level 1", log_first_message(CORPUS + 45, 1, 1, buf, sizeof buf), -3);
    expect("line 45 (uppercase first) not level 2", log_first_message(CORPUS + 45, 1, 2, buf, sizeof buf), -3);
    expect("line 45 (uppercase first) not level 3", log_first_message(CORPUS + 45, 1, 3, buf, sizeof buf), -3);
    expect("line 46 (digit first) counted", log_count_at_least(CORPUS + 46, 1, LOG_DEBUG), 0);
    expect("line 46 (digit first) in the window", log_filter_window(CORPUS + 46, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 46 (digit first) component", log_filter_component(CORPUS + 46, 1, "db", 0, idx, 1), 0);
    expect("line 46 (digit first) not level 0", log_first_message(CORPUS + 46, 1, 0, buf, sizeof buf), -3);
    expect("line 46 (digit first) not level 1", log_first_message(CORPUS + 46, 1, 1, buf, sizeof buf), -3);
    expect("line 46 (digit first) not level 2", log_first_message(CORPUS + 46, 1, 2, buf, sizeof buf), -3);
    expect("line 46 (digit first) not level 3", log_first_message(CORPUS + 46, 1, 3, buf, sizeof buf), -3);
    expect("line 47 (underscore first) counted", log_count_at_least(CORPUS + 47, 1, LOG_DEBUG), 0);
    expect("line 47 (underscore first) in the window", log_filter_window(CORPUS + 47, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 47 (underscore first) component", log_filter_component(CORPUS + 47, 1, "db", 0, idx, 1), 0);
    expect("line 47 (underscore first) not level 0", log_first_message(CORPUS + 47, 1, 0, buf, sizeof buf), -3);
    expect("line 47 (underscore first) not level 1", log_first_message(CORPUS + 47, 1, 1, buf, sizeof buf), -3);
    expect("line 47 (underscore first) not level 2", log_first_message(CORPUS + 47, 1, 2, buf, sizeof buf), -3);
    expect("line 47 (underscore first) not level 3", log_first_message(CORPUS + 47, 1, 3, buf, sizeof buf), -3);
    expect("line 48 (dot first) counted", log_count_at_least(CORPUS + 48, 1, LOG_DEBUG), 0);
    expect("line 48 (dot first) in the window", log_filter_window(CORPUS + 48, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 48 (dot first) component", log_filter_component(CORPUS + 48, 1, "db", 0, idx, 1), 0);
    expect("line 48 (dot first) not level 0", log_first_message(CORPUS + 48, 1, 0, buf, sizeof buf), -3);
    expect("line 48 (dot first) not level 1", log_first_message(CORPUS + 48, 1, 1, buf, sizeof buf), -3);
    expect("line 48 (dot first) not level 2", log_first_message(CORPUS + 48, 1, 2, buf, sizeof buf), -3);
    expect("line 48 (dot first) not level 3", log_first_message(CORPUS + 48, 1, 3, buf, sizeof buf), -3);
    expect("line 49 (empty component) counted", log_count_at_least(CORPUS + 49, 1, LOG_DEBUG), 0);
    expect("line 49 (empty component) in the window", log_filter_window(CORPUS + 49, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 49 (empty component) component", log_filter_component(CORPUS + 49, 1, "db", 0, idx, 1), 0);
    expect("line 49 (empty component) not level 0", log_first_message(CORPUS + 49, 1, 0, buf, sizeof buf), -3);
    expect("line 49 (empty component) not level 1", log_first_message(CORPUS + 49, 1, 1, buf, sizeof buf), -3);
    expect("line 49 (empty component) not level 2", log_first_message(CORPUS + 49, 1, 2, buf, sizeof buf), -3);
    expect("line 49 (empty component) not level 3", log_first_message(CORPUS + 49, 1, 3, buf, sizeof buf), -3);
    expect("line 50 (dash inside) counted", log_count_at_least(CORPUS + 50, 1, LOG_DEBUG), 0);
    expect("line 50 (dash inside) in the window", log_filter_window(CORPUS + 50, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 50 (dash inside) component", log_filter_component(CORPUS + 50, 1, "db", 0, idx, 1), 0);
    expect("line 50 (dash inside) not level 0", log_first_message(CORPUS + 50, 1, 0, buf, sizeof buf), -3);
    expect("line 50 (dash inside) not level 1", log_first_message(CORPUS + 50, 1, 1, buf, sizeof buf), -3);
    expect("line 50 (dash inside) not level 2", log_first_message(CORPUS + 50, 1, 2, buf, sizeof buf), -3);
    expect("line 50 (dash inside) not level 3", log_first_message(CORPUS + 50, 1, 3, buf, sizeof buf), -3);
    expect("line 51 (uppercase inside) counted", log_count_at_least(CORPUS + 51, 1, LOG_DEBUG), 0);
    expect("line 51 (uppercase inside) in the window", log_filter_window(CORPUS + 51, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 51 (uppercase inside) component", log_filter_component(CORPUS + 51, 1, "db", 0, idx, 1), 0);
    expect("line 51 (uppercase inside) not level 0", log_first_message(CORPUS + 51, 1, 0, buf, sizeof buf), -3);
    expect("line 51 (uppercase inside) not level 1", log_first_message(CORPUS + 51, 1, 1, buf, sizeof buf), -3);
    expect("line 51 (uppercase inside) not level 2", log_first_message(CORPUS + 51, 1, 2, buf, sizeof buf), -3);
    expect("line 51 (uppercase inside) not level 3", log_first_message(CORPUS + 51, 1, 3, buf, sizeof buf), -3);
    expect("line 52 (missing closing bracket) counted", log_count_at_least(CORPUS + 52, 1, LOG_DEBUG), 0);
    expect("line 52 (missing closing bracket) in the window", log_filter_window(CORPUS + 52, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 52 (missing closing bracket) component", log_filter_component(CORPUS + 52, 1, "db", 0, idx, 1), 0);
    expect("line 52 (missing closing bracket) not level 0", log_first_message(CORPUS + 52, 1, 0, buf, sizeof buf), -3);
    expect("line 52 (missing closing bracket) not level 1", log_first_message(CORPUS + 52, 1, 1, buf, sizeof buf), -3);
    expect("line 52 (missing closing bracket) not level 2", log_first_message(CORPUS + 52, 1, 2, buf, sizeof buf), -3);
    expect("line 52 (missing closing bracket) not level 3", log_first_message(CORPUS + 52, 1, 3, buf, sizeof buf), -3);
    expect("line 53 (31-character component) counted", log_count_at_least(CORPUS + 53, 1, LOG_DEBUG), 1);
    expect("line 53 (31-character component) in the window", log_filter_window(CORPUS + 53, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 53 (31-character component) component", log_filter_component(CORPUS + 53, 1, "abcdefghijklmnopqrstuvwxyz01234", 0, idx, 1), 1);
    expect("line 53 (31-character component) not level 0", log_first_message(CORPUS + 53, 1, 0, buf, sizeof buf), -3);
    expect("line 53 (31-character component) level 1", log_first_message(CORPUS + 53, 1, 1, buf, sizeof buf), 0);
    expect_text("line 53 (31-character component) message", buf, "31 characters");
    expect("line 53 (31-character component) not level 2", log_first_message(CORPUS + 53, 1, 2, buf, sizeof buf), -3);
    expect("line 53 (31-character component) not level 3", log_first_message(CORPUS + 53, 1, 3, buf, sizeof buf), -3);
    expect("line 54 (32-character component) counted", log_count_at_least(CORPUS + 54, 1, LOG_DEBUG), 0);
    expect("line 54 (32-character component) in the window", log_filter_window(CORPUS + 54, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 54 (32-character component) component", log_filter_component(CORPUS + 54, 1, "db", 0, idx, 1), 0);
    expect("line 54 (32-character component) not level 0", log_first_message(CORPUS + 54, 1, 0, buf, sizeof buf), -3);
    expect("line 54 (32-character component) not level 1", log_first_message(CORPUS + 54, 1, 1, buf, sizeof buf), -3);
    expect("line 54 (32-character component) not level 2", log_first_message(CORPUS + 54, 1, 2, buf, sizeof buf), -3);
    expect("line 54 (32-character component) not level 3", log_first_message(CORPUS + 54, 1, 3, buf, sizeof buf), -3);
    expect("line 55 (message glued to the bracket) counted", log_count_at_least(CORPUS + 55, 1, LOG_DEBUG), 0);
    expect("line 55 (message glued to the bracket) in the window", log_filter_window(CORPUS + 55, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 55 (message glued to the bracket) component", log_filter_component(CORPUS + 55, 1, "db", 0, idx, 1), 0);
    expect("line 55 (message glued to the bracket) not level 0", log_first_message(CORPUS + 55, 1, 0, buf, sizeof buf), -3);
    expect("line 55 (message glued to the bracket) not level 1", log_first_message(CORPUS + 55, 1, 1, buf, sizeof buf), -3);
    expect("line 55 (message glued to the bracket) not level 2", log_first_message(CORPUS + 55, 1, 2, buf, sizeof buf), -3);
    expect("line 55 (message glued to the bracket) not level 3", log_first_message(CORPUS + 55, 1, 3, buf, sizeof buf), -3);
    expect("line 56 (no message) counted", log_count_at_least(CORPUS + 56, 1, LOG_DEBUG), 1);
    expect("line 56 (no message) in the window", log_filter_window(CORPUS + 56, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 56 (no message) component", log_filter_component(CORPUS + 56, 1, "db", 0, idx, 1), 1);
    expect("line 56 (no message) not level 0", log_first_message(CORPUS + 56, 1, 0, buf, sizeof buf), -3);
    expect("line 56 (no message) level 1", log_first_message(CORPUS + 56, 1, 1, buf, sizeof buf), 0);
    expect_text("line 56 (no message) message", buf, "");
    expect("line 56 (no message) not level 2", log_first_message(CORPUS + 56, 1, 2, buf, sizeof buf), -3);
    expect("line 56 (no message) not level 3", log_first_message(CORPUS + 56, 1, 3, buf, sizeof buf), -3);
    expect("line 57 (no message, newline) counted", log_count_at_least(CORPUS + 57, 1, LOG_DEBUG), 1);
    expect("line 57 (no message, newline) in the window", log_filter_window(CORPUS + 57, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 57 (no message, newline) component", log_filter_component(CORPUS + 57, 1, "db", 0, idx, 1), 1);
    expect("line 57 (no message, newline) not level 0", log_first_message(CORPUS + 57, 1, 0, buf, sizeof buf), -3);
    expect("line 57 (no message, newline) level 1", log_first_message(CORPUS + 57, 1, 1, buf, sizeof buf), 0);
    expect_text("line 57 (no message, newline) message", buf, "");
    expect("line 57 (no message, newline) not level 2", log_first_message(CORPUS + 57, 1, 2, buf, sizeof buf), -3);
    expect("line 57 (no message, newline) not level 3", log_first_message(CORPUS + 57, 1, 3, buf, sizeof buf), -3);
    expect("line 58 (no message, CRLF) counted", log_count_at_least(CORPUS + 58, 1, LOG_DEBUG), 1);
    expect("line 58 (no message, CRLF) in the window", log_filter_window(CORPUS + 58, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 58 (no message, CRLF) component", log_filter_component(CORPUS + 58, 1, "db", 0, idx, 1), 1);
    expect("line 58 (no message, CRLF) not level 0", log_first_message(CORPUS + 58, 1, 0, buf, sizeof buf), -3);
    expect("line 58 (no message, CRLF) level 1", log_first_message(CORPUS + 58, 1, 1, buf, sizeof buf), 0);
    expect_text("line 58 (no message, CRLF) message", buf, "");
    expect("line 58 (no message, CRLF) not level 2", log_first_message(CORPUS + 58, 1, 2, buf, sizeof buf), -3);
    expect("line 58 (no message, CRLF) not level 3", log_first_message(CORPUS + 58, 1, 3, buf, sizeof buf), -3);
    expect("line 59 (lone CR after the bracket) counted", log_count_at_least(CORPUS + 59, 1, LOG_DEBUG), 0);
    expect("line 59 (lone CR after the bracket) in the window", log_filter_window(CORPUS + 59, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 59 (lone CR after the bracket) component", log_filter_component(CORPUS + 59, 1, "db", 0, idx, 1), 0);
    expect("line 59 (lone CR after the bracket) not level 0", log_first_message(CORPUS + 59, 1, 0, buf, sizeof buf), -3);
    expect("line 59 (lone CR after the bracket) not level 1", log_first_message(CORPUS + 59, 1, 1, buf, sizeof buf), -3);
    expect("line 59 (lone CR after the bracket) not level 2", log_first_message(CORPUS + 59, 1, 2, buf, sizeof buf), -3);
    expect("line 59 (lone CR after the bracket) not level 3", log_first_message(CORPUS + 59, 1, 3, buf, sizeof buf), -3);
    expect("line 60 (empty message after a space) counted", log_count_at_least(CORPUS + 60, 1, LOG_DEBUG), 1);
    expect("line 60 (empty message after a space) in the window", log_filter_window(CORPUS + 60, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 60 (empty message after a space) component", log_filter_component(CORPUS + 60, 1, "db", 0, idx, 1), 1);
    expect("line 60 (empty message after a space) not level 0", log_first_message(CORPUS + 60, 1, 0, buf, sizeof buf), -3);
    expect("line 60 (empty message after a space) level 1", log_first_message(CORPUS + 60, 1, 1, buf, sizeof buf), 0);
    expect_text("line 60 (empty message after a space) message", buf, "");
    expect("line 60 (empty message after a space) not level 2", log_first_message(CORPUS + 60, 1, 2, buf, sizeof buf), -3);
    expect("line 60 (empty message after a space) not level 3", log_first_message(CORPUS + 60, 1, 3, buf, sizeof buf), -3);
    expect("line 61 (message ending in CR) counted", log_count_at_least(CORPUS + 61, 1, LOG_DEBUG), 1);
    expect("line 61 (message ending in CR) in the window", log_filter_window(CORPUS + 61, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 61 (message ending in CR) component", log_filter_component(CORPUS + 61, 1, "db", 0, idx, 1), 1);
    expect("line 61 (message ending in CR) not level 0", log_first_message(CORPUS + 61, 1, 0, buf, sizeof buf), -3);
    expect("line 61 (message ending in CR) level 1", log_first_message(CORPUS + 61, 1, 1, buf, sizeof buf), 0);
    expect_text("line 61 (message ending in CR) message", buf, "ends with CR\r");
    expect("line 61 (message ending in CR) not level 2", log_first_message(CORPUS + 61, 1, 2, buf, sizeof buf), -3);
    expect("line 61 (message ending in CR) not level 3", log_first_message(CORPUS + 61, 1, 3, buf, sizeof buf), -3);
    expect("line 62 (two newlines) counted", log_count_at_least(CORPUS + 62, 1, LOG_DEBUG), 1);
    expect("line 62 (two newlines) in the window", log_filter_window(CORPUS + 62, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 62 (two newlines) component", log_filter_component(CORPUS + 62, 1, "db", 0, idx, 1), 1);
    expect("line 62 (two newlines) not level 0", log_first_message(CORPUS + 62, 1, 0, buf, sizeof buf), -3);
    expect("line 62 (two newlines) level 1", log_first_message(CORPUS + 62, 1, 1, buf, sizeof buf), 0);
    expect_text("line 62 (two newlines) message", buf, "two newlines\n");
    expect("line 62 (two newlines) not level 2", log_first_message(CORPUS + 62, 1, 2, buf, sizeof buf), -3);
    expect("line 62 (two newlines) not level 3", log_first_message(CORPUS + 62, 1, 3, buf, sizeof buf), -3);
    expect("line 63 (trailing dot) counted", log_count_at_least(CORPUS + 63, 1, LOG_DEBUG), 1);
    expect("line 63 (trailing dot) in the window", log_filter_window(CORPUS + 63, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 63 (trailing dot) component", log_filter_component(CORPUS + 63, 1, "db.", 0, idx, 1), 1);
    expect("line 63 (trailing dot) not level 0", log_first_message(CORPUS + 63, 1, 0, buf, sizeof buf), -3);
    expect("line 63 (trailing dot) level 1", log_first_message(CORPUS + 63, 1, 1, buf, sizeof buf), 0);
    expect_text("line 63 (trailing dot) message", buf, " trailing dot, two spaces");
    expect("line 63 (trailing dot) not level 2", log_first_message(CORPUS + 63, 1, 2, buf, sizeof buf), -3);
    expect("line 63 (trailing dot) not level 3", log_first_message(CORPUS + 63, 1, 3, buf, sizeof buf), -3);
    expect("line 64 (double dot) counted", log_count_at_least(CORPUS + 64, 1, LOG_DEBUG), 1);
    expect("line 64 (double dot) in the window", log_filter_window(CORPUS + 64, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 64 (double dot) component", log_filter_component(CORPUS + 64, 1, "db..x", 0, idx, 1), 1);
    expect("line 64 (double dot) not level 0", log_first_message(CORPUS + 64, 1, 0, buf, sizeof buf), -3);
    expect("line 64 (double dot) level 1", log_first_message(CORPUS + 64, 1, 1, buf, sizeof buf), 0);
    expect_text("line 64 (double dot) message", buf, "double dot");
    expect("line 64 (double dot) not level 2", log_first_message(CORPUS + 64, 1, 2, buf, sizeof buf), -3);
    expect("line 64 (double dot) not level 3", log_first_message(CORPUS + 64, 1, 3, buf, sizeof buf), -3);
    expect("line 65 (sibling prefix) counted", log_count_at_least(CORPUS + 65, 1, LOG_DEBUG), 1);
    expect("line 65 (sibling prefix) in the window", log_filter_window(CORPUS + 65, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 65 (sibling prefix) component", log_filter_component(CORPUS + 65, 1, "dbx", 0, idx, 1), 1);
    expect("line 65 (sibling prefix) not level 0", log_first_message(CORPUS + 65, 1, 0, buf, sizeof buf), -3);
    expect("line 65 (sibling prefix) level 1", log_first_message(CORPUS + 65, 1, 1, buf, sizeof buf), 0);
    expect_text("line 65 (sibling prefix) message", buf, "sibling prefix");
    expect("line 65 (sibling prefix) not level 2", log_first_message(CORPUS + 65, 1, 2, buf, sizeof buf), -3);
    expect("line 65 (sibling prefix) not level 3", log_first_message(CORPUS + 65, 1, 3, buf, sizeof buf), -3);
    expect("line 66 (digits and underscore) counted", log_count_at_least(CORPUS + 66, 1, LOG_DEBUG), 1);
    expect("line 66 (digits and underscore) in the window", log_filter_window(CORPUS + 66, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 66 (digits and underscore) component", log_filter_component(CORPUS + 66, 1, "db_2.pool", 0, idx, 1), 1);
    expect("line 66 (digits and underscore) not level 0", log_first_message(CORPUS + 66, 1, 0, buf, sizeof buf), -3);
    expect("line 66 (digits and underscore) level 1", log_first_message(CORPUS + 66, 1, 1, buf, sizeof buf), 0);
    expect_text("line 66 (digits and underscore) message", buf, "digits and underscore");
    expect("line 66 (digits and underscore) not level 2", log_first_message(CORPUS + 66, 1, 2, buf, sizeof buf), -3);
    expect("line 66 (digits and underscore) not level 3", log_first_message(CORPUS + 66, 1, 3, buf, sizeof buf), -3);
    expect("line 67 (CR inside the message) counted", log_count_at_least(CORPUS + 67, 1, LOG_DEBUG), 1);
    expect("line 67 (CR inside the message) in the window", log_filter_window(CORPUS + 67, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 67 (CR inside the message) component", log_filter_component(CORPUS + 67, 1, "api.v2", 0, idx, 1), 1);
    expect("line 67 (CR inside the message) not level 0", log_first_message(CORPUS + 67, 1, 0, buf, sizeof buf), -3);
    expect("line 67 (CR inside the message) not level 1", log_first_message(CORPUS + 67, 1, 1, buf, sizeof buf), -3);
    expect("line 67 (CR inside the message) not level 2", log_first_message(CORPUS + 67, 1, 2, buf, sizeof buf), -3);
    expect("line 67 (CR inside the message) level 3", log_first_message(CORPUS + 67, 1, 3, buf, sizeof buf), 0);
    expect_text("line 67 (CR inside the message) message", buf, "has a \r inside");
    expect("line 68 (timestamp only) counted", log_count_at_least(CORPUS + 68, 1, LOG_DEBUG), 0);
    expect("line 68 (timestamp only) in the window", log_filter_window(CORPUS + 68, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 68 (timestamp only) component", log_filter_component(CORPUS + 68, 1, "db", 0, idx, 1), 0);
    expect("line 68 (timestamp only) not level 0", log_first_message(CORPUS + 68, 1, 0, buf, sizeof buf), -3);
    expect("line 68 (timestamp only) not level 1", log_first_message(CORPUS + 68, 1, 1, buf, sizeof buf), -3);
    expect("line 68 (timestamp only) not level 2", log_first_message(CORPUS + 68, 1, 2, buf, sizeof buf), -3);
    expect("line 68 (timestamp only) not level 3", log_first_message(CORPUS + 68, 1, 3, buf, sizeof buf), -3);
    expect("line 69 (timestamp and newline) counted", log_count_at_least(CORPUS + 69, 1, LOG_DEBUG), 0);
    expect("line 69 (timestamp and newline) in the window", log_filter_window(CORPUS + 69, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 69 (timestamp and newline) component", log_filter_component(CORPUS + 69, 1, "db", 0, idx, 1), 0);
    expect("line 69 (timestamp and newline) not level 0", log_first_message(CORPUS + 69, 1, 0, buf, sizeof buf), -3);
    expect("line 69 (timestamp and newline) not level 1", log_first_message(CORPUS + 69, 1, 1, buf, sizeof buf), -3);
    expect("line 69 (timestamp and newline) not level 2", log_first_message(CORPUS + 69, 1, 2, buf, sizeof buf), -3);
    expect("line 69 (timestamp and newline) not level 3", log_first_message(CORPUS + 69, 1, 3, buf, sizeof buf), -3);
    expect("line 70 (line ends after the bracket) counted", log_count_at_least(CORPUS + 70, 1, LOG_DEBUG), 0);
    expect("line 70 (line ends after the bracket) in the window", log_filter_window(CORPUS + 70, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 0);
    expect("line 70 (line ends after the bracket) component", log_filter_component(CORPUS + 70, 1, "db", 0, idx, 1), 0);
    expect("line 70 (line ends after the bracket) not level 0", log_first_message(CORPUS + 70, 1, 0, buf, sizeof buf), -3);
    expect("line 70 (line ends after the bracket) not level 1", log_first_message(CORPUS + 70, 1, 1, buf, sizeof buf), -3);
    expect("line 70 (line ends after the bracket) not level 2", log_first_message(CORPUS + 70, 1, 2, buf, sizeof buf), -3);
    expect("line 70 (line ends after the bracket) not level 3", log_first_message(CORPUS + 70, 1, 3, buf, sizeof buf), -3);
    expect("line 71 (dot in the message) counted", log_count_at_least(CORPUS + 71, 1, LOG_DEBUG), 1);
    expect("line 71 (dot in the message) in the window", log_filter_window(CORPUS + 71, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 71 (dot in the message) component", log_filter_component(CORPUS + 71, 1, "db", 0, idx, 1), 1);
    expect("line 71 (dot in the message) not level 0", log_first_message(CORPUS + 71, 1, 0, buf, sizeof buf), -3);
    expect("line 71 (dot in the message) level 1", log_first_message(CORPUS + 71, 1, 1, buf, sizeof buf), 0);
    expect_text("line 71 (dot in the message) message", buf, "v.2 released");
    expect("line 71 (dot in the message) not level 2", log_first_message(CORPUS + 71, 1, 2, buf, sizeof buf), -3);
    expect("line 71 (dot in the message) not level 3", log_first_message(CORPUS + 71, 1, 3, buf, sizeof buf), -3);
    expect("line 72 (month 1) counted", log_count_at_least(CORPUS + 72, 1, LOG_DEBUG), 1);
    expect("line 72 (month 1) in the window", log_filter_window(CORPUS + 72, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 72 (month 1) component", log_filter_component(CORPUS + 72, 1, "cal", 0, idx, 1), 1);
    expect("line 72 (month 1) not level 0", log_first_message(CORPUS + 72, 1, 0, buf, sizeof buf), -3);
    expect("line 72 (month 1) level 1", log_first_message(CORPUS + 72, 1, 1, buf, sizeof buf), 0);
    expect_text("line 72 (month 1) message", buf, "month 1");
    expect("line 72 (month 1) not level 2", log_first_message(CORPUS + 72, 1, 2, buf, sizeof buf), -3);
    expect("line 72 (month 1) not level 3", log_first_message(CORPUS + 72, 1, 3, buf, sizeof buf), -3);
    expect("line 73 (month 2) counted", log_count_at_least(CORPUS + 73, 1, LOG_DEBUG), 1);
    expect("line 73 (month 2) in the window", log_filter_window(CORPUS + 73, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 73 (month 2) component", log_filter_component(CORPUS + 73, 1, "cal", 0, idx, 1), 1);
    expect("line 73 (month 2) not level 0", log_first_message(CORPUS + 73, 1, 0, buf, sizeof buf), -3);
    expect("line 73 (month 2) level 1", log_first_message(CORPUS + 73, 1, 1, buf, sizeof buf), 0);
    expect_text("line 73 (month 2) message", buf, "month 2");
    expect("line 73 (month 2) not level 2", log_first_message(CORPUS + 73, 1, 2, buf, sizeof buf), -3);
    expect("line 73 (month 2) not level 3", log_first_message(CORPUS + 73, 1, 3, buf, sizeof buf), -3);
    expect("line 74 (month 3) counted", log_count_at_least(CORPUS + 74, 1, LOG_DEBUG), 1);
    expect("line 74 (month 3) in the window", log_filter_window(CORPUS + 74, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 74 (month 3) component", log_filter_component(CORPUS + 74, 1, "cal", 0, idx, 1), 1);
    expect("line 74 (month 3) not level 0", log_first_message(CORPUS + 74, 1, 0, buf, sizeof buf), -3);
    expect("line 74 (month 3) level 1", log_first_message(CORPUS + 74, 1, 1, buf, sizeof buf), 0);
    expect_text("line 74 (month 3) message", buf, "month 3");
    expect("line 74 (month 3) not level 2", log_first_message(CORPUS + 74, 1, 2, buf, sizeof buf), -3);
    expect("line 74 (month 3) not level 3", log_first_message(CORPUS + 74, 1, 3, buf, sizeof buf), -3);
    expect("line 75 (month 4) counted", log_count_at_least(CORPUS + 75, 1, LOG_DEBUG), 1);
    expect("line 75 (month 4) in the window", log_filter_window(CORPUS + 75, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 75 (month 4) component", log_filter_component(CORPUS + 75, 1, "cal", 0, idx, 1), 1);
    expect("line 75 (month 4) not level 0", log_first_message(CORPUS + 75, 1, 0, buf, sizeof buf), -3);
    expect("line 75 (month 4) level 1", log_first_message(CORPUS + 75, 1, 1, buf, sizeof buf), 0);
    expect_text("line 75 (month 4) message", buf, "month 4");
    expect("line 75 (month 4) not level 2", log_first_message(CORPUS + 75, 1, 2, buf, sizeof buf), -3);
    expect("line 75 (month 4) not level 3", log_first_message(CORPUS + 75, 1, 3, buf, sizeof buf), -3);
    expect("line 76 (month 5) counted", log_count_at_least(CORPUS + 76, 1, LOG_DEBUG), 1);
    expect("line 76 (month 5) in the window", log_filter_window(CORPUS + 76, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 76 (month 5) component", log_filter_component(CORPUS + 76, 1, "cal", 0, idx, 1), 1);
    expect("line 76 (month 5) not level 0", log_first_message(CORPUS + 76, 1, 0, buf, sizeof buf), -3);
    expect("line 76 (month 5) level 1", log_first_message(CORPUS + 76, 1, 1, buf, sizeof buf), 0);
    expect_text("line 76 (month 5) message", buf, "month 5");
    expect("line 76 (month 5) not level 2", log_first_message(CORPUS + 76, 1, 2, buf, sizeof buf), -3);
    expect("line 76 (month 5) not level 3", log_first_message(CORPUS + 76, 1, 3, buf, sizeof buf), -3);
    expect("line 77 (month 6) counted", log_count_at_least(CORPUS + 77, 1, LOG_DEBUG), 1);
    expect("line 77 (month 6) in the window", log_filter_window(CORPUS + 77, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 77 (month 6) component", log_filter_component(CORPUS + 77, 1, "cal", 0, idx, 1), 1);
    expect("line 77 (month 6) not level 0", log_first_message(CORPUS + 77, 1, 0, buf, sizeof buf), -3);
    expect("line 77 (month 6) level 1", log_first_message(CORPUS + 77, 1, 1, buf, sizeof buf), 0);
    expect_text("line 77 (month 6) message", buf, "month 6");
    expect("line 77 (month 6) not level 2", log_first_message(CORPUS + 77, 1, 2, buf, sizeof buf), -3);
    expect("line 77 (month 6) not level 3", log_first_message(CORPUS + 77, 1, 3, buf, sizeof buf), -3);
    expect("line 78 (month 7) counted", log_count_at_least(CORPUS + 78, 1, LOG_DEBUG), 1);
    expect("line 78 (month 7) in the window", log_filter_window(CORPUS + 78, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 78 (month 7) component", log_filter_component(CORPUS + 78, 1, "cal", 0, idx, 1), 1);
    expect("line 78 (month 7) not level 0", log_first_message(CORPUS + 78, 1, 0, buf, sizeof buf), -3);
    expect("line 78 (month 7) level 1", log_first_message(CORPUS + 78, 1, 1, buf, sizeof buf), 0);
    expect_text("line 78 (month 7) message", buf, "month 7");
    expect("line 78 (month 7) not level 2", log_first_message(CORPUS + 78, 1, 2, buf, sizeof buf), -3);
    expect("line 78 (month 7) not level 3", log_first_message(CORPUS + 78, 1, 3, buf, sizeof buf), -3);
    expect("line 79 (month 8) counted", log_count_at_least(CORPUS + 79, 1, LOG_DEBUG), 1);
    expect("line 79 (month 8) in the window", log_filter_window(CORPUS + 79, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 79 (month 8) component", log_filter_component(CORPUS + 79, 1, "cal", 0, idx, 1), 1);
    expect("line 79 (month 8) not level 0", log_first_message(CORPUS + 79, 1, 0, buf, sizeof buf), -3);
    expect("line 79 (month 8) level 1", log_first_message(CORPUS + 79, 1, 1, buf, sizeof buf), 0);
    expect_text("line 79 (month 8) message", buf, "month 8");
    expect("line 79 (month 8) not level 2", log_first_message(CORPUS + 79, 1, 2, buf, sizeof buf), -3);
    expect("line 79 (month 8) not level 3", log_first_message(CORPUS + 79, 1, 3, buf, sizeof buf), -3);
    expect("line 80 (month 9) counted", log_count_at_least(CORPUS + 80, 1, LOG_DEBUG), 1);
    expect("line 80 (month 9) in the window", log_filter_window(CORPUS + 80, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 80 (month 9) component", log_filter_component(CORPUS + 80, 1, "cal", 0, idx, 1), 1);
    expect("line 80 (month 9) not level 0", log_first_message(CORPUS + 80, 1, 0, buf, sizeof buf), -3);
    expect("line 80 (month 9) level 1", log_first_message(CORPUS + 80, 1, 1, buf, sizeof buf), 0);
    expect_text("line 80 (month 9) message", buf, "month 9");
    expect("line 80 (month 9) not level 2", log_first_message(CORPUS + 80, 1, 2, buf, sizeof buf), -3);
    expect("line 80 (month 9) not level 3", log_first_message(CORPUS + 80, 1, 3, buf, sizeof buf), -3);
    expect("line 81 (month 10) counted", log_count_at_least(CORPUS + 81, 1, LOG_DEBUG), 1);
    expect("line 81 (month 10) in the window", log_filter_window(CORPUS + 81, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 81 (month 10) component", log_filter_component(CORPUS + 81, 1, "cal", 0, idx, 1), 1);
    expect("line 81 (month 10) not level 0", log_first_message(CORPUS + 81, 1, 0, buf, sizeof buf), -3);
    expect("line 81 (month 10) level 1", log_first_message(CORPUS + 81, 1, 1, buf, sizeof buf), 0);
    expect_text("line 81 (month 10) message", buf, "month 10");
    expect("line 81 (month 10) not level 2", log_first_message(CORPUS + 81, 1, 2, buf, sizeof buf), -3);
    expect("line 81 (month 10) not level 3", log_first_message(CORPUS + 81, 1, 3, buf, sizeof buf), -3);
    expect("line 82 (month 11) counted", log_count_at_least(CORPUS + 82, 1, LOG_DEBUG), 1);
    expect("line 82 (month 11) in the window", log_filter_window(CORPUS + 82, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 82 (month 11) component", log_filter_component(CORPUS + 82, 1, "cal", 0, idx, 1), 1);
    expect("line 82 (month 11) not level 0", log_first_message(CORPUS + 82, 1, 0, buf, sizeof buf), -3);
    expect("line 82 (month 11) level 1", log_first_message(CORPUS + 82, 1, 1, buf, sizeof buf), 0);
    expect_text("line 82 (month 11) message", buf, "month 11");
    expect("line 82 (month 11) not level 2", log_first_message(CORPUS + 82, 1, 2, buf, sizeof buf), -3);
    expect("line 82 (month 11) not level 3", log_first_message(CORPUS + 82, 1, 3, buf, sizeof buf), -3);
    expect("line 83 (month 12) counted", log_count_at_least(CORPUS + 83, 1, LOG_DEBUG), 1);
    expect("line 83 (month 12) in the window", log_filter_window(CORPUS + 83, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 83 (month 12) component", log_filter_component(CORPUS + 83, 1, "cal", 0, idx, 1), 1);
    expect("line 83 (month 12) not level 0", log_first_message(CORPUS + 83, 1, 0, buf, sizeof buf), -3);
    expect("line 83 (month 12) level 1", log_first_message(CORPUS + 83, 1, 1, buf, sizeof buf), 0);
    expect_text("line 83 (month 12) message", buf, "month 12");
    expect("line 83 (month 12) not level 2", log_first_message(CORPUS + 83, 1, 2, buf, sizeof buf), -3);
    expect("line 83 (month 12) not level 3", log_first_message(CORPUS + 83, 1, 3, buf, sizeof buf), -3);
    expect("line 84 (end of a leap year) counted", log_count_at_least(CORPUS + 84, 1, LOG_DEBUG), 1);
    expect("line 84 (end of a leap year) in the window", log_filter_window(CORPUS + 84, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 84 (end of a leap year) component", log_filter_component(CORPUS + 84, 1, "cal", 0, idx, 1), 1);
    expect("line 84 (end of a leap year) not level 0", log_first_message(CORPUS + 84, 1, 0, buf, sizeof buf), -3);
    expect("line 84 (end of a leap year) level 1", log_first_message(CORPUS + 84, 1, 1, buf, sizeof buf), 0);
    expect_text("line 84 (end of a leap year) message", buf, "leap year end");
    expect("line 84 (end of a leap year) not level 2", log_first_message(CORPUS + 84, 1, 2, buf, sizeof buf), -3);
    expect("line 84 (end of a leap year) not level 3", log_first_message(CORPUS + 84, 1, 3, buf, sizeof buf), -3);
    expect("line 85 (after a leap year) counted", log_count_at_least(CORPUS + 85, 1, LOG_DEBUG), 1);
    expect("line 85 (after a leap year) in the window", log_filter_window(CORPUS + 85, 1, -1000000000000L, 1000000000000L, LOG_DEBUG, idx, 1), 1);
    expect("line 85 (after a leap year) component", log_filter_component(CORPUS + 85, 1, "cal", 0, idx, 1), 1);
    expect("line 85 (after a leap year) not level 0", log_first_message(CORPUS + 85, 1, 0, buf, sizeof buf), -3);
    expect("line 85 (after a leap year) level 1", log_first_message(CORPUS + 85, 1, 1, buf, sizeof buf), 0);
    expect_text("line 85 (after a leap year) message", buf, "after a leap year");
    expect("line 85 (after a leap year) not level 2", log_first_message(CORPUS + 85, 1, 2, buf, sizeof buf), -3);
    expect("line 85 (after a leap year) not level 3", log_first_message(CORPUS + 85, 1, 3, buf, sizeof buf), -3);
    expect("component db", log_filter_component(CORPUS, N, "db", 0, idx, 64), 16);
    expect("component db [0]", (long)idx[0], 4);
    expect("component db [1]", (long)idx[1], 17);
    expect("component db [2]", (long)idx[2], 18);
    expect("component db [3]", (long)idx[3], 24);
    expect("component db [4]", (long)idx[4], 28);
    expect("component db [5]", (long)idx[5], 30);
    expect("component db [6]", (long)idx[6], 32);
    expect("component db [7]", (long)idx[7], 34);
    expect("component db [8]", (long)idx[8], 42);
    expect("component db [9]", (long)idx[9], 56);
    expect("component db [10]", (long)idx[10], 57);
    expect("component db [11]", (long)idx[11], 58);
    expect("component db [12]", (long)idx[12], 60);
    expect("component db [13]", (long)idx[13], 61);
    expect("component db [14]", (long)idx[14], 62);
    expect("component db [15]", (long)idx[15], 71);
    expect("component db with children", log_filter_component(CORPUS, N, "db", 1, idx, 64), 20);
    expect("component db with children [0]", (long)idx[0], 0);
    expect("component db with children [1]", (long)idx[1], 4);
    expect("component db with children [2]", (long)idx[2], 5);
    expect("component db with children [3]", (long)idx[3], 17);
    expect("component db with children [4]", (long)idx[4], 18);
    expect("component db with children [5]", (long)idx[5], 24);
    expect("component db with children [6]", (long)idx[6], 28);
    expect("component db with children [7]", (long)idx[7], 30);
    expect("component db with children [8]", (long)idx[8], 32);
    expect("component db with children [9]", (long)idx[9], 34);
    expect("component db with children [10]", (long)idx[10], 42);
    expect("component db with children [11]", (long)idx[11], 56);
    expect("component db with children [12]", (long)idx[12], 57);
    expect("component db with children [13]", (long)idx[13], 58);
    expect("component db with children [14]", (long)idx[14], 60);
    expect("component db with children [15]", (long)idx[15], 61);
    expect("component db with children [16]", (long)idx[16], 62);
    expect("component db with children [17]", (long)idx[17], 63);
    expect("component db with children [18]", (long)idx[18], 64);
    expect("component db with children [19]", (long)idx[19], 71);
    expect("component db.pool", log_filter_component(CORPUS, N, "db.pool", 0, idx, 64), 1);
    expect("component db.pool [0]", (long)idx[0], 0);
    expect("component db.pool with children", log_filter_component(CORPUS, N, "db.pool", 1, idx, 64), 2);
    expect("component db.pool with children [0]", (long)idx[0], 0);
    expect("component db.pool with children [1]", (long)idx[1], 5);
    expect("component db.pool.slow with children", log_filter_component(CORPUS, N, "db.pool.slow", 1, idx, 64), 1);
    expect("component db.pool.slow with children [0]", (long)idx[0], 5);
    expect("component api with children", log_filter_component(CORPUS, N, "api", 1, idx, 64), 2);
    expect("component api with children [0]", (long)idx[0], 7);
    expect("component api with children [1]", (long)idx[1], 67);
    expect("component api.v2", log_filter_component(CORPUS, N, "api.v2", 0, idx, 64), 1);
    expect("component api.v2 [0]", (long)idx[0], 67);
    expect("component d", log_filter_component(CORPUS, N, "d", 1, idx, 64), 0);
    expect("component empty", log_filter_component(CORPUS, N, "", 1, idx, 64), 0);
    expect("component unknown", log_filter_component(CORPUS, N, "queue", 1, idx, 64), 0);
    expect("component name runs into the message", log_filter_component(CORPUS, N, "db] v", 1, idx, 64), 0);
    expect("component name runs into the message, exact", log_filter_component(CORPUS, N, "db] v", 0, idx, 64), 0);
    expect("component cap exactly", log_filter_component(CORPUS, N, "db.pool", 1, idx, 2), 2);
    expect("component cap exactly [0]", (long)idx[0], 0);
    expect("component cap exactly [1]", (long)idx[1], 5);
    expect("component cap one short", log_filter_component(CORPUS, N, "db.pool", 1, idx, 1), -2);
    expect("component cap one short [0]", (long)idx[0], 0);
    expect("component cap 0", log_filter_component(CORPUS, N, "db.pool", 1, idx, 0), -2);
    expect("component cap 0, no match", log_filter_component(CORPUS, N, "queue", 1, idx, 0), 0);
    expect("window around the common time", log_filter_window(CORPUS, N, 762963721L, 762963722L, 0, idx, 64), 18);
    expect("window around the common time [0]", (long)idx[0], 0);
    expect("window around the common time [1]", (long)idx[1], 4);
    expect("window around the common time [2]", (long)idx[2], 5);
    expect("window around the common time [3]", (long)idx[3], 7);
    expect("window around the common time [4]", (long)idx[4], 42);
    expect("window around the common time [5]", (long)idx[5], 53);
    expect("window around the common time [6]", (long)idx[6], 56);
    expect("window around the common time [7]", (long)idx[7], 57);
    expect("window around the common time [8]", (long)idx[8], 58);
    expect("window around the common time [9]", (long)idx[9], 60);
    expect("window around the common time [10]", (long)idx[10], 61);
    expect("window around the common time [11]", (long)idx[11], 62);
    expect("window around the common time [12]", (long)idx[12], 63);
    expect("window around the common time [13]", (long)idx[13], 64);
    expect("window around the common time [14]", (long)idx[14], 65);
    expect("window around the common time [15]", (long)idx[15], 66);
    expect("window around the common time [16]", (long)idx[16], 67);
    expect("window around the common time [17]", (long)idx[17], 71);
    expect("window ending at the common time", log_filter_window(CORPUS, N, 762963621L, 762963721L, 0, idx, 64), 0);
    expect("window from the next second", log_filter_window(CORPUS, N, 762963722L, 762963821L, 0, idx, 64), 0);
    expect("window, warnings and up", log_filter_window(CORPUS, N, 762963721L, 762963722L, 2, idx, 64), 4);
    expect("window, warnings and up [0]", (long)idx[0], 4);
    expect("window, warnings and up [1]", (long)idx[1], 5);
    expect("window, warnings and up [2]", (long)idx[2], 42);
    expect("window, warnings and up [3]", (long)idx[3], 67);
    expect("window, errors", log_filter_window(CORPUS, N, 762963721L, 762963722L, 3, idx, 64), 3);
    expect("window, errors [0]", (long)idx[0], 4);
    expect("window, errors [1]", (long)idx[1], 42);
    expect("window, errors [2]", (long)idx[2], 67);
    expect("window, debug", log_filter_window(CORPUS, N, 0L, 4000000000L, 0, idx, 64), 39);
    expect("window, debug [0]", (long)idx[0], 0);
    expect("window, debug [1]", (long)idx[1], 4);
    expect("window, debug [2]", (long)idx[2], 5);
    expect("window, debug [3]", (long)idx[3], 7);
    expect("window, debug [4]", (long)idx[4], 17);
    expect("window, debug [5]", (long)idx[5], 18);
    expect("window, debug [6]", (long)idx[6], 24);
    expect("window, debug [7]", (long)idx[7], 28);
    expect("window, debug [8]", (long)idx[8], 30);
    expect("window, debug [9]", (long)idx[9], 32);
    expect("window, debug [10]", (long)idx[10], 34);
    expect("window, debug [11]", (long)idx[11], 42);
    expect("window, debug [12]", (long)idx[12], 53);
    expect("window, debug [13]", (long)idx[13], 56);
    expect("window, debug [14]", (long)idx[14], 57);
    expect("window, debug [15]", (long)idx[15], 58);
    expect("window, debug [16]", (long)idx[16], 60);
    expect("window, debug [17]", (long)idx[17], 61);
    expect("window, debug [18]", (long)idx[18], 62);
    expect("window, debug [19]", (long)idx[19], 63);
    expect("window, debug [20]", (long)idx[20], 64);
    expect("window, debug [21]", (long)idx[21], 65);
    expect("window, debug [22]", (long)idx[22], 66);
    expect("window, debug [23]", (long)idx[23], 67);
    expect("window, debug [24]", (long)idx[24], 71);
    expect("window, debug [25]", (long)idx[25], 72);
    expect("window, debug [26]", (long)idx[26], 73);
    expect("window, debug [27]", (long)idx[27], 74);
    expect("window, debug [28]", (long)idx[28], 75);
    expect("window, debug [29]", (long)idx[29], 76);
    expect("window, debug [30]", (long)idx[30], 77);
    expect("window, debug [31]", (long)idx[31], 78);
    expect("window, debug [32]", (long)idx[32], 79);
    expect("window, debug [33]", (long)idx[33], 80);
    expect("window, debug [34]", (long)idx[34], 81);
    expect("window, debug [35]", (long)idx[35], 82);
    expect("window, debug [36]", (long)idx[36], 83);
    expect("window, debug [37]", (long)idx[37], 84);
    expect("window, debug [38]", (long)idx[38], 85);
    expect("window, empty range", log_filter_window(CORPUS, N, 762963721L, 762963721L, 0, idx, 64), 0);
    expect("window, reversed range", log_filter_window(CORPUS, N, 762963722L, 762963721L, 0, idx, 64), 0);
    expect("window, the epoch", log_filter_window(CORPUS, N, 0L, 1L, 0, idx, 64), 1);
    expect("window, the epoch [0]", (long)idx[0], 17);
    expect("window, before the epoch", log_filter_window(CORPUS, N, -5L, 0L, 0, idx, 64), 0);
    expect("window cap exactly", log_filter_window(CORPUS, N, 762963721L, 762963722L, 0, idx, 18), 18);
    expect("window cap exactly [0]", (long)idx[0], 0);
    expect("window cap exactly [1]", (long)idx[1], 4);
    expect("window cap exactly [2]", (long)idx[2], 5);
    expect("window cap exactly [3]", (long)idx[3], 7);
    expect("window cap exactly [4]", (long)idx[4], 42);
    expect("window cap exactly [5]", (long)idx[5], 53);
    expect("window cap exactly [6]", (long)idx[6], 56);
    expect("window cap exactly [7]", (long)idx[7], 57);
    expect("window cap exactly [8]", (long)idx[8], 58);
    expect("window cap exactly [9]", (long)idx[9], 60);
    expect("window cap exactly [10]", (long)idx[10], 61);
    expect("window cap exactly [11]", (long)idx[11], 62);
    expect("window cap exactly [12]", (long)idx[12], 63);
    expect("window cap exactly [13]", (long)idx[13], 64);
    expect("window cap exactly [14]", (long)idx[14], 65);
    expect("window cap exactly [15]", (long)idx[15], 66);
    expect("window cap exactly [16]", (long)idx[16], 67);
    expect("window cap exactly [17]", (long)idx[17], 71);
    expect("window cap one short", log_filter_window(CORPUS, N, 762963721L, 762963722L, 0, idx, 17), -2);
    expect("window cap one short [0]", (long)idx[0], 0);
    expect("window cap one short [1]", (long)idx[1], 4);
    expect("window cap one short [2]", (long)idx[2], 5);
    expect("window cap one short [3]", (long)idx[3], 7);
    expect("window cap one short [4]", (long)idx[4], 42);
    expect("window cap one short [5]", (long)idx[5], 53);
    expect("window cap one short [6]", (long)idx[6], 56);
    expect("window cap one short [7]", (long)idx[7], 57);
    expect("window cap one short [8]", (long)idx[8], 58);
    expect("window cap one short [9]", (long)idx[9], 60);
    expect("window cap one short [10]", (long)idx[10], 61);
    expect("window cap one short [11]", (long)idx[11], 62);
    expect("window cap one short [12]", (long)idx[12], 63);
    expect("window cap one short [13]", (long)idx[13], 64);
    expect("window cap one short [14]", (long)idx[14], 65);
    expect("window cap one short [15]", (long)idx[15], 66);
    expect("window cap one short [16]", (long)idx[16], 67);
    expect("line 0 (well-formed info) at its time", log_filter_window(CORPUS + 0, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 0 (well-formed info) not a second later", log_filter_window(CORPUS + 0, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 0 (well-formed info) not a second earlier", log_filter_window(CORPUS + 0, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 4 (error with newline) at its time", log_filter_window(CORPUS + 4, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 4 (error with newline) not a second later", log_filter_window(CORPUS + 4, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 4 (error with newline) not a second earlier", log_filter_window(CORPUS + 4, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 5 (warning with CRLF) at its time", log_filter_window(CORPUS + 5, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 5 (warning with CRLF) not a second later", log_filter_window(CORPUS + 5, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 5 (warning with CRLF) not a second earlier", log_filter_window(CORPUS + 5, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 7 (debug) at its time", log_filter_window(CORPUS + 7, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 7 (debug) not a second later", log_filter_window(CORPUS + 7, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 7 (debug) not a second earlier", log_filter_window(CORPUS + 7, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 17 (year 2000) at its time", log_filter_window(CORPUS + 17, 1, 0L, 1L, LOG_DEBUG, idx, 1), 1);
    expect("line 17 (year 2000) not a second later", log_filter_window(CORPUS + 17, 1, 1L, 2L, LOG_DEBUG, idx, 1), 0);
    expect("line 17 (year 2000) not a second earlier", log_filter_window(CORPUS + 17, 1, -1L, 0L, LOG_DEBUG, idx, 1), 0);
    expect("line 18 (year 2099) at its time", log_filter_window(CORPUS + 18, 1, 3155759999L, 3155760000L, LOG_DEBUG, idx, 1), 1);
    expect("line 18 (year 2099) not a second later", log_filter_window(CORPUS + 18, 1, 3155760000L, 3155760001L, LOG_DEBUG, idx, 1), 0);
    expect("line 18 (year 2099) not a second earlier", log_filter_window(CORPUS + 18, 1, 3155759998L, 3155759999L, LOG_DEBUG, idx, 1), 0);
    expect("line 24 (April 30) at its time", log_filter_window(CORPUS + 24, 1, 767786400L, 767786401L, LOG_DEBUG, idx, 1), 1);
    expect("line 24 (April 30) not a second later", log_filter_window(CORPUS + 24, 1, 767786401L, 767786402L, LOG_DEBUG, idx, 1), 0);
    expect("line 24 (April 30) not a second earlier", log_filter_window(CORPUS + 24, 1, 767786399L, 767786400L, LOG_DEBUG, idx, 1), 0);
    expect("line 28 (January 31) at its time", log_filter_window(CORPUS + 28, 1, 760010400L, 760010401L, LOG_DEBUG, idx, 1), 1);
    expect("line 28 (January 31) not a second later", log_filter_window(CORPUS + 28, 1, 760010401L, 760010402L, LOG_DEBUG, idx, 1), 0);
    expect("line 28 (January 31) not a second earlier", log_filter_window(CORPUS + 28, 1, 760010399L, 760010400L, LOG_DEBUG, idx, 1), 0);
    expect("line 30 (leap day 2024) at its time", log_filter_window(CORPUS + 30, 1, 762516000L, 762516001L, LOG_DEBUG, idx, 1), 1);
    expect("line 30 (leap day 2024) not a second later", log_filter_window(CORPUS + 30, 1, 762516001L, 762516002L, LOG_DEBUG, idx, 1), 0);
    expect("line 30 (leap day 2024) not a second earlier", log_filter_window(CORPUS + 30, 1, 762515999L, 762516000L, LOG_DEBUG, idx, 1), 0);
    expect("line 32 (leap day 2000) at its time", log_filter_window(CORPUS + 32, 1, 5133600L, 5133601L, LOG_DEBUG, idx, 1), 1);
    expect("line 32 (leap day 2000) not a second later", log_filter_window(CORPUS + 32, 1, 5133601L, 5133602L, LOG_DEBUG, idx, 1), 0);
    expect("line 32 (leap day 2000) not a second earlier", log_filter_window(CORPUS + 32, 1, 5133599L, 5133600L, LOG_DEBUG, idx, 1), 0);
    expect("line 34 (February 28) at its time", log_filter_window(CORPUS + 34, 1, 730893600L, 730893601L, LOG_DEBUG, idx, 1), 1);
    expect("line 34 (February 28) not a second later", log_filter_window(CORPUS + 34, 1, 730893601L, 730893602L, LOG_DEBUG, idx, 1), 0);
    expect("line 34 (February 28) not a second earlier", log_filter_window(CORPUS + 34, 1, 730893599L, 730893600L, LOG_DEBUG, idx, 1), 0);
    expect("line 42 (many spaces) at its time", log_filter_window(CORPUS + 42, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 42 (many spaces) not a second later", log_filter_window(CORPUS + 42, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 42 (many spaces) not a second earlier", log_filter_window(CORPUS + 42, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 53 (31-character component) at its time", log_filter_window(CORPUS + 53, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 53 (31-character component) not a second later", log_filter_window(CORPUS + 53, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 53 (31-character component) not a second earlier", log_filter_window(CORPUS + 53, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 56 (no message) at its time", log_filter_window(CORPUS + 56, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 56 (no message) not a second later", log_filter_window(CORPUS + 56, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 56 (no message) not a second earlier", log_filter_window(CORPUS + 56, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 57 (no message, newline) at its time", log_filter_window(CORPUS + 57, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 57 (no message, newline) not a second later", log_filter_window(CORPUS + 57, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 57 (no message, newline) not a second earlier", log_filter_window(CORPUS + 57, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 58 (no message, CRLF) at its time", log_filter_window(CORPUS + 58, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 58 (no message, CRLF) not a second later", log_filter_window(CORPUS + 58, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 58 (no message, CRLF) not a second earlier", log_filter_window(CORPUS + 58, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 60 (empty message after a space) at its time", log_filter_window(CORPUS + 60, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 60 (empty message after a space) not a second later", log_filter_window(CORPUS + 60, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 60 (empty message after a space) not a second earlier", log_filter_window(CORPUS + 60, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 61 (message ending in CR) at its time", log_filter_window(CORPUS + 61, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 61 (message ending in CR) not a second later", log_filter_window(CORPUS + 61, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 61 (message ending in CR) not a second earlier", log_filter_window(CORPUS + 61, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 62 (two newlines) at its time", log_filter_window(CORPUS + 62, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 62 (two newlines) not a second later", log_filter_window(CORPUS + 62, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 62 (two newlines) not a second earlier", log_filter_window(CORPUS + 62, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 63 (trailing dot) at its time", log_filter_window(CORPUS + 63, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 63 (trailing dot) not a second later", log_filter_window(CORPUS + 63, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 63 (trailing dot) not a second earlier", log_filter_window(CORPUS + 63, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 64 (double dot) at its time", log_filter_window(CORPUS + 64, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 64 (double dot) not a second later", log_filter_window(CORPUS + 64, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 64 (double dot) not a second earlier", log_filter_window(CORPUS + 64, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 65 (sibling prefix) at its time", log_filter_window(CORPUS + 65, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 65 (sibling prefix) not a second later", log_filter_window(CORPUS + 65, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 65 (sibling prefix) not a second earlier", log_filter_window(CORPUS + 65, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 66 (digits and underscore) at its time", log_filter_window(CORPUS + 66, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 66 (digits and underscore) not a second later", log_filter_window(CORPUS + 66, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 66 (digits and underscore) not a second earlier", log_filter_window(CORPUS + 66, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 67 (CR inside the message) at its time", log_filter_window(CORPUS + 67, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 67 (CR inside the message) not a second later", log_filter_window(CORPUS + 67, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 67 (CR inside the message) not a second earlier", log_filter_window(CORPUS + 67, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 71 (dot in the message) at its time", log_filter_window(CORPUS + 71, 1, 762963721L, 762963722L, LOG_DEBUG, idx, 1), 1);
    expect("line 71 (dot in the message) not a second later", log_filter_window(CORPUS + 71, 1, 762963722L, 762963723L, LOG_DEBUG, idx, 1), 0);
    expect("line 71 (dot in the message) not a second earlier", log_filter_window(CORPUS + 71, 1, 762963720L, 762963721L, LOG_DEBUG, idx, 1), 0);
    expect("line 72 (month 1) at its time", log_filter_window(CORPUS + 72, 1, 979520883L, 979520884L, LOG_DEBUG, idx, 1), 1);
    expect("line 72 (month 1) not a second later", log_filter_window(CORPUS + 72, 1, 979520884L, 979520885L, LOG_DEBUG, idx, 1), 0);
    expect("line 72 (month 1) not a second earlier", log_filter_window(CORPUS + 72, 1, 979520882L, 979520883L, LOG_DEBUG, idx, 1), 0);
    expect("line 73 (month 2) at its time", log_filter_window(CORPUS + 73, 1, 982202946L, 982202947L, LOG_DEBUG, idx, 1), 1);
    expect("line 73 (month 2) not a second later", log_filter_window(CORPUS + 73, 1, 982202947L, 982202948L, LOG_DEBUG, idx, 1), 0);
    expect("line 73 (month 2) not a second earlier", log_filter_window(CORPUS + 73, 1, 982202945L, 982202946L, LOG_DEBUG, idx, 1), 0);
    expect("line 74 (month 3) at its time", log_filter_window(CORPUS + 74, 1, 984625809L, 984625810L, LOG_DEBUG, idx, 1), 1);
    expect("line 74 (month 3) not a second later", log_filter_window(CORPUS + 74, 1, 984625810L, 984625811L, LOG_DEBUG, idx, 1), 0);
    expect("line 74 (month 3) not a second earlier", log_filter_window(CORPUS + 74, 1, 984625808L, 984625809L, LOG_DEBUG, idx, 1), 0);
    expect("line 75 (month 4) at its time", log_filter_window(CORPUS + 75, 1, 987307872L, 987307873L, LOG_DEBUG, idx, 1), 1);
    expect("line 75 (month 4) not a second later", log_filter_window(CORPUS + 75, 1, 987307873L, 987307874L, LOG_DEBUG, idx, 1), 0);
    expect("line 75 (month 4) not a second earlier", log_filter_window(CORPUS + 75, 1, 987307871L, 987307872L, LOG_DEBUG, idx, 1), 0);
    expect("line 76 (month 5) at its time", log_filter_window(CORPUS + 76, 1, 989903535L, 989903536L, LOG_DEBUG, idx, 1), 1);
    expect("line 76 (month 5) not a second later", log_filter_window(CORPUS + 76, 1, 989903536L, 989903537L, LOG_DEBUG, idx, 1), 0);
    expect("line 76 (month 5) not a second earlier", log_filter_window(CORPUS + 76, 1, 989903534L, 989903535L, LOG_DEBUG, idx, 1), 0);
    expect("line 77 (month 6) at its time", log_filter_window(CORPUS + 77, 1, 992585598L, 992585599L, LOG_DEBUG, idx, 1), 1);
    expect("line 77 (month 6) not a second later", log_filter_window(CORPUS + 77, 1, 992585599L, 992585600L, LOG_DEBUG, idx, 1), 0);
    expect("line 77 (month 6) not a second earlier", log_filter_window(CORPUS + 77, 1, 992585597L, 992585598L, LOG_DEBUG, idx, 1), 0);
    expect("line 78 (month 7) at its time", log_filter_window(CORPUS + 78, 1, 995181261L, 995181262L, LOG_DEBUG, idx, 1), 1);
    expect("line 78 (month 7) not a second later", log_filter_window(CORPUS + 78, 1, 995181262L, 995181263L, LOG_DEBUG, idx, 1), 0);
    expect("line 78 (month 7) not a second earlier", log_filter_window(CORPUS + 78, 1, 995181260L, 995181261L, LOG_DEBUG, idx, 1), 0);
    expect("line 79 (month 8) at its time", log_filter_window(CORPUS + 79, 1, 997863324L, 997863325L, LOG_DEBUG, idx, 1), 1);
    expect("line 79 (month 8) not a second later", log_filter_window(CORPUS + 79, 1, 997863325L, 997863326L, LOG_DEBUG, idx, 1), 0);
    expect("line 79 (month 8) not a second earlier", log_filter_window(CORPUS + 79, 1, 997863323L, 997863324L, LOG_DEBUG, idx, 1), 0);
    expect("line 80 (month 9) at its time", log_filter_window(CORPUS + 80, 1, 1000545387L, 1000545388L, LOG_DEBUG, idx, 1), 1);
    expect("line 80 (month 9) not a second later", log_filter_window(CORPUS + 80, 1, 1000545388L, 1000545389L, LOG_DEBUG, idx, 1), 0);
    expect("line 80 (month 9) not a second earlier", log_filter_window(CORPUS + 80, 1, 1000545386L, 1000545387L, LOG_DEBUG, idx, 1), 0);
    expect("line 81 (month 10) at its time", log_filter_window(CORPUS + 81, 1, 1003141050L, 1003141051L, LOG_DEBUG, idx, 1), 1);
    expect("line 81 (month 10) not a second later", log_filter_window(CORPUS + 81, 1, 1003141051L, 1003141052L, LOG_DEBUG, idx, 1), 0);
    expect("line 81 (month 10) not a second earlier", log_filter_window(CORPUS + 81, 1, 1003141049L, 1003141050L, LOG_DEBUG, idx, 1), 0);
    expect("line 82 (month 11) at its time", log_filter_window(CORPUS + 82, 1, 1005823113L, 1005823114L, LOG_DEBUG, idx, 1), 1);
    expect("line 82 (month 11) not a second later", log_filter_window(CORPUS + 82, 1, 1005823114L, 1005823115L, LOG_DEBUG, idx, 1), 0);
    expect("line 82 (month 11) not a second earlier", log_filter_window(CORPUS + 82, 1, 1005823112L, 1005823113L, LOG_DEBUG, idx, 1), 0);
    expect("line 83 (month 12) at its time", log_filter_window(CORPUS + 83, 1, 1008418776L, 1008418777L, LOG_DEBUG, idx, 1), 1);
    expect("line 83 (month 12) not a second later", log_filter_window(CORPUS + 83, 1, 1008418777L, 1008418778L, LOG_DEBUG, idx, 1), 0);
    expect("line 83 (month 12) not a second earlier", log_filter_window(CORPUS + 83, 1, 1008418775L, 1008418776L, LOG_DEBUG, idx, 1), 0);
    expect("line 84 (end of a leap year) at its time", log_filter_window(CORPUS + 84, 1, 1041465599L, 1041465600L, LOG_DEBUG, idx, 1), 1);
    expect("line 84 (end of a leap year) not a second later", log_filter_window(CORPUS + 84, 1, 1041465600L, 1041465601L, LOG_DEBUG, idx, 1), 0);
    expect("line 84 (end of a leap year) not a second earlier", log_filter_window(CORPUS + 84, 1, 1041465598L, 1041465599L, LOG_DEBUG, idx, 1), 0);
    expect("line 85 (after a leap year) at its time", log_filter_window(CORPUS + 85, 1, 1041465600L, 1041465601L, LOG_DEBUG, idx, 1), 1);
    expect("line 85 (after a leap year) not a second later", log_filter_window(CORPUS + 85, 1, 1041465601L, 1041465602L, LOG_DEBUG, idx, 1), 0);
    expect("line 85 (after a leap year) not a second earlier", log_filter_window(CORPUS + 85, 1, 1041465599L, 1041465600L, LOG_DEBUG, idx, 1), 0);
    expect("first message level 0", log_first_message(CORPUS, N, 0, buf, sizeof buf), 7);
    expect_text("first message level 0 text", buf, "request 17");
    expect("first message level 1", log_first_message(CORPUS, N, 1, buf, sizeof buf), 0);
    expect_text("first message level 1 text", buf, "connection opened");
    expect("first message level 2", log_first_message(CORPUS, N, 2, buf, sizeof buf), 5);
    expect_text("first message level 2 text", buf, "1200 ms");
    expect("first message level 3", log_first_message(CORPUS, N, 3, buf, sizeof buf), 4);
    expect_text("first message level 3 text", buf, "disk full");
    expect("cut to 1", log_first_message(CORPUS, N, LOG_ERROR, small, 1), 4);
    expect_text("cut to 1 text", small, "");
    expect("cut to 2", log_first_message(CORPUS, N, LOG_ERROR, small, 2), 4);
    expect_text("cut to 2 text", small, "d");
    expect("cut to 5", log_first_message(CORPUS, N, LOG_ERROR, small, 5), 4);
    expect_text("cut to 5 text", small, "disk");
    expect("cut to 9", log_first_message(CORPUS, N, LOG_ERROR, small, 9), 4);
    expect_text("cut to 9 text", small, "disk ful");
    expect("cut to 10", log_first_message(CORPUS, N, LOG_ERROR, small, 10), 4);
    expect_text("cut to 10 text", small, "disk full");
    expect("cut to 11", log_first_message(CORPUS, N, LOG_ERROR, small, 11), 4);
    expect_text("cut to 11 text", small, "disk full");
}

int main(void)
{
    test_arguments();
    test_lines();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}

