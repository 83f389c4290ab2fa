"""Doubts about a placement by the quote alone: a paragraph pasted again beside itself."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.placement_doubts import _holds_word, pasted_beside
from desktop_app.core.reanchor import place

BEFORE = "Crowds gathered outside the ministry as the delegation arrived in the capital."
ENTRY = "14:13 GMT\nUpdate: Officials in Astana warned that trade would grow as routes opened."
AFTER = "Reporting by Aigerim Seitkali; Editing by Mark Potter."
QUOTE = "Update: Officials in"


def test_a_paragraph_pasted_beside_itself_then_edited_makes_its_passage_a_guess() -> None:
    old = "\n\n".join([BEFORE, ENTRY, AFTER])
    edited = ENTRY.replace("grow", "trow")
    opening = "A paragraph added at the top moves every passage of the text."
    new = "\n\n".join([opening, BEFORE, edited, ENTRY, AFTER])
    start = old.index(QUOTE)
    placement = place(new, *describe(old, start, start + len(QUOTE)))
    assert placement.state == "review"
    first = new.index(QUOTE)
    assert pasted_beside(new, first, first + len(QUOTE), QUOTE)


def test_a_different_paragraph_beside_casts_no_doubt() -> None:
    text = "\n\n".join([BEFORE, ENTRY, AFTER])
    start = text.index(QUOTE)
    assert not pasted_beside(text, start, start + len(QUOTE), QUOTE)


def test_a_twin_paragraph_without_the_quote_casts_no_doubt() -> None:
    twin = ENTRY.replace("Update: Officials in", "Update: Ministers of")
    text = "\n\n".join([BEFORE, twin, ENTRY, AFTER])
    start = text.index(QUOTE)
    assert not pasted_beside(text, start, start + len(QUOTE), QUOTE)


def test_the_paragraph_before_is_read_whole_when_it_opens_the_text() -> None:
    # A quote as short as two letters, at the very start of the text's first paragraph: a
    # copy of the paragraph read from its second character no longer holds it.
    paragraph = "Xy is how the notice starts, and it was pasted twice by mistake"
    text = f"{paragraph}.\n\n{paragraph}!"
    second = text.index("Xy", 1)
    assert pasted_beside(text, second, second + 2, "Xy")
    first = text.index("Xy")
    assert pasted_beside(text, first, first + 2, "Xy")  # and the one after it, from the first


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab_1é .\n")), max_size=30),
    st.text(alphabet=st.sampled_from(list("ab_1é .\n")), min_size=1, max_size=6),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=30),
)
def test_a_word_stands_whole_in_a_span_as_the_word_pattern_finds_it(
    text: str, word: str, start: int, end: int
) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    for run in set(re.findall(r"\w+", word)):
        expected = run in re.findall(r"\w+", text[start:end])
        assert _holds_word(text, run, start, end) == expected
