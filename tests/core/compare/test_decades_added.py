"""The rules adding a pair for a moment or a value in one slot add none dated a decade apart
(round 203, ``left_out.DECADES_BAR_ADDED_PAIRS``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, left_out
from desktop_app.core.compare.left_out import HISTORY_DECADE
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways


def _texts(year_a: int, year_b: int) -> tuple[str, str]:
    """A jar handed to a museum in ``year_a``; in the other text, the same handing over
    without a year and, beside it, the jar bought in ``year_b``."""
    text_a = (
        f"The village elders handed the old jar to the state museum in {year_a}. "
        "The curator thanked the longhouse for the gift. "
        "Visitors from Sibu came to see it every week. "
        "School children drew pictures of its dragon. "
        "The museum plans a new hall for such pieces. "
        "Its director spoke of a rare find."
    )
    text_b = (
        "The elders gave the old jar to the state museum. "
        f"Their grandfather had bought it from a trader in {year_b}. "
        "A feast marked the day with songs. "
        "Rain fell on the river all afternoon. "
        "Boats carried the guests home at dusk. "
        "Nobody wanted the party to end."
    )
    return text_a, text_b


_HANDED, _BOUGHT = "The village elders handed", "Their grandfather had bought"


def _paired(year_a: int, year_b: int) -> list[bool]:
    """Whether the handing over (A) and the buying (B) are paired, A against B and B
    against A."""
    text_a, text_b = _texts(year_a, year_b)
    found = []
    for first, second, starts in ((text_a, text_b, (_HANDED, _BOUGHT)),
                                  (text_b, text_a, (_BOUGHT, _HANDED))):  # fmt: skip
        pairs = compare_texts(first, second).pairs
        found.append(
            any(p.a.text.startswith(starts[0]) and p.b.text.startswith(starts[1]) for p in pairs)
        )
    return found


def test_a_neighbour_dated_decades_apart_is_no_second_partner_both_ways() -> None:
    assert left_out.DECADES_BAR_ADDED_PAIRS
    assert _paired(2001, 1983) == [False, False]
    with patched(left_out, "DECADES_BAR_ADDED_PAIRS", False):
        assert _paired(2001, 1983) == [True, True]


def test_a_neighbour_dated_a_few_years_apart_stays_a_second_partner_both_ways() -> None:
    assert _paired(2001, 1998) == [True, True]
    with patched(left_out, "DECADES_BAR_ADDED_PAIRS", False):
        assert _paired(2001, 1998) == [True, True]


def test_development_pairs_are_left_unpaired_both_ways_and_paired_without_the_rule() -> None:
    for name, starts in (
        ("tajau_entawau", ("Orang ti ngumpul", "Tajau nya dijual")),
        ("incung_tebatrajo", ("Tigo naskah incung", "Menurut uhang tuo")),
    ):
        truth = load(name)
        assert paired_both_ways(truth, starts) == [False, False], name
        with patched(left_out, "DECADES_BAR_ADDED_PAIRS", False):
            assert paired_both_ways(truth, starts) == [True, True], name


@settings(max_examples=12, deadline=None)
@given(st.integers(1950, 2030), st.integers(1950, 2030))
def test_the_pair_stands_exactly_when_the_years_lie_within_a_decade_and_it_mirrors(
    year_a: int, year_b: int
) -> None:
    within = abs(year_a - year_b) < HISTORY_DECADE
    assert _paired(year_a, year_b) == [within, within]
