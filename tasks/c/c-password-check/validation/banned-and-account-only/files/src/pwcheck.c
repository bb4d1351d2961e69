/* pwcheck.c - password policy checks of the account service.
 *
 * Legacy module: it started as a length check for the intranet, and every security audit
 * since added a rule where it was easiest to put it (the admin policy, repeated characters,
 * the account-name rule, banned words, passphrases). Callers include pwcheck.h; this file
 * only needs the shared types.
 */
#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "pwcheck_types.h"

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

static int account_error(const char *password, size_t len, const char *account, unsigned flags)
{
    size_t alen;
    size_t k;

    if (account == NULL || !(flags & (PW_FLAG_CHECK_ACCOUNT | PW_FLAG_ADMIN))) {
        return PW_OK;
    }
    alen = strlen(account);
    if (alen < 3) {
        return PW_OK;
    }
    if (find_part(password, len, account, alen, 0) || find_part(password, len, account, alen, 1)) {
        return PW_ERR_ACCOUNT;
    }
    for (k = 0; (flags & PW_FLAG_ADMIN) && k + 4 <= alen; k++) {
        if (find_part(password, len, account + k, 4, 0)) {
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

        if (wlen >= 3 && find_part(plain, len, banned[i], wlen, 0)) {
            return PW_ERR_BANNED;
        }
    }
    return PW_OK;
}

int pw_check(const char *password, const char *account, const struct pw_policy *policy, unsigned flags)
{
    size_t len;
    size_t i;
    int min_len;
    int min_classes;
    int upper = 0;
    int lower = 0;
    int digit = 0;
    int symbol = 0;
    int blanks = 0;
    int run = 1;
    int error;

    if (password == NULL || policy == NULL) {
        return PW_ERR_ARGS;
    }
    if ((flags & ~PW_FLAG_ALL) != 0) {
        return PW_ERR_FLAGS;
    }
    if ((flags & PW_FLAG_CHECK_ACCOUNT) && account == NULL) {
        return PW_ERR_ARGS;
    }
    if (policy->min_length < 1 || policy->max_length < policy->min_length || policy->max_length > PW_MAX_LENGTH ||
        policy->min_classes < 0 || policy->min_classes > 4) {
        return PW_ERR_POLICY;
    }
    if ((flags & PW_FLAG_NO_REPEATS) && policy->max_repeat < 1) {
        return PW_ERR_POLICY;
    }

    min_len = policy->min_length;
    min_classes = policy->min_classes;
    if (flags & PW_FLAG_ADMIN) {
        min_len = min_len + 4;
        if (min_len > policy->max_length) {
            min_len = policy->max_length;
        }
        if (min_classes < 3) {
            min_classes = 3;
        }
    }
    len = strlen(password);
    if (len < (size_t)min_len) {
        return PW_ERR_TOO_SHORT;
    }
    if (len > (size_t)policy->max_length) {
        return PW_ERR_TOO_LONG;
    }

    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)password[i];

        if (!isprint(c)) {
            return PW_ERR_CHARSET;
        }
        if (c == ' ') {
            if (!(flags & PW_FLAG_PASSPHRASE) || i == 0 || i == len - 1 || password[i - 1] == ' ') {
                return PW_ERR_CHARSET;
            }
            blanks++;
        } else if (isupper(c)) {
            upper = 1;
        } else if (islower(c)) {
            lower = 1;
        } else if (isdigit(c)) {
            digit = 1;
        } else {
            symbol = 1;
        }
    }

    if ((flags & PW_FLAG_PASSPHRASE) && len >= 20 && blanks >= 2) {
        /* a long passphrase: the class rules are waived, except two classes for admins */
        flags &= ~(PW_FLAG_REQUIRE_UPPER | PW_FLAG_REQUIRE_LOWER | PW_FLAG_REQUIRE_DIGIT | PW_FLAG_REQUIRE_SYMBOL);
        min_classes = (flags & PW_FLAG_ADMIN) ? 2 : 0;
    }
    if ((flags & PW_FLAG_REQUIRE_UPPER) && !upper) {
        return PW_ERR_NO_UPPER;
    }
    if ((flags & PW_FLAG_REQUIRE_LOWER) && !lower) {
        return PW_ERR_NO_LOWER;
    }
    if ((flags & PW_FLAG_REQUIRE_DIGIT) && !digit) {
        return PW_ERR_NO_DIGIT;
    }
    if ((flags & PW_FLAG_REQUIRE_SYMBOL) && !symbol) {
        return PW_ERR_NO_SYMBOL;
    }
    if (upper + lower + digit + symbol < min_classes) {
        return PW_ERR_FEW_CLASSES;
    }

    if (flags & PW_FLAG_NO_REPEATS) {
        for (i = 1; i < len; i++) {
            if (password[i] == password[i - 1]) {
                run++;
                if (run > policy->max_repeat) {
                    return PW_ERR_REPEAT;
                }
            } else {
                run = 1;
            }
        }
    }

    error = account_error(password, len, account, flags);
    if (error != PW_OK) {
        return error;
    }
    return banned_error(password, len, policy->banned);
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
