"""A passage inside one paragraph taken to the copy of it its neighbours show (update path)."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState
from desktop_app.core.update_paragraph_copies import ParagraphCopies, paragraph_spans


def _placed(text: str, words: str, occurrence: int = 0) -> Placement:
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(words, at + 1)
    return Placement("moved", at, at + len(words), 1.0)


def test_paragraph_spans_keep_empty_paragraphs_and_the_ends() -> None:
    text = "One\n\nTwo\nlines\n\n\n\nThree"
    spans = paragraph_spans(text)
    assert [text[a:b] for a, b in spans] == ["One", "Two\nlines", "", "Three"]
    assert paragraph_spans("") == [(0, 0)]


def test_a_short_post_follows_its_only_copy_out_of_another_post() -> None:
    old = "@ann\n+1\n\n@bob\n+1\n\n@cy\nSame."
    new = "@cy\nSame.\n\n@bob\n+1\n\n@ann\n+1"
    start = old.index("+1")
    placed = _placed(new, "+1")  # the diff paired it with bob's "+1"
    followed = ParagraphCopies(old, new).follow(start, start + 2, placed)
    assert followed == Placement("moved", new.rindex("+1"), new.rindex("+1") + 2, 1.0)


def test_of_several_copies_the_one_between_its_old_neighbours_in_either_order() -> None:
    old = "Top\n\nA\n\nX\n\nB\n\nC\n\nX\n\nD"
    new = "Top\n\nD\n\nX\n\nC\n\nB\n\nX\n\nA"  # the thread below "Top" read the other way
    start = old.index("X")
    followed = ParagraphCopies(old, new).follow(start, start + 1, _placed(new, "X"))
    assert new[followed.start - 3 : followed.end + 3] == "B\n\nX\n\nA"
    assert followed.state == "moved"
    # the second old copy (neighbours C and D) stays where the diff put it
    second = old.rindex("X")
    kept = _placed(new, "X")
    assert ParagraphCopies(old, new).follow(second, second + 1, kept) == kept


def test_copies_side_by_side_swap_places_when_their_run_is_read_the_other_way() -> None:
    old = "A\n\nX\n\nX\n\nB\n\nC"
    new = "C\n\nB\n\nX\n\nX\n\nA"
    first, second = old.index("X"), old.rindex("X")
    copies = ParagraphCopies(old, new)
    on_first = _placed(new, "X")
    to_second = copies.follow(first, first + 1, on_first)
    assert to_second == Placement("moved", new.rindex("X"), new.rindex("X") + 1, 1.0)
    assert copies.follow(second, second + 1, on_first) == on_first  # the other way, kept
    # read the same way round: each stays on its own copy
    same = "A\n\nX\n\nX\n\nB\n\nD"
    kept = _placed(same, "X")
    assert ParagraphCopies(old, same).follow(first, first + 1, kept) == kept


def test_copies_the_text_cannot_tell_apart_are_left_to_the_diff() -> None:
    old = "A\n\nX\n\nX\n\nA"  # a run between two equal paragraphs: which way, unknown
    new = "A\n\nX\n\nX\n\nA\n\nZ"
    start = old.index("X")
    placed = _placed(new, "X", 1)
    assert ParagraphCopies(old, new).follow(start, start + 1, placed) == placed
    old = "A\n\nX\n\nB\n\nA\n\nX\n\nB"  # two copies between the same neighbours
    new = "B\n\nX\n\nA\n\nB\n\nX\n\nA"
    placed = _placed(new, "X", 1)
    assert ParagraphCopies(old, new).follow(start, start + 1, placed) == placed


def test_edited_paragraphs_new_ones_and_passages_across_paragraphs_are_left() -> None:
    old = "@ann\n+1\n\n@bob\n+1"
    new = "@bob\n+1\n\n@ann\n+1 agreed"
    start = old.index("+1")
    placed = _placed(new, "+1")
    copies = ParagraphCopies(old, new)
    assert copies.follow(start, start + 2, placed) == placed  # its own paragraph edited
    new = "@bob\n+1 too\n\n@ann\n+1"
    placed = _placed(new, "+1")
    assert ParagraphCopies(old, new).follow(start, start + 2, placed) == placed  # newly written
    across = Placement("fuzzy", 0, len(new), 0.9)
    assert ParagraphCopies(old, new).follow(0, len(old), across) == across
    gone = Placement("orphaned", 0, 0, 0.0)
    assert ParagraphCopies(old, new).follow(start, start + 2, gone) == gone


@given(
    st.lists(
        st.text(alphabet="abcé +1", min_size=1, max_size=6), min_size=2, max_size=7, unique=True
    ),
    st.data(),
)
def test_distinct_paragraphs_reordered_are_always_followed_home(
    paragraphs: list[str], data: st.DataObject
) -> None:
    order = data.draw(st.permutations(range(len(paragraphs))))
    old = "\n\n".join(paragraphs)
    new = "\n\n".join(paragraphs[k] for k in order)
    index = data.draw(st.integers(0, len(paragraphs) - 1))
    start = sum(len(p) + 2 for p in paragraphs[:index])
    end = start + len(paragraphs[index])
    other = data.draw(st.integers(0, len(paragraphs) - 1))
    at = sum(len(paragraphs[k]) + 2 for k in order[: list(order).index(other)])
    placed = Placement("moved", at, at + len(paragraphs[other]), 1.0)
    followed = ParagraphCopies(old, new).follow(start, end, placed)
    assert new[followed.start : followed.end] == paragraphs[index]
    home = sum(len(paragraphs[k]) + 2 for k in order[: list(order).index(index)])
    assert followed.start == home


def test_a_doubted_placement_is_left_in_review() -> None:
    old = "@ann\n+1\n\n@bob\n+1\n\n@cy\nSame."
    new = "@cy\nSame.\n\n@bob\n+1\n\n@ann\n+1"
    start = old.index("+1")
    doubted = Placement("review", new.index("+1"), new.index("+1") + 2, 1.0)
    assert ParagraphCopies(old, new).follow(start, start + 2, doubted) == doubted


def test_copies_whose_old_neighbours_do_not_tell_them_apart_are_left_to_the_diff() -> None:
    # two old copies between the same two paragraphs, in either order: which is which, unknown
    old = "R\n\nX\n\nM\n\nX\n\nR\n\nE"
    new = "R\n\nX\n\nE\n\nM\n\nX\n\nR"
    start = old.index("X")
    placed = _placed(new, "X")
    assert ParagraphCopies(old, new).follow(start, start + 1, placed) == placed
    # two old runs of copies between the same paragraphs
    old = "A\n\nX\n\nX\n\nB\n\nA\n\nX\n\nX\n\nB"
    new = "B\n\nX\n\nX\n\nA\n\nQ"
    placed = _placed(new, "X")
    assert ParagraphCopies(old, new).follow(start, start + 1, placed) == placed


def test_a_copy_still_beside_one_of_its_old_neighbours_is_kept() -> None:
    # blocks reordered: the diff's copy keeps its English twin, another copy now stands
    # between both old neighbours
    old = "Q\n\nX\n\nEN\n\nP13\n\nX\n\nEN2"
    new = "Q\n\nEN\n\nX\n\nP14\n\nEN\n\nX\n\nQ"
    start = old.index("X")
    placed = _placed(new, "X")
    assert ParagraphCopies(old, new).follow(start, start + 1, placed) == placed


def test_a_passage_in_doubt_goes_to_its_paragraph_standing_once_in_both_texts() -> None:
    # units re-sorted whole: the diff paired the head line with another unit's and doubted
    old = "Page 2, News\nSaid 3-1.\nAmended.\n\nPage 7, Health\nSaid 14.\nAmended."
    new = "Page 7, Health\nSaid 14.\nAmended.\n\nPage 2, News\nSaid 3-1.\nAmended."
    start = old.index("News\nSaid 3")
    end = start + len("News\nSaid 3")
    home = new.index("News\nSaid 3")
    copies = ParagraphCopies(old, new)
    doubts: tuple[AnchorState, ...] = ("review", "orphaned")
    for state in doubts:
        doubted = Placement(state, 0, 10, 0.5)
        assert copies.in_its_one_copy(start, end, doubted) == Placement(
            "moved", home, home + end - start, 1.0
        )
    unmoved = ParagraphCopies(old, old).in_its_one_copy(start, end, Placement("review", 0, 1, 0.5))
    assert unmoved == Placement("exact", start, end, 1.0)
    placed = Placement("fuzzy", 0, 10, 0.9)
    assert copies.in_its_one_copy(start, end, placed) == placed  # only doubts are taken up


def test_a_passage_in_doubt_is_left_when_its_paragraph_is_not_once_in_each_text() -> None:
    old = "A\nx\n\nB\ny\n\nC\nz"
    doubted = Placement("review", 0, 3, 0.5)
    start = old.index("B\ny")
    twice_new = "C\nz\n\nB\ny\n\nB\ny\n\nA\nx"
    assert ParagraphCopies(old, twice_new).in_its_one_copy(start, start + 3, doubted) == doubted
    twice_old = "B\ny\n\nA\nx\n\nB\ny"
    new = "A\nx\n\nB\ny"
    assert ParagraphCopies(twice_old, new).in_its_one_copy(0, 3, doubted) == doubted
    edited = "C\nz\n\nB\ny!\n\nA\nx"
    assert ParagraphCopies(old, edited).in_its_one_copy(start, start + 3, doubted) == doubted
    across = ParagraphCopies(old, "C\nz\n\nA\nx\n\nB\ny")
    assert across.in_its_one_copy(0, start + 1, doubted) == doubted
    # printed again elsewhere, the original then edited: the exact copy may be the reprint
    old = "Top.\n\nThe minister said relations would not suffer.\n\nEnd."
    at = old.index("The minister")
    reprinted = "Top.\n\nThe minister sbid relations would not suffer.\n\nEnd.\n\n" + old[at:-6]
    reprint = ParagraphCopies(old, reprinted)
    assert reprint.in_its_one_copy(at, at + 12, doubted) == doubted
    # its lines swapped while another paragraph came to read as it did
    old = "Top.\n\nQ. Had one.\nHow far?\n\nQ. Did you see?\nNo.\n\nEnd."
    swapped = "Top.\n\nQ. How far?\nHad one.\n\nQ. Had one.\nHow far?\n\nEnd."
    at = old.index("Q. Had")
    assert ParagraphCopies(old, swapped).in_its_one_copy(at, at + 11, doubted) == doubted
    # two paragraphs whose lines were swapped, so that each now reads as the other did
    old = "Top.\n\nQ. Had one.\nHow far?\n\nQ. How far?\nHad one.\n\nEnd."
    both = "Top.\n\nQ. How far?\nHad one.\n\nQ. Had one.\nHow far?\n\nEnd."
    assert ParagraphCopies(old, both).in_its_one_copy(at, at + 11, doubted) == doubted
    # another article under the same byline: the byline's old neighbours are all gone
    byline = ParagraphCopies(
        "Floods in the north.\n\nBy Jo Lillis\n\nRain fell.",
        "Visas.\n\nBy Jo Lillis\n\nNo comment.",
    )
    at = len("Floods in the north.\n\n")
    assert byline.in_its_one_copy(at, at + 12, doubted) == doubted


@given(
    st.lists(
        st.text(alphabet="abcé +1\n", min_size=1, max_size=8).filter(
            lambda p: (
                "\n\n" not in p
                and not p.startswith("\n")
                and not p.endswith("\n")
                and any(map(str.isalnum, p))
            )
        ),
        min_size=2,
        max_size=7,
        unique=True,
    ),
    st.data(),
)
def test_a_doubted_passage_of_a_paragraph_found_once_lands_on_its_own_words(
    paragraphs: list[str], data: st.DataObject
) -> None:
    # no two of them the same words in another order (lines swapped: left, tested above)
    assume(len({tuple(sorted(p.split())) for p in paragraphs}) == len(paragraphs))
    order = data.draw(st.permutations(range(len(paragraphs))))
    old = "\n\n".join(paragraphs)
    new = "\n\n".join(paragraphs[k] for k in order)
    index = data.draw(st.integers(0, len(paragraphs) - 1))
    head = sum(len(p) + 2 for p in paragraphs[:index])
    lo = data.draw(st.integers(0, len(paragraphs[index]) - 1))
    hi = data.draw(st.integers(lo + 1, len(paragraphs[index])))
    doubted = Placement("review", 0, 0, 0.0)
    placed = ParagraphCopies(old, new).in_its_one_copy(head + lo, head + hi, doubted)
    home = sum(len(paragraphs[k]) + 2 for k in order[: list(order).index(index)])
    assert placed.state in ("exact", "moved")
    assert (placed.start, placed.end) == (home + lo, home + hi)
    assert new[placed.start : placed.end] == old[head + lo : head + hi]
