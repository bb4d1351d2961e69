"""Weekly timesheet reports from the time-clock export.

Legacy module. The export has one line per shift:
`date,employee,project,start,end,break_minutes,billable` (times as HH:MM, 24h clock).
"""

import datetime

WEEK_LIMIT_MINUTES = 40 * 60
MAX_SHIFT_MINUTES = 16 * 60
YES = ("y", "yes", "1", "true")
NO = ("n", "no", "0", "false", "")


class TimesheetError(ValueError):
    """Raised for a line of the export that cannot be read."""


def parse_entries(text):
    """Read the export into entries: {date, employee, project, minutes, billable}."""
    entries = []
    lineno = 0
    for raw in text.splitlines():
        lineno += 1
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split(",")]
        if len(parts) != 7:
            raise TimesheetError("line %d: expected 7 fields, got %d" % (lineno, len(parts)))
        day, employee, project, start, end, pause, billable = parts
        try:
            date = datetime.date.fromisoformat(day)
        except ValueError:
            raise TimesheetError("line %d: bad date %r" % (lineno, day))
        if not employee:
            raise TimesheetError("line %d: missing employee" % lineno)
        if len(start) != 5 or start[2] != ":" or not start[:2].isdigit() or not start[3:].isdigit():
            raise TimesheetError("line %d: bad start time %r" % (lineno, start))
        if int(start[:2]) > 23 or int(start[3:]) > 59:
            raise TimesheetError("line %d: bad start time %r" % (lineno, start))
        start_minutes = int(start[:2]) * 60 + int(start[3:])
        if len(end) != 5 or end[2] != ":" or not end[:2].isdigit() or not end[3:].isdigit():
            raise TimesheetError("line %d: bad end time %r" % (lineno, end))
        if int(end[:2]) > 23 or int(end[3:]) > 59:
            raise TimesheetError("line %d: bad end time %r" % (lineno, end))
        end_minutes = int(end[:2]) * 60 + int(end[3:])
        if end_minutes <= start_minutes:
            end_minutes += 24 * 60
        try:
            pause_minutes = int(pause)
        except ValueError:
            raise TimesheetError("line %d: bad break %r" % (lineno, pause))
        if pause_minutes < 0:
            raise TimesheetError("line %d: negative break" % lineno)
        worked = end_minutes - start_minutes - pause_minutes
        if worked <= 0:
            raise TimesheetError("line %d: break longer than the shift" % lineno)
        if worked > MAX_SHIFT_MINUTES:
            raise TimesheetError("line %d: shift longer than 16 hours" % lineno)
        flag = billable.lower()
        if flag in YES:
            is_billable = True
        elif flag in NO:
            is_billable = False
        else:
            raise TimesheetError("line %d: bad billable flag %r" % (lineno, billable))
        entries.append({
            "date": date, "employee": employee, "project": project or "internal",
            "minutes": worked, "billable": is_billable,
        })
    return entries


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
