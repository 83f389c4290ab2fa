"""Nineteenth-round fresh re-anchoring texts (no test here): a wire story re-issued as writethrus,
a long-read with pull quotes and captions, a live blog turned into a story and a Q&A
interview, each a news article as a web page shows it, with mixed scripts, emoji and
combining marks.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh19_kit import Article, article
from tests.benchmarks.reanchor_fresh19_more_texts import (
    CHINESE,
    COURT,
    SPANISH,
    SYNDICATED,
    bilingual_chinese,
    bilingual_spanish,
    court_report,
    syndicated_copy,
)

WIRE = Article(
    headline="Flood barrier fails at Thamesmead as 1,240 homes are evacuated (2nd writethru)",
    byline="By Priya Raman and Tomás Ó Briain · Parallax Wire · Updated 15:42 GMT, 5 March 2026",
    dateline="LONDON (Parallax Wire) — ",
    ledes=(
        "A flood barrier on the Thames at Thamesmead failed on Thursday morning, and 1,240 "
        "homes were evacuated as water rose 1.8 metres in under an hour, the Environment "
        "Agency said. No one was hurt.",
        "Some 1,240 homes at Thamesmead are being evacuated after a flood barrier failed on "
        "Thursday, the Environment Agency said. Water rose 1.8 metres in under an hour.",
    ),
    units=(
        (
            "The agency said a hydraulic ram on the barrier’s third gate jammed at 06:40, "
            "leaving a gap of about 9 metres as the tide came in.",
        ),
        (
            "“We saw the gate stop halfway and we knew straight away that the estate would "
            "flood,” said Dele Adéwálé, 52, who runs a café on Yarnton Way.",
        ),
        (
            "Police said 17 roads were closed and 3 schools would stay shut on Friday. Buses "
            "were diverted around the estate until further notice.",
        ),
        (
            "The barrier was inspected in January and passed, the agency said. A spokesperson "
            "said the ram had been serviced in 2024 and was not due for replacement.",
        ),
        (
            "Bexley council opened 2 rest centres, at the Link leisure centre and at St Paul’s "
            "church hall, where about 300 people spent the morning.",
        ),
        (
            "“People have lost everything on the ground floor, and they are asking who checked "
            "this gate and when,” said councillor Hannah Kowalczyk.",
        ),
        (
            "The Met Office said the river would peak again at 19:10, about 40 centimetres "
            "lower than the morning tide. Sandbags were handed out on Harrow Manorway.",
        ),
        (
            "Insurers said claims from the estate could pass £25 million. The Association of "
            "British Insurers said it would send staff to the rest centres on Friday.",
        ),
        (
            "The last failure of a tidal gate in London was in 2013, when 60 homes in Barking "
            "flooded. An inquiry then called for a second ram on every gate.",
        ),
        (
            "The agency said engineers would lower a temporary stop-log into the gap at low "
            "tide. It said the work would take about 6 hours.",
        ),
        (
            "Residents were told to turn off gas and electricity before they left. The London "
            "Fire Brigade said it had pumped water from 120 homes by noon.",
        ),
        (
            "Network Rail said trains between Abbey Wood and Belvedere were suspended because "
            "water had reached the track bed. Southeastern said replacement buses would run "
            "every 20 minutes.",
        ),
        (
            "The Environment Agency’s area manager, Dr Farah Siddiqui, said the agency would "
            "publish the barrier’s maintenance records. “We will be open about what went "
            "wrong,” she said.",
        ),
        (
            "Greenwich and Bexley councils said they would not charge for bulky waste taken "
            "from flooded homes. Skips would be placed on 8 streets by Saturday, they said.",
        ),
        (
            "The Thames Barrier itself, 6 miles upstream, was closed at 05:30 as planned and "
            "worked normally, the agency said.",
        ),
        (
            "Residents said the evacuation was orderly but slow. “They knocked at 07:15 and we "
            "were out by 08:00 with the cat and the passports,” said Jan Kowalski, 71.",
        ),
    ),
    crossheads=("Questions over inspection", "Rest centres open", "What happens next"),
    captions=(
        "Residents leave Yarnton Way, Thamesmead, where 1,240 homes were evacuated. "
        "(Parallax Wire/Ana Ruiz)",
        "Dele Adéwálé, 52, outside his café after water rose 1.8 metres. (Parallax Wire)",
    ),
    updates=(
        "Update 12:05 — Adds police figure of 17 roads closed, rest centres.",
        "Update 13:30 — Adds quote from councillor, insurers’ estimate of £25 million.",
        "Update 15:40 — Adds engineers’ stop-log plan; updates peak to 19:10.",
        "Update 16:55 — Adds fire brigade figure of 120 homes pumped.",
    ),
    reads=(
        "How London’s tidal gates work",
        "Thames Barrier closes 11 times in a month",
    ),
    recap=(
        "Earlier, the agency had said 1,100 homes were at risk. It raised the figure to "
        "1,240 at 11:00 after water reached Crossway."
    ),
    correction=(
        "An earlier version of this story said the gate jammed at 06:14. It jammed at 06:40."
    ),
    people=("Adéwálé", "Kowalczyk", "Siddiqui", "Kowalski"),
)

LONG_READ = Article(
    headline="The last ferryman of the Menai Strait",
    byline="By Sioned Pritchard · Photographs by Kenji Watanabe · 12 min read",
    dateline="ANGLESEY — ",
    ledes=(
        "Gwilym Hughes has rowed people across the Menai Strait for 41 years, and on a still "
        "morning in March he says the water is the kindest he has known it.",
        "For 41 years Gwilym Hughes has rowed walkers, vets and the odd wedding party across "
        "the Menai Strait, and he says he has never once been late.",
    ),
    units=(
        (
            "His boat, the Seren, is 5.2 metres long and was built by his grandfather in 1961. "
            "It has been re-planked 3 times and still leaks, he says, only when it is sulking.",
        ),
        (
            "“You don’t beat the Swellies, you wait for them,” Hughes says of the narrows "
            "under the bridges, where the tide runs at 8 knots.",
        ),
        (
            "The crossing takes 11 minutes at slack water. In 41 years he has carried, by his "
            "own count, about 96,000 people, and lost one dog overboard, briefly.",
        ),
        (
            "His daughter Ffion, 34, keeps the log now. Each crossing is one line: the time, "
            "the number of passengers, the weather and, often, a remark.",
        ),
        (
            "Hughes says the council offered him a licence fee of £1 a year in 1985. “I said "
            "yes before they could think better of it,” he says.",
        ),
        (
            "Not everyone is sentimental. A county report in 2019 called the crossing “a "
            "liability with oars” and proposed a footbridge costing £14 million.",
        ),
        (
            "The footbridge was never built. The report’s author, now retired, says he would "
            "write the same thing today, and that he has taken the ferry 6 times since.",
        ),
        (
            "On the far bank, Mrs Zoë Ellis-Jones, 79, waits with a basket of eggs. She has "
            "crossed every Tuesday since 1998. “He is never late,” she says.",
        ),
        (
            "Hughes says he will stop at 70, which is in 4 years. Ffion says she will take the "
            "oars; her father says she rows like a tax inspector.",
        ),
        (
            "The Seren will be 65 next year. Hughes says the boat will outlive both of them, "
            "and that nobody should write that down.",
        ),
        (
            "The log runs to 23 volumes. The early ones are in pencil; the later ones carry "
            "Ffion’s neat capitals and, since 2016, a column for the wind in knots.",
        ),
        (
            "One entry, from 14 August 1989, reads: “6 passengers, fog, a bride.” Hughes "
            "says the bride was 40 minutes late and he waited, which he would do again.",
        ),
        (
            "The strait is 250 metres wide at the crossing. At spring tides the current can "
            "push a rowing boat 400 metres off course in the time it takes to eat a sandwich.",
        ),
        (
            "He has been asked to fit an outboard motor many times. He says an engine would "
            "make the crossing faster and his life shorter, and that he prefers the oars.",
        ),
        (
            "Tourists now make up about half of his passengers in summer. Some come only for "
            "the crossing and go straight back, which Hughes says he finds “very flattering”.",
        ),
    ),
    crossheads=("The Swellies", "A liability with oars", "The log", "Next year"),
    captions=(
        "Gwilym Hughes, who has rowed the strait for 41 years, on the Seren. (Kenji Watanabe)",
        "The Seren, 5.2 metres long, built in 1961, at slack water. (Kenji Watanabe)",
        "Ffion Hughes, 34, with the log of about 96,000 crossings. (Kenji Watanabe)",
    ),
    updates=(
        "Update 09:10 — This article was updated to add the county report’s figure.",
        "Update 11:45 — A photograph caption was changed to give the boat’s length.",
        "Update 17:20 — Adds comment from the report’s author.",
    ),
    reads=("Britain’s oldest ferries, in pictures 📷", "Why the Swellies are so dangerous"),
    recap=(
        "Earlier, we reported that Hughes had rowed the strait for 40 years. He has rowed "
        "it for 41 years."
    ),
    correction="The footbridge proposed in 2019 would have cost £14 million, not £4 million.",
    people=("Hughes", "Ellis-Jones"),
)

LIVE_BLOG = Article(
    headline="Transit strike live: Metro shut, buses running, talks resume at 14:00",
    byline="By Ama Owusu and Lukas Brandt · Live · Last updated 18:02",
    dateline="MANCHESTER — ",
    ledes=(
        "Metrolink trams are not running on Tuesday as 1,100 drivers and engineers strike "
        "over pay. Buses are running a Sunday service. Follow the day here.",
        "No Metrolink trams will run on Tuesday as 1,100 staff strike over pay, the "
        "operator said. Buses run a Sunday service; talks resume at 14:00.",
    ),
    units=(
        (
            "06:02 — The first picket line is up at the Queens Road depot. About 40 people, "
            "flags and a brazier 🔥.",
        ),
        (
            "06:45 — Update: the operator says all 99 stops are closed. Replacement buses "
            "will not run on the Eccles line.",
        ),
        (
            "07:30 — Queues at Piccadilly bus station stretch round the corner. “I have been "
            "here 40 minutes,” says nurse Grace Mbeki, who starts at 08:00.",
        ),
        (
            "08:15 — The union, Unite, says 1,100 members are out. The operator says the "
            "figure is nearer 900.",
        ),
        (
            "09:05 — Update: the mayor, Andy Lowe, says he will not take sides. “Both must "
            "go back into the room today,” he says.",
        ),
        (
            "10:20 — Correction: an earlier post said 99 stops were closed on the Eccles line. "
            "All 99 stops on the network are closed.",
        ),
        (
            "11:40 — Schools report attendance down by 12% in Salford. Two schools have moved "
            "lessons online.",
        ),
        (
            "12:55 — Update: talks will resume at 14:00 at Acas, the union says. The operator "
            "says it is ready to talk for as long as it takes.",
        ),
        (
            "14:10 — Talks have started. Union negotiator Rhian Pugh says the offer of 4.5% "
            "is “not a serious offer”.",
        ),
        (
            "15:35 — Update: traffic on the A56 is at a standstill, according to the AA. "
            "Journeys are taking 3 times as long as usual.",
        ),
        ("16:50 — Correction: the union negotiator is Rhian Pugh, not Rhian Hughes.",),
        (
            "17:40 — Update: talks have ended without a deal. A second strike day on Thursday "
            "goes ahead, the union says.",
        ),
        (
            "12:20 — A reader writes: “My son’s school bus did not come and nobody told us.” "
            "The council says school buses are not affected by the strike.",
        ),
        (
            "13:05 — The operator’s chief executive, Claire Ashworth, says the company cannot "
            "afford more than 4.5% without cutting services.",
        ),
        (
            "16:15 — Footfall in the city centre is down by 30%, according to the business "
            "group CityCo. Cafés near Piccadilly say takings have halved.",
        ),
        (
            "17:55 — Update: the operator says it will publish its offer in full tonight. The "
            "union says members will vote on it next week.",
        ),
        (
            "18:00 — Our reporter at Queens Road says the pickets have gone home. “Same again "
            "Thursday,” one of them told her, packing up the brazier.",
        ),
        (
            "18:01 — That’s all from us today. Thanks for your messages, and to Ama Owusu and "
            "Lukas Brandt, who were out from 05:30. We will be back at 06:00 on Thursday.",
        ),
    ),
    crossheads=("Morning", "Afternoon", "Evening"),
    captions=(
        "Pickets at the Queens Road depot, where about 40 people gathered at 06:00. (Ama Owusu)",
        "Queues at Piccadilly, where nurse Grace Mbeki waited 40 minutes. (Lukas Brandt)",
    ),
    updates=(
        "Update 18:02 — This live page is now closed. Our story on the strike is below.",
        "Update 18:30 — The operator says trams will run on Wednesday.",
        "Update 19:15 — Unite confirms Thursday’s strike.",
    ),
    reads=("What the strike means for your commute", "Metrolink pay: the numbers"),
    recap=(
        "Earlier, the operator said 900 staff were out and all 99 stops were closed. The "
        "union put the figure at 1,100."
    ),
    correction="This page said the offer was 4%. It is 4.5%.",
    live=True,
    people=("Mbeki", "Lowe", "Pugh", "Ashworth", "Owusu"),
)

INTERVIEW = Article(
    headline="“I think so”: Marisol Ortega on fame, failure and the farm",
    byline="Interview by Daniel Nkemelu · Saturday magazine · Edited for length",
    dateline="OAXACA — ",
    ledes=(
        "Marisol Ortega, 38, won the Booker International last year for a novel written on "
        "a goat farm. She says she still milks at 5:30 every morning.",
        "Marisol Ortega, 38, who won the Booker International for her third novel, spoke "
        "to us at the farm where she wrote it.",
    ),
    units=(
        ("**Did winning change the way you write?**", "Yes."),
        ("**Do you still get up at 5:30?**", "Yes. The goats don’t read reviews."),
        (
            "**Is the novel about your mother?**",
            "I think so. She says it isn’t, which is how I know it is.",
        ),
        (
            "**You wrote the first draft in 14 months. Was it hard?**",
            "No. The second draft took 4 years, and that was hard.",
        ),
        ("**Will there be a film?**", "I think so. Someone has paid for the rights, anyway."),
        (
            "**Do you read your critics?**",
            "Yes. The kind ones more than once, the others exactly once.",
        ),
        (
            "**The translation sold 210,000 copies in English. Did that surprise you?**",
            "Yes. My Spanish publisher printed 3,000 at first.",
        ),
        (
            "**Is it true you turned down a teaching post at Oxford?**",
            "Yes. I said the goats would not survive without me, which was true.",
        ),
        ("**Are you writing now?**", "I think so. Ask me again in 4 years."),
        (
            "**What would you tell a writer starting out?**",
            "Write the book you would want to steal from a library. Then steal it back.",
        ),
        (
            "**Was there a moment when you thought of giving up?**",
            "Yes. In the third year I burnt 200 pages in the stove. The goats watched. I "
            "rewrote them in the spring, better, I think, though nobody will ever know.",
        ),
        (
            "**People call the book political. Is it?**",
            "I think so. Anything about land and water in Oaxaca is political, whether you "
            "want it to be or not. I didn’t set out to write a manifesto.",
        ),
        (
            "**How did you find out you had won?**",
            "A phone call at 3 in the morning. I thought someone had died. Then I went out and "
            "milked the goats, because they had not won anything.",
        ),
        (
            "**What did you do with the prize money?**",
            "I bought a second-hand truck and paid for my nephew’s school. The rest is in the "
            "bank, being sensible, which is more than I am.",
        ),
        (
            "**Your mother still lives on the farm. Has she read it?**",
            "Yes. She read it in one night and in the morning she said, “You spelt the name of "
            "the river wrong.” That was her whole review.",
        ),
        (
            "**Do you write in Spanish or in Zapotec?**",
            "Spanish, with Zapotec where Spanish has no word. My grandmother’s words are in the "
            "book exactly as she said them, accents and all: Guelaguetza, not Gelaguetsa.",
        ),
        (
            "**Is it true the goats have names from the novel?**",
            "Yes. Two of them, and they are the two worst-behaved, which the novel predicted. "
            "The others are called after football players.",
        ),
    ),
    crossheads=("On winning", "On the book", "On what comes next"),
    captions=(
        "Marisol Ortega, 38, at the farm where she wrote the novel. (Daniel Nkemelu)",
        "Ortega’s translation sold 210,000 copies in English. (Publisher handout)",
    ),
    updates=(
        "Update 10:00 — This interview was updated to correct the sales figure.",
        "Update 12:20 — Ortega’s publisher says the film rights were sold in 2025.",
        "Update 14:45 — Adds the length of the first draft.",
    ),
    reads=("Our review: a novel that smells of goats, in the best way", "The Booker, explained"),
    recap=(
        "Earlier, Ortega said the novel was not about her mother. In this interview she "
        "says: “I think so.”"
    ),
    correction="The translation sold 210,000 copies, not 120,000, Ortega’s publisher said.",
    people=("Ortega",),
)


def wire_writethru(rng: random.Random) -> str:
    """A wire story on its second writethru: a lede with a dateline, "said" everywhere,
    figures the caption and recap repeat (1,240 homes, 1.8 metres), timed updates."""
    return article(rng, WIRE)


def long_read(rng: random.Random) -> str:
    """A magazine long-read: a pull quote repeating a sentence of the story, captions
    repeating names and figures (41 years, 5.2 metres), "says" in the present."""
    return article(rng, LONG_READ)


def live_blog(rng: random.Random) -> str:
    """A live blog turned into a story: timestamped entries, "Update:" and "Correction:"
    lines that repeat figures (1,100 and 900 staff, 99 stops)."""
    return article(rng, LIVE_BLOG)


def interview(rng: random.Random) -> str:
    """A Q&A interview: bold questions and the same stock answers ("Yes.", "I think so.")
    standing many times."""
    return article(rng, INTERVIEW)


KINDS = (
    wire_writethru,
    long_read,
    live_blog,
    interview,
    syndicated_copy,
    court_report,
    bilingual_spanish,
    bilingual_chinese,
)

#: The surnames of the people every kind names (what a correction respells).
PEOPLE = tuple(
    name
    for kind in (WIRE, LONG_READ, LIVE_BLOG, INTERVIEW, SYNDICATED, COURT, SPANISH, CHINESE)
    for name in kind.people
)
