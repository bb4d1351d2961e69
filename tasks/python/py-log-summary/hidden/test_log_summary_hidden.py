"""Hidden behaviour tests for log_summary.py (the four public reports)."""

import pytest

import log_summary
from log_summary import error_summary, request_summary, slow_requests, user_activity

T1 = "2024-05-01T12:00:01Z"
T2 = "2024-05-01T12:00:02Z"
T3 = "2024-05-02T08:30:00Z"


def test_levels_constant():
    assert log_summary.LEVELS == ("DEBUG", "INFO", "WARN", "ERROR")


def test_empty_input():
    assert error_summary([]) == ["ERRORS (0 lines, 0 skipped)"]
    assert request_summary([]) == ["REQUESTS (0 lines, 0 skipped)"]
    assert slow_requests([]) == ["SLOW (0 lines, 0 skipped)"]
    assert user_activity([]) == ["USERS (0 lines, 0 skipped)"]


@pytest.mark.parametrize("line", ["", "   ", "\n", "# comment", "  # indented comment", "#"])
def test_ignored_lines(line):
    assert error_summary([line]) == ["ERRORS (0 lines, 0 skipped)"]
    assert user_activity([line]) == ["USERS (0 lines, 0 skipped)"]


@pytest.mark.parametrize("line", [
    "garbage", "two words", T1 + " ERROR",
    "2024-05-01T12:00:01 ERROR [api] user=a", "2024-05-01T12:00:01ZZ ERROR [api] user=a",
    "2024-05-01 12:00:01Z ERROR [api] user=a", "2024-05-01T12:00:0Z ERROR [api] user=a",
    T1 + " TRACE [api] user=a", T1 + " error [api] user=a", T1 + " ERROR api user=a", T1 + " ERROR [api user=a",
    T1 + " ERROR api] user=a", T1 + " ERROR [] user=a", T1 + " ERROR [api] user", T1 + " ERROR [api] user=a b",
    T1 + ' ERROR [api] user=a msg="open', T1 + ' ERROR [api] msg="x" trailing', T1 + "  ERROR [api] user=a",
    T1 + ' INFO [api] user="q"rest',
])
def test_skipped_lines(line):
    assert error_summary([line]) == ["ERRORS (0 lines, 1 skipped)"]
    assert request_summary([line]) == ["REQUESTS (0 lines, 1 skipped)"]
    assert slow_requests([line]) == ["SLOW (0 lines, 1 skipped)"]
    assert user_activity([line]) == ["USERS (0 lines, 1 skipped)"]


@pytest.mark.parametrize("line, user", [
    (T1 + " INFO [x] user=a", "a"), (T1 + " DEBUG [api]  user=a  ", "a"), ("  " + T1 + " WARN [api] user=a\n", "a"),
    (T1 + ' INFO [api] user="a b"', "a b"), (T1 + ' INFO [api] user=""', ""), (T1 + " INFO [api] user=", ""),
    (T1 + " INFO [api] user=x user=y", "y"), (T1 + ' INFO [api] user="k=v"', "k=v"), (T1 + " INFO [api] user=a=b", "a=b"),
    (T1 + ' INFO [api] user=a"b', 'a"b'), (T1 + " INFO [api] user=a", "a"),
])
def test_field_parsing(line, user):
    assert user_activity([line]) == ["USERS (1 lines, 0 skipped)", "%-12s %5d  last seen %s" % (user, 1, T1)]


def test_line_without_fields_parses():
    assert error_summary([T1 + " ERROR [db]"]) == ["ERRORS (1 lines, 0 skipped)", "     1  db: -"]


def test_quoted_value_then_more_fields():
    line = T1 + ' ERROR [api] msg="disk full" user=z path=/x ms=7'
    assert error_summary([line])[1] == "     1  api: disk full"
    assert user_activity([line])[1] == "z                1  last seen " + T1
    assert request_summary([line])[1] == "/x                        1      7.0      7    0"


# --- errors -------------------------------------------------------------------

ERRORS = [
    T1 + ' ERROR [db] msg="timeout"',
    T1 + ' ERROR [api] msg="timeout"',
    T2 + ' ERROR [api] msg="timeout"',
    T2 + ' ERROR [api] msg="bad input"',
    T2 + " ERROR [auth]",
    T2 + ' WARN [api] msg="timeout"',
    T2 + ' INFO [db] msg="timeout"',
    "broken line",
]


def test_error_summary_order():
    assert error_summary(ERRORS) == [
        "ERRORS (5 lines, 1 skipped)",
        "     2  api: timeout",
        "     1  api: bad input",
        "     1  auth: -",
        "     1  db: timeout",
    ]


@pytest.mark.parametrize("component, expected", [
    ("api", ["ERRORS (3 lines, 1 skipped)", "     2  api: timeout", "     1  api: bad input"]),
    ("db", ["ERRORS (1 lines, 1 skipped)", "     1  db: timeout"]),
    ("nope", ["ERRORS (0 lines, 1 skipped)"]),
])
def test_error_summary_for_one_component(component, expected):
    assert error_summary(ERRORS, component) == expected
    assert error_summary(ERRORS, component=component) == expected


def test_error_counts_are_right_aligned():
    lines = [T1 + " ERROR [api] msg=x"] * 12
    assert error_summary(lines)[1] == "    12  api: x"


# --- requests -----------------------------------------------------------------

REQUESTS = [
    T1 + " INFO [api] path=/orders ms=100 status=200",
    T1 + " INFO [api] path=/orders ms=300 status=503",
    T1 + " INFO [api] path=/orders ms=201 status=500",
    T2 + " INFO [api] path=/login ms=7",
    T2 + " INFO [api] path=/login ms=12 status=404",
    T2 + " INFO [api] path=/login ms=x status=500",
    T2 + " INFO [api] path=/login ms=-1",
    T2 + " INFO [api] path=/login ms=",
    T2 + " INFO [api] path=/login ms=1.5",
    T2 + " INFO [api] path=/login",
    T2 + " INFO [api] ms=5000",
    T2 + " INFO [api] path=/a status=5 ms=0",
]


def test_request_summary():
    assert request_summary(REQUESTS) == [
        "REQUESTS (6 lines, 4 skipped)",
        "/a                        1      0.0      0    1",
        "/login                    2      9.5     12    0",
        "/orders                   3    200.3    300    2",
    ]


def test_request_max_keeps_the_largest():
    lines = [T1 + " INFO [api] path=/p ms=50", T1 + " INFO [api] path=/p ms=20", T1 + " INFO [api] path=/p ms=50"]
    assert request_summary(lines)[1] == "/p                        3     40.0     50    0"


def test_request_long_path():
    line = T1 + " INFO [api] path=/a/very/long/path/name ms=3 status=502"
    assert request_summary([line])[1] == "/a/very/long/path/name      1      3.0      3    1"


# --- slow ---------------------------------------------------------------------

SLOW = [
    T2 + " INFO [api] path=/b ms=500",
    T1 + " INFO [api] path=/a ms=499",
    T1 + " INFO [api] path=/c ms=900",
    T1 + " INFO [api] ms=500",
    T3 + " INFO [api] path=/d ms=900",
    T3 + " INFO [api] path=/e ms=slow",
    T3 + " INFO [api] path=/f",
]


def test_slow_requests_default_threshold():
    assert slow_requests(SLOW) == [
        "SLOW (5 lines, 1 skipped)",
        T1 + "  /c                      900 ms",
        T3 + "  /d                      900 ms",
        T1 + "  -                       500 ms",
        T2 + "  /b                      500 ms",
    ]


@pytest.mark.parametrize("threshold, count", [(0, 5), (499, 5), (500, 4), (501, 2), (900, 2), (901, 0)])
def test_slow_threshold(threshold, count):
    report = slow_requests(SLOW, threshold)
    assert report[0] == "SLOW (5 lines, 1 skipped)"
    assert len(report) == count + 1
    assert len(slow_requests(SLOW, threshold_ms=threshold)) == count + 1


# --- users --------------------------------------------------------------------

USERS = [
    T2 + " INFO [api] user=bob",
    T1 + " INFO [api] user=bob",
    T1 + " INFO [api] user=alice",
    T3 + " WARN [db] user=carol",
    T1 + " ERROR [api] user=carol",
    T1 + " INFO [api] path=/x",
    "2024-05-01T12:00:01Z INFO [api] user",
]


def test_user_activity():
    assert user_activity(USERS) == [
        "USERS (5 lines, 1 skipped)",
        "bob              2  last seen " + T2,
        "carol            2  last seen " + T3,
        "alice            1  last seen " + T1,
    ]


@pytest.mark.parametrize("since, expected", [
    (T2, ["USERS (2 lines, 1 skipped)", "bob              1  last seen " + T2, "carol            1  last seen " + T3]),
    ("2024-05-02", ["USERS (1 lines, 1 skipped)", "carol            1  last seen " + T3]),
    ("2024-06", ["USERS (0 lines, 1 skipped)"]),
    ("", None),
])
def test_user_activity_since(since, expected):
    if expected is None:
        expected = user_activity(USERS)
    assert user_activity(USERS, since) == expected
    assert user_activity(USERS, since=since) == expected


def test_long_user_name_and_big_count():
    lines = [T1 + " INFO [api] user=averyveryverylongname"] * 1000
    assert user_activity(iter(lines)) == ["USERS (1000 lines, 0 skipped)",
                                          "averyveryverylongname  1000  last seen " + T1]


def test_reports_accept_any_iterable():
    assert error_summary(iter(ERRORS))[0] == "ERRORS (5 lines, 1 skipped)"
    assert request_summary(tuple(REQUESTS))[0] == "REQUESTS (6 lines, 4 skipped)"
    assert slow_requests(line for line in SLOW)[0] == "SLOW (5 lines, 1 skipped)"


def test_two_quoted_values():
    line = T1 + ' INFO [api] user="a b" msg="x y" path=/p ms=3'
    assert user_activity([line])[1] == "a b              1  last seen " + T1


def test_quoted_value_directly_followed_by_a_field():
    assert request_summary([T1 + ' INFO [api] path="/p"ms=5']) == [
        "REQUESTS (1 lines, 0 skipped)", "/p                        1      5.0      5    0"]


def test_empty_value_followed_by_a_field():
    assert request_summary([T1 + " INFO [api] user= path=/p ms=5"]) == [
        "REQUESTS (1 lines, 0 skipped)", "/p                        1      5.0      5    0"]


def test_key_ending_in_a_space():
    assert user_activity([T1 + " INFO [api] user =bob", T1 + " INFO [api] user=al"]) == [
        "USERS (1 lines, 0 skipped)", "al               1  last seen " + T1]


def test_comments_do_not_end_the_report():
    lines = ["# header", "", T1 + " ERROR [api] msg=x", "# footer", T2 + " ERROR [api] msg=x"]
    assert error_summary(lines) == ["ERRORS (2 lines, 0 skipped)", "     2  api: x"]


def test_user_ties_sorted_by_name():
    lines = [T2 + " INFO [api] user=alice", T1 + " INFO [api] user=bob"]
    assert user_activity(lines) == ["USERS (2 lines, 0 skipped)", "alice            1  last seen " + T2,
                                    "bob              1  last seen " + T1]
