"""A passage's lost first or last words respelt only by vowel points, joiners, spaces, digits of
another script or quote marks: on the update path the placement takes them in
(``marked_ends.marked_ends_found``, from ``map_through``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.marked_ends import marked_ends_found, read_backward, read_forward
from tests.benchmarks.reanchor_fresh34_families import (
    FRESH34_FAMILIES,
    fresh34_spans,
    fresh34_text,
)
from tests.benchmarks.test_reanchor_accuracy import edited_cases
from tests.core.test_reanchor import _updated_once

#: Syriac letters and the vowel points and joiner a typist puts in or takes out.
SYRIAC_LETTERS = "ܐܒܓܕܗܘܙܚܛܝܟܠܡܢܣܥܦܨܩܪܫܬ"
POINTS = "\u0730\u0733\u0736\u073a\u200c"
WORD = st.text(alphabet=SYRIAC_LETTERS, min_size=1, max_size=8)


def _pointed(word: str, marks: list[str]) -> str:
    """``word`` with a mark (or none) after each of its letters."""
    return (
        "".join(letter + mark for letter, mark in zip(word, marks, strict=False))
        + word[len(marks) :]
    )


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(WORD, min_size=1, max_size=5),
    marks=st.lists(st.sampled_from(["", *POINTS]), max_size=40),
    spaces=st.lists(st.sampled_from(["", " ", "  "]), max_size=5),
)
def test_words_respelt_by_points_joiners_and_spaces_read_on_to_their_last_letter(
    words: list[str], marks: list[str], spaces: list[str]
) -> None:
    lost = " ".join(words)
    respelt = _pointed(lost.replace(" ", "،"), marks).replace("،", "،" + "".join(spaces[:1]))
    respelt = respelt.removesuffix("\u200c")  # a joiner joins to a letter after it
    lost = lost.replace(" ", "، ")
    text = "Closed. " + respelt + " 10.\n"
    end = read_forward(lost, text, len("Closed."))
    assert end == len(text) - len(" 10.\n")
    assert read_backward(lost, text, len(text) - len(" 10.\n")) == len("Closed. ")


def test_a_letter_changed_or_a_line_break_not_met_does_not_read_on() -> None:
    text = "Closed. ܒܫܳܥܬܐ 10.\n"
    assert read_forward("ܒܫܥܬܐ", text, len("Closed.")) == text.index(" 10.")
    assert read_forward("ܒܫܥܬܒ", text, len("Closed.")) is None  # another letter
    assert read_forward("ܒܫܥ\nܬܐ", text, len("Closed.")) is None  # a line break lost
    assert read_forward("ܒܫܥܬܐ 10.\nMore", text, len("Closed.")) is None  # past the end


def test_digits_of_another_script_and_curly_quotes_read_as_the_plain_ones() -> None:
    text = "meets at ೧೧ o’clock ‘sharp’."
    assert read_forward("11 o'clock 'sharp'", text, len("meets at")) == len(text) - 1
    assert read_backward("meets at 11", text, text.index(" o’clock")) == 0


def test_a_lost_tail_or_head_respelt_by_marks_is_taken_in_up_to_a_whole_word() -> None:
    new = "Notice 28 · Duhok\nܟܢܳܘܫܝܐ ܡܬܳܟܢܫ،ܒܒܳܝܬܐ 8\nThe works committee meets."
    placed = (0, new.index("\n"))
    tail = "ܟܢܘܫܝܐ ܡܬܟܢܫ، ܒܒܝܬܐ"  # the line break before it kept by the diff
    assert marked_ends_found("", tail, new, placed, placed) == (0, new.index(" 8\n"))
    head_placed = (new.index("8\nThe"), len(new))
    head = "ܟܢܘܫܝܐ ܡܬܟܢܫ، ܒܒܝܬܐ "
    assert marked_ends_found(head, "", new, head_placed, head_placed) == (
        new.index("ܟܢܳܘܫܝܐ"),
        len(new),
    )
    # read unchanged (another rule's), half a word, or an edge grown before: left as it is
    plain = "Notice 28 · Duhok\nܟܢܘܫܝܐ 8"
    assert marked_ends_found("", "ܟܢܘܫܝܐ", plain, placed, placed) == placed
    assert marked_ends_found("", "ܟܢܘܫ", new, placed, placed) == placed
    # a lost end of a direction mark or a variation selector alone holds no word to read on
    blank = "read.\n\nעמוד 1 · Page 1 ❤\n\nNext"
    mark_placed = (blank.index("עמוד"), blank.index("\n\nNext"))
    assert marked_ends_found("\u200f", "\ufe0f", blank, mark_placed, mark_placed) == mark_placed
    grown = (0, placed[1] + 1)
    assert marked_ends_found("", tail, new, placed, grown) == grown


def test_the_materials_syriac_clause_respelt_at_a_passage_end_is_taken_in() -> None:
    """A case that was wrong: a passage ending on a Syriac clause whose vowel points were put
    in and a non-joiner added (fresh34 Syriac respelt) was ended before the clause."""
    family = {"syriac respelt": FRESH34_FAMILIES["syriac respelt"]}
    cases = list(edited_cases(range(34102, 34103), family, fresh34_text, fresh34_spans))
    (case,) = [case for case in cases if case.label == "syriac respelt rate 1.0 seed 34102"]
    span = case.spans[59]
    assert case.text[span[0] : span[1]].endswith("ܕܬܪܝܢ ܒܫܥܬܐ")
    result = _updated_once(case.text, span, case.tracked.text)
    placed = case.tracked.text[result.placement.start : result.placement.end]
    assert placed.startswith("Col. 412  line 7")
    assert placed.endswith("ܕܬܳܪܝܢ ܒܫܳܥܬܐ")
