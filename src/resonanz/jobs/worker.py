"""The background of one process: huey's worker threads and the scheduler's ticks.

`resonanz serve` starts one embedded (`Background.start()` from the web app's lifespan);
`resonanz worker` runs one in the foreground until SIGINT/SIGTERM (`Background.run()`). Several
workers may run against one Redis (or PostgreSQL) queue and one database: claims are atomic, so
each job runs on one of them.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from resonanz.jobs.queue import JobQueue
from resonanz.jobs.scheduler import Scheduler

log = logging.getLogger(__name__)


@dataclass
class Background:
    queue: JobQueue
    workers: int = 2
    schedule: bool = True
    """Also run the scheduler's ticks (due sources, lost jobs) in this process."""
    _consumer: Any = field(default=None, repr=False)
    _ticker: tuple[threading.Thread, threading.Event] | None = field(default=None, repr=False)

    def _start_ticker(self) -> None:
        if self.schedule:
            interval = self.queue.runtime.settings.scheduler_tick_seconds
            self._ticker = Scheduler(self.queue).start_thread(interval)

    def _stop_ticker(self) -> None:
        if self._ticker is not None:
            thread, stop = self._ticker
            stop.set()
            thread.join(timeout=30)
            self._ticker = None

    def start(self) -> None:
        """Start the worker threads and the ticker without touching signal handlers."""
        self._consumer = self.queue.consumer(self.workers, embedded=True)
        self._consumer.start()
        self._start_ticker()

    def stop(self, *, graceful: bool = True) -> None:
        """Stop ticking, let running jobs finish (graceful) and stop the workers."""
        self._stop_ticker()
        if self._consumer is not None:
            self._consumer.stop(graceful=graceful)
            self._consumer = None

    def run(self) -> None:
        """Run in the foreground until SIGINT or SIGTERM (a graceful stop: running jobs end)."""
        consumer = self.queue.consumer(self.workers, embedded=False)
        self._start_ticker()
        try:
            consumer.run()
        finally:
            self._stop_ticker()
