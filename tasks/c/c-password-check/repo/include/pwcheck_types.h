/* pwcheck_types.h - shared types of the account service's password policy module. */
#ifndef PWCHECK_TYPES_H
#define PWCHECK_TYPES_H

#define PW_MAX_LENGTH 128 /* the longest max_length a policy may set */

#define PW_FLAG_REQUIRE_UPPER 0x01u  /* at least one A-Z */
#define PW_FLAG_REQUIRE_LOWER 0x02u  /* at least one a-z */
#define PW_FLAG_REQUIRE_DIGIT 0x04u  /* at least one 0-9 */
#define PW_FLAG_REQUIRE_SYMBOL 0x08u /* at least one other printable character */
#define PW_FLAG_NO_REPEATS 0x10u     /* long runs of one character are refused */
#define PW_FLAG_CHECK_ACCOUNT 0x20u  /* the account name may not appear in the password */
#define PW_FLAG_ADMIN 0x40u          /* stricter rules for administrator accounts */
#define PW_FLAG_PASSPHRASE 0x80u     /* blanks allowed; long passphrases skip the class rules */
#define PW_FLAG_ALL 0xFFu

#define PW_OK 0
#define PW_ERR_ARGS (-1)
#define PW_ERR_FLAGS (-2)
#define PW_ERR_POLICY (-3)
#define PW_ERR_TOO_SHORT (-4)
#define PW_ERR_TOO_LONG (-5)
#define PW_ERR_CHARSET (-6)
#define PW_ERR_NO_UPPER (-7)
#define PW_ERR_NO_LOWER (-8)
#define PW_ERR_NO_DIGIT (-9)
#define PW_ERR_NO_SYMBOL (-10)
#define PW_ERR_FEW_CLASSES (-11)
#define PW_ERR_REPEAT (-12)
#define PW_ERR_ACCOUNT (-13)
#define PW_ERR_BANNED (-14)

struct pw_policy {
    int min_length;            /* 1 .. max_length */
    int max_length;            /* min_length .. PW_MAX_LENGTH */
    int min_classes;           /* 0 .. 4 of upper, lower, digit, symbol */
    int max_repeat;            /* longest allowed run of one character (PW_FLAG_NO_REPEATS) */
    const char *const *banned; /* NULL-terminated list of banned words, or NULL */
};

#endif
