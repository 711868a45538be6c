"""Connectors: each platform is one module with one `Source` subclass."""

from resonanz.plugin_settings import Setting
from resonanz.sources.base import Batch, Clock, Source

__all__ = ["Batch", "Clock", "Setting", "Source"]
