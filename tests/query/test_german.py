"""German (and some English) examples: umlauts, ß, compounds, hyphens, inflection via wildcards.

Each row: query, post text, whether the monitor should match, and — for matches — the text the
first span should cover.
"""

from __future__ import annotations

import pytest

from resonanz.model import Monitor
from resonanz.query import MonitorMatcher
from tests.query.posts import make_post

TABLE = [
    # umlauts and ß: written with or without, any case
    ("Zürich", "Wir fahren nach Zuerich", True, "Zuerich"),
    ("Zuerich", "Wir fahren nach ZÜRICH", True, "ZÜRICH"),
    ("Zürich", "Wir fahren nach Zurich", False, None),
    ("Straße", "Die Strasse ist gesperrt", True, "Strasse"),
    ("Strasse", "Die STRASSE ist gesperrt", True, "STRASSE"),
    ("Strasse", "Die Straße ist gesperrt", True, "Straße"),
    ("Grüße", "Viele Gruesse aus Köln", True, "Gruesse"),
    ("Köln", "Koeln Hbf", True, "Koeln"),
    ("Müller", "Herr Mueller antwortet nicht", True, "Mueller"),
    ("Müller", "Herr Muller antwortet nicht", False, None),
    ("Zürich", "Zu\u0308rich (decomposed ü)", True, "Zu\u0308rich"),
    ("Verspätung", "VERSPÄTUNG!!!", True, "VERSPÄTUNG"),
    ("Café", "Im Cafe am Markt", True, "Cafe"),
    ("cafe", "Im Café am Markt", True, "Café"),
    ("Señor", "senor", True, "senor"),
    ("Øresund", "Oeresund-Brücke", True, "Oeresund"),
    # compounds: together, hyphenated, apart
    ("Kundenservice~", "Der Kundenservice antwortet", True, "Kundenservice"),
    ("Kundenservice~", "Der Kunden-Service antwortet", True, "Kunden-Service"),
    ("Kundenservice~", "Der Kunden Service antwortet", True, "Kunden Service"),
    ("Kundenservice~", "Der Kunden–Service antwortet", True, "Kunden–Service"),
    ("Kunden-Service~", "Der KUNDENSERVICE antwortet", True, "KUNDENSERVICE"),
    ('"Kunden Service"~', "Der Kundenservice antwortet", True, "Kundenservice"),
    ("Kundenservice~", "Kunden, Service und mehr", False, None),
    ("Kundenservice~", "Kundenservicecenter", False, None),
    ("E-Mail~", "Schick mir eine Email", True, "Email"),
    ("E-Mail~", "Schick mir eine E Mail", True, "E Mail"),
    ("Deutschlandticket~", "Das Deutschland-Ticket kostet mehr", True, "Deutschland-Ticket"),
    ("Deutschlandticket~", "Das Deutschland Ticket kostet mehr", True, "Deutschland Ticket"),
    # hyphens: a hyphenated term is a phrase of its parts
    ("Kunden-Service", "Der Kunden-Service antwortet", True, "Kunden-Service"),
    ("Kunden-Service", "Der Kunden Service antwortet", True, "Kunden Service"),
    ("Kunden-Service", "Der Kunden‑Service (no-break hyphen)", True, "Kunden‑Service"),
    ("Kunden-Service", "Der Kundenservice antwortet", False, None),
    ("S-Bahn", "Die S-Bahn fällt aus", True, "S-Bahn"),
    ("S-Bahn", "Die Bahn fällt aus", False, None),
    # inflection: whole words only, wildcards for endings
    ("Bahn", "Die Bahnen sind voll", False, None),
    ("Bahn*", "Die Bahnen sind voll", True, "Bahnen"),
    ("verspät*", "Der Zug ist verspätet", True, "verspätet"),
    ("verspät*", "Die Verspaetungen nerven", True, "Verspaetungen"),
    ("Zug OR Züge", "Alle Zuege fallen aus", True, "Zuege"),
    ("Verspätung~1", "Schon wieder Verspätng", True, "Verspätng"),
    ("Verspätung~2", "Schon wieder Verspätungen", True, "Verspätungen"),
    ("Telekom~1", "Die Telecom nervt", True, "Telecom"),
    ("Telekom~1", "Die Telefon nervt", False, None),
    ("Sta?", "Der Stau ist lang", True, "Stau"),
    ("*bahn", "Die Autobahn ist dicht", True, "Autobahn"),
    # boolean logic with German operators
    ("Bahn UND Streik", "Streik bei der Bahn", True, "Streik"),
    ("Bahn ODER Zug", "Der Zug kommt", True, "Zug"),
    ("Bahn NICHT Streik", "Streik bei der Bahn", False, None),
    ("Bahn -Stellenangebot", "Stellenangebot: Lokführer bei der Bahn", False, None),
    # proximity
    ("Bahn NEAR/2 Streik", "Die Bahn will ab morgen Streik", False, None),
    ("Bahn NEAR/3 Streik", "Die Bahn will ab morgen Streik", True, "Bahn"),
    ("Streik NEAR/3f Bahn", "Die Bahn will ab morgen Streik", False, None),
    ('"Bahn Streik"~3', "Streik, sagt die Bahn", True, "Streik"),
    ('"Deutsche Bahn"', "Deutsche Telekom und Bahn", False, None),
    # URLs are not words; emoji are
    ("bahn", "Mehr unter https://www.bahn.de/angebot", False, None),
    ("site:bahn.de", "Mehr unter https://www.bahn.de/angebot", True, "https://www.bahn.de/angebot"),
    ("url:angebot", "Mehr unter https://www.bahn.de/angebot.", True, "https://www.bahn.de/angebot"),
    ("🚆 Verspätung", "🚆 schon wieder Verspätung", True, "🚆"),
    ("😡", "Danke 😡😡", True, "😡"),
    ("👍", "Top 👍🏽", True, "👍🏽"),
    # exact matching
    ('raw:"DB"', "Die DB fährt", True, "DB"),
    ('raw:"DB"', "Die db fährt", False, None),
    ('raw:"DB"', "Die DBA", False, None),
    ('raw:"C++"', "Wir suchen C++ Entwickler", True, "C++"),
    ('raw:"Zürich"', "Zuerich", False, None),
    # English
    ("delay*", "Delayed again!", True, "Delayed"),
    ('"customer service"~1', "service for every customer", False, None),
    ('"customer service"~2', "service for every customer", True, "service"),
]


@pytest.mark.parametrize(("query", "text", "expected", "first_span"), TABLE)
def test_german_examples(query: str, text: str, expected: bool, first_span: str | None):
    matcher = MonitorMatcher([Monitor("m", query, id=1)])
    result = matcher.match(make_post(text))
    assert bool(result) is expected
    if expected:
        [(_, spans)] = result
        first = spans[0]
        assert text[first.start : first.end] == first_span
