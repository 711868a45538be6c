"""Refit the shipped model on top of itself with extra labelled examples (users' corrections).

`retrain(base, examples)` keeps every weight of `base` and moves only the weights of the
features that occur in the new examples (and, held 50x more strongly, the biases), minimising

    sum_i cross_entropy(softmax(x_i W + b), y_i)
        + (l2 / 2) |W - W_base|^2 + (BIAS_PRIOR * l2 / 2) |b - b_base|^2

by full-batch Adam in numpy: a Gaussian prior centred on the shipped model, so corrections
adjust it without forgetting what it learned from the corpora (which are not shipped). The loss
is summed, not averaged, so a handful of corrections mostly moves their own features, while many
agreeing corrections can also shift the class priors. Sentiment corrections update the head of
the text's language (`de`, `en`; any other language updates both, as its scores are their
average); intent corrections update the intent head (dense inputs computed with the base model,
their weights unchanged).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from resonanz.nlp.enricher import Enricher
from resonanz.nlp.features import tokenize
from resonanz.nlp.intent import INTENT_CLASSES, dense_features, dense_matrix
from resonanz.nlp.keywords import extract_surface
from resonanz.nlp.linear import FloatArray, LinearModel, TokenTable, segment_sum, softmax
from resonanz.nlp.sentiment import HEAD_FOR_LANGUAGE, SENTIMENT_CLASSES, sentiment_probabilities
from resonanz.nlp.training import encode

__all__ = ["BIAS_PRIOR", "LabelledText", "retrain"]

BIAS_PRIOR = 50.0
"""How much more strongly the biases are held at the shipped values than feature weights."""


@dataclass(frozen=True, slots=True)
class LabelledText:
    """A corrected text: its true sentiment and/or intent ("" = not corrected)."""

    text: str
    sentiment: str = ""
    intent: str = ""
    lang: str = ""

    def __post_init__(self) -> None:
        if self.sentiment and self.sentiment not in SENTIMENT_CLASSES:
            raise ValueError(f"unknown sentiment {self.sentiment!r}")
        if self.intent and self.intent not in INTENT_CLASSES:
            raise ValueError(f"unknown intent {self.intent!r}")


@dataclass(frozen=True, slots=True)
class _Problem:
    """One head's refit: feature entries of the examples, targets and the head's columns."""

    columns: slice
    data: FloatArray
    entry_row: NDArray[np.int64]
    entry_feature: NDArray[np.int64]
    features: NDArray[np.int64]
    counts: NDArray[np.int64]
    targets: NDArray[np.int64]
    mix: FloatArray
    dense: FloatArray | None


def _fit(
    model: LinearModel,
    problem: _Problem,
    bias: FloatArray,
    dense_w: FloatArray | None,
    l2: float,
    steps: int,
    learning_rate: float,
) -> tuple[FloatArray, FloatArray, FloatArray | None]:
    """Adam on the rows of the features that occur; returns new rows, bias and dense weights
    (the latter two unchanged in this version)."""
    base = np.asarray(model.weights[problem.features, problem.columns], dtype=np.float32)
    rows = base.copy()
    b = bias.astype(np.float32).copy()
    d = None if dense_w is None else dense_w.astype(np.float32).copy()
    n, k = len(problem.targets), rows.shape[1]
    bias_l2 = BIAS_PRIOR * l2
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[np.arange(n), problem.targets] = 1.0
    # The loss is summed over examples while the prior is fixed: a handful of corrections moves
    # mostly the rows of their own features; the biases (global class priors) have a prior
    # `BIAS_PRIOR` times stronger and move only when many corrections agree.
    base_b = b.copy()
    params: list[FloatArray] = [rows, b]
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        contrib = problem.data[:, None] * rows[problem.entry_feature] * problem.mix[:, None]
        logits = segment_sum(contrib, problem.counts) + b
        if d is not None and problem.dense is not None:
            logits = logits + problem.dense @ d
        grad_logits = softmax(logits.astype(np.float32)) - onehot
        per_entry = problem.data[:, None] * problem.mix[:, None] * grad_logits[problem.entry_row]
        grad_rows = np.zeros_like(rows)
        np.add.at(grad_rows, problem.entry_feature, per_entry)
        grad_rows += l2 * (rows - base)
        grads: list[FloatArray] = [grad_rows, grad_logits.sum(axis=0) + bias_l2 * (b - base_b)]
        for param, grad, (m, v) in zip(params, grads, moments, strict=True):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            m_hat = m / (1 - beta1**step)
            v_hat = v / (1 - beta2**step)
            param -= learning_rate * m_hat / (np.sqrt(v_hat) + eps)
    return rows, b, d


def _problem(
    model: LinearModel,
    texts: Sequence[str],
    targets: Sequence[int],
    head_start: int,
    width: int,
    mix: Sequence[float],
    dense: FloatArray | None = None,
) -> _Problem:
    encoded = encode(texts, model.bits)
    counts = np.diff(encoded.indptr)
    features, entry_feature = np.unique(encoded.indices, return_inverse=True)
    entry_row = np.repeat(np.arange(len(texts)), counts)
    return _Problem(
        columns=slice(head_start, head_start + width),
        data=encoded.data,
        entry_row=entry_row,
        entry_feature=entry_feature.astype(np.int64),
        features=features,
        counts=counts,
        targets=np.asarray(targets, dtype=np.int64),
        mix=np.asarray(mix, dtype=np.float32)[entry_row],
        dense=dense,
    )


def retrain(
    base: LinearModel,
    examples: Sequence[LabelledText],
    *,
    l2: float = 0.05,
    steps: int = 150,
    learning_rate: float = 0.05,
) -> LinearModel:
    """A new model: `base` refitted with `examples`; `base` itself is left unchanged."""
    weights = np.array(base.weights, dtype=np.float32)
    heads = dict(base.heads)
    enricher = Enricher(base, "base")
    sentiment_examples = [e for e in examples if e.sentiment]
    languages = [
        e.lang or r.language
        for e, r in zip(
            sentiment_examples, enricher.enrich([e.text for e in sentiment_examples]), strict=True
        )
    ]
    for lang, head_name in HEAD_FOR_LANGUAGE.items():
        chosen = [
            (e, 1.0 if code == lang else 0.5)
            for e, code in zip(sentiment_examples, languages, strict=True)
            if code == lang or code not in HEAD_FOR_LANGUAGE
        ]
        if not chosen:
            continue
        head = heads[head_name]
        problem = _problem(
            base,
            [e.text for e, _ in chosen],
            [SENTIMENT_CLASSES.index(e.sentiment) for e, _ in chosen],
            head.start,
            len(head.classes),
            [m for _, m in chosen],
        )
        rows, bias, _ = _fit(base, problem, head.bias, None, l2, steps, learning_rate)
        weights[problem.features, problem.columns] = rows
        heads[head_name] = replace(head, bias=bias)
    intent_examples = [e for e in examples if e.intent]
    if intent_examples:
        head = heads["intent"]
        texts = [e.text for e in intent_examples]
        token_lists = [tokenize(t) for t in texts]
        scores = TokenTable(base).score([[t.norm for t in toks] for toks in token_lists])
        langs = [r.language for r in enricher.enrich(texts)]
        probs, _ = sentiment_probabilities(base, scores, langs)
        dense = dense_matrix(
            [
                dense_features(toks, extract_surface(toks), p)
                for toks, p in zip(token_lists, probs, strict=True)
            ]
        )
        problem = _problem(
            base,
            texts,
            [INTENT_CLASSES.index(e.intent) for e in intent_examples],
            head.start,
            len(head.classes),
            [1.0] * len(texts),
            dense,
        )
        rows, bias, dense_w = _fit(base, problem, head.bias, head.dense, l2, steps, learning_rate)
        weights[problem.features, problem.columns] = rows
        heads["intent"] = replace(
            head, bias=bias, dense=dense_w if dense_w is not None else head.dense
        )
    history = list(base.meta.get("retrained", []))
    history.append(
        {
            "sentiment_examples": len(sentiment_examples),
            "intent_examples": len(intent_examples),
            "l2": l2,
            "at": int(time.time()),
        }
    )
    meta = {**base.meta, "retrained": history}
    return LinearModel(base.bits, weights.astype(np.float16), heads, meta)
