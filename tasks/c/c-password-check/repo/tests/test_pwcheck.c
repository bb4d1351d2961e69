/* Visible tests for the password policy checker: build and run with the task's test command. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "pwcheck.h"

static int checks;
static int failures;

static void expect(const char *label, int got, int want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %d, want %d\n", label, got, want);
    }
}

int main(void)
{
    static const char *const banned[] = {"password", "welcome", NULL};
    const struct pw_policy policy = {8, 64, 2, 2, banned};

    expect("good password", pw_check("Blue-Harbor7", "jsmith", &policy, PW_FLAG_REQUIRE_DIGIT), PW_OK);
    expect("too short", pw_check("Ab3-x", "jsmith", &policy, 0), PW_ERR_TOO_SHORT);
    expect("digit required", pw_check("Blue-Harbor", "jsmith", &policy, PW_FLAG_REQUIRE_DIGIT), PW_ERR_NO_DIGIT);
    expect("run of three", pw_check("Coool-Harbor7", "jsmith", &policy, PW_FLAG_NO_REPEATS), PW_ERR_REPEAT);
    expect("account name", pw_check("JSmith#2024", "jsmith", &policy, PW_FLAG_CHECK_ACCOUNT), PW_ERR_ACCOUNT);
    expect("banned look-alike", pw_check("P@ssw0rd-99", "jsmith", &policy, 0), PW_ERR_BANNED);
    expect("unknown flag", pw_check("Blue-Harbor7", "jsmith", &policy, 0x100u), PW_ERR_FLAGS);
    expect("error text", strcmp(pw_error_text(PW_ERR_ACCOUNT), "contains the account name"), 0);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
