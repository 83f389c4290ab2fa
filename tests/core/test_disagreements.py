"""Disagreement spans between two codings of one text, and their agreement with agreement."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.agreement.disagreements import Disagreement, disagreements

TEXT = "The summit was about trade.  Critics called it theatre. Nobody asked why."


def test_identical_codings_do_not_disagree() -> None:
    spans = [(0, 27, ("motive",)), (29, 55, ("reaction",))]
    assert disagreements(TEXT, spans, list(spans)) == []


def test_a_code_only_one_gave_and_a_shorter_span() -> None:
    a = [(0, 27, ("motive",)), (29, 55, ("reaction",))]
    b = [(4, 27, ("motive", "economics")), (29, 55, ("reaction",))]
    assert disagreements(TEXT, a, b, ("motive", "reaction", "economics")) == [
        Disagreement(0, 3, ("motive",), ()),  # "The": the space after it is left out
        Disagreement(4, 27, (), ("economics",)),
    ]


def test_stretches_parted_by_white_space_become_one_and_edges_are_trimmed() -> None:
    a = [(0, 28, ("motive",)), (28, 55, ("motive",))]
    assert disagreements(TEXT, a, []) == [Disagreement(0, 55, ("motive",), ())]
    assert disagreements("   ", [(0, 3, ("m",))], []) == []


@given(
    st.lists(st.tuples(st.integers(0, 72), st.integers(0, 72), st.sampled_from("xyz")), max_size=6),
    st.lists(st.tuples(st.integers(0, 72), st.integers(0, 72), st.sampled_from("xyz")), max_size=6),
)
def test_matches_a_character_by_character_comparison(
    a: list[tuple[int, int, str]], b: list[tuple[int, int, str]]
) -> None:
    def coded(spans: list[tuple[int, int, str]], at: int) -> set[str]:
        return {code for s, e, code in spans if s <= at < e}

    found = disagreements(TEXT, [(s, e, (c,)) for s, e, c in a], [(s, e, (c,)) for s, e, c in b])
    marked = {i for d in found for i in range(d.start, d.end)}
    for at, char in enumerate(TEXT):
        if char.isspace():
            continue
        differs = coded(a, at) != coded(b, at)
        assert (at in marked) == differs, at
    for d in found:
        assert not TEXT[d.start].isspace()
        assert not TEXT[d.end - 1].isspace()
