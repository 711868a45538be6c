"""The main loop: fetch → normalise → dedupe → enrich → match → store (with rollups).

`run_batch` is the one way posts enter Resonanz: `resonanz ingest`, the scheduler in `serve`,
`resonanz demo` and the tests all call it (through `ingest_source` / `run_due_sources`). The
posts of a batch, their mentions, the rollup increments and the source's cursor commit in one
transaction; a failed fetch leaves the cursor where it was and is retried later.

Language identification is part of enrichment and runs before matching, so that a monitor's
language filter and the query language's `lang:` field can use it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Protocol

from resonanz.errors import ConfigError, MalformedPayload, RateLimited, SourceError
from resonanz.model import BatchResult, Enrichment, Monitor, Post, RawPost, SourceConfig, Span
from resonanz.plugins import Registry
from resonanz.sources.base import Clock, Source
from resonanz.store import Store
from resonanz.store import monitors as monitor_store
from resonanz.store import sources as source_store
from resonanz.store.ingest import existing_keys, save_batch

log = logging.getLogger(__name__)

MAX_TEXT = 100_000
_HASHTAG = re.compile(r"(?<![\w#])#(\w{1,100})")
_MENTION = re.compile(r"(?<![\w@])@(\w[\w.-]{0,99}(?:@[\w-]+(?:\.[\w-]+)+)?)")
_LINK = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")


class Enricher(Protocol):
    """What the pipeline needs of the NLP package (`resonanz.nlp.load_enricher()`)."""

    version: str

    def enrich(self, texts: Sequence[str], hints: Sequence[str] = ()) -> list[Enrichment]: ...


class Matcher(Protocol):
    """What the pipeline and the backfill need of the query package
    (`resonanz.query.MonitorMatcher`)."""

    def match(self, post: Post) -> list[tuple[int, tuple[Span, ...]]]: ...


MatcherFactory = Callable[[Sequence[Monitor]], Matcher]


def matcher_factory(*, noise: str | None = None) -> MatcherFactory:
    """The one place matchers are built: the query engine's `MonitorMatcher` with the shared
    noise query (`Settings.noise_query`). Ingest, backfill, the editor's preview and the
    actions' query check all use it, so they match alike. The factory raises `QueryError`
    naming the monitor whose query (or exclusions) is invalid."""
    from resonanz.query import MonitorMatcher

    return partial(MonitorMatcher, noise=noise or None)


SOURCE_FAILURES = (SourceError, ConfigError)
"""What a fetch may raise for one source: recorded on that source, never fatal for the others
(a `ConfigError` here is a setting the source only finds wrong at fetch time, e.g. a mapped
column missing from a file's header)."""


def _clean(text: str) -> str:
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).strip()[:MAX_TEXT]


def normalise(raw: RawPost) -> Post:
    """Clean one raw post: Unicode NFC, no control characters, UTC time, extracted entities."""
    platform = raw.platform.strip().lower()
    native_id = str(raw.native_id).strip()
    if not platform:
        raise MalformedPayload("empty platform", field="platform")
    if not native_id:
        raise MalformedPayload("empty id", field="native_id")
    if raw.created_at.tzinfo is None:
        raise MalformedPayload("time without time zone", field="created_at")
    text = _clean(raw.text)
    title = _clean(raw.title)
    mentions = dict.fromkeys([m.lstrip("@") for m in raw.mentions] + _MENTION.findall(text))
    handle = raw.author.handle.strip().lstrip("@") or "unknown"
    author = replace(
        raw.author, platform=platform, handle=handle, followers=max(0, raw.author.followers)
    )
    folded = _SPACE.sub(" ", f"{title} {text}".casefold()).strip()
    return Post(
        platform=platform,
        native_id=native_id,
        created_at=raw.created_at.astimezone(UTC),
        text=text,
        title=title,
        author=author,
        url=raw.url.strip(),
        reply_to=raw.reply_to,
        repost_of=raw.repost_of,
        quote_of=raw.quote_of,
        mentions=tuple(mentions),
        hashtags=tuple(dict.fromkeys(h.lower() for h in _HASHTAG.findall(text))),
        links=tuple(dict.fromkeys(_LINK.findall(text))),
        metrics=raw.metrics,
        content_hash=hashlib.sha1(folded.encode(), usedforsecurity=False).hexdigest(),
        language_hint=raw.language_hint,
        unmapped=raw.unmapped,
    )


def dedupe(posts: Sequence[Post]) -> list[Post]:
    """Keep the last copy of each (platform, native_id) within a batch."""
    latest = {(p.platform, p.native_id): p for p in posts}
    return list(latest.values())


def enrich(posts: Sequence[Post], enricher: Enricher) -> list[Post]:
    if not posts:
        return []
    texts = [f"{p.title}\n{p.text}" if p.title else p.text for p in posts]
    results = enricher.enrich(texts, [p.language_hint for p in posts])
    return [replace(p, enrichment=e) for p, e in zip(posts, results, strict=True)]


def run_batch(
    store: Store,
    source_config: SourceConfig,
    source: Source,
    matcher: Matcher,
    enricher: Enricher,
    *,
    now: datetime,
) -> BatchResult:
    """Fetch one batch after the stored cursor and store it with its cursor, atomically.

    A `SourceError` (network, rate limit, malformed item) or a `ConfigError` found while
    fetching stores nothing of the batch, records
    the error on the source and schedules a retry; it is re-raised for the caller to report.
    """
    source_id = source_config.saved_id
    try:
        batch = source.fetch(source_config.cursor)
        posts = dedupe([normalise(raw) for raw in batch.items])
    except SOURCE_FAILURES as exc:
        retry = exc.retry_after if isinstance(exc, RateLimited) and exc.retry_after else None
        with store.transaction() as conn:
            source_store.record_source_error(
                conn,
                source_id,
                str(exc),
                now=now,
                retry_after=retry or min(source_config.interval_seconds, 300),
            )
        raise
    with store.read() as conn:
        known = existing_keys(conn, ((p.platform, p.native_id) for p in posts))
    new_posts = enrich([p for p in posts if (p.platform, p.native_id) not in known], enricher)
    matches = [matcher.match(p) for p in new_posts]
    with store.transaction() as conn:
        inserted, mention_count = save_batch(
            conn,
            new_posts,
            matches,
            source_id=source_id,
            cursor=batch.next_cursor,
            now=now,
        )
    return BatchResult(
        source=source_config.name,
        fetched=len(batch.items),
        new_posts=inserted,
        duplicates=len(batch.items) - inserted,
        mentions=mention_count,
        has_more=batch.has_more,
    )


@dataclass
class Ingestor:
    """Everything needed to run sources: the store, the plugins, the models and a clock.

    Build one per process (CLI command, server, test) and reuse it: loading the models and
    compiling the monitors is done once, and the matcher is rebuilt when monitors change.
    """

    store: Store
    registry: Registry
    enricher: Enricher
    matcher_factory: MatcherFactory
    clock: Clock
    _matcher: Matcher | None = None
    _monitor_key: tuple[object, ...] = ()

    def matcher(self) -> Matcher:
        with self.store.read() as conn:
            monitors = monitor_store.list_monitors(conn, active_only=True)
        key = tuple((m.id, m.query, m.exclusions, m.languages, m.kind) for m in monitors)
        if self._matcher is None or key != self._monitor_key:
            self._matcher = self.matcher_factory(monitors)
            self._monitor_key = key
        return self._matcher

    def source_for(self, config: SourceConfig) -> Source:
        return self.registry.source_class(config.kind)(config.config, clock=self.clock)

    def ingest_source(
        self,
        config: SourceConfig,
        *,
        max_batches: int | None = None,
        progress: Callable[[BatchResult], None] | None = None,
    ) -> BatchResult:
        """Run batches of one source until it has no more (or `max_batches`), then schedule
        its next run. Returns the totals; a failure (`SOURCE_FAILURES`) ends the run after
        recording it on the source."""
        source_id = config.saved_id
        try:
            source = self.source_for(config)
        except ConfigError as exc:  # e.g. a plugin's setting became invalid: say so, retry later
            with self.store.transaction() as conn:
                source_store.record_source_error(
                    conn, source_id, str(exc), now=self.clock(), retry_after=config.interval_seconds
                )
            raise
        try:
            return self._ingest(source, source_id, config, max_batches, progress)
        finally:
            source.close()

    def _ingest(
        self,
        source: Source,
        source_id: int,
        config: SourceConfig,
        max_batches: int | None,
        progress: Callable[[BatchResult], None] | None,
    ) -> BatchResult:
        matcher = self.matcher()
        total = BatchResult(source=config.name)
        batches = 0
        while True:
            with self.store.read() as conn:
                config = source_store.get_source(conn, source_id)  # the committed cursor
            result = run_batch(self.store, config, source, matcher, self.enricher, now=self.clock())
            batches += 1
            total = BatchResult(
                source=config.name,
                fetched=total.fetched + result.fetched,
                new_posts=total.new_posts + result.new_posts,
                duplicates=total.duplicates + result.duplicates,
                mentions=total.mentions + result.mentions,
                has_more=result.has_more,
            )
            if progress is not None:
                progress(result)
            if not result.has_more or (max_batches is not None and batches >= max_batches):
                break
        with self.store.transaction() as conn:
            source_store.schedule_next_run(
                conn,
                source_id,
                self.clock() + timedelta(seconds=0 if total.has_more else config.interval_seconds),
            )
        return total

    def run_due_sources(self, *, max_batches: int | None = None) -> list[BatchResult]:
        """Ingest every enabled source whose next run is due. One failing source does not stop
        the others: its error is recorded on it and returned in the result."""
        with self.store.read() as conn:
            due = source_store.due_sources(conn, self.clock())
        results = []
        for config in due:
            try:
                results.append(self.ingest_source(config, max_batches=max_batches))
            except SOURCE_FAILURES as exc:
                log.warning("source %s failed: %s", config.name, exc)
                results.append(BatchResult(source=config.name, errors=(str(exc),)))
        return results


def default_ingestor(
    store: Store,
    *,
    clock: Clock | None = None,
    model_path: str | None = None,
    noise_query: str | None = None,
    registry: Registry | None = None,
) -> Ingestor:
    """An `Ingestor` with the built-in plugins, the query engine and the shipped models (or the
    model file at `model_path`, e.g. one written by `resonanz nlp retrain`)."""
    from resonanz.nlp import load_enricher
    from resonanz.plugins import make_registry
    from resonanz.sources.base import utc_now

    return Ingestor(
        store=store,
        registry=registry or make_registry(),
        enricher=load_enricher(model_path or None),
        matcher_factory=matcher_factory(noise=noise_query),
        clock=clock or utc_now,
    )
