"""Reader for the legacy .cfg files of the batch services.

The format is INI-like: `[section]` headers, `key = value` or `key: value` lines, `#` and `;`
comments, indented continuation lines, double-quoted values and `${section.key}` references.
"""

import copy

TRUE_WORDS = ("1", "yes", "true", "on")
FALSE_WORDS = ("0", "no", "false", "off")
MAX_INTERPOLATION = 10
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


def parse_config(text, defaults=None, strict=False):
    """Parse config text into {section: {key: str}}; keys and sections are lower-cased."""
    result = {}
    if defaults:
        for name in defaults:
            result[name] = dict(defaults[name])
    section = None
    last_key = None
    seen = set()
    lineno = 0
    for raw in text.splitlines():
        lineno += 1
        stripped = raw.strip()
        if stripped == "":
            last_key = None
            continue
        if stripped.startswith("#") or stripped.startswith(";"):
            continue
        if raw[0] in " \t":
            if last_key is None:
                raise ConfigError("unexpected indentation", lineno)
            result[section][last_key] = result[section][last_key] + "\n" + stripped
            continue
        if stripped.startswith("["):
            if not stripped.endswith("]"):
                raise ConfigError("unterminated section header", lineno)
            name = stripped[1:-1].strip().lower()
            if not name:
                raise ConfigError("empty section name", lineno)
            if name in seen and strict:
                raise ConfigError("duplicate section: %s" % name, lineno)
            seen.add(name)
            section = name
            if section not in result:
                result[section] = {}
            last_key = None
            continue
        equals = stripped.find("=")
        colon = stripped.find(":")
        if equals == -1 and colon == -1:
            raise ConfigError("expected 'key = value'", lineno)
        if equals == -1 or (colon != -1 and colon < equals):
            pos = colon
        else:
            pos = equals
        key = stripped[:pos].strip().lower()
        value = stripped[pos + 1:].strip()
        if not key:
            raise ConfigError("missing key", lineno)
        if section is None:
            if strict:
                raise ConfigError("key outside any section: %s" % key, lineno)
            section = "global"
            if section not in result:
                result[section] = {}
        if value.startswith('"'):
            end = value.find('"', 1)
            if end == -1:
                raise ConfigError("unterminated quote", lineno)
            rest = value[end + 1:].strip()
            if rest and not (rest.startswith("#") or rest.startswith(";")):
                raise ConfigError("text after closing quote", lineno)
            value = value[1:end]
            continuable = False
        else:
            for marker in (" #", " ;"):
                if marker in value:
                    value = value[:value.index(marker)].rstrip()
            continuable = True
        if strict and key in result[section]:
            if not (defaults and section in defaults and key in defaults[section]):
                raise ConfigError("duplicate key: %s" % key, lineno)
        result[section][key] = value
        if continuable:
            last_key = key
        else:
            last_key = None
    return resolve_references(result)


def resolve_references(config):
    """Replace every ${section.key} (or ${key}, same section) in place; return the config."""
    for name in config:
        for key in config[name]:
            value = config[name][key]
            rounds = 0
            while "${" in value:
                rounds += 1
                if rounds > MAX_INTERPOLATION:
                    raise ConfigError("interpolation too deep in %s.%s" % (name, key))
                start = value.index("${")
                end = value.find("}", start)
                if end == -1:
                    raise ConfigError("unclosed reference in %s.%s" % (name, key))
                ref = value[start + 2:end].strip().lower()
                if "." in ref:
                    ref_section, ref_key = ref.split(".", 1)
                else:
                    ref_section, ref_key = name, ref
                if ref_section not in config or ref_key not in config[ref_section]:
                    raise ConfigError("unknown reference ${%s} in %s.%s" % (ref, name, key))
                value = value[:start] + config[ref_section][ref_key] + value[end + 1:]
            config[name][key] = value
    return config


def validate_config(config, schema, allow_unknown=True):
    """Type-check parsed config against a schema; return (typed values, list of errors)."""
    typed = {}
    errors = []
    for where in schema:
        section, key = where.split(".", 1)
        rule = schema[where]
        kind = rule.get("type", "str")
        values = config.get(section, {})
        typed.setdefault(section, {})
        if key not in values:
            if rule.get("required"):
                errors.append("%s: required" % where)
            elif "default" in rule:
                typed[section][key] = copy.copy(rule["default"])
            continue
        raw = values[key]
        if kind == "int":
            try:
                value = int(raw.strip())
            except ValueError:
                errors.append("%s: not an integer: %r" % (where, raw))
                continue
            if "min" in rule and value < rule["min"]:
                errors.append("%s: %s is below the minimum %s" % (where, value, rule["min"]))
                continue
            if "max" in rule and value > rule["max"]:
                errors.append("%s: %s is above the maximum %s" % (where, value, rule["max"]))
                continue
        elif kind == "float":
            try:
                value = float(raw.strip())
            except ValueError:
                errors.append("%s: not a number: %r" % (where, raw))
                continue
            if "min" in rule and value < rule["min"]:
                errors.append("%s: %s is below the minimum %s" % (where, value, rule["min"]))
                continue
            if "max" in rule and value > rule["max"]:
                errors.append("%s: %s is above the maximum %s" % (where, value, rule["max"]))
                continue
        elif kind == "bool":
            word = raw.strip().lower()
            if word in TRUE_WORDS:
                value = True
            elif word in FALSE_WORDS:
                value = False
            else:
                errors.append("%s: not a boolean: %r" % (where, raw))
                continue
        elif kind == "list":
            items = [item.strip() for item in raw.replace("\n", ",").split(",") if item.strip()]
            if rule.get("item") == "int":
                try:
                    value = [int(item) for item in items]
                except ValueError:
                    errors.append("%s: not a list of integers: %r" % (where, raw))
                    continue
            else:
                value = items
            if "min" in rule and len(value) < rule["min"]:
                errors.append("%s: needs at least %d item(s)" % (where, rule["min"]))
                continue
        else:
            value = raw
        if "choices" in rule and value not in rule["choices"]:
            errors.append("%s: must be one of %s" % (where, ", ".join(str(c) for c in rule["choices"])))
            continue
        typed[section][key] = value
    if not allow_unknown:
        for section in config:
            if section not in typed:
                errors.append("%s: unknown section" % section)
                continue
            for key in config[section]:
                if "%s.%s" % (section, key) not in schema:
                    errors.append("%s.%s: unknown key" % (section, key))
    return typed, errors


def load_service_config(text, env=None):
    """Parse, apply SVC_<SECTION>_<KEY> overrides from `env`, and validate a service config."""
    config = parse_config(text, strict=True)
    if env:
        for name in sorted(env):
            if not name.startswith("SVC_"):
                continue
            parts = name[4:].lower().split("_", 1)
            if len(parts) != 2 or not parts[0] or not parts[1]:
                raise ConfigError("bad override name: %s" % name)
            section, key = parts
            if section not in SECTIONS:
                raise ConfigError("override for unknown section: %s" % name)
            if section not in config:
                config[section] = {}
            config[section][key] = env[name]
    typed, errors = validate_config(config, SERVICE_SCHEMA, allow_unknown=False)
    if errors:
        raise ConfigError("invalid config: " + "; ".join(errors))
    return typed
