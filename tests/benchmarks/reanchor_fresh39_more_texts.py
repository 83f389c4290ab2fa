"""More thirty-ninth-round fresh texts (no test here): a reading list, a prize list, an
Osage/English notice for an Osage language course and a Sundanese/Indonesian notice for a
Sundanese literature course.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh33_kit import native_digits
from tests.benchmarks.reanchor_fresh39_kit import (
    CANDIDATE_NUMBER,
    COURSES,
    COURSEWORK,
    EBOOK,
    GRADUANDS,
    NO_PREREQUISITE,
    OSAGE_LINES,
    OSAGE_THANKS,
    STOCK,
    SUNDANESE_DIGITS,
    SUNDANESE_LINES,
    SUNDANESE_THANKS,
    ordinal,
    osage,
    sundanese,
)

# -- the reading list -----------------------------------------------------------------------------

#: Books: author and title, place and publisher, edition and the year of the first printing
#: of that edition (editions of one book a year apart on different lists).
BOOKS = (
    ("Braudel, F., ‘The Mediterranean’", "London: Collins", 2, 2019),
    ("Elliott, J. H., ‘Imperial Spain’", "London: Penguin", 3, 2002),
    ("Parker, G., ‘Global Crisis’", "New Haven: Yale", 1, 2013),
    ("Strang, G., ‘Linear Algebra’", "Wellesley: Cambridge Press", 5, 2016),
    ("Ladefoged, P., ‘A Course in Phonetics’", "Boston: Cengage", 7, 2014),
    ("Mithun, M., ‘The Languages of Native North America’", "Cambridge: CUP", 1, 1999),
    ("Rosidi, A., ‘Ikhtisar Sejarah Sastra Sunda’", "Bandung: Pustaka Jaya", 2, 2013),
    ("Hall, P., ‘Cities of Tomorrow’", "Oxford: Blackwell", 4, 2014),
)
READING_SECTIONS = tuple(f"{code} {title}" for code, title in COURSES[:8])
KINDS_OF_READING = ("Essential reading", "Further reading", "Essential reading")


def _book_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    if index >= 7:
        return []
    book, publisher, edition, year = rng.choice(BOOKS)
    year += rng.choice((0, 0, 1))
    lines = [book, f"{publisher}, {ordinal(edition)} edn, {year}"]
    if rng.random() < 0.6:
        lines.append(EBOOK)
    lines.append(rng.choice(KINDS_OF_READING))
    return lines


def reading_list(rng: random.Random) -> str:
    """A department's reading lists by course: a book, its publisher, edition and year ("London:
    Collins, 2nd edn, 2019"), editions a year apart, "Available as an e-book" repeated."""
    platform = Platform(
        title="Reading lists — Westbrook University Library, 2026–27",
        subtitle=f"Books for the courses of the Faculty of Arts{NBSP}🎓",
        lead=wrap(
            rng,
            (
                "Buy the edition shown if you can: page references in lectures follow it. "
                "The Library’s copies of essential reading are on short loan, and most are "
                "also available as e-books through the catalogue."
            ),
            72,
        ),
        sections=READING_SECTIONS,
        notes=("Editions as held by the Library.", "Ask at the help desk for older editions."),
        item=_book_item,
        footer=("Lists are checked by the course convenors every August.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- the prize list -------------------------------------------------------------------------------

PRIZES = {
    "University prizes": ("The Chancellor’s Medal", "The Hartley Prize", "The Founders’ Prize"),
    "Faculty of Arts prizes": (
        "The Hartley Prize for History",
        "The Lowe Prize for Linguistics",
        "The Aylward Essay Prize",
    ),
    "Faculty of Science prizes": (
        "The Noether Prize for Mathematics",
        "The Humboldt Prize for Geography",
        "The Pell Prize",
    ),
    "School of Languages prizes": (
        "The Red Corn Prize for Osage",
        "The Rosidi Prize for Sundanese",
        "The Prize for a First Language",
    ),
    "Music prizes": ("The Boulanger Prize", "The Prize for Composition", "The Choral Prize"),
}
CITATIONS = (
    "For the best dissertation of the year.",
    "For the highest mark in the final examinations.",
    "For outstanding work in a first language.",
)
CEREMONY = "Presented at the ceremony on Thu 16 July"


def _prize_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    prizes = PRIZES[section]
    if index >= 2 * len(prizes):
        return []
    prize = prizes[index % len(prizes)]
    if index >= len(prizes):
        prize = f"{prize}, shared award"
    code, _ = rng.choice(COURSES)
    return [
        prize,
        f"Awarded to {rng.choice(GRADUANDS)} ({code})",
        rng.choice(CITATIONS),
        rng.choice(("£250 and a certificate", "£250 and a certificate", "£500 and a medal")),
        rng.choice((CEREMONY, CEREMONY, "Presented by the Dean of the faculty")),
    ]


def prize_list(rng: random.Random) -> str:
    """The prize list by group: a prize, its winner and course ("Awarded to Amira Haddad (HIST
    2104)"), "£250 and a certificate" and the ceremony line recurring."""
    platform = Platform(
        title="Prizes and awards — Westbrook University, 2026",
        subtitle=f"Announced by the Academic Registrar{NBSP}🎓",
        lead=wrap(
            rng,
            (
                "Prizes are awarded on the recommendation of the exam boards. Winners are "
                "listed as the Registry holds their names; a winner who cannot attend the "
                "ceremony receives the prize by post."
            ),
            72,
        ),
        sections=tuple(PRIZES),
        notes=("Awarded by the exam boards.", "Prize money is paid in August."),
        item=_prize_item,
        footer=("Nominations for next year close on 31 March.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- the Osage/English notice ---------------------------------------------------------------------

OSAGE_TOWNS = ("Pawhuska", "Hominy", "Fairfax", "Tulsa")


def _osage_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, english = rng.choice(OSAGE_LINES)
    head = f"Class {1 + len(earlier)} · LING 2310 · {rng.choice(OSAGE_TOWNS)}"
    last = rng.choice((NO_PREREQUISITE, NO_PREREQUISITE, OSAGE_THANKS, CANDIDATE_NUMBER))
    return [head, words, english, last]


def osage_notice(rng: random.Random) -> str:
    """An Osage/English notice for an Osage language course taught with the Osage Nation: Osage
    in its own script (capital and small letters, the acute and the macron, the middle dot),
    the course and its twin one figure apart, towns; "Prerequisite: none" under many."""
    platform = Platform(
        title="Osage language courses — LING 2310 with the Osage Nation",
        subtitle=f"{osage('WA-a-zha-a-zha-e i-e')} · Pawhuska and Tulsa{NBSP}🎓",
        lead=wrap(
            rng,
            (
                "The Osage Nation Language Department teaches these classes with the "
                "Department of Linguistics. Osage is written here in the Osage script; "
                "the English under each line is a guide, not a translation."
            ),
            72,
        ),
        sections=("Beginners", "Continuing", "Songs and hymns", "Language camp", "Contact"),
        notes=("Taught by speakers of the Osage Nation.", "Spellings follow the 2006 standard."),
        item=_osage_item,
        footer=("Classes in Pawhuska are free to citizens of the Osage Nation.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- the Sundanese/Indonesian notice --------------------------------------------------------------

SASTRA_SUNDA = sundanese("s-s-~-t-+r s-'u-n-~-d")
SUNDANESE_TOWNS = ("Bandung", "Jatinangor", "Garut", "Bogor")


def _sundanese_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, indonesian = rng.choice(SUNDANESE_LINES)
    if rng.random() < 0.5:
        words = native_digits(words, SUNDANESE_DIGITS)
    head = f"Kelas {1 + len(earlier)} · LING 1204 · {rng.choice(SUNDANESE_TOWNS)}"
    last = rng.choice((NO_PREREQUISITE, COURSEWORK, SUNDANESE_THANKS, NO_PREREQUISITE))
    return [head, words, indonesian, last]


def sundanese_notice(rng: random.Random) -> str:
    """A Sundanese/Indonesian notice for a Sundanese literature course: Sundanese in its own
    script (vowel signs and the pamaaeh as combining marks, Sundanese digits on some lines and
    Western ones on others), the course and its twin one figure apart, rooms and days."""
    platform = Platform(
        title="Sundanese literature — LING 1204 with Universitas Padjadjaran",
        subtitle=f"{SASTRA_SUNDA} · Bandung{NBSP}🎓",
        lead=wrap(
            rng,
            (
                "The course is taught with Universitas Padjadjaran. Sundanese is written "
                "here in the Sundanese script, with Indonesian under each line; some lines "
                "use Sundanese digits, as the school books in West Java do."
            ),
            72,
        ),
        sections=("Lectures", "Seminars", "Examination", "Enrolment", "Contact"),
        notes=("Taught in Sundanese and Indonesian.", "Spellings follow the 2008 standard."),
        item=_sundanese_item,
        footer=("Students from Bandung may attend the seminars online.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
