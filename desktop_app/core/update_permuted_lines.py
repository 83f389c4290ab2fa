"""A fuzzy placement holding its passage's lines in another order at an edge is reviewed.

When the lines of a listing are re-sorted or swapped ("Ends" now above "Hedda Gabler ★★★☆☆"
instead of below it), the diff can place a passage on the same run of lines it covered, now
in another order: every line of the passage is there, but its last line (or its first) now
stands inside the placement and another of its lines closes it. Where the passage now ends
(or starts) is not where the placement does: the line that closed it ends earlier, and the
line now closing the placement was one the passage held in its middle. A reader would not
say which end was meant, so the placement goes to review. Lines reordered only inside the
passage, its first and last lines where they were, leave its ends where they were: kept.
"""

from __future__ import annotations

from desktop_app.core.quote_search import Placement


def permuted_lines_reviewed(exact: str, new_text: str, placement: Placement) -> Placement:
    """``placement`` in review when it is fuzzy and holds the lines of ``exact`` (the
    passage's quote), each as often, in an order whose first or last line is not the
    passage's; else ``placement`` as it was."""
    if placement.state != "fuzzy" or "\n" not in exact:
        return placement
    placed = new_text[placement.start : placement.end]
    if placed == exact or len(placed) != len(exact):
        return placement
    passage_lines, placed_lines = exact.split("\n"), placed.split("\n")
    if passage_lines[0] == placed_lines[0] and passage_lines[-1] == placed_lines[-1]:
        return placement
    if sorted(passage_lines) != sorted(placed_lines):
        return placement
    return Placement("review", placement.start, placement.end, placement.score)
