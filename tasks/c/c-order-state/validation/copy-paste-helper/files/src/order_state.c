/* order_state.c - the order workflow.
 *
 * Legacy module: the rules of each state were added as the business asked for them.
 * Callers include order_state.h; this file needs the shared types, the fees and the notices.
 */
#include <stddef.h>

#include "order_fees.h"
#include "order_notify.h"
#include "order_types.h"

static int role_is(int role, int first, int second)
{
    return role == first || role == second;
}

/* Moves the money, charges the fee, records the history and writes the notice. */
static void commit(struct order *o, int event, int role, long amount_cents, int next)
{
    long fee = order_event_fee(o, event, o->flags);

    if (event == EV_PAY) {
        o->paid_cents = amount_cents;
    } else if (event == EV_REFUND) {
        o->refunded_cents = o->refunded_cents + amount_cents;
    } else if (event == EV_CANCEL && o->state != ST_NEW) {
        o->refunded_cents = o->paid_cents;
    }
    o->fees_cents = o->fees_cents + fee;
    o->history[o->history_len] = o->state;
    o->history_len++;
    if (order_notice(o->state, next, role, o->notice, sizeof o->notice) < 0) {
        o->notice[0] = '\0';
    }
    o->state = next;
}

/* The state the event leads to, or a negative ORD_ERR_* code. */
static int next_state(const struct order *o, int event, int role, long amount_cents)
{
    int next;

    switch (o->state) {
    case ST_NEW:
        if (event == EV_PAY) {
            if (!role_is(role, ROLE_CUSTOMER, ROLE_SYSTEM)) {
                return ORD_ERR_ROLE;
            }
            next = ST_PAID;
        } else if (event == EV_CANCEL) {
            if (role == ROLE_SYSTEM) {
                return ORD_ERR_ROLE;
            }
            next = ST_CANCELLED;
        } else {
            return ORD_ERR_TRANSITION;
        }
        break;
    case ST_PAID:
        if (event == EV_PACK) {
            if (!role_is(role, ROLE_CLERK, ROLE_MANAGER)) {
                return ORD_ERR_ROLE;
            }
            next = ST_PACKED;
        } else if (event == EV_CANCEL) {
            if (!role_is(role, ROLE_CUSTOMER, ROLE_MANAGER)) {
                return ORD_ERR_ROLE;
            }
            next = ST_CANCELLED;
        } else {
            return ORD_ERR_TRANSITION;
        }
        break;
    case ST_PACKED:
        if (event != EV_SHIP) {
            return ORD_ERR_TRANSITION; /* packed orders can no longer be cancelled */
        }
        if (!role_is(role, ROLE_CLERK, ROLE_SYSTEM)) {
            return ORD_ERR_ROLE;
        }
        next = ST_SHIPPED;
        break;
    case ST_SHIPPED:
        if (event != EV_DELIVER) {
            return ORD_ERR_TRANSITION;
        }
        if (role != ROLE_SYSTEM) {
            return ORD_ERR_ROLE;
        }
        next = ST_DELIVERED;
        break;
    case ST_DELIVERED:
        if (event != EV_RETURN) {
            return ORD_ERR_TRANSITION;
        }
        if (role != ROLE_MANAGER && (role != ROLE_CUSTOMER || (o->flags & ORDER_FLAG_GIFT))) {
            return ORD_ERR_ROLE; /* gift orders are returned through a manager */
        }
        next = ST_RETURNED;
        break;
    case ST_RETURNED:
        if (event != EV_REFUND) {
            return ORD_ERR_TRANSITION;
        }
        if (!role_is(role, ROLE_MANAGER, ROLE_SYSTEM)) {
            return ORD_ERR_ROLE;
        }
        if (amount_cents <= 0 || amount_cents > o->paid_cents - o->refunded_cents) {
            return ORD_ERR_AMOUNT;
        }
        next = ST_REFUNDED;
        break;
    default:
        return ORD_ERR_TRANSITION; /* cancelled and refunded orders are final */
    }
    if (event == EV_PAY && amount_cents != o->total_cents) {
        return ORD_ERR_AMOUNT;
    }
    if (amount_cents != 0 && event != EV_PAY && event != EV_REFUND) {
        return ORD_ERR_AMOUNT;
    }
    return next;
}

int order_apply(struct order *o, int event, int role, long amount_cents)
{
    int next;

    if (o == NULL) {
        return ORD_ERR_NULL;
    }
    if (event < 0 || event >= EV_COUNT || role < 0 || role >= ROLE_COUNT) {
        return ORD_ERR_EVENT;
    }
    next = next_state(o, event, role, amount_cents);
    if (next < 0) {
        return next;
    }
    if (o->history_len >= ORDER_HISTORY_MAX) {
        return ORD_ERR_HISTORY;
    }
    commit(o, event, role, amount_cents, next);
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
