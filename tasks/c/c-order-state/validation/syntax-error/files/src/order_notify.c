/* order_notify.c - the notice sent to the customer when an order changes state: a table of
 * (from, to, role) -> text, where the first matching row wins and ANY_ROLE matches every role. */
#include <stddef.h>
#include <string.h>

#include "order_types.h"

#define ANY_ROLE (-1)

struct notice {
    int from;
    int to;
    int role;
    const char *text;
};

static const struct notice NOTICES[] = {
    {ST_NEW, ST_CANCELLED, ROLE_MANAGER, "Order cancelled by a manager"},
    {ST_NEW, ST_CANCELLED, ANY_ROLE, "Order cancelled"},
    {ST_PAID, ST_CANCELLED, ROLE_MANAGER, "Order cancelled by a manager, refund issued"},
    {ST_PAID, ST_CANCELLED, ANY_ROLE, "Order cancelled, refund issued"},
    {ST_NEW, ST_PAID, ROLE_SYSTEM, "Payment received (automatic)"},
    {ST_NEW, ST_PAID, ANY_ROLE, "Payment received"},
    {ST_PAID, ST_PACKED, ANY_ROLE, "Order packed"},
    {ST_PACKED, ST_SHIPPED, ROLE_SYSTEM, "Order shipped by carrier pickup"},
    {ST_PACKED, ST_SHIPPED, ANY_ROLE, "Order shipped"},
    {ST_SHIPPED, ST_DELIVERED, ANY_ROLE, "Order delivered"},
    {ST_DELIVERED, ST_RETURNED, ROLE_MANAGER, "Return accepted by a manager"},
    {ST_DELIVERED, ST_RETURNED, ANY_ROLE, "Return received"},
    {ST_RETURNED, ST_REFUNDED, ANY_ROLE, "Refund sent"},
};

static int in_range(int value, int count)
{
    return value >= 0 && value < count;
}

static const char *notice_text(int from, int to, int role)
{
    size_t i;

    for (i = 0; i < sizeof NOTICES / sizeof NOTICES[0]; i++) {
        const struct notice *n = &NOTICES[i];

        if (n->from == from && n->to == to && (n->role == ANY_ROLE || n->role == role)) {
            return n->text;
        }
    }
    return "";
}

int order_notice(int from, int to, int role, char *buf, size_t size)
{
    const char *text;
    size_t len;

    if (buf == NULL || size == 0) {
        return ORD_ERR_NULL;
    }
    buf[0] = '\0';
    if (!in_range(from, ST_COUNT) || !in_range(to, ST_COUNT) || !in_range(role, ROLE_COUNT)) {
        return ORD_ERR_EVENT;
    }
    text = notice_text(from, to, role);
    len = strlen(text);
    if (len + 1 > size) {
        return ORD_ERR_BUFFER;
    }
    memcpy(buf, text, len + 1);
    return (int)len;
}
