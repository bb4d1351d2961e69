/* roster_types.h - employees, shifts and the codes of the shift roster. */
#ifndef ROSTER_TYPES_H
#define ROSTER_TYPES_H

#define ROSTER_MAX_HISTORY 14
#define ROSTER_DAY_MINUTES 1440
#define ROSTER_MAX_SHIFT 720 /* 12 hours */

enum roster_role { ROLE_CASHIER = 0, ROLE_STOCK, ROLE_SUPERVISOR, ROLE_COUNT };

#define EMP_FLAG_MINOR 0x01u     /* under 18: at most 8 h a shift, no night work, 12 h rest */
#define EMP_FLAG_FORKLIFT 0x02u  /* certified forklift driver */
#define EMP_FLAG_PART_TIME 0x04u /* weekly cap 30 h instead of 48 h */

#define SHIFT_FLAG_FORKLIFT 0x01u /* needs a forklift driver */
#define SHIFT_FLAG_HOLIDAY 0x02u  /* public holiday: double pay instead of the weekend premium */
#define SHIFT_FLAG_ONCALL 0x04u   /* on call: a flat allowance on top */

#define ROSTER_OK 0
#define ROSTER_ERR_NULL (-1)          /* no employee or shift, or no history while n > 0 */
#define ROSTER_ERR_TIME (-2)          /* bad day, times off the quarter hour, 0 or > 12 h long */
#define ROSTER_ERR_ROLE (-3)          /* unknown role, or one the employee may not work */
#define ROSTER_ERR_QUALIFICATION (-4) /* a forklift shift for someone not certified */
#define ROSTER_ERR_MINOR (-5)         /* too long, or at night, for a minor */
#define ROSTER_ERR_HISTORY (-6)       /* n outside 0..ROSTER_MAX_HISTORY, or a bad shift in it */
#define ROSTER_ERR_REST (-7)          /* overlaps a worked shift, or too little rest between */
#define ROSTER_ERR_HOURS (-8)         /* over the weekly cap */
#define ROSTER_ERR_PAY (-9)           /* no hourly rate, or negative minutes before */

struct employee {
    int role;           /* enum roster_role; supervisors may work every role */
    unsigned flags;     /* EMP_FLAG_* */
    long hourly_cents;  /* > 0 */
};

/* A shift starts on `day` (0 = a Monday, 5 and 6 are the weekend, weeks are day / 7) at
 * start_min minutes after midnight and ends at end_min; an end at or before the start is on
 * the next day. Both are multiples of 15 in 0..1425. */
struct shift {
    int day;
    int start_min;
    int end_min;
    int role;        /* enum roster_role */
    unsigned flags;  /* SHIFT_FLAG_* */
};

#endif
