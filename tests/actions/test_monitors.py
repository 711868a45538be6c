"""The monitor actions on real SQLite and PostgreSQL: permission first, then the monitor, its
audit entry and its backfill job in one transaction, the dispatcher told after the commit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from resonanz import actions
from resonanz.errors import NotFound, PermissionDenied, QueryError, StoreError
from resonanz.model import MonitorKind, Role, User
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store import monitors as monitor_store
from resonanz.store import users as user_store
from resonanz.store.audit import recent
from resonanz.store.jobs import Job, JobState

NOW = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
SPEC = actions.MonitorSpec(name="Marke", query='"Brenntal" OR #brenntal', kind=MonitorKind.BRAND)


class Recorder:
    """A dispatcher that notes each job and checks it was committed before it was told."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.jobs: list[Job] = []

    def dispatch(self, job: Job) -> None:
        with self.store.read() as conn:  # another connection: sees committed rows only
            assert ledger.get_job(conn, job.id) == job
        self.jobs.append(job)


def _system(store: Store) -> User:
    with store.read() as conn:
        return user_store.system_user(conn)


def _state(store: Store) -> tuple[list[str], list[Job], list[str]]:
    """(monitor names, jobs, audit actions) as committed."""
    with store.read() as conn:
        return (
            [m.name for m in monitor_store.list_monitors(conn)],
            ledger.list_jobs(conn),
            [e.action for e in recent(conn) if e.action.startswith("monitor.")],
        )


def test_add_writes_monitor_audit_and_job_then_dispatches(store: Store) -> None:
    recorder = Recorder(store)
    monitor, job = actions.add_monitor(store, SPEC, by=_system(store), now=NOW, dispatcher=recorder)
    assert monitor.id is not None and monitor.kind is MonitorKind.BRAND
    assert (job.kind, job.state, job.key) == (
        "backfill_monitor",
        JobState.QUEUED,
        f"backfill:monitor:{monitor.id}",
    )
    assert job.args == {"monitor_id": monitor.id} and job.created_by == "system"
    assert recorder.jobs == [job]
    with store.read() as conn:
        entry = recent(conn, 1)[0]
    assert (entry.action, entry.username, entry.target, entry.at) == (
        "monitor.add",
        "system",
        "Marke",
        NOW,
    )


def test_a_viewer_may_not_change_monitors(store: Store) -> None:
    viewer = User(username="ben", role=Role.VIEWER, id=None)
    recorder = Recorder(store)
    with pytest.raises(PermissionDenied):
        actions.add_monitor(store, SPEC, by=viewer, now=NOW, dispatcher=recorder)
    monitor, _ = actions.add_monitor(store, SPEC, by=_system(store), now=NOW, dispatcher=recorder)
    assert monitor.id is not None
    with pytest.raises(PermissionDenied):
        actions.update_monitor(
            store,
            monitor.id,
            actions.MonitorChanges(query="x"),
            by=viewer,
            now=NOW,
            dispatcher=recorder,
        )
    with pytest.raises(PermissionDenied):
        actions.delete_monitor(store, monitor.id, by=viewer, now=NOW)
    with pytest.raises(PermissionDenied):
        actions.request_backfill(store, monitor.id, by=viewer, now=NOW, dispatcher=recorder)
    names, jobs, audited = _state(store)
    assert (names, len(jobs), audited, len(recorder.jobs)) == (["Marke"], 1, ["monitor.add"], 1)


def test_invalid_input_writes_nothing(store: Store) -> None:
    recorder = Recorder(store)
    system = _system(store)
    for spec in (
        actions.MonitorSpec(name="Marke", query='"Brenntal OR ('),
        actions.MonitorSpec(name="Marke", query="Brenntal", exclusions="(Stellenangebot"),
    ):
        with pytest.raises(QueryError):
            actions.add_monitor(store, spec, by=system, now=NOW, dispatcher=recorder)
    with pytest.raises(StoreError):
        actions.add_monitor(
            store,
            actions.MonitorSpec(name="  ", query="x"),
            by=system,
            now=NOW,
            dispatcher=recorder,
        )
    actions.add_monitor(store, SPEC, by=system, now=NOW, dispatcher=recorder)
    with pytest.raises(StoreError, match="exists already"):
        actions.add_monitor(store, SPEC, by=system, now=NOW, dispatcher=recorder)
    names, jobs, audited = _state(store)
    assert (names, len(jobs), audited) == (["Marke"], 1, ["monitor.add"])


def _refuse_jobs(store: Store) -> None:
    """Make every insert into the job ledger fail, the way a full disk would."""
    with store.transaction() as conn:
        if store.dialect == "sqlite":
            conn.exec_driver_sql(
                "CREATE TRIGGER no_jobs BEFORE INSERT ON jobs "
                "BEGIN SELECT RAISE(ABORT, 'no jobs today'); END"
            )
        else:
            conn.exec_driver_sql(
                "CREATE FUNCTION no_jobs() RETURNS trigger AS $$ "
                "BEGIN RAISE EXCEPTION 'no jobs today'; END $$ LANGUAGE plpgsql"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER no_jobs BEFORE INSERT ON jobs "
                "FOR EACH ROW EXECUTE FUNCTION no_jobs()"
            )


def test_a_failing_job_write_leaves_neither_monitor_nor_audit_entry(store: Store) -> None:
    recorder = Recorder(store)
    system = _system(store)
    monitor, _ = actions.add_monitor(store, SPEC, by=system, now=NOW, dispatcher=recorder)
    assert monitor.id is not None
    _refuse_jobs(store)
    with pytest.raises(sa.exc.DBAPIError, match="no jobs today"):
        actions.add_monitor(
            store,
            actions.MonitorSpec(name="Rivale", query="Kaltwerk"),
            by=system,
            now=NOW,
            dispatcher=recorder,
        )
    with pytest.raises(sa.exc.DBAPIError, match="no jobs today"):
        actions.update_monitor(
            store,
            monitor.id,
            actions.MonitorChanges(query="Brenntal"),
            by=system,
            now=NOW,
            dispatcher=recorder,
        )
    names, jobs, audited = _state(store)
    assert (names, len(jobs), audited, len(recorder.jobs)) == (["Marke"], 1, ["monitor.add"], 1)
    with store.read() as conn:
        assert monitor_store.get_monitor(conn, monitor.id).query == SPEC.query


def test_one_backfill_job_per_monitor_at_a_time(store: Store) -> None:
    recorder = Recorder(store)
    system = _system(store)
    monitor, job = actions.add_monitor(store, SPEC, by=system, now=NOW, dispatcher=recorder)
    assert monitor.id is not None
    again = actions.request_backfill(store, monitor.id, by=system, now=NOW, dispatcher=recorder)
    _, edited = actions.update_monitor(
        store,
        monitor.id,
        actions.MonitorChanges(languages=("de",)),
        by=system,
        now=NOW,
        dispatcher=recorder,
    )
    assert again.id == job.id and edited is not None and edited.id == job.id
    with store.transaction() as conn:
        assert len(ledger.list_jobs(conn, key=f"backfill:monitor:{monitor.id}")) == 1
        # a finished one does not count: the next request gets a new job
        ledger.claim_job(conn, job.id, worker="w", now=NOW, stale=NOW - NOW)
        ledger.finish_job(conn, job.id, worker="w", now=NOW, result={})
    fresh = actions.request_backfill(store, monitor.id, by=system, now=NOW, dispatcher=recorder)
    assert fresh.id != job.id
    assert _state(store)[2] == [
        "monitor.backfill",
        "monitor.update",
        "monitor.backfill",
        "monitor.add",
    ]


def test_update_schedules_a_backfill_only_when_matching_changes(store: Store) -> None:
    recorder = Recorder(store)
    system = _system(store)
    monitor, first = actions.add_monitor(store, SPEC, by=system, now=NOW, dispatcher=recorder)
    assert monitor.id is not None
    with store.transaction() as conn:  # let the first backfill be done
        ledger.claim_job(conn, first.id, worker="w", now=NOW, stale=NOW - NOW)
        ledger.finish_job(conn, first.id, worker="w", now=NOW, result={})
    renamed, none = actions.update_monitor(
        store,
        monitor.id,
        actions.MonitorChanges(name="Unsere Marke", description="neu", active=False),
        by=system,
        now=NOW,
        dispatcher=recorder,
    )
    assert none is None and renamed.name == "Unsere Marke" and not renamed.active
    _, job = actions.update_monitor(
        store,
        monitor.id,
        actions.MonitorChanges(exclusions="Stellenangebot"),
        by=system,
        now=NOW,
        dispatcher=recorder,
    )
    assert job is not None and recorder.jobs[-1] == job and job.id != first.id
    with pytest.raises(NotFound):
        actions.update_monitor(
            store,
            999,
            actions.MonitorChanges(name="x"),
            by=system,
            now=NOW,
            dispatcher=recorder,
        )


def test_delete_is_audited(store: Store) -> None:
    system = _system(store)
    monitor, _ = actions.add_monitor(store, SPEC, by=system, now=NOW, dispatcher=Recorder(store))
    assert monitor.id is not None
    deleted = actions.delete_monitor(store, monitor.id, by=system, now=NOW)
    assert deleted.name == "Marke"
    names, _, audited = _state(store)
    assert names == [] and audited[0] == "monitor.delete"
    with pytest.raises(NotFound):
        actions.delete_monitor(store, monitor.id, by=system, now=NOW)
