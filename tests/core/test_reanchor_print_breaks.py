"""A text hyphenated for print ("Quest-" / "ions?"): a passage whose first (last) word the
diff matched only after (before) the break still takes in the whole word, on the update
path (``diff_placement._lost_ends_found`` reads a lost end across a print break)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.diff_placement import _lost_ends_found
from tests.benchmarks.reanchor_fresh11_families import FRESH11_FAMILIES, fresh11_spans, fresh11_text
from tests.benchmarks.test_reanchor_accuracy import edited_cases
from tests.core.test_reanchor import _updated_once

SENTENCE = "Questions? Write to us or call the number below, lines open at eight."
#: Where a word may be broken for print (two letters either side).
BREAKS = [
    at
    for at in range(2, len(SENTENCE) - 2)
    if SENTENCE[at - 2 : at].isalpha() and SENTENCE[at : at + 2].isalpha()
]


def _broken(text: str, at: int) -> str:
    return text[:at] + "-\n" + text[at:]


@settings(max_examples=60, deadline=None)
@given(cut=st.sampled_from(BREAKS), beyond=st.integers(min_value=0, max_value=20))
def test_a_lost_head_is_read_back_across_a_print_break(cut: int, beyond: int) -> None:
    """The diff kept the passage from ``beyond`` characters after the break on (right
    after it, or further): its lost head still reads so before that, the break aside."""
    kept = min(len(SENTENCE) - 1, cut + beyond)
    new = "Notes.\n\n" + _broken(SENTENCE, cut) + "\n\nThe end."
    offset = len("Notes.\n\n")
    start = offset + kept + 2
    found, _ = _lost_ends_found(SENTENCE[:kept], "", new, start, len(new) - 9)
    assert found == offset


@settings(max_examples=60, deadline=None)
@given(cut=st.sampled_from(BREAKS), kept=st.integers(min_value=1, max_value=40))
def test_a_lost_tail_is_read_on_across_a_print_break(cut: int, kept: int) -> None:
    """The diff kept the passage's first ``kept`` characters: the rest still reads so after
    them, across the break (at the end of what was kept or inside the lost tail)."""
    new = "Notes.\n\n" + _broken(SENTENCE, cut) + "\n\nThe end."
    offset = len("Notes.\n\n")
    end = offset + kept + (2 if kept > cut else 0)
    _, found = _lost_ends_found("", SENTENCE[kept:], new, offset, end)
    assert found == offset + len(SENTENCE) + 2


def test_no_print_break_is_crossed_where_the_old_text_had_white_space_or_other_letters() -> None:
    new = "Notes.\n\nQuest-\nions? Write to us."
    start = new.index("ions")
    # the old passage's lost head ended with a space: "Quest ions?" is not "Quest-\nions?"
    assert _lost_ends_found("Quest ", "", new, start, len(new))[0] == start
    assert _lost_ends_found("Guest", "", new, start, len(new))[0] == start
    end = new.index("-\n")
    assert _lost_ends_found("", " ions?", new, 8, end)[1] == end
    assert _lost_ends_found("", "ians?", new, 8, end)[1] == end


def test_a_real_hyphen_at_a_line_end_is_read_as_it_stands() -> None:
    new = "Notes.\n\nA well-\nknown rule."
    start = new.index("known")
    assert _lost_ends_found("A well-", "", new, start, len(new))[0] == new.index("A well")


def test_the_eleventh_materials_broken_question_is_placed_whole() -> None:
    """The case that was wrong: "Questions? Write to us …" updated to "Quest-\\nions? …"
    was placed from "ions?" on."""
    family = {"hyphenated for print": FRESH11_FAMILIES["hyphenated for print"]}
    cases = edited_cases(range(11101, 11102), family, fresh11_text, fresh11_spans)
    (case,) = [case for case in cases if case.label.endswith("rate 3.0 seed 11101")]
    span = case.spans[35]
    assert case.text[span[0] : span[1]].startswith("Questions? Write to us")
    result = _updated_once(case.text, span, case.tracked.text)
    new = case.tracked.text
    assert new[result.placement.start : result.placement.end].startswith("Quest-\nions? Write")
    assert result.state in ("fuzzy", "moved", "exact")
