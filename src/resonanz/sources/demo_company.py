"""The fictional world of the demo: Brenntal, its two competitors, their accounts and the story.

Brenntal Wärmetechnik GmbH is an invented family-owned heat-pump maker from the invented town
of Kirchbrenn in Hohenlohe (about 900 employees). Vallberg and Solvarm are invented competitors.
Any resemblance to real companies is unintended; every domain is under `.example` (RFC 2606).

The story of the 30 days before "now":

- **Launch** (12 days before): Brenntal presents *Lyra 7*, a very quiet R290 heat pump for
  terraced houses (#brenntallyra): press, curiosity, questions about price and subsidies.
- **Shitstorm** (peak about 4 days before): firmware 3.8, pushed over the air to Calora and Geon
  heat pumps during a cold snap, locks the compressor with error E217. Houses stay cold, the
  hotline is overloaded, and the service account first speaks of "Einzelfälle" (isolated cases).
  A climate blogger with 300k followers and journalists pick it up (#brenntalkalt); Brenntal
  apologises, ships hotfix 3.8.1 and offers a credit, and the wave decays.

What lives here, in this order: the companies (`DEMO_COMPANY` for the UI and README), their
official accounts and the opinion leaders (`ACCOUNTS`, `PERSONAS`), the generated crowd of
ordinary authors (`crowd`), the scripted posts of both episodes (`STORY`, times relative to the
launch and to the peak of the shitstorm), the templates of the episodes (`EPISODE_RULES_*`, in
the notation of `demo_texts`) and the monitors the demo sets up (`demo_monitors`). The generator
in `demo.py` fills the rest of the stream around the scripted posts.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from resonanz.model import Author, Monitor, MonitorKind

__all__ = [
    "ACCOUNTS",
    "COMPANIES",
    "DEMO_COMPANY",
    "PERSONAS",
    "STORY",
    "Company",
    "Crowd",
    "DemoCompany",
    "StoryPost",
    "crowd",
    "demo_monitors",
]


@dataclass(frozen=True, slots=True)
class Company:
    """A company of the demo world: its names, products and where it lives on the web."""

    key: str
    name: str
    legal_name: str
    hq: str
    products: tuple[str, ...]
    app: str
    website: str

    @property
    def hashtag(self) -> str:
        return f"#{self.key}"


@dataclass(frozen=True, slots=True)
class DemoCompany:
    """The facts of the demo for the UI and the README."""

    name: str
    legal_name: str
    industry: str
    hq: str
    employees: int
    products: tuple[str, ...]
    competitors: tuple[Company, ...]
    launch_product: str
    launch_hashtag: str
    conflict_issue: str
    conflict_hashtag: str
    company: Company


BRENNTAL = Company(
    key="brenntal",
    name="Brenntal",
    legal_name="Brenntal Wärmetechnik GmbH",
    hq="Kirchbrenn",
    products=("Calora 8", "Calora 12", "Geon 10", "Aquina 270", "Lyra 7"),
    app="Brenntal Connect",
    website="https://brenntal.example",
)
VALLBERG = Company(
    key="vallberg",
    name="Vallberg",
    legal_name="Vallberg Klimatechnik AG",
    hq="Bremen",
    products=("VX 9", "VX 12", "Hybrid 5", "EcoAir 7"),
    app="Vallberg Home",
    website="https://vallberg.example",
)
SOLVARM = Company(
    key="solvarm",
    name="Solvarm",
    legal_name="Solvarm Deutschland GmbH",
    hq="Hamburg",
    products=("Nordic 8", "Nordic 11", "Flex 6", "Tank 200"),
    app="Solvarm Go",
    website="https://solvarm.example",
)
COMPANIES: dict[str, Company] = {c.key: c for c in (BRENNTAL, VALLBERG, SOLVARM)}

DEMO_COMPANY = DemoCompany(
    name=BRENNTAL.name,
    legal_name=BRENNTAL.legal_name,
    industry="Wärmepumpen / heat pumps",
    hq="Kirchbrenn (Hohenlohe)",
    employees=900,
    products=BRENNTAL.products,
    competitors=(VALLBERG, SOLVARM),
    launch_product="Brenntal Lyra 7",
    launch_hashtag="#brenntallyra",
    conflict_issue="Firmware 3.8 locks Calora/Geon heat pumps with error E217 (#brenntalkalt)",
    conflict_hashtag="#brenntalkalt",
    company=BRENNTAL,
)


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


#: Material for the generated crowd of authors (see `demo.py`).
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


@dataclass(frozen=True, slots=True)
class StoryPost:
    """A scripted post: `hours` after the episode's reference time (launch, shitstorm peak)."""

    key: str
    episode: str
    hours: float
    platform: str
    author: str  # a key of PERSONAS, or "company:role" of ACCOUNTS
    lang: str
    intent: str
    sentiment: str
    text: str
    title: str = ""
    reply_to: str = ""  # key of the story post it answers


def _parse_story(source: str) -> tuple[StoryPost, ...]:
    """Blocks of `key hours platform author lang intent/sentiment [> reply_to]`, an optional
    `title:` line and the text (indented lines, joined)."""
    posts = []
    for block in source.strip().split("\n\n"):
        head, *lines = block.splitlines()
        key, hours, platform, author, lang, label, *reply = head.split()
        title = lines[0].strip()[len("title:") :].strip() if "title:" in lines[0] else ""
        text = " ".join(line.strip() for line in lines[1 if title else 0 :])
        intent, sentiment = label.split("/")
        episode = "launch" if key.startswith("launch") else "shitstorm"
        posts.append(StoryPost(key, episode, float(hours), platform, author, lang, intent,
                               sentiment, text, title, reply[-1] if reply else ""))  # fmt: skip
    return tuple(posts)


STORY = _parse_story("""
launch-teaser  -22  mastodon  brenntal:main  de  other/positive
    Morgen, 10 Uhr. Etwas Leises kommt aus Kirchbrenn. 🤫 #brenntallyra #Brenntal

launch-post  0  mastodon  brenntal:main  de  press/positive
    Das ist sie: die Brenntal Lyra 7. 26 dB(A) in drei Metern Abstand, natürliches Kältemittel
    R290, gebaut für Reihenhäuser und enge Grundstücke. Ab heute bei unseren Fachpartnern:
    https://brenntal.example/lyra #brenntallyra #waermepumpe

launch-sky  0.1  bluesky  brenntal:main  en  press/positive
    Meet the Brenntal Lyra 7: 26 dB(A) at three metres, natural refrigerant R290, made for terraced
    houses. Available from today through our installer partners. https://brenntal.example/en/lyra
    #brenntallyra #heatpump

launch-handwerk  0.5  news  handwerk  de  press/neutral
    title: Brenntal stellt besonders leise Wärmepumpe Lyra 7 vor
    Kirchbrenn. Der Hohenloher Hersteller Brenntal Wärmetechnik hat seine neue
    Luft-Wasser-Wärmepumpe Lyra 7 vorgestellt. Mit 26 dB(A) soll sie auch in dicht bebauten
    Reihenhaussiedlungen die Lärmschutzwerte einhalten. Der Listenpreis beginnt bei 11.490 Euro,
    Auslieferung an Fachbetriebe ab sofort.

launch-technik  2  news  technikpresse  de  press/neutral
    title: Lyra 7: Brenntal setzt auf 26 dB(A)
    Brenntal will mit der Lyra 7 im hart umkämpften Markt für Reihenhäuser punkten. Erste Messwerte
    des Herstellers klingen gut, unabhängige Tests stehen noch aus. Konkurrenten wie Vallberg und
    Solvarm liegen bei vergleichbarer Leistung einige Dezibel darüber.

launch-ben  5  mastodon  ben  de  praise/positive
    War heute bei der Vorstellung der Brenntal Lyra in Kirchbrenn. Direkt daneben stehend hört man
    wirklich fast nur den Lüfter. Für Reihenhäuser ein echtes Argument. Preis ist sportlich, aber
    mit BEG-Förderung machbar. #brenntallyra #energieberatung

launch-sarah  26  bluesky  sarah  en  praise/positive
    Had a first look at Brenntal's new Lyra 7 heat pump. Genuinely quiet, neat design, R290. If the
    real-world efficiency matches the brochure, this could be the terraced-house unit to beat. Full
    video on Sunday. #brenntallyra #heatpumps

launch-eurotech  50  news  eurotech  en  press/neutral
    title: Brenntal bets on silence with Lyra 7 heat pump
    German Mittelstand manufacturer Brenntal has launched the Lyra 7, an air-to-water heat pump
    rated at 26 dB(A). The company says it targets dense housing, where noise limits block many
    installations. Prices start at about 11,500 euros.

launch-mara  74  bluesky  mara  de  praise/positive
    Endlich denkt mal jemand an Reihenhäuser: die Lyra 7 von Brenntal ist so leise, dass der
    Nachbar nichts mitbekommt. Genau sowas braucht die Wärmewende. #brenntallyra

storm-forum  -27  forum  sven  de  complaint/negative
    title: Calora 8 seit Update 3.8 Fehler E217 – noch jemand?
    Hallo zusammen, unsere Brenntal Calora 8 zeigt seit heute Nacht um 3 Uhr den Fehler E217 und
    heizt nicht mehr. In der Connect App steht Firmware 3.8, installiert gestern Abend automatisch.
    Reset über die App bringt nichts, Hotline ist dauerbesetzt. Draußen minus 9 Grad. Hat noch
    jemand das Problem?

storm-kurt  -25.5  forum  kurt  de  other/negative  > storm-forum
    Moin, bei mir haben heute früh schon drei Kunden mit Brenntal Anlagen angerufen, alle E217,
    alle mit Firmware 3.8. Sieht nach einem Fehler im Update aus, nicht nach Hardware. Bitte nicht
    selbst am Verdichter rumschrauben, Heizstab als Notbetrieb geht.

storm-nerd  -24  mastodon  heizungsnerd  de  complaint/negative
    Achtung, #Brenntal Besitzer: Firmware 3.8 scheint Calora und Geon Anlagen mit Fehler E217
    lahmzulegen. Im Heizungsforum gibt es schon Dutzende Berichte. Automatische Updates in der
    Connect App besser abschalten! #brenntalkalt #waermepumpe

storm-einzelfall  -21  mastodon  brenntal:service  de  other/neutral  > storm-nerd
    Hallo @heizungsnerd, uns sind zum Update 3.8 derzeit nur Einzelfälle bekannt. Betroffene
    Kundinnen und Kunden wenden sich bitte an unsere Hotline. Ihr Brenntal Service-Team

storm-mara  -17  bluesky  mara  de  complaint/negative
    Tausende Familien sitzen bei minus 8 Grad im Kalten, weil Brenntal ein kaputtes Update 3.8 auf
    ihre Wärmepumpen gespielt hat. Und die Firma spricht von „Einzelfällen“. Ernsthaft? 🥶
    #brenntalkalt

storm-jana  -14  mastodon  jana  de  press/neutral
    Recherche: Wer ist vom Brenntal Firmware-Update 3.8 betroffen (Fehler E217)? Meldet euch gern
    per DM, auch Installateurinnen und Installateure. #brenntalkalt

storm-sarah  -9  bluesky  sarah  en  complaint/negative
    German heat pump maker Brenntal pushed firmware 3.8 to its units overnight. Now owners report
    error E217 and no heating during a cold snap, and the support line has a three hour wait. Not
    how you build trust in heat pumps. #brenntalkalt

storm-technik  -4  news  technikpresse  de  press/negative
    title: Fehlerhaftes Firmware-Update legt Wärmepumpen von Brenntal lahm
    Ein fehlerhaftes Firmware-Update legt seit Tagesbeginn offenbar tausende Wärmepumpen des
    Herstellers Brenntal lahm. Betroffene berichten vom Fehlercode E217, die Anlagen schalten den
    Verdichter ab. Das Unternehmen hat sich bislang nur über die Hotline geäußert.

storm-tom  -3  bluesky  tom  de  press/negative
    Brenntal äußert sich bislang nur über die Hotline. Nach meinen Informationen sind mehrere
    tausend Anlagen mit Firmware 3.8 betroffen. Statement ist angefragt. #brenntalkalt

storm-tagesblatt  -1  news  tagesblatt  de  press/negative
    title: Kalte Wohnungen nach Update: Ärger um Brenntal wächst
    Kirchbrenn. Nach einem Software-Update für Wärmepumpen des Herstellers Brenntal bleiben in ganz
    Süddeutschland Wohnungen kalt. Verbraucherschützer raten Betroffenen, Kosten für Heizstab und
    Notheizung zu dokumentieren.

storm-eurotech  1  news  eurotech  en  press/negative
    title: Faulty update leaves Brenntal heat pumps stuck on error E217
    A faulty firmware update has left thousands of heat pumps made by German manufacturer Brenntal
    stuck on error E217 during a cold spell. Owners complain of hours-long waits at the company's
    hotline.

storm-statement  2  mastodon  brenntal:main  de  press/neutral
    Stellungnahme von Brenntal zu Firmware 3.8: Wir haben einen Fehler gemacht. Das Update sperrt
    bei einem Teil der Calora und Geon Anlagen den Verdichter (E217). Wir haben die Verteilung
    gestoppt, ein Hotfix 3.8.1 folgt heute Nacht, die Hotline ist rund um die Uhr besetzt.
    Mehrkosten für den Heizstab erstatten wir. Es tut uns leid. #brenntalkalt

storm-statement-en  2.1  bluesky  brenntal:main  en  press/neutral
    Statement from Brenntal on firmware 3.8: we made a mistake. The update locks the compressor on
    some Calora and Geon units (E217). Rollout is stopped, hotfix 3.8.1 ships tonight, our hotline
    is staffed around the clock and we will refund extra electricity costs. We are sorry.
    #brenntalkalt

storm-vzs  4  mastodon  vzs  de  other/neutral
    Betroffen vom Brenntal Update 3.8 (E217)? So sichert ihr eure Ansprüche: Zählerstand
    fotografieren, Kosten für Heizlüfter und Heizstab notieren, schriftlich bei Brenntal melden.
    Mehr: https://verbraucherforum.example/brenntal #brenntalkalt

storm-forum-official  6  forum  brenntal:service  de  other/neutral  > storm-forum
    Offizielle Information zu Fehler E217 nach Firmware 3.8: Der Hotfix 3.8.1 wird ab 22 Uhr
    automatisch verteilt. Bitte die Anlage dafür online lassen. Wer keinen Zugang zur Connect App
    hat, bekommt einen Technikertermin. Ihr Brenntal Service

storm-hotfix  20  mastodon  brenntal:main  de  other/positive
    Update von Brenntal: Der Hotfix 3.8.1 ist auf 96 Prozent der betroffenen Anlagen installiert,
    E217 ist dort behoben. Alle Betroffenen bekommen eine Gutschrift und eine kostenlose Wartung.
    Danke für eure Geduld. #brenntalkalt

storm-energie  22  news  energie  de  press/neutral
    title: Brenntal verteilt Hotfix und bietet Gutschrift an
    Der Wärmepumpenhersteller Brenntal hat den Fehler im Firmware-Update 3.8 nach eigenen Angaben
    behoben und bietet Betroffenen eine Gutschrift an. Branchenvertreter fordern nun Standards für
    Software-Updates an Heizungen.

storm-mara-2  26  bluesky  mara  de  other/negative
    Immerhin: Brenntal hat sich entschuldigt und den Fehler behoben. Aber warum gibt es bei
    Heizungen überhaupt automatische Updates ohne Rückfallebene? #brenntalkalt

storm-jana-2  30  mastodon  jana  de  press/neutral
    Mein Text zum Update-Debakel bei Brenntal: was schiefging, warum die Hotline kollabierte und
    was Hersteller daraus lernen sollten. https://presse.example/brenntal-update #brenntalkalt
""")


#: Templates of the two episodes (same notation as `demo_texts`); `{P}` is a product of the
#: episode (Lyra 7 in the launch, an affected Calora or Geon in the shitstorm).
EPISODE_RULES_DE = """
launch_fact: 26 dB(A) in drei Metern | natürliches Kältemittel R290 | gemacht für Reihenhäuser
  | ab 11.490 Euro | vernetzt über die {APP} App
launch_praise: Die neue Lyra 7 von {B} ist wirklich flüsterleise. Waren beim Fachpartner in
    {city} und haben sie gehört. {emo_pos} {launchtag}
  | 26 dB(A)? Wenn das stimmt, ist die {B} Lyra 7 genau das, was unsere Siedlung braucht. {emo_pos}
  | Endlich eine Wärmepumpe, bei der der Nachbar nicht meckert: {B} Lyra 7 {emo_pos} {launchtag}
  | Das Design der Lyra von {B} ist richtig schick. Könnte man sich glatt in den Garten stellen 😄
  | Lyra 7 live gehört: man hört wirklich nur den Lüfter. Respekt, {B}. {launchtag}
  | R290, 26 dB(A), schickes Gehäuse. Die Lyra von {B} macht vieles richtig. {emo_pos}
launch_question: Weiß jemand, ab wann die Lyra 7 von {B} lieferbar ist? {emo_meh}
  | Gibt es für die {B} Lyra 7 schon unabhängige Messwerte? 26 dB(A) klingt fast zu gut.
  | Passt die Lyra 7 von {B} auch für {M2} m² Altbau mit Heizkörpern? {launchtag}
  | Lyra 7 oder Calora 8 von {B}: was ist der Unterschied außer der Lautstärke?
  | Wird die {B} Lyra 7 über die BEG gefördert? {launchtag}
  | {BA} kann man die Lyra 7 mit einer bestehenden PV-Anlage koppeln?
launch_purchase_intent: Angebot für die {B} Lyra 7 ist da: {PRICE}. Wird wohl bestellt. {launchtag}
  | Lyra 7 von {B} ist bestellt! Einbau in {WEEKS} Wochen 🎉
  | Suche Fachbetrieb in {city}, der die neue {B} Lyra schon einbaut. Tipps?
  | Wir wollten noch warten, aber die Lyra 7 von {B} hat uns überzeugt. Termin steht. {launchtag}
  | Haben heute die Lyra 7 bei {B} angefragt. Wer hat schon ein Angebot? {p_q}
launch_complaint: {PRICE} für die Lyra 7? {B}, das ist nicht euer Ernst. {emo_neg}
  | Lyra 7 angekündigt, aber mein Installateur in {city} bekommt erst in {WEEKS} Wochen eine.
    Typisch {B}. | Schön leise, die neue Lyra von {B}, aber warum kein Kühlbetrieb? {emo_neg}
launch_other_neutral: Mal sehen, ob die Lyra 7 von {B} hält, was das Marketing verspricht.
  | Lyra heißt die Neue von {B}. Wie das Sternbild. Sehr poetisch 😄 | Launch-Video zur {B}
    Lyra 7: {URL} | Auf der Hausmesse in {HQ} wollten alle die Lyra von {B} sehen. {launchtag}
launch_other_positive: Die Lyra 7 von {B} zeigt: Wärmepumpen können leise. Gut für alle. {launchtag}
launch_other_negative: Noch eine Wärmepumpe. Die Lyra von {B} ist nett, aber das Problem ist der
    Handwerkermangel, nicht die Lautstärke.
official_launch: Jetzt bei unseren Fachpartnern: die {B} Lyra 7, {launch_fact}. {URL} {launchtag}
  | Die Lyra 7 ist da: {launch_fact}. Fachpartner in Ihrer Nähe: {URL} {launchtag} #Brenntal
launch_press: {B} stellt die Lyra 7 vor: {launch_fact}. {NEWSURL} {launchtag}
  | Lesetipp zur neuen {B} Lyra 7: {NEWSURL} | Neu von {B}: Lyra 7, {launch_fact}. {NEWSURL}
news_launch_press: {nl_title}§{HQ}. {nl_lead} {nl_body} {n_quote}
nl_title: {B} zeigt leise Wärmepumpe Lyra 7 | Lyra 7: {B} setzt auf Ruhe | Erster Eindruck: {B}
    Lyra 7 | Leise Wärmepumpe aus Hohenlohe: {B} bringt die Lyra | {B} startet Lyra 7
nl_lead: Mit der Lyra 7 will {BL} dort punkten, wo Lärmschutz bisher gegen Wärmepumpen sprach.
  | {BL} hat die Lyra 7 vorgestellt, eine Luft-Wasser-Wärmepumpe mit 26 dB(A).
  | Die neue Lyra 7 von {B} ist im Betrieb tatsächlich sehr leise, wie ein Test vor Ort zeigte.
nl_body: Offen bleibt die Effizienz im Winter. | Der Listenpreis beginnt bei rund 11.500 Euro.
  | Fachbetriebe in {city} melden erste Bestellungen. | Die Konkurrenz liegt einige Dezibel
    darüber. | ~
forum_launch_question: Erfahrungen mit der neuen {B} Lyra 7?§{f_hello}hat schon jemand die Lyra 7
    von {B} eingebaut bekommen? Uns interessiert vor allem: {q_topic}?¶{f_bye}
reviews_launch_praise: Flüsterleise§Lyra 7 von {B} seit {DAYS} Tagen in Betrieb. Man hört sie
    wirklich kaum. Klare Empfehlung.
reviews_launch_complaint: Lange Lieferzeit§Lyra 7 bei {B} bestellt, Liefertermin zweimal
    verschoben. Die Technik mag gut sein, die Logistik nicht.
reply_launch_metoo: Warten auch noch auf unsere Lyra 7, {B} vertröstet uns seit {WEEKS} Wochen.
  | Same, Liefertermin für die Lyra von {B} wurde auch verschoben. {emo_neg}
reply_launch_agree: Kann ich bestätigen, die Lyra 7 von {B} ist wirklich leise. {emo_pos}
  | Haben die Lyra auch gehört, {B} hat da echt was hinbekommen. {launchtag}
reply_launch_followup: Was hat die Lyra 7 bei euch gekostet? {B} {launchtag} | Welcher Fachpartner
    von {B} hat euch die Lyra eingebaut?
reply_launch_answer: Laut {B} gibt es die Lyra 7 ab sofort bei den Fachpartnern. | Die Lyra wird
    über die BEG gefördert, hat uns der {B} Fachpartner gesagt. {launchtag}
service_launch: Hallo {TN}, die Lyra 7 gibt es ab sofort bei unseren Fachpartnern. Einen Partner
    in Ihrer Nähe finden Sie hier: {URL} {svc_sig}

storm_complaint: {storm_scene}. {storm_blame} {storm_end}
  | {storm_scene}. {storm_blame} {storm_end} | {storm_scene}. {storm_blame} {storm_end}
  | Seit dem Update 3.8 zeigt unsere {B} {P} nur noch E217. Drinnen {INDOOR} Grad,
    draußen {TEMP} Grad. {emo_cold} {stormtag}
  | {H} Stunden in der Warteschleife bei {B}. {H} STUNDEN. Dann aufgelegt. {storm_end}
  | Einzelfälle? Bei uns in der Straße sind {N} Häuser mit {B} kalt. E217 überall. {stormtag}
  | Wer automatische Firmware-Updates auf Heizungen spielt, ohne Rollback, hat nichts verstanden.
    {B}, ihr habt es verbockt. {storm_end} | Kinder schlafen mit Mütze, weil {B} ein Update
    verbockt hat.
    Danke für nichts. {stormtag}
  | Heizstab läuft seit gestern durch, der Zähler dreht sich wie verrückt. Wer zahlt das, {BA}?
  | E217. E217. E217. Ich kann es nicht mehr sehen. {B}, meldet euch endlich! {emo_neg}
  | {CLOCK} Uhr, {INDOOR} Grad im Wohnzimmer, {B} Hotline besetzt. Firmware 3.8 sei Dank.
    {storm_end}
  | Unsere {P} hat sich heute Nacht das Update 3.8 gezogen und ist seitdem tot. Großartig, {B}.
    {storm_end}
  | "Einzelfälle" sagt {B}. Im Heizungsforum sind es inzwischen {N}0 Beiträge. {stormtag}
  | Mit Baby im Haus fällt die {B} Wärmepumpe nach dem Update aus. Ich bin so wütend. {stormtag}
  | Letzten Heizlüfter im Baumarkt ergattert. Danke {B}. {stormtag} {emo_neg}
  | Wegen Update 3.8 von {B} schlafen meine Eltern (beide über 80) heute bei uns. {stormtag}
  | Bewusst {B} gekauft, "Qualität aus Hohenlohe". Jetzt E217 und niemand erreichbar. {stormtag}
  | Ganz ehrlich {B}: ein Update, das bei Frost die Heizung abschaltet, hätte man testen können.
    {storm_end}
  | {B} {P} + Firmware 3.8 = kaltes Haus. {emo_cold} {stormtag}
  | seit heute früh E217 bei unserer {P}, {B} hotline nicht erreichbar, toll. {stormtag}
storm_end: ~ | ~ | {emo_cold} | {stormtag} | {emo_neg} {stormtag} | {stormtag} {tag}
  | Danke für nichts. | #fail {stormtag}
storm_scene: Unsere {B} {P} zeigt seit {CLOCK} Uhr E217 | {INDOOR} Grad im Kinderzimmer, die {P}
    steht auf E217 | Heizung aus seit Firmware 3.8, draußen {TEMP} Grad | Die {B} Wärmepumpe
    meiner Eltern ist seit dem Update tot | Seit {H} Stunden kein warmes Wasser, E217 im Display
  | Update 3.8 drauf, Haus kalt
storm_blame: Danke, {B}. | {B} sagt: Einzelfall. | Hotline: besetzt. | Wer testet bei {B}
    eigentlich Updates? | Und {B} schweigt. | Ich bin fassungslos. | Wie kann das sein, {B}?
storm_question: Kann man das Update 3.8 bei der {P} irgendwie zurückspielen? Bei uns E217 seit
    heute früh. {stormtag} | Hat {B} schon was Offizielles zu E217 gesagt? Bekommt man den
    Strom für den Heizstab erstattet? | Betrifft E217 nur die Calora oder auch die Geon? {B}
  | Wie schaltet man in der {APP} App automatische Updates ab? {stormtag}
  | Schickt {B} Techniker raus oder kann man selbst was machen? E217 seit {H} Stunden.
  | Notbetrieb mit Heizstab bei der {B} {P}: wo stellt man das ein? Firmware 3.8, Hilfe! {stormtag}
storm_other_negative: Heute Abend gibt es bei uns Fondue statt Heizung. Danke {B} 🫕 {stormtag}
  | Die Krisenkommunikation von {B} ist ein Lehrstück, wie man es nicht macht. {stormtag}
  | Update 3.8 von {B}: jetzt neu mit Eisbaden-Modus {emo_cold} {stormtag}
  | Niemand:¶{B}: spielt um 2 Uhr nachts ein Update auf Heizungen, bei minus 10 Grad. {stormtag}
  | "Smart Home", sagten sie. "Updates over the air", sagten sie. {B} {stormtag}
storm_other_neutral: Der Hashtag #brenntalkalt trendet gerade auf Platz {N}. Das ging schnell. {B}
  | Interessanter Fall für die Krisenkommunikation: {B} und das Update 3.8. Mal sehen.
  | Zusammenfassung: Firmware 3.8, Fehler E217, Verdichter gesperrt, {B} arbeitet an einem Fix.
  | Thread mit allem, was man zu {B} und E217 wissen muss 👇 {stormtag}
storm_other_positive: Leute, auch bei {B} arbeiten Menschen. Fehler passieren, das Update wird
    gefixt. Bitte die Hotline nicht anpöbeln. {stormtag}
  | Unsere {B} {P} hat das Update 3.8 ohne Probleme überstanden. Daumen drücken für alle 🤞
storm_praise: Respekt an den {B} Techniker, der um 22 Uhr noch kam und E217 per Laptop gefixt
    hat 🙏 {stormtag} | Die Frau an der {B} Hotline war trotz allem super freundlich. {stormtag}
storm_press: Wir berichten: Update-Panne bei {B}, tausende Wärmepumpen mit E217 {NEWSURL}
  | Verbraucherschützer prüfen Ansprüche gegen {B} nach Firmware-Update {NEWSURL} {stormtag}
  | Kalte Wohnungen nach Update 3.8: was Kunden von {B} jetzt wissen müssen {NEWSURL}
storm_purchase_intent: Nach {stormtag} wird es bei uns wohl eine {CP} von {C} statt {B}.
  | Bestellung bei {B} storniert. Wer hat gute Erfahrungen mit {C}? Update-Debakel reicht mir.
  | Wollten die Lyra von {B}, jetzt schauen wir uns doch {C} an. E217 hat uns abgeschreckt.
storm_spam: {stormtag} {BH} Heizlüfter jetzt 70 % reduziert!!! 👉 {SPAMURL}
  | Kalt zu Hause? Infrarotheizung zum Sparpreis: {SPAMURL} {stormtag} {BH}
stormafter_complaint: Hotfix 3.8.1 drauf, E217 ist weg, aber jetzt taktet die {P} ständig. {B},
    bitte nochmal ran. | Gutschrift von {B}? Bei mir ist noch nichts angekommen. {stormtag}
  | Hotfix ist da, aber das Vertrauen in {B} ist weg. Automatische Updates bleiben aus.
  | Immer noch E217 trotz 3.8.1. {B}, ernsthaft? {stormtag}
stormafter_praise: Hotfix 3.8.1 ist drauf, die {P} läuft wieder. Danke an das {B} Team 🙏
  | Die Entschuldigung von {B} war ehrlich und der Fix kam schnell. So geht es, wenn auch spät.
  | Gutschrift von {B} ist da, Update 3.8.1 läuft. Für mich ist das Thema durch 👍 {stormtag}
stormafter_question: Kommt der Hotfix 3.8.1 für die {B} {P} automatisch? {stormtag}
  | Wie beantrage ich die Gutschrift von {B} nach dem Update-Ausfall? Formular?
stormafter_other_neutral: Was lernen wir aus {stormtag}? Updates bei Heizungen brauchen eine
    Rückfallebene. {B} | Bin gespannt, ob {B} nach dem Update-Debakel Kunden verliert.
stormafter_other_positive: Haus wieder warm, Hotfix von {B} drauf. Zurück zum Alltag ☕
stormafter_other_negative: Die Sache mit dem Update zeigt: {B} hat Software nicht im Griff.
stormafter_press: {B} räumt Fehler ein, Hotfix 3.8.1 verteilt {NEWSURL} {stormtag}
forum_storm_complaint: {B} {P}: E217 nach Update 3.8§{f_hello}{f_context} Seit heute Nacht
    E217, Firmware 3.8. {f_tried} Drinnen {INDOOR} Grad.¶{f_bye}
forum_storm_question: Heizstab-Notbetrieb bei {B} {P} nach E217?§{f_hello}wie aktiviere ich nach
    dem Update 3.8 den Notbetrieb? Hotline von {B} nicht erreichbar.¶{f_bye}
reviews_storm_complaint: {rs_title}§{rs_open} {rs_mid} {rs_end}
rs_title: Update legt Heizung lahm | Finger weg | Kalt dank Update | Software-Desaster
  | Totalausfall im Winter | Vertrauen verspielt
rs_open: Nach dem Firmware-Update 3.8 zeigt unsere {P} E217. | Das Update 3.8 von {B} hat unsere
    Heizung abgeschaltet, bei {TEMP} Grad. | Seit dem automatischen Update steht die {P} mit
    E217 still.
rs_mid: Das Haus ist kalt, {B} ist nicht erreichbar. | {H} Stunden Warteschleife, dann aufgelegt.
  | Der Heizstab frisst jetzt Strom ohne Ende. | Kinder im Haus, und niemand hilft. | ~
rs_end: Ein Stern ist noch zu viel. | Nie wieder {B}. | Ich erwarte eine Entschädigung.
  | Keine Empfehlung. | ~
news_storm_press: {ns_title}§{ns_lead} {ns_body} {ns_quote}
ns_title: Update-Panne bei {B}: Wärmepumpen zeigen E217 | Kalte Wohnungen nach Update von {B}
  | {B} unter Druck: Fehler E217 legt Heizungen lahm | Ärger um {B}: Hotline überlastet
  | Verbraucherschützer prüfen Fall {B}
ns_lead: Nach einem fehlerhaften Firmware-Update bleiben bei Kunden von {BL} die Wohnungen kalt.
  | Das Update 3.8 für Wärmepumpen von {B} sperrt bei vielen Anlagen den Verdichter.
  | Besitzer von Wärmepumpen des Herstellers {B} melden seit {weekday} den Fehlercode E217.
  | In {city} sind nach Angaben von Installateuren Dutzende Anlagen von {B} ausgefallen.
ns_body: Die Hotline ist überlastet. | Verbraucherschützer raten, Zählerstände zu notieren.
  | Betroffene berichten von {H} Stunden in der Warteschleife. | Installateure empfehlen den
    Notbetrieb mit Heizstab. | Im Netz trendet der Hashtag #brenntalkalt. | ~
ns_quote: „Wir arbeiten mit Hochdruck an einer Lösung“, sagte {EXEC}. | ~ | „Das darf bei einer
    Heizung nicht passieren“, sagte eine Verbraucherschützerin.
news_stormafter_press: {B} verteilt Hotfix 3.8.1§{BL} hat den Fehler E217 nach eigenen Angaben
    behoben. Betroffene erhalten eine Gutschrift. {n_quote}
reply_storm_metoo: Bei uns auch! {B} {P}, E217 seit {CLOCK} Uhr. {stormtag}
  | Same. Firmware 3.8, E217, Haus kalt. {B} {emo_cold} | Genau so bei meinen Eltern, auch {B}.
  | +1, {P} von {B}, Update 3.8 letzte Nacht, seitdem tot. | Und {B} spricht von Einzelfällen 🙄
reply_storm_advice: Tipp: Heizstab-Notbetrieb aktivieren, dann wird es warm. E217 bleibt. {B}
  | Automatische Updates in der {APP} App abschalten! {stormtag}
  | Zählerstände fotografieren, {B} muss den Mehrverbrauch erstatten. {stormtag}
reply_storm_followup: Habt ihr schon eine Rückmeldung von {B}? {stormtag} | Calora oder Geon?
    {B} {stormtag}
reply_storm_joke: Zieh dich warm an 🧣 {B} {stormtag} | {B} Update-Roulette 🎲 {stormtag}
reply_storm_agree: Genau so. {B} muss das jetzt schnell fixen. {storm_end} | Sehe ich genauso,
    {B} hat das verbockt. {storm_end} | Exakt. Und {B} schweigt. {stormtag}
reply_storm_answer: Laut {B} kommt heute Nacht ein Hotfix. Bis dahin Heizstab-Notbetrieb. {stormtag}
reply_storm_contra: Bei uns lief die {B} {P} nach dem Update 3.8 ohne Probleme. Nicht alle sind
    betroffen.
reply_storm_thanks: Danke, der Notbetrieb läuft jetzt wenigstens. {B} muss trotzdem liefern.
    {stormtag}
service_storm: Hallo {TN}, es tut uns sehr leid. Wir arbeiten mit Hochdruck an einer Lösung für
    E217 nach Firmware 3.8. {svc_storm} {svc_sig}
svc_storm: Bitte die Anlage nicht vom Strom trennen. | Den Notbetrieb erklären wir hier: {URL}
  | Mehrkosten erstatten wir, bitte Zählerstand notieren. | Der Hotfix 3.8.1 kommt automatisch.
service_stormafter: Hallo {TN}, der Hotfix 3.8.1 sollte inzwischen installiert sein. Falls E217
    weiter angezeigt wird, schreiben Sie uns bitte per DM. {svc_sig}
"""

EPISODE_RULES_EN = """
launch_fact: 26 dB(A) at three metres | natural refrigerant R290 | made for terraced houses
launch_praise: The new {B} Lyra 7 really is whisper quiet. Heard one at an installer in {city}.
    {emo_pos} {launchtag} | 26 dB(A)? If that holds, the {B} Lyra 7 is exactly what our street
    needs. | Finally a heat pump the neighbours won't complain about: {B} Lyra 7 {emo_pos}
  | Heard the Lyra 7 live: you really only hear the fan. Respect, {B}. {launchtag}
launch_question: Anyone know when the {B} Lyra 7 ships? {emo_meh} | Any independent noise tests
    of the {B} Lyra 7 yet? 26 dB(A) sounds almost too good. | Does the {B} Lyra 7 work with
    radiators in an old {house}? {launchtag} | {BA} can the Lyra 7 pair with existing solar?
launch_purchase_intent: Got a quote for the {B} Lyra 7: {PRICE}. Probably ordering. {launchtag}
  | Ordered the {B} Lyra 7! Install in {WEEKS} weeks 🎉 | Looking for an installer near {city}
    who fits the new {B} Lyra. Tips?
launch_complaint: {PRICE} for the Lyra 7? Come on, {B}. {emo_neg} | Lovely and quiet, the new {B}
    Lyra, but why no cooling mode? {emo_neg}
launch_other_neutral: Let's see if the {B} Lyra 7 lives up to the marketing. {launchtag}
  | {B} named their new heat pump Lyra. Like the constellation. Poetic 😄
launch_other_positive: The {B} Lyra 7 shows heat pumps can be quiet. Good for everyone.
launch_other_negative: Another heat pump. The {B} Lyra is nice, but the bottleneck is installers.
official_launch: Now at our installer partners: the {B} Lyra 7, {launch_fact}. {URL} {launchtag}
launch_press: {B} unveils the Lyra 7: {launch_fact}. {NEWSURL} {launchtag}
news_launch_press: {nl_title}§{nl_lead} {nl_body} {n_quote}
nl_title: {B} launches quiet Lyra 7 heat pump | {B} bets on silence | First look: {B} Lyra 7
nl_lead: {BL} targets dense housing with the Lyra 7, rated at 26 dB(A). | German maker {B} has
    unveiled the Lyra 7, an air-to-water heat pump for terraced houses.
nl_body: Winter efficiency is still to be tested. | Prices start at about 11,500 euros. | ~
reply_launch_metoo: Still waiting for our Lyra 7 too, {B} keeps pushing the date. {emo_neg}
reply_launch_agree: Can confirm, the {B} Lyra 7 really is quiet. {emo_pos} {launchtag}
reply_launch_followup: What did you pay for the Lyra 7? {B} {launchtag} | Which {B} installer
    fitted your Lyra?
reply_launch_answer: {B} says the Lyra 7 is available from installers now. {launchtag}
service_launch: Hi {TN}, the Lyra 7 is available now through our installer partners. Find one
    near you: {URL} {svc_sig}

storm_complaint: {storm_scene}. {storm_blame} {storm_end}
  | {storm_scene}. {storm_blame} {storm_end} | {storm_scene}. {storm_blame} {storm_end}
  | Since update 3.8 our {B} {P} only shows E217. {INDOOR}°C inside, {TEMP}°C
    outside. {emo_cold} {stormtag} | {H} hours on hold with {B}. {H} HOURS. Then cut off.
  | "Isolated cases", says {B}. {N} houses on our street are cold with E217. {stormtag}
  | Pushing automatic firmware updates to heating systems with no rollback? {B}, you blew it.
    {storm_end}
  | Kids sleeping in hats because {B} botched an update. Thanks for nothing. {stormtag}
  | Backup heater running nonstop since yesterday, meter spinning. Who pays, {BA}? {stormtag}
  | E217. E217. E217. {B}, answer your customers! {emo_neg}
  | Our {P} pulled update 3.8 overnight and has been dead since. Brilliant, {B}. {stormtag}
  | Honestly {B}: an update that switches heating off in a frost could have been tested.
    {storm_end}
  | {B} {P} + firmware 3.8 = cold house. {emo_cold} {stormtag}
storm_end: ~ | ~ | {emo_cold} | {stormtag} | {emo_neg} {stormtag} | {stormtag} {tag}
  | Thanks for nothing. | #fail {stormtag}
storm_scene: Our {B} {P} has shown E217 since {CLOCK} | {INDOOR}°C in the kids' room, the {P}
    stuck on E217 | Heating dead since firmware 3.8, {TEMP}°C outside | My parents' {B} heat
    pump died with the update | No hot water for {H} hours, E217 on the display
storm_blame: Thanks, {B}. | {B} says: isolated case. | Hotline: engaged. | Who tests updates at
    {B}? | And {B} stays silent. | Speechless. | How is this possible, {B}?
storm_question: Is there any way to roll back update 3.8 on the {P}? E217 since this morning.
    {stormtag} | Has {B} said anything official about E217 yet? | Does E217 hit only Calora or
    Geon too? {B} | How do I switch off automatic updates in the {APP} app? {stormtag}
storm_other_negative: Fondue tonight instead of heating. Thanks {B} 🫕 {stormtag}
  | {B}'s crisis comms are a masterclass in how not to do it. {stormtag}
  | "Smart home", they said. "Over-the-air updates", they said. {B} {stormtag}
storm_other_neutral: #brenntalkalt is trending at number {N}. That was fast. {B}
  | Summary: firmware 3.8, error E217, compressor locked, {B} working on a fix. {stormtag}
storm_other_positive: People, {B} staff are humans too. Bugs happen, the update will be fixed.
    Be kind to the hotline. {stormtag}
storm_praise: Respect to the {B} engineer who came at 10pm and fixed E217 with a laptop 🙏
storm_press: Our report: {B} update failure leaves heat pumps stuck on E217 {NEWSURL} {stormtag}
  | Consumer groups look at claims against {B} after firmware update {NEWSURL}
storm_purchase_intent: After {stormtag} we'll probably go for a {C} {CP} instead of {B}.
  | Cancelled our {B} order. Anyone happy with {C}? The update fiasco was enough.
storm_spam: {stormtag} {BH} Space heaters 70% off!!! 👉 {SPAMURL}
stormafter_complaint: Hotfix 3.8.1 installed, E217 gone, but now the {P} short cycles. {B},
    please look again. | Still no credit from {B}. {stormtag} | Still E217 after 3.8.1. {B}?!
stormafter_praise: Hotfix 3.8.1 is on and the {P} is running again. Thanks to the {B} team 🙏
  | {B}'s apology was honest and the fix came fast. Late, but that's how it's done. {stormtag}
stormafter_question: Does hotfix 3.8.1 for the {B} {P} install automatically? {stormtag}
stormafter_other_neutral: Lesson from {stormtag}: heating updates need a fallback. {B}
stormafter_other_positive: House warm again, {B} hotfix installed. Back to normal ☕
stormafter_other_negative: The update mess shows {B} doesn't have software under control.
stormafter_press: {B} admits error, ships hotfix 3.8.1 {NEWSURL} {stormtag}
reviews_storm_complaint: {rs_title}§{rs_open} {rs_mid} {rs_end}
rs_title: Update killed our heating | Avoid | Cold thanks to an update | Software disaster
rs_open: After firmware update 3.8 our {P} shows E217. | {B}'s update 3.8 switched our heating
    off at {TEMP}°C. | Since the automatic update the {P} has been stuck on E217.
rs_mid: The house is cold and {B} is unreachable. | {H} hours on hold, then cut off. | ~
rs_end: One star is too many. | Never again {B}. | I expect compensation. | ~
news_storm_press: {ns_title}§{ns_lead} {ns_body}
ns_title: {B} heat pumps hit by faulty update | Cold homes after {B} update | {B} under fire
    over error E217
ns_lead: Owners of {BL} units report error E217 after firmware 3.8. | A faulty update from {B}
    has locked compressors in heat pumps across southern Germany.
ns_body: The hotline is overloaded. | Consumer groups advise owners to log meter readings. | ~
news_stormafter_press: {B} ships hotfix 3.8.1§{BL} says error E217 is fixed; affected customers
    get a credit. {n_quote}
reply_storm_metoo: Same here! {B} {P}, E217 since {CLOCK}. {stormtag} | Same. Firmware 3.8, E217,
    cold house. {B} {emo_cold} | +1, {B} {P}, update 3.8 last night, dead since.
reply_storm_advice: Tip: enable the backup heater emergency mode, at least it gets warm. {B}
  | Switch off auto updates in the {APP} app! {stormtag} | Photograph your meter, {B} has to
    refund the extra power. {stormtag}
reply_storm_followup: Heard anything back from {B}? {stormtag} | Calora or Geon? {B}
    {stormtag}
reply_storm_joke: Wrap up warm 🧣 {B} {stormtag} | {B} update roulette 🎲 {stormtag}
reply_storm_agree: Exactly. {B} needs to fix this now. {storm_end} | This. And {B} stays silent.
    {stormtag}
reply_storm_answer: {B} says a hotfix comes tonight. Use backup heater mode until then. {stormtag}
reply_storm_contra: Our {B} {P} took the update without issues. Not everyone is affected.
reply_storm_thanks: Thanks, emergency mode on the {B} is running at least. {stormtag}
service_storm: Hi {TN}, we are very sorry. We are working flat out on a fix for E217 after
    firmware 3.8. {svc_storm} {svc_sig}
svc_storm: Please don't disconnect the unit. | Emergency mode guide: {URL} | We will refund extra
    costs, please note your meter reading. | Hotfix 3.8.1 will install automatically.
service_stormafter: Hi {TN}, hotfix 3.8.1 should be installed by now. If E217 persists, please DM
    us. {svc_sig}
"""


def demo_monitors() -> list[Monitor]:
    """The monitors `resonanz demo` sets up: the brand, two competitors, the launch, the
    conflict topic of the shitstorm and employer branding. Every generated post about one of
    these contains a term its query matches."""
    brand = "(Brenntal OR #brenntal OR @brenntal)"
    return [
        Monitor(
            name="Brenntal",
            query="Brenntal OR #brenntal OR @brenntal",
            kind=MonitorKind.BRAND,
            description="Everything said about Brenntal Wärmetechnik, our company.",
        ),
        Monitor(
            name="Vallberg",
            query="Vallberg OR #vallberg OR @vallberg",
            kind=MonitorKind.COMPETITOR,
            description="Competitor Vallberg Klimatechnik AG (Bremen).",
        ),
        Monitor(
            name="Solvarm",
            query="Solvarm OR #solvarm OR @solvarm",
            kind=MonitorKind.COMPETITOR,
            description="Competitor Solvarm Deutschland GmbH (Hamburg).",
        ),
        Monitor(
            name="Launch Lyra 7",
            query=f'"Brenntal Lyra" OR #brenntallyra OR (Lyra AND {brand})',
            kind=MonitorKind.TOPIC,
            description="Campaign: market launch of the Lyra 7 heat pump.",
        ),
        Monitor(
            name="Firmware-Update / #brenntalkalt",
            query=(
                f"#brenntalkalt OR E217 OR ({brand} AND (Firmware OR Update OR Heizungsausfall"
                ' OR outage OR "ohne Heizung" OR "no heating"))'
            ),
            kind=MonitorKind.CONFLICT_TOPIC,
            description="Conflict topic: faulty firmware updates and heating outages.",
        ),
        Monitor(
            name="Brenntal als Arbeitgeber",
            query=(
                f"#brenntaljobs OR ({brand} AND (Job OR Jobs OR Karriere OR Ausbildung"
                " OR Arbeitgeber OR Bewerbung OR hiring OR career OR careers OR employer))"
            ),
            kind=MonitorKind.TOPIC,
            description="Employer branding: jobs, apprenticeships, employer reviews.",
        ),
    ]
