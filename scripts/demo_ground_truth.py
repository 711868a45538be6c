"""Measure an enrichment model on the demo stream's ground truth.

    uv run python scripts/demo_ground_truth.py [--model MODEL.npz] [--seed 42]

The demo generator (`resonanz.sources.demo`) keeps the sentiment and intent each post was
written with in `RawPost.unmapped` (`demo_sentiment`, `demo_intent`). This script generates the
same 30 days the demo ingests (anchor 2026-11-27T04:00Z unless `--anchor`), enriches every post
with the shipped model (or `--model`) and prints sentiment accuracy, recall per sentiment and
intent accuracy. The demo texts are a measurement: never train on them or tune by them.
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from resonanz.nlp.enricher import load_enricher
from resonanz.nlp.evaluation import SENTIMENT_LABELS, accuracy, per_class
from resonanz.sources.demo import SLOT, DemoSource, demo_config


def existing_file(value: str) -> Path:
    path = Path(value)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no such model file: {value}")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--model", type=existing_file, default=None, help="model file (default: shipped)"
    )
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument(
        "--anchor",
        type=datetime.fromisoformat,
        default=datetime.fromisoformat("2026-11-27T04:00:00+00:00"),
        help="the demo's now, ISO 8601 with time zone",
    )
    args = parser.parse_args()

    anchor = args.anchor
    source = DemoSource(demo_config(anchor, seed=args.seed, days=args.days), clock=lambda: anchor)
    slots = range(timedelta(days=args.days) // SLOT)
    posts = [post for slot in slots for post in source.slot_posts(slot)]
    enricher = load_enricher(args.model)
    results = enricher.enrich(
        [p.text for p in posts], [str(p.unmapped.get("demo_language", "")) for p in posts]
    )
    gold = [str(p.unmapped["demo_sentiment"]) for p in posts]
    pred = [r.sentiment.value for r in results]
    print(f"model {enricher.version}: {len(posts)} demo posts, {dict(Counter(gold))}")
    print(f"sentiment accuracy {accuracy(gold, pred):.3f}")
    for report in per_class(gold, pred, SENTIMENT_LABELS):
        print(f"sentiment recall   {report.label:<9} {report.recall:.3f}  (n={report.support})")
    intents = [str(p.unmapped["demo_intent"]) for p in posts]
    print(f"intent accuracy    {accuracy(intents, [r.intent.value for r in results]):.3f}")


if __name__ == "__main__":
    main()
