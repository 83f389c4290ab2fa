"""How strongly compare's ribbons are drawn: fading with the score, calmer in a crowd."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare_look import (
    CROWDED_FILL,
    FIRM_CONTRADICTION,
    RELATION_COLOURS,
    ROOMY_RIBBON_PX,
    connector_opacity,
    crowding_calm,
    firm_edge,
)

scores = st.floats(min_value=0.0, max_value=1.0)


@given(scores, scores, st.sampled_from(sorted(RELATION_COLOURS)))
def test_a_ribbon_fades_with_a_lower_score(low: float, high: float, relation: str) -> None:
    low, high = sorted((low, high))
    assert 0.0 < connector_opacity(low, relation) <= connector_opacity(high, relation) < 1.0


@given(scores, st.sampled_from(sorted(set(RELATION_COLOURS) - {"contradicts"})))
def test_a_contradiction_is_filled_more_strongly_than_any_other_relation(
    score: float, relation: str
) -> None:
    assert connector_opacity(score, "contradicts") > connector_opacity(score, relation)


def test_only_a_sure_contradiction_gets_a_firm_edge() -> None:
    assert firm_edge(FIRM_CONTRADICTION, "contradicts")
    assert firm_edge(0.9, "contradicts")
    assert not firm_edge(FIRM_CONTRADICTION - 0.01, "contradicts")  # two facts that look alike
    assert not any(firm_edge(1.0, r) for r in RELATION_COLOURS if r != "contradicts")


@given(st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=400))
def test_the_more_ribbons_share_the_gutter_the_calmer_they_are(few: int, many: int) -> None:
    few, many = sorted((few, many))
    calm_few, calm_many = crowding_calm(few, 800), crowding_calm(many, 800)
    assert CROWDED_FILL <= calm_many <= calm_few <= 1.0


def test_ribbons_with_room_are_drawn_as_usual_and_sixty_on_a_screen_are_calmed() -> None:
    assert crowding_calm(10, 10 * ROOMY_RIBBON_PX) == 1.0
    assert crowding_calm(0, 800) == crowding_calm(5, 0) == 1.0
    assert crowding_calm(60, 820) == CROWDED_FILL
