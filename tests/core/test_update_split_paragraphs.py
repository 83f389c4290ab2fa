"""An old paragraph split in two by an update: a part kept, a reworded copy moved (update path)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.quote_search import Placement
from desktop_app.core.update_split_paragraphs import (
    SplitParagraph,
    SplitParagraphs,
    likeness,
    paragraph_around,
)

LEDE = (
    "LONDON — Three men have denied conspiring to defraud a logistics firm of £2.3 million "
    "through fake invoices for warehouse space that did not exist."
)
FIRST = "Darren Whitcombe, 44, of Dartford, is charged with conspiracy to defraud. He denies it."
SECOND = "Stefan Ionescu, 51, of Ilford, is charged with conspiracy to defraud. He denies it."
OLD = f"{LEDE}\n\n{FIRST}\n\n{SECOND}\n\nThe trial continues."
#: A writethru: a new lede repeating the old one's first sentence, the old lede moved down
#: under the next paragraph with its tense changed.
NEW_TOP = "LONDON — More details emerged later in the day. " + LEDE.removeprefix("LONDON — ")
MOVED = "Earlier on Thursday, three men had denied" + LEDE.split("have denied", 1)[1]
NEW = f"{NEW_TOP}\n\n{FIRST}\n\n{MOVED}\n\n{SECOND}\n\nThe trial continues."


def _split() -> SplitParagraphs:
    return SplitParagraphs(Alignment(OLD, NEW))


def test_the_moved_lede_is_found_with_the_part_kept_in_place() -> None:
    moved = NEW.index(MOVED)
    assert _split().found == [
        SplitParagraph((0, len(LEDE)), (0, len(NEW_TOP)), (moved, moved + len(MOVED)))
    ]


def test_a_passage_on_the_kept_part_goes_to_review_with_its_guess() -> None:
    old_start = OLD.index("£2.3 million")
    old_end = old_start + len("£2.3 million")
    start = NEW.index("£2.3 million")
    placed = Placement("moved", start, start + len("£2.3 million"), 1.0)
    reviewed = _split().kept_part_reviewed(old_start, old_end, "£2.3 million", placed)
    assert reviewed == Placement("review", placed.start, placed.end, 1.0)


def test_words_the_moved_copy_lacks_stay_placed() -> None:
    # "have denied" reads "had denied" in the moved copy: only the kept part holds it
    old_start = OLD.index("have denied")
    start = NEW.index("have denied")
    placed = Placement("moved", start, start + len("have denied"), 1.0)
    split = _split()
    assert split.kept_part_reviewed(old_start, old_start + 11, "have denied", placed) == placed


def test_a_passage_across_the_moved_copy_keeps_its_longer_side() -> None:
    old_start = OLD.index(FIRST)
    old_end = OLD.index(SECOND) + len("Stefan Ionescu, 51")
    start = NEW.index(FIRST)
    placed = Placement("fuzzy", start, NEW.index(SECOND) + len("Stefan Ionescu, 51"), 0.8)
    cut = _split().moved_copy_left_out(old_start, old_end, placed)
    assert cut == Placement("fuzzy", start, start + len(FIRST), 0.8)


def test_placements_the_rule_does_not_concern_are_kept() -> None:
    split = _split()
    start = NEW.index(SECOND)
    own = Placement("exact", start, start + len(SECOND), 1.0)
    old_start = OLD.index(SECOND)
    assert split.kept_part_reviewed(old_start, old_start + len(SECOND), SECOND, own) == own
    assert split.moved_copy_left_out(old_start, old_start + len(SECOND), own) == own
    orphan = Placement("orphaned", 0, 5, 0.0)
    assert split.kept_part_reviewed(0, 5, "LONDON", orphan) == orphan
    assert split.moved_copy_left_out(0, 5, orphan) == orphan


def test_a_pull_quote_copy_of_an_unchanged_paragraph_is_no_split() -> None:
    new = f"{LEDE}\n\n{FIRST}\n\n“{FIRST}”\n\n{SECOND}\n\nThe trial continues."
    assert SplitParagraphs(Alignment(OLD, new)).found == []


def test_a_paragraph_printed_twice_with_typos_in_the_first_copy_is_no_split() -> None:
    # the pasted copy reads more like the old paragraph than the one kept in place, but
    # the kept one has no new words put in: a paragraph repeated, not a lede rewritten
    typed = LEDE.replace("denied", "denoed")
    new = f"{typed}\n\n{FIRST}\n\n{LEDE}\n\n{SECOND}\n\nThe trial continues."
    alignment = Alignment(OLD, new)
    assert any(end - start >= len(LEDE) for start, end in alignment.unaligned())
    assert SplitParagraphs(alignment).found == []


def test_an_update_with_nothing_left_out_has_no_split() -> None:
    assert SplitParagraphs(Alignment(OLD, OLD.replace("continues", "went on"))).found == []


@given(st.text(min_size=0, max_size=60), st.text(min_size=0, max_size=60))
def test_likeness_is_symmetric_and_bounded(one: str, other: str) -> None:
    alike = likeness(one, other)
    assert alike == likeness(other, one)
    assert 0.0 <= alike <= 1.0
    if len(one) >= 2:
        assert likeness(one, one) == 1.0


@given(st.lists(st.text(alphabet="ab .", min_size=1, max_size=8), min_size=1, max_size=5))
def test_paragraph_around_is_the_paragraph_holding_the_offset(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    start = 0
    for paragraph in paragraphs:
        end = start + len(paragraph)
        for at in range(start, end):
            assert paragraph_around(text, at) == (start, end)
        start = end + 2
