"""The truth of the sixth-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re

import pytest

from desktop_app.core.text import is_canonical
from tests.benchmarks.family_soundness import assert_family_sound, span_of
from tests.benchmarks.reanchor_fresh6_edits import (
    back_links,
    bold_labels,
    collapse,
    curl_quotes,
    cut_from,
    dashes_and_ellipses,
    delete_unit,
    first_sentence_only,
    flip_style,
    markdown_headings,
    markdown_notes_and_links,
    move_sentence,
    notes_to_end,
    number_lines,
    number_paragraphs,
    page_breaks,
    run_in,
    shift_times,
    sort_keys,
    superscript_marks,
    translate,
    translated,
    units_and_fractions,
    unwrap,
)
from tests.benchmarks.reanchor_fresh6_families import (
    FRESH6_FAMILIES,
    FRESH6_SEEDS,
    fresh6_spans,
    fresh6_text,
)
from tests.benchmarks.reanchor_fresh6_kit import (
    APOSTROPHE,
    BANK,
    NBSP,
    NOTE_MARK,
    STRAIGHT_QUOTE,
    TIMECODE,
    UNIT_SPACE,
    URL,
    wrapped,
)
from tests.benchmarks.reanchor_fresh6_places import (
    headings,
    key_blocks,
    notes,
    prose,
    sentences,
    twin_groups,
    wrapped_blocks,
)
from tests.benchmarks.reanchor_fresh6_texts import KINDS
from tests.storage.edit_simulation import TrackedText


def test_time_codes_are_shifted_and_a_code_keeps_its_truth() -> None:
    text = "Head\n\nAt 09:30:00 the cue 00:01:23,450 --> 00:01:59,990 starts.\n"
    assert [m[0] for m in TIMECODE.finditer(text)] == ["09:30:00", "00:01:23,450", "00:01:59,990"]
    tracked = TrackedText(text)
    shift_times(tracked, 2.5)
    assert tracked.text == "Head\n\nAt 09:30:02 the cue 00:01:25,950 --> 00:02:02,490 starts.\n"
    (clock,) = tracked.truths([span_of(text, "At 09:30:00")])
    assert clock.holds(*span_of(tracked.text, "At 09:30:02"))
    later = TrackedText(text)
    shift_times(later, 3725.75, separator=".")
    assert later.text == "Head\n\nAt 10:32:05 the cue 01:03:29.200 --> 01:04:05.740 starts.\n"
    (cue,) = later.truths([span_of(text, "00:01:23,450")])
    assert not cue.findable  # ten of its twelve characters were retyped


NOTED = (
    "Head\n\nByline\n\nWinds reach 120 km/h[2]. Rain too[1].\n\n[1] Rain source.\n\n"
    "Middle.\n\n[2] Wind source.\n\nEnd.\n"
)


def test_notes_move_to_the_end_in_number_order_and_become_superscripts() -> None:
    assert [NOTED[s:e] for s, e in notes(NOTED)] == ["[1] Rain source.", "[2] Wind source."]
    tracked = TrackedText(NOTED)
    notes_to_end(tracked, "Notes")
    assert tracked.text == (
        "Head\n\nByline\n\nWinds reach 120 km/h[2]. Rain too[1].\n\nMiddle.\n\nEnd.\n\n"
        "Notes\n\n[1] Rain source.\n\n[2] Wind source.\n"
    )
    back_links(tracked)
    superscript_marks(tracked)
    assert tracked.text == (
        "Head\n\nByline\n\nWinds reach 120 km/h². Rain too¹.\n\nMiddle.\n\nEnd.\n\n"
        "Notes\n\n1. Rain source. ↩\n\n2. Wind source. ↩\n"
    )
    source, middle, marked = tracked.truths(
        [span_of(NOTED, "Wind source."), span_of(NOTED, "Middle."), span_of(NOTED, "120 km/h[2]")]
    )
    assert source.holds(*span_of(tracked.text, "Wind source."))
    assert middle.holds(*span_of(tracked.text, "Middle."))
    assert marked.holds(*span_of(tracked.text, "120 km/h²"))


def test_the_smart_punctuation_pass() -> None:
    text = (
        "Head\n\n\"It's 12 km,\" she said -- and it's 1/2 a day... or not. "
        "Сім'я пішла.\nA 2 min walk.\n"
    )
    assert [m[0] for m in STRAIGHT_QUOTE.finditer(text)] == ['"It\'s 12 km,"']
    assert len(APOSTROPHE.findall(text)) == 3
    assert len(UNIT_SPACE.findall(text)) == 1  # "2 min" is not a unit
    tracked = TrackedText(text)
    units_and_fractions(tracked)
    dashes_and_ellipses(tracked, closed=False)
    curl_quotes(tracked)
    assert tracked.text == (
        f"Head\n\n“It’s 12{NBSP}km,” she said — and it’s ½ a day… or not. Сім’я пішла.\n"
        "A 2 min walk.\n"
    )
    closed = TrackedText(text)
    dashes_and_ellipses(closed, closed=True)
    assert "said—and" in closed.text
    (quote,) = tracked.truths([span_of(text, "It's 12 km,")])
    assert quote.holds(*span_of(tracked.text, f"It’s 12{NBSP}km,"))


def test_wrapped_text_is_joined_carefully_or_carelessly() -> None:
    block = (
        "Their pressing high up the pitch in the north-\nwest corner of the pitch has "
        "caused pro-\nblems for Silva and for the team."
    )
    text = f"Head\n\nByline\n\n{block}\n\nEnd.\n"
    assert wrapped_blocks(text) == [span_of(text, block)]
    assert span_of(text, block) in sentences(text)  # a sentence goes on over the line breaks
    careful = TrackedText(text)
    unwrap(careful, wrapped_blocks(text)[0], careful=True)
    joined = (
        "Their pressing high up the pitch in the north-west corner of the pitch has caused "
        "problems for Silva and for the team."
    )
    assert careful.text == f"Head\n\nByline\n\n{joined}\n\nEnd.\n"
    careless = TrackedText(text)
    unwrap(careless, wrapped_blocks(text)[0], careful=False)
    assert "the northwest corner" in careless.text
    (whole,) = careful.truths([span_of(text, block)])
    assert whole.holds(*span_of(careful.text, joined))


@pytest.mark.parametrize("seed", range(4))
def test_the_wrapper_breaks_long_words_and_a_careful_join_restores_them(seed: int) -> None:
    paragraph = " ".join(["A well-known requirement applies to ready-to-eat products alike."] * 6)
    block = wrapped(paragraph, random.Random(seed), 50)
    lines = block.split("\n")
    assert len(lines) >= 5
    assert all(len(line) <= 50 for line in lines)
    assert any(re.search(r"[a-z]-$", line) and not line.endswith("well-") for line in lines)
    text = f"Head\n\nByline\n\n{block}\n"
    tracked = TrackedText(text)
    unwrap(tracked, (14, len(text) - 1), careful=True)
    assert tracked.text == f"Head\n\nByline\n\n{paragraph}\n"


def test_a_paragraph_is_replaced_by_its_translation_and_is_gone() -> None:
    english, turkish = BANK["wiki"][2]
    text = f"Head\n\nByline\n\nOne.\n\n{english}\n\nTwo.\n"
    assert translated(text) == [span_of(text, english)]
    tracked = TrackedText(text)
    translate(tracked, translated(text)[0])
    assert tracked.text == f"Head\n\nByline\n\nOne.\n\n{turkish}\n\nTwo.\n"
    market, two = tracked.truths([span_of(text, english), span_of(text, "Two.")])
    assert not market.findable
    assert two.holds(*span_of(tracked.text, "Two."))


def test_twins_a_word_apart_collapse_into_the_first() -> None:
    text = (
        "Head\n\nByline\n\nA warning is in place for Cork. A warning is in place for Kerry. Go.\n\n"
        "Rain.\n\nA warning is in place for Clare.\n"
    )
    (group,) = twin_groups(text)
    assert [text[s:e] for s, e in group] == [
        "A warning is in place for Cork.",
        "A warning is in place for Kerry.",
        "A warning is in place for Clare.",
    ]
    tracked = TrackedText(text)
    collapse(tracked, group)
    assert tracked.text == (
        "Head\n\nByline\n\nA warning is in place for Cork, Kerry and Clare. Go.\n\nRain.\n"
    )
    cork, kerry, clare = tracked.truths(group)
    assert cork.holds(*span_of(tracked.text, "A warning is in place for Cork, Kerry and Clare."))
    assert not kerry.findable
    assert not clare.findable


@pytest.mark.parametrize(
    ("text", "unit", "after"),
    [
        ("H\n\nB\n\nOne two. Three four.\n", "One two.", "H\n\nB\n\nThree four.\n"),
        ("H\n\nB\n\nOne two. Three four.\n", "Three four.", "H\n\nB\n\nOne two.\n"),
        ("H\n\nB\n\n1\nSaid it.\nAgain.\n\nX.\n", "Said it.", "H\n\nB\n\n1\nAgain.\n\nX.\n"),
        ("H\n\nB\n\n1\nSaid it.\n\nX.\n", "Said it.", "H\n\nB\n\n1\n\nX.\n"),
        ("H\n\nB\n\nX.\n\n12' Said it.\n\nY.\n", "Said it.", "H\n\nB\n\nX.\n\nY.\n"),
        ("H\n\nB\n\nX.\n 67  Said it.\n 68  Y.\n", "67  Said it.", "H\n\nB\n\nX.\n 68  Y.\n"),
        ("H\n\nB\n\nX.\n\nSaid it.\n", "Said it.", "H\n\nB\n\nX.\n"),
    ],
)
def test_a_unit_is_deleted_with_the_right_separator(text: str, unit: str, after: str) -> None:
    tracked = TrackedText(text)
    delete_unit(tracked, span_of(text, unit))
    assert tracked.text == after


def test_paragraphs_and_lines_are_numbered_with_page_headers() -> None:
    text = "Head\n\nByline\n\nOne.\n\nTwo\nthree.\n"
    tracked = TrackedText(text)
    number_paragraphs(tracked)
    assert tracked.text == "Head\n\nByline\n\n1. One.\n\n2. Two\nthree.\n"
    lines = TrackedText(text)
    number_lines(lines)
    page_breaks(lines, 2, "Page")
    assert lines.text == (
        "  1  Head\n\n  2  Byline\n\nPage 2\n  3  One.\n\n  4  Two\nPage 3\n  5  three.\n"
    )
    (two,) = lines.truths([span_of(text, "Two\nthree.")])
    assert two.holds(*span_of(lines.text, "Two\nPage 3\n  5  three."))


def test_the_markdown_export() -> None:
    text = (
        "The headline\n\nByline\n\nWhat to do\n\nProduct: Pies[1]\n\n[1] A note.\n\n"
        "Read: https://www.food.gov.uk/alert/41\n"
    )
    assert [text[s:e] for s, e in headings(text)] == ["What to do"]
    tracked = TrackedText(text)
    markdown_headings(tracked, headings(text), (0, 12))
    bold_labels(tracked)
    markdown_notes_and_links(tracked)
    assert headings(tracked.text) == []
    assert tracked.text == (
        "# The headline\n\nByline\n\n## What to do\n\n**Product:** Pies[^1]\n\n[^1]: A note.\n\n"
        "**Read:** [food.gov.uk](https://www.food.gov.uk/alert/41)\n"
    )
    link, note = tracked.truths(
        [span_of(text, "https://www.food.gov.uk/alert/41"), span_of(text, "A note.")]
    )
    assert link.holds(*span_of(tracked.text, "https://www.food.gov.uk/alert/41"))
    assert note.holds(*span_of(tracked.text, "A note."))


BLOCK = (
    "Head\n\nByline\n\nProduct: Pies\nPack size: 500 g\nLot numbers: L1, L2\nBest before: May"
    "\n\nEnd.\n"
)


def test_a_key_value_block_is_sorted_flipped_and_run_in() -> None:
    tracked = TrackedText(BLOCK)
    sort_keys(tracked, key_blocks(BLOCK)[0])
    assert tracked.text == (
        "Head\n\nByline\n\nBest before: May\nLot numbers: L1, L2\nPack size: 500 g\nProduct: Pies"
        "\n\nEnd.\n"
    )
    flip_style(tracked, key_blocks(tracked.text)[0])
    assert tracked.text == (
        "Head\n\nByline\n\n| best_before = May\n| lot_numbers = L1, L2\n| pack_size = 500 g\n"
        "| product = Pies\n\nEnd.\n"
    )
    back = TrackedText(tracked.text)
    flip_style(back, key_blocks(tracked.text)[0])
    assert back.text.startswith("Head\n\nByline\n\nBest before: May\nLot numbers: L1, L2\n")
    run_in(tracked, key_blocks(tracked.text)[0])
    assert tracked.text == (
        "Head\n\nByline\n\n| best_before = May | lot_numbers = L1, L2 | pack_size = 500 g "
        "| product = Pies\n\nEnd.\n"
    )
    lots, pack = tracked.truths([span_of(BLOCK, "L1, L2"), span_of(BLOCK, "Pack size: 500 g")])
    assert lots.holds(*span_of(tracked.text, "L1, L2"))
    assert pack.holds(*span_of(tracked.text, "pack_size = 500 g"))


def test_a_sentence_moves_to_another_paragraph_with_a_connector_and_a_synonym() -> None:
    text = (
        "Head\n\nByline\n\nThe road is shut. The council said it would reopen soon.\n\n"
        "Rain is due later. Winds are strong.\n"
    )
    assert prose(text) == [
        span_of(text, "The road is shut. The council said it would reopen soon."),
        span_of(text, "Rain is due later. Winds are strong."),
    ]
    sentence = span_of(text, "The council said it would reopen soon.")
    tracked = TrackedText(text)
    move_sentence(tracked, random.Random(0), sentence, prose(text)[1], first=False)
    new = tracked.text
    moved = re.search(
        r"strong\. (\w+(?:, | \w+, ))the council stated it would reopen soon\.\n$", new
    )
    assert moved is not None, new
    assert new.startswith("Head\n\nByline\n\nThe road is shut.\n\nRain is due later.")
    (truth,) = tracked.truths([sentence])
    at = new.index("he council stated")
    assert truth.holds(at - 1, len(new) - 1)
    ahead = TrackedText(text)
    move_sentence(ahead, random.Random(0), sentence, prose(text)[1], first=True)
    assert ahead.text.endswith(
        "the council stated it would reopen soon. Rain is due later. Winds are strong.\n"
    )


def test_a_paywall_cuts_the_rest_and_first_sentences_stay() -> None:
    text = "Head\n\nByline\n\nOne. Two.\n\nThree. Four.\n\nFive.\n"
    tracked = TrackedText(text)
    first_sentence_only(tracked, span_of(text, "Three. Four."))
    cut_from(tracked, span_of(tracked.text, "Five."), "Subscribe.")
    assert tracked.text == "Head\n\nByline\n\nOne. Two.\n\nThree. …\n\nSubscribe.\n"
    one, four, five = tracked.truths(
        [span_of(text, "One. Two."), span_of(text, "Four."), span_of(text, "Five.")]
    )
    assert one.holds(*span_of(tracked.text, "One. Two."))
    assert not four.findable
    assert not five.findable


@pytest.mark.parametrize("seed", range(10))
def test_every_kind_of_text_is_canonical_sized_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert is_canonical(text), name
        assert "\n\n\n" not in text, name
        assert 4_000 <= len(text.encode()) <= 9_000, name
        assert NOTE_MARK.search(text), name
        assert len(notes(text)) >= 2, name
        assert TIMECODE.search(text), name
        assert STRAIGHT_QUOTE.search(text), name
        assert APOSTROPHE.search(text), name
        assert " -- " in text, name
        assert "..." in text, name
        assert UNIT_SPACE.search(text), name
        assert wrapped_blocks(text), name
        assert len(translated(text)) == 3, name
        assert twin_groups(text), name
        assert headings(text), name
        assert key_blocks(text), name
        assert len(prose(text)) >= 4, name
        assert URL.search(text), name


def test_most_kinds_break_a_word_with_a_hyphen_at_a_line_end_in_some_texts() -> None:
    for kind in KINDS:
        texts = [kind(random.Random(seed)) for seed in range(10)]
        broken = [
            text for text in texts if any("-\n" in text[s:e] for s, e in wrapped_blocks(text))
        ]
        assert len(broken) >= 3, kind.__name__


@pytest.mark.parametrize("name", list(FRESH6_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH6_FAMILIES[name], FRESH6_SEEDS, fresh6_text, fresh6_spans, no_blank_runs=True
    )
