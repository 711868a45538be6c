"""The source contract: small and declarative.

A source is constructed from its configuration and a clock, and answers one question:
`fetch(cursor) -> Batch`, the posts after `cursor` and the cursor to continue from. The pipeline
stores `batch.next_cursor` in the same transaction as the posts of the batch, so a crash never
skips or repeats data. A source never writes to the store itself.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from resonanz.model import RawPost
from resonanz.plugin_settings import Setting, validate_settings

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Batch:
    """Posts after a cursor. `has_more` asks the caller to fetch again right away."""

    items: Sequence[RawPost]
    next_cursor: str | None
    has_more: bool = False
    notes: Sequence[str] = field(default_factory=tuple)


class Source(abc.ABC):
    """Base class of every connector. Subclasses set `name`, `title` and `settings`."""

    name: ClassVar[str]
    title: ClassVar[str]
    settings: ClassVar[tuple[Setting, ...]] = ()

    def __init__(self, config: Mapping[str, Any], *, clock: Clock = utc_now) -> None:
        self.config = self.validate_config(config)
        self.clock = clock

    @classmethod
    def validate_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:
        """Check `config` against `settings`: unknown keys, missing and mistyped values."""
        return validate_settings(cls.name, cls.settings, config)

    @classmethod
    def example_config(cls, directory: Path) -> dict[str, Any]:
        """A small valid configuration, with any file it needs written under `directory`.

        The plugin contract test fetches with it, so every registered source is exercised.
        The default, no settings at all, suits sources without required settings.
        """
        return {}

    @abc.abstractmethod
    def fetch(self, cursor: str | None) -> Batch:
        """Return the posts after `cursor` (None: from the beginning) and the next cursor."""

    def close(self) -> None:  # noqa: B027  (optional hook: most sources hold nothing open)
        """Release files or connections; the pipeline calls it when a run ends."""

    def progress(self, cursor: str | None) -> tuple[int, int] | None:
        """(done, total) in the source's own unit for a progress bar, or None if unknown."""
        return None
