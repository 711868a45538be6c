"""Settings: one typed record, read once from a TOML file and the environment, passed in.

Precedence: defaults < file (`resonanz.toml` or `--config`) < environment (`RESONANZ_<NAME>`).
An invalid value raises `ConfigError` naming the setting. Every field is documented in
`docs/configuration.md` (a test checks).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from resonanz.errors import ConfigError

ENV_PREFIX = "RESONANZ_"


@dataclass(frozen=True)
class Settings:
    """Every setting of Resonanz. Field docs are the first line of `docs/configuration.md`."""

    database_url: str = "sqlite:///resonanz.db"
    """Where data lives: `sqlite:///path.db` (default) or `postgresql://user@host/db`."""
    secret_key: str = ""
    """Signs session cookies and CSRF tokens. Required for `serve` (not for `demo`)."""
    host: str = "127.0.0.1"
    """Address the web server binds to. Only loopback unless you set it."""
    port: int = 8000
    """Port of the web server."""
    timezone: str = "Europe/Berlin"
    """Default time zone for display (users may choose their own)."""
    default_locale: str = "de"
    """Interface language for new users and the login page: `de` or `en`."""
    scheduler_enabled: bool = True
    """Whether `serve` polls due sources in the background."""
    scheduler_tick_seconds: int = 15
    """How often the scheduler looks for due sources."""
    ingest_batch_limit: int = 50
    """At most this many batches per source and scheduler tick (the rest follows next tick)."""
    secure_cookies: bool = False
    """Mark cookies `Secure` (set when serving behind HTTPS)."""
    demo_mode: bool = False
    """Set by `resonanz demo`: allows an empty secret (a random one is generated)."""

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
        for name in ("scheduler_tick_seconds", "ingest_batch_limit"):
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
