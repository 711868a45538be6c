"""The everyday English templates of the demo (notation: see `demo.texts`).

The same entry rules as `demo.texts_de`, with fewer options each (about a third of the posts
are English): building blocks and what is said about each company, everyday posts of all
platforms, and the answers (`reply_…`, `service_…`). The templates of the launch and the
shitstorm are in `demo.story_texts`.
"""

__all__ = ["RULES_EN"]

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
