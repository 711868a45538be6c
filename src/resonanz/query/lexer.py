"""Split a query string into tokens, each with its offset for error messages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from resonanz.errors import QueryError

__all__ = ["Token", "lex", "query_error"]

#: Operators; the German spellings are accepted as well (written in capitals, like the English).
OPERATORS = {
    "AND": "AND",
    "UND": "AND",
    "OR": "OR",
    "ODER": "OR",
    "NOT": "NOT",
    "NICHT": "NOT",
}
_NEAR_RE = re.compile(r"(?:NEAR|NAHE)(?:/(\d+)(f?))?")
_NEAR_LIKE_RE = re.compile(r"(?:NEAR|NAHE)(?:/.*)?")
_WORD_END = frozenset(' \t\r\n\f\v()"\u00a0\u3000')
_FIELD_PREFIX_RE = re.compile(r"([A-Za-z_]+):")
DEFAULT_NEAR = 5
MAX_DISTANCE = 1000


@dataclass(frozen=True, slots=True)
class Token:
    """One lexical token. `kind` is one of LPAREN RPAREN AND OR NOT NEAR WORD PHRASE FIELD EOF."""

    kind: str
    offset: int
    end: int
    text: str = ""
    #: PHRASE: None, "" (compound `~`) or the digits after `~`; FIELD: the field name.
    extra: str | None = None
    distance: int = 0
    ordered: bool = False


def query_error(
    query: str, offset: int, message: str, *, expected: str = "", suggestion: str = ""
) -> QueryError:
    """Build a QueryError whose line and column (1-based) point at `offset` of `query`."""
    offset = max(0, min(offset, len(query)))
    line = query.count("\n", 0, offset) + 1
    column = offset - (query.rfind("\n", 0, offset) + 1) + 1
    return QueryError(
        message,
        line=line,
        column=column,
        expected=expected,
        suggestion=suggestion,
        query=query,
    )


def _read_quoted(query: str, start: int) -> tuple[str, int]:
    """Read a "…" string starting at the quote at `start`; `\\"` and `\\\\` are escapes."""
    out: list[str] = []
    i = start + 1
    while i < len(query):
        ch = query[i]
        if ch == "\\" and i + 1 < len(query) and query[i + 1] in '"\\':
            out.append(query[i + 1])
            i += 2
            continue
        if ch == '"':
            return "".join(out), i + 1
        out.append(ch)
        i += 1
    raise query_error(
        query,
        start,
        "this quotation mark is never closed",
        expected='a closing "',
        suggestion='add " at the end of the phrase',
    )


def _read_word(query: str, start: int) -> int:
    i = start
    while i < len(query) and query[i] not in _WORD_END:
        i += 1
    return i


def lex(query: str) -> list[Token]:
    """Turn `query` into tokens; raises QueryError for an unclosed quote or a bad NEAR."""
    tokens: list[Token] = []
    i = 0
    n = len(query)
    while i < n:
        ch = query[i]
        if ch in _WORD_END and ch not in '()"':
            i += 1
        elif ch == "(":
            tokens.append(Token("LPAREN", i, i + 1))
            i += 1
        elif ch == ")":
            tokens.append(Token("RPAREN", i, i + 1))
            i += 1
        elif ch == '"':
            i = _lex_phrase(query, i, tokens)
        elif ch == "-" and i + 1 < n and query[i + 1] not in _WORD_END - {"(", '"'}:
            tokens.append(Token("NOT", i, i + 1, text="-"))
            i += 1
        else:
            i = _lex_word(query, i, tokens)
    tokens.append(Token("EOF", n, n))
    return tokens


def _lex_phrase(query: str, start: int, tokens: list[Token]) -> int:
    text, i = _read_quoted(query, start)
    suffix: str | None = None
    if i < len(query) and query[i] == "~":
        end = _read_word(query, i)
        suffix = query[i + 1 : end]
        if suffix and not suffix.isdigit():
            raise query_error(
                query,
                i,
                f"'~{suffix}' after a phrase is not understood",
                expected="~ followed by a number of words, or ~ alone",
                suggestion='write "…"~3 for words up to 3 apart, "…"~ for compounds',
            )
        i = end
    tokens.append(Token("PHRASE", start, i, text=text, extra=suffix))
    return i


def _lex_word(query: str, start: int, tokens: list[Token]) -> int:
    end = _read_word(query, start)
    word = query[start:end]
    if word in OPERATORS:
        tokens.append(Token(OPERATORS[word], start, end, text=word))
        return end
    if _NEAR_LIKE_RE.fullmatch(word):
        return _lex_near(query, start, end, word, tokens)
    prefix = _FIELD_PREFIX_RE.match(word)
    if prefix and end == start + len(prefix.group(0)) and end < len(query) and query[end] == '"':
        value, after = _read_quoted(query, end)
        tokens.append(Token("FIELD", start, after, text=value, extra=prefix.group(1)))
        return after
    if prefix:
        tokens.append(Token("FIELD", start, end, text=word[prefix.end() :], extra=prefix.group(1)))
        return end
    tokens.append(Token("WORD", start, end, text=word))
    return end


def _lex_near(query: str, start: int, end: int, word: str, tokens: list[Token]) -> int:
    match = _NEAR_RE.fullmatch(word)
    if match is None:
        raise query_error(
            query,
            start,
            f"'{word}' is not a valid proximity operator",
            expected="NEAR/n or NEAR/nf with a number n",
            suggestion="write e.g. NEAR/5 (any order) or NEAR/5f (in this order)",
        )
    distance = int(match.group(1)) if match.group(1) is not None else DEFAULT_NEAR
    if distance > MAX_DISTANCE:
        raise query_error(
            query,
            start,
            f"the distance {distance} is too large",
            expected=f"a distance of at most {MAX_DISTANCE} words",
            suggestion="use AND if the words may be anywhere in the post",
        )
    tokens.append(
        Token("NEAR", start, end, text=word, distance=distance, ordered=match.group(2) == "f")
    )
    return end
