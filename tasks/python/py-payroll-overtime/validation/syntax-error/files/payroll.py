"""Shift pay for hourly staff.

Amounts are in the employee's pay currency; hours are decimal hours.
"""

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SHIFTS = ("day", "evening", "night")
WEEKLY_LIMIT = 40.0
DOUBLE_TIME_AFTER = 12.0

# Daily overtime starts after this many hours.
OVERTIME_AFTER = 8.0
UNION_OVERTIME_AFTER = 7.5
# Weekend hours are paid at a multiple of the base rate; overtime adds half the base rate on top.
DAY_MULTIPLIERS = {"sat": 1.25, "sun": 1.5}
OVERTIME_EXTRA = 0.5
DOUBLE_TIME = 2.0
SUNDAY_DOUBLE_TIME = 2.25
# On holidays every regular hour is paid double and every overtime hour 2.5 times.
HOLIDAY_MULTIPLIER = 2.0
HOLIDAY_OVERTIME = 2.5
# Flat premium per hour worked, by shift.
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
    regular, overtime, double = _split_hours(hours, union_member, week_hours_before)
    pay = _hours_pay(regular, overtime, double, hourly_rate, day, holiday)
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


def _split_hours(hours, union_member, week_hours_before)
    """Split the shift into (regular, overtime, double-time) hours.

    Hours past the daily threshold are overtime, hours past twelve are double time, and
    regular hours that take the week past its limit become overtime as well.
    """
    threshold = UNION_OVERTIME_AFTER if union_member else OVERTIME_AFTER
    regular = min(hours, threshold)
    overtime = min(hours, DOUBLE_TIME_AFTER) - regular
    double = max(hours - DOUBLE_TIME_AFTER, 0.0)
    spill = week_hours_before + regular - WEEKLY_LIMIT
    spill = min(max(spill, 0.0), regular)
    return regular - spill, overtime + spill, double


def _hours_pay(regular, overtime, double, hourly_rate, day, holiday):
    if holiday:
        return (regular * hourly_rate * HOLIDAY_MULTIPLIER
                + (overtime + double) * hourly_rate * HOLIDAY_OVERTIME)
    multiplier = DAY_MULTIPLIERS.get(day, 1.0)
    pay = regular * hourly_rate * multiplier + overtime * hourly_rate * (multiplier + OVERTIME_EXTRA)
    double_rate = SUNDAY_DOUBLE_TIME if day == "sun" else DOUBLE_TIME
    return pay + double * hourly_rate * double_rate


def _shift_premium(hours, shift, holiday, union_member):
    if shift == "night" and union_member:
        premium = UNION_NIGHT_PREMIUM
    else:
        premium = SHIFT_PREMIUMS[shift]
    if holiday and union_member:
        return hours * premium * 2
    return hours * premium
