"""How a comparison is drawn, as plain data: a colour per relation, the "only here" tint.

Qt-free so that tests/core/test_contrast.py can check every connector colour stays
visible on every theme's paper. The colours come from the Okabe–Ito palette the codebook
uses (``core.codebook.PALETTE``), told apart by hue *and* by the stroke weight, so that
a contradiction stands out for every reader.
"""

from __future__ import annotations

from functools import cache

from desktop_app.core.codebook import DEFAULT_CODES, PALETTE
from desktop_app.core.colours import contrast_ratio, legible_variant, mix, relative_luminance
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


#: The colours a tag highlight is made from out of the box (a mark must stand on each).
_TAG_COLOURS = tuple(dict.fromkeys((*(code.color for code in DEFAULT_CODES), *PALETTE)))


@cache
def mark_colour(relation: str, theme: Theme) -> str:
    """The colour of compare's underlines in the text (shared quotes, a near copy's changed
    words): the relation's hue, darkened on light paper (lightened on dark) just enough to
    stand 3:1 on the paper and on the highlight of every palette colour it may cross."""
    base = RELATION_COLOURS.get(relation, ONLY_HERE)
    towards = "#000000" if relative_luminance(theme.paper) > 0.18 else "#FFFFFF"
    grounds = (theme.paper, *(theme.highlight((colour,)) for colour in _TAG_COLOURS))
    variant = base
    amount = 0.0
    while min(contrast_ratio(variant, ground) for ground in grounds) < 3.0 and amount < 1.0:
        amount = min(1.0, amount + 0.04)
        variant = mix(towards, base, amount)
    return variant


#: The least contrast a suggestion's dashed edge keeps against the paper once laid over it
#: (lighter than a link's solid 3:1 edge, yet never lost on a dark paper).
SUGGESTED_EDGE_CONTRAST = 2.5
#: The usual opacity of a suggestion's dashed edge, raised where the paper needs it.
SUGGESTED_EDGE_ALPHA = 0.6


@cache
def suggested_edge_alpha(relation: str, theme: Theme) -> float:
    """The opacity of a suggestion's dashed edge: :data:`SUGGESTED_EDGE_ALPHA`, or more
    where the relation's colour, laid over this paper at that opacity, would stand under
    :data:`SUGGESTED_EDGE_CONTRAST` (a blue on dark paper)."""
    colour = connector_colour(relation, theme)
    alpha = SUGGESTED_EDGE_ALPHA
    while contrast_ratio(mix(colour, theme.paper, alpha), theme.paper) < SUGGESTED_EDGE_CONTRAST:
        if alpha >= 1.0:
            break
        alpha = min(1.0, alpha + 0.05)
    return alpha


#: A contradiction at least this sure is edged firmly; a weaker one (often two different
#: facts that merely look alike) is drawn like any other suggestion.
FIRM_CONTRADICTION = 0.4
#: Gutter height per ribbon (pixels) below which the ribbons are crowded and drawn calmer.
ROOMY_RIBBON_PX = 40.0
#: The calmest a crowded gutter gets (a share of the usual fill).
CROWDED_FILL = 0.5


def connector_opacity(score: float, relation: str) -> float:
    """How strongly a ribbon is filled: fading with a lower score; a contradiction is
    filled more strongly than any other relation of the same score."""
    score = max(0.0, min(1.0, score))
    if relation == "contradicts":
        return 0.24 + 0.4 * score
    return 0.14 + 0.26 * score


def firm_edge(score: float, relation: str) -> bool:
    """A contradiction sure enough to stand out with a firm edge."""
    return relation == "contradicts" and score >= FIRM_CONTRADICTION


def crowding_calm(ribbons: int, height: float) -> float:
    """The share of the usual fill to paint ``ribbons`` ribbons with in a gutter
    ``height`` pixels high: 1 while each has room, less (down to :data:`CROWDED_FILL`) as
    they crowd, so that sixty pairs on screen read as a quiet texture, not a wall."""
    if ribbons <= 0 or height <= 0:
        return 1.0
    room = height / ribbons
    return max(CROWDED_FILL, min(1.0, room / ROOMY_RIBBON_PX))
