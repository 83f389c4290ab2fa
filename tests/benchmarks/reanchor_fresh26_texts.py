"""Twenty-sixth-round fresh re-anchoring texts (no test here): a live football report that
became the final one, a league table and round-up, race results and a revised obituary, each
a full page as a sports or arts desk's tool exports it, with lines that recur word for word.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh22_kit import wrap
from tests.benchmarks.reanchor_fresh23_kit import NBSP, Platform, export
from tests.benchmarks.reanchor_fresh26_kit import MISSPELT, STOCK
from tests.benchmarks.reanchor_fresh26_more_texts import (
    khmer_notice,
    listings_page,
    review,
    tibetan_notice,
)

HOME, AWAY = "Lyon Athletic", "Harbour City"
FINAL = f"{HOME} 2–1 {AWAY}"

# -- a live football report that became the final report --------------------------------------

#: Scorers as the live page lists them: who, when, how, for whom; the score after it.
SCORERS = (
    ("M. Okafor", "23'", "", HOME, "1–0"),
    ("S. Duarte", "45+2'", " (pen)", AWAY, "1–1"),
    ("J. Okafor", "71'", " (og)", HOME, "2–1"),
)
BOOKED = ("D. Moreau", "T. Silva", "J. Okafor", "R. Diallo", "K. Mensah")
#: Substitutes of each side (one shares a surname with a starter), and who they replace.
SUBS = {HOME: ("K. Okafor", "G. Roux"), AWAY: ("L. Duarte", "A. Lind")}
SWAPPED = (("K. Okafor", "T. Silva"), ("G. Roux", "E. Roux"), ("L. Duarte", "P. Duarte"))
LINEUPS = {
    HOME: "A. Costa; M. Okafor, J. Okafor, R. Diallo, N. Petit; T. Silva, L. Moreau, E. Roux",
    AWAY: "B. Costa; S. Duarte, P. Duarte, D. Moreau, K. Mensah; F. Ndiaye, O. Brandt, I. Lund",
}
QUOTES = (
    '"We never stopped believing," said the Lyon Athletic coach.',
    "“It was a penalty, nothing more to say,” said the Harbour City captain.",
    "The home fans stayed long after the final whistle.",
)


def _match_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "Line-ups":
        team = (HOME, AWAY)[index % 2]
        return [
            f"{team} (4-3-3)",
            LINEUPS[team],
            f"Subs: {', '.join(SUBS[team])}",
        ]
    if section == "Reaction":
        return [f"Reaction · {17 + index}:{rng.randint(10, 59)}", rng.choice(QUOTES), "Read more"]
    roll = rng.random()
    if section == "Full time" or roll < 0.15:
        return ["Full time", FINAL, "Scorers: Okafor 23', Duarte 45+2' (pen), Okafor 71' (og)"]
    if roll < 0.5:
        name, minute, how, team, score = rng.choice(SCORERS)
        lines = [f"Live · {minute}", f"Goal: {name} {minute}{how} ({team})"]
        return [*lines, f"{HOME} {score} {AWAY}", *(["Read more"] if rng.random() < 0.4 else [])]
    minute = f"{rng.randint(5, 89)}'"
    if roll < 0.7:
        on, off = rng.choice(SWAPPED)
        return [f"Live · {minute}", f"Substitution: {on} on, {off} off", "Ends"]
    if roll < 0.85:
        return [f"Live · {minute}", f"Yellow card: {rng.choice(BOOKED)} - a late tackle", "Ends"]
    return ["Kick-off", f"{HOME} 0–0 {AWAY}", "The referee is Anna Lind; 31,204 are here."]


def match_report(rng: random.Random) -> str:
    """A live page that became the final report: score lines, scorers with minutes."""
    platform = Platform(
        title=f"Final: {FINAL} — Okafor scores twice",
        subtitle=f"By Tom Reyes · Stade du Rhône · updated 21:58{NBSP}⚽",
        lead=wrap(
            rng,
            (
                f"{FINAL}. M. Okafor scored in the 23rd minute, S. Duarte levelled from the spot "
                "at 45+2' and an own goal by J. Okafor at 71' settled it."
            ),
            72,
        ),
        sections=("Kick-off", "First half", "Second half", "Full time", "Line-ups", "Reaction"),
        notes=(
            "Times are match minutes.",
            "This page updates live.",
            "Ratings follow after full time.",
        ),
        item=_match_item,
        footer=("Live coverage ended at 21:58.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- a league table and round-up ----------------------------------------------------------------

CLUBS = (
    "Lyon Athletic",
    "Harbour City",
    "Harbour United",
    "Lyon United",
    "Riverside Athletic",
    "Riverside City",
    "Northgate United",
    "Northgate Athletic",
)


def _rows(rng: random.Random, first: int, count: int) -> list[str]:
    points = 62 - 3 * first + rng.randint(0, 1)
    rows = []
    for place in range(first, first + count):
        club = CLUBS[(place * 3 + rng.randint(0, 1)) % len(CLUBS)]
        won, drawn = points // 3 - 2, 4 + place % 3
        lost = 26 - won - drawn
        scored = 50 - place * 2 + rng.randint(0, 1)
        figures = f"26 {won} {drawn} {lost} {scored} {20 + place} {points}"
        rows.append(f"{place}. {club} — {figures}")
        points -= rng.choice((0, 1, 1, 3))
    return rows


def _table_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section in ("Premier Division", "Championship"):
        first = 1 + 5 * index
        if first > 16:
            return []
        head = f"Places {first}–{first + 4} · {section}"
        return [head, "Pos Club — P W D L GF GA Pts", *_rows(rng, first, 5)]
    home, away = rng.sample(CLUBS, 2)
    score = rng.choice(("2–1", "1–1", "0–2", "3–2", "2–1"))
    if section == "Results":
        return ["Result · round 26", f"{home} {score} {away}", "Full time"]
    if section == "Top scorers":
        goals = 19 - index
        return [f"{goals} goals", f"M. Okafor ({home}) {goals}, S. Duarte ({away}) {goals - 1}"]
    return [
        f"Round-up · {home}",
        f"{home} {score} {away}: the win lifts them one point clear.",
        rng.choice(("Read more", "Read more", f"Next: {away} away, Saturday 15:00")),
    ]


def league_table(rng: random.Random) -> str:
    """A table as text (rows a point or a goal apart) with results and a round-up."""
    platform = Platform(
        title="League table and round-up — round 26",
        subtitle=f"Compiled by the sports desk · 15 March 2026{NBSP}🏆",
        lead=wrap(
            rng,
            (
                "Lyon Athletic 2–1 Harbour City keeps Lyon top by one point. Harbour United and "
                "Lyon United are level on points and split by goal difference."
            ),
            72,
        ),
        sections=("Premier Division", "Results", "Round-up", "Championship", "Top scorers"),
        notes=(
            "Points: three for a win, one for a draw.",
            "Tables update after every result.",
        ),
        item=_table_item,
        footer=("Tables are provisional until the league confirms them.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- race results ---------------------------------------------------------------------------------

FIRST_NAMES = ("Anna", "Marta", "Lena", "Ruth", "Ida", "Kim", "Sara", "Eva")
SURNAMES = ("Berg", "Silva", "Okafor", "Mensah", "Lund", "Duarte", "Petit", "Brandt")
RUNNING_CLUBS = ("Lyon Athletic AC", "Harbour City RC", "Northgate United AC", "Riverside Athletic")


def _runner(place: int, section: str) -> str:
    """A runner and her club, by place: no two places of a section (up to 64) share a name;
    first names, surnames and clubs recur."""
    turn = place + len(section)
    name = f"{FIRST_NAMES[turn % 8]} {SURNAMES[(turn // 8 + 3 * turn) % 8]}"
    return f"{name} ({RUNNING_CLUBS[(turn * 7 // 3) % len(RUNNING_CLUBS)]})"


def _race_item(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    first = 1 + 4 * index
    if first > 30:
        return []
    stage = "Stage" in section
    photo_finish = not stage and rng.random() < 0.4  # hundredths, some a hundredth apart
    seconds = 8_640 + 11 * first + rng.randint(0, 3)
    hundredths = rng.randint(10, 90)
    lines = [f"Places {first}–{first + 3} · {section}"]
    for place in range(first, first + 4):
        if stage and place > first and rng.random() < 0.5:
            time = "s.t."
        else:
            time = f"{seconds // 3600}:{seconds // 60 % 60:02}:{seconds % 60:02}"
            if photo_finish:
                time += f".{hundredths}"
        lines.append(f"{place}. {_runner(place, section)} {time}")
        step = rng.choice((0, 1, 1, 2, 9) if photo_finish else (1, 1, 2, 9))
        seconds += step
        hundredths = hundredths + 1 if step == 0 else rng.randint(10, 90)
    if rng.random() < 0.3:
        lines.append(f"{rng.choice(('DNF', 'DSQ'))} {_runner(40 + first, section)}")
    if rng.random() < 0.6:
        lines.append(rng.choice(("Ends", "Ends", "Provisional")))
    return lines


def race_results(rng: random.Random) -> str:
    """A marathon's and a stage's results: places, clubs, times a second or a hundredth apart,
    "s.t.", "DNF", "DSQ"."""
    platform = Platform(
        title="Lyon Marathon and Tour du Rhône stage 7 — results",
        subtitle=f"Official results · timing by ChronoRace · 15 March 2026{NBSP}🏃",
        lead=wrap(
            rng,
            (
                "Anna Berg (Lyon Athletic AC) won in 2:24:07, one second ahead of Marta Silva. "
                "Results are provisional until the jury's decisions are published."
            ),
            72,
        ),
        sections=("Elite women", "Elite men", "Masters 40", "Stage 7", "Stage 7 — points"),
        notes=("Times are chip times.", "s.t. means same time as the rider ahead."),
        item=_race_item,
        footer=("Protests to the jury by 18:00.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


# -- an obituary that is revised ------------------------------------------------------------------

NAME = f"Ingrid {MISSPELT}"
LIFE = (
    f"{NAME} was born in Bergen on 3 May 1941 and died in Lyon on 9 March 2026, aged 84.",
    f"She trained as a dancer in Oslo before {NAME} turned to writing for the stage.",
    "Her plays were staged in 14 countries and translated into 22 languages.",
    f"Critics called {NAME} the quiet centre of a noisy generation.",
    "She is survived by her daughter, Lena, and two grandsons.",
    "She taught at the Lyon conservatoire from 1979 to 2004.",
)
WORKS = (
    "The Long Field (1971)",
    "Salt and Iron (1978)",
    "A House on the Fjord (1984)",
    "The Long Field, revised (1992)",
    "Winter Rehearsal (2001)",
)
TRIBUTES = (
    '"She taught us to listen," said the director of the Théâtre des Célestins.',
    "“A generous teacher and a fierce critic,” said a former student.",
    f"{NAME} leaves a body of work that will outlive us all.",
)


def _obituary_item(
    rng: random.Random, section: str, index: int, earlier: list[list[str]]
) -> list[str]:
    if section == "Selected works":
        return [f"Works · part {index + 1}", *rng.sample(WORKS, 3)]
    if section == "Tributes":
        return [f"Tribute {index + 1}", rng.choice(TRIBUTES), "Read more"]
    if section == "Correction":
        return [
            f"Correction · {10 + index} March",
            f"An earlier version misspelt the name of {NAME}'s daughter.",
            "Ends",
        ]
    year = 1941 + 7 * index + rng.randint(0, 3)
    lines = [f"{section} · {year}", *rng.sample(LIFE, rng.randint(1, 3))]
    return [*lines, "Read more"] if rng.random() < 0.3 else lines


def obituary(rng: random.Random) -> str:
    """An obituary: dates, "is survived by", works with years, a name spelt one way."""
    platform = Platform(
        title=f"{NAME}, playwright, 1941–2026",
        subtitle=f"Obituary · by Claire Dubois · 11 March 2026 · revised 13 March{NBSP}🕯️",
        lead=wrap(
            rng,
            (
                f"{NAME}, who has died aged 84, wrote plays that were staged in 14 countries. "
                "She is survived by her daughter, Lena, and two grandsons."
            ),
            72,
        ),
        sections=(
            "Early life",
            "Career",
            "Selected works",
            "Later years",
            "Tributes",
            "Correction",
        ),
        notes=("Dates as given by the family.", "Works are listed with their first staging."),
        item=_obituary_item,
        footer=("The family asks for donations to the conservatoire.", STOCK),
        least_items=3,
    )
    return export(rng, platform)


KINDS = (
    match_report,
    league_table,
    race_results,
    obituary,
    review,
    listings_page,
    khmer_notice,
    tibetan_notice,
)
