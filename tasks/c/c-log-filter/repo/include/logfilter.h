/* logfilter.h - public interface of the application log filter.
 *
 * A log line looks like
 *     2024-03-05T14:22:01 WARN  [db.pool] connection slow
 * a timestamp (years 2000-2099, a real calendar date and time of day), one space, a level
 * (DEBUG, INFO, WARN or ERROR) followed by one or more spaces, a component in brackets
 * (1-31 characters: a lowercase letter, then lowercase letters, digits, '_' or '.'), and either
 * the end of the line or one space and the message. A trailing "\n" or "\r\n" is not part of
 * the message. Lines that do not match are malformed and never selected.
 */
#ifndef LOGFILTER_H
#define LOGFILTER_H

#include <stddef.h>

enum log_level {
    LOG_DEBUG = 0,
    LOG_INFO = 1,
    LOG_WARN = 2,
    LOG_ERROR = 3
};

#define LOG_ERR_ARG (-1)   /* NULL where something is needed, or an unknown level */
#define LOG_ERR_SPACE (-2) /* more matches than the output has room for */

/* Well-formed lines at `min_level` or above (older logs spell WARN as WARNING: counted too). */
int log_count_at_least(const char *const *lines, size_t n, int min_level);

/* Indices of the well-formed lines of `component` (and, with `children`, of its
 * sub-components "component.x..."); returns how many, or LOG_ERR_SPACE when more than `cap`
 * match (the first `cap` are stored). */
int log_filter_component(const char *const *lines, size_t n, const char *component, int children,
                         size_t *out, size_t cap);

/* Indices of the well-formed lines at `min_level` or above whose time, in seconds since
 * 2000-01-01T00:00:00, lies in [from, to); returns how many, or LOG_ERR_SPACE as above. */
int log_filter_window(const char *const *lines, size_t n, long from, long to, int min_level, size_t *out,
                      size_t cap);

/* Copy the message of the first well-formed line at exactly `level` into buf (cut to fit);
 * returns the index of that line, -3 when there is none, or LOG_ERR_ARG. */
long log_first_message(const char *const *lines, size_t n, int level, char *buf, size_t size);

#endif
