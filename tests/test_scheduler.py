"""The scheduler with an injected clock: due sources run, others wait for their interval."""

from __future__ import annotations

from datetime import datetime, timedelta

from resonanz.errors import RateLimited
from resonanz.model import SourceConfig
from resonanz.pipeline import Ingestor
from resonanz.scheduler import Scheduler
from resonanz.store import Store
from resonanz.store import sources as source_store
from tests.conftest import T0, FakeSource, raw_post


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_tick_runs_due_sources_on_their_interval(store: Store, ingestor: Ingestor) -> None:
    clock = Clock(T0)
    ingestor.clock = clock
    with store.transaction() as conn:
        source_store.add_source(conn, SourceConfig(name="fake", kind="fake", interval_seconds=300))
    scheduler = Scheduler(ingestor)
    FakeSource.enqueue([raw_post("1", "eins")])
    assert [r.new_posts for r in scheduler.tick()] == [1]
    FakeSource.enqueue([raw_post("2", "zwei")])
    clock.now = T0 + timedelta(seconds=299)
    assert scheduler.tick() == []  # not due yet
    clock.now = T0 + timedelta(seconds=300)
    assert [r.new_posts for r in scheduler.tick()] == [1]
    with store.read() as conn:
        assert source_store.get_source(conn, 1).next_run_at == clock.now + timedelta(seconds=300)


def test_tick_limits_batches_and_continues_next_tick(store: Store, ingestor: Ingestor) -> None:
    with store.transaction() as conn:
        source_store.add_source(conn, SourceConfig(name="fake", kind="fake", interval_seconds=300))
    FakeSource.enqueue(*[[raw_post(str(i), f"post {i}")] for i in range(5)])
    scheduler = Scheduler(ingestor, max_batches=2)
    assert [r.new_posts for r in scheduler.tick()] == [2]
    assert [r.new_posts for r in scheduler.tick()] == [2]  # still due: it had more
    assert [r.new_posts for r in scheduler.tick()] == [1]
    assert scheduler.tick() == []


def test_a_failing_source_is_retried_later_without_stopping_the_tick(
    store: Store, ingestor: Ingestor
) -> None:
    clock = Clock(T0)
    ingestor.clock = clock
    with store.transaction() as conn:
        source_store.add_source(conn, SourceConfig(name="fake", kind="fake", interval_seconds=60))
    FakeSource.enqueue(RateLimited("HTTP 429", retry_after=120), [raw_post("1", "eins")])
    [result] = Scheduler(ingestor).tick()
    assert result.errors == ("HTTP 429",)
    clock.now = T0 + timedelta(seconds=119)
    assert Scheduler(ingestor).tick() == []
    clock.now = T0 + timedelta(seconds=120)
    assert [r.new_posts for r in Scheduler(ingestor).tick()] == [1]
