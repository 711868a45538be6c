from __future__ import annotations

import pytest
import sqlalchemy as sa

from resonanz.errors import StoreError
from resonanz.model import Role
from resonanz.store import Store
from resonanz.store import users as user_store
from resonanz.store.audit import recent
from resonanz.store.schema import users


def test_passwords_are_argon2_and_authenticate(store: Store) -> None:
    with store.transaction() as conn:
        user = user_store.add_user(
            conn,
            "maria",
            "correct horse battery",
            role=Role.ADMINISTRATOR,
            departments_=("PR", "Vertrieb"),
        )
    assert user.departments == ("PR", "Vertrieb")
    with store.read() as conn:
        stored = conn.execute(
            sa.select(users.c.password_hash).where(users.c.username == "maria")
        ).scalar_one()
        assert stored.startswith("$argon2id$") and "correct" not in stored
        assert user_store.authenticate(conn, "maria", "correct horse battery") == user
        assert user_store.authenticate(conn, "maria", "wrong password!") is None
        assert user_store.authenticate(conn, "nobody", "correct horse battery") is None
        assert user_store.authenticate(conn, "system", "!") is None  # the system user
        assert [e.action for e in recent(conn)] == ["user.add"]


def test_bad_users_are_refused(store: Store) -> None:
    with store.transaction() as conn:
        user_store.add_user(conn, "maria", "long enough password")
    for name, password in (("maria", "long enough password"), ("x", "short"), ("", "x" * 12)):
        with pytest.raises(StoreError), store.transaction() as conn:
            user_store.add_user(conn, name, password)


def test_api_tokens_are_stored_hashed(store: Store) -> None:
    with store.transaction() as conn:
        user = user_store.add_user(conn, "maria", "long enough password")
        token = user_store.create_api_token(conn, user.id or 0, "script")
    with store.transaction() as conn:
        assert user_store.user_for_token(conn, token) == user
        assert user_store.user_for_token(conn, token + "x") is None
        assert token not in str(conn.execute(sa.text("select * from api_tokens")).all())


def test_an_unreachable_database_is_a_clear_error_without_the_password() -> None:
    with pytest.raises(StoreError) as info:
        Store.open(
            "postgresql://maria:geheim@127.0.0.1:1/resonanz", connect_args={"connect_timeout": 2}
        )
    message = str(info.value)
    assert message.startswith("cannot open the database postgresql+psycopg://maria:***@")
    assert "geheim" not in message
