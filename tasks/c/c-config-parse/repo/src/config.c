/* config.c - reads the server's key = value configuration files.
 *
 * Legacy module: every key was added with its own copy of the number or
 * boolean parsing, straight inside config_parse_line.
 */
#include <stddef.h>
#include <string.h>

#include "config.h"

#define CFG_NOT_MINE 1 /* set_*_key: the key belongs to another group */

static int eq_nocase(const char *s, size_t n, const char *word)
{
    size_t i;

    if (strlen(word) != n) {
        return 0;
    }
    for (i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if (c != word[i]) {
            return 0;
        }
    }
    return 1;
}

void config_defaults(struct server_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->port = 8080;
    cfg->workers = 4;
    cfg->timeout_ms = 30000;
    cfg->log_level = LOG_INFO;
    cfg->tls = 0;
    cfg->keepalive = 1;
    strcpy(cfg->root, "/srv/www");
}

/* port, workers and timeout; CFG_NOT_MINE for any other key. */
static int set_number_key(struct server_config *cfg, const char *key, size_t klen, const char *val, size_t vlen)
{
    size_t i;
    long num;

    if (klen == 4 && strncmp(key, "port", 4) == 0) {
        if (cfg->seen & CFG_SEEN_PORT) {
            return CFG_ERR_DUPLICATE;
        }
        if (vlen == 0) {
            return CFG_ERR_VALUE;
        }
        num = 0;
        for (i = 0; i < vlen; i++) {
            if (val[i] < '0' || val[i] > '9') {
                return CFG_ERR_VALUE;
            }
            if (i >= 9) {
                return CFG_ERR_RANGE;
            }
            num = num * 10 + (val[i] - '0');
        }
        if (num < 1 || num > 65535) {
            return CFG_ERR_RANGE;
        }
        cfg->port = (int)num;
        cfg->seen |= CFG_SEEN_PORT;
    } else if (klen == 7 && strncmp(key, "workers", 7) == 0) {
        if (cfg->seen & CFG_SEEN_WORKERS) {
            return CFG_ERR_DUPLICATE;
        }
        if (eq_nocase(val, vlen, "auto")) {
            num = 8;
        } else {
            if (vlen == 0) {
                return CFG_ERR_VALUE;
            }
            num = 0;
            for (i = 0; i < vlen; i++) {
                if (val[i] < '0' || val[i] > '9') {
                    return CFG_ERR_VALUE;
                }
                if (i >= 9) {
                    return CFG_ERR_RANGE;
                }
                num = num * 10 + (val[i] - '0');
            }
            if (num < 1 || num > 64) {
                return CFG_ERR_RANGE;
            }
        }
        cfg->workers = (int)num;
        cfg->seen |= CFG_SEEN_WORKERS;
    } else if (klen == 7 && strncmp(key, "timeout", 7) == 0) {
        if (cfg->seen & CFG_SEEN_TIMEOUT) {
            return CFG_ERR_DUPLICATE;
        }
        if (vlen == 0) {
            return CFG_ERR_VALUE;
        }
        num = 0;
        for (i = 0; i < vlen && val[i] >= '0' && val[i] <= '9'; i++) {
            if (i >= 9) {
                return CFG_ERR_RANGE;
            }
            num = num * 10 + (val[i] - '0');
        }
        if (i == 0) {
            return CFG_ERR_VALUE;
        }
        if (i == vlen || eq_nocase(val + i, vlen - i, "ms")) {
            num = num * 1;
        } else if (eq_nocase(val + i, vlen - i, "s")) {
            num = num * 1000;
        } else if (eq_nocase(val + i, vlen - i, "m")) {
            num = num * 60000;
        } else {
            return CFG_ERR_VALUE;
        }
        if (num < 100 || num > 600000) {
            return CFG_ERR_RANGE;
        }
        cfg->timeout_ms = num;
        cfg->seen |= CFG_SEEN_TIMEOUT;
    } else {
        return CFG_NOT_MINE;
    }
    return CFG_OK;
}

/* log_level, tls and keepalive; CFG_NOT_MINE for any other key. */
static int set_switch_key(struct server_config *cfg, const char *key, size_t klen, const char *val, size_t vlen)
{
    long num;
    int b;

    if (klen == 9 && strncmp(key, "log_level", 9) == 0) {
        if (cfg->seen & CFG_SEEN_LOG_LEVEL) {
            return CFG_ERR_DUPLICATE;
        }
        if (eq_nocase(val, vlen, "error")) {
            num = LOG_ERROR;
        } else if (eq_nocase(val, vlen, "warn") || eq_nocase(val, vlen, "warning")) {
            num = LOG_WARN;
        } else if (eq_nocase(val, vlen, "info")) {
            num = LOG_INFO;
        } else if (eq_nocase(val, vlen, "debug")) {
            num = LOG_DEBUG;
        } else if (vlen == 1 && val[0] >= '0' && val[0] <= '9') {
            num = val[0] - '0';
            if (num > LOG_DEBUG) {
                return CFG_ERR_RANGE;
            }
        } else {
            return CFG_ERR_VALUE;
        }
        cfg->log_level = (int)num;
        cfg->seen |= CFG_SEEN_LOG_LEVEL;
    } else if (klen == 3 && strncmp(key, "tls", 3) == 0) {
        if (cfg->seen & CFG_SEEN_TLS) {
            return CFG_ERR_DUPLICATE;
        }
        if (eq_nocase(val, vlen, "yes") || eq_nocase(val, vlen, "true") || eq_nocase(val, vlen, "on") ||
            eq_nocase(val, vlen, "1")) {
            b = 1;
        } else if (eq_nocase(val, vlen, "no") || eq_nocase(val, vlen, "false") || eq_nocase(val, vlen, "off") ||
                   eq_nocase(val, vlen, "0")) {
            b = 0;
        } else {
            return CFG_ERR_VALUE;
        }
        cfg->tls = b;
        cfg->seen |= CFG_SEEN_TLS;
    } else if (klen == 9 && strncmp(key, "keepalive", 9) == 0) {
        if (cfg->seen & CFG_SEEN_KEEPALIVE) {
            return CFG_ERR_DUPLICATE;
        }
        if (eq_nocase(val, vlen, "yes") || eq_nocase(val, vlen, "true") || eq_nocase(val, vlen, "on") ||
            eq_nocase(val, vlen, "1")) {
            b = 1;
        } else if (eq_nocase(val, vlen, "no") || eq_nocase(val, vlen, "false") || eq_nocase(val, vlen, "off") ||
                   eq_nocase(val, vlen, "0")) {
            b = 0;
        } else {
            return CFG_ERR_VALUE;
        }
        cfg->keepalive = b;
        cfg->seen |= CFG_SEEN_KEEPALIVE;
    } else {
        return CFG_NOT_MINE;
    }
    return CFG_OK;
}

int config_parse_line(const char *line, struct server_config *cfg)
{
    const char *key;
    const char *val;
    const char *eq;
    size_t klen;
    size_t vlen;
    size_t i;
    int rc;

    if (line == NULL || cfg == NULL) {
        return CFG_ERR_ARG;
    }
    while (*line == ' ' || *line == '\t') {
        line++;
    }
    if (*line == '\0' || *line == '#' || *line == ';') {
        return CFG_OK;
    }
    eq = strchr(line, '=');
    if (eq == NULL) {
        return CFG_ERR_SYNTAX;
    }
    key = line;
    klen = (size_t)(eq - line);
    while (klen > 0 && (key[klen - 1] == ' ' || key[klen - 1] == '\t')) {
        klen--;
    }
    if (klen == 0) {
        return CFG_ERR_SYNTAX;
    }
    val = eq + 1;
    while (*val == ' ' || *val == '\t') {
        val++;
    }
    vlen = strlen(val);
    while (vlen > 0 && (val[vlen - 1] == ' ' || val[vlen - 1] == '\t')) {
        vlen--;
    }

    if (klen == 4 && strncmp(key, "host", 4) == 0) {
        if (cfg->seen & CFG_SEEN_HOST) {
            return CFG_ERR_DUPLICATE;
        }
        if (vlen == 0) {
            return CFG_ERR_VALUE;
        }
        if (vlen >= CFG_HOST_LEN) {
            return CFG_ERR_TOO_LONG;
        }
        for (i = 0; i < vlen; i++) {
            if (!((val[i] >= 'a' && val[i] <= 'z') || (val[i] >= 'A' && val[i] <= 'Z') ||
                  (val[i] >= '0' && val[i] <= '9') || val[i] == '.' || val[i] == '-')) {
                return CFG_ERR_VALUE;
            }
        }
        memcpy(cfg->host, val, vlen);
        cfg->host[vlen] = '\0';
        cfg->seen |= CFG_SEEN_HOST;
    } else if (klen == 4 && strncmp(key, "root", 4) == 0) {
        if (cfg->seen & CFG_SEEN_ROOT) {
            return CFG_ERR_DUPLICATE;
        }
        if (vlen == 0 || val[0] != '/') {
            return CFG_ERR_VALUE;
        }
        if (vlen >= CFG_ROOT_LEN) {
            return CFG_ERR_TOO_LONG;
        }
        for (i = 0; i + 1 < vlen; i++) {
            if (val[i] == '.' && val[i + 1] == '.') {
                return CFG_ERR_VALUE;
            }
        }
        while (vlen > 1 && val[vlen - 1] == '/') {
            vlen--;
        }
        memcpy(cfg->root, val, vlen);
        cfg->root[vlen] = '\0';
        cfg->seen |= CFG_SEEN_ROOT;
    } else {
        rc = set_number_key(cfg, key, klen, val, vlen);
        if (rc == CFG_NOT_MINE) {
            rc = set_switch_key(cfg, key, klen, val, vlen);
        }
        if (rc == CFG_NOT_MINE) {
            rc = CFG_ERR_KEY;
        }
        return rc;
    }
    return CFG_OK;
}

int config_parse(const char *text, struct server_config *cfg, int *error_line)
{
    char buf[CFG_LINE_MAX + 1];
    const char *p;
    const char *end;
    size_t len;
    int lineno = 0;
    int rc;

    if (error_line != NULL) {
        *error_line = 0;
    }
    if (text == NULL || cfg == NULL) {
        return CFG_ERR_ARG;
    }
    config_defaults(cfg);
    p = text;
    while (*p != '\0') {
        lineno++;
        end = strchr(p, '\n');
        if (end == NULL) {
            end = p + strlen(p);
        }
        len = (size_t)(end - p);
        if (len > 0 && p[len - 1] == '\r') {
            len--;
        }
        if (len > CFG_LINE_MAX) {
            if (error_line != NULL) {
                *error_line = lineno;
            }
            return CFG_ERR_TOO_LONG;
        }
        memcpy(buf, p, len);
        buf[len] = '\0';
        rc = config_parse_line(buf, cfg);
        if (rc != CFG_OK) {
            if (error_line != NULL) {
                *error_line = lineno;
            }
            return rc;
        }
        if (*end == '\n') {
            p = end + 1;
        } else {
            p = end;
        }
    }
    if (!(cfg->seen & CFG_SEEN_HOST)) {
        return CFG_ERR_MISSING;
    }
    if (cfg->tls && cfg->port == 80) {
        return CFG_ERR_VALUE;
    }
    return CFG_OK;
}
