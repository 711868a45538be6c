"""Our own CC0 intent set: every class in both languages, no duplicates, a stable split."""

from __future__ import annotations

from collections import Counter

from resonanz.nlp.intent import INTENT_CLASSES
from resonanz.nlp.training import intent_data_dir, intent_examples, normalise_text, split_intent


def test_intent_set_covers_every_class_in_both_languages() -> None:
    examples = intent_examples(intent_data_dir())
    assert len(examples) >= 1000
    counts = Counter((e.lang, e.label) for e in examples)
    for lang in ("de", "en"):
        for label in INTENT_CLASSES:
            assert counts[(lang, label)] >= 35, (lang, label)
    keys = [normalise_text(e.text) for e in examples]
    assert len(set(keys)) == len(keys)


def test_split_is_every_fourth_example_of_a_class_and_language() -> None:
    examples = intent_examples(intent_data_dir())
    train, val = split_intent(examples)
    assert len(train) + len(val) == len(examples)
    assert not {e.text for e in train} & {e.text for e in val}
    # Appending rows never moves an earlier example to the other side.
    head_train, head_val = split_intent(examples[: len(examples) // 2])
    assert set(head_val) <= set(val) and set(head_train) <= set(train)
    per_class = Counter((e.lang, e.label) for e in val)
    assert all(per_class[(lang, label)] >= 8 for lang in ("de", "en") for label in INTENT_CLASSES)
