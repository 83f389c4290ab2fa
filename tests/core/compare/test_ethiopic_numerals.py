"""Figures written in Ethiopic numerals are read as figures (round 156)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import numerals
from desktop_app.core.compare.numerals import ethiopic_value
from desktop_app.core.compare.terms import tokens
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import detailed_both_ways, relations_both_ways

#: The units ፩-፱ and the tens ፲-፺, by value, as Unicode numbers them.
_UNITS = {value: chr(0x1368 + value) for value in range(1, 10)}
_TENS = {10 * value: chr(0x1371 + value) for value in range(1, 10)}
_HUNDRED = "፻"


def _below_a_hundred(value: int) -> str:
    return _TENS.get(value - value % 10, "") + _UNITS.get(value % 10, "")


def written_in_ethiopic(value: int) -> str:
    """``value`` (1 to 9,999) as the script writes it: hundreds are counted by the tens and
    units before ፻, a hundred alone is ፻ with no one before it."""
    hundreds, rest = divmod(value, 100)
    if not hundreds:
        return _below_a_hundred(rest)
    counted = _below_a_hundred(hundreds) if hundreds > 1 else ""
    return counted + _HUNDRED + _below_a_hundred(rest)


@pytest.mark.parametrize(
    ("run", "value"),
    [("፲፬", 14), ("፫፻፶", 350), ("፳፻፳፯", 2027), ("፻", 100), ("፪፻", 200),
     ("፲፪፻፴፬", 1234), ("፼", 10_000), ("፻፼", 1_000_000), ("፱", 9)],
)  # fmt: skip
def test_runs_read_as_the_script_counts(run: str, value: int) -> None:
    assert ethiopic_value(run) == value


@pytest.mark.parametrize("run", ["፩፲", "፲፲", "፪፫", "፭፴"])
def test_a_unit_before_a_ten_or_two_units_are_no_number(run: str) -> None:
    assert ethiopic_value(run) is None


@pytest.mark.parametrize("run", ["፻፻", "፩፻፪፻", "፻፲፻", "፲፻፻", "፲፻፲፻", "፼፻፻"])
def test_two_hundreds_without_a_ten_thousand_between_are_no_number(run: str) -> None:
    # a thousand is ፲፻ and ten thousand ፼: a second ፻ in one group of four places is no
    # way of writing a figure (it was read as 200, 300, 1,100 or 2,000)
    assert ethiopic_value(run) is None
    assert not {t.key for t in tokens(f"ባቡር ሰያሕ {run} መጋቢት ለገይስ።")} & {"#200", "#300", "#1100"}


def written_with_ten_thousands(value: int) -> str:
    """``value`` (1 to 99,999,999) as the script writes it: the ten thousands counted by the
    figure before ፼ (none before it for one), the rest after it."""
    myriads, rest = divmod(value, 10_000)
    if not myriads:
        return written_in_ethiopic(rest)
    counted = written_in_ethiopic(myriads) if myriads > 1 else ""
    return counted + "፼" + (written_in_ethiopic(rest) if rest else "")


@given(value=st.integers(min_value=1, max_value=99_999_999))
@example(value=1_000_000)  # ፻፼
def test_figures_past_ten_thousand_read_back(value: int) -> None:
    run = written_with_ten_thousands(value)
    assert ethiopic_value(run) == value
    assert f"#{value}" in {t.key for t in tokens(f"ባቡር ሰያሕ {run} ናቕፋ።")}


@pytest.mark.parametrize(("run", "key"), [("፲፻", "#1000"), ("፻፼", "#1000000")])
def test_a_thousand_and_a_million_in_numerals_are_figures_in_a_sentence(run: str, key: str) -> None:
    # their values are those of words of scale, which alone ("a thousand") are read in
    # terms.py; a numeral is a figure as written (both were read as nothing)
    keys = [t.key for t in tokens(f"ባቡር ሰያሕ {run} ናቕፋ።")]
    assert keys.count(key) == 1
    assert [k for k in keys if k.startswith("#")] == [key]


@given(value=st.integers(min_value=1, max_value=9_999))
@example(value=1000)  # ፲፻: a value of a word of scale, but written as a figure
def test_every_figure_written_in_ethiopic_reads_back(value: int) -> None:
    run = written_in_ethiopic(value)
    assert ethiopic_value(run) == value
    keys = {t.key for t in tokens(f"ባቡር ሰያሕ {run} መጋቢት ለገይስ።")}
    assert f"#{value}" in keys
    if value < 1000:  # four digits may be a year, which a number in words never is
        assert keys == {t.key for t in tokens(f"ባቡር ሰያሕ {value} መጋቢት ለገይስ።")}


# built on `nehas_shebaqot` (Tigre, entry 116): the train's day of the month
_EIGHTEENTH = "ባቡር ሰያሕ ጅምዓ ፲፰ መጋቢት ለገይስ።"
_NINETEENTH = "ባቡር ሰያሕ ጅምዓ ፲፱ መጋቢት ለገይስ።"


def test_two_days_of_the_month_contradict_both_ways() -> None:
    assert relations_both_ways(_EIGHTEENTH, _NINETEENTH) == ("contradicts", "contradicts")
    assert relations_both_ways(_NINETEENTH, _EIGHTEENTH) == ("contradicts", "contradicts")
    with patched(numerals, "READ_ETHIOPIC_NUMERALS", False):
        assert "contradicts" not in relations_both_ways(_EIGHTEENTH, _NINETEENTH)


def test_the_same_day_in_numerals_or_digits_agrees() -> None:
    in_digits = "ባቡር ሰያሕ ጅምዓ 19 መጋቢት ለገይስ።"
    assert "contradicts" not in relations_both_ways(_NINETEENTH, in_digits)
    assert "contradicts" not in relations_both_ways(_NINETEENTH, _NINETEENTH)
    assert relations_both_ways(_EIGHTEENTH, in_digits) == ("contradicts", "contradicts")


@pytest.mark.parametrize(
    "starts",
    [
        # ten police officers in words against ፲፬ (14)
        ("ዐሰር ፖሊስ ምስ", "፲፬ ፖሊስ"),
        # 350 thousand nakfa against 530,000
        ("ሐሰር ሽቦ ወሰራሕ", "ሐሰር 530,000"),
        # Thursday the 18th against Friday the 19th of Megabit
        ("ባቡር ሰያሕ ለእብ", "ባቡር ሰያሕ ጅምዓ"),
    ],
)
def test_development_pair_contradictions_both_ways(starts: tuple[str, str]) -> None:
    truth = load("nehas_shebaqot")
    assert detailed_both_ways(truth, starts) == [("contradicts", None)] * 2
    with patched(numerals, "READ_ETHIOPIC_NUMERALS", False):
        labels = detailed_both_ways(truth, starts)
    assert ("contradicts", None) not in labels


@pytest.mark.parametrize(
    ("written", "keys"),
    [("፳ ፬", ["#20", "#4"]), ("፻ ፶", ["#100", "#50"]), ("፲፻ ፲፻", ["#1000", "#1000"]),
     ("፳ and ፬", ["#20", "#4"]), ("፭ ሺህ", ["#5000"]), ("twenty ፬", ["#24"])],
)  # fmt: skip
def test_two_runs_of_numerals_are_two_figures_as_two_in_digits_are(
    written: str, keys: list[str]
) -> None:
    # the script writes one figure as one unbroken run: "፳ ፬" is 20 and 4, as "20 4" is (it
    # was read as 24, and "፲፻ ፲፻" as 2,000); a numeral still takes a word of scale after it
    # ("፭ ሺህ", five thousand) and a number word before it, as number words do
    found = [t.key for t in tokens(f"ባቡር {written} ሰዎች")]
    assert [k for k in found if k.startswith("#")] == keys
