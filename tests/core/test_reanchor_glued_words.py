"""A passage beside a word now glued to it ("Tel Aviv" made "#TelAviv", "Ravi Thiruchelvam"
made "@RaviThiruchelvam"): on the update path its end is not grown over the glued word's
letters, which are the old text's own beside the passage (``diff_placement._whole_words``);
an end whose own word was typed longer still takes the whole word in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.benchmarks.reanchor_fresh10_families import (
    FRESH10_FAMILIES,
    fresh10_spans,
    fresh10_text,
)
from tests.benchmarks.test_reanchor_accuracy import edited_cases
from tests.core.test_reanchor import _updated_once

LEAD = "Walkers met at the station at nine and set off along the river. "
TAIL = " left a note in the visitors' book before the rain came in."

#: Words of names of places and people that a restyle glues together.
NAMES = [
    "Tel",
    "Aviv",
    "Nuwara",
    "Eliya",
    "Kumano",
    "Kodō",
    "Haruka",
    "Sato",
    "Ayesha",
    "Mohammed",
    "Ravi",
    "Thiruchelvam",
    "São",
    "Paulo",
    "Łódź",
    "Kraków",
    "Ọlá",
    "Adébáyọ̀",
    "Nino",
    "Beridze",
    "Hong",
    "Kong",
    "Abu",
    "Dhabi",
]
_two_names = st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True)


def _glued(first: str, second: str, sign: str) -> tuple[str, str]:
    """A text naming "{first} {second}", and the same text with the two glued after ``sign``."""
    old = f"{LEAD}A walker from {first} {second}{TAIL}"
    return old, f"{LEAD}A walker from {sign}{first}{second}{TAIL}"


def _placed(old: str, span: tuple[int, int], new: str) -> str:
    """Where the update path places the passage ``span`` of ``old`` in ``new`` (found there)."""
    result = _updated_once(old, span, new)
    assert result.placement.state in ("exact", "moved", "fuzzy")
    return new[result.placement.start : result.placement.end]


@settings(max_examples=60, deadline=None)
@given(names=_two_names, sign=st.sampled_from(["#", "@", ""]))
def test_a_passage_ending_before_a_word_now_glued_keeps_its_end(
    names: list[str], sign: str
) -> None:
    first, second = names
    old, new = _glued(first, second, sign)
    start = old.index("walker")
    end = old.index(f" {second}")
    assert _placed(old, (start, end), new) == f"walker from {sign}{first}"


@settings(max_examples=60, deadline=None)
@given(names=_two_names, sign=st.sampled_from(["#", "@", ""]))
def test_a_passage_starting_after_a_word_now_glued_keeps_its_start(
    names: list[str], sign: str
) -> None:
    first, second = names
    old, new = _glued(first, second, sign)
    start = old.index(f"{second}{TAIL}")
    end = start + len(second) + len(" left a note")
    assert _placed(old, (start, end), new) == f"{second} left a note"


def test_a_last_word_typed_longer_is_still_taken_in_whole() -> None:
    old = f"{LEAD}The colour of the water{TAIL}"
    new = f"{LEAD}The colours of the water{TAIL}"
    start = old.index("The colour")
    result = _updated_once(old, (start, start + len("The colour")), new)
    assert new[result.placement.start : result.placement.end] == "The colours"


def test_the_tenth_materials_hashtagged_place_is_placed_on_its_own_word() -> None:
    """A case that was wrong: "walker from Tel" of "Tel Aviv", made "#TelAviv", was placed
    over "#TelAviv"."""
    family = {"places hashtagged": FRESH10_FAMILIES["places hashtagged"]}
    cases = edited_cases(range(10108, 10109), family, fresh10_text, fresh10_spans)
    (case,) = [case for case in cases if case.label.endswith("rate 3.0 seed 10108")]
    span = case.spans[28]
    assert case.text[span[0] : span[1]] == "walker from Tel"
    result = _updated_once(case.text, span, case.tracked.text)
    new = case.tracked.text
    assert new[result.placement.start : result.placement.end] == "walker from #Tel"
