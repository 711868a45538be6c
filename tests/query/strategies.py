"""Hypothesis strategies: random query trees and random German-ish posts that fit them."""

from __future__ import annotations

from hypothesis import strategies as st

from resonanz.model import Post
from resonanz.query import ast
from tests.query.posts import make_post

WORDS = [
    "Bahn",
    "Zug",
    "Verspätung",
    "Straße",
    "Zürich",
    "Kunden",
    "Service",
    "DB",
    "Streik",
    "Köln",
    "Müller",
    "Café",
    "heute",
    "nicht",
]
_SPELLED = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e"}
SEPARATORS = [" ", " ", " ", ", ", " - ", "-", "\n", " – ", ". ", "/", "\u00a0"]
EXTRAS = [
    "#Bahn",
    "#zug",
    "@DB_Bahn",
    "@anna@mastodon.social",
    "https://www.bahn.de/zug",
    "bahn.de",
    "🚆",
    "C++",
    "DB-Bahn",
    "Kundenservice",
    "Kunden-Service",
    "KUNDEN SERVICE",
    "Zuerich",
    "Zu\u0308rich",
    "Strasse",
    "Bahnhof",
    "Bahnen",
]


# -- queries --------------------------------------------------------------------------------


def _prefix(word: str) -> st.SearchStrategy[str]:
    return st.integers(2, max(2, len(word) - 1)).map(lambda k: word[:k] + "*")


def query_nodes(words: list[str]) -> tuple[st.SearchStrategy[ast.Node], ...]:
    """(positional nodes, any nodes) over the given vocabulary."""
    word = st.sampled_from(words)
    term = st.one_of(
        word.map(ast.Term),
        word.map(str.lower).map(ast.Term),
        word.flatmap(_prefix).map(ast.Term),
        word.filter(lambda w: len(w) >= 4).map(lambda w: ast.Term(w, fuzzy=1)),
        word.filter(lambda w: len(w) >= 6).map(lambda w: ast.Term(w, fuzzy=2)),
        st.sampled_from(["Kunden-Service", "DB-Bahn", "Zug?", "*bahn", "B?hn*"]).map(ast.Term),
        st.sampled_from(["Kundenservice", "Kunden-Service", "Bahnzug"]).map(
            lambda w: ast.Term(w, compound=True)
        ),
    )
    phrase = st.builds(
        lambda ws, slop, compound: ast.Phrase(
            " ".join(ws), slop=None if compound else slop, compound=compound
        ),
        st.lists(word, min_size=2, max_size=3),
        st.one_of(st.none(), st.integers(0, 3)),
        st.booleans(),
    )
    positional = st.recursive(
        st.one_of(term, phrase),
        lambda inner: st.one_of(
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: ast.Or(tuple(xs))),
            st.builds(ast.Near, inner, inner, st.integers(0, 4), st.booleans()),
        ),
        max_leaves=4,
    )
    nodes = st.recursive(
        st.one_of(positional, _field),
        lambda inner: st.one_of(
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: ast.And(tuple(xs))),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: ast.Or(tuple(xs))),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: ast.Or(tuple(xs))),
            st.tuples(inner, inner).map(lambda xs: ast.And((xs[0], ast.Not(xs[1])))),
            inner.map(ast.Not),
        ),
        max_leaves=6,
    )
    return positional, nodes


_field = st.sampled_from(
    [
        ast.Field("lang", "de"),
        ast.Field("lang", "en"),
        ast.Field("author", "db_bahn"),
        ast.Field("source", "mastodon"),
        ast.Field("raw", "DB"),
        ast.Field("raw", "C++"),
        ast.Field("site", "bahn.de"),
        ast.Field("url", "bahn.de/zug"),
        ast.Field("has", "link"),
        ast.Field("is", "reply"),
        ast.Field("followers", ">100"),
        ast.Hashtag("Bahn"),
        ast.AtMention("db_bahn"),
        ast.AtMention("anna"),
    ]
)
positional, nodes = query_nodes(WORDS)
queries = nodes.map(ast.Query)
#: A small vocabulary, so that phrases and NEAR match often.
SMALL_WORDS = ["Bahn", "Zug", "Kunden", "Service", "Zürich"]
small_positional, _ = query_nodes(SMALL_WORDS)
_small_term = st.sampled_from(SMALL_WORDS).map(ast.Term)
small_queries = st.one_of(
    small_positional,
    st.builds(ast.Near, _small_term, _small_term, st.integers(0, 3), st.booleans()),
    st.lists(st.sampled_from(SMALL_WORDS), min_size=2, max_size=3).flatmap(
        lambda ws: st.sampled_from(
            [
                ast.Phrase(" ".join(ws)),
                ast.Phrase(" ".join(ws), slop=2),
                ast.Phrase(" ".join(ws), compound=True),
                ast.Term("-".join(ws)),
                ast.Term("".join(ws), compound=True),
            ]
        )
    ),
).map(ast.Query)


# -- posts ----------------------------------------------------------------------------------


@st.composite
def _spelling(draw: st.DrawFn, words: tuple[str, ...] = tuple(WORDS)) -> str:
    word = draw(st.sampled_from(words))
    how = draw(st.sampled_from(["as is", "lower", "upper", "spelled", "typo", "suffix"]))
    if how == "lower":
        return word.lower()
    if how == "upper":
        return word.upper()
    if how == "spelled":
        return "".join(_SPELLED.get(c, c) for c in word)
    if how == "typo" and len(word) > 3:
        i = draw(st.integers(0, len(word) - 1))
        return word[:i] + draw(st.sampled_from(["", "x", "e"])) + word[i + 1 :]
    if how == "suffix":
        return word + draw(st.sampled_from(["en", "s", "hof"]))
    return word


@st.composite
def texts(draw: st.DrawFn, max_words: int = 14, words: tuple[str, ...] = tuple(WORDS)) -> str:
    pieces = draw(
        st.lists(
            st.one_of(_spelling(words), _spelling(words), st.sampled_from(EXTRAS)),
            min_size=0,
            max_size=max_words,
        )
    )
    out = ""
    for piece in pieces:
        out += piece + draw(st.sampled_from(SEPARATORS))
    return out


@st.composite
def posts(draw: st.DrawFn) -> Post:
    title = draw(st.one_of(st.just(""), texts(max_words=3)))
    return make_post(
        draw(texts()),
        title=title,
        language=draw(st.sampled_from(["de", "en", "unknown"])),
        handle=draw(st.sampled_from(["anna", "DB_Bahn", "db_bahn@mastodon.social"])),
        followers=draw(st.sampled_from([5, 100, 101, 5000])),
        platform=draw(st.sampled_from(["mastodon", "bluesky"])),
        hashtags=tuple(draw(st.lists(st.sampled_from(["Bahn", "#streik"]), max_size=1))),
        mentions=tuple(draw(st.lists(st.sampled_from(["anna", "@DB_Bahn"]), max_size=1))),
        links=tuple(draw(st.lists(st.sampled_from(["https://bahn.de/zug/x"]), max_size=1))),
        reply_to=draw(st.sampled_from(["", "123"])),
    )
