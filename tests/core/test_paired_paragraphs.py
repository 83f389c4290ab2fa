"""Tests for near-identical paragraphs put in another order, paired by their words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.cloned_stretches import paired_once
from desktop_app.core.paired_paragraphs import (
    PairedParagraphs,
    _word_keys,
    _words,
    paired_paragraphs,
)
from desktop_app.core.quote_search import Placement
from tests.core.test_reanchor import _updated_once

STEWARDS = "Stewards will open the gates."
HEAD = "Second half · Cardiff come back\n\nPlay started again at 11:52."
TURNS = [
    "69' Corner to Cardiff.",
    f"71' Please stay off the pitch at the final whistle.\n{STEWARDS}",
    f"73' Please stay off the pitch at the final whistle.\n{STEWARDS}",
    "75' Piroe shoots from 25 yards and it flies just wide.",
    "77' Free kick.",
]


def _text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _lines_swapped(turn: str) -> str:
    """A turn of two lines with its lines in the other order, its label kept first."""
    label, rest = turn.split(" ", 1)
    lines = rest.split("\n")
    return f"{label} {lines[1]}\n{lines[0]}" if len(lines) == 2 else turn


def _in(text: str, paragraph: str, words: str) -> tuple[int, int]:
    """Where ``words`` stand inside ``paragraph`` of ``text``."""
    at = text.index(paragraph) + paragraph.index(words)
    return at, at + len(words)


def test_twin_turns_one_time_apart_are_paired_by_their_times_after_their_lines_swapped() -> None:
    old = _text([HEAD, *TURNS, "Full time"])
    new = _text([HEAD, *map(_lines_swapped, TURNS), "Full time"])
    pairs = paired_paragraphs(old, new)
    assert pairs[3] == 3  # 71' with its own
    assert pairs[4] == 4  # 73' with its own


def test_a_line_of_a_twin_turn_follows_its_own_turn_when_its_lines_were_swapped() -> None:
    old = _text([HEAD, *TURNS, "Full time"])
    new = _text([HEAD, *map(_lines_swapped, TURNS), "Full time"])
    for turn in TURNS[1:3]:
        result = _updated_once(old, _in(old, turn, STEWARDS), new)
        assert result.state == "moved"
        assert (result.placement.start, result.placement.end) == _in(
            new, _lines_swapped(turn), STEWARDS
        )


def test_a_placement_on_a_twin_paragraph_is_taken_to_its_own() -> None:
    old = _text([HEAD, *TURNS, "Full time"])
    new = _text([HEAD, *reversed(TURNS), "Full time"])
    paired = PairedParagraphs(old, new)
    start, end = _in(old, TURNS[1], STEWARDS)
    on_the_twin = _in(new, TURNS[2], STEWARDS)
    placement = paired.follow(start, end, STEWARDS, Placement("moved", *on_the_twin, 1.0))
    assert (placement.state, placement.start, placement.end) == (
        "moved",
        *_in(new, TURNS[1], STEWARDS),
    )


def test_a_review_on_its_own_paragraph_is_placed() -> None:
    old = _text([HEAD, *TURNS, "Full time"])
    new = _text([HEAD, *reversed(TURNS), "Full time"])
    start, end = _in(old, TURNS[2], STEWARDS)
    own = _in(new, TURNS[2], STEWARDS)
    placement = PairedParagraphs(old, new).follow(
        start, end, STEWARDS, Placement("review", *own, 0.9)
    )
    assert (placement.state, placement.start, placement.end) == ("moved", *own)


def test_a_passage_across_two_paragraphs_now_in_the_other_order_is_reviewed_on_the_larger() -> None:
    old = _text([HEAD, *TURNS, "Full time"])
    new = _text([HEAD, *reversed(TURNS), "Full time"])
    start = old.index("flies just wide.")  # across 75' and 77'

    end = old.index("77' Free") + len("77' Free")
    placed = Placement("fuzzy", new.index("77' Free"), new.index("flies just wide.") + 16, 0.8)
    placement = PairedParagraphs(old, new).follow(start, end, old[start:end], placed)
    assert placement.state == "review"
    larger = new.index("flies just wide."), new.index("flies just wide.") + len("flies just wide.")
    assert (placement.start, placement.end) == larger


def test_a_repeated_paragraph_is_left_to_the_diff() -> None:
    chorus = "Chorus\nAll good gifts around us"
    old = _text(["Verse 1\nWe plough the fields", chorus, "Verse 2\nHe only is the maker", chorus])
    new = _text(["Verse 2\nHe only is the maker", chorus, "Verse 1\nWe plough the fields", chorus])
    pairs = paired_paragraphs(old, new)
    assert 1 not in pairs
    assert 3 not in pairs
    start = old.rindex(chorus)
    placed = Placement("moved", 0, 5, 1.0)
    assert PairedParagraphs(old, new).follow(start, start + 6, "Chorus", placed) == placed


def test_a_paragraph_pasted_again_and_the_original_edited_is_left_to_the_diff() -> None:
    entry = "The landlord must give at least 24 hours’ notice in writing (see clause 5)."
    edited = entry.replace("24 hours’", "two days’")
    old = _text(["1. Rent", "Rent is due monthly.", "2. Access", entry, "3. Pets", "No pets."])
    new = _text(
        ["1. Rent", "Rent is due monthly.", entry, "2. Access", edited, "3. Pets", "No pets."]
    )
    start = old.index(entry)
    placed = Placement("fuzzy", new.index(edited), new.index(edited) + len(edited), 0.9)
    assert PairedParagraphs(old, new).follow(start, start + len(entry), entry, placed) == placed


def test_renumbered_twins_are_not_told_apart_by_their_numbers() -> None:
    old = _text(["Lord Justice Penhaligon:", "23. I agree.", "Lady Justice Okoye:", "24. I agree."])
    new = _text(["Lady Justice Okoye:", "24. I agree.", "Lord Justice Penhaligon:", "25. I agree."])
    start = old.index("23. I agree.") + 4
    placed = Placement("review", new.index("25. I agree.") + 4, new.index("25. I agree.") + 12, 0.9)
    assert PairedParagraphs(old, new).follow(start, start + 8, "I agree.", placed) == placed


def test_a_changed_figure_is_not_placed_on_the_new_one() -> None:
    old = _text(["Update", "The roads reopen within 48 hours, the governor said.", "More soon."])
    new = _text(["Update", "The roads reopen within 72 hours, the governor said.", "More soon."])
    start = old.index("48")
    gone = Placement("orphaned", start, start + 2, 0.0)
    assert PairedParagraphs(old, new).follow(start, start + 2, "48", gone) == gone


def test_words_across_reordered_sentences_are_left_to_the_diff() -> None:
    old = _text(
        ["Lead", "The minister denied it on Thursday. Israel agreed on Thursday. It ended.", "End"]
    )
    new = _text(
        ["Lead", "Israel agreed on Thursday. The minister denied it on Thursday. It ended.", "End"]
    )
    start = old.index("Thursday. Israel")
    quote = "Thursday. Israel agreed"
    placed = Placement("review", 0, len(quote), 0.7)
    assert PairedParagraphs(old, new).follow(start, start + len(quote), quote, placed) == placed


_WORDS = st.sampled_from(["gate", "pitch", "kick", "corner", "wing", "post", "card", "shout"])


@settings(max_examples=60, deadline=None)
@given(
    sections=st.lists(
        st.lists(st.lists(_WORDS, min_size=2, max_size=6), min_size=2, max_size=4),
        min_size=2,
        max_size=4,
    ),
    data=st.data(),
)
def test_a_passage_inside_a_paragraph_of_sections_reversed_lands_on_its_own(
    sections: list[list[list[str]]], data: st.DataObject
) -> None:
    """Sections of twin entries (the same words, one minute apart) each put in the other
    order: whatever the diff made of it, a passage inside an entry ends on that entry."""
    minute = iter(range(10, 99))
    entries = [[f"{next(minute)}' " + " ".join(words) for words in section] for section in sections]
    headings = [f"Part {name}" for name in "ABCD"[: len(entries)]]
    old = _text(
        [
            p
            for heading, section in zip(headings, entries, strict=False)
            for p in [heading, *section]
        ]
    )
    new = _text(
        [
            p
            for heading, section in zip(headings, entries, strict=False)
            for p in [heading, *reversed(section)]
        ]
    )
    entry = data.draw(st.sampled_from([e for section in entries for e in section]))
    lo = data.draw(st.integers(0, len(entry) - 1))
    hi = data.draw(st.integers(lo + 1, len(entry)))
    start = old.index(entry)
    wrong = Placement("moved", 0, hi - lo, 1.0)
    placement = PairedParagraphs(old, new).follow(start + lo, start + hi, entry[lo:hi], wrong)
    own = new.index(entry)
    assert placement.state in ("exact", "moved")
    assert (placement.start, placement.end) == (own + lo, own + hi)


def test_a_placement_over_both_pieces_of_a_passage_whose_paragraphs_were_reversed_is_reviewed() -> (
    None
):
    question, thanks = "Q. Where were you standing when the van drove off?", "Ms Rees: Thank you."
    other = "Q. Did you see the driver’s face?"
    old = _text([HEAD, question, thanks, other, thanks, "Full time"])
    new = _text([HEAD, thanks, other, thanks, question, "Full time"])
    start = old.index(question) + 3
    end = old.index(thanks) + len(thanks)
    both = new.rindex(thanks), new.index(question) + len(question)
    placement = PairedParagraphs(old, new).follow(
        start, end, old[start:end], Placement("fuzzy", *both, 0.7)
    )
    assert (placement.state, placement.start, placement.end) == ("review", *both)


def test_a_placement_keeping_a_repeated_piece_on_its_own_side_is_left_as_it_was() -> None:
    question, thanks = "Q. Where were you standing when the van drove off?", "Ms Rees: Thank you."
    other = "Q. Did you see the driver’s face?"
    old = _text([HEAD, question, thanks, other, thanks, "Full time"])
    new = _text([HEAD, other, thanks, question, thanks, "Full time"])
    start = old.index(question) + 3
    end = old.index(thanks) + len(thanks)
    own = new.index(question) + 3, new.rindex(thanks) + len(thanks)
    placed = Placement("moved", *own, 1.0)
    assert PairedParagraphs(old, new).follow(start, end, old[start:end], placed) == placed


def test_a_whole_paragraph_whose_lines_were_resorted_is_reviewed_there_not_placed() -> None:
    icing = "For the icing:\n• 400 g icing sugar\n• 1 lemon, zested\n• 2 tbsp milk"
    resorted = "For the icing:\n• 1 lemon, zested\n• 2 tbsp milk\n• 400 g icing sugar"
    old = _text(["Plum cake", "For the cake:\n• 3 eggs\n• 200 g butter", icing, "Bake for 40 min."])
    new = _text(
        ["Plum cake", "For the cake:\n• 3 eggs\n• 200 g butter", resorted, "Bake for 40 min."]
    )
    start = old.index(icing)
    gone = Placement("orphaned", start, start + len(icing), 0.0)
    placement = PairedParagraphs(old, new).follow(start, start + len(icing), icing, gone)
    own = new.index(resorted)
    assert (placement.state, placement.start, placement.end) == ("review", own, own + len(icing))


#: Paragraphs some of which share a fingerprint (length and spaces) without their words.
STOCK = ["No change.", "Ends here.", "here Ends.", "Status: Closed", "Status: Opened", "x y z"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(STOCK), min_size=1, max_size=12),
    st.lists(st.sampled_from(STOCK), min_size=1, max_size=12),
)
def test_word_keys_match_exactly_the_paragraphs_of_the_same_words(
    old: list[str], new: list[str]
) -> None:
    # each paragraph text's words are read once for all its copies: copies and only
    # those of the same words, length and spaces share a key
    old_keys, new_keys = _word_keys(old, new, list(range(len(old))), list(range(len(new))))
    keyed = [(old[i], key) for i, key in old_keys.items()]
    keyed += [(new[i], key) for i, key in new_keys.items()]
    for one, one_key in keyed:
        for other, other_key in keyed:
            alike = len(one) == len(other) and sorted(one.split(" ")) == sorted(other.split(" "))
            assert (one_key == other_key) == alike


#: Paragraphs sharing fingerprints: some the same words with their lines swapped, some not.
LINES_SWAPPED = [
    "No change.\nEnds here.",
    "Ends here.\nNo change.",
    "Status: Closed",
    "Status: Opened",
    "Ends here.",
    "x y z",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(LINES_SWAPPED), min_size=1, max_size=10),
    st.lists(st.sampled_from(LINES_SWAPPED), min_size=1, max_size=10),
    st.data(),
)
def test_word_keys_pair_the_paragraphs_that_every_paragraph_keyed_by_its_words_would(
    old: list[str], new: list[str], data: st.DataObject
) -> None:
    # the fingerprint alone keys a paragraph whose fingerprint no other text shares: the
    # pairs are those of keying every paragraph read by fingerprint and words
    old_left = sorted(data.draw(st.sets(st.sampled_from(range(len(old))), min_size=1)))
    new_left = sorted(data.draw(st.sets(st.sampled_from(range(len(new))), min_size=1)))
    old_keys, new_keys = _word_keys(old, new, old_left, new_left)

    def by_words(side: list[str], left: list[int]) -> dict[int, tuple[int, int, int]]:
        return {i: (len(side[i]), side[i].count(" "), _words(side[i])) for i in left}

    assert paired_once(old_keys, new_keys, old_left, new_left) == paired_once(
        by_words(old, old_left), by_words(new, new_left), old_left, new_left
    )
