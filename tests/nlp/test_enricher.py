"""The shipped enrichment end to end: types, values, explanations, speed."""

from __future__ import annotations

import json
import time

from resonanz.model import Enrichment, Intent, Sentiment
from resonanz.nlp import load_enricher


def test_enrich_returns_one_valid_enrichment_per_text(enricher):
    texts = [
        "Vielen Dank für die schnelle Hilfe, super Service! 😊",
        "Seit drei Wochen keine Lieferung und niemand antwortet. Unverschämt!",
        "Wann habt ihr am Samstag geöffnet?",
        "",
        "ok",
    ]
    results = enricher.enrich(texts)
    assert len(results) == len(texts)
    for result in results:
        assert isinstance(result, Enrichment)
        assert isinstance(result.sentiment, Sentiment)
        assert isinstance(result.intent, Intent)
        assert 0.0 <= result.sentiment_score <= 1.0
        assert 0.0 <= result.intent_score <= 1.0
        assert result.model_version == enricher.version
        json.dumps(result.explanation)
    praise, complaint, question, empty, short = results
    assert praise.language == "de"
    assert praise.sentiment is Sentiment.POSITIVE
    assert complaint.sentiment is Sentiment.NEGATIVE
    assert question.intent is Intent.QUESTION
    assert empty.language == "unknown"
    assert short.language == "unknown"


def test_english_sentiment_and_intent(enricher):
    good, bad, spam = enricher.enrich(
        [
            "Great service, thank you so much, the team was amazing!",
            "Worst customer service ever. Three weeks and still no refund.",
            "🔥 70% OFF everything!!! Click here 👉 bit.ly/deal #sale #deal #free",
        ]
    )
    assert good.language == bad.language == "en"
    assert good.sentiment is Sentiment.POSITIVE
    assert bad.sentiment is Sentiment.NEGATIVE
    assert spam.intent is Intent.SPAM


def test_explanation_names_the_driving_words(enricher):
    [result] = enricher.enrich(["Die Verspätung heute war eine Katastrophe @DB_Bahn #bahn"])
    explanation = result.explanation
    words = [word for word, _ in explanation["sentiment"]]
    assert "Katastrophe" in words
    assert explanation["mentions"] == ["@DB_Bahn"]
    assert explanation["hashtags"] == ["#bahn"]
    assert explanation["sentiment_model"] == "sentiment_de"
    assert explanation["best_effort"] is False
    assert {"intent", "intent_features", "links", "emoji", "entities"} <= set(explanation)


def test_other_languages_are_best_effort(enricher):
    [result] = enricher.enrich(["Je suis très content de ce produit, merci beaucoup à vous !"])
    assert result.language == "fr"
    assert result.explanation["best_effort"] is True


def test_batches_give_the_same_result_as_single_texts(enricher):
    texts = [
        f"Text Nummer {i}: das Paket kam {'pünktlich' if i % 2 else 'zu spät'}" for i in range(7)
    ]
    together = enricher.enrich(texts)
    alone = [enricher.enrich([t])[0] for t in texts]
    assert [(r.sentiment, r.intent, r.language) for r in together] == [
        (r.sentiment, r.intent, r.language) for r in alone
    ]
    for a, b in zip(together, alone, strict=True):
        assert abs(a.sentiment_score - b.sentiment_score) < 1e-3


def test_language_hint_is_used_only_when_undecided(enricher):
    [hinted] = enricher.enrich(["Zugausfall Stellwerk Hbf"], ["de"])
    assert hinted.language == "de"
    [ignored] = enricher.enrich(["The train is late again and nobody tells us why"], ["de"])
    assert ignored.language == "en"


def test_throughput_and_load_time():
    started = time.perf_counter()
    fresh = load_enricher()
    load_seconds = time.perf_counter() - started
    texts = [
        f"Post {i}: Der Service von Firma {i % 50} war {'super' if i % 3 else 'mies'} #tag{i % 7}"
        for i in range(2000)
    ]
    # CPU time, not wall time: the test machine may be shared with other builds.
    started = time.process_time()
    fresh.enrich(texts)
    rate = len(texts) / (time.process_time() - started)
    assert load_seconds < 3.0
    assert rate > 1000, f"{rate:.0f} posts per CPU second"
