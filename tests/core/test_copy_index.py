"""The sampled copy index finds exactly what reading the whole text finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.copy_index import KEY, STRIDE, CopyIndex, scan

#: Few distinct pieces, so texts repeat themselves (and keys of the index recur).
_PIECES = st.sampled_from(["ab", "ba", "aab", "the cat ", "é\u0301", "\n\n", "x", "catalogue "])
_TEXTS = st.lists(_PIECES, max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_the_index_finds_every_copy_the_plain_scan_finds(text: str, data: st.DataObject) -> None:
    index = CopyIndex(text, scans_first=0)
    for _ in range(5):
        if text and data.draw(st.booleans()):
            start = data.draw(st.integers(0, len(text) - 1))
            length = data.draw(st.integers(1, STRIDE + KEY + 20))
            needle = text[start : start + length]
        else:
            needle = data.draw(st.lists(_PIECES, min_size=1, max_size=12).map("".join))
        assert index.find_all(needle) == scan(text, needle)


def test_a_long_string_repeated_many_times_is_found_at_every_copy() -> None:
    passage = "the same passage, printed again; "
    text = passage * 50 + "tail"
    index = CopyIndex(text, scans_first=0)
    assert index.find_all(passage) == [n * len(passage) for n in range(50)]
    assert index.find_all(passage + "tail") == [49 * len(passage)]
    assert index.find_all("not in the text at all, not anywhere") == []


def test_the_first_long_strings_are_read_for_and_give_the_same_answers() -> None:
    text = "one passage here, and another passage there; " * 20
    needle = "and another passage there; one passage"
    index = CopyIndex(text, scans_first=2)
    answers = [index.find_all(needle) for _ in range(4)]  # two scans, then the index
    assert answers == [scan(text, needle)] * 4
    assert len(answers[0]) == 19


def test_the_plain_scan_finds_overlapping_copies() -> None:
    assert scan("aaaa", "aa") == [0, 1, 2]
    assert scan("abc", "") == [0, 1, 2, 3]
