"""Fixtures for background jobs: a runtime over the test store, queues on real backends."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest
import redis

from resonanz.jobs.queue import JobQueue, make_huey
from resonanz.jobs.runtime import Runtime
from resonanz.pipeline import Ingestor
from resonanz.plugins import Registry
from resonanz.settings import Settings, load_settings
from resonanz.store import Store
from tests.conftest import T0, skip_or_fail

REDIS_URL = "redis://127.0.0.1:6379/15"


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings() -> Settings:
    return load_settings(environ={}, ingest_batch_limit=2, job_stale_seconds=60)


@pytest.fixture
def runtime(
    settings: Settings, store: Store, registry: Registry, ingestor: Ingestor, clock: Clock
) -> Runtime:
    ingestor.clock = clock
    return Runtime(settings, store, registry, clock=clock, pipeline=ingestor)


@pytest.fixture
def immediate_queue(runtime: Runtime) -> JobQueue:
    """A queue that runs each job as it is dispatched (huey's immediate mode, in memory)."""
    huey = make_huey("memory://", name=f"t{uuid.uuid4().hex[:8]}")
    huey.immediate = True
    return JobQueue(runtime, huey)


@pytest.fixture
def redis_url() -> Iterator[str]:
    """The real Redis on 127.0.0.1:6379, database 15, emptied before and after."""
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        skip_or_fail("no Redis on 127.0.0.1:6379")
    client.flushdb()
    yield REDIS_URL
    client.flushdb()
    client.close()
