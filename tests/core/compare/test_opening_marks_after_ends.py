"""A "“" or "‘" after a sentence's end opens the next quotation unless „ or ‚ opened one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, units
from desktop_app.core.compare.units import sentence_bounds
from tests.core.compare.by_entry import patched


@contextmanager
def opening_marks_as_before() -> Iterator[None]:
    """The splitter as rounds 169 to 171 left it: a "“" or "‘" right after a sentence's mark
    always closes, and goes with the sentence before it."""
    with patched(units, "_before_opening_mark", lambda line, mark, end: end):
        yield


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Chinese: the next quotation keeps its opening mark
        (
            "“我们很害怕。”她说。“水来得太快了。”他补充。",
            ["“我们很害怕。”", "她说。", "“水来得太快了。”", "他补充。"],
        ),
        ("他说完了。“没有人被困，”消防员说。", ["他说完了。", "“没有人被困，”消防员说。"]),
        ("她说。‘水来了。’他走了。", ["她说。", "‘水来了。’", "他走了。"]),
        # two quotations back to back: the first's "”" closes, the second's "“" opens
        ("“我们走。”“水来了。”", ["“我们走。”", "“水来了。”"]),
        # a quotation that „ opened: "“" closes it, whatever script
        ("„Wir sind müde.“ Dann ging er.", ["„Wir sind müde.“", "Dann ging er."]),
        (
            "„Wir sind müde.“ „Und hungrig.“ Dann ging er.",
            ["„Wir sind müde.“", "„Und hungrig.“", "Dann ging er."],
        ),
        ("„我们很害怕。“她说。", ["„我们很害怕。“", "她说。"]),
        ("‚我们很害怕。‘她说。", ["‚我们很害怕。‘", "她说。"]),
        # Polish and Hungarian close „…” high: a later "“" opens again
        ("„我们很害怕。”她说。“水来了。”", ["„我们很害怕。”", "她说。", "“水来了。”"]),
    ],
)  # fmt: skip
def test_an_opening_mark_after_a_sentence_opens_the_next_one(
    line: str, expected: list[str]
) -> None:
    assert _sentences(line) == expected


def test_switched_off_the_opening_mark_goes_with_the_sentence_before() -> None:
    with opening_marks_as_before():
        assert _sentences("“我们很害怕。”她说。“水来得太快了。”") == [
            "“我们很害怕。”",
            "她说。“",
            "水来得太快了。”",
        ]
        assert _sentences("他说完了。“没有人被困，”消防员说。")[0] == "他说完了。“"


@pytest.mark.parametrize(
    "line",
    [
        "“She said ‘Go home.’” Then he left.",
        "He left. “Come back,” she said.",
        "„ირფელიშ ცოდა ჩქიმი რე.“ ნავიშ ფასი 45 000 ლარი რე.",
        "« Oui. » Il part.",
    ],
)
def test_marks_followed_by_a_space_or_no_quotation_are_read_as_before(line: str) -> None:
    now = _sentences(line)
    with opening_marks_as_before():
        assert _sentences(line) == now


def test_a_chinese_quotation_is_a_unit_with_its_marks_in_a_comparison_both_ways() -> None:
    text_a = "“我们很害怕。”她说。“水来得太快了。”他补充说，全村的人都走了。"
    text_b = "全村的人都走了。“水来得太快了。”一位村民说。"
    quotation = "“水来得太快了。”"
    for first, second in ((text_a, text_b), (text_b, text_a)):
        result = compare_texts(first, second)
        assert [span.text for span in result.units_a].count(quotation) == 1
        assert [span.text for span in result.units_b].count(quotation) == 1
    with opening_marks_as_before():
        result = compare_texts(text_a, text_b)
        assert quotation not in [span.text for span in result.units_a]
        assert "她说。“" in [span.text for span in result.units_a]


_CLAUSES = st.sampled_from(["她说", "水来了", "我们很害怕", "Wir gehen", "他走了"])
_OPENING = st.sampled_from(["“", "‘", "„", "‚", "「", ""])
_CLOSING = st.sampled_from(["”", "’", "“", "‘", "」", ""])
_PIECES = st.tuples(_OPENING, _CLAUSES, st.sampled_from(["。", "！", "？"]), _CLOSING)


@given(st.lists(_PIECES, max_size=8))
@example([("“", "我们很害怕", "。", "”"), ("", "她说", "。", ""), ("“", "水来了", "。", "”")])
def test_the_rule_only_moves_an_end_to_before_an_opening_mark(
    pieces: list[tuple[str, str, str, str]],
) -> None:
    """As many sentences as before; an end that moved now stands right before a "“" or "‘"
    that the end before took in, with the quotation's first word or mark after it."""
    line = "".join("".join(piece) for piece in pieces)
    now = sentence_bounds(line)
    with opening_marks_as_before():
        before = sentence_bounds(line)
    assert len(now) == len(before)
    for (_, end_now), (_, end_before) in zip(now, before, strict=True):
        if end_now != end_before:
            assert end_now < end_before
            assert line[end_now] in "“‘"
            assert line[end_now + 1].isalnum() or line[end_now + 1] in units._OPENERS
