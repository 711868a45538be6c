"""Pages of mentions (newest or most engaged) and the detail of one mention."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from resonanz.analytics.filters import NO_FILTERS, Filters
from resonanz.analytics.periods import Period
from resonanz.store import mentions, posts
from resonanz.store.mentions import MentionRow, Order
from resonanz.store.posts import MentionDetail

MAX_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class MentionPage:
    items: tuple[MentionRow, ...]
    order: Order
    offset: int
    limit: int
    has_more: bool
    search: str = ""

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.has_more else None

    @property
    def previous_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None


def mention_page(
    conn: sa.Connection,
    monitor_id: int,
    period: Period,
    filters: Filters = NO_FILTERS,
    *,
    order: Order = "newest",
    search: str = "",
    limit: int = 20,
    offset: int = 0,
) -> MentionPage:
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    offset = max(0, offset)
    items, has_more = mentions.list_mentions(
        conn,
        monitor_id,
        filters.for_period(period),
        order=order,
        search=search[:200],
        limit=limit,
        offset=offset,
    )
    return MentionPage(tuple(items), order, offset, limit, has_more, search)


def mention_detail(conn: sa.Connection, post_id: int) -> MentionDetail | None:
    return posts.mention_detail(conn, post_id)
