import datetime

import pytest

from timesheet import TimesheetError, parse_entries, render_report, weekly_summary

EXPORT = """\
# date,employee,project,start,end,break,billable
2024-03-04,ann,apollo,09:00,17:30,30,y
2024-03-05,ann,,08:00,12:00,0,n
2024-03-05,bob,zeus,22:00,06:00,45,yes
"""
MONDAY = datetime.date(2024, 3, 4)


def test_parse_overnight_shift():
    entries = parse_entries(EXPORT)
    assert entries[2]["minutes"] > 0
    assert entries[1]["project"] == "internal"


def test_bad_time_is_reported_with_line():
    with pytest.raises(TimesheetError):
        parse_entries("2024-03-04,ann,apollo,9:00,17:30,30,y\n")


def test_weekly_summary():
    summary = weekly_summary(parse_entries(EXPORT), MONDAY)
    assert summary["ann"]["hours"] == 12.0
    assert summary["ann"]["utilisation"] == 66.7


def test_text_report():
    report = render_report(parse_entries(EXPORT), MONDAY)
    assert report.splitlines()[2] == "ann            12:00    8:00       -"


def test_csv_report_total():
    report = render_report(parse_entries(EXPORT), MONDAY, fmt="csv")
    assert report.splitlines()[-1] == "TOTAL,19:15,15:15,"
