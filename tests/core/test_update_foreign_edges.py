"""A placement across a blank line whose far piece ends another paragraph (update path)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.quote_search import Placement
from desktop_app.core.update_foreign_edges import EVIDENCE, ForeignEdges

POSTS = {
    "ann": "@ann · 1 Mar\nThe ferry is late again today, the third time this week.\nSent by Ann",
    "bob": "@bob · 2 Mar\nNo sailings until the wind drops below force six.\nSent by Bob",
    "cat": "@cat · 3 Mar\nThe café at the pier is closed until further notice.\nSent by Cat",
    "dan": "@dan · 4 Mar\nBuses replace the ferry this week, every hour on the hour.\nSent by Dan",
}
#: Every post signed alike, as a forum's export prints them.
SIGNED = {
    name: post[: post.rindex("Sent by")] + "Sent from my phone" for name, post in POSTS.items()
}


def _text(posts: dict[str, str], order: str) -> str:
    return "\n\n".join(posts[name] for name in order.split())


def _passage(old: str) -> tuple[int, int]:
    """Bob's signature's last words and Cat's head after the blank line: across it."""
    start = old.index("my phone", old.index("@bob"))
    return start, old.index("\n", old.index("@cat")) + 1 + len("The café")


def test_a_head_piece_now_ending_another_post_goes_to_review() -> None:
    old = _text(SIGNED, "ann bob cat dan")
    new = _text(SIGNED, "dan cat bob ann")  # re-sorted newest first
    old_start, old_end = _passage(old)
    start = new.index("my phone", new.index("@dan"))  # Dan's signature, before Cat's post
    end = start + old_end - old_start
    assert new[start:end] == old[old_start:old_end]
    edges = ForeignEdges(Alignment(old, new))
    assert edges.piece_in_another_paragraph(old_start, old_end, start, end)
    placed = Placement("moved", start, end, 1.0)
    assert edges.reviewed(old_start, old_end, placed) == Placement("review", start, end, 1.0)


def test_a_head_piece_still_ending_its_own_post_is_kept() -> None:
    old = _text(SIGNED, "ann bob cat dan")
    new = _text(SIGNED, "dan ann bob cat")  # Bob and Cat still one after the other
    old_start, old_end = _passage(old)
    start = new.index("my phone", new.index("@bob"))
    end = start + old_end - old_start
    edges = ForeignEdges(Alignment(old, new))
    assert not edges.piece_in_another_paragraph(old_start, old_end, start, end)
    placed = Placement("moved", start, end, 1.0)
    assert edges.reviewed(old_start, old_end, placed) == placed


def test_placements_the_rule_does_not_concern_are_kept() -> None:
    old = _text(SIGNED, "ann bob cat dan")
    new = _text(SIGNED, "dan cat bob ann")
    edges = ForeignEdges(Alignment(old, new))
    old_start, old_end = _passage(old)
    start = new.index("my phone", new.index("@dan"))
    end = start + old_end - old_start
    for state in ("review", "orphaned"):
        placed = Placement(state, start, end, 0.5)
        assert edges.reviewed(old_start, old_end, placed) == placed
    # not across a blank line
    line = new.index("The café")
    assert not edges.piece_in_another_paragraph(old_start, old_end, line, line + 20)
    # the piece before the break is the larger part: the passage's body, not a head
    body = new.index("Buses")
    assert not edges.piece_in_another_paragraph(old_start, old_end, body, end)


def test_a_piece_without_a_letter_or_digit_tells_nothing() -> None:
    old = _text(SIGNED, "ann bob cat dan")
    old_start = old.index("\n\n@cat") - 1  # the last letter of Bob's signature, then Cat's
    old_end = old.index("\n", old.index("@cat")) + 1 + len("The café at the pier")
    length = old_end - old_start
    new = _text(SIGNED, "dan cat bob ann")
    start = new.index("\n\n@cat") - 1  # the last letter of Dan's signature
    edges = ForeignEdges(Alignment(old, new))
    assert edges.piece_in_another_paragraph(old_start, old_end, start, start + length)
    stopped = new.replace("my phone\n\n@cat", "my phone.\n\n@cat")  # a full stop there
    start = stopped.index("\n\n@cat") - 1
    assert stopped[start] == "."
    edges = ForeignEdges(Alignment(old, stopped))
    assert not edges.piece_in_another_paragraph(old_start, old_end, start, start + length)


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(POSTS)), st.data())
def test_nothing_is_reviewed_when_the_text_did_not_change(
    order: list[str], data: st.DataObject
) -> None:
    text = _text(POSTS, " ".join(order))
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    edges = ForeignEdges(Alignment(text, text))
    assert not edges.piece_in_another_paragraph(start, end, start, end)


@given(st.integers(0, 200), st.integers(1, 60))
def test_evidence_is_as_many_code_points_taken_from_old_text(lo: int, length: int) -> None:
    text = _text(POSTS, "ann bob cat dan")
    lo = min(lo, len(text) - length)
    edges = ForeignEdges(Alignment(text, text))  # every code point taken from itself
    elsewhere = (len(text), len(text))
    assert edges._foreign(lo, lo + length, elsewhere) == (length >= EVIDENCE)
    assert not edges._foreign(lo, lo + length, (lo, lo + 1))  # one from near: not foreign
