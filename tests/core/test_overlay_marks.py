"""Diffing through text struck, underlined or overlined with combining marks."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.anchoring import describe
from desktop_app.core.block_diff import surviving_blocks
from desktop_app.core.diff_placement import map_through
from desktop_app.core.overlay_marks import (
    OVERLAY_MARKS,
    context_similarity_unmarked,
    folded,
    has_overlay_marks,
    through_overlay_marks,
)
from desktop_app.core.records import TextQuote

STROKE = "\u0336"
WORDS = ["Viewing", "strictly", "by", "appointment.", "Tomás", "£445,000", "কলকাতা", "ዛሬ", "x"]


def _struck(text: str, mark: str = STROKE) -> str:
    return "".join(char + mark if not char.isspace() else char for char in text)


def _well_formed(old: str, new: str) -> None:
    """Each block reads the same in both texts, and no character is in two blocks."""
    blocks = through_overlay_marks(old, new, surviving_blocks)
    for block in blocks:
        assert block.length > 0
        kept = old[block.old : block.old + block.length]
        assert kept == new[block.new : block.new + block.length]
    for side in (0, 1):
        spans = sorted((block[side], block[side] + block.length) for block in blocks)
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start


def test_texts_without_overlay_marks_are_diffed_as_they_are() -> None:
    old, new = "One two three.\nFour five.\n", "One two four.\nFour five six.\n"
    assert through_overlay_marks(old, new, surviving_blocks) == surviving_blocks(old, new)


def test_a_struck_line_keeps_every_letter_aligned() -> None:
    line = "HX420 · Guide price £445,000."
    old = f"Viewing strictly by appointment.\n\n{line} A cottage.\n"
    new = f"Viewing strictly by appointment.\n\n{_struck(line)} A cottage.\n"
    blocks = through_overlay_marks(old, new, surviving_blocks)
    survived = sum(block.length for block in blocks)
    assert survived == len(old)
    _well_formed(old, new)


def test_a_passage_running_into_a_struck_line_takes_it_in_whole() -> None:
    line = "HX420 · Guide price £445,000."
    old = f"Room one.\n\nViewing strictly by appointment.\n\n{line} A cottage on Main Street.\n"
    new = old.replace(line, _struck(line))
    start = old.index("Viewing")
    end = old.index(line) + len(line)
    position, quote = describe(old, start, end)
    placement = map_through(Alignment(old, new), new, position, quote)
    assert placement.placed
    last = new.index("0\u0336.\u0336") + 3  # on the full stop, as the old passage ended
    assert (placement.start, placement.end) == (start, last)


def test_marks_shared_by_both_texts_stay_inside_the_blocks() -> None:
    old = f"Now {_struck('reduced from £335,000')} to £315,000.\n"
    new = f"Now {_struck('reduced from £335,000')} to £310,000.\n"
    blocks = sorted(through_overlay_marks(old, new, surviving_blocks))
    assert blocks[0].old == 0
    assert blocks[0].length >= old.index(" to")


def test_a_letters_own_marks_are_not_folded() -> None:
    text = "Fe\u0301mi Ade\u0301ba\u0301yo\u0323\u0300 \u0995\u09bf"
    assert folded(text)[0] == text
    assert not set(OVERLAY_MARKS) & {"\u0301", "\u0323", "\u0300", "\u09bf"}


def test_struck_context_reads_as_it_was() -> None:
    old = "The game was drawn by repetition.\n\nBD160 · Board 6: Levan Beridze, postponed."
    start = old.index("BD160")
    _, quote = describe(old, start, len(old))
    head = old[:start]
    new = _struck(head) + old[start:]
    at = len(_struck(head))
    prefix, _ = context_similarity_unmarked(new, at, len(new), quote)
    assert prefix == 1.0


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
    struck=st.lists(st.booleans(), min_size=14, max_size=14),
    was_struck=st.lists(st.booleans(), min_size=14, max_size=14),
    mark=st.sampled_from(OVERLAY_MARKS),
)
def test_blocks_read_the_same_in_both_texts(
    words: list[str], struck: list[bool], was_struck: list[bool], mark: str
) -> None:
    old = " ".join(_struck(w, mark) if s else w for w, s in zip(words, was_struck, strict=False))
    new = " ".join(_struck(w, mark) if s else w for w, s in zip(words, struck, strict=False))
    _well_formed(old, new)
    unmarked = sum(char not in OVERLAY_MARKS for char in old)
    kept = sum(
        char not in OVERLAY_MARKS
        for block in through_overlay_marks(old, new, surviving_blocks)
        for char in old[block.old : block.old + block.length]
    )
    assert kept == unmarked  # every letter survives: only the marks changed


def test_marks_added_to_a_run_are_not_inserted_text() -> None:
    line = "BD160 · Board 6: Levan Beridze – Søren Dahl, postponed."
    old = f"Round six\n\n{line}\nThe game is cancelled.\n"
    new = old.replace(line, _struck(line))
    alignment = Alignment(old, new)
    lo = new.index("B")
    assert alignment.unaligned_share(lo, lo + len(_struck(line))) == 0.0
    assert alignment.unaligned() == []
    typed = new.replace("Round six", "Round six, revised")
    assert Alignment(old, typed).unaligned() == [(9, 18)]


@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "é", "😀", "\u0301", *OVERLAY_MARKS])))
def test_a_text_has_overlay_marks_when_one_of_them_stands_in_it(text: str) -> None:
    # looked for one mark at a time, as the pattern of all of them finds them
    assert has_overlay_marks(text) == (re.search(f"[{OVERLAY_MARKS}]", text) is not None)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*WORDS, STROKE, "\u0332", " ", "\n"]), max_size=40),
    st.lists(st.sampled_from([*WORDS, STROKE, " "]), max_size=8),
    st.lists(st.sampled_from([*WORDS, "\u0338", " "]), max_size=8),
    st.data(),
)
def test_context_read_with_the_texts_marks_known_reads_as_scanned(
    words: list[str], prefix: list[str], suffix: list[str], data: st.DataObject
) -> None:
    """Told once per text whether it holds overlay marks (``Alignment.new_marked``), the
    context's similarity is what scanning each stretch of it gives, whether the text, the
    stored context, both or neither hold marks."""
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    quote = TextQuote(exact=text[start:end], prefix="".join(prefix), suffix="".join(suffix))
    scanned = context_similarity_unmarked(text, start, end, quote)
    known = context_similarity_unmarked(text, start, end, quote, marked=has_overlay_marks(text))
    assert known == scanned
    assert Alignment(text, text).new_marked == has_overlay_marks(text)
