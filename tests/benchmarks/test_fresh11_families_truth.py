"""The truth of the eleventh-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random

import pytest

from tests.benchmarks.family_soundness import (
    assert_family_sound,
    assert_hostile_text,
    assert_spans_distinct,
    span_of,
)
from tests.benchmarks.reanchor_fresh7_places import headings, recurring
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh11_edits import abbreviated
from tests.benchmarks.reanchor_fresh11_families import (
    FRESH11_FAMILIES,
    FRESH11_SEEDS,
    asides_footnoted,
    dashes_typed_plain,
    emoji_removed,
    fillers_removed,
    fresh11_spans,
    fresh11_text,
    hyphenated_for_print,
    languages_swapped,
    terms_capitalised,
    timestamps_dropped,
    twins_dropped,
    warnings_flagged,
    weekdays_abbreviated,
)
from tests.benchmarks.reanchor_fresh11_kit import NBSP, PAIRS
from tests.benchmarks.reanchor_fresh11_places import (
    asides,
    breakable_words,
    cues,
    dashes,
    day_names,
    day_ranges,
    emoji_spans,
    fillers,
    stamped_blocks,
    stamps,
    terms,
    twins,
)
from tests.benchmarks.reanchor_fresh11_texts import KINDS
from tests.storage.edit_simulation import TrackedText

TRANSCRIPT = (
    "Head\n\nByline\n\nPart one\n\n[00:00:05] HOST: Yes, um, the mill opened.\n"
    "[00:00:12] GUEST: [laughs] Well, you know, it did.\n\nAfter the break.\n"
)


def test_time_stamps_are_dropped_then_the_lines_run_together() -> None:
    (rows,) = stamped_blocks(TRANSCRIPT)
    assert len(stamps(TRANSCRIPT)) == 2
    tracked = TrackedText(TRANSCRIPT)
    timestamps_dropped(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nPart one\n\nHOST: Yes, um, the mill opened. "
        "GUEST: [laughs] Well, you know, it did.\n\nAfter the break.\n"
    )
    line, words, after = tracked.truths(
        [rows[0], span_of(TRANSCRIPT, "GUEST: [laughs] Well"), span_of(TRANSCRIPT, "After")]
    )
    assert line.survived == 1 - 11 / 42  # the stamp and its space
    assert line.holds(*span_of(new, "HOST: Yes, um, the mill opened."))
    assert words.holds(*span_of(new, "GUEST: [laughs] Well"))
    assert after.holds(*span_of(new, "After"))
    assert stamped_blocks(new) == []


def test_fillers_and_cues_are_cut_from_a_transcript() -> None:
    assert [TRANSCRIPT[slice(*s)] for s in fillers(TRANSCRIPT)] == ["um, ", "you know, "]
    assert [TRANSCRIPT[slice(*s)] for s in fillers(TRANSCRIPT, hesitations_only=True)] == ["um, "]
    assert [TRANSCRIPT[slice(*s)] for s in cues(TRANSCRIPT)] == ["[laughs] "]
    middle = TrackedText(TRANSCRIPT)
    fillers_removed(middle, random.Random(1), 3.0)
    assert "Yes, the mill" in middle.text
    assert "you know, " in middle.text
    tracked = TrackedText(TRANSCRIPT)
    fillers_removed(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert "GUEST: Well, it did." in new
    assert "HOST: Yes, the mill opened." in new
    (sentence,) = tracked.truths([span_of(TRANSCRIPT, "Yes, um, the mill opened.")])
    assert sentence.survived == 1 - 4 / 25
    assert sentence.holds(*span_of(new, "Yes, the mill opened."))


def _paired(count: int) -> str:
    body = "\n\n".join(p for pair in PAIRS[:count] for p in pair)
    return f"Head\n\nByline\n\n{body}\n\nThe end.\n"


def test_a_paragraph_and_its_twin_swap_and_keep_their_words() -> None:
    text = _paired(1)
    english, french = PAIRS[0]
    ((first, second),) = twins(text)
    assert text[slice(*first)] == english
    assert text[slice(*second)] == french
    tracked = TrackedText(text)
    languages_swapped(tracked, random.Random(1), 1.0)
    new = tracked.text
    assert new == f"Head\n\nByline\n\n{french}\n\n{english}\n\nThe end.\n"
    en, fr, end = tracked.truths([first, second, span_of(text, "The end.")])
    assert en.holds(*span_of(new, english))
    assert fr.holds(*span_of(new, french))
    assert end.holds(*span_of(new, "The end."))


def test_an_english_only_edition_drops_the_twins() -> None:
    text = _paired(2)
    tracked = TrackedText(text)
    twins_dropped(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == f"Head\n\nByline\n\n{PAIRS[0][0]}\n\n{PAIRS[1][0]}\n\nThe end.\n"
    gone, kept = tracked.truths([span_of(text, PAIRS[1][1]), span_of(text, PAIRS[1][0])])
    assert not gone.findable
    assert kept.holds(*span_of(new, PAIRS[1][0]))


def test_dashes_then_quotes_and_spaces_are_typed_plain() -> None:
    text = f"Head\n\nByline\n\nOpen 9–5 — it’s “free”…\n\nMore — later{NBSP}on.\n"
    assert len(dashes(text)) == 4
    one = TrackedText(text)
    dashes_typed_plain(one, random.Random(3), 1.0)
    assert one.text.count("--") == 1  # only one paragraph
    tracked = TrackedText(text)
    dashes_typed_plain(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == 'Head\n\nByline\n\nOpen 9-5 -- it\'s "free"...\n\nMore -- later on.\n'
    (sentence,) = tracked.truths([span_of(text, "Open 9–5 — it’s “free”…")])
    assert sentence.survived == 1 - 6 / 23  # the dashes, the quotes and the ellipsis retyped
    assert sentence.holds(*span_of(new, 'Open 9-5 -- it\'s "free"...'))


def test_long_words_are_broken_at_line_ends_inside_the_word() -> None:
    text = "Head\n\nByline\n\nThe international committee met. It’s short.\n\nList\nnotbreakable\n"
    assert [text[slice(*w)] for w in breakable_words(text)] == ["international", "committee"]
    tracked = TrackedText(text)
    hyphenated_for_print(tracked, random.Random(2), 1.0)
    new = tracked.text
    assert new.count("-\n") == 2
    assert new.replace("-\n", "") == text
    sentence, word = tracked.truths(
        [span_of(text, "The international committee met."), span_of(text, "international")]
    )
    assert sentence.survived == 1.0  # nothing lost, two characters typed inside
    assert sentence.holds(span_of(new, "The")[0], span_of(new, "met.")[1])
    start = span_of(text, "international")[0]  # nothing before it changed
    assert word.holds(start, new.index(" ", start))


def test_defined_terms_are_capitalised_where_they_stand() -> None:
    text = (
        "Head\n\nByline\n\nThe tenant pays; the tenant and the landlord sign. Bathe tenantless.\n"
    )
    assert [text[slice(*s)] for s in terms(text)] == ["the tenant", "the landlord"]
    tracked = TrackedText(text)
    terms_capitalised(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nThe tenant pays; the Tenant and the Landlord sign. Bathe tenantless.\n"
    )
    (term,) = tracked.truths([span_of(text, "the landlord")])
    assert term.survived == 11 / 12
    assert term.holds(*span_of(new, "the Landlord"))


def test_days_and_months_are_abbreviated_ranges_first() -> None:
    text = "Head\n\nByline\n\nOpen Monday to Friday and Sunday, from May to September.\n"
    assert [text[slice(*s)] for s in day_ranges(text)] == ["Monday to Friday"]
    assert [text[slice(*s)] for s in day_names(text, months=True)] == [
        "Monday to Friday",
        "Sunday",
        "September",
    ]
    assert abbreviated("Monday to Friday") == "Mon–Fri"
    low = TrackedText(text)
    weekdays_abbreviated(low, random.Random(1), 1.0)
    assert low.text == "Head\n\nByline\n\nOpen Mon–Fri and Sunday, from May to September.\n"
    tracked = TrackedText(text)
    weekdays_abbreviated(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nOpen Mon–Fri and Sun, from May to Sep.\n"
    days, month = tracked.truths([span_of(text, "Monday to Friday"), span_of(text, "September")])
    assert days.survived == 3 / 16  # "Mon" kept by the diff
    assert not days.findable
    assert days.holds(*span_of(new, "Mon–Fri"))
    assert month.holds(*span_of(new, "Sep"))


def test_emoji_are_removed_with_the_space_before_them() -> None:
    text = "Head\n\nByline\n\nBus 12 🚌 runs. Family 👩‍👧 fun ⚠️.\n\nThe 🐘 end.\n"
    assert len(emoji_spans(text)) == 4
    tracked = TrackedText(text)
    emoji_removed(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nBus 12 runs. Family fun.\n\nThe end.\n"
    (sentence,) = tracked.truths([span_of(text, "Family 👩‍👧 fun ⚠️.")])
    assert sentence.holds(*span_of(new, "Family fun."))


def test_asides_move_to_numbered_notes_at_the_end() -> None:
    text = (
        "Head\n\nByline\n\nThe hall (on the first floor) opens at 9. "
        "The café (run by volunteers) shuts at 4 (or so).\n"
    )
    assert [text[slice(*words)] for _, words in asides(text)] == [
        "on the first floor",
        "run by volunteers",
    ]
    tracked = TrackedText(text)
    asides_footnoted(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nThe hall[1] opens at 9. The café[2] shuts at 4 (or so).\n\nNotes\n\n"
        "1. on the first floor\n2. run by volunteers\n"
    )
    sentence, aside = tracked.truths(
        [
            span_of(text, "The hall (on the first floor) opens at 9."),
            span_of(text, "run by volunteers"),
        ]
    )
    assert sentence.holds(*span_of(new, "The hall[1] opens at 9."))  # 21 of 42 characters
    assert aside.holds(*span_of(new, "run by volunteers"))


def test_repeated_sentences_are_flagged_most_repeated_first() -> None:
    text = (
        "Head\n\nByline\n\nMind the step. Keep left.\n\nMind the step.\n\nKeep left.\n\n"
        "Mind the step.\n"
    )
    assert list(recurring(text)) == ["Mind the step.", "Keep left."]
    one = TrackedText(text)
    warnings_flagged(one, random.Random(1), 1.0)
    assert one.text.count("Important: Mind the step.") == 3
    assert "Important: Keep" not in one.text
    tracked = TrackedText(text)
    warnings_flagged(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new.count("⚠️ Important: ") == 5
    (sentence,) = tracked.truths([span_of(text, "Keep left.", 1)])
    assert sentence.survived == 1.0
    assert sentence.holds(*span_of(new, "Keep left.", 1))


@pytest.mark.parametrize("seed", [*range(8), *FRESH11_SEEDS])
def test_every_kind_of_text_is_canonical_sized_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(stamped_blocks(text)) >= 2, name
        assert len(stamps(text)) >= 4, name
        assert len(fillers(text)) >= 4, name
        assert fillers(text, hesitations_only=True), name
        assert cues(text), name
        assert len(twins(text)) >= 3, name
        assert len(dashes(text)) >= 5, name
        assert len(breakable_words(text)) >= 20, name
        assert len(terms(text)) >= 2, name
        assert len(day_ranges(text)) >= 2, name
        assert len(day_names(text, months=True)) > len(day_names(text, months=False)), name
        assert len(emoji_spans(text)) >= 3, name
        assert len(asides(text)) >= 3, name
        assert any(len(group) >= 3 for group in recurring(text).values()), name
        assert len(headings(text)) >= 5, name
        assert len(sections(text)) >= 5, name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH11_SEEDS, fresh11_text, fresh11_spans)


@pytest.mark.parametrize("name", list(FRESH11_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH11_FAMILIES[name], FRESH11_SEEDS, fresh11_text, fresh11_spans, no_blank_runs=True
    )
