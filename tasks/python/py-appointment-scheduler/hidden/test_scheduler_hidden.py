"""Hidden behaviour tests for scheduler.py (public functions only)."""

from datetime import date, datetime, timedelta

import pytest

import scheduler
from scheduler import SchedulingError, book_appointment, cancel_appointment, free_slots, reschedule_appointment

HOURS = {0: (8, 17), 1: (8, 17), 2: (8, 17), 3: (8, 17), 4: (8, 14)}
HOLIDAYS = {date(2024, 5, 1)}
MON = date(2024, 4, 29)
TUE = date(2024, 4, 30)
FRI = date(2024, 5, 3)
EARLY = datetime(2024, 4, 20, 8, 0)


def at(day, hour, minute=0):
    return datetime(day.year, day.month, day.day, hour, minute)


def book(cal, patient, doctor, start, kind="checkup", duration=None):
    return book_appointment(cal, HOURS, HOLIDAYS, patient, doctor, start, kind, duration)


def move(cal, appt, start, now=EARLY):
    return reschedule_appointment(cal, HOURS, HOLIDAYS, appt, start, now)


def fails(message, fn, *args, **kwargs):
    with pytest.raises(SchedulingError) as info:
        fn(*args, **kwargs)
    assert str(info.value) == message


def test_constants():
    assert scheduler.KIND_MINUTES == {"checkup": 20, "consult": 30, "procedure": 60}
    assert (scheduler.PROCEDURE_BUFFER, scheduler.LUNCH, scheduler.MAX_PER_DAY) == (10, (12, 13), 8)
    assert (scheduler.LATE_NOTICE_HOURS, scheduler.LATE_CANCEL_FEE, scheduler.SLOT_STEP) == (24, 25.0, 15)
    assert issubclass(SchedulingError, ValueError)


# --- booking ------------------------------------------------------------------

def test_booked_appointment_record():
    cal = {}
    assert book(cal, "p1", "drlee", at(MON, 9)) == "drlee-0001"
    assert cal == {"_seq": 1, "drlee": [{"id": "drlee-0001", "patient": "p1", "start": at(MON, 9),
                                         "end": at(MON, 9, 20), "kind": "checkup", "rescheduled": 0}]}


@pytest.mark.parametrize("kind, minutes", [("checkup", 20), ("consult", 30), ("procedure", 60)])
def test_default_duration_per_kind(kind, minutes):
    cal = {}
    book(cal, "p1", "drlee", at(MON, 8), kind)
    appt = cal["drlee"][0]
    assert appt["end"] - appt["start"] == timedelta(minutes=minutes)
    assert appt["kind"] == kind


def test_explicit_duration():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 8), "consult", 5)
    book(cal, "p2", "drlee", at(MON, 9), "checkup", 45)
    assert [a["end"] for a in cal["drlee"]] == [at(MON, 8, 5), at(MON, 9, 45)]


def test_positional_and_keyword_call():
    cal = {}
    assert book_appointment(cal, HOURS, HOLIDAYS, "p1", "drlee", at(MON, 8), "consult", 40) == "drlee-0001"
    assert book_appointment(calendar=cal, clinic_hours=HOURS, holidays=HOLIDAYS, patient="p2", doctor="drlee",
                            start=at(MON, 10), kind="procedure", duration=None) == "drlee-0002"


def test_unknown_kind():
    fails("unknown appointment kind: xray", book, {}, "p1", "drlee", at(MON, 9, 3), "xray", 7)


@pytest.mark.parametrize("duration", [0, -5, 7, 12, 1])
def test_bad_duration(duration):
    fails("duration must be a positive multiple of 5 minutes", book, {}, "p1", "drlee", at(MON, 9, 3), "checkup", duration)


@pytest.mark.parametrize("start", [
    datetime(2024, 4, 29, 9, 3), datetime(2024, 4, 29, 9, 0, 1), datetime(2024, 4, 29, 9, 0, 0, 1),
])
def test_start_boundary(start):
    fails("start must be on a 5-minute boundary", book, {}, "p1", "drlee", start)


def test_boundary_checked_before_closed_day():
    fails("start must be on a 5-minute boundary", book, {}, "p1", "drlee", datetime(2024, 5, 1, 9, 1))


@pytest.mark.parametrize("start, day", [
    (at(date(2024, 5, 1), 9), "2024-05-01"), (at(date(2024, 5, 4), 9), "2024-05-04"),
    (at(date(2024, 5, 5), 9), "2024-05-05"),
])
def test_closed_days(start, day):
    fails("clinic closed on %s" % day, book, {}, "p1", "drlee", start)


@pytest.mark.parametrize("start, kind, ok", [
    (at(MON, 7, 55), "checkup", False), (at(MON, 7, 40), "checkup", False), (at(MON, 8), "checkup", True),
    (at(MON, 16, 40), "checkup", True), (at(MON, 16, 45), "checkup", False), (at(MON, 16), "procedure", True),
    (at(MON, 16, 5), "procedure", False), (at(FRI, 13, 40), "checkup", True), (at(FRI, 13, 45), "checkup", False),
])
def test_clinic_hours(start, kind, ok):
    if ok:
        assert book({}, "p1", "drlee", start, kind) == "drlee-0001"
    else:
        fails("outside clinic hours", book, {}, "p1", "drlee", start, kind)


@pytest.mark.parametrize("start, kind, ok", [
    (at(MON, 11, 40), "checkup", True), (at(MON, 11, 45), "checkup", False), (at(MON, 12), "checkup", False),
    (at(MON, 12, 55), "checkup", False), (at(MON, 13), "checkup", True), (at(MON, 12, 30), "consult", False),
    (at(MON, 11, 30), "consult", True), (at(MON, 11, 30), "procedure", True), (at(MON, 12), "procedure", True),
])
def test_lunch_break(start, kind, ok):
    if ok:
        assert book({}, "p1", "drlee", start, kind) == "drlee-0001"
    else:
        fails("overlaps the lunch break", book, {}, "p1", "drlee", start, kind)


def test_patient_cannot_be_in_two_places():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 9), "consult")
    fails("patient p1 already booked at that time", book, cal, "p1", "drkim", at(MON, 9, 25))
    fails("patient p1 already booked at that time", book, cal, "p1", "drkim", at(MON, 8, 45))
    assert book(cal, "p1", "drkim", at(MON, 9, 30)) == "drkim-0002"
    assert book(cal, "p1", "drkim", at(MON, 8, 40)) == "drkim-0003"


def test_patient_check_ignores_the_procedure_buffer():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 9), "procedure")
    assert book(cal, "p1", "drkim", at(MON, 10)) == "drkim-0002"


def test_patient_checked_before_doctor():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 9))
    fails("patient p1 already booked at that time", book, cal, "p1", "drlee", at(MON, 9))


def test_lunch_checked_before_patient():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 12), "procedure")
    fails("overlaps the lunch break", book, cal, "p1", "drkim", at(MON, 12))


def test_doctor_overlap():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 9), "consult")
    fails("doctor drlee is not free at that time", book, cal, "p2", "drlee", at(MON, 9, 25))
    fails("doctor drlee is not free at that time", book, cal, "p2", "drlee", at(MON, 8, 45))
    fails("doctor drlee is not free at that time", book, cal, "p2", "drlee", at(MON, 8, 30), "checkup", 90)
    assert book(cal, "p2", "drlee", at(MON, 9, 30)) == "drlee-0002"
    assert book(cal, "p3", "drlee", at(MON, 8, 40)) == "drlee-0003"
    assert book(cal, "p4", "drkim", at(MON, 9)) == "drkim-0004"


def test_buffer_after_an_existing_procedure():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 9), "procedure")
    fails("doctor drlee is not free at that time", book, cal, "p2", "drlee", at(MON, 10))
    fails("doctor drlee is not free at that time", book, cal, "p2", "drlee", at(MON, 10, 5))
    assert book(cal, "p2", "drlee", at(MON, 10, 10)) == "drlee-0002"


def test_buffer_after_a_new_procedure():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 10))
    fails("doctor drlee is not free at that time", book, cal, "p2", "drlee", at(MON, 9), "procedure")
    fails("doctor drlee is not free at that time", book, cal, "p2", "drlee", at(MON, 8, 55), "procedure")
    assert book(cal, "p2", "drlee", at(MON, 8, 50), "procedure") == "drlee-0002"
    assert book(cal, "p3", "drlee", at(MON, 10, 20), "procedure") == "drlee-0003"


def test_fully_booked_day():
    cal = {}
    for i in range(8):
        book(cal, "p%d" % i, "drlee", at(MON, 8) + timedelta(minutes=20 * i))
    book(cal, "px", "drlee", at(TUE, 8))
    fails("doctor drlee is fully booked on 2024-04-29", book, cal, "p9", "drlee", at(MON, 14))
    fails("doctor drlee is not free at that time", book, cal, "p9", "drlee", at(MON, 8))
    assert book(cal, "p9", "drlee", at(TUE, 9)) == "drlee-0010"
    assert book(cal, "p9", "drkim", at(MON, 14)) == "drkim-0011"


def test_seven_a_day_is_fine():
    cal = {}
    for i in range(7):
        book(cal, "p%d" % i, "drlee", at(MON, 8) + timedelta(minutes=20 * i))
    assert book(cal, "p8", "drlee", at(MON, 14)) == "drlee-0008"


def test_ids_share_one_sequence_and_continue_it():
    cal = {"_seq": 41}
    assert book(cal, "p1", "drlee", at(MON, 9)) == "drlee-0042"
    assert book(cal, "p2", "drkim", at(MON, 9)) == "drkim-0043"
    assert cal["_seq"] == 43


def test_failed_booking_changes_nothing():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 9))
    fails("doctor drlee is not free at that time", book, cal, "p2", "drlee", at(MON, 9, 10))
    fails("outside clinic hours", book, cal, "p2", "drkim", at(MON, 18))
    assert cal["_seq"] == 1 and sorted(cal) == ["_seq", "drlee"]
    assert "drkim" not in cal and len(cal["drlee"]) == 1


def test_appointments_kept_in_start_order():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 15))
    book(cal, "p2", "drlee", at(MON, 9))
    book(cal, "p3", "drlee", at(MON, 11))
    assert [a["id"] for a in cal["drlee"]] == ["drlee-0002", "drlee-0003", "drlee-0001"]


# --- cancelling ---------------------------------------------------------------

def test_cancel_unknown():
    fails("no appointment drlee-0009", cancel_appointment, {"_seq": 3, "drlee": []}, "drlee-0009", EARLY)


@pytest.mark.parametrize("now, by_patient, kind, fee", [
    (at(MON, 9) - timedelta(hours=24), True, "checkup", 0.0),
    (at(MON, 9) - timedelta(hours=24) + timedelta(minutes=1), True, "checkup", 25.0),
    (at(MON, 9) - timedelta(hours=25), True, "checkup", 0.0),
    (at(MON, 8, 59), True, "checkup", 25.0),
    (at(MON, 8, 59), True, "procedure", 50.0),
    (at(MON, 8, 59), False, "procedure", 0.0),
    (at(MON, 8, 59), False, "checkup", 0.0),
    (EARLY, True, "procedure", 0.0),
])
def test_cancellation_fee(now, by_patient, kind, fee):
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9), kind)
    result = cancel_appointment(cal, appt, now, by_patient)
    assert result == fee and isinstance(result, float)
    assert cal["drlee"] == []


def test_cancel_default_is_by_patient():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9))
    assert cancel_appointment(cal, appt, at(MON, 8)) == 25.0


@pytest.mark.parametrize("now", [at(MON, 9), at(MON, 9, 1), at(TUE, 9)])
def test_cannot_cancel_past(now):
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9))
    fails("cannot cancel a past appointment", cancel_appointment, cal, appt, now)
    assert len(cal["drlee"]) == 1


def test_cancel_removes_only_that_appointment():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 9))
    second = book(cal, "p2", "drkim", at(MON, 9))
    book(cal, "p3", "drkim", at(MON, 10))
    cancel_appointment(cal, second, EARLY)
    assert [a["id"] for a in cal["drkim"]] == ["drkim-0003"]
    assert len(cal["drlee"]) == 1
    fails("no appointment drkim-0002", cancel_appointment, cal, second, EARLY)


# --- rescheduling -------------------------------------------------------------

def test_reschedule_record():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9), "consult", 45)
    assert move(cal, appt, at(TUE, 14)) == appt
    assert cal["drlee"] == [{"id": appt, "patient": "p1", "start": at(TUE, 14), "end": at(TUE, 14, 45),
                             "kind": "consult", "rescheduled": 1}]
    assert cal["_seq"] == 1


def test_reschedule_unknown():
    fails("no appointment nope", move, {"_seq": 1}, "nope", at(MON, 9))


def test_reschedule_past():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9))
    fails("cannot move a past appointment", move, cal, appt, at(TUE, 9), at(MON, 9))
    fails("cannot move a past appointment", move, cal, appt, at(TUE, 9), at(MON, 10))
    assert move(cal, appt, at(TUE, 9), at(MON, 8, 55)) == appt


def test_reschedule_at_most_twice():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9))
    move(cal, appt, at(MON, 10))
    move(cal, appt, at(MON, 11))
    assert cal["drlee"][0]["rescheduled"] == 2
    fails("appointment %s was already rescheduled twice" % appt, move, cal, appt, at(MON, 9, 1), EARLY)


def test_reschedule_into_the_past():
    cal = {}
    appt = book(cal, "p1", "drlee", at(TUE, 9))
    fails("cannot move an appointment into the past", move, cal, appt, at(MON, 9), at(MON, 9))
    fails("cannot move an appointment into the past", move, cal, appt, at(MON, 9, 2), at(MON, 10))
    assert move(cal, appt, at(MON, 9, 5), at(MON, 9)) == appt


def test_reschedule_checks_in_order():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9))
    fails("start must be on a 5-minute boundary", move, cal, appt, datetime(2024, 5, 1, 9, 0, 1))
    fails("clinic closed on 2024-05-01", move, cal, appt, at(date(2024, 5, 1), 7))
    fails("clinic closed on 2024-05-04", move, cal, appt, at(date(2024, 5, 4), 9))
    fails("outside clinic hours", move, cal, appt, at(MON, 7, 55))
    fails("outside clinic hours", move, cal, appt, at(FRI, 13, 45))
    fails("overlaps the lunch break", move, cal, appt, at(MON, 11, 45))
    fails("overlaps the lunch break", move, cal, appt, at(MON, 12, 55))
    assert cal["drlee"][0]["start"] == at(MON, 9) and cal["drlee"][0]["rescheduled"] == 0


def test_reschedule_procedure_over_lunch_and_to_closing():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9), "procedure")
    assert move(cal, appt, at(MON, 12)) == appt
    assert move(cal, appt, at(MON, 16)) == appt
    assert cal["drlee"][0]["end"] == at(MON, 17)


def test_reschedule_onto_its_own_time_is_fine():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9), "procedure")
    assert move(cal, appt, at(MON, 9, 5)) == appt
    assert move(cal, appt, at(MON, 8, 55)) == appt


def test_reschedule_patient_clash():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 9))
    book(cal, "p1", "drkim", at(MON, 10))
    fails("patient p1 already booked at that time", move, cal, appt, at(MON, 10, 15))
    fails("patient p1 already booked at that time", move, cal, appt, at(MON, 9, 45))
    assert move(cal, appt, at(MON, 10, 20)) == appt


def test_reschedule_doctor_clash_and_buffer():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 8))
    book(cal, "p2", "drlee", at(MON, 9), "procedure")
    fails("doctor drlee is not free at that time", move, cal, appt, at(MON, 10, 5))
    fails("doctor drlee is not free at that time", move, cal, appt, at(MON, 8, 45))
    assert move(cal, appt, at(MON, 10, 10)) == appt
    assert [a["id"] for a in cal["drlee"]] == ["drlee-0002", "drlee-0001"]


def test_reschedule_procedure_needs_its_buffer():
    cal = {}
    appt = book(cal, "p1", "drlee", at(MON, 14), "procedure")
    book(cal, "p2", "drlee", at(MON, 10))
    fails("doctor drlee is not free at that time", move, cal, appt, at(MON, 9, 5))
    assert move(cal, appt, at(MON, 8, 50)) == appt


def test_reschedule_into_full_day():
    cal = {}
    appt = book(cal, "px", "drlee", at(TUE, 9))
    for i in range(8):
        book(cal, "p%d" % i, "drlee", at(MON, 8) + timedelta(minutes=20 * i))
    fails("doctor drlee is fully booked on 2024-04-29", move, cal, appt, at(MON, 15))
    moving = cal["drlee"][0]["id"]
    assert move(cal, moving, at(MON, 15)) == moving


def test_reschedule_with_other_doctor_keeps_doctor():
    cal = {}
    book(cal, "p0", "drkim", at(MON, 9))
    appt = book(cal, "p1", "drlee", at(MON, 10))
    move(cal, appt, at(MON, 9))
    assert [a["id"] for a in cal["drlee"]] == [appt]


# --- free slots ---------------------------------------------------------------

def day_slots(start_hour, end_hour):
    out = []
    t = at(MON, start_hour)
    while t < at(MON, end_hour):
        out.append(t.strftime("%H:%M"))
        t += timedelta(minutes=15)
    return out


def test_free_slots_empty_monday():
    assert free_slots({}, HOURS, HOLIDAYS, "drlee", MON) == day_slots(8, 11) + ["11:00", "11:15", "11:30"] + day_slots(13, 16) + ["16:00", "16:15", "16:30"]


def test_free_slots_consult_and_procedure():
    assert free_slots({}, HOURS, HOLIDAYS, "drlee", MON, "consult")[-3:] == ["16:00", "16:15", "16:30"]
    assert "11:30" in free_slots({}, HOURS, HOLIDAYS, "drlee", MON, "consult")
    assert "11:45" not in free_slots({}, HOURS, HOLIDAYS, "drlee", MON, "consult")
    procedure = free_slots({}, HOURS, HOLIDAYS, "drlee", MON, "procedure")
    assert procedure[0] == "08:00" and procedure[-1] == "16:00" and len(procedure) == 33


def test_free_slots_unknown_kind():
    fails("unknown appointment kind: xray", free_slots, {}, HOURS, HOLIDAYS, "drlee", date(2024, 5, 4), "xray")


@pytest.mark.parametrize("day", [date(2024, 5, 1), date(2024, 5, 4), date(2024, 5, 5)])
def test_no_slots_on_closed_days(day):
    assert free_slots({}, HOURS, HOLIDAYS, "drlee", day) == []


def test_slots_around_bookings():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 9), "procedure")
    book(cal, "p2", "drlee", at(MON, 14))
    slots = free_slots(cal, HOURS, HOLIDAYS, "drlee", MON)
    assert slots[:4] == ["08:00", "08:15", "08:30", "10:15"]
    assert "13:30" in slots and "13:45" not in slots and "14:00" not in slots and "14:15" not in slots
    assert "14:30" in slots
    assert free_slots(cal, HOURS, HOLIDAYS, "drkim", MON)[:4] == ["08:00", "08:15", "08:30", "08:45"]


def test_procedure_slots_keep_the_buffer():
    cal = {}
    book(cal, "p1", "drlee", at(MON, 10))
    slots = free_slots(cal, HOURS, HOLIDAYS, "drlee", MON, "procedure")
    assert slots[:4] == ["08:00", "08:15", "08:30", "08:45"]
    assert "09:00" not in slots and "10:15" not in slots and "10:30" in slots


def test_slots_ignore_other_days_and_fill_up():
    cal = {}
    book(cal, "p1", "drlee", at(TUE, 8))
    for i in range(7):
        book(cal, "p%d" % i, "drlee", at(MON, 8) + timedelta(minutes=20 * i))
    assert free_slots(cal, HOURS, HOLIDAYS, "drlee", TUE)[0] == "08:30"
    assert free_slots(cal, HOURS, HOLIDAYS, "drlee", MON)[0] == "10:30"
    book(cal, "p8", "drlee", at(MON, 15))
    assert free_slots(cal, HOURS, HOLIDAYS, "drlee", MON) == []
    assert free_slots(cal, HOURS, HOLIDAYS, "drlee", TUE) != []


def test_friday_closes_early():
    assert free_slots({}, HOURS, HOLIDAYS, "drlee", FRI)[-1] == "13:30"


def test_default_kind_is_a_checkup():
    cal = {}
    assert book_appointment(cal, HOURS, HOLIDAYS, "p1", "drlee", at(MON, 9)) == "drlee-0001"
    assert cal["drlee"][0]["kind"] == "checkup"
    assert cal["drlee"][0]["end"] == at(MON, 9, 20)
    assert free_slots(cal, HOURS, HOLIDAYS, "drlee", MON)[:4] == ["08:00", "08:15", "08:30", "09:30"]
