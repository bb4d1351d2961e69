"""Renewal invoices at the end of a billing period."""

from periods import BillingPeriod
from subscriptions import SubscriptionError

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
    period = _next_period(sub)
    lines = [("%s %s x%d" % (sub["plan"], sub["cycle"], sub["seats"]), sub["price"])]
    amount = _apply_coupon(sub, coupon, sub["price"], lines)
    amount = _apply_credit(sub, amount, lines)
    tax = round(amount * tax_rate, 2)
    if tax:
        lines.append(("tax", tax))
    period.store(sub)
    sub["history"].append((as_of, "renew", sub["plan"], sub["plan"]))
    return {
        "period": (period.start, period.end), "lines": lines, "subtotal": amount, "tax": tax,
        "total": round(amount + tax, 2),
    }


def _next_period(sub):
    """A trial's first paid period is the one it already has; otherwise the following one."""
    if sub["status"] == "trialing":
        sub["status"] = "active"
        return BillingPeriod.starting(sub["period_start"], sub["cycle"])
    return BillingPeriod.of(sub).following(sub["cycle"])


def _coupon_share(sub, coupon):
    """The share of the price a coupon takes off, or None when it does not apply."""
    if coupon == "HALFFIRST" and not any(entry[1] == "renew" for entry in sub["history"]):
        return 0.5
    if coupon == "LOYAL10" and sub["cycle"] == "annual":
        return 0.1
    return None


def _apply_coupon(sub, coupon, amount, lines):
    share = _coupon_share(sub, coupon)
    if share is None:
        return amount
    discount = round(amount * share, 2)
    lines.append(("coupon %s" % coupon, -discount))
    return round(amount - discount, 2)


def _apply_credit(sub, amount, lines):
    """Use the account credit, up to the amount due."""
    used = min(sub["credit"], amount)
    if sub["credit"] <= 0 or used <= 0:
        return amount
    lines.append(("account credit", -used))
    sub["credit"] = round(sub["credit"] - used, 2)
    return round(amount - used, 2)
