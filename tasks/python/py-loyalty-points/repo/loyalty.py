"""Loyalty points for the retail programme.

Legacy module: each tier was added by copying the previous tier's branch and editing the
numbers.
"""

TIERS = ("bronze", "silver", "gold", "platinum")
CATEGORIES = ("grocery", "electronics", "fashion", "travel")
REWARDS = {"voucher": 500, "upgrade": 2000, "lounge": 5000}


class LoyaltyError(ValueError):
    """Raised for an unknown tier, category or reward, or an impossible redemption."""


def points_for_purchase(amount, tier, category, promo=False):
    """Points earned on one purchase of `amount` (whole points, rounded down)."""
    if amount < 0:
        raise LoyaltyError("amount cannot be negative")
    if category not in CATEGORIES:
        raise LoyaltyError("unknown category: %s" % category)
    if tier == "bronze":
        points = amount * 1.0
        if category == "electronics":
            points = points * 0.5
        elif category == "travel":
            points = points * 1.5
        if promo:
            points = points * 2
        if points > 5000:
            points = 5000
        return int(points)
    elif tier == "silver":
        points = amount * 1.25
        if category == "electronics":
            points = points * 0.5
        elif category == "travel":
            points = points * 1.5
        if promo:
            points = points * 2
        if points > 7500:
            points = 7500
        return int(points)
    elif tier == "gold":
        points = amount * 1.5
        if category == "electronics":
            points = points * 0.75
        elif category == "travel":
            points = points * 2.0
        if promo:
            points = points * 2
        if points > 10000:
            points = 10000
        return int(points)
    elif tier == "platinum":
        points = amount * 2.0
        if category == "electronics":
            points = points * 0.75
        elif category == "travel":
            points = points * 2.0
        if promo:
            points = points * 3
        if points > 20000:
            points = 20000
        return int(points)
    else:
        raise LoyaltyError("unknown tier: %s" % tier)


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
