/* pay_common.c - arithmetic shared by the payroll source files. */
#include "pay_internal.h"

long pay_permille(long amount, long permille)
{
    return (amount * permille + 500) / 1000;
}
