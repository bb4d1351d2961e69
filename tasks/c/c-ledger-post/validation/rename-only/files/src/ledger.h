/* ledger.h - the ledger module's functions, for the other modules of the system.
 *
 * Prototypes only (the types live in ledger_types.h), so no include guard is needed.
 */
#include "ledger_types.h"

/* Posts one entry. side is LEDGER_DEBIT or LEDGER_CREDIT; the reference starts with the
 * kind's letter (I, P, C, W) followed by capital letters, digits or '-'. Returns the entry's
 * sequence number (>= 1), or LEDGER_ERR_* checked in this order: arguments, kind and account,
 * amount, reference, day, closed period, capacity. The ledger is unchanged on error. */
int ledger_post_entry(struct ledger *lg, int account, int kind, long amount, int side, const char *ref, int day);

/* Debits minus credits of an account; 0 for an unknown account or a NULL ledger. */
long ledger_balance(const struct ledger *lg, int account);

/* Closes every day up to and including day (1..366, not before the current close);
 * returns 0 or LEDGER_ERR_ARG / LEDGER_ERR_DAY. */
int ledger_close_through(struct ledger *lg, int day);
