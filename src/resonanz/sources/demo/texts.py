"""The words of the demo generator: a small grammar per language, and the noise of real posts.

A grammar is written as lines `name: option | option | …`; an indented line continues the
rule: with more options after a leading `|`, or the last option where there is none.
An option is text with slots: `{lowercase}` expands another rule of the grammar, `{UPPERCASE}`
asks the writer for a value (company, product, number, handle, …; see `demo.writer`), and
`{s_name}` expands a rule once per post, so a title and its text name the same thing. `~` is an
empty option, `§` separates a title from the text, `¶` is a paragraph break.

`Grammar.expand` picks options uniformly with the random generator it is given; `tidy` cleans
up the expansion; `roughen` adds what real posts have: typos, lowercase, umlauts written as
ae/oe/ue. `grammar(lang)` joins the rules shared by both languages (`COMMON`), the everyday
material (`demo.texts_de`, `demo.texts_en`) and the episodes' templates (`demo.story_texts`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

from resonanz.sources.demo.story_texts import EPISODE_RULES_DE, EPISODE_RULES_EN
from resonanz.sources.demo.texts_de import RULES_DE
from resonanz.sources.demo.texts_en import RULES_EN

__all__ = ["Grammar", "grammar", "roughen", "tidy"]

_SLOT = re.compile(r"\{(\w+)\}")
_RULE = re.compile(r"^([a-z][a-z0-9_]*):(.*)$")
_PUNCT = (" ,", " .", " !", " ?")


class Grammar:
    """Rules compiled into options of (leading text, ((slot, kind, text after it), …)),
    expanded with a given `Random`."""

    def __init__(self, *sources: str) -> None:
        self.rules: dict[str, tuple[_Option, ...]] = {}
        for source in sources:
            for name, options in _parse(source).items():
                self.rules[name] = tuple(_compile(o) for o in options)

    def __contains__(self, name: object) -> bool:
        return name in self.rules

    def expand(
        self,
        name: str,
        rng: random.Random,
        value: Callable[[str], str],
        memo: dict[str, str],
    ) -> str:
        """Expand rule `name`; `value` answers the uppercase slots, `memo` the sticky ones."""
        options = self.rules[name]
        head, slots = options[int(rng.random() * len(options))]
        if not slots:
            return head
        out = [head]
        for slot, kind, literal in slots:
            if kind == _RULE_SLOT:
                out.append(self.expand(slot, rng, value, memo))
            elif slot in memo:
                out.append(memo[slot])
            else:
                text = value(slot) if kind == _VALUE_SLOT else self.expand(slot, rng, value, memo)
                memo[slot] = text
                out.append(text)
            out.append(literal)
        return "".join(out)


_RULE_SLOT, _VALUE_SLOT, _STICKY_SLOT = 0, 1, 2
_Option = tuple[str, tuple[tuple[str, int, str], ...]]


def _compile(option: str) -> _Option:
    """The leading text and (slot, kind, text after it) of an option:
    `a{x}b{Y}c` → ("a", (("x", RULE, "b"), ("Y", VALUE, "c")))."""
    parts = _SLOT.split(option)
    kinds = [
        _VALUE_SLOT if name[0].isupper() else _STICKY_SLOT if name.startswith("s_") else _RULE_SLOT
        for name in parts[1::2]
    ]
    return parts[0], tuple(zip(parts[1::2], kinds, parts[2::2], strict=True))


def _parse(source: str) -> dict[str, list[str]]:
    rules: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in source.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = None if raw[0].isspace() else _RULE.match(line)
        if match:
            current = rules.setdefault(match.group(1), [])
            pieces = ["", *match.group(2).split("|")]
        elif current is None:
            raise ValueError(f"continuation line without a rule: {raw!r}")
        else:
            pieces = line.split("|")
        if pieces[0].strip():  # an option continued from the line before
            current[-1] = f"{current[-1]} {pieces[0].strip()}"
        current.extend("" if o.strip() == "~" else o.strip() for o in pieces[1:] if o.strip())
    return rules


def tidy(text: str) -> str:
    """Collapse the spaces that empty options leave behind, begin sentences in upper case
    (slots begin in lower case); `¶` becomes a blank line, `§` stays between title and text."""
    text = " ".join(text.split())  # templates have no line breaks of their own
    for mark in _PUNCT:
        if mark in text:
            text = text.replace(mark, mark[1])
    for end in (". ", "! ", "? ", "§"):
        if end in text:
            text = end.join([
                p if p[:4] == "http" else p[:1].upper() + p[1:] for p in text.split(end)
            ])  # fmt: skip
    if "¶" in text:
        paragraphs = [p.strip() for p in text.split("¶")]
        text = "\n\n".join([p[:1].upper() + p[1:] for p in paragraphs if p])
    return text[:1].upper() + text[1:]


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def roughen(text: str, rng: random.Random, *, lang: str, care: float, keep: frozenset[str]) -> str:
    """Make a clean text look typed: with probabilities scaled by `care` (0 = newsroom,
    1 = phone at midnight) lowercase it, spell umlauts as ae/oe/ue, add typos. Words in `keep`
    (lowercased; names, hashtags, query terms) are never misspelt."""
    if care <= 0:
        return text
    if lang == "de" and rng.random() < 0.1 * care:
        text = text.translate(_UMLAUTS)
    if rng.random() < 0.14 * care:
        text = text.lower()
    if rng.random() < 0.3 * care:
        words = text.split(" ")
        spots = [
            i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.lower() not in keep
        ]
        for _ in range(min(len(spots), 1 + (rng.random() < 0.3))):
            i = spots.pop(int(rng.random() * len(spots)))
            words[i] = _typo(words[i], rng)
        text = " ".join(words)
    return text


def _typo(word: str, rng: random.Random) -> str:
    """Swap two letters, drop one or double one (never the first)."""
    i = 1 + int(rng.random() * (len(word) - 2))
    kind = rng.random()
    if kind < 0.45:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind < 0.75:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


@cache
def grammar(lang: str) -> Grammar:
    """The grammar of `lang` ("de" or "en"), built once per process."""
    if lang == "de":
        return Grammar(COMMON, RULES_DE, EPISODE_RULES_DE)
    return Grammar(COMMON, RULES_EN, EPISODE_RULES_EN)


COMMON = """
emo_neg: ~ | ~ | ~ | 😡 | 🙄 | 😤 | 🤬 | 😩 | 👎 | 😒 | 🥶 | 🤦 | 😠 | 💩 | 🙄🙄
emo_pos: ~ | ~ | ~ | 👍 | 😊 | 🙌 | ❤️ | 🔥 | 💚 | 🥰 | 👏 | ☀️ | 😍 | ✅ | 💪
emo_meh: ~ | ~ | ~ | 🤷 | 🤔 | 😅 | 🙃 | 👀 | 😬 | 🤷‍♀️
emo_cold: 🥶 | ❄️ | 🧊 | 🥶🥶 | 🧣 | ~
stormtag: #brenntalkalt | #brenntalkalt | #BrenntalKalt | #brenntalkalt #waermepumpe
launchtag: #brenntallyra | #BrenntalLyra | #brenntallyra #waermepumpe
"""
