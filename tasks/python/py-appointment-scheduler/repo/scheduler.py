"""Appointment booking for the outpatient clinic.

Legacy module: a calendar is a plain dict mapping each doctor to a list of appointment dicts
(plus a "_seq" counter for ids), and every function takes the clinic's opening hours and
holidays as extra arguments and re-checks the rules on its own.

Times are naive `datetime` values; durations are in minutes.
"""

from datetime import datetime, timedelta

KIND_MINUTES = {"checkup": 20, "consult": 30, "procedure": 60}
PROCEDURE_BUFFER = 10
LUNCH = (12, 13)
MAX_PER_DAY = 8
LATE_NOTICE_HOURS = 24
LATE_CANCEL_FEE = 25.0
SLOT_STEP = 15


class SchedulingError(ValueError):
    """Raised when an appointment cannot be booked, moved or cancelled."""


def book_appointment(calendar, clinic_hours, holidays, patient, doctor, start, kind="checkup", duration=None):
    """Book an appointment and return its id.

    `clinic_hours` maps a weekday (0 = Monday) to (opening hour, closing hour); `holidays` is a
    collection of dates on which the clinic is closed.
    """
    if kind not in KIND_MINUTES:
        raise SchedulingError("unknown appointment kind: %s" % kind)
    if duration is None:
        duration = KIND_MINUTES[kind]
    if duration <= 0 or duration % 5 != 0:
        raise SchedulingError("duration must be a positive multiple of 5 minutes")
    if start.minute % 5 != 0 or start.second != 0 or start.microsecond != 0:
        raise SchedulingError("start must be on a 5-minute boundary")
    end = start + timedelta(minutes=duration)
    day = start.date()
    if day in holidays or start.weekday() not in clinic_hours:
        raise SchedulingError("clinic closed on %s" % day.isoformat())
    opening, closing = clinic_hours[start.weekday()]
    if start.hour < opening or end > datetime(day.year, day.month, day.day, closing):
        raise SchedulingError("outside clinic hours")
    if kind != "procedure":
        lunch_start = datetime(day.year, day.month, day.day, LUNCH[0])
        lunch_end = datetime(day.year, day.month, day.day, LUNCH[1])
        if start < lunch_end and end > lunch_start:
            raise SchedulingError("overlaps the lunch break")
    # the patient may not be in two places at once, whichever doctor
    for other_doctor, appointments in calendar.items():
        if other_doctor == "_seq":
            continue
        for appt in appointments:
            if appt["patient"] == patient and appt["start"] < end and appt["end"] > start:
                raise SchedulingError("patient %s already booked at that time" % patient)
    booked = calendar.get(doctor, [])
    same_day = 0
    for appt in booked:
        appt_end = appt["end"]
        if appt["kind"] == "procedure":
            appt_end = appt_end + timedelta(minutes=PROCEDURE_BUFFER)
        new_end = end
        if kind == "procedure":
            new_end = end + timedelta(minutes=PROCEDURE_BUFFER)
        if appt["start"] < new_end and appt_end > start:
            raise SchedulingError("doctor %s is not free at that time" % doctor)
        if appt["start"].date() == day:
            same_day += 1
    if same_day >= MAX_PER_DAY:
        raise SchedulingError("doctor %s is fully booked on %s" % (doctor, day.isoformat()))
    calendar["_seq"] = calendar.get("_seq", 0) + 1
    appointment_id = "%s-%04d" % (doctor, calendar["_seq"])
    booked.append({
        "id": appointment_id,
        "patient": patient,
        "start": start,
        "end": end,
        "kind": kind,
        "rescheduled": 0,
    })
    booked.sort(key=lambda a: a["start"])
    calendar[doctor] = booked
    return appointment_id


def cancel_appointment(calendar, appointment_id, now, by_patient=True):
    """Cancel an appointment; return the late-cancellation fee that applies (0.0 when none)."""
    for doctor, appointments in calendar.items():
        if doctor == "_seq":
            continue
        for appt in appointments:
            if appt["id"] == appointment_id:
                if appt["start"] <= now:
                    raise SchedulingError("cannot cancel a past appointment")
                appointments.remove(appt)
                if by_patient and appt["start"] - now < timedelta(hours=LATE_NOTICE_HOURS):
                    if appt["kind"] == "procedure":
                        return LATE_CANCEL_FEE * 2
                    return LATE_CANCEL_FEE
                return 0.0
    raise SchedulingError("no appointment %s" % appointment_id)


def reschedule_appointment(calendar, clinic_hours, holidays, appointment_id, new_start, now):
    """Move an appointment to `new_start` with the same doctor, kind and length."""
    found = None
    doctor = None
    for name, appointments in calendar.items():
        if name == "_seq":
            continue
        for appt in appointments:
            if appt["id"] == appointment_id:
                found = appt
                doctor = name
    if found is None:
        raise SchedulingError("no appointment %s" % appointment_id)
    if found["start"] <= now:
        raise SchedulingError("cannot move a past appointment")
    if found["rescheduled"] >= 2:
        raise SchedulingError("appointment %s was already rescheduled twice" % appointment_id)
    if new_start <= now:
        raise SchedulingError("cannot move an appointment into the past")
    if new_start.minute % 5 != 0 or new_start.second != 0 or new_start.microsecond != 0:
        raise SchedulingError("start must be on a 5-minute boundary")
    duration = found["end"] - found["start"]
    end = new_start + duration
    day = new_start.date()
    if day in holidays or new_start.weekday() not in clinic_hours:
        raise SchedulingError("clinic closed on %s" % day.isoformat())
    opening, closing = clinic_hours[new_start.weekday()]
    if new_start.hour < opening or end > datetime(day.year, day.month, day.day, closing):
        raise SchedulingError("outside clinic hours")
    if found["kind"] != "procedure":
        lunch_start = datetime(day.year, day.month, day.day, LUNCH[0])
        lunch_end = datetime(day.year, day.month, day.day, LUNCH[1])
        if new_start < lunch_end and end > lunch_start:
            raise SchedulingError("overlaps the lunch break")
    for other_doctor, appointments in calendar.items():
        if other_doctor == "_seq":
            continue
        for appt in appointments:
            if appt is found:
                continue
            if appt["patient"] == found["patient"] and appt["start"] < end and appt["end"] > new_start:
                raise SchedulingError("patient %s already booked at that time" % found["patient"])
    same_day = 0
    for appt in calendar[doctor]:
        if appt is found:
            continue
        appt_end = appt["end"]
        if appt["kind"] == "procedure":
            appt_end = appt_end + timedelta(minutes=PROCEDURE_BUFFER)
        new_end = end
        if found["kind"] == "procedure":
            new_end = end + timedelta(minutes=PROCEDURE_BUFFER)
        if appt["start"] < new_end and appt_end > new_start:
            raise SchedulingError("doctor %s is not free at that time" % doctor)
        if appt["start"].date() == day:
            same_day += 1
    if same_day >= MAX_PER_DAY:
        raise SchedulingError("doctor %s is fully booked on %s" % (doctor, day.isoformat()))
    found["start"] = new_start
    found["end"] = end
    found["rescheduled"] += 1
    calendar[doctor].sort(key=lambda a: a["start"])
    return found["id"]


def free_slots(calendar, clinic_hours, holidays, doctor, day, kind="checkup"):
    """Start times ("HH:MM") on `day` at which `doctor` could take an appointment of `kind`."""
    if kind not in KIND_MINUTES:
        raise SchedulingError("unknown appointment kind: %s" % kind)
    if day in holidays or day.weekday() not in clinic_hours:
        return []
    duration = timedelta(minutes=KIND_MINUTES[kind])
    opening, closing = clinic_hours[day.weekday()]
    booked = calendar.get(doctor, [])
    same_day = 0
    for appt in booked:
        if appt["start"].date() == day:
            same_day += 1
    if same_day >= MAX_PER_DAY:
        return []
    slots = []
    start = datetime(day.year, day.month, day.day, opening)
    close = datetime(day.year, day.month, day.day, closing)
    while start + duration <= close:
        end = start + duration
        ok = True
        if kind != "procedure":
            lunch_start = datetime(day.year, day.month, day.day, LUNCH[0])
            lunch_end = datetime(day.year, day.month, day.day, LUNCH[1])
            if start < lunch_end and end > lunch_start:
                ok = False
        if ok:
            for appt in booked:
                appt_end = appt["end"]
                if appt["kind"] == "procedure":
                    appt_end = appt_end + timedelta(minutes=PROCEDURE_BUFFER)
                new_end = end
                if kind == "procedure":
                    new_end = end + timedelta(minutes=PROCEDURE_BUFFER)
                if appt["start"] < new_end and appt_end > start:
                    ok = False
                    break
        if ok:
            slots.append(start.strftime("%H:%M"))
        start = start + timedelta(minutes=SLOT_STEP)
    return slots
