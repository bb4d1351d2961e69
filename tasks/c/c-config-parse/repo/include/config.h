/* config.h - public interface of the server configuration reader. */
#ifndef CONFIG_H
#define CONFIG_H

#include <stddef.h>

#define CFG_HOST_LEN 64  /* host names are 1..63 characters */
#define CFG_ROOT_LEN 128 /* document roots are 1..127 characters */
#define CFG_LINE_MAX 255 /* longest line config_parse accepts, without the line break */

enum cfg_log_level {
    LOG_ERROR = 0,
    LOG_WARN = 1,
    LOG_INFO = 2,
    LOG_DEBUG = 3
};

/* Bits of server_config.seen, one per key. */
#define CFG_SEEN_HOST 0x01u
#define CFG_SEEN_PORT 0x02u
#define CFG_SEEN_WORKERS 0x04u
#define CFG_SEEN_TIMEOUT 0x08u
#define CFG_SEEN_LOG_LEVEL 0x10u
#define CFG_SEEN_TLS 0x20u
#define CFG_SEEN_KEEPALIVE 0x40u
#define CFG_SEEN_ROOT 0x80u

#define CFG_OK 0
#define CFG_ERR_SYNTAX (-1)    /* no '=' or an empty key */
#define CFG_ERR_KEY (-2)       /* unknown key */
#define CFG_ERR_VALUE (-3)     /* malformed value */
#define CFG_ERR_RANGE (-4)     /* number out of range */
#define CFG_ERR_DUPLICATE (-5) /* key given twice */
#define CFG_ERR_MISSING (-6)   /* the required host key is missing */
#define CFG_ERR_TOO_LONG (-7)  /* value or line too long */
#define CFG_ERR_ARG (-8)       /* NULL argument */

struct server_config {
    char host[CFG_HOST_LEN]; /* required */
    int port;                /* 1..65535, default 8080 */
    int workers;             /* 1..64 or "auto" (8), default 4 */
    long timeout_ms;         /* 100..600000 ms; suffix ms (default), s or m; default 30000 */
    int log_level;           /* error, warn(ing), info, debug or 0..3; default info */
    int tls;                 /* boolean, default 0 */
    int keepalive;           /* boolean, default 1 */
    char root[CFG_ROOT_LEN]; /* absolute path without "..", default "/srv/www" */
    unsigned seen;           /* CFG_SEEN_* of the keys set so far */
};

/* Fills in the defaults: empty host, nothing seen. */
void config_defaults(struct server_config *cfg);

/* Applies one line (no line break) to cfg: blank lines and comments (# or ;) are ignored,
 * otherwise `key = value` with blanks allowed around both. Returns CFG_OK or CFG_ERR_*;
 * cfg is unchanged on error. */
int config_parse_line(const char *line, struct server_config *cfg);

/* Parses a whole configuration text (lines separated by LF or CRLF) into cfg, starting from
 * the defaults. Returns CFG_OK or the first error; *error_line (when not NULL) is the 1-based
 * line of the error, or 0 for success and for errors of the whole file (missing host, TLS on
 * port 80). */
int config_parse(const char *text, struct server_config *cfg, int *error_line);

#endif
