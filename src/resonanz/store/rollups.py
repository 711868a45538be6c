"""The rollup tables, `rollups_hourly` and `rollups_5min`: the only module that writes or reads
them.

A rollup cell is one monitor × bucket (UTC start) × platform × language × sentiment with the
number of mentions, their reach and engagement. Ingest and backfill add to it (`add_rollups`,
in the transaction that inserts the mentions), a correction of a post's sentiment moves a post
between cells (`move_sentiment`), and a monitor whose query changes starts over (`clear_monitor`).

Readers — charts, KPIs, detectors, reports — ask `bucket_series` or one of the named grouped
totals below, never the tables: no chart ever scans raw mentions. Buckets come back as UTC
datetimes exactly as stored; grouping them into days of a viewer's time zone happens in
`resonanz.analytics`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

import sqlalchemy as sa

from resonanz.model import Post
from resonanz.store.database import upsert
from resonanz.store.schema import mentions, rollups_5min, rollups_hourly

Granularity = Literal["5min", "hour"]
Dimension = Literal["platform", "language", "sentiment"]

_MINUTES: dict[Granularity, int] = {"hour": 60, "5min": 5}


def _table(granularity: Granularity) -> sa.Table:
    return rollups_5min if granularity == "5min" else rollups_hourly


def _tables() -> tuple[tuple[sa.Table, int], ...]:
    return ((rollups_hourly, _MINUTES["hour"]), (rollups_5min, _MINUTES["5min"]))


def bucket_start(t: datetime, minutes: int) -> datetime:
    """The start of the `minutes`-long bucket that holds `t` (UTC)."""
    floored = t.replace(second=0, microsecond=0)
    return floored.replace(minute=floored.minute - floored.minute % minutes)


# -- writing ---------------------------------------------------------------------------------


def _increment(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Add `rows` (full rollup keys with posts/reach/engagement) onto `table`, creating cells
    that do not exist yet (one upsert-increment, the same on SQLite and PostgreSQL)."""
    if not rows:
        return
    stmt = upsert(conn, table)
    stmt = stmt.on_conflict_do_update(
        index_elements=["monitor_id", "bucket", "platform", "language", "sentiment"],
        set_={
            "posts": table.c.posts + stmt.excluded.posts,
            "reach": table.c.reach + stmt.excluded.reach,
            "engagement": table.c.engagement + stmt.excluded.engagement,
        },
    )
    conn.execute(stmt, rows)


def add_rollups(conn: sa.Connection, rows: Sequence[tuple[int, Post]]) -> None:
    """Add one mention per (monitor id, post) to the hourly and 5-minute rollups. Call it only
    for mentions really inserted, in the same transaction, or rollups count twice."""
    for table, minutes in _tables():
        totals: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
        for monitor_id, p in rows:
            key = (
                monitor_id,
                bucket_start(p.created_at, minutes),
                p.platform,
                p.enrichment.language,
                str(p.enrichment.sentiment),
            )
            t = totals[key]
            t[0] += 1
            t[1] += p.reach
            t[2] += p.metrics.engagement
        _increment(
            conn,
            table,
            [
                {
                    "monitor_id": k[0],
                    "bucket": k[1],
                    "platform": k[2],
                    "language": k[3],
                    "sentiment": k[4],
                    "posts": v[0],
                    "reach": v[1],
                    "engagement": v[2],
                }
                for k, v in totals.items()
            ],
        )


def move_sentiment(conn: sa.Connection, post: sa.RowMapping, old: str, new: str) -> None:
    """Move a stored post's count, reach and engagement from sentiment `old` to `new` in both
    rollup tables, for every monitor that mentions it. `post` is its `posts` row."""
    monitor_ids = [
        int(r[0])
        for r in conn.execute(
            sa.select(mentions.c.monitor_id).where(mentions.c.post_id == post["id"])
        )
    ]
    if not monitor_ids:
        return
    reach, engagement = int(post["reach"]), int(post["engagement"])
    for table, minutes in _tables():
        bucket = bucket_start(post["created_at"], minutes)
        for monitor_id in monitor_ids:
            key = (
                (table.c.monitor_id == monitor_id)
                & (table.c.bucket == bucket)
                & (table.c.platform == post["platform"])
                & (table.c.language == post["language"])
            )
            conn.execute(
                sa.update(table)
                .where(key, table.c.sentiment == old)
                .values(
                    posts=table.c.posts - 1,
                    reach=table.c.reach - reach,
                    engagement=table.c.engagement - engagement,
                )
            )
            conn.execute(sa.delete(table).where(key, table.c.sentiment == old, table.c.posts <= 0))
        _increment(
            conn,
            table,
            [
                {
                    "monitor_id": monitor_id,
                    "bucket": bucket,
                    "platform": post["platform"],
                    "language": post["language"],
                    "sentiment": new,
                    "posts": 1,
                    "reach": reach,
                    "engagement": engagement,
                }
                for monitor_id in monitor_ids
            ],
        )


def clear_monitor(conn: sa.Connection, monitor_id: int) -> None:
    """Forget a monitor's rollups (its query changed: the backfill counts its mentions anew)."""
    for table, _minutes in _tables():
        conn.execute(sa.delete(table).where(table.c.monitor_id == monitor_id))


# -- reading ---------------------------------------------------------------------------------


class Narrowing(Protocol):
    """Allow-lists a read is narrowed to; an empty tuple means all (`analytics.Filters` is
    one). Values are bound parameters, never spliced into SQL."""

    @property
    def platforms(self) -> tuple[str, ...]: ...
    @property
    def languages(self) -> tuple[str, ...]: ...
    @property
    def sentiments(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class Bucket:
    """One bucket (UTC start) of a monitor's mentions with their reach and engagement."""

    start: datetime
    posts: int
    reach: int
    engagement: int


@dataclass(frozen=True, slots=True)
class SentimentBucket:
    """One bucket (UTC start) and sentiment with its sums."""

    start: datetime
    sentiment: str
    posts: int
    reach: int
    engagement: int


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums for one value of a grouping (a platform, language, sentiment or monitor id)."""

    key: str
    posts: int
    reach: int
    engagement: int


@dataclass(frozen=True, slots=True)
class Cell:
    """Sums for one platform × language × sentiment."""

    platform: str
    language: str
    sentiment: str
    posts: int
    reach: int
    engagement: int


def _where(
    table: sa.Table, since: datetime, until: datetime, only: Narrowing | None
) -> list[sa.ColumnElement[bool]]:
    cond: list[sa.ColumnElement[bool]] = [table.c.bucket >= since, table.c.bucket < until]
    if only is not None:
        if only.platforms:
            cond.append(table.c.platform.in_(only.platforms))
        if only.languages:
            cond.append(table.c.language.in_(only.languages))
        if only.sentiments:
            cond.append(table.c.sentiment.in_(only.sentiments))
    return cond


def _sums(table: sa.Table) -> tuple[sa.Label[Any], sa.Label[Any], sa.Label[Any]]:
    return (
        sa.func.coalesce(sa.func.sum(table.c.posts), 0).label("posts"),
        sa.func.coalesce(sa.func.sum(table.c.reach), 0).label("reach"),
        sa.func.coalesce(sa.func.sum(table.c.engagement), 0).label("engagement"),
    )


def bucket_series(
    conn: sa.Connection,
    monitor_id: int,
    since: datetime,
    until: datetime,
    granularity: Granularity = "hour",
    *,
    only: Narrowing | None = None,
) -> list[Bucket]:
    """A monitor's mentions per bucket in [since, until), oldest first: what detectors, KPIs
    and reports read. Empty buckets are absent (the caller fills them)."""
    t = _table(granularity)
    stmt = (
        sa.select(t.c.bucket, *_sums(t))
        .where(t.c.monitor_id == monitor_id, *_where(t, since, until, only))
        .group_by(t.c.bucket)
        .order_by(t.c.bucket)
    )
    return [
        Bucket(r.bucket, int(r.posts), int(r.reach), int(r.engagement)) for r in conn.execute(stmt)
    ]


def bucket_series_by_sentiment(
    conn: sa.Connection,
    monitor_id: int,
    since: datetime,
    until: datetime,
    granularity: Granularity = "hour",
    *,
    only: Narrowing | None = None,
) -> list[SentimentBucket]:
    """`bucket_series` split by sentiment (the stacked volume chart), oldest first."""
    t = _table(granularity)
    stmt = (
        sa.select(t.c.bucket, t.c.sentiment, *_sums(t))
        .where(t.c.monitor_id == monitor_id, *_where(t, since, until, only))
        .group_by(t.c.bucket, t.c.sentiment)
        .order_by(t.c.bucket, t.c.sentiment)
    )
    return [
        SentimentBucket(r.bucket, r.sentiment, int(r.posts), int(r.reach), int(r.engagement))
        for r in conn.execute(stmt)
    ]


def _totals_by(
    conn: sa.Connection,
    monitor_id: int,
    since: datetime,
    until: datetime,
    dimension: Dimension,
    only: Narrowing | None,
) -> list[Totals]:
    t = rollups_hourly
    col = t.c[dimension]
    stmt = (
        sa.select(col.label("key"), *_sums(t))
        .where(t.c.monitor_id == monitor_id, *_where(t, since, until, only))
        .group_by(col)
        .order_by(sa.desc("posts"), col)
    )
    return [
        Totals(str(r.key), int(r.posts), int(r.reach), int(r.engagement))
        for r in conn.execute(stmt)
    ]


def totals_by_platform(
    conn: sa.Connection,
    monitor_id: int,
    since: datetime,
    until: datetime,
    *,
    only: Narrowing | None = None,
) -> list[Totals]:
    """A monitor's sums per platform in [since, until), largest first."""
    return _totals_by(conn, monitor_id, since, until, "platform", only)


def totals_by_language(
    conn: sa.Connection,
    monitor_id: int,
    since: datetime,
    until: datetime,
    *,
    only: Narrowing | None = None,
) -> list[Totals]:
    """A monitor's sums per language in [since, until), largest first."""
    return _totals_by(conn, monitor_id, since, until, "language", only)


def totals_by_sentiment(
    conn: sa.Connection,
    monitor_id: int,
    since: datetime,
    until: datetime,
    *,
    only: Narrowing | None = None,
) -> list[Totals]:
    """A monitor's sums per sentiment in [since, until), largest first."""
    return _totals_by(conn, monitor_id, since, until, "sentiment", only)


def totals_by_cell(
    conn: sa.Connection,
    monitor_id: int,
    since: datetime,
    until: datetime,
    *,
    only: Narrowing | None = None,
) -> list[Cell]:
    """A monitor's sums per platform × language × sentiment: every breakdown of a dashboard
    from one small result (at most a few hundred rows)."""
    t = rollups_hourly
    stmt = (
        sa.select(t.c.platform, t.c.language, t.c.sentiment, *_sums(t))
        .where(t.c.monitor_id == monitor_id, *_where(t, since, until, only))
        .group_by(t.c.platform, t.c.language, t.c.sentiment)
    )
    return [
        Cell(r.platform, r.language, r.sentiment, int(r.posts), int(r.reach), int(r.engagement))
        for r in conn.execute(stmt)
    ]


def totals_by_monitor(
    conn: sa.Connection,
    monitor_ids: Sequence[int],
    since: datetime,
    until: datetime,
    *,
    only: Narrowing | None = None,
) -> dict[int, Totals]:
    """Sums per monitor in [since, until) (share of voice). Monitors without mentions get zero
    rows, so every requested id is in the result."""
    out = {m: Totals(str(m), 0, 0, 0) for m in monitor_ids}
    if not monitor_ids:
        return out
    t = rollups_hourly
    stmt = (
        sa.select(t.c.monitor_id, *_sums(t))
        .where(t.c.monitor_id.in_(monitor_ids), *_where(t, since, until, only))
        .group_by(t.c.monitor_id)
    )
    for r in conn.execute(stmt):
        out[int(r.monitor_id)] = Totals(
            str(r.monitor_id), int(r.posts), int(r.reach), int(r.engagement)
        )
    return out


def sentiment_counts_by_monitor(
    conn: sa.Connection, monitor_ids: Sequence[int], since: datetime, until: datetime
) -> dict[int, dict[str, int]]:
    """Mention counts per monitor and sentiment in [since, until) (overview cards)."""
    out: dict[int, dict[str, int]] = {m: {} for m in monitor_ids}
    if not monitor_ids:
        return out
    t = rollups_hourly
    stmt = (
        sa.select(t.c.monitor_id, t.c.sentiment, sa.func.sum(t.c.posts).label("posts"))
        .where(t.c.monitor_id.in_(monitor_ids), *_where(t, since, until, None))
        .group_by(t.c.monitor_id, t.c.sentiment)
    )
    for r in conn.execute(stmt):
        out[int(r.monitor_id)][str(r.sentiment)] = int(r.posts)
    return out


def hourly_counts_by_monitor(
    conn: sa.Connection, monitor_ids: Sequence[int], since: datetime, until: datetime
) -> dict[int, list[tuple[datetime, int]]]:
    """Mentions per hour and monitor in [since, until) (sparklines), oldest first."""
    if not monitor_ids:
        return {}
    t = rollups_hourly
    stmt = (
        sa.select(t.c.monitor_id, t.c.bucket, sa.func.sum(t.c.posts).label("posts"))
        .where(t.c.monitor_id.in_(monitor_ids), *_where(t, since, until, None))
        .group_by(t.c.monitor_id, t.c.bucket)
        .order_by(t.c.monitor_id, t.c.bucket)
    )
    out: dict[int, list[tuple[datetime, int]]] = {m: [] for m in monitor_ids}
    for r in conn.execute(stmt):
        out[int(r.monitor_id)].append((r.bucket, int(r.posts)))
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


def mention_counts(conn: sa.Connection, monitor_id: int, since: datetime) -> tuple[int, int]:
    """(all mentions, mentions created since `since`) of a monitor."""
    total = sa.func.coalesce(sa.func.sum(rollups_hourly.c.posts), 0)
    stmt = sa.select(total).where(rollups_hourly.c.monitor_id == monitor_id)
    return (
        int(conn.execute(stmt).scalar_one()),
        int(conn.execute(stmt.where(rollups_hourly.c.bucket >= since)).scalar_one()),
    )
