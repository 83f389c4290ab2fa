"""Update path: a placement's end cut back from the next paragraph's head it ran into."""

from __future__ import annotations

from desktop_app.core.quote_search import PLACED_STATES, Placement

#: A paragraph break: a blank line.
BREAK = "\n\n"
#: The longest head of a following paragraph an end may have run into (an item's number,
#: a name): a longer stretch is more than a head.
HEAD = 24


def next_head_left_out(new: str, exact: str, placement: Placement) -> Placement:
    """``placement`` of a passage quoting ``exact`` with its end cut back to a paragraph
    break, when the diff ran the end across one more break than the quote holds into a
    short head of the next paragraph (an item renumbered "Q4." → "Q3." puts its old
    number after the passage's last line) and the placed text before that break ends
    with the quote's last line, as the passage did; else as it was."""
    if placement.state not in PLACED_STATES or not exact or exact[-1].isspace():
        return placement
    placed = new[placement.start : placement.end]
    if placed.count(BREAK) <= exact.count(BREAK):
        return placement
    cut = placed.rfind(BREAK)
    head = placed[cut + len(BREAK) :]
    if not head.strip() or len(head) > HEAD or "\n" in head or exact.endswith(head):
        return placement
    last_line = exact[exact.rfind("\n") + 1 :]
    if not last_line.strip() or not placed[:cut].endswith(last_line):
        return placement
    return Placement(placement.state, placement.start, placement.start + cut, placement.score)
