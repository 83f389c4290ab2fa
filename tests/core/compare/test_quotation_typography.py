"""Sentences end where spaced guillemets, „…“ and a quotation's dash say so (round 169)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, units
from desktop_app.core.compare.units import sentence_bounds
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways

#: A regex that matches nothing: a rule switched off.
NEVER = regex.compile(r"(?!)")


@contextmanager
def typography_as_before() -> Iterator[None]:
    """The splitter as before round 169: "“" and "‘" open only, guillemets set apart by a space
    end and open nothing, a dash after a quotation ends nothing."""
    closers = units._CLOSERS.replace("“", "").replace("‘", "")
    end = regex.compile(
        r"(?:[.!?]+|…|\.\.\.)[" + re.escape(closers) + r"]*(?=\s+)"
        r"|[" + units._FULL_WIDTH_ENDS + r"]+[" + re.escape(closers) + r"）]*"
        r"|" + units._OTHER_ENDS + r"+[" + re.escape(closers) + r"]*(?=\s+)"
    )
    next_word = re.compile(r"\s*[" + re.escape(units._OPENERS) + r"]*(\w+|\S?)")
    with ExitStack() as stack:
        stack.enter_context(patched(units, "_CLOSERS", closers))
        stack.enter_context(patched(units, "_END", end))
        stack.enter_context(patched(units, "_NEXT_WORD", next_word))
        stack.enter_context(patched(units, "_DASH_THEN_SMALL", NEVER))
        yield


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Lingala, Breton, Occitan and Kabyle writers set guillemets apart as French does
        (
            "« Tozali na mawa makasi. » Banda lelo, guvernema epekisi mobembo.",
            ["« Tozali na mawa makasi. »", "Banda lelo, guvernema epekisi mobembo."],
        ),
        (
            "Bato koleka nkama moko. « Namonaki bwato ezali kokita. »",
            ["Bato koleka nkama moko.", "« Namonaki bwato ezali kokita. »"],
        ),
        (
            "« Waaye fan la xaalis boobu di dem ? » la Musaa Faal laaj. Ba tey.",
            ["« Waaye fan la xaalis boobu di dem ? » la Musaa Faal laaj.", "Ba tey."],
        ),
        # „…“: Mingrelian, Võro, German
        (
            "„ირფელიშ ცოდა ჩქიმი რე.“ ნავიშ ფასი 45 000 ლარი რე.",
            ["„ირფელიშ ცოდა ჩქიმი რე.“", "ნავიშ ფასი 45 000 ლარი რე."],
        ),
        ("„Wir gehen.“ Dann kam er.", ["„Wir gehen.“", "Dann kam er."]),
        # a dash and a small letter: who said it (Erzya, Russian)
        (
            "«Мезе, мон тевста тусан?» — кизефни Светлана, кафта эйкакшонь авась. Вана.",
            ["«Мезе, мон тевста тусан?» — кизефни Светлана, кафта эйкакшонь авась.", "Вана."],
        ),
        # English typography is untouched
        ("He said: “Go.” Then “Stop.”", ["He said: “Go.”", "Then “Stop.”"]),
        ("“Will it hold?” she asked. Nobody knew.", ["“Will it hold?” she asked.", "Nobody knew."]),
    ],
)  # fmt: skip
def test_quotations_of_other_typographies_end_their_sentences(
    line: str, expected: list[str]
) -> None:
    assert _sentences(line) == expected


def test_switched_off_the_marks_are_read_as_before() -> None:
    with typography_as_before():
        assert _sentences("„Wir gehen.“ Dann kam er.") == ["„Wir gehen.“ Dann kam er."]
        assert _sentences("« Tozali na mawa. » Banda lelo.") == [
            "« Tozali na mawa.",
            "» Banda lelo.",
        ]
        # a clause longer than round 159's three words
        assert len(_sentences("«Мезе тусан?» — кизефни Светлана, кафта авась.")) == 2


def test_a_dash_before_a_capital_or_without_a_quotation_still_ends_the_sentence() -> None:
    assert _sentences("«Иду.» — Он ушёл.") == ["«Иду.»", "— Он ушёл."]
    assert len(_sentences("Он ушёл? — спросила она.")) == 2  # no quotation closed


def test_a_spaced_guillemet_sentence_is_a_unit_in_a_comparison_both_ways() -> None:
    text_a = "« Tozali na mawa makasi. » Banda lelo, guvernema epekisi mobembo ya butu."
    text_b = "Guvernema epekisi mobembo ya butu banda lelo. « Tozali na mawa makasi. »"
    for first, second in ((text_a, text_b), (text_b, text_a)):
        result = compare_texts(first, second)
        assert (
            sorted(span.text for span in result.units_a + result.units_b).count(
                "« Tozali na mawa makasi. »"
            )
            == 2
        )
    with typography_as_before():
        result = compare_texts(text_a, text_b)
        assert result.units_a[0].text == "« Tozali na mawa makasi."


def test_the_mingrelian_boat_price_is_paired_once_its_quotation_ends_both_ways() -> None:
    truth = load("navi_khobispiri")
    starts = ("ნავიშ ფასი 45 000", "თიქ თქუ, ნამდა")
    assert paired_both_ways(truth, starts) == [True, True]
    with typography_as_before():
        assert paired_both_ways(truth, starts) == [False, False]


def test_the_lingala_ban_is_paired_without_the_guillemet_before_it_both_ways() -> None:
    truth = load("bwato_bolenge")
    starts = ("Banda lelo", "Guvernema epekisi")
    assert paired_both_ways(truth, starts) == [True, True]
    with typography_as_before():
        assert paired_both_ways(truth, starts) == [False, False]


_WORDS = st.sampled_from(["Tozali", "mawa", "banda", "Nezra", "ирфели", "кизефни", "Dann"])
_MARKS = st.sampled_from([".", "?", "!"])


@given(st.lists(st.tuples(st.lists(_WORDS, min_size=1, max_size=4), _MARKS), max_size=6))
@example([(["Tozali", "mawa"], "."), (["Banda"], ".")])
def test_spacing_guillemets_the_french_way_moves_no_sentence(
    sentences: list[tuple[list[str], str]],
) -> None:
    """Quoted sentences set « tight » or « spaced » are the same sentences."""
    tight = " ".join("«" + " ".join(words) + mark + "»" for words, mark in sentences)
    spaced = " ".join("« " + " ".join(words) + mark + " »" for words, mark in sentences)
    german = " ".join("„" + " ".join(words) + mark + "“" for words, mark in sentences)
    assert len(_sentences(spaced)) == len(_sentences(tight)) == len(_sentences(german))
