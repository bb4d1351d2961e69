/* order_types.h - shared types of the order workflow (states, events, roles, the order). */
#ifndef ORDER_TYPES_H
#define ORDER_TYPES_H

enum order_state {
    ST_NEW = 0,
    ST_PAID,
    ST_PACKED,
    ST_SHIPPED,
    ST_DELIVERED,
    ST_CANCELLED,
    ST_RETURNED,
    ST_REFUNDED,
    ST_COUNT
};

enum order_event { EV_PAY = 0, EV_PACK, EV_SHIP, EV_DELIVER, EV_CANCEL, EV_RETURN, EV_REFUND, EV_COUNT };

enum order_role { ROLE_CUSTOMER = 0, ROLE_CLERK, ROLE_MANAGER, ROLE_SYSTEM, ROLE_COUNT };

#define ORDER_FLAG_EXPRESS 0x01u       /* express shipping */
#define ORDER_FLAG_INTERNATIONAL 0x02u /* shipped abroad */
#define ORDER_FLAG_GIFT 0x04u          /* gift-wrapped; returns need a manager */

#define ORDER_HISTORY_MAX 8
#define ORDER_NOTICE_MAX 64

#define ORD_OK 0
#define ORD_ERR_NULL (-1)       /* no order or no buffer */
#define ORD_ERR_EVENT (-2)      /* unknown state, event or role */
#define ORD_ERR_TRANSITION (-3) /* the event is not allowed in the order's state */
#define ORD_ERR_ROLE (-4)       /* the role may not trigger this event here */
#define ORD_ERR_AMOUNT (-5)     /* wrong payment or refund amount */
#define ORD_ERR_HISTORY (-6)    /* the history is full */
#define ORD_ERR_BUFFER (-7)     /* the notice does not fit the buffer */

struct order {
    int state;                        /* enum order_state */
    unsigned flags;                   /* ORDER_FLAG_* */
    long total_cents;                 /* price of the goods */
    long paid_cents;
    long fees_cents;                  /* fees charged by events so far */
    long refunded_cents;
    int history_len;
    int history[ORDER_HISTORY_MAX];   /* states left, oldest first */
    char notice[ORDER_NOTICE_MAX];    /* notice of the last transition ("" if none) */
};

#endif
