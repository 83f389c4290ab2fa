"""Fortieth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh40`` prints it as "fortieth fresh held-out material"). The texts are what
a research laboratory publishes and revises for its staff and students, each version a full
page (``reanchor_fresh40_texts`` and ``reanchor_fresh40_more_texts``): a bench protocol by stage
(numbered steps, "Step 3. Add 50 µL of lysis buffer AL", volumes one figure apart, "5 µL" and
"50 µL", and "Incubate at 37 °C for 30 min", "Centrifuge at 4,000 × g for 10 min" and "Note:
keep on ice" word for word under many steps), a safety data sheet's sixteen numbered sections
under the same sub-headings (hazard codes one figure apart, "H315" and "H319", "P280 Wear
protective gloves" and "No data available" repeated), a reagent and freezer inventory by store
and box (one line a position, "A3  Taq polymerase 5 U/µL  Lot 2309-114  exp 2026-03", boxes and
positions one figure or letter apart, "Expired — do not use" under many lines), an instrument
booking rota by day (one line a slot, the same instruments every day, people one letter apart,
"Priya Raman" and "Priya Ramen"), a lab induction checklist ("Signed off by the lab manager"
recurring), a paper's methods section (hard-wrapped paragraphs, author-year citations, units
typed either way, the protocol's lines quoted), a Bamum/French notice for a field station's
sample collection (the Bamum syllabary with the combining koqndon and tukwentis, figures as
Bamum digits on most lines; the collection and its twin one figure apart) and a
Batak/Indonesian notice for a herbarium's specimen labels (Toba Batak with its vowel signs,
final ng sign and pangolat; the specimen and its twin one figure apart).

The families are what lab managers, safety officers, converters and co-authors do between two
versions: protocol steps moved earlier and the steps renumbered; volumes and temperatures
corrected by one figure; steps withdrawn (an inventory line, a slot or a statement line where
there are no steps); units respelt ("µL" as "uL", "× g" as "x g", and back); hazard codes added
and removed in place; the inventory re-sorted by expiry or by name; freezer boxes renumbered;
rota slots swapped between people; Bamum respelt; Batak respelt; author-year citations numbered
(all eleven new in this round); the page copied out of a PDF (round 35's family, on new texts);
and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Incubate at 37 °C for 30 min", "Note: keep on
ice", "P280 Wear protective gloves", "Expired — do not use") are each their own passage,
wherever their twins move or whichever of them is cut. A moved step keeps its characters but
for the figures of its number typed over; a corrected figure, a respelt unit mark, a box's
figure, a swapped name's differing letters, a Bamum mark or digit and a Batak sign are typed
over or cut: the rest of the passage stays. A withdrawn step (its twin one figure apart stays),
a cut inventory line with its "Expired" line, a cut slot, a removed statement line and a
removed code are gone; an added code or statement line is new; a numbered citation is typed
anew whole, so the old citation is gone; sorted and swapped lines move whole.
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
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh24_families import _each_unit, _echoed
from tests.benchmarks.reanchor_fresh24_kit import item_lines, short_lines
from tests.benchmarks.reanchor_fresh27_families import _two_lines
from tests.benchmarks.reanchor_fresh35_families import copied_out_of_a_pdf
from tests.benchmarks.reanchor_fresh38_families import _item_moved
from tests.benchmarks.reanchor_fresh40_edits import (
    bamum_respelt,
    batak_respelt,
    code_list_revised,
    figure_corrected,
    first_step,
    item_moved_before,
    lines_swapped,
    names_swapped,
    steps_renumbered,
    units_respelt,
)
from tests.benchmarks.reanchor_fresh40_kit import (
    BAMUM_RUN,
    BAMUM_WORD,
    BATAK_RUN,
    BATAK_WORD,
    BOX,
    CENTRIFUGE,
    CITATION,
    CODE_LIST,
    EXPIRED,
    EXPIRY,
    GLOVES,
    HAZARD_CODE,
    INCUBATE,
    KEEP_ON_ICE,
    PERSON,
    POSITION,
    POSITION_LINE,
    SIGNED_OFF,
    SLOT_LINE,
    STATEMENT_LINE,
    STATEMENTS,
    STEP,
    TEMPERATURE,
    UNIT_MARK,
    VOLUME,
)
from tests.benchmarks.reanchor_fresh40_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the fortieth fresh held-out material (never used while tuning).
FRESH40_SEEDS = range(40100, 40110)
#: A running line a PDF's text layer gives at every page's foot.
RUNNING_FOOTER = "Okoye Lab — notices to staff and students — Page {page} of {pages}"
#: Hazard codes a safety officer adds to a list or a label, in order of preference.
ADDED_CODES = ("H335", "H336", "H302", "H319", "H315")
#: A step's head line whole.
STEP_LINE = re.compile(r"^Step [0-9]{1,2}\. [^\n]+$", re.M)


def _steps(text: str) -> list[Span]:
    """The protocol's step items, in order."""
    return [item for item in items(text) if STEP.match(text, item[0])]


# -- steps ---------------------------------------------------------------------------------------


def _moved_earlier(tracked: TrackedText, rng: random.Random) -> None:
    """A step (or, where there are none, an item of a section with two or more) moved in front
    of one of the three before it (in its section, for an item)."""
    text = tracked.text
    steps = _steps(text)
    if len(steps) >= 2:
        at = rng.randrange(1, len(steps))
        item_moved_before(tracked, steps[at], steps[rng.randint(max(0, at - 3), at - 1)])
        return
    groups = [[p for p in under if "\n" in text[slice(*p)]] for _, under in sections(text)]
    groups = [group for group in groups if len(group) >= 2]
    if not groups:
        _item_moved(tracked, rng)
        return
    group = rng.choice(groups)
    at = rng.randrange(1, len(group))
    item_moved_before(tracked, group[at], group[rng.randint(max(0, at - 3), at - 1)])


def steps_moved_earlier(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Steps moved earlier: protocol steps (one, two, three) cut and pasted in front of one of
    the three steps before them, then every step renumbered in its new order ("Step 7." as
    "Step 5."); where there are no steps, items (one, two, three) moved earlier in their
    section."""
    # Truth: a moved step or item keeps all its characters but its number's figures that
    # change (typed over); every step after it keeps its words, its number typed over.
    before = tracked.text
    first = first_step(before)
    for _ in range(_by_rate(rate, 1, 2, 3)):
        _moved_earlier(tracked, rng)
    for _ in range(3):  # two moves that undid each other: one more
        if tracked.text != before:
            break
        _moved_earlier(tracked, rng)
    steps_renumbered(tracked, first)


def _withdrawn_lines(text: str) -> list[Span]:
    """Lines a lab withdraws alone: an inventory line (with the "Expired" line under it), a
    rota slot, a statement line, in items that keep two lines or more."""
    found: list[Span] = []
    for item in items(text):
        lines = body_lines(text, item)
        for index, line in enumerate(lines):
            if not any(
                p.fullmatch(text, *line) for p in (POSITION_LINE, SLOT_LINE, STATEMENT_LINE)
            ):
                continue
            end = line[1]
            if index + 1 < len(lines) and text[slice(*lines[index + 1])] == EXPIRED:
                end = lines[index + 1][1]
            if len(lines) - (2 if end != line[1] else 1) >= 2:
                found.append((line[0], end))
    return found


def steps_withdrawn(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Steps withdrawn: protocol steps (one, two, three) taken out and the rest renumbered;
    where there are none, inventory lines (with their "Expired" line), rota slots or
    statement lines (one, two, three, one an item at most) taken out; where there are none
    of those, items (one, one, two: a task, a paragraph, a class) taken out."""
    # Truth: a withdrawn step, line or item is gone, with lines that have twins elsewhere
    # ("Incubate at 37 °C for 30 min", "Note: keep on ice"); its twin one figure apart
    # ("Add 5 µL of RNase A" for "Add 50 µL of RNase A") stays. Later steps keep their
    # words, their numbers typed over.
    if _steps(tracked.text):
        first = first_step(tracked.text)
        for _ in range(_by_rate(rate, 1, 2, 3)):
            steps = _steps(tracked.text)
            if len(steps) < 4:
                break
            cut(tracked, rng.choice(steps))
        steps_renumbered(tracked, first)
        return
    text = tracked.text
    lines = _withdrawn_lines(text)
    if lines:
        by_item: dict[int, list[Span]] = {}
        for line in lines:
            owner = next(i for i, item in enumerate(items(text)) if item[0] <= line[0] < item[1])
            by_item.setdefault(owner, []).append(line)
        owners = rng.sample(sorted(by_item), min(len(by_item), _by_rate(rate, 1, 2, 3)))
        for line in sorted((rng.choice(by_item[owner]) for owner in owners), reverse=True):
            line_dropped(tracked, line)
        return
    for _ in range(_by_rate(rate, 1, 1, 2)):
        found = items(tracked.text)
        if len(found) < 6:
            break
        cut(tracked, rng.choice(found[1:]))


# -- figures and units ---------------------------------------------------------------------------


def volumes_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Volumes and temperatures corrected: figures (one, two, four) put right by one figure,
    half of them by a zero added or taken off ("5 µL" as "50 µL", the twin's volume; "50 µL"
    as "5 µL"), the others by their first figure one on ("37 °C" as "47 °C", "200 µL" as "300
    µL")."""
    # Truth: a figure typed in, cut or typed over; the rest of every passage holding it stays
    # (and a step corrected to its twin's volume is still the step it was).
    found = [*VOLUME.finditer(tracked.text), *TEMPERATURE.finditer(tracked.text)]
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for figures in sorted(chosen, key=lambda m: m.start(), reverse=True):
        figure_corrected(tracked, figures, figures.re is VOLUME and rng.random() < 0.5)


def units_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Units respelt by a converter: in one item (half, every one) holding units, "µL", "µg"
    and "× g" as "uL", "ug" and "x g", or, half the time, the other way (the other way round
    where none is to change)."""
    # Truth: only the micro sign or the times sign (or the letter for it) is typed.
    to_ascii = rng.random() < 0.5
    _each_unit(tracked, rng, rate, UNIT_MARK, lambda t, unit: units_respelt(t, unit, to_ascii))


# -- hazards -------------------------------------------------------------------------------------


def _added_code(words: str) -> str:
    """The first code a safety officer would add that ``words`` does not hold yet."""
    return next((code for code in ADDED_CODES if code not in words), "H290")


def hazard_codes_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Hazard codes revised in place: code lists ("H315, H319"; one, two, three) given a code
    at their end (", H335") or, half the time, their last code taken out; and on the safety
    data sheet statement lines (one, one, two) taken out of labels that keep two lines and
    statement lines (one, one, two) typed in under another."""
    # Code lists stand in the sheet, in protocol steps, inventory lines, checklist tasks and
    # every footer. Truth: an added code or statement line is new; a removed code or
    # statement line is gone, its twins one figure apart ("H315" for "H319") and its copies
    # elsewhere stay.
    found = list(CODE_LIST.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 3)))
    for codes in sorted(chosen, key=lambda m: m.start(), reverse=True):
        adding = rng.random() < 0.5
        code_list_revised(tracked, codes, _added_code(codes[0]) if adding else None)
    text = tracked.text
    statements = [
        (item, line)
        for item in items(text)
        for line in body_lines(text, item)
        if STATEMENT_LINE.fullmatch(text, *line)
    ]
    if not statements:
        return
    taken = [
        line for item, line in statements if sum(1 for owner, _ in statements if owner == item) >= 3
    ]
    taken = rng.sample(taken, min(len(taken), _by_rate(rate, 1, 1, 2)))
    others = [pair for pair in statements if pair[1] not in taken]
    after = rng.sample(others, min(len(others), _by_rate(rate, 1, 1, 2)))
    edits: list[tuple[Span, str | None]] = [(line, None) for line in taken]
    added: dict[Span, str] = {}
    for item, line in after:
        code = _added_code(text[slice(*item)] + added.get(item, ""))
        added[item] = added.get(item, "") + code
        edits.append((line, f"{code} {STATEMENTS.get(code, 'May be corrosive to metals')}"))
    for line, words in sorted(edits, key=lambda edit: edit[0], reverse=True):
        if words is None:
            line_dropped(tracked, line)
        else:
            tracked.replace(line[1], 0, f"\n{words}")


# -- the inventory -------------------------------------------------------------------------------


def _position_units(text: str, item: Span) -> list[Span]:
    """An item's inventory lines, each with the lines under it up to the next one (with the
    line break before it): units that follow each other with nothing between."""
    lines = body_lines(text, item)
    starts = [index for index, line in enumerate(lines) if POSITION_LINE.fullmatch(text, *line)]
    if len(starts) < 2 or starts[0] != 0:
        return []
    ends = [*(lines[i - 1][1] for i in starts[1:]), lines[-1][1]]
    return [(lines[i][0] - 1, end) for i, end in zip(starts, ends, strict=True)]


def _unit_key(text: str, unit: Span, by_expiry: bool) -> str:
    """What an inventory line is sorted by: its expiry, or the reagent's name."""
    if by_expiry:
        expiry = EXPIRY.search(text, *unit)
        return expiry[0] if expiry else ""
    return text[unit[0] + 5 : unit[1]]


def inventory_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The inventory re-sorted: every box's lines put in order of expiry (oldest first) or,
    half the time, of the reagent's name, each with its "Expired" line; where there is
    nothing so to sort (or it is sorted already), the items of every run put in order of
    their head lines, and, if they were, the longest run turned round."""
    # Truth: every sorted line or item moves whole with its characters; nothing is typed.
    before = tracked.text
    by_expiry = rng.random() < 0.5
    for item in reversed(items(tracked.text)):
        text = tracked.text
        units = _position_units(text, item)
        keys = [_unit_key(text, unit, by_expiry) for unit in units]
        order = sorted(range(len(units)), key=lambda i: (keys[i], i))
        if order != sorted(order):
            reorder(tracked, units, order)
    if tracked.text != before:
        return
    for run in reversed(item_runs(tracked.text)):
        text = tracked.text
        keys = [text[slice(*head_line(text, item))] for item in run]
        order = sorted(range(len(run)), key=lambda i: (keys[i], i))
        if len(run) >= 2 and order != sorted(order):
            reorder(tracked, [(start - 2, end) for start, end in run], order)
    if tracked.text == before:
        run = max(item_runs(tracked.text), key=len)
        reorder(tracked, [(start - 2, end) for start, end in run], list(range(len(run)))[::-1])


def _renumbered_box(number: str) -> str:
    """A box's number with its last figure one on ("12" as "13")."""
    return f"{number[:-1]}{(int(number[-1]) + 1) % 10}"


def boxes_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Freezer boxes renumbered: boxes (one, two, three) given their last figure one on
    wherever they stand ("Box 12" as "Box 13", which may be another box's number), all in one
    pass."""
    # Truth: one figure of each renumbered box is typed over; the rest of every passage
    # holding it stays.
    numbers = sorted({m[1] for m in BOX.finditer(tracked.text)})
    chosen = set(rng.sample(numbers, min(len(numbers), _by_rate(rate, 1, 2, 3))))
    for box in reversed(list(BOX.finditer(tracked.text))):
        if box[1] in chosen:
            tracked.replace(box.start(1), len(box[1]), _renumbered_box(box[1]))


# -- the rota ------------------------------------------------------------------------------------


def slots_swapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Rota slots swapped between people: two slots of different people (one, two, four
    pairs, of a day or of two days) each given the other's name; where there are no slots,
    two neighbouring lines of an item (one, two, four pairs) swapped."""
    # Truth: a swapped name is typed over but for what the two names share at their ends
    # ("Priya Raman" for "Priya Ramen" types one letter); swapped lines move whole.
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        slots = [m.span() for m in SLOT_LINE.finditer(text) if PERSON.search(text, *m.span())]
        pairs = [
            (a, b)
            for a, b in itertools.combinations(slots, 2)
            if PERSON.search(text, *a)[0] != PERSON.search(text, *b)[0]  # type: ignore[index]
        ]
        if pairs:
            names_swapped(tracked, *rng.choice(pairs))
            continue
        neighbours = [
            (a, b)
            for item in items(text)
            for a, b in itertools.pairwise(body_lines(text, item))
            if text[slice(*a)] != text[slice(*b)]
        ]
        if neighbours:
            lines_swapped(tracked, *rng.choice(neighbours))


# -- scripts, citations, the PDF ----------------------------------------------------------------


def bamum_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Bamum on one side: in one item with Bamum (half, every one) the
    figures as Western digits or, half the time, as Bamum digits, and the koqndon and
    tukwentis left out or, half the time, each written as the other."""
    # Truth: a digit is typed over and a mark is cut or typed over; a Bamum word keeps its
    # letters. The French lines keep their Western digits.
    dropped, western = rng.random() < 0.5, rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, BAMUM_RUN, lambda t, unit: bamum_respelt(t, unit, dropped, western)
    )


def batak_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard's Batak on one side: in one item with Batak (half, every one) the
    pangolat typed as the panongonan or, half the time, the other way, and, half the time,
    the final ng sign written as the letter NGA with a pangolat."""
    # Truth: a sign is typed over (a final ng sign by two characters); a Batak word keeps its
    # letters and vowel signs.
    panongonan, ng_spelt = rng.random() < 0.5, rng.random() < 0.5
    _each_unit(
        tracked,
        rng,
        rate,
        BATAK_RUN,
        lambda t, unit: batak_respelt(t, unit, panongonan, ng_spelt),
    )


def citations_numbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Citations numbered for the journal: in one item with citations (half, every one)
    every author-year citation ("(Okoye et al. 2021)") typed anew as its number ("[12]"), the
    numbers given in order of first citation from where the introduction left off."""
    # Truth: a numbered citation is typed anew whole: the old citation is gone (its twins
    # elsewhere stay until their own item is numbered); the sentence around it stays.
    first = rng.randint(8, 30)
    numbers: dict[str, str] = {}
    written: dict[str, str] = {}
    for citation in CITATION.finditer(tracked.text):
        key = " ".join(citation[0].split())
        written[citation[0]] = numbers.setdefault(key, f"[{first + len(numbers)}]")
    _each_unit(
        tracked, rng, rate, CITATION, lambda t, unit: replaced_all(t, CITATION, unit, written)
    )


def pdf_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: long words (two, five, ten) hyphenated at a line end; at
    every page break (about every forty lines, thirty-four, twenty-eight) the page's running
    footer and the title as the next page's header typed in; "fi" and "fl" as ligatures on
    some lines (three, six, twelve); and the double spaces of some lines (four, eight,
    sixteen) collapsed to one."""
    # Truth: running lines, hyphens, ligatures and single spaces are typed; every passage
    # keeps its other characters, one across a page break with the running lines inside it.
    copied_out_of_a_pdf(tracked, rng, rate, RUNNING_FOOTER)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH40_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH40_FAMILIES: dict[str, Family] = {
    "steps moved earlier": steps_moved_earlier,
    "volumes corrected": volumes_corrected,
    "steps withdrawn": steps_withdrawn,
    "units respelt": units_converted,
    "hazard codes revised": hazard_codes_revised,
    "inventory re-sorted": inventory_resorted,
    "boxes renumbered": boxes_renumbered,
    "slots swapped": slots_swapped,
    "bamum respelt": bamum_respelt_one_side,
    "batak respelt": batak_respelt_one_side,
    "citations numbered": citations_numbered,
    "pdf copy-paste": pdf_copied,
    "combined": combined,
}


def fresh40_text(seed: int, rng: random.Random) -> str:
    """A bench protocol, a safety data sheet, a reagent inventory, a booking rota, an
    induction checklist, a methods section, a Bamum/French or a Batak/Indonesian notice, by
    seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a volume, a temperature, a hazard code, a box, a
#: position, an expiry, a person, a citation, a step's number, a lot, the recurring lines.
SHORT = (
    VOLUME,
    TEMPERATURE,
    HAZARD_CODE,
    BOX,
    POSITION,
    EXPIRY,
    PERSON,
    CITATION,
    re.compile(r"\bStep [0-9]{1,2}\b"),
    re.compile(r"\bLot [0-9]{4}-[0-9]{3}\b"),
    re.compile(re.escape(KEEP_ON_ICE)),
    re.compile(re.escape(EXPIRED)),
    re.compile(re.escape(GLOVES)),
    re.compile(re.escape(SIGNED_OFF)),
)


def _script_clauses(text: str) -> list[Span]:
    """Bamum and Batak runs and words (up to a space), and runs of two or three words."""
    found: list[Span] = []
    for run, words_of in [
        *((m, BAMUM_WORD) for m in BAMUM_RUN.finditer(text)),
        *((m, BATAK_WORD) for m in BATAK_RUN.finditer(text)),
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
    """Item lines that one of ``patterns`` matches whole: a step, an inventory line, a slot, a
    statement, the recurring protocol lines."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh40_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a step, a
    numbered section, a box, an instrument's day, a task, a paragraph, a bilingual class),
    clauses, whole lines, the lines that matter most (a step, an inventory line, a slot, a
    statement, the incubation and centrifugation lines), two lines of an item, section
    headings, one occurrence of a line the page repeats or of a short line that recurs ("Note:
    keep on ice", "Expired — do not use", "No data available") or words inside one, a line
    whose words stand in another item, head lines, last lines, something short (a volume, a
    temperature, a code, a box, a position, an expiry, a person, a citation), Bamum and Batak
    runs, words and runs of words, two items across their blank line, notes' sentences, two
    sentences across a paragraph break, whole sections; each passage once while pools last.
    (``count`` is how many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (
        STEP_LINE,
        POSITION_LINE,
        SLOT_LINE,
        STATEMENT_LINE,
        re.compile(re.escape(INCUBATE)),
        re.compile(re.escape(CENTRIFUGE)),
    )
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
