"""The compiled matcher: what matches, which spans, languages, noise and exclusions."""

from __future__ import annotations

import pytest

from resonanz.errors import QueryError
from resonanz.model import Monitor, Span
from resonanz.query import MonitorMatcher, highlight
from tests.query.posts import make_post

BAHN = '("Deutsche Bahn" OR DB) AND (Verspätung OR verspätet) NOT author:db_bahn'


def matched(query: str, text: str, **post_fields: object) -> bool:
    matcher = MonitorMatcher([Monitor("m", query, id=1)])
    return bool(matcher.match(make_post(text, **post_fields)))  # type: ignore[arg-type]


def spans_of(query: str, text: str) -> list[str]:
    matcher = MonitorMatcher([Monitor("m", query, id=1)])
    [(_, spans)] = matcher.match(make_post(text))
    return [text[s.start : s.end] for s in spans]


def test_issue_example_matches_and_excludes_the_brand_itself():
    assert matched(BAHN, "Die Deutsche Bahn hat mal wieder Verspätung")
    assert matched(BAHN, "DB verspätet, wie immer")
    assert not matched(BAHN, "Die Deutsche Bahn ist pünktlich")
    assert not matched(BAHN, "Deutsche Bahn: Verspätung", handle="DB_Bahn")


def test_spans_point_into_the_original_text():
    text = "Die DEUTSCHE   Bahn hat Verspätung – schon wieder"
    assert spans_of(BAHN, text) == ["DEUTSCHE   Bahn", "Verspätung"]


def test_spans_after_umlauts_and_sharp_s_are_mapped_back():
    text = "Große Überraschung: Zürich hat Verspätung"
    assert spans_of("Verspätung", text) == ["Verspätung"]
    assert spans_of("zuerich", text) == ["Zürich"]


def test_implicit_and_or_and_parentheses():
    assert matched("a b", "b und a")
    assert not matched("a b", "nur a")
    assert matched("x OR (a b)", "b a")
    assert not matched("(x OR a) b", "nur a")


def test_not_and_minus():
    assert matched("bahn -streik", "die bahn fährt")
    assert not matched("bahn -streik", "bahn streik")
    assert not matched("bahn NOT (streik OR ausfall)", "Ausfall bei der Bahn")


def test_terms_are_whole_words():
    assert not matched("Bahn", "Bahnhof")
    assert matched("Bahn*", "Bahnhof")


def test_languages_of_the_monitor_are_honoured():
    matcher = MonitorMatcher([Monitor("m", "Bahn", languages=("de",), id=7)])
    assert matcher.match(make_post("Bahn", language="de"))
    assert matcher.match(make_post("Bahn", language="de-AT"))
    assert not matcher.match(make_post("Bahn", language="en"))
    assert not matcher.match(make_post("Bahn", language="unknown"))


def test_language_hint_is_used_before_enrichment():
    matcher = MonitorMatcher([Monitor("m", "Bahn", languages=("de",), id=7)])
    assert matcher.match(make_post("Bahn", language="unknown", language_hint="de"))


def test_results_carry_monitor_ids_in_monitor_order():
    monitors = [
        Monitor("b", "Bahn", id=20),
        Monitor("a", "Zug", id=10),
        Monitor("off", "Bahn", id=30, active=False),
    ]
    result = MonitorMatcher(monitors).match(make_post("Bahn und Zug"))
    assert [monitor_id for monitor_id, _ in result] == [20, 10]


def test_noise_list_silences_every_monitor():
    matcher = MonitorMatcher([Monitor("m", "Bahn", id=1)], noise="Stellenangebot OR Gewinnspiel")
    assert matcher.match(make_post("Bahn fährt"))
    assert not matcher.match(make_post("Stellenangebot bei der Bahn"))


def test_exclusions_per_monitor():
    monitors = [Monitor("a", "Bahn", id=1), Monitor("b", "Bahn", id=2)]
    matcher = MonitorMatcher(monitors, exclusions={1: "Job* OR Karriere"})
    assert [i for i, _ in matcher.match(make_post("Jobs bei der Bahn"))] == [2]


def test_invalid_monitor_is_named_in_the_error():
    with pytest.raises(QueryError) as info:
        MonitorMatcher([Monitor("ok", "Bahn", id=1), Monitor("Kaputt", "Bahn AND", id=2)])
    assert "Kaputt" in str(info.value)
    assert info.value.column == 9


def test_highlight_splits_text_into_pieces():
    text = "Die Bahn ist spät"
    pieces = highlight(text, [Span(4, 8, "Bahn"), Span(13, 17, "spät"), Span(5, 7, "ah")])
    assert pieces == [("Die ", False), ("Bahn", True), (" ist ", False), ("spät", True)]
    assert "".join(p for p, _ in pieces) == text
    assert highlight("", []) == []
    assert highlight("abc", [Span(1, 99, "x", "title")]) == [("abc", False)]


@pytest.mark.parametrize(
    ("query", "fields", "expected"),
    [
        ("lang:de", {"language": "de"}, True),
        ("lang:DE", {"language": "de-CH"}, True),
        ("lang:en", {"language": "de"}, False),
        ("source:mastodon", {"platform": "mastodon"}, True),
        ("source:mast*", {"platform": "mastodon"}, True),
        ("source:reddit", {"platform": "mastodon"}, False),
        ("author:db_bahn", {"handle": "DB_Bahn"}, True),
        ("author:@db_bahn", {"handle": "db_bahn@mastodon.social"}, True),
        ("author:db_bahn@other.social", {"handle": "db_bahn@mastodon.social"}, False),
        ("author:db_*", {"handle": "db_regio"}, True),
        ("followers:>1000", {"followers": 1001}, True),
        ("followers:>1000", {"followers": 1000}, False),
        ("followers:>=1k", {"followers": 1000}, True),
        ("followers:<500", {"followers": 499}, True),
        ("followers:100..200", {"followers": 150}, True),
        ("followers:100..200", {"followers": 201}, False),
        ("followers:42", {"followers": 42}, True),
        ("is:reply", {"reply_to": "123"}, True),
        ("is:reply", {}, False),
        ("is:repost", {"repost_of": "9"}, True),
        ("is:quote", {"quote_of": "9"}, True),
        ("has:link", {"links": ("https://example.de",)}, True),
        ("has:link", {}, False),
        ("has:hashtag", {"hashtags": ("bahn",)}, True),
        ("has:mention", {"mentions": ("anna",)}, True),
        ("#bahn", {"hashtags": ("Bahn",)}, True),
        ("#bahn", {"hashtags": ("#BAHN",)}, True),
        ("#zürich", {"hashtags": ("Zuerich",)}, True),
        ("@anna", {"mentions": ("@Anna@mastodon.social",)}, True),
        ("site:bahn.de", {"url": "https://www.bahn.de/x"}, True),
        ("site:bahn.de", {"links": ("http://bahn.de",)}, True),
        ("site:bahn.de", {"links": ("https://notbahn.de",)}, False),
        ("site:*.bahn.de", {"links": ("https://shop.bahn.de/a",)}, True),
        ("url:bahn.de/angebote", {"links": ("https://www.bahn.de/angebote/x",)}, True),
        ("url:bahn.de/*/x", {"links": ("https://www.bahn.de/angebote/x",)}, True),
        ("url:bahn.de/angebote", {"links": ("https://www.bahn.de/service",)}, False),
    ],
)
def test_field_filters(query: str, fields: dict, expected: bool):
    assert matched(query, "irgendein Text", **fields) is expected


def test_hashtags_and_mentions_in_the_text_have_spans():
    text = "Wieder #Bahnstreik, danke @DB_Bahn und @anna@mastodon.social"
    assert spans_of("#bahnstreik @db_bahn @anna", text) == [
        "#Bahnstreik",
        "@DB_Bahn",
        "@anna@mastodon.social",
    ]
    assert not matched("#bahn", "Wieder #Bahnstreik")
    assert not matched("@db", "mail an info@db.de")


def test_title_is_searched_and_spans_name_it():
    matcher = MonitorMatcher([Monitor("m", "Bahn Streik", id=1)])
    post = make_post("Heute fährt nichts: Streik!", title="Neues von der Bahn")
    [(_, spans)] = matcher.match(post)
    assert [(s.field, s.term) for s in spans] == [("title", "Bahn"), ("text", "Streik")]
    assert post.title[spans[0].start : spans[0].end] == "Bahn"
    assert not matched('"Bahn Heute"', "Heute fährt nichts", title="Neues von der Bahn")
    assert not matched("Bahn NEAR/3 Heute", "Heute fährt nichts", title="Neues von der Bahn")
    assert not matched("Bahnheute~", "Heute fährt nichts", title="Bahn")


def test_raw_matches_title_and_text_exactly():
    matcher = MonitorMatcher([Monitor("m", 'raw:"DB"', id=1)])
    [(_, spans)] = matcher.match(make_post("die DB", title="DB und db"))
    assert [(s.field, s.start) for s in spans] == [("title", 0), ("text", 4)]


def test_urls_are_not_words_but_links_are_fields():
    text = "Angebot: https://www.bahn.de/angebote/sparpreis"
    assert not matched("sparpreis", text)
    assert matched("url:sparpreis", text)
    assert matched("has:link", text)


def test_not_contributes_no_spans_and_or_shows_every_alternative():
    text = "Bahn und Zug, aber kein Bus"
    assert spans_of("(Bahn OR Zug OR Tram) -Flugzeug", text) == ["Bahn", "Zug"]


def test_phrase_spans_cover_the_whole_phrase():
    assert spans_of('"deutsche bahn"', "Die Deutsche  Bahn.") == ["Deutsche  Bahn"]


def test_monitors_without_id_are_numbered_by_position():
    matcher = MonitorMatcher([Monitor("a", "Zug"), Monitor("b", "Bahn")])
    assert [i for i, _ in matcher.match(make_post("Bahn"))] == [1]


def test_match_many_keeps_order():
    matcher = MonitorMatcher([Monitor("a", "Bahn", id=5)])
    results = matcher.match_many([make_post("Bahn"), make_post("Auto"), make_post("bahn")])
    assert [[i for i, _ in r] for r in results] == [[5], [], [5]]


def test_prefilter_lets_through_only_plausible_monitors():
    monitors = [
        Monitor("brand", "Telekom AND (Netz OR Störung)", id=1),
        Monitor("fuzzy", "Vodafone~1", id=2),
        Monitor("wild", "verspät*", id=3),
        Monitor("negative", "NOT Bahn", id=4),
        Monitor("author", "author:db_bahn", id=5),
    ]
    matcher = MonitorMatcher(monitors)
    assert matcher.candidates(make_post("Heute schönes Wetter")) == [4]
    assert matcher.candidates(make_post("Die Telekom ist super")) == [1, 4]
    assert matcher.candidates(make_post("Vodafon ist super")) == [2, 4]
    assert matcher.candidates(make_post("Vodka ist super")) == [4]
    assert matcher.candidates(make_post("Verspätung!")) == [3, 4]
    assert matcher.candidates(make_post("Hallo", handle="DB_Bahn")) == [4, 5]
    assert len(matcher) == 5


def test_invalid_noise_and_exclusions_are_named():
    with pytest.raises(QueryError, match="noise list"):
        MonitorMatcher([], noise="Job AND")
    with pytest.raises(QueryError, match="exclusions of monitor 'a'"):
        MonitorMatcher([Monitor("a", "Bahn", id=1)], exclusions={1: "(Job"})


def test_blank_noise_and_exclusions_are_ignored():
    matcher = MonitorMatcher([Monitor("a", "Bahn", id=1)], noise=" ", exclusions={1: ""})
    assert matcher.match(make_post("Bahn"))


def test_token_cache_starts_afresh_when_full(monkeypatch):
    from resonanz.query import prefilter

    monkeypatch.setattr(prefilter, "TOKEN_CACHE_SIZE", 3)
    matcher = MonitorMatcher([Monitor("a", "Bahn* OR Züge~1", id=1)])
    for i in range(20):
        assert matcher.match(make_post(f"wort{i} noch{i} Bahnhof"))
        assert matcher.match(make_post(f"anders{i} Zuge"))
        assert not matcher.match(make_post(f"nichts{i} hier"))


def test_public_names_are_exported():
    import resonanz.query

    for name in resonanz.query.__all__:
        assert getattr(resonanz.query, name) is not None
