"""Shared fixtures: real SQLite per test, real PostgreSQL per test (own schema), fakes as
subclasses. Under CI=true, PostgreSQL and browser tests must run; elsewhere they may skip."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import psycopg
import pytest

from resonanz.model import Author, Enrichment, Intent, Monitor, Post, RawPost, Sentiment, Span
from resonanz.pipeline import Ingestor
from resonanz.plugins import Registry, make_plugin_manager, make_registry
from resonanz.sources.base import Batch, Source
from resonanz.store import Store

IN_CI = os.environ.get("CI") == "true"
PG_DSN = os.environ.get("RESONANZ_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def skip_or_fail(message: str) -> None:
    if IN_CI:
        pytest.fail(f"{message} (CI=true: this test must run)")
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_throwaway_cluster() -> tuple[str, Callable[[], None]] | None:
    """A temporary PostgreSQL cluster when the server binaries exist but no server runs."""
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not bins:
        return None
    bindir = bins[-1].parent
    tmp = Path(tempfile.mkdtemp(prefix="resonanz-pg-"))
    port = _free_port()
    run_as: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*run_as, str(bindir / "initdb"), "-D", str(tmp / "data"), "-A", "trust", "-U", "postgres"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *run_as,
            str(bindir / "pg_ctl"),
            "-D",
            str(tmp / "data"),
            "-w",
            "-o",
            f"-c fsync=off -p {port} -k {tmp} -c listen_addresses=127.0.0.1",
            "-l",
            str(tmp / "log"),
            "start",
        ],
        check=True,
        capture_output=True,
    )

    def stop() -> None:
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(tmp / "data"), "stop", "-m", "immediate"],
            capture_output=True,
        )
        shutil.rmtree(tmp, ignore_errors=True)

    return f"postgresql://postgres@127.0.0.1:{port}/postgres", stop


@pytest.fixture(scope="session")
def postgres_dsn() -> Iterator[str]:
    try:
        psycopg.connect(PG_DSN, connect_timeout=3).close()
        yield PG_DSN
        return
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0]
    try:
        started = _start_throwaway_cluster()
    except (subprocess.CalledProcessError, OSError) as exc:
        started = None
        reason += f"; throw-away cluster failed: {exc}"
    if started is None:
        skip_or_fail(f"no PostgreSQL at {PG_DSN} ({reason}) and no server binaries")
        return
    dsn, stop = started
    try:
        yield dsn
    finally:
        stop()


@pytest.fixture
def postgres_store(postgres_dsn: str) -> Iterator[Store]:
    """A Store on real PostgreSQL, in a schema of its own that is dropped afterwards."""
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    store = Store.open(postgres_dsn, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield store
    finally:
        store.close()
        with psycopg.connect(postgres_dsn, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{tmp_path / 'resonanz.db'}")
    yield store
    store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Store:
    """The same test on real SQLite and on real PostgreSQL."""
    name = "sqlite_store" if request.param == "sqlite" else "postgres_store"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def raw_post(
    native_id: str,
    text: str,
    *,
    platform: str = "mastodon",
    minute: int = 0,
    handle: str = "anna",
    followers: int = 100,
    **kw: Any,
) -> RawPost:
    return RawPost(
        platform=platform,
        native_id=native_id,
        created_at=T0.replace(minute=minute % 60, hour=9 + minute // 60),
        text=text,
        author=Author(platform=platform, handle=handle, name=handle.title(), followers=followers),
        **kw,
    )


class FakeSource(Source):
    """A source whose batches the test enqueues; the cursor is the index of the next batch."""

    name: ClassVar[str] = "fake"
    title: ClassVar[str] = "Fake"
    batches: ClassVar[list[Sequence[RawPost] | Exception]] = []

    @classmethod
    def enqueue(cls, *items: Sequence[RawPost] | Exception) -> None:
        cls.batches.extend(items)

    def fetch(self, cursor: str | None) -> Batch:
        index = int(cursor or 0)
        if index >= len(self.batches):
            return Batch(items=[], next_cursor=str(index))
        item = self.batches[index]
        if isinstance(item, Exception):
            type(self).batches[index] = []  # fails once, then succeeds
            raise item
        return Batch(items=item, next_cursor=str(index + 1), has_more=index + 1 < len(self.batches))


class KeywordMatcher:
    """A test matcher: a monitor matches when its query (one word) occurs in the text."""

    def __init__(self, monitors: Sequence[Monitor]) -> None:
        self.monitors = list(monitors)

    def match(self, post: Post) -> list[tuple[int, tuple[Span, ...]]]:
        out = []
        for m in self.monitors:
            i = post.text.lower().find(m.query.lower())
            if i >= 0 and m.id is not None:
                out.append((m.id, (Span(i, i + len(m.query), m.query),)))
        return out


class LexiconEnricher:
    """A test enricher with fixed, visible rules (the real models are tested in tests/nlp)."""

    version = "test-lexicon"

    def enrich(self, texts: Sequence[str], hints: Sequence[str] = ()) -> list[Enrichment]:
        out = []
        for t in texts:
            low = t.lower()
            sentiment = (
                Sentiment.NEGATIVE
                if "schlecht" in low or "bad" in low
                else Sentiment.POSITIVE
                if "gut" in low or "good" in low
                else Sentiment.NEUTRAL
            )
            out.append(
                Enrichment(
                    language="en" if " the " in f" {low} " else "de",
                    sentiment=sentiment,
                    sentiment_score=0.9,
                    intent=Intent.OTHER,
                    model_version=self.version,
                )
            )
        return out


@pytest.fixture
def registry() -> Registry:
    FakeSource.batches = []
    reg = make_registry(
        make_plugin_manager(["resonanz.sources.file", "resonanz.jobs.ingest"], entry_points=False)
    )
    reg.sources["fake"] = FakeSource
    return reg


@pytest.fixture
def ingestor(store: Store, registry: Registry) -> Ingestor:
    return Ingestor(
        store=store,
        registry=registry,
        enricher=LexiconEnricher(),
        matcher_factory=KeywordMatcher,
        clock=lambda: T0,
    )
