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
from resonanz.sources.demo import SLOT, DemoSource, demo_config

SENTIMENTS = ("negative", "neutral", "positive")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=None, help="model file (default: shipped)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--anchor", default="2026-11-27T04:00:00+00:00")
    args = parser.parse_args()

    anchor = datetime.fromisoformat(args.anchor)
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
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    print(f"sentiment accuracy {accuracy:.3f}")
    for label in SENTIMENTS:
        predicted = [p for g, p in zip(gold, pred, strict=True) if g == label]
        recall = sum(p == label for p in predicted) / max(len(predicted), 1)
        print(f"sentiment recall   {label:<9} {recall:.3f}  (n={len(predicted)})")
    intents = [str(p.unmapped["demo_intent"]) for p in posts]
    hits = sum(g == r.intent.value for g, r in zip(intents, results, strict=True))
    print(f"intent accuracy    {hits / len(intents):.3f}")


if __name__ == "__main__":
    main()
