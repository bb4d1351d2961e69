"""Hidden behaviour tests for timesheet."""

import datetime

import pytest

import timesheet
from timesheet import TimesheetError, parse_entries, render_report, weekly_summary

D = datetime.date
MONDAY = D(2024, 3, 4)
EXPORT = """\
2024-03-03,ann,apollo,09:00,17:00,0,y
2024-03-04,ann,apollo,09:00,17:30,30,y
2024-03-04,christopher-longname,a-very-long-project,06:00,22:00,0,true
2024-03-05,ann,,08:00,12:00,0,n
2024-03-05,bob,zeus,22:00,06:00,45,yes
2024-03-06,ann,zeus,07:00,21:00,15,1
2024-03-07,ann,apollo,07:00,21:00,15,TRUE
2024-03-08,ann,apollo,08:00,18:07,0,
2024-03-10,d;e,x,10:00,10:30,0,n
2024-03-11,ann,apollo,09:00,17:00,0,y
"""


def row(start="09:00", end="17:00", pause="30", billable="y", day="2024-03-04", who="ann", project="p"):
    return ",".join([day, who, project, start, end, pause, billable])


def error_of(text):
    with pytest.raises(TimesheetError) as info:
        parse_entries(text)
    return str(info.value)


def test_constants():
    assert timesheet.WEEK_LIMIT_MINUTES == 2400
    assert timesheet.MAX_SHIFT_MINUTES == 960
    assert timesheet.YES == ("y", "yes", "1", "true")
    assert timesheet.NO == ("n", "no", "0", "false", "")
    assert issubclass(TimesheetError, ValueError)


# --- parsing --------------------------------------------------------------------------

def test_parse_fields():
    entries = parse_entries("  2024-03-04 , ann , apollo , 09:00 , 17:30 , 30 , Y  \n")
    assert entries == [{"date": D(2024, 3, 4), "employee": "ann", "project": "apollo", "minutes": 480, "billable": True}]


def test_blank_and_comment_lines_count_for_line_numbers():
    text = "\n# header\n   \n" + row() + "\n" + row(pause="x")
    assert error_of(text) == "line 5: bad break 'x'"
    assert parse_entries("") == []
    assert parse_entries("# only\n\n") == []


@pytest.mark.parametrize("flag, value", [
    ("y", True), ("YES", True), ("1", True), ("True", True), ("n", False), ("No", False), ("0", False),
    ("false", False), ("", False),
])
def test_billable_flags(flag, value):
    assert parse_entries(row(billable=flag))[0]["billable"] is value


@pytest.mark.parametrize("start, end, pause, minutes", [
    ("09:00", "17:00", "0", 480), ("22:00", "06:00", "45", 435), ("00:00", "23:59", "480", 959),
    ("09:00", "09:00", "480", 960), ("23:59", "00:00", "0", 1), ("08:00", "00:00", "0", 960),
    ("09:00", "09:01", "0", 1), ("07:30", "08:45", "015", 60),
])
def test_minutes(start, end, pause, minutes):
    assert parse_entries(row(start, end, pause))[0]["minutes"] == minutes


@pytest.mark.parametrize("text, message", [
    ("a,b,c", "line 1: expected 7 fields, got 3"),
    (row() + ",x", "line 1: expected 7 fields, got 8"),
    (row(day="2024-3-4"), "line 1: bad date '2024-3-4'"),
    (row(day="2024-02-30", start="bad"), "line 1: bad date '2024-02-30'"),
    (row(who="", start="bad"), "line 1: missing employee"),
    (row(start="9:00", end="bad"), "line 1: bad start time '9:00'"),
    (row(start="09.00"), "line 1: bad start time '09.00'"),
    (row(start="ab:00"), "line 1: bad start time 'ab:00'"),
    (row(start="09:x0"), "line 1: bad start time '09:x0'"),
    (row(start="24:00"), "line 1: bad start time '24:00'"),
    (row(start="12:60"), "line 1: bad start time '12:60'"),
    (row(start="", end=""), "line 1: bad start time ''"),
    (row(start="09:000"), "line 1: bad start time '09:000'"),
    (row(end="17:3", pause="x"), "line 1: bad end time '17:3'"),
    (row(end="24:00"), "line 1: bad end time '24:00'"),
    (row(end="17:60"), "line 1: bad end time '17:60'"),
    (row(end="1x:00"), "line 1: bad end time '1x:00'"),
    (row(end="17:0x"), "line 1: bad end time '17:0x'"),
    (row(end="17-00"), "line 1: bad end time '17-00'"),
    (row(pause="1.5"), "line 1: bad break '1.5'"),
    (row(pause="", billable="maybe"), "line 1: bad break ''"),
    (row(pause="-1", billable="maybe"), "line 1: negative break"),
    (row("09:00", "10:00", "60", "maybe"), "line 1: break longer than the shift"),
    (row("09:00", "10:00", "61"), "line 1: break longer than the shift"),
    (row("09:00", "09:00", "479", "maybe"), "line 1: shift longer than 16 hours"),
    (row("06:00", "22:01", "0"), "line 1: shift longer than 16 hours"),
    (row(billable="maybe"), "line 1: bad billable flag 'maybe'"),
    (row(billable="Nope"), "line 1: bad billable flag 'Nope'"),
])
def test_parse_errors(text, message):
    assert error_of(text) == message


def test_hour_and_minute_edges_accepted():
    assert parse_entries(row("23:00", "23:59", "0"))[0]["minutes"] == 59
    assert parse_entries(row("00:59", "01:00", "0"))[0]["minutes"] == 1


def test_first_bad_line_wins():
    assert error_of(row() + "\n" + row(end="x") + "\n" + row(start="x")) == "line 2: bad end time 'x'"


# --- weekly summary -------------------------------------------------------------------------

def test_weekly_summary_full():
    assert weekly_summary(parse_entries(EXPORT), MONDAY) == {
        "ann": {"hours": 49.62, "billable_hours": 35.5, "overtime_hours": 9.62, "utilisation": 71.5, "days": 5,
                "projects": {"apollo": 31.87, "internal": 4.0, "zeus": 13.75}},
        "bob": {"hours": 7.25, "billable_hours": 7.25, "overtime_hours": 0.0, "utilisation": 100.0, "days": 1,
                "projects": {"zeus": 7.25}},
        "christopher-longname": {"hours": 16.0, "billable_hours": 16.0, "overtime_hours": 0.0, "utilisation": 100.0,
                                 "days": 1, "projects": {"a-very-long-project": 16.0}},
        "d;e": {"hours": 0.5, "billable_hours": 0.0, "overtime_hours": 0.0, "utilisation": 0.0, "days": 1,
                "projects": {"x": 0.5}},
    }


def test_summary_is_sorted_by_name():
    entries = parse_entries(row(who="zed") + "\n" + row(who="Amy") + "\n" + row(who="bea"))
    assert list(weekly_summary(entries, MONDAY)) == ["Amy", "bea", "zed"]
    assert list(weekly_summary(entries, MONDAY)["zed"]["projects"]) == ["p"]


def test_week_boundaries():
    entries = parse_entries(row(day="2024-03-03") + "\n" + row(day="2024-03-10") + "\n" + row(day="2024-03-11"))
    assert weekly_summary(entries, MONDAY)["ann"]["days"] == 1
    assert weekly_summary(entries, D(2024, 3, 3))["ann"]["hours"] == 7.5
    assert weekly_summary(entries, D(2024, 3, 5))["ann"]["hours"] == 15.0
    assert weekly_summary(entries, D(2024, 3, 12)) == {}
    assert weekly_summary([], MONDAY) == {}


@pytest.mark.parametrize("minutes, overtime", [(2399, 0.0), (2400, 0.0), (2401, 0.02), (2430, 0.5)])
def test_overtime_threshold(minutes, overtime):
    entries = [{"date": MONDAY, "employee": "x", "project": "p", "minutes": minutes, "billable": False}]
    assert weekly_summary(entries, MONDAY)["x"]["overtime_hours"] == overtime
    over = minutes - 2400
    text = render_report(entries, MONDAY).splitlines()[2]
    assert text.endswith("%d:%02d" % (over // 60, over % 60) if over > 0 else "-")


def test_same_day_counts_once_and_projects_add_up():
    entries = parse_entries(row("06:00", "10:00", "0") + "\n" + row("11:00", "14:20", "0", "n") + "\n"
                            + row("15:00", "16:00", "0", project="q"))
    summary = weekly_summary(entries, MONDAY)["ann"]
    assert summary["days"] == 1
    assert summary["projects"] == {"p": 7.33, "q": 1.0}
    assert summary["utilisation"] == 60.0
    assert summary["billable_hours"] == 5.0


# --- rendering ------------------------------------------------------------------------------

def test_text_report():
    assert render_report(parse_entries(EXPORT), MONDAY) == (
        "Week of 2024-03-04\n"
        "employee      worked  billed    over\n"
        "ann            49:37   35:30    9:37\n"
        "bob             7:15    7:15       -\n"
        "christopher-   16:00   16:00       -\n"
        "d;e             0:30    0:00       -\n"
        "TOTAL          73:22   58:45\n"
    )


def test_text_report_with_projects():
    assert render_report(parse_entries(EXPORT), MONDAY, "text", True) == (
        "Week of 2024-03-04\n"
        "employee      worked  billed    over\n"
        "ann            49:37   35:30    9:37\n"
        "  apollo       31:52\n"
        "  internal      4:00\n"
        "  zeus         13:45\n"
        "bob             7:15    7:15       -\n"
        "  zeus          7:15\n"
        "christopher-   16:00   16:00       -\n"
        "  a-very-lon   16:00\n"
        "d;e             0:30    0:00       -\n"
        "  x             0:30\n"
        "TOTAL          73:22   58:45\n"
    )


def test_csv_report():
    assert render_report(parse_entries(EXPORT), MONDAY, "csv") == (
        "employee,worked,billed,over\n"
        "ann,49:37,35:30,9:37\n"
        "bob,7:15,7:15,0:00\n"
        "christopher-longname,16:00,16:00,0:00\n"
        "d;e,0:30,0:00,0:00\n"
        "TOTAL,73:22,58:45,\n"
    )


def test_csv_report_with_projects():
    assert render_report(parse_entries(EXPORT), MONDAY, "csv", show_projects=True) == (
        "employee,worked,billed,over\n"
        "ann,49:37,35:30,9:37\n"
        "ann/apollo,31:52,,\n"
        "ann/internal,4:00,,\n"
        "ann/zeus,13:45,,\n"
        "bob,7:15,7:15,0:00\n"
        "bob/zeus,7:15,,\n"
        "christopher-longname,16:00,16:00,0:00\n"
        "christopher-longname/a-very-long-project,16:00,,\n"
        "d;e,0:30,0:00,0:00\n"
        "d;e/x,0:30,,\n"
        "TOTAL,73:22,58:45,\n"
    )


def test_csv_replaces_commas():
    entries = [{"date": MONDAY, "employee": "Doe, J", "project": "a,b", "minutes": 605, "billable": True}]
    assert render_report(entries, MONDAY, "csv", True) == (
        "employee,worked,billed,over\nDoe  J,10:05,10:05,0:00\nDoe  J/a b,10:05,,\nTOTAL,10:05,10:05,\n")
    assert render_report(entries, MONDAY, "text", True) == (
        "Week of 2024-03-04\nemployee      worked  billed    over\n"
        "Doe, J         10:05   10:05       -\n  a,b          10:05\nTOTAL          10:05   10:05\n")


def test_empty_reports():
    assert render_report([], MONDAY) == "Week of 2024-03-04\nemployee      worked  billed    over\nTOTAL           0:00    0:00\n"
    assert render_report([], MONDAY, "csv") == "employee,worked,billed,over\nTOTAL,0:00,0:00,\n"


def test_long_durations():
    entries = [{"date": MONDAY, "employee": "x", "project": "p", "minutes": 6059, "billable": True}]
    assert render_report(entries, MONDAY).splitlines()[2] == "x             100:59  100:59   60:59"


@pytest.mark.parametrize("fmt", ["html", "CSV", "", None])
def test_unknown_format(fmt):
    with pytest.raises(TimesheetError, match="^unknown format: %s$" % fmt):
        render_report(None, None, fmt)
