"""Benchmark `resonanz nlp annotate`: posts/s and peak memory on mixed German/English posts.

    uv run python bench/nlp_annotate.py [--posts 100000] [--data ../shared/data]

Builds a JSON Lines file of N posts (sampled with replacement from the German and English
sentiment corpora when they are found, else generated), then runs in the same process group
and on the same file:

1. a trivial baseline: `python -c` that reads each line, parses it and writes `{"id": …}` back
   (the floor set by JSON parsing and I/O),
2. the `nlp annotate` click command on IN OUT (what `resonanz nlp annotate` runs),

each as a subprocess, and prints posts/s (wall time including start-up and model load) and the
peak resident memory (ru_maxrss) of the process and of its largest worker process.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BASELINE = """
import json, sys
with open(sys.argv[1], "rb") as src, open(sys.argv[2], "wb") as dst:
    for line in src:
        record = json.loads(line)
        dst.write(json.dumps({"id": record["id"]}).encode() + b"\\n")
"""

ANNOTATE = """
import sys
from resonanz.cli.nlp import nlp
nlp(["annotate", sys.argv[1], sys.argv[2]], standalone_mode=False)
"""

REPORT_RSS = """
import resource, sys
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stderr.write(f"MAXRSS_KB {own} {workers}\\n")
"""


def corpus_texts(data: Path) -> list[str]:
    texts: list[str] = []
    for name in ("de_sb10k_train.tsv", "en_semeval_2013_2016_train.tsv"):
        path = data / "sentiment" / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                texts.extend(row["text"] for row in csv.DictReader(handle, delimiter="\t"))
    return texts


def synthetic_texts() -> list[str]:
    rng = random.Random(0)
    words = (
        "Zug Verspätung Service danke super schlecht Lieferung Paket heute wieder warum "
        "great service thanks terrible delivery parcel today again why order refund"
    ).split()
    return [" ".join(rng.choices(words, k=rng.randint(5, 25))) for _ in range(5000)]


def run(label: str, code: str, src: Path, dst: Path, posts: int) -> tuple[float, float]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code + REPORT_RSS, str(src), str(dst)],
        cwd=ROOT,
        check=True,
        stderr=subprocess.PIPE,
        text=True,
    )
    elapsed = time.perf_counter() - started
    own_kb, worker_kb = next(
        map(int, line.split()[1:3])
        for line in proc.stderr.splitlines()
        if line.startswith("MAXRSS_KB")
    )
    rate = posts / elapsed
    print(
        f"{label:<10} {elapsed:8.2f} s  {rate:10,.0f} posts/s  peak RSS {own_kb / 1024:4.0f} MB"
        f" (largest worker process {worker_kb / 1024:4.0f} MB)"
    )
    return rate, own_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    texts = corpus_texts(args.data) or synthetic_texts()
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as handle:
            for i in range(args.posts):
                handle.write(json.dumps({"id": i, "text": rng.choice(texts)}) + "\n")
        size = src.stat().st_size / 1e6
        print(f"{args.posts:,} posts from {len(texts):,} distinct texts, {size:.1f} MB")
        base_rate, _ = run("baseline", BASELINE, src, Path(tmp) / "base.jsonl", args.posts)
        rate, _ = run("annotate", ANNOTATE, src, Path(tmp) / "out.jsonl", args.posts)
        lines = sum(1 for _ in (Path(tmp) / "out.jsonl").open(encoding="utf-8"))
        assert lines == args.posts, f"{lines} output lines for {args.posts} posts"
        print(f"annotate/baseline speed ratio: {rate / base_rate:.3f}")


if __name__ == "__main__":
    main()
