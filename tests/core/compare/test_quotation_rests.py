"""The rest of a quotation over three sentences or more, told with its paired start (round 162)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import Comparison, Span, compare_texts, quotation_rests
from desktop_app.core.compare.quotation_rests import QUOTATION_SENTENCES
from desktop_app.core.compare.quotes import find_quotations
from desktop_app.core.compare.units import split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load

OPENING = "The footbridge at Oldmere was closed on Monday after a crack was found in its main beam."
SAID = "Engineer Dana Hollis said: “The crack runs right through the steel beam under the deck."
WELDERS = "Nobody will walk over it until the welders have finished."
FAIR = "We hope to open again before the spring fair.”"
FERRY = "A ferry will carry walkers across the river in the meantime."
A = f"{OPENING}\n\n{SAID} {WELDERS} {FAIR}\n\n{FERRY}\n"
B = (
    "Oldmere's footbridge has been shut since Monday, when inspectors found a crack in its "
    "main beam.\n\nAccording to engineer Dana Hollis, the crack runs right through the steel "
    "beam under the deck.\n\nWalkers can take a ferry across the river in the meantime.\n"
)
#: The same account, its quotation told over two sentences.
A_TWO = f"{OPENING}\n\n{SAID} {FAIR.replace('We hope', '“We hope')}\n\n{FERRY}\n"


def _span_of(comparison: Comparison, side: str, start: str) -> list[Span]:
    """The spans of ``side`` of the pairs whose span there opens with ``start``."""
    spans = [pair.a if side == "a" else pair.b for pair in comparison.pairs]
    return [span for span in spans if span.text.startswith(start)]


def _only(comparison: Comparison, side: str) -> list[str]:
    return [span.text for span in (comparison.only_a if side == "a" else comparison.only_b)]


def test_the_rest_of_a_quotation_of_three_sentences_is_told_with_its_pair_both_ways() -> None:
    quotation = f"{SAID} {WELDERS} {FAIR}"
    forward = compare_texts(A, B)
    assert [span.text for span in _span_of(forward, "a", "Engineer")] == [quotation]
    assert _only(forward, "a") == []
    backward = compare_texts(B, A)
    assert [span.text for span in _span_of(backward, "b", "Engineer")] == [quotation]
    assert _only(backward, "b") == []
    assert backward == forward.mirrored()


def test_with_the_rule_off_the_rest_is_only_in_its_text() -> None:
    with patched(quotation_rests, "JOIN_QUOTATION_RESTS", False):
        comparison = compare_texts(A, B)
    assert [span.text for span in _span_of(comparison, "a", "Engineer")] == [SAID]
    assert _only(comparison, "a") == [f"{WELDERS} {FAIR}"]


def test_the_second_sentence_of_a_quotation_of_two_stays_only() -> None:
    comparison = compare_texts(A_TWO, B)
    assert [span.text for span in _span_of(comparison, "a", "Engineer")] == [SAID]
    assert _only(comparison, "a") == [FAIR.replace("We hope", "“We hope")]


QUOTED = 'Mayor Ruth Gale said: "One. Two. Three. Four." Then she left. "Five. Six. Seven."'


def _rests(paired: set[int], text: str = QUOTED) -> dict[int, int]:
    return quotation_rests.quotation_rests(text, split_units(text), paired)


def test_each_unpaired_sentence_after_a_paired_one_of_its_quotation_joins_the_nearest() -> None:
    # units: 0 "Mayor … One." 1 "Two." 2 "Three." 3 "Four."" 4 "Then she left." 5 ""Five."
    # 6 "Six." 7 "Seven.""
    assert _rests({0}) == {1: 0, 2: 0, 3: 0}
    assert _rests({0, 2}) == {1: 0, 3: 2}
    # the sentences before the paired one, and those outside the quotation, stay alone
    assert _rests({2}) == {3: 2}
    assert _rests({3, 4}) == {}
    assert _rests({5}) == {6: 5, 7: 5}
    assert _rests(set()) == {}
    assert _rests(set(range(8))) == {}


def test_a_quotation_of_fewer_sentences_or_the_rule_off_joins_nothing() -> None:
    two = 'Mayor Ruth Gale said: "One. Two." Then she left.'
    assert QUOTATION_SENTENCES == 3
    assert _rests({0}, two) == {}
    with patched(quotation_rests, "QUOTATION_SENTENCES", 2):
        assert _rests({0}, two) == {1: 0}
    with patched(quotation_rests, "JOIN_QUOTATION_RESTS", False):
        assert _rests({0}) == {}


SENTENCES = ["Quiet here.", '"Yes.', 'No."', '"Maybe.', "Later.", "Soon.", '"All of it."']


@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12),
    st.sets(st.integers(0, 12)),
)
def test_the_rests_are_the_unpaired_sentences_after_a_paired_one_of_a_long_quotation(
    sentences: list[str], paired: set[int]
) -> None:
    text = " ".join(sentences)
    units = split_units(text)
    rests = quotation_rests.quotation_rests(text, units, paired)
    for rest, host in rests.items():
        assert rest not in paired
        assert host in paired
        assert host < rest
        assert not paired.intersection(range(host + 1, rest))
        holding = [
            quotation
            for quotation in find_quotations(text)
            if quotation.start < units[rest].end and quotation.end > units[host].start
        ]
        assert any(
            sum(1 for unit in units if unit.start < q.end and unit.end > q.start)
            >= QUOTATION_SENTENCES
            for q in holding
        )
    # and every unpaired sentence of a long quotation after a paired one of it is a rest
    for quotation in find_quotations(text):
        inside = [
            k for k, u in enumerate(units) if u.start < quotation.end and u.end > quotation.start
        ]
        if len(inside) >= QUOTATION_SENTENCES:
            for position, k in enumerate(inside):
                if k not in paired and paired.intersection(inside[:position]):
                    assert k in rests


def test_the_development_pair_the_rule_came_from_both_ways() -> None:
    # entry 131's university server: the principal's three sentences of quotation, the
    # other side quoting the first
    truth = load("sava_rogbenk")
    start, end = "Prinsipal ka kɔlɛj", "ta-kɔp tɔŋ.”"
    rest = "Sɔ yi tɔ rɛzɔlt ŋa sɔ ta gbɔ ɛ-bɔ."
    forward = compare_texts(truth.text_a, truth.text_b)
    backward = compare_texts(truth.text_b, truth.text_a)
    for comparison, side in ((forward, "a"), (backward, "b")):
        spans = _span_of(comparison, side, start)
        assert spans
        assert all(span.text.endswith(end) for span in spans)
        assert not any(rest in only for only in _only(comparison, side))
    with patched(quotation_rests, "JOIN_QUOTATION_RESTS", False):
        off = compare_texts(truth.text_a, truth.text_b)
    assert any(rest in only for only in _only(off, "a"))


def test_a_two_sentence_quotation_s_rest_the_truth_leaves_out_stays_only_both_ways() -> None:
    # entry 10's pier: the harbour worker's "I thought the whole thing had gone." is only-B
    truth = load("pier_saltmouth")
    rest = 'I thought the whole thing had gone."'
    assert any(rest in only for only in _only(compare_texts(truth.text_a, truth.text_b), "b"))
    assert any(rest in only for only in _only(compare_texts(truth.text_b, truth.text_a), "a"))
