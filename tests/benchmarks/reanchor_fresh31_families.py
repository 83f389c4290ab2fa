"""Thirty-first round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh31`` prints it as "thirty-first fresh held-out material"). The texts are
what harbours, coastguards, fishing ports and sailors' bodies publish and revise, each version
a full page (``reanchor_fresh31_texts`` and ``reanchor_fresh31_more_texts``): a harbour's tide
table for a month (one line a day, times and heights one digit apart from day to day, "Spring
tides" and "Neap tides" notes that repeat, the same footnote under each week), an inshore
waters forecast and its reissue (a gale warning block, areas as headed blocks whose "Sea
state: Moderate or rough." and fellows stand word for word under several areas and one force
or one word apart under others), notices to mariners (numbered notices, positions one digit
apart, "Mariners are advised to navigate with caution.", "Cancelled" lines, buoys named one
letter apart), a marina's berth list ("C14  Sea Holly  9.8 m  Annual", "Vacant" again and
again, "Morning Star" beside "Morning Star II"), a list of lights and buoys ("Fl(2) W 10s
12M", "Q(6)+LFl 15s", "Racon (T)" again and again), a fish market's auction price sheet
(grades and prices a kilo, "No sale" many times, the afternoon repeating the morning with one
price changed), a Gujarati/English port notice (Gujarati digits on some lines, Western on
others) and a Javanese/English fishing cooperative notice (the script without spaces between
words, the pangkon and pasangan, the padas as comma and full stop, Javanese digits).

The families are what harbour offices, coastguards, marinas, auctioneers, spreadsheets, copy
editors and converters do between two versions: tides recomputed; forecast reissued; notices
updated; berths reallocated; lights amended; prices updated; the tables re-exported from a
spreadsheet (tabs for runs of spaces or columns re-padded, a header row every twenty lines);
duplicates pruned (round 27's family); copy edited ("m" and "metres", "kn" and "knots", "SW"
and "southwest", "06:12" and "6.12am", quotes, typos); Gujarati digits converted on some lines;
Javanese respaced (spaces put between words or taken out, padas written as Latin marks or
back); the page reflowed (round 26's family); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Spring tides", "Sea state: Moderate or
rough.", "Mariners are advised to navigate with caution.", "Racon (T)", "No sale", a
notice's closing line) are each their own passage, wherever their twins move or whichever of
them is cut. A digit, a force, a price, a notice's number, a flash count, a gap between
fields, a space between Javanese words, a pada or a Gujarati digit is typed over: the rest of
its passage stays. A cancelled notice, a discontinued light, an area's lines overwritten by
a copy of its neighbour's, a withdrawn gale warning, a boat's berth line made "Vacant" and a
"Vacant" filled with a new boat are gone.
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
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh22_kit import paragraphs
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
from tests.benchmarks.reanchor_fresh25_edits import reflowed
from tests.benchmarks.reanchor_fresh26_edits import written_where
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_edits import item_cut
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh29_families import _footer, _whole
from tests.benchmarks.reanchor_fresh29_kit import PER_CENT
from tests.benchmarks.reanchor_fresh30_edits import line_moved
from tests.benchmarks.reanchor_fresh31_edits import (
    digit_nudged,
    gaps_reset,
    harbour_style_set,
    javanese_respaced,
    moved_into,
    row_broken,
)
from tests.benchmarks.reanchor_fresh31_kit import (
    ANY_DIGIT,
    BERTH,
    CLOCK,
    DIRECTION,
    FIELD_GAP,
    FLASH_GROUP,
    FORCE,
    JAVANESE,
    KNOTS,
    METRES,
    NEAP,
    NO_SALE,
    NOTICE_NUMBER,
    PADA_MARK,
    POSITION,
    PRICE,
    PRICE_ROW,
    SPRING,
    TIDE,
    TIDE_DAY,
    VACANT,
    WIND,
    digit_switched,
)
from tests.benchmarks.reanchor_fresh31_texts import AREAS, KINDS, tide_line
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirty-first fresh held-out material (never used while tuning).
FRESH31_SEEDS = range(31100, 31110)
#: A gale warning typed at the top of a forecast that had none.
NEW_GALE_WARNING = (
    "Gale warning issued 10:48\nSt Davids Head to Great Orme Head: Southwest gale 8 expected soon."
)
#: A notice typed between two others.
NEW_NOTICE = (
    "Notice No. {number} of 2026\nPorthallow — cable laying\n"
    "A cable ship will be working in position 50°05.12'N 004°59.40'W.\n"
    "Mariners are advised to navigate with caution."
)
#: A boat typed into a vacant berth.
NEW_BOATS = ("Cormorant  8.8 m  Visitor", "Sea Pink  9.9 m  Annual", "Tamsin  7.9 m  Winter")
#: What a buoy is renamed.
RENAMED = {"Manacle": "Manacle Point", "Carn Du": "Carn Du West", "Gull Rock": "Gull Rocks"}
BUOY_NAME = re.compile(f"\\b(?:{'|'.join(RENAMED)})(?= buoy\\b)")
#: A header row a spreadsheet repeats every twenty lines of its export.
HEADER_ROW = "Row\tColumn B\tColumn C\tColumn D"
#: Price rows as typed for a lot sold at last.
NEW_PRICES = ("£3.10/kg", "£4.60/kg", "£7.20/kg")
#: A Gujarati run: letters, marks, digits of either kind, with spaces and stops inside.
NO_SALE_FIELD = re.compile(f"(?<=  ){NO_SALE}\\b")
GUJARATI_RUN = re.compile(r"[\u0a80-\u0aff][\u0a80-\u0aff 0-9.:]*[\u0a80-\u0aff.]")


def _section_span(text: str, words: str) -> list[Span]:
    """Sections from their heading to the next heading (or the footer) whose heading holds
    ``words``."""
    starts = [heading[0] for heading, _ in sections(text)] + [_footer(text)]
    return [
        (start, end)
        for start, end in pairwise(starts)
        if words in text[start : text.index("\n", start)]
    ]


def _lines_matching(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """Lines of items (head lines too) that ``pattern`` matches whole."""
    return [
        line
        for item in items(text)
        for line in lines_in(text, *item)
        if pattern.fullmatch(text, *line)
    ]


def _sorted_lines(tracked: TrackedText, lines: list[Span], key: re.Pattern[str]) -> None:
    """Lines that follow each other put in the order of what ``key`` finds in each (lines
    move whole, each with the line break before it)."""
    text = tracked.text
    if len(lines) < 2:
        return
    found = [key.search(text, *line) for line in lines]
    words = [match[0] if match else "" for match in found]
    order = sorted(range(len(lines)), key=lambda i: (words[i], i))
    if order != sorted(order):
        reorder(tracked, [(start - 1, end) for start, end in lines], order)


def _following(lines: list[Span]) -> list[list[Span]]:
    """Runs of lines that follow each other line after line."""
    runs: list[list[Span]] = []
    for line in lines:
        if runs and line[0] == runs[-1][-1][1] + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


# -- families ------------------------------------------------------------------------------------


def tides_recomputed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Tides recomputed: a tide's time corrected by a minute or its height by a tenth on two
    days (four, eight), a day's line typed in where the office missed it, and a "Spring
    tides" or "Neap tides" note (one, two) moved to another day."""
    # Truth: a digit is typed over; a day's line keeps the rest ("Tue 14  HW 06:13 4.3 m …" is
    # the coded day, corrected). A typed day is new. A moved note keeps its characters under
    # its new day, though its twins stand under other days.
    tides = list(TIDE.finditer(tracked.text))
    for tide in rng.sample(tides, min(len(tides), _by_rate(rate, 2, 4, 8))):
        at = tide.end(1) - 1 if rng.random() < 0.5 else tide.end(2) - 1
        digit_nudged(tracked, at, rng)
    text = tracked.text
    days = _lines_matching(text, TIDE_DAY)
    for first, second in reversed(list(pairwise(days))):
        day, next_day = (int(TIDE_DAY.findall(text, *line)[0]) for line in (first, second))
        if next_day == day + 2 and second[0] - first[1] < 40:
            tracked.replace(second[0], 0, tide_line(day + 1) + "\n")
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        tide_notes = _lines_matching(text, re.compile(f"{SPRING}|{NEAP}"))
        days = _lines_matching(text, TIDE_DAY)
        if not tide_notes or len(days) < 2:
            break
        note = rng.choice(tide_notes)
        targets = [day for day in days if day[1] + 1 != note[0] and day[1] != note[1]]
        line_moved(tracked, note, rng.choice(targets)[1])


def forecast_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A forecast reissued: a wind's force (three, six) changed by one, one area's lines
    overwritten by a copy of its neighbour's and a force of the copy changed, a gale warning
    withdrawn (or, half the time and whenever there is none, a new one typed above the
    others), and one run of areas sorted by name."""
    # Truth: a force is typed over; its wind line keeps the rest. The overwritten area's
    # lines are gone, though the copy reads much as they did (a reader coding "Sea state:
    # Moderate or rough." under that area coded a forecast now replaced); its head line
    # stays. A withdrawn warning is gone; a typed one is new. Sorted areas move whole.
    forces = [m for wind in WIND.finditer(tracked.text) for m in FORCE.finditer(wind[0])]
    starts = [wind.start() for wind in WIND.finditer(tracked.text) for _ in FORCE.finditer(wind[0])]
    picked = rng.sample(range(len(forces)), min(len(forces), _by_rate(rate, 1, 3, 6)))
    for index in sorted(picked, reverse=True):
        digit_nudged(tracked, starts[index] + forces[index].start(), rng)
    text = tracked.text
    pairs = [
        (a, b)
        for run in item_runs(text)
        for a, b in pairwise(run)
        if text[slice(*head_line(text, a))] in AREAS and text[slice(*head_line(text, b))] in AREAS
    ]
    if pairs:
        source, target = rng.choice(pairs)
        if rng.random() < 0.5:
            source, target = target, source
        body = head_line(text, source)[1], source[1]
        at = head_line(text, target)[1]
        tracked.replace(at, target[1] - at, "")
        shift = target[1] - at if body[0] > at else 0
        tracked.copy(body[0] - shift, body[1] - body[0], at)
        copied = list(FORCE.finditer(tracked.text, at, at + body[1] - body[0]))
        if copied:
            digit_nudged(tracked, rng.choice(copied).start(), rng)
    text = tracked.text
    warnings = [
        item for item in items(text) if re.match(r"(?:Gale|Strong wind) warning", text[item[0] :])
    ]
    if warnings and rng.random() < 0.5:
        item_cut(tracked, rng.choice(warnings))
    else:
        areas = [item for item in items(text) if text[slice(*head_line(text, item))] in AREAS]
        if warnings or areas:
            tracked.replace(min(warnings or areas)[0], 0, NEW_GALE_WARNING + "\n\n")
    text = tracked.text
    runs = [
        run
        for run in item_runs(text)
        if len(run) >= 2 and all(text[slice(*head_line(text, item))] in AREAS for item in run)
    ]
    if runs:
        run = rng.choice(runs)
        order = sorted(range(len(run)), key=lambda i: text[slice(*head_line(text, run[i]))])
        if order != sorted(order):
            reorder(tracked, [(start - 2, end) for start, end in run], order)


def _numbered(text: str) -> list[Span]:
    """Items whose head line is a notice's number line."""
    return [item for item in items(text) if NOTICE_NUMBER.fullmatch(text, *head_line(text, item))]


def notices_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Notices updated: a position (two, four) corrected by one digit, a notice (one, two)
    cancelled and cut, every later notice renumbered, and a new notice typed between two."""
    # Truth: a digit of a position or a number is typed over; the rest of its line stays
    # ("Notice No. 13 of 2026" is the coded notice, renumbered). A cancelled notice's lines
    # are gone, its closing "Mariners are advised to navigate with caution." too, though its
    # twins close other notices. The typed notice is new.
    positions = list(POSITION.finditer(tracked.text))
    for position in sorted(
        rng.sample(positions, min(len(positions), _by_rate(rate, 1, 2, 4))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        at = position.start() + rng.choice((7, 19))  # a hundredth of a minute
        digit_nudged(tracked, at, rng)
    for _ in range(_by_rate(rate, 1, 1, 2)):
        numbered = _numbered(tracked.text)
        if len(numbered) < 3:
            break
        cut = rng.choice(numbered[1:])
        item_cut(tracked, cut)
        text = tracked.text
        for item in reversed(_numbered(text)):
            if item[0] >= cut[0]:
                number = NOTICE_NUMBER.match(text, item[0])
                assert number is not None
                tracked.replace(number.start(1), len(number[1]), str(int(number[1]) - 1))
    text = tracked.text
    numbered = _numbered(text)
    if len(numbered) >= 2:
        first, second = rng.choice(list(pairwise(numbered)))
        if second[0] - first[1] == 2:
            number = NOTICE_NUMBER.match(text, first[0])
            assert number is not None
            typed = NEW_NOTICE.format(number=f"{number[1]}A")
            tracked.replace(first[1], 0, "\n\n" + typed)


def berths_reallocated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Berths reallocated: a boat (two, three) moved to a vacant berth with "Vacant" typed
    where it lay, a boat's berth (one, two) made "Vacant", a vacant berth (one, two) given to
    a new boat, and one item's berth lines (half, every one) sorted by vessel."""
    # Truth: a moved boat keeps its characters ("Sea Holly  9.8 m  Annual") on its new berth;
    # the berth line it left now reads "Vacant", typed. A passage of the whole old berth line
    # ("C14  Sea Holly  9.8 m  Annual") goes with the boat too, its larger part, without the
    # berth's number: a reader coding that line coded Sea Holly's allocation, which moved; a
    # passage of the berth's number alone stays. A boat made "Vacant" is gone; a "Vacant"
    # filled with a typed boat is gone. Sorted lines move whole.
    for _ in range(_by_rate(rate, 1, 2, 3)):
        found = list(BERTH.finditer(tracked.text))
        boats = [m.span(2) for m in found if m[2] != VACANT]
        vacant = [m.span(2) for m in found if m[2] == VACANT]
        if not boats or not vacant:
            break
        moved_into(tracked, rng.choice(boats), rng.choice(vacant), VACANT)
    for vacate in (True, False):
        berths = [m.span(2) for m in BERTH.finditer(tracked.text) if (m[2] == VACANT) != vacate]
        picked = rng.sample(berths, min(len(berths), _by_rate(rate, 1, 1, 2)))
        for start, end in sorted(picked, reverse=True):
            tracked.replace(start, end - start, VACANT if vacate else rng.choice(NEW_BOATS))
    text = tracked.text
    berthed = [
        item
        for item in items(text)
        if sum(bool(BERTH.fullmatch(text, *line)) for line in body_lines(text, item)) >= 2
    ]
    for item in rng.sample(berthed, _count(rate, len(berthed))) if berthed else []:
        rows = [
            line for line in body_lines(tracked.text, item) if BERTH.fullmatch(tracked.text, *line)
        ]
        _sorted_lines(tracked, _following(rows)[0], re.compile(r"(?<=  )\S[^\n]*"))


def lights_amended(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Lights amended: a light's flash count (one, two, three) raised by one ("Fl(2)" as
    "Fl(3)"), a light (one, two) discontinued and cut from the list, and a buoy renamed
    wherever its name stands."""
    # Truth: a flash count is typed over; its character keeps the rest. A discontinued
    # light's lines are gone, "Racon (T)" and its other stock lines with it, though their
    # twins stand under other lights. A renamed buoy keeps what the new name shares at its
    # ends ("Gull Rocks buoy" is the coded buoy).
    groups = list(FLASH_GROUP.finditer(tracked.text))
    for group in sorted(
        rng.sample(groups, min(len(groups), _by_rate(rate, 1, 2, 3))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        tracked.replace(group.start(1), 1, str(int(group[1]) % 9 + 1))
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        lights = [
            item for item in items(text) if POSITION.fullmatch(text, *body_lines(text, item)[0])
        ]
        if len(lights) < 3:
            break
        item_cut(tracked, rng.choice(lights[1:]))
    names = sorted({m[0] for m in BUOY_NAME.finditer(tracked.text)})
    if names:
        name = rng.choice(names)
        written_where(tracked, BUOY_NAME, _whole(tracked), name, RENAMED[name])


def prices_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Prices updated: prices of the afternoon sale (two, four, eight; on a page with no
    afternoon sale, anywhere) changed by a few pence, the rows of one group (half, every one)
    sorted by species, and a "No sale" (one, two) given a price while a price (one, two)
    becomes "No sale"."""
    # Truth: a price's digits are typed over; its row keeps species and grade ("Hake  A1
    # £6.50/kg" is the coded row, repriced). Sorted rows move whole. A "No sale" given a price
    # is gone as a "No sale" (a reader coding the withdrawn lot coded those words), and a
    # price made "No sale" is gone as a price; the row keeps its species and grade.
    text = tracked.text
    blocks = _section_span(text, "afternoon") or [_whole(tracked)]
    prices = [m for block in blocks for m in PRICE.finditer(text, *block)]
    for price in sorted(
        rng.sample(prices, min(len(prices), _by_rate(rate, 2, 4, 8))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        digit_nudged(tracked, price.start() + len(price[0]) - 4, rng)
    text = tracked.text
    groups = [
        item
        for item in items(text)
        if sum(bool(PRICE_ROW.fullmatch(text, *line)) for line in body_lines(text, item)) >= 2
    ]
    for item in rng.sample(groups, _count(rate, len(groups))) if groups else []:
        rows = [
            line
            for line in body_lines(tracked.text, item)
            if PRICE_ROW.fullmatch(tracked.text, *line)
        ]
        _sorted_lines(tracked, _following(rows)[0], re.compile(r"^[^\n]+", re.M))
    for sold in (True, False):
        pattern = NO_SALE_FIELD if sold else PRICE
        found = [m.span() for m in pattern.finditer(tracked.text)]
        picked = rng.sample(found, min(len(found), _by_rate(rate, 1, 1, 2)))
        for start, end in sorted(picked, reverse=True):
            tracked.replace(start, end - start, rng.choice(NEW_PRICES) if sold else NO_SALE)


def spreadsheet_reexported(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The tables re-exported from a spreadsheet: in one item with table rows (half, every
    one) the runs of spaces between fields written as tabs, or (half the time) re-padded one
    space wider or narrower; and a header row typed before every twentieth line of the items."""
    # Truth: the gaps and the header rows are typed; a row keeps its fields, and a passage
    # across a header row has it inside.
    tabs = rng.random() < 0.5

    def reset(tracked: TrackedText, unit: Span) -> int:
        grown = 0
        for line in reversed(
            [m.span() for m in re.finditer(r"[^\n]+", tracked.text[slice(*unit)])]
        ):
            grown += gaps_reset(tracked, (unit[0] + line[0], unit[0] + line[1]), tabs)
        return grown

    _each_unit(tracked, rng, rate, FIELD_GAP, reset)
    text = tracked.text
    lines = [line for item in items(text) for line in body_lines(text, item)]
    for line in reversed(lines[19::20]):
        tracked.replace(line[0], 0, HEADER_ROW + "\n")


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "m" and "metres", "kn" and
    "knots", "SW" and "southwest", "06:12" and "6.12am" written the other way, straight
    quotes set curly, a spaced hyphen as an en dash, "per cent" as "%" and back; and some
    typos."""
    # Truth: the respelt words are typed; a tide line with every time respelt ("Tue 14  HW
    # 6.12am 4.3 metres …") keeps its day, its heights' figures and its "HW" and "LW", and is
    # the same line to a reader; where little else stands (a lone time) the truth may call
    # it gone, and we let that stand.
    marks = re.compile(
        "|".join(p.pattern for p in (COPY_MARK, PER_CENT, METRES, KNOTS, DIRECTION, CLOCK))
    )
    _each_unit(tracked, rng, rate, marks, harbour_style_set)
    typos(tracked, rng, rate / 4)


def gujarati_digits_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with Gujarati (half, every one) the digits of
    its Gujarati lines written as Western digits, or, half the time, as Gujarati digits (the
    other way on a line already so)."""
    # Truth: only the digits are typed; a Gujarati clause keeps its letters. The English
    # lines keep their Western digits.
    western = rng.random() < 0.5

    def converted(tracked: TrackedText, unit: Span) -> int:
        for run in reversed([m.span() for m in GUJARATI_RUN.finditer(tracked.text, *unit)]):
            marks_switched(
                tracked, run, ANY_DIGIT, lambda m: digit_switched(m[0]), str.isascii, western
            )
        return 0

    _each_unit(tracked, rng, rate, GUJARATI_RUN, converted)


def javanese_respaced_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard on one side: in one item with Javanese (half, every one) spaces put
    between the words of each clause and the padas written as a Latin comma and full stop,
    or, half the time, the spaces taken out and the Latin marks written as padas (the other
    way in an item already so)."""
    # Truth: only spaces and marks are typed; a clause keeps its letters. A clause written
    # with spaces between its words is the same words to a reader, so it stays.
    spaced = rng.random() < 0.5
    marks = re.compile(f"{JAVANESE.pattern}|{PADA_MARK.pattern}")
    _each_unit(tracked, rng, rate, marks, lambda t, unit: javanese_respaced(t, unit, spaced))


def reflowed_page(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A re-export at a new width (40 to 60 columns), as round 26's family: the lead
    re-wrapped, and each long line of one item (half, every one) broken, long words
    hyphenated at line ends; a table row broken at the gaps between its fields."""
    # Truth: only breaks and hyphens are typed (a gap between fields becomes a line break); a
    # row broken over two lines keeps every field and is the same row to a reader.
    width = rng.choice((40, 52, 60))
    text = tracked.text
    found = [u for u in items(text) if any(e - s > width for s, e in lines_in(text, *u))]
    for unit in sorted(rng.sample(found, min(len(found), _count(rate, len(found)))), reverse=True):
        for line in reversed(lines_in(tracked.text, *unit)):
            if line[1] - line[0] <= width:
                continue
            if FIELD_GAP.search(tracked.text, *line):
                row_broken(tracked, line, width)
            else:
                reflowed(tracked, rng, line, width)
    reflowed(tracked, rng, paragraphs(tracked.text)[2], width)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH31_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH31_FAMILIES: dict[str, Family] = {
    "tides recomputed": tides_recomputed,
    "forecast reissued": forecast_reissued,
    "notices updated": notices_updated,
    "berths reallocated": berths_reallocated,
    "lights amended": lights_amended,
    "prices updated": prices_updated,
    "spreadsheet re-export": spreadsheet_reexported,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "gujarati digits": gujarati_digits_converted,
    "javanese spaced": javanese_respaced_one_side,
    "reflowed": reflowed_page,
    "combined": combined,
}


def fresh31_text(seed: int, rng: random.Random) -> str:
    """A tide table, an inshore forecast, notices to mariners, a berth list, a list of
    lights, a fish auction's prices, a Gujarati/English or a Javanese/English notice, by
    seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a tide's time and height, a time, a force, a notice's
#: number, a position, a berth, a light's character, a price, a vessel.
SHORT = (
    TIDE,
    re.compile(r"\b[0-2][0-9]:[0-5][0-9]\b"),
    re.compile(r"\b[1-9] to [1-9]\b"),
    NOTICE_NUMBER,
    POSITION,
    BERTH,
    re.compile(
        r"\b(?:Fl|LFl|Q|VQ|Oc|Iso)(?:\([0-9]\))?(?:\+LFl)?(?: [WRG]+)? [0-9.]+s(?: [0-9]+M)?"
    ),
    PRICE,
    re.compile(r"(?<=[0-9]  )[A-Z][a-z]+(?: [A-Z][a-z]+)*(?: I+)?(?=  [0-9])"),
)


def _script_clauses(text: str) -> list[Span]:
    """Clauses of Gujarati or Javanese runs: up to a stop (or the run's end)."""
    found = []
    for pattern in (GUJARATI_RUN, JAVANESE):
        for run in pattern.finditer(text):
            for part in re.finditer("[^.,:꧈꧉]+[.,:꧈꧉]?", run[0]):
                words = part[0].strip(" ")
                if len(words) >= 4:
                    at = run.start() + part.start() + part[0].index(words)
                    found.append((at, at + len(words)))
    return found


def fresh31_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items, clauses, whole
    lines (a tide line, a forecast line, a notice's sentence, a position, a berth line, a
    light's character, a price row, a notice's line), two lines of an item, section headings,
    one occurrence of a line the page repeats or of a short line that recurs ("Spring tides",
    "No sale", "Racon (T)") or words inside one, a line whose words stand in another item,
    head lines (a day, an area, a notice's number, a light, a species group), last lines,
    something short (a time, a force, a position, a berth, a character, a price, a vessel),
    Gujarati and Javanese clauses, two items across their blank line, notes' sentences, two
    sentences across a paragraph break, whole sections; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
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
