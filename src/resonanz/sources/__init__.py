"""Connectors: each platform is one module with one `Source` subclass."""

from resonanz.sources.base import Batch, Clock, Source, SourceSetting

__all__ = ["Batch", "Clock", "Source", "SourceSetting"]
