"""More twentieth-round fresh re-anchoring texts (no test here): a court judgment, a research
group's minutes, a thesis's German and English abstracts and a Japanese and English
conference paper's abstract, each a version of a document that is revised.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh20_kit import COLOPHON, NBSP, THIN, Document, document

JUDGMENT = Document(
    title="Harlow Estates Ltd v Mensah [2026] EWCA Civ 318",
    subtitle="Court of Appeal (Civil Division) · judgment handed down 14 March 2026 · approved",
    summary_heading="Summary",
    findings=(
        "The judge awarded damages of 12.5 thousand pounds, reduced on appeal to 8.75 thousand.",
        "The deposit of 1.45 thousand pounds was not protected within 30 days.",
        "Interest runs at 2.5 per cent above base rate from the date of the claim.",
        "Costs were assessed at 0.6 of the sum claimed, as the rules allow.",
    ),
    sections=(
        "Introduction",
        "The facts",
        "The statutory scheme",
        "The judge’s decision",
        "Ground 1: the deposit",
        "Ground 2: damages",
        "Disposal",
    ),
    sentences=(
        "Section 213(3) of the Housing Act 2004 provides that the deposit must be protected "
        "within 30 days.",
        "“The landlord must give the tenant the prescribed information” (section 213(5)).",
        "As I said at [4] above, the tenancy began on 1 June 2021.",
        "The appellant’s case is summarised at [9] above and need not be repeated.",
        "The judge analysed the correspondence with care {cite}.",
        "In my judgement the judge was entitled to find that the notice was invalid {cite}.",
        "The respondent’s behaviour does not bar the claim, whilst it may go to costs.",
        "That is the approach of this court in the authorities cited in Section {section}.",
        "The licence to occupy the garage was a separate agreement {cite}.",
        "The landlord will have to repay the deposit with interest.",
        "Counsel for the respondent recognised that the point was not taken below.",
        "The organisation of the bundle made the appeal harder than it needed to be.",
        "I would dismiss the appeal on this ground.",
        "The tenancy agreement was signed by both parties on 28 May 2021.",
        "The deposit was paid in cash and no receipt was given {cite}.",
        "The tenant left the property in good order in September 2023.",
        "The landlord did not serve the prescribed information at any time.",
        "The judge found that the landlord was not a credible witness.",
        "Permission to appeal was granted on both grounds by Lind LJ {cite}.",
        "The sum was not in dispute, only whether the penalty should apply twice.",
        "For these reasons, set out more fully in Section {section}, I would allow the "
        "appeal in part.",
        "The order will be drawn up by counsel and agreed if possible.",
        "The appeal raises a short point on the construction of section 214 of the Act.",
        "The landlord accepts that the deposit was not protected in time.",
        "He argues only that the tenant suffered no loss from the failure.",
        "That argument was rejected in the authorities, and I would reject it here {cite}.",
        "The penalty is not compensation but a sanction intended to secure compliance.",
        "The judge was wrong to apply it twice for a single tenancy.",
        "The appeal is therefore allowed on ground 2 and dismissed on ground 1.",
        "The tenant’s claim was issued in the county court in January 2024.",
        "The landlord was represented at trial; the tenant acted in person.",
        "The judge heard evidence from both parties and from the letting agent {cite}.",
        "The agent said that he had told the landlord to protect the deposit.",
        "The landlord said he had never received that advice in writing.",
        "Nothing in this judgment should be read as criticism of the letting agent.",
        "I am grateful to both counsel for their clear and helpful submissions.",
    ),
    stock=(
        "I agree. (Lady Justice Okafor)",
        "I also agree. (Lord Justice Lind)",
    ),
    caption="Table 1: Sums at first instance and on appeal (deposit {figure})",
    rows=(
        "Damages | 12.5 | 8.75",
        "Deposit | 1.45 | 1.45",
        "Penalty | 4.35 | 2.9",
    ),
    references_heading="Authorities",
    references=(
        "Okafor v Lind [2019] EWCA Civ 112, [2019] 1 WLR 330.",
        "Okafor v Lind [2019] EWCA Civ 112, [2019] 1 WLR 303.",
        "Superstrike Ltd v Rodrigues [2013] EWCA Civ 669.",
        "Suurpere v Nice [2011] EWHC 2003 (QB).",
        "Mensah v Harlow Estates Ltd [2024] EWHC 811 (KB).",
    ),
    notes_heading="Notes",
    notes=(
        "This judgment was handed down remotely by circulation to the parties.",
        "The time for an application for permission to appeal runs from today.",
        COLOPHON,
    ),
    numbered_paragraphs=True,
)

MINUTES = Document(
    title="Coastal Ecology Group — minutes of meetings, spring term",
    subtitle="Kept by the group secretary; approved copies on the shared drive 📁",
    summary_heading="Summary",
    findings=(
        "The seagrass survey found 0.42 shoots per square metre fewer than last spring.",
        "The boat budget stands at 6.5 thousand pounds after the March trips.",
        "Sediment cores averaged 2.75 centimetres of new deposit since October.",
        "The pilot tags recorded water at 11.8 degrees on the outer transect.",
    ),
    sections=(
        "Meeting of 9 January",
        "Meeting of 23 January",
        "Meeting of 6 February",
        "Meeting of 20 February",
        "Meeting of 6 March",
        "Meeting of 20 March",
    ),
    sentences=(
        "Present: Priya Raman (chair), Tomás Ó Briain, Mei Tanaka, Kwame Mensah, Jo Lind.",
        "Apologies: Amara Okafor (fieldwork), Lars Søndergaard.",
        "Minutes of the previous meeting were approved.",
        "ACTION: Priya to circulate the revised sampling protocol.",
        "ACTION: Tomás to book the boat for the April transects.",
        "ACTION: Mei to analyse the sediment cores before the next meeting.",
        "Kwame reported that the tag programme is on schedule {cite}.",
        "The group agreed to favour the northern transect if the weather is poor.",
        "Jo summarised the new licence conditions for sampling in the reserve.",
        "The centre will lend two kayaks for the shallow sites, as noted in Section {section}.",
        "There was a discussion of the modelling of shoot density {cite}.",
        "Any other business: the group photo 📸 will be taken at the next meeting.",
        "Date of next meeting: two weeks from today, in the seminar room.",
        "Mei presented the first sediment results; the cores from the inner bay look disturbed.",
        "Tomás noted that the boat engine needs a service before April.",
        "The group discussed whether to add a third transect in the reserve {cite}.",
        "Kwame will ask the harbour master about access to the outer moorings.",
        "Priya reminded everyone that the ethics renewal is due at the end of term.",
        "Jo proposed a shared spreadsheet for the field calendar; agreed.",
        "The visiting student from Tōhoku will join the April fieldwork.",
        "There was no update on the grant application, as noted in Section {section}.",
        "Amara sent a written report from the field station {cite}.",
        "The chair thanked Lars for organising the seminar on sediment transport.",
        "A new member, Sofía Ortega, was welcomed to the group.",
        "The freezer in the lab failed over the weekend; no samples were lost.",
        "Mei asked for a second pair of hands for the coring in May.",
        "The group agreed to submit a joint abstract to the spring conference {cite}.",
        "Kwame showed a map of the tag detections along the shore.",
        "Tomás will check whether the boat insurance covers night work.",
        "Sofía offered to help with the tagging on the outer transect.",
        "The group discussed the draft paper on seagrass loss {cite}.",
        "Lars asked that field data be backed up on the day they are collected.",
        "The budget for sensors was agreed at the level proposed by Kwame.",
        "Priya will write to the reserve warden about the new licence conditions.",
    ),
    stock=(
        "Minutes of the previous meeting were approved. Matters arising: none.",
        "ACTION: Priya to circulate the revised sampling protocol. (carried forward)",
    ),
    caption="Table 1: Survey figures so far (shoot loss {figure} per m²)",
    rows=(
        "Inner transect | 0.42 | 14 quadrats",
        "Outer transect | 0.38 | 14 quadrats",
        "Reserve | 0.51 | 8 quadrats",
    ),
    references_heading="Papers discussed",
    references=(
        "Raman, P., Tanaka, M. (2024). Seagrass loss in the Solent. Mar Ecol 45: e12801.",
        "Raman, P., Tanaka, M. (2025). Seagrass loss in the Solent. Mar Ecol 46: e12801.",
        "Mensah, K. (2023). Tagging shallow water. Limnol Oceanogr Methods 21: 77–89.",
        "Ó Briain, T. (2022). Boats and budgets. Field Notes 3: 1–4.",
        "Lind, J. (2021). Cores from soft sediment. Estuar Coast 44: 500–512.",
    ),
    notes_heading="Notes",
    notes=(
        "Draft minutes are circulated within a week and approved at the next meeting.",
        "Names are given as each member writes them.",
        COLOPHON,
    ),
)

THESIS = Document(
    title="Grundwasserneubildung in Karstgebieten der Schwäbischen Alb",
    subtitle="Dissertation, Universität Tübingen · Fassung 2 nach der Begutachtung",
    summary_heading="Abstract",
    findings=(
        f"Recharge averaged 0.48 of annual rainfall across the 12{THIN}catchments studied.",
        "Tracer tests gave flow speeds of 91.5 metres per hour in the main conduits.",
        "Dry summers cut recharge by 0.31 of its mean (95% CI 0.22–0.40).",
        f"The spring at Blautopf responded to rain within 2.5 days (n{NBSP}={NBSP}48 events).",
    ),
    sections=(
        "Introduction",
        "Study area",
        "Methods",
        "Results",
        "Discussion",
        "Outlook",
    ),
    sentences=(
        "Karst aquifers supply about half of the drinking water in the region {cite}.",
        "The study area lies between the Danube and the Neckar, as shown in Section {section}.",
        "Recharge was modelled with a daily soil-water balance {cite}.",
        "Tracers were injected at three swallow holes near Gerstetten and Laichingen.",
        "The results show that conduits carry most of the flow during storms.",
        "Former Straße routes and quarries change where water enters the rock {cite}.",
        "The behaviour of the springs in dry years was analysed separately.",
        "This is in favour of a dual-porosity model (Okafor and Lind, 2019).",
        "Land use will matter more than climate for the smaller catchments.",
        "Data from the Landesanstalt were recognised as the best available.",
        "Die Ergebnisse zeigen „eine deutliche Abnahme“ der Neubildung in trockenen Sommern.",
        "Jürgen Müller’s gauging records from the Blau were digitised for this work.",
        "Rainfall was taken from eleven stations of the national weather service {cite}.",
        "Evapotranspiration was estimated with the Penman–Monteith equation.",
        "The catchments range from 164 to 312 square kilometres.",
        "Snowmelt contributed little recharge in the mild winters of the study period.",
        "Die Messungen im Winter waren wegen Frost lückenhaft, wie in Section {section} erläutert.",
        "Two of the springs dried up briefly in August 2022.",
        "The conduit network is known only in part from cave surveys {cite}.",
        "Future work will combine tracer data with isotope ratios.",
        "Isotope ratios (δ¹⁸O) were measured monthly at two springs {cite}.",
        "The water authority will use the results to plan protection zones.",
        "The Swabian Jura is a plateau of Jurassic limestone up to 1,000 metres high.",
        "Most rain sinks into the rock within hours, and surface streams are rare.",
        "Some springs discharge more than a cubic metre per second after storms {cite}.",
        "Farming on the plateau puts nitrate into the groundwater.",
        "Die Quellschüttung wurde an sieben Pegeln täglich gemessen.",
        "Recharge was highest in spring and lowest in late summer.",
        "The findings support stricter rules on fertiliser near swallow holes {cite}.",
    ),
    stock=(
        "Zusammenfassung des Abschnitts: Die Neubildung hängt vor allem von der Jahreszeit ab.",
        "Summary of the section: recharge depends above all on the season.",
    ),
    caption="Tabelle 1 / Table 1: Recharge by catchment (mean share {figure})",
    rows=(
        "Blau | 0.48 | 164 km²",
        "Lone | 0.44 | 233 km²",
        "Brenz | 0.52 | 312 km²",
    ),
    references_heading="Literatur / References",
    references=(
        "Okafor, A., Lind, B. (2019). Dual porosity in karst. J Hydrol 571: 44–58.",
        "Goldscheider, N. (2015). Karst-Grundwasser. Grundwasser 20: 1–12.",
        "Weiß, S., Groß, T. (2020). Tracer tests in der Alb. Hydrogeologie 9: 98–99.",
        "Goldscheider, N. (2016). Karst-Grundwasser. Grundwasser 21: 1–12.",
        "Weiß, S., Groß, T. (2020). Tracer tests in der Alb. Hydrogeologie 9: 88–97.",
    ),
    notes_heading="Anmerkungen / Notes",
    notes=(
        "¹ Alle Messwerte gelten für die Jahre 2019 bis 2024.",
        "² Übersetzung der Zusammenfassung durch den Verfasser.",
        COLOPHON,
    ),
    twin=(
        "Zusammenfassung",
        "Die Neubildung betrug im Mittel 0.48 des Jahresniederschlags. Markierungsversuche "
        "ergaben Fließgeschwindigkeiten von 91.5 Metern pro Stunde. Trockene Sommer "
        "verringerten die Neubildung um 0.31 ihres Mittels (95% KI 0.22–0.40). Die Quelle "
        "am Blautopf reagierte innerhalb von 2.5 Tagen auf Regen.",
    ),
)

CONFERENCE = Document(
    title="Few-shot parsing of historical Japanese ledgers",
    subtitle="Proceedings of JADH 2026 · camera-ready version · 日本語要旨付き",
    summary_heading="Abstract",
    findings=(
        "Our parser reached a character error rate of 3.4 per cent on the Edo ledgers.",
        "With 48 labelled pages it matched a model trained on 0.9 thousand pages.",
        "Accuracy on cursive kuzushiji rose by 12.5 points over the baseline (p < 0.001).",
        "Annotators agreed at κ = 0.81 on the entity labels.",
    ),
    sections=(
        "Introduction",
        "Related work",
        "Data",
        "Method",
        "Results",
        "Conclusion",
    ),
    sentences=(
        "Merchant ledgers of the Edo period record prices, debts and names {cite}.",
        "Existing models analyse printed text well but fail on cursive hands {cite}.",
        "We digitised 312 pages from a Ōsaka rice dealer’s ledgers.",
        "Pages were randomised into training and test sets by volume.",
        "The model shows the largest gains on rare characters, as discussed in Section {section}.",
        "Entities were labelled as 「人名」, 「地名」 and 「金額」 by two annotators.",
        "Our modelling follows earlier work on few-shot transfer (Okafor and Lind, 2019).",
        "Errors were summarised by character class and by scribe.",
        "The labelled pages will be released under an open licence.",
        "Ledgers from a second dealer were used as a held-out centre of evaluation.",
        "We thank the archive for permission to reproduce the pages {cite}.",
        "Each page holds between 20 and 60 entries in one or two columns.",
        "Scribes abbreviated common words, which confuses models trained on print.",
        "Training took four hours on a single GPU, as reported in Section {section}.",
        "Most remaining errors involve numerals written in a cursive form {cite}.",
        "A historian checked every entity in the test set by hand.",
        "The method will not work without some labelled pages from each archive.",
        "We compared our model with two baselines trained on modern print {cite}.",
        "Names of persons were the hardest class, and amounts the easiest.",
        "The ledgers span the years 1781 to 1846.",
        "The rice dealer kept separate books for sales, loans and wages.",
        "Many entries record the same customers over several decades {cite}.",
        "We treated each column of a page as one line of text.",
        "Characters were segmented with a detector trained on printed books.",
        "The archive holds about 9,000 further pages from the same family.",
        "Volunteers will help to label more pages through a public website {cite}.",
        "Our results suggest that a few pages of labels go a long way.",
    ),
    stock=(
        "本研究の成果は、歴史資料の大規模な解析に役立つと考えられる。",
        "Code: https://github.com/jadh-ledgers/fewshot (MIT licence).",
    ),
    caption="表1 / Table 1: Character error rates (ours {figure} per cent)",
    rows=(
        "Ours | 3.4 | 48 pages",
        "Baseline | 9.7 | 48 pages",
        "Full supervision | 3.2 | 900 pages",
    ),
    references_heading="References",
    references=(
        "Okafor, A., Lind, B. (2019). Few-shot transfer for OCR. TACL 7: 22–35.",
        "Clanuwat, T., Lamb, A. (2018). Deep learning for kuzushiji. arXiv 1812.01718.",
        "Tanaka, M. (2021). 近世商家文書の翻刻. 東京: 勉誠出版, pp. 62–80.",
        "Clanuwat, T., Lamb, A. (2019). KuroNet. ICDAR 2019: 607–614.",
        "Tanaka, M. (2021). 近世商家文書の翻刻. 東京: 勉誠出版, pp. 40–61.",
    ),
    notes_heading="Keywords and notes",
    notes=(
        "Keywords: kuzushiji, few-shot learning, historical ledgers, named entities",
        "キーワード：くずし字、少数ショット学習、商家文書、固有表現",
        COLOPHON,
    ),
    twin=(
        "概要",
        "本稿では、江戸時代の商家帳簿を対象とした少数ショット解析を提案する。文字誤り率は3.4"
        "パーセントであり、48ページの学習データで0.9千ページ分のモデルに匹敵した。くずし字の"
        "精度はベースラインより12.5ポイント向上した（p < 0.001）。",
    ),
)


def court_judgment(rng: random.Random) -> str:
    """A court judgment: numbered paragraphs quoting a statute and earlier paragraphs ("at
    [4] above"), a list of authorities a page apart, "I agree." closing the judgment."""
    return document(rng, JUDGMENT)


def research_group_minutes(rng: random.Random) -> str:
    """A research group's minutes: attendance lines, "ACTION:" lines carried from meeting
    to meeting, "Minutes of the previous meeting were approved." again and again."""
    return document(rng, MINUTES)


def thesis_abstract_pair(rng: random.Random) -> str:
    """A thesis's English abstract and German Zusammenfassung with the same figures, „…“
    quotes, ß and umlauts."""
    return document(rng, THESIS)


def japanese_conference_abstract(rng: random.Random) -> str:
    """A conference paper with an English abstract and a Japanese 概要 holding its
    figures, 「…」 quotes, full-width punctuation and keywords in both languages."""
    return document(rng, CONFERENCE)
