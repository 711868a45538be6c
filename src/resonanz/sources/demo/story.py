"""The story of the demo: a product launch and a shitstorm, and the posts that script them.

The story of the 30 days before "now":

- **Launch** (12 days before): Brenntal presents *Lyra 7*, a very quiet R290 heat pump for
  terraced houses (#brenntallyra): press, curiosity, questions about price and subsidies.
- **Shitstorm** (peak about 4 days before): firmware 3.8, pushed over the air to Calora and Geon
  heat pumps during a cold snap, locks the compressor with error E217. Houses stay cold, the
  hotline is overloaded, and the service account first speaks of "Einzelfälle" (isolated cases).
  A climate blogger with 300k followers and journalists pick it up (#brenntalkalt); Brenntal
  apologises, ships hotfix 3.8.1 and offers a credit, and the wave decays.

What lives here: when the episodes happen (`episode_times`), the shape of their waves of extra
posts (`launch_shape`, `storm_shape`, at most `LAUNCH_RATE` and `STORM_RATE` posts per slot) and
the scripted posts of the opinion leaders, the company and the press (`STORY`, times relative to
the launch and to the peak of the shitstorm; authors are keys of `demo.crowd`). The templates of
the episodes are in `demo.story_texts`; the timeline in `demo.timeline` fills the rest of the
stream around the scripted posts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from resonanz.sources.demo.calendar import berlin_offset, berlin_time

__all__ = [
    "LAUNCH_RATE",
    "STORM_RATE",
    "STORY",
    "StoryPost",
    "episode_times",
    "launch_shape",
    "storm_shape",
]

#: Extra posts per slot at the launch moment and at the peak of the shitstorm.
LAUNCH_RATE = 3.0
STORM_RATE = 21.0


def episode_times(anchor: datetime) -> tuple[datetime, datetime]:
    """(launch, peak of the shitstorm) of a demo whose "now" is `anchor`: the launch at 10:00
    Berlin time twelve days before, the peak at 11:00 four days before."""
    local_day = (anchor + berlin_offset(anchor)).date()
    return (
        berlin_time(local_day - timedelta(days=12), 10),
        berlin_time(local_day - timedelta(days=4), 11),
    )


def launch_shape(hours: float) -> float:
    """The launch wave `hours` after the launch: a little anticipation, then a decay over days."""
    if hours < -24 or hours > 240:
        return 0.0
    return 0.08 if hours < 0 else math.exp(-hours / 30)


def storm_shape(hours: float) -> float:
    """The wave: exponential rise over about a day (e-folding 7 h), decay over two (10 h)."""
    if hours < -40 or hours > 120:
        return 0.0
    return math.exp(hours / 7) if hours < 0 else math.exp(-hours / 10)


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
