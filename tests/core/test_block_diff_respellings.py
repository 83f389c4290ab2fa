"""A short line a copy editor respelt (figures spaced from their units, a typo) stays aligned."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.block_diff import (
    _related,
    _related_through_respellings,
    _Run,
    surviving_blocks,
)
from desktop_app.core.quote_search import PLACED_STATES
from tests.core.test_reanchor import _updated_once

PLACES = (
    "St Mark’s Church Hall, 23 Station Road",
    "The Scout Hut, 40 Abbey Road",
    "Abbeyfield Primary School, 4 Mill Lane",
    "Fairfield Recreation Ground",
)
HOURS = ("7am", "8am", "9am", "10pm", "9pm", "11pm")
UNITS = ("km", "kg", "am", "pm", "cm")


def _kept(old: str, new: str) -> set[int]:
    """The old offsets that some block of the diff keeps."""
    return {
        at
        for block in surviving_blocks(old, new)
        for at in range(block.old, block.old + block.length)
    }


def _stations(hours: list[tuple[str, str]]) -> str:
    return "\n\n".join(
        f"Station {48 + n}  {PLACES[n % len(PLACES)]}\nOpen {opens} to {closes}\n"
        "Wheelchair access\nElectors A to K vote here; L to Z at the next station."
        for n, (opens, closes) in enumerate(hours)
    )


def _spaced(text: str) -> str:
    """Every time of day written with a space before am or pm ("7 am")."""
    for hour in HOURS:
        text = text.replace(hour, f"{hour[:-2]} {hour[-2:]}")
    return text


def test_a_line_whose_figures_were_spaced_keeps_every_letter() -> None:
    old = "Station 50  X\nOpen 7am to 10pm\nWheelchair access\n"
    new = "Station 50  X\nOpen 7 am to 10 pm\nWheelchair access\n"
    line = range(old.index("Open"), old.index("\nWheelchair"))
    assert {at for at in line if not old[at].isspace()} <= _kept(old, new)
    for block in surviving_blocks(old, new):
        kept = old[block.old : block.old + block.length]
        assert kept == new[block.new : block.new + block.length]


def test_a_line_break_moved_inside_a_word_is_no_respacing() -> None:
    runs = [_Run(True, 0, 5, 0, 5), _Run(False, 5, 16, 5, 16)]
    assert not _related_through_respellings(runs, "Shop: bread\nmilk", "Shop: brea\ndmilk")
    assert _related_through_respellings(runs, "Shop: bread milk", "Shop: breadmilk ")


def test_only_words_the_same_but_for_spaces_make_a_line_related() -> None:
    runs = [_Run(True, 0, 4, 0, 4), _Run(False, 4, 8, 4, 10)]
    assert not _related_through_respellings(runs, "She said", "She stated")
    typo = [runs[0], _Run(False, 4, 8, 4, 8)]
    assert not _related_through_respellings(typo, "She said", "She sadi")  # a typo: not here
    old, new = "Open 7am to 10pm", "Open 7 am to 10 pm"
    runs = [
        _Run(True, 0, 5, 0, 5),
        _Run(False, 5, 8, 5, 9),
        _Run(True, 8, 12, 9, 13),
        _Run(False, 12, 16, 13, 18),
    ]
    assert not _related(runs, old, new)  # whole words alone: "Open" and "to" of 13 letters
    assert _related_through_respellings(runs, old, new)
    spaced = old.replace("7am", "7\u202fam")  # a narrow no-break space, as typesetters put
    assert _related_through_respellings([runs[0], _Run(False, 5, 8, 5, 9)], old[:8], spaced[:9])


def test_a_passage_opening_on_a_respaced_line_starts_on_that_line() -> None:
    old = _stations([("7am", "10pm"), ("7am", "10pm"), ("8am", "9pm")])
    new = _spaced(old)
    start = old.index("7am to 10pm", old.index("Station 49"))
    end = old.index("Electors", start) + len("Electors A to")
    placed = _updated_once(old, (start, end), new).placement
    new_start = new.index("7 am to 10 pm", new.index("Station 49"))
    assert placed.state in PLACED_STATES
    assert (placed.start, placed.end) == (new_start, new.index("Electors", new_start) + 13)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(HOURS), st.sampled_from(HOURS)), min_size=2, max_size=5),
    st.data(),
)
@example(hours=[("7am", "10pm"), ("7am", "10pm"), ("8am", "9pm")], data=None)
def test_every_letter_of_a_respaced_timetable_line_is_kept(
    hours: list[tuple[str, str]], data: st.DataObject | None
) -> None:
    old = _stations(hours)
    new = _spaced(old)
    which = 0 if data is None else data.draw(st.integers(0, len(hours) - 1))
    line_start = old.index("Open", old.index(f"Station {48 + which}"))
    line_end = old.index("\n", line_start)
    letters = {at for at in range(line_start, line_end) if not old[at].isspace()}
    assert letters <= _kept(old, new)
    # and a passage from that line into the next is placed from the respaced line's start
    placed = _updated_once(old, (line_start + 5, line_end + 11), new).placement
    new_line = new.index("Open", new.index(f"Station {48 + which}"))
    assert placed.state in PLACED_STATES
    assert placed.start == new_line + 5
    assert new[placed.end - 10 : placed.end] == "Wheelchair"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 99), st.sampled_from(UNITS)), min_size=1, max_size=6),
    st.lists(st.booleans(), min_size=6, max_size=6),
)
def test_figures_spaced_from_their_units_keep_their_letters_in_order(
    figures: list[tuple[int, str]], spaced: list[bool]
) -> None:
    old = "Notes\n" + " and ".join(f"{n}{unit}" for n, unit in figures) + "\nEnds\n"
    new = (
        "Notes\n"
        + " and ".join(
            f"{n} {unit}" if spaced[i] else f"{n}{unit}" for i, (n, unit) in enumerate(figures)
        )
        + "\nEnds\n"
    )
    blocks = sorted(surviving_blocks(old, new))
    kept = {at for block in blocks for at in range(block.old, block.old + block.length)}
    assert {at for at, char in enumerate(old) if not char.isspace()} <= kept
    assert [block.new for block in blocks] == sorted(block.new for block in blocks)
