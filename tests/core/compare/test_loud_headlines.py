"""A first line that cries or asks heads the article when the line after it is no prose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.units import split_units

BODY = (
    "The market burned down on Sunday night.\n\nTraders lost their stock, the fire service said.\n"
)
BODY_SENTENCES = [
    "The market burned down on Sunday night.",
    "Traders lost their stock, the fire service said.",
]


def _sentences(text: str) -> list[str]:
    return [text[u.start : u.end] for u in split_units(text)]


@pytest.mark.parametrize(
    "head",
    [
        "SHOE-PER MARKET!\n\nBeachcombers scoop free trainers as a ship sheds boxes\n\n"
        "By Darren Pike",
        "ХОРОР НА ЗЛАТИБОРУ: Аутобус слетео у провалију!\n\nРодитељи у паници",
        "Тағы да боран: трассада не өзгерді?\n\nӘсел Нұрланқызы, «Орталық Қазақстан» порталы",
        "Why do we keep driving onto the sands?\n\nOpinion, by Peter Garside, The Weekly",
        "ՇՈՒԿԱՆ ԱՅՐՎԵՑ՜\n\nՎաճառողները կորցրին ամեն ինչ",
        "市場が全焼！\n\n記者 山田太郎",
        "«Кто ответит?»\n\nКолонка редактора",
    ],
)
def test_a_headline_that_cries_or_asks_and_the_lines_under_it_are_no_units(head: str) -> None:
    assert _sentences(head + "\n\n" + BODY) == BODY_SENTENCES


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the next line is prose: the exclamation opens the story
        ("Fire!", "The market burned down on Sunday night."),
        ("What a night it was for the traders of the old square!", "The market burned."),
        # too long for a headline: a sentence of prose on its own line
        (
            "Nobody expected the market, which has stood on the square since the war and "
            "fed three generations of the town, to burn down in a single night!",
            "Traders lost their stock",
        ),
    ],
)
def test_a_first_line_that_cries_or_asks_stays_text_otherwise(first: str, second: str) -> None:
    text = f"{first}\n\n{second}\n\nThe fire service said so.\n"
    assert first in _sentences(text)


def test_only_the_first_line_can_head_the_article() -> None:
    later = "Market Fire\n\nThe market burned down.\n\nWhat a night!\n\nTraders wept\n\nIt was.\n"
    first = "What a night!\n\nTraders wept\n\nThe market burned down.\n\nIt was.\n"
    assert _sentences(later) == ["The market burned down.", "What a night!", "It was."]
    assert _sentences(first) == ["The market burned down.", "It was."]


def test_the_head_is_left_out_of_the_only_spans_either_way_round() -> None:
    loud = (
        "SHOE-PER MARKET!\n\nBeachcombers scoop free trainers in storm\n\nBy Darren Pike\n\n"
        "Beachcombers took hundreds of trainers from Holm Sands after boxes broke open.\n\n"
        "Police closed the beach at noon on Tuesday.\n"
    )
    calm = (
        "Containers Lost Off Marshby\n\n"
        "Beachcombers took hundreds of trainers from Holm Sands after boxes broke open.\n\n"
        "The coastguard said the ship lost eleven containers.\n"
    )
    forward = compare_texts(calm, loud)
    backward = compare_texts(loud, calm)
    for spans in (forward.only_b, backward.only_a):
        assert [span.text for span in spans] == ["Police closed the beach at noon on Tuesday."]
    assert [span.text for span in forward.only_a] == [span.text for span in backward.only_b]


WORDS = st.sampled_from(["fire", "market", "SALE", "Шок", "ВОДА", "pueblo", "ԱՅՐ", "nyumba"])


@given(
    st.lists(WORDS, min_size=1, max_size=6),
    st.sampled_from(["!", "?", "！", "？", "՜", "؟", "‼"]),
    st.lists(WORDS, min_size=1, max_size=6),
)
def test_any_loud_headline_over_a_standfirst_leaves_the_body_as_it_was(
    headline: list[str], mark: str, standfirst: list[str]
) -> None:
    head = " ".join(headline) + mark + "\n\n" + " ".join(standfirst) + "\n\n"
    assert _sentences(head + BODY) == BODY_SENTENCES
