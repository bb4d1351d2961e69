/* tariff_types.h - shared types of the metering and billing modules.
 *
 * Energy in kWh, demand in kW, money in euro cents.
 */
#ifndef TARIFF_TYPES_H
#define TARIFF_TYPES_H

enum customer_class {
    CLASS_RESIDENTIAL = 1,
    CLASS_BUSINESS = 2,
    CLASS_INDUSTRIAL = 3,
    CLASS_PUBLIC = 4
};

#define TARIFF_FLAG_TIME_OF_USE 0x01u /* separate peak / off-peak prices */
#define TARIFF_FLAG_GREEN 0x02u       /* renewable-energy surcharge */
#define TARIFF_FLAG_SENIOR 0x04u      /* senior discount (residential only) */
#define TARIFF_FLAG_LATE 0x08u        /* previous bill paid late */
#define TARIFF_FLAG_ESTIMATED 0x10u   /* meter not read: estimated consumption */
#define TARIFF_FLAG_ALL 0x1Fu

#define TARIFF_ERR_CLASS (-1L)
#define TARIFF_ERR_READING (-2L)
#define TARIFF_ERR_FLAGS (-3L)
#define TARIFF_ERR_DEMAND (-4L)

struct meter_reading {
    long peak_kwh;    /* energy used in peak hours */
    long offpeak_kwh; /* energy used off-peak */
    long demand_kw;   /* maximum demand in the period (industrial customers) */
    int days;         /* length of the billing period */
};

#endif
