"""The update path follows a paragraph that was moved and then edited (``_edited_moves``)."""

from __future__ import annotations

import pytest
from rapidfuzz.distance import Indel

from desktop_app.core import block_diff
from desktop_app.core.alignment import Alignment
from tests.core.test_reanchor import PARAGRAPHS, _updated_once

MOVED = PARAGRAPHS[1]
EDITED = MOVED.replace("Washington", "the White House")


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _moved_then_edited() -> tuple[str, str]:
    old = "\n\n".join(PARAGRAPHS)
    paragraphs = [p for p in PARAGRAPHS if p != MOVED] + [EDITED]
    return old, "\n\n".join(paragraphs)


def test_a_paragraph_moved_then_edited_is_followed_to_where_it_went() -> None:
    old, new = _moved_then_edited()
    start, end = _span(old, "insisted that the decision followed")
    pieces = Alignment(old, new).pieces(start, end)
    assert [(piece.new, piece.length, piece.moved) for piece in pieces] == [
        (new.index("insisted that the decision followed"), end - start, True)
    ]
    result = _updated_once(old, (start, end), new)
    assert result.state == "moved"
    assert (result.placement.start, result.placement.end) == _span(
        new, "insisted that the decision followed"
    )


def test_without_following_the_edited_paragraph_the_passage_is_only_a_guess(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the rule changes: the quote search alone, its context changed on one side,
    leaves the passage for review."""
    monkeypatch.setattr(block_diff, "_edited_moves", lambda *_: [])
    # the one-copy rule (core.update_unique_passages) places this case too, on its own
    # grounds (the words stand once in each text): left out here, so that what is measured
    # is still the search alone
    monkeypatch.setattr(
        "desktop_app.core.reanchor.once_in_both_placed",
        lambda alignment, start, end, placement: placement,
    )
    old, new = _moved_then_edited()
    result = _updated_once(old, _span(old, "insisted that the decision followed"), new)
    assert result.state == "review"


def test_the_rest_of_a_stretch_beside_a_paragraph_moved_then_edited_is_still_compared() -> None:
    """The paragraph after the moved one, edited too, keeps its own alignment."""
    old, _ = _moved_then_edited()
    following = PARAGRAPHS[2].replace("neighbours", "the neighbours")
    paragraphs = [PARAGRAPHS[0], following, *PARAGRAPHS[3:], EDITED]
    new = "\n\n".join(paragraphs)
    start, end = _span(old, "had not been consulted")
    pieces = Alignment(old, new).pieces(start, end)
    assert [(piece.new, piece.length) for piece in pieces] == [
        (new.index("had not been consulted"), end - start)
    ]


def test_a_paragraph_split_where_it_stood_is_no_move() -> None:
    """Text like a deleted paragraph inserted right where it stood is that paragraph split
    or joined (no unchanged line between them): not a move."""
    signed = MOVED + " It was signed."
    old = "\n\n".join([PARAGRAPHS[0], signed, *PARAGRAPHS[2:]])
    split = [PARAGRAPHS[0], MOVED, "It was signed.", *PARAGRAPHS[2:]]
    new = "\n\n".join(split)
    assert Indel.normalized_similarity(signed, MOVED) >= block_diff.EDITED_MOVE
    assert not any(block.moved for block in Alignment(old, new).blocks)


def test_a_deleted_paragraph_is_not_taken_for_a_merely_similar_one_inserted_elsewhere() -> None:
    """Stock phrasing makes different sentences alike; only a close likeness is a move."""
    old = "\n\n".join(PARAGRAPHS)
    similar = "Critics argued that the neighbours had been consulted long after the summit."
    assert 0.7 <= Indel.normalized_similarity(PARAGRAPHS[2], similar) < 0.85
    new = "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1], *PARAGRAPHS[3:], similar])
    start, end = _span(old, "Critics argued")
    assert Alignment(old, new).pieces(start, end) == []


def test_a_line_corrected_into_a_twin_of_another_line_stays_where_it_stood() -> None:
    """A boilerplate line with a lookalike letter cleaned becomes a copy of the other
    boilerplate lines; a third copy, edited elsewhere, does not make it a move there."""
    line = "For more information call 01970 633 900. Am ragor o wybodaeth ffoniwch 01970 633 900."
    lookalike = line.replace("ffoniwch", "ffoniw\u0441h")  # a Cyrillic es
    edited = line.replace(". Am ragor", ". As reported above, Am ragor")
    old = "\n\n".join([PARAGRAPHS[0], lookalike, PARAGRAPHS[1], line, PARAGRAPHS[2], line])
    new = "\n\n".join([PARAGRAPHS[0], line, PARAGRAPHS[1], line, PARAGRAPHS[2], edited])
    start, end = _span(old, "For more information")
    result = _updated_once(old, (start, end), new)
    assert (result.placement.start, result.placement.end) == _span(new, "For more information")
    assert not any(block.moved for block in Alignment(old, new).blocks)
