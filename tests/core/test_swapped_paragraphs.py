"""Quote-only placement of a paragraph that swapped places with its translation beside it
(``core.swapped_paragraphs``): its context agrees up to the breaks, and past them stands
on the far side of the paragraph it swapped with."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.swapped_paragraphs import swapped_beside

PAIRS = [
    (
        "Step-free access is available at the main entrance.",
        "L’accès de plain-pied se fait par l’entrée principale.",
    ),
    (
        "Thank you for your patience while the work is carried out.",
        "Diolch am eich amynedd tra bo’r gwaith yn cael ei wneud.",
    ),
    (
        "Please keep this notice for future reference.",
        "Veuillez conserver cet avis pour référence future.",
    ),
]
OPENING = "Bus network changes from Monday 3 March"
CLOSING = "Contact, privacy and complaints: write to the address overleaf."


def _notice(swapped: set[int]) -> str:
    paragraphs = [OPENING]
    for index, (english, twin) in enumerate(PAIRS):
        paragraphs += [twin, english] if index in swapped else [english, twin]
    return "\n\n".join([*paragraphs, CLOSING])


def _span(text: str, paragraph: str) -> tuple[int, int]:
    start = text.index(paragraph)
    return start, start + len(paragraph)


@settings(max_examples=40, deadline=None)
@given(
    swapped=st.sets(st.integers(0, len(PAIRS) - 1), min_size=1),
    which=st.integers(0, len(PAIRS) - 1),
    twin=st.booleans(),
)
def test_a_paragraph_swapped_with_its_twin_is_placed_where_it_went(
    swapped: set[int], which: int, twin: bool
) -> None:
    old, new = _notice(set()), _notice(swapped)
    paragraph = PAIRS[which][int(twin)]
    _, quote = describe(old, *_span(old, paragraph))
    start, end = _span(new, paragraph)
    assert swapped_beside(new, start, end, quote) == (which in swapped)
    spans = [_span(old, p) for pair in PAIRS for p in pair]
    placements = place_all(new, [Request(*describe(old, s, e)) for s, e in spans])
    assert [(p.start, p.end) for p in placements] == [_span(new, p) for pair in PAIRS for p in pair]
    assert all(p.state in ("exact", "moved") for p in placements)


def test_a_remnant_of_a_cut_copy_is_no_swapped_neighbour() -> None:
    refrain = "And the water knows my name,\nevery river runs the same."
    first = "We left the harbour after dark,\nno lantern and no chart."
    second = "Now the jetty’s gone to rust,\nthe nets are hung to dry."
    old = "\n\n".join([first, refrain, second, refrain, "Set list follows."])
    # The first refrain cut, a line of it left behind: the text reads as though the
    # refrain and the second verse had swapped, but for the remnant.
    new = "\n\n".join([first, "every river runs the same.", second, refrain, "Set list follows."])
    _, quote = describe(old, *_span(old, refrain))
    start, end = _span(new, refrain)
    assert not swapped_beside(new, start, end, quote)


def test_a_swap_needs_the_quote_once_and_whole() -> None:
    old, new = _notice(set()), _notice({1})
    english = PAIRS[1][0]
    _, quote = describe(old, *_span(old, english))
    start, end = _span(new, english)
    assert swapped_beside(new, start, end, quote)
    assert not swapped_beside(new + "\n\n" + english, start, end, quote)  # a copy elsewhere
    assert not swapped_beside(new, start + 1, end, quote)  # not the quote
    # Nothing swapped: the context is whole, the search's own business.
    assert not swapped_beside(old, *_span(old, english), quote)
