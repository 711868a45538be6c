"""The KPI formulas, tested once here: every page and the API use them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from resonanz.analytics import relative_change, resolve_period
from resonanz.analytics.kpis import covers_previous, negative_share
from tests.web.seed import NOW


@pytest.mark.parametrize(
    ("current", "previous", "complete", "expected"),
    [
        (5, 4, True, 0.25),
        (2, 4, True, -0.5),
        (4, 4, True, 0.0),
        (3, 0, True, None),  # nothing to compare with
        (5, 4, False, None),  # the data does not cover the whole previous period
    ],
)
def test_relative_change(
    current: int, previous: int, complete: bool, expected: float | None
) -> None:
    assert relative_change(current, previous, previous_complete=complete) == expected


def test_negative_share() -> None:
    assert negative_share(1, 4) == 0.25
    assert negative_share(0, 3) == 0.0
    assert negative_share(0, 0) is None


def test_covers_previous_needs_data_from_the_previous_period_start() -> None:
    period = resolve_period("24h", now=NOW)
    start = period.previous.start
    assert covers_previous(start, period)
    assert covers_previous(start - timedelta(days=3), period)
    assert not covers_previous(start + timedelta(minutes=1), period)
    assert not covers_previous(None, period)
