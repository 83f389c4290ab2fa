"""The truth of the fourth-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re

import pytest

from desktop_app.core.text import is_canonical
from tests.benchmarks.family_soundness import assert_family_sound, span_of
from tests.benchmarks.reanchor_fresh4_edits import (
    ATTRIBUTION,
    CITATION,
    NOTE_LINE,
    SEMICOLON_LIST,
    anonymise,
    bullet_lists,
    convert_units,
    delete_citation,
    delete_unit,
    digits_to_fullwidth,
    digits_to_halfwidth,
    drop_titles,
    duplicate_paragraph,
    garbled_paragraphs,
    insert_citation,
    introduce_mojibake,
    invert_attribution,
    list_to_prose,
    prose_to_list,
    repair_mojibake,
    repeated_units,
    restyle_emoji,
    sort_list,
)
from tests.benchmarks.reanchor_fresh4_families import (
    FIGURE,
    FRESH4_FAMILIES,
    FRESH4_SEEDS,
    figure_corrected,
    fresh4_spans,
    fresh4_text,
    sentences,
)
from tests.benchmarks.reanchor_fresh4_kit import CJK, PEOPLE, SKIN_TONES, UNIT_PATTERN
from tests.benchmarks.reanchor_fresh4_texts import KINDS
from tests.storage.edit_simulation import TrackedText

CITED = "Head\n\nAlpha [1]. Beta [2]. Gamma [3], [4].\n\nNotes\n[1] a\n[2] b\n[3] c\n[4] d\n"
REFRAIN = "And the water,\nand the water,\nevery river."
SONG = f"Head\n\n{REFRAIN}\n\nVerse.\n\n{REFRAIN}\n\nEnd.\n"
SINGER = "\U0001f9d1\U0001f3fd\u200d\U0001f3a4"
THUMBS = "\U0001f44d\U0001f3fe"


@pytest.mark.parametrize(
    ("seed", "after"),
    [
        (0, "Alpha [1]. Beta [2]. Gamma [3], [4], [5].\n\nNotes\n[1] a\n[2] b\n[3] c\n[4] new\n"),
        (2, "Alpha [1], [2]. Beta [3]. Gamma [4], [5].\n\nNotes\n[1] new\n[2] a\n[3] b\n[4] c\n"),
        (5, "Alpha [1]. Beta [2], [3]. Gamma [4], [5].\n\nNotes\n[1] a\n[2] b\n[3] new\n[4] c\n"),
    ],
)
def test_a_source_cited_anew_renumbers_the_later_citations_and_notes(seed: int, after: str) -> None:
    tracked = TrackedText(CITED)
    insert_citation(tracked, random.Random(seed), "new")
    assert tracked.text.startswith("Head\n\n" + after)
    body = tracked.text[: tracked.text.index("Notes")]
    assert [int(m[1]) for m in CITATION.finditer(body)] == [1, 2, 3, 4, 5]
    assert [int(m[1]) for m in NOTE_LINE.finditer(tracked.text)] == [1, 2, 3, 4, 5]
    (gamma,) = tracked.truths([span_of(CITED, "Gamma [3], [4].")])
    assert gamma.findable
    start, end = gamma.start_range[0], gamma.end_range[1]
    assert tracked.text[start:end].startswith("Gamma [")


def test_a_source_withdrawn_loses_its_marker_and_note_and_the_rest_move_down() -> None:
    tracked = TrackedText(CITED)
    delete_citation(tracked, random.Random(1))
    assert (
        tracked.text == "Head\n\nAlpha [1]. Beta. Gamma [2], [3].\n\nNotes\n[1] a\n[2] c\n[3] d\n"
    )
    note, alpha = tracked.truths([span_of(CITED, "[2] b"), span_of(CITED, "Alpha [1].")])
    assert not note.findable
    assert alpha.holds(*span_of(tracked.text, "Alpha [1]."))


def test_a_list_is_re_sorted_by_moving_whole_lines() -> None:
    text = "Head\n\nList:\n• pear\n• apple\n• fig\n\nEnd.\n"
    tracked = TrackedText(text)
    sort_list(tracked, bullet_lists(text)[0])
    assert tracked.text == "Head\n\nList:\n• apple\n• fig\n• pear\n\nEnd.\n"
    (pear,) = tracked.truths([span_of(text, "pear")])
    assert pear.holds(*span_of(tracked.text, "pear"))


def test_a_sorted_list_is_sorted_backwards() -> None:
    text = "Head\n\nList:\n• apple\n• fig\n• pear\n"
    tracked = TrackedText(text)
    sort_list(tracked, bullet_lists(text)[0])
    assert tracked.text == "Head\n\nList:\n• pear\n• fig\n• apple\n"


def test_a_list_run_into_prose_lowers_phrases_but_not_names() -> None:
    text = "Points:\n• Fast charging here\n• Training\n• Porto office\n• Support for Spanish\n"
    tracked = TrackedText(text)
    list_to_prose(tracked, bullet_lists(text)[0])
    assert tracked.text == (
        "Points: fast charging here, Training, Porto office and Support for Spanish.\n"
    )
    (office,) = tracked.truths([span_of(text, "Porto office")])
    assert office.holds(*span_of(tracked.text, "Porto office"))


def test_a_japanese_list_is_run_into_prose_with_ideographic_commas() -> None:
    tracked = TrackedText("停留所：\n• 梅田\n• 難波\n")
    list_to_prose(tracked, bullet_lists(tracked.text)[0])
    assert tracked.text == "停留所：梅田、難波。\n"


def test_a_semicolon_list_in_prose_is_made_bullets() -> None:
    text = "Head\n\nThey lost three things: the 7.15; the Sunday service; and hope [2].\n"
    tracked = TrackedText(text)
    found = SEMICOLON_LIST.search(text)
    assert found is not None
    prose_to_list(tracked, found.span())
    assert (
        tracked.text
        == "Head\n\nThey lost three things:\n• the 7.15\n• the Sunday service\n• hope [2]\n"
    )


def test_people_whose_initials_collide_make_twin_sentences_when_anonymised() -> None:
    text = "Dr Lina Haddad said yes. Haddad left; Dr Laila Hamdan said yes.\n"
    tracked = TrackedText(text)
    anonymise(tracked, ("Lina", "Haddad"))
    anonymise(tracked, ("Laila", "Hamdan"))
    assert tracked.text == "Dr L.H. said yes. H. left; Dr L.H. said yes.\n"
    first, name, second = tracked.truths(
        [span_of(text, "Dr Lina Haddad said yes."), span_of(text, "Haddad", 1), (41, 63)]
    )
    assert first.holds(0, 17)
    assert not first.holds(*span_of(tracked.text, "Dr L.H. said yes.", 1))
    assert second.holds(*span_of(tracked.text, "Dr L.H. said yes.", 1))
    assert not name.findable


def test_a_surname_before_a_full_stop_keeps_one_full_stop() -> None:
    tracked = TrackedText("It was said by Rao.\n")
    anonymise(tracked, ("Pooja", "Rao"))
    assert tracked.text == "It was said by R.\n"


@pytest.mark.parametrize(
    ("every", "lead", "after"),
    [
        (False, False, "Walk 5 km (3.1 miles), carry 2 kg (4.4 lb) and 5 km at 4°C (39°F).\n"),
        (True, False, "Walk 5 km (3.1 miles), carry 2 kg (4.4 lb) and 5 km (3.1 miles) at 4°C "
         "(39°F).\n"),
        (True, True, "Walk 3.1 miles (5 km), carry 4.4 lb (2 kg) and 3.1 miles (5 km) at 39°F "
         "(4°C).\n"),
    ],
)  # fmt: skip
def test_units_are_given_american_equivalents(every: bool, lead: bool, after: str) -> None:
    text = "Walk 5 km, carry 2 kg and 5 km at 4°C.\n"
    tracked = TrackedText(text)
    convert_units(tracked, every=every, lead=lead)
    assert tracked.text == after
    (walk,) = tracked.truths([span_of(text, "5 km", 1)])
    assert walk.holds(*span_of(tracked.text, "5 km", 1))


def test_mojibake_is_repaired_where_asked_and_introduced_elsewhere() -> None:
    text = "Head\n\nA cafÃ© â€œopenâ€\ufffd now.\n\nA café “open” now.\n"
    tracked = TrackedText(text)
    assert garbled_paragraphs(text) == [(6, 29)]
    repair_mojibake(tracked, garbled_paragraphs(text))
    assert tracked.text == "Head\n\nA café “open” now.\n\nA café “open” now.\n"
    introduce_mojibake(tracked, (26, 44))
    assert tracked.text == "Head\n\nA café “open” now.\n\nA cafÃ© â€œopenâ€\ufffd now.\n"
    (garbled, clean) = tracked.truths([(6, 29), (31, 49)])
    assert garbled.holds(6, 24)
    assert not garbled.holds(26, 49)
    assert clean.holds(26, 49)


def test_digits_change_width_both_ways() -> None:
    text = "Head\n\n東京で２０２５年に3人。\n"
    half, full = TrackedText(text), TrackedText(text)
    digits_to_halfwidth(half, (0, len(text)))
    digits_to_fullwidth(full, (0, len(text)))
    assert half.text == "Head\n\n東京で2025年に3人。\n"
    assert full.text == "Head\n\n東京で２０２５年に３人。\n"
    (year,) = half.truths([span_of(text, "２０２５")])
    assert not year.findable  # every digit was retyped: a reader's "２０２５" is gone


@pytest.mark.parametrize(
    ("level", "after"),
    [
        (1, "Fans held up 🧑\u200d🎤 and 👍.\n"),
        (2, "Fans held up 🧑🎤 and 👍.\n"),
        (3, "Fans held up :singer_tone3: and :thumbsup_tone4:.\n"),
    ],
)
def test_emoji_are_restyled_by_level(level: int, after: str) -> None:
    text = f"Fans held up {SINGER} and {THUMBS}.\n"
    tracked = TrackedText(text)
    restyle_emoji(tracked, level)
    assert tracked.text == after


def test_a_refrain_line_is_cut_at_one_occurrence_and_its_twin_kept() -> None:
    units = repeated_units(SONG)
    assert sorted(units) == sorted([REFRAIN, *REFRAIN.split("\n")])
    tracked = TrackedText(SONG)
    delete_unit(tracked, units["and the water,"][1])
    assert tracked.text == SONG[: -len(REFRAIN) - 7] + "And the water,\nevery river.\n\nEnd.\n"
    kept, cut = tracked.truths(units["and the water,"])
    assert kept.holds(*units["and the water,"][0])
    assert not cut.findable
    assert cut.copied_to is None


def test_a_whole_refrain_is_cut_with_its_blank_line() -> None:
    tracked = TrackedText(SONG)
    delete_unit(tracked, repeated_units(SONG)[REFRAIN][0])
    assert tracked.text == f"Head\n\nVerse.\n\n{REFRAIN}\n\nEnd.\n"


DOUBLED = "Head\n\nByline\n\nThe council approved the budget.\n\nOne.\n\nTwo.\n\nThree.\n"
COUNCIL = "The council approved the budget."


def test_a_doubled_paragraph_with_its_original_edited_keeps_the_truth_on_the_original() -> None:
    tracked = TrackedText(DOUBLED)
    paragraph = span_of(DOUBLED, COUNCIL)
    original = duplicate_paragraph(tracked, random.Random(3), paragraph, "original")
    new = tracked.text
    assert new.count(COUNCIL) == 1  # the copy, pasted two paragraphs away or more
    assert new[original[0] : original[1]] != COUNCIL
    (truth,) = tracked.truths([paragraph])
    assert truth.holds(*original)
    assert not truth.holds(*span_of(new, COUNCIL))


def test_a_doubled_paragraph_edited_twice_keeps_the_truth_on_the_original() -> None:
    tracked = TrackedText(DOUBLED)
    paragraph = span_of(DOUBLED, COUNCIL)
    original = duplicate_paragraph(tracked, random.Random(4), paragraph, "both")
    new = tracked.text
    assert COUNCIL not in new
    assert new.count("\n\nThe c") == 2
    (truth,) = tracked.truths([paragraph])
    assert truth.holds(*original)
    assert new[original[0] : original[1]] in new.split("\n\n")


def test_a_corrected_figure_is_the_truth_and_the_correction_note_a_decoy() -> None:
    text = "Head\n\nByline\n\nOf the 1,240 patients, 212 fell ill.\n\nAll 1,240 were adults.\n"
    tracked = TrackedText(text)
    figure_corrected(tracked, random.Random(0), 3.0)
    new = tracked.text
    assert new.startswith("Head\n\nByline\n\nOf the 1,204 patients, 212 fell ill.\n\nAll 1,204")
    assert "gave 1,240 where it should have said 1,204." in new
    (figure,) = tracked.truths([span_of(text, "1,240")])
    assert figure.holds(*span_of(new, "1,204"))
    assert not figure.holds(*span_of(new, "1,240"))


def test_an_attribution_is_inverted_and_later_titles_dropped() -> None:
    text = "Dr Lina Haddad spoke. “Yes,” said Dr Haddad. “No,” said Rao, the chef.\n"
    tracked = TrackedText(text)
    (match,) = ATTRIBUTION.finditer(text)  # not before a comma: "said Rao, the chef"
    invert_attribution(tracked, match)
    assert (
        tracked.text == "Dr Lina Haddad spoke. “Yes,” Dr Haddad said. “No,” said Rao, the chef.\n"
    )
    drop_titles(tracked)
    assert tracked.text == "Dr Lina Haddad spoke. “Yes,” Haddad said. “No,” said Rao, the chef.\n"
    (name,) = tracked.truths([span_of(text, "Haddad", 1)])
    assert name.holds(*span_of(tracked.text, "Haddad", 1))


def test_figures_and_sentences_are_found_as_a_reader_would_select_them() -> None:
    text = "约20,000人 at £1.2 bn, 38% [4] and 2.4 days; 7.15 to Uckfield, 2026.\n"
    assert [m[0] for m in FIGURE.finditer(text)] == ["20,000", "£1.2", "38%", "2.4", "7.15", "2026"]
    text = (
        "大阪市で開業した[1]。「安全が第一です」と述べた。Lisbon is here. Dr No said “Go.” Then?\n"
    )
    assert [text[s:e] for s, e in sentences(text)] == [
        "大阪市で開業した[1]。",
        "「安全が第一です」と述べた。",
        "Lisbon is here.",
        "Dr No said “Go.”",
    ]


def _people_named(text: str) -> list[list[str]]:
    return [[f"{a} {b}" for a, b in pair if f"{a} {b}" in text] for pair in PEOPLE]


@pytest.mark.parametrize("seed", range(10))
def test_every_kind_of_text_is_canonical_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert is_canonical(text), name
        assert any(len(items) >= 3 for items in bullet_lists(text)), name
        assert SEMICOLON_LIST.search(text), name
        assert len({m[1] for m in CITATION.finditer(text)}) >= 3, name
        assert NOTE_LINE.search(text), name
        assert len(UNIT_PATTERN.findall(text)) >= 2, name
        assert garbled_paragraphs(text), name
        assert repeated_units(text), name
        figures = [m[0] for m in FIGURE.finditer(text) if len(m[0]) >= 3]
        assert any(figures.count(figure) >= 2 for figure in figures), name
        assert any(len(pair) == 2 for pair in _people_named(text)), name
        assert re.search("[０-９]", text), name
        assert any(CJK.search(p) and re.search("[0-9]", p) for p in text.split("\n\n")), name
        assert SKIN_TONES.search(text), name
        assert "\u200d" in text, name
        assert "“" in text, name
        assert ATTRIBUTION.search(text), name


@pytest.mark.parametrize("name", list(FRESH4_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH4_FAMILIES[name], FRESH4_SEEDS, fresh4_text, fresh4_spans, no_blank_runs=True
    )
