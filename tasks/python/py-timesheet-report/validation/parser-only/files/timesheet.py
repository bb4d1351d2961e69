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


def weekly_summary(entries, week_start):
    """Per employee (sorted): hours, billable hours, overtime, utilisation, days, projects."""
    week_end = week_start + datetime.timedelta(days=7)
    totals = {}
    for entry in entries:
        if entry["date"] < week_start or entry["date"] >= week_end:
            continue
        person = totals.get(entry["employee"])
        if person is None:
            person = {"minutes": 0, "billable": 0, "projects": {}, "days": set()}
            totals[entry["employee"]] = person
        person["minutes"] += entry["minutes"]
        if entry["billable"]:
            person["billable"] += entry["minutes"]
        person["projects"][entry["project"]] = person["projects"].get(entry["project"], 0) + entry["minutes"]
        person["days"].add(entry["date"])
    result = {}
    for name in sorted(totals):
        person = totals[name]
        if person["minutes"] > WEEK_LIMIT_MINUTES:
            overtime = person["minutes"] - WEEK_LIMIT_MINUTES
        else:
            overtime = 0
        result[name] = {
            "hours": round(person["minutes"] / 60, 2),
            "billable_hours": round(person["billable"] / 60, 2),
            "overtime_hours": round(overtime / 60, 2),
            "utilisation": round(person["billable"] * 100.0 / person["minutes"], 1),
            "days": len(person["days"]),
            "projects": {p: round(m / 60, 2) for p, m in sorted(person["projects"].items())},
        }
    return result


def render_report(entries, week_start, fmt="text", show_projects=False):
    """The weekly report as aligned text or as CSV; durations as H:MM."""
    if fmt not in ("text", "csv"):
        raise TimesheetError("unknown format: %s" % fmt)
    week_end = week_start + datetime.timedelta(days=7)
    totals = {}
    for entry in entries:
        if entry["date"] < week_start or entry["date"] >= week_end:
            continue
        person = totals.setdefault(entry["employee"], {"minutes": 0, "billable": 0, "projects": {}})
        person["minutes"] += entry["minutes"]
        if entry["billable"]:
            person["billable"] += entry["minutes"]
        person["projects"][entry["project"]] = person["projects"].get(entry["project"], 0) + entry["minutes"]
    lines = []
    if fmt == "text":
        lines.append("Week of %s" % week_start.isoformat())
        lines.append("%-12s %7s %7s %7s" % ("employee", "worked", "billed", "over"))
    else:
        lines.append("employee,worked,billed,over")
    all_minutes = 0
    all_billable = 0
    for name in sorted(totals):
        person = totals[name]
        over = max(person["minutes"] - WEEK_LIMIT_MINUTES, 0)
        all_minutes += person["minutes"]
        all_billable += person["billable"]
        if fmt == "text":
            worked = "%d:%02d" % (person["minutes"] // 60, person["minutes"] % 60)
            billed = "%d:%02d" % (person["billable"] // 60, person["billable"] % 60)
            overtime = "%d:%02d" % (over // 60, over % 60) if over else "-"
            lines.append("%-12s %7s %7s %7s" % (name[:12], worked, billed, overtime))
            if show_projects:
                for project in sorted(person["projects"]):
                    minutes = person["projects"][project]
                    lines.append("  %-10s %7s" % (project[:10], "%d:%02d" % (minutes // 60, minutes % 60)))
        else:
            worked = "%d:%02d" % (person["minutes"] // 60, person["minutes"] % 60)
            billed = "%d:%02d" % (person["billable"] // 60, person["billable"] % 60)
            overtime = "%d:%02d" % (over // 60, over % 60)
            lines.append("%s,%s,%s,%s" % (name.replace(",", " "), worked, billed, overtime))
            if show_projects:
                for project in sorted(person["projects"]):
                    minutes = person["projects"][project]
                    lines.append("%s/%s,%d:%02d,," % (name.replace(",", " "), project.replace(",", " "),
                                                      minutes // 60, minutes % 60))
    if fmt == "text":
        lines.append("%-12s %7s %7s" % ("TOTAL", "%d:%02d" % (all_minutes // 60, all_minutes % 60),
                                        "%d:%02d" % (all_billable // 60, all_billable % 60)))
    else:
        lines.append("TOTAL,%d:%02d,%d:%02d," % (all_minutes // 60, all_minutes % 60,
                                                 all_billable // 60, all_billable % 60))
    return "\n".join(lines) + "\n"
