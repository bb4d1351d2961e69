/* billing.h - public interface of the billing module, which posts to the ledger. */
#ifndef BILLING_H
#define BILLING_H

#include "ledger_types.h"

#define TAX_EXEMPT 0
#define TAX_REDUCED 1  /* 7 % */
#define TAX_STANDARD 2 /* 19 % */

#define BILLING_ERR_TAX (-20)
#define BILLING_ERR_EXCEEDS (-21)
#define BILLING_ERR_NOTHING (-22)

/* The tax on a net amount in cents, rounded half up; BILLING_ERR_TAX for an unknown tax code,
 * LEDGER_ERR_AMOUNT for a negative net amount. */
long billing_tax(long net_cents, int tax_code);

/* Posts an invoice: receivable debit (gross), revenue credit (net), tax credit (when the tax is
 * not 0). Returns the number of entries posted, or a negative error code; on error the ledger
 * is left exactly as it was. */
int billing_invoice(struct ledger *lg, const char *number, long net_cents, int tax_code, int day);

/* Posts a credit note, the mirror image of an invoice; its gross may not exceed the receivable
 * balance. Same return values as billing_invoice. */
int billing_credit_note(struct ledger *lg, const char *number, long net_cents, int tax_code, int day);

/* Posts a customer payment: cash debit, receivable credit; the amount may not exceed the
 * receivable balance. Same return values as billing_invoice. */
int billing_payment(struct ledger *lg, const char *ref, long amount_cents, int day);

/* Writes off the whole remaining receivable balance: discount debit, receivable credit.
 * Same return values as billing_invoice. */
int billing_write_off(struct ledger *lg, const char *ref, int day);

#endif
