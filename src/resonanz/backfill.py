"""Backfill: apply a new or edited monitor to the posts stored already, and preview a query.

`backfill_monitor` checks the candidate posts (see `resonanz.store.backfill`) with the same
matcher ingest uses (`resonanz.pipeline.matcher_factory`), in chunks of post ids. Each chunk is
one transaction that first locks the monitor, then writes the chunk's new mentions and their
rollup increments together: a long backfill never holds the writer lock for long, an
interrupted one keeps what it did, and a re-run adds nothing twice (mentions are unique per
monitor and post; only really inserted ones reach the rollups).

An edit that changes what a monitor matches deletes its mentions and rollups in the edit's own
transaction (`resonanz.store.monitors.update_monitor`) and asks for a backfill; the backfill
itself only ever adds. If the monitor is edited *while* its backfill runs (the edit then finds
this job still active and does not add a second one), the next chunk sees a new generation
and starts again from the first post with the new query; if it was deleted, the backfill ends
with `deleted`.

It runs as the `backfill_monitor` job (registered below through `register_jobs`), which the
monitor actions schedule (`resonanz.actions.monitors`). `count_matches` is the editor's live
preview: how many of the newest stored posts a query matches, without writing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from resonanz.hookspecs import hookimpl
from resonanz.jobs.base import JobContext, JobKind, JobResult
from resonanz.model import Monitor, Post, Span
from resonanz.pipeline import Matcher, MatcherFactory, matcher_factory
from resonanz.query import fts_prefilter, parse_query
from resonanz.store import Store
from resonanz.store import backfill as backfill_store
from resonanz.store import monitors as monitor_store

__all__ = [
    "BACKFILL_MONITOR",
    "CHUNK",
    "BackfillResult",
    "PreviewResult",
    "backfill_key",
    "backfill_monitor",
    "count_matches",
    "run_backfill",
]

BACKFILL_MONITOR = "backfill_monitor"
CHUNK = 2000
"""Posts per chunk (one transaction each): short writer locks, a heartbeat every chunk."""

#: Called after each committed chunk with (posts scanned so far, candidates in all).
Progress = Callable[[int, int], None]


def backfill_key(monitor_id: int) -> str:
    """The job key of a monitor's backfill: at most one is queued or running at a time."""
    return f"backfill:monitor:{monitor_id}"


@dataclass(frozen=True, slots=True)
class BackfillResult:
    """What a backfill did: candidates checked, posts matched, mentions newly inserted, and
    how often it started again because the monitor was edited meanwhile. `deleted`: the
    monitor no longer exists (nothing more to do)."""

    scanned: int = 0
    matched: int = 0
    added: int = 0
    restarts: int = 0
    deleted: bool = False


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


def _sqlite_fts(query_text: str) -> str | None:
    """The FTS5 prefilter of a query (the store uses it on SQLite only). Raises `QueryError`."""
    return fts_prefilter(parse_query(query_text), "sqlite")


class _Restart(Exception):
    """The monitor was edited during the backfill: match again from the first post."""


def backfill_monitor(
    store: Store,
    monitor_id: int,
    factory: MatcherFactory | None = None,
    *,
    now: datetime,
    progress: Progress | None = None,
    chunk: int = CHUNK,
) -> BackfillResult:
    """Match monitor `monitor_id` against every stored post and insert the mentions that are
    missing, with their rollups. Safe to re-run and to interrupt (see the module docstring).

    The monitor is applied even when inactive (someone asked for it); its languages and
    exclusions apply. `factory` builds the matcher (default: `matcher_factory()`, without a
    noise query). Raises `QueryError` for an invalid stored query. `progress` is called after
    each committed chunk, outside its transaction (so it may write, or raise to stop).
    """
    factory = factory or matcher_factory()
    restarts = 0
    while True:
        try:
            result = _backfill_once(store, monitor_id, factory, now, progress, max(1, chunk))
        except _Restart:
            restarts += 1
            continue
        return replace(result, restarts=restarts)


def _backfill_once(
    store: Store,
    monitor_id: int,
    factory: MatcherFactory,
    now: datetime,
    progress: Progress | None,
    chunk: int,
) -> BackfillResult:
    with store.read() as conn:
        locked = monitor_store.monitor_generation(conn, monitor_id)
        if locked is None:
            return BackfillResult(deleted=True)
        monitor, generation = locked
        fts = _sqlite_fts(monitor.query)
        total = backfill_store.count_candidates(conn, fts)
    matcher = factory([replace(monitor, active=True)])
    if progress is not None:
        progress(0, total)
    scanned = matched = added = 0
    after = 0
    while True:
        with store.transaction() as conn:
            locked = monitor_store.monitor_generation(conn, monitor_id, lock=True)
            if locked is None:
                return BackfillResult(scanned, matched, added, deleted=True)
            if locked[1] != generation:
                raise _Restart
            batch = backfill_store.candidate_posts(conn, fts, after=after, limit=chunk)
            found = _matches(matcher, monitor_id, batch)
            added += backfill_store.add_mentions(conn, monitor_id, found, now=now)
        scanned += len(batch)
        matched += len(found)
        if batch:
            after = batch[-1].id or after
        if progress is not None and batch:
            progress(scanned, max(total, scanned))
        if len(batch) < chunk:
            return BackfillResult(scanned, matched, added)


def _matches(
    matcher: Matcher, monitor_id: int, batch: Sequence[Post]
) -> list[tuple[Post, tuple[Span, ...]]]:
    found: list[tuple[Post, tuple[Span, ...]]] = []
    for post in batch:
        for matched_id, spans in matcher.match(post):
            if matched_id == monitor_id and post.id is not None:
                found.append((post, spans))
                break
    return found


def count_matches(
    store: Store,
    query_text: str,
    *,
    languages: Sequence[str] = (),
    exclusions: str = "",
    limit_scan: int = 20000,
    sample_size: int = 5,
    factory: MatcherFactory | None = None,
) -> PreviewResult:
    """How many of the newest stored posts `query_text` matches (the editor's preview).

    Candidates come newest first (by `created_at`); after `limit_scan` of them the count stops
    and `capped` says so. Raises `QueryError` for an invalid query. Writes nothing.
    """
    fts = _sqlite_fts(query_text)  # the error as the user wrote it, not named after a monitor
    matcher = (factory or matcher_factory())(
        [
            Monitor(
                name="preview",
                query=query_text,
                languages=tuple(languages),
                exclusions=exclusions,
                id=0,
            )
        ]
    )
    matches = scanned = 0
    sample: list[tuple[int, str, tuple[Span, ...]]] = []
    oldest: datetime | None = None
    capped = False
    with store.read() as conn:
        for post in backfill_store.newest_candidates(conn, fts, limit=limit_scan + 1):
            if scanned >= limit_scan:
                capped = True
                break
            scanned += 1
            oldest = post.created_at
            hits = matcher.match(post)
            if not hits:
                continue
            matches += 1
            if len(sample) < sample_size and post.id is not None:
                sample.append((post.id, post.text, hits[0][1]))
        total = backfill_store.count_posts_since(conn, oldest if capped else None)
    return PreviewResult(matches, scanned, capped, total, sample)


def run_backfill(ctx: JobContext, args: Mapping[str, Any]) -> JobResult:
    """The `backfill_monitor` job: backfill `args["monitor_id"]` (in chunks of `args["chunk"]`
    posts, default `CHUNK`) with the settings' noise query, beating the heartbeat with the
    progress of each chunk."""
    monitor_id = int(args["monitor_id"])
    result = backfill_monitor(
        ctx.runtime.store,
        monitor_id,
        matcher_factory(noise=ctx.runtime.settings.noise_query),
        now=ctx.now(),
        progress=ctx.progress,
        chunk=int(args.get("chunk", CHUNK)),
    )
    if result.deleted:
        return {"monitor_id": monitor_id, "deleted": True}
    return {
        "monitor_id": monitor_id,
        "scanned": result.scanned,
        "matched": result.matched,
        "added": result.added,
        "restarts": result.restarts,
    }


@hookimpl
def register_jobs(register: Callable[[JobKind], None]) -> None:
    register(
        JobKind(
            BACKFILL_MONITOR,
            run_backfill,
            title="Match a monitor against the stored posts",
            max_attempts=5,
            retry_base_seconds=30.0,
        )
    )
