"""Fixtures of the web tests: a tmp SQLite store with known data, an app with a fixed clock,
and test clients (anonymous and logged in)."""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from fastapi import FastAPI

with warnings.catch_warnings():
    # Starlette 1.x asks for `httpx2` and warns once, on import, when only `httpx` is there.
    # The client works the same with either; the warning is not about our code.
    warnings.filterwarnings("ignore", message=".*install `httpx2`", category=UserWarning)
    from fastapi.testclient import TestClient

from resonanz.model import Role, User
from resonanz.settings import Settings, load_settings
from resonanz.store import Store
from resonanz.store import users as user_store
from resonanz.store.schema import users
from resonanz.web import create_app
from tests.web.seed import NOW, Seeded, seed

PASSWORD = "correct horse battery staple"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = CSRF.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


# Argon2 as configured costs ~0.1-0.5 s a hash or check. The template database's users get a hash
# with tiny parameters instead: the same algorithm and code path, checked in milliseconds.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def add_user(
    store: Store,
    username: str,
    *,
    locale: str = "en",
    role: Role = Role.VIEWER,
    departments: tuple[str, ...] = (),
) -> User:
    """A user whose password is `PASSWORD`, hashed with cheap argon2 parameters."""
    with store.transaction() as conn:
        user = user_store.add_user(
            conn,
            username,
            PASSWORD,
            role=role,
            locale=locale,
            departments_=departments,
            by=user_store.system_user(conn),
            now=NOW,
        )
        conn.execute(
            sa.update(users)
            .where(users.c.id == user.id)
            .values(password_hash=CHEAP_HASHER.hash(PASSWORD))
        )
    return user


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, User, Seeded]:
    """A seeded database with one user, built once; each test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "t.db"
    store = Store.open(f"sqlite:///{path}")
    seeded = seed(store)
    with store.transaction() as conn:
        user = user_store.add_user(
            conn,
            "anna",
            "x" * 12,
            role=Role.ADMINISTRATOR,
            locale="en",
            by=user_store.system_user(conn),
            now=NOW,
        )
        conn.execute(
            sa.update(users)
            .where(users.c.id == user.id)
            .values(password_hash=CHEAP_HASHER.hash(PASSWORD))
        )
    store.close()  # the last connection checkpoints the WAL into the file
    return path, user, seeded


@pytest.fixture
def web_store(tmp_path: Path, template_db: tuple[Path, User, Seeded]) -> Iterator[Store]:
    shutil.copyfile(template_db[0], tmp_path / "t.db")
    store = Store.open(f"sqlite:///{tmp_path}/t.db")
    yield store
    store.close()


@pytest.fixture
def seeded(web_store: Store, template_db: tuple[Path, User, Seeded]) -> Seeded:
    return template_db[2]


@pytest.fixture
def user(web_store: Store, template_db: tuple[Path, User, Seeded]) -> User:
    return template_db[1]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(
        environ={},
        secret_key="test-secret-0123456789abcdef",
        database_url=f"sqlite:///{tmp_path}/t.db",
        scheduler_enabled=False,
    )


@pytest.fixture
def app(settings: Settings, web_store: Store) -> FastAPI:
    return create_app(settings, store=web_store, clock=lambda: NOW)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def log_in(client: TestClient, username: str = "anna", password: str = PASSWORD) -> None:
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


@pytest.fixture
def auth_client(client: TestClient, user: User, seeded: Seeded) -> TestClient:
    log_in(client)
    return client
