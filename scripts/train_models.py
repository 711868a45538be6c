"""Build the shipped enrichment model `src/resonanz/nlp/models/enrichment.npz`.

Run from the repository root (scikit-learn is a training-time dependency only):

    uv run --with scikit-learn python scripts/train_models.py [--data ../shared/data]

It learns only from data a shipped model may learn from (see `SENTIMENT_TRAINING` in
`resonanz/nlp/training.py` and shared/data/README.md), tunes the temperature of each sentiment
head on its validation split, trains the intent head on our own set's training split, and
prints the validation figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from resonanz.nlp.corpora import Example
from resonanz.nlp.enricher import MODEL_FILE, Enricher, model_version
from resonanz.nlp.evaluation import evaluate, sentiment_validation_sets
from resonanz.nlp.features import tokenize
from resonanz.nlp.intent import DENSE_NAMES, INTENT_CLASSES, dense_features, dense_matrix
from resonanz.nlp.keywords import extract_surface
from resonanz.nlp.linear import Head, LinearModel, TokenTable, head_from_arrays, softmax
from resonanz.nlp.sentiment import SENTIMENT_CLASSES, sentiment_probabilities
from resonanz.nlp.training import (
    SENTIMENT_TRAINING,
    encode,
    intent_data_dir,
    intent_examples,
    own_sentiment_examples,
    sentiment_training_examples,
    split_intent,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "resonanz" / "nlp" / "models" / MODEL_FILE


def log(*args: object) -> None:
    print(*args, file=sys.stderr, flush=True)


def matrix(texts: list[str], bits: int) -> sp.csr_matrix:
    rows = encode(texts, bits)
    m = sp.csr_matrix((rows.data, rows.indices, rows.indptr), shape=(rows.n_rows, 1 << bits))
    m.sum_duplicates()
    return m


INTENT_C = 20.0
DENSE_SCALE = 0.3
"""Dense intent inputs are scaled down while fitting (stronger L2 on their weights): chosen by
4-fold cross-validation on the training split, grouped so a sentence and its translation stay in
one fold (0.1: 0.673, 0.3: 0.737, 1.0: 0.716 accuracy)."""
EN_IN_DE = 0.2
"""Weight of the English tweets in the German sentiment head."""
OWN_SENTIMENT = {"complaint": "negative", "praise": "positive"}
OWN_WEIGHT = 2.0
OWN_SET_WEIGHT = 8.0
"""Weight of our own sentiment set (`resonanz/nlp/data/sentiment/`, CC0): customer-service posts
of many kinds of companies (see docs/models.md for the measured trade-off)."""
CLASS_WEIGHT = {"de": "balanced", "en": "balanced"}
"""Balanced classes: +3 points UMSAB macro-F1, +2 points TweetEval macro-recall, at a cost on
GermEval (neutral-heavy): measured, see docs/models.md."""


def fit_svc(
    x: sp.csr_matrix, y: np.ndarray, c: float, weights: np.ndarray, class_weight: str | None
) -> tuple:
    clf = LinearSVC(C=c, class_weight=class_weight)
    clf.fit(x, y, sample_weight=weights)
    return clf.coef_.T.astype(np.float32), clf.intercept_.astype(np.float32)


def calibrate(logits: np.ndarray, gold: np.ndarray) -> float:
    """Temperature (1/T multiplier) minimising the validation log-loss."""
    best, best_loss = 1.0, np.inf
    for factor in np.geomspace(0.5, 20, 60):
        p = softmax((logits * factor).astype(np.float32))
        loss = -np.mean(np.log(p[np.arange(len(gold)), gold] + 1e-9))
        if loss < best_loss:
            best, best_loss = float(factor), loss
    return best


def train_sentiment_and_language(
    args: argparse.Namespace, intent_train: list[Example]
) -> tuple[list[np.ndarray], dict[str, Head], int]:
    """Sentiment heads (de, en) and the de/en language head: their columns and heads."""
    bits = args.bits
    validation = sentiment_validation_sets(args.data)
    val_texts = [e.text for examples in validation.values() for e in examples]
    sentiment_val = {"de": validation["umsab_de_val"], "en": validation["tweeteval_val"]}

    sets: dict[str, tuple[list[Example], list[float], sp.csr_matrix]] = {}
    for lang in ("de", "en"):
        examples, weights = sentiment_training_examples(args.data, lang, val_texts)
        # Our own customer-service sentences (intent training split only): complaints are
        # negative, praise is positive — a little in-domain data for brand monitoring.
        own = [
            Example(e.text, OWN_SENTIMENT[e.label], lang)
            for e in intent_train
            if e.lang == lang and e.label in OWN_SENTIMENT
        ]
        examples = examples + own
        weights = weights + [OWN_WEIGHT] * len(own)
        # Our own sentiment set (CC0): short posts about products and services.
        own_set, own_weights = own_sentiment_examples(lang, val_texts)
        examples = examples + own_set
        weights = weights + [args.own_set_weight * w for w in own_weights]
        log(f"sentiment {lang}: {len(examples)} training examples")
        sets[lang] = (examples, weights, matrix([e.text for e in examples], bits))

    columns: list[np.ndarray] = []
    heads: dict[str, Head] = {}
    start = 0
    for lang, c in (("de", args.c_de), ("en", args.c_en)):
        examples, weights, x = sets[lang]
        y = np.array([SENTIMENT_CLASSES.index(e.label) for e in examples])
        sample_weight = np.asarray(weights)
        if lang == "de":
            # English tweets at a low weight: emoji, emoticons, hashtags and loan words carry
            # over (UMSAB +0.3 to +2.8 points, GermEval +1.3, see docs/models.md).
            en_examples, en_weights, en_x = sets["en"]
            x = sp.vstack([x, en_x]).tocsr()
            y = np.concatenate([y, [SENTIMENT_CLASSES.index(e.label) for e in en_examples]])
            sample_weight = np.concatenate([sample_weight, np.asarray(en_weights) * EN_IN_DE])
        w, b = fit_svc(x, y, c, sample_weight, CLASS_WEIGHT[lang])
        if lang == "de":
            b = b + np.array([0.0, args.neutral_offset_de, 0.0], dtype=np.float32)
        val = sentiment_val[lang]
        xv = matrix([e.text for e in val], bits)
        yv = np.array([SENTIMENT_CLASSES.index(e.label) for e in val])
        factor = calibrate(np.asarray(xv @ w + b), yv)
        log(f"sentiment {lang}: temperature factor {factor:.2f}")
        columns.append(w * factor)
        heads[f"sentiment_{lang}"] = head_from_arrays(
            f"sentiment_{lang}", SENTIMENT_CLASSES, start, b * factor
        )
        start += 3

    # Language head (de vs en), on the same corpora.
    x_de, x_en = sets["de"][2], sets["en"][2]
    x_en = x_en[: 2 * x_de.shape[0]]
    x = sp.vstack([x_de, x_en]).tocsr()
    y = np.array([0] * x_de.shape[0] + [1] * x_en.shape[0])
    clf = LogisticRegression(C=10.0, max_iter=300)
    clf.fit(x, y)
    coef = clf.coef_[0].astype(np.float32)
    columns.append(np.stack([-coef / 2, coef / 2], axis=1))
    bias = float(clf.intercept_[0])
    heads["lang"] = head_from_arrays("lang", ("de", "en"), start, [-bias / 2, bias / 2])
    start += 2
    log("language head trained")
    return columns, heads, start


def fit_intent(
    columns: list[np.ndarray], heads: dict[str, Head], start: int, bits: int, train: list[Example]
) -> tuple[np.ndarray, dict[str, Head]]:
    """Train the intent head on top of the sentiment heads (its dense inputs use them)."""
    intent_cols = len(INTENT_CLASSES)
    placeholder = np.zeros((1 << bits, intent_cols), dtype=np.float32)
    weights_all = np.concatenate([*columns, placeholder], axis=1)
    heads = dict(heads)
    heads["intent"] = head_from_arrays("intent", INTENT_CLASSES, start, np.zeros(intent_cols))
    model = LinearModel(bits, weights_all, heads, {"name": "resonanz-nlp-1"})

    def intent_inputs(examples: list[Example]) -> sp.csr_matrix:
        table = TokenTable(model)
        token_lists = [tokenize(e.text) for e in examples]
        scores = table.score([[t.norm for t in toks] for toks in token_lists])
        probs, _ = sentiment_probabilities(model, scores, [e.lang for e in examples])
        dense = dense_matrix(
            [
                dense_features(toks, extract_surface(toks), p)
                for toks, p in zip(token_lists, probs, strict=True)
            ]
        )
        hashed = matrix([e.text for e in examples], bits)
        return sp.hstack([hashed, sp.csr_matrix(dense * DENSE_SCALE)]).tocsr()

    xi = intent_inputs(train)
    used = np.unique(xi.indices)  # fit on the columns that occur: 100x faster, same solution
    yi = np.array([INTENT_CLASSES.index(e.label) for e in train])
    clf = LogisticRegression(C=INTENT_C, max_iter=3000, class_weight="balanced")
    clf.fit(xi[:, used], yi)
    coef = np.zeros((xi.shape[1], intent_cols), dtype=np.float32)
    coef[used] = clf.coef_.T
    weights_all[:, start:] = coef[: 1 << bits]
    heads["intent"] = head_from_arrays(
        "intent",
        INTENT_CLASSES,
        start,
        clf.intercept_.astype(np.float32),
        DENSE_NAMES,
        coef[1 << bits :] * DENSE_SCALE,
    )
    return weights_all, heads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--bits", type=int, default=20)
    parser.add_argument("--c-de", type=float, default=1.0)
    parser.add_argument("--c-en", type=float, default=1.0)
    parser.add_argument(
        "--neutral-offset-de",
        type=float,
        default=0.15,
        help="added to the German neutral score (trade-off GermEval vs UMSAB, see docs)",
    )
    parser.add_argument(
        "--own-set-weight",
        type=float,
        default=OWN_SET_WEIGHT,
        help="sample weight of our own sentiment set (resonanz/nlp/data/sentiment), times each "
        "file's relative weight (OWN_SENTIMENT_FILES)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--intent-only",
        action="store_true",
        help="keep the sentiment and language heads of --out, refit only the intent head",
    )
    args = parser.parse_args()
    bits = args.bits
    started = time.time()

    intent_train, intent_val = split_intent(intent_examples(intent_data_dir()))
    if args.intent_only:
        base = LinearModel.from_bytes(args.out.read_bytes())
        start = base.heads["intent"].start
        columns = [np.asarray(base.weights[:, :start], dtype=np.float32)]
        heads = {k: h for k, h in base.heads.items() if k != "intent"}
        log(f"refitting only the intent head of {args.out}")
    else:
        columns, heads, start = train_sentiment_and_language(args, intent_train)
    log(f"intent: {len(intent_train)} training / {len(intent_val)} validation examples")
    weights_all, heads = fit_intent(columns, heads, start, bits, intent_train)
    meta = {
        "name": "resonanz-nlp-1",
        "trained_by": "scripts/train_models.py",
        "sentiment_data": {k: [p for p, _ in v] for k, v in SENTIMENT_TRAINING.items()},
        "intent_data": "resonanz/nlp/data/intent (CC0, our own)",
        "neutral_offset_de": args.neutral_offset_de,
        "own_sentiment_data": "resonanz/nlp/data/sentiment (CC0, our own)",
        "own_set_weight": args.own_set_weight,
    }
    if args.intent_only:
        meta = {**base.meta, "intent_data": meta["intent_data"]}
    model = LinearModel(bits, weights_all, heads, meta)
    data = model.to_bytes(compresslevel=9)
    partial = args.out.with_suffix(".tmp")
    partial.write_bytes(data)
    partial.replace(args.out)
    log(f"wrote {args.out} ({len(data) / 1e6:.1f} MB) in {time.time() - started:.0f} s")

    loaded = LinearModel.from_bytes(data)
    enricher = Enricher(loaded, model_version(loaded, data))
    for line in evaluate(enricher, args.data).lines():
        log(line)


if __name__ == "__main__":
    main()
