"""More thirty-seventh-round fresh texts (no test here): an elections office's voter guidance of
questions and answers, an Adlam/French notice of a Guinean prefecture and a Tai Tham/Thai and
English notice of a Chiang Mai district office.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh33_kit import native_digits
from tests.benchmarks.reanchor_fresh37_kit import (
    ADLAM_DIGITS,
    ADLAM_LINES,
    ADLAM_THANKS,
    STOCK,
    STOCK_ANSWERS,
    TAI_THAM_LINES,
    TAI_THAM_THANKS,
    THAM_DIGITS,
    adlam,
)

# -- voter guidance -------------------------------------------------------------------------------

#: Questions by part of the guidance, each with its own answer (a stock answer follows).
QUESTIONS = {
    "Registering to vote": (
        ("Am I registered to vote?", "Most people are registered when they fill in the form."),
        ("Can I vote if I have moved house?", "You must register again at your new address."),
        ("I am a student. Where can I register?", "You may register at home and at college."),
        ("Do I need my National Insurance number?", "It helps us check who you are."),
    ),
    "Voting in person": (
        ("Where is my polling station?", "Your poll card gives its address and number."),
        ("Can I take my children with me?", "Children may come with you into the station."),
        ("What if I make a mistake on my ballot?", "Ask the staff for a new ballot paper."),
        ("Can someone help me to vote?", "The presiding officer or a companion may help you."),
    ),
    "Postal votes": (
        ("How do I apply for a postal vote?", "Apply at least 11 working days before polling day."),
        (
            "My postal vote has not arrived.",
            "Replacement packs are issued up to 5pm on polling day.",
        ),
        ("Can I hand in my postal vote?", "You can hand it in at any station in your area."),
        ("Can I cancel my postal vote?", "Yes, if you tell us before 5pm on 22 April."),
    ),
    "Proxy votes": (
        ("Who can be my proxy?", "Anyone registered to vote who is willing to vote for you."),
        (
            "Can I apply for a proxy at short notice?",
            "Emergency proxies close at 5pm on polling day.",
        ),
        ("Can my proxy vote by post?", "Yes, if they apply for a postal proxy vote."),
    ),
    "Photo ID at polling stations": (
        ("Which photo ID can I use?", "A passport, a driving licence or a bus pass, among others."),
        ("My ID has expired. Can I use it?", "Yes, if the photo still looks like you."),
        ("I have no photo ID.", "Apply for a free Voter Authority Certificate."),
        ("Does my ID need my address on it?", "No, only your photo and your name."),
    ),
    "After the election": (
        ("When will the results be known?", "Most wards are declared overnight."),
        ("Can I see the marked register?", "Candidates and agents may ask to see it."),
        ("Who decides on a recount?", "The returning officer, when a candidate or agent asks."),
    ),
}


#: Sentences an answer goes on with, recurring under several questions.
FURTHER = (
    "The rules are the same for council and parliamentary elections.",
    "If you are unsure, ask us before polling day rather than on the day.",
    "Staff at the polling station cannot give advice on how to vote.",
)


def _question_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    asked = QUESTIONS[section]
    if index >= len(asked):
        return []
    question, answer = asked[index]
    if not question.endswith("?"):
        question = f"{question} What should I do?"
    lines = [f"Q{1 + len(earlier)}. {question}", answer]
    if rng.random() < 0.5:
        lines.append(rng.choice(FURTHER))
    lines.append(rng.choice((*STOCK_ANSWERS, STOCK_ANSWERS[0])))
    return lines


def guidance(rng: random.Random) -> str:
    """A voter guidance page of questions and answers ("Q3. Can I vote if I have moved
    house?"), stock answers repeated word for word under several questions."""
    platform = Platform(
        title="Your questions about voting — Abbeyfield Electoral Services",
        subtitle=f"Guidance for the elections on 7 May 2026{NBSP}🗳",
        lead=wrap(
            rng,
            (
                "Answers to the questions we are asked most often. If your question is not "
                "here, contact us: we answer every email within two working days. "
                f"{STOCK_ANSWERS[1]}"
            ),
            72,
        ),
        sections=tuple(QUESTIONS),
        notes=("Updated on 14 April 2026.", "See also the notice of polling stations."),
        item=_question_item,
        footer=("This guidance is also available in large print.", STOCK),
        least_sections=6,
        least_items=2,
    )
    return export(rng, platform)


# -- an Adlam/French notice of a Guinean prefecture -----------------------------------------------

ADLAM_PLACES = ("Labé", "Pita", "Mamou", "Lélouma")


def _adlam_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, french = rng.choice(ADLAM_LINES)
    if rng.random() < 0.5:
        words = native_digits(words, ADLAM_DIGITS)
    head = f"Avis {1 + len(earlier)} · {rng.randint(2, 20)} juin · {rng.choice(ADLAM_PLACES)}"
    return [head, words, french, rng.choice(("Merci.", ADLAM_THANKS, ADLAM_THANKS))]


def adlam_notice(rng: random.Random) -> str:
    """A prefecture's election notice in Pular (Adlam, written right to left, capitals at a
    sentence's and a name's start, Adlam digits on some lines and Western ones on others) and
    French, French lines between."""
    platform = Platform(
        title="Avis — Préfecture de Labé, élections communales",
        subtitle=f"{adlam('Woote Labe')} · juin 2026{NBSP}🗳",
        lead=wrap(
            rng,
            (
                "Les avis sont donnés en pular et en français. Certains sont écrits avec les "
                "chiffres adlam; le texte pular fait foi. Merci."
            ),
            72,
        ),
        sections=("Bureaux de vote", "Listes électorales", "Cartes d’électeur", "Contact"),
        notes=("Affiché à la préfecture.", "Traduit par le service des élections."),
        item=_adlam_item,
        footer=("Publié sur le tableau d’affichage de la préfecture.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a Tai Tham/Thai and English notice of a Chiang Mai district office -----------------------

TAI_THAM_PLACES = ("Mae Rim", "Hang Dong", "San Sai", "Mae Taeng")


def _tai_tham_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    words, thai, english = rng.choice(TAI_THAM_LINES)
    if rng.random() < 0.5:
        words = native_digits(words, THAM_DIGITS)
    head = f"Notice {1 + len(earlier)} · {rng.randint(2, 20)} May · {rng.choice(TAI_THAM_PLACES)}"
    other = thai if rng.random() < 0.5 else english
    return [head, words, other, rng.choice(("Thank you.", "ขอบคุณ", TAI_THAM_THANKS))]


def tai_tham_notice(rng: random.Random) -> str:
    """A district office's election notice in Northern Thai (Tai Tham, consonants stacked with
    the sakot or a consonant sign, Tham digits on some lines and Western ones on others) and
    Thai or English."""
    platform = Platform(
        title="Notices — Mae Rim District Office, Chiang Mai",
        subtitle=f"ประกาศการเลือกตั้ง · May 2026{NBSP}🗳",
        lead=wrap(
            rng,
            (
                "Notices are given in Northern Thai in the Tham script, with Thai or English "
                "under each. Some are typed with Tham digits. Thank you."
            ),
            72,
        ),
        sections=("Polling units", "Voter lists", "Advance voting", "Results", "Contact"),
        notes=("Posted at the district office’s gate.", "Translated by the election staff."),
        item=_tai_tham_item,
        footer=("Published on the district office’s notice board.", STOCK),
        least_items=3,
    )
    return export(rng, platform)
