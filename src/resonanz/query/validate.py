"""Checks on the leaves of a query (words, fields, hashtags), with helpful errors.

Everything a compiled query relies on is checked here, at parse time, so that a query that
parses always compiles.
"""

from __future__ import annotations

import difflib
import re

from resonanz.errors import QueryError
from resonanz.query import ast
from resonanz.query.lexer import Token, query_error
from resonanz.query.normalise import EMOJI_CLASS, normalise_text

__all__ = [
    "FIELD_ALIASES",
    "HAS_VALUES",
    "IS_VALUES",
    "check_field",
    "check_hashtag",
    "check_mention",
    "check_words",
    "parse_followers",
    "pattern_words",
]

PATTERN_WORD_RE = re.compile(rf"[\w*?]+|[{EMOJI_CLASS}]")
FIELD_ALIASES = {
    "language": "lang",
    "sprache": "lang",
    "platform": "source",
    "quelle": "source",
    "autor": "author",
    "from": "author",
    "von": "author",
    "domain": "site",
    "seite": "site",
    "link": "url",
}
HAS_VALUES = ("link", "hashtag", "mention")
IS_VALUES = ("reply", "repost", "quote")
MIN_WILDCARD_LETTERS = 2
MIN_FUZZY_LENGTH = {1: 4, 2: 6}

_LANG_RE = re.compile(r"[A-Za-z]{2,3}")
_LANG_HINTS = {"deutsch": "de", "german": "de", "englisch": "en", "english": "en"}
_NAME_RE = re.compile(r"@?[\w.*?@-]+")
_SITE_RE = re.compile(r"[\w*-]+(?:\.[\w*-]+)*\.?")
_HASHTAG_RE = re.compile(r"[\w*?]+")
_FOLLOWERS_RE = re.compile(r"(>=|<=|>|<|=)?(\d+[km]?)|(\d+[km]?)\.\.(\d+[km]?)", re.IGNORECASE)


def pattern_words(text: str) -> list[str]:
    """The normalised words of a term or phrase; `*` and `?` stay in as wildcards."""
    return PATTERN_WORD_RE.findall(normalise_text(text))


def _error(query: str, tok: Token, message: str, expected: str, suggestion: str) -> QueryError:
    return query_error(query, tok.offset, message, expected=expected, suggestion=suggestion)


def check_words(
    query: str,
    tok: Token,
    text: str,
    *,
    phrase: bool = False,
    compound: bool = False,
    fuzzy: int = 0,
) -> list[str]:
    """Validate the words of a term or phrase and return them normalised."""
    words = pattern_words(text)
    what = "phrase" if phrase else f"'{text}'"
    if not words:
        if text and not text.strip("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"):
            raise _error(
                query,
                tok,
                "a '-' must be written directly before the word it excludes",
                "a word right after '-'",
                "write -Stellenangebot, or NOT Stellenangebot",
            )
        shown = text if len(text) < 40 else text[:37] + "..."
        raise _error(
            query,
            tok,
            f"the {what} contains no letters or digits",
            "a word with letters or digits",
            f'use raw:"{shown}" to match punctuation exactly',
        )
    for word in words:
        if "*" in word or "?" in word:
            if compound or fuzzy:
                raise _error(
                    query,
                    tok,
                    f"'{text}' mixes a wildcard with ~",
                    "either a wildcard or ~, not both",
                    "remove the * / ? or the ~",
                )
            letters = len(word) - word.count("*") - word.count("?")
            if letters < MIN_WILDCARD_LETTERS:
                raise _error(
                    query,
                    tok,
                    f"the wildcard word '{word}' has too few letters",
                    f"at least {MIN_WILDCARD_LETTERS} letters besides * and ?",
                    "make the fixed part longer, e.g. verspät*",
                )
    if fuzzy:
        if len(words) != 1:
            raise _error(
                query,
                tok,
                "fuzzy matching (~1, ~2) works on single words",
                "one word before ~",
                "put the ~ on each word: Deutsche~1 Bahn~1",
            )
        if len(words[0]) < MIN_FUZZY_LENGTH[fuzzy]:
            need = MIN_FUZZY_LENGTH[fuzzy]
            raise _error(
                query,
                tok,
                f"'{text}' is too short for ~{fuzzy}",
                f"a word of at least {need} letters for ~{fuzzy}",
                "list the spellings with OR instead, or use ~1",
            )
    if compound and len("".join(words)) < 2:
        raise _error(query, tok, f"'{text}' is too short for ~", "a longer word", "remove the ~")
    return words


def check_hashtag(query: str, tok: Token) -> ast.Hashtag:
    tag = tok.text[1:]
    norm = normalise_text(tag)
    if not _HASHTAG_RE.fullmatch(norm) or not norm.strip("*?_"):
        raise _error(
            query,
            tok,
            f"'{tok.text}' is not a valid hashtag",
            "# followed by letters, digits or _",
            "write e.g. #Bahnstreik; use quotes for text with punctuation",
        )
    return ast.Hashtag(tag)


def check_mention(query: str, tok: Token) -> ast.AtMention:
    handle = tok.text[1:]
    if not _NAME_RE.fullmatch(handle) or not re.search(r"\w", handle):
        raise _error(
            query,
            tok,
            f"'{tok.text}' is not a valid account name",
            "@ followed by the account name",
            "write e.g. @DB_Bahn or @user@mastodon.social",
        )
    return ast.AtMention(handle)


def parse_followers(value: str) -> tuple[int, int]:
    """`>1000` → (1001, max); `1k..5k` → (1000, 5000). Raises ValueError when malformed."""
    match = _FOLLOWERS_RE.fullmatch(value.strip())
    if match is None:
        raise ValueError(value)
    op, number, low, high = match.groups()
    big = 1 << 62
    if low is not None:
        return _count(low), _count(high)
    count = _count(number)
    return {
        ">": (count + 1, big),
        ">=": (count, big),
        "<": (0, count - 1),
        "<=": (0, count),
    }.get(op or "=", (count, count))


def _count(text: str) -> int:
    text = text.lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(text.rstrip("km")) * factor


def check_field(query: str, tok: Token) -> ast.Field:
    """Validate `name:value` and return the Field with its canonical name."""
    raw_name = tok.extra or ""
    name = FIELD_ALIASES.get(raw_name.lower(), raw_name.lower())
    value = tok.text
    if name not in ast.FIELD_NAMES:
        raise _unknown_field(query, tok, raw_name)
    if value == "":
        raise _error(
            query,
            tok,
            f"'{raw_name}:' has no value",
            f"a value right after '{raw_name}:' (no space)",
            _EXAMPLES[name],
        )
    problem = _check_value(name, value)
    if problem is not None:
        raise _error(query, tok, problem, _EXPECTED[name], _EXAMPLES[name])
    return ast.Field(name, value)


def _check_value(name: str, value: str) -> str | None:
    """Return what is wrong with `value` for field `name`, or None when it is fine."""
    if name == "lang":
        if not _LANG_RE.fullmatch(value):
            hint = _LANG_HINTS.get(value.lower())
            extra = f" (did you mean lang:{hint}?)" if hint else ""
            return f"'{value}' is not a language code{extra}"
    elif name in ("source", "author"):
        if not _NAME_RE.fullmatch(value) or not re.search(r"\w", value):
            return f"'{value}' is not a valid {name} name"
    elif name == "site":
        if not _SITE_RE.fullmatch(value) or not re.search(r"\w", value):
            return f"'{value}' is not a domain name"
    elif name == "url":
        if not value.strip() or not re.search(r"[^\s*]", value):
            return "the URL is empty"
    elif name == "has":
        if value.lower() not in HAS_VALUES:
            return f"has:{value} is not known"
    elif name == "is":
        if value.lower() not in IS_VALUES:
            return f"is:{value} is not known"
    elif name == "followers":
        try:
            low, high = parse_followers(value)
        except ValueError:
            return f"'{value}' is not a follower count"
        if low > high:
            return f"the range '{value}' is empty"
    return None


_EXPECTED = {
    "lang": "a two-letter language code such as de or en",
    "source": "a platform name such as mastodon, bluesky, reddit, rss",
    "author": "an account name",
    "site": "a domain name such as bahn.de",
    "url": "a part of a URL",
    "has": "one of " + ", ".join(HAS_VALUES),
    "is": "one of " + ", ".join(IS_VALUES),
    "followers": "a number with an optional comparison: >1000, >=5k, <200, 1000..5000",
    "raw": "text in quotes",
}
_EXAMPLES = {
    "lang": "write e.g. lang:de",
    "source": "write e.g. source:mastodon",
    "author": "write e.g. author:db_bahn",
    "site": "write e.g. site:bahn.de (without https:// and path; use url: for paths)",
    "url": "write e.g. url:bahn.de/angebote",
    "has": "write e.g. has:link",
    "is": "write e.g. is:reply",
    "followers": "write e.g. followers:>1000",
    "raw": 'write e.g. raw:"C++"',
}


def _unknown_field(query: str, tok: Token, raw_name: str) -> QueryError:
    lowered = raw_name.lower()
    if lowered in ("http", "https", "ftp", "www"):
        return _error(
            query,
            tok,
            "a URL cannot be searched as a word",
            "site:domain or url:part-of-url",
            "write site:bahn.de or url:bahn.de/angebote",
        )
    names = list(ast.FIELD_NAMES) + list(FIELD_ALIASES)
    close = difflib.get_close_matches(lowered, names, n=1, cutoff=0.6)
    if close:
        fixed = FIELD_ALIASES.get(close[0], close[0])
        suggestion = f"did you mean {fixed}:?"
    else:
        suggestion = f'put "{raw_name}:…" in quotes to search for the text, or use one of: '
        suggestion += ", ".join(ast.FIELD_NAMES)
    return _error(
        query,
        tok,
        f"'{raw_name}:' is not a known field",
        "one of " + ", ".join(f"{n}:" for n in ast.FIELD_NAMES),
        suggestion,
    )
