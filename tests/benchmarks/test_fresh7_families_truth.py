"""The truth of the seventh-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re

import pytest

from desktop_app.core.text import is_canonical
from tests.benchmarks.family_soundness import assert_family_sound, span_of
from tests.benchmarks.reanchor_fresh5_places import tables
from tests.benchmarks.reanchor_fresh7_edits import (
    abbreviations,
    accent,
    delete_quote,
    delete_unit,
    down_style,
    drop_tones,
    expand,
    gloss_places,
    insert_after,
    is_urdu,
    keep_first,
    misread,
    new_style_tones,
    persian_digits,
    persian_joins,
    persian_letters,
    repeats_earlier,
    restate_sums,
    sentence_case,
    sic_places,
    table_as_prose,
    translation_places,
    trim_quote,
)
from tests.benchmarks.reanchor_fresh7_families import (
    FRESH7_FAMILIES,
    FRESH7_SEEDS,
    fresh7_spans,
    fresh7_text,
)
from tests.benchmarks.reanchor_fresh7_kit import (
    ARABIC_YEH_KAF,
    BANK,
    GLOSSED,
    INSTITUTION,
    MISSPELLING,
    OLD_TONE,
    PEOPLE,
    PERSIAN_JOINS,
    SUM,
    ZWNJ,
)
from tests.benchmarks.reanchor_fresh7_places import (
    arabic_script,
    foreign,
    headings,
    mentions,
    prose,
    quote_blocks,
    recurring,
    sentences,
)
from tests.benchmarks.reanchor_fresh7_texts import KINDS
from tests.storage.edit_simulation import TrackedText


class _Certain(random.Random):
    """A generator whose every roll is ``value``: each chance taken (0.0) or none (0.99)."""

    def __init__(self, value: float) -> None:
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


THREAD = (
    "Head\n\nByline\n\nIt crackles. Setting 48000 fixed it.\n\n"
    "> Setting 48000 fixed it.\n> Did you try it?\n\nNo.\n\n"
    "> Where is it?\n> Under Audio.\n> Then Advanced.\n\nThanks.\n"
)


def test_quotes_are_trimmed_to_their_first_line_or_deleted() -> None:
    first, second = quote_blocks(THREAD)
    assert repeats_earlier(THREAD, first)
    assert not repeats_earlier(THREAD, second)
    tracked = TrackedText(THREAD)
    trim_quote(tracked, second)
    delete_quote(tracked, first)
    assert tracked.text == (
        "Head\n\nByline\n\nIt crackles. Setting 48000 fixed it.\n\nNo.\n\n"
        "> Where is it?\n> […]\n\nThanks.\n"
    )
    kept, cut, gone, original = tracked.truths(
        [
            span_of(THREAD, "Where is it?"),
            span_of(THREAD, "Under Audio.\n> Then Advanced."),
            span_of(THREAD, "Did you try it?"),
            span_of(THREAD, "Setting 48000 fixed it.", 0),
        ]
    )
    assert kept.holds(*span_of(tracked.text, "Where is it?"))
    assert not cut.findable
    assert not gone.findable
    assert original.holds(*span_of(tracked.text, "Setting 48000 fixed it."))


def test_vietnamese_tones_move_to_the_new_style_vowel() -> None:
    text = "Head\n\nTòa án muốn hòa giải; khỏe, thủy, quý, hoàn, Thụy.\n"
    assert [m[1] for m in OLD_TONE.finditer(text)] == ["òa", "òa", "ỏe", "ủy", "ụy"]
    tracked = TrackedText(text)
    new_style_tones(tracked, (0, len(text)))
    assert tracked.text == "Head\n\nToà án muốn hoà giải; khoẻ, thuỷ, quý, hoàn, Thuỵ.\n"
    assert is_canonical(tracked.text)
    (whole,) = tracked.truths([span_of(text, "Tòa án muốn hòa giải")])
    assert whole.holds(*span_of(tracked.text, "Toà án muốn hoà giải"))


def test_yoruba_loses_its_tones_but_keeps_the_dots_under_letters() -> None:
    yoruba = BANK["catalogue"][1][0]
    text = f"Head\n\n{yoruba}\n"
    tracked = TrackedText(text)
    drop_tones(tracked, span_of(text, yoruba))
    assert tracked.text == "Head\n\nAṣọ adirẹ yii wa lati Abẹokuta.\n"
    assert is_canonical(tracked.text)
    sentence, word = tracked.truths([span_of(text, yoruba), span_of(text, "yìí")])
    assert sentence.holds(*span_of(tracked.text, "Aṣọ adirẹ yii wa lati Abẹokuta."))
    assert not word.findable  # two of its three letters were retyped


def test_an_ocr_pass_misreads_every_pair_it_can_or_none() -> None:
    text = "Head\n\nThe modern clinic in Malmö opened in 1O01, lol.\n"
    paragraph = span_of(text, "The modern clinic in Malmö opened in 1O01, lol.")
    tracked = TrackedText(text)
    misread(tracked, _Certain(0.0), paragraph)
    assert tracked.text == "Head\n\nThc rnodcm dinic in Ma1rno opcncd in l0Ol, 1o1.\n"
    untouched = TrackedText(text)
    misread(untouched, _Certain(0.99), paragraph)
    assert untouched.text == text
    (clinic,) = tracked.truths([span_of(text, "modern clinic in Malmö")])
    assert clinic.holds(*span_of(tracked.text, "rnodcm dinic in Ma1rno"))


def test_abbreviations_are_spelled_out_and_no_is_one_only_before_a_number() -> None:
    text = "Head\n\nQ: Is it No. 7?\nA: No. The Dept. says approx. 60 mins, est. 1921.\n"
    assert [text[s:e] for s, e in abbreviations(text)] == [
        "No.",
        "Dept.",
        "approx.",
        "mins",
        "est.",
    ]
    tracked = TrackedText(text)
    expand(tracked, abbreviations(text))
    assert tracked.text == (
        "Head\n\nQ: Is it Number 7?\nA: No. The Department says approximately 60 minutes, "
        "established 1921.\n"
    )
    (dept,) = tracked.truths([span_of(text, "The Dept. says")])
    assert dept.holds(*span_of(tracked.text, "The Department says"))


TABLE = (
    "Head\n\nByline\n\nBefore.\n\n€m | Q3 2026 | Q3 2025\nRevenue | 412.3 | 402.3\n"
    "Net | 9.1 | 9.7\n\nEnd.\n"
)


def test_a_table_becomes_prose_a_sentence_a_row_and_can_run_in() -> None:
    assert tables(TABLE) == []  # three lines are no table: four rows or more make one
    text = TABLE.replace("Net | 9.1 | 9.7", "Net | 9.1 | 9.7\nCash | 4.4 | 4.1")
    (rows,) = tables(text)
    tracked = TrackedText(text)
    table_as_prose(tracked, rows, run_in=False)
    assert tracked.text == (
        "Head\n\nByline\n\nBefore.\n\nRevenue: 412.3 (Q3 2026), 402.3 (Q3 2025).\n"
        "Net: 9.1 (Q3 2026), 9.7 (Q3 2025).\nCash: 4.4 (Q3 2026), 4.1 (Q3 2025).\n\nEnd.\n"
    )
    joined = TrackedText(text)
    table_as_prose(joined, rows, run_in=True)
    assert "402.3 (Q3 2025). Net: 9.1" in joined.text
    assert "\n\nRevenue: 412.3" in joined.text
    row, header, cell = joined.truths(
        [
            span_of(text, "Revenue | 412.3 | 402.3"),
            span_of(text, "€m | Q3 2026"),
            span_of(text, "9.7"),
        ]
    )
    assert row.findable
    assert row.holds(*span_of(joined.text, "Revenue: 412.3 (Q3 2026), 402.3"))
    assert not header.findable
    assert cell.holds(*span_of(joined.text, "9.7"))


def test_an_editor_brackets_sic_glosses_and_translations() -> None:
    vietnamese, english = BANK["digest"][0]
    text = (
        f"Head\n\n“We definately recieve phở,” she said. More phở.\n\n{vietnamese}\n\n"
        "Untill then.\n"
    )
    assert [m[0] for m in MISSPELLING.finditer(text)] == ["definately", "recieve"]
    assert [m[0] for m in GLOSSED.finditer(text)] == ["phở", "phở"]
    tracked = TrackedText(text)
    insert_after(tracked, sic_places(text) + gloss_places(text) + translation_places(text))
    assert tracked.text == (
        "Head\n\n“We definately [sic] recieve [sic] phở [noodle soup],” she said. More phở."
        f"\n\n{vietnamese} [{english}]\n\nUntill then.\n"
    )
    quote, passage = tracked.truths(
        [span_of(text, "We definately recieve phở,"), span_of(text, vietnamese)]
    )
    assert quote.holds(
        *span_of(tracked.text, "We definately [sic] recieve [sic] phở [noodle soup],")
    )
    assert passage.holds(*span_of(tracked.text, vietnamese))


@pytest.mark.parametrize(
    ("text", "unit", "after"),
    [
        ("H\n\nB\n\nOne two. Three four.\n", "One two.", "H\n\nB\n\nThree four.\n"),
        ("H\n\nB\n\nOne two. Three four.\n", "Three four.", "H\n\nB\n\nOne two.\n"),
        ("H\n\nB\n\n> Said it.\n> Again.\n\nX.\n", "Said it.", "H\n\nB\n\n> Again.\n\nX.\n"),
        ("H\n\nB\n\n> Said it.\n> Again.\n\nX.\n", "Again.", "H\n\nB\n\n> Said it.\n\nX.\n"),
        ("H\n\nB\n\nX.\n\nSaid it.\n\nY.\n", "Said it.", "H\n\nB\n\nX.\n\nY.\n"),
        ("H\n\nB\n\nX.\n\nSaid it.\n", "Said it.", "H\n\nB\n\nX.\n"),
        (
            "H\n\nB\n\nA line,\nSing it twice.\nEnd.\n",
            "Sing it twice.",
            "H\n\nB\n\nA line,\nEnd.\n",
        ),
    ],
)
def test_a_unit_is_deleted_with_the_right_separator(text: str, unit: str, after: str) -> None:
    tracked = TrackedText(text)
    delete_unit(tracked, span_of(text, unit))
    assert tracked.text == after


def test_a_refrain_stays_at_its_first_occurrence_only() -> None:
    text = (
        "Head\n\nByline\n\nI walked,\nAnd still the river knows.\n\nI left,\nAnd still the "
        "river knows.\n\n> And still the river knows.\n> And still the river knows.\n\n"
        "Go. And still the river knows.\n"
    )
    (group,) = recurring(text).values()
    assert len(group) == 5
    tracked = TrackedText(text)
    keep_first(tracked, [group])
    assert (
        tracked.text
        == "Head\n\nByline\n\nI walked,\nAnd still the river knows.\n\nI left,\n\nGo.\n"
    )
    first, second, last = tracked.truths([group[0], group[1], group[4]])
    assert first.holds(*span_of(tracked.text, "And still the river knows."))
    assert not second.findable
    assert not last.findable


def test_persian_typed_on_an_arabic_keyboard_is_corrected_and_urdu_is_told_apart() -> None:
    persian = BANK["judgment"][2][0]
    urdu = BANK["anthology"][2][0]
    text = f"Head\n\nByline\n\n{persian}\n\n{urdu}\n"
    first, second = arabic_script(text)
    assert not is_urdu(text, first)
    assert is_urdu(text, second)
    assert len(PERSIAN_JOINS.findall(persian)) == 1
    tracked = TrackedText(text)
    persian_digits(tracked, first)
    persian_joins(tracked, first)
    persian_letters(tracked, first)
    persian_letters(tracked, (second[0], second[1]))
    fixed = f"دادگاه یادآوری می{ZWNJ}کند که حکم در ۱۴ روز قابل اجرا است."
    assert tracked.text == f"Head\n\nByline\n\n{fixed}\n\n{urdu.translate(ARABIC_YEH_KAF)}\n"
    (sentence,) = tracked.truths([first])
    assert sentence.holds(*span_of(tracked.text, fixed))


def test_names_and_places_get_their_diacritics() -> None:
    text = (
        "Head\n\nNguyen Thi Hoa met Ms Nguyen and Adebayo Ogunlesi's son in Hanoi (nguyen_hoa).\n"
    )
    tracked = TrackedText(text)
    accent(tracked, {"Nguyen Thi Hoa": PEOPLE["Nguyen Thi Hoa"], "Hanoi": "Hà Nội"})
    assert tracked.text == (
        "Head\n\nNguyễn Thị Hoà met Ms Nguyễn and Adebayo Ogunlesi's son in Hà Nội (nguyen_hoa).\n"
    )
    accent(tracked, {"Adebayo Ogunlesi": PEOPLE["Adebayo Ogunlesi"]})
    assert "Adébáyọ̀ Ògúnlẹ̀sí's son" in tracked.text
    assert is_canonical(tracked.text)
    (met,) = tracked.truths([span_of(text, "Nguyen Thi Hoa met Ms Nguyen")])
    assert met.holds(*span_of(tracked.text, "Nguyễn Thị Hoà met Ms Nguyễn"))
    assert len(mentions(text)) == 9  # two full names, and seven words of names and places


def test_headings_go_to_sentence_case_and_institutions_down() -> None:
    text = (
        "Head\n\nByline\n\nThe Court's View of Hanoi, May 2026\n\n"
        "The Court notes that the Auction House and the Board agree. The Court agrees.\n"
    )
    assert [text[s:e] for s, e in headings(text)] == ["The Court's View of Hanoi, May 2026"]
    assert [m[0] for m in INSTITUTION.finditer(text)] == ["Auction House", "Board"]
    tracked = TrackedText(text)
    down_style(tracked)
    sentence_case(tracked, headings(text)[0])
    assert tracked.text == (
        "Head\n\nByline\n\nThe court's view of Hanoi, May 2026\n\n"
        "The Court notes that the auction house and the board agree. The Court agrees.\n"
    )
    (heading,) = tracked.truths(headings(text))
    assert heading.holds(*span_of(tracked.text, "The court's view of Hanoi, May 2026"))


def test_sums_are_restated_with_currency_codes() -> None:
    text = (
        "Head\n\nRevenue of €412.3m, up from €41.2m; debt $1.2bn, £12,500, and ₫85,000 (1,000).\n"
    )
    assert [m[0] for m in SUM.finditer(text)] == [
        "€412.3m",
        "€41.2m",
        "$1.2bn",
        "£12,500",
        "₫85,000",
    ]
    tracked = TrackedText(text)
    restate_sums(tracked, {"€"}, spell=False)
    assert "EUR 412.3m, up from EUR 41.2m; debt $1.2bn" in tracked.text
    spelled = TrackedText(text)
    restate_sums(spelled, {"€", "$", "£", "₫"}, spell=True)
    assert spelled.text == (
        "Head\n\nRevenue of EUR 412.3 million, up from EUR 41.2 million; debt USD 1.2 billion, "
        "GBP 12,500, and VND 85,000 (1,000).\n"
    )
    (sum_,) = spelled.truths([span_of(text, "€412.3m")])
    assert sum_.holds(*span_of(spelled.text, "EUR 412.3 million"))


@pytest.mark.parametrize("seed", range(10))
def test_every_kind_of_text_is_canonical_sized_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert is_canonical(text), name
        assert "\n\n\n" not in text, name
        assert 4_000 <= len(text.encode()) <= 9_000, name
        blocks = quote_blocks(text)
        assert len(blocks) >= 2, name
        assert any(repeats_earlier(text, block) for block in blocks), name
        assert OLD_TONE.search(text), name
        assert len(foreign(text)) >= 3, name
        assert any(is_urdu(text, s) or PERSIAN_JOINS.search(text, *s) for s in arabic_script(text))
        assert abbreviations(text), name
        assert tables(text), name
        assert MISSPELLING.search(text), name
        assert GLOSSED.search(text), name
        assert any(len(group) >= 3 for group in recurring(text).values()), name
        assert any(first in text for name_ in PEOPLE for first in name_.split()[:1]), name
        assert any(re.search(r" [A-Z]", text[s:e]) for s, e in headings(text)), name
        assert INSTITUTION.search(text), name
        assert len(SUM.findall(text)) >= 2, name
        assert prose(text), name
        assert len(sentences(text)) >= 30, name


@pytest.mark.parametrize("name", list(FRESH7_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH7_FAMILIES[name], FRESH7_SEEDS, fresh7_text, fresh7_spans, no_blank_runs=True
    )
