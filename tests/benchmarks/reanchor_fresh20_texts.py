"""Twentieth-round fresh re-anchoring texts (no test here): a journal article's preprint, a
peer-review report with the authors' response, an encyclopaedia article and a policy white
paper, each a version of a document researchers annotate, whose summary repeats the body's
findings, with citations, cross-references, captions and near-identical reference entries.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh20_kit import COLOPHON, NBSP, THIN, Document, document
from tests.benchmarks.reanchor_fresh20_more_texts import (
    court_judgment,
    japanese_conference_abstract,
    research_group_minutes,
    thesis_abstract_pair,
)

PREPRINT = Document(
    title="Sleep timing and working memory in shift-working nurses: a randomised crossover trial",
    subtitle="Preprint v2, revised after review · medRxiv 2026.03.14.2611",
    summary_heading="Abstract",
    findings=(
        f"Delayed sleep timing lowered digit-span accuracy by 0.62 points (95% CI 0.31–0.93, "
        f"p{NBSP}={NBSP}0.004, n{NBSP}={NBSP}48).",
        "Reaction times rose by 41.5 ms after night shifts and fell back within 2.5 days.",
        "Participants who napped before the shift lost only 0.27 points on the same task.",
        "Melatonin onset moved by 1.8 hours (95% CI 1.2–3.4) over the fortnight.",
        "Self-rated alertness correlated with accuracy at r = 0.44 across both arms.",
    ),
    sections=("Introduction", "Methods", "Results", "Discussion", "Limitations", "Conclusion"),
    sentences=(
        "Shift work is recognised as a risk to cognitive performance in hospital staff {cite}.",
        "Earlier studies analysed memory only after single night shifts {cite}.",
        "We randomised 48 nurses from two centres to early or delayed sleep schedules.",
        "Each arm lasted fourteen days, with a washout of one week between arms.",
        "Digit span was measured on a tablet at the start and end of every shift.",
        "The modelling used mixed effects with a random intercept for each nurse {cite}.",
        "Our trial shows that timing matters more than total sleep, as argued in Section "
        "{section}.",
        "This is consistent with laboratory findings on circadian misalignment (Okafor and "
        "Lind, 2019).",
        "Nurses who work rotating rosters will need protected time for a nap.",
        "The hospital’s programme of rest breaks was unchanged during the trial.",
        "Adherence to the schedules was summarised from wrist actigraphy {cite}.",
        "Two nurses withdrew for reasons unrelated to the trial.",
        "The effect was larger in nurses over 40, whilst younger nurses recovered faster.",
        f"Light exposure at the nurses’ station was 300{THIN}lux on average.",
        "Sleep was scored from actigraphy in 30-second epochs, blind to the arm {cite}.",
        "Caffeine intake was logged but not restricted, since a ban would not be realistic.",
        "The primary outcome was the change in digit span over the fortnight.",
        "Secondary outcomes were reaction time, melatonin onset and self-rated alertness.",
        "Missing tests were imputed by chained equations, as described in Section {section}.",
        "Night shifts lasted twelve hours, from 19:30 to 07:30, on both wards.",
        "The sample was small, and the nurses knew which arm they were in.",
        "Ward managers will be asked whether delayed schedules can be offered routinely {cite}.",
        "The ethics committee of the trust approved the protocol in March 2025.",
        "Nurses were paid for the time they spent on the tests, outside their shifts.",
        "A larger trial across four hospitals will start in the autumn of 2026 {cite}.",
        "Our findings agree with a recent review of rosters in intensive care {cite}.",
        "The delayed schedule asked nurses to sleep from 09:00 to 16:00 after a night shift.",
        "Nobody reported harm from the schedules, though two nurses found them hard to keep.",
        "The analysis plan was registered before the first nurse was enrolled.",
        "The phase shift Δφ was estimated from dim-light melatonin onset, with α set at 0.01.",
        "We did not measure performance on clinical tasks, only on the tests described here.",
    ),
    stock=(
        "Data and code are available from the corresponding author on reasonable request.",
        "The funder had no role in the design, analysis or reporting of the trial.",
    ),
    caption="Table 1: Digit-span change by arm (the delayed arm lost {figure} points)",
    rows=(
        "Early sleep | n = 24 | −0.11 | 0.09",
        "Delayed sleep | n = 24 | −0.73 | 0.12",
        "Napped first | n = 17 | −0.27 | 0.10",
    ),
    references_heading="References",
    references=(
        "Okafor, A., Lind, B. (2019). Circadian misalignment and memory. Sleep 42(3): 112–120.",
        "Okafor, A., Lind, B. (2021). Circadian misalignment and memory. Sleep 44(1): 12–20.",
        "Lind, B., Okafor, A. (2019). Napping before night work. J Occup Health 61: 33–41.",
        "Marsh, C., Tanaka, H. (2018). Actigraphy in clinical staff. Chronobiol Int 35: 901–909.",
        "Marsh, C., Tanaka, H. (2018). Actigraphy in clinical staff. Chronobiol Int 35: 910–918.",
        "Ní Bhriain, S. (2020). Rosters and rest. BMJ Open 10: e036512.",
    ),
    notes_heading="Notes",
    notes=(
        "¹ Version 1 reported the per-protocol analysis; version 2 reports intention to treat.",
        "² Trial registration ISRCTN 44120987; protocol at https://osf.io/x7k2q.",
        COLOPHON,
    ),
)

REVIEW = Document(
    title="Response to reviewers: manuscript ECOL-2026-0412",
    subtitle="Soil fungi and drought in upland grassland — second round 🙂",
    summary_heading="Summary of changes",
    findings=(
        "Fungal biomass fell by 0.38 mg per gram of soil under drought (p = 0.012).",
        "Recovery took 3.5 weeks in grazed plots and 5.25 weeks in ungrazed plots.",
        "Hyphal length correlated with soil moisture at r = 0.71 in both years.",
        "The drought effect was 1.9 times larger on north-facing slopes (95% CI 1.3–2.6).",
    ),
    sections=(
        "Reviewer 1, comment 1",
        "Reviewer 1, comment 2",
        "Reviewer 1, comment 3",
        "Reviewer 2, comment 1",
        "Reviewer 2, comment 2",
        "Editor’s comments",
    ),
    sentences=(
        "Reviewer: “The authors should explain how the plots were randomised.”",
        "Response: We thank the reviewer for this comment.",
        "Response: We have revised the text accordingly.",
        "Reviewer: “The behaviour of the controls in the second year is not discussed.”",
        "Reviewer: “I am not convinced that the modelling accounts for slope.”",
        "The plots were allocated by a random number programme before the first season {cite}.",
        "A new paragraph in Section {section} now discusses the controls in the second year.",
        "Slope is now a fixed effect, and the analysis shows the same pattern {cite}.",
        "We agree that the sampling centre moved between years, as summarised in Section "
        "{section}.",
        "Reviewer: “The figure colour scheme is hard to read in print.”",
        "All figures now use a palette that is readable in greyscale.",
        "We will deposit the raw counts with the journal’s licence once accepted.",
        "The word count rose by 212, whilst the reference list grew by four entries {cite}.",
        "Reviewer: “Please report the exact p values rather than thresholds.”",
        "Reviewer: “The discussion overstates what a two-year study can show.”",
        "We have softened the wording in the abstract and the conclusion {cite}.",
        "Reviewer: “Were the soil samples stored frozen before extraction?”",
        "Samples were frozen at −20 °C within six hours of collection, as now stated.",
        "The statistical analysis was checked by a colleague who was not an author.",
        "Reviewer: “The title promises more than the results deliver.”",
        "We have changed the title to name the upland grassland explicitly.",
        "A supplementary table now lists every plot with its slope and aspect {cite}.",
        "We hope that the revised manuscript is now suitable for publication.",
        "Reviewer: “The sample sizes differ between the text and the table.”",
        "This was an error in version 1; the table now gives 24 plots in every treatment.",
        "Reviewer: “Why were ungrazed plots sampled less often in the second year?”",
        "Access to the ungrazed plots was closed for six weeks by the landowner {cite}.",
        "We now say so in the methods and treat the gap as missing data.",
        "Reviewer: “The conclusion should say what land managers could do.”",
        "A final paragraph now suggests grazing regimes that speed recovery after drought.",
    ),
    stock=(
        "Response: We thank the reviewer for this comment. We have revised the text accordingly.",
        "Response: We have revised the text accordingly. We thank the reviewer for this comment.",
    ),
    caption="Table 2: Biomass by treatment (drought lowered it by {figure} mg/g)",
    rows=(
        "Control, grazed | 2.41 mg/g | 24 plots",
        "Drought, grazed | 2.03 mg/g | 24 plots",
        "Drought, ungrazed | 1.96 mg/g | 24 plots",
    ),
    references_heading="References added in this round",
    references=(
        "Ngata, T. (2020). Grazing and recovery. J Ecol 108: 455–467.",
        "Haddad, R., Ngata, T. (2017). Hyphae under drought. Soil Biol Biochem 105: 1–9.",
        "Søndergaard, M. (2016). Slopes and soil water. Geoderma 270: 64–72.",
        "Haddad, R., Ngata, T. (2018). Hyphae under drought. Soil Biol Biochem 118: 1–9.",
        "Ngata, T. (2020). Grazing and recovery. J Ecol 108: 468–470.",
    ),
    notes_heading="Notes to the editor",
    notes=(
        "Line numbers refer to the tracked-changes version.",
        "We have also corrected two typographical errors that no reviewer raised.",
        COLOPHON,
    ),
)

ENCYCLOPAEDIA = Document(
    title="Lake Bunyonyi",
    subtitle=f"From the free encyclopaedia · revision of 14{NBSP}March 2026",
    summary_heading="Lead",
    findings=(
        "The lake covers 46.5 square kilometres and is up to 44.5 metres deep.",
        "Population: 12.3 thousand people lived on its shores in the 2014 census.",
        "Its surface stands 1.96 kilometres above sea level, one of the highest in Africa.",
        "Tourism brought in 3.8 million dollars in 2019, most of it from foreign visitors.",
    ),
    sections=("Geography", "History", "Ecology", "Economy", "Culture", "In popular culture"),
    sentences=(
        "The lake lies in Kabale District in the south-west of Uganda {cite}.",
        "It has 29 islands, the largest of which is Bufuka.",
        "Akampene, or Punishment Island, is recognised for a grim custom of the past.",
        "The name is usually said to mean a place of many little birds [citation needed].",
        "The lake is one of the few in the region free of bilharzia {cite}.",
        "Crayfish were introduced in the 1920s and are now a source of labour and income.",
        "A centre for visitors opened at Rutinda in 2006 (Okafor and Lind, 2019).",
        "The lake’s colour changes with the seasons, as described in Section {section}.",
        "The Bakiga terraced the surrounding hills long before colonial rule [citation needed].",
        "Local organisations run canoe races every December {cite}.",
        "A community programme trains guides, whilst schools teach swimming.",
        "The lake will be the subject of a new survey in 2027, according to the district {cite}.",
        "See also: Lake Mutanda · Bwindi Impenetrable Forest · Kisoro",
        "Boat licence fees are set by the district each year [citation needed].",
        "The lake was formed about 10,000 years ago when lava blocked a river valley {cite}.",
        "Otters and more than 200 species of bird have been recorded around its shores.",
        "Fishing is restricted to small boats, and motor boats need a permit [citation needed].",
        "The road from Kabale reached the shore in the 1960s, as described in Section {section}.",
        "A missionary doctor set up a leprosy settlement on Bwama island in 1931 {cite}.",
        "The settlement closed in the 1980s and the buildings became a school.",
        "Dugout canoes remain the usual way to travel between the islands.",
        "The lake appears on a Ugandan postage stamp issued in 2010 [citation needed].",
        "Several lodges on the shore describe themselves as eco-friendly {cite}.",
        "The water is clear to a depth of about four metres in the dry season.",
        "Heavy rain in 2020 flooded several homes on the northern shore {cite}.",
        "The lake is a popular stop on the road to the mountain gorilla parks.",
        "Local people tell several stories about how the islands got their names.",
        "Swimming is common, and there are no crocodiles or hippos in the lake.",
        "The district plans a ring road that would run close to the western shore "
        "[citation needed].",
        "A small museum at Rutinda shows tools, canoes and photographs from the 1930s.",
    ),
    stock=(
        "This section needs additional citations for verification. Unsourced material may be "
        "challenged and removed.",
        "This section is a stub. You can help by expanding it.",
    ),
    caption="Table 1: Lake figures (surface {figure} and shoreline)",
    rows=(
        "Area | 46.5 km² | 2014",
        "Max depth | 44.5 m | 2014",
        "Shoreline | 72 km | 2011",
    ),
    references_heading="References",
    references=(
        "Okafor, A., Lind, B. (2019). Crater lakes of Uganda. Afr J Ecol 57: 210–219.",
        "Kabale District (2014). Census report. Kabale: KDLG, p. 14.",
        "Uganda Wildlife Authority (2019). Visitor statistics. Retrieved 3 May 2021.",
        "Kabale District (2014). Census report. Kabale: KDLG, p. 41.",
        "Tumusiime, J. (2011). The islands of Bunyonyi. Kampala: Fountain, p. 88.",
        "Tumusiime, J. (2012). The islands of Bunyonyi. 2nd ed. Kampala: Fountain, p. 88.",
    ),
    notes_heading="Notes",
    notes=(
        "a. Elevation figures differ between sources by up to 30 m.",
        "b. The 2024 census figures had not been published at the time of this revision.",
        COLOPHON,
    ),
)

WHITE_PAPER = Document(
    title="Closing the attainment gap: tutoring at scale",
    subtitle="Policy white paper · Institute for Fair Schools · consultation draft 3",
    summary_heading="Executive summary",
    findings=(
        "Pupils who received tutoring gained 0.21 standard deviations in reading over a year.",
        "The programme cost 0.84 thousand pounds per pupil, less than a teaching assistant.",
        "Gains were 1.5 times larger where tutoring ran in school hours (95% CI 1.1–2.0).",
        "Take-up among eligible pupils rose from 31.5 per cent to 58.5 per cent in two years.",
    ),
    sections=(
        "Background",
        "Evidence",
        "Key findings",
        "Costs",
        "Recommendations",
        "Next steps",
    ),
    sentences=(
        "The attainment gap widened in every region after the school closures {cite}.",
        "Recommendation 1: Tutoring should be funded for three years, not one.",
        "Recommendation 2: Schools should favour tutoring in school hours.",
        "Recommendation 3: The programme should be evaluated by an independent organisation.",
        "We analysed records for 212 schools in the national programme {cite}.",
        "The evidence shows that small groups work as well as one-to-one tutoring {cite}.",
        "Costs were modelled from school budgets, as set out in Section {section}.",
        "Tutors were recognised by schools as part of the staff within a term.",
        "The government will decide on funding after the spending review.",
        "Rural schools found it harder to recruit tutors, whilst cities had waiting lists.",
        "A centre of expertise would reduce the cost of training (Okafor and Lind, 2019).",
        "The behaviour of pupils in sessions improved according to teachers {cite}.",
        "Parents’ views were summarised from 1,406 survey replies.",
        "Recommendation 4: Tutors should be trained in the curriculum their pupils follow.",
        "Recommendation 5: Funding should follow disadvantaged pupils, not schools.",
        "Schools in the most deprived areas started later and had less time to plan {cite}.",
        "The evidence on online tutoring is weaker, as discussed in Section {section}.",
        "Head teachers said the paperwork took too much of their time.",
        "Tutoring is not a substitute for good classroom teaching {cite}.",
        "Funding for the next three years is not yet agreed by the Treasury.",
        "The consultation closes on 30 June, and responses will be published.",
        "We thank the schools and tutors who shared their data with us.",
        "Tutoring was offered to about one pupil in five among those eligible in 2024.",
        "Secondary schools were more likely than primary schools to drop the programme {cite}.",
        "Most tutors were trainee teachers, retired teachers or graduates.",
        "The cost per pupil fell each year as schools trained their own staff as tutors.",
        "Pupils with special educational needs gained as much as their classmates {cite}.",
        "Attendance at sessions was above 80 per cent in most schools.",
        "The gains in mathematics were smaller than those in reading.",
        "Local authorities differed widely in how quickly they passed funding to schools.",
        "Several schools pooled their funding to employ tutors jointly {cite}.",
        "The programme’s national data do not record which pupils attended each session.",
    ),
    stock=(
        "Key finding: tutoring works best when it is part of the school day.",
        "Key finding: the benefits last only when funding is stable.",
    ),
    caption="Table 3: Reading gains by model of delivery (overall {figure} SD)",
    rows=(
        "In school hours | 0.27 SD | 140 schools",
        "After school | 0.18 SD | 51 schools",
        "Online | 0.12 SD | 21 schools",
    ),
    references_heading="Sources",
    references=(
        "Okafor, A., Lind, B. (2019). Small-group tutoring. Educ Res Rev 28: 100–118.",
        "Department for Education (2023). Tutoring programme statistics. London: DfE.",
        "Reyes, M. (2022). Who tutors? Oxford Rev Educ 48(2): 233–250.",
        "Department for Education (2024). Tutoring programme statistics. London: DfE.",
        "Okafor, A., Lind, B. (2019). Small-group tutoring. Educ Res Rev 28: 119–121.",
    ),
    notes_heading="Notes",
    notes=(
        "1. All costs are in 2025 prices.",
        "2. This draft is for consultation and does not represent government policy.",
        COLOPHON,
    ),
)


def journal_preprint(rng: random.Random) -> str:
    """A journal article's preprint: an abstract repeating the results, a table caption
    repeating a figure, citations and twin reference entries a page or a year apart."""
    return document(rng, PREPRINT)


def review_response(rng: random.Random) -> str:
    """A peer-review report and the authors' response: comments quoted word for word,
    stock replies ("We thank the reviewer for this comment.") under most of them."""
    return document(rng, REVIEW)


def encyclopaedia_article(rng: random.Random) -> str:
    """A Wikipedia-style article: a lead summarising the body, infobox figures, "[citation
    needed]", stock maintenance notices and a "See also" line."""
    return document(rng, ENCYCLOPAEDIA)


def white_paper(rng: random.Random) -> str:
    """A policy white paper: an executive summary repeating the key findings, numbered
    recommendations, recurring "Key finding:" lines."""
    return document(rng, WHITE_PAPER)


#: Every kind of text of the twentieth round, in seed order.
KINDS = (
    journal_preprint,
    review_response,
    encyclopaedia_article,
    white_paper,
    court_judgment,
    research_group_minutes,
    thesis_abstract_pair,
    japanese_conference_abstract,
)
