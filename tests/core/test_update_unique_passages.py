"""A doubted passage on the one copy of its words in either text, placed (update path)."""

from __future__ import annotations

from random import Random

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.quote_search import Placement
from desktop_app.core.update_unique_passages import once_in_both_placed

OLD = (
    "Room One: Harbours\n\n"
    "The exhibition brings forty works together for the first time.\n\n"
    "The curator, Tomás Ferreira, says the show is about light on water.\n\n"
    "Room Two: Rivers\n\n"
    "Annual Report 2025 | 24\n\n"
    "The paintings, made between 1890 and 1930, are rarely shown outside Tbilisi."
)
#: Excerpted: "[…]" put after the paragraphs kept, a page stamp typed in with the next number.
NEW = (
    "Room One: Harbours\n\n"
    "The exhibition brings forty works together for the first time. […]\n\n"
    "The curator, Tomás Ferreira, says the show is about light on water. […]\n\n"
    "Annual Report 2025 | 25\n\n"
    "Room Two: Rivers\n\n"
    "Annual Report 2025 | 24\n\n"
    "The paintings, made between 1890 and 1930, are rarely shown outside Tbilisi. […]"
)


def _review_of(words: str) -> tuple[Alignment, int, int, Placement]:
    start = OLD.index(words)
    new_start = NEW.index(words)
    review = Placement("review", new_start, new_start + len(words), 0.9)
    return Alignment(OLD, NEW), start, start + len(words), review


def test_a_sentence_standing_once_in_each_text_is_placed() -> None:
    alignment, start, end, review = _review_of(
        "The curator, Tomás Ferreira, says the show is about light on water."
    )
    placed = once_in_both_placed(alignment, start, end, review)
    assert placed == Placement("moved", review.start, review.end, 1.0)


def test_a_page_stamp_whose_figures_another_line_shares_stays_in_review() -> None:
    alignment, start, end, review = _review_of("Annual Report 2025 | 24")
    assert once_in_both_placed(alignment, start, end, review) is review


def test_a_passage_across_a_paragraph_break_stays_in_review() -> None:
    old = "Prices are provisional.\n\nItem 12 — Soybeans\nSoybeans rose 1.4 %."
    new = "Item 12 — Soybeans\nSoybeans rose 1.4 %.\n\nPrices are provisional.\n\nItem 12 — Soy"
    words = "provisional.\n\nItem 12"
    start, new_start = old.index(words), new.index(words)
    review = Placement("review", new_start, new_start + len(words), 0.5)
    alignment = Alignment(old, new)
    assert once_in_both_placed(alignment, start, start + len(words), review) is review


def test_words_standing_twice_in_the_old_text_stay_in_review() -> None:
    old = "Thank you.\n\nThe match starts at 7.\n\nThank you."
    new = "The match starts at 8.\n\nThank you."
    review = Placement("review", new.index("Thank you."), len(new), 0.5)
    start = old.rindex("Thank you.")
    alignment = Alignment(old, new)
    assert once_in_both_placed(alignment, start, start + 10, review) is review


def test_a_placement_off_the_words_or_not_in_review_is_left_alone() -> None:
    alignment, start, end, review = _review_of("Room Two: Rivers")
    fuzzy = Placement("fuzzy", review.start, review.end, 0.9)
    assert once_in_both_placed(alignment, start, end, fuzzy) is fuzzy
    shifted = Placement("review", review.start + 1, review.end + 1, 0.9)
    assert once_in_both_placed(alignment, start, end, shifted) is shifted


def test_a_new_text_sharing_one_sentence_keeps_it_in_review() -> None:
    sentence = "Reporting by Aigerim Seitkali; Editing by Mark Potter."
    old = "Talks in Astana ended without a date for the next round. " * 6 + sentence
    new = sentence + " Flooding closed the coast road for a week after the storm." * 6
    review = Placement("review", 0, len(sentence), 0.5)
    start = old.index(sentence)
    alignment = Alignment(old, new)
    assert once_in_both_placed(alignment, start, start + len(sentence), review) is review


@given(
    st.lists(
        st.text(alphabet="abcdefgh ", min_size=3, max_size=12).filter(str.strip),
        min_size=2,
        max_size=6,
        unique=True,
    ),
    st.randoms(use_true_random=False),
)
def test_a_placement_is_only_ever_made_on_the_words_themselves(
    lines: list[str], rng: Random
) -> None:
    old = "\n".join(lines)
    shuffled = list(lines)
    rng.shuffle(shuffled)
    new = "\n".join(shuffled)
    alignment = Alignment(old, new)
    start = 0
    for line in lines:
        end = start + len(line)
        at = new.find(line)
        review = Placement("review", at, at + len(line), 0.5)
        placed = once_in_both_placed(alignment, start, end, review)
        if placed.state != "review":
            assert new[placed.start : placed.end] == old[start:end]
            assert old.count(line) == 1
            assert new.count(line) == 1
        start = end + 1
