"""Every tag colour stays legible in every theme: highlights behind the ink, stripes on paper."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.codebook import DEFAULT_CODES, PALETTE
from desktop_app.core.colours import contrast_ratio, legible_variant, to_hex
from desktop_app.core.themes import THEMES, Theme

#: WCAG 1.4.3 (text) and 1.4.11 (graphics such as the margin stripes).
TEXT_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0

TAG_COLOURS = tuple(dict.fromkeys((*(code.color for code in DEFAULT_CODES), *PALETTE)))
OVERLAPS = [combo for n in (1, 2, 3) for combo in combinations(TAG_COLOURS, n)]


@pytest.mark.parametrize("name", sorted(THEMES))
def test_ink_stays_legible_on_every_highlight_and_overlap(name: str) -> None:
    theme = THEMES[name]
    failures = {
        combo: round(contrast_ratio(theme.highlight(combo), theme.ink), 2)
        for combo in OVERLAPS
        if contrast_ratio(theme.highlight(combo), theme.ink) < TEXT_CONTRAST
    }
    assert failures == {}


@pytest.mark.parametrize("name", sorted(THEMES))
def test_headings_and_muted_text_stay_legible_on_highlights(name: str) -> None:
    theme = THEMES[name]
    for combo in OVERLAPS:
        background = theme.highlight(combo)
        assert contrast_ratio(background, theme.heading) >= TEXT_CONTRAST, combo
    # Bylines and headers' metadata are muted but still text.
    assert contrast_ratio(theme.paper, theme.muted) >= TEXT_CONTRAST


@pytest.mark.parametrize("name", sorted(THEMES))
def test_highlights_are_visible_on_the_paper(name: str) -> None:
    theme = THEMES[name]
    for combo in OVERLAPS:
        assert theme.highlight(combo) != theme.paper, combo


@pytest.mark.parametrize("name", sorted(THEMES))
def test_stripes_stand_out_from_the_paper(name: str) -> None:
    theme = THEMES[name]
    for colour in TAG_COLOURS:
        assert contrast_ratio(theme.stripe(colour), theme.paper) >= GRAPHIC_CONTRAST, colour


@pytest.mark.parametrize("name", sorted(THEMES))
def test_selected_text_stays_legible(name: str) -> None:
    theme: Theme = THEMES[name]
    assert contrast_ratio(theme.selection, theme.selected_ink or theme.ink) >= TEXT_CONTRAST


channel = st.integers(min_value=0, max_value=255)


@given(
    colour=st.tuples(channel, channel, channel).map(to_hex), name=st.sampled_from(sorted(THEMES))
)
def test_any_colour_gets_a_legible_stripe(colour: str, name: str) -> None:
    paper = THEMES[name].paper
    variant = legible_variant(colour, paper)
    assert contrast_ratio(variant, paper) >= GRAPHIC_CONTRAST
    if contrast_ratio(colour, paper) >= GRAPHIC_CONTRAST:
        assert variant == colour  # colours already legible are left alone


@pytest.mark.parametrize("name", sorted(THEMES))
def test_compare_connectors_and_only_here_bars_stand_out_from_the_paper(name: str) -> None:
    from desktop_app.core.compare_look import (
        RELATION_COLOURS,
        connector_colour,
        only_here_colour,
    )

    theme = THEMES[name]
    for relation in RELATION_COLOURS:
        assert contrast_ratio(connector_colour(relation, theme), theme.paper) >= GRAPHIC_CONTRAST
    assert contrast_ratio(only_here_colour(theme), theme.paper) >= GRAPHIC_CONTRAST
    # A contradiction is told from every other relation by its colour, not by hue alone:
    # it stays at least a little apart in lightness from the blue of "same fact".
    contradicts = connector_colour("contradicts", theme)
    assert contradicts not in {
        connector_colour(r, theme) for r in RELATION_COLOURS if r != "contradicts"
    }


@pytest.mark.parametrize("name", sorted(THEMES))
def test_compare_underlines_stand_out_on_the_paper_and_on_every_highlight(name: str) -> None:
    from desktop_app.core.compare_look import mark_colour

    theme = THEMES[name]
    for relation in ("shared_quote", "near_copy"):
        underline = mark_colour(relation, theme)
        assert contrast_ratio(underline, theme.paper) >= GRAPHIC_CONTRAST
        for colour in TAG_COLOURS:
            ground = theme.highlight((colour,))
            assert contrast_ratio(underline, ground) >= GRAPHIC_CONTRAST, (relation, colour)
    # The two underlines stay two colours (a quote is never read as a changed word).
    assert mark_colour("shared_quote", theme) != mark_colour("near_copy", theme)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_a_suggestions_dashed_edge_stays_visible_on_every_paper(name: str) -> None:
    from desktop_app.core.colours import mix
    from desktop_app.core.compare_look import (
        RELATION_COLOURS,
        SUGGESTED_EDGE_ALPHA,
        SUGGESTED_EDGE_CONTRAST,
        connector_colour,
        suggested_edge_alpha,
    )

    theme = THEMES[name]
    for relation in RELATION_COLOURS:
        alpha = suggested_edge_alpha(relation, theme)
        colour = connector_colour(relation, theme)
        # Lighter than a link's full edge where the paper allows, never fainter than usual.
        assert SUGGESTED_EDGE_ALPHA <= alpha <= 1.0
        laid = mix(colour, theme.paper, alpha)
        assert contrast_ratio(laid, theme.paper) >= SUGGESTED_EDGE_CONTRAST
        if alpha > SUGGESTED_EDGE_ALPHA:  # raised only as far as needed
            fainter = mix(colour, theme.paper, alpha - 0.05)
            assert contrast_ratio(fainter, theme.paper) < SUGGESTED_EDGE_CONTRAST


def test_the_blue_of_same_fact_is_edged_more_strongly_on_dark_paper_than_on_light() -> None:
    from desktop_app.core.compare_look import suggested_edge_alpha

    assert suggested_edge_alpha("same_fact", THEMES["dark"]) > suggested_edge_alpha(
        "same_fact", THEMES["light"]
    )
