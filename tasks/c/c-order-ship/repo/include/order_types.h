/* order_types.h - the order as the web shop hands it to the back office. */
#ifndef ORDER_TYPES_H
#define ORDER_TYPES_H

#define ORDER_MAX_LINES 16

#define ORDER_FLAG_EXPRESS 0x01u /* next-day delivery */
#define ORDER_FLAG_MEMBER 0x02u  /* loyalty member: discount on the carrier rate */
#define ORDER_FLAG_FRAGILE 0x04u /* padded packing, charged per parcel */
#define ORDER_FLAG_PICKUP 0x08u  /* collected at the warehouse: nothing shipped */
#define ORDER_FLAG_ALL 0x0Fu

#define ORD_OK 0
#define ORD_ERR_NULL (-1)   /* no order or no output */
#define ORD_ERR_FLAGS (-2)  /* unknown flag, or flags that exclude each other */
#define ORD_ERR_EMPTY (-3)  /* no lines, or more than ORDER_MAX_LINES */
#define ORD_ERR_LINE (-4)   /* a line with quantity < 1 or a negative weight or price */
#define ORD_ERR_ZONE (-5)   /* the carrier does not serve the zone */
#define ORD_ERR_WEIGHT (-6) /* nothing to weigh, or the carrier refuses a parcel */

struct order_line {
    long unit_grams;
    long unit_cents;
    int qty;
};

struct order {
    int zone; /* carrier zone 1 (local) to 4 (overseas) */
    unsigned flags; /* ORDER_FLAG_* */
    int line_count;
    struct order_line lines[ORDER_MAX_LINES];
};

#endif
