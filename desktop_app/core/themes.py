"""The colour themes panes paint with (light, dark, high contrast), as plain data.

Qt-free so that tests/core/test_contrast.py can check every tag colour stays legible in
every theme; ui/theme.py turns these into palettes and fonts.
"""

from __future__ import annotations

from functools import cache

import msgspec

from desktop_app.core.colours import highlight_background, legible_variant


class Theme(msgspec.Struct, frozen=True):
    """The colours a pane paints with."""

    dark: bool
    paper: str
    ink: str
    muted: str
    heading: str
    rule: str
    selection: str
    #: Marks the focused pane (a line under its header).
    accent: str = "#3D6FB6"
    #: Opacity of a one-tag highlight (None: the blend's default for light or dark paper).
    highlight_alpha: float | None = None
    #: Text colour on the selection (None: the ink).
    selected_ink: str | None = None

    def highlight(self, tag_colours: tuple[str, ...]) -> str:
        """Background of a passage carrying these tags (``#RRGGBB``)."""
        return highlight_background(
            tag_colours, self.paper, dark=self.dark, alpha=self.highlight_alpha
        )

    @property
    def focus(self) -> str:
        """The keyboard focus ring: the accent, held 3:1 against the paper (WCAG 2.4.13)."""
        return _stripe(self.accent, self.paper)

    def stripe(self, tag_colour: str) -> str:
        """A tag's colour as a margin stripe: adjusted to stand 3:1 against the paper."""
        return _stripe(tag_colour, self.paper)


LIGHT = Theme(
    dark=False,
    paper="#FBFAF7",
    ink="#1D1F23",
    muted="#6A6E76",
    heading="#111316",
    rule="#E4E1DA",
    selection="#B9D3F5",
)
DARK = Theme(
    dark=True,
    paper="#1C1D20",
    ink="#E4E1DA",
    muted="#9A9DA4",
    heading="#F4F1EA",
    rule="#34363B",
    selection="#36537A",
    accent="#7FA7E0",
)
#: Pure black on white, strong selection and rules (for low vision or glare).
HIGH_CONTRAST = Theme(
    dark=False,
    paper="#FFFFFF",
    ink="#000000",
    muted="#1F1F1F",
    heading="#000000",
    rule="#000000",
    selection="#0B3D91",
    accent="#0B3D91",
    highlight_alpha=0.36,
    selected_ink="#FFFFFF",
)
#: Pure white on black.
HIGH_CONTRAST_DARK = Theme(
    dark=True,
    paper="#000000",
    ink="#FFFFFF",
    muted="#E6E6E6",
    heading="#FFFFFF",
    rule="#FFFFFF",
    selection="#FFD21F",
    accent="#FFD21F",
    highlight_alpha=0.36,
    selected_ink="#000000",
)
#: Themes the reader can choose by name (besides "system", which follows the desktop).
THEMES: dict[str, Theme] = {
    "light": LIGHT,
    "dark": DARK,
    "high-contrast": HIGH_CONTRAST,
    "high-contrast-dark": HIGH_CONTRAST_DARK,
}


@cache
def _stripe(tag_colour: str, paper: str) -> str:
    return legible_variant(tag_colour, paper)
