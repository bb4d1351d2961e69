/* pay_internal.h - rates, limits and helpers shared by the payroll source files (not public). */
#ifndef PAY_INTERNAL_H
#define PAY_INTERNAL_H

#include "payroll.h"

#define PAY_MAX_RATE 10000000L
#define PAY_MAX_CHILDREN 12

/* Monthly tax-free allowance by tax class, and per child (tax classes 2 and 3 only). */
#define PAY_ALLOWANCE_CLASS1 100000L
#define PAY_ALLOWANCE_CLASS2 150000L
#define PAY_ALLOWANCE_CLASS3 250000L
#define PAY_ALLOWANCE_CHILD 25000L

/* Income tax bands: 10 % up to 1,000.00, 20 % up to 4,000.00, 35 % above. */
#define PAY_BAND1 100000L
#define PAY_BAND2 400000L

/* Contributions, in tenths of a percent, on the gross up to the ceiling. */
#define PAY_SOCIAL_CEILING 650000L
#define PAY_PENSION_PERMILLE 93L
#define PAY_HEALTH_PERMILLE 73L

#define PAY_UNION_MIN 500L
#define PAY_UNION_MAX 3000L

/* amount * permille / 1000, rounded half up (amount >= 0). */
long pay_permille(long amount, long permille);

/* The checks every employee record must pass, in the order of the PAY_ERR_* codes:
 * PAY_OK or the first failure (kind, tax class, region, rate, children, flags). */
int pay_check_employee(const struct employee *e, int kind);

/* Income tax on a monthly gross, after the allowances, with the regional surcharge. */
long pay_income_tax(const struct employee *e, long gross);

/* Pension (unless opted out or an apprentice) and health contributions. */
long pay_social_contributions(const struct employee *e, long gross);

/* Union dues of members: 1 % of the gross, within PAY_UNION_MIN .. PAY_UNION_MAX; else 0. */
long pay_union_dues(const struct employee *e, long gross);

/* Fills a payslip with the deductions of a gross amount. */
void pay_fill_slip(const struct employee *e, long gross, struct payslip *slip);

#endif
