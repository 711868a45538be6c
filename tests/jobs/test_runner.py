"""Running a job from the ledger: success, retries with backoff and the last error, failure for
good, an unknown kind, a job taken over by another worker, and the admin's retry."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import pytest

from resonanz.errors import StoreError
from resonanz.jobs.base import JobContext, JobKind, JobResult
from resonanz.jobs.runner import execute, retry_delay
from resonanz.jobs.runtime import Runtime
from resonanz.store import jobs as ledger
from resonanz.store import users as user_store
from resonanz.store.jobs import Job, JobState
from tests.conftest import T0
from tests.jobs.conftest import Clock

calls: list[Mapping[str, Any]] = []


def flaky(ctx: JobContext, args: Mapping[str, Any]) -> JobResult:
    calls.append(args)
    if len(calls) <= int(args.get("fail_times", 0)):
        raise RuntimeError(f"boom {len(calls)}")
    ctx.progress(3, 3)
    return {"ok": True, "by": ctx.by.username}


@pytest.fixture(autouse=True)
def _kinds(runtime: Runtime) -> None:
    calls.clear()
    runtime.registry.jobs["flaky"] = JobKind(
        "flaky", flaky, max_attempts=3, retry_base_seconds=10.0
    )


def _add(runtime: Runtime, kind: str = "flaky", **args: Any) -> Job:
    with runtime.store.transaction() as conn:
        admin = user_store.system_user(conn)
        return ledger.add_job(conn, kind, args, by=admin, now=runtime.clock())


def _get(runtime: Runtime, job_id: int) -> Job:
    with runtime.store.read() as conn:
        return ledger.get_job(conn, job_id)


def test_a_job_runs_once_and_keeps_its_result_and_progress(runtime: Runtime) -> None:
    job = _add(runtime)
    ended = execute(runtime, job.id, worker="w1")
    assert ended is not None and ended.state is JobState.DONE
    assert ended.result == {"ok": True, "by": "system"}
    assert (ended.progress_done, ended.progress_total, ended.attempts) == (3, 3, 1)
    assert execute(runtime, job.id, worker="w2") is None  # done: nobody runs it again
    assert len(calls) == 1


def test_a_failing_job_is_retried_with_backoff_then_fails_with_its_last_error(
    runtime: Runtime, clock: Clock
) -> None:
    job = _add(runtime, fail_times=5)
    first = execute(runtime, job.id)
    assert first is not None and first.state is JobState.QUEUED
    assert first.last_error == "RuntimeError: boom 1"
    assert first.run_after == T0 + timedelta(seconds=10)
    assert execute(runtime, job.id) is None  # not due yet
    clock.now = first.run_after
    second = execute(runtime, job.id)
    assert second is not None and second.run_after == clock.now + timedelta(seconds=20)
    clock.now = second.run_after
    third = execute(runtime, job.id)
    assert third is not None and third.state is JobState.FAILED and third.attempts == 3
    assert third.last_error == "RuntimeError: boom 3" and third.finished_at == clock.now


def test_backoff_doubles_up_to_an_hour() -> None:
    kind = JobKind("x", flaky, retry_base_seconds=10.0)
    assert [retry_delay(kind, n).total_seconds() for n in (1, 2, 3, 4)] == [10, 20, 40, 80]
    assert retry_delay(kind, 30) == timedelta(hours=1)


def test_an_unknown_kind_fails_for_good_at_once(runtime: Runtime) -> None:
    job = _add(runtime, kind="no_such_kind")
    ended = execute(runtime, job.id)
    assert ended is not None and ended.state is JobState.FAILED
    assert "unknown job kind 'no_such_kind'" in ended.last_error


def test_a_job_taken_over_stops_and_leaves_the_new_owner_alone(
    runtime: Runtime, clock: Clock
) -> None:
    """Worker 1 stalls past the stale limit; worker 2 takes the job over. When worker 1 beats
    again it learns it lost the job and stops without recording anything."""
    job = _add(runtime)
    with runtime.store.transaction() as conn:
        assert ledger.claim_job(conn, job.id, worker="w1", now=T0, stale=timedelta(minutes=2))
    clock.now = T0 + timedelta(minutes=1)
    assert execute(runtime, job.id, worker="w2") is None  # w1 is still alive
    clock.now = T0 + timedelta(minutes=3)
    ended = execute(runtime, job.id, worker="w2")
    assert ended is not None and ended.state is JobState.DONE and ended.attempts == 2
    with runtime.store.transaction() as conn:
        assert not ledger.beat(conn, job.id, worker="w1", now=clock.now, done=1)
        assert not ledger.finish_job(conn, job.id, worker="w1", now=clock.now, result={})


def test_retry_queues_a_failed_job_again_with_fresh_attempts(
    runtime: Runtime, clock: Clock
) -> None:
    runtime.registry.jobs["flaky"] = JobKind("flaky", flaky, max_attempts=1)
    job = _add(runtime, fail_times=1)
    assert (failed := execute(runtime, job.id)) is not None and failed.state is JobState.FAILED
    queued = _add(runtime)
    with runtime.store.transaction() as conn:
        with pytest.raises(StoreError, match="only a failed job"):
            ledger.retry_job(conn, queued.id, by=user_store.system_user(conn), now=T0)
    with runtime.store.transaction() as conn:
        again = ledger.retry_job(conn, job.id, by=user_store.system_user(conn), now=clock.now)
    assert again.state is JobState.QUEUED and again.attempts == 0
    ended = execute(runtime, job.id)
    assert ended is not None and ended.state is JobState.DONE and ended.last_error == ""


def test_retry_refuses_when_another_job_of_the_key_is_active(runtime: Runtime) -> None:
    runtime.registry.jobs["flaky"] = JobKind("flaky", flaky, max_attempts=1)
    with runtime.store.transaction() as conn:
        system = user_store.system_user(conn)
        job = ledger.add_job(conn, "flaky", {"fail_times": 1}, by=system, now=T0, key="k")
    execute(runtime, job.id)
    with runtime.store.transaction() as conn:
        newer = ledger.add_job(conn, "flaky", {}, by=system, now=T0, key="k")
        assert newer.id != job.id
        with pytest.raises(StoreError, match="already queued or running"):
            ledger.retry_job(conn, job.id, by=system, now=T0)


def test_a_restarted_job_runs_again_and_its_old_worker_stops(
    runtime: Runtime, clock: Clock
) -> None:
    job = _add(runtime)
    with runtime.store.transaction() as conn:
        assert ledger.claim_job(conn, job.id, worker="w1", now=T0, stale=timedelta(minutes=2))
        restarted = ledger.restart_job(conn, job.id, now=T0)
    assert restarted.state is JobState.QUEUED and restarted.worker == ""
    with runtime.store.transaction() as conn:
        assert not ledger.beat(conn, job.id, worker="w1", now=T0)  # w1 learns it lost the job
    ended = execute(runtime, job.id, worker="w2")
    assert ended is not None and ended.state is JobState.DONE and ended.attempts == 2
