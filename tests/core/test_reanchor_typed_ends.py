"""A passage's lost first or last words where one of them took a typed letter ("down." typed
"doown.", "Porthallow" lost its "P"): on the update path the placement takes them in
(``typed_ends.typed_ends_found``, from ``map_through``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.typed_ends import (
    TYPED_WORD,
    one_letter_typed,
    one_typed,
    typed_ends_found,
    words_typed,
)
from tests.benchmarks.reanchor_fresh23_families import (
    FRESH23_FAMILIES,
    fresh23_spans,
    fresh23_text,
)
from tests.benchmarks.reanchor_fresh31_families import (
    FRESH31_FAMILIES,
    fresh31_spans,
    fresh31_text,
)
from tests.benchmarks.test_reanchor_accuracy import EditedCase, edited_cases
from tests.core.test_reanchor import _updated_once

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéọ", min_size=TYPED_WORD, max_size=12)


@settings(max_examples=150, deadline=None)
@given(word=WORDS, at=st.integers(0, 12), letter=st.sampled_from("abcxyzé"))
def test_one_letter_typed_in_dropped_or_over_reads_as_the_word(
    word: str, at: int, letter: str
) -> None:
    at %= len(word)
    typed_in = word[:at] + letter + word[at:]
    assert one_letter_typed(word, typed_in)
    assert one_letter_typed(typed_in, word)
    if len(word) > TYPED_WORD:
        assert one_letter_typed(word, word[:at] + word[at + 1 :])
    typed_over = word[:at] + letter + word[at + 1 :]
    assert one_letter_typed(word, typed_over) == (typed_over != word)


@settings(max_examples=100, deadline=None)
@given(word=WORDS, at=st.integers(0, 12))
def test_two_letters_typed_or_a_figure_changed_do_not(word: str, at: int) -> None:
    at %= len(word)
    assert not one_letter_typed(word, word[:at] + "qq" + word[at:])
    assert not one_letter_typed(word, word)
    assert not one_letter_typed(f"{word}14", f"{word}15")  # another figure: another fact
    assert not one_letter_typed(f"{word}.", f"{word}1.")


def test_short_words_and_more_than_one_word_typed_are_not_read_on() -> None:
    assert not one_letter_typed("the", "thy")  # a short word typed over is another word
    assert not one_letter_typed("cat", "cats")
    assert words_typed(["Porthallow", "pier", "head"], ["orthallow", "pier", "head"])
    assert words_typed(["down."], ["doown."])
    assert not words_typed(["down."], ["down."])  # nothing typed: not this rule's
    assert not words_typed(["Porthallow", "pier"], ["orthallow", "piers"])  # two words typed
    assert not words_typed(["Porthallow", "pier"], ["orthallow"])  # a word lost


def test_a_lost_head_or_tail_with_a_typed_letter_is_taken_in() -> None:
    new = (
        "White round tower, 19 m\n\northallow pier head\n50°04.71'N\n\nand the ice plant is doown."
    )
    start = new.index("50°")
    end = new.index("\n\nand")
    placed = (start, end)
    assert typed_ends_found("Porthallow pier head\n", "", new, placed, placed) == (
        new.index("orthallow"),
        end,
    )
    tail_placed = (new.index("and the"), new.index(" doown"))
    assert typed_ends_found("", " down.", new, tail_placed, tail_placed) == (
        tail_placed[0],
        len(new),
    )
    # two words typed, or the edge already grown by an earlier rule: left as it is
    assert typed_ends_found("Porthallow piers head\n", "", new, placed, placed) == placed
    grown = (0, end)
    assert typed_ends_found("Porthallow pier head\n", "", new, placed, grown) == grown


def _case(cases: list[EditedCase], label: str) -> EditedCase:
    (case,) = [case for case in cases if case.label == label]
    return case


def test_the_materials_typed_lost_ends_are_taken_in() -> None:
    """Two cases that were wrong: a passage opening on "Porthallow pier head" (fresh31 the
    mix: the "P" dropped) was placed from the next line; one opening on "down." (fresh23
    the mix: typed "doown.") was placed from the head after it."""
    family = {"combined": FRESH31_FAMILIES["combined"]}
    cases = list(edited_cases(range(31108, 31109), family, fresh31_text, fresh31_spans))
    case = _case(cases, "combined rate 1.0 seed 31108")
    span = case.spans[38]
    assert case.text[span[0] : span[1]].startswith("Porthallow pier head\n50°04.71'N")
    result = _updated_once(case.text, span, case.tracked.text)
    placed = case.tracked.text[result.placement.start : result.placement.end]
    assert placed.startswith("orthallow pier head\n50°04.71'N")
    family = {"combined": FRESH23_FAMILIES["combined"]}
    cases = list(edited_cases(range(23104, 23105), family, fresh23_text, fresh23_spans))
    case = _case(cases, "combined rate 8.0 seed 23104")
    span = case.spans[44]
    assert case.text[span[0] : span[1]] == "down.\n\n@mara_k ·"
    result = _updated_once(case.text, span, case.tracked.text)
    assert case.tracked.text[result.placement.start : result.placement.end] == "doown.\n\n@mara_k ·"


def test_one_typed_names_the_character_typed() -> None:
    assert one_typed("relief", "re1ief") == "l1"
    assert one_typed("down.", "doown.") == "o"
    assert one_typed("Porthallow", "orthallow") == "P"
    assert one_typed("down", "down") is None
    assert one_typed("down", "dawns") is None
