"""Tests for a refrain placed beside one old neighbour while another copy stands between both."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.refrain_neighbours import RefrainNeighbours
from tests.core.test_reanchor import _updated_once

CHORUS = "Chorus\nBread of heaven, bread of heaven,\nFeed me till I want no more."
VERSES = (
    "Guide me, O thou great Redeemer,",
    "Open now the crystal fountain,",
    "When I tread the verge of Jordan,",
    "Lord, I trust thy mighty power,",
    "Musing on my habitation,",
)


def _hymn(count: int, *, reversed_blocks: bool = False) -> str:
    """A hymn of ``count`` verses, the chorus after each; with ``reversed_blocks``, every
    block (verse or chorus) put in the other order, as a list made newest first."""
    blocks: list[str] = []
    for index in range(count):
        blocks.extend((f"Verse {index + 1}\n{VERSES[index % len(VERSES)]}", CHORUS))
    if reversed_blocks:
        blocks.reverse()
    return "Hymn 12\n\n" + "\n\n".join(blocks) + "\n\nWords: W. Williams"


def _choruses(text: str) -> list[int]:
    """Where each copy of the chorus starts in ``text``."""
    found, at = [], text.find(CHORUS)
    while at != -1:
        found.append(at)
        at = text.find(CHORUS, at + 1)
    return found


def _after_verse(text: str, verse: int) -> int:
    """Where the chorus just after verse ``verse`` (counted from 0) starts in ``text``."""
    return text.index(CHORUS, text.index(f"Verse {verse + 1}\n"))


def _before_verse(text: str, verse: int) -> int:
    """Where the chorus just before verse ``verse`` (counted from 0) starts in ``text``."""
    return text.rindex(CHORUS, 0, text.index(f"Verse {verse + 1}\n"))


def test_a_chorus_of_a_reversed_hymn_on_the_copy_under_its_verse_is_doubted() -> None:
    old, new = _hymn(4), _hymn(4, reversed_blocks=True)
    refrains = RefrainNeighbours(old, new)
    start = _after_verse(old, 1)  # between verse 2 and verse 3
    quote = len("Chorus\nBread of heaven")
    under_its_verse = _after_verse(new, 1)  # now between verse 2 and verse 1
    between_both = _before_verse(new, 1)  # now between verse 3 and verse 2
    assert refrains.beside_one_neighbour(
        start, start + quote, under_its_verse, under_its_verse + quote
    )
    assert not refrains.beside_one_neighbour(
        start, start + quote, between_both, between_both + quote
    )


def test_an_unchanged_hymn_doubts_no_chorus() -> None:
    old = _hymn(4)
    refrains = RefrainNeighbours(old, old)
    for at in _choruses(old):
        assert not refrains.beside_one_neighbour(at, at + 12, at, at + 12)


def test_a_paragraph_standing_once_is_no_refrain() -> None:
    old, new = _hymn(3), _hymn(3, reversed_blocks=True)
    refrains = RefrainNeighbours(old, new)
    verse = old.index("Verse 2")
    placed = new.index("Verse 2")
    assert not refrains.beside_one_neighbour(verse, verse + 7, placed, placed + 7)


def test_the_last_chorus_with_no_verse_below_is_left_to_the_diff() -> None:
    old, new = _hymn(3), _hymn(3, reversed_blocks=True)
    refrains = RefrainNeighbours(old, new)
    last = _choruses(old)[-1]
    for copy in _choruses(new):
        assert not refrains.beside_one_neighbour(last, last + 12, copy, copy + 12)


@settings(max_examples=40, deadline=None)
@given(count=st.integers(min_value=2, max_value=5), data=st.data())
def test_after_a_reversal_only_the_copy_between_both_neighbours_goes_undoubted(
    count: int, data: st.DataObject
) -> None:
    verse = data.draw(st.integers(min_value=0, max_value=count - 2))
    old, new = _hymn(count), _hymn(count, reversed_blocks=True)
    refrains = RefrainNeighbours(old, new)
    start = _after_verse(old, verse)
    between_both = _before_verse(new, verse)
    for copy in _choruses(new):
        doubted = refrains.beside_one_neighbour(start, start + 20, copy, copy + 20)
        assert doubted == (copy != between_both)


def test_an_update_reviews_a_chorus_the_diff_left_above_the_verse_after_it() -> None:
    old, new = _hymn(4), _hymn(4, reversed_blocks=True)
    quote = "Bread of heaven, bread of heaven,"
    start = old.index(quote, _after_verse(old, 0))  # between verse 1 and verse 2
    result = _updated_once(old, (start, start + len(quote)), new, title="Hymns")
    above_verse_two = new.index(quote, _before_verse(new, 1))  # between verse 3 and verse 2
    assert result.placement.state == "review"
    assert (result.placement.start, result.placement.end) == (
        above_verse_two,
        above_verse_two + len(quote),
    )


def _blocks(text: str) -> list[str]:
    return text.split("\n\n")


def _joined(blocks: list[str]) -> str:
    return "\n\n".join(blocks)


def _verse_moved_last(count: int, verse: int) -> str:
    """The hymn with verse ``verse`` (counted from 0) moved to the end: the choruses
    around it now stand in a row."""
    blocks = _blocks(_hymn(count))
    at = blocks.index(next(b for b in blocks if b.startswith(f"Verse {verse + 1}\n")))
    moved = blocks.pop(at)
    return _joined([*blocks[:-1], moved, blocks[-1]])


def _verse_deleted(count: int, verse: int) -> str:
    """The hymn with verse ``verse`` (counted from 0) deleted."""
    blocks = _blocks(_hymn(count))
    return _joined([b for b in blocks if not b.startswith(f"Verse {verse + 1}\n")])


def test_choruses_brought_together_while_their_verse_moved_away_are_doubted() -> None:
    old, new = _hymn(3), _verse_moved_last(3, 1)
    refrains = RefrainNeighbours(old, new)
    upper, lower = _after_verse(old, 0), _after_verse(old, 1)
    first, second = _choruses(new)[:2]
    assert new.index(CHORUS, first + 1) == second == first + len(CHORUS) + 2
    assert refrains.beside_its_copy(lower, lower + 10, second, second + 10)
    # the upper chorus, every paragraph above it as it was, stayed where it stood
    assert first == upper
    assert not refrains.beside_its_copy(upper, upper + 10, first, first + 10)


def test_choruses_brought_together_by_a_verse_deleted_are_left_to_the_diff() -> None:
    old, new = _hymn(3), _verse_deleted(3, 1)
    refrains = RefrainNeighbours(old, new)
    upper, lower = _after_verse(old, 0), _after_verse(old, 1)
    first, second = _choruses(new)[:2]
    assert second == first + len(CHORUS) + 2
    assert not refrains.beside_its_copy(upper, upper + 10, first, first + 10)
    assert not refrains.beside_its_copy(lower, lower + 10, second, second + 10)


def test_choruses_that_stood_in_a_row_already_are_not_doubted() -> None:
    old = _hymn(3).replace(f"{CHORUS}\n\nVerse 3", f"{CHORUS}\n\n{CHORUS}\n\nVerse 3", 1)
    new = _joined(sorted(_blocks(old)[1:-1], key=len) + _blocks(old)[-1:])
    refrains = RefrainNeighbours(old, new)
    for at in _choruses(old):
        for copy in _choruses(new):
            assert not refrains.beside_its_copy(at, at + 10, copy, copy + 10)


def test_a_passage_off_the_chorus_is_not_doubted() -> None:
    old, new = _hymn(3), _verse_moved_last(3, 1)
    refrains = RefrainNeighbours(old, new)
    verse, placed = old.index("Verse 1"), new.index("Verse 1")
    assert not refrains.beside_its_copy(verse, verse + 7, placed, placed + 7)


@settings(max_examples=30, deadline=None)
@given(count=st.integers(min_value=3, max_value=5), data=st.data())
def test_a_verse_deleted_never_doubts_a_chorus_and_one_moved_away_doubts_the_one_below_it(
    count: int, data: st.DataObject
) -> None:
    verse = data.draw(st.integers(min_value=1, max_value=count - 2))
    old = _hymn(count)
    upper, lower = _after_verse(old, verse - 1), _after_verse(old, verse)
    for new, doubted in (
        (_verse_deleted(count, verse), False),
        (_verse_moved_last(count, verse), True),
    ):
        refrains = RefrainNeighbours(old, new)
        first = _after_verse(new, verse - 1)
        second = first + len(CHORUS) + 2
        assert new.startswith(CHORUS, second)
        assert not refrains.beside_its_copy(upper, upper + 10, first, first + 10)  # stayed
        assert refrains.beside_its_copy(lower, lower + 10, second, second + 10) == doubted


def test_an_update_reviews_a_chorus_brought_beside_a_copy_when_its_verse_moved() -> None:
    old, new = _hymn(4), _verse_moved_last(4, 1)
    quote = "Bread of heaven, bread of heaven,"
    start = old.index(quote, _after_verse(old, 1))  # between verse 2 and verse 3
    result = _updated_once(old, (start, start + len(quote)), new, title="Hymns")
    assert result.placement.state == "review"
    assert new[result.placement.start : result.placement.end] == quote
