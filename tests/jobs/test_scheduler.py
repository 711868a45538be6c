"""The scheduler with an injected clock: due sources become ingest jobs, one per source at a
time; failures are recorded on the source; lost jobs are dispatched again."""

from __future__ import annotations

from datetime import timedelta

from resonanz.errors import RateLimited
from resonanz.jobs.queue import JobQueue
from resonanz.jobs.scheduler import Scheduler
from resonanz.model import SourceConfig
from resonanz.store import jobs as ledger
from resonanz.store import sources as source_store
from resonanz.store import users as user_store
from resonanz.store.jobs import JobState
from tests.conftest import T0, FakeSource, raw_post
from tests.jobs.conftest import Clock


def _add_fake(queue: JobQueue, interval: int = 300) -> int:
    with queue.runtime.store.transaction() as conn:
        config = source_store.add_source(
            conn,
            SourceConfig(name="fake", kind="fake", interval_seconds=interval),
            by=user_store.system_user(conn),
            now=T0,
        )
    assert config.id is not None
    return config.id


def _new_posts(queue: JobQueue, scheduler: Scheduler) -> list[int]:
    """Tick, and the new posts of each job the tick added (they ran at once: immediate)."""
    out = []
    for job in scheduler.tick():
        with queue.runtime.store.read() as conn:
            done = ledger.get_job(conn, job.id)
        assert done.state is JobState.DONE, done.last_error
        out.append(int(done.result.get("new_posts", -1)))
    return out


def test_tick_runs_due_sources_on_their_interval(immediate_queue: JobQueue, clock: Clock) -> None:
    source_id = _add_fake(immediate_queue)
    scheduler = Scheduler(immediate_queue)
    FakeSource.enqueue([raw_post("1", "eins")])
    assert _new_posts(immediate_queue, scheduler) == [1]
    FakeSource.enqueue([raw_post("2", "zwei")])
    clock.now = T0 + timedelta(seconds=299)
    assert scheduler.tick() == []  # not due yet
    clock.now = T0 + timedelta(seconds=300)
    assert _new_posts(immediate_queue, scheduler) == [1]
    with immediate_queue.runtime.store.read() as conn:
        assert source_store.get_source(conn, source_id).next_run_at == clock.now + timedelta(
            seconds=300
        )
        jobs = ledger.list_jobs(conn, kind="ingest_source")
    assert [j.created_by for j in jobs] == ["system", "system"]


def test_tick_limits_batches_and_continues_next_tick(immediate_queue: JobQueue) -> None:
    _add_fake(immediate_queue)
    FakeSource.enqueue(*[[raw_post(str(i), f"post {i}")] for i in range(5)])
    scheduler = Scheduler(immediate_queue)  # ingest_batch_limit is 2 in these tests
    assert _new_posts(immediate_queue, scheduler) == [2]
    assert _new_posts(immediate_queue, scheduler) == [2]  # still due: it had more
    assert _new_posts(immediate_queue, scheduler) == [1]
    assert scheduler.tick() == []


def test_a_failing_source_is_retried_on_its_own_schedule(
    immediate_queue: JobQueue, clock: Clock
) -> None:
    source_id = _add_fake(immediate_queue, interval=60)
    FakeSource.enqueue(RateLimited("HTTP 429", retry_after=120), [raw_post("1", "eins")])
    scheduler = Scheduler(immediate_queue)
    [job] = scheduler.tick()
    with immediate_queue.runtime.store.read() as conn:
        done = ledger.get_job(conn, job.id)
        source = source_store.get_source(conn, source_id)
    assert done.state is JobState.DONE and done.result["error"] == "HTTP 429"
    assert source.last_error == "HTTP 429"
    clock.now = T0 + timedelta(seconds=119)
    assert scheduler.tick() == []
    clock.now = T0 + timedelta(seconds=120)
    assert _new_posts(immediate_queue, scheduler) == [1]


def test_one_active_job_per_source_even_when_ticks_overlap(
    immediate_queue: JobQueue, clock: Clock
) -> None:
    immediate_queue.huey.immediate = False  # jobs wait in the queue: nobody runs them
    _add_fake(immediate_queue)
    first, second = Scheduler(immediate_queue), Scheduler(immediate_queue)  # two machines
    [job] = first.tick()
    assert second.tick() == [] and first.tick() == []
    with immediate_queue.runtime.store.read() as conn:
        assert [j.id for j in ledger.list_jobs(conn, states=(JobState.QUEUED,))] == [job.id]
    assert immediate_queue.pending() == 1


def test_tick_dispatches_lost_jobs_again(immediate_queue: JobQueue, clock: Clock) -> None:
    """A job that was written but never reached the queue (the process died between commit and
    dispatch) is handed to the queue by a later tick once it has waited `job_stale_seconds`."""
    _add_fake(immediate_queue)
    FakeSource.enqueue([raw_post("1", "eins")])
    with immediate_queue.runtime.store.transaction() as conn:
        job = ledger.add_job(
            conn,
            "ingest_source",
            {"source_id": 1},
            by=user_store.system_user(conn),
            now=T0,
            key="ingest:source:1",
        )
    scheduler = Scheduler(immediate_queue)
    assert scheduler.tick() == []  # the source's job exists: no second one; not stale yet
    with immediate_queue.runtime.store.read() as conn:
        assert ledger.get_job(conn, job.id).state is JobState.QUEUED
    clock.now = T0 + timedelta(seconds=61)
    scheduler.tick()
    with immediate_queue.runtime.store.read() as conn:
        assert ledger.get_job(conn, job.id).state is JobState.DONE
