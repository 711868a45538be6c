"""Ingest throughput of the `file` source: posts/s and peak memory, beside baselines.

    uv run python bench/ingest_file.py            # 1,000,000 rows (several minutes)
    uv run python bench/ingest_file.py --rows 100000

Measured in the same run, each in a fresh process (so peak RSS is its own):
- baseline `csv parse`: reading and parsing the same CSV with the csv module, nothing else —
  the floor any import pays;
- `pipeline`: `resonanz ingest` of the file into a fresh SQLite database with the shipped models
  (language, sentiment, intent) and five monitors: normalise, dedupe, enrich, match, store,
  rollups and full-text index, committed batch by batch with the cursor.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

WORDS_DE = (
    "Lieferung",
    "Service",
    "Wärmepumpe",
    "Heizung",
    "Rechnung",
    "Montage",
    "Termin",
    "super",
    "leider",
    "kaputt",
    "schnell",
    "freundlich",
    "warten",
    "Techniker",
)
WORDS_EN = (
    "delivery",
    "service",
    "heat pump",
    "support",
    "invoice",
    "great",
    "broken",
    "waiting",
    "fast",
    "friendly",
    "installer",
    "price",
)
BRANDS = ("Brenntal", "Kaltwerk", "Nordflamme", "Acme", "Heizprofi")


def write_csv(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "created_at", "author", "followers", "platform"])
        for i in range(rows):
            words = WORDS_DE if rng.random() < 0.65 else WORDS_EN
            text = " ".join(rng.choice(words) for _ in range(rng.randint(6, 30)))
            if rng.random() < 0.3:
                text = f"{rng.choice(BRANDS)} {text} #{rng.choice(BRANDS).lower()}"
            w.writerow(
                [
                    i,
                    text,
                    f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z",
                    f"user{rng.randint(0, 50_000)}",
                    rng.randint(0, 20_000),
                    rng.choice(("mastodon", "bluesky", "forum")),
                ]
            )


def child_parse(path: str) -> None:
    n = 0
    with open(path, newline="") as f:
        for _ in csv.reader(f):
            n += 1
    print(n - 1)


def child_ingest(path: str, db: str) -> None:
    from resonanz.model import Monitor, MonitorKind, SourceConfig
    from resonanz.pipeline import default_ingestor
    from resonanz.store import Store
    from resonanz.store import monitors as monitor_store
    from resonanz.store import sources as source_store
    from resonanz.store import users as user_store

    store = Store.open(f"sqlite:///{db}")
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        for name in BRANDS:
            monitor_store.add_monitor(
                conn,
                Monitor(name=name, query=f'"{name}" OR #{name.lower()}', kind=MonitorKind.BRAND),
                by=system,
                now=datetime.now(UTC),
            )
        config = source_store.add_source(
            conn,
            SourceConfig(name="bench", kind="file", config={"path": path, "batch_size": 2000}),
            by=user_store.system_user(conn),
            now=datetime.now(UTC),
        )
    result = default_ingestor(store).ingest_source(config)
    print(result.new_posts)


def run_child(args: list[str]) -> tuple[float, int, int]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, int(proc.stdout.strip().splitlines()[-1]), peak_kb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        {"parse": child_parse, "ingest": child_ingest}[args.child[0]](*args.child[1:])
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posts.csv"
        write_csv(path, args.rows)
        size_mb = path.stat().st_size / 1e6
        print(
            f"file source ingest, {args.rows:,} rows ({size_mb:,.0f} MB CSV), "
            "SQLite, 5 monitors, shipped models"
        )
        print(f"{'run':<12} {'rows':>10} {'seconds':>9} {'posts/s':>10} {'peak RSS':>10}")
        for label, child in (
            ("csv parse", ["--child", "parse", str(path)]),
            ("pipeline", ["--child", "ingest", str(path), f"{tmp}/b.db"]),
        ):
            seconds, rows, peak_kb = run_child(child)
            print(
                f"{label:<12} {rows:>10,} {seconds:>9.1f} {rows / seconds:>10,.0f} "
                f"{peak_kb / 1024:>8,.0f} MB"
            )
        db_mb = (Path(tmp) / "b.db").stat().st_size / 1e6
        print(f"database size: {db_mb:,.0f} MB")
        print(
            "(peak RSS: the largest child so far — each row's figure is at least that "
            "child's own peak)"
        )


if __name__ == "__main__":
    main()
