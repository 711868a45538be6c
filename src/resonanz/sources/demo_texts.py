"""The words of the demo generator: a small grammar per language, and the noise of real posts.

A grammar is written as lines `name: option | option | …`; an indented line continues the
rule: with more options after a leading `|`, or the last option where there is none.
An option is text with slots: `{lowercase}` expands another rule of the grammar, `{UPPERCASE}`
asks the writer for a value (company, product, number, handle, …; see `demo.py`), and
`{s_name}` expands a rule once per post, so a title and its text name the same thing. `~` is an
empty option, `§` separates a title from the text, `¶` is a paragraph break.

`Grammar.expand` picks options uniformly with the random generator it is given; `tidy` cleans
up the expansion; `roughen` adds what real posts have: typos, lowercase, umlauts written as
ae/oe/ue. `RULES_DE` and `RULES_EN` hold the everyday material; the episodes' templates live
with the story in `demo_company`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

from resonanz.sources.demo_company import EPISODE_RULES_DE, EPISODE_RULES_EN

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

RULES_DE = """
# -- building blocks ---------------------------------------------------------------------------
tag: #waermepumpe | #wärmepumpe | #heizung | #energiewende | #heizen | #hausbau | #altbau
  | #sanierung | #GEG | #eigenheim | #smarthome | #klimaschutz | #strompreis | #heizungsgesetz
tags: ~ | ~ | ~ | {tag} | {tag} | {tag} {tag} | {BH} | {BH} {tag}
city: Stuttgart | Heilbronn | Schwäbisch Hall | Ulm | Karlsruhe | Mannheim | Würzburg | Nürnberg
  | Augsburg | München | Freiburg | Reutlingen | Pforzheim | Ludwigsburg | Esslingen | Aalen
  | Crailsheim | Öhringen | Tübingen | Regensburg | Frankfurt | Kassel | Köln | Bielefeld
  | Hannover | Bremen | Hamburg | Kiel | Leipzig | Dresden | Erfurt | Mainz | Saarbrücken | Bonn
  | Osnabrück | Münster | Rosenheim | Kempten | Bamberg | Konstanz | Offenburg | Fulda
weekday: Montag | Dienstag | Mittwoch | Donnerstag | Freitag | Samstag
since: seit {DAYS} Tagen | seit {WEEKS} Wochen | seit letztem {weekday} | seit der Wartung
  | seit dem Einbau | seit Wochen | schon wieder | seit {DAYS} Tagen schon
neg_close: Nie wieder. | Echt enttäuschend. | So geht man nicht mit Kunden um. | Ich bin bedient.
  | Unfassbar. | Das kann doch nicht euer Ernst sein. | Langsam reicht's. | Wirklich frustrierend.
  | Sorry, aber das ist kein Service. | Epic fail. | Kundenservice? Eher Kundenschweigen.
  | Mega nervig. | Ich hab echt keinen Bock mehr. | Was für ein Trauerspiel. | ~
demand: Ich erwarte einen Rückruf! | Bitte meldet euch endlich. | Wann kommt endlich jemand?
  | Wer kümmert sich darum? | Ich will einfach nur eine warme Wohnung. | Kann mir jemand helfen?
  | Bitte um Rückmeldung per DM. | Hallo?? Jemand da?
bad_adj: eine Katastrophe | unterirdisch | ein schlechter Witz | praktisch nicht existent
  | völlig überfordert | ein Totalausfall | schlicht nicht erreichbar | echt a joke
code: E104 | E31 | F12 | E05 | A61 | E120 | F03 | E88 | H45 | E212 | F27
errx: Fehler {code} | Störung {code} | Fehlercode {code} | eine rote Warnleuchte
  | eine Hochdruckstörung | eine Störmeldung nach der anderen
app_issue: die App verliert ständig die Verbindung zur Anlage | der Login geht seit Tagen nicht
  | die Verbrauchswerte stimmen hinten und vorne nicht | Push-Nachrichten kommen Stunden später
  | die Heizkurve lässt sich nur noch am Display ändern | die App stürzt beim Öffnen ab
heating: Fußbodenheizung | Heizkörper | FBH im EG, Heizkörper im OG | Flächenheizung überall
house: Doppelhaushälfte | Altbau | Reihenmittelhaus | Einfamilienhaus | Bungalow | Fachwerkhaus
old_heater: Ölheizung | Gastherme | Nachtspeicheröfen | Gasheizung von 1994 | alten Ölkessel
stats: eine JAZ von {JAZ} | {KWH} kWh Strom im Januar für {M2} m² | Heizkosten halbiert
  | COP von {JAZ} bei {TEMP} Grad | {PCT} Prozent weniger Kosten als mit Gas
service_good: Termin innerhalb von zwei Tagen | Problem am Telefon in zehn Minuten gelöst
  | super freundlich und kompetent | hat sich sogar am Samstag gemeldet
  | Ersatzteil gleich mitgebracht | hat alles geduldig erklärt
q_topic: lohnt sich ein Pufferspeicher | wie hoch ist euer Stromverbrauch im Winter
  | welche Vorlauftemperatur fahrt ihr | wie läuft das mit der BEG-Förderung
  | wie oft muss die Anlage gewartet werden | kann man die Heizkurve per App anpassen
  | wie laut ist die Außeneinheit wirklich | macht ein PV-Überschuss-Modus Sinn
  | ab wie viel Grad minus springt bei euch der Heizstab an | nutzt ihr einen Wärmepumpentarif
q_detail: Bin für jeden Tipp dankbar. | Lohnt sich das? | Wie zufrieden seid ihr?
  | Erfahrungen gern per DM. | Danke schon mal! | Was sagt ihr? | Bitte ehrliche Meinungen. | Thx!
q_setting: den Absenkbetrieb | die Heizkurve | die Legionellenschaltung | den Flüstermodus
  | die Warmwasserzeiten | den Urlaubsmodus | die SG-Ready-Funktion | den Kühlbetrieb
q_thing: ein Smart-Grid-Modul | eine Modbus-Schnittstelle | einen Kühlbetrieb
  | eine Anbindung an Home Assistant | ein Wartungsabo | eine Garantieverlängerung
q_wait: ein Technikertermin | eine Antwort auf eine Garantieanfrage | die Lieferung einer Anlage
p_q: Lohnt sich das mit BEG-Förderung? | Was habt ihr bezahlt? | Wie lang waren die Lieferzeiten?
  | Erfahrungen? | Wie seid ihr mit dem Service zufrieden? | Gibt es einen Haken?
  | Tipps für die Verhandlung? | any thoughts? | Meinungen?
opinion: Spannend. | Mal sehen, ob das reicht. | Respekt. | Guter Schritt. | Hm. | ~ | Na endlich.

# -- companies --------------------------------------------------------------------------------
issue_brenntal: der Kundendienst ist telefonisch praktisch nicht erreichbar
  | die {APP} App verliert jeden zweiten Tag die Verbindung zur Anlage
  | das Ersatzteil für den Lüfter kommt erst in {WEEKS} Wochen
  | die Anlage taktet bei Plusgraden wie verrückt | die Wartung war fast doppelt so teuer wie gesagt
  | der Techniker war {N} Mal da und der Fehler ist immer noch nicht weg
  | die Außeneinheit brummt nachts deutlich hörbar | das Warmwasser wird nur noch lauwarm
  | der Heizstab springt ständig an und der Stromverbrauch explodiert
  | auf meine Mail an den Service kam nach {DAYS} Tagen keine Antwort
  | der versprochene Rückruf vom Service kam nie
issue_vallberg: die Außeneinheit ist nachts so laut, dass sich die Nachbarn beschweren
  | die Jahresarbeitszahl liegt weit unter dem Prospektwert | die {APP} App zeigt Unsinn an
  | das Abtauen dauert ewig und die Räume kühlen aus | die Garantieabwicklung zieht sich ewig
  | die Hybrid-Steuerung schaltet viel zu oft auf Gas um | der Verdichter klackert laut beim Start
issue_solvarm: Ersatzteile brauchen gefühlt ewig | der Fachpartner hat erst in {WEEKS} Wochen Zeit
  | die Anlage vereist bei Nebel ständig | die {APP} App ist nur auf Englisch halbwegs verständlich
  | die Hotline verweist immer nur an den Installateur | der Warmwasserspeicher ist zu klein
strength_brenntal: der Techniker war pünktlich und super kompetent
  | die Anlage läuft seit {YEARS} Jahren ohne Murren | der Stromverbrauch ist niedriger als gedacht
  | die {APP} App ist wirklich übersichtlich | die Außeneinheit ist kaum zu hören
  | die Beratung war ehrlich und ohne Verkaufsdruck | man merkt die solide Verarbeitung
strength_vallberg: die Hybrid-Lösung mit Gas als Backup gibt Sicherheit
  | das Preis-Leistungs-Verhältnis stimmt | der Einbau hat nur zwei Tage gedauert
  | die Effizienz im Winter ist beeindruckend | der Service vor Ort ist schnell
strength_solvarm: die Anlage war günstig und läuft einfach | das skandinavische Design gefällt uns
  | die Kopplung mit der PV-Anlage klappt super | die {APP} App ist richtig schick
exec_brenntal: Geschäftsführerin Katrin Brenner | Technikchef Matthias Oehler
exec_vallberg: Vorstandschef Dirk Vallberg | Vertriebsvorständin Anke Lührs
exec_solvarm: Deutschland-Chef Henrik Dahl | Sprecherin Laura Brandt

# -- everyday posts on Mastodon / Bluesky -------------------------------------------------------
everyday_complaint: {since} {ISSUE}. {neg_close} {emo_neg} {tags} | {B} {P}: {ISSUE}. {demand}
  | Liebe {B}, {ISSUE}. {demand} {tags} | {BA} {ISSUE}. {since} keine Lösung. {neg_close}
  | Unsere {P} von {B} zeigt {since} {errx}. Hotline: {N} Anrufe, {NN} Minuten Warteschleife.
  | {N} Termine, {N2} Techniker, {errx} immer noch da. Danke für nichts, {B}. {emo_neg}
  | Ich bereue den Kauf der {B} {P} langsam. {ISSUE}, und der Kundendienst ist {bad_adj}.
  | Wärmepumpe von {B}, {since} {ISSUE}. {neg_close} {tags}
  | Kleiner Erfahrungsbericht {B}: {ISSUE}. Rückruf versprochen, nie gekommen. {emo_neg}
  | Warum ist es so schwer, bei {B} jemanden ans Telefon zu bekommen? {emo_neg}
  | Die {APP} App ist ein Witz, {app_issue}. {emo_neg} {tags}
  | {B} Kundenservice: "Wir melden uns in 48 Stunden." Das war vor {DAYS} Tagen. {emo_neg}
  | Rechnung von {B} für die Wartung: {PRICES}. Für {NN} Minuten Arbeit?! {neg_close}
  | mal ehrlich {B}, {ISSUE}? {neg_close} | {ISSUE}. Und {B} zuckt nur mit den Schultern. {tags}
everyday_question: Hat jemand Erfahrung mit der {B} {P}? {q_detail}
  | Frage in die Runde: {q_topic}? Wir haben eine {P} von {B}, Haus Baujahr {YEAR}, {M2} m².
  | {BA} wie stelle ich bei der {B} {P} {q_setting} ein? Finde nichts in der Anleitung {emo_meh}
  | Weiß jemand, ob es für die {B} {P} {q_thing} gibt? | Kurze Frage an alle mit {B}: {q_topic}?
  | Wie lange dauert bei {B} eigentlich {q_wait}? {emo_meh}
  | {B} {P} zeigt {errx}. Was bedeutet das? Die Anleitung hilft nicht. {emo_meh}
  | Ist die {P} von {B} für einen Altbau mit Heizkörpern geeignet? {q_detail}
  | Kann man bei {B} {q_thing} nachrüsten? {tags} | Leute mit {B} im Raum {city}? {q_topic}?
everyday_praise: Großes Lob an {B}! {STRENGTH}. {emo_pos}
  | Erster Winter mit der {P} von {B}: {STRENGTH}, {stats}. Bin happy {emo_pos} {tags}
  | Shoutout an den {B} Kundenservice: {service_good}. So geht das! {emo_pos}
  | {YEARS} Jahre {B} {P} im Altbau und {STRENGTH}. Beste Entscheidung. {tags}
  | Muss auch mal gesagt werden: {STRENGTH}. Danke {BA} {emo_pos}
  | Heute Stromzähler abgelesen: {stats}. Die {P} von {B} macht einfach ihren Job. {emo_pos}
  | Techniker von {B} war heute da, {service_good}. Top! {emo_pos}
  | Wir sind mit unserer {B} Wärmepumpe echt zufrieden, {STRENGTH}. {tags}
  | Gasheizung raus, {B} {P} rein, {stats}. Hätten wir früher machen sollen {emo_pos}
everyday_purchase_intent: Wir überlegen, uns eine {P} von {B} einbauen zu lassen. {p_q}
  | Suche Installateur für {B} Wärmepumpe im Raum {city}, Empfehlungen? {tags}
  | Angebot für die {B} {P} liegt bei {PRICE}. Fair? {emo_meh}
  | Nächstes Jahr fliegt die {old_heater} raus, {B} ist in der engeren Auswahl. {p_q}
  | Wo kann man die {B} {P} mal live hören? Gibt es einen Showroom bei {city}?
  | Wollen bestellen: {B} {P} für {M2} m² {house}. {p_q}
  | Hat jemand einen Fachpartner von {B} in {city}? Wir wollen dieses Jahr noch umrüsten.
  | Überlege ernsthaft, die {P} von {B} zu kaufen. {p_q} {tags}
  | Morgen Beratungstermin für eine {B} Wärmepumpe 🤞 {p_q}
jobtitle: Servicetechniker | Kältetechniker | Mechatroniker | Embedded-Softwareentwickler
  | Vertriebsingenieur | Elektroniker | Produktionsmitarbeiter | Key Account Manager
  | Projektleiter Heizungstechnik | Werkstudent Marketing | Kundenberater im Innendienst
  | Teamleiter Kundenservice | Entwicklungsingenieur Kältekreis | Social Media Manager
job_perk: 30 Urlaubstage | Firmenwagen auch privat | JobRad | Tarifbindung | flexible Arbeitszeit
  | Weiterbildung in der eigenen Akademie | Kantine mit Bio-Essen | familiengeführt seit 1958
  | bis zu drei Tage Homeoffice | betriebliche Altersvorsorge
apprentice: Anlagenmechaniker SHK | Mechatroniker | Industriekaufleute | Fachinformatiker
emp_bad: viele Überstunden und wenig Wertschätzung | Gehalt deutlich unter Tarif
  | ständig Wechsel in der Führung | der Kundenservice ist völlig unterbesetzt | null Homeoffice
official_job: Wir suchen Verstärkung: {jobtitle} (m/w/d) in {HQ}. {job_perk}. Jobs: {URL}
  | Ausbildung bei {B} ab September: {apprentice} in {HQ}. Infos zur Bewerbung: {URL}
  | Job-Alarm 🚨 {jobtitle} (m/w/d) im Außendienst Raum {city}. {job_perk}. Bewerben: {URL}
  | Unsere Azubis haben bestanden 🎓 Glückwunsch! Karriere bei {B}: {URL}
official_press: Pressemitteilung: {headline}. {URL} | Neues aus {HQ}: {headline}. {URL}
  | {headline}. Alle Infos: {URL}
everyday_job_neutral: Job bei {B}: {jobtitle} (m/w/d), Außendienst Raum {city}. {job_perk}.
    Bewerbung: {URL}
  | Ausbildung bei {B} ab September: {apprentice} in {HQ}. Infos zur Bewerbung: {URL}
  | Vorstellungsgespräch bei {B} morgen 🤞 Der Job als {jobtitle} wäre ein Traum.
  | Jemand Erfahrung mit {B} als Arbeitgeber? Überlege, mich als {jobtitle} zu bewerben.
  | {B} sucht gerade ziemlich viele Leute, {N} Jobs allein in {HQ}. Läuft wohl. {tags}
everyday_job_positive: {YEARS} Jahre bei {B} heute! Bester Arbeitgeber, bestes Team {emo_pos}
  | Mein erster Tag im neuen Job bei {B}: nette Kollegen, viel Neues, guter Kaffee {emo_pos}
  | Stolz auf unser Team! {B} ist wieder als Top-Arbeitgeber im Mittelstand ausgezeichnet.
  | Zusage bekommen! Ab nächstem Monat {jobtitle} bei {B} 🎉 #karriere
  | Unsere Azubis bei {B} haben heute ihre Abschlussprüfung bestanden 🎓 Karriere startet!
everyday_job_negative: {B} als Arbeitgeber? {emp_bad}. Schade eigentlich. {emo_neg}
  | Nach {YEARS} Jahren bei {B} gekündigt. {emp_bad}. Mehr sag ich nicht. {emo_neg}
  | Bewerbung bei {B} vor {WEEKS} Wochen abgeschickt, bis heute keine Antwort. Stil ist anders.
headline: {B} investiert {MIO} Millionen Euro in neues Werk in {HQ}
  | {B} meldet Umsatzplus von {PCT} Prozent | {B} kooperiert mit den Stadtwerken {city}
  | {B} eröffnet Schulungszentrum für Installateure | {B} gewinnt Designpreis für die {P}
  | {B} senkt Preise für die {P} um {PCT} Prozent | {B} stellt neue Vertriebsspitze vor
  | {B} {P} im Test: Note gut | {B} wächst gegen den Markttrend | {B} baut Service in {city} aus
everyday_press: {headline}. {URL} {tags} | Lesetipp: {headline} {NEWSURL}
  | Neu bei uns: {headline} {NEWSURL} {tags} | {headline} – mehr dazu: {NEWSURL}
  | Pressemitteilung: {headline}. {URL} | Interessant: {headline}. {opinion} {NEWSURL}
spam_offer: Heizkosten um 90 % senken mit diesem einen Trick | Infrarotheizung zum Sparpreis
  | Solarpaket komplett für 1 Euro | Gewinnspiel: iPhone zu gewinnen | Stromtarif 70 % günstiger
everyday_spam: 🔥🔥 {spam_offer} 👉 {SPAMURL} {BH} {tag}
  | Verdiene {N}00 € pro Woche von zu Hause! Infos in meiner Bio {BH} {tag}
  | {B} Wärmepumpe GRATIS gewinnen?! Link klicken, Daten eingeben, fertig: {SPAMURL}
  | Günstige Follower und Likes ✅✅ {SPAMURL} {BH} | Krypto-Tipp 🚀 x100 garantiert!! {BH} {tag}
  | Sonderangebot: {P} von {B} für nur 999 € 😱 nur heute: {SPAMURL}
  | {spam_offer}!!! Jetzt klicken {SPAMURL} {BH} {BH}
everyday_other_neutral: Heute kam der Techniker von {B}. Der Kaffee war besser als meiner ☕
  | Erster Frost, die {P} von {B} läuft. Mal schauen, was der Stromzähler sagt.
  | Im Neubaugebiet stehen überall {B} Außengeräte, gefühlt jedes zweite Haus. {tags}
  | Hat {B} eigentlich das Logo geändert? {emo_meh} | {B} Stand auf der Hausmesse in {city},
    ganz voll.
  | Podcast-Tipp: Folge über Wärmepumpen im Altbau, mit jemandem von {B}. {NEWSURL}
  | Zählerstand Wärmepumpe ({B} {P}) diese Woche: {KWH} kWh. Nur so fürs Protokoll. {tags}
everyday_other_positive: Die Außeneinheit der {B} {P} sieht im Schnee echt schick aus ❄️ {tags}
  | Sonntag, Kaffee, warme Füße. Danke {B} {emo_pos} | Der neue {B} Wandkalender ist da 😄
  | Kleiner Besuch im Werk von {B} in {HQ} mit der Schulklasse. Spannend! {emo_pos}
everyday_other_negative: Irgendwie wird {B} auch immer teurer. {emo_meh}
  | Bin ich der Einzige, der die neue Werbung von {B} nervig findet? {emo_neg}
  | Wieder ein Brief von {B} mit Preiserhöhung für den Wartungsvertrag. {emo_neg}

# -- Forum -------------------------------------------------------------------------------------
f_hello: Hallo zusammen,¶ | Moin,¶ | Hallo Forum,¶ | Servus,¶ | Hi,¶ | ~ | Guten Abend,¶
f_context: wir haben seit {MONTHS} Monaten eine {B} {P} im EFH (Baujahr {YEAR}, {M2} m², {heating}).
  | bei uns läuft eine {P} von {B}, {heating}, Haus von {YEAR}.
  | kurz zu uns: {M2} m² {house}, {B} {P}, eingebaut von einem Fachbetrieb aus {city}.
f_tried: Reset habe ich schon probiert. | Der Installateur ist leider im Urlaub. | ~
  | Die Hotline von {B} verweist an den Fachpartner. | Handbuch gelesen, nicht schlauer.
f_bye: Danke vorab!¶{ME} | Gruß {ME} | VG | Viele Grüße aus {city} | Danke euch! | LG {ME} | ~
f_sign: Gruß {ME} | VG | Viele Grüße aus {city} | LG {ME} | ~ | Beste Grüße¶{ME}
f_more: Der Techniker meinte, das sei normal. | Laut Service liegt es am Installateur. | ~
  | Ich habe {N} Mal angerufen und {N2} Mails geschrieben. | Eine Lösung gibt es bis heute nicht.
forum_everyday_question: {P} von {B}: {s_qt}?§{f_hello}{f_context} Frage: {s_qt}? {q_detail}¶{f_bye}
  | Frage zu {B} {P} ({s_qs})§{f_hello}{f_context} Wie stellt ihr {s_qs} ein? {f_tried}¶{f_bye}
  | {B} {P} zeigt {s_err}§{f_hello}{f_context} Seit {DAYS} Tagen steht {s_err} im Display.
    {f_tried} Was kann das sein?¶{f_bye}
s_qt: {q_topic}
s_qs: {q_setting}
s_err: {errx}
forum_everyday_complaint: Ärger mit {B} {P}§{f_hello}{f_context} {since} {ISSUE}. {f_more}¶{f_bye}
  | Schlechte Erfahrungen mit dem {B} Service§{f_hello}{f_context} {ISSUE}. {f_more} {neg_close}
  | Warnung: {B} Kundendienst§{f_hello}{B}, kurz gesagt: {ISSUE}. {f_more} Überlegt euch das
    gut.¶{f_bye}
forum_everyday_praise: Erfahrungsbericht {B} {P} nach {YEARS} Jahren§{f_hello}{f_context}
    Fazit: {STRENGTH}, {stats}. Würde ich wieder kaufen.¶{f_sign}
  | Lob an {B}§{f_hello}muss auch mal was Positives über {B} schreiben: {service_good}.
    {STRENGTH}.¶{f_sign}
forum_everyday_purchase_intent: Angebot {B} {P}, passt das?§{f_hello}wir wollen die {old_heater}
    loswerden. Angebot: {B} {P} für {PRICE} inkl. Einbau, {M2} m² {house}. {p_q}¶{f_bye}
  | Kaufberatung: {B} für {house}?§{f_hello}wir planen den Umstieg auf Wärmepumpe, Favorit ist
    {B}: {STRENGTH}. {p_q}¶{f_bye}
forum_everyday_other: Fotos: unsere {B} Installation§{f_hello}anbei ein paar Bilder von unserer
    {B} {P}, Außeneinheit hinterm Carport. {f_bye}
  | Wie habt ihr die {B} Außeneinheit verkleidet?§{f_hello}suche Ideen für eine Verkleidung
    unserer {B} {P}. {f_bye}

# -- Reviews -----------------------------------------------------------------------------------
reviews_complaint: {r_neg_title}§Wir haben die {P} seit {MONTHS} Monaten. {ISSUE}. {r_neg_more}
  | {r_neg_title}§Pro: die Technik an sich.¶Contra: {ISSUE}. {r_neg_more}¶{r_neg_end}
  | {r_neg_title}§{ISSUE}. {r_neg_more} {r_neg_end}
r_neg_title: Finger weg | Service mangelhaft | Enttäuschend | Gute Technik, schlechter Service
  | Nie wieder {B} | Lange Wartezeiten | Teuer und unzuverlässig | Leider nicht zu empfehlen
r_neg_more: Der Kundendienst ist kaum erreichbar. | Auf Beschwerden kommen nur Textbausteine.
  | Der Techniker kam erst nach {DAYS} Tagen. | Für den Preis erwarte ich deutlich mehr.
r_neg_end: Keine Empfehlung. | Würde ich so nicht wieder kaufen. | Schade um die gute Technik.
reviews_praise: {r_pos_title}§{STRENGTH}. {r_pos_more} Klare Empfehlung für {B}.
  | {r_pos_title}§Pro: {STRENGTH}, {stats}.¶Contra: Preis ist nicht ohne.¶Gerne wieder {B}.
  | {r_pos_title}§Seit {MONTHS} Monaten im Einsatz, {stats}. {r_pos_more}
r_pos_title: Sehr zufrieden | Top Service | Leise und effizient | Klare Empfehlung | Alles bestens
r_pos_more: Beratung und Einbau liefen reibungslos. | Der Service hat schnell reagiert.
  | Die Anlage läuft seit dem Einbau ohne Probleme. | Preis ist hoch, aber es lohnt sich.
reviews_other: Solide, mit Luft nach oben§{STRENGTH}, aber {ISSUE}. Drei Sterne.
  | Durchwachsen§Technik gut, Service mittel. {ISSUE}. Mal sehen, wie es weitergeht mit {B}.
reviews_job_positive: {rj_pos_title}§Arbeitsatmosphäre: {rj_pos_atmo}.¶Gehalt: {rj_pos_pay}.¶
    Fazit: Als Arbeitgeber ist {B} empfehlenswert.
reviews_job_neutral: Solider Mittelständler§Arbeitsatmosphäre: {rj_pos_atmo}, aber {emp_bad}.¶
    Gehalt: ok, nach Tarif.¶Fazit: Als Arbeitgeber okay, aber kein Traum.
reviews_job_negative: {rj_neg_title}§Arbeitsatmosphäre: angespannt, {emp_bad}.¶Gehalt: eher
    unterdurchschnittlich.¶Fazit: Als Arbeitgeber nur mit Einschränkungen zu empfehlen.
rj_pos_title: Arbeitgeber mit Herz | Tolles Team | Familiär und fair | Gerne hier
rj_neg_title: Eher nicht | Luft nach oben | Viel Druck, wenig Wertschätzung | Schade
rj_pos_atmo: kollegial und familiär | offen, man duzt sich | gutes Miteinander in der Produktion
rj_pos_pay: fair, nach Tarif | gut, mit Urlaubs- und Weihnachtsgeld | über dem Schnitt der Region
r_about: Bewertet: {B} {P} | Produkt: {B} {P} | Bewertung für {BL}, {P}
rj_about: Arbeitgeber: {BL} | Bewertung als Arbeitgeber: {BL}, Standort {HQ}

# -- Comparison, industry ----------------------------------------------------------------------
comparison_purchase_intent: {B} oder {C}? Wir schwanken zwischen der {P} und der {CP}. {p_q}
  | Zwei Angebote: {B} {P} für {PRICE}, {C} {CP} für {PRICE2}. Meinungen? {emo_meh}
  | Installateur empfiehlt {C}, wir tendieren zu {B}. {p_q}
comparison_question: Hat jemand beide, {B} und {C}? Wie ist der Service im Vergleich?
  | {P} von {B} oder {CP} von {C}: welche ist leiser? | {B} vs {C}, wer hat die bessere App?
comparison_praise: Hatten vorher eine {C}, jetzt {B} {P}. {STRENGTH}. Kein Vergleich. {emo_pos}
  | Nachbar hat {C}, wir {B}. Unser Stromverbrauch ist {PCT} Prozent niedriger 😎
comparison_complaint: Ganz ehrlich, der Service bei {C} war besser als bei {B}. {ISSUE}. {emo_neg}
  | Hätten wir mal {C} genommen. {ISSUE}. {emo_neg}
comparison_other_neutral: {B} gegen {C}: gibt es eigentlich einen unabhängigen Test?
  | In unserer Straße stehen {N} Anlagen von {B} und {N2} von {C}. Wärmewende läuft 😄
industry_question: Wärmepumpe im Altbau, ja oder nein? {q_detail}
  | Welche Wärmepumpe würdet ihr für {M2} m² {house} empfehlen? {tag}
  | Kann mir jemand die BEG-Förderung in einfachen Worten erklären? {emo_meh}
industry_complaint: Förderantrag für die Wärmepumpe seit {WEEKS} Wochen in Bearbeitung. {emo_neg}
  | Heizungsgesetz, Förderchaos, Handwerkermangel. Ich hab keine Lust mehr. {tag}
industry_other_neutral: Heute Energieberater da gehabt. Fazit: erst dämmen, dann Wärmepumpe. {tag}
  | Wärmepumpen-Stammtisch in {city} am {weekday}, wer kommt? {tag}
industry_press: Wärmepumpen-Absatz im Vorjahresvergleich um {PCT} Prozent verändert {NEWSURL}
  | Neue Zahlen: {N}0.000 Förderanträge für Wärmepumpen seit Jahresbeginn {NEWSURL} {tag}

# -- News (title§text) -------------------------------------------------------------------------
news_everyday_press: {B} investiert {MIO} Millionen Euro in {HQ}§{HQ}. {BL} will die Produktion
    von Wärmepumpen in den nächsten Jahren verdoppeln und investiert dafür {MIO} Millionen Euro.
    {n_quote}
  | {B} wächst um {PCT} Prozent§{BL} hat den Umsatz im vergangenen Geschäftsjahr um {PCT} Prozent
    gesteigert, obwohl der Markt für Wärmepumpen insgesamt schwächelte. {n_quote}
  | {B} und Stadtwerke {s_city} kooperieren§{s_city}. Die Stadtwerke {s_city} und {BL} wollen
    gemeinsam Wärmepumpen im Mietmodell anbieten. Start ist im Herbst. {n_quote}
  | {B} baut {N}0 Stellen auf§{HQ}. {BL} sucht vor allem Servicetechniker und
    Softwareentwickler. Der Fachkräftemangel bremse das Wachstum, hieß es. {n_quote}
  | {B} eröffnet Akademie für Installateure§{HQ}. {BL} schult künftig jährlich rund {N}00
    Fachhandwerker im eigenen Trainingszentrum. {n_quote}
  | {B} senkt Preise für die {P}§{BL} senkt den Listenpreis der {P} um {PCT} Prozent. Händler
    rechnen mit einem Preiskampf in der Branche. {n_quote}
n_quote: „{n_q}“, sagte {EXEC}. | {EXEC} sprach von einem „{n_word}“. | ~
n_q: Wir glauben an den Standort | Die Wärmewende braucht Tempo | Wir wachsen mit Augenmaß
  | Ohne gute Handwerker geht es nicht | Unsere Kundinnen und Kunden erwarten Qualität
n_word: wichtigen Schritt | starken Signal | ehrgeizigen Ziel | guten Jahr
s_city: {city}
news_everyday_other: Kommentar: {B} muss liefern§Gute Technik allein reicht nicht. Wer wie {B}
    Wärmepumpen verkauft, muss auch beim Service glänzen. Da ist noch Luft nach oben.
  | Kommentar: Warum {B} Mut macht§Ein Mittelständler wie {B} aus {HQ} zeigt, dass die
    Wärmewende auch ohne Konzernstrukturen gelingt.
news_comparison_press: {B} gegen {C}: Wärmepumpen im Vergleich§Im Vergleichstest überzeugt die
    {P} von {B} bei der Lautstärke, die {CP} von {C} beim Preis. Beide erreichen gute
    Jahresarbeitszahlen.
news_industry_press: Wärmepumpen-Absatz verändert sich um {PCT} Prozent§Die Hersteller melden
    für das Quartal veränderte Absatzzahlen. Verbände fordern verlässliche Förderung.
  | Handwerk: Wartezeit für Wärmepumpen sinkt§Installationsbetriebe melden kürzere Wartezeiten.
    Im Schnitt dauere es noch {WEEKS} Wochen bis zum Einbau.

# -- Replies, quotes, customer service ------------------------------------------------------------
reply_metoo: Bei uns genau das Gleiche, {B} {P}. {since} {errx}. | Same here 🙄 {B}: {ISSUE}.
  | Kann ich bestätigen. {B} ist bei uns auch {bad_adj}. | Oh nein, dachte wir sind die Einzigen
    mit {B}. | Genau so bei meinen Eltern, auch {B}. {emo_neg} | Willkommen im Club. {B} 🙄
  | Dito. Unsere {B} {P} macht das auch {since}. | Kenn ich. {B} halt. {emo_neg}
reply_answer: Hatten wir auch. Bei uns hat {fix_de} geholfen. | Frag mal beim Fachpartner, {B}
    verweist eh dahin. | Steht im Installateurhandbuch von {B}, Kapitel {N}.
  | Ja, gibt es bei {B}, kostet aber extra. | Soweit ich weiß nicht, frag mal den {B} Service.
  | Bei unserer {B} {P}: {fix_de}, seitdem Ruhe. | Das kann nur der Installateur im
    Servicemenü der {P} einstellen, {B} gibt den Code nicht raus.
reply_advice: Schreib {BA} öffentlich an, da reagieren die schneller. | Dokumentier alles
    schriftlich, {B} muss dann reagieren. | Ruf früh um 7 bei {B} an, da kommt man noch durch.
  | Frag direkt beim Fachpartner von {B} nach. | Versuch es mal hiermit: {fix_de}. Hat bei
    unserer {B} geholfen. | Setz {B} eine Frist, schriftlich. Hat bei uns gewirkt.
reply_agree: Kann ich bestätigen! Unsere {P} von {B} läuft auch super. {emo_pos}
  | Same! {STRENGTH}, {B} passt. | Ja, {B} ist echt solide. {emo_pos} | Dem schließe ich mich
    an 👍 {B} | Genau meine Erfahrung mit {B}.
reply_contra: Schön für dich. Bei uns: {ISSUE}. {B} halt. | Meine Erfahrung mit {B} ist leider
    ganz anders. | Warte mal ab, bis du den {B} Service brauchst 😬 | Echt? Bei unserer {B}
    {P}: {ISSUE}.
reply_followup: Wie lange hat das bei euch mit {B} gedauert? | Und hat {B} die Kosten übernommen?
  | Hast du schon eine Antwort von {B}? | Welche Außentemperatur hattet ihr da? {B} {P}?
  | Welche {B} Anlage habt ihr genau?
reply_joke: Der war gut 😂 {B} | Made my day 😄 {B} | 😂😂😂 {BH} | Ich sag nur: {B} halt.
reply_thanks: Danke für den Tipp, probiere ich an unserer {B} aus! {emo_pos} | Super, danke dir!
    {BH} | Merci, das hilft mit der {P} von {B}!
fix_de: ein Reset über die {APP} App | eine flachere Heizkurve ({N} Stufen runter)
  | die Reinigung des Schmutzfängers | ein neu angeklemmter Außenfühler | ein Neustart
  | ein höherer Volumenstrom
svc_sig: Ihr {B} Service-Team | Viele Grüße, {B} Kundenservice ^{INIT} | ^{INIT} vom {B} Service
  | Beste Grüße, Ihr Team von {B}
service_complaint: Hallo {TN}, das tut uns leid! Bitte schicken Sie uns Ihre Kundennummer per DM,
    dann kümmern wir uns. {svc_sig}
  | Hallo {TN}, danke für den Hinweis. Wir haben Ihr Anliegen an den Kundendienst in Ihrer Region
    weitergegeben. {svc_sig}
  | Oh je, {TN}, das sollte so nicht sein. Unser Team meldet sich heute noch. {svc_sig}
service_question: Hallo {TN}, gute Frage! {svc_answer} {svc_sig}
svc_answer: Das geht in der {APP} App unter Einstellungen > Heizkreis. | Die Anleitung: {URL}
  | Das stellt Ihr Fachpartner in wenigen Minuten ein. | Ja, das ist möglich. Details gern per DM.
service_review: Vielen Dank für Ihre Bewertung, {TN}. {svc_rev} {svc_sig}
svc_rev: Wir melden uns direkt bei Ihnen, um eine Lösung zu finden. | Es freut uns sehr, dass Sie
    zufrieden sind! | Ihr Feedback geben wir an das Team weiter.
"""

RULES_EN = """
# -- building blocks ---------------------------------------------------------------------------
tag: #heatpump | #heatpumps | #netzero | #energytransition | #homeenergy | #retrofit | #climate
  | #greenhome | #electrification | #energybills | #decarbonise
tags: ~ | ~ | ~ | {tag} | {tag} | {tag} {tag} | {BH} | {BH} {tag}
city: Manchester | Leeds | Bristol | Glasgow | Edinburgh | Cardiff | Dublin | Rotterdam | Utrecht
  | Vienna | Graz | Zurich | Basel | Copenhagen | Berlin | Munich | Stuttgart | Frankfurt
  | Hamburg | Cologne | Norwich | York | Oxford | Brighton | Eindhoven | Salzburg
weekday: Monday | Tuesday | Wednesday | Thursday | Friday | Saturday
since: for {DAYS} days now | for {WEEKS} weeks | since last {weekday} | since the service visit
  | since installation | again | for days
neg_close: Never again. | Really disappointing. | Not how you treat customers. | I'm done.
  | Unbelievable. | Is this a joke? | Seriously frustrating. | Customer service my foot.
  | Absolute shambles. | Fuming. | So tired of this. | ~
demand: I expect a call back! | Please get in touch. | When is someone coming?
  | Who is dealing with this? | I just want a warm house. | Can anyone help? | DM me please.
bad_adj: a disaster | useless | a bad joke | non-existent | completely overwhelmed
  | impossible to reach | rubbish
code: E104 | E31 | F12 | E05 | A61 | E120 | F03 | E88 | H45 | E212 | F27
errx: error {code} | fault {code} | code {code} | a red warning light | a high pressure fault
app_issue: the app keeps losing the connection | login has been broken for days
  | the energy figures are nonsense | notifications arrive hours late | it crashes on start
heating: underfloor heating | radiators | underfloor downstairs, radiators upstairs
house: semi | terraced house | detached house | bungalow | 1930s house | Victorian terrace
old_heater: gas boiler | oil boiler | old combi | storage heaters
stats: an SCOP of {JAZ} | {KWH} kWh in January for {M2} m² | half the heating bill
  | a COP of {JAZ} at {TEMP}°C | {PCT}% lower running costs than gas
service_good: appointment within two days | sorted it on the phone in ten minutes
  | friendly and knew his stuff | even called back on a Saturday | brought the spare part along
q_topic: is a buffer tank worth it | what's your winter electricity use | what flow temperature
    do you run | how does the grant work | how often does it need servicing | how loud is the
    outdoor unit really | does solar diversion make sense | when does your backup heater kick in
q_detail: Any tips welcome. | Worth it? | Happy with it? | DMs open. | Thanks in advance!
  | Honest opinions please. | Cheers!
q_setting: night setback | the heating curve | the legionella cycle | quiet mode | hot water times
  | holiday mode | the smart grid input
q_thing: a smart grid module | a Modbus interface | a cooling mode | a Home Assistant integration
  | a service plan | an extended warranty
q_wait: an engineer visit | an answer to a warranty claim | delivery of a new unit
p_q: Worth it with the grant? | What did you pay? | How long was the lead time? | Experiences?
  | Happy with their service? | Any catch? | Tips for negotiating? | Thoughts?
fix: a reset via the {APP} app | lowering the heating curve by {N} steps | cleaning the strainer
  | re-seating the outdoor sensor | power cycling it for five minutes | raising the flow rate
opinion: Interesting. | Let's see. | Respect. | Good move. | Hmm. | ~ | About time.
issue_brenntal: customer service is basically unreachable by phone | the {APP} app drops the
    connection every other day | the fan spare part won't arrive for {WEEKS} weeks
  | it short cycles like mad above zero | the service cost almost double the quote
  | the engineer came {N} times and the fault is still there | the outdoor unit hums at night
  | hot water is lukewarm at best | the backup heater keeps kicking in and our bill exploded
  | no reply to my email after {DAYS} days | the promised call back never came
issue_vallberg: the outdoor unit is so loud at night the neighbours complain | the efficiency is
    nowhere near the brochure | the {APP} app shows nonsense | defrost takes forever
  | the warranty claim drags on and on | the hybrid control keeps switching to gas
issue_solvarm: spare parts take ages | the installer partner has no slot for {WEEKS} weeks
  | it ices up in fog all the time | the hotline only ever refers you to the installer
strength_brenntal: the engineer was on time and really knew his stuff | it has run for {YEARS}
    years without a hiccup | power use is lower than expected | the {APP} app is really clear
  | you can barely hear the outdoor unit | the build quality is excellent
strength_vallberg: the hybrid setup with gas backup feels safe | great value for money
  | installation took just two days | winter efficiency is impressive
strength_solvarm: it was cheap and just works | the Scandinavian design looks great
  | it pairs nicely with our solar panels | the {APP} app is slick
exec_brenntal: managing director Katrin Brenner | CTO Matthias Oehler
exec_vallberg: CEO Dirk Vallberg | sales chief Anke Lührs
exec_solvarm: Germany head Henrik Dahl | spokesperson Laura Brandt

# -- everyday posts ----------------------------------------------------------------------------
everyday_complaint: {B} {P}: {ISSUE}. {demand} {emo_neg} | Dear {B}, {ISSUE}. {demand} {tags}
  | {BA} {ISSUE}. No fix {since}. {neg_close} | {since} {ISSUE}. {neg_close} {emo_neg} {tags}
  | Our {B} {P} has shown {errx} {since}. {N} calls, {NN} minutes on hold each. {emo_neg}
  | {N} appointments, {N2} engineers, {errx} still there. Thanks for nothing, {B}. {emo_neg}
  | Starting to regret buying the {B} {P}. {ISSUE}, and support is {bad_adj}.
  | Why is it so hard to get a human on the phone at {B}? {emo_neg}
  | The {APP} app is a joke: {app_issue}. {emo_neg} {tags}
  | {B} support: "we'll get back to you within 48 hours". That was {DAYS} days ago. {emo_neg}
  | {B} charged {PRICES} for a service visit. {NN} minutes of work?! {neg_close}
  | honestly {B}, {ISSUE}? {neg_close} | {ISSUE}. And {B} just shrugs. {tags}
everyday_question: Anyone have experience with the {B} {P}? {q_detail}
  | Question for heat pump people: {q_topic}? We have a {B} {P}, {M2} m² {house}.
  | {BA} how do I set {q_setting} on the {B} {P}? Can't find it in the manual {emo_meh}
  | Does anyone know if there's {q_thing} for the {B} {P}? | Quick one for {B} owners: {q_topic}?
  | How long does {q_wait} from {B} usually take? {emo_meh}
  | Our {B} {P} shows {errx}. What does that mean? Manual is useless. {emo_meh}
  | Is the {B} {P} any good in an old house with radiators? {q_detail}
  | Any {B} owners around {city}? {q_topic}?
everyday_praise: Big shout-out to {B}! {STRENGTH}. {emo_pos}
  | First winter with our {B} {P}: {STRENGTH}, {stats}. Very happy {emo_pos} {tags}
  | Kudos to {B} customer service: {service_good}. That's how it's done! {emo_pos}
  | {YEARS} years with a {B} {P} and {STRENGTH}. Best decision we made. {tags}
  | Credit where it's due: {STRENGTH}. Thanks {BA} {emo_pos}
  | Meter reading day: {stats}. The {B} {P} just does its job. {emo_pos}
  | Ripped out the {old_heater}, put in a {B} {P}, {stats}. Should have done it years ago {emo_pos}
everyday_purchase_intent: Thinking about getting a {B} {P} installed. {p_q}
  | Looking for a {B} installer around {city}, recommendations? {tags}
  | Quote for the {B} {P} came in at {PRICE}. Fair? {emo_meh}
  | The {old_heater} goes next year, {B} is on the shortlist. {p_q}
  | Where can I hear a {B} {P} running before we buy? Showroom near {city}?
  | About to order a {B} {P} for our {M2} m² {house}. {p_q}
  | Seriously considering the {B} {P}. {p_q} {tags}
jobtitle: Service Engineer | Refrigeration Technician | Embedded Software Engineer | Sales Engineer
  | Key Account Manager | Project Lead | Marketing Intern | Customer Support Lead | Data Analyst
official_job: We're hiring: {jobtitle} in {HQ}, Germany. Relocation support. Jobs: {URL}
  | Job opening at {B}: {jobtitle}, remote-friendly. Apply here: {URL}
official_press: News from {HQ}: {B} {en_head}. {URL} | Press release: {B} {en_head}. {URL}
en_head: invests €{MIO}m in its plant | reports {PCT}% sales growth | opens a training centre for
    installers | cuts the price of the {P} by {PCT}%
everyday_job_neutral: Saw that {B} is hiring a {jobtitle}. Anyone worked there? {URL}
  | Anyone know what {B} is like as an employer? Thinking of applying as {jobtitle}.
  | Interview with {B} tomorrow for the {jobtitle} job, fingers crossed 🤞
everyday_job_positive: {YEARS} years at {B} today! Great employer, great team {emo_pos}
  | Just accepted an offer as {jobtitle} at {B} 🎉 New career chapter!
  | Proud that {B} was named a top employer again. Come work with us: {URL}
everyday_job_negative: Left {B} after {YEARS} years. Lots of overtime, little appreciation as an
    employer. {emo_neg} | Applied to {B} {WEEKS} weeks ago, still no reply. Poor form for an
    employer.
everyday_press: {B} invests €{MIO}m in its {HQ} plant {NEWSURL} | {B} reports {PCT}% sales growth
    {NEWSURL} | Worth a read: {B} opens a training centre for installers {NEWSURL}
  | {B} cuts the price of the {P} by {PCT}% {NEWSURL} {tags} | New: {B} {P} reviewed {NEWSURL}
  | {B} opens a service hub in {city}. {opinion} {NEWSURL}
everyday_spam: 🔥 Cut your heating bill by 90% with this one trick 👉 {SPAMURL} {BH} {tag}
  | Earn ${N}00 a week from home!! Link in bio {BH} {tag} | Cheap followers ✅✅ {SPAMURL} {BH}
  | WIN a {B} heat pump for FREE, just enter your details: {SPAMURL}
  | Crypto signal of the day 🚀 x100 guaranteed {BH} {tag} {tag}
  | {B} {P} only $999 today 😱 {SPAMURL}
everyday_other_neutral: The {B} engineer came by today. His coffee order was better than mine ☕
  | First frost, the {B} {P} is humming along. Let's see what the meter says.
  | Every other house on our estate has a {B} unit now. {tags}
  | Did {B} change their logo? {emo_meh} | Weekly heat pump log ({B} {P}): {KWH} kWh. {tags}
everyday_other_positive: The {B} {P} outdoor unit looks oddly pretty in the snow ❄️ {tags}
  | Sunday, coffee, warm feet. Thanks {B} {emo_pos}
everyday_other_negative: Is it just me or is {B} getting pricier every year? {emo_meh}
  | Another letter from {B} raising the service plan price. {emo_neg}
forum_everyday_question: {B} {P}: {s_qt}?§Hi all, we have a {B} {P} in a {M2} m² {house} with
    {heating}. {s_qt}? {q_detail}
  | {B} {P} showing {s_err}§Hi, since {weekday} our {B} {P} shows {s_err}. Reset done. Ideas?
s_qt: {q_topic}
s_err: {errx}
forum_everyday_complaint: Problems with {B} support§Hi, {ISSUE}. {since} no solution. {neg_close}
reviews_complaint: {r_neg_title}§We've had the {P} for {MONTHS} months. {ISSUE}. {r_neg_more}
  | {r_neg_title}§Pros: the hardware.¶Cons: {ISSUE}. {r_neg_more}
r_neg_title: Avoid | Poor service | Disappointing | Great kit, awful support | Never again
r_neg_more: Support is hard to reach. | Complaints get copy-paste answers. | Not for this price.
reviews_praise: {r_pos_title}§{STRENGTH}. {r_pos_more} Would recommend {B}.
  | {r_pos_title}§Pros: {STRENGTH}, {stats}.¶Cons: not cheap.¶Would buy {B} again.
r_pos_title: Very happy | Great service | Quiet and efficient | Highly recommended
r_pos_more: Advice and installation went smoothly. | Support responded quickly.
reviews_other: Solid, room to improve§{STRENGTH}, but {ISSUE}. Three stars for {B}.
reviews_job_positive: {rj_pos_title}§Culture: friendly and down to earth.¶Pay: fair.¶Verdict:
    as an employer {B} is recommended.
reviews_job_neutral: Solid Mittelstand company§Culture: good team, weak management.¶Pay: ok.¶
    Verdict: as an employer {B} is okay.
reviews_job_negative: {rj_neg_title}§Culture: stressful, lots of overtime.¶Pay: below average.¶
    Verdict: as an employer {B} is only partly recommended.
rj_pos_title: Good employer | Great team | Fair and friendly
rj_neg_title: Not for me | Room to improve | High pressure
r_about: Reviewed: {B} {P} | Product: {B} {P}
rj_about: Employer: {BL} | Employer review: {BL}, {HQ}
news_everyday_press: {B} to invest €{MIO}m in {HQ}§German heat pump maker {BL} plans to double
    output and will invest {MIO} million euros at its {HQ} site. {n_quote}
  | {B} sales up {PCT}%§{BL} grew sales by {PCT}% last year despite a weak heat pump market.
    {n_quote}
  | {B} cuts prices on {P}§{BL} has cut the list price of the {P} by {PCT}%. {n_quote}
n_quote: "{n_q}," said {EXEC}. | ~
n_q: We believe in our home site | The energy transition needs speed | Quality comes first
news_everyday_other: Opinion: {B} has to deliver§Good hardware is not enough; {B} must fix its
    service too.
news_comparison_press: {B} vs {C}: heat pumps compared§The {B} {P} wins on noise, the {C} {CP}
    on price.
news_industry_press: European heat pump sales shift by {PCT}%§Manufacturers report changing
    demand; industry groups call for stable subsidies.
comparison_purchase_intent: {B} or {C}? Torn between the {P} and the {CP}. {p_q}
  | Two quotes: {B} {P} at {PRICE}, {C} {CP} at {PRICE2}. Thoughts? {emo_meh}
comparison_question: Anyone had both {B} and {C}? How does support compare?
  | {B} {P} or {C} {CP}: which one is quieter?
comparison_praise: Had a {C} before, now a {B} {P}. {STRENGTH}. No comparison. {emo_pos}
comparison_complaint: Honestly, {C} support was better than {B}. {ISSUE}. {emo_neg}
comparison_other_neutral: {B} vs {C}: is there any independent test? | {N} {B} units and {N2} {C}
    units on our street now 😄
industry_question: Heat pump in an old house, yes or no? {q_detail}
  | Which heat pump would you pick for a {M2} m² {house}? {tag}
industry_complaint: Grant application for our heat pump pending for {WEEKS} weeks. {emo_neg}
industry_other_neutral: Energy assessor came today. Verdict: insulate first, then heat pump. {tag}
industry_press: Heat pump installs up {PCT}% year on year {NEWSURL} {tag}

# -- Replies, quotes, customer service ------------------------------------------------------------
reply_metoo: Same here with our {B} {P}, {errx} {since}. | Same 🙄 {B}: {ISSUE}. | Can confirm,
    {B} is {bad_adj} for us too. | Oh no, thought it was just us with {B}. | Welcome to the
    club. {B} 🙄 | Ditto. Our {B} {P} has done that {since}.
reply_answer: We had that too with our {B}. {fix} fixed it. | Ask your installer, {B} sends you
    there anyway. | It's in the {B} installer manual, chapter {N}. | Yes, {B} sells it, costs
    extra though. | On our {B} {P}: {fix}, no issues since.
reply_advice: Tag {BA} publicly, they respond faster. | Put everything in writing to {B}!
  | Call {B} at 7am, you get through then. | Try {fix}, worked on our {B}.
reply_agree: Can confirm, our {B} {P} runs great too. {emo_pos} | Same! {STRENGTH}. {BH}
  | Yes, {B} is solid. {emo_pos} | Exactly my experience with {B}.
reply_contra: Good for you. Our {B}: {ISSUE}. | My experience with {B} is very different.
  | Wait until you need {B} support 😬
reply_followup: How long did {B} take for you? | Did {B} cover the cost? | Any reply from {B}
    yet? | Which {B} unit do you have?
reply_joke: 😂😂 {BH} | Made my day {B} 😄 | Classic {B}.
reply_thanks: Thanks for the tip, will try it on our {B}! {emo_pos} | Cheers, that helps! {BH}
  | Thank you! {BH}
svc_sig: The {B} service team | Best, {B} customer care ^{INIT} | ^{INIT} from {B} support
service_complaint: Hi {TN}, sorry to hear that! Please DM us your customer number and we'll look
    into it. {svc_sig} | Hi {TN}, thanks for flagging this. We've passed it to our regional
    service team. {svc_sig}
service_question: Hi {TN}, good question! {svc_answer} {svc_sig}
svc_answer: You'll find it in the {APP} app under Settings > Heating circuit. | Guide: {URL}
  | Your installer can set that in a few minutes. | Yes, that's possible. Details via DM.
service_review: Thank you for your review, {TN}. {svc_rev} {svc_sig}
svc_rev: We'll contact you directly to find a solution. | We're glad you're happy!
"""
