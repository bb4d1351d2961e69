/* Hidden behaviour tests for pw_check and pw_error_text.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every rule, its order, every flag, every boundary of the length, class, repeat, passphrase,
 * account and banned-word rules, and every look-alike character.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "pwcheck.h"

#define UP PW_FLAG_REQUIRE_UPPER
#define LO PW_FLAG_REQUIRE_LOWER
#define DI PW_FLAG_REQUIRE_DIGIT
#define SY PW_FLAG_REQUIRE_SYMBOL
#define NR PW_FLAG_NO_REPEATS
#define AC PW_FLAG_CHECK_ACCOUNT
#define AD PW_FLAG_ADMIN
#define PP PW_FLAG_PASSPHRASE

static const char *const BANNED[] = {
    "password", "dragon", "hello", "tiger", "Summer", "qw", "abc", "", "pa55", "l0ve", NULL,
};
static const char *const NOTHING_BANNED[] = {NULL};

/* min_length, max_length, min_classes, max_repeat, banned */
static const struct pw_policy OPEN = {1, 128, 0, 0, NULL};
static const struct pw_policy STD = {8, 16, 2, 2, NULL};
static const struct pw_policy THREE = {8, 16, 3, 2, NULL};
static const struct pw_policy FOUR = {8, 16, 4, 2, NULL};
static const struct pw_policy TIGHT = {10, 12, 0, 2, NULL};
static const struct pw_policy EXACT = {8, 12, 0, 2, NULL};
static const struct pw_policy ONE = {1, 64, 0, 1, NULL};
static const struct pw_policy RUN3 = {1, 64, 0, 3, NULL};
static const struct pw_policy LIST = {1, 64, 0, 2, BANNED};
static const struct pw_policy EMPTY_LIST = {1, 64, 0, 2, NOTHING_BANNED};
static const struct pw_policy PHRASE = {8, 64, 2, 2, NULL};
static const struct pw_policy PHRASE4 = {8, 64, 4, 2, NULL};

struct check_case {
    const char *label;
    const char *password;
    const char *account;
    const struct pw_policy *policy;
    unsigned flags;
    int want;
};

static const struct check_case CASES[] = {
    /* arguments and flags, in order */
    {"unknown flag 0x100", "Blue-Harbor7", "jsmith", &STD, 0x100u, PW_ERR_FLAGS},
    {"unknown high flag", "Blue-Harbor7", "jsmith", &STD, 0x80000000u, PW_ERR_FLAGS},
    {"all flags known", "Blue Harbor7! of town", "jsmith", &PHRASE, PW_FLAG_ALL, PW_OK},
    {"flags beat missing account", "Blue-Harbor7", NULL, &STD, AC | 0x200u, PW_ERR_FLAGS},
    {"missing account", "Blue-Harbor7", NULL, &STD, AC, PW_ERR_ARGS},
    {"missing account with admin", "Blue-Harbor7", NULL, &STD, AC | AD, PW_ERR_ARGS},
    {"admin without account is fine", "Blue-Harbor7", NULL, &STD, AD, PW_OK},
    {"no account needed without the flag", "Blue-Harbor7", NULL, &STD, 0, PW_OK},

    /* length */
    {"7 characters", "Abcdef1", "jsmith", &STD, 0, PW_ERR_TOO_SHORT},
    {"8 characters", "Abcdef12", "jsmith", &STD, 0, PW_OK},
    {"16 characters", "Abcdef1234567890", "jsmith", &STD, 0, PW_OK},
    {"17 characters", "Abcdef1234567890x", "jsmith", &STD, 0, PW_ERR_TOO_LONG},
    {"empty password", "", "jsmith", &OPEN, 0, PW_ERR_TOO_SHORT},
    {"1 character", "x", "jsmith", &OPEN, 0, PW_OK},
    {"admin 11 characters", "Abcdef12345", "jsmith", &STD, AD, PW_ERR_TOO_SHORT},
    {"admin 12 characters", "Abcdef-12345", "jsmith", &STD, AD, PW_OK},
    {"admin 16 characters", "Abcdef-123456789", "jsmith", &STD, AD, PW_OK},
    {"admin 17 characters", "Abcdef-1234567890", "jsmith", &STD, AD, PW_ERR_TOO_LONG},
    {"admin capped 11", "Abcdef-1234", "jsmith", &TIGHT, AD, PW_ERR_TOO_SHORT},
    {"admin capped 12", "Abcdef-12345", "jsmith", &TIGHT, AD, PW_OK},
    {"admin capped 13", "Abcdef-123456", "jsmith", &TIGHT, AD, PW_ERR_TOO_LONG},
    {"no admin 10 of tight", "abcdefghij", "jsmith", &TIGHT, 0, PW_OK},
    {"no admin 9 of tight", "abcdefghi", "jsmith", &TIGHT, 0, PW_ERR_TOO_SHORT},
    {"admin exactly at max 11", "Abcdef-1234", "jsmith", &EXACT, AD, PW_ERR_TOO_SHORT},
    {"admin exactly at max 12", "Abcdef-12345", "jsmith", &EXACT, AD, PW_OK},
    {"length before characters", "Ab\t1", "jsmith", &STD, 0, PW_ERR_TOO_SHORT},
    {"too long before characters", "Abcdef\t1234567890", "jsmith", &STD, 0, PW_ERR_TOO_LONG},
    {"blanks count in the length", "ab cd e", "jsmith", &STD, PP, PW_ERR_TOO_SHORT},

    /* characters */
    {"tab", "Abcd\tef12", "jsmith", &STD, 0, PW_ERR_CHARSET},
    {"unit separator 0x1f", "Abcd\x1f" "ef12", "jsmith", &STD, 0, PW_ERR_CHARSET},
    {"delete 0x7f", "Abcd\x7f" "ef12", "jsmith", &STD, 0, PW_ERR_CHARSET},
    {"byte 0x80", "Abcd\x80" "ef12", "jsmith", &STD, 0, PW_ERR_CHARSET},
    {"byte 0xff", "Abcdef12\xff", "jsmith", &STD, 0, PW_ERR_CHARSET},
    {"latin-1 letter", "Caf\xe9-1234", "jsmith", &STD, 0, PW_ERR_CHARSET},
    {"tilde 0x7e is a symbol", "abcdefg~", "jsmith", &STD, 0, PW_OK},
    {"bang 0x21 is a symbol", "!bcdefgh", "jsmith", &STD, 0, PW_OK},
    {"blank without passphrase", "Abcd ef12", "jsmith", &STD, 0, PW_ERR_CHARSET},
    {"blank in passphrase", "Abcd ef12", "jsmith", &STD, PP, PW_OK},
    {"leading blank", " Abcdef12", "jsmith", &STD, PP, PW_ERR_CHARSET},
    {"trailing blank", "Abcdef12 ", "jsmith", &STD, PP, PW_ERR_CHARSET},
    {"double blank", "Abc  def12", "jsmith", &STD, PP, PW_ERR_CHARSET},
    {"blank second and second last", "A bcdef1 2", "jsmith", &STD, PP, PW_OK},
    {"blanks apart", "A b c d e 1", "jsmith", &STD, PP, PW_OK},
    {"character error before class error", "abcd\tefgh", "jsmith", &STD, DI, PW_ERR_CHARSET},
    {"late bad character after classes", "abcdefg1\x01", "jsmith", &STD, UP, PW_ERR_CHARSET},

    /* classes */
    {"upper missing", "abcdef12", "jsmith", &STD, UP, PW_ERR_NO_UPPER},
    {"upper present at end", "abcdef1Z", "jsmith", &STD, UP, PW_OK},
    {"lower missing", "ABCDEF12", "jsmith", &STD, LO, PW_ERR_NO_LOWER},
    {"lower present at start", "aBCDEF12", "jsmith", &STD, LO, PW_OK},
    {"digit missing", "abcdefG!", "jsmith", &STD, DI, PW_ERR_NO_DIGIT},
    {"digit present", "abcdef0G", "jsmith", &STD, DI, PW_OK},
    {"digit 9", "abcdef9G", "jsmith", &STD, DI, PW_OK},
    {"symbol missing", "abcdef1G", "jsmith", &STD, SY, PW_ERR_NO_SYMBOL},
    {"symbol present", "abcdef1#", "jsmith", &STD, SY, PW_OK},
    {"upper checked before lower", "12345678", "jsmith", &STD, UP | LO, PW_ERR_NO_UPPER},
    {"lower checked before digit", "ABCDEFG!", "jsmith", &STD, LO | DI, PW_ERR_NO_LOWER},
    {"digit checked before symbol", "ABCDefgh", "jsmith", &STD, DI | SY, PW_ERR_NO_DIGIT},
    {"all required, all present", "Ab1!efgh", "jsmith", &STD, UP | LO | DI | SY, PW_OK},
    {"all required, symbol missing", "Ab12efgh", "jsmith", &STD, UP | LO | DI | SY, PW_ERR_NO_SYMBOL},
    {"one class of two", "abcdefgh", "jsmith", &STD, 0, PW_ERR_FEW_CLASSES},
    {"digits only, one class", "13572468", "jsmith", &STD, 0, PW_ERR_FEW_CLASSES},
    {"symbols only, one class", "!#%&*+-=", "jsmith", &STD, 0, PW_ERR_FEW_CLASSES},
    {"upper only, one class", "ABCDEFGH", "jsmith", &STD, 0, PW_ERR_FEW_CLASSES},
    {"two classes of two", "abcdefg1", "jsmith", &STD, 0, PW_OK},
    {"required class before count", "abcdefgh", "jsmith", &STD, UP, PW_ERR_NO_UPPER},
    {"two classes of three", "abcdefg1", "jsmith", &THREE, 0, PW_ERR_FEW_CLASSES},
    {"three classes of three", "abcdefG1", "jsmith", &THREE, 0, PW_OK},
    {"three classes of four", "abcdefG1", "jsmith", &FOUR, 0, PW_ERR_FEW_CLASSES},
    {"four classes of four", "abcdef-1G", "jsmith", &FOUR, 0, PW_OK},
    {"blank is no class", "abc def ghi", "jsmith", &STD, PP, PW_ERR_FEW_CLASSES},
    {"blank is no symbol", "abc def 1", "jsmith", &STD, PP | SY, PW_ERR_NO_SYMBOL},
    {"admin needs three classes", "abcdefgh1234", "jsmith", &STD, AD, PW_ERR_FEW_CLASSES},
    {"admin with three classes", "abcdefgh123!", "jsmith", &STD, AD, PW_OK},
    {"admin keeps four classes", "abcdefgh123!", "jsmith", &FOUR, AD, PW_ERR_FEW_CLASSES},
    {"admin with four classes", "abcdefgH123!", "jsmith", &FOUR, AD, PW_OK},
    {"admin and zero classes", "abcdefghijk1", "jsmith", &OPEN, AD, PW_ERR_FEW_CLASSES},

    /* passphrases */
    {"passphrase waives classes", "correct horse battery", "jsmith", &PHRASE, PP | UP | DI | SY, PW_OK},
    {"passphrase of 20", "correct horse batter", "jsmith", &PHRASE, PP | UP, PW_OK},
    {"passphrase of 19", "correct horse batte", "jsmith", &PHRASE, PP | UP, PW_ERR_NO_UPPER},
    {"passphrase of 19 counts classes", "correct horse batte", "jsmith", &PHRASE, PP, PW_ERR_FEW_CLASSES},
    {"passphrase of two words", "correcthorse battery", "jsmith", &PHRASE, PP | LO | DI, PW_ERR_NO_DIGIT},
    {"passphrase of two words counts", "correcthorsebat tery", "jsmith", &PHRASE, PP, PW_ERR_FEW_CLASSES},
    {"passphrase of four words", "a correct horse battery", "jsmith", &PHRASE, PP | DI, PW_OK},
    {"long password without the flag", "correcthorsebatterystaple", "jsmith", &PHRASE, UP, PW_ERR_NO_UPPER},
    {"passphrase waives four classes", "correct horse battery", "jsmith", &PHRASE4, PP, PW_OK},
    {"admin passphrase needs two classes", "correct horse battery", "jsmith", &PHRASE, PP | AD, PW_ERR_FEW_CLASSES},
    {"admin passphrase with two classes", "correct horse battery 9", "jsmith", &PHRASE, PP | AD, PW_OK},
    {"admin passphrase with upper", "Correct horse battery", "jsmith", &PHRASE4, PP | AD | UP | DI, PW_OK},
    {"admin short passphrase needs three", "correct horse 9", "jsmith", &PHRASE, PP | AD, PW_ERR_FEW_CLASSES},
    {"admin short passphrase with three", "Correct horse 9", "jsmith", &PHRASE, PP | AD, PW_OK},
    {"passphrase still checks repeats", "correct horsee battery", "jsmith", &PHRASE, PP | NR, PW_OK},
    {"passphrase run of three", "correct horseee battery", "jsmith", &PHRASE, PP | NR, PW_ERR_REPEAT},

    /* repeated characters */
    {"run of two allowed", "aabbccdd1", "jsmith", &STD, NR, PW_OK},
    {"run of three", "abccc-def1", "jsmith", &STD, NR, PW_ERR_REPEAT},
    {"run of three at the start", "aaab-def1", "jsmith", &STD, NR, PW_ERR_REPEAT},
    {"run of three at the end", "abdef-1zzz", "jsmith", &STD, NR, PW_ERR_REPEAT},
    {"runs are case sensitive", "abAaAa-de1", "jsmith", &STD, NR, PW_OK},
    {"broken runs", "aabaabaa-1", "jsmith", &STD, NR, PW_OK},
    {"digit run", "abcd-1112", "jsmith", &STD, NR, PW_ERR_REPEAT},
    {"symbol run", "abcd!!!1", "jsmith", &STD, NR, PW_ERR_REPEAT},
    {"runs ignored without the flag", "aaaaaaa1", "jsmith", &STD, 0, PW_OK},
    {"max repeat 1, no pair", "abcdef", "jsmith", &ONE, NR, PW_OK},
    {"max repeat 1, pair at start", "aabcdef", "jsmith", &ONE, NR, PW_ERR_REPEAT},
    {"max repeat 1, pair at end", "abcdeff", "jsmith", &ONE, NR, PW_ERR_REPEAT},
    {"max repeat 1, one character", "a", "jsmith", &ONE, NR, PW_OK},
    {"max repeat 3, three", "abaaa", "jsmith", &RUN3, NR, PW_OK},
    {"max repeat 3, four", "abaaaa", "jsmith", &RUN3, NR, PW_ERR_REPEAT},
    {"max repeat 3, two runs of three", "aaabbbaaa", "jsmith", &RUN3, NR, PW_OK},
    {"class error before repeat", "aaaaaaaa", "jsmith", &STD, NR, PW_ERR_FEW_CLASSES},
    {"repeat before account", "jsmith-111", "jsmith", &STD, NR | AC, PW_ERR_REPEAT},
    {"repeat before banned", "dragonnn", "jsmith", &LIST, NR, PW_ERR_REPEAT},

    /* account name */
    {"account inside", "xxJSMITH-1", "jsmith", &STD, AC, PW_ERR_ACCOUNT},
    {"account at start", "jsmith-12", "jsmith", &STD, AC, PW_ERR_ACCOUNT},
    {"account at end", "12-jsmith", "jsmith", &STD, AC, PW_ERR_ACCOUNT},
    {"account is the password", "Jsmith12", "jsmith12", &STD, AC, PW_ERR_ACCOUNT},
    {"account backwards", "xhtimsj-1", "jsmith", &STD, AC, PW_ERR_ACCOUNT},
    {"account backwards in capitals", "HTIMSJ-12", "jsmith", &STD, AC, PW_ERR_ACCOUNT},
    {"account backwards at end", "12-htimsj", "jsmith", &STD, AC, PW_ERR_ACCOUNT},
    {"upper-case account", "xxjsmith-1", "JSmith", &STD, AC, PW_ERR_ACCOUNT},
    {"account minus one letter", "xxjsmit-1", "jsmith", &STD, AC, PW_OK},
    {"account split", "jsm-ith-12", "jsmith", &STD, AC, PW_OK},
    {"account not checked without the flag", "xxjsmith-1", "jsmith", &STD, 0, PW_OK},
    {"three-letter account", "xbob-1234", "bob", &STD, AC, PW_ERR_ACCOUNT},
    {"three-letter account backwards", "xboB-1234", "Bob", &STD, AC, PW_ERR_ACCOUNT},
    {"three-letter account only backwards", "xyz-1234", "zyx", &STD, AC, PW_ERR_ACCOUNT},
    {"two-letter account ignored", "xal-12345", "al", &STD, AC, PW_OK},
    {"empty account ignored", "abcd-1234", "", &STD, AC, PW_OK},
    {"account longer than the password", "abcd-1234", "abcd-12345", &STD, AC, PW_OK},
    {"account equal length, different", "abcd-1234", "abcd-1235", &STD, AC, PW_OK},
    {"non-ASCII account", "jrme-1234", "j\xe9r\xf4me", &STD, AC, PW_OK},
    {"admin checks the account", "xxjsmith-1Z", "jsmith", &STD, AD, PW_ERR_TOO_SHORT},
    {"admin account inside", "xxjsmith-1Zy", "jsmith", &STD, AD, PW_ERR_ACCOUNT},
    {"admin account backwards", "xxhtimsj-1Zy", "jsmith", &STD, AD, PW_ERR_ACCOUNT},
    {"admin first piece", "xxJSMI-1Zyqw", "jsmith", &STD, AD, PW_ERR_ACCOUNT},
    {"admin middle piece", "xxsmit-1Zyqw", "jsmith", &STD, AD, PW_ERR_ACCOUNT},
    {"admin last piece", "xxMiTh-1Zyqw", "jsmith", &STD, AD, PW_ERR_ACCOUNT},
    {"admin last piece of five", "xxdoex-1Zyqw", "jdoex", &STD, AD, PW_ERR_ACCOUNT},
    {"admin piece at the end", "Zyqw-1xxmith", "jsmith", &STD, AD, PW_ERR_ACCOUNT},
    {"admin three letters of a piece", "xxsmi-1Zyqwt", "jsmith", &STD, AD, PW_OK},
    {"admin pieces are not reversed", "xxtims-1Zyqw", "jsmith", &STD, AD, PW_OK},
    {"admin four-letter account", "xxAnna-1Zyqw", "anna", &STD, AD, PW_ERR_ACCOUNT},
    {"admin four-letter account, three letters", "xxAnn-1Zyqwv", "anna", &STD, AD, PW_OK},
    {"admin three-letter account", "xxBob-1Zyqwv", "bob", &STD, AD, PW_ERR_ACCOUNT},
    {"admin two-letter account", "xxAl-1Zyqwvb", "al", &STD, AD, PW_OK},
    {"admin and check account", "xxsmit-1Zyqw", "jsmith", &STD, AD | AC, PW_ERR_ACCOUNT},
    {"no admin, no pieces", "xxsmit-1Zyqw", "jsmith", &STD, AC, PW_OK},
    {"account before banned", "jsmith-dragon", "jsmith", &LIST, AC, PW_ERR_ACCOUNT},

    /* banned words */
    {"banned word", "MyPassword1", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"banned word in capitals", "xDRAGONx", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"banned word alone", "dragon", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"banned word at start", "dragon99", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"banned word at end", "99dragon", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"banned word cut short", "99drago", "jsmith", &LIST, 0, PW_OK},
    {"banned word split", "drag-on", "jsmith", &LIST, 0, PW_OK},
    {"0 reads as o", "dragOn", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"0 reads as o (digit)", "drag0n", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"1 reads as l", "he1lo", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"3 reads as e", "h3llo", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"4 reads as a", "dr4gon", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"@ reads as a", "dr@gon", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"5 reads as s", "pa5sword", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"$ reads as s", "pas$word", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"7 reads as t", "7iger", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"all look-alikes", "P@55w0rd", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"2 reads as nothing", "dr2gon", "jsmith", &LIST, 0, PW_OK},
    {"6 reads as nothing", "drag6n", "jsmith", &LIST, 0, PW_OK},
    {"8 reads as nothing", "8iger", "jsmith", &LIST, 0, PW_OK},
    {"9 reads as nothing", "tige9", "jsmith", &LIST, 0, PW_OK},
    {"% reads as nothing", "dr%gon", "jsmith", &LIST, 0, PW_OK},
    {"1 is not i", "t1ger", "jsmith", &LIST, 0, PW_OK},
    {"upper-case banned entry", "summer24", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"three-letter banned entry", "xxabcxx", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"three-letter banned entry at end", "xyzab@bc", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"two-letter banned entry ignored", "xqwertyx", "jsmith", &LIST, 0, PW_OK},
    {"banned entry with digits never matches", "xpa55x", "jsmith", &LIST, 0, PW_OK},
    {"banned entry with a zero never matches", "l0ve-it", "jsmith", &LIST, 0, PW_OK},
    {"banned entry longer than the password", "passwor", "jsmith", &LIST, 0, PW_OK},
    {"look-alike of a banned entry with a zero", "xxlovexx", "jsmith", &LIST, 0, PW_OK},
    {"no banned list", "dragon", "jsmith", &OPEN, 0, PW_OK},
    {"empty banned list", "dragon", "jsmith", &EMPTY_LIST, 0, PW_OK},
    {"banned word in a passphrase", "my dragon is green", "jsmith", &LIST, PP, PW_ERR_BANNED},
    {"banned checked after account off", "jsmith-dragon", "jsmith", &LIST, 0, PW_ERR_BANNED},
    {"banned checked with admin", "Dragon-1234x", NULL, &LIST, AD, PW_ERR_BANNED},
    {"everything passes", "Blue Harbor7! of town", "jsmith", &LIST, PW_FLAG_ALL, PW_OK},
};

static int checks;
static int failures;

static void expect_int(const char *label, int got, int want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %d, want %d\n", label, got, want);
    }
}

static void expect_text(int code, const char *want)
{
    const char *got = pw_error_text(code);

    checks++;
    if (got == NULL || strcmp(got, want) != 0) {
        failures++;
        fprintf(stderr, "FAIL text %d: got %s, want %s\n", code, got ? got : "(null)", want);
    }
}

static void test_cases(void)
{
    size_t i;

    for (i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const struct check_case *c = &CASES[i];

        expect_int(c->label, pw_check(c->password, c->account, c->policy, c->flags), c->want);
    }
}

static int with_policy(const char *password, int min_length, int max_length, int min_classes, int max_repeat,
                       unsigned flags)
{
    struct pw_policy p;

    p.min_length = min_length;
    p.max_length = max_length;
    p.min_classes = min_classes;
    p.max_repeat = max_repeat;
    p.banned = NULL;
    return pw_check(password, "jsmith", &p, flags);
}

static void test_arguments_and_policy(void)
{
    expect_int("null password", pw_check(NULL, "jsmith", &STD, 0), PW_ERR_ARGS);
    expect_int("null policy", pw_check("Blue-Harbor7", "jsmith", NULL, 0), PW_ERR_ARGS);
    expect_int("null password beats bad flags", pw_check(NULL, "jsmith", &STD, 0x100u), PW_ERR_ARGS);
    expect_int("null policy beats bad flags", pw_check("Blue-Harbor7", NULL, NULL, 0x100u | AC), PW_ERR_ARGS);
    expect_int("bad flags beat bad policy", with_policy("abcdefg1", 0, 16, 0, 2, 0x400u), PW_ERR_FLAGS);
    expect_int("missing account beats bad policy", pw_check("abcdefg1", NULL, NULL, AC), PW_ERR_ARGS);
    {
        const struct pw_policy bad = {0, 16, 0, 2, NULL};

        expect_int("missing account beats bad policy (2)", pw_check("abcdefg1", NULL, &bad, AC), PW_ERR_ARGS);
    }
    expect_int("min length 0", with_policy("abcdefg1", 0, 16, 0, 2, 0), PW_ERR_POLICY);
    expect_int("min length -3", with_policy("abcdefg1", -3, 16, 0, 2, 0), PW_ERR_POLICY);
    expect_int("min length 1", with_policy("a", 1, 16, 0, 2, 0), PW_OK);
    expect_int("max below min", with_policy("abcdefg1", 9, 8, 0, 2, 0), PW_ERR_POLICY);
    expect_int("max equals min", with_policy("abcdefg1", 8, 8, 0, 2, 0), PW_OK);
    expect_int("max 129", with_policy("abcdefg1", 8, 129, 0, 2, 0), PW_ERR_POLICY);
    expect_int("max 128", with_policy("abcdefg1", 8, 128, 0, 2, 0), PW_OK);
    expect_int("min classes -1", with_policy("abcdefg1", 8, 16, -1, 2, 0), PW_ERR_POLICY);
    expect_int("min classes 0", with_policy("abcdefgh", 8, 16, 0, 2, 0), PW_OK);
    expect_int("min classes 1", with_policy("abcdefgh", 8, 16, 1, 2, 0), PW_OK);
    expect_int("min classes 4", with_policy("abcdefgh", 8, 16, 4, 2, 0), PW_ERR_FEW_CLASSES);
    expect_int("min classes 5", with_policy("Abcdef-1", 8, 16, 5, 2, 0), PW_ERR_POLICY);
    expect_int("max repeat 0 with no repeats", with_policy("abcdefg1", 8, 16, 0, 0, NR), PW_ERR_POLICY);
    expect_int("max repeat -1 with no repeats", with_policy("abcdefg1", 8, 16, 0, -1, NR), PW_ERR_POLICY);
    expect_int("max repeat 0 without no repeats", with_policy("abcdefg1", 8, 16, 0, 0, 0), PW_OK);
    expect_int("max repeat -5 without no repeats", with_policy("aaaaaaa1", 8, 16, 0, -5, 0), PW_OK);
    expect_int("max repeat 1 with no repeats", with_policy("abcdefg1", 8, 16, 0, 1, NR), PW_OK);
    expect_int("policy before length", with_policy("", 8, 200, 0, 2, 0), PW_ERR_POLICY);
    expect_int("policy before characters", with_policy("a\tb", 1, 200, 0, 2, 0), PW_ERR_POLICY);
}

static void test_long_passwords(void)
{
    char pw[200];

    memset(pw, 'a', sizeof pw);
    pw[127] = '\0';
    expect_int("127 of 128", with_policy(pw, 1, 128, 0, 2, 0), PW_OK);
    pw[127] = 'b';
    pw[128] = '\0';
    expect_int("128 of 128", with_policy(pw, 1, 128, 0, 2, 0), PW_OK);
    pw[128] = 'c';
    pw[129] = '\0';
    expect_int("129 of 128", with_policy(pw, 1, 128, 0, 2, 0), PW_ERR_TOO_LONG);
    pw[199] = '\0';
    expect_int("199 of 128", with_policy(pw, 1, 128, 0, 2, 0), PW_ERR_TOO_LONG);
    {
        static const char *const words[] = {"xyz", NULL};
        struct pw_policy p = {1, 128, 0, 2, words};

        memset(pw, 'b', 128);
        pw[125] = 'x';
        pw[126] = 'y';
        pw[127] = 'z';
        pw[128] = '\0';
        expect_int("banned word in the last characters of 128", pw_check(pw, "jsmith", &p, 0), PW_ERR_BANNED);
        pw[127] = 'Z';
        expect_int("banned word in capitals at the end of 128", pw_check(pw, "jsmith", &p, 0), PW_ERR_BANNED);
        pw[127] = 'b';
        expect_int("no banned word in 128", pw_check(pw, "jsmith", &p, 0), PW_OK);
        expect_int("account at the end of 128", pw_check(pw, "bbx", &p, AC), PW_ERR_ACCOUNT);
    }
}

static void test_password_untouched(void)
{
    char pw[] = "P@55w0rd-X";
    const char *const words[] = {"password", NULL};
    const struct pw_policy p = {8, 16, 2, 2, words};

    expect_int("first call", pw_check(pw, "jsmith", &p, 0), PW_ERR_BANNED);
    expect_int("second call", pw_check(pw, "jsmith", &p, 0), PW_ERR_BANNED);
    expect_int("password untouched", strcmp(pw, "P@55w0rd-X"), 0);
}

static void test_texts(void)
{
    expect_text(PW_OK, "ok");
    expect_text(PW_ERR_ARGS, "missing argument");
    expect_text(PW_ERR_FLAGS, "unknown flag");
    expect_text(PW_ERR_POLICY, "invalid policy");
    expect_text(PW_ERR_TOO_SHORT, "too short");
    expect_text(PW_ERR_TOO_LONG, "too long");
    expect_text(PW_ERR_CHARSET, "character not allowed");
    expect_text(PW_ERR_NO_UPPER, "needs an upper-case letter");
    expect_text(PW_ERR_NO_LOWER, "needs a lower-case letter");
    expect_text(PW_ERR_NO_DIGIT, "needs a digit");
    expect_text(PW_ERR_NO_SYMBOL, "needs a symbol");
    expect_text(PW_ERR_FEW_CLASSES, "too few kinds of characters");
    expect_text(PW_ERR_REPEAT, "character repeated too often");
    expect_text(PW_ERR_ACCOUNT, "contains the account name");
    expect_text(PW_ERR_BANNED, "contains a banned word");
    expect_text(1, "unknown error");
    expect_text(-15, "unknown error");
    expect_text(-100, "unknown error");
}

int main(void)
{
    test_cases();
    test_arguments_and_policy();
    test_long_passwords();
    test_password_untouched();
    test_texts();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
