"""The scheduler: a synchronous `tick()` that runs due sources; `serve` calls it from a thread.

Tests call `tick()` directly with a fixed clock; nothing here sleeps except `run_until`, the
loop that `serve` runs in its background thread (it waits on an Event, so it stops at once).
"""

from __future__ import annotations

import logging
import threading

from resonanz.model import BatchResult
from resonanz.pipeline import Ingestor

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(self, ingestor: Ingestor, *, max_batches: int = 50) -> None:
        self.ingestor = ingestor
        self.max_batches = max_batches
        self.last_results: list[BatchResult] = []

    def tick(self) -> list[BatchResult]:
        """Run every due source once (at most `max_batches` batches each)."""
        self.last_results = self.ingestor.run_due_sources(max_batches=self.max_batches)
        for r in self.last_results:
            if r.new_posts or r.errors:
                log.info("ingest %s: %d new, %s", r.source, r.new_posts, r.errors or "ok")
        return self.last_results

    def run_until(self, stop: threading.Event, interval_seconds: float) -> None:
        """Tick every `interval_seconds` until `stop` is set. Errors are logged, not fatal."""
        while not stop.is_set():
            try:
                self.tick()
            except Exception:  # a broken source must not stop the server's scheduler
                log.exception("scheduler tick failed")
            stop.wait(interval_seconds)

    def start_thread(self, interval_seconds: float) -> tuple[threading.Thread, threading.Event]:
        stop = threading.Event()
        thread = threading.Thread(
            target=self.run_until,
            args=(stop, interval_seconds),
            name="resonanz-scheduler",
            daemon=True,
        )
        thread.start()
        return thread, stop
