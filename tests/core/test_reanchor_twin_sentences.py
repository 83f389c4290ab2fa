"""Twin sentences side by side collapsed into one: which twin the diff kept is a guess, so
a passage on either is reviewed, never placed on the wrong one (``core.twin_sentences``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.twin_sentences import an_edited_twin_beside
from tests.core.test_reanchor import _updated_once

HEAD = "The referee has checked the pitch twice. The game will go ahead."
TAIL = "Both teams are level on points in the table."
NAMES = ["Ruiz", "Hart", "Okafor", "Lindqvist"]
TEMPLATES = ["{} said the draw was fair.", "The product was sold at Farmstead stores in {}."]


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _collapsed(template: str, first: str, second: str) -> tuple[str, str]:
    """A paragraph with two twin sentences, and the same with them made one."""
    twins = f"{template.format(first)} {template.format(second)}"
    old = f"{HEAD}\n\n{twins} {TAIL}\n\nFull report to follow."
    new = old.replace(twins, template.format(f"{first} and {second}"))
    return old, new


@settings(max_examples=20, deadline=None)
@given(
    template=st.sampled_from(TEMPLATES),
    names=st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True),
    which=st.sampled_from([0, 1]),
    with_head=st.booleans(),
)
def test_a_passage_on_collapsed_twins_is_reviewed_or_takes_the_whole_sentence(
    template: str, names: list[str], which: int, with_head: bool
) -> None:
    old, new = _collapsed(template, *names)
    sentence = template.format(names[which])
    start, end = _span(old, sentence)
    if with_head:
        start = old.index("The game will go ahead.")
    result = _updated_once(old, (start, end), new)
    merged = _span(new, template.format(f"{names[0]} and {names[1]}"))
    placement = result.placement
    assert result.state in ("review", "orphaned") or placement.end == merged[1]


def test_twins_are_seen_only_when_one_of_them_went_away() -> None:
    old, new = _collapsed(TEMPLATES[0], "Ruiz", "Hart")
    own = _span(old, "Ruiz said the draw was fair.")
    assert an_edited_twin_beside(Alignment(old, new), own)
    typo = old.replace("level on points", "level on pionts")
    assert not an_edited_twin_beside(Alignment(old, typo), own)


def test_sentences_alike_only_in_their_stock_words_are_no_twins() -> None:
    old = f"{HEAD}\n\nRuiz said the draw was fair. The crowd sang all night long. {TAIL}"
    new = old.replace("The crowd sang all night long. ", "")
    own = _span(old, "Ruiz said the draw was fair.")
    assert not an_edited_twin_beside(Alignment(old, new), own)
