/* order_notify.c - the notice sent to the customer when an order changes state.
 *
 * Legacy module: texts were added next to each other as the workflow grew.
 */
#include <stddef.h>
#include <string.h>

#include "order_types.h"

int order_notice(int from, int to, int role, char *buf, size_t size)
{
    const char *text = "";
    size_t len;

    if (buf == NULL || size == 0) {
        return ORD_ERR_NULL;
    }
    buf[0] = '\0';
    if (from < 0 || from >= ST_COUNT || to < 0 || to >= ST_COUNT || role < 0 || role >= ROLE_COUNT) {
        return ORD_ERR_EVENT;
    }
    if (to == ST_CANCELLED) {
        if (from == ST_NEW) {
            if (role == ROLE_MANAGER) {
                text = "Order cancelled by a manager";
            } else {
                text = "Order cancelled";
            }
        } else if (from == ST_PAID) {
            if (role == ROLE_MANAGER) {
                text = "Order cancelled by a manager, refund issued";
            } else {
                text = "Order cancelled, refund issued";
            }
        }
    } else if (from == ST_NEW && to == ST_PAID) {
        if (role == ROLE_SYSTEM) {
            text = "Payment received (automatic)";
        } else {
            text = "Payment received";
        }
    } else if (from == ST_PAID && to == ST_PACKED) {
        text = "Order packed";
    } else if (from == ST_PACKED && to == ST_SHIPPED) {
        if (role == ROLE_SYSTEM) {
            text = "Order shipped by carrier pickup";
        } else {
            text = "Order shipped";
        }
    } else if (from == ST_SHIPPED && to == ST_DELIVERED) {
        text = "Order delivered";
    } else if (from == ST_DELIVERED && to == ST_RETURNED) {
        if (role == ROLE_MANAGER) {
            text = "Return accepted by a manager";
        } else {
            text = "Return received";
        }
    } else if (from == ST_RETURNED && to == ST_REFUNDED) {
        text = "Refund sent";
    }
    len = strlen(text);
    if (len + 1 > size) {
        return ORD_ERR_BUFFER;
    }
    memcpy(buf, text, len + 1);
    return (int)len;
}
