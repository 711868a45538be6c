"""Dashboard response time at demo size: ms per request (median, p95) beside a trivial baseline.

    uv run python bench/dashboard_latency.py                 # 20,000 posts, 30 requests each
    uv run python bench/dashboard_latency.py --posts 100000 --repeat 50
    uv run python bench/dashboard_latency.py --db resonanz-demo.db   # a copy of a real demo

Builds a fresh SQLite store with synthetic, already-enriched posts over 30 days (written with
`save_batch`, the pipeline's own write path, so the rollups are real; no NLP), five monitors
(a brand, three competitors, a conflict topic), and one user. Then serves `create_app` with
uvicorn on a free loopback port and times real HTTP requests with one keep-alive client:
`/api/health` (the baseline: routing, middleware and one `SELECT 1`), the overview, the monitor
page for 24 hours and 30 days (charts from rollups plus two mention lists), the same with a
filter and with full-text search, the htmx mention fragment, and the JSON API.
"""

from __future__ import annotations

import argparse
import random
import re
import socket
import sqlite3
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import uvicorn

from resonanz.model import (
    Author,
    Enrichment,
    Intent,
    Metrics,
    Monitor,
    MonitorKind,
    Post,
    Sentiment,
    Span,
)
from resonanz.settings import load_settings
from resonanz.store import Store
from resonanz.store import monitors as monitor_store
from resonanz.store import users as user_store
from resonanz.store.ingest import save_batch
from resonanz.web import create_app

PASSWORD = "benchmark password"
MONITORS = (
    ("Brenntal", MonitorKind.BRAND),
    ("Kaltwerk", MonitorKind.COMPETITOR),
    ("Nordflamme", MonitorKind.COMPETITOR),
    ("Heizprofi", MonitorKind.COMPETITOR),
    ("Streik", MonitorKind.CONFLICT_TOPIC),
)
WORDS = (
    "Lieferung Service Wärmepumpe Heizung Rechnung Montage Termin super leider kaputt schnell "
    "freundlich warten Techniker delivery support invoice great broken waiting installer price"
).split()
PLATFORMS = ("mastodon", "bluesky", "reddit", "hackernews", "rss")
LANGUAGES = ("de", "de", "de", "en", "en", "fr")
SENTIMENTS = (Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.NEUTRAL, Sentiment.POSITIVE)


def build_store(path: Path, posts: int, now: datetime, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    store = Store.open(f"sqlite:///{path}")
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        ids = {
            name: monitor_store.add_monitor(
                conn,
                Monitor(name=name, query=name.lower(), kind=kind),
                by=system,
                now=datetime.now(UTC),
            ).id
            or 0
            for name, kind in MONITORS
        }
        user_store.add_user(
            conn,
            "bench",
            PASSWORD,
            locale="de",
            by=user_store.system_user(conn),
            now=datetime.now(UTC),
        )
    names = list(ids)
    weights = (5, 3, 2, 1, 1)
    batch: list[Post] = []
    matches: list[list[tuple[int, tuple[Span, ...]]]] = []

    def flush() -> None:
        with store.transaction() as conn:
            save_batch(conn, batch, matches, source_id=None, cursor=None, now=now)
        batch.clear()
        matches.clear()

    for i in range(posts):
        brand = rng.choices(names, weights)[0]
        text = f"{brand} " + " ".join(rng.choices(WORDS, k=rng.randint(6, 30)))
        platform = rng.choice(PLATFORMS)
        handle = f"user{rng.randint(1, posts // 4)}"
        batch.append(
            Post(
                platform=platform,
                native_id=f"p{i}",
                created_at=now - timedelta(seconds=rng.randint(0, 30 * 86400)),
                text=text,
                author=Author(platform, handle, handle.title(), rng.randint(0, 50_000)),
                url=f"https://{platform}.example/p{i}",
                metrics=Metrics(likes=rng.randint(0, 200), reposts=rng.randint(0, 30)),
                enrichment=Enrichment(
                    language=rng.choice(LANGUAGES),
                    sentiment=rng.choice(SENTIMENTS),
                    sentiment_score=0.8,
                    intent=Intent.OTHER,
                    model_version="bench",
                ),
            )
        )
        found: list[tuple[int, tuple[Span, ...]]] = [
            (ids[brand], (Span(0, len(brand), brand.lower()),))
        ]
        if rng.random() < 0.05:
            found.append((ids["Streik"], ()))
        matches.append(found)
        if len(batch) == 1000:
            flush()
    if batch:
        flush()
    store.close()
    return {"brand": ids["Brenntal"], **ids}


def copy_store(source: Path, path: Path) -> dict[str, int]:
    """A copy of an existing database, with a user for the benchmark added."""
    with sqlite3.connect(source) as src, sqlite3.connect(path) as dst:
        src.backup(dst)  # a consistent copy, WAL included
    store = Store.open(f"sqlite:///{path}")
    with store.transaction() as conn:
        user_store.add_user(
            conn,
            "bench",
            PASSWORD,
            locale="de",
            by=user_store.system_user(conn),
            now=datetime.now(UTC),
        )
        monitors = monitor_store.list_monitors(conn)
    store.close()
    brand = next((m for m in monitors if m.kind == MonitorKind.BRAND), monitors[0])
    with Store.open(f"sqlite:///{path}").read() as conn:
        posts = conn.exec_driver_sql("SELECT count(*) FROM posts").scalar_one()
    print(
        f"store: copy of {source}: {posts:,} posts, {len(monitors)} monitors "
        f"({path.stat().st_size / 1e6:.1f} MB); brand monitor: {brand.name}"
    )
    return {"brand": brand.id or 0}


def measure(client: httpx.Client, path: str, repeat: int) -> list[float]:
    for _ in range(3):  # warm-up: template compilation, connection pool, caches
        client.get(path).raise_for_status()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        client.get(path).raise_for_status()
        times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument(
        "--db", type=Path, help="measure a copy of this SQLite database (e.g. `resonanz demo`'s)"
    )
    args = parser.parse_args()
    now = datetime.now(UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        started = time.perf_counter()
        if args.db:
            ids = copy_store(args.db, db)
        else:
            ids = build_store(db, args.posts, now)
            print(
                f"store: {args.posts:,} synthetic posts, {len(MONITORS)} monitors, built in "
                f"{time.perf_counter() - started:.1f} s ({db.stat().st_size / 1e6:.1f} MB)"
            )
        settings = load_settings(
            environ={}, secret_key="bench-secret-key-0123456789", database_url=f"sqlite:///{db}"
        )
        app = create_app(settings)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.02)
        brand = ids["brand"]
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            page = client.get("/login")
            token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
            assert token
            login = client.post(
                "/login",
                data={"username": "bench", "password": PASSWORD, "csrf_token": token.group(1)},
            )
            assert login.status_code == 303, login.text
            cases = [
                ("baseline /api/health", "/api/health"),
                ("overview, 30 days", "/?period=30d"),
                ("monitor page, 24 hours", f"/monitors/{brand}?period=24h"),
                ("monitor page, 30 days", f"/monitors/{brand}?period=30d"),
                (
                    "monitor page, 30 d, filtered",
                    f"/monitors/{brand}?period=30d&platform=bluesky&language=de&sentiment=negative",
                ),
                ("monitor page, 30 d, search", f"/monitors/{brand}?period=30d&q=kaputt+warten"),
                (
                    "mentions fragment (htmx)",
                    f"/monitors/{brand}/mentions?period=30d&order=engaged&offset=20",
                ),
                ("API volume, 30 days", f"/api/monitors/{brand}/volume?period=30d"),
                (
                    "API mentions, engaged",
                    f"/api/monitors/{brand}/mentions?period=30d&order=engaged",
                ),
                ("API share of voice", "/api/share-of-voice?period=30d"),
            ]
            print(f"{'request':34} {'median ms':>10} {'p95 ms':>8}   ({args.repeat} requests each)")
            for label, path in cases:
                times = sorted(measure(client, path, args.repeat))
                p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
                print(f"{label:34} {statistics.median(times):10.1f} {p95:8.1f}")
        server.should_exit = True
        thread.join(timeout=10)


if __name__ == "__main__":
    main()
