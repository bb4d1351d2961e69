"""Price list of the subscription plans."""

PLANS = {
    "starter": {"monthly": 12.0, "annual": 120.0, "seats": 1, "seat_monthly": 0.0, "seat_annual": 0.0, "rank": 1},
    "team": {"monthly": 30.0, "annual": 300.0, "seats": 5, "seat_monthly": 6.0, "seat_annual": 60.0, "rank": 2},
    "business": {"monthly": 80.0, "annual": 800.0, "seats": 10, "seat_monthly": 7.5, "seat_annual": 75.0, "rank": 3},
}
CYCLES = ("monthly", "annual")


class PlanError(ValueError):
    """Raised for an unknown plan or cycle, or a seat count the plan does not allow."""


def plan_price(plan, cycle, seats):
    """Price of one billing cycle of `plan` with `seats` seats, rounded to cents."""
    if plan not in PLANS:
        raise PlanError("unknown plan: %s" % plan)
    if cycle not in CYCLES:
        raise PlanError("unknown billing cycle: %s" % cycle)
    if seats < 1:
        raise PlanError("at least one seat is required")
    info = PLANS[plan]
    if plan == "starter" and seats > 1:
        raise PlanError("starter is for a single seat")
    extra = max(seats - info["seats"], 0)
    if cycle == "monthly":
        return round(info["monthly"] + extra * info["seat_monthly"], 2)
    return round(info["annual"] + extra * info["seat_annual"], 2)
