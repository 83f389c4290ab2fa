"""Quotes on a line that now stands twice in a row, the stored context split between the copies:
``core.quote_only_doubled_lines``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import quote_only_doubled_lines
from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.left_out_lines import LONG_LINE
from desktop_app.core.quote_only_doubled_lines import (
    context_split_by_a_twin_line,
    review_on_a_doubled_line,
    takes_in_a_doubled_line,
    twin_line_above,
    twin_line_below,
)
from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import place
from tests.benchmarks.reanchor_fresh32_families import (
    FRESH32_FAMILIES,
    fresh32_spans,
    fresh32_text,
)
from tests.benchmarks.test_reanchor_accuracy import edited_cases

TANK = "Tank at 3.8 °C on collection."

#: A dairy's milk report: a day a block, the tank line under each.
OLD = (
    "Milk collection report — Hendre Farm\n\n"
    "Collected 7 July · tanker WX 71 · 06:40\n"
    "Tue 7  2,305 l  BF 4.08 %  Prot 3.30 %  SCC 141  Bactoscan 19\n"
    f"{TANK}\n\n"
    "Collected 8 July · tanker WX 71 · 06:40\n"
    "Wed 8  2,326 l  BF 4.10 %  Prot 3.32 %  SCC 142  Bactoscan 20\n"
    f"{TANK}\n\n"
    "Collected 9 July · tanker WX 71 · 07:10\n"
    "Thu 9  2,303 l  BF 4.12 %  Prot 3.31 %  SCC 144  Bactoscan 19\n"
    "Tank at 3.6 °C on collection.\n\n"
    "Prices are confirmed at the end of the month.\n"
)
#: The first day's tank line moved to the end of the next day's block: it now stands twice
#: in a row there.
NEW = OLD.replace(f"Bactoscan 19\n{TANK}\n\n", "Bactoscan 19\n\n", 1).replace(
    f"Bactoscan 20\n{TANK}\n\n", f"Bactoscan 20\n{TANK}\n{TANK}\n\n", 1
)


def _passage_on_the_second_day(words: str) -> tuple[int, int]:
    """``words`` on the tank line of the second day's block, in :data:`OLD`."""
    line = OLD.index(TANK, OLD.index("Collected 8 July"))
    start = line + TANK.index(words)
    return start, start + len(words)


def test_a_copy_of_the_line_just_above_or_below_is_found() -> None:
    text = "Head\nSow under glass.\nSow under glass.\nWater daily.\n\nSow under glass.\n"
    upper = text.index("Sow")
    lower = upper + len("Sow under glass.\n")
    assert twin_line_below(text, upper + 4) == len("Sow under glass.\n")
    assert twin_line_above(text, lower + 4) == len("Sow under glass.\n")
    assert twin_line_above(text, upper) is None
    assert twin_line_below(text, lower) is None
    assert twin_line_above(text, text.rindex("Sow")) is None  # across a blank line
    assert twin_line_above(text, 0) is None
    assert twin_line_below("A\n\n\nB", 2) is None  # blank lines are no copies


def test_either_copy_holding_one_side_of_the_context_goes_to_review() -> None:
    start, end = _passage_on_the_second_day("at 3.8 °C")
    _, quote = describe(OLD, start, end)
    upper = NEW.index(TANK, NEW.index("Collected 8 July")) + TANK.index("at 3.8")
    lower = upper + len(TANK) + 1
    for at in (upper, lower):
        found = Placement("moved", at, at + end - start, 1.0)
        assert context_split_by_a_twin_line(NEW, found.start, found.end, quote)
        assert review_on_a_doubled_line(NEW, quote, found) == found._replace(state="review")


def test_a_passage_from_the_doubled_line_into_the_next_block_goes_to_review() -> None:
    line = OLD.index(TANK, OLD.index("Collected 8 July"))
    start = line + TANK.index("on collection")
    end = OLD.index("Collected 9 July") + len("Collected 9")
    _, quote = describe(OLD, start, end)
    at = NEW.index("on collection.\n\nCollected 9 July")
    found = Placement("moved", at, at + end - start, 1.0)
    assert NEW[found.start : found.end] == quote.exact
    assert review_on_a_doubled_line(NEW, quote, found).state == "review"


def test_placed_alone_or_in_a_batch_it_is_not_taken() -> None:
    start, end = _passage_on_the_second_day("at 3.8 °C")
    position, quote = describe(OLD, start, end)
    assert place(NEW, position, quote).state in ("review", "orphaned")
    assert place_all(NEW, [Request(position, quote)])[0].state in ("review", "orphaned")


def test_a_placement_with_its_whole_context_or_no_copy_beside_it_is_kept() -> None:
    start, end = _passage_on_the_second_day("at 3.8 °C")
    _, quote = describe(OLD, start, end)
    where_it_stood = Placement("exact", start, end, 1.0)
    assert review_on_a_doubled_line(OLD, quote, where_it_stood) == where_it_stood
    # the old text held the line twice already: the passage keeps both sides where it stood
    doubled_before = OLD.replace(f"Bactoscan 20\n{TANK}", f"Bactoscan 20\n{TANK}\n{TANK}")
    again_start, again_end = _passage_on_the_second_day("at 3.8 °C")
    _, twice = describe(doubled_before, again_start, again_end)
    kept = Placement("exact", again_start, again_end, 1.0)
    assert review_on_a_doubled_line(doubled_before, twice, kept) == kept
    # the line beside it reads one figure apart: no copy, the context tells
    apart = NEW.replace(f"{TANK}\n{TANK}", f"{TANK}\nTank at 3.9 °C on collection.", 1)
    at = apart.index(TANK, apart.index("Collected 8 July")) + TANK.index("at 3.8")
    found = Placement("moved", at, at + end - start, 1.0)
    assert review_on_a_doubled_line(apart, quote, found) == found
    fuzzy = Placement("fuzzy", at, at + end - start - 1, 0.9)
    assert review_on_a_doubled_line(NEW, quote, fuzzy) == fuzzy


LINE = st.text(alphabet="abcde .", min_size=3, max_size=12).filter(lambda s: s.strip() != "")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(LINE, min_size=3, max_size=8, unique=True),
    st.data(),
)
def test_a_line_put_in_beside_its_copy_splits_the_context(
    lines: list[str], data: st.DataObject
) -> None:
    """A line moved in just below or above a word-for-word copy of itself: a passage inside
    the original line, placed on either copy with only one side of its context whole, goes
    to review; placed where it stood in the text as it was, it is kept."""
    old = "Head line\n" + "\n".join(lines) + "\nFoot line"
    index = data.draw(st.integers(0, len(lines) - 1))
    line = lines[index]
    first = data.draw(st.integers(0, len(line) - 1))
    last = data.draw(st.integers(first + 1, len(line)))
    if not line[first:last].strip() or line[first:last] != line[first:last].strip():
        return
    line_start = len("Head line\n") + sum(len(text) + 1 for text in lines[:index])
    start, end = line_start + first, line_start + last
    _, quote = describe(old, start, end)
    if quote.exact != old[start:end]:
        return
    kept = Placement("exact", start, end, 1.0)
    assert review_on_a_doubled_line(old, quote, kept) == kept
    doubled = [*lines[: index + 1], line, *lines[index + 1 :]]
    new = "Head line\n" + "\n".join(doubled) + "\nFoot line"
    for at in (start, start + len(line) + 1):
        found = Placement("moved", at, at + end - start, 1.0)
        prefix_whole = new.startswith(quote.prefix, at - len(quote.prefix)) and (
            at >= len(quote.prefix)
        )
        suffix_whole = new.startswith(quote.suffix, found.end)
        if prefix_whole != suffix_whole:
            assert review_on_a_doubled_line(new, quote, found).state == "review"


def test_the_thirty_second_materials_moved_tank_line_goes_to_review() -> None:
    """A case that was wrong in both modes: "at 3.8 °C" on a dairy's tank line, the line
    before it moved in from the day before (the calendar rearranged family), was placed on
    the moved-in copy below it, where the stored suffix stands (the truth: the upper copy,
    where the stored prefix stands)."""
    family = {"calendar rearranged": FRESH32_FAMILIES["calendar rearranged"]}
    cases = edited_cases(range(32107, 32108), family, fresh32_text, fresh32_spans)
    (case,) = [case for case in cases if case.label.endswith("rate 1.0 seed 32107")]
    position, quote = describe(case.text, *case.spans[15])
    assert quote.exact == "at 3.8 °C"
    new = case.tracked.text
    assert f"{TANK}\n{TANK}" in new
    assert place(new, position, quote).state == "review"
    assert place_all(new, [Request(position, quote)])[0].state == "review"


INSURANCE = "Buildings insurance  £312.00"

#: A co-operative's service charges: a flat a block, the insurance line recurring.
CHARGES = (
    "Service charges, April 2026 to March 2027.\n\n"
    "Flat 12B  three bedrooms\n"
    "Grounds and gardens  £142.00\n"
    "Reserve fund  £1,420.00\n"
    "Management fee  £69.00\n"
    f"{INSURANCE}\n\n"
    "Flat 12D  two bedrooms\n"
    "Grounds and gardens  £124.00\n"
    "Cleaning of common parts  £240.00\n"
    f"{INSURANCE}\n\n"
    "Flat 21B  one bedroom\n"
    "Lift maintenance  £1,420.00\n"
    "Paid by standing order\n"
)
#: The second flat's insurance line moved to the end of the first flat's block, just below
#: its copy there.
CHARGES_MOVED = CHARGES.replace(f"£240.00\n{INSURANCE}\n\n", "£240.00\n\n", 1).replace(
    f"£69.00\n{INSURANCE}\n\n", f"£69.00\n{INSURANCE}\n{INSURANCE}\n\n", 1
)


def test_a_fuzzy_passage_ending_on_its_last_line_twice_goes_to_review() -> None:
    start = CHARGES.index("Grounds and gardens  £142")
    end = CHARGES.index(INSURANCE) + len(INSURANCE)
    _, quote = describe(CHARGES, start, end)
    upper = CHARGES_MOVED.index(INSURANCE)
    both = Placement("fuzzy", start, upper + 2 * len(INSURANCE) + 1, 0.93)
    assert takes_in_a_doubled_line(CHARGES_MOVED[both.start : both.end], quote.exact)
    assert review_on_a_doubled_line(CHARGES_MOVED, quote, both) == both._replace(state="review")
    # on the upper copy alone it takes in no twin (its context split is the exact test's)
    upper_only = Placement("fuzzy", start, upper + len(INSURANCE), 0.95)
    assert not takes_in_a_doubled_line(
        CHARGES_MOVED[upper_only.start : upper_only.end], quote.exact
    )
    # in the text as it was, no line doubled: kept
    as_it_was = Placement("fuzzy", start, end, 0.97)
    assert review_on_a_doubled_line(CHARGES, quote, as_it_was) == as_it_was


def test_a_quote_holding_its_line_twice_already_is_kept() -> None:
    twice = f"Flat 12B\n{INSURANCE}\n{INSURANCE}"
    assert not takes_in_a_doubled_line(twice, twice)
    assert takes_in_a_doubled_line(f"{INSURANCE}\n{INSURANCE}\nFlat 12B", f"{INSURANCE}\nFlat 12B")
    assert not takes_in_a_doubled_line(INSURANCE, INSURANCE)  # one line: the other test's case
    assert not takes_in_a_doubled_line(f"\n\n{INSURANCE}", f"\n{INSURANCE}")  # blank lines


def test_placed_alone_or_in_a_batch_the_passage_over_the_doubled_line_is_not_taken() -> None:
    start = CHARGES.index("Grounds and gardens  £142")
    end = CHARGES.index(INSURANCE) + len(INSURANCE)
    position, quote = describe(CHARGES, start, end)
    upper_end = CHARGES_MOVED.index(INSURANCE) + len(INSURANCE)
    for placed in (
        place(CHARGES_MOVED, position, quote),
        place_all(CHARGES_MOVED, [Request(position, quote)])[0],
    ):
        # right (ending on the upper copy, where the passage's own line stayed) or in review
        assert placed.state == "review" or (placed.start, placed.end) == (start, upper_end)


def test_placed_alone_or_in_a_batch_a_fuzzy_passage_over_both_copies_goes_to_review(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a word of the passage edited too, so it is found fuzzy, running over both copies of the
    # moved-in line: the rule, and nothing else, sends it to review, its best guess kept
    edited = CHARGES_MOVED.replace("Grounds and gardens  £142", "Grounds & gardens  £142", 1)
    start = CHARGES.index("Grounds and gardens  £142")
    end = CHARGES.index(INSURANCE) + len(INSURANCE)
    position, quote = describe(CHARGES, start, end)
    lower_end = edited.index(f"{INSURANCE}\n{INSURANCE}") + 2 * len(INSURANCE) + 1

    def both_ways() -> list[Placement]:
        alone = place(edited, position, quote)
        return [alone, place_all(edited, [Request(position, quote)])[0]]

    for placed in both_ways():
        assert placed.state == "review"
        assert (placed.start, placed.end) == (start, lower_end)
    monkeypatch.setattr(quote_only_doubled_lines, "takes_in_a_doubled_line", lambda *_: False)
    assert [placed.state for placed in both_ways()] == ["fuzzy", "fuzzy"]


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, min_size=3, max_size=8, unique=True), st.data())
def test_a_passage_over_several_lines_taking_its_end_line_twice_is_doubted(
    lines: list[str], data: st.DataObject
) -> None:
    """A passage of several whole lines: with its first or last line doubled at that end of
    what was found, or a line doubled beside a blank line, it is doubted; as it stood, with
    a line doubled inside a block, or with a short line doubled, it is not."""
    lines = [f"Schedule line {line.strip()} of the list" for line in lines]
    if len(set(lines)) < len(lines) or not all(lines):
        return
    first = data.draw(st.integers(0, len(lines) - 2))
    last = data.draw(st.integers(first + 1, len(lines) - 1))
    passage = lines[first : last + 1]
    exact = "\n".join(passage)
    assert not takes_in_a_doubled_line(exact, exact)
    assert takes_in_a_doubled_line("\n".join([*passage, passage[-1]]), exact)
    assert takes_in_a_doubled_line("\n".join([passage[0], *passage]), exact)
    if len(passage) >= 3:
        inside = [passage[0], passage[1], passage[1], *passage[2:]]
        assert not takes_in_a_doubled_line("\n".join(inside), exact)
        at_a_break = [passage[0], passage[1], passage[1], "", *passage[2:]]
        assert takes_in_a_doubled_line("\n".join(at_a_break), exact)
    short = ["Nil", *passage, "Nil"]
    assert not takes_in_a_doubled_line("\n".join([*short, "Nil"]), "\n".join(short))


@settings(max_examples=100, deadline=None)
@given(
    st.integers(LONG_LINE - 3, LONG_LINE + 3),
    st.sampled_from(["\n", "\r\n"]),
    st.sampled_from(["", "  ", "\t"]),
    st.booleans(),
)
def test_a_doubled_line_is_long_from_its_twentieth_character_whatever_its_ends(
    length: int, newline: str, trailing: str, at_the_start: bool
) -> None:
    """A line of ``LONG_LINE`` characters or more, spaces at its ends aside, doubled at an end
    of the passage is a doubled line, with Windows line ends or trailing spaces; a shorter
    one is not."""
    line = ("Reserve fund £1,420.00 " * 3)[:length].strip()
    length = len(line)
    other = "Flat 12B  three bedrooms"
    lines = [line, other] if at_the_start else [other, line]
    exact = newline.join(lines)
    doubled = [line + trailing, *lines] if at_the_start else [*lines, line + trailing]
    assert takes_in_a_doubled_line(newline.join(doubled), exact) == (length >= LONG_LINE)
    # the quote holding it twice, in a row: nothing moved in; apart: one copy moved in
    assert not takes_in_a_doubled_line(newline.join(doubled), newline.join(doubled))
    apart = [line, other, line]
    assert takes_in_a_doubled_line(newline.join([*apart, line]), newline.join(apart)) == (
        length >= LONG_LINE
    )
