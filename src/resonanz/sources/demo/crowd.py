"""Who posts in the demo: the companies' official accounts, the opinion leaders and outlets of
the story, and a generated crowd of ordinary authors.

`ACCOUNTS` and `PERSONAS` are written out (the story in `demo.story` refers to them by key);
`crowd` generates the everyday authors of a platform from the seed: thousands of people with
heavy-tailed follower counts, and on the social platforms journalists, influencers and
spammers. Which of them writes a post is decided in `demo.plan`.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from resonanz.model import Author

__all__ = [
    "ACCOUNTS",
    "COMPANY_HANDLES",
    "OUTLETS",
    "PERSONAS",
    "SPAM_WORDS",
    "Crowd",
    "ascii_name",
    "company_account",
    "crowd",
]


def _author(platform: str, handle: str, name: str, followers: int, home: str) -> Author:
    return Author(platform=platform, handle=handle, name=name, followers=followers, url=home)


def _masto(handle: str, name: str, followers: int, instance: str = "social.example") -> Author:
    return _author("mastodon", handle, name, followers, f"https://{instance}/@{handle}")


def _sky(handle: str, name: str, followers: int) -> Author:
    return _author("bluesky", handle, name, followers, f"https://sky.example/profile/{handle}")


def _forum(handle: str, name: str, followers: int) -> Author:
    return _author("forum", handle, name, followers, f"https://heizungsforum.example/u/{handle}")


def _outlet(handle: str, name: str, followers: int) -> Author:
    return _author("news", handle, name, followers, f"https://{handle}")


#: Official accounts: (company key, platform, role) → author. Role "main" posts news, jobs and
#: statements; role "service" answers customers.
ACCOUNTS: dict[tuple[str, str, str], Author] = {
    ("brenntal", "mastodon", "main"): _masto("brenntal", "Brenntal Wärmetechnik", 6480),
    ("brenntal", "mastodon", "service"): _masto("brenntal_service", "Brenntal Kundenservice", 1950),
    ("brenntal", "bluesky", "main"): _sky("brenntal.sky.example", "Brenntal", 4210),
    ("brenntal", "bluesky", "service"): _sky("brenntal.sky.example", "Brenntal", 4210),
    ("brenntal", "forum", "service"): _forum(
        "Brenntal_Service", "Brenntal Service (offiziell)", 310
    ),
    ("brenntal", "reviews", "service"): _author(
        "reviews", "brenntal-antwort", "Antwort von Brenntal", 0, "https://brenntal.example"
    ),
    ("vallberg", "mastodon", "main"): _masto("vallberg", "Vallberg Klimatechnik", 9120),
    ("vallberg", "mastodon", "service"): _masto("vallberg", "Vallberg Klimatechnik", 9120),
    ("vallberg", "bluesky", "main"): _sky("vallberg.sky.example", "Vallberg", 5630),
    ("vallberg", "bluesky", "service"): _sky("vallberg.sky.example", "Vallberg", 5630),
    ("vallberg", "forum", "service"): _forum("Vallberg_Support", "Vallberg Support", 120),
    ("solvarm", "mastodon", "main"): _masto(
        "solvarm", "Solvarm Deutschland", 3310, "norden.example"
    ),
    ("solvarm", "mastodon", "service"): _masto(
        "solvarm", "Solvarm Deutschland", 3310, "norden.example"
    ),
    ("solvarm", "bluesky", "main"): _sky("solvarm.sky.example", "Solvarm", 2890),
    ("solvarm", "bluesky", "service"): _sky("solvarm.sky.example", "Solvarm", 2890),
}

#: The opinion leaders of the story and the news outlets, by key.
PERSONAS: dict[str, Author] = {
    "heizungsnerd": _masto("heizungsnerd", "Heizungsnerd 🔧", 12400, "troet.example"),
    "jana": _masto("jana_wolff", "Jana Wolff | Tech-Journalistin", 84300, "presse.example"),
    "ben": _masto("energieben", "Ben Haller | Energieberater", 23800),
    "vzs": _masto("verbraucherforum", "Verbraucherforum Süd e.V.", 41200),
    "mara": _sky("mara-klimablog.sky.example", "Mara Jensen 🌍 Klimablog", 312000),
    "tom": _sky("tomhardt.sky.example", "Tom Hardt (Wirtschaft)", 56700),
    "sarah": _sky("greenhome-sarah.sky.example", "Sarah Quinn | GreenHome", 148000),
    "sven": _forum("Sven_aus_Heilbronn", "Sven aus Heilbronn", 40),
    "kurt": _forum("SHK-Meister_Kurt", "SHK-Meister Kurt", 2300),
    "tagesblatt": _outlet("tagesblatt.example", "Tagesblatt Süd", 380000),
    "technikpresse": _outlet("technikpresse.example", "Technikpresse", 520000),
    "energie": _outlet("energie-aktuell.example", "Energie Aktuell", 95000),
    "handwerk": _outlet("handwerk-heute.example", "Handwerk Heute", 61000),
    "kurier": _outlet("hohenlohe-kurier.example", "Hohenlohe Kurier", 45000),
    "eurotech": _outlet("eurotechwire.example", "EuroTech Wire", 410000),
    "heathome": _outlet("heatandhome.example", "Heat & Home Review", 88000),
    "cleanenergy": _outlet("cleanenergydaily.example", "Clean Energy Daily", 130000),
}

#: Outlets by language, for generated news.
OUTLETS: dict[str, tuple[str, ...]] = {
    "de": ("tagesblatt", "technikpresse", "energie", "handwerk", "kurier"),
    "en": ("eurotech", "heathome", "cleanenergy"),
}

#: The handles of the official accounts: what they post is neutral, written without typos, and
#: never answered by the service.
COMPANY_HANDLES = frozenset(a.handle for a in ACCOUNTS.values())


def company_account(key: str, platform: str, role: str) -> Author | None:
    """The official account of company `key` on `platform` in `role`, if it has one."""
    return ACCOUNTS.get((key, platform, role))


#: Material for the generated crowd of authors.
FIRST_NAMES_DE = """Anna Lena Julia Laura Sarah Lisa Katharina Sandra Nicole Stefanie Sabine
Claudia Petra Andrea Monika Jana Miriam Carina Franziska Hannah Leonie Marie Sophie Emma Mia Lea
Johanna Ute Heike Birgit Christine Simone Tanja Melanie Thomas Michael Andreas Stefan Christian
Markus Daniel Tobias Jens Frank Jürgen Uwe Ralf Matthias Sebastian Florian Jan Tim Lukas Felix
Jonas Max Paul Leon Niklas Philipp Dominik Benedikt Holger Dirk Bernd Klaus Wolfgang Volker Sven
Oliver Patrick Timo Marco Ayşe Mehmet Emre Elif Can Deniz Luca Marija Ivan Katarzyna Piotr
Dimitri Fatima Omar Nils Ole Kai"""
LAST_NAMES_DE = """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann
Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König
Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Keller Günther
Frank Berger Roth Beck Lorenz Baumann Franke Albrecht Ludwig Winter Kraus Martin Schumacher Vogt
Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn
Kühn Pohl Engel Horn Busch Yılmaz Kaya Demir Nowak Kowalski Popović Russo Rossi Novak Jansen
Hansen Petersen Nielsen Bergmann"""
FIRST_NAMES_EN = """James Oliver Harry Jack George Noah Charlie Jacob Thomas Oscar William Emily
Olivia Amelia Isla Ava Jessica Sophie Grace Chloe Ella Lucy Hannah Megan Rachel Laura Emma Sarah
Kate David Daniel Matthew Chris Ryan Ben Sam Tom Alex Mark Paul Liam Sean Niamh Aoife Ciara
Siobhan Eoin Fiona Priya Raj Arjun Aisha Zara Yusuf Ahmed Wei Mei Jun Hiroshi Yuki Lars Sven
Anneke Sanne Daan Bram Lotte Femke Pieter Joris Ingrid Maja Mateo Sofia Lucas Chloé Hugo Inès
Marta Pablo Elena Nora"""
LAST_NAMES_EN = """Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright
Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James
Phillips Mason Mitchell Rose Davis Rodriguez Cox Alexander Murphy Kelly Byrne Walsh O'Brien Ryan
Doyle Campbell Stewart MacDonald Scott Reid Ross Vermeulen Jansen Dekker Bakker Visser Smit
Meijer Hendriks Mulder Larsen Andersen Svensson Lindqvist Berg Moreau Dubois Laurent Rossi
Bianchi Garcia Martinez Lopez Chen Wang Li Kim Tanaka Sato Nguyen Singh Gupta Ali Hussain"""
NICKNAMES = """heizungsfan waermewende solarfuchs altbauliebe energiesparer klimafreund
haustechnik pvnerd sanierungsblog reihenhaus gruenerdaumen stromspar eigenheimer
waermepumpenwilli heatpumpdad retrofitter solarmum greenhomes energygeek offgrid netzero_now
coldhouse eco_terrace"""


@dataclass(frozen=True, slots=True)
class Crowd:
    """The generated authors of one platform, by language."""

    people: Mapping[str, tuple[Author, ...]]
    journalists: Mapping[str, tuple[Author, ...]]
    influencers: Mapping[str, tuple[Author, ...]]
    spammers: tuple[Author, ...]


_TO_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "'": None})


def ascii_name(text: str) -> str:
    """A name as it appears in handles: ASCII, lower case (ä → ae)."""
    text = text.translate(_TO_ASCII)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


_INSTANCES = ("social.example",) * 4 + (
    "troet.example", "norden.example", "muenchen.example", "chaos.example", "fedi.example",
)  # fmt: skip
SPAM_WORDS = ("gewinn", "deal", "crypto", "likes", "bonus", "rabatt", "promo", "cash")


@lru_cache(maxsize=8)
def crowd(seed: int, platform: str) -> Crowd:
    """Authors of `platform`: stable for a seed, heavy-tailed follower counts."""
    rng = random.Random(f"{seed}:crowd:{platform}")
    names = {
        "de": (FIRST_NAMES_DE.split(), LAST_NAMES_DE.split()),
        "en": (FIRST_NAMES_EN.split(), LAST_NAMES_EN.split()),
    }
    nicks = NICKNAMES.split()
    taken: set[str] = set()
    sizes = {"social": (2000, 1000), "forum": (1500, 300), "reviews": (2000, 600)}
    group = "social" if platform in ("mastodon", "bluesky") else platform

    def make(lang: str, kind: str) -> Author:
        first, last = rng.choice(names[lang][0]), rng.choice(names[lang][1])
        f, ln = ascii_name(first), ascii_name(last).replace(" ", "")
        style = rng.random()
        if kind == "spam":
            base = f"{rng.choice(SPAM_WORDS)}{rng.choice(SPAM_WORDS)}{rng.randrange(10, 999)}"
        elif style < 0.35:
            base = f"{f}{ln}" if platform != "forum" else f"{first}_{last[0]}{rng.randrange(99)}"
        elif style < 0.6:
            base = f"{f}_{ln[0]}{rng.randrange(1, 99) if rng.random() < 0.4 else ''}"
        elif style < 0.8:
            base = f"{rng.choice(nicks)}{rng.randrange(1, 999)}"
        else:
            base = f"{f}{rng.randrange(1960, 2005)}"
        base = ascii_name(base)
        if platform == "forum" and style < 0.6:
            base = base.capitalize()
        while base in taken:
            base += str(rng.randrange(10))
        taken.add(base)
        display = f"{first} {last}"
        if kind == "journalist":
            display += " | " + ("Wirtschaftsredaktion" if lang == "de" else "reporter")
            followers = int(rng.lognormvariate(8.3, 0.9))
        elif kind == "influencer":
            display = f"{first} {rng.choice(('🌱', '⚡', '🏡', '| Energie', '| Home energy'))}"
            followers = min(500_000, int(10_000 * rng.paretovariate(0.9)))
        elif kind == "spam":
            display, followers = base.capitalize(), rng.randrange(0, 40)
        elif group == "social":
            followers = int(rng.lognormvariate(4.0, 1.45))
        else:
            followers = int(rng.lognormvariate(1.5, 1.1))
        if platform == "mastodon":
            handle, url = base, f"https://{rng.choice(_INSTANCES)}/@{base}"
        elif platform == "bluesky":
            handle = f"{base.replace('_', '-')}.sky.example"
            url = f"https://sky.example/profile/{handle}"
        elif platform == "forum":
            handle = display = base
            url = f"https://heizungsforum.example/u/{handle}"
        else:
            handle = f"{base.replace('_', '-')}-{rng.randrange(1000, 9999)}"
            display, url = f"{first} {last[0]}.", f"https://bewertungen.example/profil/{handle}"
        return Author(platform, handle, display, followers, url)

    def many(kind: str, n_de: int, n_en: int) -> dict[str, tuple[Author, ...]]:
        return {
            "de": tuple(make("de", kind) for _ in range(n_de)),
            "en": tuple(make("en", kind) for _ in range(n_en)),
        }

    n_de, n_en = sizes.get(group, (0, 0))
    social = group == "social"
    return Crowd(
        people=many("person", n_de, n_en),
        journalists=many("journalist", 20 if social else 0, 10 if social else 0),
        influencers=many("influencer", 12 if social else 0, 8 if social else 0),
        spammers=tuple(make("de", "spam") for _ in range(40)),
    )
