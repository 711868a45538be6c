"""The SQL of backfill and preview: candidate posts of a query, and the chunked write of the
mentions a backfill found with their rollups.

The loop itself (matching with the query engine, chunking, progress, restarts) is the domain's
`resonanz.backfill`; here are plain functions taking ids, rows and an FTS5 expression, so that
`store/` never imports the query package.

Candidates: on SQLite the FTS5 prefilter expression of the query (`sqlite_fts`, spelled by
`resonanz.query.fts_prefilter(..., "sqlite")`) selects a superset of the posts the query can
match. PostgreSQL's `search` column is `to_tsvector('simple', title || ' ' || text)` over the
raw text, not over `fts_document(...)`, so a prefilter written for normalised tokens could lose
posts ("Zürich" vs "zuerich"): there, every post is a candidate.

`add_mentions` is what makes a backfill exactly-once: mentions are unique per (monitor, post),
inserted with ON CONFLICT DO NOTHING ... RETURNING, and only the really inserted ones reach the
rollups, in the caller's transaction: a chunk's mentions and rollups commit together, and a
re-run after a crash adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from resonanz.model import Author, Enrichment, Intent, Metrics, Post, Sentiment, Span
from resonanz.store.database import upsert
from resonanz.store.ingest import span_rows
from resonanz.store.rollups import add_rollups
from resonanz.store.schema import authors, mentions, posts

__all__ = [
    "add_mentions",
    "candidate_posts",
    "count_candidates",
    "count_posts_since",
    "newest_candidates",
]


def _candidates(conn: sa.Connection, sqlite_fts: str | None) -> sa.ColumnElement[bool] | None:
    """A condition on `posts` selecting the candidates, or None when every post is one."""
    if conn.dialect.name != "sqlite" or sqlite_fts is None:
        return None
    fts: sa.Select[Any] = (
        sa.select(sa.literal_column("rowid"))
        .select_from(sa.table("posts_fts"))
        .where(sa.literal_column("posts_fts").op("MATCH")(sqlite_fts))
    )
    return posts.c.id.in_(fts)


def _json_tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value or ())


def _enum(kind: type[Sentiment] | type[Intent], value: str, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default


def _post_query() -> sa.Select[Any]:
    return sa.select(
        posts,
        authors.c.handle.label("author_handle"),
        authors.c.name.label("author_name"),
        authors.c.url.label("author_url"),
    ).select_from(posts.join(authors, authors.c.id == posts.c.author_id))


def _post(row: sa.Row[Any]) -> Post:
    """A stored post as the matcher and `add_rollups` see it.

    The author's followers are the post's stored `reach` (followers when it was fetched), not
    the author's current count: that is what ingest matched against and counted in the rollups,
    so a backfilled mention weighs the same as one found on ingest.
    """
    m = row._mapping
    return Post(
        id=m["id"],
        platform=m["platform"],
        native_id=m["native_id"],
        created_at=m["created_at"],
        text=m["text"],
        title=m["title"],
        url=m["url"],
        author=Author(
            platform=m["platform"],
            handle=m["author_handle"],
            name=m["author_name"],
            followers=int(m["reach"]),
            url=m["author_url"],
        ),
        reply_to=m["reply_to"],
        repost_of=m["repost_of"],
        quote_of=m["quote_of"],
        mentions=_json_tuple(m["mentions"]),
        hashtags=_json_tuple(m["hashtags"]),
        links=_json_tuple(m["links"]),
        metrics=Metrics(
            likes=int(m["likes"]),
            reposts=int(m["reposts"]),
            replies=int(m["replies"]),
            quotes=int(m["quotes"]),
            views=int(m["views"]),
        ),
        content_hash=m["content_hash"],
        source_id=m["source_id"],
        enrichment=Enrichment(
            language=m["language"],
            sentiment=_enum(Sentiment, m["sentiment"], Sentiment.NEUTRAL),
            sentiment_score=float(m["sentiment_score"]),
            intent=_enum(Intent, m["intent"], Intent.OTHER),
            intent_score=float(m["intent_score"]),
            keywords=_json_tuple(m["keywords"]),
            model_version=m["model_version"],
        ),
    )


def count_candidates(conn: sa.Connection, sqlite_fts: str | None) -> int:
    """How many posts a backfill with this prefilter will check."""
    stmt = sa.select(sa.func.count()).select_from(posts)
    condition = _candidates(conn, sqlite_fts)
    if condition is not None:
        stmt = stmt.where(condition)
    return int(conn.execute(stmt).scalar_one())


def candidate_posts(
    conn: sa.Connection, sqlite_fts: str | None, *, after: int, limit: int
) -> list[Post]:
    """The next `limit` candidate posts with an id above `after`, in id order (one chunk)."""
    stmt = _post_query().where(posts.c.id > after).order_by(posts.c.id).limit(limit)
    condition = _candidates(conn, sqlite_fts)
    if condition is not None:
        stmt = stmt.where(condition)
    return [_post(r) for r in conn.execute(stmt)]


def newest_candidates(conn: sa.Connection, sqlite_fts: str | None, *, limit: int) -> Iterator[Post]:
    """Up to `limit` candidate posts, newest first (by `created_at`), streamed."""
    stmt = _post_query().order_by(posts.c.created_at.desc(), posts.c.id.desc()).limit(limit)
    condition = _candidates(conn, sqlite_fts)
    if condition is not None:
        stmt = stmt.where(condition)
    for row in conn.execute(stmt):
        yield _post(row)


def count_posts_since(conn: sa.Connection, since: datetime | None) -> int:
    """Stored posts created at or after `since` (all of them for None)."""
    stmt = sa.select(sa.func.count()).select_from(posts)
    if since is not None:
        stmt = stmt.where(posts.c.created_at >= since)
    return int(conn.execute(stmt).scalar_one())


def add_mentions(
    conn: sa.Connection,
    monitor_id: int,
    found: Sequence[tuple[Post, tuple[Span, ...]]],
    *,
    now: datetime,
) -> int:
    """Insert the mentions of `monitor_id` in `found` that are missing, and add rollup
    increments for exactly those, in the caller's transaction. Returns how many were new."""
    rows = [
        {
            "monitor_id": monitor_id,
            "post_id": post.id,
            "created_at": post.created_at,
            "spans": span_rows(spans),
            "matched_at": now,
        }
        for post, spans in found
        if post.id is not None
    ]
    if not rows:
        return 0
    inserted = conn.execute(
        upsert(conn, mentions)
        .on_conflict_do_nothing(index_elements=["monitor_id", "post_id"])
        .returning(mentions.c.post_id),
        rows,
    )
    new_ids = {int(r[0]) for r in inserted}
    by_id = {post.id: post for post, _ in found}
    add_rollups(conn, [(monitor_id, by_id[i]) for i in sorted(new_ids)])
    return len(new_ids)
