"""Annotate a JSON Lines stream: the engine behind `resonanz nlp annotate`.

Input lines `{"id": …, "text": …[, "lang": …]}` become output lines with the enrichment, in
input order, in constant memory (batches of `BATCH` lines, a bounded number in flight). Large
inputs are spread over worker processes (one per core) once `parallel_after` lines have been
done in-process, so small inputs never pay the workers' start-up.

A malformed line raises `MalformedLine` naming its 1-based line number — after every line
before it has been written and flushed.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

from resonanz.errors import ResonanzError
from resonanz.model import Enrichment
from resonanz.nlp.enricher import Enricher, load_enricher

__all__ = ["BATCH", "MalformedLine", "annotate_stream", "to_json"]

BATCH = 256
Record = tuple[Any, str, str]


class MalformedLine(ResonanzError):
    """An input line that is not a JSON object with an `id` and a string `text`."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


def _parse(raw: bytes, line: int) -> Record:
    try:
        record = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MalformedLine(line, f"not valid JSON ({exc})") from None
    if not isinstance(record, dict):
        raise MalformedLine(line, "expected a JSON object with 'id' and 'text'")
    if "id" not in record:
        raise MalformedLine(line, "missing 'id'")
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedLine(line, "'text' missing or not a string")
    hint = record.get("lang")
    return record["id"], text, hint if isinstance(hint, str) else ""


def to_json(record_id: Any, enrichment: Enrichment) -> dict[str, Any]:
    """The output object of one annotated line."""
    return {
        "id": record_id,
        "language": enrichment.language,
        "sentiment": enrichment.sentiment.value,
        "sentiment_score": enrichment.sentiment_score,
        "intent": enrichment.intent.value,
        "intent_score": enrichment.intent_score,
        "keywords": list(enrichment.keywords),
        "explanation": enrichment.explanation,
        "model_version": enrichment.model_version,
    }


def _batches(stream: IO[bytes]) -> Iterator[tuple[list[Record], MalformedLine | None]]:
    """Parsed batches; the (possibly empty) batch before a malformed line comes with the error."""
    batch: list[Record] = []
    for number, raw in enumerate(stream, start=1):
        try:
            batch.append(_parse(raw, number))
        except MalformedLine as error:
            yield batch, error
            return
        if len(batch) >= BATCH:
            yield batch, None
            batch = []
    if batch:
        yield batch, None


def _dump(obj: dict[str, Any]) -> bytes:
    try:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate ("\\ud800") in the input: escape everything
        return json.dumps(obj).encode("ascii") + b"\n"


def encode_batch(enricher: Enricher, batch: list[Record]) -> bytes:
    """Enrich a parsed batch and serialise it as JSON Lines."""
    results = enricher.enrich([text for _, text, _ in batch], [hint for _, _, hint in batch])
    return b"".join(
        _dump(to_json(record_id, r)) for (record_id, _, _), r in zip(batch, results, strict=True)
    )


_worker_enricher: Enricher | None = None


def _init_worker(model_path: str | None) -> None:
    global _worker_enricher  # one enricher per worker process, set once
    _worker_enricher = load_enricher(model_path)


def _work(batch: list[Record]) -> bytes:
    assert _worker_enricher is not None, "worker not initialised"
    return encode_batch(_worker_enricher, batch)


def annotate_stream(
    source: IO[bytes],
    sink: IO[bytes],
    *,
    model_path: Path | None = None,
    workers: int = 1,
    parallel_after: int = 4096,
    progress: Callable[[int], None] = lambda n: None,
) -> int:
    """Annotate `source` into `sink`; returns the number of lines written.

    With `workers > 1`, batches after the first `parallel_after` lines go to that many worker
    processes (spawned, each loading the model); at most `2 * workers` batches are in flight.
    """
    enricher = load_enricher(model_path)
    done = 0
    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[Future[bytes], int]] = deque()

    def drain(limit: int) -> None:
        nonlocal done
        while len(pending) > limit:
            future, size = pending.popleft()
            sink.write(future.result())
            done += size
            progress(size)

    try:
        for batch, error in _batches(source):
            if batch:
                if pool is None and workers > 1 and done >= parallel_after:
                    pool = ProcessPoolExecutor(
                        max_workers=workers,
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_init_worker,
                        initargs=(None if model_path is None else str(model_path),),
                    )
                if pool is None:
                    sink.write(encode_batch(enricher, batch))
                    done += len(batch)
                    progress(len(batch))
                else:
                    pending.append((pool.submit(_work, batch), len(batch)))
                    drain(2 * workers)
            if error is not None:
                drain(0)
                sink.flush()
                raise error
        drain(0)
        sink.flush()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return done
