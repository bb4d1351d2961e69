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


def redeem(balance, reward, tier, quantity=1):
    """Return the balance left after redeeming `quantity` of `reward`."""
    if reward not in REWARDS:
        raise LoyaltyError("unknown reward: %s" % reward)
    if quantity < 1:
        raise LoyaltyError("quantity must be at least 1")
    if tier == "bronze":
        cost = REWARDS[reward] * quantity
        if reward == "lounge":
            raise LoyaltyError("lounge access needs gold or platinum")
        if cost > balance:
            raise LoyaltyError("not enough points: %d needed, %d available" % (cost, balance))
        return balance - cost
    elif tier == "silver":
        cost = REWARDS[reward] * quantity
        if reward == "lounge":
            raise LoyaltyError("lounge access needs gold or platinum")
        if reward == "voucher" and quantity >= 5:
            cost = int(cost * 0.9)
        if cost > balance:
            raise LoyaltyError("not enough points: %d needed, %d available" % (cost, balance))
        return balance - cost
    elif tier == "gold":
        cost = REWARDS[reward] * quantity
        if reward == "voucher" and quantity >= 5:
            cost = int(cost * 0.9)
        if cost > balance:
            raise LoyaltyError("not enough points: %d needed, %d available" % (cost, balance))
        return balance - cost
    elif tier == "platinum":
        cost = REWARDS[reward] * quantity
        if reward == "voucher" and quantity >= 5:
            cost = int(cost * 0.8)
        if reward == "upgrade":
            cost = int(cost * 0.75)
        if cost > balance:
            raise LoyaltyError("not enough points: %d needed, %d available" % (cost, balance))
        return balance - cost
    else:
        raise LoyaltyError("unknown tier: %s" % tier)


def tier_for(annual_spend, years_member):
    """The tier a member qualifies for; long membership lowers the spend thresholds."""
    if annual_spend < 0 or years_member < 0:
        raise LoyaltyError("spend and years cannot be negative")
    if years_member >= 5:
        if annual_spend >= 8000:
            return "platinum"
        elif annual_spend >= 3000:
            return "gold"
        elif annual_spend >= 800:
            return "silver"
        else:
            return "bronze"
    else:
        if annual_spend >= 10000:
            return "platinum"
        elif annual_spend >= 4000:
            return "gold"
        elif annual_spend >= 1000:
            return "silver"
        else:
            return "bronze"
