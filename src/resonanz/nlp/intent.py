"""Intent for routing: complaint, question, praise, purchase intent, job, press, spam, other.

A linear head over the shared hashed features plus a few dense inputs read off the post
(question mark, links, hashtags, …) and the sentiment probabilities, trained on our own
labelled German and English set in `training-data/intent/` (see `docs/models.md`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from resonanz.nlp.features import Token
from resonanz.nlp.keywords import Surface
from resonanz.nlp.linear import FloatArray

__all__ = ["DENSE_NAMES", "INTENT_CLASSES", "dense_features"]

INTENT_CLASSES: tuple[str, ...] = (
    "complaint",
    "question",
    "praise",
    "purchase_intent",
    "job",
    "press",
    "spam",
    "other",
)
DENSE_NAMES: tuple[str, ...] = (
    "question_mark",
    "ends_with_question",
    "has_link",
    "has_mention",
    "hashtags_3_plus",
    "exclamations",
    "emoji_3_plus",
    "short_text",
    "sentiment_negative",
    "sentiment_neutral",
    "sentiment_positive",
)


def dense_features(
    tokens: Sequence[Token], surface: Surface, sentiment: Sequence[float]
) -> list[float]:
    """The dense inputs of the intent head, in `DENSE_NAMES` order."""
    last = next((t for t in reversed(tokens) if t.kind in ("punct", "word")), None)
    exclamations = sum(t.text.count("!") for t in tokens if t.kind == "punct")
    return [
        1.0 if surface.question else 0.0,
        1.0 if last is not None and "?" in last.text else 0.0,
        1.0 if surface.links else 0.0,
        1.0 if surface.mentions else 0.0,
        1.0 if len(surface.hashtags) >= 3 else 0.0,
        min(exclamations, 3) / 3.0,
        1.0 if len(surface.emoji) >= 3 else 0.0,
        1.0 if len(tokens) < 6 else 0.0,
        float(sentiment[0]),
        float(sentiment[1]),
        float(sentiment[2]),
    ]


def dense_matrix(rows: Sequence[Sequence[float]]) -> FloatArray:
    """Stack dense feature rows into a float32 matrix."""
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(DENSE_NAMES))
