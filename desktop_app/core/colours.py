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


def highlight_background(tag_colours: Sequence[str], paper: str, *, dark: bool = False) -> str:
    """Background of a passage carrying these tags, on ``paper``.

    One tag: its colour, washed out enough for the text to stay legible. Several: the
    average of their colours, a little stronger per extra tag, so overlaps read as
    deeper and mixed (the margin stripes then tell exactly which tags are there).
    """
    if not tag_colours:
        return mix("#808080", paper, 0.22)
    rgbs = [parse_hex(c) for c in tag_colours]
    average = to_hex([sum(channel) / len(rgbs) for channel in zip(*rgbs, strict=True)])
    base = 0.36 if dark else 0.30
    alpha = min(base + 0.08 * (len(tag_colours) - 1), 0.52)
    return mix(average, paper, alpha)


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
