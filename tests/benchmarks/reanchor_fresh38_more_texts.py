"""More thirty-eighth-round fresh texts (no test here): a museum's conservation notes, its
visitors' questions and answers, a Vai/English label case for a Liberian collection and a
Chakma/Bengali or English label case for textiles from the Chittagong Hill Tracts.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh33_kit import native_digits
from tests.benchmarks.reanchor_fresh38_kit import (
    CHAKMA_DIGITS,
    CHAKMA_LINES,
    CHAKMA_THANKS,
    CREDITS,
    GIFT,
    PRIVATE_LOAN,
    STOCK,
    STOCK_ANSWERS,
    VAI_DIGITS,
    VAI_LINES,
    VAI_THANKS,
    chakma,
    vai,
)

#: Accession numbers of the conservation studios' objects, one figure apart.
TREATED = (
    ("1921.34.2", "Covered bowl"),
    ("1921.34.3", "Covered bowl"),
    ("1931.43.1", "Sowei mask"),
    ("1987.7.2", "Country cloth"),
    ("1987.7.12", "Country cloth"),
    ("2003.17.4", "Pinon skirt cloth"),
    ("1881.2.1", "Jug with hunting scene"),
)
#: What studios write under a treatment, word for word under many.
TREATMENTS = {
    "Ceramics studio": (
        "Surface cleaned with deionised water.",
        "Old repairs removed and rejoined.",
        "Losses filled and retouched.",
    ),
    "Textiles studio": (
        "Surface cleaned by low-suction vacuum.",
        "Stitched to a dyed cotton support.",
        "Creases relaxed with cold humidification.",
    ),
    "Paper studio": (
        "Surface cleaned with a soft brush.",
        "Tears repaired with wheat starch paste.",
        "Hinged into a new mount.",
    ),
    "Objects studio": (
        "Surface cleaned with deionised water.",
        "Flaking paint consolidated.",
        "Raffia fringe supported on nylon net.",
    ),
    "Preventive conservation": (
        "Frozen for 72 hours against pests.",
        "Rehoused in an acid-free box.",
        "Light levels checked: 50 lux.",
    ),
}
STUDIO_ENDINGS = (
    "Rehoused in an acid-free box.",
    "Condition: stable",
    "Condition: stable",
    "Condition: fragile, handle with care",
)


def _treatment_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if index >= 6:
        return []
    number, title = rng.choice(TREATED)
    steps = rng.sample(TREATMENTS[section], rng.randint(1, 3))
    when = f"Treated {rng.randint(2, 28)} {rng.choice(('March', 'April', 'May'))} 2025"
    return [f"{number}  {title}  {when}", *steps, rng.choice(STUDIO_ENDINGS)]


def conservation_notes(rng: random.Random) -> str:
    """The conservation notes page by studio: an object and its treatment date ("1921.34.2
    Covered bowl  Treated 4 March 2025"), the steps ("Surface cleaned with deionised water.")
    and "Condition: stable" recurring, accession numbers one figure apart."""
    platform = Platform(
        title="Conservation notes — Harbourside City Museum, spring 2025",
        subtitle=f"What the studios did, object by object{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "Treatments carried out this spring, studio by studio. Every treatment is "
                "reversible and recorded with photographs. Objects marked fragile are not "
                "lent until they are checked again."
            ),
            72,
        ),
        sections=tuple(TREATMENTS),
        notes=("Notes by the conservator in charge.", "Photographs are in the object file."),
        item=_treatment_item,
        footer=("Ask the conservation department for the full reports.", STOCK),
        least_sections=4,
        least_items=3,
    )
    return export(rng, platform)


# -- visitors' questions --------------------------------------------------------------------------

QUESTIONS = {
    "Visiting": (
        ("When is the museum open?", "Every day but 25 and 26 December."),
        ("Where can I leave my coat?", "Lockers are on the lower ground floor."),
        ("Is there a café?", "The café on the ground floor is open until 17:00."),
        ("Can I bring food?", "Picnics are welcome in the garden, not in the galleries."),
        ("Is there a shop?", "The shop by the main entrance sells books and cloth."),
    ),
    "Tickets": (
        ("Do I need a ticket?", "Only for the exhibition “Made by Hand”."),
        ("Can I book for a group?", "Groups of ten or more should book a week ahead."),
        ("Are there concessions?", "Students and carers go half price."),
        ("Can I change my booking?", "Bookings can be changed up to a day ahead."),
        ("Is there a members’ rate?", "Members see the exhibition free, as often as they like."),
    ),
    "Photography": (
        ("Can I take photographs?", "Yes, for your own use."),
        ("Can I film in the galleries?", "Short films for your own use are fine."),
        ("Can I use a tripod?", "Not in the galleries when they are open."),
        (
            "Can I photograph the loans?",
            "Some lenders ask that their objects are not photographed.",
        ),
        ("Can I use the images online?", "Images of our own objects may be shared with credit."),
    ),
    "Access": (
        ("Is the museum step-free?", "Every floor is reached by the lift."),
        ("Can I borrow a wheelchair?", "Two wheelchairs can be borrowed at the desk."),
        ("Are there quiet times?", "The first hour on Sundays is a quiet hour."),
        ("Is there a hearing loop?", "The desk and the lecture room have hearing loops."),
        ("Are there large-print labels?", "Large-print labels are at every gallery entrance."),
    ),
    "The collection": (
        ("Can I see an object in store?", "Write to the curators a month ahead."),
        ("Does the museum buy objects?", "Only through the acquisitions committee."),
        ("How do I donate an object?", "Send a photograph and a description first."),
        ("Can the museum value my object?", "We do not value objects, but we can name a valuer."),
        (
            "Why are some objects returned?",
            "Objects are returned to their owners or communities when asked.",
        ),
    ),
    "Families": (
        ("Are there trails for children?", "Trails are free at the desk."),
        ("Can I bring a pushchair?", "Pushchairs are welcome on every floor."),
        ("Is there a baby-changing room?", "There is one on every floor, by the lift."),
        ("Are there family workshops?", "Workshops run every Saturday morning in term time."),
    ),
}
FURTHER = (
    "The rules are the same for the exhibition.",
    "Staff in the galleries are happy to help.",
)


def _question_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    asked = QUESTIONS[section]
    if index >= len(asked):
        return []
    question, answer = asked[index]
    lines = [f"Q{1 + len(earlier)}. {question}", answer]
    if rng.random() < 0.4:
        lines.append(rng.choice(FURTHER))
    lines.append(rng.choice((*STOCK_ANSWERS, STOCK_ANSWERS[0])))
    return lines


def visitor_questions(rng: random.Random) -> str:
    """Visitors' questions and answers ("Q3. Can I take photographs?"), stock answers repeated
    word for word under several questions."""
    platform = Platform(
        title="Your questions — Harbourside City Museum",
        subtitle=f"Answers for visitors, updated April 2026{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "Answers to what visitors ask most. If your question is not here, ask us: we "
                f"answer every email within a week. {STOCK_ANSWERS[2]}"
            ),
            72,
        ),
        sections=tuple(QUESTIONS),
        notes=("Updated on 2 April 2026.", "See also the gallery guide."),
        item=_question_item,
        footer=("This page is also available in large print.", STOCK),
        least_sections=5,
        least_items=2,
    )
    return export(rng, platform)


# -- Vai/English labels ---------------------------------------------------------------------------

VAI_PLACES = ("Tienii", "Jondu", "Bomi", "Robertsport")


def _vai_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    words, english = rng.choice(VAI_LINES)
    if rng.random() < 0.5:
        words = native_digits(words, VAI_DIGITS)
    head = f"Label {1 + len(earlier)} · Room 14 · {rng.choice(VAI_PLACES)}"
    credit = rng.choice((*CREDITS, GIFT, PRIVATE_LOAN))
    return [head, words, english, rng.choice((credit, VAI_THANKS, credit))]


def vai_labels(rng: random.Random) -> str:
    """A label case for the Liberian collection in Vai (its syllabary, its comma and full stop,
    Vai digits on some lines and Western ones on others) and English, credit lines under."""
    platform = Platform(
        title="Labels in Vai and English — Room 14, the Liberian collection",
        subtitle=f"{vai('va-i ka-nde')} · Grand Cape Mount{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "The labels in this room are given in Vai, written in the Vai syllabary, and "
                "in English. Some are written with Vai digits; the Vai text was checked by "
                "speakers in Robertsport."
            ),
            72,
        ),
        sections=("Masks", "Cloth", "Carving", "Writing", "Contact"),
        notes=("Translated with the Vai community.", "Spellings follow the 1962 standard."),
        item=_vai_item,
        footer=("The Vai labels are also read aloud on the audio guide.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- Chakma/Bengali or English labels -------------------------------------------------------------

CHAKMA_PLACES = ("Rangamati", "Khagrachari", "Bandarban", "Kaptai")


def _chakma_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, bengali, english = rng.choice(CHAKMA_LINES)
    if rng.random() < 0.5:
        words = native_digits(words, CHAKMA_DIGITS)
    head = f"Label {1 + len(earlier)} · Room 15 · {rng.choice(CHAKMA_PLACES)}"
    other = bengali if rng.random() < 0.5 else english
    return [head, words, other, rng.choice((GIFT, PRIVATE_LOAN, CHAKMA_THANKS))]


def chakma_labels(rng: random.Random) -> str:
    """A label case for textiles from the Chittagong Hill Tracts in Chakma (letters with vowel
    signs, conjuncts with the maayyaa, dead consonants with the virama, Chakma digits on some
    lines and Western ones on others) and Bengali or English."""
    platform = Platform(
        title="Labels in Chakma — Room 15, cloth of the Hill Tracts",
        subtitle=f"{chakma('c-ng-+-m A-l-m-~')} · চাকমা বস্ত্র{NBSP}🏛",
        lead=wrap(
            rng,
            (
                "The labels in this room are given in Chakma, in its own script, with Bengali "
                "or English under each. Weavers from Rangamati chose the words. Some labels "
                "use Chakma digits."
            ),
            72,
        ),
        sections=("Pinon and khadi", "Pattern books", "Looms", "Weavers", "Contact"),
        notes=("Words chosen by the weavers.", "Bengali by the museum’s translator."),
        item=_chakma_item,
        footer=("The weavers’ cooperative sells cloth at the museum shop.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
