"""Backfill: apply a new or edited monitor to the posts already stored, and preview a query.

`backfill_monitor` picks candidate posts (on SQLite through the FTS5 prefilter of the query, on
PostgreSQL all posts), checks each one exactly with the query engine's matcher, inserts the
missing mentions and adds rollup increments for exactly those mentions. It works in chunks of
post ids, each in its own transaction: a long backfill never holds the writer lock for long, an
interrupted one keeps what it did, and re-running it adds nothing twice (existing mentions are
skipped by the primary key, and only really inserted mentions reach the rollups).

`count_matches` answers the editor's live preview: how many of the newest stored posts a query
matches, with a few samples, without writing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol

import sqlalchemy as sa

from resonanz.model import Author, Enrichment, Intent, Metrics, Monitor, Post, Sentiment, Span
from resonanz.query import MonitorMatcher, fts_prefilter, parse_query
from resonanz.store.database import Store, upsert
from resonanz.store.ingest import span_rows
from resonanz.store.rollups import add_rollups
from resonanz.store.schema import authors, mentions, posts

__all__ = [
    "BackfillResult",
    "PreviewResult",
    "backfill_monitor",
    "candidate_filter",
    "count_matches",
]


class _Matcher(Protocol):
    def match(self, post: Post) -> list[tuple[int, tuple[Span, ...]]]: ...


MatcherFactory = Callable[[Sequence[Monitor]], _Matcher]
#: Called after each chunk with (posts scanned so far, candidates in all).
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BackfillResult:
    """What a backfill did: candidates checked, posts matched, mentions newly inserted."""

    scanned: int = 0
    matched: int = 0
    added: int = 0


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """The editor preview: `matches` of the `scanned` newest candidate posts.

    `posts` is how many stored posts the preview covers (all of them unless `capped`, in which
    case the newest ones down to the oldest candidate scanned). `sample` holds the first few
    matches, newest first: (post id, text, spans).
    """

    matches: int
    scanned: int
    capped: bool
    posts: int = 0
    sample: list[tuple[int, str, tuple[Span, ...]]] = field(default_factory=list)


def candidate_filter(conn: sa.Connection, query_text: str) -> sa.ColumnElement[bool] | None:
    """A condition on `posts` selecting a superset of the posts `query_text` can match, or None
    when every post is a candidate. Raises `QueryError` for an invalid query.

    Only SQLite gets one: its FTS5 table indexes the original words, and `fts_prefilter` spells
    each word in every variant our normalisation treats as equal. PostgreSQL's `search` column
    is `to_tsvector('simple', title || ' ' || text)` over the raw text, not over
    `fts_document(...)`, so the `postgresql` prefilter (written for normalised tokens) could
    lose posts ("Zürich" vs "zuerich"): there, every post is scanned.
    """
    expression = fts_prefilter(parse_query(query_text), "sqlite")
    if conn.dialect.name != "sqlite" or expression is None:
        return None
    fts: sa.Select[Any] = (
        sa.select(sa.literal_column("rowid"))
        .select_from(sa.table("posts_fts"))
        .where(sa.literal_column("posts_fts").op("MATCH")(expression))
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


def _count(conn: sa.Connection, condition: sa.ColumnElement[bool] | None) -> int:
    stmt = sa.select(sa.func.count()).select_from(posts)
    if condition is not None:
        stmt = stmt.where(condition)
    return int(conn.execute(stmt).scalar_one())


def _chunks(
    store: Store, query_text: str, chunk: int
) -> Iterator[tuple[sa.Connection, list[Post]]]:
    """Candidate posts in id order, `chunk` at a time, each chunk in its own write
    transaction (yielded with it, so the caller writes in the same transaction)."""
    after = 0
    while True:
        with store.transaction() as conn:
            condition = candidate_filter(conn, query_text)
            stmt = _post_query().where(posts.c.id > after).order_by(posts.c.id).limit(chunk)
            if condition is not None:
                stmt = stmt.where(condition)
            batch = [_post(r) for r in conn.execute(stmt)]
            if not batch:
                return
            yield conn, batch
        after = batch[-1].id or after
        if len(batch) < chunk:
            return


def backfill_monitor(
    store: Store,
    monitor: Monitor,
    matcher_factory: MatcherFactory = MonitorMatcher,
    *,
    progress: Progress | None = None,
    chunk: int = 2000,
    now: datetime | None = None,
) -> BackfillResult:
    """Match `monitor` (which must be stored: it needs its id) against every stored post and
    insert the mentions that are missing, with their rollups. Safe to re-run and to interrupt.

    The monitor is applied even when inactive (the caller asked for it); its languages apply.
    Raises `QueryError` for an invalid query.
    """
    if monitor.id is None:
        raise ValueError("backfill needs a stored monitor (with an id)")
    matcher = matcher_factory([replace(monitor, active=True)])
    with store.read() as conn:
        total = _count(conn, candidate_filter(conn, monitor.query))
    if progress is not None:
        progress(0, total)
    scanned = matched = added = 0
    for conn, batch in _chunks(store, monitor.query, max(1, chunk)):
        scanned += len(batch)
        found: dict[int, tuple[Post, tuple[Span, ...]]] = {}
        for post in batch:
            for monitor_id, spans in matcher.match(post):
                if monitor_id == monitor.id and post.id is not None:
                    found[post.id] = (post, spans)
        matched += len(found)
        if found:
            at = now or datetime.now(UTC)
            inserted = conn.execute(
                upsert(conn, mentions)
                .on_conflict_do_nothing(index_elements=["monitor_id", "post_id"])
                .returning(mentions.c.post_id),
                [
                    {
                        "monitor_id": monitor.id,
                        "post_id": post_id,
                        "created_at": post.created_at,
                        "spans": span_rows(spans),
                        "matched_at": at,
                    }
                    for post_id, (post, spans) in found.items()
                ],
            )
            new_ids = {int(r[0]) for r in inserted}
            add_rollups(conn, [(monitor.id, found[i][0]) for i in sorted(new_ids)])
            added += len(new_ids)
        if progress is not None:
            progress(scanned, max(total, scanned))
    return BackfillResult(scanned=scanned, matched=matched, added=added)


def count_matches(
    store: Store,
    query_text: str,
    *,
    languages: Sequence[str] = (),
    limit_scan: int = 20000,
    sample_size: int = 5,
    matcher_factory: MatcherFactory = MonitorMatcher,
) -> PreviewResult:
    """How many of the newest stored posts `query_text` matches (the editor's preview).

    Candidates come newest first (by `created_at`); after `limit_scan` of them the count stops
    and `capped` says so. Raises `QueryError` for an invalid query. Writes nothing.
    """
    parse_query(query_text)  # the error as the user wrote it, not named after a monitor
    matcher = matcher_factory(
        [Monitor(name="preview", query=query_text, languages=tuple(languages), id=0)]
    )
    matches = scanned = 0
    sample: list[tuple[int, str, tuple[Span, ...]]] = []
    oldest: datetime | None = None
    with store.read() as conn:
        condition = candidate_filter(conn, query_text)
        stmt = (
            _post_query()
            .order_by(posts.c.created_at.desc(), posts.c.id.desc())
            .limit(limit_scan + 1)
        )
        if condition is not None:
            stmt = stmt.where(condition)
        capped = False
        for row in conn.execute(stmt):
            if scanned >= limit_scan:
                capped = True
                break
            post = _post(row)
            scanned += 1
            oldest = post.created_at
            hits = matcher.match(post)
            if not hits:
                continue
            matches += 1
            if len(sample) < sample_size and post.id is not None:
                sample.append((post.id, post.text, hits[0][1]))
        covered = sa.select(sa.func.count()).select_from(posts)
        if capped and oldest is not None:
            covered = covered.where(posts.c.created_at >= oldest)
        total = int(conn.execute(covered).scalar_one())
    return PreviewResult(matches, scanned, capped, total, sample)
