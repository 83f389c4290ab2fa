"""Quote-only placement in a text numbered for print or exported to markdown since the
quotes were taken: the marks are folded out while placing (``core.folded_markup``)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.folded_markup import fold_new_markup
from desktop_app.core.placement_doubts import reads_as_a_neighbour, sentence_goes_on

PARAGRAPHS = [
    "Hollins Foods is recalling its chicken and leek pies.",
    "Lot L2451B, best before 14/05/2027, is affected.",
    "Lot L2448B, best before 19/06/2027, is affected too.",
    "A supplier's machine broke on the line at 14:12:40, and fragments fell in.",
    "Retailers should not sell any pie from these lots, even if the box is sealed.",
    "For more information, contact Hollins Foods on 0800 915 3321.",
]
OLD = "\n\n".join(PARAGRAPHS)


def _numbered(text: str, style: str) -> str:
    lines = text.split("\n")
    out, number = [], 0
    for line in lines:
        if line:
            number += 1
            line = (f"{number:>3}  " if style == "margin" else f"{number}. ") + line
        out.append(line)
    return "\n".join(out)


def _spans(text: str, draw: st.DrawFn) -> list[tuple[int, int]]:
    words = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    spans = []
    for _ in range(draw(st.integers(3, 8))):
        first = draw(st.integers(0, len(words) - 2))
        last = draw(st.integers(first + 1, min(len(words) - 1, first + 20)))
        end = words[last]
        while text[end - 1].isspace():
            end -= 1
        spans.append((words[first], end))
    return spans


@st.composite
def _numbered_cases(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    style = draw(st.sampled_from(["margin", "paragraph"]))
    return _numbered(OLD, style), _spans(OLD, draw)


@settings(max_examples=30, deadline=None)
@given(case=_numbered_cases())
def test_passages_of_a_text_numbered_since_are_placed_on_their_own_words(
    case: tuple[str, list[tuple[int, int]]],
) -> None:
    new, spans = case
    requests = [Request(*describe(OLD, start, end)) for start, end in spans]
    for (start, end), placement in zip(spans, place_all(new, requests), strict=True):
        words = OLD[start:end]
        assert placement.state in ("exact", "moved", "fuzzy"), (words, placement)
        found = new[placement.start : placement.end]
        assert re.sub(r"\n[ \t]*\d+\.?[ \t]+", "\n", found) == words


def test_numbers_the_quotes_had_already_are_not_folded() -> None:
    numbered = _numbered(OLD, "paragraph")
    samples = [numbered[10:80], numbered[40:140]]
    assert fold_new_markup(numbered, samples) is None
    folded = fold_new_markup(_numbered(OLD, "margin"), [OLD[10:80], OLD[40:140]])
    assert folded is not None
    assert folded.text == OLD


def test_markdown_marks_are_folded_and_read_back() -> None:
    old = "Recall notice\n\nProduct details\n\nProduct: pie\n\nFull report: https://example.com/r"
    new = (
        "# Recall notice\n\n## Product details\n\n**Product:** pie\n\n"
        "**Full report:** [example.com](https://example.com/r)"
    )
    folded = fold_new_markup(new, [old[5:40], old[30:80]])
    assert folded is not None
    assert folded.text == old
    start = folded.text.index("Product: pie")
    assert new[slice(*folded.back(start, start + len("Product: pie")))] == "Product:** pie"
    assert folded.forth(*folded.back(start, start + 3)) == (start, start + 3)


def test_a_sentence_that_goes_on_past_a_found_end_beside_its_twin_is_a_guess() -> None:
    old = "Sold at stores in Hull. Sold at stores in York. It was also sold online."
    text = "Sold at stores in Hull, York and Leeds. It was also sold online."
    _, twin = describe(old, 0, old.index(".") + 1)
    _, alone = describe("Sold at stores in Hull. It was also sold online.", 0, 23)
    comma = text.index(",")
    assert sentence_goes_on(text, 0, comma, twin)
    assert sentence_goes_on(text, 0, comma + 1, twin)
    assert not sentence_goes_on(text, 0, text.index(".") + 1, twin)
    assert not sentence_goes_on(text, 0, comma, alone)  # sentences joined: no twin beside


def test_a_twin_found_in_the_stead_of_a_deleted_sentence_is_a_guess() -> None:
    """Of "The population was 1,811 in 2021. The population was 1,823 in 2011." the first
    went away: its fuzzy best match is the twin stored right after it, not it."""
    old = "Kayakoy\n\nThe population was 1,811 in 2021. The population was 1,823 in 2011."
    _, quote = describe(old, 9, 9 + len("The population was 1,811 in 2021."))
    assert reads_as_a_neighbour("The population was 1,823 in 2011.", quote)
    assert not reads_as_a_neighbour("The population was 1,811 in 2022.", quote)
