"""Appointment booking for the outpatient clinic.

A calendar is a plain dict mapping each doctor to a list of appointment dicts (plus a "_seq"
counter for ids); callers own it. `Calendar` wraps such a dict, `Clinic` holds the opening
hours, holidays and house rules, and `Booking` checks one proposed appointment against both.

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
SEQ_KEY = "_seq"


class SchedulingError(ValueError):
    """Raised when an appointment cannot be booked, moved or cancelled."""


def _at(day, hour):
    return datetime(day.year, day.month, day.day, hour)


def _check_boundary(start):
    if start.minute % 5 != 0 or start.second != 0 or start.microsecond != 0:
        raise SchedulingError("start must be on a 5-minute boundary")


class Clinic:
    """Opening hours, holidays and the lunch break."""

    def __init__(self, clinic_hours, holidays):
        self.clinic_hours = clinic_hours
        self.holidays = holidays

    def is_open(self, day):
        return day not in self.holidays and day.weekday() in self.clinic_hours

    def opening(self, day):
        opening, closing = self.clinic_hours[day.weekday()]
        return _at(day, opening), _at(day, closing)

    @staticmethod
    def overlaps_lunch(start, end, kind):
        """Only procedures may run over the lunch break."""
        if kind == "procedure":
            return False
        day = start.date()
        return start < _at(day, LUNCH[1]) and end > _at(day, LUNCH[0])

    def check(self, start, end, kind):
        """Raise unless the clinic is open for the whole of [start, end)."""
        day = start.date()
        if not self.is_open(day):
            raise SchedulingError("clinic closed on %s" % day.isoformat())
        opening, closing = self.clinic_hours[start.weekday()]
        if start.hour < opening or end > _at(day, closing):
            raise SchedulingError("outside clinic hours")
        if self.overlaps_lunch(start, end, kind):
            raise SchedulingError("overlaps the lunch break")


def _busy_until(appt):
    """A procedure keeps the room busy for a cleaning buffer after it ends."""
    if appt["kind"] == "procedure":
        return appt["end"] + timedelta(minutes=PROCEDURE_BUFFER)
    return appt["end"]


class Calendar:
    """The caller's calendar dict, seen as doctors with their appointments."""

    def __init__(self, data):
        self.data = data

    def doctors(self):
        return [(doctor, appts) for doctor, appts in self.data.items() if doctor != SEQ_KEY]

    def appointments(self):
        return [appt for _, appts in self.doctors() for appt in appts]

    def matches(self, appointment_id):
        """(doctor, appointment) pairs with that id, in calendar order."""
        return [(doctor, appt) for doctor, appts in self.doctors() for appt in appts if appt["id"] == appointment_id]

    def find(self, appointment_id):
        """(doctor, appointment) of the last appointment with that id, or (None, None)."""
        found = self.matches(appointment_id)
        return found[-1] if found else (None, None)

    def find_first(self, appointment_id):
        """(doctor, appointment) of the first appointment with that id, or (None, None)."""
        found = self.matches(appointment_id)
        return found[0] if found else (None, None)

    def booked(self, doctor):
        return self.data.get(doctor, [])

    def next_id(self, doctor):
        self.data[SEQ_KEY] = self.data.get(SEQ_KEY, 0) + 1
        return "%s-%04d" % (doctor, self.data[SEQ_KEY])


class Booking:
    """One proposed appointment, checked against the clinic and the calendar.

    `moving` is the appointment being rescheduled, which never clashes with itself.
    """

    def __init__(self, calendar, clinic, patient, doctor, start, end, kind, moving=None):
        self.calendar = calendar
        self.clinic = clinic
        self.patient = patient
        self.doctor = doctor
        self.start = start
        self.end = end
        self.kind = kind
        self.moving = moving

    def check(self):
        self.clinic.check(self.start, self.end, self.kind)
        self.check_patient_free()
        self.check_doctor_free()

    def check_patient_free(self):
        # the patient may not be in two places at once, whichever doctor
        for appt in self._others(self.calendar.appointments()):
            if appt["patient"] == self.patient and appt["start"] < self.end and appt["end"] > self.start:
                raise SchedulingError("patient %s already booked at that time" % self.patient)

    def check_doctor_free(self):
        same_day = 0
        for appt in self._others(self.calendar.booked(self.doctor)):
            if self.clashes_with(appt):
                raise SchedulingError("doctor %s is not free at that time" % self.doctor)
            if appt["start"].date() == self.start.date():
                same_day += 1
        if same_day >= MAX_PER_DAY:
            raise SchedulingError("doctor %s is fully booked on %s" % (self.doctor, self.start.date().isoformat()))

    def clashes_with(self, appt):
        end = self.end
        if self.kind == "procedure":
            end = end + timedelta(minutes=PROCEDURE_BUFFER)
        return appt["start"] < end and _busy_until(appt) > self.start

    def _others(self, appts):
        return [appt for appt in appts if appt is not self.moving]


def _duration(kind, duration):
    if kind not in KIND_MINUTES:
        raise SchedulingError("unknown appointment kind: %s" % kind)
    if duration is None:
        duration = KIND_MINUTES[kind]
    if duration <= 0 or duration % 5 != 0:
        raise SchedulingError("duration must be a positive multiple of 5 minutes")
    return duration


def book_appointment(calendar, clinic_hours, holidays, patient, doctor, start, kind="checkup", duration=None):
    """Book an appointment and return its id.

    `clinic_hours` maps a weekday (0 = Monday) to (opening hour, closing hour); `holidays` is a
    collection of dates on which the clinic is closed.
    """
    duration = _duration(kind, duration)
    _check_boundary(start)
    end = start + timedelta(minutes=duration)
    cal = Calendar(calendar)
    Booking(cal, Clinic(clinic_hours, holidays), patient, doctor, start, end, kind).check()
    booked = cal.booked(doctor)
    appointment_id = cal.next_id(doctor)
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
    doctor, appt = Calendar(calendar).find_first(appointment_id)
    if appt is None:
        raise SchedulingError("no appointment %s" % appointment_id)
    if appt["start"] <= now:
        raise SchedulingError("cannot cancel a past appointment")
    calendar[doctor].remove(appt)
    if by_patient and appt["start"] - now < timedelta(hours=LATE_NOTICE_HOURS):
        return LATE_CANCEL_FEE * 2 if appt["kind"] == "procedure" else LATE_CANCEL_FEE
    return 0.0


_LEGACY_RESCHEDULE = 'def reschedule_appointment(calendar, clinic_hours, holidays, appointment_id, new_start, now):\n    """Move an appointment to `new_start` with the same doctor, kind and length."""\n    found = None\n    doctor = None\n    for name, appointments in calendar.items():\n        if name == "_seq":\n            continue\n        for appt in appointments:\n            if appt["id"] == appointment_id:\n                found = appt\n                doctor = name\n    if found is None:\n        raise SchedulingError("no appointment %s" % appointment_id)\n    if found["start"] <= now:\n        raise SchedulingError("cannot move a past appointment")\n    if found["rescheduled"] >= 2:\n        raise SchedulingError("appointment %s was already rescheduled twice" % appointment_id)\n    if new_start <= now:\n        raise SchedulingError("cannot move an appointment into the past")\n    if new_start.minute % 5 != 0 or new_start.second != 0 or new_start.microsecond != 0:\n        raise SchedulingError("start must be on a 5-minute boundary")\n    duration = found["end"] - found["start"]\n    end = new_start + duration\n    day = new_start.date()\n    if day in holidays or new_start.weekday() not in clinic_hours:\n        raise SchedulingError("clinic closed on %s" % day.isoformat())\n    opening, closing = clinic_hours[new_start.weekday()]\n    if new_start.hour < opening or end > datetime(day.year, day.month, day.day, closing):\n        raise SchedulingError("outside clinic hours")\n    if found["kind"] != "procedure":\n        lunch_start = datetime(day.year, day.month, day.day, LUNCH[0])\n        lunch_end = datetime(day.year, day.month, day.day, LUNCH[1])\n        if new_start < lunch_end and end > lunch_start:\n            raise SchedulingError("overlaps the lunch break")\n    for other_doctor, appointments in calendar.items():\n        if other_doctor == "_seq":\n            continue\n        for appt in appointments:\n            if appt is found:\n                continue\n            if appt["patient"] == found["patient"] and appt["start"] < end and appt["end"] > new_start:\n                raise SchedulingError("patient %s already booked at that time" % found["patient"])\n    same_day = 0\n    for appt in calendar[doctor]:\n        if appt is found:\n            continue\n        appt_end = appt["end"]\n        if appt["kind"] == "procedure":\n            appt_end = appt_end + timedelta(minutes=PROCEDURE_BUFFER)\n        new_end = end\n        if found["kind"] == "procedure":\n            new_end = end + timedelta(minutes=PROCEDURE_BUFFER)\n        if appt["start"] < new_end and appt_end > new_start:\n            raise SchedulingError("doctor %s is not free at that time" % doctor)\n        if appt["start"].date() == day:\n            same_day += 1\n    if same_day >= MAX_PER_DAY:\n        raise SchedulingError("doctor %s is fully booked on %s" % (doctor, day.isoformat()))\n    found["start"] = new_start\n    found["end"] = end\n    found["rescheduled"] += 1\n    calendar[doctor].sort(key=lambda a: a["start"])\n    return found["id"]\n'
_scope = {"datetime": datetime, "timedelta": timedelta, "SchedulingError": SchedulingError,
          "LUNCH": LUNCH, "PROCEDURE_BUFFER": PROCEDURE_BUFFER, "MAX_PER_DAY": MAX_PER_DAY}
exec(_LEGACY_RESCHEDULE, _scope)
reschedule_appointment = _scope["reschedule_appointment"]


def _check_movable(found, appointment_id, new_start, now):
    if found is None:
        raise SchedulingError("no appointment %s" % appointment_id)
    if found["start"] <= now:
        raise SchedulingError("cannot move a past appointment")
    if found["rescheduled"] >= 2:
        raise SchedulingError("appointment %s was already rescheduled twice" % appointment_id)
    if new_start <= now:
        raise SchedulingError("cannot move an appointment into the past")
    _check_boundary(new_start)


def free_slots(calendar, clinic_hours, holidays, doctor, day, kind="checkup"):
    """Start times ("HH:MM") on `day` at which `doctor` could take an appointment of `kind`."""
    duration = timedelta(minutes=_duration(kind, None))
    clinic = Clinic(clinic_hours, holidays)
    if not clinic.is_open(day):
        return []
    cal = Calendar(calendar)
    booked = cal.booked(doctor)
    if sum(1 for appt in booked if appt["start"].date() == day) >= MAX_PER_DAY:
        return []
    start, close = clinic.opening(day)
    slots = []
    while start + duration <= close:
        booking = Booking(cal, clinic, None, doctor, start, start + duration, kind)
        if not clinic.overlaps_lunch(start, start + duration, kind) and not any(map(booking.clashes_with, booked)):
            slots.append(start.strftime("%H:%M"))
        start = start + timedelta(minutes=SLOT_STEP)
    return slots
