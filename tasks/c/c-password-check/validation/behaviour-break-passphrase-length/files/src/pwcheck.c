/* pwcheck.c - password policy checks of the account service.
 *
 * A password is checked rule by rule, in a fixed order: the arguments, the policy, the
 * length, the characters, the character classes, runs of one character, the account name and
 * the banned words. The first rule broken decides the result.
 */
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "pwcheck_types.h"

#define ADMIN_EXTRA_LENGTH 4
#define ADMIN_MIN_CLASSES 3
#define ADMIN_PASSPHRASE_CLASSES 2
#define PASSPHRASE_LENGTH 20
#define PASSPHRASE_BLANKS 2
#define MIN_WORD_LENGTH 3    /* shorter account names and banned words are not looked for */
#define ACCOUNT_PIECE_LENGTH 4 /* admins may not use this many consecutive account characters */
#define POLICY_MAX_CLASSES 4

enum char_class { CLASS_UPPER, CLASS_LOWER, CLASS_DIGIT, CLASS_SYMBOL, CLASS_COUNT };

/* The flag that requires a class and the error when it is missing, in checking order. */
static const struct class_rule {
    unsigned flag;
    int error;
} CLASS_RULES[CLASS_COUNT] = {
    {PW_FLAG_REQUIRE_UPPER, PW_ERR_NO_UPPER},
    {PW_FLAG_REQUIRE_LOWER, PW_ERR_NO_LOWER},
    {PW_FLAG_REQUIRE_DIGIT, PW_ERR_NO_DIGIT},
    {PW_FLAG_REQUIRE_SYMBOL, PW_ERR_NO_SYMBOL},
};

/* What one pass over the characters found. */
struct char_scan {
    int seen[CLASS_COUNT];
    int blanks;
};

/* 1 when `part` (n characters, read backwards if asked) appears in `text`, ignoring case. */
static int find_part(const char *text, size_t len, const char *part, size_t n, int backwards)
{
    size_t i;
    size_t j;

    for (i = 0; i + n <= len; i++) {
        for (j = 0; j < n; j++) {
            unsigned char want = (unsigned char)(backwards ? part[n - 1 - j] : part[j]);

            if (tolower((unsigned char)text[i + j]) != tolower(want)) {
                break;
            }
        }
        if (j == n) {
            return 1;
        }
    }
    return 0;
}

static int policy_is_valid(const struct pw_policy *policy, unsigned flags)
{
    if (policy->min_length < 1 || policy->max_length < policy->min_length || policy->max_length > PW_MAX_LENGTH) {
        return 0;
    }
    if (policy->min_classes < 0 || policy->min_classes > POLICY_MAX_CLASSES) {
        return 0;
    }
    return !(flags & PW_FLAG_NO_REPEATS) || policy->max_repeat >= 1;
}

/* PW_OK when the arguments can be checked, else the error, in the documented order. */
static int request_error(const char *password, const char *account, const struct pw_policy *policy,
                         unsigned flags)
{
    if (password == NULL || policy == NULL) {
        return PW_ERR_ARGS;
    }
    if ((flags & ~PW_FLAG_ALL) != 0) {
        return PW_ERR_FLAGS;
    }
    if ((flags & PW_FLAG_CHECK_ACCOUNT) && account == NULL) {
        return PW_ERR_ARGS;
    }
    return policy_is_valid(policy, flags) ? PW_OK : PW_ERR_POLICY;
}

static int length_error(size_t len, const struct pw_policy *policy, unsigned flags)
{
    int min_length = policy->min_length;

    if (flags & PW_FLAG_ADMIN) {
        min_length += ADMIN_EXTRA_LENGTH;
        min_length = min_length > policy->max_length ? policy->max_length : min_length;
    }
    if (len < (size_t)min_length) {
        return PW_ERR_TOO_SHORT;
    }
    return len > (size_t)policy->max_length ? PW_ERR_TOO_LONG : PW_OK;
}

static enum char_class class_of(unsigned char c)
{
    if (isupper(c)) {
        return CLASS_UPPER;
    }
    if (islower(c)) {
        return CLASS_LOWER;
    }
    return isdigit(c) ? CLASS_DIGIT : CLASS_SYMBOL;
}

/* A blank is allowed in a passphrase, between two words and never twice in a row. */
static int blank_allowed(const char *password, size_t i, size_t len, unsigned flags)
{
    return (flags & PW_FLAG_PASSPHRASE) && i > 0 && i + 1 < len && password[i - 1] != ' ';
}

static int scan_characters(const char *password, size_t len, unsigned flags, struct char_scan *scan)
{
    size_t i;

    memset(scan, 0, sizeof *scan);
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)password[i];

        if (!isprint(c)) {
            return PW_ERR_CHARSET;
        }
        if (c != ' ') {
            scan->seen[class_of(c)] = 1;
        } else if (blank_allowed(password, i, len, flags)) {
            scan->blanks++;
        } else {
            return PW_ERR_CHARSET;
        }
    }
    return PW_OK;
}

static int class_error(const struct char_scan *scan, size_t len, const struct pw_policy *policy, unsigned flags)
{
    int admin = (flags & PW_FLAG_ADMIN) != 0;
    int min_classes = policy->min_classes;
    int count = 0;
    int k;

    if (admin && min_classes < ADMIN_MIN_CLASSES) {
        min_classes = ADMIN_MIN_CLASSES;
    }
    if ((flags & PW_FLAG_PASSPHRASE) && len > PASSPHRASE_LENGTH && scan->blanks >= PASSPHRASE_BLANKS) {
        /* a long passphrase: no class is required, admins still need two of them */
        flags = 0;
        min_classes = admin ? ADMIN_PASSPHRASE_CLASSES : 0;
    }
    for (k = 0; k < CLASS_COUNT; k++) {
        if ((flags & CLASS_RULES[k].flag) && !scan->seen[k]) {
            return CLASS_RULES[k].error;
        }
        count += scan->seen[k];
    }
    return count < min_classes ? PW_ERR_FEW_CLASSES : PW_OK;
}

static int repeat_error(const char *password, size_t len, int max_repeat)
{
    int run = 1;
    size_t i;

    for (i = 1; i < len; i++) {
        run = password[i] == password[i - 1] ? run + 1 : 1;
        if (run > max_repeat) {
            return PW_ERR_REPEAT;
        }
    }
    return PW_OK;
}

static int account_error(const char *password, size_t len, const char *account, unsigned flags)
{
    size_t alen;
    size_t k;

    if (account == NULL || !(flags & (PW_FLAG_CHECK_ACCOUNT | PW_FLAG_ADMIN))) {
        return PW_OK;
    }
    alen = strlen(account);
    if (alen < MIN_WORD_LENGTH) {
        return PW_OK;
    }
    if (find_part(password, len, account, alen, 0) || find_part(password, len, account, alen, 1)) {
        return PW_ERR_ACCOUNT;
    }
    for (k = 0; (flags & PW_FLAG_ADMIN) && k + ACCOUNT_PIECE_LENGTH <= alen; k++) {
        if (find_part(password, len, account + k, ACCOUNT_PIECE_LENGTH, 0)) {
            return PW_ERR_ACCOUNT;
        }
    }
    return PW_OK;
}

/* The letter a look-alike digit or symbol stands for, else the character in lower case. */
static char plain_letter(char c)
{
    switch (c) {
    case '0':
        return 'o';
    case '1':
        return 'l';
    case '3':
        return 'e';
    case '4':
    case '@':
        return 'a';
    case '5':
    case '$':
        return 's';
    case '7':
        return 't';
    default:
        return (char)tolower((unsigned char)c);
    }
}

static int banned_error(const char *password, size_t len, const char *const *banned)
{
    char plain[PW_MAX_LENGTH];
    size_t i;

    if (banned == NULL) {
        return PW_OK;
    }
    for (i = 0; i < len; i++) {
        plain[i] = plain_letter(password[i]);
    }
    for (i = 0; banned[i] != NULL; i++) {
        size_t wlen = strlen(banned[i]);

        if (wlen >= MIN_WORD_LENGTH && find_part(plain, len, banned[i], wlen, 0)) {
            return PW_ERR_BANNED;
        }
    }
    return PW_OK;
}

int pw_check(const char *password, const char *account, const struct pw_policy *policy, unsigned flags)
{
    struct char_scan scan;
    size_t len;
    int error = request_error(password, account, policy, flags);

    if (error != PW_OK) {
        return error;
    }
    len = strlen(password);
    error = length_error(len, policy, flags);
    if (error == PW_OK) {
        error = scan_characters(password, len, flags, &scan);
    }
    if (error == PW_OK) {
        error = class_error(&scan, len, policy, flags);
    }
    if (error == PW_OK && (flags & PW_FLAG_NO_REPEATS)) {
        error = repeat_error(password, len, policy->max_repeat);
    }
    if (error == PW_OK) {
        error = account_error(password, len, account, flags);
    }
    if (error == PW_OK) {
        error = banned_error(password, len, policy->banned);
    }
    return error;
}

const char *pw_error_text(int code)
{
    switch (code) {
    case PW_OK:
        return "ok";
    case PW_ERR_ARGS:
        return "missing argument";
    case PW_ERR_FLAGS:
        return "unknown flag";
    case PW_ERR_POLICY:
        return "invalid policy";
    case PW_ERR_TOO_SHORT:
        return "too short";
    case PW_ERR_TOO_LONG:
        return "too long";
    case PW_ERR_CHARSET:
        return "character not allowed";
    case PW_ERR_NO_UPPER:
        return "needs an upper-case letter";
    case PW_ERR_NO_LOWER:
        return "needs a lower-case letter";
    case PW_ERR_NO_DIGIT:
        return "needs a digit";
    case PW_ERR_NO_SYMBOL:
        return "needs a symbol";
    case PW_ERR_FEW_CLASSES:
        return "too few kinds of characters";
    case PW_ERR_REPEAT:
        return "character repeated too often";
    case PW_ERR_ACCOUNT:
        return "contains the account name";
    case PW_ERR_BANNED:
        return "contains a banned word";
    default:
        return "unknown error";
    }
}
