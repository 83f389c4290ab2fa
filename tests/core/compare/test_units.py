"""Sentence units: abbreviations, decimals, quotes, ellipses, Cyrillic; headings left out."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.units import sentence_bounds, split_units
from tests.core.compare.devset import load


def _sentences(line: str) -> list[str]:
    return [line[s:e] for s, e in sentence_bounds(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Dr. Smith met U.S. officials on Nov. 6 in Washington. They agreed.",
            ["Dr. Smith met U.S. officials on Nov. 6 in Washington.", "They agreed."],
        ),
        ("Growth was 3.5 percent. Prices rose 1,200.50 dollars.",
         ["Growth was 3.5 percent.", "Prices rose 1,200.50 dollars."]),
        ("J. R. R. Tolkien wrote it. It sold.", ["J. R. R. Tolkien wrote it.", "It sold."]),
        ("“We will not back down.” The crowd cheered.",
         ["“We will not back down.”", "The crowd cheered."]),
        ("“Will it hold?” she asked. Nobody knew.", ["“Will it hold?” she asked.", "Nobody knew."]),
        ("He paused … then went on. Silence… Then applause.",
         ["He paused … then went on.", "Silence…", "Then applause."]),
        ("Troops were sent to the U.S. The decision was made late.",
         ["Troops were sent to the U.S.", "The decision was made late."]),
        ("The blaze was reported at 3:40 a.m. Crews arrived fast.",
         ["The blaze was reported at 3:40 a.m.", "Crews arrived fast."]),
        ("Глава города И. П. Сидоров выступил. Вода дошла до ул. Береговой. Всё.",
         ["Глава города И. П. Сидоров выступил.", "Вода дошла до ул. Береговой.", "Всё."]),
        ("Η Ελένη μίλησε. Ο Νίκος έφυγε.", ["Η Ελένη μίλησε.", "Ο Νίκος έφυγε."]),
        ("Вода поднялась до 9,4 м. По данным мэрии, в г. Ишиме спокойно.",
         ["Вода поднялась до 9,4 м.", "По данным мэрии, в г. Ишиме спокойно."]),
        ("It employs 650 people in Ballincollig, Co. Cork, near the city.",
         ["It employs 650 people in Ballincollig, Co. Cork, near the city."]),
        ("W czwartek około godz. 7.15 runął żuraw o wysokości ok. 60 metrów. Jeden zginął.",
         ["W czwartek około godz. 7.15 runął żuraw o wysokości ok. 60 metrów.", "Jeden zginął."]),
        ("Jak przyznał rzecznik straży, st. kpt. Marek Nowicki, pożar wygasł. Wiało.",
         ["Jak przyznał rzecznik straży, st. kpt. Marek Nowicki, pożar wygasł.", "Wiało."]),
        ("The crane fell at 7.15 a.m. 60 workers were on site.",
         ["The crane fell at 7.15 a.m.", "60 workers were on site."]),
    ],
)  # fmt: skip
def test_sentence_boundaries(line: str, expected: list[str]) -> None:
    assert _sentences(line) == expected


def test_headings_bylines_titles_datelines_and_headline_lists_are_left_out() -> None:
    text = (
        "Council Approves Bridge\n"
        "By Jane Roe\n"
        "14 May 2026\n"
        "RIVERTON, March 3 (Harbor Wire) — The council voted on Tuesday. It was close.\n"
        "What residents say\n"
        "Residents complained about the noise and the dust for a very long time, and the "
        "council promised to listen to them before the works start next spring.\n"
        "  • Kazakhstan to join Abraham Accords\n"
        "ИШИМ, 12 апреля. /Сибирь-Информ/. Вода поднялась.\n"
    )
    sentences = [text[u.start : u.end] for u in split_units(text)]
    assert sentences == [
        "The council voted on Tuesday.",
        "It was close.",
        "Residents complained about the noise and the dust for a very long time, and the "
        "council promised to listen to them before the works start next spring.",
        "Вода поднялась.",
    ]


def test_a_sentence_opening_with_by_is_a_unit_and_a_byline_is_not() -> None:
    text = (
        "Tractor Swept Out\n"
        "By Jane Roe\n"
        "\n"
        "A farmer was rescued from the sands on Monday.\n"
        "\n"
        "By the time the helicopter arrived, the water was 1.5 metres deep.\n"
    )
    sentences = [text[u.start : u.end] for u in split_units(text)]
    assert sentences == [
        "A farmer was rescued from the sands on Monday.",
        "By the time the helicopter arrived, the water was 1.5 metres deep.",
    ]


def test_a_development_pair_of_sentences_opening_with_by_is_found_both_ways() -> None:
    truth = load("tractor_sands_morrowby")
    a = "By the time the helicopter arrived, the water around the tractor was 1.5 metres deep."
    b = "By the time help came, the water stood five feet deep around the tractor."
    forward = compare_texts(truth.text_a, truth.text_b)
    backward = compare_texts(truth.text_b, truth.text_a)
    assert (a, b) in {(p.a.text, p.b.text) for p in forward.pairs}
    assert (b, a) in {(p.a.text, p.b.text) for p in backward.pairs}


def test_units_know_their_paragraph() -> None:
    text = "One here. Two here.\n\nThree here.\n"
    assert [u.paragraph for u in split_units(text)] == [0, 0, 1]


@given(st.text(max_size=400))
def test_units_are_ordered_trimmed_and_disjoint(text: str) -> None:
    units = split_units(text)
    for unit in units:
        piece = text[unit.start : unit.end]
        assert piece == piece.strip()
        assert any(ch.isalnum() for ch in piece)
    assert all(x.end <= y.start for x, y in pairwise(units))


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("ŽATEC — The bottling line will close.", "The bottling line will close."),
        ("ΘΕΣΣΑΛΟΝΙΚΗ — Thieves stole three icons.", "Thieves stole three icons."),
        ("ALMATY, Nov. 6 (Reuters) — Kazakhstan said yes.", "Kazakhstan said yes."),
        ("The company — a family firm — was sold.", "The company — a family firm — was sold."),
        ("Ana López — the mayor — was re-elected.", "Ana López — the mayor — was re-elected."),
    ],
)
def test_datelines_in_any_script_are_left_out_and_dashes_in_prose_are_not(
    line: str, body: str
) -> None:
    text = "Headline Over The Story\n\n" + line + "\n"
    (unit,) = split_units(text)
    assert text[unit.start : unit.end] == body


def test_a_short_question_alone_between_blank_lines_is_a_subheading() -> None:
    text = (
        "The fare goes up in July.\n\nWhat about passes?\n\nA monthly pass will cost $110.\n\n"
        "“Why now?”\n\nShe asked the board. Why now?\n"
    )
    sentences = [text[u.start : u.end] for u in split_units(text)]
    assert sentences == [
        "The fare goes up in July.",
        "A monthly pass will cost $110.",
        "“Why now?”",
        "She asked the board.",
        "Why now?",
    ]


def test_a_short_line_with_no_closing_punctuation_alone_is_a_subheading() -> None:
    text = (
        "Growers counted the cost.\n\nPellam turns to imports\n\n"
        "The biggest customer buys elsewhere.\n\nVILLAVERDE DEL MAR (CÁDIZ)\n\n"
        "The festival was called off.\n"
    )
    sentences = [text[u.start : u.end] for u in split_units(text)]
    assert sentences == [
        "Growers counted the cost.",
        "The biggest customer buys elsewhere.",
        "The festival was called off.",
    ]


def test_japanese_sentences_end_at_full_width_marks_not_inside_a_corner_quote() -> None:
    line = "作品は昨年見つかった。館長は「見て取れる。喜びたい」と話した。次の競売は春だ。"
    assert _sentences(line) == [
        "作品は昨年見つかった。",
        "館長は「見て取れる。喜びたい」と話した。",
        "次の競売は春だ。",
    ]


def test_a_paragraph_of_japanese_sentences_is_prose_not_a_subheading() -> None:
    text = "北斎の肉筆画、パリで落札\n\n作品は昨年見つかった。\n\n館長は喜んだ。\n"
    units = split_units(text)
    assert [text[u.start : u.end] for u in units] == ["作品は昨年見つかった。", "館長は喜んだ。"]


def _texts(text: str) -> list[str]:
    return [text[unit.start : unit.end] for unit in split_units(text)]


def test_short_unpunctuated_paragraphs_are_text_when_no_prose_follows_them() -> None:
    """A one-line text, a list of short lines and a text's last line are compared, not
    dropped as subheadings."""
    assert _texts("The council approved the harbour plan on Monday") == [
        "The council approved the harbour plan on Monday"
    ]
    notes = "Ferries cancelled\n\nSchools closed early\n\nRoads reopen on Friday\n"
    assert len(_texts("Storm notes\n\n" + notes)) == 3
    article = "Harbour plan\n\nThe council approved the plan on Monday after a long debate.\n\n"
    assert _texts(article + "Work starts in spring") == [
        "The council approved the plan on Monday after a long debate.",
        "Work starts in spring",
    ]


def test_a_subheading_before_prose_is_still_left_out() -> None:
    text = (
        "Harbour plan approved\n\nThe council approved the plan on Monday.\n\n"
        "What happens next\n\nWork starts in spring, the mayor said.\n"
    )
    assert "What happens next" not in _texts(text)


def test_a_japanese_paragraph_is_text_whatever_its_last_mark() -> None:
    text = (
        "港湾計画\n\n市議会は月曜日に港湾計画を承認した。\n\n"
        "工事は来年の春に始まる予定で、住民の多くが歓迎している！\n\n反対する住民の声もまだ多く残っている\n"
    )
    assert _texts(text) == [
        "市議会は月曜日に港湾計画を承認した。",
        "工事は来年の春に始まる予定で、住民の多くが歓迎している！",
        "反対する住民の声もまだ多く残っている",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Uthishanhloko, uMnu. Bongani Zulu, uthe isikole sizovalwa.",
            ["Uthishanhloko, uMnu. Bongani Zulu, uthe isikole sizovalwa."],
        ),
        (
            "Ukhulume noNkk. Thandi Mthembu. Uthe bazobuya.",
            ["Ukhulume noNkk. Thandi Mthembu.", "Uthe bazobuya."],
        ),
        # a name with a prefix that ends a sentence is no title
        (
            "Isikole sakhiwa nguZulu. Sivulwa ngo-1987.",
            ["Isikole sakhiwa nguZulu.", "Sivulwa ngo-1987."],
        ),
    ],
)
def test_a_short_title_with_a_prefix_glued_on_ends_no_sentence(
    line: str, expected: list[str]
) -> None:
    assert _sentences(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "“Gagawan mi ing sablang kaya mi,” ngana ning general manager, Engr. Ramon David.",
        "Siring ni Atty. Lorna Abayan, waray nabiktima.",
        "Ayon kay Gng. Teresita Abonal, ligtas ang mga bata.",
        "Dumalo si Bb. Maria Santos at si Kgg. Jose Reyes sa pulong.",
    ],
)
def test_a_philippine_title_before_a_name_ends_no_sentence(line: str) -> None:
    assert _sentences(line) == [line]


def test_a_sentence_ending_before_a_philippine_title_still_ends() -> None:
    line = "Nagsalita ang inhinyero. Engr. Ramon David ang kanyang pangalan."
    assert _sentences(line) == [
        "Nagsalita ang inhinyero.",
        "Engr. Ramon David ang kanyang pangalan.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "“दोषी कर्मचारी पर कड़ा कार्रवाई होएत,” सिविल सर्जन डॉ. सुनीता झा कहलनि।",
        "अस्पताल के डा. रमेश शर्मा ने बताया कि सब बच्चे ठीक हैं।",
        "प्रो. अनिल कुमार ने रिपोर्ट पढ़ी।",
        "रहिवाशांना नगर परिषद शाळा क्र. ३ मध्ये हलवण्यात आले.",
        "হাসপাতালের ডা. রফিক আহমেদ বলেন, শিশুরা ভালো আছে।",
        "ড. মুহাম্মদ ইউনূস সভায় ছিলেন।",
    ],
)
def test_an_indic_title_before_a_name_or_figure_ends_no_sentence(line: str) -> None:
    assert _sentences(line) == [line]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Marathi ends sentences with a full stop; a word ending in a vowel sign ("आहेत")
        # before it is read whole, not as its last letter taken for an initial
        (
            "सहा जण जखमी झाले असून उपचार सुरू आहेत. जखमींपैकी एकाची प्रकृती गंभीर आहे.",
            ["सहा जण जखमी झाले असून उपचार सुरू आहेत.", "जखमींपैकी एकाची प्रकृती गंभीर आहे."],
        ),
        (
            "पुलावरून बस कोसळली. डॉ. पाटील यांनी जखमींवर उपचार केले.",
            ["पुलावरून बस कोसळली.", "डॉ. पाटील यांनी जखमींवर उपचार केले."],
        ),
    ],
)
def test_a_devanagari_full_stop_after_a_word_with_vowel_signs_ends_a_sentence(
    line: str, expected: list[str]
) -> None:
    assert _sentences(line) == expected
