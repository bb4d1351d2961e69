/* payroll.h - public interface of the monthly payroll run. Money in euro cents. */
#ifndef PAYROLL_H
#define PAYROLL_H

enum employee_kind {
    EMP_HOURLY = 1,
    EMP_SALARIED = 2,
    EMP_CONTRACTOR = 3 /* paid through accounts payable, not the payroll */
};

enum region {
    REGION_NORTH = 1,
    REGION_SOUTH = 2 /* solidarity surcharge of 5.5 % on the income tax */
};

#define EMPF_PENSION_OPT_OUT 0x01u /* no pension contribution */
#define EMPF_UNION 0x02u           /* union dues of 1 %, 5.00 .. 30.00 */
#define EMPF_APPRENTICE 0x04u      /* no pension contribution, health contribution only */
#define EMPF_ALL 0x07u

#define PAY_OK 0
#define PAY_ERR_ARG (-1)       /* NULL argument */
#define PAY_ERR_KIND (-2)      /* wrong function for the employee's kind */
#define PAY_ERR_TAX_CLASS (-3) /* tax class not 1..3 */
#define PAY_ERR_REGION (-4)
#define PAY_ERR_RATE (-5)     /* rate not 1 .. 10000000 */
#define PAY_ERR_CHILDREN (-6) /* children not 0..12 */
#define PAY_ERR_FLAGS (-7)
#define PAY_ERR_TIME (-8)   /* hours or days out of range */
#define PAY_ERR_AMOUNT (-9) /* negative bonus */

struct employee {
    int id;
    int kind;
    int tax_class;
    int region;
    long rate_cents; /* per hour (hourly) or per month (salaried) */
    int children;
    unsigned flags;
};

struct timesheet {
    int minutes;         /* worked this month, 0 .. 24000 */
    int night_minutes;   /* of which at night */
    int holiday_minutes; /* of which on public holidays */
};

struct payslip {
    long gross;
    long tax;    /* income tax with the regional surcharge */
    long social; /* pension and health contributions */
    long union_dues;
    long net;
};

/* Each returns PAY_OK and fills *slip, or a PAY_ERR_* code (checked in the order they are
 * listed above) leaving *slip untouched. */
int pay_hourly(const struct employee *e, const struct timesheet *t, struct payslip *slip);
int pay_salaried(const struct employee *e, int days_worked, int days_in_month, long bonus_cents,
                 struct payslip *slip);

#endif
