/* tax.h - public interface of the income tax calculator. */
#ifndef TAX_H
#define TAX_H

#include "tax_types.h"

/* The income tax owed for one return, in whole units, or a negative TAX_ERR_* code. */
long tax_income_tax(const struct tax_return *ret, int filing_status, unsigned flags);

/* The marginal rate in percent that applies to a taxable income, or -1 for an unknown status. */
int tax_marginal_rate(long taxable, int filing_status);

#endif
