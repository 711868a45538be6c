"""create_app: configuration checks, its own store, the embedded worker in the lifespan."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from resonanz.errors import ConfigError
from resonanz.jobs.queue import JobQueue
from resonanz.jobs.runtime import Runtime
from resonanz.jobs.worker import Background
from resonanz.plugins import make_registry
from resonanz.settings import load_settings
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store import users as user_store
from resonanz.store.jobs import JobState
from resonanz.web import create_app


def test_serve_refuses_an_empty_secret_outside_demo_mode(tmp_path: Path) -> None:
    settings = load_settings(environ={}, database_url=f"sqlite:///{tmp_path}/x.db")
    with pytest.raises(ConfigError) as err:
        create_app(settings)
    assert err.value.setting == "secret_key"
    assert not (tmp_path / "x.db").exists()  # refused before touching anything


def test_demo_mode_runs_with_a_generated_secret(tmp_path: Path) -> None:
    settings = load_settings(
        environ={}, database_url=f"sqlite:///{tmp_path}/demo.db", demo_mode=True
    )
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/health").status_code == 200
        assert client.get("/login").status_code == 200
    assert (tmp_path / "demo.db").exists()  # opened (and migrated) from the settings


def test_default_bind_address_is_loopback() -> None:
    assert load_settings(environ={}).host == "127.0.0.1"


def test_the_embedded_worker_and_scheduler_run_while_serving_and_stop_after(
    tmp_path: Path, web_store: Store
) -> None:
    """`serve`'s background: the scheduler thread ticks and huey's worker threads run a job
    dispatched by a request's change; all of it stops with the app."""
    settings = load_settings(
        environ={},
        secret_key="k" * 32,
        scheduler_tick_seconds=1,
        jobs_url=f"sqlite:///{tmp_path / 'jobs.db'}",
    )
    queue = JobQueue.open(Runtime(settings, web_store, make_registry()))
    app = create_app(settings, store=web_store, dispatcher=queue, background=Background(queue))
    assert app.state.dispatcher is queue
    with TestClient(app):
        running = [t for t in threading.enumerate() if t.name == "resonanz-scheduler"]
        assert running
        with web_store.transaction() as conn:
            job = ledger.add_job(
                conn,
                "ingest_source",
                {"source_id": 999},
                by=user_store.system_user(conn),
                now=queue.runtime.clock(),
            )
        queue.dispatch(job)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with web_store.read() as conn:
                if (done := ledger.get_job(conn, job.id)).state is JobState.DONE:
                    break
            time.sleep(0.05)
        assert done.result == {"skipped": "source deleted"}
    assert all(not t.is_alive() for t in running)


def test_without_a_background_nothing_runs_in_the_app(web_store: Store) -> None:
    settings = load_settings(environ={}, secret_key="k" * 32)
    with TestClient(create_app(settings, store=web_store)) as client:
        assert client.get("/api/health").status_code == 200
        names = {t.name for t in threading.enumerate()}
    assert "resonanz-scheduler" not in names and "Scheduler" not in names
    assert not any(n.startswith("Worker-") for n in names)


def test_secure_cookies_setting_marks_the_session_cookie(web_store: Store) -> None:
    settings = load_settings(environ={}, secret_key="k" * 32, secure_cookies=True)
    with TestClient(create_app(settings, store=web_store), base_url="https://testserver") as c:
        response = c.get("/login")
        assert "secure" in response.headers["set-cookie"].lower()
        assert "max-age=31536000" in response.headers["strict-transport-security"]
