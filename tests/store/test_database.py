"""The store's connection-level functions."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from resonanz.store import Store
from resonanz.store.database import ping


def test_ping_answers_on_a_working_database(store: Store) -> None:
    with store.read() as conn:
        ping(conn)


def test_ping_raises_when_the_database_cannot_answer(tmp_path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'gone.db'}")
    with store.read() as conn:
        conn.close()
        with pytest.raises(sa.exc.ResourceClosedError):
            ping(conn)
    store.close()
