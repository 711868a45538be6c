"""Readers for the labelled corpora under `shared/data/` (training and validation only).

Nothing here is used by the enrichment itself: the product never reads these files at run time.
`resonanz nlp evaluate`, `resonanz nlp retrain` and `scripts/train_models.py` use them.
"""

from __future__ import annotations

import csv
import html
import xml.etree.ElementTree as ET  # trusted local corpus files only
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Example",
    "read_germeval2017",
    "read_tsv",
]


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text; `lang` is the language the corpus is in ("" when mixed)."""

    text: str
    label: str
    lang: str = ""


def read_tsv(path: Path, lang: str = "", label_column: str = "label") -> list[Example]:
    """Read a `text<TAB>label` file written by Python's csv module (quoted where needed)."""
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        return [
            Example(row["text"], row[label_column], lang)
            for row in reader
            if row.get("text") and row.get(label_column)
        ]


def _iter_germeval(path: Path) -> Iterator[Example]:
    tree = ET.parse(path)  # noqa: S314 - a local benchmark file we ship nowhere, not user input
    for doc in tree.getroot().iter("Document"):
        text = doc.findtext("text") or ""
        label = (doc.findtext("sentiment") or "").strip()
        if text and label:
            yield Example(html.unescape(text), label, "de")


def read_germeval2017(path: Path) -> list[Example]:
    """Documents of a GermEval 2017 XML split with their document-level sentiment."""
    return list(_iter_germeval(path))
