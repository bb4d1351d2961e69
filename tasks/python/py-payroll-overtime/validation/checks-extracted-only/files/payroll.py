"""Shift pay for hourly staff.

Amounts are in the employee's pay currency; hours are decimal hours.
"""

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SHIFTS = ("day", "evening", "night")
WEEKLY_LIMIT = 40.0
DOUBLE_TIME_AFTER = 12.0
SHIFT_PREMIUMS = {"day": 0.0, "evening": 1.25, "night": 2.0}
UNION_NIGHT_PREMIUM = 2.5


class PayrollError(ValueError):
    """Raised when a shift cannot be paid as submitted."""


def calculate_shift_pay(hours, hourly_rate, day, shift="day", holiday=False,
                        union_member=False, week_hours_before=0.0):
    """Return the gross pay for one shift, rounded to cents."""
    day = _validated_day(hours, hourly_rate, day, shift, week_hours_before)
    if hours == 0:
        return 0.0
    if union_member:
        threshold = 7.5
    else:
        threshold = 8.0
    regular = hours
    overtime = 0.0
    double = 0.0
    if hours > threshold:
        if hours > DOUBLE_TIME_AFTER:
            double = hours - DOUBLE_TIME_AFTER
            overtime = DOUBLE_TIME_AFTER - threshold
        else:
            overtime = hours - threshold
        regular = threshold
    if week_hours_before + regular > WEEKLY_LIMIT:
        spill = week_hours_before + regular - WEEKLY_LIMIT
        if spill > regular:
            spill = regular
        regular = regular - spill
        overtime = overtime + spill
    if holiday:
        multiplier = 2.0
    else:
        if day == "sun":
            multiplier = 1.5
        elif day == "sat":
            multiplier = 1.25
        else:
            multiplier = 1.0
    pay = regular * hourly_rate * multiplier
    if holiday:
        pay = pay + (overtime + double) * hourly_rate * 2.5
    else:
        if multiplier > 1.0:
            pay = pay + overtime * hourly_rate * (multiplier + 0.5)
        else:
            pay = pay + overtime * hourly_rate * 1.5
        if double > 0:
            if day == "sun":
                pay = pay + double * hourly_rate * 2.25
            else:
                pay = pay + double * hourly_rate * 2.0
    pay = pay + _shift_premium(hours, shift, holiday, union_member)
    return round(pay, 2)


def _validated_day(hours, hourly_rate, day, shift, week_hours_before):
    """Check the inputs in their historical order and return the normalised day."""
    if hours is None or hours < 0 or hours > 24:
        raise PayrollError("hours must be between 0 and 24")
    if hourly_rate is None or hourly_rate <= 0:
        raise PayrollError("hourly rate must be positive")
    day = (day or "").strip().lower()
    if day not in DAYS:
        raise PayrollError("unknown day: %s" % day)
    if shift not in SHIFTS:
        raise PayrollError("unknown shift: %s" % shift)
    if week_hours_before < 0:
        raise PayrollError("week hours cannot be negative")
    return day


def _shift_premium(hours, shift, holiday, union_member):
    if shift == "night" and union_member:
        premium = UNION_NIGHT_PREMIUM
    else:
        premium = SHIFT_PREMIUMS[shift]
    if holiday and union_member:
        return hours * premium * 2
    return hours * premium
