"""Twenty-fourth-round fresh re-anchoring texts (no test here): an interview transcript with
line numbers, a survey's open answers, a focus group's transcript and ethnographic field
notes, each a full export as a researcher's tool writes it, with turns that recur.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_fresh23_kit import NBSP, SHY, ZWSP, Platform, export
from tests.benchmarks.reanchor_fresh24_kit import STOCK
from tests.benchmarks.reanchor_fresh24_more_texts import (
    kazakh_letters,
    letters,
    persian_interview,
    speech,
)

STOCK_TURNS = ("Mm-hm.", "Yes.", "[laughs]", "Right.", "Mm-hm. Yes.", "[pause]")
QUESTIONS = (
    "And then?",
    "What did you do then?",
    "Can you tell me more about that?",
    "How did that feel?",
    "Who else was there?",
    "And then? What happened next?",
)
ANSWERS = (
    "We moved to Lisbon in 1998, w/ my mother and two brothers.",
    "My father stayed behind b/c of the shop, approx. two more years.",
    "I started at the cannery when I was sixteen, on the night shift.",
    "I started at the cannery when I was seventeen, on the night shift.",
    "The foreman was a hard man but fair, everyone said so.",
    f"We didn’t have a phone, so letters took three weeks{NBSP}— sometimes four.",
    "Then the cannery closed and nobody told us until the Friday.",
    "Maria from the next street helped me find the cleaning job.",
    "It was hard, I won’t lie. [inaudible 00:14:32] and then it got better.",
    "My daughter was born in 2003, the same week the cannery closed.",
    "The union meeting was in the church hall, ppl standing at the back.",
    f"I still have the pay slips, every one of them, in a shoe{SHY}box.",
)


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02}:{seconds // 60 % 60:02}:{seconds % 60:02}"


def _number(earlier: list[list[str]]) -> int:
    """The next line number: transcripts count their lines on across items."""
    return 1 + sum(len(lines) for lines in earlier)


def _interview(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    number = _number(earlier)
    said = [turn for lines in earlier for turn in lines]
    lines = [f"[{_clock(40 * number + rng.randint(0, 30))}] I: {rng.choice(QUESTIONS)}"]
    for _ in range(rng.randint(1, 3)):
        fresh = [a for a in ANSWERS if not any(a in turn for turn in said)] or list(ANSWERS)
        lines.append(f"R: {rng.choice(fresh) if rng.random() < 0.75 else rng.choice(STOCK_TURNS)}")
        if rng.random() < 0.4:
            lines.append(f"I: {rng.choice(STOCK_TURNS[:2])}")
    return [f"{number + at:04}  {line}" for at, line in enumerate(lines)]


INTERVIEW = Platform(
    title="Interview transcript — INT-07 — Maria Santos",
    subtitle=(
        f"Recorded 12 Mar 2026, 00:52:10 long; transcribed by AK; line numbers in the margin{NBSP}🎙️"
    ),
    lead=(
        "Oral history of cannery work in Peniche. I is the interviewer, R the respondent. "
        "Overlaps are marked //, pauses [pause], words not heard [inaudible] with the time."
    ),
    sections=(
        "Part 1 — Childhood",
        "Part 2 — Moving",
        "Part 3 — The cannery",
        "Part 4 — Closure",
        "Part 5 — Now",
    ),
    notes=(
        "Transcribed verbatim; fillers kept.",
        "The respondent asked for some names to be left out.",
        "Second recorder used from here; times follow it.",
    ),
    item=_interview,
    footer=("Line numbers restart at 0001 in every export.", STOCK),
    least_items=3,
)

QUESTION_TEXTS = {
    "Question 14 — Biggest worry": "Q14. What worries you most about the coming year? (open)",
    "Question 15 — Local services": "Q15. Which local service would you improve first? (open)",
    "Question 16 — Anything else": "Q16. Is there anything else you want to tell us? (open answer)",
    "Question 17 — Transport": "Q17. How do you usually get to work or school? (open answer)",
    "Question 18 — Trust": "Q18. Whom do you trust most for local news? (open answer)",
}
SURVEY_ANSWERS = (
    "Don't know",
    "Don't know",
    "N/A",
    "Prices.",
    "Prices.",
    "Prices of food.",
    "Prices of fuel.",
    "The bus, b/c the car is too dear.",
    "The bus, because the car is too dear.",
    "My job. They are cutting hours at the depot 😟",
    "Rent, it went up 12% this year.",
    "Rent, it went up 15% this year.",
    "Nothing really.",
    "The GP surgery — you wait 3 weeks for an appointment.",
    "Local radio and the govt website.",
    "My neighbours, not the papers.",
    "Не знаю",
    "Ціни.",
    "Оренда, дуже дорого.",
)


def _survey(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    respondent = 1 + len(earlier) * 3 + rng.randint(0, 2)
    clock = f"{8 + index % 10:02}:{rng.randint(0, 59):02}"
    lines = [f"R{respondent:04} · submitted {clock} · {rng.choice(('web', 'phone', 'paper'))}"]
    if rng.random() < 0.35:
        lines.append(QUESTION_TEXTS[section])
    lines.append(rng.choice(SURVEY_ANSWERS))
    if rng.random() < 0.25:
        lines.append(f"[unclear] {rng.choice(('— written in the margin', '— ticked twice'))}")
    return lines


SURVEY = Platform(
    title="Open answers export — Household survey 2026, wave 2",
    subtitle=f"Exported 3 Apr 2026 09:40 from the survey tool; 412 respondents{NBSP}📋",
    lead=(
        "Answers are given as typed, without correction, some in Ukrainian. Each block "
        "repeats the question. Respondents who answered on paper were keyed in by Dorota."
    ),
    sections=tuple(QUESTION_TEXTS),
    notes=(
        "Answers in respondent order.",
        "Blank answers are not listed.",
        "Paper answers keyed twice.",
    ),
    item=_survey,
    footer=(f"Respondent IDs are not personal data.{ZWSP}", STOCK),
    least_sections=4,
    least_items=4,
)

PROMPTS = (
    "Moderator: What would make you use the bus more often?",
    "Moderator: What would make you use the bus more often? Anyone?",
)
FOCUS_TURNS = (
    "P{}: If it came on time, honestly.",
    "P{}: If it came on time.",
    "P{}: Cheaper tickets. It’s £2.80 each way now.",
    "P{}: I agree with that.",
    "P{}: I agree with P{}.",
    "P{}: The night buses stop at 23:00, that’s the problem.",
    "P{}: My kids take it to school, w/ their friends, so it has to be safe.",
    "P{}: [inaudible 00:31:05] the shelter on Mill Road.",
    "P{}: Yes.",
    "P{}: Mm-hm.",
    "[crosstalk]",
    "P{}: Tom said the same last time, didn’t he? [laughs]",
)


def _focus(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    number = _number(earlier)
    lines = [f"[{_clock(600 + 35 * number)}] {PROMPTS[index % 2 if index else 0]}"]
    for _ in range(rng.randint(2, 4)):
        turn = rng.choice(FOCUS_TURNS)
        lines.append(turn.format(rng.randint(1, 8), rng.randint(1, 8)))
    return [f"{number + at:04}  {line}" for at, line in enumerate(lines)]


FOCUS_GROUP = Platform(
    title="Focus group FG-3 — Bus users, Eastfield",
    subtitle=f"Held 19 Feb 2026, 18:30–20:00; eight participants (P1–P8), one moderator{NBSP}🚌",
    lead=(
        "The moderator’s prompt is read word for word in each round. Crosstalk is marked "
        "[crosstalk] and not transcribed. Tom Reid moderated; Yerlan took notes."
    ),
    sections=(
        "Round 1 · Getting around",
        "Round 2 · Cost",
        "Round 3 · Safety",
        "Round 4 · Ideas",
        "Round 5 · Wrap-up",
    ),
    notes=("Prompt read as written.", "P4 left at 19:40.", "Two participants spoke at once here."),
    item=_focus,
    footer=("Participants chose their own numbers.", STOCK),
    least_items=3,
)

JOTTINGS = (
    "Market busy, approx. 40 stalls, most w/ awnings.",
    "Market busy, approx. 45 stalls, most w/ awnings.",
    "Woman at fish stall (Aigerim?) says prices up since Jan.",
    "Kids running errands b/c parents at the stalls.",
    "Police car passed twice, nobody looked up.",
    "Govt inspector at the meat hall, ppl quiet while he was there.",
    "Tea stall does most trade before 09:00.",
    "Mtg of the traders’ committee moved to Thursday.",
    "Rain from 14:20; half the stalls packed up.",
    "[illegible] about the rent for the new hall.",
    "Seller at the tea stall: «Бәрі қымбат» (everything’s dear).",
    "Overheard at the gate: «Бағасы қанша?» (how much?), w/ a laugh.",
)


def _notes(rng: random.Random, section: str, index: int, earlier: list[list[str]]) -> list[str]:
    day_jottings = [line for lines in earlier if lines[0].startswith(section[:6]) for line in lines]
    if index >= 3 and rng.random() < 0.5:
        morning = [line for line in day_jottings if line in JOTTINGS]
        if morning:
            restated = rng.sample(morning, min(2, len(morning)))
            return [
                f"{section[:6]} · 19:30 · Evening summary",
                *restated,
                "Same as the morning, mostly.",
            ]
    clock = f"{7 + index:02}:{rng.choice(('05', '20', '40', '55'))}"
    place = rng.choice(("north gate", "fish stalls", "tea stall", "meat hall"))
    picked = rng.sample(JOTTINGS, rng.randint(1, 3))
    if rng.random() < 0.5:
        picked.append(rng.choice(("Quiet.", "Nothing new.", "Cold.")))
    return [f"{section[:6]} · {clock} · {place}", *picked]


FIELD_NOTES = Platform(
    title="Field notes — Barakholka market, Almaty",
    subtitle=f"Jotted on site, typed up the same evening; notebook 3 of 5{NBSP}📓",
    lead=(
        "Entries are dated and timed. Abbreviations are as jotted. The evening summary "
        "restates what mattered from the day."
    ),
    sections=(
        "Day 01 — Tue 3 Mar 2026",
        "Day 02 — Wed 4 Mar 2026",
        "Day 03 — Thu 5 Mar 2026",
        "Day 04 — Fri 6 Mar 2026",
        "Day 05 — Sat 7 Mar 2026",
    ),
    notes=("Weather cold, dry.", "With Yerlan as guide.", "Alone today; short notes."),
    item=_notes,
    footer=("Names are as people gave them.", STOCK),
    least_items=3,
)


def interview(rng: random.Random) -> str:
    """An oral-history interview's transcript, lines numbered in the margin."""
    return export(rng, INTERVIEW)


def survey_answers(rng: random.Random) -> str:
    """A survey's open answers, by question and respondent, with answers that recur."""
    return export(rng, SURVEY)


def focus_group(rng: random.Random) -> str:
    """A focus group's transcript: the moderator's prompt repeated in each round."""
    return export(rng, FOCUS_GROUP)


def field_notes(rng: random.Random) -> str:
    """Field notes: timed jottings, and an evening summary restating them."""
    return export(rng, FIELD_NOTES)


KINDS = (
    interview,
    survey_answers,
    focus_group,
    field_notes,
    speech,
    letters,
    persian_interview,
    kazakh_letters,
)
