"""Renewal invoices at the end of a billing period."""

from subscriptions import SubscriptionError, add_months

COUPONS = ("HALFFIRST", "LOYAL10")


def renewal_invoice(sub, as_of, tax_rate=0.0, coupon=None):
    """Roll the subscription into its next period and return the invoice, or None when it ends."""
    if sub["status"] == "cancelled":
        raise SubscriptionError("subscription is cancelled")
    if as_of < sub["period_end"]:
        raise SubscriptionError("not due until %s" % sub["period_end"].isoformat())
    if sub["status"] == "cancelling":
        sub["status"] = "cancelled"
        return None
    if coupon is not None and coupon not in COUPONS:
        raise SubscriptionError("unknown coupon: %s" % coupon)
    if sub["status"] == "trialing":
        start = sub["period_start"]
        sub["status"] = "active"
    else:
        start = sub["period_end"]
    if sub["cycle"] == "monthly":
        end = add_months(start, 1)
    else:
        end = add_months(start, 12)
    lines = [("%s %s x%d" % (sub["plan"], sub["cycle"], sub["seats"]), sub["price"])]
    amount = sub["price"]
    if coupon == "HALFFIRST":
        renewed = [h for h in sub["history"] if h[1] == "renew"]
        if not renewed:
            discount = round(amount * 0.5, 2)
            lines.append(("coupon HALFFIRST", -discount))
            amount = round(amount - discount, 2)
    elif coupon == "LOYAL10":
        if sub["cycle"] == "annual":
            discount = round(amount * 0.1, 2)
            lines.append(("coupon LOYAL10", -discount))
            amount = round(amount - discount, 2)
    if sub["credit"] > 0:
        used = min(sub["credit"], amount)
        if used > 0:
            lines.append(("account credit", -used))
            amount = round(amount - used, 2)
            sub["credit"] = round(sub["credit"] - used, 2)
    tax = round(amount * tax_rate, 2)
    if tax:
        lines.append(("tax", tax))
    sub["period_start"] = start
    sub["period_end"] = end
    sub["history"].append((as_of, "renew", sub["plan"], sub["plan"]))
    return {
        "period": (start, end), "lines": lines, "subtotal": amount, "tax": tax,
        "total": round(amount + tax, 2),
    }
