import pytest

from config_loader import ConfigError, load_service_config, parse_config, validate_config

SAMPLE = """
# batch exporter
[service]
name = exporter
port: 9000
debug = yes

[limits]
timeout = 12.5
workers = 2, 4,
    8
"""


def test_parse_sections_and_continuation():
    config = parse_config(SAMPLE)
    assert config["service"] == {"name": "exporter", "port": "9000", "debug": "yes"}
    assert config["limits"]["workers"] == "2, 4,\n8"


def test_references_are_resolved():
    config = parse_config("[a]\nhost = db\nurl = pg://${host}/${b.name}\n[b]\nname = main\n")
    assert config["a"]["url"] == "pg://db/main"


def test_validate_reports_errors():
    typed, errors = validate_config({"s": {"n": "abc"}}, {"s.n": {"type": "int"}, "s.m": {"type": "str", "required": True}})
    assert typed == {"s": {}}
    assert len(errors) == 2


def test_load_service_config_applies_defaults():
    typed = load_service_config(SAMPLE)
    assert typed["service"]["port"] == 9000
    assert typed["service"]["debug"] is True
    assert typed["limits"]["workers"] == [2, 4, 8]
    assert typed["limits"]["retries"] == 3


def test_unterminated_section_header():
    with pytest.raises(ConfigError):
        parse_config("[service\nname = x\n")
