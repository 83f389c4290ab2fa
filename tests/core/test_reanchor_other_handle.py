"""A fuzzy placement that names another author (an @handle) than its passage while the
passage's author still writes in the new text goes to review, on the update path
(``other_handle.other_handle_reviewed``, the last step of ``replace_article_text``'s chain)."""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core.other_handle import handles, one_name_misread, other_handle_reviewed
from desktop_app.core.quote_search import Placement
from tests.benchmarks.reanchor_fresh23_families import (
    FRESH23_FAMILIES,
    fresh23_spans,
    fresh23_text,
)
from tests.benchmarks.test_reanchor_accuracy import edited_cases
from tests.core.test_reanchor import _updated_once

NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=2, max_size=10).filter(
    lambda name: name.strip("_")
)


def test_handles_are_read_as_a_reader_tells_them_apart() -> None:
    text = "@Ọlá · comment\nThanks @kiri.dev. Mail a@b.org or @Kúnlé; @jo_h2"
    assert handles(text) == Counter({"ola": 1, "kiri.dev": 1, "kunle": 1, "jo_h2": 1})
    assert handles("@Kunle and @KÚNLÉ") == Counter({"kunle": 2})


def _placed(text: str, words: str) -> Placement:
    start = text.index(words)
    return Placement("fuzzy", start, start + len(words), 0.8)


@settings(max_examples=100, deadline=None)
@given(own=NAMES, other=NAMES, reply=st.sampled_from(["Same here.", "Thanks 🙏", "+1"]))
@example(own="jo", other="jon", reply="+1")  # short handles one letter apart: other names
@example(own="ab", other="ac", reply="+1")
@example(own="mara_k", other="mara_j", reply="+1")  # one letter misread in a long one
@example(own="ab_", other="ab", reply="+1")  # a "_" at a handle's end is no part of it
def test_a_reply_placed_under_another_author_is_reviewed(own: str, other: str, reply: str) -> None:
    exact = f"{reply}\n\n@{own} · comment"
    new = f"@{other} · comment\n{reply}\n\n@{other} · comment\nHi.\n\n@{own} · comment\n{reply}"
    placement = _placed(new, f"{reply}\n\n@{other} · comment")
    reviewed = other_handle_reviewed(exact, new, placement)
    (own_name,), (other_name,) = handles(f"@{own}"), handles(f"@{other}")  # "ab_" reads "ab"
    if own_name == other_name or one_name_misread(own_name, other_name):
        assert reviewed == placement
    else:
        assert reviewed == Placement("review", placement.start, placement.end, placement.score)
        # the passage's author gone from the new text (renamed throughout): nothing to doubt
        renamed = new.replace(f"@{own} ", f"@{other} ")
        assert other_handle_reviewed(exact, renamed, placement) == placement


def test_placements_naming_the_same_authors_or_holding_the_quote_are_left() -> None:
    new = "@jen · comment\nSame.\n\n@Kunle · reply\nE se o!\n\n@Ọlá · comment\nSame."
    # the same author, marks typed otherwise
    same = _placed(new, "@Kunle · reply\nE se o!")
    assert other_handle_reviewed("@Kúnlé · reply\nE se o! Thank you.", new, same) == same
    # an author only dropped (a passage cut short), or only added, names no other
    dropped = _placed(new, "Same.")
    assert other_handle_reviewed("Same.\n\n@jen · comment", new, dropped) == dropped
    added = _placed(new, "Same.\n\n@Kunle · reply")
    assert other_handle_reviewed("Same.", new, added) == added
    # exact and moved placements hold the quote's own words
    moved = Placement("moved", 0, len("@jen · comment"), 1.0)
    assert other_handle_reviewed("@Ọlá · comment", new, moved) == moved


def test_the_materials_reply_heads_under_another_author_are_reviewed() -> None:
    """A case that was wrong: fresh23 renamed and resorted put a reply's head "@Ọlá ·
    comment" on "@jen · comment" (replies re-sorted, every word alike but the name) while
    "@Ọlá · comment" still stands three times in the new text."""
    family = {"renamed and resorted": FRESH23_FAMILIES["renamed and resorted"]}
    cases = edited_cases(range(23100, 23101), family, fresh23_text, fresh23_spans)
    (case,) = [case for case in cases if case.label.endswith("rate 1.0 seed 23100")]
    span = case.spans[37]
    assert case.text[span[0] : span[1]] == "@Ọlá · comment"
    result = _updated_once(case.text, span, case.tracked.text)
    assert result.placement.state == "review"
    assert case.tracked.text.count("@Ọlá · comment") >= 2


def test_a_handle_one_character_apart_is_the_same_name() -> None:
    """A case that was right and must stay so: fresh7 OCR misread "@relief_fund" as
    "@re1ief_fund" in the placement while the handle still stands elsewhere."""
    new = "Thanks, wrote @re1ief_fund.\n\n@relief_fund · Tuesday"
    misread = _placed(new, "wrote @re1ief_fund.")
    assert other_handle_reviewed("” wrote @relief_fund.", new, misread) == misread
    other = _placed(new, "@relief_fund · Tuesday")
    exact = "@reliefs_funds · Tuesday"  # two characters apart: another name
    reviewed = other_handle_reviewed(exact, new + "\n@reliefs_funds", other)
    assert reviewed.state == "review"


def test_short_handles_one_letter_apart_are_other_names() -> None:
    """ "@jo" and "@jon" (or "@a" and "@b") are two people, not one name misread."""
    assert one_name_misread("relief_fund", "re1ief_fund")
    assert one_name_misread("kunle", "kunl")
    assert not one_name_misread("jo", "jon")
    assert not one_name_misread("a", "b")
    assert not one_name_misread("relief_fund", "reliefs_funds")
    new = "@jon · comment\nSame here.\n\n@jo · comment\nHi."
    placement = _placed(new, "@jon · comment\nSame here.")
    reviewed = other_handle_reviewed("@jo · comment\nSame here.", new, placement)
    assert reviewed == Placement("review", placement.start, placement.end, placement.score)
