/* inventory_types.h - shared types of the warehouse stock modules.
 *
 * Quantities in units, money in cents. A stock record holds one article in every location.
 */
#ifndef INVENTORY_TYPES_H
#define INVENTORY_TYPES_H

#define INV_LOCATIONS 4
#define INV_MAX_QTY 100000L  /* largest quantity of one move */
#define INV_MAX_ADJUST 1000L /* largest stock-take correction, either way */

enum move_type {
    MOVE_RECEIVE = 0,  /* goods in from a supplier, to `to` */
    MOVE_ISSUE = 1,    /* goods out to production, from `from` */
    MOVE_TRANSFER = 2, /* from `from` to `to` */
    MOVE_ADJUST = 3,   /* stock-take correction at `to`; qty may be negative */
    MOVE_RETURN = 4,   /* customer return, to `to` */
    MOVE_SCRAP = 5,    /* written off, from `from` */
    MOVE_TYPE_COUNT = 6
};

#define MOVE_FLAG_RUSH 0x1u           /* expedited handling */
#define MOVE_FLAG_DAMAGED 0x2u        /* the goods are (or arrive) damaged */
#define MOVE_FLAG_ALLOW_RESERVED 0x4u /* an issue may use reserved stock */
#define MOVE_FLAG_ALL 0x7u

#define INV_ERR_ARG (-1)      /* NULL argument or negative price */
#define INV_ERR_TYPE (-2)     /* unknown move type */
#define INV_ERR_FLAGS (-3)    /* unknown flag, or a flag the move type does not allow */
#define INV_ERR_LOCATION (-4) /* location out of range, or a transfer to its own location */
#define INV_ERR_QTY (-5)      /* quantity out of range */
#define INV_ERR_STOCK (-6)    /* not enough free stock */

struct stock {
    long on_hand[INV_LOCATIONS];
    long reserved[INV_LOCATIONS]; /* part of on_hand promised to orders */
    long unit_cost;               /* moving average cost per unit, cents */
    long scrapped;                /* units written off so far */
};

struct move {
    int type;
    int from;
    int to;
    long qty;
    long unit_price; /* purchase price per unit, cents (receipts only) */
    unsigned flags;
};

#endif
