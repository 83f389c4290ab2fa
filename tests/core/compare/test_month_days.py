"""A day of a date beside a month name the terms do not read anchors nothing (round 203,
``align.DAYS_BESIDE_MONTH_NAMES``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.compare import align
from desktop_app.core.compare.align import (
    UnitTerms,
    anchor_pairs,
    counts_other_things,
    unit_terms,
)
from desktop_app.core.compare.units import split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways, swapped


def _terms(text_a: str, text_b: str) -> tuple[list[UnitTerms], list[UnitTerms]]:
    """Every sentence's terms of two texts, read as the engine reads them."""
    units_a, units_b = split_units(text_a, text_b), split_units(text_b, text_a)
    terms_a, terms_b = unit_terms((text_a, text_b), (units_a, units_b))
    return terms_a, terms_b


def _one(sentence: str) -> UnitTerms:
    """The terms of a one-sentence text."""
    terms_a, _ = _terms(sentence, sentence)
    assert len(terms_a) == 1
    return terms_a[0]


def test_a_day_beside_an_unread_month_name_is_a_day_of_a_date() -> None:
    assert _one("Sertifikatnya diserahkan pada hari Senin, 11 Oktober 2027.").month_days == {"#11"}
    assert _one("Isnan Lunes, Setyembre 13, nan price ket bimmaba.").month_days == {"#13"}
    # a count, a figure past the last day, a month the terms read: no such day
    assert _one("Mama Kartini menanam 11 jenis ubi di kebunnya.").month_days == frozenset()
    assert _one("Ada 32 Oktober festival di kota.").month_days == frozenset()
    march = _one("The bridge reopened on 15 March after repairs.")
    assert march.month_days == frozenset()
    assert "#15" not in march.figures


@pytest.mark.parametrize(
    ("day", "count", "other_day"),
    [
        (
            "Sertifikatnya diserahkan pada hari Senin, 11 Oktober 2027.",
            "Mama Kartini menanam 11 jenis ubi di kebunnya.",
            "Festival ubi digelar 11 Oktober di Salakan.",
        ),
        (  # a day past a short word
            "Evento realizado em 11 de outubro no salão.",
            "Foram 11 pessoas no salão da escola.",
            "A festa foi em 11 de outubro na escola.",
        ),
    ],
)
def test_a_day_on_one_side_only_counts_other_things_both_ways(
    day: str, count: str, other_day: str
) -> None:
    for first, second in ((day, count), (count, day)):
        assert counts_other_things("#11", _one(first), _one(second))
    for first, second in ((day, other_day), (other_day, day)):
        assert not counts_other_things("#11", _one(first), _one(second))


def test_without_the_rule_a_day_counts_no_other_thing() -> None:
    count = _one("Mama Kartini menanam 11 jenis ubi di kebunnya.")
    with patched(align, "DAYS_BESIDE_MONTH_NAMES", False):
        assert _one("Senin, 11 Oktober 2027.").month_days == frozenset()
        off_day = _one("Sertifikatnya diserahkan pada hari Senin, 11 Oktober 2027.")
        assert not counts_other_things("#11", off_day, count)


_DAY = (
    "Ubi Banggai resmi terdaftar. Sertifikatnya diserahkan di Salakan pada hari Senin, "
    "11 Oktober 2027. Warga menari di lapangan."
)
_COUNT = (
    "Petani Banggai bersyukur. Mama Kartini menanam 11 jenis ubi di kebunnya. Anak-anak bernyanyi."
)


def test_no_anchor_between_a_day_and_a_count_both_ways_and_one_without_the_rule() -> None:
    terms_a, terms_b = _terms(_DAY, _COUNT)
    assert (1, 1) not in anchor_pairs(terms_a, terms_b)
    mirrored_b, mirrored_a = _terms(_COUNT, _DAY)
    assert swapped(anchor_pairs(mirrored_b, mirrored_a)) == anchor_pairs(terms_a, terms_b)
    with patched(align, "DAYS_BESIDE_MONTH_NAMES", False):
        terms_a, terms_b = _terms(_DAY, _COUNT)
        assert (1, 1) in anchor_pairs(terms_a, terms_b)
        mirrored_b, mirrored_a = _terms(_COUNT, _DAY)
        assert (1, 1) in anchor_pairs(mirrored_b, mirrored_a)


def test_development_pairs_are_left_unpaired_both_ways_and_paired_without_the_rule() -> None:
    for name, starts in (
        ("igubi_bakalan", ("Ubi Banggai resmi terdaftar", "Ada 32 jenis ubi")),
        ("afo_ampopoka", ("Nisy hain-trano", "Trano telopolo mahery")),
    ):
        truth = load(name)
        assert paired_both_ways(truth, starts) == [False, False], name
        with patched(align, "DAYS_BESIDE_MONTH_NAMES", False):
            assert paired_both_ways(truth, starts) == [True, True], name


_MONTHS = st.sampled_from(["Oktober", "Setyembre", "novambra", "Agustus", "kolovoza"])


@settings(max_examples=60, deadline=None)
@given(st.integers(10, 60), _MONTHS, st.booleans())
def test_only_a_figure_up_to_31_beside_a_month_name_is_a_day_and_it_mirrors(
    figure: int, month: str, month_first: bool
) -> None:
    # (figures under 10 are no figures: ``UnitTerms.figures``)
    written = f"{month} {figure}" if month_first else f"{figure} {month}"
    day = _one(f"Acara itu digelar {written} di balai desa.")
    count = _one(f"Warga membawa {figure} ekor babi ke balai desa.")
    key = f"#{figure}"
    assert (key in day.month_days) == (figure <= 31)
    assert key not in count.month_days
    assert counts_other_things(key, day, count) == counts_other_things(key, count, day)
    assert counts_other_things(key, day, count) == (figure <= 31)


def test_a_day_past_a_short_word_or_an_ordinal_ending_is_a_day_of_a_date() -> None:
    # as the terms' own reading of a day passes over them (``terms._units``)
    assert _one("Evento realizado em 11 de outubro no salão.").month_days == {"#11"}
    assert _one("Acara itu digelar 11th Oktober di balai desa.").month_days == {"#11"}
    # a term between is no day's: "11 ton" counts tons, whatever month follows
    assert _one("Kapal membawa 11 ton Oktober lalu.").month_days == frozenset()
    # too far apart for a short word
    assert _one("Warga membawa 11 dan lalu Oktober.").month_days == frozenset()
