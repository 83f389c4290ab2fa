"""Ilocano number words are read ("tallo" 3, "sangapulo ket lima" 15, "dua a gasut" 200), and
Hausa's unhooked "dari" (a hundred) only before a Hausa unit, not as Indonesian "from"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare.hand_number_words import _ILOCANO_TENS, _ILOCANO_UNITS
from desktop_app.core.compare.terms import tokens
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import detailed_both_ways, mirrored_label


def _counts(text: str) -> list[str]:
    """The value of each count or figure the terms read, in order."""
    found: dict[int, str] = {}
    for token in tokens(text):
        if token.slot.startswith("qty:"):
            found.setdefault(token.start, token.value)
    return [found[start] for start in sorted(found)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Tallo a balay ti narba iti bagyo.", ["#3"]),
        ("Nangruar kadagiti biktima iti uneg ti innem nga oras.", ["#6"]),
        ("Immay ti sangapulo ket lima a tattao.", ["#15"]),
        ("Adda duapulo't tallo nga ubbing idiay eskuela.", ["#23"]),
        ("Narba ti dua a gasut a balay.", ["#200"]),
        ("Nasurok a limapulo a metro ti kaunegna.", ["#50"]),
        ("Adda uppat a pulo a kuarto ti dormitorio.", ["#40"]),
        # Hausa: a hundred before its unit, in both spellings
        ("Mutane dari biyu sun zo kasuwa.", ["#200"]),
        ("Mutane ɗari biyu sun zo kasuwa.", ["#200"]),
        # Indonesian "dari" (from) is no hundred: "from two villages" counts two
        ("Diikuti 120 penunggang kuda dari dua kampung adat.", ["#120", "#2"]),
        ("Sebagian besar truk pasir dari arah Majene.", []),
    ],
)
def test_values_read(text: str, values: list[str]) -> None:
    assert _counts(text) == values


def test_siam_capitalised_inside_a_sentence_is_a_name() -> None:
    assert _counts("Acil Salmah manukar baras Siam Mutiara di warung.") == []
    assert _counts("Siam a lineman ti immay iti substation.") == ["#9"]


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        (
            "Nagtitinnulong dagiti rescuers iti uneg ti tallo nga oras.",
            "Nagtitinnulong dagiti rescuers iti uneg ti innem nga oras.",
            "contradicts",
        ),
        ("Tallo a balay ti narba iti bagyo.", "3 a balay ti narba iti bagyo.", "near_copy"),
        ("Tallo a balay ti narba iti bagyo.", "5 a balay ti narba iti bagyo.", "contradicts"),
    ],
)
def test_built_pairs_both_ways(first: str, second: str, relation: str) -> None:
    assert mirrored_label(first, second, (True, True))[0] == relation


@pytest.mark.parametrize(
    ("starts", "label"),
    [
        # entry 49, Ilocano: rescued within three hours against within six
        (("Nagtitinnulong dagiti rescuers", "Dagiti taga-Cervantes"), ("contradicts", None)),
        # 30 metres deep against more than fifty ("nasurok a limapulo")
        (("Idi Sabado, Nobiembre 28", "Kinuna dagiti rescuers"), ("contradicts", None)),
    ],
)
def test_development_pair_both_ways(starts: tuple[str, str], label: tuple[str, None]) -> None:
    assert detailed_both_ways(load("derraas_cervantes"), starts) == [label] * 2


@given(
    ten=st.sampled_from(sorted(_ILOCANO_TENS.items())),
    unit=st.sampled_from(sorted(_ILOCANO_UNITS.items())),
    figure=st.integers(min_value=11, max_value=99),
)
def test_a_ten_and_a_unit_in_words_against_a_figure_and_it_mirrors(
    ten: tuple[str, int], unit: tuple[str, int], figure: int
) -> None:
    words = f"{ten[0]} ket {unit[0]}"
    value = ten[1] + unit[1]
    worded = f"Immay ti {words} a tattao iti miting ti barangay."
    assert _counts(worded) == [f"#{value}"]
    told = f"Immay ti {figure} a tattao iti miting ti barangay."
    relation, _ = mirrored_label(worded, told, (True, True))
    assert (relation == "contradicts") == (figure != value)
