"""Twenty-ninth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh29`` prints it as "twenty-ninth fresh held-out material"). The texts
are what workplaces write for their staff and revise, each version a full page
(``reanchor_fresh29_texts`` and ``reanchor_fresh29_more_texts``): a staff handbook's
policies (numbered sections and sub-sections, "25 days' paid holiday" and "28 days
including bank holidays" in several sections, "Speak to your line manager first." and "This
does not affect your statutory rights." in many, "see section 4.1", a glossary), a ward's
shift rota (weeks as headed blocks, a day's lines "Mon 07:00–15:00 Early — A. Okafor", the
same name and shift on many days, lines one name or one hour apart, "Day off" and "On call"
repeated, swaps noted), a cleaning product's safety data sheet (standard sections, hazard
and precaution statements with their codes, some in two sections, "No data available." many
times, a pH, a flash point and exposure limits one digit apart), a press's operating
procedure (numbered steps, "repeat steps 4 to 6", "Check that the guard is closed." in
several steps, boxed cautions, a sign-off table), a maintenance log (dated entries oldest
first, "Checked — no fault found." again and again, part numbers a character apart, meter
readings, entries struck and re-entered), a job advert with a second role (bullets shared
between the roles, a salary band, the closing date in the head and the foot, the
equal-opportunities paragraph twice), a Sinhala/English safety notice (yansaya and
rakaransaya with or without the joiner, touching letters, the al-lakuna, vowel signs on both
sides) and an Inuktitut/English notice (syllabics with finals, long vowels with the dot or
written twice, "ai" reformed or in the old ai-series, a few lines in Roman orthography).

The families are what people teams, managers and their tools do between two versions:
policy revised (the "Effective from" date and an entitlement's figure typed over everywhere
they stand, a sentence typed into some sub-sections, one sub-section retyped); sections
renumbered (a section typed in near the top, every later section number and cross-reference
typed over, one sub-section split in two); rota reshuffled (shifts swapped between people,
"Day off" turned into a shift and back, one person's lines cut, a week moved after the
next); data sheet revised (hazard statements typed in and cut, a figure corrected everywhere
it stands, "No data available." replaced by figures); steps renumbered (a step typed in, two
steps merged, every later step number and "repeat steps" reference typed over, a caution
moved to another step); log appended and tidied (a struck entry cut, a week's repeated
"Checked — no fault found." entries cut to the first, new entries typed at the end); advert
reposted (salary bands and the closing date typed over, bullets reordered within their
list, the second role's parts cut); duplicates pruned (round 27's family); copy edited
("e-mail" and "email", "07:00" and "7am", "£28,500" and "£28.5k", quotes, dashes, "per cent"
and "%", typos); the page re-flowed as a word processor re-wraps it after a margin change;
Sinhala normalised on one side (joiners of yansaya, rakaransaya and touching letters dropped
or added); syllabics normalised on one side (long vowels with the dot or written twice, "ai"
reformed or in the ai-series); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Speak to your line manager first.", "Day
off", "No data available.", "Check that the guard is closed.", "Checked — no fault found.",
the equal-opportunities paragraph, a notice's closing line) are each their own passage,
wherever their twins move or whichever of them is cut. A figure, a date, a number, a shift,
a salary, a joiner, a syllable, a quote mark, a line break or a hyphen is typed over: the
rest of its passage stays. A line retyped in other words, a line replaced whole, an entry,
a role or a person's line cut is gone.
"""

from __future__ import annotations

import datetime
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
from tests.benchmarks.reanchor_fresh23_edits import line_dropped
from tests.benchmarks.reanchor_fresh23_kit import (
    FOOTER_HEADING,
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
from tests.benchmarks.reanchor_fresh25_edits import line_rewritten
from tests.benchmarks.reanchor_fresh26_edits import written_where
from tests.benchmarks.reanchor_fresh26_families import reflowed_page
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_edits import item_cut
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh29_edits import (
    house_style_set,
    numbers_shifted,
    sinhala_joiners_switched,
    syllabics_switched_in,
)
from tests.benchmarks.reanchor_fresh29_kit import (
    BULLET,
    CAUTION,
    CHECKED,
    CLOSING,
    DAY_OFF,
    EFFECTIVE,
    EMAIL,
    ENTITLEMENT,
    ENTRY_HEAD,
    HAZARD_CODE,
    HAZARD_LINE,
    HOUR,
    NO_DATA,
    PART,
    PER_CENT,
    READING,
    ROTA_LINE,
    SALARY,
    SECTION_HEADING,
    SECTION_REFERENCE,
    SHEET_FIGURE,
    SHIFTS,
    SINHALA,
    SINHALA_MARK,
    STEP_HEAD,
    STEP_NUMBER,
    STRUCK,
    SUB_SECTION,
    SYLLABICS,
    SYLLABICS_MARK,
    THOUSANDS,
)
from tests.benchmarks.reanchor_fresh29_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twenty-ninth fresh held-out material (never used while tuning).
FRESH29_SEEDS = range(29100, 29110)
#: The date a revised policy or data sheet takes effect instead.
NEW_DATES = ("1 May 2026", "6 April 2026", "1 June 2026")
#: A sentence a revised policy types into a sub-section.
ADDED_SENTENCES = (
    "Ask the people team if you are unsure.",
    "This applies from your first day.",
    "Managers must reply within 5 working days.",
)
#: What a retyped sub-section says instead (typed anew, in other words).
REWORDED = (
    "The rules for this have changed; read the new policy on the intranet.",
    "Your manager will explain what this means for your team.",
    "We will review this again next year.",
    "Contact the people team with any questions.",
)
#: A section typed in near the top of a handbook or a data sheet (its number filled in).
NEW_SECTION = (
    "Section {n} — Hybrid working\n\nThis section is new.\n\n"
    "{n}.1 How it works\nYou can work from home up to 2 days a week.\n"
    "Speak to your line manager first."
)
#: Hazard statements a revised data sheet types in.
NEW_HAZARDS = (
    "H335 May cause respiratory irritation.",
    "H317 May cause an allergic skin reaction.",
)
#: What a line that read "No data available." says once measured.
MEASURED = ("Measured: 1.02 g/cm³", "0.5 ppm", "Not flammable.")
#: A step typed into a procedure (its number filled in).
NEW_STEP = "Step {n} — Check the oil level\nThe sight glass should show green.\n{guard}"
#: A week's entries cut to one in a tidied log are those holding only this check.
ONLY_CHECKED = (CHECKED,)
#: How much a reposted advert's salary figures rise.
RAISES = (500, 1000)
NEW_CLOSING = ("3 April 2026", "27 March 2026")
#: The role a reposted advert drops.
SECOND_ROLE = "Stock controller"


def _whole(tracked: TrackedText) -> Span:
    """The whole text now."""
    return 0, len(tracked.text)


def _head_holding(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """Items whose head line ``pattern`` matches from its start."""
    return [item for item in items(text) if pattern.match(text, item[0])]


def _footer(text: str) -> int:
    """Where the footer's heading starts."""
    return text.index(f"\n\n{FOOTER_HEADING}\n") + 2


# -- families ------------------------------------------------------------------------------------


def policy_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A policy revised: the "Effective from" date typed over everywhere it stands, one
    entitlement's figure ("25" of "25 days") raised wherever it stands, a sentence typed at
    the end of one sub-section (two, four), and one sub-section's lines retyped."""
    # Truth: a date or a figure is typed over in place; a passage holding one keeps the rest
    # of its characters ("You get 26 days' paid holiday a year." is the coded entitlement,
    # revised). A typed sentence is new even where it reads like a stock one. The retyped
    # sub-section's lines are gone, stock sentences and all: a reader would not call "We will
    # review this again next year." the old "Speak to your line manager first.", though its
    # twins stand in other sub-sections; its head line ("4.2 Who it covers") stays.
    later = rng.choice(NEW_DATES)
    for date in sorted({m[0] for m in EFFECTIVE.finditer(tracked.text)}):
        written_where(tracked, EFFECTIVE, _whole(tracked), date, later)
    figures = sorted({m[0] for m in ENTITLEMENT.finditer(tracked.text)})
    figure = rng.choice(figures)
    written_where(tracked, ENTITLEMENT, _whole(tracked), figure, str(int(figure) + 1))
    found = _head_holding(tracked.text, SUB_SECTION) or items(tracked.text)
    if not found:
        return
    for item in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4))), reverse=True):
        tracked.replace(item[1], 0, "\n" + rng.choice(ADDED_SENTENCES))
    found = _head_holding(tracked.text, SUB_SECTION) or items(tracked.text)
    retyped = rng.choice(found)
    reworded = rng.sample(REWORDED, len(REWORDED))
    for index, line in reversed(list(enumerate(body_lines(tracked.text, retyped)))):
        line_rewritten(tracked, line, 0, reworded[index % len(reworded)])


def sections_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sections renumbered: one sub-section of three body lines or more split in two after its
    first body line (a head line typed, its later sub-sections and references to them one
    up); then a section typed in after the first section (before the footer when there is no
    second), every later section's number and every reference to one typed one up."""
    # Truth: only the figures of a number are typed over, so "4.2 Who it covers" is still the
    # coded sub-section as "5.2 Who it covers", and a cross-reference keeps the rest of its
    # sentence. The split sub-section's lines keep their characters: its first body line stays
    # under the old head line, the others now stand under the typed one. The typed section's
    # "Speak to your line manager first." is a new copy, a decoy.
    text = tracked.text
    patterns = (SECTION_HEADING, SUB_SECTION, SECTION_REFERENCE)
    long_items = [
        item for item in _head_holding(text, SUB_SECTION) if len(body_lines(text, item)) >= 3
    ]
    if long_items:
        item = rng.choice(long_items)
        number = SUB_SECTION.match(text, item[0])
        assert number is not None
        section, sub = int(number[1]), int(number[2])
        title = text[number.end() + 1 : head_line(text, item)[1]]
        index = items(text).index(item)
        numbers_shifted(tracked, patterns[1:], sub + 1, 1, groups=(2,), within=section)
        at = body_lines(tracked.text, items(tracked.text)[index])[0][1] + 1
        tracked.replace(at, 0, f"\n{section}.{sub + 1} {title} (continued)\n")
    headings = list(SECTION_HEADING.finditer(tracked.text))
    new = int(headings[1][1]) if len(headings) >= 2 else int(headings[0][1]) + 1 if headings else 2
    numbers_shifted(tracked, patterns, new, 1)
    headings = list(SECTION_HEADING.finditer(tracked.text))
    at = headings[1].start() if len(headings) >= 2 else _footer(tracked.text)
    tracked.replace(at, 0, NEW_SECTION.format(n=new) + "\n\n")


def rota_reshuffled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A rota reshuffled: two people's shifts swapped on one day (two, four days), a "Day off"
    turned into a shift or a shift into a "Day off" on one line (three, six), one person's
    lines cut from the days that keep others, and one week moved after the next."""
    # Truth: a swap or a day off types over the shift and keeps the day and the name, so a
    # passage of the day or the name follows them. A whole line whose shift was most of it
    # ("Mon 07:00–15:00 Early — A. Okafor" now "Mon 15:00–23:00 Late — A. Okafor") is gone:
    # a reader who coded who works Monday's early shift would not call the late shift that
    # line; a shorter shift ("Day off" for "On call") leaves the line findable. A cut
    # person's lines are gone although the same shift stands on the same day for others. A
    # moved week keeps every character.
    text = tracked.text
    days = [
        [m for line in body_lines(text, item) if (m := ROTA_LINE.match(text, line[0]))]
        for item in items(text)
    ]
    pairs = [(a, b) for lines in days for a, b in pairwise(lines) if a[2] != b[2] and a[1] == b[1]]
    swapped = rng.sample(pairs, min(len(pairs), _by_rate(rate, 1, 2, 4)))
    typed: dict[int, tuple[int, str]] = {}
    for a, b in swapped:
        typed[a.start(2)] = (len(a[2]), b[2])
        typed[b.start(2)] = (len(b[2]), a[2])
    lines = [m for m in ROTA_LINE.finditer(text) if m.start(2) not in typed]
    for match in rng.sample(lines, min(len(lines), _by_rate(rate, 1, 3, 6))):
        shift = rng.choice(SHIFTS) if match[2] == DAY_OFF else DAY_OFF
        typed[match.start(2)] = (len(match[2]), shift)
    for at, (length, shift) in sorted(typed.items(), reverse=True):
        tracked.replace(at, length, shift)
    text = tracked.text
    names = sorted({m[3] for m in ROTA_LINE.finditer(text, 0, _footer(text))})
    if names:
        name = rng.choice(names)
        cut = []
        for item in items(text):
            lines_of = body_lines(text, item)
            theirs = [
                line for line in lines_of if (m := ROTA_LINE.match(text, line[0])) and m[3] == name
            ]
            if len(theirs) < len(lines_of):
                cut += theirs
        for line in sorted(cut, reverse=True):
            line_dropped(tracked, line)
    text = tracked.text
    starts = [heading[0] for heading, _ in sections(text)] + [_footer(text)]
    movable = [
        (first, second, after)
        for first, second, after in zip(starts, starts[1:], starts[2:], strict=False)
        if text.startswith("Week ", first) and text.startswith("Week ", second)
    ]
    if movable:
        first, second, after = rng.choice(movable)
        reorder(tracked, [(first, second), (second, after)], [0])


def sheet_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A data sheet revised: a hazard statement typed after one (two, three) that stand, one
    (two) cut where its sub-section keeps other lines, one figure corrected everywhere it
    stands (its last digit typed over), and "No data available." replaced by a figure on one
    line (two, four)."""
    # Truth: a typed statement is new; a cut one is gone though its twin stands in another
    # section. A corrected figure is typed over, so "pH 11.8" is the coded "pH 11.5" line,
    # corrected. A line that read only "No data available." and now reads "0.5 ppm" is gone
    # (nothing of it is left); a labelled line ("Odour threshold: No data available.") keeps
    # its label.
    text = tracked.text
    stated = [m.span() for m in HAZARD_LINE.finditer(text)]
    for end in sorted(e for _, e in rng.sample(stated, min(len(stated), _by_rate(rate, 1, 2, 3))))[
        ::-1
    ]:
        tracked.replace(end, 0, "\n" + rng.choice(NEW_HAZARDS))
    text = tracked.text
    removable = [
        line
        for item in items(text)
        for line in body_lines(text, item)
        if len(body_lines(text, item)) >= 2 and HAZARD_LINE.fullmatch(text, *line)
    ]
    for line in sorted(rng.sample(removable, min(len(removable), _by_rate(rate, 1, 1, 2))))[::-1]:
        line_dropped(tracked, line)
    figure = rng.choice(sorted({m[0] for m in SHEET_FIGURE.finditer(tracked.text)}))
    corrected = figure[:-1] + str((int(figure[-1]) + rng.randint(1, 8)) % 10)
    written_where(tracked, SHEET_FIGURE, _whole(tracked), figure, corrected)
    text = tracked.text
    missing = [line for line in item_lines(text) if text[slice(*line)].endswith(NO_DATA)]
    for _, end in sorted(rng.sample(missing, min(len(missing), _by_rate(rate, 1, 2, 4))))[::-1]:
        tracked.replace(end - len(NO_DATA), len(NO_DATA), rng.choice(MEASURED))


def steps_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Steps renumbered: a caution moved to the end of another step, two neighbouring steps
    merged (the second's head line cut, its lines left under the first, every later step
    number and reference one down), then a step typed in before one (at the end of the
    page's last section when there is none), every step number and reference from it on
    one up."""
    # Truth: only a number's figures are typed over, so "Step 9 — Load the die" is the coded
    # step as "Step 10 — Load the die", and "repeat steps 4 to 6" keeps its words as "repeat
    # steps 5 to 7". A moved caution keeps its characters where it went, though its twin
    # stands under other steps. The merged step's head line is gone; its lines stay, under
    # the first step. The typed step's "Check that the guard is closed." is a decoy.
    text = tracked.text
    steps = _head_holding(text, STEP_HEAD)
    cautions = [
        (line, item)
        for item in steps
        for line in body_lines(text, item)
        if CAUTION.fullmatch(text, *line) and len(body_lines(text, item)) >= 2
    ]
    if cautions and len(steps) >= 2:
        (start, end), source = rng.choice(cautions)
        target = rng.choice([item for item in steps if item != source])
        at, length = start - 1, end - start + 1
        tracked.move(at, length, target[1] - length if target[1] > at else target[1])
    text = tracked.text
    pairs = [pair for run in item_runs(text) for pair in pairwise(run)]
    pairs = [
        (a, b) for a, b in pairs if STEP_HEAD.match(text, a[0]) and STEP_HEAD.match(text, b[0])
    ]
    if pairs:
        first, second = rng.choice(pairs)
        merged = STEP_HEAD.match(text, second[0])
        assert merged is not None
        tracked.replace(first[1], head_line(text, second)[1] - first[1], "")
        numbers_shifted(tracked, (STEP_NUMBER,), int(merged[1]), -1, groups=(1, 2))
    text = tracked.text
    steps = _head_holding(text, STEP_HEAD)
    guard = rng.choice(("Check that the guard is closed.", "Wipe up any oil."))
    if steps:
        before = rng.choice(steps)
        number = STEP_HEAD.match(text, before[0])
        assert number is not None
        new = int(number[1])
        index = items(text).index(before)
        numbers_shifted(tracked, (STEP_NUMBER,), new, 1, groups=(1, 2))
        at = items(tracked.text)[index][0]
        tracked.replace(at, 0, NEW_STEP.format(n=new, guard=guard) + "\n\n")
        return
    numbers_shifted(tracked, (STEP_NUMBER,), 1, 1, groups=(1, 2))
    at = _footer(tracked.text) - 2
    tracked.replace(at, 0, "\n\n" + NEW_STEP.format(n=1, guard=guard))


def _entry_date(text: str, item: Span) -> datetime.date | None:
    """A log entry's date (none for a struck entry or another item)."""
    match = ENTRY_HEAD.match(text, item[0])
    return datetime.date(2026, int(match[2]), int(match[1])) if match else None


def log_tidied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A log appended and tidied: one struck entry cut (half, every one), in one week (two,
    every one) the entries holding only "Checked — no fault found." cut to the first, and
    one new entry (two, three) typed after the last entry of a machine (at the end of the
    last section when there are none), days later and with a higher reading."""
    # Truth: a cut entry is gone, although its words stand word for word in the kept entry
    # of its week and under other machines: a reader who coded Tuesday's check coded that
    # entry. The kept first entry keeps every character. Typed entries are new, their
    # "Checked — no fault found." a decoy.
    text = tracked.text
    struck = [item for item in items(text) if text.startswith(STRUCK, item[0])]
    cut = rng.sample(struck, _count(rate, len(struck))) if struck else []
    weeks: dict[tuple[int, int, int], list[Span]] = {}
    for index, (_, under) in enumerate(sections(text)):
        for item in under:
            date = _entry_date(text, item)
            lines = [text[slice(*line)] for line in body_lines(text, item)] if date else []
            if date and tuple(lines) == ONLY_CHECKED:
                weeks.setdefault((index, *date.isocalendar()[:2]), []).append(item)
    repeated = [group[1:] for _, group in sorted(weeks.items()) if len(group) >= 2]
    for group in rng.sample(repeated, min(len(repeated), _by_rate(rate, 1, 2, len(repeated)))):
        cut += group
    for item in sorted(set(cut), reverse=True):
        item_cut(tracked, item)
    text = tracked.text
    entries = [item for item in items(text) if _entry_date(text, item)]
    last = rng.choice([under[-1] for _, under in sections(text) if under[-1] in entries] or [None])
    if last is None:
        at = _footer(text) - 2
        tracked.replace(at, 0, f"\n\n16/03/2026 · 1,800 h\n{CHECKED}")
        return
    date = _entry_date(text, last)
    assert date is not None
    reading = READING.search(text, *head_line(text, last))
    count, unit = (
        (int(reading[0].split()[0].replace(",", "")), reading[0].split()[1])
        if reading
        else (0, "h")
    )
    typed = []
    for _ in range(_by_rate(rate, 1, 2, 3)):
        date += datetime.timedelta(days=rng.randint(1, 4))
        count += rng.randint(20, 60)
        typed.append(
            f"{date:%d/%m/%Y} · {count:,} {unit}\n{rng.choice((CHECKED, 'Greased the mast.'))}"
        )
    tracked.replace(last[1], 0, "".join(f"\n\n{entry}" for entry in typed))


def advert_reposted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An advert reposted: every salary band raised where it stands, the closing date typed
    over, the bullets of one list (half, every one) reordered, and the second role's parts
    cut."""
    # Truth: figures and dates are typed over; a passage holding them keeps the rest ("Salary
    # £29,000–£31,500 a year" is the coded salary line). A reordered bullet is moved whole, so
    # its truth follows it within its list. The second role's parts are gone, although most
    # of their bullets and the equal-opportunities paragraph stand word for word under the
    # first role: a reader coding the stock controller's duty coded that role's duty.
    raise_by = rng.choice(RAISES)
    for band in sorted({m[0] for m in SALARY.finditer(tracked.text)}):
        low, high = (int(part[1:].replace(",", "")) + raise_by for part in band.split("–"))
        written_where(tracked, SALARY, _whole(tracked), band, f"£{low:,}–£{high:,}")
    closing = rng.choice(NEW_CLOSING)
    for date in sorted({m[0] for m in CLOSING.finditer(tracked.text)}):
        written_where(tracked, CLOSING, _whole(tracked), date, closing)
    text = tracked.text
    lists = [
        item
        for item in items(text)
        if len(body_lines(text, item)) >= 2
        and all(text.startswith(BULLET, line[0]) for line in body_lines(text, item))
    ]
    for item in rng.sample(lists, _count(rate, len(lists))) if lists else []:
        units = [(start - 1, end) for start, end in body_lines(tracked.text, item)]
        order = list(range(len(units)))
        while order == sorted(order):
            rng.shuffle(order)
        reorder(tracked, units, order)
    text = tracked.text
    starts = [heading[0] for heading, _ in sections(text)] + [_footer(text)]
    second = [
        (start, end) for start, end in pairwise(starts) if text.startswith(SECOND_ROLE, start)
    ]
    for start, end in reversed(second):
        tracked.replace(start, end - start, "")


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "e-mail" and "email" written
    the other way, times on the hour as "7am" or "07:00", thousands of pounds as "£28.5k" or
    "£28,500", straight quotes set curly, an apostrophe typographic, a spaced hyphen as an en
    dash, "per cent" as "%" and back; and some typos."""
    marks = re.compile("|".join(p.pattern for p in (COPY_MARK, PER_CENT, EMAIL, HOUR, THOUSANDS)))
    _each_unit(tracked, rng, rate, marks, house_style_set)
    typos(tracked, rng, rate / 4)


def sinhala_normalised_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard on one side: in one item with a Sinhala joiner's place (half, every
    one) every yansaya, rakaransaya and touching letter written without its joiner, or, half
    the time, with it (the other way in an item already so)."""
    dropped = rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, SINHALA_MARK, lambda t, unit: sinhala_joiners_switched(t, unit, dropped)
    )


def syllabics_normalised_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An older hand on one side: in one item with syllabics (half, every one) long vowels
    written twice (ᐃᐃ for ᐄ) and "ai" in the old ai-series (ᒣ for ᒪᐃ), or, half the time,
    the reverse (the other way in an item already so)."""
    older = rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, SYLLABICS_MARK, lambda t, unit: syllabics_switched_in(t, unit, older)
    )


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH29_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH29_FAMILIES: dict[str, Family] = {
    "policy revised": policy_revised,
    "sections renumbered": sections_renumbered,
    "rota reshuffled": rota_reshuffled,
    "data sheet revised": sheet_revised,
    "steps renumbered": steps_renumbered,
    "log appended and tidied": log_tidied,
    "advert reposted": advert_reposted,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "reflowed": reflowed_page,
    "sinhala normalised": sinhala_normalised_one_side,
    "syllabics normalised": syllabics_normalised_one_side,
    "combined": combined,
}


def fresh29_text(seed: int, rng: random.Random) -> str:
    """A staff handbook, a rota, a safety data sheet, an operating procedure, a maintenance
    log, a job advert, a Sinhala/English or an Inuktitut/English notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a date, an entitlement, a code, a figure, a part, a
#: reading, a salary, a closing date, a name on a rota, a step.
SHORT = (
    EFFECTIVE,
    re.compile(r"\b[0-9]{1,2} days\b"),
    HAZARD_CODE,
    SHEET_FIGURE,
    PART,
    READING,
    SALARY,
    CLOSING,
    re.compile(r"(?<= — )[A-Z]\. [A-Z][a-z]+"),
    re.compile(r"\bStep [0-9]{1,2}\b"),
)


def _script_clauses(text: str) -> list[Span]:
    """Clauses of Sinhala or syllabics runs: up to a stop (or the run's end)."""
    found = []
    for pattern in (SINHALA, SYLLABICS):
        for run in pattern.finditer(text):
            for part in re.finditer("[^.]+[.]?", run[0]):
                words = part[0].strip(" \u200d")
                if len(words) >= 4:
                    at = run.start() + part.start() + part[0].index(words)
                    found.append((at, at + len(words)))
    return found


def fresh29_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items, clauses, whole
    lines (a policy sentence, a rota line, a hazard statement with its code, a step's line, a
    log line, a bullet, a notice's line), two lines of an item, section headings, one
    occurrence of a line the page repeats or of a short line that recurs ("Day off", "No
    data available.") or words inside one, a line whose words stand in another item, head
    lines (a sub-section with its number, a step with its number, a dated entry), last
    lines, something short (a date, an entitlement, a code, a figure, a part number, a
    reading, a salary, a name), Sinhala and syllabics clauses, two items across their blank
    line, notes' sentences, two sentences across a paragraph break, whole sections; each
    passage once while pools last."""
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
