"""More twenty-sixth-round fresh texts (no test here): a theatre review with star ratings, a TV
and radio listings page, a Khmer/English notice and a Tibetan/English one.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWSP, Platform, export
from tests.benchmarks.reanchor_fresh26_kit import (
    NON_BREAKING_TSHEG,
    NYIS_SHAD,
    SHAD,
    STOCK,
    TSHEG,
    khmer_digits,
    legacy_order,
    tibetan_digits,
)

# -- a theatre review with star ratings -----------------------------------------------------------

PULL_QUOTE = "“A production that never lets go of you, even when it should.”"
SCENES = (
    "The first act moves at a gallop, and the set turns with every scene.",
    "Nadia Costa's Hedda is cold, funny and, in the last minutes, frightening.",
    "The second act drags; twenty minutes could go without loss.",
    "The lighting does more work than the script in the final scene.",
    "The orchestra under Paul Brandt plays the score a shade too loud.",
    "Tickets run from 15 to 48 euros; the run ends on 30 April.",
)
VERDICTS = (
    "In short: a bold staging let down by its second act.",
    "In short: see it for Costa, forgive it the rest.",
    "In short: a night of fine acting in a production that overstays.",
)
CAST = (
    "Hedda — Nadia Costa",
    "Tesman — Luc Moreau",
    "Judge Brack — Ivan Lund",
    "Thea — Sara Moreau",
    "Løvborg — Kofi Mensah",
)


def _review_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "Cast":
        return [f"Cast · part {index + 1}", *rng.sample(CAST, 3)]
    if section == "Listings":
        day = 10 + index
        stars = rng.choice(("★★★☆☆", "★★★★☆"))
        return [f"{day} March, 19:30 · Théâtre des Célestins", f"Hedda Gabler {stars}", "Ends"]
    if section == "The verdict":
        return [f"Rating · {rng.choice(('print', 'web'))}", "★★★☆☆", rng.choice(VERDICTS)]
    lines = [f"{section} · {index + 1}", *rng.sample(SCENES, rng.randint(1, 2))]
    if rng.random() < 0.4:
        lines.append(PULL_QUOTE)
    return lines


def review(rng: random.Random) -> str:
    """A theatre review: stars in the head and the verdicts, a pull quote standing twice."""
    platform = Platform(
        title="Hedda Gabler review — ★★★☆☆",
        subtitle=f"Théâtre des Célestins, Lyon · reviewed by Claire Dubois{NBSP}🎭",
        lead=wrap(
            rng,
            (
                f"{PULL_QUOTE} Nadia Costa leads a sharp cast in a Hedda that is bold, loud and "
                "far too long. Star ratings: ★★★☆☆ in print and online."
            ),
            72,
        ),
        sections=("The production", "The performances", "The verdict", "Cast", "Listings"),
        notes=("Seen at the press night.", "Ratings are out of five stars."),
        item=_review_item,
        footer=("Reviews are written after a paid or press night.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a TV and radio listings page -----------------------------------------------------------------

PROGRAMMES = (
    ("Match of the Season", "Highlights of the day’s league games, with analysis and goals."),
    ("Late Review", "Critics on the week’s theatre, film and books."),
    ("Marathon Live", "Coverage of the Lyon Marathon from the start line to the finish."),
    ("The Concert Hour", "The Lyon Philharmonic plays Sibelius and Grieg."),
    ("News", "The latest national and international news."),
)


def _listing(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    minutes = 17 * 60 + 30 + 30 * index + rng.choice((0, 0, 1))
    title, blurb = PROGRAMMES[(index + rng.randint(0, 1)) % len(PROGRAMMES)]
    repeat = " (R)" if rng.random() < 0.35 else ""
    lines = [f"{minutes // 60:02}:{minutes % 60:02} {title}{repeat}", blurb]
    if rng.random() < 0.4:
        lines.append("Followed by News")
    if rng.random() < 0.3:
        lines.append(rng.choice(("Subtitled", "Subtitled", "Also on iPlayer")))
    return lines


def listings_page(rng: random.Random) -> str:
    """An evening's listings: the same programme at several times and on several channels."""
    platform = Platform(
        title="What’s on tonight — TV and radio, Saturday 14 March",
        subtitle=f"Listings by the arts desk · times one minute apart are not typos{NBSP}📺",
        lead=wrap(
            rng,
            (
                "Match of the Season is on three channels tonight. (R) marks a repeat; times "
                "change at short notice, so check before you tune in."
            ),
            72,
        ),
        sections=("Channel One", "Sport 24", "Arts HD", "Radio 3", "City FM"),
        notes=("All times are local.", "Programmes may change.", "Radio times are approximate."),
        item=_listing,
        footer=("Listings supplied by the broadcasters at 12:00.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Khmer/English notice -----------------------------------------------------------------------

#: Khmer phrases as lists of words (no spaces between them in print), and their English.
KHMER = (
    (("ការ", "ប្រកួត", "បាល់ទាត់", "នឹង", "ចាប់ផ្តើម", "ម៉ោង ", "7", " យប់"),
     "The football match starts at 7 in the evening."),
    (("ការ", "ផ្គត់ផ្គង់", "ទឹក", "នឹង", "ត្រូវ", "ផ្អាក", "នៅ", "ថ្ងៃទី ", "12"),
     "The water supply will be suspended on the 12th."),
    (("សំបុត្រ", "ចូល", "ទស្សនា", "តម្លៃ ", "5000", " រៀល"), "Tickets cost 5000 riel."),
    (("ផ្លូវ", "ត្រូវ", "បិទ", "ពី", "ម៉ោង ", "6", " ដល់ ", "9"),
     "The road is closed from 6 to 9."),
    (("ការ", "ប្រគុំ", "តន្ត្រី", "នៅ", "ថ្ងៃទី ", "15", " មីនា"), "The concert is on 15 March."),
    (("ក្រុម", "កីឡាករ", "ចំនួន ", "22", " នាក់"), "A squad of 22 players."),
)  # fmt: skip


def _khmer_line(rng: random.Random, words: tuple[str, ...]) -> str:
    joiner = ZWSP if rng.random() < 0.35 else ""
    line = re.sub(f" {ZWSP}|{ZWSP} ", " ", joiner.join(words)) + "។"  # none beside a space
    if rng.random() < 0.45:
        line = khmer_digits(line)
    if rng.random() < 0.3:
        line = legacy_order(line)
    return line


def _khmer(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(KHMER)
    number = 1 + len(earlier)
    lines = [f"Notice {number} · {rng.randint(2, 20)} March · Phnom Penh"]
    lines += [_khmer_line(rng, words), english]
    lines.append(rng.choice(("Thank you.", "Thank you.", "Read more", "សូមអរគុណ។")))
    return lines


def khmer_notice(rng: random.Random) -> str:
    """A city sports and events notice in Khmer and English: Khmer digits or Western ones,
    zero-width spaces between words in some lines, legacy vowel order in some."""
    platform = Platform(
        title="Notices — Phnom Penh Olympic Stadium and city events",
        subtitle=f"សេចក្តីជូនដំណឹង · March 2026{NBSP}📢",
        lead=wrap(
            rng,
            (
                "Notices are given in Khmer and English. Some were typed on older keyboards; the "
                "Khmer text is authoritative."
            ),
            72,
        ),
        sections=("Sport — កីឡា", "Water — ទឹក", "Roads — ផ្លូវ", "Tickets — សំបុត្រ", "Concerts"),
        notes=("Notices as posted at the stadium gates.", "English by the city’s office."),
        item=_khmer,
        footer=("Posted on the city’s page and at the stadium.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Tibetan/English notice ---------------------------------------------------------------------

#: Tibetan clauses (syllables joined by the tsheg, ended by the shad), and their English.
TIBETAN = (
    ("རྩེད་འགྲན་ཚོགས་ཆེན་ཚེས་12ལ་འགོ་འཛུགས་རྒྱུ་རེད", "The games begin on the 12th."),
    ("ཟླ་བ་3པའི་ཚེས་5ནས་ཉིན་2རིང་ཆུ་མེད", "No water for 2 days from the 5th of the 3rd month."),
    ("ཞབས་བྲོ་དང་གླུ་དབྱངས་ཀྱི་འཁྲབ་སྟོན་ཆུ་ཚོད་7ལ", "Dance and song at 7 o’clock."),
    ("འཛུལ་ཞུགས་ཀྱི་རིན་གོང་སྒོར་50", "Entry costs 50 rupees."),
    ("རྡོག་རྩེད་རུ་ཁག་16ཡོད", "There are 16 football teams."),
)


def _tibetan_line(rng: random.Random, words: str) -> str:
    line = words + (NYIS_SHAD if rng.random() < 0.25 else SHAD)
    if rng.random() < 0.45:
        line = tibetan_digits(line)
    if rng.random() < 0.35:
        at = line.find(TSHEG)
        line = line[:at] + NON_BREAKING_TSHEG + line[at + 1 :]
    return line


def _tibetan(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(TIBETAN)
    number = 1 + len(earlier)
    lines = [f"Notice {number} · {rng.randint(2, 20)} March · Lhasa"]
    lines += [_tibetan_line(rng, words), english]
    lines.append(rng.choice(("Thank you.", "Thank you.", "Read more", "ཐུགས་རྗེ་ཆེ།")))
    return lines


def tibetan_notice(rng: random.Random) -> str:
    """A sports and arts notice in Tibetan and English: Tibetan digits or Western ones, a
    non-breaking tsheg in some words, a double shad ending some clauses."""
    platform = Platform(
        title="Notices — Lhasa summer games and performances",
        subtitle=f"གསལ་བསྒྲགས · March 2026{NBSP}📢",
        lead=wrap(
            rng,
            (
                "Notices are given in Tibetan and English. Some were typed with older fonts that "
                "use other forms of the tsheg; the Tibetan text is authoritative."
            ),
            72,
        ),
        sections=("Games — རྩེད་མོ", "Water — ཆུ", "Performances", "Tickets", "Teams"),
        notes=("Notices as posted at the stadium.", "English by the organisers’ office."),
        item=_tibetan,
        footer=("Posted on the organisers’ page and noticeboard.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
