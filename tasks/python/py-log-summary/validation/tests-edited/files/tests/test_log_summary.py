from log_summary import error_summary, request_summary, slow_requests, user_activity

LOG = [
    '2024-05-01T12:00:03Z ERROR [api] user=alice path=/orders ms=231 status=500 msg="db timeout"',
    '2024-05-01T12:00:09Z INFO [api] user=bob path=/orders ms=40 status=200',
    '# rotated at noon',
    '2024-05-01T12:01:15Z ERROR [db] msg="db timeout"',
    '2024-05-01T12:02:00Z INFO [api] user=alice path=/login ms=730 status=200',
    'not a log line',
]


def test_error_summary():
    assert error_summary(LOG) == ["ERRORS (2 lines, 1 skipped)", "     1  api: db timeout", "     1  db: db timeout"]


def test_request_summary():
    assert request_summary(LOG) == [
        "REQUESTS (3 lines, 1 skipped)",
        "/login                    1    730.0    730    0",
        "/orders                   2    135.5    231    1",
    ]


def test_slow_requests():
    assert slow_requests(LOG)[1:] == ["2024-05-01T12:02:00Z  /login                  730 ms"]


def test_user_activity():
    assert user_activity(LOG)[1] == "alice            2  last seen 2024-05-01T12:02:00Z"
