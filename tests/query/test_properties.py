"""Property-based tests (hypothesis): printing, robustness and the fast matcher vs a reference."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resonanz.errors import QueryError
from resonanz.model import Monitor, Post
from resonanz.query import MonitorMatcher, Query, format_query, normalise_text, parse_query
from resonanz.query.normalise import TOKEN_RE, offset_map, original_span, tokenise
from tests.query.posts import make_post
from tests.query.reference import reference_match
from tests.query.strategies import SMALL_WORDS, posts, queries, small_queries, texts

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUERY_ALPHABET = st.sampled_from(
    [
        *'abzäöüßAB  ()"-*?~:#@/\\\n12',
        *("AND", "OR", "NOT", "NEAR/2", "NEAR/1f", "lang:"),
        *("raw:", "author:", "followers:>", "site:", "is:", "has:"),
    ]
)


@SETTINGS
@given(queries)
def test_parse_of_format_is_identity(query: Query):
    assert parse_query(format_query(query)) == query


@SETTINGS
@given(st.text(max_size=40))
def test_any_text_parses_or_raises_query_error(text: str):
    try:
        query = parse_query(text)
    except QueryError as error:
        assert error.line >= 1 and error.column >= 1
        assert error.message and error.expected
        return
    assert parse_query(format_query(query)) == query


@SETTINGS
@given(st.lists(QUERY_ALPHABET, max_size=25).map(" ".join))
def test_query_like_text_parses_or_raises_query_error(text: str):
    try:
        query = parse_query(text)
    except QueryError as error:
        lines = text.split("\n")
        assert 1 <= error.line <= len(lines)
        assert 1 <= error.column <= len(lines[error.line - 1]) + 1
        return
    assert parse_query(format_query(query)) == query
    MonitorMatcher([Monitor("m", text, id=1)])  # whatever parses also compiles


def _check_spans(post: Post, spans: tuple) -> None:
    for span in spans:
        text = post.text if span.field == "text" else post.title
        assert 0 <= span.start < span.end <= len(text), span


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(queries, min_size=1, max_size=6), st.lists(posts(), min_size=1, max_size=4))
def test_fast_matcher_agrees_with_reference(query_list: list[Query], post_list: list[Post]):
    monitors = [Monitor(f"m{i}", format_query(q), id=i) for i, q in enumerate(query_list)]
    matcher = MonitorMatcher(monitors)
    for post in post_list:
        result = matcher.match(post)
        got = {monitor_id for monitor_id, _ in result}
        expected = {i for i, q in enumerate(query_list) if reference_match(q, post)}
        assert got == expected, (post.title, post.text)
        for _, spans in result:
            _check_spans(post, spans)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(small_queries, min_size=1, max_size=6),
    st.lists(texts(max_words=8, words=tuple(SMALL_WORDS)), min_size=1, max_size=4),
)
def test_fast_matcher_agrees_on_words_phrases_and_near(query_list: list[Query], text_list):
    monitors = [Monitor(f"m{i}", format_query(q), id=i) for i, q in enumerate(query_list)]
    matcher = MonitorMatcher(monitors)
    for text in text_list:
        post = make_post(text)
        result = matcher.match(post)
        got = {monitor_id for monitor_id, _ in result}
        expected = {i for i, q in enumerate(query_list) if reference_match(q, post)}
        assert got == expected, text
        for _, spans in result:
            _check_spans(post, spans)
            assert spans, "a positive match without spans"


@SETTINGS
@given(st.one_of(st.text(max_size=30), texts()))
def test_offset_map_maps_normalised_spans_back(text: str):
    norm = normalise_text(text)
    assert norm == "".join(normalise_text(c) for c in text)
    mapping = offset_map(text)
    if mapping is None:
        assert len(norm) == len(text)
        return
    assert len(mapping) == len(norm) + 1
    for start in range(len(norm)):
        a, b = original_span(mapping, start, start + 1)
        assert normalise_text(text[a:b]).find(norm[start]) >= 0


@SETTINGS
@given(st.one_of(st.text(max_size=40), texts()))
def test_fast_tokeniser_agrees_with_the_token_regex(text: str):
    norm = normalise_text(text)
    assert tokenise(norm) == TOKEN_RE.findall(norm)
