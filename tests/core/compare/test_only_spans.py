"""The only-spans tally: outcomes and places on a built case, both ways, and the scorer's sums."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.compare import AlignedPair, Comparison, Span, compare_texts
from tests.core.compare.devset import Tally, TruePair, Truth, load
from tests.core.compare.only_spans import OnlySpanTally, entry_pairs, main

TEXT_A = "One alpha.\nTwo beta.\nHead\nThree gamma.\nFour delta."
TEXT_B = "Uno alfa.\nDos beta.\nTres gama."


def _span(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start, start + len(sentence), sentence)


def _units(text: str) -> tuple[Span, ...]:
    return tuple(_span(text, line) for line in text.split("\n") if line.endswith("."))


def _pair(a: str, b: str) -> AlignedPair:
    return AlignedPair(_span(TEXT_A, a), _span(TEXT_B, b), "same_fact", None, 0.5, ())


def _built() -> tuple[Truth, Comparison]:
    """A pairs "One" with "Uno" and "Two" with "Dos"; "Three", "Four" and "Tres" are only.

    The engine finds the first pair, misses the second, pairs "Four" with "Dos" (a decoy of
    a truly paired sentence) and leaves "Two" to "Three" out as one run over the heading.
    """
    truth = Truth(
        "built",
        TEXT_A,
        TEXT_B,
        (
            TruePair(_span(TEXT_A, "One alpha."), _span(TEXT_B, "Uno alfa."), "same_fact", None),
            TruePair(_span(TEXT_A, "Two beta."), _span(TEXT_B, "Dos beta."), "same_fact", None),
        ),
        (),
        (_span(TEXT_A, "Three gamma."), _span(TEXT_A, "Four delta.")),
        (_span(TEXT_B, "Tres gama."),),
    )
    result = Comparison(
        (_pair("One alpha.", "Uno alfa."), _pair("Four delta.", "Dos beta.")),
        (),
        (Span(11, 38, TEXT_A[11:38]),),
        (_span(TEXT_B, "Tres gama."),),
        _units(TEXT_A),
        _units(TEXT_B),
    )
    return truth, result


def _solid(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def test_each_true_span_and_each_false_character_is_told_where_it_stands() -> None:
    truth, result = _built()
    tally = OnlySpanTally()
    tally.add(truth, result)
    assert TEXT_A[11:38] == "Two beta.\nHead\nThree gamma."
    assert tally.spans == {
        ("a", "found"): 1,
        ("a", "taken by false pairs, the other paired elsewhere (a decoy)"): 1,
        ("b", "found"): 1,
    }
    assert tally.false_chars == {
        ("a", "true pair missed, partner paired elsewhere"): _solid("Two beta."),
        ("a", "heading between units, beside a sentence the truth pairs"): _solid("Head"),
    }
    assert tally.missed_chars == {("a", "unit paired by false pairs"): _solid("Four delta.")}
    assert tally.missed_pair_chars == {
        ("a", "one fact in other words (same fact)"): _solid("Two beta.")
    }


def test_the_tally_of_the_mirrored_comparison_is_the_same_with_sides_exchanged() -> None:
    truth, result = _built()
    mirrored_truth = _mirrored_truth(truth)
    tally, mirrored = OnlySpanTally(), OnlySpanTally()
    tally.add(truth, result)
    mirrored.add(mirrored_truth, result.mirrored())
    swap = {"a": "b", "b": "a"}
    for counts, mirrored_counts in (
        (tally.spans, mirrored.spans),
        (tally.false_chars, mirrored.false_chars),
        (tally.missed_chars, mirrored.missed_chars),
        (tally.missed_pair_chars, mirrored.missed_pair_chars),
    ):
        assert mirrored_counts == {(swap[side], key): n for (side, key), n in counts.items()}


def test_a_true_pair_missed_with_both_sentences_left_out_and_a_background_pair() -> None:
    truth, result = _built()
    # the engine pairs "Four" with "Tres" (both only: background both tell) and nothing else
    result = replace(
        result,
        pairs=(
            AlignedPair(
                _span(TEXT_A, "Four delta."),
                _span(TEXT_B, "Tres gama."),
                "same_fact",
                None,
                0.3,
                (),
            ),
        ),
        only_a=(Span(0, 38, TEXT_A[:38]),),
        only_b=(Span(0, 19, TEXT_B[:19]),),
    )
    tally = OnlySpanTally()
    tally.add(truth, result)
    assert tally.spans["a", "taken by false pairs, the other left out too (background)"] == 1
    assert tally.spans["b", "taken by false pairs, the other left out too (background)"] == 1
    assert tally.false_chars["a", "true pair missed, partner left out too"] == _solid(
        "One alpha.Two beta."
    )
    assert tally.false_chars["b", "true pair missed, partner left out too"] == _solid(
        "Uno alfa.Dos beta."
    )


def test_a_missed_contradiction_is_told_as_a_value_told_two_ways() -> None:
    truth, result = _built()
    told_apart = TruePair(truth.pairs[1].a, truth.pairs[1].b, "contradicts", None)
    tally = OnlySpanTally()
    tally.add(replace(truth, pairs=(truth.pairs[0], told_apart)), result)
    assert tally.missed_pair_chars == {
        ("a", "a value told two ways (contradicts)"): _solid("Two beta.")
    }


def test_a_heading_where_the_truth_parts_two_only_spans() -> None:
    truth, result = _built()
    # the truth leaves "Two" out on its own and pairs nothing with "Dos": the heading between
    # two of its only spans is no text of either
    truth = replace(
        truth,
        pairs=truth.pairs[:1],
        only_a=(_span(TEXT_A, "Two beta."), *truth.only_a),
        only_b=(_span(TEXT_B, "Dos beta."), *truth.only_b),
    )
    tally = OnlySpanTally()
    tally.add(truth, result)
    assert tally.false_chars["a", "heading between units, where the truth parts its spans"] == (
        _solid("Head")
    )
    assert not any("beside a sentence" in key for _, key in tally.false_chars)


def test_the_rest_of_a_found_true_pairs_span_is_its_own_place_and_tells_nothing_again() -> None:
    truth, result = _built()
    # the truth pairs "Three" and "Four" as one span with "Tres"; the engine pairs "Three"
    # alone with it and leaves "Four" out
    long_pair = TruePair(
        Span(TEXT_A.index("Three"), len(TEXT_A), TEXT_A[TEXT_A.index("Three") :]),
        _span(TEXT_B, "Tres gama."),
        "shared_quote",
        None,
    )
    truth = replace(truth, pairs=(*truth.pairs, long_pair), only_a=(), only_b=())
    found = AlignedPair(
        _span(TEXT_A, "Three gamma."), _span(TEXT_B, "Tres gama."), "shared_quote", None, 0.4, ()
    )
    result = replace(
        result,
        pairs=(*result.pairs[:1], found),
        only_a=(_span(TEXT_A, "Two beta."), _span(TEXT_A, "Four delta.")),
        only_b=(_span(TEXT_B, "Dos beta."),),
    )
    for this_truth, this_result, side in (
        (truth, result, "a"),
        (_mirrored_truth(truth), result.mirrored(), "b"),
    ):
        tally = OnlySpanTally()
        tally.add(this_truth, this_result)
        assert tally.false_chars[side, "true pair found, its span's other sentence left out"] == (
            _solid("Four delta.")
        )
        assert tally.false_chars[side, "true pair missed, partner left out too"] == _solid(
            "Two beta."
        )
        # "Four" is no missed pair's: only "Two" (and "Dos", on the other side) are told again
        other = "b" if side == "a" else "a"
        assert tally.missed_pair_chars == {
            (side, "one fact in other words (same fact)"): _solid("Two beta."),
            (other, "one fact in other words (same fact)"): _solid("Dos beta."),
        }


def _mirrored_truth(truth: Truth) -> Truth:
    """``truth`` with its texts, pairs and only spans swapped, as ``Comparison.mirrored``."""
    return replace(
        truth,
        text_a=truth.text_b,
        text_b=truth.text_a,
        pairs=tuple(replace(pair, a=pair.b, b=pair.a) for pair in truth.pairs),
        only_a=truth.only_b,
        only_b=truth.only_a,
    )


def test_entry_pairs_are_the_groups_by_entry_reads() -> None:
    assert len(entry_pairs("160")) == 8
    assert "drownedvillage_gwernog" in entry_pairs("160")
    assert len(entry_pairs("1-2")) == 10
    with pytest.raises(ValueError, match="no README entry"):
        entry_pairs("9999")


def test_an_entry_flag_without_its_number_is_refused_before_any_pair_is_compared() -> None:
    with pytest.raises(ValueError, match="--entry needs"):
        main(["sample", "--entry"])


@pytest.mark.parametrize("name", ["lift_carrowgate", "tanker_coldharbour", "sample"])
def test_the_tally_sums_to_the_scorers_only_figures_on_development_pairs(name: str) -> None:
    truth = load(name)
    result = compare_texts(truth.text_a, truth.text_b)
    scorer, tally = Tally(), OnlySpanTally()
    scorer.add(truth, result)
    tally.add(truth, result)
    for side in "ab":
        spans = {key: n for (s, key), n in tally.spans.items() if s == side}
        assert sum(spans.values()) == scorer.only_spans_true[side]
        assert spans.get("found", 0) == scorer.only_spans_found[side]
        false = sum(n for (s, _), n in tally.false_chars.items() if s == side)
        missed = sum(n for (s, _), n in tally.missed_chars.items() if s == side)
        shared = scorer.only_chars_shared[side]
        assert false == scorer.only_chars_predicted[side] - shared
        assert missed == scorer.only_chars_true[side] - shared
        in_missed_pairs = sum(
            n for (s, key), n in tally.false_chars.items() if s == side and "pair missed" in key
        )
        told = sum(n for (s, _), n in tally.missed_pair_chars.items() if s == side)
        assert told == in_missed_pairs
