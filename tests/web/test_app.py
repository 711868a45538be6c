"""create_app: configuration checks, its own store, the scheduler in the lifespan."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from resonanz.errors import ConfigError
from resonanz.model import BatchResult
from resonanz.scheduler import Scheduler
from resonanz.settings import load_settings
from resonanz.store import Store
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


class CountingScheduler(Scheduler):
    """A scheduler that only counts ticks (no sources, no pipeline)."""

    def __init__(self) -> None:
        self.ticks = 0
        self.ticked = threading.Event()

    def tick(self) -> list[BatchResult]:
        self.ticks += 1
        self.ticked.set()
        return []


def test_scheduler_runs_while_serving_and_stops_after(tmp_path: Path, web_store: Store) -> None:
    scheduler = CountingScheduler()
    settings = load_settings(environ={}, secret_key="k" * 32, scheduler_tick_seconds=1)
    app = create_app(settings, store=web_store, scheduler=scheduler)
    assert not scheduler.ticked.is_set()  # nothing runs at construction
    with TestClient(app):
        assert scheduler.ticked.wait(5)
        running = [t for t in threading.enumerate() if t.name == "resonanz-scheduler"]
        assert running
    assert all(not t.is_alive() for t in running)


def test_scheduler_stays_off_when_disabled(web_store: Store) -> None:
    scheduler = CountingScheduler()
    settings = load_settings(environ={}, secret_key="k" * 32, scheduler_enabled=False)
    with TestClient(create_app(settings, store=web_store, scheduler=scheduler)):
        pass
    assert scheduler.ticks == 0


def test_secure_cookies_setting_marks_the_session_cookie(web_store: Store) -> None:
    settings = load_settings(environ={}, secret_key="k" * 32, secure_cookies=True)
    with TestClient(create_app(settings, store=web_store), base_url="https://testserver") as c:
        response = c.get("/login")
        assert "secure" in response.headers["set-cookie"].lower()
        assert "max-age=31536000" in response.headers["strict-transport-security"]
