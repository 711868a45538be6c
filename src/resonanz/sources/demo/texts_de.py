"""The everyday German templates of the demo (notation: see `demo.texts`).

In this order: building blocks (hashtags, places, moods, …), what is said about each company
(`issue_…`, `strength_…`, `exec_…`), everyday posts on Mastodon and Bluesky (`everyday_…`,
`official_…`), the forum, reviews, comparisons and industry talk, news (title§text), and the
answers: replies, quotes and customer service (`reply_…`, `service_…`). The templates of the
launch and the shitstorm are in `demo.story_texts`.
"""

__all__ = ["RULES_DE"]

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
