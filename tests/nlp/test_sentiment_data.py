"""Our own CC0 sentiment set: well-formed, big enough, varied, and all of it used."""

from __future__ import annotations

from collections import Counter

import pytest

from resonanz.nlp.corpora import read_tsv
from resonanz.nlp.training import (
    OWN_SENTIMENT_FILES,
    normalise_text,
    own_sentiment_examples,
    sentiment_data_dir,
)

LABELS = {"negative", "neutral", "positive"}
MINIMUM = {
    "de.tsv": 600,
    "en.tsv": 300,
    "de_news.tsv": 450,
    "de_forum.tsv": 450,
    "de_posts.tsv": 450,
}


@pytest.mark.parametrize("name", sorted(MINIMUM))
def test_own_sentiment_file_is_well_formed(name: str) -> None:
    examples = read_tsv(sentiment_data_dir() / name, name[:2])
    assert len(examples) >= MINIMUM[name]
    counts = Counter(e.label for e in examples)
    assert set(counts) == LABELS
    assert min(counts.values()) >= len(examples) // 10  # no class is starved
    keys = [normalise_text(e.text) for e in examples]
    assert len(set(keys)) == len(keys)  # no duplicates
    assert all(e.text.strip() == e.text and e.text for e in examples)


def test_every_shipped_file_is_used_for_training() -> None:
    listed = {name for files in OWN_SENTIMENT_FILES.values() for name, _ in files}
    assert listed == {p.name for p in sentiment_data_dir().glob("*.tsv")}


def test_own_examples_are_deduplicated_across_files_and_against_exclusions() -> None:
    examples, weights = own_sentiment_examples("de")
    assert len(examples) == len(weights) >= 1900
    keys = [normalise_text(e.text) for e in examples]
    assert len(set(keys)) == len(keys)
    first = examples[0].text
    without, _ = own_sentiment_examples("de", exclude=[first.upper() + " !"])
    assert len(without) == len(examples) - 1
    assert first not in {e.text for e in without}
    assert own_sentiment_examples("fr") == ([], [])
