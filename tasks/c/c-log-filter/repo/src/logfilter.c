/* logfilter.c - filters over application log lines.
 *
 * Each filter was written for a different ticket by copying the previous one, line parsing
 * included. The window filter needs the time of the line; the others only check it.
 */
#include <stddef.h>
#include <string.h>

#include "logfilter.h"

static const int DAYS_BEFORE_MONTH[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

int log_count_at_least(const char *const *lines, size_t n, int min_level)
{
    size_t i;
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
    char c;
    const char *p;
    const char *q;
    const char *msg;
    int count = 0;

    if (lines == NULL && n > 0) {
        return LOG_ERR_ARG;
    }
    if (min_level < LOG_DEBUG || min_level > LOG_ERROR) {
        return LOG_ERR_ARG;
    }
    for (i = 0; i < n; i++) {
        p = lines[i];
        if (p == NULL) {
            continue;
        }
        end = strlen(p);
        if (end > 0 && p[end - 1] == '\n') {
            end--;
            if (end > 0 && p[end - 1] == '\r') {
                end--;
            }
        }
        if (end < 20 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[19] != ' ') {
            continue;
        }
        ok = 1;
        for (k = 0; k < 19; k++) {
            if (k != 4 && k != 7 && k != 10 && k != 13 && k != 16 && (p[k] < '0' || p[k] > '9')) {
                ok = 0;
            }
        }
        if (!ok) {
            continue;
        }
        year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        month = (p[5] - '0') * 10 + (p[6] - '0');
        day = (p[8] - '0') * 10 + (p[9] - '0');
        hour = (p[11] - '0') * 10 + (p[12] - '0');
        minute = (p[14] - '0') * 10 + (p[15] - '0');
        second = (p[17] - '0') * 10 + (p[18] - '0');
        if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1) {
            continue;
        }
        if (month == 2) {
            mdays = year % 4 == 0 ? 29 : 28;
        } else if (month == 4 || month == 6 || month == 9 || month == 11) {
            mdays = 30;
        } else {
            mdays = 31;
        }
        if (day > mdays || hour > 23 || minute > 59 || second > 59) {
            continue;
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
        } else if (strncmp(q, "WARNING", 7) == 0) {
            level = LOG_WARN; /* the 2019 logger wrote WARNING */
            q += 7;
        } else if (strncmp(q, "WARN", 4) == 0) {
            level = LOG_WARN;
            q += 4;
        } else {
            continue;
        }
        if (*q != ' ') {
            continue;
        }
        while (*q == ' ') {
            q++;
        }
        if (*q != '[') {
            continue;
        }
        q++;
        if (*q < 'a' || *q > 'z') {
            continue;
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
            continue;
        }
        msg = q + len + 1;
        if (msg != p + end && *msg != ' ') {
            continue;
        }
        if (level >= min_level) {
            count++;
        }
    }
    return count;
}

int log_filter_component(const char *const *lines, size_t n, const char *component, int children,
                         size_t *out, size_t cap)
{
    size_t i;
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
    char c;
    const char *p;
    const char *q;
    const char *msg;
    size_t clen;
    size_t found = 0;

    if ((lines == NULL && n > 0) || component == NULL || (out == NULL && cap > 0)) {
        return LOG_ERR_ARG;
    }
    clen = strlen(component);
    for (i = 0; i < n; i++) {
        p = lines[i];
        if (p == NULL) {
            continue;
        }
        end = strlen(p);
        if (end > 0 && p[end - 1] == '\n') {
            end--;
            if (end > 0 && p[end - 1] == '\r') {
                end--;
            }
        }
        if (end < 20 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[19] != ' ') {
            continue;
        }
        ok = 1;
        for (k = 0; k < 19; k++) {
            if (k != 4 && k != 7 && k != 10 && k != 13 && k != 16 && (p[k] < '0' || p[k] > '9')) {
                ok = 0;
            }
        }
        if (!ok) {
            continue;
        }
        year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        month = (p[5] - '0') * 10 + (p[6] - '0');
        day = (p[8] - '0') * 10 + (p[9] - '0');
        hour = (p[11] - '0') * 10 + (p[12] - '0');
        minute = (p[14] - '0') * 10 + (p[15] - '0');
        second = (p[17] - '0') * 10 + (p[18] - '0');
        if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1) {
            continue;
        }
        if (month == 2) {
            mdays = year % 4 == 0 ? 29 : 28;
        } else if (month == 4 || month == 6 || month == 9 || month == 11) {
            mdays = 30;
        } else {
            mdays = 31;
        }
        if (day > mdays || hour > 23 || minute > 59 || second > 59) {
            continue;
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
        } else if (strncmp(q, "WARN", 4) == 0) {
            level = LOG_WARN;
            q += 4;
        } else {
            continue;
        }
        if (*q != ' ') {
            continue;
        }
        while (*q == ' ') {
            q++;
        }
        if (*q != '[') {
            continue;
        }
        q++;
        if (*q < 'a' || *q > 'z') {
            continue;
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
            continue;
        }
        msg = q + len + 1;
        if (msg != p + end && *msg != ' ') {
            continue;
        }
        (void)level;
        if (len == clen && strncmp(q, component, clen) == 0) {
            /* the component itself */
        } else if (children && len > clen && q[clen] == '.' && strncmp(q, component, clen) == 0) {
            /* one of its sub-components */
        } else {
            continue;
        }
        if (found == cap) {
            return LOG_ERR_SPACE;
        }
        out[found] = i;
        found++;
    }
    return (int)found;
}

int log_filter_window(const char *const *lines, size_t n, long from, long to, int min_level, size_t *out,
                      size_t cap)
{
    size_t i;
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
    char c;
    const char *p;
    const char *q;
    const char *msg;
    long days;
    long t;
    size_t found = 0;

    if ((lines == NULL && n > 0) || (out == NULL && cap > 0)) {
        return LOG_ERR_ARG;
    }
    if (min_level < LOG_DEBUG || min_level > LOG_ERROR) {
        return LOG_ERR_ARG;
    }
    for (i = 0; i < n; i++) {
        p = lines[i];
        if (p == NULL) {
            continue;
        }
        end = strlen(p);
        if (end > 0 && p[end - 1] == '\n') {
            end--;
            if (end > 0 && p[end - 1] == '\r') {
                end--;
            }
        }
        if (end < 20 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[19] != ' ') {
            continue;
        }
        ok = 1;
        for (k = 0; k < 19; k++) {
            if (k != 4 && k != 7 && k != 10 && k != 13 && k != 16 && (p[k] < '0' || p[k] > '9')) {
                ok = 0;
            }
        }
        if (!ok) {
            continue;
        }
        year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        month = (p[5] - '0') * 10 + (p[6] - '0');
        day = (p[8] - '0') * 10 + (p[9] - '0');
        hour = (p[11] - '0') * 10 + (p[12] - '0');
        minute = (p[14] - '0') * 10 + (p[15] - '0');
        second = (p[17] - '0') * 10 + (p[18] - '0');
        if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1) {
            continue;
        }
        if (month == 2) {
            mdays = year % 4 == 0 ? 29 : 28;
        } else if (month == 4 || month == 6 || month == 9 || month == 11) {
            mdays = 30;
        } else {
            mdays = 31;
        }
        if (day > mdays || hour > 23 || minute > 59 || second > 59) {
            continue;
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
        } else if (strncmp(q, "WARN", 4) == 0) {
            level = LOG_WARN;
            q += 4;
        } else {
            continue;
        }
        if (*q != ' ') {
            continue;
        }
        while (*q == ' ') {
            q++;
        }
        if (*q != '[') {
            continue;
        }
        q++;
        if (*q < 'a' || *q > 'z') {
            continue;
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
            continue;
        }
        msg = q + len + 1;
        if (msg != p + end && *msg != ' ') {
            continue;
        }
        days = (year - 2000) * 365L + (year - 2000 + 3) / 4 + DAYS_BEFORE_MONTH[month] + day - 1;
        days += month > 2 && year % 4 == 0;
        t = ((days * 24 + hour) * 60 + minute) * 60 + second;
        if (level < min_level || t < from || t >= to) {
            continue;
        }
        if (found == cap) {
            return LOG_ERR_SPACE;
        }
        out[found] = i;
        found++;
    }
    return (int)found;
}

long log_first_message(const char *const *lines, size_t n, int level_wanted, char *buf, size_t size)
{
    size_t i;
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
    char c;
    const char *p;
    const char *q;
    const char *msg;
    size_t mlen;

    if (lines == NULL && n > 0) {
        return LOG_ERR_ARG;
    }
    if (level_wanted < LOG_DEBUG || level_wanted > LOG_ERROR || buf == NULL || size == 0) {
        return LOG_ERR_ARG;
    }
    for (i = 0; i < n; i++) {
        p = lines[i];
        if (p == NULL) {
            continue;
        }
        end = strlen(p);
        if (end > 0 && p[end - 1] == '\n') {
            end--;
            if (end > 0 && p[end - 1] == '\r') {
                end--;
            }
        }
        if (end < 20 || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[19] != ' ') {
            continue;
        }
        ok = 1;
        for (k = 0; k < 19; k++) {
            if (k != 4 && k != 7 && k != 10 && k != 13 && k != 16 && (p[k] < '0' || p[k] > '9')) {
                ok = 0;
            }
        }
        if (!ok) {
            continue;
        }
        year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        month = (p[5] - '0') * 10 + (p[6] - '0');
        day = (p[8] - '0') * 10 + (p[9] - '0');
        hour = (p[11] - '0') * 10 + (p[12] - '0');
        minute = (p[14] - '0') * 10 + (p[15] - '0');
        second = (p[17] - '0') * 10 + (p[18] - '0');
        if (year < 2000 || year > 2099 || month < 1 || month > 12 || day < 1) {
            continue;
        }
        if (month == 2) {
            mdays = year % 4 == 0 ? 29 : 28;
        } else if (month == 4 || month == 6 || month == 9 || month == 11) {
            mdays = 30;
        } else {
            mdays = 31;
        }
        if (day > mdays || hour > 23 || minute > 59 || second > 59) {
            continue;
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
        } else if (strncmp(q, "WARN", 4) == 0) {
            level = LOG_WARN;
            q += 4;
        } else {
            continue;
        }
        if (*q != ' ') {
            continue;
        }
        while (*q == ' ') {
            q++;
        }
        if (*q != '[') {
            continue;
        }
        q++;
        if (*q < 'a' || *q > 'z') {
            continue;
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
            continue;
        }
        msg = q + len + 1;
        if (msg != p + end && *msg != ' ') {
            continue;
        }
        if (level != level_wanted) {
            continue;
        }
        if (msg == p + end) {
            mlen = 0;
        } else {
            msg++;
            mlen = (size_t)(p + end - msg);
        }
        if (mlen > size - 1) {
            mlen = size - 1;
        }
        memcpy(buf, msg, mlen);
        buf[mlen] = '\0';
        return (long)i;
    }
    return -3;
}
