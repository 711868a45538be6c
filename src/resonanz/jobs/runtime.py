"""The runtime of one process that runs jobs: settings, store, plugins, clock, and the models
loaded once (lazily: a worker that only runs backfills never loads the NLP models)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from resonanz.plugins import Registry
from resonanz.settings import Settings
from resonanz.sources.base import Clock, utc_now
from resonanz.store import Store

if TYPE_CHECKING:
    from resonanz.pipeline import Ingestor


@dataclass
class Runtime:
    settings: Settings
    store: Store
    registry: Registry
    clock: Clock = utc_now
    pipeline: Ingestor | None = field(default=None, repr=False)
    """The pipeline, built on first use (tests pass one with their fakes)."""

    def ingestor(self) -> Ingestor:
        """The pipeline with the models of `settings.nlp_model` (or the shipped ones)."""
        if self.pipeline is None:
            from resonanz.pipeline import default_ingestor

            self.pipeline = default_ingestor(
                self.store,
                clock=self.clock,
                model_path=self.settings.nlp_model or None,
                noise_query=self.settings.noise_query or None,
                registry=self.registry,
            )
        return self.pipeline
