"""Tests for passages on a repeated paragraph placed on a copy away from their neighbours."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.repeated_paragraphs import RepeatedParagraphs

CHORUS = "Chorus\nAll good gifts around us\nAre sent from heaven above;"


def _hymn(name: str, verses: list[str]) -> list[str]:
    """A hymn's paragraphs: its heading, then each verse followed by the chorus."""
    paragraphs = [f"{name}\n\nSung at 11:05."]
    for verse in verses:
        paragraphs += [verse, CHORUS]
    return paragraphs


def _text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _at(text: str, paragraph: str, copy: int = 0) -> int:
    """Where the ``copy``-th copy of ``paragraph`` starts in ``text``."""
    at = -1
    for _ in range(copy + 1):
        at = text.index(paragraph, at + 1)
    return at


FIRST = ["Verse 1\nWe plough the fields", "Verse 2\nHe only is the maker"]
SECOND = ["Verse 1\nGuide me, O thou great Jehovah", "Verse 2\nOpen now the crystal fountain"]


def test_a_chorus_placed_on_another_hymns_copy_while_its_own_stands_by_its_verse() -> None:
    old = _text(_hymn("Opening hymn", FIRST) + _hymn("Offertory", SECOND))
    # the second hymn's verses put in the other order: each verse keeps its chorus after it
    flipped = ["Offertory\n\nSung at 11:05.", SECOND[1], CHORUS, SECOND[0], CHORUS]
    new = _text(_hymn("Opening hymn", FIRST) + flipped)
    paragraphs = RepeatedParagraphs(old, new)
    old_start = _at(old, CHORUS, 3)  # the chorus after the second hymn's second verse
    wrong = _at(new, CHORUS, 0)  # the first hymn's first chorus
    right = _at(new, CHORUS, 2)  # after that verse, now first
    size = len(CHORUS)
    assert paragraphs.away_from_its_own(old_start, old_start + size, wrong, wrong + size)
    assert not paragraphs.away_from_its_own(old_start, old_start + size, right, right + size)


def test_a_copy_nearer_its_verse_after_replies_between_were_deleted_is_its_own() -> None:
    old = _text(["Verse 1\nHe sends the snow", "All\nAmen.", CHORUS, "Verse 5\nPilgrim", "V6"])
    new = _text(["Verse 1\nHe sends the snow", CHORUS, "Verse 5\nPilgrim", "V6", CHORUS])
    paragraphs = RepeatedParagraphs(old.replace("V6", "V6\n\n" + CHORUS), new)
    old_text = old.replace("V6", "V6\n\n" + CHORUS)
    start = _at(old_text, CHORUS, 0)
    placed = _at(new, CHORUS, 0)
    size = len(CHORUS)
    assert not paragraphs.away_from_its_own(start, start + size, placed, placed + size)


def test_a_paragraph_standing_once_or_edited_is_never_doubted() -> None:
    old = _text(["Heading", "Alpha line", CHORUS, "Beta line", CHORUS])
    new = _text(["Heading", "Beta line", CHORUS, "Alpha line", CHORUS])
    paragraphs = RepeatedParagraphs(old, new)
    alpha, beta = old.index("Alpha line"), new.index("Beta line")
    assert not paragraphs.away_from_its_own(alpha, alpha + 5, beta, beta + 5)


@settings(max_examples=40, deadline=None)
@given(count=st.integers(min_value=2, max_value=5), data=st.data())
def test_in_an_unchanged_text_no_copy_is_away_from_its_own(count: int, data: st.DataObject) -> None:
    verses = [f"Verse {n}\nLine number {n} of the hymn" for n in range(count)]
    text = _text(_hymn("Hymn", verses))
    copy = data.draw(st.integers(min_value=0, max_value=count - 1))
    start = _at(text, CHORUS, copy)
    paragraphs = RepeatedParagraphs(text, text)
    assert not paragraphs.away_from_its_own(start, start + 10, start, start + 10)


@settings(max_examples=40, deadline=None)
@given(count=st.integers(min_value=2, max_value=5), data=st.data())
def test_in_a_hymn_reversed_a_copy_is_away_unless_it_stands_by_a_verse_of_its_own(
    count: int, data: st.DataObject
) -> None:
    verses = [f"Verse {n}\nLine number {n} of the hymn" for n in range(count)]
    old = _text(_hymn("Hymn", verses))
    new = _text(["Hymn\n\nSung at 11:05."] + [p for v in reversed(verses) for p in (v, CHORUS)])
    copy = data.draw(st.integers(min_value=0, max_value=count - 1))
    start = _at(old, CHORUS, copy)
    paragraphs = RepeatedParagraphs(old, new)
    # its verse (above) and the next verse (below), where each now stands among the
    # paragraphs: the heading, then verse and chorus in turn from the last verse
    anchors = [1 + 2 * (count - 1 - verse) for verse in (copy, copy + 1) if verse < count]
    for other in range(count):
        index = 2 + 2 * other
        beside = any(abs(index - anchor) == 1 for anchor in anchors)
        at = _at(new, CHORUS, other)
        assert paragraphs.away_from_its_own(start, start + 10, at, at + 10) is not beside


def test_a_list_pasted_into_a_new_section_is_a_copy_away_from_the_original_s_anchors() -> None:
    bullets = "- Bring a water bottle\n- PE is on Tuesday"
    old = _text(["1. Herons", "Homework goes out on Fridays (see class 3).", bullets, "2. Orcas"])
    new = _text(
        [
            "1. Additional terms",
            "These points were added later.",
            bullets,
            "2. Herons",
            "Homework goes out on Fridays (see class 4).",
            bullets,
            "3. Orcas",
        ]
    )
    paragraphs = RepeatedParagraphs(old, new)
    start = old.index(bullets)
    pasted, original = _at(new, bullets, 0), _at(new, bullets, 1)
    size = len(bullets)
    assert paragraphs.away_from_its_own(start, start + size, pasted, pasted + size)
    assert not paragraphs.away_from_its_own(start, start + size, original, original + size)
