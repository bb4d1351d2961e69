/* Hidden behaviour tests for pay_hourly and pay_salaried.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every employee check and its order, the timesheet and month checks, the gross of every kind
 * of minute and day with its rounding, the allowances, tax bands, regional surcharge,
 * contributions with their ceiling and exemptions, union dues with their limits, and a
 * payslip left untouched on error.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "payroll.h"

struct salaried_case {
    const char *label;
    struct employee e;
    int days_worked;
    int days_in_month;
    long bonus;
    int rc;
    struct payslip want;
};

struct hourly_case {
    const char *label;
    struct employee e;
    struct timesheet t;
    int rc;
    struct payslip want;
};

static const struct salaried_case SALARIED[] = {
    {"kind hourly", {1, 1, 1, 1, 300000L, 0, 0x00u}, 30, 30, 0L, -2, {0L, 0L, 0L, 0L, 0L}},
    {"kind contractor", {1, 3, 1, 1, 300000L, 0, 0x00u}, 30, 30, 0L, -2, {0L, 0L, 0L, 0L, 0L}},
    {"kind 0", {1, 0, 1, 1, 300000L, 0, 0x00u}, 30, 30, 0L, -2, {0L, 0L, 0L, 0L, 0L}},
    {"kind beats tax class", {1, 1, 0, 1, 300000L, 0, 0x00u}, 30, 30, 0L, -2, {0L, 0L, 0L, 0L, 0L}},
    {"tax class 0", {1, 2, 0, 1, 300000L, 0, 0x00u}, 30, 30, 0L, -3, {0L, 0L, 0L, 0L, 0L}},
    {"tax class 4", {1, 2, 4, 1, 300000L, 0, 0x00u}, 30, 30, 0L, -3, {0L, 0L, 0L, 0L, 0L}},
    {"tax class 3", {1, 2, 3, 1, 300000L, 0, 0x00u}, 30, 30, 0L, 0, {300000L, 5000L, 49800L, 0L, 245200L}},
    {"tax class beats region", {1, 2, 9, 0, 300000L, 0, 0x00u}, 30, 30, 0L, -3, {0L, 0L, 0L, 0L, 0L}},
    {"region 0", {1, 2, 1, 0, 300000L, 0, 0x00u}, 30, 30, 0L, -4, {0L, 0L, 0L, 0L, 0L}},
    {"region 3", {1, 2, 1, 3, 300000L, 0, 0x00u}, 30, 30, 0L, -4, {0L, 0L, 0L, 0L, 0L}},
    {"region beats rate", {1, 2, 1, 5, 0L, 0, 0x00u}, 30, 30, 0L, -4, {0L, 0L, 0L, 0L, 0L}},
    {"rate 0", {1, 2, 1, 1, 0L, 0, 0x00u}, 30, 30, 0L, -5, {0L, 0L, 0L, 0L, 0L}},
    {"rate -1", {1, 2, 1, 1, -1L, 0, 0x00u}, 30, 30, 0L, -5, {0L, 0L, 0L, 0L, 0L}},
    {"rate 1", {1, 2, 1, 1, 1L, 0, 0x00u}, 30, 30, 0L, 0, {1L, 0L, 0L, 0L, 1L}},
    {"rate at the limit", {1, 2, 1, 1, 10000000L, 0, 0x00u}, 30, 30, 0L, 0, {10000000L, 3395000L, 107900L, 0L, 6497100L}},
    {"rate over the limit", {1, 2, 1, 1, 10000001L, 0, 0x00u}, 30, 30, 0L, -5, {0L, 0L, 0L, 0L, 0L}},
    {"rate beats children", {1, 2, 1, 1, 0L, -1, 0x00u}, 30, 30, 0L, -5, {0L, 0L, 0L, 0L, 0L}},
    {"children -1", {1, 2, 1, 1, 300000L, -1, 0x00u}, 30, 30, 0L, -6, {0L, 0L, 0L, 0L, 0L}},
    {"children 13", {1, 2, 1, 1, 300000L, 13, 0x00u}, 30, 30, 0L, -6, {0L, 0L, 0L, 0L, 0L}},
    {"children 12", {1, 2, 2, 1, 600000L, 12, 0x00u}, 30, 30, 0L, 0, {600000L, 20000L, 99600L, 0L, 480400L}},
    {"children beats flags", {1, 2, 1, 1, 300000L, 13, 0x08u}, 30, 30, 0L, -6, {0L, 0L, 0L, 0L, 0L}},
    {"flag 8", {1, 2, 1, 1, 300000L, 0, 0x08u}, 30, 30, 0L, -7, {0L, 0L, 0L, 0L, 0L}},
    {"flag 0x80", {1, 2, 1, 1, 300000L, 0, 0x80u}, 30, 30, 0L, -7, {0L, 0L, 0L, 0L, 0L}},
    {"all flags", {1, 2, 1, 1, 300000L, 0, 0x07u}, 30, 30, 0L, 0, {300000L, 30000L, 21900L, 3000L, 245100L}},
    {"flags beat days", {1, 2, 1, 1, 300000L, 0, 0x10u}, 40, 30, 0L, -7, {0L, 0L, 0L, 0L, 0L}},
    {"employee beats days", {1, 2, 0, 1, 300000L, 0, 0x00u}, 40, 30, -5L, -3, {0L, 0L, 0L, 0L, 0L}},
    {"27 days in month", {1, 2, 1, 1, 300000L, 0, 0x00u}, 20, 27, 0L, -8, {0L, 0L, 0L, 0L, 0L}},
    {"28 days in month", {1, 2, 1, 1, 300000L, 0, 0x00u}, 28, 28, 0L, 0, {300000L, 30000L, 49800L, 0L, 220200L}},
    {"31 days in month", {1, 2, 1, 1, 300000L, 0, 0x00u}, 31, 31, 0L, 0, {300000L, 30000L, 49800L, 0L, 220200L}},
    {"32 days in month", {1, 2, 1, 1, 300000L, 0, 0x00u}, 20, 32, 0L, -8, {0L, 0L, 0L, 0L, 0L}},
    {"days worked -1", {1, 2, 1, 1, 300000L, 0, 0x00u}, -1, 30, 0L, -8, {0L, 0L, 0L, 0L, 0L}},
    {"days worked 0", {1, 2, 1, 1, 300000L, 0, 0x00u}, 0, 30, 0L, 0, {0L, 0L, 0L, 0L, 0L}},
    {"days worked over the month", {1, 2, 1, 1, 300000L, 0, 0x00u}, 31, 30, 0L, -8, {0L, 0L, 0L, 0L, 0L}},
    {"days beat bonus", {1, 2, 1, 1, 300000L, 0, 0x00u}, 31, 30, -1L, -8, {0L, 0L, 0L, 0L, 0L}},
    {"bonus -1", {1, 2, 1, 1, 300000L, 0, 0x00u}, 30, 30, -1L, -9, {0L, 0L, 0L, 0L, 0L}},
    {"bonus at the limit", {1, 2, 1, 1, 300000L, 0, 0x00u}, 30, 30, 10000000L, 0, {10300000L, 3500000L, 107900L, 0L, 6692100L}},
    {"bonus over the limit", {1, 2, 1, 1, 300000L, 0, 0x00u}, 30, 30, 10000001L, -9, {0L, 0L, 0L, 0L, 0L}},
    {"prorated 1 of 30", {1, 2, 1, 1, 100L, 0, 0x00u}, 1, 30, 0L, 0, {3L, 0L, 0L, 0L, 3L}},
    {"prorated 1 of 28", {1, 2, 1, 1, 50L, 0, 0x00u}, 1, 28, 0L, 0, {2L, 0L, 0L, 0L, 2L}},
    {"prorated half up", {1, 2, 1, 1, 14L, 0, 0x00u}, 1, 28, 0L, 0, {1L, 0L, 0L, 0L, 1L}},
    {"prorated just under half", {1, 2, 1, 1, 13L, 0, 0x00u}, 1, 28, 0L, 0, {0L, 0L, 0L, 0L, 0L}},
    {"prorated 17 of 31", {1, 2, 1, 1, 412345L, 0, 0x00u}, 17, 31, 0L, 0, {226125L, 15225L, 37537L, 0L, 173363L}},
    {"prorated with bonus", {1, 2, 1, 1, 412345L, 0, 0x00u}, 17, 31, 54321L, 0, {280446L, 26089L, 46554L, 0L, 207803L}},
    {"class 1 taxable -1", {1, 2, 1, 1, 99999L, 0, 0x00u}, 30, 30, 0L, 0, {99999L, 0L, 16600L, 0L, 83399L}},
    {"class 1 taxable 0", {1, 2, 1, 1, 100000L, 0, 0x00u}, 30, 30, 0L, 0, {100000L, 0L, 16600L, 0L, 83400L}},
    {"class 1 taxable 1", {1, 2, 1, 1, 100001L, 0, 0x00u}, 30, 30, 0L, 0, {100001L, 0L, 16600L, 0L, 83401L}},
    {"class 1 taxable 4", {1, 2, 1, 1, 100004L, 0, 0x00u}, 30, 30, 0L, 0, {100004L, 0L, 16600L, 0L, 83404L}},
    {"class 1 taxable 5", {1, 2, 1, 1, 100005L, 0, 0x00u}, 30, 30, 0L, 0, {100005L, 1L, 16600L, 0L, 83404L}},
    {"class 1 taxable 14", {1, 2, 1, 1, 100014L, 0, 0x00u}, 30, 30, 0L, 0, {100014L, 1L, 16602L, 0L, 83411L}},
    {"class 1 taxable 15", {1, 2, 1, 1, 100015L, 0, 0x00u}, 30, 30, 0L, 0, {100015L, 2L, 16602L, 0L, 83411L}},
    {"class 1 taxable 100000", {1, 2, 1, 1, 200000L, 0, 0x00u}, 30, 30, 0L, 0, {200000L, 10000L, 33200L, 0L, 156800L}},
    {"class 1 taxable 100001", {1, 2, 1, 1, 200001L, 0, 0x00u}, 30, 30, 0L, 0, {200001L, 10000L, 33200L, 0L, 156801L}},
    {"class 1 taxable 100002", {1, 2, 1, 1, 200002L, 0, 0x00u}, 30, 30, 0L, 0, {200002L, 10000L, 33200L, 0L, 156802L}},
    {"class 1 taxable 100003", {1, 2, 1, 1, 200003L, 0, 0x00u}, 30, 30, 0L, 0, {200003L, 10001L, 33200L, 0L, 156802L}},
    {"class 1 taxable 400000", {1, 2, 1, 1, 500000L, 0, 0x00u}, 30, 30, 0L, 0, {500000L, 70000L, 83000L, 0L, 347000L}},
    {"class 1 taxable 400001", {1, 2, 1, 1, 500001L, 0, 0x00u}, 30, 30, 0L, 0, {500001L, 70000L, 83000L, 0L, 347001L}},
    {"class 1 taxable 400002", {1, 2, 1, 1, 500002L, 0, 0x00u}, 30, 30, 0L, 0, {500002L, 70001L, 83000L, 0L, 347001L}},
    {"class 1 taxable 2000000", {1, 2, 1, 1, 2100000L, 0, 0x00u}, 30, 30, 0L, 0, {2100000L, 630000L, 107900L, 0L, 1362100L}},
    {"south, taxable 90", {1, 2, 1, 2, 100090L, 0, 0x00u}, 30, 30, 0L, 0, {100090L, 9L, 16615L, 0L, 83466L}},
    {"south, taxable 100", {1, 2, 1, 2, 100100L, 0, 0x00u}, 30, 30, 0L, 0, {100100L, 11L, 16616L, 0L, 83473L}},
    {"south, taxable 1000", {1, 2, 1, 2, 101000L, 0, 0x00u}, 30, 30, 0L, 0, {101000L, 106L, 16766L, 0L, 84128L}},
    {"south, taxable 1001", {1, 2, 1, 2, 101001L, 0, 0x00u}, 30, 30, 0L, 0, {101001L, 106L, 16766L, 0L, 84129L}},
    {"south, taxable 400000", {1, 2, 1, 2, 500000L, 0, 0x00u}, 30, 30, 0L, 0, {500000L, 73850L, 83000L, 0L, 343150L}},
    {"south, taxable 400001", {1, 2, 1, 2, 500001L, 0, 0x00u}, 30, 30, 0L, 0, {500001L, 73850L, 83000L, 0L, 343151L}},
    {"class 1, 3 children, gross 180000", {1, 2, 1, 1, 180000L, 3, 0x00u}, 30, 30, 0L, 0, {180000L, 8000L, 29880L, 0L, 142120L}},
    {"class 2, 0 children, gross 150000", {1, 2, 2, 1, 150000L, 0, 0x00u}, 30, 30, 0L, 0, {150000L, 0L, 24900L, 0L, 125100L}},
    {"class 2, 0 children, gross 150005", {1, 2, 2, 1, 150005L, 0, 0x00u}, 30, 30, 0L, 0, {150005L, 1L, 24900L, 0L, 125104L}},
    {"class 2, 2 children, gross 200000", {1, 2, 2, 1, 200000L, 2, 0x00u}, 30, 30, 0L, 0, {200000L, 0L, 33200L, 0L, 166800L}},
    {"class 2, 2 children, gross 200005", {1, 2, 2, 1, 200005L, 2, 0x00u}, 30, 30, 0L, 0, {200005L, 1L, 33200L, 0L, 166804L}},
    {"class 2, 12 children, gross 450005", {1, 2, 2, 1, 450005L, 12, 0x00u}, 30, 30, 0L, 0, {450005L, 1L, 74700L, 0L, 375304L}},
    {"class 3, 0 children, gross 250000", {1, 2, 3, 1, 250000L, 0, 0x00u}, 30, 30, 0L, 0, {250000L, 0L, 41500L, 0L, 208500L}},
    {"class 3, 0 children, gross 250015", {1, 2, 3, 1, 250015L, 0, 0x00u}, 30, 30, 0L, 0, {250015L, 2L, 41502L, 0L, 208511L}},
    {"class 3, 1 children, gross 275005", {1, 2, 3, 1, 275005L, 1, 0x00u}, 30, 30, 0L, 0, {275005L, 1L, 45650L, 0L, 229354L}},
    {"class 3, 4 children, gross 999999", {1, 2, 3, 1, 999999L, 4, 0x00u}, 30, 30, 0L, 0, {999999L, 157500L, 107900L, 0L, 734599L}},
    {"class 1, 12 children, gross 400000", {1, 2, 1, 1, 400000L, 12, 0x00u}, 30, 30, 0L, 0, {400000L, 50000L, 66400L, 0L, 283600L}},
    {"social member, gross 5", {1, 2, 1, 1, 5L, 0, 0x00u}, 30, 30, 0L, 0, {5L, 0L, 0L, 0L, 5L}},
    {"social opted out, gross 5", {1, 2, 1, 1, 5L, 0, 0x01u}, 30, 30, 0L, 0, {5L, 0L, 0L, 0L, 5L}},
    {"social apprentice, gross 5", {1, 2, 1, 1, 5L, 0, 0x04u}, 30, 30, 0L, 0, {5L, 0L, 0L, 0L, 5L}},
    {"social opted-out apprentice, gross 5", {1, 2, 1, 1, 5L, 0, 0x05u}, 30, 30, 0L, 0, {5L, 0L, 0L, 0L, 5L}},
    {"social member, gross 6", {1, 2, 1, 1, 6L, 0, 0x00u}, 30, 30, 0L, 0, {6L, 0L, 1L, 0L, 5L}},
    {"social opted out, gross 6", {1, 2, 1, 1, 6L, 0, 0x01u}, 30, 30, 0L, 0, {6L, 0L, 0L, 0L, 6L}},
    {"social apprentice, gross 6", {1, 2, 1, 1, 6L, 0, 0x04u}, 30, 30, 0L, 0, {6L, 0L, 0L, 0L, 6L}},
    {"social opted-out apprentice, gross 6", {1, 2, 1, 1, 6L, 0, 0x05u}, 30, 30, 0L, 0, {6L, 0L, 0L, 0L, 6L}},
    {"social member, gross 7", {1, 2, 1, 1, 7L, 0, 0x00u}, 30, 30, 0L, 0, {7L, 0L, 2L, 0L, 5L}},
    {"social opted out, gross 7", {1, 2, 1, 1, 7L, 0, 0x01u}, 30, 30, 0L, 0, {7L, 0L, 1L, 0L, 6L}},
    {"social apprentice, gross 7", {1, 2, 1, 1, 7L, 0, 0x04u}, 30, 30, 0L, 0, {7L, 0L, 1L, 0L, 6L}},
    {"social opted-out apprentice, gross 7", {1, 2, 1, 1, 7L, 0, 0x05u}, 30, 30, 0L, 0, {7L, 0L, 1L, 0L, 6L}},
    {"social member, gross 649999", {1, 2, 1, 1, 649999L, 0, 0x00u}, 30, 30, 0L, 0, {649999L, 122500L, 107900L, 0L, 419599L}},
    {"social opted out, gross 649999", {1, 2, 1, 1, 649999L, 0, 0x01u}, 30, 30, 0L, 0, {649999L, 122500L, 47450L, 0L, 480049L}},
    {"social apprentice, gross 649999", {1, 2, 1, 1, 649999L, 0, 0x04u}, 30, 30, 0L, 0, {649999L, 122500L, 47450L, 0L, 480049L}},
    {"social opted-out apprentice, gross 649999", {1, 2, 1, 1, 649999L, 0, 0x05u}, 30, 30, 0L, 0, {649999L, 122500L, 47450L, 0L, 480049L}},
    {"social member, gross 650000", {1, 2, 1, 1, 650000L, 0, 0x00u}, 30, 30, 0L, 0, {650000L, 122500L, 107900L, 0L, 419600L}},
    {"social opted out, gross 650000", {1, 2, 1, 1, 650000L, 0, 0x01u}, 30, 30, 0L, 0, {650000L, 122500L, 47450L, 0L, 480050L}},
    {"social apprentice, gross 650000", {1, 2, 1, 1, 650000L, 0, 0x04u}, 30, 30, 0L, 0, {650000L, 122500L, 47450L, 0L, 480050L}},
    {"social opted-out apprentice, gross 650000", {1, 2, 1, 1, 650000L, 0, 0x05u}, 30, 30, 0L, 0, {650000L, 122500L, 47450L, 0L, 480050L}},
    {"social member, gross 650001", {1, 2, 1, 1, 650001L, 0, 0x00u}, 30, 30, 0L, 0, {650001L, 122500L, 107900L, 0L, 419601L}},
    {"social opted out, gross 650001", {1, 2, 1, 1, 650001L, 0, 0x01u}, 30, 30, 0L, 0, {650001L, 122500L, 47450L, 0L, 480051L}},
    {"social apprentice, gross 650001", {1, 2, 1, 1, 650001L, 0, 0x04u}, 30, 30, 0L, 0, {650001L, 122500L, 47450L, 0L, 480051L}},
    {"social opted-out apprentice, gross 650001", {1, 2, 1, 1, 650001L, 0, 0x05u}, 30, 30, 0L, 0, {650001L, 122500L, 47450L, 0L, 480051L}},
    {"social member, gross 1000000", {1, 2, 1, 1, 1000000L, 0, 0x00u}, 30, 30, 0L, 0, {1000000L, 245000L, 107900L, 0L, 647100L}},
    {"social opted out, gross 1000000", {1, 2, 1, 1, 1000000L, 0, 0x01u}, 30, 30, 0L, 0, {1000000L, 245000L, 47450L, 0L, 707550L}},
    {"social apprentice, gross 1000000", {1, 2, 1, 1, 1000000L, 0, 0x04u}, 30, 30, 0L, 0, {1000000L, 245000L, 47450L, 0L, 707550L}},
    {"social opted-out apprentice, gross 1000000", {1, 2, 1, 1, 1000000L, 0, 0x05u}, 30, 30, 0L, 0, {1000000L, 245000L, 47450L, 0L, 707550L}},
    {"union, gross 1", {1, 2, 1, 1, 1L, 0, 0x02u}, 30, 30, 0L, 0, {1L, 0L, 0L, 500L, -499L}},
    {"union, gross 49949", {1, 2, 1, 1, 49949L, 0, 0x02u}, 30, 30, 0L, 0, {49949L, 0L, 8291L, 500L, 41158L}},
    {"union, gross 49950", {1, 2, 1, 1, 49950L, 0, 0x02u}, 30, 30, 0L, 0, {49950L, 0L, 8291L, 500L, 41159L}},
    {"union, gross 150049", {1, 2, 1, 1, 150049L, 0, 0x02u}, 30, 30, 0L, 0, {150049L, 5005L, 24909L, 1500L, 118635L}},
    {"union, gross 150050", {1, 2, 1, 1, 150050L, 0, 0x02u}, 30, 30, 0L, 0, {150050L, 5005L, 24909L, 1501L, 118635L}},
    {"union, gross 299949", {1, 2, 1, 1, 299949L, 0, 0x02u}, 30, 30, 0L, 0, {299949L, 29990L, 49791L, 2999L, 217169L}},
    {"union, gross 299950", {1, 2, 1, 1, 299950L, 0, 0x02u}, 30, 30, 0L, 0, {299950L, 29990L, 49791L, 3000L, 217169L}},
    {"union, gross 300049", {1, 2, 1, 1, 300049L, 0, 0x02u}, 30, 30, 0L, 0, {300049L, 30010L, 49809L, 3000L, 217230L}},
    {"union, gross 300050", {1, 2, 1, 1, 300050L, 0, 0x02u}, 30, 30, 0L, 0, {300050L, 30010L, 49809L, 3000L, 217231L}},
    {"union, gross 900000", {1, 2, 1, 1, 900000L, 0, 0x02u}, 30, 30, 0L, 0, {900000L, 210000L, 107900L, 3000L, 579100L}},
    {"union via bonus", {1, 2, 1, 1, 100000L, 0, 0x03u}, 30, 30, 150050L, 0, {250050L, 20010L, 18254L, 2501L, 209285L}},
    {"everything south", {1, 2, 3, 2, 823456L, 2, 0x02u}, 19, 30, 77777L, 0, {599299L, 52602L, 99484L, 3000L, 444213L}},
};

static const struct hourly_case HOURLY[] = {
    {"hourly kind salaried", {1, 2, 1, 1, 2000L, 0, 0x00u}, {600, 0, 0}, -2, {0L, 0L, 0L, 0L, 0L}},
    {"hourly tax class 4", {1, 1, 4, 1, 2000L, 0, 0x00u}, {600, 0, 0}, -3, {0L, 0L, 0L, 0L, 0L}},
    {"hourly region 9", {1, 1, 1, 9, 2000L, 0, 0x00u}, {600, 0, 0}, -4, {0L, 0L, 0L, 0L, 0L}},
    {"hourly rate 0", {1, 1, 1, 1, 0L, 0, 0x00u}, {600, 0, 0}, -5, {0L, 0L, 0L, 0L, 0L}},
    {"hourly children 13", {1, 1, 1, 1, 2000L, 13, 0x00u}, {600, 0, 0}, -6, {0L, 0L, 0L, 0L, 0L}},
    {"hourly flags 8", {1, 1, 1, 1, 2000L, 0, 0x08u}, {600, 0, 0}, -7, {0L, 0L, 0L, 0L, 0L}},
    {"hourly employee beats time", {1, 1, 1, 1, 2000L, 0, 0x08u}, {-1, 0, 0}, -7, {0L, 0L, 0L, 0L, 0L}},
    {"minutes -1", {1, 1, 1, 1, 2000L, 0, 0x00u}, {-1, 0, 0}, -8, {0L, 0L, 0L, 0L, 0L}},
    {"minutes 0", {1, 1, 1, 1, 2000L, 0, 0x00u}, {0, 0, 0}, 0, {0L, 0L, 0L, 0L, 0L}},
    {"minutes 24000", {1, 1, 1, 1, 2000L, 0, 0x00u}, {24000, 0, 0}, 0, {920000L, 217000L, 107900L, 0L, 595100L}},
    {"minutes 24001", {1, 1, 1, 1, 2000L, 0, 0x00u}, {24001, 0, 0}, -8, {0L, 0L, 0L, 0L, 0L}},
    {"night -1", {1, 1, 1, 1, 2000L, 0, 0x00u}, {600, -1, 0}, -8, {0L, 0L, 0L, 0L, 0L}},
    {"holiday -1", {1, 1, 1, 1, 2000L, 0, 0x00u}, {600, 0, -1}, -8, {0L, 0L, 0L, 0L, 0L}},
    {"night and holiday fill the month", {1, 1, 1, 1, 2000L, 0, 0x00u}, {600, 400, 200}, 0, {30000L, 0L, 4980L, 0L, 25020L}},
    {"night and holiday exceed", {1, 1, 1, 1, 2000L, 0, 0x00u}, {600, 401, 200}, -8, {0L, 0L, 0L, 0L, 0L}},
    {"night only, all", {1, 1, 1, 1, 2000L, 0, 0x00u}, {600, 600, 0}, 0, {25000L, 0L, 4150L, 0L, 20850L}},
    {"night over", {1, 1, 1, 1, 2000L, 0, 0x00u}, {600, 601, 0}, -8, {0L, 0L, 0L, 0L, 0L}},
    {"holiday only, all", {1, 1, 1, 1, 2000L, 0, 0x00u}, {600, 0, 600}, 0, {40000L, 0L, 6640L, 0L, 33360L}},
    {"holiday over", {1, 1, 1, 1, 2000L, 0, 0x00u}, {600, 0, 601}, -8, {0L, 0L, 0L, 0L, 0L}},
    {"9599 minutes", {1, 1, 1, 1, 1234L, 0, 0x00u}, {9599, 0, 0}, 0, {197419L, 9742L, 32772L, 0L, 154905L}},
    {"9600 minutes", {1, 1, 1, 1, 1234L, 0, 0x00u}, {9600, 0, 0}, 0, {197440L, 9744L, 32775L, 0L, 154921L}},
    {"9601 minutes", {1, 1, 1, 1, 1234L, 0, 0x00u}, {9601, 0, 0}, 0, {197466L, 9747L, 32779L, 0L, 154940L}},
    {"9660 minutes", {1, 1, 1, 1, 1234L, 0, 0x00u}, {9660, 0, 0}, 0, {198983L, 9898L, 33031L, 0L, 156054L}},
    {"apprentice 9660 minutes", {1, 1, 1, 1, 1234L, 0, 0x04u}, {9660, 0, 0}, 0, {198674L, 9867L, 14503L, 0L, 174304L}},
    {"apprentice 9601 minutes", {1, 1, 1, 1, 1237L, 0, 0x04u}, {9601, 0, 0}, 0, {197941L, 9794L, 14450L, 0L, 173697L}},
    {"overtime rounding", {1, 1, 1, 1, 7L, 0, 0x00u}, {9601, 0, 0}, 0, {1120L, 0L, 186L, 0L, 934L}},
    {"overtime rounding 2", {1, 1, 1, 1, 23L, 0, 0x00u}, {9603, 0, 0}, 0, {3681L, 0L, 611L, 0L, 3070L}},
    {"1 minute at 30", {1, 1, 1, 1, 30L, 0, 0x00u}, {1, 0, 0}, 0, {1L, 0L, 0L, 0L, 1L}},
    {"1 minute at 29", {1, 1, 1, 1, 29L, 0, 0x00u}, {1, 0, 0}, 0, {0L, 0L, 0L, 0L, 0L}},
    {"night premium", {1, 1, 1, 1, 100L, 0, 0x00u}, {600, 120, 0}, 0, {1050L, 0L, 175L, 0L, 875L}},
    {"apprentice night premium", {1, 1, 1, 1, 100L, 0, 0x04u}, {600, 120, 0}, 0, {1025L, 0L, 75L, 0L, 950L}},
    {"holiday premium", {1, 1, 1, 1, 100L, 0, 0x00u}, {600, 0, 120}, 0, {1200L, 0L, 200L, 0L, 1000L}},
    {"apprentice holiday premium", {1, 1, 1, 1, 100L, 0, 0x04u}, {600, 0, 120}, 0, {1100L, 0L, 80L, 0L, 1020L}},
    {"night rounding", {1, 1, 1, 1, 1L, 0, 0x00u}, {600, 120, 0}, 0, {11L, 0L, 2L, 0L, 9L}},
    {"night rounding 2", {1, 1, 1, 1, 1L, 0, 0x00u}, {600, 121, 0}, 0, {11L, 0L, 2L, 0L, 9L}},
    {"holiday rounding", {1, 1, 1, 1, 1L, 0, 0x00u}, {600, 0, 30}, 0, {11L, 0L, 2L, 0L, 9L}},
    {"holiday rounding 2", {1, 1, 1, 1, 1L, 0, 0x00u}, {600, 0, 29}, 0, {10L, 0L, 2L, 0L, 8L}},
    {"apprentice night rounding", {1, 1, 1, 1, 1L, 0, 0x04u}, {600, 240, 0}, 0, {11L, 0L, 1L, 0L, 10L}},
    {"apprentice night rounding 2", {1, 1, 1, 1, 1L, 0, 0x04u}, {600, 239, 0}, 0, {10L, 0L, 1L, 0L, 9L}},
    {"apprentice holiday rounding", {1, 1, 1, 1, 1L, 0, 0x04u}, {600, 0, 60}, 0, {11L, 0L, 1L, 0L, 10L}},
    {"apprentice holiday rounding 2", {1, 1, 1, 1, 1L, 0, 0x04u}, {600, 0, 59}, 0, {10L, 0L, 1L, 0L, 9L}},
    {"everything", {1, 1, 2, 2, 3517L, 1, 0x02u}, {11234, 2100, 900}, 0, {765974L, 144367L, 107900L, 3000L, 510707L}},
    {"apprentice everything", {1, 1, 3, 2, 1517L, 3, 0x06u}, {12000, 3000, 1500}, 0, {331844L, 722L, 24225L, 3000L, 303897L}},
    {"maximum", {1, 1, 1, 1, 10000000L, 0, 0x02u}, {24000, 12000, 12000}, 0, {7100000000L, 2484895000L, 107900L, 3000L, 4614994100L}},
    {"hourly tax boundary", {1, 1, 1, 1, 100005L, 0, 0x00u}, {60, 0, 0}, 0, {100005L, 1L, 16600L, 0L, 83404L}},
    {"hourly ceiling", {1, 1, 1, 1, 650001L, 0, 0x00u}, {60, 0, 0}, 0, {650001L, 122500L, 107900L, 0L, 419601L}},
    {"hourly union min", {1, 1, 1, 1, 49949L, 0, 0x02u}, {60, 0, 0}, 0, {49949L, 0L, 8291L, 500L, 41158L}},
    {"hourly union max", {1, 1, 1, 1, 300050L, 0, 0x02u}, {60, 0, 0}, 0, {300050L, 30010L, 49809L, 3000L, 217231L}},
    {"hourly opted out", {1, 1, 1, 1, 123457L, 0, 0x01u}, {60, 0, 0}, 0, {123457L, 2346L, 9012L, 0L, 112099L}},
    {"hourly class 2 children", {1, 1, 2, 1, 200015L, 2, 0x00u}, {60, 0, 0}, 0, {200015L, 2L, 33202L, 0L, 166811L}},
};

static int checks;
static int failures;

static void expect(const char *label, long got, long want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %ld, want %ld\n", label, got, want);
    }
}

static void check_slip(const char *label, int rc, int want_rc, const struct payslip *got, const struct payslip *want)
{
    static const struct payslip SENTINEL = {-11, -22, -33, -44, -55};

    expect(label, rc, want_rc);
    if (want_rc != PAY_OK) {
        expect(label, memcmp(got, &SENTINEL, sizeof *got) == 0, 1);
        return;
    }
    expect(label, got->gross, want->gross);
    expect(label, got->tax, want->tax);
    expect(label, got->social, want->social);
    expect(label, got->union_dues, want->union_dues);
    expect(label, got->net, want->net);
}

static void test_salaried(void)
{
    size_t i;

    for (i = 0; i < sizeof SALARIED / sizeof SALARIED[0]; i++) {
        const struct salaried_case *c = &SALARIED[i];
        struct payslip slip = {-11, -22, -33, -44, -55};
        int rc = pay_salaried(&c->e, c->days_worked, c->days_in_month, c->bonus, &slip);

        check_slip(c->label, rc, c->rc, &slip, &c->want);
    }
}

static void test_hourly(void)
{
    size_t i;

    for (i = 0; i < sizeof HOURLY / sizeof HOURLY[0]; i++) {
        const struct hourly_case *c = &HOURLY[i];
        struct payslip slip = {-11, -22, -33, -44, -55};
        int rc = pay_hourly(&c->e, &c->t, &slip);

        check_slip(c->label, rc, c->rc, &slip, &c->want);
    }
}

static void test_null_arguments(void)
{
    struct employee hourly = {7, EMP_HOURLY, 1, REGION_NORTH, 2000, 0, 0};
    struct employee salaried = {8, EMP_SALARIED, 1, REGION_NORTH, 300000, 0, 0};
    struct employee wrong = {9, EMP_CONTRACTOR, 0, 0, 0, 0, 0};
    struct timesheet t = {600, 0, 0};
    struct payslip slip;

    expect("hourly NULL employee", pay_hourly(NULL, &t, &slip), PAY_ERR_ARG);
    expect("hourly NULL timesheet", pay_hourly(&hourly, NULL, &slip), PAY_ERR_ARG);
    expect("hourly NULL payslip", pay_hourly(&hourly, &t, NULL), PAY_ERR_ARG);
    expect("hourly NULL beats kind", pay_hourly(&wrong, NULL, &slip), PAY_ERR_ARG);
    expect("hourly valid", pay_hourly(&hourly, &t, &slip), PAY_OK);
    expect("salaried NULL employee", pay_salaried(NULL, 30, 30, 0, &slip), PAY_ERR_ARG);
    expect("salaried NULL payslip", pay_salaried(&salaried, 30, 30, 0, NULL), PAY_ERR_ARG);
    expect("salaried NULL beats kind", pay_salaried(&wrong, 30, 30, 0, NULL), PAY_ERR_ARG);
    expect("salaried valid", pay_salaried(&salaried, 30, 30, 0, &slip), PAY_OK);
}

int main(void)
{
    test_salaried();
    test_hourly();
    test_null_arguments();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
