"""Summaries of the order service's request log.

Legacy module: each report was written by copying the previous one, parser included.

A log line looks like

    2024-05-01T12:00:03Z ERROR [api] user=alice path=/orders ms=231 status=500 msg="db timeout"

timestamp, level, [component], then key=value fields (values with spaces are quoted). Blank
lines and lines starting with "#" are ignored; lines that do not parse are counted as skipped.
Every report is a list of text lines whose first line is a header.
"""

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")


def error_summary(lines, component=None):
    """ERROR lines counted per component and message, most frequent first."""
    counts = {}
    used = 0
    skipped = 0
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(" ", 3)
        if len(parts) < 3:
            skipped += 1
            continue
        stamp, level, comp = parts[0], parts[1], parts[2]
        rest = parts[3] if len(parts) > 3 else ""
        if len(stamp) != 20 or not stamp.endswith("Z") or level not in LEVELS:
            skipped += 1
            continue
        if not (comp.startswith("[") and comp.endswith("]")) or len(comp) < 3:
            skipped += 1
            continue
        comp = comp[1:-1]
        fields = {}
        ok = True
        i = 0
        while i < len(rest):
            if rest[i] == " ":
                i += 1
                continue
            eq = rest.find("=", i)
            if eq == -1:
                ok = False
                break
            key = rest[i:eq]
            if eq + 1 < len(rest) and rest[eq + 1] == '"':
                end = rest.find('"', eq + 2)
                if end == -1:
                    ok = False
                    break
                fields[key] = rest[eq + 2:end]
                i = end + 1
            else:
                end = rest.find(" ", eq + 1)
                if end == -1:
                    end = len(rest)
                fields[key] = rest[eq + 1:end]
                i = end
        if not ok:
            skipped += 1
            continue
        if level != "ERROR":
            continue
        if component is not None and comp != component:
            continue
        used += 1
        key = (comp, fields.get("msg", "-"))
        counts[key] = counts.get(key, 0) + 1
    out = ["%s (%d lines, %d skipped)" % ("ERRORS", used, skipped)]
    for (comp, msg), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("%6d  %s: %s" % (count, comp, msg))
    return out


def request_summary(lines):
    """Requests per path: count, average and maximum duration, and server errors."""
    stats = {}
    used = 0
    skipped = 0
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(" ", 3)
        if len(parts) < 3:
            skipped += 1
            continue
        stamp, level, comp = parts[0], parts[1], parts[2]
        rest = parts[3] if len(parts) > 3 else ""
        if len(stamp) != 20 or not stamp.endswith("Z") or level not in LEVELS:
            skipped += 1
            continue
        if not (comp.startswith("[") and comp.endswith("]")) or len(comp) < 3:
            skipped += 1
            continue
        comp = comp[1:-1]
        fields = {}
        ok = True
        i = 0
        while i < len(rest):
            if rest[i] == " ":
                i += 1
                continue
            eq = rest.find("=", i)
            if eq == -1:
                ok = False
                break
            key = rest[i:eq]
            if eq + 1 < len(rest) and rest[eq + 1] == '"':
                end = rest.find('"', eq + 2)
                if end == -1:
                    ok = False
                    break
                fields[key] = rest[eq + 2:end]
                i = end + 1
            else:
                end = rest.find(" ", eq + 1)
                if end == -1:
                    end = len(rest)
                fields[key] = rest[eq + 1:end]
                i = end
        if not ok:
            skipped += 1
            continue
        if "path" not in fields or "ms" not in fields:
            continue
        if not fields["ms"].isdigit():
            skipped += 1
            continue
        used += 1
        ms = int(fields["ms"])
        entry = stats.setdefault(fields["path"], [0, 0, 0, 0])
        entry[0] += 1
        entry[1] += ms
        if ms > entry[2]:
            entry[2] = ms
        if fields.get("status", "").startswith("5"):
            entry[3] += 1
    out = ["%s (%d lines, %d skipped)" % ("REQUESTS", used, skipped)]
    for path in sorted(stats):
        count, total, slowest, failed = stats[path]
        out.append("%-20s %6d %8.1f %6d %4d" % (path, count, total / count, slowest, failed))
    return out


def slow_requests(lines, threshold_ms=500):
    """Requests that took at least `threshold_ms`, slowest first."""
    slow = []
    used = 0
    skipped = 0
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(" ", 3)
        if len(parts) < 3:
            skipped += 1
            continue
        stamp, level, comp = parts[0], parts[1], parts[2]
        rest = parts[3] if len(parts) > 3 else ""
        if len(stamp) != 20 or not stamp.endswith("Z") or level not in LEVELS:
            skipped += 1
            continue
        if not (comp.startswith("[") and comp.endswith("]")) or len(comp) < 3:
            skipped += 1
            continue
        comp = comp[1:-1]
        fields = {}
        ok = True
        i = 0
        while i < len(rest):
            if rest[i] == " ":
                i += 1
                continue
            eq = rest.find("=", i)
            if eq == -1:
                ok = False
                break
            key = rest[i:eq]
            if eq + 1 < len(rest) and rest[eq + 1] == '"':
                end = rest.find('"', eq + 2)
                if end == -1:
                    ok = False
                    break
                fields[key] = rest[eq + 2:end]
                i = end + 1
            else:
                end = rest.find(" ", eq + 1)
                if end == -1:
                    end = len(rest)
                fields[key] = rest[eq + 1:end]
                i = end
        if not ok:
            skipped += 1
            continue
        if "ms" not in fields:
            continue
        if not fields["ms"].isdigit():
            skipped += 1
            continue
        used += 1
        ms = int(fields["ms"])
        if ms >= threshold_ms:
            slow.append((-ms, stamp, fields.get("path", "-")))
    out = ["%s (%d lines, %d skipped)" % ("SLOW", used, skipped)]
    for neg_ms, stamp, path in sorted(slow):
        out.append("%s  %-20s %6d ms" % (stamp, path, -neg_ms))
    return out


def user_activity(lines, since=None):
    """Requests per user with the time they were last seen, busiest first."""
    users = {}
    used = 0
    skipped = 0
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(" ", 3)
        if len(parts) < 3:
            skipped += 1
            continue
        stamp, level, comp = parts[0], parts[1], parts[2]
        rest = parts[3] if len(parts) > 3 else ""
        if len(stamp) != 20 or not stamp.endswith("Z") or level not in LEVELS:
            skipped += 1
            continue
        if not (comp.startswith("[") and comp.endswith("]")) or len(comp) < 3:
            skipped += 1
            continue
        comp = comp[1:-1]
        fields = {}
        ok = True
        i = 0
        while i < len(rest):
            if rest[i] == " ":
                i += 1
                continue
            eq = rest.find("=", i)
            if eq == -1:
                ok = False
                break
            key = rest[i:eq]
            if eq + 1 < len(rest) and rest[eq + 1] == '"':
                end = rest.find('"', eq + 2)
                if end == -1:
                    ok = False
                    break
                fields[key] = rest[eq + 2:end]
                i = end + 1
            else:
                end = rest.find(" ", eq + 1)
                if end == -1:
                    end = len(rest)
                fields[key] = rest[eq + 1:end]
                i = end
        if not ok:
            skipped += 1
            continue
        if "user" not in fields:
            continue
        if since is not None and stamp < since:
            continue
        used += 1
        count, last = users.get(fields["user"], (0, ""))
        users[fields["user"]] = (count + 1, max(last, stamp))
    out = ["%s (%d lines, %d skipped)" % ("USERS", used, skipped)]
    for user, (count, last) in sorted(users.items(), key=lambda kv: (-kv[1][0], kv[0])):
        out.append("%-12s %5d  last seen %s" % (user, count, last))
    return out
