"""Summaries of the order service's request log.

A log line looks like

    2024-05-01T12:00:03Z ERROR [api] user=alice path=/orders ms=231 status=500 msg="db timeout"

timestamp, level, [component], then key=value fields (values with spaces are quoted). Blank
lines and lines starting with "#" are ignored; lines that do not parse are counted as skipped.
Every report is a list of text lines whose first line is a header.
"""

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")


class _Skip(Exception):
    """A line that does not parse (or has a bad value) and counts as skipped."""


class Entry:
    """One parsed log line."""

    def __init__(self, stamp, level, component, fields):
        self.stamp = stamp
        self.level = level
        self.component = component
        self.fields = fields

    def duration(self):
        """The "ms" field as an int; a non-numeric value makes the line skipped."""
        if not self.fields["ms"].isdigit():
            raise _Skip()
        return int(self.fields["ms"])


def parse_line(line):
    """The Entry for a stripped, non-comment line; raises _Skip when it does not parse."""
    parts = line.split(" ", 3)
    if len(parts) < 3:
        raise _Skip()
    stamp, level, comp = parts[0], parts[1], parts[2]
    if len(stamp) != 20 or not stamp.endswith("Z") or level not in LEVELS:
        raise _Skip()
    if not (comp.startswith("[") and comp.endswith("]")) or len(comp) < 3:
        raise _Skip()
    rest = parts[3] if len(parts) > 3 else ""
    return Entry(stamp, level, comp[1:-1], parse_fields(rest))


def parse_fields(rest):
    """key=value pairs separated by spaces; a value may be quoted to contain spaces."""
    fields = {}
    i = 0
    while i < len(rest):
        if rest[i] == " ":
            i += 1
            continue
        eq = rest.find("=", i)
        if eq == -1:
            raise _Skip()
        if rest[eq + 1:eq + 2] == '"':
            end = rest.find('"', eq + 2)
            if end == -1:
                raise _Skip()
            fields[rest[i:eq]] = rest[eq + 2:end]
            i = end + 1
        else:
            end = rest.find(" ", eq + 1)
            if end == -1:
                end = len(rest)
            fields[rest[i:eq]] = rest[eq + 1:end]
            i = end
    return fields


def _summarize(lines, title, take):
    """Feed every parsed entry to `take` (which returns True when it used the entry, and may
    raise _Skip); return the report header."""
    used = 0
    skipped = 0
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            used += bool(take(parse_line(line)))
        except _Skip:
            skipped += 1
    return "%s (%d lines, %d skipped)" % (title, used, skipped)


def error_summary(lines, component=None):
    """ERROR lines counted per component and message, most frequent first."""
    counts = {}

    def take(entry):
        if entry.level != "ERROR" or component is not None and entry.component != component:
            return False
        key = (entry.component, entry.fields.get("msg", "-"))
        counts[key] = counts.get(key, 0) + 1
        return True

    out = [_summarize(lines, "ERRORS", take)]
    for (comp, msg), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("%6d  %s: %s" % (count, comp, msg))
    return out


def request_summary(lines):
    """Requests per path: count, average and maximum duration, and server errors."""
    stats = {}

    def take(entry):
        if "path" not in entry.fields or "ms" not in entry.fields:
            return False
        ms = entry.duration()
        entry_stats = stats.setdefault(entry.fields["path"], [0, 0, 0, 0])
        entry_stats[0] += 1
        entry_stats[1] += ms
        entry_stats[2] = max(entry_stats[2], ms)
        entry_stats[3] += entry.fields.get("status", "").startswith("5")
        return True

    out = [_summarize(lines, "REQUESTS", take)]
    for path in sorted(stats):
        count, total, slowest, failed = stats[path]
        out.append("%-20s %6d %8.1f %6d %4d" % (path, count, total / count, slowest, failed))
    return out


def slow_requests(lines, threshold_ms=500):
    """Requests that took at least `threshold_ms`, slowest first."""
    slow = []

    def take(entry):
        if "ms" not in entry.fields:
            return False
        ms = entry.duration()
        if ms >= threshold_ms:
            slow.append((-ms, entry.stamp, entry.fields.get("path", "-")))
        return True

    out = [_summarize(lines, "SLOW", take)]
    for neg_ms, stamp, path in sorted(slow):
        out.append("%s  %-20s %6d ms" % (stamp, path, -neg_ms))
    return out


def user_activity(lines, since=None):
    """Requests per user with the time they were last seen, busiest first."""
    users = {}

    def take(entry):
        if "user" not in entry.fields or since is not None and entry.stamp < since:
            return False
        count, last = users.get(entry.fields["user"], (0, ""))
        users[entry.fields["user"]] = (count + 1, max(last, entry.stamp))
        return True

    out = [_summarize(lines, "USERS", take)]
    for user, (count, last) in sorted(users.items(), key=lambda kv: (-kv[1][0], kv[0])):
        out.append("%-12s %5d  last seen %s" % (user, count, last))
    return out
