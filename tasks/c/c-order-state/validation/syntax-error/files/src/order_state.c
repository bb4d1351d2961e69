/* order_state.c - the order workflow as a transition table.
 *
 * Each allowed (state, event) pair is one row: the next state, the roles that may trigger it
 * (gift orders have their own), how the amount is checked and how the money moves.
 */
#include <stddef.h>

#include "order_fees.h"
#include "order_notify.h"
#include "order_types.h"

#define ROLE_BIT(role) (1u << (role))
#define CUSTOMER ROLE_BIT(ROLE_CUSTOMER)
#define CLERK ROLE_BIT(ROLE_CLERK)
#define MANAGER ROLE_BIT(ROLE_MANAGER)
#define SYSTEM ROLE_BIT(ROLE_SYSTEM)

struct transition {
    int from;
    int event;
    int to;
    unsigned roles;      /* roles that may trigger it */
    unsigned gift_roles; /* roles that may trigger it on a gift order */
    int (*amount_ok)(const struct order *o, long amount_cents);
    void (*settle)(struct order *o, long amount_cents);
};

static int no_amount(const struct order *o, long amount_cents)
{
    (void)o;
    return amount_cents == 0
}

static int pays_total(const struct order *o, long amount_cents)
{
    return amount_cents == o->total_cents;
}

static int refundable(const struct order *o, long amount_cents)
{
    return amount_cents > 0 && amount_cents <= o->paid_cents - o->refunded_cents;
}

static void settle_nothing(struct order *o, long amount_cents)
{
    (void)o;
    (void)amount_cents;
}

static void settle_payment(struct order *o, long amount_cents)
{
    o->paid_cents = amount_cents;
}

/* Cancelling a paid order refunds the payment. */
static void settle_cancellation(struct order *o, long amount_cents)
{
    (void)amount_cents;
    if (o->state != ST_NEW) {
        o->refunded_cents = o->paid_cents;
    }
}

static void settle_refund(struct order *o, long amount_cents)
{
    o->refunded_cents += amount_cents;
}

static const struct transition TRANSITIONS[] = {
    {ST_NEW, EV_PAY, ST_PAID, CUSTOMER | SYSTEM, CUSTOMER | SYSTEM, pays_total, settle_payment},
    {ST_NEW, EV_CANCEL, ST_CANCELLED, CUSTOMER | CLERK | MANAGER, CUSTOMER | CLERK | MANAGER, no_amount,
     settle_cancellation},
    {ST_PAID, EV_PACK, ST_PACKED, CLERK | MANAGER, CLERK | MANAGER, no_amount, settle_nothing},
    {ST_PAID, EV_CANCEL, ST_CANCELLED, CUSTOMER | MANAGER, CUSTOMER | MANAGER, no_amount, settle_cancellation},
    {ST_PACKED, EV_SHIP, ST_SHIPPED, CLERK | SYSTEM, CLERK | SYSTEM, no_amount, settle_nothing},
    {ST_SHIPPED, EV_DELIVER, ST_DELIVERED, SYSTEM, SYSTEM, no_amount, settle_nothing},
    {ST_DELIVERED, EV_RETURN, ST_RETURNED, CUSTOMER | MANAGER, MANAGER, no_amount, settle_nothing},
    {ST_RETURNED, EV_REFUND, ST_REFUNDED, MANAGER | SYSTEM, MANAGER | SYSTEM, refundable, settle_refund},
};

static const struct transition *find_transition(int state, int event)
{
    size_t i;

    for (i = 0; i < sizeof TRANSITIONS / sizeof TRANSITIONS[0]; i++) {
        if (TRANSITIONS[i].from == state && TRANSITIONS[i].event == event) {
            return &TRANSITIONS[i];
        }
    }
    return NULL;
}

static int may_trigger(const struct transition *t, const struct order *o, int role)
{
    unsigned roles = (o->flags & ORDER_FLAG_GIFT) ? t->gift_roles : t->roles;

    return (roles & ROLE_BIT(role)) != 0;
}

/* Moves the money, charges the fee, records the history and writes the notice. */
static void commit(struct order *o, const struct transition *t, int role, long amount_cents)
{
    long fee = order_event_fee(o, t->event, o->flags);

    t->settle(o, amount_cents);
    o->fees_cents += fee;
    o->history[o->history_len++] = o->state;
    if (order_notice(o->state, t->to, role, o->notice, sizeof o->notice) < 0) {
        o->notice[0] = '\0';
    }
    o->state = t->to;
}

int order_apply(struct order *o, int event, int role, long amount_cents)
{
    const struct transition *t;

    if (o == NULL) {
        return ORD_ERR_NULL;
    }
    if (event < 0 || event >= EV_COUNT || role < 0 || role >= ROLE_COUNT) {
        return ORD_ERR_EVENT;
    }
    t = find_transition(o->state, event);
    if (t == NULL) {
        return ORD_ERR_TRANSITION;
    }
    if (!may_trigger(t, o, role)) {
        return ORD_ERR_ROLE;
    }
    if (!t->amount_ok(o, amount_cents)) {
        return ORD_ERR_AMOUNT;
    }
    if (o->history_len >= ORDER_HISTORY_MAX) {
        return ORD_ERR_HISTORY;
    }
    commit(o, t, role, amount_cents);
    return ORD_OK;
}

const char *order_state_name(int state)
{
    switch (state) {
    case ST_NEW:
        return "NEW";
    case ST_PAID:
        return "PAID";
    case ST_PACKED:
        return "PACKED";
    case ST_SHIPPED:
        return "SHIPPED";
    case ST_DELIVERED:
        return "DELIVERED";
    case ST_CANCELLED:
        return "CANCELLED";
    case ST_RETURNED:
        return "RETURNED";
    case ST_REFUNDED:
        return "REFUNDED";
    default:
        return "?";
    }
}
