"""How a comparison is drawn, as plain data: a colour per relation, the "only here" tint.

Qt-free so that tests/core/test_contrast.py can check every connector colour stays
visible on every theme's paper. The colours come from the Okabe–Ito palette the codebook
uses (``core.codebook.PALETTE``), told apart by hue *and* by the stroke weight, so that
a contradiction stands out for every reader.
"""

from __future__ import annotations

from functools import cache

from desktop_app.core.codebook import PALETTE
from desktop_app.core.colours import legible_variant, mix
from desktop_app.core.themes import Theme

#: The engine's relations, their colour and how a reader names them.
RELATION_COLOURS: dict[str, str] = {
    "same_fact": PALETTE[4],  # blue
    "near_copy": PALETTE[2],  # bluish green
    "shared_quote": PALETTE[3],  # reddish purple
    "adds_detail": PALETTE[1],  # sky blue
    "contradicts": PALETTE[5],  # vermillion
}
RELATION_NAMES: dict[str, str] = {
    "same_fact": "same fact",
    "near_copy": "near copy",
    "shared_quote": "shared quote",
    "adds_detail": "adds detail",
    "contradicts": "contradicts",
}
#: The grey of the "only in this article" bar, before it is made legible on the paper.
ONLY_HERE = "#8A8F98"


@cache
def connector_colour(relation: str, theme: Theme) -> str:
    """A relation's connector colour, adjusted to stand 3:1 on the theme's paper."""
    return legible_variant(RELATION_COLOURS.get(relation, ONLY_HERE), theme.paper)


@cache
def only_here_colour(theme: Theme) -> str:
    """The "only here" bar's colour: a quiet grey that still stands 3:1 on the paper."""
    return legible_variant(mix(ONLY_HERE, theme.muted, 0.5), theme.paper)


def connector_opacity(score: float, relation: str) -> float:
    """How strongly a ribbon is filled: fading with a lower score, contradictions full."""
    if relation == "contradicts":
        return 0.55
    return 0.14 + 0.26 * max(0.0, min(1.0, score))
