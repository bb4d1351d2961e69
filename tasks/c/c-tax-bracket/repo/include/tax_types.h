/* tax_types.h - shared types of the payroll and tax modules.
 *
 * Money in whole currency units unless stated otherwise.
 */
#ifndef TAX_TYPES_H
#define TAX_TYPES_H

enum filing_status {
    FILING_SINGLE = 1,
    FILING_JOINT = 2,    /* married, filing jointly */
    FILING_SEPARATE = 3, /* married, filing separately */
    FILING_HEAD = 4      /* head of household */
};

#define TAX_FLAG_SENIOR 0x01u      /* taxpayer is 65 or older */
#define TAX_FLAG_BLIND 0x02u       /* taxpayer is blind */
#define TAX_FLAG_ITEMIZE 0x04u     /* claim itemized deductions instead of the standard one */
#define TAX_FLAG_NONRESIDENT 0x08u /* non-resident: flat rate on gross income */
#define TAX_FLAG_ALL 0x0Fu

#define TAX_ERR_STATUS (-1L)
#define TAX_ERR_INPUT (-2L)
#define TAX_ERR_FLAGS (-3L)

struct tax_return {
    long wages;        /* salary and wages, >= 0 */
    long other_income; /* interest, gains; negative for a net capital loss */
    long itemized;     /* itemized deductions, >= 0 (used with TAX_FLAG_ITEMIZE) */
    int dependents;    /* qualifying children, 0-20 */
};

#endif
