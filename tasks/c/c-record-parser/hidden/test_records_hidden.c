/* Hidden behaviour tests for parse_customer, parse_invoice and parse_payment.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Kinds, field counts, line endings, trimming, every length limit, country/currency/method
 * codes, the amount grammar and range, calendar dates, and which error wins when several apply.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "records.h"

struct customer_case {
    const char *line;
    int status;
    const char *id;
    const char *name;
    const char *country;
    long credit;
};

struct invoice_case {
    const char *line;
    int status;
    const char *id;
    const char *customer_id;
    struct rec_date date;
    long amount;
    int currency;
};

struct payment_case {
    const char *line;
    int status;
    const char *invoice_id;
    struct rec_date date;
    long amount;
    const char *method;
};

static const struct customer_case CUSTOMERS[] = {
    {"", REC_ERR_KIND, "", "", "", 0},
    {"C", REC_ERR_KIND, "", "", "", 0},
    {"C|", REC_ERR_FIELDS, "", "", "", 0},
    {"c|CU-1|Acme|DE|1", REC_ERR_KIND, "", "", "", 0},
    {" C|CU-1|Acme|DE|1", REC_ERR_KIND, "", "", "", 0},
    {"I|CU-1|Acme|DE|1", REC_ERR_KIND, "", "", "", 0},
    {"C |CU-1|Acme|DE|1", REC_ERR_KIND, "", "", "", 0},
    {"C|CU-1|Acme|DE", REC_ERR_FIELDS, "", "", "", 0},
    {"C|CU-1|Acme|DE|1|", REC_ERR_FIELDS, "", "", "", 0},
    {"C|CU-1|Acme|DE|1|2", REC_ERR_FIELDS, "", "", "", 0},
    {"C||||", REC_ERR_LENGTH, "", "", "", 0},
    {"X|CU-1|Acme", REC_ERR_KIND, "", "", "", 0},
    {"C||Acme|de|-1", REC_ERR_LENGTH, "", "", "", 0},
    {"C|CU-1||de|-1", REC_ERR_LENGTH, "", "", "", 0},
    {"C|CU-1|Acme|de|-1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|DE|1\n", REC_OK, "CU-1", "Acme", "DE", 100L},
    {"C|CU-1|Acme|DE|1\r\n", REC_OK, "CU-1", "Acme", "DE", 100L},
    {"C|CU-1|Acme|DE|1\r", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|1\n\n", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|1\n\r", REC_ERR_AMOUNT, "", "", "", 0},
    {"C| \tCU-1\t |  Acme  Tools \t| DE |\t 12.5 \t", REC_OK, "CU-1", "Acme  Tools", "DE", 1250L},
    {"C|   |Acme|DE|1", REC_ERR_LENGTH, "", "", "", 0},
    {"C|CU-1|\t|DE|1", REC_ERR_LENGTH, "", "", "", 0},
    {"C|A|B|DE|1", REC_OK, "A", "B", "DE", 100L},
    {"C|ABCDEFGHIJK|Acme|DE|1", REC_OK, "ABCDEFGHIJK", "Acme", "DE", 100L},
    {"C|ABCDEFGHIJKL|Acme|DE|1", REC_ERR_LENGTH, "", "", "", 0},
    {"C|CU-1|NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN|DE|1", REC_OK, "CU-1", "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN", "DE", 100L},
    {"C|CU-1|NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN|DE|1", REC_ERR_LENGTH, "", "", "", 0},
    {"C|CU-1| NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN |DE|1", REC_OK, "CU-1", "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN", "DE", 100L},
    {"C|CU-1|Acme|AZ|1", REC_OK, "CU-1", "Acme", "AZ", 100L},
    {"C|CU-1|Acme|ZA|1", REC_OK, "CU-1", "Acme", "ZA", 100L},
    {"C|CU-1|Acme|de|1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|D|1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|DEU|1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|D1|1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|@E|1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|[E|1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|E@|1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|E[|1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme||1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|D E|1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|DE|0", REC_OK, "CU-1", "Acme", "DE", 0L},
    {"C|CU-1|Acme|DE|-0", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|+0", REC_OK, "CU-1", "Acme", "DE", 0L},
    {"C|CU-1|Acme|DE|+5", REC_OK, "CU-1", "Acme", "DE", 500L},
    {"C|CU-1|Acme|DE|-5", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|12.5", REC_OK, "CU-1", "Acme", "DE", 1250L},
    {"C|CU-1|Acme|DE|12.05", REC_OK, "CU-1", "Acme", "DE", 1205L},
    {"C|CU-1|Acme|DE|12.50", REC_OK, "CU-1", "Acme", "DE", 1250L},
    {"C|CU-1|Acme|DE|0.01", REC_OK, "CU-1", "Acme", "DE", 1L},
    {"C|CU-1|Acme|DE|0.1", REC_OK, "CU-1", "Acme", "DE", 10L},
    {"C|CU-1|Acme|DE|12.", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|.5", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|1.234", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|1.2.3", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|1,5", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|-", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|+", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|5-", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|- 5", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|+-5", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|999999999", REC_OK, "CU-1", "Acme", "DE", 99999999900L},
    {"C|CU-1|Acme|DE|999999999.99", REC_OK, "CU-1", "Acme", "DE", 99999999999L},
    {"C|CU-1|Acme|DE|1000000000", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|000000001", REC_OK, "CU-1", "Acme", "DE", 100L},
    {"C|CU-1|Acme|DE|0000000001", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|12345678901234567890", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|1 000", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|1e3", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|/", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|:", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|09", REC_OK, "CU-1", "Acme", "DE", 900L},
    {"C|CU-1|Acme|DE|19.99", REC_OK, "CU-1", "Acme", "DE", 1999L},
    {"C|CU-1|Acme|  |1", REC_ERR_CODE, "", "", "", 0},
    {"C|CU-1|Acme|DE|   ", REC_ERR_AMOUNT, "", "", "", 0},
    {"C|CU-1|Acme|DE|\t", REC_ERR_AMOUNT, "", "", "", 0},
};

static const struct invoice_case INVOICES[] = {
    {"I|INV-1|CU-1|2024-01-31|10|EUR|", REC_ERR_FIELDS, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|10", REC_ERR_FIELDS, "", "", {0, 0, 0}, 0, 0},
    {"X|INV-1|CU-1|2024-01-31|10|EUR", REC_ERR_KIND, "", "", {0, 0, 0}, 0, 0},
    {"I", REC_ERR_KIND, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1", REC_ERR_FIELDS, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-000000001|CU-1|2024-13-01|x|EUR", REC_ERR_LENGTH, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-13-01|x|XXX", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-12-01|x|XXX", REC_ERR_AMOUNT, "", "", {0, 0, 0}, 0, 0},
    {"I|ABCDEFGHIJK|CU-1|2024-01-31|10|EUR", REC_OK, "ABCDEFGHIJK", "CU-1", {2024, 1, 31}, 1000L, CUR_EUR},
    {"I|ABCDEFGHIJKL|CU-1|2024-01-31|10|EUR", REC_ERR_LENGTH, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|ABCDEFGHIJK|2024-01-31|10|EUR", REC_OK, "INV-1", "ABCDEFGHIJK", {2024, 1, 31}, 1000L, CUR_EUR},
    {"I|INV-1|ABCDEFGHIJKL|2024-01-31|10|EUR", REC_ERR_LENGTH, "", "", {0, 0, 0}, 0, 0},
    {"I||CU-1|2024-01-31|10|EUR", REC_ERR_LENGTH, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1| |2024-01-31|10|EUR", REC_ERR_LENGTH, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|0|EUR", REC_ERR_AMOUNT, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|-0.00|EUR", REC_ERR_AMOUNT, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|0.00|EUR", REC_ERR_AMOUNT, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|-12.50|EUR", REC_OK, "INV-1", "CU-1", {2024, 1, 31}, -1250L, CUR_EUR},
    {"I|INV-1|CU-1|2024-01-31|+7.1|USD", REC_OK, "INV-1", "CU-1", {2024, 1, 31}, 710L, CUR_USD},
    {"I|INV-1|CU-1|2024-01-31|999999999.99|GBP", REC_OK, "INV-1", "CU-1", {2024, 1, 31}, 99999999999L, CUR_GBP},
    {"I|INV-1|CU-1|2024-01-31|-999999999.99|GBP", REC_OK, "INV-1", "CU-1", {2024, 1, 31}, -99999999999L, CUR_GBP},
    {"I|INV-1|CU-1|2024-01-31|0.01|EUR", REC_OK, "INV-1", "CU-1", {2024, 1, 31}, 1L, CUR_EUR},
    {"I|INV-1|CU-1|2024-01-31|1.999|EUR", REC_ERR_AMOUNT, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-02-29|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 2, 29}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-02-29|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-02-28|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 2, 28}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|1900-02-29|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2000-02-29|10|EUR", REC_OK, "INV-1", "CU-1", {2000, 2, 29}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2000-02-30|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-04-30|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 4, 30}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-04-31|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-06-31|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-09-31|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-11-31|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-11-30|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 11, 30}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-12-31|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 12, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-01-31|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 1, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-01-32|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-03-31|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 3, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-05-31|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 5, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-07-31|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 7, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-08-31|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 8, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-10-31|10|EUR", REC_OK, "INV-1", "CU-1", {2024, 10, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-13-01|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-00-10|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-05-00|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|1899-12-31|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|1900-01-01|10|EUR", REC_OK, "INV-1", "CU-1", {1900, 1, 1}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2099-12-31|10|EUR", REC_OK, "INV-1", "CU-1", {2099, 12, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2100-01-01|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024/01/01|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-1-01|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-1x|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|20240101xx|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-011|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|x024-01-01|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-0x-01|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1||10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1| 2024-01-05 |10|EUR", REC_OK, "INV-1", "CU-1", {2024, 1, 5}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-01-0/|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-0:|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024+01+01|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2096-02-29|10|EUR", REC_OK, "INV-1", "CU-1", {2096, 2, 29}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2024-01-31|10|USD", REC_OK, "INV-1", "CU-1", {2024, 1, 31}, 1000L, CUR_USD},
    {"I|INV-1|CU-1|2024-01-31|10|GBP", REC_OK, "INV-1", "CU-1", {2024, 1, 31}, 1000L, CUR_GBP},
    {"I|INV-1|CU-1|2024-01-31|10|eur", REC_ERR_CODE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|10|EURO", REC_ERR_CODE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|10|EU", REC_ERR_CODE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|10|", REC_ERR_CODE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|10| GBP ", REC_OK, "INV-1", "CU-1", {2024, 1, 31}, 1000L, CUR_GBP},
    {"I|INV-1|CU-1|2024-01-31|10|CHF", REC_ERR_CODE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-01-31|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 1, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-01-32|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-02-28|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 2, 28}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-02-29|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-03-31|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 3, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-03-32|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-04-30|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 4, 30}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-04-31|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-05-31|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 5, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-05-32|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-06-30|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 6, 30}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-06-31|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-07-31|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 7, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-07-32|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-08-31|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 8, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-08-32|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-09-30|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 9, 30}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-09-31|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-10-31|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 10, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-10-32|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-11-30|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 11, 30}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-11-31|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2023-12-31|10|EUR", REC_OK, "INV-1", "CU-1", {2023, 12, 31}, 1000L, CUR_EUR},
    {"I|INV-1|CU-1|2023-12-32|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01/01|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024/01-01|10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|          |10|EUR", REC_ERR_DATE, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31| |EUR", REC_ERR_AMOUNT, "", "", {0, 0, 0}, 0, 0},
    {"I|INV-1|CU-1|2024-01-31|10|   ", REC_ERR_CODE, "", "", {0, 0, 0}, 0, 0},
};

static const struct payment_case PAYMENTS[] = {
    {"P|INV-1|2024-01-31|10", REC_ERR_FIELDS, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|10|CARD|x", REC_ERR_FIELDS, "", {0, 0, 0}, 0, ""},
    {"P-INV-1|2024-01-31|10|CARD", REC_ERR_KIND, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-02-30|0|CARD", REC_ERR_DATE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-02-28|0|FOO", REC_ERR_AMOUNT, "", {0, 0, 0}, 0, ""},
    {"P|ABCDEFGHIJK|2024-01-31|10|CARD", REC_OK, "ABCDEFGHIJK", {2024, 1, 31}, 1000L, "CARD"},
    {"P|ABCDEFGHIJKL|2024-01-31|10|CARD", REC_ERR_LENGTH, "", {0, 0, 0}, 0, ""},
    {"P||2024-01-31|10|CARD", REC_ERR_LENGTH, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|0|CARD", REC_ERR_AMOUNT, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|-5|CARD", REC_ERR_AMOUNT, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|-0|CARD", REC_ERR_AMOUNT, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|0.01|CARD", REC_OK, "INV-1", {2024, 1, 31}, 1L, "CARD"},
    {"P|INV-1|2024-01-31|+3.3|CASH", REC_OK, "INV-1", {2024, 1, 31}, 330L, "CASH"},
    {"P|INV-1|2024-01-31|123456789.12|CHEQUE", REC_OK, "INV-1", {2024, 1, 31}, 12345678912L, "CHEQUE"},
    {"P|INV-1|2024-01-31|12345678901234567890123|CARD", REC_ERR_AMOUNT, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-02-29|10|CARD", REC_OK, "INV-1", {2024, 2, 29}, 1000L, "CARD"},
    {"P|INV-1|2100-02-29|10|CARD", REC_ERR_DATE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-06-30|10|CARD", REC_OK, "INV-1", {2024, 6, 30}, 1000L, "CARD"},
    {"P|INV-1|2024-06-31|10|CARD", REC_ERR_DATE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-6-30|10|CARD", REC_ERR_DATE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|10|CARD", REC_OK, "INV-1", {2024, 1, 31}, 1000L, "CARD"},
    {"P|INV-1|2024-01-31|10|SEPA", REC_OK, "INV-1", {2024, 1, 31}, 1000L, "SEPA"},
    {"P|INV-1|2024-01-31|10|CASH", REC_OK, "INV-1", {2024, 1, 31}, 1000L, "CASH"},
    {"P|INV-1|2024-01-31|10|CHEQUE", REC_OK, "INV-1", {2024, 1, 31}, 1000L, "CHEQUE"},
    {"P|INV-1|2024-01-31|10|card", REC_ERR_CODE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|10|CHECK", REC_ERR_CODE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|10|CHEQUES", REC_ERR_CODE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|10|", REC_ERR_CODE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|10|CAR", REC_ERR_CODE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|10|\tCASH ", REC_OK, "INV-1", {2024, 1, 31}, 1000L, "CASH"},
    {"P|INV-1|2024-01-31|10|CARDS", REC_ERR_CODE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-31|10|SEPA1", REC_ERR_CODE, "", {0, 0, 0}, 0, ""},
    {"P|INV-1|2024-01-01 |10|CARD", REC_OK, "INV-1", {2024, 1, 1}, 1000L, "CARD"},
    {"P|INV-1|2024-01-31|10|  ", REC_ERR_CODE, "", {0, 0, 0}, 0, ""},
    {"P|  |2024-01-31|10|CARD", REC_ERR_LENGTH, "", {0, 0, 0}, 0, ""},
};

static int checks;
static int failures;

static void fail(const char *line, const char *what)
{
    failures++;
    fprintf(stderr, "FAIL \"%s\": %s\n", line, what);
}

static void expect_int(const char *line, const char *what, long got, long want)
{
    checks++;
    if (got != want) {
        fprintf(stderr, "  got %ld, want %ld\n", got, want);
        fail(line, what);
    }
}

static void expect_text(const char *line, const char *what, const char *got, size_t size, const char *want)
{
    checks++;
    if (memchr(got, '\0', size) == NULL || strcmp(got, want) != 0) {
        fail(line, what);
    }
}

static void expect_date(const char *line, struct rec_date got, struct rec_date want)
{
    expect_int(line, "year", got.year, want.year);
    expect_int(line, "month", got.month, want.month);
    expect_int(line, "day", got.day, want.day);
}

static void test_customers(void)
{
    size_t i;

    for (i = 0; i < sizeof CUSTOMERS / sizeof CUSTOMERS[0]; i++) {
        const struct customer_case *t = &CUSTOMERS[i];
        struct customer_rec out;

        memset(&out, 'x', sizeof out);
        expect_int(t->line, "status", parse_customer(t->line, &out), t->status);
        if (t->status == REC_OK) {
            expect_text(t->line, "id", out.id, sizeof out.id, t->id);
            expect_text(t->line, "name", out.name, sizeof out.name, t->name);
            expect_text(t->line, "country", out.country, sizeof out.country, t->country);
            expect_int(t->line, "credit limit", out.credit_limit_cents, t->credit);
        }
    }
}

static void test_invoices(void)
{
    size_t i;

    for (i = 0; i < sizeof INVOICES / sizeof INVOICES[0]; i++) {
        const struct invoice_case *t = &INVOICES[i];
        struct invoice_rec out;

        memset(&out, 'x', sizeof out);
        expect_int(t->line, "status", parse_invoice(t->line, &out), t->status);
        if (t->status == REC_OK) {
            expect_text(t->line, "id", out.id, sizeof out.id, t->id);
            expect_text(t->line, "customer id", out.customer_id, sizeof out.customer_id, t->customer_id);
            expect_date(t->line, out.date, t->date);
            expect_int(t->line, "amount", out.amount_cents, t->amount);
            expect_int(t->line, "currency", out.currency, t->currency);
        }
    }
}

static void test_payments(void)
{
    size_t i;

    for (i = 0; i < sizeof PAYMENTS / sizeof PAYMENTS[0]; i++) {
        const struct payment_case *t = &PAYMENTS[i];
        struct payment_rec out;

        memset(&out, 'x', sizeof out);
        expect_int(t->line, "status", parse_payment(t->line, &out), t->status);
        if (t->status == REC_OK) {
            expect_text(t->line, "invoice id", out.invoice_id, sizeof out.invoice_id, t->invoice_id);
            expect_date(t->line, out.date, t->date);
            expect_int(t->line, "amount", out.amount_cents, t->amount);
            expect_text(t->line, "method", out.method, sizeof out.method, t->method);
        }
    }
}

static void test_null_arguments(void)
{
    struct customer_rec c;
    struct invoice_rec inv;
    struct payment_rec pay;

    expect_int("(null)", "customer line", parse_customer(NULL, &c), REC_ERR_NULL);
    expect_int("C|CU-1|Acme|DE|1", "customer out", parse_customer("C|CU-1|Acme|DE|1", NULL), REC_ERR_NULL);
    expect_int("(null)", "invoice line", parse_invoice(NULL, &inv), REC_ERR_NULL);
    expect_int("I|I|C|2024-01-01|1|EUR", "invoice out", parse_invoice("I|I|C|2024-01-01|1|EUR", NULL), REC_ERR_NULL);
    expect_int("(null)", "payment line", parse_payment(NULL, &pay), REC_ERR_NULL);
    expect_int("P|I|2024-01-01|1|CARD", "payment out", parse_payment("P|I|2024-01-01|1|CARD", NULL), REC_ERR_NULL);
    expect_int("(null)", "null before kind", parse_payment(NULL, NULL), REC_ERR_NULL);
}

/* A record in a larger buffer: the parser must stop at the string's end, not the buffer's. */
static void test_embedded_line(void)
{
    char buffer[64];
    struct payment_rec pay;

    memset(buffer, '9', sizeof buffer);
    memcpy(buffer, "P|INV-9|2024-01-31|12.3|CASH\n", 30);
    expect_int(buffer, "embedded status", parse_payment(buffer, &pay), REC_OK);
    expect_int(buffer, "embedded amount", pay.amount_cents, 1230);
    expect_text(buffer, "embedded method", pay.method, sizeof pay.method, "CASH");
}

/* Lines in stack buffers, so that reading before the line's start is a detected overflow. */
static void test_short_lines_on_the_stack(void)
{
    char empty[1] = {'\0'};
    char newline[2] = {'\n', '\0'};
    char crlf[3] = {'\r', '\n', '\0'};
    char kind_only[3] = {'P', '\n', '\0'};
    struct customer_rec c;
    struct invoice_rec inv;
    struct payment_rec pay;

    expect_int("(empty)", "empty customer line", parse_customer(empty, &c), REC_ERR_KIND);
    expect_int("\\n", "newline-only invoice line", parse_invoice(newline, &inv), REC_ERR_KIND);
    expect_int("\\r\\n", "CRLF-only payment line", parse_payment(crlf, &pay), REC_ERR_KIND);
    expect_int("P\\n", "kind letter only", parse_payment(kind_only, &pay), REC_ERR_KIND);
}

int main(void)
{
    test_customers();
    test_invoices();
    test_payments();
    test_null_arguments();
    test_embedded_line();
    test_short_lines_on_the_stack();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
