"""A monitor's mentions as lists show them: newest or most engaged, narrowed by period,
platform, language and sentiment, optionally searched in full text.

Lists read `mentions` → `posts` → `authors`, always bounded by monitor, period and a page size
(counts and charts read the rollups, `resonanz.store.rollups`). Full-text search is FTS5 on
SQLite and `tsvector` on PostgreSQL (both made by migration m002).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa

from resonanz.model import Span
from resonanz.store.schema import authors, mentions, posts

Order = Literal["newest", "engaged"]


@dataclass(frozen=True, slots=True)
class MentionFilter:
    """Which mentions a query covers: [start, end) in UTC plus optional allow-lists.

    An empty tuple means "all". Values are compared as bound parameters, never spliced into SQL.
    """

    start: datetime
    end: datetime
    platforms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sentiments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MentionRow:
    """One mention as a list shows it."""

    post_id: int
    monitor_id: int
    platform: str
    created_at: datetime
    title: str
    text: str
    url: str
    author_handle: str
    author_name: str
    author_followers: int
    language: str
    sentiment: str
    intent: str
    likes: int
    reposts: int
    replies: int
    engagement: int
    reach: int
    spans: tuple[Span, ...] = ()


def _fts_phrase_query(text: str) -> str:
    """User input as an FTS5 query of quoted terms (all must occur): no operator injection."""
    terms = [t.replace('"', '""') for t in text.split()]
    return " ".join(f'"{t}"' for t in terms if t)


def _search_condition(conn: sa.Connection, search: str) -> sa.ColumnElement[bool]:
    if conn.dialect.name == "postgresql":
        return sa.literal_column("posts.search").bool_op("@@")(
            sa.func.plainto_tsquery("simple", search)
        )
    fts: sa.Select[Any] = (
        sa.select(sa.literal_column("rowid"))
        .select_from(sa.table("posts_fts"))
        .where(sa.literal_column("posts_fts").op("MATCH")(_fts_phrase_query(search)))
    )
    return posts.c.id.in_(fts)


def spans_from_json(raw: Any) -> tuple[Span, ...]:
    out = []
    for s in raw or ():
        try:
            out.append(
                Span(
                    int(s["start"]),
                    int(s["end"]),
                    str(s.get("term", "")),
                    str(s.get("field", "text")),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue  # a malformed span is not shown rather than breaking the page
    return tuple(out)


def list_mentions(
    conn: sa.Connection,
    monitor_id: int,
    f: MentionFilter,
    *,
    order: Order = "newest",
    search: str = "",
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[MentionRow], bool]:
    """A page of a monitor's mentions and whether there is a next page.

    `order="newest"` sorts by post time, `"engaged"` by engagement (likes + reposts + replies +
    quotes). `search` is full-text (all words must occur): FTS5 on SQLite, `tsvector` on
    PostgreSQL.
    """
    cond: list[sa.ColumnElement[bool]] = [
        mentions.c.monitor_id == monitor_id,
        mentions.c.created_at >= f.start,
        mentions.c.created_at < f.end,
    ]
    if f.platforms:
        cond.append(posts.c.platform.in_(f.platforms))
    if f.languages:
        cond.append(posts.c.language.in_(f.languages))
    if f.sentiments:
        cond.append(posts.c.sentiment.in_(f.sentiments))
    search = search.strip()
    if search:
        if conn.dialect.name == "sqlite" and not _fts_phrase_query(search):
            return [], False
        cond.append(_search_condition(conn, search))
    ordering: list[sa.ColumnElement[Any]] = (
        [posts.c.engagement.desc(), mentions.c.created_at.desc(), posts.c.id.desc()]
        if order == "engaged"
        else [mentions.c.created_at.desc(), posts.c.id.desc()]
    )
    # Two steps: find the page's post ids sorting only narrow rows, then fetch those few posts
    # with their text and author (sorting wide rows is what makes "most engaged" slow).
    page_ids = [
        int(r[0])
        for r in conn.execute(
            sa.select(posts.c.id)
            .select_from(mentions.join(posts, posts.c.id == mentions.c.post_id))
            .where(*cond)
            .order_by(*ordering)
            .limit(limit + 1)
            .offset(offset)
        )
    ]
    if not page_ids:
        return [], False
    stmt = (
        sa.select(
            posts.c.id,
            mentions.c.monitor_id,
            mentions.c.spans,
            posts.c.platform,
            posts.c.created_at,
            posts.c.title,
            posts.c.text,
            posts.c.url,
            posts.c.language,
            posts.c.sentiment,
            posts.c.intent,
            posts.c.likes,
            posts.c.reposts,
            posts.c.replies,
            posts.c.engagement,
            posts.c.reach,
            authors.c.handle,
            authors.c.name.label("author_name"),
            authors.c.followers,
        )
        .select_from(mentions.join(posts, posts.c.id == mentions.c.post_id).join(authors))
        .where(mentions.c.monitor_id == monitor_id, posts.c.id.in_(page_ids))
    )
    by_id = {
        int(r.id): MentionRow(
            post_id=int(r.id),
            monitor_id=int(r.monitor_id),
            platform=r.platform,
            created_at=r.created_at,
            title=r.title,
            text=r.text,
            url=r.url,
            author_handle=r.handle,
            author_name=r.author_name,
            author_followers=int(r.followers),
            language=r.language,
            sentiment=r.sentiment,
            intent=r.intent,
            likes=int(r.likes),
            reposts=int(r.reposts),
            replies=int(r.replies),
            engagement=int(r.engagement),
            reach=int(r.reach),
            spans=spans_from_json(r.spans),
        )
        for r in conn.execute(stmt)
    }
    rows = [by_id[i] for i in page_ids if i in by_id]
    return rows[:limit], len(rows) > limit
