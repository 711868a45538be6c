"""The domain records."""

from __future__ import annotations

import pytest

from resonanz.errors import StoreError
from resonanz.model import Monitor, SourceConfig, User


def test_a_saved_record_gives_its_id() -> None:
    assert User("ada", id=7).saved_id == 7
    assert SourceConfig("feed", "file", id=3).saved_id == 3


def test_an_unsaved_record_has_no_id_to_give() -> None:
    with pytest.raises(StoreError, match="this Monitor has not been saved yet"):
        _ = Monitor("brand", "Brenntal").saved_id


def test_records_keep_their_slots() -> None:
    assert not hasattr(User("ada"), "__dict__")
