"""A currency written as a short word and a full stop before its figure ends no sentence."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, units
from desktop_app.core.compare.units import sentence_bounds
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Gate collections amounted to Rs. 385,000. The Organising Committee thanks all.",
            ["Gate collections amounted to Rs. 385,000.", "The Organising Committee thanks all."],
        ),
        ("The gate takings, Rs. 385,000, will pay for scholarships.", None),
        (
            "Pagu Rp. 50.000 per orang. Warga senang.",
            ["Pagu Rp. 50.000 per orang.", "Warga senang."],
        ),
        ("Bombona 10 kg, precio Bs. 45,00, subsidiado.", None),
        ("The fare is Tk. 500 and KSh. 300 on the boat.", None),
        ("Entrada Gs. 20.000 por persona.", None),
    ],
)
def test_a_currency_abbreviation_before_its_figure_keeps_the_sentence_whole(
    line: str, expected: list[str] | None
) -> None:
    assert _sentences(line) == (expected or [line])
    with patched(units, "CURRENCY_ABBREVIATIONS", frozenset()):
        assert len(_sentences(line)) > len(expected or [line])


def test_an_acronym_in_capitals_before_a_figure_still_ends_its_sentence() -> None:
    assert _sentences("They met at the RS. 20 people came.") == [
        "They met at the RS.",
        "20 people came.",
    ]


def test_the_gate_takings_are_no_sentence_of_their_own_in_the_big_match_pair() -> None:
    truth = load("bigmatch_kandegama")
    for first, second in ((truth.text_a, truth.text_b), (truth.text_b, truth.text_a)):
        result = compare_texts(first, second)
        texts = [unit.text for unit in (*result.units_a, *result.units_b)]
        assert not any(text.endswith("Rs.") or text.startswith("385,000") for text in texts)
    with patched(units, "CURRENCY_ABBREVIATIONS", frozenset()):
        result = compare_texts(truth.text_a, truth.text_b)
        assert any(unit.text.endswith("Rs.") for unit in result.units_a)


_PIECES = st.sampled_from(
    ["Rs.", "Bs.", "rs.", "RS.", "385,000.", "45,00", "50", "The", "word.", "Mr.", "Gate", "x"]
)


@given(st.lists(_PIECES, max_size=20))
@example(["Gate", "Rs.", "385,000.", "The", "word."])
def test_the_rule_removes_ends_only_after_a_currency_before_a_figure(pieces: list[str]) -> None:
    line = " ".join(pieces)
    now = {end for _, end in sentence_bounds(line)}
    with patched(units, "CURRENCY_ABBREVIATIONS", frozenset()):
        before = {end for _, end in sentence_bounds(line)}
    assert now <= before
    for end in before - now:
        assert line[:end].split()[-1] in {"Rs.", "Bs."}
        assert line[end:].lstrip()[0].isdigit()
