"""Sentiment: negative / neutral / positive from the language-specific linear heads.

German texts use the head `sentiment_de`, English texts `sentiment_en`; every other language
gets the average of both heads' scores (character n-grams and emoji carry across languages) and
is marked `best_effort` in the explanation. The weights are already calibrated (temperature
fitted on the validation splits), so the softmax probability of the chosen label is the
`sentiment_score`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from resonanz.nlp.linear import BatchScores, FloatArray, LinearModel, softmax

__all__ = ["HEAD_FOR_LANGUAGE", "SENTIMENT_CLASSES", "sentiment_probabilities"]

SENTIMENT_CLASSES: tuple[str, ...] = ("negative", "neutral", "positive")
HEAD_FOR_LANGUAGE = {"de": "sentiment_de", "en": "sentiment_en"}
"""Languages with a trained sentiment head; all others are best effort."""


def sentiment_probabilities(
    model: LinearModel, scores: BatchScores, languages: Sequence[str]
) -> tuple[FloatArray, list[str]]:
    """Probabilities (texts x 3, in `SENTIMENT_CLASSES` order) and the head used per text.

    The head name is `"sentiment_de"`, `"sentiment_en"` or `"mixed"` (average of both).
    """
    de = model.heads["sentiment_de"]
    en = model.heads["sentiment_en"]
    logits_de = scores.logits(de)
    logits_en = scores.logits(en)
    lang = np.asarray(languages)
    is_de = (lang == "de")[:, None]
    is_en = (lang == "en")[:, None]
    mixed = 0.5 * (logits_de + logits_en)
    logits = np.where(is_de, logits_de, np.where(is_en, logits_en, mixed))
    heads = [HEAD_FOR_LANGUAGE.get(code, "mixed") for code in languages]
    return softmax(np.asarray(logits, dtype=np.float32)), heads
