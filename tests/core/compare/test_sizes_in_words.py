"""A size in digits against words the engine cannot read in its place is no contradiction."""

from __future__ import annotations

from contextlib import AbstractContextManager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import measures, relations
from desktop_app.core.compare.measures import size_in_digits
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import related_both_ways, relations_both_ways


def _off() -> AbstractContextManager[None]:
    """The rule switched off: no dimension is a size."""
    return patched(measures, "SIZE_DIMENSIONS", frozenset())


def _sizes_both_ways(shown: str, text_a: str, text_b: str) -> tuple[bool, bool]:
    """Whether the rule reads a size in ``shown`` (A's against B's), A against B and B
    against A."""
    backward = " ≠ ".join(reversed(shown.split(" ≠ ")))
    return size_in_digits(shown, text_a, text_b), size_in_digits(backward, text_b, text_a)


@pytest.mark.parametrize(
    ("text_a", "text_b", "shown"),
    [
        # Pohnpeian (entry 117): twenty metres high, the unit after the figure
        ("Nahs wet reirei 20 mita.", "Nahs en Sapwalap reirei rieisek mita.", "20 ≠ rieisek"),
        # Comorian (entry 117): a metre and twenty centimetres, the unit before the figure
        ("Zio zikao ha ukuta metre 1,2 ha dzuu ya mtsanga wa mkiri.",
         "Zio zikao ha ukuta metre moja na santimetre shirini ha dzuu ya mtsanga.",
         "1,2 ≠ moja"),
        # Chokwe (entry 131): a metre and a half
        ("Ngoma yinene yili ni metro 1,5 ya kusuku, nawa yili ni cikumba ca pwo.",
         "Ngoma yinene, yize yili ni metro imwe ni cipanga, nayo ayiya.", "1,5 ≠ imwe"),
        # Mapudungun: ten thousand litres, a volume
        ("Kiñe kamion niey 10.000 litro ko.", "Kiñe kamion niey mari waranka litro ko.",
         "10.000 ≠ mari waranka"),
        # Karakalpak: eighteen tonnes, a mass
        ("Cisternada 18 tonna kislota bar edi.",
         "Cisterna on segiz tonna kislota tasıp baratırǵan edi.", "18 ≠ on segiz"),
    ],
)  # fmt: skip
def test_a_size_against_unread_words_in_its_place_is_the_same_fact(
    text_a: str, text_b: str, shown: str
) -> None:
    assert _sizes_both_ways(shown, text_a, text_b) == (True, True)
    assert relations_both_ways(text_a, text_b) == ("same_fact", "same_fact")
    with _off():
        assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")


def test_a_built_size_told_in_a_word_no_table_reads_is_no_contradiction() -> None:
    text_a = "The crocodile in the reservoir was 4 metres long, the ranger said."
    text_b = "The crocodile in the reservoir was tovasi metres long, the ranger said."
    assert _sizes_both_ways("4 ≠ tovasi", text_a, text_b) == (True, True)
    # the figure written out in a word, nothing else changed: the same fact since round 153
    # (``relations.FIGURE_RETOLD``), a near copy before it
    assert relations_both_ways(text_a, text_b) == ("same_fact", "same_fact")
    with patched(relations, "FIGURE_RETOLD", False):
        assert relations_both_ways(text_a, text_b) == ("near_copy", "near_copy")
    with _off():
        assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")


@pytest.mark.parametrize(
    ("text_a", "text_b", "shown"),
    [
        # a count of things: boxes are no unit of size
        ("The fishermen landed 40 boxes of cod at the quay.",
         "The fishermen landed ngahuru boxes of cod at the quay.", "40 ≠ ngahuru"),
        # Wallisian (entry 91): a count of people
        ("Ko te kau gāue e toko 9 ʻa te SPT neʻe nātou gāue ʻi te pō kātoa.",
         "Ko te kau gāue e toko hogofulu-ma-nima ʻa te SPT neʻe gāue ʻi te pō kātoa.",
         "9 ≠ hogofulu-ma-nima"),
        # a time is no size: minutes are left to the rule
        ("The search lasted 50 minutes before the boat was found.",
         "The search lasted tovasi minutes before the boat was found.", "50 ≠ tovasi"),
        # a time whose unit follows it, though a unit of size stands just before it
        ("She finished the 10 kilometres 2 minutes ahead of the champion.",
         "She finished the 10 kilometres tovasi minutes ahead of the champion.", "2 ≠ tovasi"),
    ],
)  # fmt: skip
def test_counts_and_times_against_unread_words_still_contradict(
    text_a: str, text_b: str, shown: str
) -> None:
    assert _sizes_both_ways(shown, text_a, text_b) == (False, False)
    assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")


@pytest.mark.parametrize(
    ("shown", "text_a", "text_b"),
    [
        # figures in digits on both sides are compared as figures, whatever their unit
        ("20 ≠ 30", "The mast is 20 metres high.", "The mast is 30 metres high."),
        # words on both sides
        ("rieisek ≠ siluh", "Nahs reirei rieisek mita.", "Nahs reirei siluh mita."),
        # a figure whose unit stands two words away
        ("20 ≠ rieisek", "Nahs reirei 20 wet mita.", "Nahs reirei rieisek wet mita."),
        # no difference shown
        ("", "Nahs reirei 20 mita.", "Nahs reirei rieisek mita."),
    ],
)
def test_only_a_figure_right_beside_a_unit_of_size_against_words_counts(
    shown: str, text_a: str, text_b: str
) -> None:
    assert not size_in_digits(shown, text_a, text_b)


def test_a_unit_sign_before_the_figure_is_read_as_one_after_it() -> None:
    # "m²" before the figure, as "m²" after it ("400 m²") is read
    text_a, text_b = "Shamba la m² 400 lilichomwa.", "Shamba la m² mia nne lilichomwa."
    assert _sizes_both_ways("400 ≠ mia nne", text_a, text_b) == (True, True)


def test_development_pairs_sizes_in_words_are_the_same_fact_both_ways() -> None:
    # entry 117: the Nan Madol wall's height, twenty metres in digits and in Pohnpeian words
    truth = load("nahs_sapwalap")
    starts = ("Nahs wet reirei 20 mita", "Nahs en Sapwalap reirei rieisek mita")
    assert related_both_ways(truth, starts) == ["same_fact", "same_fact"]
    with _off():
        assert related_both_ways(truth, starts) == ["contradicts", "contradicts"]


_SIZES = ["metres", "kilometres", "tonnes", "litres", "hectares", "metro", "mita"]
_OTHERS = ["boxes", "people", "minutes", "hours", "dollars", "houses"]
_WORDS = st.sampled_from(["the", "wall", "was", "high", "near", "harbour", "old"])


@given(
    figure=st.integers(1, 99_999),
    unit=st.sampled_from(_SIZES + _OTHERS),
    before=st.booleans(),
    frame=st.lists(_WORDS, min_size=1, max_size=4),
    told=st.text(alphabet="aeioukmnrst", min_size=2, max_size=8),
)
def test_the_rule_reads_the_unit_beside_the_figure_and_is_symmetric(
    figure: int, unit: str, before: bool, frame: list[str], told: str
) -> None:
    place = f"{unit} {{}}" if before else f"{{}} {unit}"
    opening = " ".join(frame).capitalize()
    text_a = f"{opening} {place.format(figure)} today."
    text_b = f"{opening} {place.format(told)} today."
    forward, backward = _sizes_both_ways(f"{figure} ≠ {told}", text_a, text_b)
    assert forward == (unit in _SIZES)
    assert backward == forward
