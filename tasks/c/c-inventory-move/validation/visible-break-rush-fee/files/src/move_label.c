/* move_label.c - one-line labels of stock movements for the movement journal.
 *
 * One label function per move type in LABEL_RULES; each gets the flag note to append.
 */
#include <stdio.h>

#include "inventory.h"

typedef int (*label_rule)(const struct move *mv, const char *note, char *buf, size_t size);

static const char *flag_note(unsigned flags)
{
    static const char *const NOTES[] = {"", " (rush)", " (damaged)", " (rush, damaged)"};

    return NOTES[flags & (MOVE_FLAG_RUSH | MOVE_FLAG_DAMAGED)];
}

static int receive_label(const struct move *mv, const char *note, char *buf, size_t size)
{
    return snprintf(buf, size, "RECEIVE %ld -> L%d @%ld.%02ld%s", mv->qty, mv->to, mv->unit_price / 100,
                    mv->unit_price % 100, note);
}

static int issue_label(const struct move *mv, const char *note, char *buf, size_t size)
{
    const char *reserved = (mv->flags & MOVE_FLAG_ALLOW_RESERVED) ? ", reserved allowed" : "";

    return snprintf(buf, size, "ISSUE %ld <- L%d%s%s", mv->qty, mv->from, reserved, note);
}

static int transfer_label(const struct move *mv, const char *note, char *buf, size_t size)
{
    return snprintf(buf, size, "TRANSFER %ld L%d -> L%d%s", mv->qty, mv->from, mv->to, note);
}

static int adjust_label(const struct move *mv, const char *note, char *buf, size_t size)
{
    return snprintf(buf, size, "ADJUST %s%ld @ L%d%s", mv->qty > 0 ? "+" : "", mv->qty, mv->to, note);
}

static int return_label(const struct move *mv, const char *note, char *buf, size_t size)
{
    return snprintf(buf, size, "RETURN %ld -> L%d%s", mv->qty, mv->to, note);
}

static int scrap_label(const struct move *mv, const char *note, char *buf, size_t size)
{
    return snprintf(buf, size, "SCRAP %ld <- L%d%s", mv->qty, mv->from, note);
}

static const label_rule LABEL_RULES[MOVE_TYPE_COUNT] = {
    [MOVE_RECEIVE] = receive_label, [MOVE_ISSUE] = issue_label,   [MOVE_TRANSFER] = transfer_label,
    [MOVE_ADJUST] = adjust_label,   [MOVE_RETURN] = return_label, [MOVE_SCRAP] = scrap_label,
};

int inv_move_label(const struct move *mv, char *buf, size_t size)
{
    if (mv == NULL || buf == NULL) {
        return INV_ERR_ARG;
    }
    if (mv->type < MOVE_RECEIVE || mv->type >= MOVE_TYPE_COUNT) {
        return INV_ERR_TYPE;
    }
    return LABEL_RULES[mv->type](mv, flag_note(mv->flags), buf, size);
}
