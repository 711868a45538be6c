"""Standard metrics on the validation data: `resonanz nlp evaluate` and the training script.

| benchmark | split | metric |
|---|---|---|
| GermEval 2017 subtask B | dev | micro-F1 (= accuracy) |
| UMSAB German | val | macro-F1 |
| TweetEval sentiment | val | macro-averaged recall |
| language id | German and English validation texts; our multilingual sample | accuracy |
| intent | our validation split | per-class precision / recall / F1 |
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from resonanz.nlp.corpora import Example, read_germeval2017, read_tsv
from resonanz.nlp.enricher import Enricher
from resonanz.nlp.intent import INTENT_CLASSES
from resonanz.nlp.training import intent_data_dir, intent_examples, split_intent

__all__ = [
    "ClassReport",
    "Report",
    "accuracy",
    "evaluate",
    "macro_f1",
    "macro_recall",
    "per_class",
    "sentiment_validation_sets",
]


@dataclass(frozen=True, slots=True)
class ClassReport:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


def per_class(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> list[ClassReport]:
    """Precision, recall and F1 of each label."""
    out = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        predicted = sum(1 for p in pred if p == label)
        support = sum(1 for g in gold if g == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.append(ClassReport(label, precision, recall, f1, support))
    return out


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Share of equal labels (= micro-F1 for single-label tasks)."""
    return sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / max(len(gold), 1)


def macro_f1(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    reports = per_class(gold, pred, labels)
    return sum(r.f1 for r in reports) / len(reports)


def macro_recall(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    reports = per_class(gold, pred, labels)
    return sum(r.recall for r in reports) / len(reports)


SENTIMENT_LABELS = ("negative", "neutral", "positive")


def language_sample() -> list[Example]:
    """Our own short multilingual language-id sample (15 languages + "unknown")."""
    path = resources.files("resonanz.nlp").joinpath("data", "langid", "sample.tsv")
    return read_tsv(Path(str(path)))


def sentiment_validation_sets(data_dir: Path) -> dict[str, list[Example]]:
    """The sentiment validation sets found under `data_dir` (missing files are skipped)."""
    found: dict[str, list[Example]] = {}
    germeval = data_dir / "sentiment" / "de_germeval2017_dev.xml"
    if germeval.exists():
        found["germeval2017_dev"] = read_germeval2017(germeval)
    umsab = data_dir / "sentiment" / "de_umsab_val.tsv"
    if umsab.exists():
        found["umsab_de_val"] = read_tsv(umsab, "de")
    tweeteval = data_dir / "sentiment" / "en_tweeteval_val.tsv"
    if tweeteval.exists():
        found["tweeteval_val"] = read_tsv(tweeteval, "en")
    return found


METRICS: dict[str, tuple[str, Callable[[Sequence[str], Sequence[str]], float]]] = {
    "germeval2017_dev": ("micro-F1", accuracy),
    "umsab_de_val": ("macro-F1", lambda g, p: macro_f1(g, p, SENTIMENT_LABELS)),
    "tweeteval_val": ("macro-recall", lambda g, p: macro_recall(g, p, SENTIMENT_LABELS)),
}


@dataclass(slots=True)
class Report:
    """Everything `evaluate` measured, ready to print."""

    sentiment: dict[str, tuple[str, float, int]] = field(default_factory=dict)
    language: dict[str, tuple[float, int]] = field(default_factory=dict)
    intent: list[ClassReport] = field(default_factory=list)
    intent_accuracy: float = 0.0

    def lines(self) -> list[str]:
        out = []
        for name, (metric, value, n) in self.sentiment.items():
            out.append(f"sentiment  {name:<18} {metric:<13} {value:.4f}  (n={n})")
        for name, (value, n) in self.language.items():
            out.append(f"language   {name:<18} {'accuracy':<13} {value:.4f}  (n={n})")
        if self.intent:
            support = sum(r.support for r in self.intent)
            out.append(
                f"intent     {'validation split':<18} {'accuracy':<13} "
                f"{self.intent_accuracy:.4f}  (n={support})"
            )
            out.append(f"intent     {'class':<18} precision recall  f1      support")
            for r in self.intent:
                out.append(
                    f"intent     {r.label:<18} {r.precision:.4f}    {r.recall:.4f}  "
                    f"{r.f1:.4f}  {r.support}"
                )
        return out


def evaluate(enricher: Enricher, data_dir: Path, intent_dir: Path | None = None) -> Report:
    """Measure `enricher` on every validation set found (intent: our shipped set's split)."""
    report = Report()
    intent_dir = intent_dir or intent_data_dir()
    language_gold: dict[str, list[tuple[str, str]]] = {}
    for name, examples in sentiment_validation_sets(data_dir).items():
        results = enricher.enrich([e.text for e in examples], [e.lang for e in examples])
        gold = [e.label for e in examples]
        pred = [r.sentiment.value for r in results]
        metric, fn = METRICS[name]
        report.sentiment[name] = (metric, fn(gold, pred), len(gold))
        language_gold.setdefault(examples[0].lang if examples else "", []).extend(
            (e.lang, r.language) for e, r in zip(examples, results, strict=True)
        )
    for lang, pairs in language_gold.items():
        if lang:
            gold_l = [g for g, _ in pairs]
            report.language[f"{lang} (sentiment val)"] = (
                accuracy(gold_l, [p for _, p in pairs]),
                len(pairs),
            )
    sample = language_sample()
    if sample:
        results = enricher.enrich([e.text for e in sample])
        gold = [e.label for e in sample]
        report.language["multilingual sample"] = (
            accuracy(gold, [r.language for r in results]),
            len(gold),
        )
    if intent_dir is not None and intent_dir.exists():
        _train, val = split_intent(intent_examples(intent_dir))
        if val:
            results = enricher.enrich([e.text for e in val])
            gold = [e.label for e in val]
            pred = [r.intent.value for r in results]
            report.intent = per_class(gold, pred, INTENT_CLASSES)
            report.intent_accuracy = accuracy(gold, pred)
    return report
