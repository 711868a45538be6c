"""A slow, obviously-correct evaluator of query trees, to check the fast matcher against.

It shares only the *specification* with the package (normalisation, tokens, what a URL is, how
a query is split into words); the evaluation itself is brute force: every phrase, proximity
and compound is found by trying all token positions.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from fnmatch import fnmatchcase

from resonanz.model import Post
from resonanz.query import ast
from resonanz.query.document import URL_RE
from resonanz.query.normalise import TOKEN_RE, normalise_text
from resonanz.query.validate import parse_followers, pattern_words

FIELD_GAP = 10**6


@dataclass(frozen=True)
class Tok:
    word: str
    position: int
    field: str
    start: int  # in the normalised field text
    end: int


class RefDoc:
    def __init__(self, post: Post) -> None:
        self.post = post
        self.norms: dict[str, str] = {}
        self.tokens: list[Tok] = []
        for base, field, text in ((0, "title", post.title), (FIELD_GAP, "text", post.text)):
            norm = normalise_text(text)
            masked = URL_RE.sub(lambda m: " " * len(m.group()), norm)
            self.norms[field] = masked
            for i, m in enumerate(TOKEN_RE.finditer(masked)):
                self.tokens.append(Tok(m.group(), base + i, field, m.start(), m.end()))
        self.by_position = {t.position: t for t in self.tokens}
        language = post.enrichment.language
        if language in ("", "unknown"):
            language = post.language_hint or "unknown"
        self.language = re.split(r"[-_]", language.lower())[0]
        self.urls = [normalise_text(u) for u in (post.url, *post.links) if u]
        for text in (post.title, post.text):
            self.urls.extend(m.group() for m in URL_RE.finditer(normalise_text(text)))


def levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def word_ok(pattern: str, token: str, fuzzy: int) -> bool:
    if fuzzy:
        return levenshtein(pattern, token) <= fuzzy
    if "*" in pattern or "?" in pattern:
        return fnmatchcase(token, pattern)
    return pattern == token


def intervals(node: ast.Node, doc: RefDoc) -> set[tuple[int, int]]:
    """(first, last) token positions of every occurrence of a positional node."""
    if isinstance(node, ast.Or):
        return set().union(*(intervals(c, doc) for c in node.operands))
    if isinstance(node, ast.Near):
        found = set()
        for a, b in itertools.product(intervals(node.left, doc), intervals(node.right, doc)):
            if a[1] < b[0]:
                ok = b[0] - a[1] - 1 <= node.distance
            elif b[1] < a[0]:
                ok = not node.ordered and a[0] - b[1] - 1 <= node.distance
            else:
                ok = False
            if ok:
                found.add((min(a[0], b[0]), max(a[1], b[1])))
        return found
    assert isinstance(node, ast.Term | ast.Phrase)
    words = pattern_words(node.text)
    fuzzy = node.fuzzy if isinstance(node, ast.Term) else 0
    positions = [t.position for t in doc.tokens]
    found = set()
    if node.compound:
        joined = "".join(words)
        for i, first in enumerate(doc.tokens):
            text = ""
            previous = first
            for last in doc.tokens[i:]:
                if last.field != first.field:
                    break
                if last is not first:
                    gap = doc.norms[last.field][previous.end : last.start]
                    if not re.fullmatch(r"[\s-]+", gap):
                        break
                text += last.word
                previous = last
                if text == joined:
                    found.add((first.position, last.position))
        return found
    slop = node.slop if isinstance(node, ast.Phrase) else None
    if slop is None:
        for p in positions:
            if all(
                (t := doc.by_position.get(p + j)) is not None and word_ok(w, t.word, fuzzy)
                for j, w in enumerate(words)
            ):
                found.add((p, p + len(words) - 1))
        return found
    options = [[t.position for t in doc.tokens if word_ok(w, t.word, 0)] for w in words]
    for chosen in itertools.product(*options):
        if len(set(chosen)) == len(chosen) and max(chosen) - min(chosen) < len(words) + slop:
            found.add((min(chosen), max(chosen)))
    return found


def _handle(value: str) -> str:
    return normalise_text(value.strip()).lstrip("@")


def _handle_ok(wanted: str, handle: str) -> bool:
    wanted = _handle(wanted)
    candidates = [handle] if "@" in wanted else [handle, handle.split("@")[0]]
    return any(fnmatchcase(c, wanted) for c in candidates)


def _hashtags(doc: RefDoc) -> list[str]:
    found = [normalise_text(t).lstrip("#") for t in doc.post.hashtags]
    for norm in doc.norms.values():
        found.extend(re.findall(r"(?<![\w#])#(\w+)", norm))
    return found


def _mentions(doc: RefDoc) -> list[str]:
    found = [_handle(m) for m in doc.post.mentions]
    pattern = r"(?<![\w@/])@(\w[\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?)"
    for norm in doc.norms.values():
        found.extend(re.findall(pattern, norm))
    return found


def _host(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return re.split(r"[/?#:]", rest)[0].lower().rstrip(".")


def field_ok(node: ast.Field, doc: RefDoc) -> bool:
    post, value = doc.post, node.value
    if node.name == "lang":
        return doc.language == value.lower()
    if node.name == "source":
        return fnmatchcase(post.platform.lower(), value.lower())
    if node.name == "author":
        return _handle_ok(value, _handle(post.author.handle))
    if node.name == "followers":
        low, high = parse_followers(value)
        return low <= post.author.followers <= high
    if node.name == "has":
        return {
            "link": bool(post.links)
            or any(URL_RE.search(normalise_text(t)) for t in (post.text, post.title)),
            "hashtag": bool(_hashtags(doc)),
            "mention": bool(_mentions(doc)),
        }[value.lower()]
    if node.name == "is":
        return bool(
            {"reply": post.reply_to, "repost": post.repost_of, "quote": post.quote_of}[
                value.lower()
            ]
        )
    if node.name == "site":
        site = normalise_text(value).rstrip(".")
        return any(
            fnmatchcase(h, site) or (not re.search(r"[*?]", site) and h.endswith("." + site))
            for h in map(_host, doc.urls)
        )
    if node.name == "url":
        part = normalise_text(value)
        rx = re.compile(".*".join(map(re.escape, part.split("*"))).replace(r"\?", "."))
        return any(rx.search(u) for u in doc.urls)
    assert node.name == "raw"
    joining = r"\w\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff\ufe0e\ufe0f"
    before = f"(?<![{joining}])" if re.match(r"\w", value) else ""
    after = f"(?![{joining}])" if re.search(r"\w$", value) else ""
    rx = re.compile(before + re.escape(value) + after)
    return any(rx.search(t) for t in (post.text, post.title))


def evaluate(node: ast.Node, doc: RefDoc) -> bool:
    """Whether `node` matches the post of `doc`."""
    if isinstance(node, ast.And):
        return all(evaluate(c, doc) for c in node.operands)
    if isinstance(node, ast.Or):
        return any(evaluate(c, doc) for c in node.operands)
    if isinstance(node, ast.Not):
        return not evaluate(node.operand, doc)
    if isinstance(node, ast.Field):
        return field_ok(node, doc)
    if isinstance(node, ast.Hashtag):
        return any(fnmatchcase(t, normalise_text(node.tag)) for t in _hashtags(doc))
    if isinstance(node, ast.AtMention):
        return any(_handle_ok(node.handle, m) for m in _mentions(doc))
    return bool(intervals(node, doc))


def reference_match(query: ast.Query, post: Post) -> bool:
    return evaluate(query.root, RefDoc(post))
