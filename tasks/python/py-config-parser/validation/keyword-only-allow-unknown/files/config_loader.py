"""Reader for the legacy .cfg files of the batch services.

The format is INI-like: `[section]` headers, `key = value` or `key: value` lines, `#` and `;`
comments, indented continuation lines, double-quoted values and `${section.key}` references.
"""

import copy

TRUE_WORDS = ("1", "yes", "true", "on")
FALSE_WORDS = ("0", "no", "false", "off")
MAX_INTERPOLATION = 10
COMMENT_PREFIXES = ("#", ";")
INLINE_COMMENT_MARKERS = (" #", " ;")
SECTIONS = ("service", "limits", "notify")

SERVICE_SCHEMA = {
    "service.name": {"type": "str", "required": True},
    "service.port": {"type": "int", "default": 8080, "min": 1, "max": 65535},
    "service.debug": {"type": "bool", "default": False},
    "service.mode": {"type": "str", "default": "batch", "choices": ["batch", "stream"]},
    "limits.timeout": {"type": "float", "default": 30.0, "min": 0.5, "max": 600.0},
    "limits.retries": {"type": "int", "default": 3, "min": 0, "max": 10},
    "limits.workers": {"type": "list", "item": "int", "default": [1], "min": 1},
    "notify.emails": {"type": "list", "default": []},
    "notify.on_failure": {"type": "bool", "default": True},
}


class ConfigError(ValueError):
    """Raised when a config file cannot be read; carries the line number when known."""

    def __init__(self, message, line=None):
        if line is not None:
            message = "line %d: %s" % (line, message)
        super().__init__(message)
        self.line = line


class _Invalid(Exception):
    """One validation error; its message is collected, never raised to callers."""


def parse_config(text, defaults=None, strict=False):
    """Parse config text into {section: {key: str}}; keys and sections are lower-cased."""
    reader = _Reader(defaults, strict)
    for lineno, raw in enumerate(text.splitlines(), start=1):
        reader.feed(raw, lineno)
    return resolve_references(reader.result)


class _Reader:
    """Line-by-line parsing state: the sections read so far and where new lines go."""

    def __init__(self, defaults, strict):
        self.defaults = defaults or {}
        self.strict = strict
        self.result = {name: dict(values) for name, values in self.defaults.items()}
        self.section = None
        self.last_key = None
        self.seen = set()

    def feed(self, raw, lineno):
        stripped = raw.strip()
        if not stripped:
            self.last_key = None
        elif stripped.startswith(COMMENT_PREFIXES):
            return
        elif raw[0] in " \t":
            self._continue_value(stripped, lineno)
        elif stripped.startswith("["):
            self._open_section(stripped, lineno)
        else:
            self._assign(stripped, lineno)

    def _continue_value(self, stripped, lineno):
        if self.last_key is None:
            raise ConfigError("unexpected indentation", lineno)
        values = self.result[self.section]
        values[self.last_key] = values[self.last_key] + "\n" + stripped

    def _open_section(self, stripped, lineno):
        if not stripped.endswith("]"):
            raise ConfigError("unterminated section header", lineno)
        name = stripped[1:-1].strip().lower()
        if not name:
            raise ConfigError("empty section name", lineno)
        if self.strict and name in self.seen:
            raise ConfigError("duplicate section: %s" % name, lineno)
        self.seen.add(name)
        self.section = name
        self.result.setdefault(name, {})
        self.last_key = None

    def _assign(self, stripped, lineno):
        key, value = _split_assignment(stripped, lineno)
        if self.section is None:
            if self.strict:
                raise ConfigError("key outside any section: %s" % key, lineno)
            self.section = "global"
            self.result.setdefault(self.section, {})
        value, continuable = _unquote(value, lineno)
        values = self.result[self.section]
        if self.strict and key in values and key not in self.defaults.get(self.section, {}):
            raise ConfigError("duplicate key: %s" % key, lineno)
        values[key] = value
        self.last_key = key if continuable else None


def _split_assignment(stripped, lineno):
    """Split `key = value` or `key: value` at whichever separator comes first."""
    positions = [pos for pos in (stripped.find("="), stripped.find(":")) if pos != -1]
    if not positions:
        raise ConfigError("expected 'key = value'", lineno)
    pos = min(positions)
    key = stripped[:pos].strip().lower()
    if not key:
        raise ConfigError("missing key", lineno)
    return key, stripped[pos + 1:].strip()


def _unquote(value, lineno):
    """The value without quotes or inline comment, and whether continuation lines may follow."""
    if not value.startswith('"'):
        return _strip_inline_comment(value), True
    end = value.find('"', 1)
    if end == -1:
        raise ConfigError("unterminated quote", lineno)
    rest = value[end + 1:].strip()
    if rest and not rest.startswith(COMMENT_PREFIXES):
        raise ConfigError("text after closing quote", lineno)
    return value[1:end], False


def _strip_inline_comment(value):
    for marker in INLINE_COMMENT_MARKERS:
        if marker in value:
            value = value[:value.index(marker)].rstrip()
    return value


def resolve_references(config):
    """Replace every ${section.key} (or ${key}, same section) in place; return the config."""
    for name, values in config.items():
        for key in values:
            values[key] = _resolve(config, name, "%s.%s" % (name, key), values[key])
    return config


def _resolve(config, name, where, value):
    rounds = 0
    while "${" in value:
        rounds += 1
        if rounds > MAX_INTERPOLATION:
            raise ConfigError("interpolation too deep in %s" % where)
        start = value.index("${")
        end = value.find("}", start)
        if end == -1:
            raise ConfigError("unclosed reference in %s" % where)
        ref = value[start + 2:end].strip().lower()
        value = value[:start] + _referenced(config, name, ref, where) + value[end + 1:]
    return value


def _referenced(config, name, ref, where):
    section, dot, key = ref.partition(".")
    if not dot:
        section, key = name, ref
    if section not in config or key not in config[section]:
        raise ConfigError("unknown reference ${%s} in %s" % (ref, where))
    return config[section][key]


def validate_config(config, schema, *, allow_unknown=True):
    """Type-check parsed config against a schema; return (typed values, list of errors)."""
    typed = {}
    errors = []
    for where, rule in schema.items():
        section, key = where.split(".", 1)
        raw_values = config.get(section, {})
        values = typed.setdefault(section, {})
        try:
            if key in raw_values:
                values[key] = _typed_value(raw_values[key], rule, where)
            elif rule.get("required"):
                raise _Invalid("%s: required" % where)
            elif "default" in rule:
                values[key] = copy.copy(rule["default"])
        except _Invalid as exc:
            errors.append(str(exc))
    if not allow_unknown:
        errors += _unknown_names(config, schema, typed)
    return typed, errors


def _typed_value(raw, rule, where):
    convert = _CONVERTERS.get(rule.get("type", "str"), _as_str)
    value = convert(raw, rule, where)
    if "choices" in rule and value not in rule["choices"]:
        choices = ", ".join(str(c) for c in rule["choices"])
        raise _Invalid("%s: must be one of %s" % (where, choices))
    return value


def _as_str(raw, rule, where):
    return raw


def _as_int(raw, rule, where):
    return _as_number(raw, rule, where, int, "an integer")


def _as_float(raw, rule, where):
    return _as_number(raw, rule, where, float, "a number")


def _as_number(raw, rule, where, convert, noun):
    try:
        value = convert(raw.strip())
    except ValueError:
        raise _Invalid("%s: not %s: %r" % (where, noun, raw)) from None
    if "min" in rule and value < rule["min"]:
        raise _Invalid("%s: %s is below the minimum %s" % (where, value, rule["min"]))
    if "max" in rule and value > rule["max"]:
        raise _Invalid("%s: %s is above the maximum %s" % (where, value, rule["max"]))
    return value


def _as_bool(raw, rule, where):
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise _Invalid("%s: not a boolean: %r" % (where, raw))


def _as_list(raw, rule, where):
    items = [item.strip() for item in raw.replace("\n", ",").split(",") if item.strip()]
    if rule.get("item") == "int":
        try:
            items = [int(item) for item in items]
        except ValueError:
            raise _Invalid("%s: not a list of integers: %r" % (where, raw)) from None
    if "min" in rule and len(items) < rule["min"]:
        raise _Invalid("%s: needs at least %d item(s)" % (where, rule["min"]))
    return items


_CONVERTERS = {"int": _as_int, "float": _as_float, "bool": _as_bool, "list": _as_list}


def _unknown_names(config, schema, known_sections):
    errors = []
    for section, values in config.items():
        if section not in known_sections:
            errors.append("%s: unknown section" % section)
            continue
        errors += ["%s.%s: unknown key" % (section, key) for key in values
                   if "%s.%s" % (section, key) not in schema]
    return errors


def load_service_config(text, env=None):
    """Parse, apply SVC_<SECTION>_<KEY> overrides from `env`, and validate a service config."""
    config = parse_config(text, strict=True)
    _apply_overrides(config, env or {})
    typed, errors = validate_config(config, SERVICE_SCHEMA, allow_unknown=False)
    if errors:
        raise ConfigError("invalid config: " + "; ".join(errors))
    return typed


def _apply_overrides(config, env):
    for name in sorted(env):
        if not name.startswith("SVC_"):
            continue
        section, _, key = name[4:].lower().partition("_")
        if not section or not key:
            raise ConfigError("bad override name: %s" % name)
        if section not in SECTIONS:
            raise ConfigError("override for unknown section: %s" % name)
        config.setdefault(section, {})[key] = env[name]
