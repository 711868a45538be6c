"""Fixtures of the NLP tests: the shipped model, loaded once per session."""

from __future__ import annotations

import pytest

from resonanz.nlp import Enricher, load_enricher


@pytest.fixture(scope="session")
def enricher() -> Enricher:
    return load_enricher()
