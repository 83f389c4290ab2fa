"""A fuzzy placement holding its passage's lines reordered at an edge is reviewed (update path)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.quote_search import Placement
from desktop_app.core.reanchor import replace_article_text
from desktop_app.core.update_permuted_lines import permuted_lines_reviewed
from tests.benchmarks.test_reanchor_accuracy import _project

QUOTE = "12 March, 19:30 · Théâtre des Célestins\nHedda Gabler ★★★★☆\nEnds"
SWAPPED = "12 March, 19:30 · Théâtre des Célestins\nEnds\nHedda Gabler ★★★★☆"


def test_a_passage_whose_last_line_moved_inside_it_goes_to_review() -> None:
    new = f"Listings\n\n{SWAPPED}\n\nAbout this export"
    start = new.index(SWAPPED)
    placed = Placement("fuzzy", start, start + len(SWAPPED), 0.9)
    assert permuted_lines_reviewed(QUOTE, new, placed) == Placement(
        "review", placed.start, placed.end, 0.9
    )


def test_placements_the_rule_does_not_concern_are_kept() -> None:
    inner = "Head\nB\nA\nTail"
    new = f"x\n{inner}\ny"
    placed = Placement("fuzzy", 2, 2 + len(inner), 0.9)
    # lines reordered inside, its first and last lines where they were: its ends are right
    assert permuted_lines_reviewed("Head\nA\nB\nTail", new, placed) == placed
    # a line rewritten, not moved: another rule's business
    assert permuted_lines_reviewed("Head\nB\nC\nTail", new, placed) == placed
    exact = Placement("moved", 2, 2 + len(inner), 1.0)
    assert permuted_lines_reviewed("Head\nA\nB\nTail", new, exact) == exact
    review = Placement("review", 2, 2 + len(inner), 0.9)
    assert permuted_lines_reviewed("Tail\nB\nA\nHead", new, review) == review
    one_line = Placement("fuzzy", 0, 1, 0.9)
    assert permuted_lines_reviewed("y", "x", one_line) == one_line


@given(
    st.lists(
        st.text(alphabet="abcde ★·", min_size=1, max_size=6), min_size=2, max_size=6, unique=True
    ),
    st.randoms(use_true_random=False),
)
def test_reordered_lines_are_reviewed_exactly_when_an_edge_changed(
    lines: list[str], rng: object
) -> None:
    order = list(lines)
    rng.shuffle(order)  # type: ignore[attr-defined]
    quote, placed_text = "\n".join(lines), "\n".join(order)
    new = f"before\n\n{placed_text}\n\nafter"
    start = new.index(placed_text)
    placed = Placement("fuzzy", start, start + len(placed_text), 0.8)
    outcome = permuted_lines_reviewed(quote, new, placed)
    edge_moved = order[0] != lines[0] or order[-1] != lines[-1]
    assert outcome.state == ("review" if edge_moved else "fuzzy")
    assert (outcome.start, outcome.end) == (placed.start, placed.end)


def test_the_update_path_reviews_a_swapped_closing_line() -> None:
    rows = [
        f"{day} March, 19:30 · Théâtre des Célestins\nHedda Gabler ★★★{'★' if day % 2 else '☆'}☆"
        "\nEnds"
        for day in range(10, 16)
    ]
    old = "Listings\n\nRatings are out of five stars.\n\n" + "\n\n".join(rows) + "\n\nThe end."
    start = old.index(rows[2])
    project, _ = _project(old, [(start, start + len(rows[2]))])
    head, rating, ends = rows[2].split("\n")
    new = old.replace(rows[2], f"{head}\n{ends}\n{rating}")
    outcome = replace_article_text(project, project.articles.at(0).id, new)
    placement = outcome.results[0].placement
    # the rows' run of lines, its closing "Ends" now inside it: which end was meant, review
    assert (placement.state, placement.start, placement.end) == (
        "review",
        start,
        start + len(rows[2]),
    )
