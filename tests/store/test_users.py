from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from resonanz.errors import NotFound, PermissionDenied, StoreError
from resonanz.model import Role, User
from resonanz.store import Store
from resonanz.store import users as user_store
from resonanz.store.audit import recent
from resonanz.store.schema import users

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _add(store: Store, name: str, role: Role = Role.VIEWER, *, by: User | None = None) -> User:
    with store.transaction() as conn:
        actor = by or user_store.system_user(conn)
        return user_store.add_user(conn, name, "long enough password", role=role, by=actor, now=NOW)


def test_passwords_are_argon2_and_authenticate(store: Store) -> None:
    with store.transaction() as conn:
        user = user_store.add_user(
            conn,
            "maria",
            "correct horse battery",
            role=Role.ADMINISTRATOR,
            departments_=("PR", "Vertrieb"),
            by=user_store.system_user(conn),
            now=NOW,
        )
    assert user.departments == ("PR", "Vertrieb")
    assert user.created_at is not None and user.created_at.replace(tzinfo=UTC) == NOW
    with store.read() as conn:
        stored = conn.execute(
            sa.select(users.c.password_hash).where(users.c.username == "maria")
        ).scalar_one()
        assert stored.startswith("$argon2id$") and "correct" not in stored
        assert user_store.authenticate(conn, "maria", "correct horse battery") == user
        assert user_store.authenticate(conn, "maria", "wrong password!") is None
        assert user_store.authenticate(conn, "nobody", "correct horse battery") is None
        assert user_store.authenticate(conn, "system", "!") is None  # the system user
        entries = recent(conn)
    assert [(e.action, e.username, e.target) for e in entries] == [("user.add", "system", "maria")]


def test_the_system_user_is_an_administrator(store: Store) -> None:
    with store.read() as conn:
        system = user_store.system_user(conn)
    assert system.role is Role.ADMINISTRATOR and system.username == "system"


def test_bad_users_are_refused(store: Store) -> None:
    _add(store, "maria")
    for name, password in (("maria", "long enough password"), ("x", "short"), ("", "x" * 12)):
        with pytest.raises(StoreError), store.transaction() as conn:
            user_store.add_user(conn, name, password, by=user_store.system_user(conn), now=NOW)


def test_only_user_managers_add_users(store: Store) -> None:
    manager = _add(store, "sam", Role.SOCIAL_MEDIA_MANAGER)
    with pytest.raises(PermissionDenied, match="may not manage users"):
        _add(store, "eve", by=manager)
    admin = _add(store, "ada", Role.ADMINISTRATOR)
    assert _add(store, "eve", by=admin).username == "eve"
    with store.read() as conn:
        assert [u.username for u in user_store.list_users(conn)] == ["sam", "ada", "eve"]
        assert recent(conn)[0].username == "ada"


def test_passwords_and_locales_are_ones_own_or_a_user_managers(store: Store) -> None:
    ben, eve = _add(store, "ben"), _add(store, "eve")
    assert ben.id is not None and eve.id is not None
    with store.transaction() as conn:
        user_store.set_password(conn, ben.id, "another long password", by=ben, now=NOW)
        user_store.set_locale(conn, ben.id, "en", by=ben, now=NOW)
        user_store.set_locale(conn, ben.id, "en", by=ben, now=NOW)  # no change, no entry
    with pytest.raises(PermissionDenied), store.transaction() as conn:
        user_store.set_password(conn, eve.id, "another long password", by=ben, now=NOW)
    with pytest.raises(PermissionDenied), store.transaction() as conn:
        user_store.set_locale(conn, eve.id, "en", by=ben, now=NOW)
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        user_store.set_locale(conn, eve.id, "en", by=system, now=NOW)
        with pytest.raises(NotFound):
            user_store.set_password(conn, 10**6, "another long password", by=system, now=NOW)
    with store.read() as conn:
        assert user_store.authenticate(conn, "ben", "another long password") is not None
        assert user_store.get_user(conn, ben.id).locale == "en"
        assert user_store.get_user(conn, eve.id).locale == "en"
        actions = [(e.action, e.username, e.target) for e in recent(conn)][:3]
    assert actions == [
        ("user.update", "system", str(eve.id)),
        ("user.update", "ben", str(ben.id)),
        ("user.password", "ben", str(ben.id)),
    ]


def test_api_tokens_are_stored_hashed(store: Store) -> None:
    user = _add(store, "maria")
    with store.transaction() as conn:
        token = user_store.create_api_token(conn, "script", by=user, now=NOW)
    with store.transaction() as conn:
        assert user_store.user_for_token(conn, token) == user
        assert user_store.user_for_token(conn, token + "x") is None
        assert token not in str(conn.execute(sa.text("select * from api_tokens")).all())
        assert recent(conn)[0].action == "token.create" and recent(conn)[0].username == "maria"


def test_the_system_user_holds_no_tokens(store: Store) -> None:
    with pytest.raises(PermissionDenied), store.transaction() as conn:
        user_store.create_api_token(conn, "cron", by=user_store.system_user(conn), now=NOW)


def test_an_unreachable_database_is_a_clear_error_without_the_password() -> None:
    with pytest.raises(StoreError) as info:
        Store.open(
            "postgresql://maria:geheim@127.0.0.1:1/resonanz", connect_args={"connect_timeout": 2}
        )
    message = str(info.value)
    assert message.startswith("cannot open the database postgresql+psycopg://maria:***@")
    assert "geheim" not in message
