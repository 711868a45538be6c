"""Language identification from function words and characteristic letters.

A hand-built profile per language (written for Resonanz, no third-party data): its most
frequent function words and the letters that mark it. Each word of a text that occurs in a
profile votes for that language, weighted down when the word is shared by several languages;
characteristic letters add smaller votes. German and English, by far the most frequent
languages of our users, additionally get a vote from the hashed character-n-gram head `lang`
trained on the German and English corpora (see `training.py`), which decides texts without
function words ("Zugausfall Hamburg Hbf", "great service").

Texts with fewer than `MIN_LETTERS` letters, or with no evidence, are `"unknown"`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = ["LANGUAGES", "MIN_LETTERS", "LanguageGuess", "LanguageIdentifier"]

MIN_LETTERS = 8
"""Texts with fewer letters than this (links, mentions and hashtags not counted) are unknown."""

_FUNCTION_WORDS: dict[str, str] = {
    "de": (
        "der die das den dem des ein eine einen einem einer eines und oder aber nicht kein keine "
        "keinen ist sind war waren bin bist wird werden wurde hat haben hatte ich du er sie es wir "
        "ihr mich mir dich dir uns euch sich mit von zu zum zur auf für bei nach aus über unter "
        "vor durch gegen ohne um auch noch schon nur sehr mal doch ja nein wie was wer wo warum "
        "wann weil dass wenn als ob dann denn heute morgen gestern immer wieder jetzt hier da "
        "mein meine dein deine sein seine ihre unser unsere kann können muss müssen soll sollte "
        "will wollen gibt gut schön leider danke bitte man alles nichts etwas viel mehr ganz so "
        "im am vom ins beim eigentlich einfach endlich gerade bisschen halt nix"
    ),
    "en": (
        "the a an and or but not no is are was were be been being am have has had do does did "
        "i you he she it we they me him her us them my your his its our their this that these "
        "those with from for of on at by about into over after before to up down out just very "
        "so what who where why when how which if than then there here now today tomorrow "
        "yesterday can could will would should must shall may might get got thanks thank please "
        "great good love all some any more most much many one don't can't it's i'm you're "
        "really still also only even never always again"
    ),
    "fr": (
        "le la les un une des du de et ou mais ne pas plus est sont était être avoir ai as avons "
        "avez ont je tu il elle nous vous ils elles me te se moi toi lui leur leurs mon ma mes "
        "ton ta tes son sa ses notre votre nos vos ce cette ces qui que quoi où quand comment "
        "pourquoi avec pour sur dans par sans sous chez très bien aussi encore toujours jamais "
        "rien tout tous toute merci oui non c'est j'ai aujourd'hui demain hier beaucoup peu "
        "alors donc car comme fait faire peut veut"
    ),
    "es": (
        "el la los las un una unos unas y o pero no es son era está están estar ser he ha han "
        "hemos yo tú él ella nosotros vosotros ellos ellas me te se nos os le les mi mis tu tus "
        "su sus nuestro nuestra este esta estos estas ese esa que qué quien quién donde dónde "
        "cuando cuándo como cómo por para con sin sobre entre desde hasta muy bien también "
        "todavía siempre nunca nada todo todos gracias sí hoy mañana ayer mucho poco pues hay "
        "del al lo porque cuál hacer puede quiere"
    ),
    "it": (
        "il lo la i gli le un uno una e o ma non è sono era essere avere ho hai ha abbiamo "
        "avete hanno io tu lui lei noi voi loro mi ti si ci vi mio mia miei mie tuo tua suo sua "
        "nostro vostro questo questa questi quello quella che chi cosa dove quando come perché "
        "con per su tra fra senza molto bene anche ancora sempre mai niente tutto tutti grazie "
        "sì oggi domani ieri poco allora quindi del della dei delle nel nella al alla sul sulla "
        "fare può vuole"
    ),
    "pt": (
        "o a os as um uma uns umas e ou mas não é são era estar ser tenho tem temos têm eu tu "
        "ele ela nós vós eles elas me te se nos lhe lhes meu minha meus minhas seu sua seus suas "
        "nosso nossa este esta estes estas esse essa isso isto que quem onde quando como porque "
        "por para com sem sobre entre desde até muito bem também ainda sempre nunca nada tudo "
        "todos obrigado obrigada sim hoje amanhã ontem pouco então do da dos das no na nos nas "
        "ao à pelo pela fazer pode quer você vocês"
    ),
    "nl": (
        "de het een en of maar niet geen is zijn was waren ben bent heb hebt heeft hebben had "
        "ik jij je hij zij ze wij we jullie mij me hem haar ons hun mijn jouw zijn onze jullie "
        "dit dat deze die wat wie waar waarom wanneer hoe met van voor op aan bij naar uit over "
        "onder door tegen zonder ook nog al maar alleen heel erg zeer wel toch ja nee dank "
        "bedankt alsjeblieft vandaag morgen gisteren altijd nooit niets iets veel meer er hier "
        "daar nu dus omdat als dan kan kunnen moet moeten wil willen zal zou"
    ),
    "pl": (
        "i w na z do nie jest są był była było być to ten ta te tego tej tym że się jak ale "
        "albo lub czy co kto gdzie kiedy dlaczego ja ty on ona ono my wy oni one mnie mi cię "
        "ci go jej nas was ich mój moja moje twój twoja jego nasz nasza od dla przez po przy "
        "bez pod nad przed za o tak bardzo dobrze też jeszcze zawsze nigdy nic wszystko "
        "dziękuję proszę dzisiaj dziś jutro wczoraj już tylko może można trzeba jestem masz ma"
    ),
    "sv": (
        "och i att det som en ett på är av för med till den har de inte om var jag du han hon "
        "vi ni dom mig dig sig oss er min mitt mina din ditt sin sitt vår vårt hans hennes "
        "deras men eller så från ut vid efter under över mycket också bara nu här där vad vem "
        "var varför när hur tack ja nej idag imorgon igår alltid aldrig inget något kan ska "
        "skulle vill måste blir bli hade"
    ),
    "da": (
        "og i at det som en et på er af for med til den har de ikke om var jeg du han hun vi "
        "mig dig sig os jer min mit mine din dit sin sit vores hans hendes deres men eller så "
        "fra ud ved efter under over meget også kun nu her der hvad hvem hvor hvorfor hvornår "
        "hvordan tak ja nej idag i dag i morgen i går altid aldrig intet noget kan skal skulle "
        "vil må bliver blive havde jo lige"
    ),
    "no": (
        "og i at det som en et på er av for med til den har de ikke om var jeg du han hun vi "
        "meg deg seg oss dere min mitt mine din ditt sin sitt vår vårt hans hennes deres men "
        "eller så fra ut ved etter under over mye også bare nå her der hva hvem hvor hvorfor "
        "når hvordan takk ja nei i dag i morgen i går alltid aldri ingenting noe kan skal "
        "skulle vil må blir bli hadde ikkje eg"
    ),
    "fi": (
        "ja on ei se että oli olen olet ovat olla mutta tai kuin kun jos niin myös vain nyt "
        "tämä tuo nämä ne minä sinä hän me te he minun sinun hänen meidän teidän heidän mitä "
        "mikä kuka missä miksi milloin miten kiitos kyllä tänään huomenna eilen aina koskaan "
        "mitään jotain paljon vähän hyvä hyvin voi voin pitää täytyy jo vielä sitten kanssa "
        "ilman ollut olisi"
    ),
    "cs": (
        "a v na s z do ne je jsou byl byla bylo být to ten ta ty toho té tím že se jak ale "
        "nebo či co kdo kde kdy proč já ty on ona ono my vy oni mě mi tě ti ho jí nás vás "
        "jich můj moje tvůj tvoje jeho náš naše od pro přes po při bez pod nad před za o tak "
        "velmi dobře také ještě vždy nikdy nic všechno děkuji prosím dnes zítra včera už jen "
        "může jsem máš má"
    ),
    "tr": (
        "ve bir bu da de için ile ama ya veya değil var yok çok daha en gibi kadar sonra önce "
        "ben sen o biz siz onlar beni seni onu bizi sizi benim senin onun bizim sizin ne kim "
        "nerede neden niçin ne zaman nasıl teşekkür teşekkürler evet hayır bugün yarın dün "
        "her zaman asla hiç şey her şey iyi güzel mı mi mu mü olarak olan oldu"
    ),
    "hu": (
        "a az egy és vagy de nem is van vannak volt lesz hogy ez azt ezt én te ő mi ti ők "
        "engem téged őt minket titeket nekem neked neki nekünk mit ki hol miért mikor hogyan "
        "köszönöm igen ma holnap tegnap mindig soha semmi valami nagyon jó jól még már csak "
        "majd akkor mert ha mint itt ott kell lehet"
    ),
}

_MARKER_LETTERS: dict[str, str] = {
    "de": "äöüß",
    "fr": "çèêëîïôœùûÿ",
    "es": "ñ¿¡",
    "pt": "ãõç",
    "it": "ìò",
    "pl": "ąćęłńśźż",
    "sv": "åäö",
    "da": "æøå",
    "no": "æøå",
    "fi": "äö",
    "cs": "čďěňřšťůž",
    "tr": "çğışöü",
    "hu": "őűáéíóöüú",
    "en": "",
    "nl": "ĳ",
}

LANGUAGES: tuple[str, ...] = tuple(_FUNCTION_WORDS)
"""Languages the identifier can return (besides "unknown"), ISO 639-1."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SKIP = re.compile(r"(?:https?://|www\.)\S+|[@#]\w+")


def _build_votes() -> dict[str, dict[str, float]]:
    owners: dict[str, set[str]] = {}
    for lang, words in _FUNCTION_WORDS.items():
        for word in words.split():
            if len(word) > 1 or not word.isascii():  # "a", "s", "v": S-Bahn, Plan B …
                owners.setdefault(word, set()).add(lang)
    return {word: {lang: 1.0 / len(langs) for lang in langs} for word, langs in owners.items()}


_VOTES = _build_votes()
_RANK = {lang: i for i, lang in enumerate(_FUNCTION_WORDS)}
"""Tie-break order of the languages (every language that can get a vote is listed)."""
_LETTER_VOTES: dict[str, dict[str, float]] = {}
for _lang, _letters in _MARKER_LETTERS.items():
    for _letter in _letters:
        _LETTER_VOTES.setdefault(_letter, {})[_lang] = 1.0
for _letter, _langs in _LETTER_VOTES.items():
    for _lang in _langs:
        _langs[_lang] = 0.3 / len(_langs)
_MARKERS = re.compile("[" + "".join(sorted(_LETTER_VOTES)) + "]")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The identified language, a confidence in [0, 1] and the votes behind it."""

    language: str
    confidence: float
    votes: Mapping[str, float]


class LanguageIdentifier:
    """Function-word and letter votes, optionally combined with a de/en/other model head."""

    def __init__(self, min_letters: int = MIN_LETTERS) -> None:
        self.min_letters = min_letters

    def votes(self, words: Sequence[str]) -> tuple[dict[str, float], int]:
        """Votes per language and the number of letters, from lower-cased word tokens."""
        votes: dict[str, float] = {}
        letters = 0
        get = _VOTES.get
        for word in words:
            letters += len(word)
            found = get(word)
            if found:
                for lang, weight in found.items():
                    votes[lang] = votes.get(lang, 0.0) + weight
        for char in _MARKERS.findall("".join(words)):
            for lang, weight in _LETTER_VOTES[char].items():
                votes[lang] = votes.get(lang, 0.0) + weight
        return votes, letters

    @staticmethod
    def words(text: str) -> list[str]:
        """Lower-cased words of a text, without links, mentions and hashtags."""
        return _WORD.findall(_SKIP.sub(" ", text).lower())

    def identify(
        self, text: str | Sequence[str], de_en: Sequence[float] | None = None
    ) -> LanguageGuess:
        """Identify a text (or its lower-cased words); `de_en` are model probabilities."""
        votes, letters = self.votes(self.words(text) if isinstance(text, str) else text)
        if letters < self.min_letters:
            return LanguageGuess("unknown", 0.0, votes)
        other = max((v for lang, v in votes.items() if lang not in ("de", "en")), default=0.0)
        de_or_en = max(votes.get("de", 0.0), votes.get("en", 0.0))
        if de_en is not None and other < de_or_en + 1.0:
            # The head only knows German from English: it adds its votes unless a third
            # language clearly leads the function-word votes.
            p_de, p_en = de_en
            votes["de"] = votes.get("de", 0.0) + 1.5 * float(p_de)
            votes["en"] = votes.get("en", 0.0) + 1.5 * float(p_en)
        if not votes:
            return LanguageGuess("unknown", 0.0, votes)
        # Ties go to the language listed first (never to set or hash order: the same text must
        # get the same language in every process).
        ranked = sorted(votes.items(), key=lambda item: (-item[1], _RANK[item[0]]))
        best, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if top < 0.75:
            return LanguageGuess("unknown", 0.0, votes)
        confidence = min(1.0, (top - second) / top * min(1.0, top / 3.0) + 0.2)
        return LanguageGuess(best, round(confidence, 3), votes)
