"""`resonanz jobs list/show/retry` and `resonanz worker` from outside, on a temporary SQLite
database: a failed job shows its last error, a retry queues it and a worker then runs it."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result

from resonanz.cli import main
from resonanz.jobs.runner import execute
from resonanz.jobs.runtime import Runtime
from resonanz.plugins import make_registry
from resonanz.settings import load_settings
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store import users as user_store
from resonanz.store.schema import audit_log


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'r.db'}"


def cli(db: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--database-url", db, *args], catch_exceptions=False)


def _failed_job(db: str) -> int:
    """A job of an unknown kind: it fails for good at once, with its error on the job."""
    store = Store.open(db)
    try:
        with store.transaction() as conn:
            job = ledger.add_job(
                conn,
                "vanished_plugin",
                {"x": 1},
                by=user_store.system_user(conn),
                now=Runtime(load_settings(environ={}), store, make_registry()).clock(),
            )
        execute(Runtime(load_settings(environ={}), store, make_registry()), job.id)
        return job.id
    finally:
        store.close()


def test_list_and_show_a_failed_job_with_its_error(db: str) -> None:
    job_id = _failed_job(db)
    listed = cli(db, "jobs", "list", "--state", "failed")
    assert listed.exit_code == 0
    assert "vanished_plugin" in listed.output and "unknown job kind" in listed.output
    shown = json.loads(cli(db, "jobs", "show", str(job_id)).output)
    assert shown["state"] == "failed" and shown["created_by"] == "system"
    assert "unknown job kind 'vanished_plugin'" in shown["last_error"]
    [line] = cli(db, "jobs", "list", "--json").output.splitlines()
    assert json.loads(line)["id"] == job_id
    assert cli(db, "jobs", "list", "--state", "done").output.strip() == "No jobs."


def test_retry_queues_the_job_again_and_audits_it(db: str) -> None:
    job_id = _failed_job(db)
    result = cli(db, "jobs", "retry", str(job_id))
    assert result.exit_code == 0 and f"Job {job_id}" in result.output
    assert json.loads(cli(db, "jobs", "show", str(job_id)).output)["state"] == "queued"
    again = cli(db, "jobs", "retry", str(job_id))
    assert again.exit_code == 1 and "only a failed job can be retried" in again.output
    store = Store.open(db)
    with store.read() as conn:
        actions = [r.action for r in conn.execute(sa.select(audit_log.c.action))]
    store.close()
    assert "job.retry" in actions


def test_show_of_a_missing_job_says_so(db: str) -> None:
    result = cli(db, "jobs", "show", "42")
    assert result.exit_code == 1 and "job 42 does not exist" in result.output


def test_worker_runs_until_sigterm(db: str, tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "resonanz", "--database-url", db, "worker", "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    time.sleep(2)
    assert proc.poll() is None  # still running
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, out.decode()
    assert b"Resonanz worker: 1 thread(s) on sqlite:///" in out
    assert (tmp_path / "r.jobs.db").exists()  # the embedded queue, beside the database
