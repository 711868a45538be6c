"""The channel contract: deliver one message to one configured destination, or say why not.

A channel (e-mail, webhook, chat) is constructed from its configuration, which is validated
against its declared `settings` like a source's (a bad one raises `ConfigError` naming the
setting, before anything is sent). `deliver(message)` sends one message and raises
`DeliveryError` when it could not; the delivery job then retries it with backoff, so an alert is
never dropped. Because a retried job may send again after a crash, every message carries a
`key` that stays the same across attempts: channels pass it on (a `Message-ID`, an idempotency
header) so the receiver can drop the duplicate.

Channels register through the `register_channels` hook.
"""

from __future__ import annotations

import abc
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from resonanz.plugin_settings import Setting, validate_settings


@dataclass(frozen=True, slots=True)
class Message:
    """What a channel delivers. `body` is plain text; a channel escapes it for its format."""

    key: str
    subject: str
    body: str
    link: str = ""
    locale: str = "de"


class Channel(abc.ABC):
    """Base class of every channel. Subclasses set `name`, `title`, `settings`, write `deliver`."""

    name: ClassVar[str]
    title: ClassVar[str]
    settings: ClassVar[tuple[Setting, ...]] = ()

    def __init__(self, config: Mapping[str, Any]) -> None:
        self.config = self.validate_config(config)

    @classmethod
    def validate_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:
        """Check `config` against `settings`; raises `ConfigError` naming the setting."""
        return validate_settings(cls.name, cls.settings, config)

    @abc.abstractmethod
    def deliver(self, message: Message) -> None:
        """Send `message` once; raise `DeliveryError` if it was not accepted."""
