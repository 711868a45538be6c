"""The templates of the two episodes of the demo story, in German and English.

Same notation as `demo.texts`; `{P}` is a product of the episode (Lyra 7 in the launch, an
affected Calora or Geon in the shitstorm). The rule names begin with the topic (`launch_…`,
`storm_…`, `stormafter_…`, or the platform before it) so that the writer finds them before the
everyday rules of `demo.texts_de` and `demo.texts_en`.
"""

__all__ = ["EPISODE_RULES_DE", "EPISODE_RULES_EN"]

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
