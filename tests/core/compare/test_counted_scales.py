"""A word of scale read alone right after a word the engine cannot read is counted in that word."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import counted_scales
from desktop_app.core.compare.align import figures_close
from desktop_app.core.compare.counted_scales import counted_alike, counted_in_words
from desktop_app.core.compare.relations import relation_of
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import detailed_both_ways, mirrored_label, sentence_terms

_FIGURE = "The new ferry costs 45 million som."
#: Karakalpak "jigirma" (twenty), a number word of no table, before the scale word.
_IN_WORDS = "The new ferry costs jigirma million som."


def test_a_scale_after_an_unread_word_is_no_figure_and_a_stop_word_keeps_it() -> None:
    _, counted = sentence_terms(_FIGURE, _IN_WORDS)
    assert counted.read  # read as "a million"
    assert "#1000000" in counted.figures
    read = counted_in_words(counted, _IN_WORDS)
    assert read.read == ()
    assert "#1000000" not in read.figures
    assert read.weights == counted.weights  # the terms themselves stay
    for text in (
        "The new ferry costs a million som.",
        "The new ferry costs more than a million som.",
    ):
        _, rough = sentence_terms(_FIGURE, text)
        assert counted_in_words(rough, text) == rough
    with patched(counted_scales, "SCALES_COUNTED_IN_WORDS", False):
        assert counted_in_words(counted, _IN_WORDS) == counted


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        (_FIGURE, _IN_WORDS, "45 ≠ jigirma"),
        # a figure with a fraction is said in words as a round amount (round 63's beside)
        (
            "The new ferry costs 2,5 million som.",
            "The new ferry costs qazvyk million som.",
            "2,5 ≠ qazvyk",
        ),
    ],
)
def test_built_pairs_contradict_both_ways_and_not_off(first: str, second: str, shown: str) -> None:
    a, b = sentence_terms(first, second)
    assert mirrored_label(first, second, (True, True)) == ("contradicts", None)
    assert relation_of(a, b, first, second, shares_quote=False)[2] == (shown,)
    with patched(counted_scales, "SCALES_COUNTED_IN_WORDS", False):
        assert mirrored_label(first, second, (True, True))[0] != "contradicts"


def test_a_million_in_words_on_the_other_side_still_agrees() -> None:
    rough = "The new ferry costs a million som."
    assert mirrored_label("The new ferry costs 2,5 million som.", rough, (True, True)) == (
        "same_fact",
        None,
    )


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        # entry 82, Crimean Tatar: 2,4 million roubles against "eki million" (two million)
        ("resim_bagcasaray", ("Resimniñ qıymeti", "Aqmescitten kelgen")),
        # entry 82, Mapudungun: 45 million pesos against "küla mari millón" (thirty million)
        ("ko_lumaco", ("Ti we pozo falintuay 45", "Ti we pozo falintuay küla")),
        # entry 74, Karelian: 18 million roubles against "kahsitšümmettä millionaa" (twenty)
        ("parommi_luuditsa", ("Uuzi parommi maksab", "Uuzi parommi maksaa")),
    ],
)  # fmt: skip
def test_development_pairs_contradict_both_ways_and_not_off(
    name: str, starts: tuple[str, str]
) -> None:
    assert detailed_both_ways(load(name), starts) == [("contradicts", None)] * 2
    with patched(counted_scales, "SCALES_COUNTED_IN_WORDS", False):
        assert all(label[0] != "contradicts" for label in detailed_both_ways(load(name), starts))


def test_number_words_that_agree_are_read_as_a_contradiction() -> None:
    # entry 42, Chuvash: 25 million against "ҫирӗм пилӗк миллион" (twenty-five million), one
    # of the two labels on all 584 the rule makes wrong: the words are read as no value
    starts = ("Ҫурта ҫӗнетме 25", "Семеновӑн сӑмахӗсем")
    assert detailed_both_ways(load("klub_kukec"), starts) == [("contradicts", None)] * 2
    with patched(counted_scales, "SCALES_COUNTED_IN_WORDS", False):
        assert detailed_both_ways(load("klub_kukec"), starts) == [("same_fact", None)] * 2


_UNREAD = st.text(alphabet="qxzvjk", min_size=4, max_size=8)


@given(word=_UNREAD, figure=st.integers(min_value=2, max_value=999))
def test_an_unread_word_before_the_scale_contradicts_a_figure_and_it_mirrors(
    word: str, figure: int
) -> None:
    first = f"The new ferry costs {figure} million som."
    second = f"The new ferry costs {word} million som."
    assert mirrored_label(first, second, (True, True)) == ("contradicts", None)
    with patched(counted_scales, "SCALES_COUNTED_IN_WORDS", False):
        assert mirrored_label(first, second, (True, True))[0] != "contradicts"


#: Entry 116's English pair: nine keepers and volunteers against 14 staff and volunteers,
#: the slot reader's two words after each count meeting nothing.
_NINE = "Nine keepers and volunteers searched the grounds and the streets around the zoo."
_FOURTEEN = "The zoo put 14 staff and volunteers on the search."


def test_counted_alike_finds_a_term_within_three_words_after_each_count() -> None:
    a, b = sentence_terms(_NINE, _FOURTEEN)
    assert counted_alike(_NINE, a, "#9", _FOURTEEN, b, "#14")
    assert counted_alike(_FOURTEEN, b, "#14", _NINE, a, "#9")
    with patched(counted_scales, "COUNTED_TERM_WORDS", 2):
        assert not counted_alike(_NINE, a, "#9", _FOURTEEN, b, "#14")
    # a stop word after both counts ("and") is no thing counted
    c, d = sentence_terms("Nine and more came.", "Then 14 and others left.")
    assert not counted_alike("Nine and more came.", c, "#9", "Then 14 and others left.", d, "#14")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Firemen said 43,200 free-range eggs were lost.",
            "The driver said that 60,000 eggs were lost.",
        ),
        (
            "Nine keepers and volunteers searched the grounds.",
            "The zoo put 14 staff and volunteers on the search.",
        ),
    ],
)
def test_built_pairs_of_one_thing_counted_contradict_both_ways_and_not_off(
    first: str, second: str
) -> None:
    assert mirrored_label(first, second, (True, True)) == ("contradicts", None)
    with patched(counted_scales, "COUNTED_TERM_WORDS", 0):
        assert mirrored_label(first, second, (True, True)) == ("same_fact", None)


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("penguins_skelmarsh", ("Nine keepers", "The zoo put 14")),
        # entry 83, Ojibwe: $45,000 against 60,000 dollars ("zhooniyaa") of the canoe's worth
        ("mazinibii_obaashiing", ("Mazinibii'igan $45,000", "60,000 zhooniyaa")),
    ],
)  # fmt: skip
def test_development_pairs_counting_one_thing_contradict_and_not_off(
    name: str, starts: tuple[str, str]
) -> None:
    assert detailed_both_ways(load(name), starts) == [("contradicts", None)] * 2
    with patched(counted_scales, "COUNTED_TERM_WORDS", 0):
        assert all(label[0] != "contradicts" for label in detailed_both_ways(load(name), starts))


@given(
    first=st.integers(min_value=10, max_value=999),
    second=st.integers(min_value=10, max_value=999),
    between=st.sampled_from(["free-range ", "old stone "]),
)
def test_one_thing_counted_contradicts_exactly_when_the_counts_differ_and_mirrors(
    first: int, second: int, between: str
) -> None:
    text_a = f"Firemen said {first} {between}crates were lost."
    text_b = f"The driver said that {second} crates were lost."
    # compared as one slot's counts: exact counts that differ at all contradict
    assert (mirrored_label(text_a, text_b, (True, True))[0] == "contradicts") is (first != second)
    with patched(counted_scales, "COUNTED_TERM_WORDS", 0):
        # off, only two close figures still differ ("the same figure reported a little
        # differently", ``differences``)
        off = mirrored_label(text_a, text_b, (True, True))[0]
        close = first != second and figures_close(f"#{first}", f"#{second}")
        assert (off == "contradicts") is close
