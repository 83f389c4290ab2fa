"""Find in articles: case folding that changes length, whole words, tagging all results."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.records import Code, new_id
from desktop_app.core.search import (
    FoldedText,
    Hit,
    filter_codes,
    find_all,
    search_project,
    snippet,
    tag_all,
)

ALPHABET = st.sampled_from(["ß", "s", "S", "ẞ", "İ", "i", "I", "\u0307", "😀", "ﬁ", "f", "a", " "])
# Article texts are NFC; so is what the user types once the search normalises it.
TEXTS = st.lists(ALPHABET, max_size=24).map(
    lambda parts: unicodedata.normalize("NFC", "".join(parts))
)
NEEDLES = st.lists(ALPHABET, min_size=1, max_size=4).map(
    lambda parts: unicodedata.normalize("NFC", "".join(parts))
)


def reference_matches(text: str, needle: str) -> list[tuple[int, int]]:
    """Leftmost non-overlapping spans whose fold equals the needle's, by brute force."""
    folded_needle = needle.casefold()
    found: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = next(
            (
                e
                for e in range(start + 1, len(text) + 1)
                if text[start:e].casefold() == folded_needle
            ),
            None,
        )
        if end is None:
            start += 1
        else:
            found.append((start, end))
            start = end
    return found


def test_sharp_s_and_dotted_i_map_back_to_code_points() -> None:
    text = "Die Straße, STRASSE; İstanbul 😀 strasse"
    assert find_all(text, "strasse") == [(4, 10), (12, 19), (32, 39)]
    assert [text[s:e] for s, e in find_all(text, "STRASSE")] == ["Straße", "STRASSE", "strasse"]
    # The sharp s of "Straße" folds to two letters: a single "s" never matches half of it.
    assert [s for s, _ in find_all(text, "s")] == [i for i, c in enumerate(text) if c in "sS"]
    # "İ" folds to "i" + combining dot: a plain "i" inside it is not a whole character.
    assert find_all(text, "istanbul") == []
    assert [text[s:e] for s, e in find_all(text, "İSTANBUL")] == ["İstanbul"]
    after_emoji = text.index("😀") + 2  # one code point, then a space
    assert find_all(text, "strasse")[-1] == (after_emoji, after_emoji + 7)


@settings(max_examples=300, deadline=None)
@given(TEXTS, NEEDLES)
def test_matches_equal_brute_force_on_folded_characters(text: str, needle: str) -> None:
    if not needle.strip():
        assert find_all(text, needle) == []
        return
    matches = find_all(text, needle)
    for start, end in matches:
        assert text[start:end].casefold() == needle.casefold()
    assert matches == reference_matches(text, needle)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_folded_positions_round_trip(text: str) -> None:
    folded = FoldedText(text)
    position = 0
    for index, char in enumerate(text):
        assert folded.to_original(position) == index
        for inside in range(1, len(char.casefold())):
            assert folded.to_original(position + inside) is None
        position += len(char.casefold())
    assert folded.to_original(position) == len(text)


def test_whole_words() -> None:
    text = "Art, artist and ART. Café art\u0301"
    assert find_all(text, "art", whole_words=True) == [(0, 3), (16, 19)]
    assert len(find_all(text, "art")) == 4


def test_search_project_snippets_and_tag_all_in_one_step() -> None:
    first = make_article("Minerals matter. Critical minerals, said the minister.", title="A")
    second = make_article("No MINERALS here?\nWell, minerals.", title="B")
    project = new_project([first, second], annotator_name="Tester")
    hits = search_project(project, "minerals")
    assert [(h.article, h.start) for h in hits] == [
        (first.id, 0),
        (first.id, 26),
        (second.id, 3),
        (second.id, 24),
    ]
    before, match, after = snippet(second.text, hits[3].start, hits[3].end, context=12)
    assert (before, match, after) == ("…Well, ", "minerals", ".")
    motive = project.codes.at(0).id
    # One passage already carries the tag: it is skipped.
    existing = tag_all(project, [hits[1]], motive)
    assert existing.edit is not None
    existing.edit.apply(project)
    plan = tag_all(project, hits, motive)
    assert (plan.passages, plan.articles, plan.skipped) == (3, 2, 1)
    assert plan.edit is not None
    plan.edit.apply(project)
    assert len(project.annotations) == 4
    assert all(a.tags == (motive,) for a in project.annotations)
    plan.edit.revert(project)
    assert len(project.annotations) == 1
    assert tag_all(project, [hits[1]], motive).edit is None
    assert tag_all(project, [Hit(first.id, 16, 17)], motive).skipped == 1  # only white space


def test_filter_codes_by_part_of_the_name() -> None:
    codes = [
        Code(id=new_id(), name=name, color="#123456")
        for name in ("Emotion", "motive", "reaction", "MOOD", "economics")
    ]
    # Names starting with what was typed come first, then names containing it.
    assert [c.name for c in filter_codes(codes, "mo")] == ["motive", "MOOD", "Emotion"]
    assert [c.name for c in filter_codes(codes, "ECON")] == ["economics"]
    assert [c.name for c in filter_codes(codes, " act ")] == ["reaction"]
    assert filter_codes(codes, "zzz") == []
    assert filter_codes(codes, "") == codes
