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

#endif
