"""The built-in `ingest_source` job: one run of one source through the pipeline.

The scheduler adds one per due source (keyed `ingest:source:<id>`, so never two at once). The
body is safe to run again after a crash: every batch commits its posts, mentions, rollups and
the source's cursor together, and a re-run continues from the committed cursor; posts already
stored are recognised and count nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from resonanz.errors import NotFound
from resonanz.hookspecs import hookimpl
from resonanz.jobs.base import JobContext, JobKind, JobResult
from resonanz.model import BatchResult
from resonanz.store import sources as source_store

INGEST_SOURCE = "ingest_source"


def ingest_key(source_id: int) -> str:
    return f"ingest:source:{source_id}"


def run_ingest(ctx: JobContext, args: Mapping[str, Any]) -> JobResult:
    """Ingest up to `ingest_batch_limit` batches of the source; the rest follows next tick.
    A source error (network, rate limit, bad payload) is recorded on the source, which
    schedules its own retry: the job itself succeeds and says so in its result."""
    from resonanz.pipeline import SOURCE_FAILURES

    source_id = int(args["source_id"])
    runtime = ctx.runtime
    try:
        with runtime.store.read() as conn:
            config = source_store.get_source(conn, source_id)
    except NotFound:
        return {"skipped": "source deleted"}
    if not config.enabled:
        return {"skipped": "source disabled"}
    fetched = 0

    def progress(batch: BatchResult) -> None:
        nonlocal fetched
        fetched += batch.fetched
        ctx.progress(fetched, 0)

    try:
        total = runtime.ingestor().ingest_source(
            config, max_batches=runtime.settings.ingest_batch_limit, progress=progress
        )
    except SOURCE_FAILURES as exc:
        return {"source": config.name, "error": str(exc)}
    return _result(total)


def _result(total: BatchResult) -> dict[str, Any]:
    return {
        "source": total.source,
        "fetched": total.fetched,
        "new_posts": total.new_posts,
        "duplicates": total.duplicates,
        "mentions": total.mentions,
        "has_more": total.has_more,
    }


@hookimpl
def register_jobs(register: Callable[[JobKind], None]) -> None:
    register(
        JobKind(
            INGEST_SOURCE,
            run_ingest,
            title="Ingest a source",
            max_attempts=3,
            retry_base_seconds=30.0,
        )
    )
