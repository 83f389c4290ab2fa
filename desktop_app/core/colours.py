"""Colour arithmetic for highlights: blending tag colours so overlaps stay readable."""

from __future__ import annotations

from collections.abc import Sequence


def parse_hex(colour: str) -> tuple[int, int, int]:
    """``#RRGGBB`` -> (r, g, b)."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def to_hex(rgb: Sequence[float]) -> str:
    """(r, g, b) -> ``#RRGGBB``, rounding and clamping."""
    return "#" + "".join(f"{max(0, min(255, round(c))):02X}" for c in rgb)


def mix(foreground: str, background: str, alpha: float) -> str:
    """``foreground`` laid over ``background`` with opacity ``alpha`` (0..1)."""
    fg, bg = parse_hex(foreground), parse_hex(background)
    return to_hex([f * alpha + b * (1 - alpha) for f, b in zip(fg, bg, strict=True)])


def highlight_background(
    tag_colours: Sequence[str], paper: str, *, dark: bool = False, alpha: float | None = None
) -> str:
    """Background of a passage carrying these tags, on ``paper``.

    One tag: its colour, washed out enough for the text to stay legible (opacity
    ``alpha``; 0.30 by default). Several: the average of their colours, a little stronger
    per extra tag, so overlaps read as deeper and mixed (the margin stripes then tell
    exactly which tags are there). On dark paper overlaps deepen more gently: light ink
    loses contrast faster there (tests/core/test_contrast.py keeps every theme at 4.5:1).
    """
    if not tag_colours:
        return mix("#808080", paper, 0.22)
    rgbs = [parse_hex(c) for c in tag_colours]
    average = to_hex([sum(channel) / len(rgbs) for channel in zip(*rgbs, strict=True)])
    base = 0.30 if alpha is None else alpha
    step = 0.05 if dark else 0.08
    opacity = min(base + step * (len(tag_colours) - 1), max(base, 0.52))
    return mix(average, paper, opacity)


def legible_variant(colour: str, paper: str, minimum: float = 3.0) -> str:
    """``colour`` darkened (on light paper) or lightened (on dark paper) just enough to
    reach ``minimum`` contrast against ``paper`` (WCAG 1.4.11 asks 3:1 of graphics)."""
    towards = "#000000" if relative_luminance(paper) > 0.18 else "#FFFFFF"
    variant = colour
    amount = 0.0
    while contrast_ratio(variant, paper) < minimum and amount < 1.0:
        amount = min(1.0, amount + 0.04)
        variant = mix(towards, colour, amount)
    return variant


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1..21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
