"""Forty-fourth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh44`` prints it as "forty-fourth fresh held-out material"). The texts are
what a small regional airport and the airlines using it publish and revise, each version a
full page (``reanchor_fresh44_texts`` and ``reanchor_fresh44_more_texts``): a departures and
arrivals board by day (one line a flight, "08:40  KX 214  Port Vell  Gate 3  On time", "On
time", "Delayed" and "Boarding" recurring word for word, the same flight word for word on
several days, flight numbers one figure apart, "KX 214" and "KX 241", times one digit apart,
"06:40" and "07:40"), a seasonal timetable (the same routes for every season, days of
operation as "Days 1.3.5.7", "Operated by Kestrel Air" under many routes), a fare table by
route and period (fares one figure apart, "€129.00" and "€192.00", "Taxes and charges
included" repeated), a notice-to-airmen digest (coded lines, "E) RWY 09/27 CLSD 2200-0500"
and the Q) line recurring, numbers one figure apart), a lost-property log ("LP-0412  Black
umbrella", the umbrella repeated, references one on from each other), a staff duty roster
(desks and shifts, "06:00–14:00  Marta Vidal", names one letter apart, "Marta Vidal" and
"Marta Vital"), a baggage-allowance table ("Checked bag  1 × 23 kg" under every brand, "23 kg"
and "32 kg"), a Tagbanwa/Filipino notice for a festival charter flight (Tagbanwa with its
vowel signs as combining marks and the Philippine strokes; the departure and its twin one
figure apart) and a Hanunoo/Filipino notice for a ferry-and-flight connection (Hanunoo with
its vowel signs and the pamudpod as combining marks; the sailing and its twin one figure
apart).

The families are what duty managers, schedulers and converters do between two versions:
statuses posted on the board in place ("On time" as "Delayed 09:15", "Boarding" as "Gate
closed"); flights cancelled while their twins one figure apart stay; the board re-sorted by
gate; the timetable's season rolled (days of operation changed, a day added or dropped); fares
corrected by one figure (transposed, "€129.00" as "€219.00", or one figure on); NOTAMs
expired and pruned (the recurring runway closure gone once, its copies staying); lost items
claimed and the log renumbered; duties exchanged between two people of a day; the timetable
copied out of a PDF (running heads "Page 2 of 6" between routes and words hyphenated at line
ends); allowances given in pounds too; Tagbanwa respelt; Hanunoo respelt; and a mix. All
thirteen keys are new; new in kind are the season rolled (day patterns typed anew), the
NOTAMs pruned by expiry, the lost items claimed with the references renumbered one down (so a
reference becomes its gone neighbour's), the PDF copy with running heads, the allowances in
pounds, and the Tagbanwa and Hanunoo respellings (the others follow earlier rounds' families on
new texts).

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("On time", "E) RWY 09/27 CLSD 2200-0500",
"Black umbrella", "Checked bag  1 × 23 kg", a flight's line on several days) are each their own
passage, wherever their twins move or whichever of them is cut. A re-sorted flight and an
exchanged name keep their characters; a posted status, a rolled day pattern, a corrected
fare, a renumbered reference's figures, a running head, a hyphen, pounds and a Tagbanwa or
Hanunoo mark are typed over, typed in or cut: the rest of the passage stays. A cancelled
flight, an expired NOTAM (with its lines) and a claimed item (with the line under it) are gone;
their twins stay.
"""

from __future__ import annotations

import itertools
import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
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
from tests.benchmarks.reanchor_fresh40_edits import lines_swapped
from tests.benchmarks.reanchor_fresh42_edits import amount_corrected
from tests.benchmarks.reanchor_fresh44_edits import (
    days_rolled,
    hanunoo_respelt,
    names_exchanged,
    posted_status,
    references_renumbered,
    status_posted,
    tagbanwa_respelt,
    weights_in_pounds,
)
from tests.benchmarks.reanchor_fresh44_kit import (
    ALLOWANCE_LINE,
    DAYS,
    DUTY_LINE,
    FARE,
    FARE_LINE,
    FLIGHT,
    FLIGHT_LINE,
    FLIGHT_NUMBER,
    HANUNOO_RUN,
    HANUNOO_WORD,
    LOST_LINE,
    NOTAM_HEAD,
    PERSON,
    POSTABLE,
    REFERENCE,
    RUNWAY_CLOSED,
    TAGBANWA_RUN,
    TAGBANWA_WORD,
    TIMETABLE_LINE,
    UMBRELLA,
    WEIGHT,
)
from tests.benchmarks.reanchor_fresh44_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the forty-fourth fresh held-out material (never used while tuning).
FRESH44_SEEDS = range(44100, 44110)
#: NOTAMs that expire first: those ending on 9 March.
EXPIRING = "C) 2603090500"


def figure_apart(one: str, other: str) -> bool:
    """Whether two words of the same length differ by one character or by two neighbouring
    characters swapped ("KX 214" and "KX 215", "KX 214" and "KX 241")."""
    if len(one) != len(other) or one == other:
        return False
    differ = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
    if len(differ) == 1:
        return True
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and (one[differ[0]], one[differ[1]]) == (other[differ[1]], other[differ[0]])
    )


def _body_units(text: str, head: re.Pattern[str]) -> list[tuple[Span, Span]]:
    """Lines of items that ``head`` matches whole, each with the lines under it up to the
    next such line, as (the unit, its first line); only units whose item keeps its head and
    one line more without them."""
    found = []
    for item in items(text):
        lines = body_lines(text, item)
        for index, line in enumerate(lines):
            if not head.fullmatch(text, *line):
                continue
            after = index + 1
            while after < len(lines) and not head.fullmatch(text, *lines[after]):
                after += 1
            if len(lines) - (after - index) >= 1:
                found.append(((line[0], lines[after - 1][1]), line))
    return found


def _repeated_lines_dropped(tracked: TrackedText, rng: random.Random, count: int) -> None:
    """Item lines that stand twice or more dropped once each (never every copy; ``count`` of
    them); where there are none, items (one, or two of six or more) cut."""
    text = tracked.text
    lines = [
        line
        for item in items(text)
        if len(body_lines(text, item)) >= 2
        for line in body_lines(text, item)
    ]
    words = [text[slice(*line)] for line in lines]
    repeated = [line for line, said in zip(lines, words, strict=True) if words.count(said) >= 2]
    chosen: list[Span] = []
    for line in rng.sample(repeated, len(repeated)):
        said = text[slice(*line)]
        if len(chosen) < count and sum(text[slice(*o)] == said for o in chosen) + 1 < words.count(
            said
        ):
            chosen.append(line)
    for line in sorted(chosen, reverse=True):
        line_dropped(tracked, line)
    if chosen:
        return
    for _ in range(min(count, 2)):
        found = items(tracked.text)
        if len(found) < 6:
            break
        cut(tracked, rng.choice(found[1:]))


# -- the board ----------------------------------------------------------------------------------


def statuses_posted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Statuses posted on the board: flights (one, three, six) "On time", "Boarding" or
    "Delayed" given what the duty manager posts in place ("On time" as "Delayed 09:15" or
    "Boarding", "Boarding" as "Gate closed" or "Departed 08:52")."""
    # Truth: the status is typed over; the time, the flight, the place and the gate stay.
    found = [flight for flight in FLIGHT.finditer(tracked.text) if flight[5] in POSTABLE]
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 3, 6)))
    for flight in sorted(chosen, key=lambda m: m.start(), reverse=True):
        status_posted(tracked, flight, posted_status(flight[5], flight[1], rng))


def flights_cancelled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Flights cancelled: board lines (one, two, three) whose flight has a twin one figure
    apart on the page ("KX 241" goes, "KX 214" stays) taken off, never both of a pair; where
    there are none, lines standing twice or more dropped once, or items cut."""
    # Truth: a cancelled flight's line is gone; its twin stays, as does every other copy of
    # the same line on another day.
    text = tracked.text
    units = [line for _, line in _body_units(text, FLIGHT_LINE)]
    numbers = [FLIGHT.fullmatch(text, *line)[2] for line in units]  # type: ignore[index]
    everywhere = {m[0] for m in FLIGHT_NUMBER.finditer(text)}
    twinned = [
        (line, number)
        for line, number in zip(units, numbers, strict=True)
        if any(figure_apart(number, other) for other in everywhere)
    ]
    count = _by_rate(rate, 1, 2, 3)
    if not twinned:
        _repeated_lines_dropped(tracked, rng, count)
        return
    chosen: list[tuple[Span, str]] = []
    for line, number in rng.sample(twinned, len(twinned)):
        if len(chosen) < count and not any(
            figure_apart(number, other) or number == other for _, other in chosen
        ):
            chosen.append((line, number))
    for line, _ in sorted(chosen, reverse=True):
        line_dropped(tracked, line)


def _gate(text: str, line: Span) -> int:
    """A board line's gate."""
    flight = FLIGHT.fullmatch(text, *line)
    assert flight is not None
    return int(flight[4])


def board_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The board re-sorted by gate: in every block of hours, the flights (each with the
    lines under it) put in order of their gates; where there is nothing so to sort (or it is
    sorted already), the items of the longest run turned round."""
    # Truth: every sorted flight moves whole with its characters; nothing is typed.
    before = tracked.text
    for item in reversed(items(tracked.text)):
        text = tracked.text
        lines = body_lines(text, item)
        starts = [i for i, line in enumerate(lines) if FLIGHT_LINE.fullmatch(text, *line)]
        if len(starts) < 2 or starts[0] != 0:
            continue
        ends = [*(i - 1 for i in starts[1:]), len(lines) - 1]
        units = [(lines[i][0] - 1, lines[end][1]) for i, end in zip(starts, ends, strict=True)]
        keys = [_gate(text, lines[i]) for i in starts]
        order = sorted(range(len(units)), key=lambda i: (keys[i], i))
        if order != sorted(order):
            reorder(tracked, units, order)
    if tracked.text == before:
        run = max(item_runs(tracked.text), key=len)
        reorder(tracked, [(start - 2, end) for start, end in run], list(range(len(run)))[::-1])


# -- the timetable -----------------------------------------------------------------------------


def season_rolled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The season rolled: in one season (half of them, every one) each flight's days of
    operation changed for the next, a day added or dropped ("Days 1.3.5.7" as "Days
    1.3.5.6.7"); where no section has days, every pattern on the page."""
    # Truth: the days' figures are typed anew; the flight and its times stay.
    text = tracked.text
    having = [
        (heading[0], under[-1][1])
        for heading, under in sections(text)
        if under and DAYS.search(text, heading[0], under[-1][1])
    ]
    spans = having or [(0, len(text))]
    count = _by_rate(rate, 1, max(1, len(spans) // 2), len(spans))
    for span in sorted(rng.sample(spans, count), reverse=True):
        for days in reversed(list(DAYS.finditer(tracked.text, *span))):
            days_rolled(tracked, days, rng)


def _running_head(title: str, page: int, pages: int) -> str:
    """A PDF page's running head: the title, then "Page 2 of 6"."""
    return f"{title} · Page {page} of {pages}"


def copied_from_pdf(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: a running head ("Timetable — … · Page 2 of 6") before
    every few items (every eighth, fifth, third) where a page of the PDF began, and long words
    of item lines (one, three, six) broken at the line's end with a hyphen."""
    # Truth: the heads, the hyphens and the line breaks are typed in; every word keeps its
    # letters on both sides of the break.
    text = tracked.text
    title = text[: text.index("\n")]
    lines = [line for line in item_lines(text) if line[1] - line[0] >= 24]
    words = [
        (line[0] + m.start(), line[0] + m.end())
        for line in lines
        for m in re.finditer(r"[A-Za-z]{7,}", text[slice(*line)])
    ]
    breaks = [
        start + rng.randint(3, end - start - 3)
        for start, end in rng.sample(words, min(len(words), _by_rate(rate, 1, 3, 6)))
    ]
    every = _by_rate(rate, 8, 5, 3)
    heads = [item[0] for index, item in enumerate(items(text)) if index and index % every == 0]
    page = len(heads) + 1
    edits = [(at, True) for at in breaks] + [(at, False) for at in heads]
    for at, hyphen in sorted(edits, reverse=True):
        if hyphen:
            tracked.replace(at, 0, "-\n")
        else:
            tracked.replace(at, 0, f"{_running_head(title, page, len(heads) + 1)}\n\n")
            page -= 1
    if tracked.text == text:  # nothing to break: the head of the one page
        tracked.replace(_paragraphs(text)[-1][0], 0, f"{_running_head(title, 1, 1)}\n\n")


# -- the fares, the NOTAMs, the lost property, the roster, the baggage ---------------------------


def fares_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Fares corrected: fares (one, two, four) put right by one figure, half of them two
    figures transposed ("€129.00" as "€219.00", which may be another fare), the others their
    last euro one on ("€192.00" as "€193.00", a 9 one back)."""
    # Truth: one or two figures typed over; the rest of every passage holding the fare stays.
    found = list(FARE.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for fare in sorted(chosen, key=lambda m: m.start(), reverse=True):
        amount_corrected(tracked, fare, rng.random() < 0.5)


def notams_expired(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """NOTAMs expired and pruned: NOTAMs (one, two, four) that ended on 9 March taken out
    whole, or others when too few ended then; where there are none, lines standing twice
    or more dropped once, or items cut."""
    # Truth: an expired NOTAM is gone with its lines (a runway closure, a Q) line); the same
    # lines word for word in the NOTAMs that stay stay.
    text = tracked.text
    notams = [item for item in items(text) if NOTAM_HEAD.fullmatch(text, *head_line(text, item))]
    count = _by_rate(rate, 1, 2, 4)
    if len(notams) < 3:
        _repeated_lines_dropped(tracked, rng, count)
        return
    expired = [item for item in notams if EXPIRING in text[slice(*item)]]
    others = [item for item in notams if item not in expired]
    chosen = rng.sample(expired, min(count, len(expired)))
    chosen += rng.sample(others, min(count - len(chosen), len(others) - 2))
    for item in sorted(chosen, reverse=True):
        cut(tracked, item)


def lost_items_claimed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Lost items claimed: items of the log (one, two, four) taken off with the line under
    them, then every reference numbered anew from where the log began; where there is no log, lines
    standing twice or more dropped once, or items cut."""
    # Truth: a claimed item's line is gone; every later reference has its changed figures
    # typed over (so "LP-0413" may now read as the claimed "LP-0412"), the thing stays.
    units = [unit for unit, _ in _body_units(tracked.text, LOST_LINE)]
    count = _by_rate(rate, 1, 2, 4)
    if not units:
        _repeated_lines_dropped(tracked, rng, count)
        return
    opening = LOST_LINE.search(tracked.text)
    first = REFERENCE.match(tracked.text, opening.start()) if opening else None
    assert first is not None
    for unit in sorted(rng.sample(units, min(count, len(units))), reverse=True):
        line_dropped(tracked, unit)
    references_renumbered(tracked, int(first[1]))


def duties_exchanged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Duties exchanged: two people of one day (one, two, four pairs) swap shifts, each name
    moved to the other's line; where there is no roster, two neighbouring lines of an item
    swapped."""
    # Truth: an exchanged name keeps its characters on the other's line; the shift stays.
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        pairs = []
        for _, under in sections(text):
            names = [
                duty.span(1) for paragraph in under for duty in DUTY_LINE.finditer(text, *paragraph)
            ]
            pairs += [
                (one, other)
                for one, other in itertools.combinations(names, 2)
                if text[slice(*one)] != text[slice(*other)]
            ]
        if pairs:
            names_exchanged(tracked, *rng.choice(pairs))
            continue
        neighbours = [
            (a, b)
            for item in items(text)
            for a, b in itertools.pairwise(body_lines(text, item))
            if text[slice(*a)] != text[slice(*b)]
        ]
        if neighbours:
            lines_swapped(tracked, *rng.choice(neighbours))


def allowances_in_pounds(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Allowances given in pounds too: in one item holding weights (half, every one) each
    "23 kg" followed by " (51 lb)"."""
    # Truth: the pounds are typed in after the kilograms; the allowance stays.
    _each_unit(tracked, rng, rate, WEIGHT, weights_in_pounds)


# -- scripts -------------------------------------------------------------------------------------


def tagbanwa_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Tagbanwa: in one item with Tagbanwa (half, every one) the vowel signs
    i and u each written as the other and, half the time, the Philippine strokes typed as
    Latin stops."""
    # Truth: a mark is typed over; a Tagbanwa word keeps its letters. The Filipino stays.
    latin = rng.random() < 0.5
    _each_unit(tracked, rng, rate, TAGBANWA_RUN, lambda t, unit: tagbanwa_respelt(t, unit, latin))


def hanunoo_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Hanunoo: in one item with Hanunoo (half, every one) the vowel signs i
    and u each written as the other, or the pamudpod left out, or both."""
    # Truth: a mark is typed over or cut; a Hanunoo word keeps its letters. The Filipino
    # stays.
    vowels, dropped = rng.choice(((True, False), (False, True), (True, True)))
    _each_unit(
        tracked, rng, rate, HANUNOO_RUN, lambda t, unit: hanunoo_respelt(t, unit, vowels, dropped)
    )


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH44_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH44_FAMILIES: dict[str, Family] = {
    "statuses posted": statuses_posted,
    "flights cancelled": flights_cancelled,
    "board re-sorted by gate": board_resorted,
    "season rolled": season_rolled,
    "fares corrected": fares_corrected,
    "notams expired": notams_expired,
    "lost items claimed": lost_items_claimed,
    "duties exchanged": duties_exchanged,
    "timetable copied from pdf": copied_from_pdf,
    "allowances in pounds": allowances_in_pounds,
    "tagbanwa respelt": tagbanwa_respelt_one_side,
    "hanunoo respelt": hanunoo_respelt_one_side,
    "combined": combined,
}


def fresh44_text(seed: int, rng: random.Random) -> str:
    """A board, a timetable, a fare table, a NOTAM digest, a lost-property log, a duty
    roster, a baggage table, a Tagbanwa/Filipino or a Hanunoo/Filipino notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a flight, a time with its flight, a fare, a person, a
#: reference, days of operation, a weight, the recurring lines and statuses.
SHORT = (
    FLIGHT_NUMBER,
    re.compile(r"\b[0-2][0-9]:[0-5][0-9]  [A-Z]{2} [0-9]{3}"),
    FARE,
    PERSON,
    REFERENCE,
    DAYS,
    re.compile(r"\b[0-9] × [0-9]{1,2} kg\b"),
    re.compile(r"\bOn time\b|\bBoarding\b|\bDelayed\b"),
    re.compile(re.escape(RUNWAY_CLOSED)),
    re.compile(re.escape(UMBRELLA)),
)


def _script_clauses(text: str) -> list[Span]:
    """Tagbanwa and Hanunoo runs and words (up to a space), and runs of two or three words."""
    found: list[Span] = []
    for run, words_of in [
        *((m, TAGBANWA_WORD) for m in TAGBANWA_RUN.finditer(text)),
        *((m, HANUNOO_WORD) for m in HANUNOO_RUN.finditer(text)),
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
    """Item lines that one of ``patterns`` matches whole: a flight, a timetable line, a fare,
    a lost item, a duty, an allowance."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh44_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a block of the
    board, a route, a period's fares, a NOTAM, a place's lost things, a post's shifts, a route
    group's allowances, a bilingual notice), clauses, whole lines, the lines that matter most
    (a flight, a timetable line, a fare, a lost item, a duty, an allowance), two lines of an
    item, section headings, one occurrence of a line the page repeats or of a short line that
    recurs ("E) RWY 09/27 CLSD 2200-0500", "Black umbrella") or words inside one, a line whose
    words stand in another item, head lines, last lines, something short (a flight, a fare, a
    person, a reference, days, a weight, a status), Tagbanwa and Hanunoo runs, words and runs
    of words, two items across their blank line, notes' sentences, two sentences across a
    paragraph break, whole sections; each passage once while pools last. (``count`` is how
    many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (FLIGHT_LINE, TIMETABLE_LINE, FARE_LINE, LOST_LINE, DUTY_LINE, ALLOWANCE_LINE)
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
