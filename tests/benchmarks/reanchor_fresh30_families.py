"""Thirtieth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh30`` prints it as "thirtieth fresh held-out material"). The texts are
what clinics, pharmacies and care services give patients and revise, each version a full page
(``reanchor_fresh30_texts`` and ``reanchor_fresh30_more_texts``): a medicine's patient
information leaflet (numbered sections, dose tables by age and weight with figures one digit
apart, side effects under frequency bands whose heading lines repeat, "Talk to your doctor or
pharmacist before taking this medicine." and "If you are not sure, ask your pharmacist." in
many sections, "This leaflet was last revised in March 2026."), a surgery's opening hours
and services ("Monday 08:00–18:30" on most days, "Closed" again and again, bank holidays,
clinics an hour apart, "Telephone lines open at 08:00."), a childhood vaccination schedule
(ages as headed blocks, vaccines repeated with dose numbers one apart, the same footnote under
several blocks), a hospital discharge letter (a patient details block, "Take ONE tablet TWICE
a day." on several medicines, "Atenolol 5 mg" beside "Atenolol 50 mg", "Pradolin" beside
"Pradolan", follow-up dates, "Please contact the ward if you have any concerns."), a care
home's menu (weeks of days, "Soup of the day" and "Fresh fruit or yoghurt" every day, dishes
one word apart, "Armchair exercise 10:30"), a laboratory report (result rows with ranges and
flags, "Within normal range." many times, a repeat sample's report with one value changed in
each panel), a Mongolian/English clinic notice (the traditional script with narrow no-break
spaces before case suffixes, free variation selectors and the vowel separator) and a
Cherokee/English notice (the capital syllabary, a few lines in the small letters).

The families are what pharmacists, practice managers, wards, kitchens, laboratories, PDF
exporters and keyboards do between two versions: leaflet revised; hours changed; schedule
reissued; medicines changed; menu rotated; results reissued; the page re-exported from a PDF
(running footers and headers at page breaks, words hyphenated at line ends, a footnote moved
to the foot of its page); duplicates pruned (round 27's family); copy edited ("mg" and
"milligrams", "twice a day" and "2 times a day", "08:00" and "8am", "per cent" and "%",
quotes, dashes, typos); the page re-flowed as the portal re-wraps it at a new width (round
26's family, as round 29 ran it); Mongolian normalised on one side (narrow spaces before
suffixes made plain or dropped, variation selectors dropped, or the reverse); Cherokee folded
on one side (an old converter's letters written small, or capital); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Talk to your doctor or pharmacist before
taking this medicine.", "Closed", a vaccine's line, "Take ONE tablet TWICE a day.", "Soup of
the day", "Within normal range.", a notice's closing line) are each their own passage,
wherever their twins move or whichever of them is cut. A figure, a date, a time, a strength,
a dish, a flag, a suffix's space, a variation selector, a letter's case, a quote mark or a
hyphen is typed over: the rest of its passage stays. A line retyped in other words, a line
that was only "Closed" and now gives hours, a stopped medicine, a removed bank holiday and a
day's menu overwritten by another day's are gone.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
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
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh24_families import _each_unit, _echoed
from tests.benchmarks.reanchor_fresh24_kit import item_lines, short_lines
from tests.benchmarks.reanchor_fresh25_edits import line_rewritten
from tests.benchmarks.reanchor_fresh26_edits import written_where
from tests.benchmarks.reanchor_fresh26_families import reflowed_page
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_edits import item_cut
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh29_families import _footer, _head_holding, _whole
from tests.benchmarks.reanchor_fresh29_kit import HOUR, PER_CENT
from tests.benchmarks.reanchor_fresh30_edits import (
    cherokee_folded_in,
    house_style_set,
    line_moved,
    mongolian_switched_in,
    page_breaks,
    running_lines_inserted,
)
from tests.benchmarks.reanchor_fresh30_kit import (
    AGE_HEAD,
    BAND,
    CHEROKEE,
    CHEROKEE_FOLDED,
    CLOSED,
    DAY_HOURS,
    DISH,
    DOSE_FIGURE,
    FOOTNOTE,
    HOLIDAY_HEAD,
    LUNCH,
    MEDICINE,
    MEDICINE_HEAD,
    MENU_DAY,
    MILLIGRAMS,
    MONGOLIAN,
    MONGOLIAN_MARK,
    ONE_YEAR,
    RESULT,
    REVISED,
    TIMES_A_DAY,
    VACCINE_LINE,
)
from tests.benchmarks.reanchor_fresh30_texts import HOLIDAYS, KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirtieth fresh held-out material (never used while tuning).
FRESH30_SEEDS = range(30100, 30110)
NEW_MONTHS = ("June 2026", "September 2026", "January 2027")
#: A warning a revised leaflet types at the end of some items.
WARNINGS = (
    "Stop taking Telvarin and see a doctor at once if your face or tongue swells.",
    "Do not drink grapefruit juice while you take this medicine.",
    "Telvarin can make your skin more sensitive to sunlight.",
)
#: What a rewritten item says instead (typed anew, in other words).
REWORDED = (
    "This part of the leaflet has been rewritten; read it again.",
    "Your pharmacist can explain what has changed.",
    "Ask your doctor whether this applies to you.",
    "The advice here was updated after new studies.",
)
NEW_CLOSING = ("17:30", "19:30", "20:00")
OPENED = "09:00–12:00"
#: A bank holiday typed in when the page lists every usual one.
EXTRA_HOLIDAY = "Extra bank holiday 8 May"
NEW_VACCINES = (
    "Chickenpox vaccine (1st dose)",
    "Pneumococcal vaccine (1st dose)",
    "Hepatitis B vaccine (1st dose)",
)
NEW_MEDICINE = (
    "Apixaban 5 mg tablets\nTake ONE tablet TWICE a day.\nReason: to prevent clots\n"
    "New — started on this ward."
)
NEW_DISHES = (
    "Sausage and mash with gravy",
    "Cottage pie with peas",
    "Macaroni cheese",
    "Rice pudding",
)
NEW_ROW = "Magnesium 0.85 mmol/L (0.70–1.00)"
RUNNING_HEADER = "Printed from the patient portal on 10/03/2026"


def _lines_of(text: str, found: list[Span], pattern: re.Pattern[str]) -> list[Span]:
    """Body lines of ``found`` items that ``pattern`` matches whole."""
    return [
        line for item in found for line in body_lines(text, item) if pattern.fullmatch(text, *line)
    ]


def _section_span(text: str, title: str) -> Span | None:
    """A section from its heading to the next section's heading (or the footer), when a
    heading reads ``title``."""
    starts = [heading[0] for heading, _ in sections(text)] + [_footer(text)]
    for start, end in pairwise(starts):
        if text.startswith(title + "\n", start):
            return start, end
    return None


# -- families ------------------------------------------------------------------------------------


def leaflet_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A leaflet revised: one dose's figure ("5" of "5 mg") typed over wherever it stands, the
    "last revised" month typed over, a side effect (one, two) moved from its frequency band
    to another band's list, a warning typed at the end of one item (two, four), and one item's
    lines retyped."""
    # Truth: a figure or a month is typed over in place; a passage holding one keeps the rest
    # ("Usual dose: 7.5 mg once a day" is the coded dose line, revised). A moved side effect
    # keeps its characters under its new band, though the same words may stand under other
    # bands too. A typed warning is new. The retyped item's lines are gone, stock sentences and
    # all: a reader would not call "Ask your doctor whether this applies to you." the old "If
    # you are not sure, ask your pharmacist.", though its twins stand in other sections; its
    # head line stays.
    figure = rng.choice(sorted({m[0] for m in DOSE_FIGURE.finditer(tracked.text)}))
    written_where(tracked, DOSE_FIGURE, _whole(tracked), figure, f"{float(figure) * 1.5:g}")
    month = rng.choice(NEW_MONTHS)
    for old in sorted({m[0] for m in REVISED.finditer(tracked.text)}):
        written_where(tracked, REVISED, _whole(tracked), old, month)
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        bands = [item for item in _head_holding(text, BAND) if len(body_lines(text, item)) >= 2]
        heads = {text[slice(*head_line(text, item))] for item in bands}
        if len(heads) < 2:
            break
        source = rng.choice(bands)
        band = text[slice(*head_line(text, source))]
        line = rng.choice(body_lines(text, source))
        targets = [
            item
            for item in bands
            if text[slice(*head_line(text, item))] != band
            and text[slice(*line)] not in text[slice(*item)].split("\n")
        ]
        if targets:
            line_moved(tracked, line, rng.choice(targets)[1])
    found = items(tracked.text)
    for item in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4))), reverse=True):
        tracked.replace(item[1], 0, "\n" + rng.choice(WARNINGS))
    text = tracked.text
    retyped = rng.choice([item for item in items(text) if len(body_lines(text, item)) >= 2])
    reworded = rng.sample(REWORDED, len(REWORDED))
    for index, line in reversed(list(enumerate(body_lines(text, retyped)))):
        line_rewritten(tracked, line, 0, reworded[index % len(reworded)])


def hours_changed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Hours changed: one day's closing time typed over on every line of that day, a day's
    "Closed" typed over with hours or its hours with "Closed" (one line, three, six, with the
    lines that read only "Closed"), one bank holiday cut and another typed in, and the
    services block moved above the opening hours."""
    # Truth: a time or "Closed" is typed over and the day stays, so "Saturday 09:00–12:00" is
    # the coded "Saturday Closed", changed. A line that read only "Closed" and now gives hours
    # has nothing of its own left: gone, though "Closed" stands under other holidays. A cut
    # bank holiday is gone; a typed one is new, its "Closed" a decoy. The moved services block
    # keeps every character.
    text = tracked.text
    open_days = sorted({m[1] for m in DAY_HOURS.finditer(text) if m[2] != CLOSED})
    if open_days:
        day, closing = rng.choice(open_days), rng.choice(NEW_CLOSING)
        for match in reversed(list(DAY_HOURS.finditer(text))):
            if match[1] == day and match[2] != CLOSED:
                tracked.replace(match.end() - 5, 5, closing)
    text = tracked.text
    hours = [m.span(2) for m in DAY_HOURS.finditer(text)]
    hours += [line for line in item_lines(text) if text[slice(*line)] == CLOSED]
    for start, end in sorted(rng.sample(hours, min(len(hours), _by_rate(rate, 1, 3, 6))))[::-1]:
        tracked.replace(start, end - start, OPENED if text[start:end] == CLOSED else CLOSED)
    text = tracked.text
    holidays = _head_holding(text, HOLIDAY_HEAD)
    if holidays:
        cut = rng.choice(holidays[1:] or holidays)
        missing = [name for name in HOLIDAYS if f"\n{name}\n" not in text]
        typed = rng.choice(missing or [EXTRA_HOLIDAY])
        tracked.replace(holidays[-1][1], 0, f"\n\n{typed}\n{CLOSED}")
        if len(holidays) >= 2:
            item_cut(tracked, cut)
    text = tracked.text
    services, opening = (
        _section_span(text, "Services and clinics"),
        _section_span(text, "Opening hours"),
    )
    if services and opening and services[0] > opening[0]:
        tracked.move(services[0], services[1] - services[0], opening[0])


def schedule_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A schedule reissued: a vaccine typed in at one age (two, three), a vaccine's line (one,
    two) moved from its age block to another, and "12 months" and "1 year" written the other
    way wherever they stand (headings, footnotes, the lead)."""
    # Truth: a typed vaccine line is new even where it reads like a line under another age. A
    # moved dose keeps its characters under its new age, though the same vaccine stands under
    # other ages one dose apart. "1 year" typed as "12 months" keeps the rest of its heading or
    # footnote ("Babies under 12 months old" is the coded heading).
    text = tracked.text
    ages = _head_holding(text, AGE_HEAD)
    for item in sorted(rng.sample(ages, min(len(ages), _by_rate(rate, 1, 2, 3))), reverse=True):
        tracked.replace(head_line(text, item)[1], 0, "\n" + rng.choice(NEW_VACCINES))
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        ages = [item for item in _head_holding(text, AGE_HEAD) if len(body_lines(text, item)) >= 2]
        doses = _lines_of(text, ages, VACCINE_LINE)
        if len(ages) < 2 or not doses:
            break
        line = rng.choice(doses)
        target = rng.choice([item for item in ages if not item[0] <= line[0] < item[1]])
        line_moved(tracked, line, head_line(text, target)[1])
    swapped = {"12 months": "1 year", "1 year": "12 months"}
    replaced_all(tracked, ONE_YEAR, _whole(tracked), swapped)


def _medicine_items(text: str) -> list[Span]:
    """Items of a medicine taken at home: a head line "Ramipril 5 mg tablets", then how."""
    return [
        item
        for item in _head_holding(text, MEDICINE_HEAD)
        if text.startswith("Take ", head_line(text, item)[1] + 1)
    ]


def medicines_changed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Medicines changed: one medicine's strength (two, three) typed over wherever it stands,
    one medicine stopped (its item cut), one typed in after the last, and the list re-sorted
    alphabetically."""
    # Truth: a strength is typed over, so "Amlodipine 10 mg tablets" is the coded amlodipine,
    # its dose doubled, even where the list held "Amlodipine 10 mg" already. A stopped
    # medicine's lines are gone, though its "Take ONE tablet TWICE a day." stands under other
    # medicines; the typed one's is a decoy. Re-sorting moves each item whole.
    strengths = sorted({(m[0], m[1], m[2]) for m in MEDICINE.finditer(tracked.text)})
    for old, name, figure in rng.sample(strengths, min(len(strengths), _by_rate(rate, 1, 2, 3))):
        written_where(tracked, MEDICINE, _whole(tracked), old, f"{name} {float(figure) * 2:g} mg")
    found = _medicine_items(tracked.text)
    if len(found) >= 2:
        item_cut(tracked, rng.choice(found[1:]))
    found = _medicine_items(tracked.text)
    if found:
        tracked.replace(found[-1][1], 0, "\n\n" + NEW_MEDICINE)
    text = tracked.text
    for run in item_runs(text):
        listed = [item for item in run if item in _medicine_items(text)]
        if len(listed) != len(run) or len(run) < 2:
            continue
        units = [(start - 2, end) for start, end in run]
        order = sorted(range(len(run)), key=lambda i: text[slice(*head_line(text, run[i]))])
        if order != sorted(order):
            reorder(tracked, units, order)
        break


def menu_rotated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A menu rotated: week 1 moved after week 2, one dish (three, six) typed over, and one
    day's lines overwritten by a copy of another day's, one dish of the copy then typed
    over."""
    # Truth: a moved week keeps every character. A dish typed over keeps "Lunch: " and what
    # the new dish shares at its ends ("Cottage pie with peas" for "Shepherd’s pie with
    # peas" is the same line, one dish apart; a different dish leaves too little: gone). The
    # overwritten day's lines are gone, though the copy reads as they did; the copy is new
    # text, and the day it was copied from keeps its own.
    text = tracked.text
    starts = [heading[0] for heading, _ in sections(text)] + [_footer(text)]
    weeks = [
        (first, second, after)
        for first, second, after in zip(starts, starts[1:], starts[2:], strict=False)
        if text.startswith("Week 1 ", first) and text.startswith("Week 2 ", second)
    ]
    if weeks:
        first, second, after = weeks[0]
        reorder(tracked, [(first, second), (second, after)], [0])
    text = tracked.text
    dishes = list(LUNCH.finditer(text))
    for match in sorted(
        rng.sample(dishes, min(len(dishes), _by_rate(rate, 1, 3, 6))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        tracked.replace(
            match.start(),
            len(match[0]),
            rng.choice([dish for dish in NEW_DISHES if dish != match[0]]),
        )
    text = tracked.text
    days = _head_holding(text, MENU_DAY)
    if len(days) < 2:
        return
    source, target = rng.sample(days, 2)
    body = head_line(text, source)[1], source[1]
    at = head_line(text, target)[1]
    tracked.replace(at, target[1] - at, "")
    shift = target[1] - at if body[0] > at else 0
    tracked.copy(body[0] - shift, body[1] - body[0], at)
    copied = list(LUNCH.finditer(tracked.text, at, at + body[1] - body[0]))
    if copied:
        match = rng.choice(copied)
        tracked.replace(
            match.start(),
            len(match[0]),
            rng.choice([dish for dish in NEW_DISHES if dish != match[0]]),
        )


def _in_range(match: re.Match[str]) -> str:
    """A value inside a result row's reference range, written with the value's decimals."""
    low, high = float(match[4]), float(match[5])
    decimals = len(match[2].partition(".")[2])
    return f"{(low + high) / 2:.{decimals}f}"


def _first_run(lines: list[Span]) -> list[Span]:
    """The first of ``lines`` and those that follow it line after line."""
    run = lines[:1]
    for line in lines[1:]:
        if line[0] != run[-1][1] + 1:
            break
        run.append(line)
    return run


def results_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Results reissued: one test's value (two, three) corrected wherever that value stands
    for it (in both reports), the rows of one panel (half, every one) sorted by test name, a
    test typed into one panel, and one flagged value (two, three) corrected into its range
    with its flag cut."""
    # Truth: a value is typed over in place; a row keeps its test, unit and range ("Sodium
    # 141 mmol/L (133–146)" is the coded sodium row, corrected). Sorted rows move whole. A
    # typed row is new. A row whose flag is cut keeps everything else.
    text = tracked.text
    values = sorted({(m[1], m[2]) for m in RESULT.finditer(text)})
    for name, value in rng.sample(values, min(len(values), _by_rate(rate, 1, 2, 3))):
        corrected = value[:-1] + str((int(value[-1]) + rng.randint(1, 8)) % 10)
        for match in reversed(list(RESULT.finditer(tracked.text))):
            if (match[1], match[2]) == (name, value):
                tracked.replace(match.start(2), len(value), corrected)
    text = tracked.text
    panels = [
        item
        for item in items(text)
        if sum(bool(RESULT.match(text, line[0])) for line in body_lines(text, item)) >= 2
    ]
    for item in rng.sample(panels, _count(rate, len(panels))) if panels else []:
        rows = _first_run(
            [line for line in body_lines(tracked.text, item) if RESULT.match(tracked.text, line[0])]
        )
        units = [(start - 1, end) for start, end in rows]
        order = sorted(range(len(rows)), key=lambda i: tracked.text[slice(*rows[i])])
        if order != sorted(order):
            reorder(tracked, units, order)
    if panels:
        text = tracked.text
        panel = rng.choice([i for i in items(text) if RESULT.search(text, *i)])
        rows = [line for line in body_lines(text, panel) if RESULT.match(text, line[0])]
        tracked.replace(rows[-1][1], 0, "\n" + NEW_ROW)
    text = tracked.text
    flagged = [m for m in RESULT.finditer(text) if m[6]]
    for match in sorted(
        rng.sample(flagged, min(len(flagged), _by_rate(rate, 1, 2, 3))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        tracked.replace(match.start(6) - 1, 2, "")
        tracked.replace(match.start(2), len(match[2]), _in_range(match))


def page_reexported(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page re-exported from a PDF: pages broken about every 2,600 characters (1,800,
    1,200), a footnote of a page's items moved to the end of its last item, long words of two
    body lines (five, ten) hyphenated at a line end, and at each break the page's running
    footer ("Telvarin 5 mg tablets — Page 2 of 4") and the next page's header typed, between
    paragraphs or inside one."""
    # Truth: running lines and hyphens are typed; every passage keeps its characters, a
    # passage across a page break or a hyphen with the running lines or the hyphen inside it.
    # A moved footnote keeps its characters at the foot of its page, though its twin stands
    # under other blocks.
    text = tracked.text
    breaks = page_breaks(text, rng, _by_rate(rate, 2600, 1800, 1200))
    for low, high in reversed(list(pairwise([0, *breaks]))):
        on_page = [item for item in items(text) if low <= item[0] and item[1] < high]
        foot = text[slice(*on_page[-1])].split("\n") if on_page else []
        footnotes = [
            m.span()
            for item in on_page
            for m in FOOTNOTE.finditer(text, *item)
            if item == on_page[-1] or m[0] not in foot
        ]
        if footnotes:
            line = rng.choice(footnotes)
            if line[1] != on_page[-1][1]:
                line_moved(tracked, line, on_page[-1][1])
    text = tracked.text
    starts = {
        m.start() + line[0]
        for item in items(text)
        for line in body_lines(text, item)
        for m in re.finditer(r"(?<= )[A-Za-z]{8,}(?=[ ,.])", text[slice(*line)])
    }
    hyphens = sorted(rng.sample(sorted(starts), min(len(starts), _by_rate(rate, 2, 5, 10))))
    for start in reversed(hyphens):
        word = re.match(r"[A-Za-z]+", text[start:])
        assert word is not None
        tracked.replace(start + len(word[0]) // 2, 0, "-\n")
    breaks = [at + 2 * sum(start < at for start in hyphens) for at in breaks]
    subtitle = text.split("\n")[2].split(" · ")[0]
    footer = subtitle + " — Page {page} of {pages}"
    running_lines_inserted(tracked, breaks, footer, RUNNING_HEADER)


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "mg" and "milligrams",
    "twice a day" and "2 times a day", times on the hour as "8am" or "08:00" written the
    other way, straight quotes set curly, a spaced hyphen as an en dash, "per cent" as "%" and
    back; and some typos."""
    marks = re.compile(
        "|".join(p.pattern for p in (COPY_MARK, PER_CENT, MILLIGRAMS, TIMES_A_DAY, HOUR))
    )
    _each_unit(tracked, rng, rate, marks, house_style_set)
    typos(tracked, rng, rate / 4)


def mongolian_normalised_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard on one side: in one item with Mongolian (half, every one) narrow
    no-break spaces before case suffixes made plain spaces (or, a third of the time, left
    out) and variation selectors dropped, or, half the time, the reverse (the other way in
    an item already so)."""
    # Truth: only the spaces and selectors are typed; a clause keeps its letters. A suffix
    # joined to its word is the same words to a reader, so the clause stays.
    plain, joined = rng.random() < 0.5, rng.random() < 1 / 3
    _each_unit(
        tracked,
        rng,
        rate,
        MONGOLIAN_MARK,
        lambda t, unit: mongolian_switched_in(t, unit, plain, joined),
    )


def cherokee_folded_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An old converter on one side: in one item with Cherokee (half, every one) the letters
    its table knows (the vowels and the g, h and l rows) written in the small forms, or, half
    the time, in the capital ones (the other way in an item already so)."""
    # Truth: a folded letter is typed anew, so it has no origin. A converter that folded
    # every letter would leave a Cherokee clause with nothing of its own, and the truth would
    # call gone what a reader calls the same words in other letters; so this converter's
    # table holds only some rows, as old ones did, and a clause keeps most of its letters and
    # stands where it stood. A short clause made mostly of those rows may still lose more
    # than half its letters: the truth then calls it gone, and we let that stand.
    small = rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, CHEROKEE_FOLDED, lambda t, unit: cherokee_folded_in(t, unit, small)
    )


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH30_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH30_FAMILIES: dict[str, Family] = {
    "leaflet revised": leaflet_revised,
    "hours changed": hours_changed,
    "schedule reissued": schedule_reissued,
    "medicines changed": medicines_changed,
    "menu rotated": menu_rotated,
    "results reissued": results_reissued,
    "page re-exported": page_reexported,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "reflowed": reflowed_page,
    "mongolian normalised": mongolian_normalised_one_side,
    "cherokee folded": cherokee_folded_one_side,
    "combined": combined,
}


def fresh30_text(seed: int, rng: random.Random) -> str:
    """A patient leaflet, a surgery's hours, a vaccination schedule, a discharge letter, a
    care home's menu, a laboratory report, a Mongolian/English or a Cherokee/English notice,
    by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a dose, a month, a day's hours, a dose number, a
#: medicine with its strength, a dish, a result row, a date, a time.
SHORT = (
    re.compile(r"\b[0-9]+(?:\.[0-9]+)? mg\b"),
    REVISED,
    DAY_HOURS,
    re.compile(r"\([1-4](?:st|nd|rd|th) dose\)"),
    MEDICINE,
    DISH,
    RESULT,
    re.compile(r"\b[0-9]{2}/[0-9]{2}/2026\b"),
    re.compile(r"\b[0-9]{2}:[0-9]{2}–[0-9]{2}:[0-9]{2}\b"),
)


def _script_clauses(text: str) -> list[Span]:
    """Clauses of Mongolian or Cherokee runs: up to a stop (or the run's end)."""
    found = []
    for pattern in (MONGOLIAN, CHEROKEE):
        for run in pattern.finditer(text):
            for part in re.finditer("[^.᠃]+[.᠃]?", run[0]):
                words = part[0].strip(" \u202f")
                if len(words) >= 4:
                    at = run.start() + part.start() + part[0].index(words)
                    found.append((at, at + len(words)))
    return found


def fresh30_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items, clauses, whole
    lines (a leaflet sentence, a dose line, a side effect, an hours line, a vaccine line, a
    medication line, a menu line, a result row, a notice's line), two lines of an item,
    section headings, one occurrence of a line the page repeats or of a short line that
    recurs ("Closed", "Soup of the day") or words inside one, a line whose words stand in
    another item, head lines (a band, an age, a medicine, a day), last lines, something short
    (a dose, a strength, a dish, a result, a date, a time), Mongolian and Cherokee clauses,
    two items across their blank line, notes' sentences, two sentences across a paragraph
    break, whole sections; each passage once while pools last."""
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
