"""Loyalty points for the retail programme."""

TIERS = ("bronze", "silver", "gold", "platinum")
CATEGORIES = ("grocery", "electronics", "fashion", "travel")
REWARDS = {"voucher": 500, "upgrade": 2000, "lounge": 5000}


# tier -> how it earns: points per unit spent, category factors, promo factor, cap per purchase
EARNING = {
    "bronze": {"rate": 1.0, "categories": {"electronics": 0.5, "travel": 1.5}, "promo": 2, "cap": 5000},
    "silver": {"rate": 1.25, "categories": {"electronics": 0.5, "travel": 1.5}, "promo": 2, "cap": 7500},
    "gold": {"rate": 1.5, "categories": {"electronics": 0.75, "travel": 2.0}, "promo": 2, "cap": 10000},
    "platinum": {"rate": 2.0, "categories": {"electronics": 0.75, "travel": 2.0}, "promo": 3, "cap": 20000},
}
# tier -> what it may redeem: lounge access, factor on bulk vouchers, factor on upgrades (None: none)
REDEMPTION = {
    "bronze": {"lounge": False, "bulk_voucher": None, "upgrade": None},
    "silver": {"lounge": False, "bulk_voucher": 0.9, "upgrade": None},
    "gold": {"lounge": True, "bulk_voucher": 0.9, "upgrade": None},
    "platinum": {"lounge": True, "bulk_voucher": 0.8, "upgrade": 0.75},
}
BULK_VOUCHERS = 5
# (annual spend needed, tier), highest first; members of five years or more get the first table
LONG_MEMBER_YEARS = 5
LONG_MEMBER_THRESHOLDS = ((8000, "platinum"), (3000, "gold"), (800, "silver"))
THRESHOLDS = ((10000, "platinum"), (4000, "gold"), (1000, "silver"))


class LoyaltyError(ValueError):
    """Raised for an unknown tier, category or reward, or an impossible redemption."""


def _rule(rules, tier):
    if tier not in rules:
        raise LoyaltyError("unknown tier: %s" % tier)
    return rules[tier]


def points_for_purchase(amount, tier, category, promo=False):
    """Points earned on one purchase of `amount` (whole points, rounded down)."""
    if amount < 0:
        raise LoyaltyError("amount cannot be negative")
    if category not in CATEGORIES:
        raise LoyaltyError("unknown category: %s" % category)
    rule = _rule(EARNING, tier)
    points = amount * rule["rate"]
    if category in rule["categories"]:
        points = points * rule["categories"][category]
    if promo:
        points = points * rule["promo"]
    return int(min(points, rule["cap"]))


def redeem(balance, reward, tier, count=1):
    """Return the balance left after redeeming `count` of `reward`."""
    if reward not in REWARDS:
        raise LoyaltyError("unknown reward: %s" % reward)
    if count < 1:
        raise LoyaltyError("count must be at least 1")
    rule = _rule(REDEMPTION, tier)
    if reward == "lounge" and not rule["lounge"]:
        raise LoyaltyError("lounge access needs gold or platinum")
    cost = _discounted(REWARDS[reward] * count, reward, count, rule)
    if cost > balance:
        raise LoyaltyError("not enough points: %d needed, %d available" % (cost, balance))
    return balance - cost


def _discounted(cost, reward, count, rule):
    if reward == "voucher" and count >= BULK_VOUCHERS and rule["bulk_voucher"]:
        return int(cost * rule["bulk_voucher"])
    if reward == "upgrade" and rule["upgrade"]:
        return int(cost * rule["upgrade"])
    return cost


def tier_for(annual_spend, years_member):
    """The tier a member qualifies for; long membership lowers the spend thresholds."""
    if annual_spend < 0 or years_member < 0:
        raise LoyaltyError("spend and years cannot be negative")
    thresholds = LONG_MEMBER_THRESHOLDS if years_member >= LONG_MEMBER_YEARS else THRESHOLDS
    for spend, tier in thresholds:
        if annual_spend >= spend:
            return tier
    return "bronze"
