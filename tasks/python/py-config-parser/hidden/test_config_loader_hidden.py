"""Hidden behaviour tests for config_loader."""

import pytest

import config_loader
from config_loader import (
    SERVICE_SCHEMA, ConfigError, load_service_config, parse_config, resolve_references, validate_config,
)


def error_of(call, *args, **kwargs):
    with pytest.raises(ConfigError) as info:
        call(*args, **kwargs)
    return str(info.value), info.value.line


def test_constants_and_error_type():
    assert config_loader.TRUE_WORDS == ("1", "yes", "true", "on")
    assert config_loader.FALSE_WORDS == ("0", "no", "false", "off")
    assert config_loader.MAX_INTERPOLATION == 10
    assert issubclass(ConfigError, ValueError)
    assert str(ConfigError("boom")) == "boom" and ConfigError("boom").line is None
    assert str(ConfigError("boom", 7)) == "line 7: boom" and ConfigError("boom", 7).line == 7
    assert str(ConfigError("boom", 0)) == "line 0: boom"


# --- parse_config: lines ---------------------------------------------------------

def test_empty_text():
    assert parse_config("") == {}
    assert parse_config("\n  \n# only a comment\n; another\n") == {}


def test_separators_case_and_spacing():
    text = "[ Main ]\nKey1 = a\nkey2:b\nkey3 =  c d  \nurl = http://x:80/\ntime: 10:30\nexpr = a=b\n"
    assert parse_config(text) == {"main": {
        "key1": "a", "key2": "b", "key3": "c d", "url": "http://x:80/", "time": "10:30", "expr": "a=b",
    }}


@pytest.mark.parametrize("line, key, value", [
    ("k:a=b", "k", "a=b"), ("k=a:b", "k", "a:b"), ("k : x = y", "k", "x = y"), ("k = x : y", "k", "x : y"),
    ("a.b: c", "a.b", "c"), ("k::v", "k", ":v"), ("k==v", "k", "=v"),
])
def test_first_separator_wins(line, key, value):
    assert parse_config("[s]\n" + line + "\n") == {"s": {key: value}}


def test_empty_value():
    assert parse_config("[s]\nk =\nj:\n") == {"s": {"k": "", "j": ""}}


def test_comments_and_inline_comments():
    text = "[s]\n# c\n  ; indented comment\na = 1 # one\nb = 2 ; two\nc = x#y\nd = p;q\ne = 1 # x ; y\nf = 1 ; x # y\n"
    assert parse_config(text)["s"] == {"a": "1", "b": "2", "c": "x#y", "d": "p;q", "e": "1", "f": "1"}


def test_quoted_values():
    text = '[s]\na = "  spaced  "\nb = "has # hash"  # comment\nc = "x" ; c\nd = ""\ne = "a"b"\n'
    with pytest.raises(ConfigError):
        parse_config(text)
    text = '[s]\na = "  spaced  "\nb = "has # hash"  # comment\nc = "x" ; c\nd = ""\n'
    assert parse_config(text)["s"] == {"a": "  spaced  ", "b": "has # hash", "c": "x", "d": ""}


@pytest.mark.parametrize("line, message", [
    ('k = "open', "unterminated quote"),
    ('k = "a" b', "text after closing quote"),
    ('k = "a"b', "text after closing quote"),
])
def test_quote_errors(line, message):
    assert error_of(parse_config, "[s]\n\n" + line + "\n") == ("line 3: " + message, 3)


def test_continuation_lines():
    text = "[s]\nk = one\n  two\n\tthree # not a comment here\nj = x\n"
    assert parse_config(text)["s"] == {"k": "one\ntwo\nthree # not a comment here", "j": "x"}


def test_comment_between_continuation_lines_keeps_the_value_open():
    assert parse_config("[s]\nk = a\n# c\n  b\n")["s"]["k"] == "a\nb"


def test_blank_line_ends_continuation():
    assert error_of(parse_config, "[s]\nk = a\n\n  b\n") == ("line 4: unexpected indentation", 4)


def test_quoted_value_cannot_continue():
    assert error_of(parse_config, '[s]\nk = "a"\n  b\n') == ("line 3: unexpected indentation", 3)


def test_section_header_ends_continuation():
    assert error_of(parse_config, "[s]\nk = a\n[t]\n  b\n") == ("line 4: unexpected indentation", 4)


def test_indented_first_line():
    assert error_of(parse_config, "  k = v\n") == ("line 1: unexpected indentation", 1)


def test_continuation_of_global_key():
    assert parse_config("k = a\n b\n") == {"global": {"k": "a\nb"}}


@pytest.mark.parametrize("text, message, line", [
    ("[s]\n[t\n", "unterminated section header", 2),
    ("[\n", "unterminated section header", 1),
    ("[]\n", "empty section name", 1),
    ("[   ]\n", "empty section name", 1),
    ("[s]\njust words\n", "expected 'key = value'", 2),
    ("[s]\n= v\n", "missing key", 2),
    ("[s]\n  \n :v\n", "unexpected indentation", 3),
    ("[s]\n : v\n", "unexpected indentation", 2),
])
def test_line_errors(text, message, line):
    assert error_of(parse_config, text) == ("line %d: %s" % (line, message), line)


def test_missing_key_with_colon():
    assert error_of(parse_config, "[s]\n: v\n") == ("line 2: missing key", 2)


def test_keys_outside_sections():
    assert parse_config("a = 1\n[s]\nb = 2\n") == {"global": {"a": "1"}, "s": {"b": "2"}}
    assert error_of(parse_config, "a = 1\n", strict=True) == ("line 1: key outside any section: a", 1)


def test_global_section_can_be_reopened_explicitly():
    assert parse_config("a = 1\n[global]\nb = 2\n") == {"global": {"a": "1", "b": "2"}}


def test_duplicate_sections_and_keys():
    text = "[s]\na = 1\n[t]\nx = 0\n[S]\na = 2\nb = 3\n"
    assert parse_config(text) == {"s": {"a": "2", "b": "3"}, "t": {"x": "0"}}
    assert error_of(parse_config, text, strict=True) == ("line 5: duplicate section: s", 5)
    assert parse_config("[s]\na = 1\nA = 2\n") == {"s": {"a": "2"}}
    assert error_of(parse_config, "[s]\na = 1\nA = 2\n", strict=True) == ("line 3: duplicate key: a", 3)


def test_defaults():
    defaults = {"s": {"a": "0", "b": "x"}, "d": {"k": "v"}}
    config = parse_config("[s]\na = 1\n", defaults)
    assert config == {"s": {"a": "1", "b": "x"}, "d": {"k": "v"}}
    assert defaults == {"s": {"a": "0", "b": "x"}, "d": {"k": "v"}}
    assert parse_config("[s]\na = 1\n", defaults, strict=True)["s"]["a"] == "1"
    assert error_of(parse_config, "[s]\nc = 1\nc = 2\n", defaults, True) == ("line 3: duplicate key: c", 3)
    assert parse_config("[d]\nk = w\n", defaults, True)["d"] == {"k": "w"}


def test_default_section_does_not_count_as_seen():
    assert parse_config("[d]\nz = 1\n", {"d": {"k": "v"}}, True) == {"d": {"k": "v", "z": "1"}}


def test_default_key_in_other_section_is_still_duplicate_when_strict():
    defaults = {"t": {"a": "0"}}
    assert error_of(parse_config, "[s]\na = 1\na = 2\n", defaults, True) == ("line 3: duplicate key: a", 3)


def test_empty_defaults_mapping():
    assert parse_config("[s]\na = 1\n", {}, True) == {"s": {"a": "1"}}


# --- references ---------------------------------------------------------------------

def test_reference_forms():
    text = "[a]\nx = 1\ny = ${x}${ X }\nz = ${b.k}-${ B.K }\n[b]\nk = v\n"
    assert parse_config(text)["a"] == {"x": "1", "y": "11", "z": "v-v"}


def test_reference_chains_resolve_in_file_order():
    assert parse_config("[a]\np = ${q}\nq = ${r}\nr = end\n")["a"] == {"p": "end", "q": "end", "r": "end"}


def test_reference_into_defaults_and_global():
    config = parse_config("g = top\n[s]\nv = ${global.g}/${d.k}\n", {"d": {"k": "dv"}})
    assert config["s"]["v"] == "top/dv"


@pytest.mark.parametrize("value, message", [
    ("${nope}", "unknown reference ${nope} in s.v"),
    ("${t.k}", "unknown reference ${t.k} in s.v"),
    ("${s.}", "unknown reference ${s.} in s.v"),
    ("${ Nope }", "unknown reference ${nope} in s.v"),
    ("${x", "unclosed reference in s.v"),
    ("${s.a.b}", "unknown reference ${s.a.b} in s.v"),
])
def test_reference_errors(value, message):
    assert error_of(parse_config, "[s]\nv = %s\n" % value) == (message, None)


def test_dotted_key_reference():
    config = parse_config("[s]\nv = ${t.a.b}\n", {"t": {"a.b": "deep"}})
    assert config["s"]["v"] == "deep"


def test_interpolation_depth_limit():
    ten = "[s]\nv = ${a}\na = ${b}\nb = ${c}\nc = ${d}\nd = ${e}\ne = ${f}\nf = ${g}\ng = ${h}\nh = ${i}\ni = ${j}\nj = end\n"
    assert parse_config(ten)["s"]["v"] == "end"
    assert parse_config("[s]\nv = " + "${x}" * 10 + "\nx = y\n")["s"]["v"] == "y" * 10
    assert error_of(parse_config, "[s]\nv = " + "${x}" * 11 + "\nx = y\n") == ("interpolation too deep in s.v", None)
    assert error_of(parse_config, "[s]\nloop = ${loop}\n") == ("interpolation too deep in s.loop", None)


def test_resolve_references_directly():
    config = {"a": {"x": "1", "y": "<${x}>"}, "b": {"z": "${a.y}"}}
    assert resolve_references(config) is config
    assert config == {"a": {"x": "1", "y": "<1>"}, "b": {"z": "<1>"}}


def test_reference_to_later_key_sees_unresolved_then_resolves():
    config = {"a": {"p": "${q}", "q": "${r}!", "r": "x"}}
    assert resolve_references(config) == {"a": {"p": "x!", "q": "x!", "r": "x"}}


# --- validate_config ---------------------------------------------------------------

NUMBERS = {
    "s.i": {"type": "int", "min": 1, "max": 5},
    "s.f": {"type": "float", "min": 0.5, "max": 2.5},
}


@pytest.mark.parametrize("raw, value, error", [
    ("1", 1, None), (" 5 ", 5, None), ("0", None, "s.i: 0 is below the minimum 1"),
    ("6", None, "s.i: 6 is above the maximum 5"), ("2.0", None, "s.i: not an integer: '2.0'"),
    ("", None, "s.i: not an integer: ''"), ("-3", None, "s.i: -3 is below the minimum 1"),
])
def test_int_values(raw, value, error):
    typed, errors = validate_config({"s": {"i": raw}}, {"s.i": NUMBERS["s.i"]})
    assert errors == ([error] if error else [])
    assert typed == {"s": {"i": value}} if value is not None else typed == {"s": {}}


@pytest.mark.parametrize("raw, value, error", [
    ("0.5", 0.5, None), ("2.5", 2.5, None), (" 1 ", 1.0, None), ("0.49", None, "s.f: 0.49 is below the minimum 0.5"),
    ("2.51", None, "s.f: 2.51 is above the maximum 2.5"), ("x", None, "s.f: not a number: 'x'"),
    ("1e0", 1.0, None),
])
def test_float_values(raw, value, error):
    typed, errors = validate_config({"s": {"f": raw}}, {"s.f": NUMBERS["s.f"]})
    assert errors == ([error] if error else [])
    assert typed == {"s": {"f": value}} if value is not None else typed == {"s": {}}


def test_numbers_without_limits():
    schema = {"s.i": {"type": "int"}, "s.f": {"type": "float"}}
    assert validate_config({"s": {"i": "-999", "f": "-1.5"}}, schema) == ({"s": {"i": -999, "f": -1.5}}, [])


def test_only_min_or_only_max():
    schema = {"s.a": {"type": "int", "min": 0}, "s.b": {"type": "int", "max": 0}}
    assert validate_config({"s": {"a": "100", "b": "-100"}}, schema) == ({"s": {"a": 100, "b": -100}}, [])
    assert validate_config({"s": {"a": "-1", "b": "1"}}, schema)[1] == [
        "s.a: -1 is below the minimum 0", "s.b: 1 is above the maximum 0",
    ]


@pytest.mark.parametrize("raw, value", [
    ("1", True), ("yes", True), (" TRUE ", True), ("On", True),
    ("0", False), ("no", False), ("False", False), ("OFF ", False),
])
def test_bool_values(raw, value):
    assert validate_config({"s": {"b": raw}}, {"s.b": {"type": "bool"}}) == ({"s": {"b": value}}, [])


@pytest.mark.parametrize("raw", ["maybe", "", "y", "2"])
def test_bad_bool(raw):
    assert validate_config({"s": {"b": raw}}, {"s.b": {"type": "bool"}}) == (
        {"s": {}}, ["s.b: not a boolean: %r" % raw])


@pytest.mark.parametrize("raw, value", [
    ("a, b ,c", ["a", "b", "c"]), ("a\nb, c", ["a", "b", "c"]), (" , a,,", ["a"]), ("", []),
])
def test_string_lists(raw, value):
    assert validate_config({"s": {"l": raw}}, {"s.l": {"type": "list"}}) == ({"s": {"l": value}}, [])


def test_int_lists():
    schema = {"s.l": {"type": "list", "item": "int", "min": 2}}
    assert validate_config({"s": {"l": "1, 2\n3"}}, schema) == ({"s": {"l": [1, 2, 3]}}, [])
    assert validate_config({"s": {"l": "1, 2"}}, schema) == ({"s": {"l": [1, 2]}}, [])
    assert validate_config({"s": {"l": "1"}}, schema) == ({"s": {}}, ["s.l: needs at least 2 item(s)"])
    assert validate_config({"s": {"l": "1, x"}}, schema) == ({"s": {}}, ["s.l: not a list of integers: '1, x'"])
    assert validate_config({"s": {"l": "x"}}, {"s.l": {"type": "list", "item": "str", "min": 1}}) == (
        {"s": {"l": ["x"]}}, [])


def test_list_min_counts_items_not_values():
    assert validate_config({"s": {"l": "0"}}, {"s.l": {"type": "list", "item": "int", "min": 1}}) == (
        {"s": {"l": [0]}}, [])


def test_strings_and_unknown_types_pass_through():
    schema = {"s.a": {"type": "str"}, "s.b": {}, "s.c": {"type": "date"}}
    assert validate_config({"s": {"a": " x ", "b": "y", "c": "z"}}, schema) == (
        {"s": {"a": " x ", "b": "y", "c": "z"}}, [])


def test_choices():
    schema = {"s.m": {"type": "str", "choices": ["a", "b"]}, "s.n": {"type": "int", "choices": [1, 3]}}
    assert validate_config({"s": {"m": "b", "n": "3"}}, schema) == ({"s": {"m": "b", "n": 3}}, [])
    assert validate_config({"s": {"m": "c", "n": "2"}}, schema) == (
        {"s": {}}, ["s.m: must be one of a, b", "s.n: must be one of 1, 3"])


def test_required_and_defaults():
    default_list = [1]
    schema = {
        "s.r": {"type": "int", "required": True, "default": 5},
        "s.d": {"type": "list", "default": default_list},
        "s.n": {"type": "int"},
        "t.x": {"type": "bool", "default": False},
    }
    typed, errors = validate_config({}, schema)
    assert errors == ["s.r: required"]
    assert typed == {"s": {"d": [1]}, "t": {"x": False}}
    assert typed["s"]["d"] is not default_list
    typed["s"]["d"].append(2)
    assert default_list == [1]


def test_default_is_not_checked():
    schema = {"s.i": {"type": "int", "default": "oops", "min": 1, "choices": [1]}}
    assert validate_config({}, schema) == ({"s": {"i": "oops"}}, [])


def test_errors_are_collected_in_schema_order():
    schema = {"s.b": {"type": "bool"}, "s.a": {"type": "int"}, "s.c": {"required": True}}
    typed, errors = validate_config({"s": {"a": "x", "b": "x"}}, schema)
    assert errors == ["s.b: not a boolean: 'x'", "s.a: not an integer: 'x'", "s.c: required"]


def test_unknown_sections_and_keys():
    schema = {"s.a": {"type": "str"}}
    config = {"z": {"k": "1"}, "s": {"a": "1", "b": "2", "c": "3"}, "y": {}}
    assert validate_config(config, schema) == ({"s": {"a": "1"}}, [])
    assert validate_config(config, schema, allow_unknown=False) == (
        {"s": {"a": "1"}}, ["z: unknown section", "s.b: unknown key", "s.c: unknown key", "y: unknown section"])


def test_unknown_checks_come_after_value_errors():
    schema = {"s.a": {"type": "int"}}
    assert validate_config({"s": {"a": "x", "q": "1"}}, schema, False)[1] == [
        "s.a: not an integer: 'x'", "s.q: unknown key"]


# --- load_service_config --------------------------------------------------------------

BASE = "[service]\nname = svc\n"


def test_service_defaults():
    assert load_service_config(BASE) == {
        "service": {"name": "svc", "port": 8080, "debug": False, "mode": "batch"},
        "limits": {"timeout": 30.0, "retries": 3, "workers": [1]},
        "notify": {"emails": [], "on_failure": True},
    }


def test_service_defaults_are_fresh_lists():
    first = load_service_config(BASE)
    first["limits"]["workers"].append(9)
    assert load_service_config(BASE)["limits"]["workers"] == [1]
    assert SERVICE_SCHEMA["limits.workers"]["default"] == [1]


def test_service_full_config():
    text = BASE + "port = 1\nmode = stream\n[limits]\ntimeout = 600\nretries = 0\nworkers = 3\n[notify]\nemails = a@x\non_failure = no\n"
    typed = load_service_config(text)
    assert typed["service"]["port"] == 1 and typed["service"]["mode"] == "stream"
    assert typed["limits"] == {"timeout": 600.0, "retries": 0, "workers": [3]}
    assert typed["notify"] == {"emails": ["a@x"], "on_failure": False}


def test_service_is_strict():
    assert error_of(load_service_config, "name = x\n") == ("line 1: key outside any section: name", 1)
    assert error_of(load_service_config, BASE + "name = y\n")[0] == "line 3: duplicate key: name"


def test_service_collects_every_error():
    text = "[service]\nport = 0\nmode = x\n[limits]\ntimeout = 0.4\nretries = 11\nworkers = ,\n[extra]\nk = v\n"
    message, line = error_of(load_service_config, text)
    assert line is None
    assert message == (
        "invalid config: service.name: required; service.port: 0 is below the minimum 1; "
        "service.mode: must be one of batch, stream; limits.timeout: 0.4 is below the minimum 0.5; "
        "limits.retries: 11 is above the maximum 10; limits.workers: needs at least 1 item(s); "
        "extra: unknown section"
    )


def test_service_unknown_key():
    assert error_of(load_service_config, BASE + "colour = red\n")[0] == "invalid config: service.colour: unknown key"


def test_overrides():
    env = {"SVC_SERVICE_PORT": "81", "SVC_LIMITS_WORKERS": "2,3", "HOME": "/root", "svc_service_debug": "yes"}
    typed = load_service_config(BASE, env)
    assert typed["service"]["port"] == 81
    assert typed["service"]["debug"] is False
    assert typed["limits"]["workers"] == [2, 3]
    assert load_service_config("[limits]\n", {"SVC_SERVICE_NAME": "from-env"})["service"]["name"] == "from-env"


def test_override_key_may_contain_underscores():
    typed = load_service_config(BASE, {"SVC_NOTIFY_ON_FAILURE": "off"})
    assert typed["notify"]["on_failure"] is False


def test_overrides_are_applied_in_name_order_and_before_validation():
    env = {"SVC_SERVICE_PORT": "x", "SVC_BAD": "1"}
    assert error_of(load_service_config, BASE, env)[0] == "bad override name: SVC_BAD"
    assert error_of(load_service_config, BASE, {"SVC_SERVICE_PORT": "x"})[0] == (
        "invalid config: service.port: not an integer: 'x'")


@pytest.mark.parametrize("name", ["SVC_", "SVC_SERVICE", "SVC__PORT", "SVC_SERVICE_"])
def test_bad_override_names(name):
    assert error_of(load_service_config, BASE, {name: "1"}) == ("bad override name: %s" % name, None)


def test_override_for_unknown_section():
    assert error_of(load_service_config, BASE, {"SVC_EXTRA_KEY": "1"}) == (
        "override for unknown section: SVC_EXTRA_KEY", None)


def test_override_unknown_key_in_known_section():
    assert error_of(load_service_config, BASE, {"SVC_LIMITS_COLOUR": "1"})[0] == (
        "invalid config: limits.colour: unknown key")


def test_service_references():
    message = error_of(load_service_config, "[service]\nbase = svc\nname = ${base}-1\n")[0]
    assert message == "invalid config: service.base: unknown key"
    typed = load_service_config("[service]\nname = ${limits.timeout}s\n[limits]\ntimeout = 5\n")
    assert typed["service"]["name"] == "5s"


def test_keys_may_start_with_any_letter():
    assert parse_config("[s]\nX1 = a\nxx = b\n")["s"] == {"x1": "a", "xx": "b"}


@pytest.mark.parametrize("line, value", [
    ("k = a   # c", "a"), ("k = a # b # c", "a"), ("k = a ; b ; c", "a"), ("k = a;b # c", "a;b"),
])
def test_inline_comment_cut_at_first_marker(line, value):
    assert parse_config("[s]\n" + line + "\n")["s"]["k"] == value


def test_first_unknown_reference_is_reported():
    assert error_of(parse_config, "[s]\nv = ${nope1}${nope2}\n") == ("unknown reference ${nope1} in s.v", None)


def test_closing_brace_before_reference():
    assert parse_config("[s]\nx = 1\nv = }${x}}\n")["s"]["v"] == "}1}"


def test_schema_keys_with_dotted_names():
    schema = {"s.a.b": {"type": "int"}}
    assert validate_config({"s": {"a.b": "4"}}, schema) == ({"s": {"a.b": 4}}, [])
    assert validate_config({"s": {"a.b": "4"}}, schema, False) == ({"s": {"a.b": 4}}, [])
