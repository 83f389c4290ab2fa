"""The keyboard focus ring stands 3:1 against everything it is drawn on, in every theme."""

from __future__ import annotations

import pytest

from desktop_app.core.colours import contrast_ratio, mix
from desktop_app.core.themes import THEMES

#: WCAG 1.4.11 / 2.4.13: a focus indicator is a graphic that must stand 3:1.
FOCUS_CONTRAST = 3.0


@pytest.mark.parametrize("name", sorted(THEMES))
def test_focus_ring_stands_out_on_paper_chrome_and_buttons(name: str) -> None:
    theme = THEMES[name]
    # What ui/preferences/reading_comfort.theme_palette paints: fields on the paper, the
    # window a shade off it, buttons a shade more; the ring borders all three.
    backgrounds = {
        "paper": theme.paper,
        "window": mix(theme.ink, theme.paper, 0.06),
        "button": mix(theme.ink, theme.paper, 0.10),
        "alternate rows": mix(theme.ink, theme.paper, 0.03),
    }
    for where, background in backgrounds.items():
        ratio = contrast_ratio(theme.focus, background)
        assert ratio >= FOCUS_CONTRAST, (where, round(ratio, 2))


@pytest.mark.parametrize("name", sorted(THEMES))
def test_focus_ring_is_the_accent_where_the_accent_is_legible(name: str) -> None:
    theme = THEMES[name]
    if contrast_ratio(theme.accent, theme.paper) >= FOCUS_CONTRAST:
        assert theme.focus == theme.accent
