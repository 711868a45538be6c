"""`retrain(base, examples)`: corrections move the model, the base stays as it was."""

from __future__ import annotations

import numpy as np
import pytest

from resonanz.nlp import load_model
from resonanz.nlp.enricher import Enricher, model_version
from resonanz.nlp.linear import LinearModel
from resonanz.nlp.retrain import LabelledText, retrain


def test_corrections_are_learned_and_the_base_is_untouched():
    base, version = load_model()
    before_weights = np.array(base.weights[:1000], copy=True)
    texts = [
        "Das neue Modell der Firma Quarzfeld ist angekommen.",
        "Quarzfeld hat das Update veröffentlicht.",
        "The Quarzfeld update is out.",
    ]
    before = Enricher(base, version).enrich(texts)
    assert all(r.sentiment.value != "negative" for r in before[:2])
    corrections = [
        LabelledText(texts[0], sentiment="negative", intent="complaint"),
        LabelledText(texts[1], sentiment="negative"),
        LabelledText(texts[2], sentiment="negative", lang="en"),
    ]
    model = retrain(base, corrections)
    data = model.to_bytes()
    loaded = LinearModel.from_bytes(data)
    after = Enricher(loaded, model_version(loaded, data)).enrich(texts)
    assert [r.sentiment.value for r in after] == ["negative"] * 3
    assert after[0].intent.value == "complaint"
    assert after[0].model_version != version
    assert loaded.meta["retrained"][-1]["sentiment_examples"] == 3
    np.testing.assert_array_equal(base.weights[:1000], before_weights)
    # Unrelated texts keep their labels.
    unrelated = ["Vielen Dank, toller Service!", "Great job, thank you!"]
    assert [r.sentiment for r in Enricher(loaded, "x").enrich(unrelated)] == [
        r.sentiment for r in Enricher(base, version).enrich(unrelated)
    ]


def test_labels_are_checked():
    with pytest.raises(ValueError, match="unknown intent"):
        LabelledText("x", intent="lead")
