"""The truth of the third-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re

import pytest

from desktop_app.core.text import is_canonical
from tests.benchmarks.family_soundness import assert_family_sound, span_of
from tests.benchmarks.reanchor_fresh3_edits import (
    TIGHTENING,
    clean_characters,
    delete_sentence,
    french_spacing,
    localise_quotes,
    numbered_lists,
    promote,
    reflow,
    renumber,
    repeated_sentences,
    restyle_labels,
    restyle_markers,
    swap_last_columns,
    tables,
    tighten,
)
from tests.benchmarks.reanchor_fresh3_families import (
    FIGURE,
    FRESH3_FAMILIES,
    FRESH3_SEEDS,
    fresh3_spans,
    fresh3_text,
)
from tests.benchmarks.reanchor_fresh3_kit import LABELS, NBSP, RECURRING, table
from tests.benchmarks.reanchor_fresh3_rewording import reword, reworded
from tests.benchmarks.reanchor_fresh3_texts import KINDS
from tests.storage.edit_simulation import TrackedText

NUMBERED_TEXT = "Head\n\n1. Alpha.\n\n2. Beta, as paragraph 3 says.\n\n3. Gamma.\n"


def test_a_paragraph_inserted_renumbers_the_rest_and_the_references_to_them() -> None:
    tracked = TrackedText(NUMBERED_TEXT)
    (items,) = numbered_lists(NUMBERED_TEXT)
    renumber(tracked, items, 1, "New.")
    assert tracked.text == (
        "Head\n\n1. Alpha.\n\n2. New.\n\n3. Beta, as paragraph 4 says.\n\n4. Gamma.\n"
    )
    beta, gamma = tracked.truths([span_of(NUMBERED_TEXT, "Beta"), span_of(NUMBERED_TEXT, "Gamma.")])
    assert beta.holds(*span_of(tracked.text, "Beta"))
    assert gamma.holds(*span_of(tracked.text, "Gamma."))


def test_a_paragraph_deleted_renumbers_the_rest_and_is_gone() -> None:
    tracked = TrackedText(NUMBERED_TEXT.replace("paragraph 3", "paragraph 3 or 1"))
    (items,) = numbered_lists(tracked.old)
    renumber(tracked, items, 1, None)
    assert tracked.text == "Head\n\n1. Alpha.\n\n2. Gamma.\n"
    beta, gamma = tracked.truths([span_of(tracked.old, "2. Beta"), span_of(tracked.old, "Gamma.")])
    assert not beta.findable
    assert gamma.holds(*span_of(tracked.text, "Gamma."))


def test_a_table_has_its_last_columns_swapped_and_is_separated_by_tabs() -> None:
    text = "Head\n\n" + table("T", [("a", "1", "x"), ("bcd", "22", "y")]) + "\n"
    assert text == "Head\n\nT\na     1    x\nbcd   22   y\n"
    tracked = TrackedText(text)
    (found,) = tables(text)
    swap_last_columns(tracked, found)
    assert tracked.text == "Head\n\nT\na    x     1\nbcd   y   22\n"  # padding moves too
    reflow(tracked, found, "\t", 0)
    assert tracked.text == "Head\n\nT\na\tx\t1\nbcd\ty\t22\n"
    cell, row = tracked.truths([span_of(text, "22"), span_of(text, "bcd   22")])
    assert cell.holds(*span_of(tracked.text, "22"))
    assert not row.findable  # its two cells stand apart now, a column between them


def test_a_table_is_padded_anew_to_line_up() -> None:
    text = "Head\n\nT\na   1\nbcd   22\n"
    tracked = TrackedText(text)
    reflow(tracked, tables(text)[0], None, 2)
    assert tracked.text == "Head\n\nT\na    1\nbcd  22\n"


def test_one_occurrence_of_a_repeated_sentence_is_deleted_and_the_other_kept() -> None:
    text = "Head\n\nA: Quite so. Fine.\n\nQ: Why?\n\nA: Quite so. Sure.\n\n4. Quite so.\n"
    repeated = repeated_sentences(text)
    assert list(repeated) == ["Quite so."]
    first, second, numbered = repeated["Quite so."]
    tracked = TrackedText(text)
    assert not delete_sentence(tracked, *numbered)
    assert delete_sentence(tracked, *second)
    assert tracked.text == "Head\n\nA: Quite so. Fine.\n\nQ: Why?\n\nA: Sure.\n\n4. Quite so.\n"
    kept, gone = tracked.truths([first[0], second[0]])
    assert kept.holds(*first[0])
    assert not gone.findable
    assert gone.copied_to is None


def test_a_sentence_that_is_all_of_an_answer_goes_with_its_label() -> None:
    text = "Head\n\nQ: Really?\n\nA: No.\n\nQ: Really?\n"
    tracked = TrackedText(text)
    sentence, paragraph = repeated_sentences(text)["Really?"][1]
    assert delete_sentence(tracked, sentence, paragraph)
    assert tracked.text == "Head\n\nQ: Really?\n\nA: No.\n"


def test_quotes_are_printed_in_french_style_with_narrow_spaces() -> None:
    text = "Q: Why?\n\nHe said: “Go now!” and left.\n"
    tracked = TrackedText(text)
    localise_quotes(tracked, "french", [(0, len(text))])
    french_spacing(tracked)
    assert tracked.text == "Q: Why\u202f?\n\nHe said\u202f: «\u202fGo now\u202f!\u202f» and left.\n"
    (words,) = tracked.truths([span_of(text, "Go now")])
    assert words.holds(*span_of(tracked.text, "Go now"))


def test_only_the_chosen_paragraphs_have_their_quotes_localised() -> None:
    text = "“One.”\n\n“Two.”\n"
    tracked = TrackedText(text)
    localise_quotes(tracked, "german", [(8, 14)])
    assert tracked.text == "“One.”\n\n„Two.“\n"


def test_the_tightening_pass_deletes_small_words_all_through() -> None:
    text = "We just wanted, in order to win, a number of very good players.\n"
    tracked = TrackedText(text)
    tighten(tracked, random.Random(0), 1.0)
    assert tracked.text == "We wanted, to win, several good players.\n"
    (players,) = tracked.truths([span_of(text, "good players")])
    assert players.holds(*span_of(tracked.text, "good players"))


def test_the_tightening_pass_makes_one_edit_at_least() -> None:
    tracked = TrackedText("It was very good.\n")
    tighten(tracked, random.Random(1), 0.0)
    assert tracked.text == "It was good.\n"


@pytest.mark.parametrize(
    ("level", "after"),
    [
        (1, f"Kovalenko said «Ми разом» at 12{NBSP}400  in\u00adter\n"),
        (2, "Kovalenko said «Ми разом» at 12 400  inter\n"),
        (3, "Kovalenko said «Ми разом» at 12 400 inter\n"),
    ],
)
def test_lookalikes_and_odd_spaces_are_cleaned_by_level(level: int, after: str) -> None:
    text = f"Kоvalenko said «Ми разом» at 12{NBSP}400  in\u00adter\n"
    tracked = TrackedText(text)
    clean_characters(tracked, level)
    assert tracked.text == after
    (name,) = tracked.truths([span_of(text, "Kоvalenko")])
    assert name.holds(0, 9)
    assert name.survived == 8 / 9


def test_a_promoted_sentence_is_the_truth_and_the_back_reference_a_decoy() -> None:
    text = "Head\n\nByline\n\nFirst para.\n\nOne. Two is here. Three.\n"
    tracked = TrackedText(text)
    sentence = span_of(text, "Two is here.")
    bridge_at = promote(tracked, sentence, 14, "As noted, two is here.")
    assert tracked.text == (
        "Head\n\nByline\n\nTwo is here.\n\nFirst para.\n\nOne. As noted, two is here. Three.\n"
    )
    assert tracked.text.startswith("As noted", bridge_at)
    (truth,) = tracked.truths([sentence])
    assert truth.holds(14, 26)
    assert not truth.holds(*span_of(tracked.text, "two is here."))


def test_labels_minute_markers_and_paragraph_numbers_are_restyled() -> None:
    text = "Q: Why?\n\nA: Because.\n\n12' GOAL! 1-0.\n\n3. Point.\n\nQ:\n"
    tracked = TrackedText(text)
    restyle_labels(tracked, {"Q:": "Question:"})
    restyle_markers(tracked, " min", "[]")
    assert tracked.text == (
        "Question: Why?\n\nA: Because.\n\n12 min GOAL! 1-0.\n\n[3] Point.\n\nQuestion:\n"
    )


def test_a_reworded_sentence_keeps_its_names_and_figures_and_its_twin_is_untouched() -> None:
    text = (
        "Head\n\nKovalenko, who joined from Vorskla Poltava in the summer, now has 9 goals "
        "this season. Kovalenko, who joined from Vorskla Poltava in the summer, now has 9 "
        "goals this season.\n"
    )
    tracked = TrackedText(text)
    first, second = (match for match, _ in reworded(text))
    reword(tracked, second, reworded(text)[1][1])
    assert tracked.text == (
        "Head\n\nKovalenko, who joined from Vorskla Poltava in the summer, now has 9 goals "
        "this season. Kovalenko, a summer signing from Vorskla Poltava, has 9 goals this "
        "season.\n"
    )
    twin, said_again, name, club = tracked.truths(
        [first.span(), second.span(), second.span(1), second.span(2)]
    )
    assert twin.holds(*first.span())
    assert said_again.findable  # its names, figure and a few letters are still there
    assert said_again.holds(first.end() + 1, len(tracked.text) - 1)
    assert not said_again.holds(*first.span())
    assert name.holds(*span_of(tracked.text, "Kovalenko", 1))
    assert club.holds(*span_of(tracked.text, "Vorskla Poltava", 1))


def test_figures_are_found_as_a_reader_would_select_them() -> None:
    text = "Won 2-1 on 3 May; £14,500 and £421.4m, 4.2% and 6.6p; at 19:00-06:00, 90+4'.\n"
    assert [m[0] for m in FIGURE.finditer(text)] == [
        "2-1",
        "3",
        "£14,500",
        "£421.4m",
        "4.2%",
        "6.6p",
        "90",
        "4",
    ]


def _lookalike_in_a_latin_word(text: str) -> bool:
    return any(
        re.search("[a-zA-Z]", word) and re.search("[\u0400-\u04ff]", word)
        for word in re.findall(r"[^\W\d_]+", text)
    )


@pytest.mark.parametrize("seed", range(10))
def test_every_kind_of_text_is_canonical_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert is_canonical(text), name
        assert any(len(items) >= 3 for items in numbered_lists(text)), name
        assert tables(text), name
        assert repeated_sentences(text), name
        figures = [m[0] for m in FIGURE.finditer(text) if len(m[0]) >= 2]
        assert any(figures.count(figure) >= 2 for figure in figures), name
        assert "“" in text, name
        assert NBSP in text, name
        assert _lookalike_in_a_latin_word(text), name
        assert any(re.search(pattern, text) for pattern, _ in TIGHTENING), name
        assert any(re.search(rf"(?:^|\n\n){re.escape(label)}", text) for label in LABELS), name
        assert any(text.count(needle) >= 2 for needle in RECURRING), name
        rewordings = [template for _, template in reworded(text)]
        assert any(rewordings.count(template) >= 2 for template in rewordings), name


@pytest.mark.parametrize("name", list(FRESH3_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(name, FRESH3_FAMILIES[name], FRESH3_SEEDS, fresh3_text, fresh3_spans)
