"""Settings: one typed record, read once from a TOML file and the environment, passed in.

Precedence: defaults < file (`resonanz.toml` or `--config`) < environment (`RESONANZ_<NAME>`).
An invalid value raises `ConfigError` naming the setting. Every field is documented in
`docs/configuration.md` (a test checks).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from resonanz.errors import ConfigError

ENV_PREFIX = "RESONANZ_"


def _setting(default: Any, doc: str) -> Any:
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Settings:
    """Every setting of Resonanz; `settings_table()` renders their docs for README and docs."""

    database_url: str = _setting(
        "sqlite:///resonanz.db",
        "Where data lives: `sqlite:///path.db` (embedded default) or "
        "`postgresql://user@host:5432/db`. The schema is created and migrated on start.",
    )
    secret_key: str = _setting(
        "",
        "Signs session cookies and CSRF tokens. `serve` refuses to start without one; "
        "`demo` generates a random one; `init` writes one to `resonanz.toml`.",
    )
    host: str = _setting(
        "127.0.0.1",
        "Address the web server binds to. Only loopback unless you set it "
        "(put a TLS proxy in front).",
    )
    port: int = _setting(8000, "Port of the web server.")
    timezone: str = _setting(
        "Europe/Berlin", "Default time zone for display; times are stored in UTC."
    )
    default_locale: str = _setting(
        "de",
        "Interface language (`de` or `en`) for new users and the login page. Each user's "
        "choice is remembered.",
    )
    scheduler_enabled: bool = _setting(
        True,
        "Whether `serve` runs the scheduler (due sources become ingest jobs) and an embedded "
        "worker for background jobs. Turn it off when separate `resonanz worker` processes "
        "do it.",
    )
    scheduler_tick_seconds: int = _setting(
        15,
        "How often the scheduler looks for due sources and lost jobs; each source has its own "
        "interval.",
    )
    ingest_batch_limit: int = _setting(
        50,
        "At most this many batches per source and scheduler tick; the rest follows on the "
        "next tick, so one large import does not starve other sources.",
    )
    jobs_url: str = _setting(
        "",
        "The task queue of background jobs (ingest, backfills, later alerts and reports). Empty: "
        "embedded, beside the database (`<db>.jobs.db` for SQLite, tables in PostgreSQL) — no "
        "extra service. `redis://host:6379/0` for workers on several machines; "
        "`sqlite:///path.db` or `postgresql://…` to name one explicitly.",
    )
    job_workers: int = _setting(
        2,
        "Worker threads that run jobs: in `serve` (embedded) and per `resonanz worker` process.",
    )
    job_stale_seconds: int = _setting(
        120,
        "A running job without a heartbeat for this long counts as lost (its worker died) and "
        "runs again; queued jobs not picked up for this long are handed to the queue again.",
    )
    noise_query: str = _setting(
        "",
        "The shared spam and noise list, written in the query language "
        '(e.g. `Gewinnspiel OR "jetzt kaufen" OR #ad`): posts it matches count for no monitor.',
    )
    nlp_model: str = _setting(
        "",
        "Model file for language, sentiment and intent, e.g. one refitted on your corrections "
        "by `resonanz nlp retrain --out FILE`. Empty: the model shipped in the package.",
    )
    secure_cookies: bool = _setting(
        False, "Mark session cookies `Secure`: set it when users reach Resonanz over HTTPS."
    )
    demo_mode: bool = _setting(
        False, "Set by `resonanz demo`; allows an empty secret key. Not for production."
    )

    def validate(self) -> Settings:
        if not self.database_url.startswith(
            ("sqlite://", "postgresql://", "postgresql+psycopg://")
        ):
            raise ConfigError(
                "database_url",
                f"must start with sqlite:/// or postgresql:// (got {self.database_url!r})",
            )
        if not 0 < self.port < 65536:
            raise ConfigError("port", f"must be between 1 and 65535 (got {self.port})")
        if self.default_locale not in ("de", "en"):
            raise ConfigError(
                "default_locale", f"must be 'de' or 'en' (got {self.default_locale!r})"
            )
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError("timezone", f"unknown time zone {self.timezone!r}") from None
        if self.nlp_model and not Path(self.nlp_model).is_file():
            raise ConfigError("nlp_model", f"no model file at {self.nlp_model!r}")
        if self.jobs_url and not self.jobs_url.startswith(
            ("redis://", "rediss://", "sqlite:///", "postgresql://", "postgresql+psycopg://")
        ):
            raise ConfigError(
                "jobs_url",
                f"must be empty or start with redis://, sqlite:/// or postgresql:// "
                f"(got {self.jobs_url!r})",
            )
        for name in (
            "scheduler_tick_seconds",
            "ingest_batch_limit",
            "job_workers",
            "job_stale_seconds",
        ):
            if getattr(self, name) < 1:
                raise ConfigError(name, "must be at least 1")
        return self


def _coerce(name: str, kind: str, value: Any) -> Any:
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off", ""):
            return False
        raise ConfigError(name, f"expected true or false (got {value!r})")
    if kind == "int":
        if isinstance(value, bool):
            raise ConfigError(name, f"expected a whole number (got {value!r})")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(name, f"expected a whole number (got {value!r})") from None
    if not isinstance(value, str):
        raise ConfigError(name, f"expected text (got {value!r})")
    return value


def load_settings(
    environ: Mapping[str, str] | None = None,
    file: Path | None = None,
    **overrides: Any,
) -> Settings:
    """Read settings once: defaults, then `file` (TOML), then `RESONANZ_*` variables."""
    environ = os.environ if environ is None else environ
    kinds = {f.name: str(f.type) for f in fields(Settings)}
    values: dict[str, Any] = {}
    path = file
    if path is None and environ.get(ENV_PREFIX + "CONFIG"):
        path = Path(environ[ENV_PREFIX + "CONFIG"])
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("config", f"file not found: {path}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("config", f"{path} is not valid TOML: {exc}") from None
        for key, value in data.items():
            if key not in kinds:
                raise ConfigError(key, f"unknown setting in {path}; known: {', '.join(kinds)}")
            values[key] = _coerce(key, kinds[key], value)
    for name, kind in kinds.items():
        env_name = ENV_PREFIX + name.upper()
        if env_name in environ:
            values[name] = _coerce(name, kind, environ[env_name])
    for name, value in overrides.items():
        if value is not None:
            values[name] = _coerce(name, kinds[name], value)
    return replace(Settings(), **values).validate()


def settings_table() -> str:
    """The Markdown table of all settings (pasted into README.md and docs/configuration.md by
    `scripts/update_docs.py`; a test keeps them current)."""
    lines = [
        "| setting | default | environment | what it does |",
        "|---|---|---|---|",
    ]
    for f in fields(Settings):
        default = f.default
        shown = (
            "*(empty)*"
            if default == ""
            else str(default).lower()
            if isinstance(default, bool)
            else str(default)
        )
        if shown != "*(empty)*":
            shown = f"`{shown}`"
        lines.append(
            f"| `{f.name}` | {shown} | `{ENV_PREFIX}{f.name.upper()}` | {f.metadata['doc']} |"
        )
    return "\n".join(lines) + "\n"
