"""The settings a plugin declares (sources, channels), and the one way they are validated.

A plugin lists its settings as a tuple of `Setting`; `validate_settings` checks a configuration
against it (unknown keys, missing and mistyped values), so the CLI, the web forms and the
contract tests all reject bad input with the same `ConfigError`, naming the setting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from resonanz.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    """One configuration field of a plugin, used for validation, CLI help and the UI."""

    name: str
    type: type = str
    help: str = ""
    required: bool = False
    default: Any = None


def validate_settings(
    owner: str, settings: Sequence[Setting], config: Mapping[str, Any]
) -> dict[str, Any]:
    """`config` checked against `settings`, with defaults filled in; errors name `owner.key`."""
    known = {s.name: s for s in settings}
    unknown = sorted(set(config) - set(known))
    if unknown:
        raise ConfigError(
            f"{owner}.{unknown[0]}",
            f"unknown setting; known: {', '.join(sorted(known)) or 'none'}",
        )
    result: dict[str, Any] = {}
    for s in settings:
        if s.name not in config or config[s.name] in (None, ""):
            if s.required:
                raise ConfigError(f"{owner}.{s.name}", "is required")
            result[s.name] = s.default
            continue
        value = config[s.name]
        if not isinstance(value, s.type):
            try:
                value = s.type(value)
            except (TypeError, ValueError) as exc:
                raise ConfigError(
                    f"{owner}.{s.name}", f"expected {s.type.__name__}, got {value!r}"
                ) from exc
        result[s.name] = value
    return result
