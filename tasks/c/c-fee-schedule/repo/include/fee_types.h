/* fee_types.h - payment methods, transfer kinds and the codes of the fee schedule. */
#ifndef FEE_TYPES_H
#define FEE_TYPES_H

enum pay_method { PM_DEBIT = 0, PM_CREDIT, PM_AMEX, PM_WALLET, PM_COUNT };

enum transfer_kind { TR_DOMESTIC = 0, TR_SEPA, TR_SWIFT, TR_INSTANT, TR_COUNT };

#define FEE_FLAG_FOREIGN 0x01u  /* card issued abroad */
#define FEE_FLAG_BUSINESS 0x02u /* business card */
#define FEE_FLAG_ALL 0x03u

#define FEE_INSTANT_MAX_CENTS 1500000L /* instant transfers up to 15,000.00 */
#define FEE_MAX_DAYS 30

#define FEE_ERR_METHOD (-1) /* unknown payment method */
#define FEE_ERR_AMOUNT (-2) /* amount not positive, or above the instant limit */
#define FEE_ERR_FLAGS (-3)  /* unknown flag, or a flag the method does not take */
#define FEE_ERR_KIND (-4)   /* unknown transfer kind */
#define FEE_ERR_DAYS (-5)   /* days outside 0..30, or not 0 for an instant transfer */

#endif
