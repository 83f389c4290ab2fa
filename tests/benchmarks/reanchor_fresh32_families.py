"""Thirty-second round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh32`` prints it as "thirty-second fresh held-out material"). The texts are
what farms, livestock markets, agricultural shows and growers' cooperatives publish and revise,
each version a full page (``reanchor_fresh32_texts`` and ``reanchor_fresh32_more_texts``): a
livestock market's sale catalogue ("Lot 114  12 Texel x ewe lambs  38.5 kg  Mr T. Hollins,
Brookside", "Withdrawn" under many lots, farms one letter apart, the same conditions-of-sale
line under each section), an agricultural show's prize list (classes, placings, "No entries"
and "Not awarded" again and again, the same judge under several classes), a farm's field
operations record (dated lines, the same product and rate word for word across fields, fields
one letter apart), a dairy's milk collection report (a line a day, figures one digit apart,
"Sample not taken" repeating, the same price note under each week), a grain store's
weighbridge intake log (tickets one digit apart, the same haulier on many lines, "Rejected —
moisture over 15 %" repeated), a growers' cooperative sowing calendar (months as headed
blocks, instructions word for word under several months and crops and one word apart under
others), an Odia/English notice of a farmers' producer company (Odia digits on some lines,
Western on others) and a Tamazight/English notice of an argan cooperative (Neo-Tifinagh, the
labiovelar mark on some letters, the separator between clauses on some lines).

The families are what auctioneers, show secretaries, farm offices, dairies, grain stores,
growers' committees, PDF readers, copy editors and converters do between two versions:
catalogue revised; prize list corrected; records amended; milk report reissued; intake log
re-sorted; calendar rearranged; the page copied out of a PDF (running lines, hyphens,
ligatures, runs of spaces collapsed); duplicates pruned (round 27's family); copy edited
("kg" and "kilos", "t" and "tonnes", "l/ha" and "litres per hectare", "12/04" and "12 April",
"1st" and "First", quotes, typos); Odia digits converted on some lines; Tifinagh respelt (the
labiovelar mark written or dropped, the separator put in or taken out); the page reflowed
(round 31's family); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Withdrawn", "No entries", "Sample not
taken", the conditions of sale, a product and rate, a calendar instruction, a rejection line)
are each their own passage, wherever their twins move or whichever of them is cut. A digit, a
gap between fields, a unit, a date, a ligature, a labiovelar mark, a separator or an Odia digit
is typed over: the rest of its passage stays. A withdrawn lot, a placing retyped or made "Not
awarded", a "No entries" or a "Sample not taken" replaced by results, and a pruned stock line
are gone.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh23_edits import line_dropped
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
from tests.benchmarks.reanchor_fresh26_edits import written_where
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh29_families import _footer, _whole
from tests.benchmarks.reanchor_fresh29_kit import PER_CENT
from tests.benchmarks.reanchor_fresh30_edits import line_moved, page_breaks, running_lines_inserted
from tests.benchmarks.reanchor_fresh31_edits import digit_nudged
from tests.benchmarks.reanchor_fresh31_families import _following, _lines_matching, _sorted_lines
from tests.benchmarks.reanchor_fresh31_families import reflowed_page as reflowed_page
from tests.benchmarks.reanchor_fresh32_edits import (
    farm_style_set,
    gaps_collapsed,
    ligatures_set,
    spans_swapped,
    tifinagh_respelt,
)
from tests.benchmarks.reanchor_fresh32_kit import (
    ANY_ODIA_DIGIT,
    CLASS_HEAD,
    DATE,
    FIELD,
    FIELD_GAP,
    INSTRUCTION,
    JOINT,
    LABIAL_WORD,
    LOT_LINE,
    LOT_NUMBER,
    MILK_DAY,
    MILK_FIGURE,
    NO_ENTRIES,
    NOT_AWARDED,
    ODIA_RUN,
    OPERATION,
    ORDINAL,
    PLACING,
    RATE,
    REJECTED,
    REJECTED_HEAD,
    SAMPLE_FIELD,
    SEPARATOR,
    TICKET,
    TICKET_FIGURE,
    TIFINAGH_CLAUSE,
    TIFINAGH_RUN,
    UNIT,
    WEIGHT,
    odia_digit_switched,
)
from tests.benchmarks.reanchor_fresh32_texts import EXHIBITORS, KINDS, milk_line
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirty-second fresh held-out material (never used while tuning).
FRESH32_SEEDS = range(32100, 32110)
#: Lots entered late, typed between two lots ("{number}" is the lot before, with an "A").
LATE_ENTRIES = (
    "Lot {number}A  8 Texel x ewe lambs  40.5 kg  Mr W. Price, Glanrhyd",
    "Lot {number}A  1 Limousin x steer  420.0 kg  R. & S. Bowen, Pentre",
    "Lot {number}A  15 Mule ewe lambs  34.0 kg  Mrs A. Pugh, Ty Newydd",
)
#: What fields are renamed.
RENAMED = {
    "Long Ley": "Long Ley Meadow",
    "Long Lea": "Lower Long Lea",
    "Top Field": "Top Field East",
    "Top Fields": "Top Fields West",
    "Brook Piece": "Brook Piece North",
    "Brook Pieces": "The Brook Pieces",
}
#: The line under a "Rejected loads" block typed where a page has none.
REJECTED_NOTE = "Loads turned away at the pit; the haulier is told by phone."
#: A running line a PDF's text layer gives at every page's foot.
RUNNING_FOOTER = "Printed from the members’ area — page {page} of {pages}"
#: What a month's block split in two is headed, and its note.
SECOND_HALF = "{heading} — second half\n\nFrom the middle of the month.\n\n"


def _items_with(text: str, pattern: re.Pattern[str], least: int = 1) -> list[Span]:
    """Items with ``least`` lines or more that ``pattern`` matches whole."""
    return [
        item
        for item in items(text)
        if sum(bool(pattern.fullmatch(text, *line)) for line in lines_in(text, *item)) >= least
    ]


def _number(pattern: re.Pattern[str], text: str, line: Span) -> int:
    """The number a line's ``pattern`` holds in its first group (a lot's, a day's)."""
    match = pattern.fullmatch(text, *line)
    assert match is not None, text[slice(*line)]
    return int(match[1])


def _nudged_all(
    tracked: TrackedText, rng: random.Random, pattern: re.Pattern[str], how_many: int
) -> None:
    """The last digit of ``how_many`` matches of ``pattern`` typed over by one a step away."""
    found = list(pattern.finditer(tracked.text))
    for match in sorted(
        rng.sample(found, min(len(found), how_many)), key=lambda m: m.start(), reverse=True
    ):
        digit_nudged(tracked, match.end() - 1, rng)


# -- families ------------------------------------------------------------------------------------


def catalogue_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A catalogue revised: weights (two, four, eight) corrected by one digit, lots (one,
    one, two; those marked "Withdrawn" first) withdrawn and cut with their "Withdrawn" line,
    every later lot renumbered, and late entries (one, one, two) typed in after a lot."""
    # Truth: a digit is typed over; a lot line keeps the rest ("Lot 113  12 Texel x ewe lambs
    # 38.6 kg …" is the coded lot, renumbered and corrected). A withdrawn lot's line is gone,
    # its "Withdrawn" with it, though that word's twins stand under other lots. A late entry
    # is new.
    _nudged_all(tracked, rng, WEIGHT, _by_rate(rate, 2, 4, 8))
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        lots = _lines_matching(text, LOT_LINE)
        if len(lots) < 3:
            break
        marked = [lot for lot in lots if text.startswith("\nWithdrawn\n", lot[1])]
        start, end = rng.choice(marked or lots)
        number = _number(LOT_LINE, text, (start, end))
        if text.startswith("\nWithdrawn\n", end):
            end += len("\nWithdrawn")
        line_dropped(tracked, (start, end))
        text = tracked.text
        for line in reversed(_lines_matching(text, LOT_LINE)):
            lot = LOT_NUMBER.match(text, line[0])
            if lot is not None and int(lot[1]) > number:
                tracked.replace(lot.start(1), len(lot[1]), str(int(lot[1]) - 1))
    text = tracked.text
    lots = _lines_matching(text, LOT_LINE)
    for line in sorted(rng.sample(lots, min(len(lots), _by_rate(rate, 1, 1, 2))), reverse=True):
        lot = LOT_NUMBER.match(text, line[0])
        assert lot is not None
        late = rng.choice(LATE_ENTRIES).format(number=lot[1])
        tracked.replace(line[1], 0, "\n" + late)


def _placings(text: str, item: Span) -> list[re.Match[str]]:
    """The placings with a name on an item's lines."""
    return [m for line in lines_in(text, *item) if (m := PLACING.fullmatch(text, *line))]


def prize_list_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A prize list corrected: the first two placings of a class (one, one, two) swapped, a
    class re-judged and its placings retyped, a "No entries" (one, one, two) replaced by
    results and a named placing (one, two, three) made "Not awarded"."""
    # Truth: swapped names keep their characters in their new places ("2nd  J. & M. Parry,
    # Llanfair" is the coded exhibitor, now second; a passage of the whole old placing line
    # goes with the name, its larger part). A re-judged class's placings are typed anew, not
    # edited: a reader coding "1st  W. Jones, Cefn" coded a result the judge replaced, so they
    # are gone even where the new list happens to repeat a name. A "No entries" replaced by
    # results is gone; a name made "Not awarded" is gone, its "1st" label stays.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        classes = [item for item in items(text) if len(_placings(text, item)) >= 2]
        if not classes:
            break
        first, second = _placings(text, rng.choice(classes))[:2]
        spans_swapped(tracked, first.span(1), second.span(1))
    text = tracked.text
    classes = [item for item in items(text) if _placings(text, item)]
    if classes:
        found = _placings(text, rng.choice(classes))
        names = rng.sample(EXHIBITORS, len(found))
        retyped = "\n".join(
            f"{m[0][: m.start(1) - m.start()]}{name}" for m, name in zip(found, names, strict=True)
        )
        tracked.replace(found[0].start(), found[-1].end() - found[0].start(), retyped)
    text = tracked.text
    empty = [
        line
        for item in items(text)
        for line in body_lines(text, item)
        if text[slice(*line)] == NO_ENTRIES
    ]
    for start, end in sorted(rng.sample(empty, min(len(empty), _by_rate(rate, 1, 1, 2))))[::-1]:
        winner, runner_up = rng.sample(EXHIBITORS, 2)
        tracked.replace(start, end - start, f"1st  {winner}\n2nd  {runner_up}")
    named = list(PLACING.finditer(tracked.text))
    for match in sorted(
        rng.sample(named, min(len(named), _by_rate(rate, 1, 2, 3))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        tracked.replace(match.start(1), len(match[1]), NOT_AWARDED)


def records_amended(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Field records amended: rates (two, four, eight) corrected by one digit, a field
    renamed wherever it stands, one day's lines (one item, half, all) copied as the next
    day's and one rate of the copy corrected, and an item's lines (one, half, all) re-sorted
    by field."""
    # Truth: a digit is typed over; an operation line keeps the rest. A renamed field keeps
    # what the new name shares ("Long Ley Meadow" is the coded field). The copied day is a
    # decoy: new text, though it reads as the day before did. Re-sorted lines move whole.
    _nudged_all(tracked, rng, RATE, _by_rate(rate, 2, 4, 8))
    names = sorted({m[0] for m in FIELD.finditer(tracked.text)})
    if names:
        name = rng.choice(names)
        written_where(tracked, FIELD, _whole(tracked), name, RENAMED[name])
    found = _items_with(tracked.text, OPERATION)
    for item in sorted(rng.sample(found, _count(rate, len(found))) if found else [], reverse=True):
        text = tracked.text
        lines = [line for line in body_lines(text, item) if OPERATION.fullmatch(text, *line)]
        day = text[lines[-1][0] : lines[-1][0] + 5]
        last = [line for line in lines if text.startswith(day, line[0])]
        start, end = last[0][0], last[-1][1]
        if end != lines[-1][1]:
            continue
        tracked.replace(end, 0, "\n")
        tracked.copy(start, end - start, end + 1)
        copied = [(end + 1 + a - start, end + 1 + b - start) for a, b in last]
        next_day = f"{min(28, int(day[:2]) + 1):02}"
        for line in reversed(copied):
            tracked.replace(line[0], 2, next_day)
        rates = list(RATE.finditer(tracked.text, copied[0][0], copied[-1][1]))
        digit_nudged(tracked, rng.choice(rates).end() - 1, rng)
    found = _items_with(tracked.text, OPERATION, 2)
    for item in rng.sample(found, _count(rate, len(found))) if found else []:
        text = tracked.text
        rows = [line for line in body_lines(text, item) if OPERATION.fullmatch(text, *line)]
        _sorted_lines(tracked, _following(rows)[0], re.compile(r"(?<=[0-9]/[0-9]{2}  )\S[^\n]*"))


def milk_report_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A milk report reissued: figures (two, four, eight) corrected by one digit, a missing
    day's line typed in after the day before, and a "Sample not taken" (one, one, two)
    replaced by the sample's figures."""
    # Truth: a digit is typed over; a day's line keeps the rest. A typed day is new. A
    # "Sample not taken" replaced by figures is gone as those words (a reader coding the
    # missing sample coded what the laboratory has now filled in); the day's litres stay.
    _nudged_all(tracked, rng, MILK_FIGURE, _by_rate(rate, 2, 4, 8))
    text = tracked.text
    days = _lines_matching(text, MILK_DAY)
    for first, second in reversed(list(pairwise(days))):
        day, next_day = (_number(MILK_DAY, text, line) for line in (first, second))
        if next_day == day + 2:
            tracked.replace(first[1], 0, "\n" + milk_line(day + 1))
    text = tracked.text
    missing = list(SAMPLE_FIELD.finditer(text))
    for match in sorted(
        rng.sample(missing, min(len(missing), _by_rate(rate, 1, 1, 2))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        line = (text.rindex("\n", 0, match.start()) + 1, text.index("\n", match.end()))
        figures = milk_line(_number(MILK_DAY, text, line)).split("  ", 2)[2]
        tracked.replace(match.start(), len(match[0]), figures)


def _rejected(text: str) -> list[Span]:
    """Ticket lines with a "Rejected" line under them, both lines."""
    return [
        (start, end + 1 + len(REJECTED))
        for start, end in _lines_matching(text, TICKET)
        if text.startswith(f"\n{REJECTED}", end)
    ]


def intake_log_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An intake log re-sorted: in one item (half, every one) the tickets grouped by crop
    instead of standing in the order they came, and rejected loads (one, two, three) moved
    with their "Rejected" line under a "Rejected loads" block at the end of the log (typed
    when the page has none)."""
    # Truth: sorted and moved lines keep their characters; a ticket is the same ticket under
    # "Rejected loads" (its twin "Rejected — moisture over 15 %" lines stay where they were).
    # The "Rejected loads" block is new.
    found = _items_with(tracked.text, TICKET, 2)
    for item in rng.sample(found, _count(rate, len(found))) if found else []:
        text = tracked.text
        rows = [
            (start, end + (1 + len(REJECTED) if text.startswith(f"\n{REJECTED}", end) else 0))
            for start, end in body_lines(text, item)
            if TICKET.fullmatch(text, start, end)
        ]
        for run in _following(rows):  # a rejected ticket keeps its "Rejected" line under it
            _sorted_lines(tracked, run, re.compile(r"(?<=[0-9]  )\S[^\n]*"))
    text = tracked.text
    block = [item for item in items(text) if text.startswith(REJECTED_HEAD + "\n", item[0])]
    if not block:
        end = _footer(text) - 2
        tracked.replace(end, 0, f"\n\n{REJECTED_HEAD}\n{REJECTED_NOTE}")
    for _ in range(_by_rate(rate, 1, 2, 3)):
        text = tracked.text
        block = [item for item in items(text) if text.startswith(REJECTED_HEAD + "\n", item[0])]
        loads = [load for load in _rejected(text) if load[0] < block[-1][0]]
        if not loads:
            break
        line_moved(tracked, rng.choice(loads), block[-1][1])


def _calendar_moves(text: str) -> list[tuple[Span, int]]:
    """Instruction lines of items of three lines or more, each with where it goes: the end of
    the same crop's item in the next section, else of that section's first item."""
    found: list[tuple[Span, int]] = []
    for (_, under), (_, after) in pairwise(sections(text)):
        following = [p for p in after if "\n" in text[slice(*p)]]
        if not following:
            continue
        for item in (p for p in under if "\n" in text[slice(*p)]):
            lines = body_lines(text, item)
            if len(lines) < 2:
                continue
            crop = text[slice(*head_line(text, item))]
            same = [p for p in following if text[slice(*head_line(text, p))] == crop]
            target = (same or following)[0][1]
            found.extend((line, target) for line in lines if INSTRUCTION.fullmatch(text, *line))
    return found


def calendar_rearranged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A calendar rearranged: instructions (one, two, three) moved from one month to the same
    crop in the next (else the next month's first crop), a crop's block (one, one, two) moved
    to the end of the next month, and a month's block split in two under a typed heading."""
    # Truth: moved lines and blocks keep their characters, though their twins stand under
    # other months and crops ("Sow under glass." under February's tomatoes is the coded one,
    # now under March). The typed heading and note are new.
    for _ in range(_by_rate(rate, 1, 2, 3)):
        moves = _calendar_moves(tracked.text)
        if not moves:
            break
        line, target = rng.choice(moves)
        line_moved(tracked, line, target)
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        pairs = [
            (item, [p for p in after if "\n" in text[slice(*p)]][-1])
            for (_, under), (_, after) in pairwise(sections(text))
            if any("\n" in text[slice(*p)] for p in after)
            for item in under
            if "\n" in text[slice(*item)] and item != under[0]
        ]
        if not pairs:
            break
        (start, end), last = rng.choice(pairs)
        tracked.move(start - 2, end - start + 2, last[1] - (end - start + 2))
    text = tracked.text
    splittable = [
        blocks[len(blocks) // 2]
        for _, under in sections(text)
        if len(blocks := [p for p in under if "\n" in text[slice(*p)]]) >= 3
    ]
    if splittable:
        item = rng.choice(splittable)
        heading = next(h for h, under in sections(text) if item in under)
        tracked.replace(item[0], 0, SECOND_HALF.format(heading=text[slice(*heading)]))


def pdf_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: at every page break (about every 2,000 characters, 1,600,
    1,200, some forty lines) the page's running footer and the title as the next page's
    header typed in; long words of body lines (two, five, ten) hyphenated at a line end;
    "fi" and "fl" as ligatures on some lines (three, six, twelve); and the runs of spaces of
    some table rows (four, eight, sixteen) collapsed to one."""
    # Truth: running lines, hyphens, ligatures and single spaces are typed; every passage
    # keeps its other characters, one across a page break with the running lines inside it.
    # A title's copy as a running header is new text (a decoy for the title).
    text = tracked.text
    breaks = page_breaks(text, rng, _by_rate(rate, 2000, 1600, 1200))
    title = text[: text.index("\n")]
    running_lines_inserted(tracked, breaks, RUNNING_FOOTER, title)
    text = tracked.text
    starts = {
        m.start() + line[0]
        for item in items(text)
        for line in body_lines(text, item)
        for m in re.finditer(r"(?<= )[A-Za-z]{8,}(?=[ ,.])", text[slice(*line)])
    }
    for start in sorted(rng.sample(sorted(starts), min(len(starts), _by_rate(rate, 2, 5, 10))))[
        ::-1
    ]:
        word = re.match(r"[A-Za-z]+", text[start:])
        assert word is not None
        tracked.replace(start + len(word[0]) // 2, 0, "-\n")
    text = tracked.text
    lines = [line for line in item_lines(text) if re.search("f[il]", text[slice(*line)])]
    lines += [_paragraphs(text)[-1]]  # the footer's stock paragraph
    for line in sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 3, 6, 12))), reverse=True):
        ligatures_set(tracked, line)
    text = tracked.text
    rows = [line for line in item_lines(text) if FIELD_GAP.search(text, *line)]
    for line in sorted(rng.sample(rows, min(len(rows), _by_rate(rate, 4, 8, 16))), reverse=True):
        gaps_collapsed(tracked, line)


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "kg" and "kilos", "t" and
    "tonnes", "l/ha" and "litres per hectare", "12/04" and "12 April", "1st" and "First"
    written the other way, straight quotes set curly, a spaced hyphen as an en dash, "per
    cent" as "%" and back; and some typos."""
    # Truth: the respelt words are typed; a lot line with its "kg" written "kilos" keeps its
    # number, its head, its weight's figures and its vendor. A lone "12/04" retyped as "12
    # April" keeps only its "12": the truth calls it gone, and we let that stand (the date is
    # the same to a reader, but none of its own characters past the day are left).
    marks = re.compile(
        "|".join(p.pattern for p in (COPY_MARK, PER_CENT, UNIT, DATE, ORDINAL)),
    )
    _each_unit(tracked, rng, rate, marks, farm_style_set)
    typos(tracked, rng, rate / 4)


def odia_digits_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with Odia (half, every one) the digits of its
    Odia lines written as Western digits, or, half the time, as Odia digits (the other way
    on a line already so)."""
    # Truth: only the digits are typed; an Odia clause keeps its letters. The English lines
    # keep their Western digits.
    western = rng.random() < 0.5

    def converted(tracked: TrackedText, unit: Span) -> int:
        for run in reversed([m.span() for m in ODIA_RUN.finditer(tracked.text, *unit)]):
            marks_switched(
                tracked,
                run,
                ANY_ODIA_DIGIT,
                lambda m: odia_digit_switched(m[0]),
                str.isascii,
                western,
            )
        return 0

    _each_unit(tracked, rng, rate, ODIA_RUN, converted)


def tifinagh_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard on one side: in one item with Tamazight (half, every one) the
    labiovelar mark dropped or written on the words that take it, and the joints between a
    line's clauses typed one way (the separator with a space either side, without the space
    before it, with two spaces before it, or a plain space)."""
    # Truth: only marks and spaces are typed; a clause keeps its letters, and a clause written
    # without the labiovelar mark is the same words to a reader, so it stays.
    dropped = rng.random() < 0.5
    joint = rng.choice((f" {SEPARATOR} ", f"{SEPARATOR} ", f"  {SEPARATOR} ", " "))
    marks = re.compile(f"{LABIAL_WORD.pattern}|{SEPARATOR}")
    _each_unit(tracked, rng, rate, marks, lambda t, unit: tifinagh_respelt(t, unit, dropped, joint))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH32_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH32_FAMILIES: dict[str, Family] = {
    "catalogue revised": catalogue_revised,
    "prize list corrected": prize_list_corrected,
    "records amended": records_amended,
    "milk report reissued": milk_report_reissued,
    "intake log re-sorted": intake_log_resorted,
    "calendar rearranged": calendar_rearranged,
    "pdf copy-paste": pdf_copied,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "odia digits": odia_digits_converted,
    "tifinagh respelt": tifinagh_respelt_one_side,
    "reflowed": reflowed_page,
    "combined": combined,
}


def fresh32_text(seed: int, rng: random.Random) -> str:
    """A sale catalogue, a prize list, a field record, a milk report, an intake log, a sowing
    calendar, an Odia/English or a Tamazight/English notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a lot's number, a weight, a date, a rate, a field, a milk
#: figure, a ticket, a ticket's weight or moisture, a crop, a class (and a placing's exhibitor).
SHORT = (
    LOT_NUMBER,
    re.compile(r"\b[0-9]{2,3}\.[0-9] kg\b"),
    re.compile(r"\b[0-3][0-9]/[01][0-9]\b"),
    re.compile(r"\b[0-9]+\.[0-9]{1,2} l/ha\b"),
    FIELD,
    re.compile(r"\b(?:BF|Prot) [0-9]\.[0-9]{2} %|\bSCC [0-9]+|\bBactoscan [0-9]+"),
    re.compile(r"\bT2[0-9]{3}\b"),
    TICKET_FIGURE,
    re.compile(r"(?<=[0-9]  )(?:Wheat|Barley|Oats|Oilseed)[^\n0-9]*?(?=  )"),
    CLASS_HEAD,
)


def _script_clauses(text: str) -> list[Span]:
    """Clauses of Odia runs (up to a danda or a run's end) and Tamazight clauses."""
    found = []
    for run in ODIA_RUN.finditer(text):
        for part in re.finditer("[^।]+।?", run[0]):
            words = part[0].strip(" ")
            if len(words) >= 4:
                at = run.start() + part.start() + part[0].index(words)
                found.append((at, at + len(words)))
    found.extend(m.span() for m in TIFINAGH_CLAUSE.finditer(text))
    found.extend(m.span() for m in TIFINAGH_RUN.finditer(text) if JOINT.search(m[0]))
    return found


def fresh32_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items, clauses, whole
    lines (a lot line, a placing, an operation line, a day's milk figures, a ticket, a
    calendar instruction, a notice's line), two lines of an item, section headings, one
    occurrence of a line the page repeats or of a short line that recurs ("Withdrawn", "No
    entries", "Sample not taken") or words inside one, a line whose words stand in another
    item, head lines (a pen's lots, a class, a week, a crop, a notice's number), last lines,
    something short (a lot's number, a weight, a farm's name, a date, a rate, a field, a milk
    figure, a ticket), Odia and Tamazight clauses, two items across their blank line, notes'
    sentences, two sentences across a paragraph break, whole sections; each passage once while
    pools last."""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    short += [m.span(1) for m in PLACING.finditer(text)]
    pools = [
        (0.08, found),
        (0.15, clauses_of(text, all_sentences)),
        (0.28, _trimmed(text, item_lines(text))),
        (0.33, _two_lines(text)),
        (0.36, [heading for heading, _ in sections(text)]),
        (0.44, repeated),
        (0.49, [span for group in short_lines(text, 20).values() for span in group]),
        (0.53, inside),
        (0.58, [words for lines in _echoed(text).values() for words in lines]),
        (0.62, [head_line(text, item) for item in found]),
        (0.66, [last_line(text, item) for item in found]),
        (0.72, [s for s in _trimmed(text, short) if s[1] - s[0] >= 2]),
        (0.80, _script_clauses(text)),
        (0.85, [(a[0], b[1]) for run in item_runs(text) for a, b in pairwise(run)]),
        (0.89, [s for note in notes(text) for s in note_sentences(text, note)]),
        (0.94, _across(text)),
        (0.98, [(heading[0], under[-1][1]) for heading, under in sections(text) if under]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
