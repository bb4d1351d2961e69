/* Hidden behaviour tests for tax_income_tax and tax_marginal_rate.
 *
 * Built against the ORIGINAL headers with AddressSanitizer and UBSan; the exit code decides.
 * Every validation rule (and its order), filing status, flag, loss limit, deduction, bracket
 * boundary, rounding boundary and credit phase-out step.
 */
#include <stddef.h>
#include <stdio.h>

#include "tax.h"

struct tax_case {
    const char *label;
    long wages;
    long other_income;
    long itemized;
    int dependents;
    int filing_status;
    unsigned flags;
    long want;
};

static const struct tax_case CASES[] = {
    {"unknown flag", 50000, 0, 0, 0, FILING_SINGLE, 0x10u, TAX_ERR_FLAGS},
    {"unknown flag beats unknown status", 50000, 0, 0, 0, 9, 0x20u, TAX_ERR_FLAGS},
    {"status 0", 50000, 0, 0, 0, 0, 0, TAX_ERR_STATUS},
    {"status 5", 50000, 0, 0, 0, 5, 0, TAX_ERR_STATUS},
    {"status -1", 50000, 0, 0, 0, -1, 0, TAX_ERR_STATUS},
    {"status beats negative wages", -5, 0, 0, 0, 0, 0, TAX_ERR_STATUS},
    {"negative wages", -1, 0, 0, 0, FILING_SINGLE, 0, TAX_ERR_INPUT},
    {"negative itemized", 50000, 0, -1, 0, FILING_SINGLE, 0, TAX_ERR_INPUT},
    {"negative itemized without the flag", 50000, 0, -1, 0, FILING_JOINT, 0, TAX_ERR_INPUT},
    {"dependents -1", 50000, 0, 0, -1, FILING_SINGLE, 0, TAX_ERR_INPUT},
    {"dependents 21", 50000, 0, 0, 21, FILING_SINGLE, 0, TAX_ERR_INPUT},
    {"dependents 20", 500000, 0, 0, 20, FILING_JOINT, 0, 79920},
    {"zero wages", 0, 0, 0, 0, FILING_SINGLE, 0, 0},
    {"input checked before the non-resident rules", 50000, 0, 0, 21, FILING_JOINT, TAX_FLAG_SENIOR | TAX_FLAG_NONRESIDENT, TAX_ERR_INPUT},
    {"non-resident FILING_SINGLE", 45678, 1000, 0, 0, FILING_SINGLE, TAX_FLAG_NONRESIDENT, 14003},
    {"non-resident FILING_SEPARATE", 45678, 1000, 0, 0, FILING_SEPARATE, TAX_FLAG_NONRESIDENT, 14003},
    {"non-resident joint", 45678, 0, 0, 0, FILING_JOINT, TAX_FLAG_NONRESIDENT, TAX_ERR_STATUS},
    {"non-resident head", 45678, 0, 0, 0, FILING_HEAD, TAX_FLAG_NONRESIDENT, TAX_ERR_STATUS},
    {"non-resident senior", 45678, 0, 0, 0, FILING_SINGLE, TAX_FLAG_SENIOR | TAX_FLAG_NONRESIDENT, TAX_ERR_FLAGS},
    {"non-resident blind", 45678, 0, 0, 0, FILING_SINGLE, TAX_FLAG_BLIND | TAX_FLAG_NONRESIDENT, TAX_ERR_FLAGS},
    {"non-resident itemize", 45678, 0, 99999, 0, FILING_SINGLE, TAX_FLAG_ITEMIZE | TAX_FLAG_NONRESIDENT, TAX_ERR_FLAGS},
    {"non-resident flags beat status", 45678, 0, 0, 0, FILING_JOINT, TAX_FLAG_BLIND | TAX_FLAG_NONRESIDENT, TAX_ERR_FLAGS},
    {"non-resident loss ignored", 45678, -5000, 0, 0, FILING_SINGLE, TAX_FLAG_NONRESIDENT, 13703},
    {"non-resident no credits", 45678, 0, 0, 3, FILING_SINGLE, TAX_FLAG_NONRESIDENT, 13703},
    {"non-resident rounding 0", 0, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_NONRESIDENT, 0},
    {"non-resident rounding 1", 1, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_NONRESIDENT, 0},
    {"non-resident rounding 2", 2, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_NONRESIDENT, 1},
    {"non-resident rounding 5", 5, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_NONRESIDENT, 2},
    {"non-resident rounding 15", 15, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_NONRESIDENT, 5},
    {"non-resident rounding 25", 25, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_NONRESIDENT, 8},
    {"non-resident rounding 101", 101, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_NONRESIDENT, 30},
    {"loss at the limit FILING_SINGLE", 60000, -3000, 0, 0, FILING_SINGLE, 0, 5700},
    {"loss beyond the limit FILING_SINGLE", 60000, -3001, 0, 0, FILING_SINGLE, 0, 5700},
    {"loss within the limit FILING_SINGLE", 60000, -2999, 0, 0, FILING_SINGLE, 0, 5700},
    {"loss at the limit FILING_JOINT", 60000, -3000, 0, 0, FILING_JOINT, 0, 3560},
    {"loss beyond the limit FILING_JOINT", 60000, -3001, 0, 0, FILING_JOINT, 0, 3560},
    {"loss within the limit FILING_JOINT", 60000, -2999, 0, 0, FILING_JOINT, 0, 3560},
    {"loss at the limit FILING_SEPARATE", 60000, -1500, 0, 0, FILING_SEPARATE, 0, 6030},
    {"loss beyond the limit FILING_SEPARATE", 60000, -1501, 0, 0, FILING_SEPARATE, 0, 6030},
    {"loss within the limit FILING_SEPARATE", 60000, -1499, 0, 0, FILING_SEPARATE, 0, 6030},
    {"loss at the limit FILING_HEAD", 60000, -3000, 0, 0, FILING_HEAD, 0, 4400},
    {"loss beyond the limit FILING_HEAD", 60000, -3001, 0, 0, FILING_HEAD, 0, 4400},
    {"loss within the limit FILING_HEAD", 60000, -2999, 0, 0, FILING_HEAD, 0, 4400},
    {"loss larger than wages", 1000, -3000, 0, 0, FILING_SINGLE, 0, 0},
    {"loss beyond the limit, taxable 4 FILING_SINGLE", 15004, -3001, 0, 0, FILING_SINGLE, 0, 0},
    {"loss beyond the limit, taxable 5 FILING_SINGLE", 15005, -3001, 0, 0, FILING_SINGLE, 0, 1},
    {"allowance 1 taxable 4 FILING_SINGLE", 13504, 0, 0, 0, FILING_SINGLE, TAX_FLAG_SENIOR, 0},
    {"allowance 1 taxable 5 FILING_SINGLE", 13505, 0, 0, 0, FILING_SINGLE, TAX_FLAG_SENIOR, 1},
    {"allowance 2 taxable 4 FILING_SINGLE", 13504, 0, 0, 0, FILING_SINGLE, TAX_FLAG_BLIND, 0},
    {"allowance 2 taxable 5 FILING_SINGLE", 13505, 0, 0, 0, FILING_SINGLE, TAX_FLAG_BLIND, 1},
    {"allowance 3 taxable 4 FILING_SINGLE", 15004, 0, 0, 0, FILING_SINGLE, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 0},
    {"allowance 3 taxable 5 FILING_SINGLE", 15005, 0, 0, 0, FILING_SINGLE, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 1},
    {"loss beyond the limit, taxable 4 FILING_JOINT", 27004, -3001, 0, 0, FILING_JOINT, 0, 0},
    {"loss beyond the limit, taxable 5 FILING_JOINT", 27005, -3001, 0, 0, FILING_JOINT, 0, 1},
    {"allowance 1 taxable 4 FILING_JOINT", 25204, 0, 0, 0, FILING_JOINT, TAX_FLAG_SENIOR, 0},
    {"allowance 1 taxable 5 FILING_JOINT", 25205, 0, 0, 0, FILING_JOINT, TAX_FLAG_SENIOR, 1},
    {"allowance 2 taxable 4 FILING_JOINT", 25204, 0, 0, 0, FILING_JOINT, TAX_FLAG_BLIND, 0},
    {"allowance 2 taxable 5 FILING_JOINT", 25205, 0, 0, 0, FILING_JOINT, TAX_FLAG_BLIND, 1},
    {"allowance 3 taxable 4 FILING_JOINT", 26404, 0, 0, 0, FILING_JOINT, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 0},
    {"allowance 3 taxable 5 FILING_JOINT", 26405, 0, 0, 0, FILING_JOINT, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 1},
    {"loss beyond the limit, taxable 4 FILING_SEPARATE", 13504, -1501, 0, 0, FILING_SEPARATE, 0, 0},
    {"loss beyond the limit, taxable 5 FILING_SEPARATE", 13505, -1501, 0, 0, FILING_SEPARATE, 0, 1},
    {"allowance 1 taxable 4 FILING_SEPARATE", 13204, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_SENIOR, 0},
    {"allowance 1 taxable 5 FILING_SEPARATE", 13205, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_SENIOR, 1},
    {"allowance 2 taxable 4 FILING_SEPARATE", 13204, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_BLIND, 0},
    {"allowance 2 taxable 5 FILING_SEPARATE", 13205, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_BLIND, 1},
    {"allowance 3 taxable 4 FILING_SEPARATE", 14404, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 0},
    {"allowance 3 taxable 5 FILING_SEPARATE", 14405, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 1},
    {"loss beyond the limit, taxable 4 FILING_HEAD", 21004, -3001, 0, 0, FILING_HEAD, 0, 0},
    {"loss beyond the limit, taxable 5 FILING_HEAD", 21005, -3001, 0, 0, FILING_HEAD, 0, 1},
    {"allowance 1 taxable 4 FILING_HEAD", 19504, 0, 0, 0, FILING_HEAD, TAX_FLAG_SENIOR, 0},
    {"allowance 1 taxable 5 FILING_HEAD", 19505, 0, 0, 0, FILING_HEAD, TAX_FLAG_SENIOR, 1},
    {"allowance 2 taxable 4 FILING_HEAD", 19504, 0, 0, 0, FILING_HEAD, TAX_FLAG_BLIND, 0},
    {"allowance 2 taxable 5 FILING_HEAD", 19505, 0, 0, 0, FILING_HEAD, TAX_FLAG_BLIND, 1},
    {"allowance 3 taxable 4 FILING_HEAD", 21004, 0, 0, 0, FILING_HEAD, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 0},
    {"allowance 3 taxable 5 FILING_HEAD", 21005, 0, 0, 0, FILING_HEAD, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 1},
    {"non-resident other income 1", 1, 1, 0, 0, FILING_SINGLE, TAX_FLAG_NONRESIDENT, 1},
    {"non-resident other income 0", 2, 0, 0, 0, FILING_SINGLE, TAX_FLAG_NONRESIDENT, 1},
    {"other income added", 30000, 12345, 0, 0, FILING_SINGLE, 0, 3441},
    {"taxable 0 FILING_SINGLE", 12000, 0, 0, 0, FILING_SINGLE, 0, 0},
    {"taxable 1 FILING_SINGLE", 12001, 0, 0, 0, FILING_SINGLE, 0, 0},
    {"taxable 4 FILING_SINGLE", 12004, 0, 0, 0, FILING_SINGLE, 0, 0},
    {"taxable 5 FILING_SINGLE", 12005, 0, 0, 0, FILING_SINGLE, 0, 1},
    {"taxable 15 FILING_SINGLE", 12015, 0, 0, 0, FILING_SINGLE, 0, 2},
    {"senior FILING_SINGLE", 70000, 0, 0, 0, FILING_SINGLE, TAX_FLAG_SENIOR, 8230},
    {"blind FILING_SINGLE", 70000, 0, 0, 0, FILING_SINGLE, TAX_FLAG_BLIND, 8230},
    {"senior and blind FILING_SINGLE", 70000, 0, 0, 0, FILING_SINGLE, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 7900},
    {"itemized below standard FILING_SINGLE", 70000, 0, 5000, 0, FILING_SINGLE, TAX_FLAG_ITEMIZE, 10100},
    {"itemized above standard FILING_SINGLE", 70000, 0, 31000, 0, FILING_SINGLE, TAX_FLAG_ITEMIZE, 4480},
    {"itemized ignores senior FILING_SINGLE", 70000, 0, 31000, 0, FILING_SINGLE, TAX_FLAG_SENIOR | TAX_FLAG_BLIND | TAX_FLAG_ITEMIZE, 4480},
    {"itemized unused without the flag FILING_SINGLE", 70000, 0, 31000, 0, FILING_SINGLE, TAX_FLAG_SENIOR, 8230},
    {"taxable 0 FILING_JOINT", 24000, 0, 0, 0, FILING_JOINT, 0, 0},
    {"taxable 1 FILING_JOINT", 24001, 0, 0, 0, FILING_JOINT, 0, 0},
    {"taxable 4 FILING_JOINT", 24004, 0, 0, 0, FILING_JOINT, 0, 0},
    {"taxable 5 FILING_JOINT", 24005, 0, 0, 0, FILING_JOINT, 0, 1},
    {"taxable 15 FILING_JOINT", 24015, 0, 0, 0, FILING_JOINT, 0, 2},
    {"senior FILING_JOINT", 70000, 0, 0, 0, FILING_JOINT, TAX_FLAG_SENIOR, 4976},
    {"blind FILING_JOINT", 70000, 0, 0, 0, FILING_JOINT, TAX_FLAG_BLIND, 4976},
    {"senior and blind FILING_JOINT", 70000, 0, 0, 0, FILING_JOINT, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 4832},
    {"itemized below standard FILING_JOINT", 70000, 0, 5000, 0, FILING_JOINT, TAX_FLAG_ITEMIZE, 7400},
    {"itemized above standard FILING_JOINT", 70000, 0, 31000, 0, FILING_JOINT, TAX_FLAG_ITEMIZE, 4280},
    {"itemized ignores senior FILING_JOINT", 70000, 0, 31000, 0, FILING_JOINT, TAX_FLAG_SENIOR | TAX_FLAG_BLIND | TAX_FLAG_ITEMIZE, 4280},
    {"itemized unused without the flag FILING_JOINT", 70000, 0, 31000, 0, FILING_JOINT, TAX_FLAG_SENIOR, 4976},
    {"taxable 0 FILING_SEPARATE", 12000, 0, 0, 0, FILING_SEPARATE, 0, 0},
    {"taxable 1 FILING_SEPARATE", 12001, 0, 0, 0, FILING_SEPARATE, 0, 0},
    {"taxable 4 FILING_SEPARATE", 12004, 0, 0, 0, FILING_SEPARATE, 0, 0},
    {"taxable 5 FILING_SEPARATE", 12005, 0, 0, 0, FILING_SEPARATE, 0, 1},
    {"taxable 15 FILING_SEPARATE", 12015, 0, 0, 0, FILING_SEPARATE, 0, 2},
    {"senior FILING_SEPARATE", 70000, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_SENIOR, 8296},
    {"blind FILING_SEPARATE", 70000, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_BLIND, 8296},
    {"senior and blind FILING_SEPARATE", 70000, 0, 0, 0, FILING_SEPARATE, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 8032},
    {"itemized below standard FILING_SEPARATE", 70000, 0, 5000, 0, FILING_SEPARATE, TAX_FLAG_ITEMIZE, 10100},
    {"itemized above standard FILING_SEPARATE", 70000, 0, 31000, 0, FILING_SEPARATE, TAX_FLAG_ITEMIZE, 4480},
    {"itemized ignores senior FILING_SEPARATE", 70000, 0, 31000, 0, FILING_SEPARATE, TAX_FLAG_SENIOR | TAX_FLAG_BLIND | TAX_FLAG_ITEMIZE, 4480},
    {"itemized unused without the flag FILING_SEPARATE", 70000, 0, 31000, 0, FILING_SEPARATE, TAX_FLAG_SENIOR, 8296},
    {"taxable 0 FILING_HEAD", 18000, 0, 0, 0, FILING_HEAD, 0, 0},
    {"taxable 1 FILING_HEAD", 18001, 0, 0, 0, FILING_HEAD, 0, 0},
    {"taxable 4 FILING_HEAD", 18004, 0, 0, 0, FILING_HEAD, 0, 0},
    {"taxable 5 FILING_HEAD", 18005, 0, 0, 0, FILING_HEAD, 0, 1},
    {"taxable 15 FILING_HEAD", 18015, 0, 0, 0, FILING_HEAD, 0, 2},
    {"senior FILING_HEAD", 70000, 0, 0, 0, FILING_HEAD, TAX_FLAG_SENIOR, 5780},
    {"blind FILING_HEAD", 70000, 0, 0, 0, FILING_HEAD, TAX_FLAG_BLIND, 5780},
    {"senior and blind FILING_HEAD", 70000, 0, 0, 0, FILING_HEAD, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 5600},
    {"itemized below standard FILING_HEAD", 70000, 0, 5000, 0, FILING_HEAD, TAX_FLAG_ITEMIZE, 8720},
    {"itemized above standard FILING_HEAD", 70000, 0, 31000, 0, FILING_HEAD, TAX_FLAG_ITEMIZE, 4400},
    {"itemized ignores senior FILING_HEAD", 70000, 0, 31000, 0, FILING_HEAD, TAX_FLAG_SENIOR | TAX_FLAG_BLIND | TAX_FLAG_ITEMIZE, 4400},
    {"itemized unused without the flag FILING_HEAD", 70000, 0, 31000, 0, FILING_HEAD, TAX_FLAG_SENIOR, 5780},
    {"itemized zero", 20000, 0, 0, 0, FILING_SINGLE, TAX_FLAG_ITEMIZE, 2200},
    {"itemized everything", 20000, 500, 20500, 0, FILING_SINGLE, TAX_FLAG_ITEMIZE, 0},
    {"FILING_SINGLE taxable 9999", 21999, 0, 0, 0, FILING_SINGLE, 0, 1000},
    {"FILING_SINGLE taxable 10000", 22000, 0, 0, 0, FILING_SINGLE, 0, 1000},
    {"FILING_SINGLE taxable 10001", 22001, 0, 0, 0, FILING_SINGLE, 0, 1000},
    {"FILING_SINGLE taxable 39999", 51999, 0, 0, 0, FILING_SINGLE, 0, 4600},
    {"FILING_SINGLE taxable 40000", 52000, 0, 0, 0, FILING_SINGLE, 0, 4600},
    {"FILING_SINGLE taxable 40001", 52001, 0, 0, 0, FILING_SINGLE, 0, 4600},
    {"FILING_SINGLE taxable 84999", 96999, 0, 0, 0, FILING_SINGLE, 0, 14500},
    {"FILING_SINGLE taxable 85000", 97000, 0, 0, 0, FILING_SINGLE, 0, 14500},
    {"FILING_SINGLE taxable 85001", 97001, 0, 0, 0, FILING_SINGLE, 0, 14500},
    {"FILING_SINGLE taxable 159999", 171999, 0, 0, 0, FILING_SINGLE, 0, 32500},
    {"FILING_SINGLE taxable 160000", 172000, 0, 0, 0, FILING_SINGLE, 0, 32500},
    {"FILING_SINGLE taxable 160001", 172001, 0, 0, 0, FILING_SINGLE, 0, 32500},
    {"FILING_SINGLE taxable 1000000", 1012000, 0, 0, 0, FILING_SINGLE, 0, 301300},
    {"FILING_JOINT taxable 19999", 43999, 0, 0, 0, FILING_JOINT, 0, 2000},
    {"FILING_JOINT taxable 20000", 44000, 0, 0, 0, FILING_JOINT, 0, 2000},
    {"FILING_JOINT taxable 20001", 44001, 0, 0, 0, FILING_JOINT, 0, 2000},
    {"FILING_JOINT taxable 79999", 103999, 0, 0, 0, FILING_JOINT, 0, 9200},
    {"FILING_JOINT taxable 80000", 104000, 0, 0, 0, FILING_JOINT, 0, 9200},
    {"FILING_JOINT taxable 80001", 104001, 0, 0, 0, FILING_JOINT, 0, 9200},
    {"FILING_JOINT taxable 169999", 193999, 0, 0, 0, FILING_JOINT, 0, 29000},
    {"FILING_JOINT taxable 170000", 194000, 0, 0, 0, FILING_JOINT, 0, 29000},
    {"FILING_JOINT taxable 170001", 194001, 0, 0, 0, FILING_JOINT, 0, 29000},
    {"FILING_JOINT taxable 319999", 343999, 0, 0, 0, FILING_JOINT, 0, 65000},
    {"FILING_JOINT taxable 320000", 344000, 0, 0, 0, FILING_JOINT, 0, 65000},
    {"FILING_JOINT taxable 320001", 344001, 0, 0, 0, FILING_JOINT, 0, 65000},
    {"FILING_JOINT taxable 1000000", 1024000, 0, 0, 0, FILING_JOINT, 0, 282600},
    {"FILING_SEPARATE taxable 9999", 21999, 0, 0, 0, FILING_SEPARATE, 0, 1000},
    {"FILING_SEPARATE taxable 10000", 22000, 0, 0, 0, FILING_SEPARATE, 0, 1000},
    {"FILING_SEPARATE taxable 10001", 22001, 0, 0, 0, FILING_SEPARATE, 0, 1000},
    {"FILING_SEPARATE taxable 39999", 51999, 0, 0, 0, FILING_SEPARATE, 0, 4600},
    {"FILING_SEPARATE taxable 40000", 52000, 0, 0, 0, FILING_SEPARATE, 0, 4600},
    {"FILING_SEPARATE taxable 40001", 52001, 0, 0, 0, FILING_SEPARATE, 0, 4600},
    {"FILING_SEPARATE taxable 84999", 96999, 0, 0, 0, FILING_SEPARATE, 0, 14500},
    {"FILING_SEPARATE taxable 85000", 97000, 0, 0, 0, FILING_SEPARATE, 0, 14500},
    {"FILING_SEPARATE taxable 85001", 97001, 0, 0, 0, FILING_SEPARATE, 0, 14500},
    {"FILING_SEPARATE taxable 159999", 171999, 0, 0, 0, FILING_SEPARATE, 0, 32500},
    {"FILING_SEPARATE taxable 160000", 172000, 0, 0, 0, FILING_SEPARATE, 0, 32500},
    {"FILING_SEPARATE taxable 160001", 172001, 0, 0, 0, FILING_SEPARATE, 0, 32500},
    {"FILING_SEPARATE taxable 1000000", 1012000, 0, 0, 0, FILING_SEPARATE, 0, 326500},
    {"FILING_HEAD taxable 13999", 31999, 0, 0, 0, FILING_HEAD, 0, 1400},
    {"FILING_HEAD taxable 14000", 32000, 0, 0, 0, FILING_HEAD, 0, 1400},
    {"FILING_HEAD taxable 14001", 32001, 0, 0, 0, FILING_HEAD, 0, 1400},
    {"FILING_HEAD taxable 52999", 70999, 0, 0, 0, FILING_HEAD, 0, 6080},
    {"FILING_HEAD taxable 53000", 71000, 0, 0, 0, FILING_HEAD, 0, 6080},
    {"FILING_HEAD taxable 53001", 71001, 0, 0, 0, FILING_HEAD, 0, 6080},
    {"FILING_HEAD taxable 84999", 102999, 0, 0, 0, FILING_HEAD, 0, 13120},
    {"FILING_HEAD taxable 85000", 103000, 0, 0, 0, FILING_HEAD, 0, 13120},
    {"FILING_HEAD taxable 85001", 103001, 0, 0, 0, FILING_HEAD, 0, 13120},
    {"FILING_HEAD taxable 159999", 177999, 0, 0, 0, FILING_HEAD, 0, 31120},
    {"FILING_HEAD taxable 160000", 178000, 0, 0, 0, FILING_HEAD, 0, 31120},
    {"FILING_HEAD taxable 160001", 178001, 0, 0, 0, FILING_HEAD, 0, 31120},
    {"FILING_HEAD taxable 1000000", 1018000, 0, 0, 0, FILING_HEAD, 0, 299920},
    {"one child FILING_SINGLE", 42000, 0, 0, 1, FILING_SINGLE, 0, 1400},
    {"credit larger than tax FILING_SINGLE", 17000, 0, 0, 3, FILING_SINGLE, 0, 0},
    {"one child FILING_JOINT", 54000, 0, 0, 1, FILING_JOINT, 0, 1200},
    {"credit larger than tax FILING_JOINT", 29000, 0, 0, 3, FILING_JOINT, 0, 0},
    {"one child FILING_SEPARATE", 42000, 0, 0, 1, FILING_SEPARATE, 0, 1400},
    {"credit larger than tax FILING_SEPARATE", 17000, 0, 0, 3, FILING_SEPARATE, 0, 0},
    {"one child FILING_HEAD", 48000, 0, 0, 1, FILING_HEAD, 0, 1320},
    {"credit larger than tax FILING_HEAD", 23000, 0, 0, 3, FILING_HEAD, 0, 0},
    {"phase-out FILING_SINGLE gross 199999", 199999, 0, 0, 1, FILING_SINGLE, 0, 39460},
    {"phase-out FILING_SINGLE gross 200000", 200000, 0, 0, 1, FILING_SINGLE, 0, 39460},
    {"phase-out FILING_SINGLE gross 200001", 200001, 0, 0, 1, FILING_SINGLE, 0, 39510},
    {"phase-out FILING_SINGLE gross 200999", 200999, 0, 0, 1, FILING_SINGLE, 0, 39830},
    {"phase-out FILING_SINGLE gross 201000", 201000, 0, 0, 1, FILING_SINGLE, 0, 39830},
    {"phase-out FILING_SINGLE gross 201001", 201001, 0, 0, 1, FILING_SINGLE, 0, 39880},
    {"phase-out FILING_SINGLE gross 239999", 239999, 0, 0, 1, FILING_SINGLE, 0, 54260},
    {"phase-out FILING_SINGLE gross 240000", 240000, 0, 0, 1, FILING_SINGLE, 0, 54260},
    {"phase-out FILING_SINGLE gross 241000", 241000, 0, 0, 1, FILING_SINGLE, 0, 54580},
    {"phase-out with three children FILING_SINGLE", 245500, 0, 0, 3, FILING_SINGLE, 0, 52320},
    {"phase-out FILING_JOINT gross 399999", 399999, 0, 0, 1, FILING_JOINT, 0, 80920},
    {"phase-out FILING_JOINT gross 400000", 400000, 0, 0, 1, FILING_JOINT, 0, 80920},
    {"phase-out FILING_JOINT gross 400001", 400001, 0, 0, 1, FILING_JOINT, 0, 80970},
    {"phase-out FILING_JOINT gross 400999", 400999, 0, 0, 1, FILING_JOINT, 0, 81290},
    {"phase-out FILING_JOINT gross 401000", 401000, 0, 0, 1, FILING_JOINT, 0, 81290},
    {"phase-out FILING_JOINT gross 401001", 401001, 0, 0, 1, FILING_JOINT, 0, 81340},
    {"phase-out FILING_JOINT gross 439999", 439999, 0, 0, 1, FILING_JOINT, 0, 95720},
    {"phase-out FILING_JOINT gross 440000", 440000, 0, 0, 1, FILING_JOINT, 0, 95720},
    {"phase-out FILING_JOINT gross 441000", 441000, 0, 0, 1, FILING_JOINT, 0, 96040},
    {"phase-out with three children FILING_JOINT", 445500, 0, 0, 3, FILING_JOINT, 0, 93780},
    {"phase-out FILING_SEPARATE gross 199999", 199999, 0, 0, 1, FILING_SEPARATE, 0, 40300},
    {"phase-out FILING_SEPARATE gross 200000", 200000, 0, 0, 1, FILING_SEPARATE, 0, 40300},
    {"phase-out FILING_SEPARATE gross 200001", 200001, 0, 0, 1, FILING_SEPARATE, 0, 40350},
    {"phase-out FILING_SEPARATE gross 200999", 200999, 0, 0, 1, FILING_SEPARATE, 0, 40700},
    {"phase-out FILING_SEPARATE gross 201000", 201000, 0, 0, 1, FILING_SEPARATE, 0, 40700},
    {"phase-out FILING_SEPARATE gross 201001", 201001, 0, 0, 1, FILING_SEPARATE, 0, 40750},
    {"phase-out FILING_SEPARATE gross 239999", 239999, 0, 0, 1, FILING_SEPARATE, 0, 56300},
    {"phase-out FILING_SEPARATE gross 240000", 240000, 0, 0, 1, FILING_SEPARATE, 0, 56300},
    {"phase-out FILING_SEPARATE gross 241000", 241000, 0, 0, 1, FILING_SEPARATE, 0, 56650},
    {"phase-out with three children FILING_SEPARATE", 245500, 0, 0, 3, FILING_SEPARATE, 0, 54525},
    {"phase-out FILING_HEAD gross 199999", 199999, 0, 0, 1, FILING_HEAD, 0, 36160},
    {"phase-out FILING_HEAD gross 200000", 200000, 0, 0, 1, FILING_HEAD, 0, 36160},
    {"phase-out FILING_HEAD gross 200001", 200001, 0, 0, 1, FILING_HEAD, 0, 36210},
    {"phase-out FILING_HEAD gross 200999", 200999, 0, 0, 1, FILING_HEAD, 0, 36530},
    {"phase-out FILING_HEAD gross 201000", 201000, 0, 0, 1, FILING_HEAD, 0, 36530},
    {"phase-out FILING_HEAD gross 201001", 201001, 0, 0, 1, FILING_HEAD, 0, 36580},
    {"phase-out FILING_HEAD gross 239999", 239999, 0, 0, 1, FILING_HEAD, 0, 50960},
    {"phase-out FILING_HEAD gross 240000", 240000, 0, 0, 1, FILING_HEAD, 0, 50960},
    {"phase-out FILING_HEAD gross 241000", 241000, 0, 0, 1, FILING_HEAD, 0, 51280},
    {"phase-out with three children FILING_HEAD", 245500, 0, 0, 3, FILING_HEAD, 0, 49020},
    {"phase-out uses gross after the loss limit", 200500, -5000, 0, 2, FILING_SINGLE, 0, 36660},
    {"phase-out uses gross, not taxable", 201000, 0, 150000, 2, FILING_SINGLE, TAX_FLAG_ITEMIZE, 3070},
    {"phase-out with other income", 195000, 6000, 0, 2, FILING_HEAD, 0, 34530},
    {"credit equal to the tax", 30337, 0, 0, 1, FILING_SINGLE, 0, 0},
    {"credit one below the tax", 30338, 0, 0, 1, FILING_SINGLE, 0, 1},
    {"everything", 250000, 7500, 0, 4, FILING_JOINT, TAX_FLAG_SENIOR | TAX_FLAG_BLIND, 35664},
    {"everything itemized", 180000, -2500, 45000, 2, FILING_HEAD, TAX_FLAG_SENIOR | TAX_FLAG_ITEMIZE, 20520},
};

struct rate_case {
    long taxable;
    int filing_status;
    int want;
};

static const struct rate_case RATES[] = {
    {10000, FILING_SINGLE, 10},
    {10001, FILING_SINGLE, 12},
    {40000, FILING_SINGLE, 12},
    {40001, FILING_SINGLE, 22},
    {85000, FILING_SINGLE, 22},
    {85001, FILING_SINGLE, 24},
    {160000, FILING_SINGLE, 24},
    {160001, FILING_SINGLE, 32},
    {0, FILING_SINGLE, 10},
    {-100, FILING_SINGLE, 10},
    {9999999, FILING_SINGLE, 32},
    {20000, FILING_JOINT, 10},
    {20001, FILING_JOINT, 12},
    {80000, FILING_JOINT, 12},
    {80001, FILING_JOINT, 22},
    {170000, FILING_JOINT, 22},
    {170001, FILING_JOINT, 24},
    {320000, FILING_JOINT, 24},
    {320001, FILING_JOINT, 32},
    {0, FILING_JOINT, 10},
    {-100, FILING_JOINT, 10},
    {9999999, FILING_JOINT, 32},
    {10000, FILING_SEPARATE, 10},
    {10001, FILING_SEPARATE, 12},
    {40000, FILING_SEPARATE, 12},
    {40001, FILING_SEPARATE, 22},
    {85000, FILING_SEPARATE, 22},
    {85001, FILING_SEPARATE, 24},
    {160000, FILING_SEPARATE, 24},
    {160001, FILING_SEPARATE, 35},
    {0, FILING_SEPARATE, 10},
    {-100, FILING_SEPARATE, 10},
    {9999999, FILING_SEPARATE, 35},
    {14000, FILING_HEAD, 10},
    {14001, FILING_HEAD, 12},
    {53000, FILING_HEAD, 12},
    {53001, FILING_HEAD, 22},
    {85000, FILING_HEAD, 22},
    {85001, FILING_HEAD, 24},
    {160000, FILING_HEAD, 24},
    {160001, FILING_HEAD, 32},
    {0, FILING_HEAD, 10},
    {-100, FILING_HEAD, 10},
    {9999999, FILING_HEAD, 32},
    {50000, 0, -1},
    {50000, 5, -1},
    {50000, -1, -1},
};

int main(void)
{
    size_t i;
    int checks = 0;
    int failures = 0;
    struct tax_return r;

    for (i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const struct tax_case *c = &CASES[i];
        long got;

        r.wages = c->wages;
        r.other_income = c->other_income;
        r.itemized = c->itemized;
        r.dependents = c->dependents;
        got = tax_income_tax(&r, c->filing_status, c->flags);
        checks++;
        if (got != c->want) {
            failures++;
            fprintf(stderr, "FAIL %s: got %ld, want %ld\n", c->label, got, c->want);
        }
    }
    checks++;
    if (tax_income_tax(NULL, FILING_SINGLE, 0) != TAX_ERR_INPUT) {
        failures++;
        fprintf(stderr, "FAIL NULL return\n");
    }
    checks++;
    if (tax_income_tax(NULL, 9, 0x40u) != TAX_ERR_INPUT) {
        failures++;
        fprintf(stderr, "FAIL NULL return is checked first\n");
    }
    for (i = 0; i < sizeof RATES / sizeof RATES[0]; i++) {
        int got = tax_marginal_rate(RATES[i].taxable, RATES[i].filing_status);

        checks++;
        if (got != RATES[i].want) {
            failures++;
            fprintf(stderr, "FAIL marginal rate %ld status %d: got %d, want %d\n", RATES[i].taxable,
                    RATES[i].filing_status, got, RATES[i].want);
        }
    }
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}

