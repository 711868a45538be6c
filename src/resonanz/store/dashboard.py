"""Every query the dashboard and the JSON API make, on SQLite and PostgreSQL alike.

Charts and counts read only the rollup tables (`rollups_hourly`, `rollups_5min`): no chart ever
scans raw mentions. Lists of mentions and the detail of one mention read `mentions` → `posts` →
`authors`, always bounded by monitor, period and a page size.

Buckets come back as UTC datetimes exactly as stored; grouping them into days of the user's time
zone is done in Python by `resonanz.analytics` (portable, and cheap: at most a few thousand
rows).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import sqlalchemy as sa

from resonanz.model import Span
from resonanz.store.schema import (
    authors,
    mentions,
    monitors,
    posts,
    rollups_5min,
    rollups_hourly,
    sources,
)

Dimension = Literal["platform", "language", "sentiment"]
Order = Literal["newest", "engaged"]
Granularity = Literal["5min", "hour"]


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
class BucketRow:
    """One rollup bucket (UTC start) and sentiment with its sums."""

    bucket: datetime
    sentiment: str
    posts: int
    reach: int
    engagement: int


@dataclass(frozen=True, slots=True)
class GroupRow:
    """Sums of rollups for one value of a dimension (platform, language, sentiment, monitor)."""

    key: str
    posts: int
    reach: int
    engagement: int


@dataclass(frozen=True, slots=True)
class CellRow:
    """Sums of rollups for one platform × language × sentiment."""

    platform: str
    language: str
    sentiment: str
    posts: int
    reach: int
    engagement: int


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


@dataclass(frozen=True, slots=True)
class MatchedMonitor:
    """A monitor that matched a post, and where."""

    monitor_id: int
    name: str
    kind: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class LinkedPost:
    """A post this one replies to, reposts or quotes; `post_id` is None when not stored."""

    relation: Literal["reply_to", "repost_of", "quote_of"]
    native_id: str
    post_id: int | None


@dataclass(frozen=True, slots=True)
class MentionDetail:
    """Everything stored about one post, for the detail page and `/api/mentions/{id}`."""

    post_id: int
    platform: str
    native_id: str
    created_at: datetime
    fetched_at: datetime
    title: str
    text: str
    url: str
    author_handle: str
    author_name: str
    author_followers: int
    author_url: str
    language: str
    sentiment: str
    sentiment_score: float
    intent: str
    intent_score: float
    keywords: tuple[str, ...]
    explanation: Mapping[str, Any]
    model_version: str
    likes: int
    reposts: int
    replies: int
    quotes: int
    views: int
    reach: int
    engagement: int
    hashtags: tuple[str, ...]
    links: tuple[LinkedPost, ...]
    monitors: tuple[MatchedMonitor, ...]
    replies_stored: int = 0
    source_name: str = ""
    mentions_of: tuple[str, ...] = field(default_factory=tuple)


def _rollup_table(granularity: Granularity) -> sa.Table:
    return rollups_5min if granularity == "5min" else rollups_hourly


def _rollup_where(table: sa.Table, f: MentionFilter) -> list[sa.ColumnElement[bool]]:
    cond: list[sa.ColumnElement[bool]] = [table.c.bucket >= f.start, table.c.bucket < f.end]
    if f.platforms:
        cond.append(table.c.platform.in_(f.platforms))
    if f.languages:
        cond.append(table.c.language.in_(f.languages))
    if f.sentiments:
        cond.append(table.c.sentiment.in_(f.sentiments))
    return cond


def _sums(table: sa.Table) -> tuple[sa.Label[Any], sa.Label[Any], sa.Label[Any]]:
    return (
        sa.func.coalesce(sa.func.sum(table.c.posts), 0).label("posts"),
        sa.func.coalesce(sa.func.sum(table.c.reach), 0).label("reach"),
        sa.func.coalesce(sa.func.sum(table.c.engagement), 0).label("engagement"),
    )


def volume_buckets(
    conn: sa.Connection, monitor_id: int, f: MentionFilter, *, granularity: Granularity = "hour"
) -> list[BucketRow]:
    """Rollup sums per bucket × sentiment for one monitor, oldest first. Empty buckets are
    absent (the caller fills them)."""
    t = _rollup_table(granularity)
    stmt = (
        sa.select(t.c.bucket, t.c.sentiment, *_sums(t))
        .where(t.c.monitor_id == monitor_id, *_rollup_where(t, f))
        .group_by(t.c.bucket, t.c.sentiment)
        .order_by(t.c.bucket, t.c.sentiment)
    )
    return [
        BucketRow(r.bucket, r.sentiment, int(r.posts), int(r.reach), int(r.engagement))
        for r in conn.execute(stmt)
    ]


def monitor_buckets(
    conn: sa.Connection, monitor_ids: Sequence[int], f: MentionFilter
) -> dict[int, list[tuple[datetime, int]]]:
    """Hourly mention counts per monitor (for sparklines), oldest first."""
    if not monitor_ids:
        return {}
    t = rollups_hourly
    stmt = (
        sa.select(t.c.monitor_id, t.c.bucket, sa.func.sum(t.c.posts).label("posts"))
        .where(t.c.monitor_id.in_(monitor_ids), *_rollup_where(t, f))
        .group_by(t.c.monitor_id, t.c.bucket)
        .order_by(t.c.monitor_id, t.c.bucket)
    )
    out: dict[int, list[tuple[datetime, int]]] = {m: [] for m in monitor_ids}
    for r in conn.execute(stmt):
        out[int(r.monitor_id)].append((r.bucket, int(r.posts)))
    return out


def totals_by(
    conn: sa.Connection, monitor_id: int, f: MentionFilter, dimension: Dimension
) -> list[GroupRow]:
    """Rollup sums of one monitor grouped by platform, language or sentiment, largest first."""
    t = rollups_hourly
    col = t.c[dimension]
    stmt = (
        sa.select(col.label("key"), *_sums(t))
        .where(t.c.monitor_id == monitor_id, *_rollup_where(t, f))
        .group_by(col)
        .order_by(sa.desc("posts"), col)
    )
    return [
        GroupRow(str(r.key), int(r.posts), int(r.reach), int(r.engagement))
        for r in conn.execute(stmt)
    ]


def totals_by_cell(conn: sa.Connection, monitor_id: int, f: MentionFilter) -> list[CellRow]:
    """Rollup sums of one monitor per platform × language × sentiment: every breakdown of a
    dashboard from one small result (at most a few hundred rows)."""
    t = rollups_hourly
    stmt = (
        sa.select(t.c.platform, t.c.language, t.c.sentiment, *_sums(t))
        .where(t.c.monitor_id == monitor_id, *_rollup_where(t, f))
        .group_by(t.c.platform, t.c.language, t.c.sentiment)
    )
    return [
        CellRow(r.platform, r.language, r.sentiment, int(r.posts), int(r.reach), int(r.engagement))
        for r in conn.execute(stmt)
    ]


def totals_by_monitor(
    conn: sa.Connection, monitor_ids: Sequence[int], f: MentionFilter
) -> dict[int, GroupRow]:
    """Rollup sums per monitor over the filter (share of voice). Monitors without mentions get
    zero rows, so every requested id is in the result."""
    out = {m: GroupRow(str(m), 0, 0, 0) for m in monitor_ids}
    if not monitor_ids:
        return out
    t = rollups_hourly
    stmt = (
        sa.select(t.c.monitor_id, *_sums(t))
        .where(t.c.monitor_id.in_(monitor_ids), *_rollup_where(t, f))
        .group_by(t.c.monitor_id)
    )
    for r in conn.execute(stmt):
        out[int(r.monitor_id)] = GroupRow(
            str(r.monitor_id), int(r.posts), int(r.reach), int(r.engagement)
        )
    return out


def sentiment_by_monitor(
    conn: sa.Connection, monitor_ids: Sequence[int], f: MentionFilter
) -> dict[int, dict[str, int]]:
    """Mention counts per monitor and sentiment over the filter (overview cards)."""
    out: dict[int, dict[str, int]] = {m: {} for m in monitor_ids}
    if not monitor_ids:
        return out
    t = rollups_hourly
    stmt = (
        sa.select(t.c.monitor_id, t.c.sentiment, sa.func.sum(t.c.posts).label("posts"))
        .where(t.c.monitor_id.in_(monitor_ids), *_rollup_where(t, f))
        .group_by(t.c.monitor_id, t.c.sentiment)
    )
    for r in conn.execute(stmt):
        out[int(r.monitor_id)][str(r.sentiment)] = int(r.posts)
    return out


def first_buckets(conn: sa.Connection, monitor_ids: Sequence[int]) -> dict[int, datetime]:
    """The first hourly bucket with mentions, per monitor: how far back its data reaches."""
    if not monitor_ids:
        return {}
    t = rollups_hourly
    stmt = (
        sa.select(t.c.monitor_id, sa.func.min(t.c.bucket).label("first"))
        .where(t.c.monitor_id.in_(monitor_ids))
        .group_by(t.c.monitor_id)
    )
    out: dict[int, datetime] = {}
    for r in conn.execute(stmt):
        first = r.first
        if isinstance(first, str):  # SQLite returns MIN() of a datetime column as text
            first = datetime.fromisoformat(first)
        out[int(r.monitor_id)] = first.replace(tzinfo=UTC)
    return out


def filter_values(conn: sa.Connection, monitor_id: int) -> tuple[list[str], list[str]]:
    """The platforms and languages that occur in a monitor's rollups (for filter menus)."""
    t = rollups_hourly
    platforms = conn.execute(
        sa.select(t.c.platform)
        .where(t.c.monitor_id == monitor_id)
        .distinct()
        .order_by(t.c.platform)
    ).scalars()
    languages = conn.execute(
        sa.select(t.c.language)
        .where(t.c.monitor_id == monitor_id)
        .distinct()
        .order_by(t.c.language)
    ).scalars()
    return list(platforms), list(languages)


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


def _spans(raw: Any) -> tuple[Span, ...]:
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
            spans=_spans(r.spans),
        )
        for r in conn.execute(stmt)
    }
    rows = [by_id[i] for i in page_ids if i in by_id]
    return rows[:limit], len(rows) > limit


def mention_detail(conn: sa.Connection, post_id: int) -> MentionDetail | None:
    """One stored post with its author, the monitors that matched it (with spans), the posts
    it links to, and how many stored posts reply to it. None when there is no such post."""
    row = conn.execute(
        sa.select(
            posts,
            authors.c.handle,
            authors.c.name.label("author_name"),
            authors.c.followers,
            authors.c.url.label("author_url"),
            sources.c.name.label("source_name"),
        )
        .select_from(posts.join(authors).outerjoin(sources, sources.c.id == posts.c.source_id))
        .where(posts.c.id == post_id)
    ).first()
    if row is None:
        return None
    m = row._mapping
    matched = tuple(
        MatchedMonitor(int(r.id), r.name, r.kind, _spans(r.spans))
        for r in conn.execute(
            sa.select(monitors.c.id, monitors.c.name, monitors.c.kind, mentions.c.spans)
            .select_from(mentions.join(monitors))
            .where(mentions.c.post_id == post_id)
            .order_by(monitors.c.name)
        )
    )
    links = []
    relations: tuple[Literal["reply_to", "repost_of", "quote_of"], ...] = (
        "reply_to",
        "repost_of",
        "quote_of",
    )
    for relation in relations:
        native = str(m[relation] or "")
        if not native:
            continue
        target = conn.execute(
            sa.select(posts.c.id).where(
                posts.c.platform == m["platform"], posts.c.native_id == native
            )
        ).scalar()
        links.append(LinkedPost(relation, native, int(target) if target is not None else None))
    replies_stored = conn.execute(
        sa.select(sa.func.count())
        .select_from(posts)
        .where(posts.c.platform == m["platform"], posts.c.reply_to == m["native_id"])
    ).scalar_one()
    return MentionDetail(
        post_id=int(m["id"]),
        platform=m["platform"],
        native_id=m["native_id"],
        created_at=m["created_at"],
        fetched_at=m["fetched_at"],
        title=m["title"],
        text=m["text"],
        url=m["url"],
        author_handle=m["handle"],
        author_name=m["author_name"],
        author_followers=int(m["followers"]),
        author_url=m["author_url"],
        language=m["language"],
        sentiment=m["sentiment"],
        sentiment_score=float(m["sentiment_score"]),
        intent=m["intent"],
        intent_score=float(m["intent_score"]),
        keywords=tuple(str(k) for k in m["keywords"] or ()),
        explanation=dict(m["explanation"] or {}),
        model_version=m["model_version"],
        likes=int(m["likes"]),
        reposts=int(m["reposts"]),
        replies=int(m["replies"]),
        quotes=int(m["quotes"]),
        views=int(m["views"]),
        reach=int(m["reach"]),
        engagement=int(m["engagement"]),
        hashtags=tuple(str(h) for h in m["hashtags"] or ()),
        links=tuple(links),
        monitors=matched,
        replies_stored=int(replies_stored),
        source_name=m["source_name"] or "",
        mentions_of=tuple(str(x) for x in m["mentions"] or ()),
    )
