/* ship_types.h - carrier services and error codes shared by shipping and its callers. */
#ifndef SHIP_TYPES_H
#define SHIP_TYPES_H

#define SHIP_STANDARD 0 /* parcel post, up to 20 kg a parcel */
#define SHIP_EXPRESS 1  /* next day, up to 10 kg a parcel */
#define SHIP_FREIGHT 2  /* pallet freight, billed per started kg, at least 5 kg */

#define SHIP_MAX_STANDARD_GRAMS 20000L
#define SHIP_MAX_EXPRESS_GRAMS 10000L
#define SHIP_MAX_FREIGHT_GRAMS 1000000L

#define SHIP_ERR_ZONE (-1)    /* zone outside 1-4 */
#define SHIP_ERR_WEIGHT (-2)  /* no weight, or too heavy for the service */
#define SHIP_ERR_SERVICE (-3) /* unknown service */

#endif
