"""Forty-third round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh43`` prints it as "forty-third fresh held-out material"). The texts are
what a concert hall, its orchestra and a community choir publish and revise, each version a
full page (``reanchor_fresh43_texts`` and ``reanchor_fresh43_more_texts``): a concert programme
(works in order, each with its movements numbered, "I. Allegro moderato", "II. Adagio", the same
movement names recurring across works, durations one figure apart, "c. 24'" and "c. 42'",
soloists one letter apart), a rehearsal schedule (one line a call, "Tue 14 Oct  19:30–22:00
Full orchestra  Hall B" recurring word for word, calls one digit apart, "18:30–22:00"), a
player list by section and desk ("Desk 3  Inside  Tomas Berg", names one letter apart, "Tomas
Berg" and "Tomas Borg"), a box-office price list by zone and concession (the same concession
lines for every zone, prices one figure apart, "£18.50" and "£15.80"), programme notes (prose
hard-wrapped as printed, quoting the same motto theme, "“frei aber froh”, F–A–F"), the music
library's loan register (catalogue numbers one figure apart, "ML-2041" and "ML-2014", "On loan"
and "Returned" repeated), the choir's part list and seating plan by row ("Seat 4  Maria Santos
Soprano 1"), a Buginese/Indonesian notice for a wedding-music performance (Lontara with its
vowel signs i and u as combining marks, e and o as spacing marks, and the pallawa; the mappacci
evening and its twin one figure apart) and a Buhid/Filipino notice for a community choir's
practice (Buhid with its vowel signs i and u as combining marks and the Philippine
punctuation; the practice and its twin one figure apart).

The families are what concert managers, librarians, choir secretaries and converters do
between two versions: two works swapped in a concert's order (whole, with their movements);
soloists replaced (the name typed over in place); rehearsals cancelled (a call gone while its
twin, word for word or one digit apart, stays); calls moved by half an hour (only the figures
that change typed); players reseated (two players' names change desks, each keeping its
characters); a movement cut and the later ones renumbered (the Roman numerals and the work's
duration typed over); box-office prices corrected by one figure; loans returned (the status
typed over in place, and half the time the register tidied, returned sets moved to the end of
their issue); programme notes copied out of a PDF (line ends hyphenated, running heads "Page 3
of 8" typed in); Buginese respelt (the vowel signs i and e, u and o swapped, the pallawa
sometimes left out); Buhid respelt (the vowel signs i and u swapped, the single punctuation
sometimes left out); duplicate notices pruned (an item whose lines all stand in an earlier
item cut); and a mix. All thirteen keys are new; new in kind are the works swapped whole with
their movements, the movements cut with Roman renumbering and the duration shortened, the
loans returned and moved, and the Buginese and Buhid respellings (the others follow earlier
rounds' families on new texts).

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Tue 14 Oct  19:30–22:00  Full orchestra
Hall B", "II. Adagio", "Student  £15.80", "Rotates with the desk behind", "Bowings marked in
pencil") are each their own passage, wherever their twins move or whichever of them is cut. A
swapped work, a reseated name and a returned set moved to the end keep their characters; a
replaced soloist, a moved call's figures, a renumbered movement's numeral, a shortened
duration, a corrected price, a returned status, a hyphen, a line break made a space, a running
head and a Buginese or Buhid mark are typed over, typed in or cut: the rest of the passage
stays. A cancelled call, a cut movement and a pruned duplicate item are gone (their twins
stay).
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
from tests.benchmarks.reanchor_fresh40_edits import lines_swapped
from tests.benchmarks.reanchor_fresh42_edits import amount_corrected
from tests.benchmarks.reanchor_fresh43_edits import (
    buginese_respelt,
    buhid_respelt,
    line_ends_hyphenated,
    movement_cut,
    running_head_inserted,
    spans_swapped,
    status_returned,
    times_moved,
)
from tests.benchmarks.reanchor_fresh43_kit import (
    ADAGIO,
    BUGINESE_RUN,
    BUGINESE_WORD,
    BUHID_RUN,
    BUHID_WORD,
    CALL,
    CALL_TIMES,
    CATALOGUE,
    DESK_LINE,
    DURATION,
    LOAN,
    LOAN_LINE,
    MOTTO,
    MOVEMENT,
    ON_LOAN,
    PEOPLE,
    PERSON,
    PRICE,
    PRICE_LINE,
    RETURNED,
    SEAT_LINE,
    SOLOIST,
    WORK_HEAD,
)
from tests.benchmarks.reanchor_fresh43_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the forty-third fresh held-out material (never used while tuning).
FRESH43_SEEDS = range(43100, 43110)


def _one_apart(one: str, other: str) -> bool:
    """Whether two lines of the same length differ by one character."""
    return len(one) == len(other) and sum(a != b for a, b in zip(one, other, strict=True)) == 1


def _droppable(text: str) -> list[tuple[Span, Span]]:
    """Lines under an item's head, as (the item, the line), of items keeping two lines or
    more under their head."""
    return [
        (item, line)
        for item in items(text)
        if len(body_lines(text, item)) >= 2
        for line in body_lines(text, item)
    ]


def _lines_dropped(
    tracked: TrackedText, rng: random.Random, count: int, twinned: list[tuple[Span, Span]]
) -> bool:
    """Up to ``count`` of ``twinned`` lines (as (the item, the line)) taken out with the line
    break before them: one an item at most, never both of two lines one character apart, and
    never every copy of a line unless a twin one character apart stays; whether any was."""
    text = tracked.text
    every = [text[slice(*line)] for _, line in _droppable(text)]
    chosen: list[tuple[Span, Span]] = []
    for item, line in rng.sample(twinned, len(twinned)):
        said = text[slice(*line)]
        if len(chosen) >= count or any(item == other for other, _ in chosen):
            continue
        taken = [text[slice(*other)] for _, other in chosen]
        if any(_one_apart(said, other) for other in taken):
            continue
        if every.count(said) - taken.count(said) >= 2 or any(
            _one_apart(said, other) for other in every
        ):
            chosen.append((item, line))
    for _, line in sorted(chosen, key=lambda pair: pair[1], reverse=True):
        line_dropped(tracked, line)
    return bool(chosen)


def _repeated_lines_dropped(tracked: TrackedText, rng: random.Random, count: int) -> None:
    """Lines that stand twice or more under items' heads taken out once (``count`` of them);
    where there are none, an item (never the first) cut."""
    text = tracked.text
    droppable = _droppable(text)
    every = [text[slice(*line)] for _, line in droppable]
    repeated = [pair for pair, said in zip(droppable, every, strict=True) if every.count(said) >= 2]
    if not _lines_dropped(tracked, rng, count, repeated):
        found = items(text)
        cut(tracked, rng.choice(found[1:]))


# -- the programme -------------------------------------------------------------------------------


def works_swapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Two works swapped in a concert's order: neighbouring works (one, two, three pairs)
    swapped whole, each with its soloist, its movements and the blank line before it; where
    there are no works, neighbouring items of a section."""
    # Truth: every swapped work moves whole with its characters; nothing is typed.
    before = tracked.text
    for turn in range(_by_rate(rate, 1, 2, 3) + 3):
        if turn >= _by_rate(rate, 1, 2, 3) and tracked.text != before:
            break  # more swaps only when two undid each other
        text = tracked.text
        pairs = [
            (a, b)
            for run in item_runs(text)
            for a, b in itertools.pairwise(run)
            if text[slice(*a)] != text[slice(*b)]
        ]
        works = [
            (a, b) for a, b in pairs if WORK_HEAD.match(text, a[0]) and WORK_HEAD.match(text, b[0])
        ]
        if works or pairs:
            a, b = rng.choice(works or pairs)
            reorder(tracked, [(a[0] - 2, a[1]), (b[0] - 2, b[1])], [1, 0])


def soloists_replaced(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Soloists replaced: soloists' names (one, two, every one) typed over with another
    player's ("Anna Kowalska" as "Ines Duarte", or as her namesake one letter apart)."""
    # Truth: the name is typed over (letters a replacement shares at its ends kept); "Soloist:"
    # and the instrument stay.
    found = list(SOLOIST.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, len(found))))
    for soloist in sorted(chosen, key=lambda m: m.start(), reverse=True):
        name = rng.choice([person for person in PEOPLE if person != soloist[1]])
        tracked.replace(soloist.start(1), len(soloist[1]), name)


# -- the rehearsal schedule ----------------------------------------------------------------------


def rehearsals_cancelled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Rehearsals cancelled: calls (one, two, three) with a twin on the schedule (the same
    call word for word, or one digit apart) taken out with the line break before them, one an
    item at most, never both twins; where there are none, lines that stand twice or more
    taken out once; where none of those, an item."""
    # Truth: a cancelled call is gone; its twin (word for word or one digit apart) stays.
    text = tracked.text
    calls = [(item, line) for item, line in _droppable(text) if CALL.fullmatch(text, *line)]
    said = [text[slice(*line)] for _, line in calls]
    twinned = [
        pair
        for pair, words in zip(calls, said, strict=True)
        if said.count(words) >= 2 or any(_one_apart(words, other) for other in said)
    ]
    count = _by_rate(rate, 1, 2, 3)
    if not _lines_dropped(tracked, rng, count, twinned):
        _repeated_lines_dropped(tracked, rng, count)


def _calls_moved_in(tracked: TrackedText, unit: Span, minutes: int) -> int:
    """Every call's times in ``unit`` moved by ``minutes``; how much ``unit`` grew (never)."""
    for times in reversed(list(CALL_TIMES.finditer(tracked.text, *unit))):
        times_moved(tracked, times, minutes)
    return 0


def calls_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Calls moved by half an hour: in one item with calls (half, every one) each call's start
    and end moved 30 minutes later or, half the time, earlier ("19:30–22:00" as
    "20:00–22:30"); where no item has calls, the footer's call."""
    # Truth: only the figures that change are typed; the day, the players and the room stay.
    minutes = rng.choice((30, -30))
    _each_unit(tracked, rng, rate, CALL_TIMES, lambda t, unit: _calls_moved_in(t, unit, minutes))


# -- the player list -----------------------------------------------------------------------------


def players_reseated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Players reseated: two players of a section (one, two, three pairs) change desks, each
    name cut and pasted on the other's line; where there is no player list, two neighbouring
    lines of an item swapped."""
    # Truth: a reseated name keeps its characters on its new line; the desk and side stay.
    before = tracked.text
    for turn in range(_by_rate(rate, 1, 2, 3) + 3):
        if turn >= _by_rate(rate, 1, 2, 3) and tracked.text != before:
            break  # more swaps only when two undid each other
        text = tracked.text
        pairs = [
            (one.span(3), other.span(3))
            for _, under in sections(text)
            for one, other in itertools.combinations(
                [m for p in under for m in DESK_LINE.finditer(text, *p)], 2
            )
            if one[3] != other[3]
        ]
        if pairs:
            spans_swapped(tracked, *rng.choice(pairs))
            continue
        neighbours = [
            (a, b)
            for item in items(text)
            for a, b in itertools.pairwise(body_lines(text, item))
            if text[slice(*a)] != text[slice(*b)]
        ]
        if neighbours:
            lines_swapped(tracked, *rng.choice(neighbours))


# -- movements -----------------------------------------------------------------------------------


def movements_cut(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A movement cut: in works (one, one, two) of three movements or more, a movement (never
    the first) taken out, the later ones renumbered ("IV." as "III.") and the work's duration
    shortened by four to nine minutes; where there are no works, lines under an item's head
    (one, one, two) that stand twice taken out once."""
    # Truth: the cut movement is gone (its namesakes in other works stay); a later movement
    # keeps its name, its numeral's changed letters typed; the duration's figures typed over.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        works = []
        for item in items(text):
            if not WORK_HEAD.match(text, item[0]):
                continue
            lines = lines_in(text, *item)
            moves = [i for i, line in enumerate(lines) if MOVEMENT.fullmatch(text, *line)]
            if len(moves) >= 3:
                works.append((lines, moves))
        if not works:
            _repeated_lines_dropped(tracked, rng, 1)
            continue
        lines, moves = rng.choice(works)
        movement_cut(tracked, lines, rng.choice(moves[1:]), rng.randint(4, 9))


# -- the box office ------------------------------------------------------------------------------


def box_office_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Prices corrected: prices (one, two, four) put right by one figure, half of them two
    figures of their pounds transposed ("£18.50" as "£81.50"), the others their last pound
    one on ("£15.80" as "£16.80", which may be another zone's price)."""
    # Truth: one or two figures typed over; the rest of every passage holding the price stays.
    found = list(PRICE.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for price in sorted(chosen, key=lambda m: m.start(), reverse=True):
        amount_corrected(tracked, price, rng.random() < 0.5)


# -- the music library ---------------------------------------------------------------------------


def _register_tidied(tracked: TrackedText, item: Span) -> None:
    """In ``item`` of the register, every returned set (its loan's line with the lines under
    it) moved to the end, in the order they stood."""
    text = tracked.text
    lines = body_lines(text, item)
    starts = [i for i, line in enumerate(lines) if LOAN_LINE.fullmatch(text, *line)]
    if not starts or starts[0] != 0:
        return
    ends = [*(i - 1 for i in starts[1:]), len(lines) - 1]
    units = [(lines[i][0] - 1, lines[end][1]) for i, end in zip(starts, ends, strict=True)]
    back = [text[slice(*lines[i])].endswith(RETURNED) for i in starts]
    order = sorted(range(len(units)), key=lambda i: (back[i], i))
    if order != sorted(order):
        reorder(tracked, units, order)


def loans_returned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Loans returned: sets on loan (one, two, four) have their status typed over as
    "Returned"; half the time the librarian then tidies each item they stand in, its returned
    sets (with the lines under them) moved to its end."""
    # Truth: "On loan" is typed over; the number and the set stay. A moved set keeps its
    # characters.
    text = tracked.text
    found = [loan for loan in LOAN.finditer(text) if loan[1] == ON_LOAN]
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    every = items(text)
    touched = {i for i, item in enumerate(every) for m in chosen if item[0] <= m.start() < item[1]}
    for loan in sorted(chosen, key=lambda m: m.start(), reverse=True):
        status_returned(tracked, loan)
    if rng.random() < 0.5:
        for index in sorted(touched, reverse=True):
            _register_tidied(tracked, items(tracked.text)[index])


# -- programme notes -----------------------------------------------------------------------------


def _prose(text: str) -> list[Span]:
    """Paragraphs of hard-wrapped prose: items of four lines or more whose lines but the last
    two are 45 code points or longer; where there are none, the lead."""
    found = [
        item
        for item in items(text)
        if len(lines := lines_in(text, *item)) >= 4
        and all(end - start >= 45 for start, end in lines[:-2])
    ]
    return found or [_paragraphs(text)[2]]


def notes_from_pdf(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Programme notes copied out of a PDF: in paragraphs of prose (one, half, every one; the
    lead where there are no notes) line ends hyphenated (every third, second, every break
    before a word of six letters or more) and a running head "Page 3 of 8" typed on a line of
    its own after a line in the middle."""
    # Truth: a hyphen, a line break made a space and a running head are typed; every word
    # keeps its letters.
    found = _prose(tracked.text)
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    every = _by_rate(rate, 3, 2, 1)
    for start, end in sorted(rng.sample(found, count), reverse=True):
        end += line_ends_hyphenated(tracked, (start, end), every)
        lines = lines_in(tracked.text, start, end)
        running_head_inserted(tracked, lines[len(lines) // 2 - 1][1], rng.randint(2, 7))


# -- scripts -------------------------------------------------------------------------------------


def buginese_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Buginese on one side: in one item with Buginese (half, every one) the
    vowel signs i and e, u and o each written as the other; half the time the pallawa left
    out."""
    # Truth: a mark is typed over or cut; a Buginese word keeps its letters. The Indonesian
    # stays.
    dropped = rng.random() < 0.5
    _each_unit(tracked, rng, rate, BUGINESE_RUN, lambda t, unit: buginese_respelt(t, unit, dropped))


def buhid_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Buhid on one side: in one item with Buhid (half, every one) the vowel
    signs i and u each written as the other; half the time the single punctuation left
    out."""
    # Truth: a mark is typed over or cut; a Buhid word keeps its letters. The Filipino stays.
    dropped = rng.random() < 0.5
    _each_unit(tracked, rng, rate, BUHID_RUN, lambda t, unit: buhid_respelt(t, unit, dropped))


# -- duplicates ----------------------------------------------------------------------------------


def _duplicates(text: str) -> list[Span]:
    """Items whose lines under the head stand, word for word and in order, under an earlier
    item's head (a notice posted twice, a work printed for two concerts)."""
    seen: set[str] = set()
    found = []
    for item in items(text):
        under = text[head_line(text, item)[1] : item[1]]
        if under in seen:
            found.append(item)
        seen.add(under)
    return found


def duplicates_pruned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Duplicate notices pruned: items (one, two, three) whose lines under the head stand in
    an earlier item cut with the blank line before them; where there are none, lines that
    stand twice or more taken out once."""
    # Truth: a pruned item is gone with its head; the earlier copy stays.
    found = _duplicates(tracked.text)
    if not found:
        _repeated_lines_dropped(tracked, rng, _by_rate(rate, 1, 2, 3))
        return
    for item in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 3))), reverse=True):
        cut(tracked, item)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH43_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH43_FAMILIES: dict[str, Family] = {
    "works swapped": works_swapped,
    "soloists replaced": soloists_replaced,
    "rehearsals cancelled": rehearsals_cancelled,
    "calls moved half an hour": calls_moved,
    "players reseated": players_reseated,
    "movement cut and renumbered": movements_cut,
    "box office corrected": box_office_corrected,
    "loans returned": loans_returned,
    "notes copied from a pdf": notes_from_pdf,
    "buginese respelt": buginese_respelt_one_side,
    "buhid respelt": buhid_respelt_one_side,
    "duplicate notices pruned": duplicates_pruned,
    "combined": combined,
}


def fresh43_text(seed: int, rng: random.Random) -> str:
    """A concert programme, a rehearsal schedule, a player list, a price list, programme
    notes, a loan register, a seating plan, a Buginese/Indonesian or a Buhid/Filipino notice,
    by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a person, a duration, a price, a catalogue number, a
#: call's times, a movement's number and name, the recurring words.
SHORT = (
    PERSON,
    DURATION,
    PRICE,
    CATALOGUE,
    CALL_TIMES,
    re.compile(r"^(?:I|II|III|IV|V|VI|VII)\. [A-Z][a-z]+", re.M),
    re.compile(r"\bDesk [0-9]  (?:Outside|Inside)"),
    re.compile(re.escape(ON_LOAN)),
    re.compile(re.escape(MOTTO)),
    re.compile(re.escape(ADAGIO)),
    re.compile("Full orchestra"),
)


def _script_clauses(text: str) -> list[Span]:
    """Buginese and Buhid runs and words (up to a space), and runs of two or three words."""
    found: list[Span] = []
    for run, words_of in [
        *((m, BUGINESE_WORD) for m in BUGINESE_RUN.finditer(text)),
        *((m, BUHID_WORD) for m in BUHID_RUN.finditer(text)),
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
    """Item lines that one of ``patterns`` matches whole: a work, a movement, a call, a desk,
    a price, a loan, a seat."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh43_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a work with its
    movements, a project's calls, a group of desks, a series' prices, a note's paragraph, an
    issue of loans, a block of seats, a bilingual notice), clauses, whole lines, the lines that
    matter most (a work, a movement, a call, a desk, a price, a loan, a seat), two lines of an
    item, section headings, one occurrence of a line the page repeats or of a short line that
    recurs ("II. Adagio", "Principals stay for seating", "On loan") or words inside one, a
    line whose words stand in another item, head lines, last lines, something short (a
    person, a duration, a price, a catalogue number, a call's times, the motto), Buginese and
    Buhid runs, words and runs of words, two items across their blank line, notes' sentences,
    two sentences across a paragraph break, whole sections; each passage once while pools
    last. (``count`` is how many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (WORK_HEAD, MOVEMENT, CALL, DESK_LINE, PRICE_LINE, LOAN_LINE, SEAT_LINE)
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
