"""Weekly timesheet reports from the time-clock export.

The export has one line per shift:
`date,employee,project,start,end,break_minutes,billable` (times as HH:MM, 24h clock).
"""

import datetime

WEEK_LIMIT_MINUTES = 40 * 60
MAX_SHIFT_MINUTES = 16 * 60
YES = ("y", "yes", "1", "true")
NO = ("n", "no", "0", "false", "")
FIELDS = 7
DAY_MINUTES = 24 * 60
TEXT_ROW = "%-12s %7s %7s %7s"


class TimesheetError(ValueError):
    """Raised for a line of the export that cannot be read."""


# --- parsing ------------------------------------------------------------------------

def parse_entries(text):
    """Read the export into entries: {date, employee, project, minutes, billable}."""
    entries = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line and not line.startswith("#"):
            entries.append(_parse_line(line, lineno))
    return entries


def _parse_line(line, lineno):
    parts = [part.strip() for part in line.split(",")]
    if len(parts) != FIELDS:
        raise TimesheetError("line %d: expected 7 fields, got %d" % (lineno, len(parts)))
    day, employee, project, start, end, pause, billable = parts
    date = _parse_date(day, lineno)
    if not employee:
        raise TimesheetError("line %d: missing employee" % lineno)
    worked = _worked_minutes(start, end, pause, lineno)
    return {
        "date": date, "employee": employee, "project": project or "internal",
        "minutes": worked, "billable": _parse_flag(billable, lineno),
    }


def _parse_date(day, lineno):
    try:
        return datetime.date.fromisoformat(day)
    except ValueError:
        raise TimesheetError("line %d: bad date %r" % (lineno, day))


def _clock_minutes(value, label, lineno):
    """Minutes after midnight of an HH:MM time."""
    hours, colon, minutes = value[:2], value[2:3], value[3:]
    if len(value) != 5 or colon != ":" or not hours.isdigit() or not minutes.isdigit():
        raise TimesheetError("line %d: bad %s time %r" % (lineno, label, value))
    if int(hours) > 23 or int(minutes) > 59:
        raise TimesheetError("line %d: bad %s time %r" % (lineno, label, value))
    return int(hours) * 60 + int(minutes)


def _worked_minutes(start, end, pause, lineno):
    """Shift length less the break; a shift ending at or before its start ends the next day."""
    start_minutes = _clock_minutes(start, "start", lineno)
    end_minutes = _clock_minutes(end, "end", lineno)
    if end_minutes <= start_minutes:
        end_minutes += DAY_MINUTES
    pause_minutes = _break_minutes(pause, lineno)
    worked = end_minutes - start_minutes - pause_minutes
    if worked <= 0:
        raise TimesheetError("line %d: break longer than the shift" % lineno)
    if worked > MAX_SHIFT_MINUTES:
        raise TimesheetError("line %d: shift longer than 16 hours" % lineno)
    return worked


def _break_minutes(pause, lineno):
    try:
        minutes = int(pause)
    except ValueError:
        raise TimesheetError("line %d: bad break %r" % (lineno, pause))
    if minutes < 0:
        raise TimesheetError("line %d: negative break" % lineno)
    return minutes


def _parse_flag(billable, lineno):
    flag = billable.lower()
    if flag in YES:
        return True
    if flag in NO:
        return False
    raise TimesheetError("line %d: bad billable flag %r" % (lineno, billable))


# --- weekly totals ---------------------------------------------------------------------

def _week_totals(entries, week_start):
    """Minutes worked and billable, minutes per project and days worked, per employee."""
    week_end = week_start + datetime.timedelta(days=7)
    totals = {}
    for entry in entries:
        if not week_start <= entry["date"] < week_end:
            continue
        person = totals.setdefault(entry["employee"], {"minutes": 0, "billable": 0, "projects": {}, "days": set()})
        person["minutes"] += entry["minutes"]
        if entry["billable"]:
            person["billable"] += entry["minutes"]
        projects = person["projects"]
        projects[entry["project"]] = projects.get(entry["project"], 0) + entry["minutes"]
        person["days"].add(entry["date"])
    return totals


def _overtime(minutes):
    return max(minutes - WEEK_LIMIT_MINUTES, 0)


def _hours(minutes):
    return round(minutes / 60, 2)


def weekly_summary(entries, week_start):
    """Per employee (sorted): hours, billable hours, overtime, utilisation, days, projects."""
    totals = _week_totals(entries, week_start)
    return {name: _person_summary(totals[name]) for name in sorted(totals)}


def _person_summary(person):
    return {
        "hours": _hours(person["minutes"]),
        "billable_hours": _hours(person["billable"]),
        "overtime_hours": _hours(_overtime(person["minutes"])),
        "utilisation": round(person["billable"] * 100.0 / person["minutes"], 1),
        "days": len(person["days"]),
        "projects": {p: _hours(m) for p, m in sorted(person["projects"].items())},
    }


# --- rendering -------------------------------------------------------------------------

def _hm(minutes):
    """A duration as H:MM."""
    return "%d:%02d" % (minutes // 60, minutes % 60)


def render_report(entries, week_start, style="text", show_projects=False):
    """The weekly report as aligned text or as CSV; durations as H:MM."""
    fmt = style
    if fmt not in ("text", "csv"):
        raise TimesheetError("unknown format: %s" % fmt)
    totals = _week_totals(entries, week_start)
    render = _text_report if fmt == "text" else _csv_report
    lines = render(totals, week_start, show_projects)
    return "\n".join(lines) + "\n"


def _grand_total(totals):
    people = totals.values()
    return sum(p["minutes"] for p in people), sum(p["billable"] for p in people)


def _text_report(totals, week_start, show_projects):
    lines = ["Week of %s" % week_start.isoformat(), TEXT_ROW % ("employee", "worked", "billed", "over")]
    for name in sorted(totals):
        person = totals[name]
        over = _overtime(person["minutes"])
        lines.append(TEXT_ROW % (name[:12], _hm(person["minutes"]), _hm(person["billable"]), _hm(over) if over else "-"))
        if show_projects:
            lines += ["  %-10s %7s" % (project[:10], _hm(minutes)) for project, minutes in sorted(person["projects"].items())]
    worked, billed = _grand_total(totals)
    lines.append("%-12s %7s %7s" % ("TOTAL", _hm(worked), _hm(billed)))
    return lines


def _csv_field(text):
    return text.replace(",", " ")


def _csv_report(totals, week_start, show_projects):
    lines = ["employee,worked,billed,over"]
    for name in sorted(totals):
        person = totals[name]
        over = _overtime(person["minutes"])
        row = (_csv_field(name), _hm(person["minutes"]), _hm(person["billable"]), _hm(over))
        lines.append(",".join(row))
        if show_projects:
            lines += ["%s/%s,%s,," % (_csv_field(name), _csv_field(project), _hm(minutes))
                      for project, minutes in sorted(person["projects"].items())]
    worked, billed = _grand_total(totals)
    lines.append("TOTAL,%s,%s," % (_hm(worked), _hm(billed)))
    return lines
