"""Surface features of a post: hashtags, mentions, links, emoji, keywords and named entities.

All of it is rule-based and offline: regular expressions over the tokens of `features.py`,
stopword lists for keywords, and a small gazetteer plus capitalisation patterns for entities
(no German NER model installs offline; see `docs/models.md`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from resonanz.nlp.features import Token

__all__ = ["Surface", "extract_surface"]

_STOPWORDS = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines und oder aber nicht kein keine
    keinen ist sind war waren bin bist wird werden wurde hat haben hatte ich du er sie es wir
    ihr mich mir dich dir uns euch sich mit von zu zum zur auf für bei nach aus über unter vor
    durch gegen ohne um auch noch schon nur sehr mal doch ja nein wie was wer wo warum wann weil
    dass wenn als ob dann denn heute morgen gestern immer wieder jetzt hier da mein meine dein
    deine sein seine ihre unser unsere kann können muss müssen soll sollte will wollen gibt man
    alles nichts etwas viel mehr ganz so im am vom ins beim einfach gerade halt mehr diese dieser
    dieses diesen habe hab gibt geht gut bitte danke eure euer ihr ihre ihren seit bis beim
    the a an and or but not no is are was were be been being am have has had do does did i you
    he she it we they me him her us them my your his its our their this that these those with
    from for of on at by about into over after before to up down out just very so what who
    where why when how which if than then there here now today can could will would should must
    may might get got please all some any more most much many one don't can't it's i'm you're
    really still also only even never always again rt via amp
    """.split()
)
_ENTITY_PREFIXES = frozenset(
    "herr frau dr prof mr mrs ms ceo chef chefin geschäftsführer geschäftsführerin minister "
    "ministerin bürgermeister bürgermeisterin".split()
)
_GAZETTEER: dict[str, str] = {
    name.lower(): kind
    for kind, names in {
        "ORG": (
            "Deutsche Bahn|DB|Telekom|Vodafone|Lufthansa|Siemens|Bosch|BASF|Bayer|SAP|Allianz|"
            "Volkswagen|VW|BMW|Mercedes|Daimler|Porsche|Audi|Adidas|Puma|Aldi|Lidl|Edeka|Rewe|"
            "dm|Rossmann|Otto|Zalando|Amazon|Google|Apple|Microsoft|Meta|Facebook|Instagram|"
            "Twitter|Mastodon|Bluesky|Reddit|DHL|Hermes|DPD|UPS|GLS|Post|Sparkasse|Commerzbank|"
            "Deutsche Bank|ING|IKEA|MediaMarkt|Saturn|Tchibo|Miele|Stihl|Würth|Henkel|Continental|"
            "ZF|Trumpf|Kärcher|Vorwerk|Haribo|Dr. Oetker|Ritter Sport|Bahn|ÖBB|SBB|IHK|ADAC"
        ),
        "PRODUCT": (
            "iPhone|iPad|MacBook|Galaxy|Pixel|Windows|Android|PlayStation|Xbox|Thermomix|"
            "Deutschlandticket|ICE|BahnCard|Golf|Passat|Model 3|ChatGPT"
        ),
    }.items()
    for name in names.split("|")
}
_MAX_GAZETTEER_WORDS = 2


@dataclass(frozen=True, slots=True)
class Surface:
    """Everything read directly off a post's tokens."""

    hashtags: tuple[str, ...]
    mentions: tuple[str, ...]
    links: tuple[str, ...]
    emoji: tuple[str, ...]
    keywords: tuple[str, ...]
    entities: tuple[tuple[str, str], ...]
    question: bool


_GAZETTEER_FIRST = frozenset(name.split()[0] for name in _GAZETTEER)
_ORG_SUFFIXES = frozenset("gmbh ag kg se e.v inc ltd llc plc co group gruppe werk werke".split())


def _entities(words: Sequence[Token]) -> list[tuple[str, str]]:
    """Gazetteer names, titled persons ("Frau Weber") and "X GmbH"-style organisations."""
    found: dict[str, str] = {}
    n = len(words)
    i = 0
    while i < n:
        word = words[i]
        lower = word.text.lower()
        if lower in _GAZETTEER_FIRST:
            pair = f"{word.text} {words[i + 1].text}" if i + 1 < n else ""
            if pair and pair.lower() in _GAZETTEER:
                found.setdefault(pair, _GAZETTEER[pair.lower()])
                i += 2
                continue
            kind = _GAZETTEER.get(lower)
            if kind and (word.text[:1].isupper() or len(lower) > 3):
                found.setdefault(word.text, kind)
                i += 1
                continue
        if i + 1 < n:
            nxt = words[i + 1]
            if lower in _ENTITY_PREFIXES and nxt.text[:1].isupper():
                name = nxt.text
                if i + 2 < n and words[i + 2].text[:1].isupper():
                    name = f"{name} {words[i + 2].text}"
                found.setdefault(name, "PERSON")
            elif nxt.norm in _ORG_SUFFIXES and word.text[:1].isupper():
                found.setdefault(f"{word.text} {nxt.text}", "ORG")
        i += 1
    return list(found.items())


def extract_surface(tokens: Sequence[Token], max_keywords: int = 5) -> Surface:
    """Read hashtags, mentions, links, emoji, keywords and entities off a tokenised post."""
    hashtags: list[str] = []
    mentions: list[str] = []
    links: list[str] = []
    emoji: list[str] = []
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    question = False
    words: list[Token] = []
    for tok in tokens:
        kind = tok.kind
        if kind == "word":
            words.append(tok)
            norm = tok.norm
            if len(norm) > 2 and norm not in _STOPWORDS and not norm.isdigit():
                counts[norm] = counts.get(norm, 0) + 1
                first.setdefault(norm, tok.text)
        elif kind == "hashtag":
            hashtags.append(tok.text)
        elif kind == "mention":
            mentions.append(tok.text)
        elif kind == "url":
            links.append(tok.text)
        elif kind == "emoji":
            emoji.append(tok.text)
        elif kind == "punct" and "?" in tok.text:
            question = True
    # Longer and capitalised words (nouns and names in German) first; frequency breaks ties.
    ranked = sorted(
        counts,
        key=lambda n: (counts[n], first[n][:1].isupper(), min(len(n), 12)),
        reverse=True,
    )
    keywords = tuple(dict.fromkeys([h.lstrip("#").lower() for h in hashtags] + ranked).keys())[
        :max_keywords
    ]
    return Surface(
        hashtags=tuple(dict.fromkeys(hashtags)),
        mentions=tuple(dict.fromkeys(mentions)),
        links=tuple(dict.fromkeys(links)),
        emoji=tuple(emoji),
        keywords=keywords,
        entities=tuple(_entities(words)),
        question=question,
    )
