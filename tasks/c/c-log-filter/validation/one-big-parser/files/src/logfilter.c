/* logfilter.c - filters over application log lines. */
#include <stddef.h>
#include <string.h>

#include "logfilter.h"

#define NOT_FOUND (-3L)

static const int DAYS_BEFORE_MONTH[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

struct log_line {
    long time;
    int level;
    const char *component;
    size_t component_len;
    const char *message;
    size_t message_len;
};

/* Split one line into *out; 0 when it is malformed. */
static int parse_line(const char *p, int legacy, struct log_line *out)
{
    size_t end;
    size_t len;
    int k;
    int ok;
    int year;
    int month;
    int day;
    int hour;
    int minute;
    int second;
    int mdays;
    int level;
    long days;
    char c;
    const char *q;
    const char *msg;

    if (p == NULL) {
        return 0;
    }
    end = strlen(p);
    if (end > 0 && p[end - 1] == '\n') {
        end--;
        if (end > 0 && p[end - 1] == '\r') {
            end--;
        }
    }
    if (end < 20 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[19] != ' ') {
        return 0;
    }
    ok = 1;
    for (k = 0; k < 19; k++) {
        if (k != 4 && k != 7 && k != 10 && k != 13 && k != 16 && (p[k] < '0' || p[k] > '9')) {
            ok = 0;
        }
    }
    if (!ok) {
        return 0;
    }
    year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    month = (p[5] - '0') * 10 + (p[6] - '0');
    day = (p[8] - '0') * 10 + (p[9] - '0');
    hour = (p[11] - '0') * 10 + (p[12] - '0');
    minute = (p[14] - '0') * 10 + (p[15] - '0');
    second = (p[17] - '0') * 10 + (p[18] - '0');
    if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1) {
        return 0;
    }
    if (month == 2) {
        mdays = year % 4 == 0 ? 29 : 28;
    } else if (month == 4 || month == 6 || month == 9 || month == 11) {
        mdays = 30;
    } else {
        mdays = 31;
    }
    if (day > mdays || hour > 23 || minute > 59 || second > 59) {
        return 0;
    }
    q = p + 20;
    if (strncmp(q, "DEBUG", 5) == 0) {
        level = LOG_DEBUG;
        q += 5;
    } else if (strncmp(q, "ERROR", 5) == 0) {
        level = LOG_ERROR;
        q += 5;
    } else if (strncmp(q, "INFO", 4) == 0) {
        level = LOG_INFO;
        q += 4;
    } else if (legacy && strncmp(q, "WARNING", 7) == 0) {
        level = LOG_WARN;
        q += 7;
    } else if (strncmp(q, "WARN", 4) == 0) {
        level = LOG_WARN;
        q += 4;
    } else {
        return 0;
    }
    if (*q != ' ') {
        return 0;
    }
    while (*q == ' ') {
        q++;
    }
    if (*q != '[') {
        return 0;
    }
    q++;
    if (*q < 'a' || *q > 'z') {
        return 0;
    }
    len = 0;
    while (q[len] != ']' && q[len] != '\0') {
        c = q[len];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) {
            break;
        }
        len++;
    }
    if (q[len] != ']' || len > 31) {
        return 0;
    }
    msg = q + len + 1;
    if (msg != p + end && *msg != ' ') {
        return 0;
    }
    days = (year - 2000) * 365L + (year - 2000 + 3) / 4 + DAYS_BEFORE_MONTH[month] + day - 1;
    days += month > 2 && year % 4 == 0;
    out->time = ((days * 24 + hour) * 60 + minute) * 60 + second;
    out->level = level;
    out->component = q;
    out->component_len = len;
    out->message = msg == p + end ? msg : msg + 1;
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
