"""Surface features: hashtags, mentions, links, emoji, keywords, entities."""

from __future__ import annotations

from resonanz.nlp.features import tokenize
from resonanz.nlp.keywords import extract_surface


def test_surface_features():
    surface = extract_surface(
        tokenize(
            "@Hofmann_Moebel Lieferung kaputt 😡😡 #Kundenservice #fail "
            "https://example.com/foto Lieferung Tisch?"
        )
    )
    assert surface.mentions == ("@Hofmann_Moebel",)
    assert surface.hashtags == ("#Kundenservice", "#fail")
    assert surface.links == ("https://example.com/foto",)
    assert surface.emoji == ("😡", "😡")
    assert surface.question
    assert surface.keywords[:3] == ("kundenservice", "fail", "lieferung")


def test_entities_from_gazetteer_titles_and_legal_forms():
    surface = extract_surface(
        tokenize(
            "Frau Weber von der Müller GmbH fährt mit der Deutschen Bahn, nicht mit Lufthansa."
        )
    )
    entities = dict(surface.entities)
    assert entities["Weber"] == "PERSON"
    assert entities["Müller GmbH"] == "ORG"
    assert entities["Lufthansa"] == "ORG"


def test_stopwords_are_not_keywords():
    surface = extract_surface(tokenize("Das ist der die das und the and of"))
    assert surface.keywords == ()
