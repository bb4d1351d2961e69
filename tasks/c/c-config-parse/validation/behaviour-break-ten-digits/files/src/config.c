/* config.c - reads the server's key = value configuration files.
 *
 * A line is split into a key and a value; the key's handler (one per key, in KEYS) checks and
 * stores the value with the shared number, boolean and text helpers.
 */
#include <stddef.h>
#include <string.h>

#include "config.h"

#define MAX_DIGITS 10

struct text {
    const char *s;
    size_t n;
};

struct key_handler {
    const char *name;
    unsigned seen_bit;
    int (*apply)(struct server_config *cfg, struct text val);
};

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int eq_nocase(struct text t, const char *word)
{
    size_t i;

    if (strlen(word) != t.n) {
        return 0;
    }
    for (i = 0; i < t.n; i++) {
        char c = t.s[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
        }
        if (c != word[i]) {
            return 0;
        }
    }
    return 1;
}

static int eq_any_nocase(struct text t, const char *const *words)
{
    for (; *words != NULL; words++) {
        if (eq_nocase(t, *words)) {
            return 1;
        }
    }
    return 0;
}

static struct text trim_end(struct text t)
{
    while (t.n > 0 && is_blank(t.s[t.n - 1])) {
        t.n--;
    }
    return t;
}

/* The value of the leading digits (in *num) and their count (in *ndigits); CFG_ERR_RANGE as
 * soon as there are more than MAX_DIGITS of them. */
static int scan_digits(struct text t, long *num, size_t *ndigits)
{
    size_t i;
    long n = 0;

    for (i = 0; i < t.n && is_digit(t.s[i]); i++) {
        if (i >= MAX_DIGITS) {
            return CFG_ERR_RANGE;
        }
        n = n * 10 + (t.s[i] - '0');
    }
    *num = n;
    *ndigits = i;
    return CFG_OK;
}

/* A value made of digits only, within lo..hi. */
static int parse_int_in_range(struct text t, long lo, long hi, long *out)
{
    size_t ndigits;
    int rc = scan_digits(t, out, &ndigits);

    if (rc != CFG_OK) {
        return rc;
    }
    if (ndigits == 0 || ndigits != t.n) {
        return CFG_ERR_VALUE;
    }
    return (*out < lo || *out > hi) ? CFG_ERR_RANGE : CFG_OK;
}

static int parse_bool(struct text t, int *out)
{
    static const char *const YES[] = {"yes", "true", "on", "1", NULL};
    static const char *const NO[] = {"no", "false", "off", "0", NULL};

    if (eq_any_nocase(t, YES)) {
        *out = 1;
        return CFG_OK;
    }
    if (eq_any_nocase(t, NO)) {
        *out = 0;
        return CFG_OK;
    }
    return CFG_ERR_VALUE;
}

static void store_text(char *dst, struct text t)
{
    memcpy(dst, t.s, t.n);
    dst[t.n] = '\0';
}

static int is_host_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '.' || c == '-';
}

static int set_host(struct server_config *cfg, struct text val)
{
    size_t i;

    if (val.n == 0) {
        return CFG_ERR_VALUE;
    }
    if (val.n >= CFG_HOST_LEN) {
        return CFG_ERR_TOO_LONG;
    }
    for (i = 0; i < val.n; i++) {
        if (!is_host_char(val.s[i])) {
            return CFG_ERR_VALUE;
        }
    }
    store_text(cfg->host, val);
    return CFG_OK;
}

static int set_port(struct server_config *cfg, struct text val)
{
    long num;
    int rc = parse_int_in_range(val, 1, 65535, &num);

    if (rc == CFG_OK) {
        cfg->port = (int)num;
    }
    return rc;
}

static int set_workers(struct server_config *cfg, struct text val)
{
    long num = 8;
    int rc = eq_nocase(val, "auto") ? CFG_OK : parse_int_in_range(val, 1, 64, &num);

    if (rc == CFG_OK) {
        cfg->workers = (int)num;
    }
    return rc;
}

/* Milliseconds per unit of a duration suffix; 0 for an unknown suffix. */
static long duration_unit(struct text suffix)
{
    if (suffix.n == 0 || eq_nocase(suffix, "ms")) {
        return 1;
    }
    if (eq_nocase(suffix, "s")) {
        return 1000;
    }
    return eq_nocase(suffix, "m") ? 60000 : 0;
}

static int set_timeout(struct server_config *cfg, struct text val)
{
    long num;
    long unit;
    size_t ndigits;
    int rc = scan_digits(val, &num, &ndigits);

    if (rc != CFG_OK) {
        return rc;
    }
    unit = duration_unit((struct text){val.s + ndigits, val.n - ndigits});
    if (ndigits == 0 || unit == 0) {
        return CFG_ERR_VALUE;
    }
    num *= unit;
    if (num < 100 || num > 600000) {
        return CFG_ERR_RANGE;
    }
    cfg->timeout_ms = num;
    return CFG_OK;
}

static int parse_log_level(struct text val, int *out)
{
    static const char *const NAMES[][3] = {
        {"error", NULL, NULL}, {"warn", "warning", NULL}, {"info", NULL, NULL}, {"debug", NULL, NULL}};
    int level;

    for (level = LOG_ERROR; level <= LOG_DEBUG; level++) {
        if (eq_any_nocase(val, NAMES[level])) {
            *out = level;
            return CFG_OK;
        }
    }
    if (val.n != 1 || !is_digit(val.s[0])) {
        return CFG_ERR_VALUE;
    }
    *out = val.s[0] - '0';
    return *out > LOG_DEBUG ? CFG_ERR_RANGE : CFG_OK;
}

static int set_log_level(struct server_config *cfg, struct text val)
{
    int level;
    int rc = parse_log_level(val, &level);

    if (rc == CFG_OK) {
        cfg->log_level = level;
    }
    return rc;
}

static int set_tls(struct server_config *cfg, struct text val)
{
    return parse_bool(val, &cfg->tls);
}

static int set_keepalive(struct server_config *cfg, struct text val)
{
    return parse_bool(val, &cfg->keepalive);
}

static int has_parent_step(struct text t)
{
    size_t i;

    for (i = 0; i + 1 < t.n; i++) {
        if (t.s[i] == '.' && t.s[i + 1] == '.') {
            return 1;
        }
    }
    return 0;
}

static int set_root(struct server_config *cfg, struct text val)
{
    if (val.n == 0 || val.s[0] != '/') {
        return CFG_ERR_VALUE;
    }
    if (val.n >= CFG_ROOT_LEN) {
        return CFG_ERR_TOO_LONG;
    }
    if (has_parent_step(val)) {
        return CFG_ERR_VALUE;
    }
    while (val.n > 1 && val.s[val.n - 1] == '/') {
        val.n--;
    }
    store_text(cfg->root, val);
    return CFG_OK;
}

static const struct key_handler KEYS[] = {
    {"host", CFG_SEEN_HOST, set_host},
    {"port", CFG_SEEN_PORT, set_port},
    {"workers", CFG_SEEN_WORKERS, set_workers},
    {"timeout", CFG_SEEN_TIMEOUT, set_timeout},
    {"log_level", CFG_SEEN_LOG_LEVEL, set_log_level},
    {"tls", CFG_SEEN_TLS, set_tls},
    {"keepalive", CFG_SEEN_KEEPALIVE, set_keepalive},
    {"root", CFG_SEEN_ROOT, set_root},
};

static const struct key_handler *find_key(struct text key)
{
    size_t i;

    for (i = 0; i < sizeof KEYS / sizeof KEYS[0]; i++) {
        if (strlen(KEYS[i].name) == key.n && strncmp(KEYS[i].name, key.s, key.n) == 0) {
            return &KEYS[i];
        }
    }
    return NULL;
}

static int apply_key(struct server_config *cfg, struct text key, struct text val)
{
    const struct key_handler *h = find_key(key);
    int rc;

    if (h == NULL) {
        return CFG_ERR_KEY;
    }
    if (cfg->seen & h->seen_bit) {
        return CFG_ERR_DUPLICATE;
    }
    rc = h->apply(cfg, val);
    if (rc == CFG_OK) {
        cfg->seen |= h->seen_bit;
    }
    return rc;
}

static const char *skip_blanks(const char *s)
{
    while (is_blank(*s)) {
        s++;
    }
    return s;
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

int config_parse_line(const char *line, struct server_config *cfg)
{
    const char *eq;
    struct text key;
    struct text val;

    if (line == NULL || cfg == NULL) {
        return CFG_ERR_ARG;
    }
    line = skip_blanks(line);
    if (*line == '\0' || *line == '#' || *line == ';') {
        return CFG_OK;
    }
    eq = strchr(line, '=');
    if (eq == NULL) {
        return CFG_ERR_SYNTAX;
    }
    key = trim_end((struct text){line, (size_t)(eq - line)});
    if (key.n == 0) {
        return CFG_ERR_SYNTAX;
    }
    val.s = skip_blanks(eq + 1);
    val.n = strlen(val.s);
    return apply_key(cfg, key, trim_end(val));
}

static int fail_at(int *error_line, int lineno, int rc)
{
    if (error_line != NULL) {
        *error_line = lineno;
    }
    return rc;
}

/* The length of the line starting at p, without its LF or CRLF; *next is the next line. */
static size_t line_length(const char *p, const char **next)
{
    const char *end = strchr(p, '\n');
    size_t len;

    if (end == NULL) {
        end = p + strlen(p);
    }
    len = (size_t)(end - p);
    *next = *end == '\n' ? end + 1 : end;
    if (len > 0 && p[len - 1] == '\r') {
        len--;
    }
    return len;
}

/* Rules about the whole file, checked after the last line. */
static int check_whole_file(const struct server_config *cfg)
{
    if (!(cfg->seen & CFG_SEEN_HOST)) {
        return CFG_ERR_MISSING;
    }
    return (cfg->tls && cfg->port == 80) ? CFG_ERR_VALUE : CFG_OK;
}

int config_parse(const char *text, struct server_config *cfg, int *error_line)
{
    char buf[CFG_LINE_MAX + 1];
    const char *p = text;
    int lineno = 0;

    if (error_line != NULL) {
        *error_line = 0;
    }
    if (text == NULL || cfg == NULL) {
        return CFG_ERR_ARG;
    }
    config_defaults(cfg);
    while (*p != '\0') {
        const char *next;
        size_t len = line_length(p, &next);
        int rc;

        lineno++;
        if (len > CFG_LINE_MAX) {
            return fail_at(error_line, lineno, CFG_ERR_TOO_LONG);
        }
        memcpy(buf, p, len);
        buf[len] = '\0';
        rc = config_parse_line(buf, cfg);
        if (rc != CFG_OK) {
            return fail_at(error_line, lineno, rc);
        }
        p = next;
    }
    return check_whole_file(cfg);
}
