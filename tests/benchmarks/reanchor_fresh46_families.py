"""Forty-sixth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh46`` prints it as "forty-sixth fresh held-out material"). The texts are
what a national park, its campsite and its rangers publish and revise, each version a full
page (``reanchor_fresh46_texts`` and ``reanchor_fresh46_more_texts``): a trail-conditions list
by day (one line a trail, "Ridge Loop  7.4 km  Open", "Open", "Closed" and "Caution: mud"
recurring word for word, the same line day after day, twins one word and one figure apart,
"Ridge Loop  7.4 km" and "Ridge Link  4.7 km"), pitch bookings by night ("Pitch 14  Novak, J.
2 adults  Paid", pitches one figure apart, "Pitch 14" and "Pitch 41", "Paid" and "Unpaid"
repeated, guests one letter apart, "Berg, A." and "Borg, A."), a permit and fee table (fees
one figure apart, "€8.50" and "€5.80", the same concession lines under every permit), a
ranger duty roster (huts and shifts, "07:00–15:00  Ilse Varga", rangers one letter apart,
"Ilse Varga" and "Ilse Vargo"), a wildlife-sightings log ("Red deer, 3  NT 4521 8830  07:40",
"Red deer, 3" repeated, grid references one digit apart, the same species on neighbouring
lines), a shuttle-bus timetable (the same stops for every run, runs an hour apart), fire-danger
notices ("FD-0512 · Zone A · until 10 May", "No open fires or barbecues" recurring, numbers
one figure apart), a New Tai Lue/Chinese notice for a forest-temple festival (New Tai Lue
with vowel signs before and after the consonant, finals, tone marks and its own digits; the
procession and its twin one figure apart) and a Newa/Nepali notice for a trekking-permit
office (Newa with its vowel signs, virama, anusvara and candrabindu as combining marks, its
own digits and danda; the opening hour and its twin one figure apart).

The families are what rangers, booking clerks and converters do between two versions: trail
statuses changed in place ("Open" as "Closed" or "Caution: mud"); trails closed for good
(gone from a day on, their twin one figure apart and their earlier days' copies staying);
bookings cancelled and the rest of each field re-sorted by guest; fees corrected by one
figure; rangers' names corrected to their twin one letter apart ("Ilse Varga" as "Ilse
Vargo"); sightings of one species on neighbouring lines merged into one line (counts added,
times joined as "07:40–08:40"); sightings re-sorted by species; shuttle runs retimed ten
minutes later; fire notices expired and pruned; the trail list copied out of two columns
read row by row; New Tai Lue respelt (tone marks left out, vowel signs changed); Newa respelt
(vowel signs changed, anusvara and candrabindu exchanged); and a mix. All thirteen keys are
new; new in kind are the names corrected to their twins (one letter typed over so a name
reads as another on the page), the sightings merged (a line gone but for its time, moved into
its neighbour), the bookings cancelled with the survivors re-sorted, the two columns read row
by row (a line moved onto another's row, the line break typed over as spaces), and the New
Tai Lue and Newa respellings (the others follow earlier rounds' families on new texts).

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Ridge Loop  7.4 km  Open", "Student or over
65  €5.80", "Red deer, 3 …", "No open fires or barbecues", a booking or a duty on several
days) are each their own passage, wherever their twins move or whichever of them is cut. A
re-sorted booking or sighting and a line set on another's row keep their characters; a
status, a fee's figure, a name's letter, a count, a retimed figure, the gap between columns,
a New Tai Lue or Newa mark are typed over, typed in or cut: the rest of the passage stays. A
closed trail's lines, a cancelled booking, an expired notice (with its lines) and a merged
sighting (but for its time) are gone; their twins and copies stay.
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
from tests.benchmarks.reanchor_fresh42_edits import amount_corrected
from tests.benchmarks.reanchor_fresh44_families import _repeated_lines_dropped
from tests.benchmarks.reanchor_fresh46_edits import (
    distances_apart,
    letters_typed_over,
    newa_respelt,
    next_status,
    rows_from_columns,
    run_retimed,
    sightings_merged,
    tai_lue_respelt,
)
from tests.benchmarks.reanchor_fresh46_kit import (
    BOOKING,
    BOOKING_LINE,
    DUTY_LINE,
    FEE,
    FEE_LINE,
    FIRE_HEAD,
    FIRE_LEVEL,
    GRID,
    NEWA_RUN,
    NEWA_WORD,
    NO_FIRES,
    PITCH,
    RANGER,
    RANGER_TWINS,
    SIGHTING_LINE,
    STOP,
    STOP_LINE,
    TAI_LUE_RUN,
    TAI_LUE_WORD,
    TRAIL,
    TRAIL_LINE,
)
from tests.benchmarks.reanchor_fresh46_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the forty-sixth fresh held-out material (never used while tuning).
FRESH46_SEEDS = range(46100, 46110)
#: Fire notices that expire first: those standing until 10 May.
EXPIRING = "until 10 May"
#: Each ranger and the twin one letter apart a clerk corrects the name to.
TWIN_OF = {one: other for pair in RANGER_TWINS for one, other in (pair, pair[::-1])}


def _matching_lines(text: str, item: Span, pattern: re.Pattern[str]) -> list[Span]:
    """The body lines of ``item`` that ``pattern`` matches whole."""
    return [line for line in body_lines(text, item) if pattern.fullmatch(text, *line)]


# -- the trail-conditions list -------------------------------------------------------------------


def trail_statuses_changed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Trail statuses changed in place: trails (one, three, six) posted anew after the
    morning round ("Open" as "Closed" or "Caution: mud", "Closed" as "Open")."""
    # Truth: the status is typed over; the trail and its distance stay.
    found = list(TRAIL.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 3, 6)))
    for trail in sorted(chosen, key=lambda m: m.start(), reverse=True):
        tracked.replace(trail.start(3), len(trail[3]), next_status(trail[3], rng))


def trails_closed_for_good(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Trails closed for good: trails (one, two, three) whose distance has a twin one figure
    apart on the page ("Ridge Link  4.7 km" goes, "Ridge Loop  7.4 km" stays) taken off the
    list from a day on, never both of a pair and never an area's last trail; where there
    are none, lines standing twice or more dropped once, or items cut."""
    # Truth: a closed trail's lines from that day on are gone; its twin stays, as do its own
    # lines word for word on the days before.
    text = tracked.text
    trails = [
        (line, TRAIL.fullmatch(text, *line))
        for item in items(text)
        for line in _matching_lines(text, item, TRAIL_LINE)
    ]
    distances = {match[2] for _, match in trails if match}
    twinned = sorted(
        {
            match[1]
            for _, match in trails
            if match and any(distances_apart(match[2], other) for other in distances)
        }
    )
    count = _by_rate(rate, 1, 2, 3)
    if not twinned:
        _repeated_lines_dropped(tracked, rng, count)
        return
    distance_of = {match[1]: match[2] for _, match in trails if match}
    closed: list[str] = []
    for name in rng.sample(twinned, len(twinned)):
        if len(closed) < count and not any(
            distances_apart(distance_of[name], distance_of[other]) for other in closed
        ):
            closed.append(name)
    days = sections(text)
    since = days[rng.randrange(len(days) // 2, len(days))][0][0]
    gone: list[Span] = []
    for item in items(text):
        lines = body_lines(text, item)
        leaving = [
            line
            for line in lines
            if line[0] > since
            and (match := TRAIL_LINE.fullmatch(text, *line)) is not None
            and match[1] in closed
        ]
        gone += leaving[: len(lines) - 1]
    if not gone:  # the day chosen holds none of them: the first closed trail's last line
        gone = [max(line for line, match in trails if match and match[1] == closed[0])]
    for line in sorted(gone, reverse=True):
        line_dropped(tracked, line)


def trail_list_from_columns(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The trail list copied out of a two-column PDF, read row by row: in one item holding
    three trails or more (half, every one) the lines set in two columns, so each right-hand
    line follows the left-hand line of its row after a gap of spaces; where no item holds
    trails, items of three lines or more under their head."""
    # Truth: every line keeps its characters; a right-hand line is moved onto the row, the
    # line break before it typed over as the gap.
    text = tracked.text
    found = [item for item in items(text) if len(_matching_lines(text, item, TRAIL_LINE)) >= 3]
    found = found or [item for item in items(text) if len(body_lines(text, item)) >= 3]
    gap = rng.choice((" ", "  ", "    "))
    chosen = rng.sample(found, _by_rate(rate, 1, max(1, len(found) // 2), len(found)))
    for item in sorted(chosen, reverse=True):
        rows_from_columns(tracked, item, gap)


# -- the bookings and the fees -------------------------------------------------------------------


def _guest(text: str, line: Span) -> str:
    """A booking line's guest, as a clerk sorts it."""
    booking = BOOKING.fullmatch(text, *line)
    assert booking is not None
    return booking[2].casefold()


def bookings_cancelled_and_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Bookings cancelled and the list re-sorted: bookings (one, two, four) taken off, never
    a field's last two lines, then in every field the bookings put in order of the guest's
    name instead of the pitch; where there are no bookings, lines standing twice or more
    dropped once, or items cut."""
    # Truth: a cancelled booking's line is gone (the same guest's line on other nights
    # stays); every other booking moves whole with its characters.
    text = tracked.text
    fields = [(item, _matching_lines(text, item, BOOKING_LINE)) for item in items(text)]
    fields = [(item, lines) for item, lines in fields if lines]
    count = _by_rate(rate, 1, 2, 4)
    if not fields:
        _repeated_lines_dropped(tracked, rng, count)
        return
    room = {item: len(body_lines(text, item)) - 2 for item, _ in fields}
    cancelled: list[Span] = []
    candidates = [(item, line) for item, lines in fields for line in lines]
    for item, line in rng.sample(candidates, len(candidates)):
        if len(cancelled) < count and room[item] > 0:
            cancelled.append(line)
            room[item] -= 1
    for line in sorted(cancelled, reverse=True):
        line_dropped(tracked, line)
    for item in reversed(items(tracked.text)):
        text = tracked.text
        lines = body_lines(text, item)
        run = 0
        while run < len(lines) and BOOKING_LINE.fullmatch(text, *lines[run]):
            run += 1
        if run < 2:
            continue
        units = [(start - 1, end) for start, end in lines[:run]]
        keys = [_guest(text, line) for line in lines[:run]]
        order = sorted(range(run), key=lambda i: (keys[i], i))
        if order != sorted(order):
            reorder(tracked, units, order)


def fees_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Fees corrected: fees (one, two, four) put right by one figure, half of them two
    figures of the euros transposed ("€15.20" as "€51.20"), the others (and a one-figure
    euro) their last euro one on ("€8.50" as "€9.50", a 9 one back)."""
    # Truth: one or two figures typed over; the rest of every passage holding the fee stays.
    found = list(FEE.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for fee in sorted(chosen, key=lambda m: m.start(), reverse=True):
        amount_corrected(tracked, fee, rng.random() < 0.5)


# -- the roster, the sightings, the shuttle, the fire notices -----------------------------------


def ranger_names_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Rangers' names corrected: names (one, two, four) that have a twin one letter apart
    written as the twin ("Ilse Varga" as "Ilse Vargo"), as the chief ranger puts a
    misassigned shift right."""
    # Truth: the one letter is typed over; the rest of the name and the shift stay.
    found = [name for name in RANGER.finditer(tracked.text) if name[1] in TWIN_OF]
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for name in sorted(chosen, key=lambda m: m.start(), reverse=True):
        letters_typed_over(tracked, name.span(1), TWIN_OF[name[1]])


def _neighbours_of_a_species(text: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """Sightings of one species on neighbouring lines of an item, as (first, second)."""
    pairs = []
    for item in items(text):
        lines = body_lines(text, item)
        for one, other in itertools.pairwise(lines):
            first = SIGHTING_LINE.fullmatch(text, *one)
            second = SIGHTING_LINE.fullmatch(text, *other)
            if first and second and first[1] == second[1] and "–" not in first[4] + second[4]:
                pairs.append((first, second))
    return pairs


def sightings_merged_at_the_office(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sightings merged: two neighbouring lines of one species (one, two, four pairs, none
    sharing a line) made one at the office, the counts added and the times joined ("Red deer,
    3 … 07:40" and "Red deer, 2 … 08:40" as "Red deer, 5 … 07:40–08:40"); where there are no
    such pairs, lines standing twice or more dropped once, or items cut."""
    # Truth: the first line stays with its count typed over and the second's time moved
    # onto it after a typed dash; the rest of the second line is gone.
    pairs = _neighbours_of_a_species(tracked.text)
    count = _by_rate(rate, 1, 2, 4)
    if not pairs:
        _repeated_lines_dropped(tracked, rng, count)
        return
    chosen: list[tuple[re.Match[str], re.Match[str]]] = []
    for first, second in rng.sample(pairs, len(pairs)):
        used = {m.start() for pair in chosen for m in pair}
        if len(chosen) < count and not {first.start(), second.start()} & used:
            chosen.append((first, second))
    for first, second in sorted(chosen, key=lambda pair: pair[0].start(), reverse=True):
        sightings_merged(tracked, first, second)


def sightings_resorted_by_species(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The log re-sorted by species: in every sector the sightings put in order of their
    species (those of one species in their order); where there is nothing so to sort (or it
    is sorted already), the items of the longest run turned round."""
    # Truth: every sighting moves whole with its characters; nothing is typed.
    before = tracked.text
    for item in reversed(items(tracked.text)):
        text = tracked.text
        lines = body_lines(text, item)
        matches: list[re.Match[str]] = []
        while len(matches) < len(lines) and (
            match := SIGHTING_LINE.fullmatch(text, *lines[len(matches)])
        ):
            matches.append(match)
        if len(matches) < 2:
            continue
        units = [(start - 1, end) for start, end in lines[: len(matches)]]
        order = sorted(range(len(matches)), key=lambda i: (matches[i][1], i))
        if order != sorted(order):
            reorder(tracked, units, order)
    if tracked.text == before:
        run = max(item_runs(tracked.text), key=len)
        reorder(tracked, [(start - 2, end) for start, end in run], list(range(len(run)))[::-1])


def shuttle_runs_retimed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Shuttle runs retimed: in one run (half, every one) every stop ten minutes later
    ("08:10  Visitor centre" as "08:20  Visitor centre")."""
    # Truth: the changed figures of each time are typed over; the stops stay.
    _each_unit(tracked, rng, rate, STOP, lambda t, unit: run_retimed(t, unit, 10))


def fire_notices_expired(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Fire notices expired and pruned: notices (one, two, four) that stood until 10 May
    taken down whole, or others when too few did, two always left; where there are none,
    lines standing twice or more dropped once, or items cut."""
    # Truth: an expired notice is gone with its lines ("No open fires or barbecues", its
    # level); the same lines word for word in the notices that stay stay.
    text = tracked.text
    notices = [item for item in items(text) if FIRE_HEAD.fullmatch(text, *head_line(text, item))]
    count = _by_rate(rate, 1, 2, 4)
    if len(notices) < 3:
        _repeated_lines_dropped(tracked, rng, count)
        return
    expired = [item for item in notices if EXPIRING in text[slice(*head_line(text, item))]]
    others = [item for item in notices if item not in expired]
    chosen = rng.sample(expired, min(count, len(expired), len(notices) - 2))
    chosen += rng.sample(others, max(0, min(count - len(chosen), len(others) - 2)))
    for item in sorted(chosen, reverse=True):
        cut(tracked, item)


# -- scripts -------------------------------------------------------------------------------------


def tai_lue_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's New Tai Lue: in one item with New Tai Lue (half, every one) the tone
    marks left out and, half the time, the vowel signs u and uu each written as the other
    and e as ae."""
    # Truth: a mark is typed over or cut; a word keeps its letters. The Chinese stays.
    vowels = rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, TAI_LUE_RUN, lambda t, unit: tai_lue_respelt(t, unit, vowels, True)
    )


def newa_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Newa: in one item with Newa (half, every one) the short and long i and
    u signs each written as the other and, half the time, the anusvara and the candrabindu
    each written as the other."""
    # Truth: a mark is typed over; a word keeps its letters. The Nepali stays.
    nasals = rng.random() < 0.5
    _each_unit(tracked, rng, rate, NEWA_RUN, lambda t, unit: newa_respelt(t, unit, True, nasals))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH46_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH46_FAMILIES: dict[str, Family] = {
    "trail statuses changed": trail_statuses_changed,
    "trails closed for good": trails_closed_for_good,
    "trail list from two columns": trail_list_from_columns,
    "bookings cancelled, re-sorted by guest": bookings_cancelled_and_resorted,
    "permit fees corrected": fees_corrected,
    "ranger names corrected to twins": ranger_names_corrected,
    "sightings merged": sightings_merged_at_the_office,
    "sightings re-sorted by species": sightings_resorted_by_species,
    "shuttle runs retimed": shuttle_runs_retimed,
    "fire notices expired": fire_notices_expired,
    "new tai lue respelt": tai_lue_respelt_one_side,
    "newa respelt": newa_respelt_one_side,
    "combined": combined,
}


def fresh46_text(seed: int, rng: random.Random) -> str:
    """A trail list, pitch bookings, a fee table, a ranger roster, a sightings log, a
    shuttle timetable, fire notices, a New Tai Lue/Chinese or a Newa/Nepali notice, by
    seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a pitch, a fee, a ranger, a grid reference, a distance,
#: a status, a species with its count, a stop's time, a notice's number, a fire level, the
#: recurring rule.
SHORT = (
    PITCH,
    FEE,
    RANGER,
    GRID,
    re.compile(r"\b[0-9]{1,2}\.[0-9] km\b"),
    re.compile(r"\bOpen\b|\bClosed\b|\bCaution: mud\b|\bUnpaid\b"),
    re.compile(r"\b(?:Red deer|Chamois|Ibex|Marmot), [0-9]{1,2}\b"),
    STOP,
    re.compile(r"\bFD-[0-9]{4}\b"),
    FIRE_LEVEL,
    re.compile(re.escape(NO_FIRES)),
)


def _script_clauses(text: str) -> list[Span]:
    """New Tai Lue and Newa runs and words (up to a space), and runs of two or three
    words."""
    found: list[Span] = []
    for run, words_of in [
        *((m, TAI_LUE_WORD) for m in TAI_LUE_RUN.finditer(text)),
        *((m, NEWA_WORD) for m in NEWA_RUN.finditer(text)),
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
    """Item lines that one of ``patterns`` matches whole: a trail, a booking, a fee, a duty,
    a sighting, a stop."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh46_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (an area's
    trails, a field's bookings, a season's fees, a hut's shifts, a sector's sightings, a
    run, a fire notice, a bilingual notice), clauses, whole lines, the lines that matter most
    (a trail, a booking, a fee, a duty, a sighting, a stop), two lines of an item, section
    headings, one occurrence of a line the page repeats or of a short line that recurs ("No
    open fires or barbecues", "Lakeside") or words inside one, a line whose words stand in
    another item, head lines, last lines, something short (a pitch, a fee, a ranger, a grid
    reference, a distance, a status, a count, a stop's time, a notice's number), New Tai Lue
    and Newa runs, words and runs of words, two items across their blank line, notes'
    sentences, two sentences across a paragraph break, whole sections; each passage once
    while pools last. (``count`` is how many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (TRAIL_LINE, BOOKING_LINE, FEE_LINE, DUTY_LINE, SIGHTING_LINE, STOP_LINE)
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
