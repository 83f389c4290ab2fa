"""A fuzzy placement taken over the lines that rewrote its passage's edge (update path)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.diff_placement import map_through
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState
from desktop_app.core.update_rewritten_edges import rewritten_edges_taken_in

OLD = (
    "Response\n\n"
    "Response · 1\n"
    "Oral rehydration points opened in South Riverside and Riverside Central.\n"
    "Next update on Friday.\n"
    "Trend: stable\n\n"
    "Response · 2\n"
    "Boil water before drinking - the advice stands for all districts.\n"
    "No change since the last report.\n"
    "Trend: rising\n\n"
    "Response · 3\n"
    "Oral rehydration points opened in South Riverside and Riverside Central.\n"
    "Trend: stable\n"
)
#: The body under "Response · 2" rewritten line by line; its heading stays.
REWRITE = (
    "The cluster has asked donors for a further allocation to cover the gap.\n"
    "The figures here will be revised once the joint assessment is complete.\n"
    "Partners say needs in this sector remain well above what can be met this week."
)
BODY = (
    "Boil water before drinking - the advice stands for all districts.\n"
    "No change since the last report.\n"
    "Trend: rising"
)
NEW = OLD.replace(BODY, REWRITE)


def _placed(old: str, new: str, start: int, end: int) -> tuple[Alignment, Placement]:
    alignment = Alignment(old, new)
    position, quote = describe(old, start, end)
    return alignment, map_through(alignment, new, position, quote)


def test_a_passage_whose_last_lines_were_rewritten_takes_the_rewrite_in() -> None:
    start = OLD.index("Response · 1")
    end = OLD.index(BODY) + len(BODY)
    alignment, placement = _placed(OLD, NEW, start, end)
    assert placement.state == "fuzzy"
    assert NEW[placement.start : placement.end].endswith("Response · 2")
    widened = rewritten_edges_taken_in(alignment, start, end, placement)
    assert widened.state == "fuzzy"
    assert widened.start == placement.start
    assert NEW[widened.start : widened.end].endswith("Response · 2\n" + REWRITE)
    assert widened.score > placement.score


def test_a_passage_whose_first_line_was_rewritten_takes_the_rewrite_in() -> None:
    typed = "Partners say needs in this sector remain well above what can be met this week."
    new = OLD.replace("No change since the last report.", typed)
    start = OLD.index("No change since")
    end = OLD.rindex("Riverside Central.") + len("Riverside Central.")
    alignment, placement = _placed(OLD, new, start, end)
    assert new[placement.start : placement.end].startswith("Trend: rising")
    widened = rewritten_edges_taken_in(alignment, start, end, placement)
    assert (widened.state, widened.end) == ("fuzzy", placement.end)
    assert new[widened.start : widened.end].startswith(typed + "\nTrend: rising")


def test_a_new_paragraph_in_place_of_the_last_lines_is_left_out() -> None:
    new = OLD.replace(BODY, REWRITE.replace("gap.\n", "gap.\n\n"))
    start = OLD.index("Response · 1")
    end = OLD.index(BODY) + len(BODY)
    alignment, placement = _placed(OLD, new, start, end)
    assert rewritten_edges_taken_in(alignment, start, end, placement) is placement


def test_a_passage_starting_inside_a_line_rewritten_alone_is_left_out() -> None:
    # a paragraph is one line: where its words went in the one line typed over, a guess
    new = OLD.replace("No change since the last report.", "Partners say needs remain high.")
    start = OLD.index("change since")
    end = OLD.rindex("Riverside Central.") + len("Riverside Central.")
    alignment, placement = _placed(OLD, new, start, end)
    assert rewritten_edges_taken_in(alignment, start, end, placement) is placement


def test_a_passage_ending_inside_lines_typed_over_line_for_line_takes_its_line() -> None:
    start = OLD.index("Response · 1")
    end = OLD.index(" - the advice")
    alignment, placement = _placed(OLD, NEW, start, end)
    widened = rewritten_edges_taken_in(alignment, start, end, placement)
    first_line = REWRITE.partition("\n")[0]
    assert NEW[widened.start : widened.end].endswith("Response · 2\n" + first_line)


def test_a_footnote_put_in_place_of_its_mark_is_not_a_rewrite() -> None:
    old = (
        "Fines for late team sheets will be invoiced this week.\n"
        "Reports are due by Sunday.\n[4]\n\n"
        "Notes\n\n[4] Arley Wanderers have appealed against the red card.\n"
    )
    new = (
        "Fines for late team sheets will be invoiced this week.\n"
        "Reports are due by Sunday.\n(Arley Wanderers have appealed against the red card.)\n\n"
        "Notes\n"
    )
    start, end = 0, old.index("[4]") + 3
    alignment, placement = _placed(old, new, start, end)
    assert placement.state == "fuzzy"
    assert rewritten_edges_taken_in(alignment, start, end, placement) is placement


def test_a_passage_ending_on_a_line_rewritten_one_for_one_ends_on_the_new_line() -> None:
    # three lines typed over by three: the passage's last line is the body's first
    start = OLD.index("Response · 1")
    end = OLD.index("\nNo change since")
    alignment, placement = _placed(OLD, NEW, start, end)
    widened = rewritten_edges_taken_in(alignment, start, end, placement)
    first_line = REWRITE.partition("\n")[0]
    assert NEW[widened.start : widened.end].endswith("Response · 2\n" + first_line)


def test_placements_not_fuzzy_are_left_as_they_were() -> None:
    alignment = Alignment(OLD, NEW)
    end = OLD.index(BODY) + len(BODY)
    states: tuple[AnchorState, ...] = ("review", "orphaned", "moved", "exact")
    for state in states:
        placement = Placement(state, 0, 10, 0.5)
        assert rewritten_edges_taken_in(alignment, 0, end, placement) is placement


LINES = st.lists(
    st.sampled_from(["Trend: stable", "Next update on Friday.", "Response · 4", "", "Ends"]),
    min_size=2,
    max_size=8,
)
#: Lines typed over the body: new text, as a rewrite taken in must be.
TYPED = st.lists(st.sampled_from(REWRITE.split("\n")), min_size=1, max_size=3, unique=True)


@settings(max_examples=60, deadline=None)
@given(LINES, TYPED, st.integers(1, 150), st.integers(1, len(BODY)), st.booleans())
@example(
    ["", "Trend: stable", "Trend: stable", "Trend: stable"],
    [
        "The cluster has asked donors for a further allocation to cover the gap.",
        "The figures here will be revised once the joint assessment is complete.",
        "Partners say needs in this sector remain well above what can be met this week.",
    ],
    3,
    112,
    False,
)
def test_a_widened_placement_holds_the_one_it_came_from(
    kept: list[str], typed: list[str], outside: int, inside: int, ends_in_the_body: bool
) -> None:
    """Whatever lines stand around the body and whichever new lines are typed over it, a
    passage with one edge in the body (where the rule widens: a few of each sixty drawn),
    when widened, holds the placement it came from."""
    old = "\n".join(kept) + "\n" + BODY + "\n" + "\n".join(kept)
    new = old.replace(BODY, "\n".join(typed))
    body_at = old.index(BODY)
    if ends_in_the_body:
        start, end = max(0, body_at - outside), body_at + inside
    else:
        start, end = body_at + inside - 1, min(len(old), body_at + len(BODY) + outside)
    alignment, placement = _placed(old, new, start, end)
    widened = rewritten_edges_taken_in(alignment, start, end, placement)
    if widened is placement:
        return
    assert placement.state == widened.state == "fuzzy"
    assert widened.start <= placement.start <= placement.end <= widened.end <= len(new)
    # what is taken in before the placement is typed-over text, save the line breaks
    # between it and the placement, which the diff may align with the old ones (a blank
    # kept line after the body: "…this week.\n\n" before "Trend: stable")
    taken_in = new[widened.start : placement.start]
    typed_end = widened.start + len(taken_in.rstrip())
    assert alignment.unaligned_share(widened.start, typed_end) in (0.0, 1.0)
