"""Expressions for field filters (`lang:de`, `author:…`, `#tag`, `@handle`, `raw:"…"` …)."""

from __future__ import annotations

import re
from collections.abc import Callable

from resonanz.model import Span
from resonanz.query.document import Document, host_of
from resonanz.query.evaluate import Expr
from resonanz.query.normalise import DELETED_CHARS, normalise_text
from resonanz.query.validate import parse_followers
from resonanz.query.words import wildcard_regex

__all__ = [
    "FieldExpr",
    "HashtagExpr",
    "MentionExpr",
    "RawExpr",
    "SiteExpr",
    "UrlExpr",
    "field_expr",
    "normalise_handle",
]


def value_test(value: str) -> Callable[[str], bool]:
    """Equality, or a whole-value wildcard match when `value` contains * or ?."""
    if "*" in value or "?" in value:
        fullmatch = wildcard_regex(value).fullmatch
        return lambda candidate: fullmatch(candidate) is not None
    return value.__eq__


def normalise_handle(handle: str) -> str:
    """`@DB_Bahn` → `db_bahn`; `user@Mastodon.Social` → `user@mastodon.social`."""
    return normalise_text(handle.strip()).lstrip("@")


def _handle_test(value: str) -> Callable[[str], bool]:
    """A handle matches with or without its instance: `user` matches `user@example.social`."""
    wanted = value_test(normalise_handle(value))
    if "@" in value.lstrip("@"):
        return wanted
    return lambda handle: wanted(handle) or wanted(handle.split("@", 1)[0])


class FieldExpr(Expr):
    """A filter on a property of the post that has no place in its text."""

    __slots__ = ("check",)

    def __init__(self, check: Callable[[Document], bool]) -> None:
        self.check = check

    def test(self, doc: Document) -> bool:
        return self.check(doc)


class HashtagExpr(Expr):
    __slots__ = ("label", "wanted")

    def __init__(self, tag: str) -> None:
        self.wanted = value_test(normalise_text(tag))
        self.label = "#" + tag

    def test(self, doc: Document) -> bool:
        wanted = self.wanted
        if any(wanted(tag) for tag, _, _ in doc.hashtags):
            return True
        return any(wanted(normalise_text(t).lstrip("#")) for t in doc.post.hashtags)

    def collect(self, doc: Document, out: list[Span]) -> None:
        out.extend(doc.span(a, b, self.label) for tag, a, b in doc.hashtags if self.wanted(tag))


class MentionExpr(Expr):
    __slots__ = ("label", "wanted")

    def __init__(self, handle: str) -> None:
        self.wanted = _handle_test(handle)
        self.label = "@" + handle

    def test(self, doc: Document) -> bool:
        wanted = self.wanted
        if any(wanted(handle) for handle, _, _ in doc.mentions):
            return True
        return any(wanted(normalise_handle(m)) for m in doc.post.mentions)

    def collect(self, doc: Document, out: list[Span]) -> None:
        out.extend(doc.span(a, b, self.label) for h, a, b in doc.mentions if self.wanted(h))


class SiteExpr(Expr):
    """`site:bahn.de`: the post or one of its links is on bahn.de or a subdomain of it."""

    __slots__ = ("label", "wanted")

    def __init__(self, value: str) -> None:
        site = normalise_text(value).rstrip(".")
        exact = value_test(site)
        self.wanted: Callable[[str], bool] = lambda host: exact(host) or (
            "*" not in site and "?" not in site and host.endswith("." + site)
        )
        self.label = "site:" + value

    def test(self, doc: Document) -> bool:
        return any(self.wanted(host_of(url)) for url in doc.all_urls())

    def collect(self, doc: Document, out: list[Span]) -> None:
        for url, a, b in doc.urls:
            if self.wanted(host_of(url)):
                out.append(doc.span(a, b, self.label))


class UrlExpr(Expr):
    """`url:bahn.de/angebote`: a URL of the post contains this text (wildcards allowed)."""

    __slots__ = ("label", "search")

    def __init__(self, value: str) -> None:
        part = normalise_text(value)
        if "*" in part or "?" in part:
            regex = wildcard_regex(part)
            self.search: Callable[[str], bool] = lambda url: regex.search(url) is not None
        else:
            self.search = lambda url: part in url
        self.label = "url:" + value

    def test(self, doc: Document) -> bool:
        return any(self.search(url) for url in doc.all_urls())

    def collect(self, doc: Document, out: list[Span]) -> None:
        for url, a, b in doc.urls:
            if self.search(url):
                out.append(doc.span(a, b, self.label))


#: Characters that never end a word: letters, digits, "_", combining marks, invisible joiners.
_JOINING = "\\w\\u0300-\\u036f" + "".join(
    f"\\u{ord(c):04x}" for c in DELETED_CHARS if ord(c) <= 0xFFFF and not 0x300 <= ord(c) < 0x370
)


class RawExpr(Expr):
    """`raw:"C++"`: exactly this text (case, umlauts and punctuation as written).

    Where the text starts or ends with a letter or digit, the match must start or end at a
    word boundary: `raw:"DB"` matches "DB" but not "DBA".
    """

    __slots__ = ("label", "needle", "regex")

    def __init__(self, value: str) -> None:
        self.needle = value
        before = f"(?<![{_JOINING}])" if re.match(r"\w", value) else ""
        after = f"(?![{_JOINING}])" if re.search(r"\w$", value) else ""
        self.regex = re.compile(before + re.escape(value) + after)
        self.label = value

    def test(self, doc: Document) -> bool:
        post = self.needle
        text, title = doc.post.text, doc.post.title
        if post in text and self.regex.search(text):
            return True
        return bool(title) and post in title and self.regex.search(title) is not None

    def collect(self, doc: Document, out: list[Span]) -> None:
        for fieldname, text in (("text", doc.post.text), ("title", doc.post.title)):
            for m in self.regex.finditer(text):
                out.append(Span(m.start(), m.end(), self.label, fieldname))


def field_expr(name: str, value: str) -> Expr:
    """Compile `name:value` (already validated by the parser)."""
    if name == "raw":
        return RawExpr(value)
    if name == "site":
        return SiteExpr(value)
    if name == "url":
        return UrlExpr(value)
    return FieldExpr(_simple_check(name, value))


def _simple_check(name: str, value: str) -> Callable[[Document], bool]:
    lowered = value.lower()
    if name == "lang":
        return lambda doc: doc.language == lowered
    if name == "source":
        source = value_test(lowered)
        return lambda doc: source(doc.post.platform.lower())
    if name == "author":
        author = _handle_test(value)
        return lambda doc: author(normalise_handle(doc.post.author.handle))
    if name == "followers":
        low, high = parse_followers(value)
        return lambda doc: low <= doc.post.author.followers <= high
    if name == "has":
        return {
            "link": lambda doc: bool(doc.post.links) or bool(doc.urls),
            "hashtag": lambda doc: bool(doc.post.hashtags) or bool(doc.hashtags),
            "mention": lambda doc: bool(doc.post.mentions) or bool(doc.mentions),
        }[lowered]
    if name == "is":
        return {
            "reply": lambda doc: bool(doc.post.reply_to),
            "repost": lambda doc: bool(doc.post.repost_of),
            "quote": lambda doc: bool(doc.post.quote_of),
        }[lowered]
    raise ValueError(f"unknown field {name!r}")  # pragma: no cover - the parser checks names
