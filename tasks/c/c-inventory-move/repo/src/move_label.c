/* move_label.c - one-line labels of stock movements for the movement journal. */
#include <stdio.h>

#include "inventory.h"

int inv_move_label(const struct move *mv, char *buf, size_t size)
{
    const char *note = "";

    if (mv == NULL || buf == NULL) {
        return INV_ERR_ARG;
    }
    if ((mv->flags & MOVE_FLAG_RUSH) && (mv->flags & MOVE_FLAG_DAMAGED)) {
        note = " (rush, damaged)";
    } else if (mv->flags & MOVE_FLAG_RUSH) {
        note = " (rush)";
    } else if (mv->flags & MOVE_FLAG_DAMAGED) {
        note = " (damaged)";
    }
    switch (mv->type) {
    case MOVE_RECEIVE:
        return snprintf(buf, size, "RECEIVE %ld -> L%d @%ld.%02ld%s", mv->qty, mv->to, mv->unit_price / 100,
                        mv->unit_price % 100, note);
    case MOVE_ISSUE:
        if (mv->flags & MOVE_FLAG_ALLOW_RESERVED) {
            return snprintf(buf, size, "ISSUE %ld <- L%d, reserved allowed%s", mv->qty, mv->from, note);
        }
        return snprintf(buf, size, "ISSUE %ld <- L%d%s", mv->qty, mv->from, note);
    case MOVE_TRANSFER:
        return snprintf(buf, size, "TRANSFER %ld L%d -> L%d%s", mv->qty, mv->from, mv->to, note);
    case MOVE_ADJUST:
        if (mv->qty > 0) {
            return snprintf(buf, size, "ADJUST +%ld @ L%d%s", mv->qty, mv->to, note);
        }
        return snprintf(buf, size, "ADJUST %ld @ L%d%s", mv->qty, mv->to, note);
    case MOVE_RETURN:
        return snprintf(buf, size, "RETURN %ld -> L%d%s", mv->qty, mv->to, note);
    case MOVE_SCRAP:
        return snprintf(buf, size, "SCRAP %ld <- L%d%s", mv->qty, mv->from, note);
    default:
        return INV_ERR_TYPE;
    }
}
