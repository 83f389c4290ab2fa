"""Snapping spans to whole words: mid-word ends widen, punctuation and blanks stay out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.navigation import word_stops
from desktop_app.core.word_snap import snap_to_words

TEXT = (
    "He emphasizes can't stop, the 👩\u200d👩\u200d👧 family 👍🏽! "
    "Привет мир. 日本語テキスト e\u0301te."
)


def snapped(part: str, *, shift: int = 0, length: int | None = None) -> str:
    start = TEXT.index(part) + shift
    end = start + (len(part) - shift if length is None else length)
    first, last = snap_to_words(TEXT, start, end)
    return TEXT[first:last]


def test_mid_word_ends_take_the_whole_words() -> None:
    assert snapped("sizes") == "emphasizes"
    assert snapped("phasizes can't st") == "emphasizes can't stop"
    assert snapped("ривет м") == "Привет мир"


def test_punctuation_and_blanks_at_the_edges_are_not_pulled_in() -> None:
    assert snapped("top") == "stop"  # the comma after it stays out
    assert snapped("top,") == "stop,"  # ...unless the drag took it
    assert snapped(" th") == "the"  # a leading blank is dropped
    assert snapped("ми") == "мир"  # the full stop stays out


def test_emoji_marks_and_ideographs_stay_whole_and_sane() -> None:
    family = "👩\u200d👩\u200d👧"
    assert snapped(family, shift=1, length=2) == family
    assert snapped("e\u0301te", shift=2, length=1) == "e\u0301te"
    assert snapped("本語テキ") == "本語テキスト"  # ideographs one by one, katakana as a word


def test_exact_word_spans_are_kept() -> None:
    for part in ("emphasizes", "can't stop,", "Привет мир.", "👍🏽!"):
        assert snapped(part) == part


@given(st.text(min_size=1, max_size=40), st.data())
def test_snapped_spans_hold_the_span_or_its_trimmed_core(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    first, last = snap_to_words(text, start, end)
    assert 0 <= first < last <= len(text)
    stops = set(word_stops(text, 0, len(text)))
    core = text[start:end].strip()
    if core:
        assert text[first:last].strip() == text[first:last]  # no blank at either edge
        assert first <= start + (len(text[start:end]) - len(text[start:end].lstrip()))
        assert first in stops or first == start
        assert last in stops or last == end
