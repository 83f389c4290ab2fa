"""Tagalog teens are read whole ("labindalawa" 12, "labing-dalawang bahay" 12, not 2), and a
hundred after "isang" apart ("isang daan at dalawampung tao" 120, not 20)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare.numerals import TAGALOG_TEENS
from desktop_app.core.compare.terms import tokens
from tests.core.compare.sentence_pairs import mirrored_label


def _counts(text: str) -> list[str]:
    """The value of each count the terms read, in order."""
    found: dict[int, str] = {}
    for token in tokens(text):
        if token.slot.startswith("qty:"):
            found.setdefault(token.start, token.value)
    return [found[start] for start in sorted(found)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Labindalawa ang nasugatan sa aksidente.", ["#12"]),
        ("Nasira ang labing-dalawang bahay sa bagyo.", ["#12"]),
        ("Nasira ang labinlimang bahay sa bagyo.", ["#15"]),
        ("Dumalo ang labing-apat na tao sa pulong.", ["#14"]),
        ("Dumalo ang isang daan at dalawampung tao sa pulong.", ["#120"]),
        ("Dumalo ang isang daang tao sa pulong.", ["#100"]),
        ("Dumalo ang apat na tao sa pulong.", ["#4"]),
    ],
)
def test_values_read(text: str, values: list[str]) -> None:
    assert _counts(text) == values


def test_built_pairs_both_ways() -> None:
    teens = "Nasira ang labing-dalawang bahay sa bagyo noong Lunes."
    assert mirrored_label(teens, "Nasira ang 12 bahay sa bagyo noong Lunes.", (True, True))[0] in {
        "same_fact",
        "near_copy",
    }
    assert (
        mirrored_label(teens, "Nasira ang 2 bahay sa bagyo noong Lunes.", (True, True))[0]
        == "contradicts"
    )


@given(teen=st.sampled_from(sorted(TAGALOG_TEENS.items())), figure=st.integers(2, 40))
def test_a_teen_against_a_figure_contradicts_exactly_when_they_differ(
    teen: tuple[str, int], figure: int
) -> None:
    word, value = teen
    linked = f"{word}ng" if word[-1] in "aeiou" else f"{word} na"  # the linker
    worded = f"Nasira ang {linked} bahay sa bagyo noong Lunes."
    told = f"Nasira ang {figure} bahay sa bagyo noong Lunes."
    assert _counts(worded) == [f"#{value}"]
    relation, _ = mirrored_label(worded, told, (True, True))
    assert (relation == "contradicts") == (figure != value)
