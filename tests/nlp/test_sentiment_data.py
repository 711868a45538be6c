"""Our own CC0 sentiment set: well-formed, big enough, varied."""

from __future__ import annotations

from collections import Counter

from resonanz.nlp.corpora import read_tsv
from resonanz.nlp.training import normalise_text, sentiment_data_dir

LABELS = {"negative", "neutral", "positive"}


def test_own_sentiment_set_is_well_formed() -> None:
    minimum = {"de": 600, "en": 300}
    for lang, least in minimum.items():
        examples = read_tsv(sentiment_data_dir() / f"{lang}.tsv", lang)
        assert len(examples) >= least
        counts = Counter(e.label for e in examples)
        assert set(counts) == LABELS
        assert min(counts.values()) >= len(examples) // 5  # no class is starved
        keys = [normalise_text(e.text) for e in examples]
        assert len(set(keys)) == len(keys)  # no duplicates
        assert all(e.text.strip() == e.text and e.text for e in examples)
