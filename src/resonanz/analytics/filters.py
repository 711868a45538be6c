"""What a dashboard view is narrowed to: a period plus optional platform, language, sentiment."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from resonanz.analytics.periods import Period
from resonanz.store import rollups
from resonanz.store.mentions import MentionFilter


@dataclass(frozen=True, slots=True)
class Filters:
    """Allow-lists of platforms, languages and sentiments; empty means all."""

    platforms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sentiments: tuple[str, ...] = ()

    def for_period(self, period: Period) -> MentionFilter:
        return MentionFilter(
            start=period.start,
            end=period.end,
            platforms=self.platforms,
            languages=self.languages,
            sentiments=self.sentiments,
        )


NO_FILTERS = Filters()


def filter_choices(conn: sa.Connection, monitor_id: int) -> tuple[list[str], list[str]]:
    """The platforms and languages a monitor's mentions have (the choices of filter menus)."""
    return rollups.filter_values(conn, monitor_id)
