"""The truth of the forty-first-round fresh families, checked by hand on a small page of a
kitchen's notices (no re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from tests.benchmarks.family_soundness import (
    assert_consistent,
    assert_family_sound,
    assert_spans_distinct,
    edited_page,
    span_of,
    text_now,
)
from tests.benchmarks.page_soundness import (
    assert_kind_has_what_families_edit,
    assert_mix_consistent,
)
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh24_kit import item_lines
from tests.benchmarks.reanchor_fresh41_families import (
    CLOSED,
    FRESH41_FAMILIES,
    FRESH41_SEEDS,
    allergens_revised,
    codes_renumbered,
    combined,
    dishes_moved_course,
    dishes_withdrawn,
    fresh41_spans,
    fresh41_text,
    kayah_li_respelt_one_side,
    lines_resorted,
    method_reordered,
    prices_corrected,
    shifts_swapped,
    tai_viet_respelt_one_side,
    week_shifted,
    weights_converted,
)
from tests.benchmarks.reanchor_fresh41_kit import (
    CALYA,
    CASE,
    DASH,
    FRACTION,
    FREEZER_OK,
    FRIDGE_OK,
    KAYAH_LI_DIGITS,
    KAYAH_LI_LINES,
    KAYAH_LI_THANKS,
    MAI_EK,
    MAI_THO,
    MATRIX_HEAD,
    OUT_OF_STOCK,
    PLOPHU,
    PRICE,
    REST,
    SEASON,
    SERVED_WITH,
    SHIFT_LINE,
    STEP,
    TAI_VIET_LINES,
    TAI_VIET_THANKS,
    TICK,
    VOWEL_E,
    VOWEL_EE,
    VOWEL_I,
    VOWEL_UE,
    WEIGHT,
    matrix_row,
)
from tests.benchmarks.reanchor_fresh41_more_texts import WASH_HANDS, WITH_GREENS
from tests.benchmarks.reanchor_fresh41_texts import KINDS
from tests.storage.edit_simulation import TrackedText

DISHES = (
    "Grilled mackerel, lemon butter (4, 5, 7)  £14.50\nLanded at Newlyn this morning\n"
    f"{SERVED_WITH}",
    "Grilled mackerel, caper butter (4, 5, 7)  £14.95\nLanded at Newlyn this morning\n"
    f"{SERVED_WITH}",
    "Fish pie, cheddar mash (5, 7, 8)  £15.50\nCooked on the plancha, skin side down\n"
    "Served with hand-cut chips",
    "Mushroom risotto, parmesan (1, 7, 14)  £14.50\nMade with our own vegetable stock\n"
    f"{SERVED_WITH}",
    "Chickpea and spinach curry (1, 9)  £12.50\nWith toasted seeds and herb oil",
)
MENU = (
    "Fish\n\nPrices include VAT.\n\n"
    + "\n\n".join(DISHES[:3])
    + "\n\nVegetarian\n\nVegan on request.\n\n"
    + "\n\n".join(DISHES[3:])
    + "\n\n"
)
ROWS = (
    matrix_row("Grilled mackerel, lemon butter", (4, 5, 7)),
    matrix_row("Grilled mackerel, caper butter", (4, 5, 7)),
    matrix_row("Fish pie, cheddar mash", (5, 7, 8)),
)
MATRIX = "Dinner menu\n\nTicks as made today.\n\n" + "\n".join((MATRIX_HEAD, *ROWS)) + "\n\n"
STEPS = (
    f"Step 1. Poach the fish in 500 ml milk\n{SEASON}",
    f"Step 2. Melt 25 g butter in a pan\n{REST}",
    f"Step 3. Stir in 25 g flour\n{SEASON}\n{REST}",
    "Step 4. Fold in the fish\nCook for 25 minutes at 180 °C",
)
INGREDIENTS = (
    "Ingredients\n250 g smoked haddock\n25 g butter\n1/2 tsp white pepper\n1 1/2 kg potatoes"
)
RECIPE = (
    "Fish pie, serves 10\n\nWeights are prepared weights.\n\n"
    + "\n\n".join((INGREDIENTS, *STEPS))
    + "\n\n"
)
ORDER_UNITS = (
    f"FV-1027  Limes  × 3  £4.95\n{CASE}\n{OUT_OF_STOCK}",
    f"FV-1021  Lemons, unwaxed  × 2  £14.50\n{CASE}",
    "FR-1021  Lemons, juicing  × 1  £22.00\nBox of 80",
)
ORDER = (
    "Greenleaf Produce\n\nQuantities are packs.\n\n"
    "Delivery Tuesday 17 March, order by Monday 14:00\n" + "\n".join(ORDER_UNITS) + "\n\n"
)
TOO_WARM = "Fridge 3  9 °C  ACTION\nStock moved to Fridge 2, rechecked in 30 minutes"
CHECKS = (
    f"Opening check 07:30\n{FREEZER_OK}\n{TOO_WARM}\n{FRIDGE_OK}\nChecked by: JM",
    f"Closing check 22:00\n{FRIDGE_OK}\n{FREEZER_OK}\nHot hold 1  68 °C  OK\nChecked by: JN",
)
LOG = "Walk-in and fridges\n\nReadings are in °C.\n\n" + "\n\n".join(CHECKS) + "\n\n"
SHIFTS = (
    "07:00–15:00  Marta Kowalska  Sous chef",
    "15:00–23:00  Marta Kowalski  Chef de partie",
    "07:00–15:00  Ewan Fraser  Head chef",
    "11:00–16:00  Kemi Adeyemi  Server",
    "17:00–23:00  Ewan Frazer  Bartender",
)
DAYS = (
    f"Monday 16 March\n\nTimes are shift start and end.\n\nKitchen\n{SHIFTS[0]}\n{SHIFTS[1]}\n\n",
    f"Tuesday 17 March\n\nTimes are shift start and end.\n\nKitchen\n{SHIFTS[2]}\n{SHIFTS[0]}\n\n",
    f"Wednesday 18 March\n\nTimes are shift start and end.\n\nFloor\n{SHIFTS[3]}\n{SHIFTS[4]}\n\n",
)
KAYAH_WESTERN = KAYAH_LI_LINES[2][0].translate(str.maketrans(KAYAH_LI_DIGITS, "0123456789"))
TAI_VIET = (
    "Thực đơn\n\nMeals are served from 11:00.\n\n"
    f"Suất 1 · bếp Mường Lò · Nghĩa Lộ\n{TAI_VIET_LINES[0][0]}\n{TAI_VIET_LINES[0][1]}\n"
    f"{WITH_GREENS}\n\n"
    f"Suất 2 · bếp Mường Lò · Sơn La\n{TAI_VIET_LINES[3][0]}\n{TAI_VIET_LINES[3][1]}\n"
    f"{TAI_VIET_THANKS}\n\n"
)
KAYAH_LI = (
    "อาหารเช้า\n\nBoarders eat in the hall.\n\n"
    f"Meal 1 · camp school · Nai Soi\n{KAYAH_LI_LINES[0][0]}\n{KAYAH_LI_LINES[0][1]}\n"
    f"{WASH_HANDS}\n\n"
    f"Meal 2 · camp school · Pai\n{KAYAH_WESTERN}\n{KAYAH_LI_LINES[2][1]}\n{KAYAH_LI_THANKS}\n\n"
)
HEAD = (
    "Harbour Catering — notices\n\nKitchen Office · March 2026\n\n"
    "This page collects what the kitchen publishes for guests and staff.\nPrices include VAT.\n\n"
)
FOOT = "About this export\n\nKept by the Kitchen Office.\n"
#: A small page: two courses of five dishes, a matrix of three rows, a recipe of four steps,
#: an order of three lines, two checks, three days of shifts, a Tai Viet and a Kayah Li
#: section of two classes each.
PAGE = HEAD + MENU + MATRIX + RECIPE + ORDER + LOG + "".join(DAYS) + TAI_VIET + KAYAH_LI + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    """This material's small page edited by ``family``."""
    return edited_page(PAGE, family, rate, seed)


def _widest(tracked: TrackedText, span: tuple[int, int]) -> str | None:
    """What stands now from the earliest to the latest place an old passage's truth allows
    (its ends' own characters typed over are counted in); None when it is gone."""
    truth = tracked.truths([span])[0]
    if not truth.findable:
        return None
    return tracked.text[truth.start_range[0] : truth.end_range[1]]


def _all_spans(needle: str) -> list[tuple[int, int]]:
    """Every place ``needle`` stands on the page."""
    return [span_of(PAGE, needle, n) for n in range(PAGE.count(needle))]


def _lines_kept(tracked: TrackedText, block: str) -> None:
    """Every line of ``block`` (standing once on the page) is found whole."""
    start = span_of(PAGE, block)[0]
    for line in block.split("\n"):
        at = start + block.index(line)
        assert text_now(tracked, (at, at + len(line))) == line


def _new(tracked: TrackedText, start: int, end: int) -> bool:
    """Whether the text now at ``[start, end)`` was all typed (no origin)."""
    return all(o == -1 for o in tracked.origin[start:end])


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_dish_moved_course_keeps_every_line_and_stands_under_the_other_course(
    seed: int,
) -> None:
    tracked = _edited(dishes_moved_course, 1.0, seed)
    new = tracked.text
    for dish in DISHES:
        _lines_kept(tracked, dish)
        assert new.count(dish) == 1
    vegetarian = new.index("\n\nVegetarian\n\n")
    moved = [
        dish
        for index, dish in enumerate(DISHES)
        if (new.index(dish) < vegetarian) != (index < 3)  # under the other course now
    ]
    assert len(moved) == 1


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_corrected_price_changes_by_one_figure(seed: int) -> None:
    tracked = _edited(prices_corrected, 1.0, seed)
    changed = []
    for price in PRICE.finditer(PAGE):
        now = _widest(tracked, price.span())  # with a figure typed over
        assert now is not None
        assert now.startswith("£")
        if now != price[0]:
            changed.append((price[0], now))
    assert len(changed) == 1
    old, now = changed[0]
    assert len(now) == len(old)
    assert sum(a != b for a, b in zip(now, old, strict=True)) == 1


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_withdrawn_dish_is_gone_while_its_twin_one_word_apart_stays(seed: int) -> None:
    tracked = _edited(dishes_withdrawn, 3.0, seed)
    gone = [dish for dish in DISHES if text_now(tracked, span_of(PAGE, dish)) is None]
    assert len(gone) == 1  # never both twins, and only twins are withdrawn
    assert gone[0] in DISHES[:2]
    start = span_of(PAGE, gone[0])[0]
    for line in item_lines(PAGE):
        if start <= line[0] < start + len(gone[0]):
            assert text_now(tracked, line) is None  # "Served with seasonal greens" too
    for dish in DISHES:
        if dish != gone[0]:
            _lines_kept(tracked, dish)
    for words in (*ROWS, *SHIFTS[1:]):  # the matrix's rows and the shifts stay
        assert text_now(tracked, span_of(PAGE, words)) == words


@pytest.mark.parametrize("seed", range(1, 9))
def test_revised_allergen_codes_are_typed_in_order_or_gone_and_one_tick_flips(seed: int) -> None:
    tracked = _edited(allergens_revised, 1.0, seed)
    new = tracked.text
    lists = list(re.finditer(r"\(([0-9]{1,2}(?:, [0-9]{1,2})*)\)", PAGE))
    changed = 0
    for codes in lists:
        truth = tracked.truths([codes.span()])[0]
        assert truth.findable
        now = new[truth.start_range[1] : truth.end_range[0]]
        if now == codes[0]:
            continue
        changed += 1
        old = [int(n) for n in codes[1].split(", ")]
        numbers = [int(n) for n in now[1:-1].split(", ")]
        assert numbers == sorted(numbers)
        if len(numbers) > len(old):  # one code typed in, with its comma: new text
            (added,) = set(numbers) - set(old)
            at = truth.start_range[1] + now.index(str(added))
            assert _new(tracked, at, at + len(str(added)))
        else:  # the last code taken out: gone
            assert numbers == old[:-1]
            last = codes.end() - 1 - len(str(old[-1]))
            assert text_now(tracked, (last, codes.end() - 1)) is None
    assert changed == 1
    flipped = 0
    for row in ROWS:
        row_now = _widest(tracked, span_of(PAGE, row))  # a last tick typed over counted in
        assert row_now is not None
        assert len(row_now) == len(row)
        flipped += sum(a != b for a, b in zip(row_now, row, strict=True))
    assert flipped == 1
    assert {TICK, DASH} >= {c for row in ROWS for c in row[-27:] if c != " "}


@pytest.mark.parametrize("seed", range(1, 5))
def test_resorted_lines_are_in_order_and_move_whole(seed: int) -> None:
    tracked = _edited(lines_resorted, 1.0, seed)
    new = tracked.text
    for line in [*ROWS, *ORDER_UNITS, TOO_WARM, *CHECKS[1].split("\n")[1:]]:
        first = line.split("\n")[0]
        spans = _all_spans(line) if line in (FRIDGE_OK, FREEZER_OK) else [span_of(PAGE, line)]
        for span in spans:
            assert text_now(tracked, span) == line, first
        assert line in new
    assert sorted(ROWS) == sorted(ROWS, key=new.index)  # the matrix by dish
    assert sorted(ORDER_UNITS) == sorted(ORDER_UNITS, key=new.index)  # the sheet by code
    opening = new[new.index("Opening check") : new.index("Checked by: JM")]
    units = [line for line in opening.split("\n")[1:] if "°C" in line]
    assert [u.split("  ")[0] for u in units] == ["Fridge 2", "Fridge 3", "Freezer 1"]
    assert f"{TOO_WARM}\n" in new  # the action stays under its check
    assert new.index("Checked by: JM") > new.index(TOO_WARM)


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_reordered_method_keeps_its_words_and_is_renumbered(seed: int) -> None:
    tracked = _edited(method_reordered, 1.0, seed)
    new = tracked.text
    assert [int(m[1]) for m in STEP.finditer(new)] == [1, 2, 3, 4]
    places = []
    for step in STEPS:
        start, end = span_of(PAGE, step)
        words = (start + step.index(" ", 5) + 1, end)  # after "Step N. "
        assert text_now(tracked, words) == PAGE[slice(*words)]
        places.append(new.index(PAGE[slice(*words)]))
    order = sorted(range(4), key=lambda i: places[i])
    assert order != [0, 1, 2, 3]
    assert len([i for at, i in enumerate(order) if at < i]) == 1  # one stands earlier
    _lines_kept(tracked, INGREDIENTS)


def _plain_weight(words: str) -> str:
    """A weight or a fraction without its spaces and with typed fractions."""
    for typed, single in (("1/2", "½"), ("1/4", "¼"), ("3/4", "¾")):
        words = words.replace(single, typed)
    return words.replace(" ", "")


@pytest.mark.parametrize("seed", range(1, 5))
def test_respelt_weights_keep_their_figures_and_units(seed: int) -> None:
    tracked = _edited(weights_converted, 8.0, seed)
    switched = 0
    for match in [*WEIGHT.finditer(PAGE), *FRACTION.finditer(PAGE)]:
        now = _widest(tracked, match.span())
        if now is None:  # a fraction typed anew whole ("1/2" as "½"): gone
            assert FRACTION.fullmatch(match[0])
            switched += 1
            continue
        assert _plain_weight(now) == _plain_weight(match[0])
        switched += now != match[0]
    assert switched >= 4
    for line in item_lines(PAGE):
        now = _widest(tracked, line)  # a fraction at its start typed anew counted in
        assert now is not None
        assert _plain_weight(now) == _plain_weight(PAGE[slice(*line)])


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_renumbered_code_takes_the_next_figure_everywhere_and_the_others_stay(
    seed: int,
) -> None:
    tracked = _edited(codes_renumbered, 1.0, seed)
    codes = ("FV-1027", "FV-1021", "FR-1021")
    renumbered = [
        code for code in codes if any(_widest(tracked, s) != code for s in _all_spans(code))
    ]
    assert len(renumbered) == 1
    code = renumbered[0]
    for span in _all_spans(code):
        assert _widest(tracked, span) == code[:-1] + str(int(code[-1]) + 1)
        assert text_now(tracked, (span[0], span[1] - 1)) == code[:-1]
    for other in codes:
        if other != code:
            assert all(text_now(tracked, span) == other for span in _all_spans(other))


@pytest.mark.parametrize("seed", range(1, 7))
def test_swapped_shifts_keep_their_times_and_trade_names(seed: int) -> None:
    tracked = _edited(shifts_swapped, 1.0, seed)
    new = tracked.text
    changed = []
    for line in SHIFTS:
        for span in _all_spans(line):
            assert text_now(tracked, (span[0], span[0] + 11)) == line[:11]
            now = _widest(tracked, span)
            assert now is not None
            if now != line:
                changed.append((line, now))
    assert len(changed) == 2
    (one, now_one), (other, now_other) = changed
    name = re.compile(r"(?<=  )[A-Z][a-z]+ [A-Z][a-z]+(?=  )")
    assert name.search(now_one)[0] == name.search(other)[0]  # type: ignore[index]
    assert name.search(now_other)[0] == name.search(one)[0]  # type: ignore[index]
    people = sorted(name.search(m[0])[0] for m in SHIFT_LINE.finditer(new))  # type: ignore[index]
    assert people == sorted(name.search(m[0])[0] for m in SHIFT_LINE.finditer(PAGE))  # type: ignore[index]


def _day_block(new: str, day: str) -> str:
    """What stands under a day's heading now, up to the next heading of a day or a section."""
    start = new.index(day + "\n\n")
    ends = [
        new.find(f"\n\n{other}\n\n", start)
        for other in ("Tuesday 17 March", "Wednesday 18 March", "Thực đơn")
    ]
    return new[start : min(e for e in ends if e > start)]


@pytest.mark.parametrize("rate", [1.0, 3.0])
def test_a_shifted_week_moves_each_day_on_and_the_last_day_is_gone(rate: float) -> None:
    tracked = _edited(week_shifted, rate)
    new = tracked.text
    kitchen_tuesday = f"Kitchen\n{SHIFTS[2]}\n{SHIFTS[0]}"
    floor_wednesday = f"Floor\n{SHIFTS[3]}\n{SHIFTS[4]}"
    kitchen_monday = f"Kitchen\n{SHIFTS[0]}\n{SHIFTS[1]}"
    assert text_now(tracked, span_of(PAGE, floor_wednesday)) is None  # the last day's: gone
    assert text_now(tracked, span_of(PAGE, kitchen_tuesday)) == kitchen_tuesday
    assert kitchen_tuesday in _day_block(new, "Wednesday 18 March")
    closed = "Monday 16 March" if rate >= 3 else "Tuesday 17 March"
    block = _day_block(new, closed)
    notice = next(words for words in CLOSED if words in block)
    at = new.index(notice)
    assert _new(tracked, at, at + len(notice))
    monday = _day_block(new, "Monday 16 March")
    if rate >= 3:
        assert kitchen_monday in _day_block(new, "Tuesday 17 March")
    else:
        assert kitchen_monday in monday
    assert text_now(tracked, span_of(PAGE, kitchen_monday)) == kitchen_monday


def _plain_tai_viet(words: str) -> str:
    """Tai Viet without its tone marks and with one spelling of the vowel marks i and ue."""
    return words.replace(MAI_EK, "").replace(MAI_THO, "").replace(VOWEL_UE, VOWEL_I)


def test_respelt_tai_viet_keeps_its_letters() -> None:
    dropped = set()
    for seed in range(1, 7):
        tracked = _edited(tai_viet_respelt_one_side, 8.0, seed)
        for line in (TAI_VIET_LINES[0][0], TAI_VIET_LINES[3][0], TAI_VIET_THANKS):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert now != line
            assert _plain_tai_viet(now) == _plain_tai_viet(line)
            assert unicodedata.is_normalized("NFC", now)
        dropped.add(MAI_EK not in tracked.text and MAI_THO not in tracked.text)
        for vietnamese in (TAI_VIET_LINES[0][1], WITH_GREENS):
            assert text_now(tracked, span_of(PAGE, vietnamese)) == vietnamese
    assert dropped == {True, False}


def _plain_kayah_li(words: str) -> str:
    """Kayah Li without its tones, with one spelling of the vowel signs e and ee and with
    Western digits."""
    folded = words.translate(str.maketrans(KAYAH_LI_DIGITS, "0123456789"))
    return folded.replace(PLOPHU, "").replace(CALYA, "").replace(VOWEL_EE, VOWEL_E)


def test_respelt_kayah_li_keeps_its_letters() -> None:
    dropped = set()
    for seed in range(1, 7):
        tracked = _edited(kayah_li_respelt_one_side, 8.0, seed)
        for line in (KAYAH_LI_LINES[0][0], KAYAH_WESTERN, KAYAH_LI_THANKS):
            now = _widest(tracked, span_of(PAGE, line))
            assert now is not None
            assert now != line
            assert _plain_kayah_li(now) == _plain_kayah_li(line)
            assert unicodedata.is_normalized("NFC", now)
        # every line's figures written the other way: Kayah Li digits as Western, and back
        now = _widest(tracked, span_of(PAGE, KAYAH_LI_LINES[0][0]))
        assert now is not None
        assert not any(c in KAYAH_LI_DIGITS for c in now)
        now = _widest(tracked, span_of(PAGE, KAYAH_WESTERN))
        assert now is not None
        assert any(c in KAYAH_LI_DIGITS for c in now)
        section = tracked.text[tracked.text.index("อาหารเช้า\n") :]
        dropped.add(PLOPHU not in section and CALYA not in section)
        thai = KAYAH_LI_LINES[0][1]
        assert text_now(tracked, span_of(PAGE, thai)) == thai
    assert dropped == {True, False}


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


def test_every_family_changes_the_small_page_consistently() -> None:
    for name, family in FRESH41_FAMILIES.items():
        tracked = _edited(family, 3.0)
        assert tracked.text != PAGE, name
        assert_consistent(tracked, [span_of(PAGE, line) for line in PAGE.split("\n") if line])


@pytest.mark.parametrize("seed", [*range(4), *FRESH41_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = ("(4, 5, 7)  £14.50", SERVED_WITH, "Step 3. ", SEASON, REST, "250 g", "1/2")
        more = ("FV-1021", CASE, OUT_OF_STOCK, FRIDGE_OK, FREEZER_OK, "07:00–15:00  Marta Kowalska")
        scripts = (MAI_EK, VOWEL_I, TAI_VIET_LINES[0][0], PLOPHU, KAYAH_LI_DIGITS[7], "\u2019")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, *scripts), 8)
        assert all(unicodedata.name(char, "") for char in text if char != "\n"), name


def test_the_bilingual_notices_use_the_tai_viet_and_kayah_li_marks() -> None:
    tai_viet = KINDS[7](random.Random(FRESH41_SEEDS[1]))
    assert all(mark in tai_viet for mark in (MAI_EK, MAI_THO, VOWEL_I, VOWEL_UE, "\uaab4"))
    assert re.search("[\uaab5\uaab6\uaab9\uaabb\uaabc][\uaa80-\uaaaf]", tai_viet)  # prefixed
    kayah_li = KINDS[8](random.Random(FRESH41_SEEDS[2]))
    assert all(mark in kayah_li for mark in (PLOPHU, CALYA, VOWEL_E, VOWEL_EE, "\ua92f"))
    assert sum(c in KAYAH_LI_DIGITS for c in kayah_li) > 6  # Kayah Li digits on most lines
    assert re.search("[\ua90a-\ua92d] [0-9]{2}:[0-9]{2},", kayah_li)  # Western on some
    codes = {ord(c) for text in (tai_viet, kayah_li) for c in text}
    assert all(unicodedata.name(chr(c), "") for c in codes if 0xAA80 <= c <= 0xAADF)
    assert all(unicodedata.name(chr(c), "") for c in codes if 0xA900 <= c <= 0xA92F)


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH41_SEEDS, fresh41_text, fresh41_spans)


@pytest.mark.parametrize("name", list(FRESH41_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH41_FAMILIES[name], FRESH41_SEEDS, fresh41_text, fresh41_spans, no_blank_runs=True
    )
