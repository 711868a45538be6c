"""The enrichment step: one call turns a batch of texts into `Enrichment`s.

`load_enricher()` reads the shipped model file from `resonanz/nlp/models/` (or a retrained one
from a path) and returns an `Enricher`; callers keep the instance, there is no global state.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from resonanz.model import Enrichment, Intent, Sentiment
from resonanz.nlp.features import Token, tokenize
from resonanz.nlp.intent import INTENT_CLASSES, dense_features, dense_matrix
from resonanz.nlp.keywords import extract_surface
from resonanz.nlp.language import LANGUAGES, LanguageIdentifier
from resonanz.nlp.linear import BatchScores, LinearModel, TokenTable, softmax
from resonanz.nlp.sentiment import SENTIMENT_CLASSES, sentiment_probabilities

__all__ = ["MODEL_FILE", "Enricher", "load_enricher", "load_model", "model_version"]

MODEL_FILE = "enrichment.npz"
"""Name of the shipped model file inside the package `resonanz.nlp.models`."""

_TOP_FEATURES = 5


def load_model(path: Path | str | None = None) -> tuple[LinearModel, str]:
    """Load a model file (default: the shipped one) and return it with its version string."""
    if path is None:
        data = resources.files("resonanz.nlp.models").joinpath(MODEL_FILE).read_bytes()
    else:
        data = Path(path).read_bytes()
    model = LinearModel.from_bytes(data)
    return model, model_version(model, data)


def model_version(model: LinearModel, data: bytes) -> str:
    """`<name>-<first 10 hex digits of the file's SHA-256>`: changes with every refit."""
    name = str(model.meta.get("name", "resonanz-nlp"))
    return f"{name}-{hashlib.sha256(data).hexdigest()[:10]}"


def _top(values: Sequence[float], labels: Sequence[str], k: int = _TOP_FEATURES) -> list[list[Any]]:
    """The `k` entries with the largest absolute value as `[label, value]` (a repeated label
    is listed once, with its strongest value)."""
    magnitude = [abs(v) for v in values]
    order = sorted(range(len(magnitude)), key=magnitude.__getitem__, reverse=True)
    out: list[list[Any]] = []
    seen: set[str] = set()
    for i in order:
        if len(out) == k or magnitude[i] < 0.005:
            break
        label = labels[i]
        if label not in seen:
            seen.add(label)
            out.append([label, round(values[i], 3)])
    return out


_SENTIMENTS = [Sentiment(c) for c in SENTIMENT_CLASSES]
_INTENTS = [Intent(c) for c in INTENT_CLASSES]


class Enricher:
    """Language, sentiment, intent, keywords and explanations for batches of texts.

    Holds a per-token cache, so an instance is not thread-safe: one per thread or process.
    """

    def __init__(self, model: LinearModel, version: str, batch_size: int = 256) -> None:
        self.model = model
        self.version = version
        self.batch_size = batch_size
        self._table = TokenTable(model)
        self._language = LanguageIdentifier()

    def enrich(self, texts: Sequence[str], hints: Sequence[str] = ()) -> list[Enrichment]:
        """Enrich a batch of texts; `hints` are optional language hints, one per text."""
        out: list[Enrichment] = []
        for start in range(0, len(texts), self.batch_size):
            chunk = texts[start : start + self.batch_size]
            chunk_hints = hints[start : start + self.batch_size] if hints else ()
            out.extend(self._enrich_batch(chunk, chunk_hints))
        return out

    def _languages(
        self, token_lists: Sequence[Sequence[Token]], scores: BatchScores, hints: Sequence[str]
    ) -> tuple[list[str], list[float]]:
        head = self.model.heads["lang"]
        probs = softmax(scores.logits(head))
        col_de, col_en = head.classes.index("de"), head.classes.index("en")
        p_de = probs[:, col_de].tolist()
        p_en = probs[:, col_en].tolist()
        languages: list[str] = []
        confidences: list[float] = []
        for i, tokens in enumerate(token_lists):
            words = [t.norm for t in tokens if t.kind == "word" and "0" not in t.norm]
            guess = self._language.identify(words, (p_de[i], p_en[i]))
            language, confidence = guess.language, guess.confidence
            hint = hints[i].lower() if i < len(hints) and hints[i] else ""
            if language == "unknown" and hint in LANGUAGES and guess.votes:
                language, confidence = hint, 0.5
            languages.append(language)
            confidences.append(confidence)
        return languages, confidences

    def _enrich_batch(self, texts: Sequence[str], hints: Sequence[str]) -> list[Enrichment]:
        token_lists = [tokenize(text) for text in texts]
        scores = self._table.score([[t.norm for t in tokens] for tokens in token_lists])
        languages, lang_confidence = self._languages(token_lists, scores, hints)
        sentiment, sentiment_heads = sentiment_probabilities(self.model, scores, languages)
        surfaces = [extract_surface(tokens) for tokens in token_lists]
        dense = dense_matrix(
            [
                dense_features(tokens, surface, row)
                for tokens, surface, row in zip(token_lists, surfaces, sentiment, strict=True)
            ]
        )
        heads = self.model.heads
        intent_head = heads["intent"]
        intent = softmax(scores.logits(intent_head, dense))
        sentiment_label = sentiment.argmax(axis=1)
        intent_label = intent.argmax(axis=1)
        # Explanations, computed for the whole batch at once.
        de_contrib = scores.contributions(heads["sentiment_de"], sentiment_label)
        en_contrib = scores.contributions(heads["sentiment_en"], sentiment_label)
        word_language = np.repeat(np.asarray(languages), scores.token_counts)
        sent_contrib = np.where(
            word_language == "de",
            de_contrib,
            np.where(word_language == "en", en_contrib, 0.5 * (de_contrib + en_contrib)),
        ).tolist()
        int_contrib = scores.contributions(intent_head, intent_label).tolist()
        dense_w = intent_head.dense - intent_head.dense.mean(axis=1, keepdims=True)
        dense_contrib = (dense * dense_w[:, intent_label].T).tolist()
        sentiment_score = sentiment[np.arange(len(texts)), sentiment_label].tolist()
        intent_score = intent[np.arange(len(texts)), intent_label].tolist()
        starts = scores.token_starts.tolist()
        results = []
        for i, tokens in enumerate(token_lists):
            lo, hi = starts[i], starts[i] + len(tokens)
            words = [t.text for t in tokens]
            surface = surfaces[i]
            explanation = {
                "sentiment": _top(sent_contrib[lo:hi], words),
                "sentiment_model": sentiment_heads[i],
                "best_effort": sentiment_heads[i] == "mixed",
                "intent": _top(int_contrib[lo:hi], words),
                "intent_features": _top(dense_contrib[i], intent_head.dense_names, 3),
                "hashtags": list(surface.hashtags),
                "mentions": list(surface.mentions),
                "links": list(surface.links),
                "emoji": list(surface.emoji),
                "entities": [[name, kind] for name, kind in surface.entities],
                "language_confidence": lang_confidence[i],
            }
            results.append(
                Enrichment(
                    language=languages[i],
                    sentiment=_SENTIMENTS[sentiment_label[i]],
                    sentiment_score=round(sentiment_score[i], 4),
                    intent=_INTENTS[intent_label[i]],
                    intent_score=round(intent_score[i], 4),
                    keywords=surface.keywords,
                    explanation=explanation,
                    model_version=self.version,
                )
            )
        return results


def load_enricher(path: Path | str | None = None) -> Enricher:
    """Load the shipped model (or a retrained model file) into a ready `Enricher`."""
    model, version = load_model(path)
    return Enricher(model, version)
