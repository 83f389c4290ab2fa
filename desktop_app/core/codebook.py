"""The default codebook and the colour palette codes draw from."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.core.records import Code

#: Okabe & Ito's colour-blind-safe palette (Color Universal Design), without black.
PALETTE: tuple[str, ...] = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
)

# Fixed ids, so the default codes are the same code in every new project (and export).
DEFAULT_CODES: tuple[Code, ...] = (
    Code(
        id="6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1a01",
        name="motive",
        color=PALETTE[0],
        description="Why an actor acts: the stated or implied reasons, goals and interests.",
        shortcut="1",
    ),
    Code(
        id="6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1a02",
        name="reaction",
        color=PALETTE[1],
        description="How others respond: approval, criticism, protest, indifference or silence.",
        shortcut="2",
    ),
    Code(
        id="6d0f6a1e-4e0b-4c55-9a57-3f2a8f0c1a03",
        name="economics",
        color=PALETTE[2],
        description="Money and material stakes: trade, investment, resources, prices and jobs.",
        shortcut="3",
    ),
)


def next_colour(used: set[str]) -> str:
    """The first palette colour not in ``used`` (case-insensitive), cycling when all are."""
    folded = {c.upper() for c in used}
    for colour in PALETTE:
        if colour.upper() not in folded:
            return colour
    return PALETTE[len(used) % len(PALETTE)]


def in_parent_cycle(code_id: str, parents: Mapping[str, str | None]) -> bool:
    """True when following ``parents`` up from ``code_id`` comes back to it."""
    seen: set[str] = set()
    current = parents.get(code_id)
    while current is not None and current not in seen:
        if current == code_id:
            return True
        seen.add(current)
        current = parents.get(current)
    return False
