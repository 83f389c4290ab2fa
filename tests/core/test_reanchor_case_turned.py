"""Letters turned to the other case at a passage's end (a converter's small Cherokee
letters, "Closed" typed "closed"): on the update path the lost first or last words still
read so, case aside, and the placement takes them in (``diff_placement._lost_ends_found``,
``same_but_case``), in every cased script."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.diff_placement import _lost_ends_found, same_but_case
from tests.benchmarks.reanchor_fresh30_families import (
    FRESH30_FAMILIES,
    fresh30_spans,
    fresh30_text,
)
from tests.benchmarks.test_reanchor_accuracy import edited_cases
from tests.core.test_reanchor import _updated_once


def _capitals(first: int, last: int) -> list[str]:
    """The capitals of ``[first, last]`` that have a small letter of their own."""
    letters = [chr(code) for code in range(first, last + 1)]
    return [c for c in letters if len(c.lower()) == 1 and c.lower() != c]


#: Capital letters of cased scripts, each turned small by ``str.lower``.
SCRIPTS: dict[str, list[str]] = {
    "Latin": _capitals(0x41, 0x5A),
    "Greek": _capitals(0x391, 0x3A9),
    "Cyrillic": _capitals(0x410, 0x42F),
    "Armenian": _capitals(0x531, 0x556),
    "Georgian Mtavruli": _capitals(0x1C90, 0x1CBF),
    "Cherokee": _capitals(0x13A0, 0x13F5),
    "Adlam": _capitals(0x1E900, 0x1E921),
    "Deseret": _capitals(0x10400, 0x10427),
}


@st.composite
def _words_and_turned(draw: st.DrawFn) -> tuple[str, str]:
    """Two to five words of one cased script, and the same words with some letters turned
    to the other case (at least one)."""
    capitals = SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))]
    letter = st.sampled_from(capitals).map(lambda c: c.lower()) | st.sampled_from(capitals)
    words = draw(st.lists(st.lists(letter, min_size=1, max_size=6), min_size=2, max_size=5))
    text = " ".join("".join(word) for word in words)
    turned = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    if not any(turned[at] and text[at] != " " for at in range(len(text))):
        turned[0] = True
    flipped = "".join(
        (c.upper() if c.islower() else c.lower()) if turn else c
        for c, turn in zip(text, turned, strict=True)
    )
    return text, flipped


@settings(max_examples=80, deadline=None)
@given(words=_words_and_turned())
def test_a_lost_tail_with_letters_turned_is_read_on(words: tuple[str, str]) -> None:
    old, turned = words
    new = "Notice 12 · 19 March\n" + turned + ".\nThank you."
    end = len("Notice 12 · 19 March")
    assert _lost_ends_found("", "\n" + old, new, 0, end) == (0, end + 1 + len(turned))


@settings(max_examples=80, deadline=None)
@given(words=_words_and_turned())
def test_a_lost_head_with_letters_turned_is_read_back(words: tuple[str, str]) -> None:
    old, turned = words
    new = "Notice 12.\n" + turned + " Take medicine as the doctor wrote it."
    start = new.index("Take")
    assert _lost_ends_found(old + " ", "", new, start, len(new)) == (len("Notice 12.\n"), len(new))


@settings(max_examples=80, deadline=None)
@given(words=_words_and_turned(), from_notice=st.booleans())
def test_a_passage_ending_in_turned_letters_is_placed_whole(
    words: tuple[str, str], from_notice: bool
) -> None:
    """End to end: the words after a passage's last letter changed only by case, and the
    passage is placed up to its true end (the turned words), not before them."""
    old_words, turned = words
    lead = "Offices open at eight. Notice 12 · 19 March · Tahlequah\n"
    old = lead + old_words + " 8:00.\nThank you for reading this notice."
    new = lead + turned + " 8:00.\nThank you for reading this notice."
    start = lead.index("Notice") if from_notice else lead.index("eight")
    result = _updated_once(old, (start, len(lead) + len(old_words)), new)
    assert (result.placement.start, result.placement.end) == (start, len(lead) + len(turned))


@given(capital=st.sampled_from([c for letters in SCRIPTS.values() for c in letters]))
def test_a_letter_is_itself_in_either_case(capital: str) -> None:
    assert same_but_case(capital, capital.lower())
    assert same_but_case(capital.lower(), capital)


def test_other_letters_and_signs_are_not_the_same() -> None:
    assert not same_but_case("a", "b")
    assert not same_but_case("Ꭰ", "ꭱ")  # Cherokee A and small E
    assert not same_but_case("1", "2")
    assert not same_but_case("İ", "i")  # the dotted capital folds to two code points
    assert same_but_case("ς", "Σ")  # final sigma is a sigma


def test_a_lost_tail_with_another_word_is_not_taken_in() -> None:
    new = "Notice 12\nꭳᏏᏲ Ꮳꮃꭹ ꭰᏰꮅ."
    end = len("Notice 12")
    assert _lost_ends_found("", "\nᎣᏏᏲ ᏣᎳᎩ", new, 0, end) == (0, new.index(" ꭰ"))
    assert _lost_ends_found("", "\nᎣᏏᏲ ᏩᏙ", new, 0, end) == (0, end)


def test_the_thirtieth_materials_folded_cherokee_is_placed_whole() -> None:
    """A case that was wrong: a passage ending "… ᎣᏏᏲ ᏣᎳᎩ" whose letters a converter
    turned small in part ("ꭳᏏᏲ Ꮳꮃꭹ") was placed up to the Mongolian words before them."""
    family = {"cherokee folded": FRESH30_FAMILIES["cherokee folded"]}
    cases = edited_cases(range(30107, 30108), family, fresh30_text, fresh30_spans)
    (case,) = [case for case in cases if case.label.endswith("rate 1.0 seed 30107")]
    span = case.spans[58]
    assert case.text[span[0] : span[1]].endswith("ᎣᏏᏲ ᏣᎳᎩ")
    result = _updated_once(case.text, span, case.tracked.text)
    new = case.tracked.text
    assert new[result.placement.start : result.placement.end].endswith("ꭳᏏᏲ Ꮳꮃꭹ")
