from datetime import date, datetime

import pytest

from scheduler import SchedulingError, book_appointment, cancel_appointment, free_slots, reschedule_appointment

HOURS = {0: (8, 17), 1: (8, 17), 2: (8, 17), 3: (8, 17), 4: (8, 14)}
HOLIDAYS = {date(2024, 5, 1)}


def test_booking_returns_sequential_ids():
    calendar = {}
    first = book_appointment(calendar, HOURS, HOLIDAYS, "pat-1", "drlee", datetime(2024, 4, 29, 9, 0))
    second = book_appointment(calendar, HOURS, HOLIDAYS, "pat-2", "drlee", datetime(2024, 4, 29, 9, 20))
    assert (first, second) == ("drlee-0001", "drlee-0002")


def test_double_booking_a_doctor_is_refused():
    calendar = {}
    book_appointment(calendar, HOURS, HOLIDAYS, "pat-1", "drlee", datetime(2024, 4, 29, 9, 0), kind="consult")
    with pytest.raises(SchedulingError):
        book_appointment(calendar, HOURS, HOLIDAYS, "pat-2", "drlee", datetime(2024, 4, 29, 9, 15))


def test_late_cancellation_costs_a_fee():
    calendar = {}
    appt = book_appointment(calendar, HOURS, HOLIDAYS, "pat-1", "drlee", datetime(2024, 4, 29, 9, 0))
    assert cancel_appointment(calendar, appt, datetime(2024, 4, 28, 18, 0)) == 25.0
    assert calendar["drlee"] == []


def test_reschedule_moves_the_appointment():
    calendar = {}
    appt = book_appointment(calendar, HOURS, HOLIDAYS, "pat-1", "drlee", datetime(2024, 4, 29, 9, 0))
    reschedule_appointment(calendar, HOURS, HOLIDAYS, appt, datetime(2024, 4, 30, 10, 0), datetime(2024, 4, 26, 8, 0))
    assert calendar["drlee"][0]["start"] == datetime(2024, 4, 30, 10, 0)
    assert calendar["drlee"][0]["rescheduled"] == 1


def test_free_slots_on_a_friday():
    assert free_slots({}, HOURS, HOLIDAYS, "drlee", date(2024, 5, 3), kind="procedure") == [
        "08:00", "08:15", "08:30", "08:45", "09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30",
        "10:45", "11:00", "11:15", "11:30", "11:45", "12:00", "12:15", "12:30", "12:45", "13:00"]
