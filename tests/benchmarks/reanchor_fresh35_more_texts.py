"""More thirty-fifth-round fresh texts (no test here): a coroner's list of inquests, a practice
direction with its amendment history, an Ol Chiki/English notice of a district court in
Jharkhand and a Meetei Mayek/English notice of a High Court bench in Manipur.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh31_more_texts import _bilingual_item
from tests.benchmarks.reanchor_fresh33_kit import native_digits
from tests.benchmarks.reanchor_fresh35_kit import (
    ACCIDENT,
    APUN_IYEK,
    LONSUM,
    MANIPURI_LINES,
    MANIPURI_THANKS,
    MEETEI_DIGITS,
    NATURAL,
    OL_CHIKI_DIGITS,
    OMITTED,
    SANTALI_LINES,
    SANTALI_THANKS,
    SEE_PARAGRAPH,
    STOCK,
)

# -- a coroner's list of inquests ----------------------------------------------------------------

DECEASED = (
    ("Mr", "Peter", "Dunmore", 67),
    ("Mrs", "Joan", "Pryce", 81),
    ("Mr", "Alan", "Pryse", 58),
    ("Ms", "Aisha", "Rahman", 34),
    ("Mr", "Daniel", "Hallam", 19),
    ("Mr", "Daniel", "Hallum", 91),
)
CONCLUSIONS = (ACCIDENT, ACCIDENT, NATURAL, NATURAL, "Conclusion: Road traffic collision")
#: Narrative conclusions of two or three sentences, by the short conclusion they follow.
NARRATIVES = {
    ACCIDENT: "The deceased fell from a ladder while clearing a gutter at home. The ladder was "
    "not secured. Death followed from head injuries the same day.",
    NATURAL: "The deceased was found at home by a neighbour after some weeks of illness. No "
    "third party was involved.",
    CONCLUSIONS[-1]: "The deceased was struck by a van on the A38 near Bristol. The driver did "
    "not stop.",
}
HEARING = "Date of hearing: 14 April 2026"


def _inquest_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 7:
        return []
    title, first, surname, age = rng.choice(DECEASED)
    lines = [
        f"{title} {first} {surname}, {age + rng.choice((0, 0, 1))}",
        f"Date of death: {rng.randint(1, 28)} {rng.choice(('January', 'February'))} 2026",
        rng.choice((HEARING, HEARING, "Date of hearing: 15 April 2026")),
        rng.choice(CONCLUSIONS),
    ]
    if rng.random() < 0.35:
        lines.extend(wrap(rng, NARRATIVES[lines[-1]], 72).split("\n"))
    return lines


def inquest_list(rng: random.Random) -> str:
    """A coroner's list of inquests: a block an inquest (name and age, date of death, "Date of
    hearing", "Conclusion: Accident" or "Conclusion: Natural causes" repeating), a narrative
    of two or three sentences under some."""
    platform = Platform(
        title="Avon Coroner’s Court — inquest list, April 2026",
        subtitle=f"Published by the coroner’s office{NBSP}🕊",
        lead=wrap(
            rng,
            (
                "Inquests to be opened, resumed or concluded this month, by courtroom. "
                "Hearings are in public. A conclusion is recorded at the end of the hearing "
                "and may be short or narrative."
            ),
            72,
        ),
        sections=(
            "Courtroom 1 — Flax Bourton",
            "Courtroom 2 — Flax Bourton",
            "Courtroom 1 — Bristol",
            "Inquests concluded in writing",
            "Pre-inquest review hearings",
        ),
        notes=("Families may ask for a later date.", "Hearings start at 10:00 am."),
        item=_inquest_item,
        footer=("Press enquiries go to the coroner’s office.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- a practice direction with its amendment history ----------------------------------------------

#: What a paragraph of the direction says: a heading and its words (some cross-referring).
PROVISIONS = (
    (
        "Where to make an application",
        "An application must be made to the court where the claim "
        f"was started, unless it has been transferred {SEE_PARAGRAPH}.",
    ),
    (
        "Applications without notice",
        "An application may be made without notice only where "
        "there is exceptional urgency or the overriding objective is best furthered by doing so.",
    ),
    (
        "Evidence in support",
        "The evidence in support must be filed with the application notice "
        f"and served with it {SEE_PARAGRAPH}.",
    ),
    (
        "Service of the application notice",
        "The application notice must be served as soon as "
        "practicable after it is filed and in any event at least 3 days before the hearing.",
    ),
    (
        "Telephone hearings",
        "The court may direct that an application be dealt with by "
        "telephone or video where the parties are represented.",
    ),
    (
        "Consent orders",
        "Where the parties agree the terms of an order, they must file a draft "
        f"signed by each of them {SEE_PARAGRAPH}.",
    ),
)
#: Amendment lines that recur under many paragraphs.
AMENDED = (
    "Amended by the 171st Update.",
    "Amended by the 171st Update.",
    "Inserted by the 169th Update.",
)
#: Forms one figure apart.
FORMS = (
    "Form N244  Application notice",
    "Form N245  Application for suspension of a warrant",
    "Form N242A  Offer to settle",
    "Form N260  Statement of costs",
    "Form N265  List of documents",
    "Form N266  Notice to prove documents",
    "Form N24  General form of judgment or order",
)
DIRECTION_PARTS = (
    "Part 3 — Making an application",
    "Part 4 — Service",
    "Part 5 — Hearings",
    "Part 6 — Forms",
    "Amendment history",
)
UPDATES = (
    ("169th Update", "Paragraphs 3.4 and 5.2 revoked.", "In force 6 April 2025."),
    ("170th Update", "Paragraph 4.3 substituted.", "In force 1 October 2025."),
    ("171st Update", "Paragraphs 3.2A and 4.3A inserted.", "In force 6 April 2026."),
)


def _direction_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "Part 6 — Forms":
        if index >= 1:
            return []
        return ["Forms referred to in this direction", *rng.sample(FORMS, rng.randint(5, 7))]
    if section == "Amendment history":
        return list(UPDATES[index]) if index < len(UPDATES) else []
    if index >= 10:
        return []
    part = section.split()[1]
    number = f"{part}.1A" if index == 1 else f"{part}.{max(index, 1)}"
    heading, words = rng.choice(PROVISIONS)
    if rng.random() < 0.25:
        return [f"{number}  {heading}", OMITTED, "Revoked by the 169th Update."]
    return [f"{number}  {heading}", *wrap(rng, words, 72).split("\n"), rng.choice(AMENDED)]


def direction(rng: random.Random) -> str:
    """A practice direction with its amendment history: numbered paragraphs ("3.1", "3.1A"),
    "[Omitted]" for revoked ones, "(see paragraph 4.3)" in several places, amendment lines
    recurring, a table of forms one figure apart ("Form N244  Application notice")."""
    platform = Platform(
        title="Practice Direction 23A — Applications",
        subtitle=f"Civil Procedure Rules, consolidated to the 171st Update{NBSP}📘",
        lead=wrap(
            rng,
            (
                "This Practice Direction supplements Part 23. Paragraphs revoked by an update "
                f"are shown as {OMITTED}. Each paragraph notes the update that last changed it."
            ),
            72,
        ),
        sections=DIRECTION_PARTS,
        notes=("Read with Part 23.", "Updates are listed at the end."),
        item=_direction_item,
        footer=("The rules are published by the Ministry of Justice.", STOCK),
        least_sections=4,
        least_items=1,
    )
    return export(rng, platform)


# -- an Ol Chiki/English notice of a district court in Jharkhand -----------------------------


def _santali_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    lines = _bilingual_item(rng, SANTALI_LINES, "Dumka", SANTALI_THANKS, earlier)
    if rng.random() < 0.5:
        lines[1] = native_digits(lines[1], OL_CHIKI_DIGITS)
    return lines


def santali_notice(rng: random.Random) -> str:
    """A district court's notice in Santali (Ol Chiki script, its modifier letters, Ol Chiki
    digits on some lines and Western ones on others) and English, English lines between."""
    platform = Platform(
        title="Notices — Civil Court, Dumka, Jharkhand",
        subtitle=f"ᱟᱫᱟᱞᱚᱛ ᱨᱮᱱᱟᱜ ᱥᱩᱪᱱᱟ · April 2026{NBSP}⚖",
        lead=wrap(
            rng,
            (
                "Notices are given in Santali and English. Some are typed with Ol Chiki digits; "
                "the Santali text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Sittings", "Cause lists", "Judges", "Bail", "Contact"),
        notes=("Posted at the court’s gate.", "Translated by the court’s staff."),
        item=_santali_item,
        footer=("Published on the court’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Meetei Mayek/English notice of a High Court bench in Manipur -----------------------------


def with_apun(words: str) -> str:
    """Manipuri with every final (lonsum) letter written as its full letter and the apun iyek,
    as a second typist writes it."""
    return "".join(LONSUM[char] + APUN_IYEK if char in LONSUM else char for char in words)


def _manipuri_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    lines = _bilingual_item(rng, MANIPURI_LINES, "Imphal", MANIPURI_THANKS, earlier)
    if rng.random() < 0.4:
        lines[1] = native_digits(lines[1], MEETEI_DIGITS)
    if rng.random() < 0.25:
        lines[1] = with_apun(lines[1])
    return lines


def manipuri_notice(rng: random.Random) -> str:
    """A High Court bench's notice in Manipuri (Meetei Mayek: vowel signs, final lonsum letters
    on most lines and the full letter with the apun iyek on some, Meetei Mayek digits on some
    lines) and English, English lines between."""
    platform = Platform(
        title="Notices — High Court of Manipur, Imphal",
        subtitle=f"ꯍꯥꯏꯀꯣꯔꯠ ꯃꯅꯤꯄꯨꯔ · April 2026{NBSP}⚖",
        lead=wrap(
            rng,
            (
                "Notices are given in Manipuri and English. Some are typed with Meetei Mayek "
                "digits; the Manipuri text is the one that counts. Thank you."
            ),
            72,
        ),
        sections=("Sittings", "Cause lists", "Benches", "Bail", "Contact"),
        notes=("Posted at the registry.", "Translated by the registry’s staff."),
        item=_manipuri_item,
        footer=("Published on the High Court’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
