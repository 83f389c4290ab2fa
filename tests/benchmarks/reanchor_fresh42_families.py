"""Forty-second round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh42`` prints it as "forty-second fresh held-out material"). The texts are
what a housing co-operative and its buildings publish and revise for residents, each version a
full page (``reanchor_fresh42_texts`` and ``reanchor_fresh42_more_texts``): a repairs log by
block (one line a job, "Flat 12B  Kitchen tap dripping  Reported 3 Mar  Open", the same faults
recurring word for word, flats one letter or figure apart, "12B", "12D" and "21B", "Awaiting
parts" and "Access: key with the caretaker" repeated), a service-charge schedule per flat (the
same headings for every block, amounts one figure apart, "£1,240.00" and "£1,420.00"), a bin,
stairwell-cleaning and laundry rota (one line a week, "Week 11  9 Mar  Joan Okafor", names one
letter apart, "Joan Okafor" and "Joan Okafer"), the minutes of a general meeting (numbered
items, "Action: Secretary to write to the council" recurring, motions carried or withdrawn),
the fire-safety notice of every block (the same paragraphs with the block's name changed, "Do
not use the lift" word for word), the waiting list by band (names, dates, the same sizes under
every band), the parking-permit register (plates one character apart, "AB12 CDE" and "AB12
CDF", "Valid to 31 March 2027" under many), a Cham/Vietnamese notice for a laundry room's hours
(Eastern Cham with its vowel signs, the final ng as a sign or a letter, final letters, Cham
digits and the danda; the hours and their twin one figure apart) and a Rejang/Indonesian notice
for a water outage (Rejang with its vowel signs, consonant signs and virama as combining marks;
the outage and its twin one figure apart).

The families are what housing officers, secretaries and converters do between two versions:
repair jobs closed (their status typed over in place, "Open" as "Closed 14 Mar"); the log
re-sorted by flat; jobs withdrawn while their twins one letter apart stay; amounts corrected by
one figure (transposed, "£1,240.00" as "£1,420.00", or one figure on); the rota rotated by a
week (each name moved one line down, the last to the top); minutes struck and the rest
renumbered; action points moved to another item; notices merged (the sections of several
blocks made one, the block names listed in its heading, the repeated fire notices cut);
applicants re-banded (a line moved to another band); plates respelt ("AB12 CDE" as "AB12CDE");
Cham respelt; Rejang respelt; and a mix. All thirteen keys are new; new in kind are the jobs
closed in place, the rota rotated by moving names, the notices merged, the plates respelt and
the Cham and Rejang respellings (the others follow earlier rounds' families on new texts).

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Access: key with the caretaker", "Action:
Secretary to write to the council", "Do not use the lift", "Valid to 31 March 2027") are each
their own passage, wherever their twins move or whichever of them is cut. A re-sorted job, a
rotated name, a moved action point and a re-banded applicant keep their characters; a closed
status, a corrected figure, a renumbered minute's figures, a merged heading, a plate's space
and a Cham or Rejang mark are typed over, typed in or cut: the rest of the passage stays. A
withdrawn job, a struck minute, a merged block's heading and note and its repeated fire notices
are gone (their twins stay).
"""

from __future__ import annotations

import itertools
import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import note_sentences
from tests.benchmarks.reanchor_fresh23_edits import cut, line_dropped
from tests.benchmarks.reanchor_fresh23_kit import (
    Span,
    body_lines,
    head_line,
    item_runs,
    items,
    last_line,
    notes,
    sections,
)
from tests.benchmarks.reanchor_fresh24_families import _each_unit, _echoed
from tests.benchmarks.reanchor_fresh24_kit import item_lines, short_lines
from tests.benchmarks.reanchor_fresh27_families import _two_lines
from tests.benchmarks.reanchor_fresh38_edits import block_moved
from tests.benchmarks.reanchor_fresh40_edits import lines_swapped
from tests.benchmarks.reanchor_fresh42_edits import (
    amount_corrected,
    cham_respelt,
    minutes_renumbered,
    names_rotated,
    plates_respelt,
    rejang_respelt,
    sections_merged,
    status_closed,
)
from tests.benchmarks.reanchor_fresh42_kit import (
    ACCESS,
    ACTION,
    ACTION_LINE,
    AMOUNT,
    APPLICANT_LINE,
    AWAITING,
    CHAM_RUN,
    CHAM_WORD,
    CHARGE_LINE,
    FLAT,
    JOB,
    JOB_LINE,
    MINUTE,
    NO_LIFT,
    PERMIT_LINE,
    PERSON,
    PLATE,
    REJANG_RUN,
    REJANG_WORD,
    ROTA_LINE,
    STILL_OPEN,
    VALID,
)
from tests.benchmarks.reanchor_fresh42_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the forty-second fresh held-out material (never used while tuning).
FRESH42_SEEDS = range(42100, 42110)
#: What a closed job's status says.
CLOSED = ("Closed 14 Mar", "Closed 19 Mar", "Closed 26 Mar")


def _one_apart(one: str, other: str) -> bool:
    """Whether two words of the same length differ by one character."""
    return len(one) == len(other) and sum(a != b for a, b in zip(one, other, strict=True)) == 1


def _line_moved_elsewhere(tracked: TrackedText, rng: random.Random) -> None:
    """A line under an item's head (of an item keeping two lines or more) moved, with the line
    break before it, to the end of an item of another section."""
    text = tracked.text
    owners = [(number, item) for number, (_, under) in enumerate(sections(text)) for item in under]
    owners = [(number, item) for number, item in owners if "\n" in text[slice(*item)]]
    sources = [(number, item) for number, item in owners if len(body_lines(text, item)) >= 2]
    if not sources:
        return
    number, item = rng.choice(sources)
    targets = [other for n, other in owners if n != number]
    if not targets:
        return
    line = rng.choice(body_lines(text, item))
    block_moved(tracked, (line[0] - 1, line[1]), rng.choice(targets)[1])


# -- the repairs log -----------------------------------------------------------------------------


def repairs_closed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Repair jobs closed: open jobs and jobs awaiting parts (one, two, four) given their
    closing date in place of their status ("Open" as "Closed 14 Mar")."""
    # Truth: the status is typed over; the flat, the fault and the day reported stay.
    found = [job for job in JOB.finditer(tracked.text) if job[4] in STILL_OPEN]
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for job in sorted(chosen, key=lambda m: m.start(), reverse=True):
        status_closed(tracked, job, rng.choice(CLOSED))


def _flat_key(line: str) -> tuple[int, str]:
    """A job line's flat as the log sorts it: by its figures, then its letter."""
    flat = JOB_LINE.fullmatch(line)
    assert flat is not None
    return int(flat[1][:-1]), flat[1][-1]


def repairs_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The log re-sorted by flat: in every week, the jobs (each with the lines under it) put
    in order of their flats ("2B", "12B", "12D", "21B"); where there is nothing so to sort
    (or it is sorted already), the items of the longest run turned round."""
    # Truth: every sorted job moves whole with its characters; nothing is typed.
    before = tracked.text
    for item in reversed(items(tracked.text)):
        text = tracked.text
        lines = body_lines(text, item)
        starts = [i for i, line in enumerate(lines) if JOB_LINE.fullmatch(text, *line)]
        if len(starts) < 2 or starts[0] != 0:
            continue
        ends = [*(i - 1 for i in starts[1:]), len(lines) - 1]
        units = [(lines[i][0] - 1, lines[end][1]) for i, end in zip(starts, ends, strict=True)]
        keys = [_flat_key(text[slice(*lines[i])]) for i in starts]
        order = sorted(range(len(units)), key=lambda i: (keys[i], i))
        if order != sorted(order):
            reorder(tracked, units, order)
    if tracked.text == before:
        run = max(item_runs(tracked.text), key=len)
        reorder(tracked, [(start - 2, end) for start, end in run], list(range(len(run)))[::-1])


def _job_units(text: str) -> list[tuple[Span, str, str]]:
    """Every job of the log with the lines under it (up to the next job), its flat and its
    fault; only jobs whose item keeps two lines or more without it."""
    found = []
    for item in items(text):
        lines = body_lines(text, item)
        for index, line in enumerate(lines):
            job = JOB_LINE.fullmatch(text, *line)
            if job is None:
                continue
            after = index + 1
            while after < len(lines) and not JOB_LINE.fullmatch(text, *lines[after]):
                after += 1
            if len(lines) - (after - index) >= 1:  # the week and one line more stay
                found.append(((line[0], lines[after - 1][1]), job[1], job[2]))
    return found


def jobs_withdrawn(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Jobs withdrawn: jobs (one, two, three) whose fault stands on the log for a flat one
    letter or figure apart taken out with the lines under them ("Flat 12D  Boiler pressure
    low" goes, "Flat 12B  Boiler pressure low" stays); where there are none, lines that stand
    twice or more taken out once (one, two, three); where there are none of those, items."""
    # Truth: a withdrawn job is gone with its lines under it ("Access: key with the
    # caretaker"); its twin one letter apart stays, as does every other copy of a line.
    text = tracked.text
    units = _job_units(text)
    twinned = [
        unit
        for unit in units
        if any(_one_apart(unit[1], other[1]) and unit[2] == other[2] for other in units)
    ]
    if twinned:
        chosen: list[tuple[Span, str, str]] = []
        for unit in rng.sample(twinned, len(twinned)):  # never both of a pair of twins
            if len(chosen) < _by_rate(rate, 1, 2, 3) and not any(
                _one_apart(unit[1], other[1]) and unit[2] == other[2] for other in chosen
            ):
                chosen.append(unit)
        for span, _, _ in sorted(chosen, reverse=True):
            line_dropped(tracked, span)
        return
    lines = [
        line
        for item in items(text)
        if len(body_lines(text, item)) >= 2
        for line in body_lines(text, item)
    ]
    words = [text[slice(*line)] for line in lines]
    repeated = [line for line, said in zip(lines, words, strict=True) if words.count(said) >= 2]
    if repeated:
        chosen_lines: list[Span] = []
        for line in rng.sample(repeated, len(repeated)):
            said = text[slice(*line)]
            if len(chosen_lines) < _by_rate(rate, 1, 2, 3) and sum(
                text[slice(*other)] == said for other in chosen_lines
            ) + 1 < words.count(said):
                chosen_lines.append(line)
        for line in sorted(chosen_lines, reverse=True):
            line_dropped(tracked, line)
        return
    for _ in range(_by_rate(rate, 1, 1, 2)):
        found = items(tracked.text)
        if len(found) < 6:
            break
        cut(tracked, rng.choice(found[1:]))


# -- the service charges -------------------------------------------------------------------------


def charges_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Amounts corrected: amounts (one, two, four) put right by one figure, half of them two
    figures transposed ("£1,240.00" as "£1,420.00", which may be another charge's amount),
    the others their last pound one on ("£240.00" as "£241.00")."""
    # Truth: one or two figures typed over; the rest of every passage holding the amount
    # stays.
    found = list(AMOUNT.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for amount in sorted(chosen, key=lambda m: m.start(), reverse=True):
        amount_corrected(tracked, amount, rng.random() < 0.5)


# -- the rota ------------------------------------------------------------------------------------


def _rota_runs(text: str) -> list[list[Span]]:
    """Runs of two or more rota lines one after the other in an item, not all one name."""
    found = []
    for item in items(text):
        run: list[Span] = []
        for line in [*lines_in(text, *item), (item[1], item[1])]:
            if ROTA_LINE.fullmatch(text, *line):
                run.append(line)
                continue
            names = {PERSON.search(text, *span)[0] for span in run}  # type: ignore[index]
            if len(run) >= 2 and len(names) >= 2:
                found.append(run)
            run = []
    return found


def rota_rotated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The rota rotated by a week: in one item (half, every one) each name moved one line
    down and the last name to the top, the weeks staying; where there is no rota, two
    neighbouring lines of an item (one, two, four pairs) swapped."""
    # Truth: a rotated name keeps its characters, one line down; the week and its Monday
    # stay where they were.
    runs = _rota_runs(tracked.text)
    if runs:
        count = _by_rate(rate, 1, max(1, len(runs) // 2), len(runs))
        for run in sorted(rng.sample(runs, count), reverse=True):
            names_rotated(tracked, run)
        return
    before = tracked.text
    for turn in range(_by_rate(rate, 1, 2, 4) + 3):
        if turn >= _by_rate(rate, 1, 2, 4) and tracked.text != before:
            break  # more swaps only when two undid each other
        text = tracked.text
        neighbours = [
            (a, b)
            for item in items(text)
            for a, b in itertools.pairwise(body_lines(text, item))
            if text[slice(*a)] != text[slice(*b)]
        ]
        if neighbours:
            lines_swapped(tracked, *rng.choice(neighbours))


# -- the minutes ---------------------------------------------------------------------------------


def minutes_struck(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Minutes struck and renumbered: numbered items (one, one, two; never the first) taken
    out, then every minute numbered anew from 1; where there are no minutes, items (one, one,
    two) taken out."""
    # Truth: a struck minute is gone (its recurring action and motion lines too, their twins
    # stay); a later minute keeps its words, its number's changed figures typed over.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        found = items(text)
        minutes = [item for item in found if MINUTE.match(text, item[0])]
        pool = minutes[1:] if len(minutes) >= 3 else found[1:] if len(found) >= 6 else []
        if pool:
            cut(tracked, rng.choice(pool))
    minutes_renumbered(tracked)


def actions_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Action points moved to another item: action lines (one, two, three) cut with the line
    break before them and pasted in front of the last line of another minute (its motion);
    where there are none, lines under an item's head moved to the end of an item of another
    section."""
    # Truth: a moved action keeps its characters; its twins word for word stay put.
    for _ in range(_by_rate(rate, 1, 2, 3)):
        text = tracked.text
        found = items(text)
        actions = [
            (item, line)
            for item in found
            for line in body_lines(text, item)
            if ACTION_LINE.fullmatch(text, *line) and len(body_lines(text, item)) >= 3
        ]
        if not actions:
            _line_moved_elsewhere(tracked, rng)
            continue
        item, line = rng.choice(actions)
        targets = [other for other in found if other != item and MINUTE.match(text, other[0])]
        targets = targets or [other for other in found if other != item]
        last = last_line(text, rng.choice(targets))
        block_moved(tracked, (line[0] - 1, line[1]), last[0] - 1)


# -- the fire notices, the waiting list, the permits ---------------------------------------------


def _listed(names: list[str]) -> str:
    """Names listed in a heading: "Alder House, Birch House and Cedar Court"."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def notices_merged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Notices merged: neighbouring sections (two, three, all) made one, the first's heading
    typed over as the list of their names, the others' headings and notes cut; a later
    section's item that repeats one of the first's but for the section's name (a block's fire
    notice) cut, and the name in the first's items typed over as "your block"."""
    # Truth: a cut heading, note or repeated notice is gone, its twin in the first section
    # stays (its block's name typed over); every other item keeps its characters.
    text = tracked.text
    found = sections(text)
    if len(found) < 2:
        _line_moved_elsewhere(tracked, rng)
        return
    count = min(len(found), _by_rate(rate, 2, 3, len(found)))
    first = rng.randrange(len(found) - count + 1)
    names = [text[slice(*heading)] for heading, _ in found[first : first + count]]
    sections_merged(tracked, first, count, _listed(names))


def applicants_rebanded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Applicants re-banded: lines of the waiting list (one, two, three) moved to the end of
    the same size's item in another band (or of any item of another band); where there is no
    list, lines under an item's head moved to the end of an item of another section."""
    # Truth: a re-banded line keeps its characters; nothing is typed.
    for _ in range(_by_rate(rate, 1, 2, 3)):
        text = tracked.text
        found = sections(text)
        lines = [
            (number, item, line)
            for number, (_, under) in enumerate(found)
            for item in under
            if "\n" in text[slice(*item)] and len(body_lines(text, item)) >= 2
            for line in body_lines(text, item)
            if APPLICANT_LINE.fullmatch(text, *line)
        ]
        if not lines:
            _line_moved_elsewhere(tracked, rng)
            continue
        number, item, line = rng.choice(lines)
        size = text[slice(*head_line(text, item))]
        others = [
            other
            for n, (_, under) in enumerate(found)
            if n != number
            for other in under
            if "\n" in text[slice(*other)]
        ]
        same = [other for other in others if text[slice(*head_line(text, other))] == size]
        if not others:
            continue
        block_moved(tracked, (line[0] - 1, line[1]), rng.choice(same or others)[1])


def plates_written_together(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Plates respelt by a converter: in one item (half, every one) holding plates, each
    written run together ("AB12 CDE" as "AB12CDE") or, half the time, with its space (the
    other way round where none is to change)."""
    # Truth: only a plate's space is cut or typed; the rest of the line stays.
    joined = rng.random() < 0.5
    _each_unit(tracked, rng, rate, PLATE, lambda t, unit: plates_respelt(t, unit, joined))


# -- scripts -------------------------------------------------------------------------------------


def cham_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Cham on one side: in one item with Cham (half, every one) the vowel
    signs i and ii, u and ue each written as the other or, half the time, the final ng as a
    letter where it was a sign and the other way."""
    # Truth: a mark is typed over; a Cham word keeps its letters. The Vietnamese stays.
    vowels = rng.random() < 0.5
    _each_unit(tracked, rng, rate, CHAM_RUN, lambda t, unit: cham_respelt(t, unit, vowels))


def rejang_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Rejang on one side: in one item with Rejang (half, every one) the
    vowel signs i and e, u and o each written as the other or, half the time, the consonant
    signs ng and n; and, half the time, the virama left out."""
    # Truth: a mark is typed over or cut; a Rejang word keeps its letters. The Indonesian
    # stays.
    vowels, dropped = rng.random() < 0.5, rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, REJANG_RUN, lambda t, unit: rejang_respelt(t, unit, vowels, dropped)
    )


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH42_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH42_FAMILIES: dict[str, Family] = {
    "repairs closed": repairs_closed,
    "repairs re-sorted by flat": repairs_resorted,
    "jobs withdrawn": jobs_withdrawn,
    "charges corrected": charges_corrected,
    "rota rotated": rota_rotated,
    "minutes struck": minutes_struck,
    "actions moved": actions_moved,
    "notices merged": notices_merged,
    "applicants re-banded": applicants_rebanded,
    "plates respelt": plates_written_together,
    "cham respelt": cham_respelt_one_side,
    "rejang respelt": rejang_respelt_one_side,
    "combined": combined,
}


def fresh42_text(seed: int, rng: random.Random) -> str:
    """A repairs log, a service-charge schedule, a rota, minutes, fire notices, a waiting
    list, a permit register, a Cham/Vietnamese or a Rejang/Indonesian notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a flat, a fault with its flat, an amount, a person, a
#: plate, a minute's number, the recurring lines.
SHORT = (
    FLAT,
    re.compile(r"\bFlat [0-9]{1,2}[A-D]  [A-Z][a-z]+(?: [a-z]+)+"),
    AMOUNT,
    PERSON,
    PLATE,
    re.compile(r"^[0-9]{1,2}\. [A-Z][a-z]+", re.M),
    re.compile(re.escape(AWAITING)),
    re.compile(re.escape(ACCESS)),
    re.compile(re.escape(ACTION)),
    re.compile(re.escape(NO_LIFT)),
    re.compile(re.escape(VALID)),
)


def _script_clauses(text: str) -> list[Span]:
    """Cham and Rejang runs and words (up to a space), and runs of two or three words."""
    found: list[Span] = []
    for run, words_of in [
        *((m, CHAM_WORD) for m in CHAM_RUN.finditer(text)),
        *((m, REJANG_WORD) for m in REJANG_RUN.finditer(text)),
    ]:
        if len(run[0]) < 3:
            continue
        found.append(run.span())
        words = [m.span() for m in words_of.finditer(text, *run.span())]
        found.extend(word for word in words if word[1] - word[0] >= 2)
        found.extend((a[0], b[1]) for a, b in itertools.pairwise(words))
        found.extend((a[0], c[1]) for a, _, c in zip(words, words[1:], words[2:], strict=False))
    return found


def _lines_of(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Span]:
    """Item lines that one of ``patterns`` matches whole: a job, a charge, a rota week, an
    action, an applicant, a permit."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh42_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a week of jobs,
    a flat's charges, a task's weeks, a minute, a notice, a size's applicants, a car park's
    bays, a bilingual notice), clauses, whole lines, the lines that matter most (a job, a
    charge, a rota week, an action, an applicant, a permit), two lines of an item, section
    headings, one occurrence of a line the page repeats or of a short line that recurs
    ("Access: key with the caretaker", "Do not use the lift", "Valid to 31 March 2027") or
    words inside one, a line whose words stand in another item, head lines, last lines,
    something short (a flat, a fault, an amount, a person, a plate, a minute's number), Cham
    and Rejang runs, words and runs of words, two items across their blank line, notes'
    sentences, two sentences across a paragraph break, whole sections; each passage once
    while pools last. (``count`` is how many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (JOB_LINE, CHARGE_LINE, ROTA_LINE, ACTION_LINE, APPLICANT_LINE, PERMIT_LINE)
    pools = [
        (0.07, found),
        (0.14, clauses_of(text, all_sentences)),
        (0.24, _trimmed(text, item_lines(text))),
        (0.29, _lines_of(text, key_lines)),
        (0.33, _two_lines(text)),
        (0.36, [heading for heading, _ in sections(text)]),
        (0.44, repeated),
        (0.49, [span for group in short_lines(text, 36).values() for span in group]),
        (0.53, inside),
        (0.57, [words for lines in _echoed(text).values() for words in lines]),
        (0.61, [head_line(text, item) for item in found]),
        (0.65, [last_line(text, item) for item in found]),
        (0.72, [s for s in _trimmed(text, short) if s[1] - s[0] >= 2]),
        (0.80, _trimmed(text, _script_clauses(text))),
        (
            0.85,
            [(a[0], b[1]) for run in item_runs(text) for a, b in itertools.pairwise(run)],
        ),
        (0.89, [s for note in notes(text) for s in note_sentences(text, note)]),
        (0.94, _across(text)),
        (0.98, [(heading[0], under[-1][1]) for heading, under in sections(text) if under]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
