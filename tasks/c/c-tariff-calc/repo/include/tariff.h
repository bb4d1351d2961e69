/* tariff.h - public interface of the tariff calculator. */
#ifndef TARIFF_H
#define TARIFF_H

#include "tariff_types.h"

/* The monthly charge in cents for one meter reading, or a negative TARIFF_ERR_* code. */
long tariff_monthly_charge(const struct meter_reading *reading, int customer_class, unsigned flags);

/* A three-letter code for a customer class ("RES", "BUS", "IND", "PUB"), "???" if unknown. */
const char *tariff_class_code(int customer_class);

#endif
