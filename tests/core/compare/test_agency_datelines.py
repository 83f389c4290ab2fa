"""Datelines with an agency, a region, a colon or in small letters cut from the lede (round 170)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, units
from desktop_app.core.compare.units import _dateline_length, split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways

#: A regex that matches nothing: a rule switched off.
NEVER = regex.compile(r"(?!)")


@contextmanager
def datelines_off() -> Iterator[None]:
    """Only the agency style ("ИШИМ, 12 апреля. /Сибирь-Информ/. ") left."""
    with ExitStack() as stack:
        stack.enter_context(patched(units, "_DATELINE", NEVER))
        stack.enter_context(patched(units, "_BRACKETED_DATELINE", NEVER))
        yield


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("REYKJAVIK (Atlantic Press) — An eruption sent ash.", "REYKJAVIK (Atlantic Press) — "),
        ("SAINTE-ANNE-D'ARGENS (Var), 23 juillet (Méridien Presse) — L'incendie a brûlé.",
         "SAINTE-ANNE-D'ARGENS (Var), 23 juillet (Méridien Presse) — "),
        ("OSLO/LONDON, March 4 (Northgate Financial News) - Østby Pharma said.",
         "OSLO/LONDON, March 4 (Northgate Financial News) - "),
        ("(AGI-Liguria) - GENOVA, 14 NOV - Una frana è caduta.",
         "(AGI-Liguria) - GENOVA, 14 NOV - "),
        ("ÅNDALSNES (Nordpress): Et steinskred gikk over E136.", "ÅNDALSNES (Nordpress): "),
        ("MARSTEIN: Det var natt til mandag.", "MARSTEIN: "),
        ("PUUMALA (STT) Henkilöauto putosi jäihin.", "PUUMALA (STT) "),
        ("Landeck (ALPA) – Bei einem Lawinenabgang starb ein Mann.", "Landeck (ALPA) – "),
        ("Porto, 12 mar (Agência Lusitânia) – Um elétrico descarrilou.",
         "Porto, 12 mar (Agência Lusitânia) – "),
        ("Baia Mare, 14 septembrie /Agenția Națională de Presă/ - Acoperișul a ars.",
         "Baia Mare, 14 septembrie /Agenția Națională de Presă/ - "),
        ("Vilagarcía de Arousa, 14 mar (Galicia Press).- A Consellería pechou o banco.",
         "Vilagarcía de Arousa, 14 mar (Galicia Press).- "),
        ("Foz do Douro – Eram três e vinte da tarde.", "Foz do Douro – "),
        ("Brestovica pri Komnu – Vaščani so pakirali.", "Brestovica pri Komnu – "),
        ("【パリ共同通信社】葛飾北斎の肉筆画が落札された。", "【パリ共同通信社】"),
    ],
)  # fmt: skip
def test_a_dateline_opening_the_first_paragraph_is_cut(line: str, dateline: str) -> None:
    assert line[: _dateline_length(line, first=True)] == dateline


@pytest.mark.parametrize(
    "line",
    [
        "RESOLVED: to accept the tender of Hallam Pools.",  # minutes, a small letter after
        "RESOLVED (by 9 votes to 6, with 1 abstention): that the lido close.",
        "ХОРОР НА ЗЛАТИБОРУ: Аутобус пун деце слетео у провалију.",  # a kicker of three words
        "The company – which has 40 staff – said it would close.",
        "Yesterday the mayor – a former nurse – opened the ward.",
        "Smith (Labour) said the plan was wrong.",
        "Ana López — the mayor — was re-elected.",  # a name and its apposition
    ],
)
def test_what_only_looks_like_a_dateline_stays(line: str) -> None:
    assert _dateline_length(line, first=True) == 0


def test_a_dateline_in_small_letters_is_read_only_in_the_first_paragraph() -> None:
    line = "Landeck (ALPA) – Bei einem Lawinenabgang starb ein Mann."
    assert _dateline_length(line, first=False) == 0
    text = f"Lawine im Gfallertal\n\nErster Absatz der Meldung.\n\n{line}"
    assert text[split_units(text)[-1].start :].startswith("Landeck")


def test_switched_off_the_dateline_stays_in_the_lede() -> None:
    text = "Lawine tötet Skitourengeher\n\nLandeck (ALPA) – Bei einem Lawinenabgang starb ein Mann."
    assert text[split_units(text)[0].start :].startswith("Bei einem")
    with datelines_off():
        assert text[split_units(text)[0].start :].startswith("Landeck")


def test_the_lede_without_its_dateline_is_compared_both_ways() -> None:
    text_a = "Lawine tötet Mann\n\nLandeck (ALPA) – Bei einem Lawinenabgang starb ein Mann."
    text_b = "Ein Toter im Gfallertal\n\nBei einem Lawinenabgang im Gfallertal starb ein Mann."
    for first, second in ((text_a, text_b), (text_b, text_a)):
        result = compare_texts(first, second)
        assert result.pairs
        assert all(not pair.a.text.startswith("Landeck") for pair in result.pairs)
        assert all(not pair.b.text.startswith("Landeck") for pair in result.pairs)


def test_the_brestovica_fire_ledes_are_paired_without_their_datelines_both_ways() -> None:
    truth = load("pozar_brestovica")
    assert paired_both_ways(truth, ("Na Krasu nad Brestovico", "Vaščani Brestovice")) == [
        True,
        True,
    ]
    with datelines_off():
        assert paired_both_ways(truth, ("Na Krasu nad Brestovico", "Vaščani Brestovice")) == [
            False,
            False,
        ]


_WORDS = st.sampled_from(
    ["REYKJAVIK", "Landeck", "Foz", "do", "the", "(Reuters)", "(Var),", "12", "mar", "–", "-",
     ":", "—", "Bei", "einem", "said", "/AP/", "【共同】", "RESOLVED:"]
)  # fmt: skip


@given(st.lists(_WORDS, min_size=1, max_size=12))
@example(["Landeck", "(Reuters)", "–", "Bei"])
def test_a_dateline_is_cut_before_a_word_and_only_more_in_the_first_paragraph(
    words: list[str],
) -> None:
    line = " ".join(words)
    first, later = _dateline_length(line, first=True), _dateline_length(line, first=False)
    assert later in (0, first)
    assert first == 0 or line[first - 1].isspace() or line[:first].endswith("】")
