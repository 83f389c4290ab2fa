"""Forty-first round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh41`` prints it as "forty-first fresh held-out material"). The texts are
what a restaurant, a school canteen and a catering kitchen publish and revise, each version a
full page (``reanchor_fresh41_texts`` and ``reanchor_fresh41_more_texts``): a dinner menu by
course (one item a dish, "Grilled mackerel, lemon butter (4, 5, 7)  £14.50", allergen codes in
brackets recurring on many dishes, prices one figure apart, "£14.50" and "£14.95", "Served with
seasonal greens" under many dishes, twins one word apart, "lemon butter" and "caper butter"),
an allergen matrix by course (one line a dish, the fourteen allergens as ticks or dashes under
the same head line, dishes whose names differ by one word), standard recipe cards (ingredients
with weights one figure apart, "250 g" and "25 g", and typed fractions, "1/2 tsp"; numbered
method steps with "Season to taste" and "Rest for 10 minutes" word for word), a supplier order
sheet (one line a product, "FV-1021  Lemons, unwaxed  × 2", codes one figure or one letter
apart, "Case of 12" and "Out of stock — substitute" repeated), a food-safety temperature log by
day ("Fridge 2  3 °C  OK" and "Freezer 1  −18 °C  OK" recurring, initials one letter apart, "JM"
and "JN"), a kitchen and floor rota by day (one line a shift, people one letter apart, "Marta
Kowalska" and "Marta Kowalski"), a school canteen's week (the same dishes on several days, the
juniors' lunch a copy of the infants'), a Tai Viet/Vietnamese notice for a community kitchen's
festival menu (Tai Dam in the Tai Viet script with its prefixed vowels, combining vowel marks
and the tone marks mai ek and mai tho; the meal and its twin one figure apart) and a Kayah
Li/Thai notice for a camp school's meal times (Kayah Li with its vowel signs and tones as
combining marks, times in Kayah Li digits on most lines; the camp and its twin one figure
apart).

The families are what chefs, kitchen managers and menu converters do between two versions:
dishes moved to another course (cut and pasted); prices corrected by one figure; dishes
withdrawn while their twins one word apart stay (matrix rows, order lines, checks or shifts
where there are no dishes); allergen codes added or removed in place and matrix ticks flipped;
lines re-sorted (the matrix by dish, the log by unit, the order sheet by code); a recipe's
method reordered and renumbered; weights and fractions respelt ("250g" and "250 g", "1/2" and
"½"); product codes renumbered; rota shifts swapped between people; the week shifted by a day
(every day's items moved to the next day from a closure on, the last day's gone, the closed
day's notice typed); Tai Viet respelt; Kayah Li respelt; and a mix. All twelve keys are new;
new in kind are the week shifted, the allergen codes typed in place in their order with the
matrix's ticks flipped, and weights respelt by their spacing and fractions (the others follow
earlier rounds' families on new texts).

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Served with seasonal greens", "Season to
taste", "Case of 12", "Fridge 2  3 °C  OK", the matrix's head line) are each their own passage,
wherever their twins move or whichever of them is cut. A dish moved to another course, a
re-sorted line, a reordered step and a shifted day's items keep their characters (a step but
for its number's figures typed over); a corrected figure, an added or removed code, a flipped
tick, a respelt weight's space or fraction, a renumbered code's figure, a swapped name's
differing letters and a Tai Viet or Kayah Li mark or digit are typed over, typed in or cut: the
rest of the passage stays. A withdrawn dish, row, line, check or shift and the last day's items
of a shifted week are gone; a closed day's notice is new.
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
from tests.benchmarks.reanchor_fresh38_edits import block_moved
from tests.benchmarks.reanchor_fresh38_families import _item_moved
from tests.benchmarks.reanchor_fresh40_edits import item_moved_before, lines_swapped
from tests.benchmarks.reanchor_fresh41_edits import (
    WEIGHT_OR_FRACTION,
    codes_revised,
    kayah_li_respelt,
    persons_swapped,
    price_corrected,
    steps_renumbered_by_section,
    tai_viet_respelt,
    weights_respelt,
)
from tests.benchmarks.reanchor_fresh41_kit import (
    ALLERGEN_CODES,
    CASE,
    CHECKED_BY,
    DASH,
    DISH_LINE,
    KAYAH_LI_RUN,
    KAYAH_LI_WORD,
    LOG_LINE,
    MATRIX_MARK,
    MATRIX_ROW,
    ORDER_LINE,
    OUT_OF_STOCK,
    PERSON,
    PRICE,
    PRODUCT_CODE,
    REST,
    SEASON,
    SERVED_WITH,
    SHIFT_LINE,
    STEP,
    TAI_VIET_RUN,
    TAI_VIET_WORD,
    TICK,
    UNITS,
    WEIGHT,
)
from tests.benchmarks.reanchor_fresh41_more_texts import WEEK
from tests.benchmarks.reanchor_fresh41_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the forty-first fresh held-out material (never used while tuning).
FRESH41_SEEDS = range(41100, 41110)
#: A step's head line whole.
STEP_LINE = re.compile(r"^Step [0-9]{1,2}\. [^\n]+$", re.M)
#: What a closed day says, typed under its heading when the week shifts.
CLOSED = (
    "Closed — staff training day\nEverything planned for today moves to the next day",
    "Closed — boiler repair\nThe week’s plan runs a day later",
)


def _name(text: str, line: Span) -> str:
    """A dish's name on a menu line or a matrix row (before its codes or its ticks)."""
    words = text[slice(*line)]
    return re.split(r" \(|  ", words, maxsplit=1)[0]


def _one_word_apart(one: str, other: str) -> bool:
    """Whether two dish names differ by one word (the same number of words)."""
    a, b = one.split(" "), other.split(" ")
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _twinned(names: list[str]) -> list[int]:
    """Indexes of the names with a twin one word apart among ``names``."""
    return [
        i
        for i, name in enumerate(names)
        if any(_one_word_apart(name, other) for j, other in enumerate(names) if j != i)
    ]


# -- the menu ------------------------------------------------------------------------------------


def _dishes(text: str) -> list[Span]:
    """The menu's dish items (a dish line at their head)."""
    return [item for item in items(text) if DISH_LINE.fullmatch(text, *head_line(text, item))]


def dishes_moved_course(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Dishes moved to another course: dish items (one, two, three) cut with the blank line
    before them and pasted in front of an item of another course or after its last; where
    there are no dishes, items moved to the end of another section."""
    # Truth: a moved dish keeps all its characters; its twins one word apart stay put.
    for _ in range(_by_rate(rate, 1, 2, 3)):
        text = tracked.text
        dishes = set(_dishes(text))
        groups = [[p for p in under if p in dishes] for _, under in sections(text)]
        groups = [group for group in groups if group]
        if len(groups) < 2:
            _item_moved(tracked, rng)
            continue
        source = rng.choice(groups)
        dish = rng.choice(source)
        target = rng.choice([group for group in groups if group is not source])
        spot = rng.randrange(len(target) + 1)
        to = target[spot][0] - 2 if spot < len(target) else target[-1][1]
        block_moved(tracked, (dish[0] - 2, dish[1]), to)


def prices_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Prices corrected: prices (one, two, four) put right by one figure, half of them in the
    pounds ("£14.50" as "£15.50"), the others in the pence ("£14.50" as "£14.60", which may
    be its twin's price)."""
    # Truth: one figure typed over; the rest of every passage holding the price stays.
    found = list(PRICE.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for price in sorted(chosen, key=lambda m: m.start(), reverse=True):
        price_corrected(tracked, price, rng.random() < 0.5)


def _withdrawn_lines(text: str) -> list[Span]:
    """Lines a kitchen withdraws alone, each with the lines that belong to it: a matrix row
    whose dish has a twin one word apart in the matrix, an order line (with its pack and any
    "Out of stock" line), a check of the log (with any action under it), a shift; in items
    that keep a head line and two lines or more."""
    rows = [m.span() for m in MATRIX_ROW.finditer(text)]
    twinned = {rows[i] for i in _twinned([_name(text, row) for row in rows])}
    found: list[Span] = []
    for item in items(text):
        lines = body_lines(text, item)
        for index, line in enumerate(lines):
            if line in twinned or SHIFT_LINE.fullmatch(text, *line):
                end = line[1]
            elif ORDER_LINE.fullmatch(text, *line) or LOG_LINE.fullmatch(text, *line):
                after = index + 1
                while (
                    after < len(lines)
                    and not ORDER_LINE.fullmatch(text, *lines[after])
                    and not LOG_LINE.fullmatch(text, *lines[after])
                    and not CHECKED_BY.match(text, lines[after][0])
                ):
                    after += 1
                end = lines[after - 1][1]
            else:
                continue
            left = len(lines) - sum(1 for other in lines if line[0] <= other[0] < end + 1)
            if left >= 2:
                found.append((line[0], end))
    return found


def dishes_withdrawn(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Dishes withdrawn: dish items (one, two, three) with a twin one word apart on the page
    taken out ("Grilled mackerel, caper butter" goes, "lemon butter" stays); where there are
    none, matrix rows with such a twin, order lines, checks or shifts (one, two, three, one an
    item at most) taken out; where there are none of those, items (one, one, two) taken out."""
    # Truth: a withdrawn dish, row, line, check or shift is gone, with its lines that have
    # twins elsewhere ("Served with seasonal greens", "Case of 12"); its twin one word apart
    # stays.
    text = tracked.text
    dishes = _dishes(text)
    names = {dish: _name(text, head_line(text, dish)) for dish in dishes}
    twinned = [dishes[i] for i in _twinned(list(names.values()))]
    if twinned:
        chosen: list[Span] = []
        for dish in rng.sample(twinned, len(twinned)):  # never both of a pair of twins
            if len(chosen) < _by_rate(rate, 1, 2, 3) and not any(
                _one_word_apart(names[dish], names[other]) for other in chosen
            ):
                chosen.append(dish)
        for dish in sorted(chosen, reverse=True):
            cut(tracked, dish)
        return
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


# -- allergens -----------------------------------------------------------------------------------


def allergens_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Allergen codes revised in place: code lists in brackets (one, two, three) given a code
    where it falls in order ("(4, 7)" as "(4, 5, 7)") or, half the time (never the last code
    of a list), their last code taken out; and in the allergen matrix ticks and dashes (one,
    two, four) flipped."""
    # Truth: an added code is new, a removed code is gone; the codes around it and every copy
    # of the list elsewhere stay. A flipped tick is typed over.
    found = list(ALLERGEN_CODES.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 3)))
    for codes in sorted(chosen, key=lambda m: m.start(), reverse=True):
        numbers = {int(n) for n in codes[1].split(", ")}
        if len(numbers) >= 2 and rng.random() < 0.5:
            codes_revised(tracked, codes, None)
        else:
            codes_revised(tracked, codes, rng.choice(sorted(set(range(1, 15)) - numbers)))
    text = tracked.text
    rows = [row.span() for row in MATRIX_ROW.finditer(text)]
    marks = [mark.start() for row in rows for mark in MATRIX_MARK.finditer(text, *row)]
    for at in rng.sample(marks, min(len(marks), _by_rate(rate, 1, 2, 4))):
        tracked.replace(at, 1, DASH if tracked.text[at] == TICK else TICK)


# -- lines re-sorted -----------------------------------------------------------------------------


def _sortable_units(text: str, item: Span) -> tuple[list[Span], list[str]]:
    """An item's matrix rows, order lines or checks, each with the lines under it up to the
    next one or the "Checked by" line (with the line break before it), and what each sorts
    by: a row by its dish, an order line by its code, a check by its unit; none when the
    item's first line after its head is not one of them."""
    lines = body_lines(text, item)
    for pattern in (MATRIX_ROW, ORDER_LINE, LOG_LINE):
        starts = [i for i, line in enumerate(lines) if pattern.fullmatch(text, *line)]
        if len(starts) >= 2 and starts[0] == 0:
            break
    else:
        return [], []
    last = len(lines)
    if CHECKED_BY.match(text, lines[-1][0]):
        last -= 1
    ends = [*(i - 1 for i in starts[1:]), last - 1]
    units = [(lines[i][0] - 1, lines[end][1]) for i, end in zip(starts, ends, strict=True)]
    keys = []
    for i in starts:
        words = text[slice(*lines[i])]
        check = LOG_LINE.fullmatch(words)
        keys.append(f"{UNITS.index(check[1])} {check[2]}" if check else words)
    return units, keys


def lines_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Lines re-sorted: the matrix's rows by dish name, the order sheet's lines by product
    code (each with its pack and "Out of stock" line), the log's checks by unit (fridges,
    freezers, the chiller, the hot hold; each with any action under it); where there is
    nothing so to sort (or it is sorted already), the items of every run put in order of
    their head lines, and, if they were, the longest run turned round."""
    # Truth: every sorted line or item moves whole with its characters; nothing is typed.
    before = tracked.text
    for item in reversed(items(tracked.text)):
        text = tracked.text
        units, keys = _sortable_units(text, item)
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


# -- recipes -------------------------------------------------------------------------------------


def _step_groups(text: str) -> list[list[Span]]:
    """Each recipe's step items, in order (recipes with two steps or more)."""
    groups = [[p for p in under if STEP.match(text, p[0])] for _, under in sections(text)]
    return [group for group in groups if len(group) >= 2]


def _reordered_once(tracked: TrackedText, rng: random.Random) -> None:
    """A step of a recipe (or, where there are none, an item of a section with two or more)
    moved in front of one of the three before it."""
    text = tracked.text
    groups = _step_groups(text)
    if not groups:
        groups = [[p for p in under if "\n" in text[slice(*p)]] for _, under in sections(text)]
        groups = [group for group in groups if len(group) >= 2]
    if not groups:
        _item_moved(tracked, rng)
        return
    group = rng.choice(groups)
    at = rng.randrange(1, len(group))
    item_moved_before(tracked, group[at], group[rng.randint(max(0, at - 3), at - 1)])


def method_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A recipe's method reordered: steps (one, two, three) cut and pasted in front of one of
    the three steps before them in their recipe, then every recipe's steps renumbered from 1
    in their new order; where there are no steps, items (one, two, three) moved earlier in
    their section."""
    # Truth: a moved step keeps all its characters but its number's figures that change
    # (typed over); every later step keeps its words, its number typed over.
    before = tracked.text
    for _ in range(_by_rate(rate, 1, 2, 3)):
        _reordered_once(tracked, rng)
    for _ in range(3):  # two moves that undid each other: one more
        if tracked.text != before:
            break
        _reordered_once(tracked, rng)
    steps_renumbered_by_section(tracked)


def weights_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Weights and fractions respelt by a converter: in one item (half, every one) holding
    them, "250g" as "250 g" and "1/2" as "½" ("1 1/2" as "1½") or, half the time, the other
    way (the other way round where none is to change)."""
    # Truth: only the space, or the fraction (its whole figure kept), is typed or cut.
    tidy = rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, WEIGHT_OR_FRACTION, lambda t, unit: weights_respelt(t, unit, tidy)
    )


# -- the order sheet, the rota, the week -------------------------------------------------------


def _renumbered_code(figures: str) -> str:
    """A product code's figures with the last one on ("1021" as "1022")."""
    return f"{figures[:-1]}{(int(figures[-1]) + 1) % 10}"


def codes_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Product codes renumbered by a supplier: codes (one, two, three) given their last figure
    one on wherever they stand ("FV-1021" as "FV-1022", which may be another product's
    code), all in one pass."""
    # Truth: one figure of each renumbered code is typed over; the rest of every passage
    # holding it stays.
    codes = sorted({m[0] for m in PRODUCT_CODE.finditer(tracked.text)})
    chosen = set(rng.sample(codes, min(len(codes), _by_rate(rate, 1, 2, 3))))
    for code in reversed(list(PRODUCT_CODE.finditer(tracked.text))):
        if code[0] in chosen:
            tracked.replace(code.start(2), 4, _renumbered_code(code[2]))


def shifts_swapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Rota shifts swapped between people: two shifts of different people (one, two, four
    pairs, of a day or of two days) each given the other's name; where there are no shifts,
    two neighbouring lines of an item (one, two, four pairs) swapped."""
    # Truth: a swapped name is typed over but for what the two names share at their ends
    # ("Marta Kowalska" for "Marta Kowalski" types one letter); swapped lines move whole.
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        shifts = [m.span() for m in SHIFT_LINE.finditer(text) if PERSON.search(text, *m.span())]
        pairs = [
            (a, b)
            for a, b in itertools.combinations(shifts, 2)
            if PERSON.search(text, *a)[0] != PERSON.search(text, *b)[0]  # type: ignore[index]
        ]
        if pairs:
            persons_swapped(tracked, *rng.choice(pairs))
            continue
        neighbours = [
            (a, b)
            for item in items(text)
            for a, b in itertools.pairwise(body_lines(text, item))
            if text[slice(*a)] != text[slice(*b)]
        ]
        if neighbours:
            lines_swapped(tracked, *rng.choice(neighbours))


def _days(text: str) -> list[tuple[Span, Span, list[Span]]]:
    """Each day's heading, its note and its items (days with a note)."""
    found = []
    for heading, under in sections(text):
        if text[slice(*heading)] in WEEK and under and "\n" not in text[slice(*under[0])]:
            found.append((heading, under[0], [p for p in under[1:] if "\n" in text[slice(*p)]]))
    return found


def week_shifted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The week shifted by a day: from a closed day on (the last two days, four, all), every
    day's items cut and pasted under the next day's note, the last day's items taken out,
    and a closure notice typed under the closed day's note; where there are no days, items
    (one, two, three) moved to the end of another section."""
    # Truth: every moved day's items keep their characters; the last day's items are gone
    # (their twins on other days stay); the closure notice is new.
    days = [day for day in _days(tracked.text) if day[2]]
    if len(_days(tracked.text)) < 3 or len(days) < 2:
        for _ in range(_by_rate(rate, 1, 2, 3)):
            _item_moved(tracked, rng)
        return
    count = len(_days(tracked.text))
    first = max(0, count - _by_rate(rate, 2, 4, count))
    last_items = _days(tracked.text)[-1][2]
    if last_items:
        tracked.replace(last_items[0][0] - 2, last_items[-1][1] - last_items[0][0] + 2, "")
    for index in range(count - 2, first - 1, -1):
        day = _days(tracked.text)[index]
        to = _days(tracked.text)[index + 1][1][1]
        if day[2]:
            block_moved(tracked, (day[2][0][0] - 2, day[2][-1][1]), to)
    closed = _days(tracked.text)[first][1][1]
    tracked.replace(closed, 0, "\n\n" + rng.choice(CLOSED))


# -- scripts -------------------------------------------------------------------------------------


def tai_viet_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Tai Viet on one side: in one item with Tai Viet (half, every one) the
    tone marks left out or, half the time, mai ek and mai tho each written as the other; and,
    half the time, the vowel marks i and ue each written as the other."""
    # Truth: a mark is cut or typed over; a Tai Viet word keeps its letters and prefixed
    # vowels. The Vietnamese lines stay.
    dropped, vowels = rng.random() < 0.5, rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, TAI_VIET_RUN, lambda t, unit: tai_viet_respelt(t, unit, dropped, vowels)
    )


def kayah_li_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Kayah Li on one side: in one item with Kayah Li (half, every one) the
    figures as Western digits or, half the time, as Kayah Li digits, and the tones left out
    or, half the time, plophu and calya and the vowel signs e and ee each written as the
    other."""
    # Truth: a digit or a mark is typed over or cut; a Kayah Li word keeps its letters. The
    # Thai lines keep their Western digits.
    western, dropped = rng.random() < 0.5, rng.random() < 0.5
    _each_unit(
        tracked,
        rng,
        rate,
        KAYAH_LI_RUN,
        lambda t, unit: kayah_li_respelt(t, unit, western, dropped),
    )


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH41_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH41_FAMILIES: dict[str, Family] = {
    "dishes moved course": dishes_moved_course,
    "prices corrected": prices_corrected,
    "dishes withdrawn": dishes_withdrawn,
    "allergens revised": allergens_revised,
    "lines re-sorted": lines_resorted,
    "method reordered": method_reordered,
    "weights respelt": weights_converted,
    "codes renumbered": codes_renumbered,
    "shifts swapped": shifts_swapped,
    "week shifted": week_shifted,
    "tai viet respelt": tai_viet_respelt_one_side,
    "kayah li respelt": kayah_li_respelt_one_side,
    "combined": combined,
}


def fresh41_text(seed: int, rng: random.Random) -> str:
    """A menu, an allergen matrix, recipe cards, an order sheet, a temperature log, a rota, a
    canteen's week, a Tai Viet/Vietnamese or a Kayah Li/Thai notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a price, a list of allergen codes, a weight, a product
#: code, a person, initials, a step's number, a unit, the recurring lines. (Not a fraction
#: alone: respelt, "1/2" as "½" keeps none of its characters, and the truth calls it gone.)
SHORT = (
    PRICE,
    ALLERGEN_CODES,
    WEIGHT,
    PRODUCT_CODE,
    PERSON,
    CHECKED_BY,
    re.compile(r"\bStep [0-9]{1,2}\b"),
    re.compile(r"\b(?:Fridge|Freezer|Chiller) [0-9]\b"),
    re.compile(re.escape(SERVED_WITH)),
    re.compile(re.escape(SEASON)),
    re.compile(re.escape(REST)),
    re.compile(re.escape(CASE)),
    re.compile(re.escape(OUT_OF_STOCK)),
)


def _script_clauses(text: str) -> list[Span]:
    """Tai Viet and Kayah Li runs and words (up to a space), and runs of two or three words."""
    found: list[Span] = []
    for run, words_of in [
        *((m, TAI_VIET_WORD) for m in TAI_VIET_RUN.finditer(text)),
        *((m, KAYAH_LI_WORD) for m in KAYAH_LI_RUN.finditer(text)),
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
    """Item lines that one of ``patterns`` matches whole: a dish, a matrix row, a step, an
    order line, a check, a shift."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh41_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a dish, a
    group of matrix rows, a step, a delivery, a check, an area's shifts, a meal, a bilingual
    class), clauses, whole lines, the lines that matter most (a dish, a matrix row, a step, an
    order line, a check, a shift), two lines of an item, section headings, one occurrence of
    a line the page repeats or of a short line that recurs ("Served with seasonal greens",
    "Case of 12", "Season to taste") or words inside one, a line whose words stand in another
    item, head lines, last lines, something short (a price, allergen codes, a weight, a
    product code, a person, initials, a unit), Tai Viet and Kayah Li runs, words
    and runs of words, two items across their blank line, notes' sentences, two sentences
    across a paragraph break, whole sections; each passage once while pools last. (``count``
    is how many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (DISH_LINE, MATRIX_ROW, STEP_LINE, ORDER_LINE, LOG_LINE, SHIFT_LINE)
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
