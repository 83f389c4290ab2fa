"""Number words of the languages num2words2 writes (Tatar, Hmong, Bashkir, Marathi, …)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.number_words_table import TABLE
from desktop_app.core.compare.numerals import read_numerals


def _read(text: str) -> list[tuple[str, str]]:
    return [(text[n.start : n.end], n.key) for n in read_numerals(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Трассада хәрәкәт дүрт сәгатькә чикләнгән.", "дүрт", "#4"),  # Tatar
        ("Thaum kaj ntug, nees nkaum plaub lub tsev", "nees nkaum plaub", "#24"),  # Hmong
        ("Ут һигеҙ йөҙ квадрат метрға таралған.", "һигеҙ йөҙ", "#800"),  # Bashkir
        ("Ун һигеҙ ат утта һәләк булды.", "Ун һигеҙ", "#18"),  # Bashkir
        ("ही इमारत सुमारे चाळीस वर्षांपूर्वी", "चाळीस", "#40"),  # Marathi
        ("Muri zo, mirongo itanu zasenyutse burundu.", "mirongo itanu", "#50"),  # Kirundi
        ("ལམ་དེ་ཆུ་ཚོད་ལྔ་རིང་བཀག་ཡོད།", "ལྔ", "#5"),  # Tibetan
        ("Napulo ug duha ka pasahero ang nasamdan", "Napulo ug duha", "#12"),  # Cebuano
        ("Ngari ithatũ cia mwaki ciakinyire", "ithatũ", "#3"),  # Kikuyu
        ("Dozze barche son finïe a fondo", "Dozze", "#12"),  # Ligurian
        ("אַ צוואַנציק מאָנסיער פֿייַערלעשער", "צוואַנציק", "#20"),  # Yiddish
    ],
)
def test_number_words_of_languages_num2words2_writes_are_read(
    text: str, words: str, value: str
) -> None:
    assert (words, value) in _read(text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Muzeý dokuzynjy dekabra çenli ýapyk.", "dokuzynjy", "#9"),  # Turkmen, ninth
        ("Иртәнге сигезенче яртыда", "сигезенче", "#8"),  # Tatar, eighth
        ("Эш һигеҙенсе көндө бөттө.", "һигеҙенсе", "#8"),  # Bashkir, eighth
    ],
)
def test_turkic_number_words_with_their_endings_are_read(text: str, words: str, value: str) -> None:
    assert _read(text) == [(words, value)]


def test_kurdish_ninety_is_no_number_in_english() -> None:
    assert _read("They did not go, and ninety of them stayed.") == [("ninety", "#90")]


_TATAR = TABLE["tt"]["words"]
_TATAR_TENS = sorted(w for w, v in _TATAR.items() if v % 10 == 0 and 20 <= v <= 90)
_TATAR_UNITS = sorted(w for w, v in _TATAR.items() if 1 <= v <= 9)


@given(st.sampled_from(_TATAR_TENS), st.sampled_from(_TATAR_UNITS))
def test_tatar_tens_and_units_read_back(tens: str, unit: str) -> None:
    text = f"Автобуста {tens} {unit} кеше булган."
    assert _read(text) == [(f"{tens} {unit}", f"#{_TATAR[tens] + _TATAR[unit]}")]


@pytest.mark.parametrize(("figure", "relation"), [("27", "contradicts"), ("24", "near_copy")])
def test_a_hmong_count_in_words_against_digits_agrees_or_contradicts_either_way_round(
    figure: str, relation: str
) -> None:
    digits = f"Muaj {figure} lub tsev raug dej tshoob ploj mus. Tub ceev xwm tuaj txog."
    words = "Nees nkaum plaub lub tsev raug dej tshoob ploj mus. Cov neeg nyob hauv tsev kawm."
    forward, backward = compare_texts(digits, words), compare_texts(words, digits)
    assert [p.relation for p in forward.pairs] == [relation]
    assert [p.relation for p in backward.pairs] == [relation]
    for text in (digits, words):
        assert {p.relation for p in compare_texts(text, text).pairs} == {"near_copy"}


@pytest.mark.parametrize(
    ("text_a", "text_b", "difference"),
    [
        # once unread words the frame rules caught (rounds 47 and 63), now read
        ("Lakk na 64 bitig ak 120 taabal.", "Lakk na bitig ak ñaar-fukki taabal.", "120 ≠ ñaar"),
        ("45 pomper a oa bet galvet.", "Tregont pomper a oa bet galvet.", "45 ≠ Tregont"),
        (
            "Il donn vegn stimà sin radund 1,8 milliuns francs.",
            "Il donn importa passa dus milliuns francs.",
            "1,8 ≠ dus milliuns",
        ),
    ],
)
def test_figures_in_words_now_read_still_contradict_digits(
    text_a: str, text_b: str, difference: str
) -> None:
    pairs = compare_texts(text_a, text_b).pairs
    assert [(p.relation, p.differences) for p in pairs] == [("contradicts", (difference,))]
