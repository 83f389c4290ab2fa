"""The truth of the thirty-sixth-round fresh families, checked by hand on a small page of
mountain, weather and hazard services' papers (no re-anchoring here), and checked for
consistency on the whole material."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from tests.benchmarks.family_soundness import (
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
from tests.benchmarks.reanchor_fresh27_families import stock_lines_pruned
from tests.benchmarks.reanchor_fresh36_families import (
    CANCELLED,
    CLOSED_FOR_SEASON,
    FRESH36_FAMILIES,
    FRESH36_SEEDS,
    LATE_CALL_OUTS,
    RUNNING_FOOTER,
    bulletin_reissued,
    call_out_log_corrected,
    combined,
    copy_edited,
    fresh36_spans,
    fresh36_text,
    hut_list_updated,
    lepcha_digits_converted,
    limbu_respelt_one_side,
    passes_updated,
    pdf_copied,
    reflowed_page,
    units_converted,
    warnings_cancelled,
)
from tests.benchmarks.reanchor_fresh36_kit import (
    CHAINS,
    CLOSED_SNOW,
    DANGER_3,
    DANGER_LINE,
    DISRUPTION,
    FULL,
    HELICOPTER,
    KEMPHRENG,
    LEPCHA_DIGITS,
    LEPCHA_LINES,
    LEPCHA_THANKS,
    LIMBU_LINES,
    LIMBU_PUNCTUATION,
    LIMBU_THANKS,
    MINUS,
    STOCK,
    STOOD_DOWN,
    WIND_SLAB,
    WINTER_ROOM,
    YELLOW_WIND,
)
from tests.benchmarks.reanchor_fresh36_more_texts import without_kemphreng
from tests.benchmarks.reanchor_fresh36_texts import KINDS
from tests.storage.edit_simulation import TrackedText

BANDS = (
    f"Above 2,200 m  W, NW, N, NE\n{DANGER_3}\n{WIND_SLAB}\n"
    "Fresh drifts near ridges can be triggered by a single skier.",
    f"Above 2,400 m  N, NE, E\n{DANGER_3}\n{WIND_SLAB}\nPersistent weak layer\n"
    f"Freezing level 1,800 m, {MINUS}6 °C at 2,000 m.",
    "Below 2,400 m  E, SE, S\nDanger level 2 (moderate)\nWet snow\n"
    "Wet loose avalanches after midday.",
)
BULLETIN = "Valais south\n\nDanger levels are for the morning.\n\n" + "\n\n".join(BANDS) + "\n\n"
CALL_OUTS = (
    f"Call-out 026  10:42  NY 2154 0832  Broad Crag\nWalker with a lower leg injury.\n"
    f"{HELICOPTER}\n{STOOD_DOWN}",
    "Call-out 027  14:05  NY 2154 0823  Broad Crag\nTwo walkers cragfast.\n"
    f"Casualty walked off with team\n{STOOD_DOWN}",
    "Call-out 028  16:21  NY 3420 1270  Striding Edge\nDog stuck on a ledge.\n"
    f"{HELICOPTER}\n{STOOD_DOWN}",
)
LOG = (
    "Saturday 14 February 2026\n\nTimes are when the team was paged.\n\n"
    + "\n\n".join(CALL_OUTS)
    + "\n\n"
)
HUTS = (
    f"Rifugio Torino Vecchio (3,322 m)  +39 0165 846484\nSat 14 Feb  {FULL}\n"
    f"Sun 15 Feb  {WINTER_ROOM}",
    f"Rifugio Torino (3,375 m)  +39 0165 844034\nSat 14 Feb  {FULL}\nSun 15 Feb  {FULL}",
    f"Rifugio Dalmazzi (2,590 m)  +39 0165 844032\nSat 14 Feb  4 places\nSun 15 Feb  {WINTER_ROOM}",
)
HUT_LIST = (
    "Mont Blanc — Italian side\n\nBook by phone; wardens do not read email.\n\n"
    + "\n\n".join(HUTS)
    + "\n\n"
)
PASSES = (
    f"Col du Galibier (2,642 m)  D902\n{CLOSED_SNOW}\nFrom Valloire 18 km, about 35 min.",
    f"Col du Lautaret (2,058 m)  D1091\nOpen\n{CHAINS}\nFrom Briançon 21 km, about 40 min.",
    "Col du Glandon (1,924 m)  D927\nOpen\nFrom Valloire 18 km, about 35 min.",
)
PASS_REPORT = "French Alps\n\nStates are as at 07:30.\n\n" + "\n\n".join(PASSES) + "\n\n"
WARNINGS = (
    f"{YELLOW_WIND}  Issued 10:00 Thu 12 Feb\nValid from 18:00 Fri 13 Feb to 09:00 Sat 14 Feb\n"
    f"Gusts of 50–60 mph widely.\n{DISRUPTION}",
    "Yellow warning of snow  Issued 16:00 Thu 12 Feb\n"
    f"Valid from 03:00 Sat 14 Feb to 21:00 Sat 14 Feb\n5–10 cm of snow above 200 m.\n{DISRUPTION}",
    "Amber warning of wind  Issued 09:00 Fri 13 Feb\n"
    "Valid from 18:00 Fri 13 Feb to 09:00 Sat 14 Feb\nGusts of 70 mph on hills.\n"
    "Power cuts are possible.",
)
WARNING_PAGE = "Grampian\n\nTimes are local (GMT).\n\n" + "\n\n".join(WARNINGS) + "\n\n"
LEPCHA = "ᰙᰩᰵᰃᰪ ᰠᰬ ᰀᰥᰨᰭ ᰎᰤᰦᰮ ᱃ ᰻"
LIMBU = LIMBU_LINES[0][0]
BILINGUAL = (
    "Landslides\n\nPosted at the control room.\n\n"
    f"Notice 1 · 4 June · Mangan\n{LEPCHA}\nLandslide at Dzongu, kilometre 3.\n\n"
    f"Notice 2 · 5 June · Taplejung\n{LIMBU}\nThe Taplejung checkpoint opens at 7 am.\n\n"
)
HEAD = (
    "Mountain safety pages — February 2026\n\nDuty office · 2026\n\n"
    "This page collects what the services publish in a weekend.\nFigures are as first issued.\n\n"
)
FOOT = "About this export\n\nKept by the duty office.\n"
#: A small page: three bands of an avalanche bulletin, three call-outs, three huts, three
#: passes, three warnings, a Lepcha and a Limbu notice.
PAGE = HEAD + BULLETIN + LOG + HUT_LIST + PASS_REPORT + WARNING_PAGE + BILINGUAL + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    """This material's small page edited by ``family``."""
    return edited_page(PAGE, family, rate, seed)


def _at(tracked: TrackedText, span: tuple[int, int]) -> int:
    """Where an old passage starts now."""
    return tracked.truths([span])[0].start_range[1]


def _figure_now(tracked: TrackedText, old: str) -> str:
    """What stands now, as long as ``old``, where ``old`` (once on the page) starts: a figure
    whose last digit was typed over ends its truth before that digit."""
    start = _at(tracked, span_of(PAGE, old))
    return tracked.text[start : start + len(old)]


def _one_apart(new: str, old: str) -> bool:
    """Whether two words of one length differ in one character."""
    return len(new) == len(old) and sum(a != b for a, b in zip(new, old, strict=True)) == 1


def test_the_page_has_one_of_each_grid_reference_time_and_distance_it_nudges() -> None:
    for words in ("NY 2154 0832", "NY 2154 0823", "10:42", "14:05", "21 km"):
        assert PAGE.count(words) == 1, words


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_reissued_bulletin_moves_a_level_reorders_aspects_and_changes_problems(
    seed: int,
) -> None:
    tracked = _edited(bulletin_reissued, 1.0, seed)
    new = tracked.text
    dangers = [span_of(PAGE, DANGER_3, n) for n in range(2)]
    dangers.append(span_of(PAGE, "Danger level 2 (moderate)"))
    changed = 0
    for span in dangers:
        old = PAGE[slice(*span)]
        start = _at(tracked, span)
        line = new[start : new.index("\n", start)]
        # The level's line is found on its own place, whatever it now says.
        assert DANGER_LINE.fullmatch(line)
        if line != old:
            assert abs(int(line[13]) - int(old[13])) == 1
            changed += 1
    assert changed == 1
    assert "Above 2,200 m  N, NE, W, NW\n" in new
    band = span_of(PAGE, "Above 2,200 m  W, NW, N, NE")
    for aspect in re.finditer(r"\b(?:NE|NW|N|W)\b", PAGE[slice(*band)]):
        span = (band[0] + aspect.start(), band[0] + aspect.end())
        assert text_now(tracked, span) == aspect[0]  # moved whole, with its own characters


def test_a_reissued_bulletin_drops_a_problem_whose_twin_stays() -> None:
    gone = 0
    for seed in range(1, 9):
        tracked = _edited(bulletin_reissued, 1.0, seed)
        slabs = [span_of(PAGE, f"{WIND_SLAB}\n", n) for n in range(2)]
        now = [text_now(tracked, (start, end - 1)) for start, end in slabs]
        assert now.count(None) <= 1
        gone += now.count(None)
        assert WIND_SLAB in tracked.text
    assert gone >= 1


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_corrected_call_out_log_keeps_all_but_the_digits_put_right(seed: int) -> None:
    tracked = _edited(call_out_log_corrected, 1.0, seed)
    new = tracked.text
    grids = ("NY 2154 0832", "NY 2154 0823", "NY 3420 1270")
    moved = [_figure_now(tracked, grid) for grid in grids]
    assert sum(now != old for now, old in zip(moved, grids, strict=True)) == 1
    assert all(now == old or _one_apart(now, old) for now, old in zip(moved, grids, strict=True))
    times = ("10:42", "14:05", "16:21")
    retimed = [_figure_now(tracked, time) for time in times]
    assert sum(now != old for now, old in zip(retimed, times, strict=True)) == 1
    outcomes = [span_of(PAGE, HELICOPTER, n) for n in range(2)]
    outcomes.append(span_of(PAGE, "Casualty walked off with team"))
    assert [text_now(tracked, span) for span in outcomes].count(None) == 1
    assert sum(late.split("\n")[0] in new for late in LATE_CALL_OUTS) == 1
    for call_out in CALL_OUTS:
        head = call_out.split("  ")[0]
        assert text_now(tracked, span_of(PAGE, head)) == head


@pytest.mark.parametrize("seed", range(1, 6))
def test_an_updated_hut_list_changes_nights_and_closes_a_hut(seed: int) -> None:
    tracked = _edited(hut_list_updated, 1.0, seed)
    new = tracked.text
    assert new.count(CLOSED_FOR_SEASON) == 1
    heads = [hut.split("\n")[0] for hut in HUTS]
    assert all(text_now(tracked, span_of(PAGE, head)) == head for head in heads)
    nights = [
        line
        for line in item_lines(PAGE)
        if re.fullmatch(r"(?:Sat 14|Sun 15) Feb  [^\n]+", PAGE[slice(*line)])
    ]
    states = [(start + len("Sat 14 Feb  "), end) for start, end in nights]
    dates = [(start, start + len("Sat 14 Feb")) for start, _ in nights]
    gone = [text_now(tracked, state) is None for state in states]
    # Two nights' states typed over ("2 places" keeps " places" of "4 places") and a hut's two
    # nights closed: a night can be both.
    assert 1 <= sum(gone) <= 4
    # A night whose state changed keeps its date unless its hut was closed.
    assert sum(text_now(tracked, date) is None for date in dates) == 2


def test_a_hut_list_re_sorts_its_huts_from_the_highest_down() -> None:
    for seed in range(1, 4):
        tracked = _edited(hut_list_updated, 8.0, seed)
        new = tracked.text
        order = [new.index(name + " (") for name in ("Torino", "Torino Vecchio", "Dalmazzi")]
        assert order == sorted(order)
        for hut in HUTS:
            head = hut.split("\n")[0]
            assert text_now(tracked, span_of(PAGE, head)) == head


@pytest.mark.parametrize("seed", range(1, 6))
def test_updated_passes_swap_a_state_drop_chains_and_correct_a_distance(seed: int) -> None:
    tracked = _edited(passes_updated, 1.0, seed)
    states = [
        span_of(PAGE, f"\n{CLOSED_SNOW}\n"),
        *(span_of(PAGE, "\nOpen\n", n) for n in range(2)),
    ]
    now = [text_now(tracked, (start + 1, end - 1)) for start, end in states]
    assert now.count(None) == 1
    assert text_now(tracked, span_of(PAGE, CHAINS)) is None
    distances = [span_of(PAGE, "18 km", 0), span_of(PAGE, "21 km"), span_of(PAGE, "18 km", 1)]
    figures = [tracked.text[_at(tracked, span) : _at(tracked, span) + 2] for span in distances]
    assert sum(figure not in ("18", "21") for figure in figures) == 1
    for passage in PASSES:
        head = passage.split("\n")[0]
        assert text_now(tracked, span_of(PAGE, head)) == head


@pytest.mark.parametrize("seed", range(1, 6))
def test_a_cancelled_warning_keeps_its_first_line_and_loses_the_rest(seed: int) -> None:
    tracked = _edited(warnings_cancelled, 1.0, seed)
    new = tracked.text
    assert new.count(CANCELLED) == 1
    bodies = [warning.split("\n", 2)[2] for warning in WARNINGS]
    gone = [text_now(tracked, span_of(PAGE, body)) is None for body in bodies]
    assert gone.count(True) == 1
    cancelled = gone.index(True)
    for index, warning in enumerate(WARNINGS):
        head = warning.split("\n")[0]
        rest = head.split(" ", 1)[1]
        assert text_now(tracked, span_of(PAGE, rest)) == rest
        if index == cancelled:
            assert new[_at(tracked, span_of(PAGE, head)) :].split("\n")[1] == CANCELLED
    # One yellow warning still in force is amber now; the cancelled one keeps its colour.
    colours = [
        new[: _at(tracked, span_of(PAGE, w.split(" ", 1)[1]))].rsplit("\n", 1)[1] for w in WARNINGS
    ]
    assert colours.count("Amber ") == 2
    assert colours[cancelled] == WARNINGS[cancelled].split(" ")[0] + " "
    # A twin of "Travel disruption is likely." is its own passage.
    disruptions = [text_now(tracked, span_of(PAGE, DISRUPTION, n)) for n in range(2)]
    assert disruptions.count(None) == (1 if cancelled < 2 else 0)


def test_an_extended_warning_ends_later_and_keeps_the_rest_of_its_line() -> None:
    for seed in range(1, 6):
        tracked = _edited(warnings_cancelled, 8.0, seed)
        ends = list(re.finditer(r"to ([0-9]{2}):00 ([A-Z][a-z]{2}) ([0-9]{2}) Feb", PAGE))
        later = 0
        for end in ends:
            now = text_now(tracked, (end.start(), end.end()))
            if now is not None and now != end[0]:
                later += 1
                assert now.startswith("to ")
                assert now.endswith(" Feb")
        assert later >= 1


def test_converted_units_give_feet_and_respell_degrees() -> None:
    for seed in range(1, 6):
        tracked = _edited(units_converted, 8.0, seed)
        new = tracked.text
        assert f"{MINUS}6 °C" not in new
        assert f"{MINUS}6ºC" in new or f"{MINUS}6° C" in new
        metres = span_of(PAGE, "2,200 m")
        if "2,200 m (7,218 ft)" in new:
            assert text_now(tracked, metres) == "2,200 m"
        else:
            assert "7,218 ft  W, NW, N, NE" in new
            assert text_now(tracked, metres) is None
        line = span_of(PAGE, "Danger level 2 (moderate)")
        assert text_now(tracked, line) == "Danger level 2 (moderate)"


def _plain(words: str) -> str:
    """Words as a PDF's copy gives them back to a reader: ligatures, hyphens at line ends,
    running lines and runs of spaces undone."""
    words = re.sub(r"\n?Mountain Safety Services — Page[^\n]*\n[^\n]*\n", "\n", words)
    words = unicodedata.normalize("NFKC", words).replace("-\n", "")
    return re.sub(r"\s+", " ", words)


def test_a_pdf_copy_keeps_every_line_under_its_marks() -> None:
    tracked = _edited(pdf_copied, 8.0)
    assert RUNNING_FOOTER.split(" —")[0] in tracked.text
    assert "\ufb01" in tracked.text or "\ufb02" in tracked.text
    for line in item_lines(PAGE):
        now = text_now(tracked, line)
        assert now is not None
        assert _plain(now) == _plain(PAGE[slice(*line)])


def test_pruned_duplicates_keep_the_first_copy() -> None:
    for seed in range(1, 6):
        tracked = _edited(stock_lines_pruned, 8.0, seed)
        for words in (WIND_SLAB, DANGER_3, STOOD_DOWN, HELICOPTER, DISRUPTION):
            first = span_of(PAGE, words + "\n")
            assert text_now(tracked, (first[0], first[1] - 1)) == words
        assert len(tracked.text) < len(PAGE)


def test_a_copy_edited_page_keeps_what_its_respellings_share() -> None:
    tracked = _edited(copy_edited, 8.0)
    new = tracked.text
    assert "10.42" in new
    minutes = span_of(PAGE, "10:42")[0] + len("10:")
    assert text_now(tracked, (minutes, minutes + 2)) == "42"
    assert "Saturday 14 Feb  " in new
    assert "18 kilometres" in new
    assert f"{MINUS}6°C" in new
    day = span_of(PAGE, "Sun 15 Feb")
    now = text_now(tracked, day)
    assert now is not None
    assert now.startswith("Sun")
    assert now.endswith("15 Feb")


@pytest.mark.parametrize("seed", range(1, 4))
def test_converted_lepcha_digits_keep_the_letters(seed: int) -> None:
    tracked = _edited(lepcha_digits_converted, 8.0, seed)
    now = text_now(tracked, span_of(PAGE, LEPCHA))
    western = str.maketrans(LEPCHA_DIGITS, "0123456789")
    assert now is not None
    assert now != LEPCHA
    assert now.translate(western) == LEPCHA.translate(western)
    english = "Landslide at Dzongu, kilometre 3."
    assert text_now(tracked, span_of(PAGE, english)) == english


@pytest.mark.parametrize("seed", range(1, 6))
def test_respelt_limbu_keeps_its_letters(seed: int) -> None:
    tracked = _edited(limbu_respelt_one_side, 8.0, seed)
    now = text_now(tracked, span_of(PAGE, LIMBU))
    assert now is not None
    assert now != LIMBU
    assert KEMPHRENG not in now
    limbu_marks = str.maketrans({ascii: mark for mark, ascii in LIMBU_PUNCTUATION.items()})
    # The closing mark is typed over: the truth ends before it; the letters read the same.
    bare = without_kemphreng(LIMBU)
    assert now == bare[:-1]
    start = _at(tracked, span_of(PAGE, LIMBU))
    assert tracked.text[start : start + len(bare)].translate(limbu_marks) == bare
    english = "The Taplejung checkpoint opens at 7 am."
    assert text_now(tracked, span_of(PAGE, english)) == english


def test_a_reflowed_page_keeps_every_word_of_an_item() -> None:
    for seed in range(1, 4):
        tracked = _edited(reflowed_page, 8.0, seed)
        for item in (*BANDS, *WARNINGS):
            now = text_now(tracked, span_of(PAGE, item))
            assert now is not None
            assert now.replace("-\n", "").split() == item.split()


def test_the_mix_changes_the_page_and_keeps_its_truth_consistent() -> None:
    for seed in range(1, 4):
        assert_mix_consistent(_edited(combined, 3.0, seed), PAGE)


def test_every_lepcha_and_limbu_character_is_assigned_and_of_its_script() -> None:
    lepcha = "".join(words for words, _ in LEPCHA_LINES) + LEPCHA_THANKS + LEPCHA
    limbu = "".join(words for words, _ in LIMBU_LINES) + LIMBU_THANKS
    for words, first, last, name in (
        (lepcha, 0x1C00, 0x1C4F, "LEPCHA"),
        (limbu, 0x1900, 0x194F, "LIMBU"),
    ):
        for char in set(words) - set("0123456789 ।"):
            assert first <= ord(char) <= last, hex(ord(char))
            assert unicodedata.name(char).startswith(name), hex(ord(char))
    for words in (lepcha, limbu, STOCK):
        assert unicodedata.is_normalized("NFC", words)
    assert any(unicodedata.category(c) == "Mn" for c in lepcha)
    assert any(unicodedata.category(c) == "Mn" for c in limbu)
    assert any(c in LEPCHA_DIGITS for c in STOCK)


@pytest.mark.parametrize("seed", [*range(4), *FRESH36_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        marks = (DANGER_3, WIND_SLAB, "NY 2154 0832", HELICOPTER, STOOD_DOWN, f"Feb  {FULL}")
        more = (WINTER_ROOM, CLOSED_SNOW, CHAINS, YELLOW_WIND, "°C", "2,200 m", "᱃", "ᰬ", "।")
        assert_kind_has_what_families_edit(text, name, (*marks, *more, "\u1939", "\u2019"), 8)


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH36_SEEDS, fresh36_text, fresh36_spans)


@pytest.mark.parametrize("name", list(FRESH36_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH36_FAMILIES[name], FRESH36_SEEDS, fresh36_text, fresh36_spans, no_blank_runs=True
    )
