"""Alert delivery channels: each sends a `Message` to one kind of destination."""

from resonanz.channels.base import Channel, Message

__all__ = ["Channel", "Message"]
