/* pwcheck.h - public interface of the password policy checker. */
#ifndef PWCHECK_H
#define PWCHECK_H

#include "pwcheck_types.h"

/* Checks a new password for an account against a policy and the PW_FLAG_* flags.
 *
 * Returns PW_OK or the first rule broken, checked in this order: the password and policy
 * pointers, the flags, the account (required with CHECK_ACCOUNT), the policy itself, the
 * length, the characters allowed, the required character classes and the class count,
 * repeated characters, the account name, the banned words.
 *
 * - ADMIN raises the minimum length by 4 (at most to max_length) and the class count to at
 *   least 3, checks the account name whenever one is given and also refuses any 4
 *   consecutive characters of it.
 * - Only printable ASCII is allowed; a blank only with PASSPHRASE, never first, last or
 *   twice in a row. A passphrase of 20 or more characters with at least three words skips
 *   the required classes and the class count (an admin passphrase still needs 2 classes).
 * - NO_REPEATS refuses a run of more than max_repeat equal characters.
 * - The account name (3 or more characters) is compared ignoring case, forwards and
 *   backwards. Banned words of 3 or more characters are compared ignoring case against the
 *   password with the usual look-alike digits and symbols read as letters.
 */
int pw_check(const char *password, const char *account, const struct pw_policy *policy, unsigned flags);

/* A short English text for a PW_OK or PW_ERR_* code, "unknown error" for anything else. */
const char *pw_error_text(int code);

#endif
