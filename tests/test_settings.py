from __future__ import annotations

import re
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from resonanz.errors import ConfigError
from resonanz.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]


def test_precedence_defaults_file_environment(tmp_path: Path) -> None:
    config = tmp_path / "r.toml"
    config.write_text('port = 9000\nsecret_key = "from-file"\n')
    s = load_settings({"RESONANZ_PORT": "9100"}, file=config)
    assert (s.port, s.secret_key, s.host) == (9100, "from-file", "127.0.0.1")


@pytest.mark.parametrize(
    ("environ", "setting"),
    [
        ({"RESONANZ_PORT": "eighty"}, "port"),
        ({"RESONANZ_PORT": "70000"}, "port"),
        ({"RESONANZ_DATABASE_URL": "mysql://x"}, "database_url"),
        ({"RESONANZ_TIMEZONE": "Mars/Olympus"}, "timezone"),
        ({"RESONANZ_SCHEDULER_ENABLED": "maybe"}, "scheduler_enabled"),
        ({"RESONANZ_NLP_MODEL": "/nonexistent/model.npz"}, "nlp_model"),
    ],
)
def test_invalid_values_name_the_setting(environ: dict[str, str], setting: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(environ)
    assert info.value.setting == setting
    assert str(info.value).startswith(setting)


def test_unknown_setting_in_file_is_named(tmp_path: Path) -> None:
    config = tmp_path / "r.toml"
    config.write_text("prot = 9000\n")
    with pytest.raises(ConfigError, match="prot"):
        load_settings({}, file=config)


def test_every_setting_is_documented_and_the_tables_are_current() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from update_docs import FILES, render

    for name in FILES:
        text = (ROOT / name).read_text()
        assert "<!-- settings-table -->" in text, name
        assert render(text) == text, f"{name} is stale: uv run python scripts/update_docs.py"
    doc = (ROOT / "docs" / "configuration.md").read_text()
    documented = set(re.findall(r"^\| `(\w+)` ", doc, flags=re.M))
    assert {f.name for f in fields(Settings)} == documented


def test_a_refitted_model_file_is_used_for_ingest(tmp_path: Path) -> None:
    from resonanz.nlp import MODEL_FILE, load_enricher
    from resonanz.pipeline import default_ingestor
    from resonanz.store import Store

    shipped = ROOT / "src" / "resonanz" / "nlp" / "models" / MODEL_FILE
    model = tmp_path / "refit.npz"
    model.write_bytes(shipped.read_bytes())
    settings = load_settings({"RESONANZ_NLP_MODEL": str(model)})
    store = Store.open(f"sqlite:///{tmp_path / 'r.db'}")
    ingestor = default_ingestor(store, model_path=settings.nlp_model)
    assert ingestor.enricher.version == load_enricher(model).version
    store.close()
