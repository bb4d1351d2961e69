/* logfilter.c - filters over application log lines.
 *
 * Every filter reads the lines through parse_line, which checks a line against the format
 * described in logfilter.h and splits it into its parts.
 */
#include <stddef.h>
#include <string.h>

#include "logfilter.h"

#define STAMP_LEN 19        /* "YYYY-MM-DDTHH:MM:SS" */
#define MAX_COMPONENT 31
#define NOT_FOUND (-3L)

static const int DAYS_BEFORE_MONTH[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

struct log_line {
    long time; /* seconds since 2000-01-01T00:00:00 */
    int level;
    const char *component; /* not NUL-terminated: component_len characters */
    size_t component_len;
    const char *message; /* not NUL-terminated: message_len characters */
    size_t message_len;
};

struct level_name {
    const char *name;
    size_t len;
    int level;
    int legacy; /* the 2019 logger's spelling: only log_count_at_least accepts it */
};

/* Longest spelling first where one is a prefix of another (WARNING before WARN). */
static const struct level_name LEVELS[] = {
    {"DEBUG", 5, LOG_DEBUG, 0}, {"ERROR", 5, LOG_ERROR, 0}, {"INFO", 4, LOG_INFO, 0},
    {"WARNING", 7, LOG_WARN, 1}, {"WARN", 4, LOG_WARN, 0},
};

static int two_digits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_leap(int year)
{
    return year % 4 == 0; /* exact for 2000-2099 */
}

static int days_in_month(int year, int month)
{
    if (month == 2) {
        return is_leap(year) ? 29 : 28;
    }
    if (month == 4 || month == 6 || month == 9 || month == 11) {
        return 30;
    }
    return 31;
}

/* The shape "dddd-dd-ddTdd:dd:dd" (the caller has made sure there are 19 characters). */
static int stamp_shape_ok(const char *p)
{
    static const char SHAPE[] = "dddd-dd-ddTdd:dd:dd";
    int k;

    for (k = 0; k < STAMP_LEN; k++) {
        if (SHAPE[k] == 'd' ? !is_digit(p[k]) : p[k] != SHAPE[k]) {
            return 0;
        }
    }
    return 1;
}

/* Check the timestamp at p and store its time in *time; 0 when it is not a real moment. */
static int parse_stamp(const char *p, long *time)
{
    int year = two_digits(p) * 100 + two_digits(p + 2);
    int month = two_digits(p + 5);
    int day = two_digits(p + 8);
    int hour = two_digits(p + 11);
    int minute = two_digits(p + 14);
    int second = two_digits(p + 17);
    long days;

    if (!stamp_shape_ok(p) || year < 2000 || year > 2099 || month < 1 || month > 12) {
        return 0;
    }
    if (day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 59) {
        return 0;
    }
    days = (year - 2000) * 365L + (year - 2000 + 3) / 4 + DAYS_BEFORE_MONTH[month] + day - 1;
    days += month > 2 && is_leap(year);
    *time = ((days * 24 + hour) * 60 + minute) * 60 + second;
    return 1;
}

/* The level at *q followed by at least one space; advances *q past the spaces. */
static int parse_level(const char **q, int accept_legacy, int *level)
{
    size_t i;

    for (i = 0; i < sizeof LEVELS / sizeof LEVELS[0]; i++) {
        const struct level_name *l = &LEVELS[i];

        if ((accept_legacy || !l->legacy) && strncmp(*q, l->name, l->len) == 0) {
            break;
        }
    }
    if (i == sizeof LEVELS / sizeof LEVELS[0] || (*q)[LEVELS[i].len] != ' ') {
        return 0;
    }
    *level = LEVELS[i].level;
    *q += LEVELS[i].len;
    while (**q == ' ') {
        (*q)++;
    }
    return 1;
}

static int is_component_char(char c)
{
    return (c >= 'a' && c <= 'z') || is_digit(c) || c == '_' || c == '.';
}

/* "[component]" at *q; advances *q past the closing bracket. */
static int parse_component(const char **q, struct log_line *out)
{
    const char *name = *q + 1;
    size_t len = 0;

    if (**q != '[' || name[0] < 'a' || name[0] > 'z') {
        return 0;
    }
    while (is_component_char(name[len])) {
        len++;
    }
    if (name[len] != ']' || len > MAX_COMPONENT) {
        return 0;
    }
    out->component = name;
    out->component_len = len;
    *q = name + len + 1;
    return 1;
}

/* The length of a line without its trailing "\n" or "\r\n". */
static size_t content_length(const char *p)
{
    size_t end = strlen(p);

    if (end > 0 && p[end - 1] == '\n') {
        end--;
        if (end > 0 && p[end - 1] == '\r') {
            end--;
        }
    }
    return end;
}

/* Split one line into *out; 0 when it is malformed. */
static int parse_line(const char *p, int accept_legacy, struct log_line *out)
{
    size_t end;
    const char *q;

    if (p == NULL) {
        return 0;
    }
    end = content_length(p);
    if (end < STAMP_LEN + 1 || p[STAMP_LEN] != ' ' || !parse_stamp(p, &out->time)) {
        return 0;
    }
    q = p + STAMP_LEN + 1;
    if (!parse_level(&q, accept_legacy, &out->level) || !parse_component(&q, out)) {
        return 0;
    }
    if (q == p + end) {
        out->message = q;
        out->message_len = 0;
        return 1;
    }
    if (*q != ' ') {
        return 0;
    }
    out->message = q + 1;
    out->message_len = (size_t)(p + end - out->message);
    return 1;
}

static int valid_level(int level)
{
    return level >= LOG_DEBUG && level <= LOG_ERROR;
}

static int of_component(const struct log_line *l, const char *component, size_t clen, int children)
{
    if (strncmp(l->component, component, clen) != 0 || l->component_len < clen) {
        return 0;
    }
    return l->component_len == clen || (children && l->component[clen] == '.');
}

/* Store index i as the next match; LOG_ERR_SPACE when out is full. */
static int store(size_t *out, size_t cap, size_t *found, size_t i)
{
    if (*found == cap) {
        return LOG_ERR_SPACE;
    }
    out[(*found)++] = i;
    return 0;
}

int log_count_at_least(const char *const *lines, size_t n, int min_level)
{
    struct log_line l;
    size_t i;
    int count = 0;

    if ((lines == NULL && n > 0) || !valid_level(min_level)) {
        return LOG_ERR_ARG;
    }
    for (i = 0; i < n; i++) {
        if (parse_line(lines[i], 1, &l) && l.level >= min_level) {
            count++;
        }
    }
    return count;
}

int log_filter_component(const char *const *lines, size_t n, const char *component, int children,
                         size_t *out, size_t cap)
{
    struct log_line l;
    size_t i;
    size_t found = 0;
    size_t clen;

    if ((lines == NULL && n > 0) || component == NULL || (out == NULL && cap > 0)) {
        return LOG_ERR_ARG;
    }
    clen = strlen(component);
    for (i = 0; i < n; i++) {
        if (parse_line(lines[i], 0, &l) && of_component(&l, component, clen, children) &&
            store(out, cap, &found, i) != 0) {
            return LOG_ERR_SPACE;
        }
    }
    return (int)found;
}

int log_filter_window(const char *const *lines, size_t n, long from, long to, int min_level, size_t *out,
                      size_t cap)
{
    struct log_line l;
    size_t i;
    size_t found = 0;

    if ((lines == NULL && n > 0) || (out == NULL && cap > 0) || !valid_level(min_level)) {
        return LOG_ERR_ARG;
    }
    for (i = 0; i < n; i++) {
        if (parse_line(lines[i], 0, &l) && l.level >= min_level && l.time >= from && l.time < to &&
            store(out, cap, &found, i) != 0) {
            return LOG_ERR_SPACE;
        }
    }
    return (int)found;
}

long log_first_message(const char *const *lines, size_t n, int level_wanted, char *buf, size_t size)
{
    struct log_line l;
    size_t i;
    size_t len;

    if ((lines == NULL && n > 0) || !valid_level(level_wanted) || buf == NULL || size == 0) {
        return LOG_ERR_ARG;
    }
    for (i = 0; i < n; i++) {
        if (parse_line(lines[i], 0, &l) && l.level == level_wanted) {
            len = l.message_len < size - 1 ? l.message_len : size - 1;
            memcpy(buf, l.message, len);
            buf[len] = '\0';
            return (long)i;
        }
    }
    return NOT_FOUND;
}
