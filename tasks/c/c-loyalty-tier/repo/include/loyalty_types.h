/* loyalty_types.h - members, purchases and the yearly tier assessment. */
#ifndef LOYALTY_TYPES_H
#define LOYALTY_TYPES_H

#define LOY_MAX_PURCHASES 64
#define LOY_WINDOW_DAYS 365   /* purchases of the last 365 days count */
#define LOY_WELCOME_DAYS 90   /* purchases in a member's first 90 days earn their base again */
#define LOY_SENIOR_DAYS 1095  /* members of 3 years are protected from dropping more than a tier */

enum loyalty_tier { TIER_NONE = 0, TIER_BRONZE, TIER_SILVER, TIER_GOLD, TIER_PLATINUM };

enum purchase_category { CAT_GROCERY = 0, CAT_FUEL, CAT_ELECTRONICS, CAT_TRAVEL, CAT_COUNT };

#define LOY_FLAG_STAFF 0x01u     /* employees: double grocery points, at least silver */
#define LOY_FLAG_COBRAND 0x02u   /* pays with the co-branded card: +1 point a euro, fuel excepted */
#define LOY_FLAG_SUSPENDED 0x04u /* account frozen: no assessment */

#define LOY_OK 0
#define LOY_ERR_NULL (-1)      /* no member, no result, or no purchases while n > 0 */
#define LOY_ERR_RANGE (-2)     /* n outside 0..LOY_MAX_PURCHASES, today before joining, bad last tier */
#define LOY_ERR_SUSPENDED (-3) /* the account is suspended */
#define LOY_ERR_PURCHASE (-4)  /* a purchase in the future, of no amount, or of no known category */

struct purchase {
    int day;       /* day number, same calendar as `today` */
    long cents;    /* amount paid, > 0 */
    int category;  /* enum purchase_category */
    int returned;  /* non-zero: the goods were returned (no points) */
};

struct member {
    int joined_day;
    int last_tier; /* tier of the previous assessment, enum loyalty_tier */
    unsigned flags;
};

struct tier_result {
    long points;       /* points of the window, welcome bonus included */
    long bonus_points; /* the welcome bonus alone */
    int returns;       /* returned purchases in the window */
    int tier;          /* enum loyalty_tier */
    int protected_tier; /* 1 when the tier was raised by the seniority protection */
};

#endif
