"""The write side of the pipeline: one batch of posts, their mentions, rollups and the cursor.

`save_batch` runs inside the caller's transaction, so posts, mentions, rollup increments and the
source's cursor commit together: a crash leaves either all of a batch or none of it. Inserts
ignore rows that already exist (platform, native id), so a re-run never duplicates anything and
rollups count only what was really inserted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from resonanz.model import Post, Span
from resonanz.store.database import upsert
from resonanz.store.rollups import add_rollups
from resonanz.store.schema import authors, mentions, posts, sources

Match = tuple[int, tuple[Span, ...]]
_CHUNK = 500


def existing_keys(conn: sa.Connection, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which (platform, native_id) pairs are stored already."""
    by_platform: dict[str, list[str]] = defaultdict(list)
    for platform, native_id in keys:
        by_platform[platform].append(native_id)
    found: set[tuple[str, str]] = set()
    for platform, ids in by_platform.items():
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            rows = conn.execute(
                sa.select(posts.c.native_id).where(
                    posts.c.platform == platform, posts.c.native_id.in_(chunk)
                )
            )
            found.update((platform, r[0]) for r in rows)
    return found


def _save_authors(conn: sa.Connection, batch: Sequence[Post]) -> dict[tuple[str, str], int]:
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for p in batch:
        a = p.author
        latest[(a.platform, a.handle)] = {
            "platform": a.platform,
            "handle": a.handle,
            "name": a.name,
            "followers": a.followers,
            "url": a.url,
        }
    if not latest:
        return {}
    stmt = upsert(conn, authors)
    stmt = stmt.on_conflict_do_update(
        index_elements=["platform", "handle"],
        set_={
            "name": stmt.excluded.name,
            "followers": stmt.excluded.followers,
            "url": stmt.excluded.url,
        },
    ).returning(authors.c.id, authors.c.platform, authors.c.handle)
    rows = conn.execute(stmt, list(latest.values()))
    return {(r.platform, r.handle): r.id for r in rows}


def _post_row(p: Post, author_id: int, source_id: int | None, now: datetime) -> dict[str, Any]:
    e = p.enrichment
    m = p.metrics
    return {
        "platform": p.platform,
        "native_id": p.native_id,
        "source_id": source_id,
        "author_id": author_id,
        "created_at": p.created_at,
        "fetched_at": now,
        "url": p.url,
        "title": p.title,
        "text": p.text,
        "reply_to": p.reply_to,
        "repost_of": p.repost_of,
        "quote_of": p.quote_of,
        "mentions": list(p.mentions),
        "hashtags": list(p.hashtags),
        "links": list(p.links),
        "likes": m.likes,
        "reposts": m.reposts,
        "replies": m.replies,
        "quotes": m.quotes,
        "views": m.views,
        "reach": p.reach,
        "engagement": m.engagement,
        "language": e.language,
        "sentiment": str(e.sentiment),
        "sentiment_score": float(e.sentiment_score),
        "intent": str(e.intent),
        "intent_score": float(e.intent_score),
        "keywords": list(e.keywords),
        "explanation": dict(e.explanation),
        "model_version": e.model_version,
        "content_hash": p.content_hash,
        "unmapped": dict(p.unmapped),
    }


def span_rows(spans: Iterable[Span]) -> list[dict[str, Any]]:
    """Spans as JSON objects (a plain loop: `dataclasses.asdict` deep-copies and is slow)."""
    return [{"start": s.start, "end": s.end, "term": s.term, "field": s.field} for s in spans]


def save_batch(
    conn: sa.Connection,
    batch: Sequence[Post],
    matches: Sequence[Sequence[Match]],
    *,
    source_id: int | None,
    cursor: str | None,
    now: datetime,
) -> tuple[int, int]:
    """Store new posts with their mentions and rollups, and move the cursor. Returns
    (posts inserted, mentions inserted). `matches[i]` are the monitor matches of `batch[i]`."""
    author_ids = _save_authors(conn, batch)
    inserted: dict[tuple[str, str], int] = {}
    if batch:
        stmt = (
            upsert(conn, posts)
            .on_conflict_do_nothing(index_elements=["platform", "native_id"])
            .returning(posts.c.id, posts.c.platform, posts.c.native_id)
        )
        rows = conn.execute(
            stmt,
            [
                _post_row(p, author_ids[(p.author.platform, p.author.handle)], source_id, now)
                for p in batch
            ],
        )
        inserted = {(r.platform, r.native_id): r.id for r in rows}
    mention_rows: list[dict[str, Any]] = []
    rollup_rows: list[tuple[int, Post]] = []
    for p, post_matches in zip(batch, matches, strict=True):
        post_id = inserted.get((p.platform, p.native_id))
        if post_id is None:
            continue
        for monitor_id, spans in post_matches:
            mention_rows.append(
                {
                    "monitor_id": monitor_id,
                    "post_id": post_id,
                    "created_at": p.created_at,
                    "spans": span_rows(spans),
                    "matched_at": now,
                }
            )
            rollup_rows.append((monitor_id, p))
    if mention_rows:
        conn.execute(
            upsert(conn, mentions).on_conflict_do_nothing(index_elements=["monitor_id", "post_id"]),
            mention_rows,
        )
    add_rollups(conn, rollup_rows)
    if source_id is not None:
        conn.execute(
            sa.update(sources)
            .where(sources.c.id == source_id)
            .values(
                cursor=cursor,
                last_run_at=now,
                last_error="",
                posts_total=sources.c.posts_total + len(inserted),
            )
        )
    return len(inserted), len(mention_rows)
