"""Training data, feature matrices and the numpy refit used by `retrain`.

The first fit of the shipped model is done by `scripts/train_models.py` (scikit-learn, in a
separate environment); everything the *product* needs to refit a model with users'
corrections is here and needs only numpy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from resonanz.nlp.corpora import Example, read_tsv
from resonanz.nlp.features import doc_features, tokenize

__all__ = [
    "SENTIMENT_TRAINING",
    "SparseRows",
    "dedupe",
    "encode",
    "intent_data_dir",
    "intent_examples",
    "normalise_text",
    "own_sentiment_examples",
    "sentiment_data_dir",
    "sentiment_training_examples",
    "split_intent",
]

SENTIMENT_TRAINING: dict[str, tuple[tuple[str, float], ...]] = {
    # language -> (file under the data directory, weight); only data a shipped model may learn
    # from (see shared/data/README.md): never GermEval 2017, never "validation only" folders.
    "de": (
        ("sentiment/de_sb10k_train.tsv", 1.0),
        ("sentiment/de_umsab_train.tsv", 1.0),
        ("sentiment-extra/potts/data.tsv", 1.0),
        ("sentiment-extra/wikipedia-neutral/data.tsv", 1.0),
    ),
    "en": (("sentiment/en_semeval_2013_2016_train.tsv", 1.0),),
}


def sentiment_data_dir() -> Path:
    """Our own sentiment set (CC0), shipped in `resonanz/nlp/data/sentiment/`."""
    return Path(str(resources.files("resonanz.nlp").joinpath("data", "sentiment")))


OWN_SENTIMENT_FILES: dict[str, tuple[tuple[str, float], ...]] = {
    # language -> (file in `sentiment_data_dir()`, relative weight): short posts about products
    # and services, and (German) three genres the tweet corpora lack: news snippets, forum and
    # comment posts, posts that mention a company or service only in passing.
    "de": (("de.tsv", 1.0), ("de_news.tsv", 0.5), ("de_forum.tsv", 0.5), ("de_posts.tsv", 0.5)),
    "en": (("en.tsv", 1.0),),
}


def own_sentiment_examples(
    lang: str, exclude: Iterable[str] = ()
) -> tuple[list[Example], list[float]]:
    """Our own CC0 sentiment set of one language, de-duplicated, with relative weights."""
    files = OWN_SENTIMENT_FILES.get(lang, ())
    return _weighted_examples([(sentiment_data_dir() / n, w) for n, w in files], lang, exclude)


def _weighted_examples(
    files: Iterable[tuple[Path, float]], lang: str, exclude: Iterable[str]
) -> tuple[list[Example], list[float]]:
    """Examples of the existing files, de-duplicated across them and against `exclude` (first
    occurrence wins), each with its file's weight."""
    examples: list[Example] = []
    weights: list[float] = []
    seen = {normalise_text(t) for t in exclude}
    for path, weight in files:
        if not path.exists():
            continue
        fresh = dedupe(read_tsv(path, lang), seen)
        seen.update(normalise_text(e.text) for e in fresh)
        examples.extend(fresh)
        weights.extend([weight] * len(fresh))
    return examples, weights


def intent_data_dir() -> Path:
    """Our own intent data set (CC0), shipped in `resonanz/nlp/data/intent/`."""
    return Path(str(resources.files("resonanz.nlp").joinpath("data", "intent")))


_KEY_DROP = re.compile(r"(?:https?://|www\.)\S+|@\w+|[^\w\s]|_")


def normalise_text(text: str) -> str:
    """Key for de-duplication: lower-cased; links, @mentions and punctuation removed.

    The same normalisation the data README uses to remove benchmark test items; it also
    catches UMSAB tweets (user names replaced by `@user`) inside SB10k.
    """
    return " ".join(_KEY_DROP.sub(" ", text.lower()).split())


def dedupe(examples: Iterable[Example], exclude: Iterable[str] = ()) -> list[Example]:
    """Drop repeated texts (first one wins) and texts whose key is in `exclude`."""
    seen = {normalise_text(t) for t in exclude}
    out: list[Example] = []
    for example in examples:
        key = normalise_text(example.text)
        if key in seen:
            continue
        seen.add(key)
        out.append(example)
    return out


def sentiment_training_examples(
    data_dir: Path, lang: str, exclude: Iterable[str] = ()
) -> tuple[list[Example], list[float]]:
    """De-duplicated training examples of one language and their sample weights."""
    files = [(data_dir / relative, weight) for relative, weight in SENTIMENT_TRAINING[lang]]
    return _weighted_examples(files, lang, exclude)


def intent_examples(root: Path) -> list[Example]:
    """Our intent examples (`de.tsv`, `en.tsv`, … with columns text, label)."""
    out: list[Example] = []
    for path in sorted(root.glob("*.tsv")):
        out.extend(read_tsv(path, path.stem))
    return dedupe(out)


@dataclass(frozen=True, slots=True)
class SparseRows:
    """A CSR matrix as three numpy arrays (what scipy calls data, indices, indptr)."""

    data: NDArray[np.float32]
    indices: NDArray[np.int64]
    indptr: NDArray[np.int64]
    n_features: int

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1


def encode(texts: Sequence[str], bits: int) -> SparseRows:
    """Hashed, length-scaled features of texts, exactly as the enricher computes them.

    Repeated feature ids are kept as repeated entries (a CSR consumer sums them).
    """
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for text in texts:
        ids = doc_features([t.norm for t in tokenize(text)], bits)
        scale = 1.0 / float(np.sqrt(max(len(ids), 1)))
        indices.extend(ids)
        data.extend([scale] * len(ids))
        indptr.append(len(indices))
    return SparseRows(
        np.asarray(data, dtype=np.float32),
        np.asarray(indices, dtype=np.int64),
        np.asarray(indptr, dtype=np.int64),
        1 << bits,
    )


def split_intent(examples: Sequence[Example]) -> tuple[list[Example], list[Example]]:
    """Fixed train/validation split of the intent set: every 4th example of a class and
    language is validation (the German and English files list their classes in parallel order,
    so a sentence and its translation mostly land on the same side)."""
    train: list[Example] = []
    val: list[Example] = []
    position: dict[tuple[str, str], int] = {}
    for example in examples:
        key = (example.lang, example.label)
        index = position.get(key, 0)
        position[key] = index + 1
        (val if index % 4 == 3 else train).append(example)
    return train, val
