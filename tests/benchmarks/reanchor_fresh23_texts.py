"""Twenty-third-round fresh re-anchoring texts (no test here): a social-media thread's
export, an encyclopaedia article's revision, an exam paper with its mark scheme and a
glossary, each a full text as the platform emits it, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh23_kit import NBSP, STOCK, ZWJ, ZWSP, Platform, export
from tests.benchmarks.reanchor_fresh23_more_texts import (
    amharic_notice,
    episode_list,
    qa_page,
    yoruba_notice,
)

HANDLES = ("@mara_k", "@ben_t", "@tide_watch", "@ọlá_writes", "@kiri.dev", "@jo_h")
THREAD_POSTS = (
    "The harbour wall at Porthleven lost another 3 metres of coping stones last night 🌊",
    "The harbour wall at Porthleven lost another 4 metres of coping stones last night.",
    "The council says repairs can’t start until the spring tides are over.",
    "Here’s the photo from 06:40, before the second high tide #StormDarragh",
    "The lifeboat crew were out twice; nobody was hurt, thank goodness 🙏",
    "If you walk the coast path, the stretch past the clock tower is shut.",
    "Update: the road to Breage is open again, one lane only.",
    "A thread of what I saw, with photos. Please share #Porthleven",
    "The fish market lost power at 02:00 and the ice plant is down.",
    "Sandbags are at the Institute from 10:00; bring your own shovel.",
    "Sandbags are at the Institute from 11:00; bring your own shovel.",
    "Spoke to the harbour master: the inner gates held, the outer wall did not.",
    "People keep asking how to help. The RNLI station takes donations, not sandbags.",
    "Power is back on Peverell Road but not on Harbour Road 💡",
    "The Ship Inn is serving soup to anyone who needs it, free, until 20:00.",
    "Last post for tonight. High tide is at 19:42 and the wind is still rising.",
    "Morning. The wall held overnight, just. Photos below.",
    "Thank you all for the kind messages, they mean a lot ❤️",
)
SHORT_REPLIES = ("Same.", "This 👆", "Yes.", "Stay safe x", "Same here.", "Thank you for this.")


def _post(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    day = 4 + index // 3
    posted = [e for e in earlier if e[0].endswith("/30")]
    if "eplies" in section or len(posted) >= 30:
        to = rng.choice(HANDLES[:3])
        reply = rng.choice(SHORT_REPLIES)
        lines = [f"{rng.choice(HANDLES[3:])} · {day} Mar", f"Replying to {to}"]
        return [*lines, f"{to} {reply}" if rng.random() < 0.5 else reply]
    if section.startswith("Quote") and posted:
        quoted = rng.choice(posted)
        return [
            f"{rng.choice(HANDLES[1:])} · {day} Mar · quote",
            rng.choice(("Worth reading.", "Same.", "Important 👇", "This.")),
            f"Quoting {quoted[0].split(' · ')[0]}:",
            quoted[1],
        ]
    number = len(posted) + 1
    said = {e[1] for e in posted}
    fresh = [post for post in THREAD_POSTS if post not in said] or list(THREAD_POSTS)
    lines = [f"{HANDLES[0]} · {day} Mar · {number}/30", rng.choice(fresh)]
    if rng.random() < 0.3:
        lines.append("Show more")
    if rng.random() < 0.4:
        lines.append(f"#{ZWSP}Porthleven {rng.randint(2, 90)} reposts")
    return lines


THREAD = Platform(
    title="Thread export — @mara_k — Storm damage at Porthleven",
    subtitle=f"Exported 6 Mar 2026 at 09:12, oldest first; 30 posts, replies and quotes{NBSP}🧵",
    lead=(
        "This is an export of a public thread and the posts around it. Deleted posts are "
        "not shown. Replies and quote-posts are listed after the thread."
    ),
    sections=("Main thread", "Replies", "Quote posts", "Thread, continued", "More replies"),
    notes=(
        "Posts are listed as the platform numbered them.",
        "Replies are grouped under the post they answer.",
        "Quote-posts repeat the quoted post word for word.",
        "The author added these posts the next morning.",
    ),
    item=_post,
    footer=(
        "Replies from accounts that have since been suspended are left out. Counts are as "
        "of the time of export.",
        STOCK,
    ),
)

INFOBOX = (
    "Type: Harbour wall",
    "Built: 1811–1825",
    "Length: 410 m",
    "Owner: Porthleven Harbour and Dock Company",
    "Listed: Grade II",
    "Material: Granite and elvan",
    "Rebuilt: 1855, 1880",
)
LEAD_SENTENCES = (
    "Porthleven harbour is a granite harbour on the south coast of Cornwall.",
    "It was built between 1811 and 1825 to shelter fishing boats from south-westerly gales.",
    "Its outer wall has been damaged by storms many times.",
)
BODY_SENTENCES = (
    "The harbour was begun by a company of London investors in 1811.[{}]",
    "Work was slowed by storms in 1813 and 1824.[{}]",
    "The inner basin was added in 1855, with lock gates of greenheart.[{}]",
    "The clock tower, known as the Bickford-Smith Institute, was finished in 1884.[{}]",
    "Boats built here were sold as far away as Australia.[citation needed]",
    "In the 1880s more than 100 boats worked from the harbour.[{}]",
    "In the 1880s more than 120 boats worked from the harbour.[{}]",
    "The wall was breached in 2014 and again in 2024.[{}]",
    "Repairs after the 2014 storms cost £1.2 million.[{}]",
    "The harbour is often photographed in storms, which some residents dislike.[citation needed]",
    "A lifeboat station opened beside the harbour in 1863 and closed in 1929.[{}]",
    "The harbour’s china clay trade ended before the First World War.[{}]",
    "Pilchard seining was the town’s main trade until the 1870s.[citation needed]",
    "The outer wall was raised by 1.5 metres in 1880 after a winter of gales.[{}]",
    "The outer wall was raised by 1.8 metres in 1880 after a winter of gales.[{}]",
    "Since 2000 the harbour has been used mostly by leisure boats.[{}]",
)
SEE_ALSO = (
    "* Loe Bar — a shingle bar west of the harbour",
    "* Penzance harbour",
    "* Mousehole harbour — a small harbour in Mount’s Bay",
    "* List of harbours in Cornwall",
)


def _article(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    refs = sum(line.count("[") - line.count("[citation") for e in earlier for line in e)
    if section == "Infobox":
        return rng.sample(INFOBOX, rng.randint(4, 6)) if index == 0 else []
    if section == "See also":
        return rng.sample(SEE_ALSO, 3) if index == 0 else []
    if section == "References":
        first = 1 + index * 3
        authors = ("Pascoe, J.", "Rowe, A.", "Noall, C.")
        titles = ("Porthleven", "Harbours of Cornwall", "Storm report")
        return [
            f"[{n}] ^ {rng.choice(authors)} ({rng.randint(1960, 2024)}). "
            f"{rng.choice(titles)}. p. {rng.randint(3, 200)}."
            for n in range(first, first + 3)
        ]
    lines = []
    for sentence in rng.sample(BODY_SENTENCES, rng.randint(2, 3)):
        if "{}" in sentence:
            refs += 1
        lines.append(sentence.format(refs))
    if rng.random() < 0.35:  # the body restates the lead
        lines.insert(rng.randint(0, len(lines)), rng.choice(LEAD_SENTENCES))
    return lines


ENCYCLOPAEDIA = Platform(
    title="Porthleven Harbour",
    subtitle="From the free encyclopaedia — revision 1184 of 7 March 2026, 14:02",
    lead=" ".join(LEAD_SENTENCES),
    sections=(
        "Infobox",
        "History",
        "Construction",
        "Fishing",
        "Storm damage",
        "See also",
        "References",
    ),
    notes=(
        "This section needs additional citations for verification.",
        "Main article: History of Porthleven.",
        "This section is written like a personal reflection.",
        "Further information: Storms in Cornwall.",
    ),
    item=_article,
    footer=(
        "Text is available under a free licence; additional terms may apply. This page was "
        "last edited on 7 March 2026.",
        STOCK,
    ),
    least_sections=5,
)

#: Question stems, two by two one figure or one word apart, and their mark-scheme answers.
STEMS = {
    "Calculate the mean of 4, 7 and 10.": "Answer: 7",
    "Calculate the mean of 4, 7 and 11.": "Answer: 7.33 (accept 7.3)",
    "State one reason why sea walls are built from granite.": (
        "Answer: it is hard and resists erosion."
    ),
    "State two reasons why sea walls are built from granite.": (
        "Answer: hard; resists erosion; local (1 mark each)."
    ),
    "Describe how longshore drift moves sand along a beach.": (
        "Answer: swash at an angle, backwash straight down (up to 3 marks)."
    ),
    "Describe how longshore drift moves shingle along a beach.": (
        "Answer: as for sand; larger stones move less far."
    ),
    "Give the grid reference of the clock tower on Figure 3.": "Answer: 652 255 (accept 652 256)",
    "Give the grid reference of the lifeboat house on Figure 3.": (
        "Answer: 648 251 (accept 648 252)"
    ),
    "Suggest one way the town could reduce flood damage.": (
        "Answer: any reasonable suggestion, e.g. flood gates."
    ),
    "Suggest two ways the town could reduce flood damage.": (
        "Answer: any two reasonable suggestions (1 mark each)."
    ),
    "Explain why the harbour at Porthleven faces south-west.": (
        "Answer: it was built where the cove already stood."
    ),
    "Name the rock type shown in Figure 2.": "Answer: granite",
}


def _question(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    asked = [e for e in earlier if not any(line.startswith("Answer") for line in e)]
    marked = len(earlier) - len(asked)
    if section.startswith("Mark scheme") and marked < len(asked):
        question = asked[marked]
        stem = question[0].split(". ", 1)[1]
        return [question[0], STEMS[stem], question[-1]]
    number = len(asked) + 1
    stem = list(STEMS)[(number * 2 + rng.randrange(2)) % len(STEMS)]
    marks = rng.choice((1, 2, 2, 3, 4))
    lines = [f"Q{number}. {stem}"]
    if rng.random() < 0.4:
        lines.append(
            rng.choice(("Show your working.", "Use Figure 3.", "Write in full sentences."))
        )
    lines.append(f"({marks} mark{'s' if marks > 1 else ''})")
    return lines


EXAM = Platform(
    title="GCSE Geography — Paper 2: Coasts and Rivers",
    subtitle="Specimen paper with mark scheme, summer 2026; 1 hour 30 minutes 📝",
    lead=(
        "Answer all questions in Sections A and B. Write your answers in the spaces "
        "provided. The mark scheme follows the paper."
    ),
    sections=(
        "Section A: Short answers",
        "Section B: Data response",
        "Section C: Extended writing",
        "Mark scheme: Section A",
        "Mark scheme: Section B",
        "Mark scheme: Section C",
    ),
    notes=("Answer all questions in this section.",),
    item=_question,
    footer=(
        "Examiners must not award marks for answers that only repeat the question. Where an "
        "answer is crossed out, mark it only if nothing else is written.",
        STOCK,
    ),
    least_sections=5,
    same_note=True,
)

TERMS = {
    "A": ("Abrasion", "Accretion", "Arch", "Armour stone", "Attrition", "Azimuth", "Aeolian"),
    "B": ("Backwash", "Bar", "Barrier beach", "Bay", "Beach nourishment", "Berm", "Blowhole"),
    "C": ("Cave", "Cliff", "Cliff notch", "Corrasion", "Corrosion", "Cove", "Cusp"),
    "G": ("Gabion", "Geo", "Glacial till", "Groyne", "Gully", "Gyre", "Gravel ridge"),
    "L": ("Lagoon", "Littoral cell", "Littoral zone", "Loe", "Longshore bar", "Longshore drift"),
    "S": ("Saltmarsh", "Sea wall", "Shingle", "Spit", "Stack", "Stump", "Swash"),
}
SENSES = (
    "The movement of material along a coast by waves.",
    "The movement of material along a coast by wind.",
    "A ridge of sand or shingle across the mouth of a bay.",
    "A ridge of sand or shingle along the top of a beach.",
    "Erosion by material thrown against a cliff.",
    "Erosion by sea water dissolving rock.",
    "A wall built out into the sea to trap sand.",
    "An opening through a headland, made by erosion.",
    "A column of rock left standing after an arch falls.",
    "A narrow inlet or gully worn into a cliff.",
)


def _term(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    terms = sorted(TERMS[section.split()[-1]], key=str.casefold)
    if index >= len(terms):
        return []
    term = terms[index]
    lines = [f"{term} (noun)"]
    for number in range(1, rng.choice((2, 3, 3, 4))):
        lines.append(f"{number}. {rng.choice(SENSES)}")
    if rng.random() < 0.5:
        others = [t for group in TERMS.values() for t in group if t != term]
        lines.append(f"See also: {rng.choice(others)}.")
    return lines


GLOSSARY = Platform(
    title=f"Coastal terms — a glossary{ZWJ}",
    subtitle="Community edition 4, edited by 23 contributors; sorted A to Z",
    lead=(
        "Terms are listed alphabetically. Where a term has several senses, they are "
        "numbered. Near synonyms point to each other under See also."
    ),
    sections=tuple(f"Letter {letter}" for letter in TERMS),
    notes=(
        "Senses used only in older books are marked (dated).",
        "Terms new in this edition are marked ★.",
        "Cross-references are kept both ways.",
    ),
    item=_term,
    least_sections=6,
    footer=(
        "Suggest a term on the talk page. Definitions must be in plain English and cite one "
        "textbook.",
        STOCK,
    ),
)


def thread_export(rng: random.Random) -> str:
    """A social-media thread, oldest first: numbered posts "3/30", replies "Same." that
    recur, quote-posts repeating a post word for word, "Show more" lines, hashtags, emoji."""
    return export(rng, THREAD)


def encyclopaedia_article(rng: random.Random) -> str:
    """An encyclopaedia revision: an infobox of "Key: value" lines, a lead the body
    restates, numbered references, "[citation needed]", twin sentences one figure apart."""
    return export(rng, ENCYCLOPAEDIA)


def exam_paper(rng: random.Random) -> str:
    """An exam paper and its mark scheme: each stem repeated word for word in the scheme,
    "(2 marks)" and "Answer all questions in this section." everywhere, stems one figure
    apart."""
    return export(rng, EXAM)


def glossary(rng: random.Random) -> str:
    """A glossary sorted A to Z: numbered senses, See also cross-references, near-identical
    definitions of related terms."""
    return export(rng, GLOSSARY)


#: Every kind of text of the twenty-third round, in seed order.
KINDS = (
    thread_export,
    encyclopaedia_article,
    exam_paper,
    glossary,
    qa_page,
    episode_list,
    amharic_notice,
    yoruba_notice,
)
