"""The truth of the second-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random

import pytest

from desktop_app.core.text import is_canonical
from tests.benchmarks.family_soundness import assert_family_sound, span_of
from tests.benchmarks.reanchor_families import RATES
from tests.benchmarks.reanchor_fresh2_edits import (
    AMERICAN,
    SOFT_HYPHEN,
    TIME,
    americanise,
    append_correction,
    curl,
    gloss_words,
    pull_quote,
    restyle_time,
    retype,
    split_and_swap,
    swap_clauses,
    wrap,
)
from tests.benchmarks.reanchor_fresh2_families import (
    FRESH2_FAMILIES,
    FRESH2_SEEDS,
    fresh2_spans,
    fresh2_text,
    trimmed_for_print,
)
from tests.benchmarks.reanchor_fresh2_texts import KINDS, MISSPELLINGS
from tests.storage.edit_simulation import TrackedText


def test_a_split_paragraph_with_its_halves_swapped_is_still_one_passage() -> None:
    text = "Alpha one. Beta two.\n"
    tracked = TrackedText(text)
    split_and_swap(tracked, (0, 20), 10)
    assert tracked.text == "Beta two.\n\nAlpha one.\n"
    whole, alpha, beta = tracked.truths([(0, 20), (0, 10), (11, 20)])
    assert whole.start_range == (0, 0)
    assert whole.end_range == (21, 21)
    assert whole.survived == 19 / 20
    assert alpha.start_range == (11, 11)
    assert alpha.end_range == (21, 21)
    assert beta.start_range == (0, 0)
    assert beta.end_range == (9, 9)


def test_swapped_clauses_keep_their_origin() -> None:
    text = "First part, second part.\n"
    tracked = TrackedText(text)
    swap_clauses(tracked, (0, 24), 10)
    assert tracked.text == "second part, First part.\n"
    first, second = tracked.truths([(0, 10), (12, 23)])
    assert (first.start_range, first.end_range) == ((13, 13), (23, 23))
    assert (second.start_range, second.end_range) == ((0, 0), (11, 11))


def test_the_spelling_pass_keeps_the_shared_letters_of_every_word() -> None:
    text = "Mr Khan's colour centre organised travelled programme.\n"
    tracked = TrackedText(text)
    americanise(tracked, list(AMERICAN))
    assert tracked.text == "Mr. Khan's color center organized traveled program.\n"
    colour, name, whole = tracked.truths(
        [span_of(text, "colour"), span_of(text, "Mr Khan"), (0, len(text) - 1)]
    )
    assert colour.survived == 5 / 6
    assert colour.holds(*span_of(tracked.text, "color"))
    assert name.holds(*span_of(tracked.text, "Mr. Khan"))
    assert whole.holds(0, len(tracked.text) - 1)


def test_a_struck_sentence_is_gone_and_its_quote_in_the_correction_is_no_error() -> None:
    text = "Head\n\nThe fee was 40 pounds. It rose.\n"
    tracked = TrackedText(text)
    wrong = span_of(text, "The fee was 40 pounds.")
    append_correction(tracked, wrong, "struck", "1 May 2026")
    assert tracked.text == (
        "Head\n\nIt rose.\n\nCorrection, 1 May 2026: an earlier version of this article "
        "said: “The fee was 40 pounds.” That was wrong and has been removed.\n"
    )
    struck, rose = tracked.truths([wrong, span_of(text, "It rose.")])
    assert struck.survived == 0
    assert struck.copied_to == span_of(tracked.text, "The fee was 40 pounds.")
    assert rose.holds(6, 14)


def test_a_fixed_sentence_stays_put_and_the_quote_of_it_is_a_decoy() -> None:
    text = "Head\n\nThe fee was 40 pounds. It rose.\n"
    tracked = TrackedText(text)
    wrong = span_of(text, "The fee was 40 pounds.")
    append_correction(tracked, wrong, "fixed", "1 May 2026")
    tracked.replace(18, 2, "41")
    assert tracked.text.startswith("Head\n\nThe fee was 41 pounds. It rose.\n\nCorrection")
    assert tracked.text.endswith("said: “The fee was 40 pounds.” This has been corrected.\n")
    (fixed,) = tracked.truths([wrong])
    assert fixed.findable
    assert fixed.holds(6, 28)
    assert not fixed.holds(*span_of(tracked.text, "The fee was 40 pounds."))
    assert fixed.copied_to is None


def test_a_flagged_sentence_keeps_its_place_and_gains_a_note() -> None:
    text = "Head\n\nThe fee was 40 pounds. It rose.\n"
    tracked = TrackedText(text)
    wrong = span_of(text, "The fee was 40 pounds.")
    append_correction(tracked, wrong, "flagged", "1 May 2026")
    assert tracked.text.startswith(
        "Head\n\nThe fee was 40 pounds. [See correction below.] It rose.\n\n"
    )
    (flagged,) = tracked.truths([wrong])
    assert flagged.holds(6, 28)


@pytest.mark.parametrize(
    ("before", "style", "after"),
    [
        ("14:05 GMT", "bst", "15:05 BST"),
        ("23:50 GMT", "bst", "00:50 BST"),
        ("2.34 pm", "bst", "3.34 pm"),
        ("11.30am", "bst", "12.30pm"),
        ("14:05 GMT", "clock", "2.05pm GMT"),
        ("09:55", "clock", "9.55am"),
        ("2.34 pm", "clock", "14:34"),
        ("12.15 am", "clock", "00:15"),
    ],
)
def test_times_are_restyled_as_a_sub_editor_would(before: str, style: str, after: str) -> None:
    match = TIME.fullmatch(before)
    assert match is not None
    assert restyle_time(match, style) == after


def test_the_time_pattern_leaves_money_and_thousands_alone() -> None:
    assert [m[0] for m in TIME.finditer("£4.2 million, 1,200 people, 14:05 GMT")] == ["14:05 GMT"]


def test_a_pull_quote_is_a_copy_and_the_original_keeps_the_truth() -> None:
    text = "Intro.\n\nShe said: “We will win this.”\n"
    tracked = TrackedText(text)
    inner = span_of(text, "We will win this.")
    pull_quote(tracked, inner, 8)
    assert tracked.text == "Intro.\n\n“We will win this.”\n\nShe said: “We will win this.”\n"
    (truth,) = tracked.truths([inner])
    assert truth.holds(*span_of(tracked.text, "We will win this.", 1))
    assert not truth.holds(*span_of(tracked.text, "We will win this.", 0))


def test_a_paragraph_is_wrapped_and_a_long_word_hyphenated_at_the_line_end() -> None:
    text = "aaa bbb ccc ddd alpha internationally\n"
    tracked = TrackedText(text)
    wrap(tracked, (0, len(text) - 1), 16, {5})
    assert tracked.text == "aaa bbb ccc ddd\nalpha internati-\nonally\n"
    (word,) = tracked.truths([span_of(text, "internationally")])
    assert word.survived == 1.0
    assert word.holds(22, 39)


def test_typography_is_retyped_everywhere() -> None:
    tracked = TrackedText('He said "yes" and it\'s ok... - fine\n')
    curl(tracked)
    assert tracked.text == "He said “yes” and it’s ok… – fine\n"
    retype(tracked, {"“": '"', "”": '"', "’": "'", "…": "...", "–": "-"})
    assert tracked.text == 'He said "yes" and it\'s ok... - fine\n'


def test_the_spelling_check_fixes_whole_words_only() -> None:
    tracked = TrackedText("The goverment recieved it, untill Norwich and sandwich.\n")
    retype(tracked, MISSPELLINGS, words=True)
    assert tracked.text == "The government received it, until Norwich and sandwich.\n"


@pytest.mark.parametrize("seed", range(8))
def test_a_literal_translation_keeps_names_figures_and_other_scripts(seed: int) -> None:
    text = "Ms Okafor said the 12 trees would fall after the vote, «φτάνει πια», and ended.\n"
    tracked = TrackedText(text)
    gloss_words(tracked, random.Random(seed), (0, len(text) - 1))
    kept = [span_of(text, "Ms Okafor"), span_of(text, "12"), span_of(text, "«φτάνει πια»")]
    for (start, end), truth in zip(kept, tracked.truths(kept), strict=True):
        assert truth.survived == 1.0, text[start:end]
        assert truth.holds(*span_of(tracked.text, text[start:end]))
    assert "this" in tracked.text or "declared" in tracked.text


def test_a_soft_hyphen_is_a_single_canonical_character() -> None:
    assert is_canonical(f"inter{SOFT_HYPHEN}national")


@pytest.mark.parametrize("rate", RATES)
def test_a_print_trim_keeps_about_the_share_it_promises(rate: float) -> None:
    for seed in FRESH2_SEEDS:
        rng = random.Random(f"trim/{rate}/{seed}")
        text = fresh2_text(seed, rng)
        tracked = TrackedText(text)
        trimmed_for_print(tracked, rng, rate)
        assert len(tracked.text) <= len(text) * max(0.4, 0.85 - 0.05 * rate) + 1
        assert tracked.text.endswith("\n")


@pytest.mark.parametrize("seed", range(10))
def test_every_kind_of_text_is_canonical_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        assert is_canonical(text)
        assert TIME.search(text), kind.__name__
        assert any(word in text for word in MISSPELLINGS), kind.__name__
        assert any(pattern.search(text) for pattern, _ in AMERICAN.values()), kind.__name__
        assert "“" in text, kind.__name__
        assert "'" in text or '"' in text, kind.__name__


@pytest.mark.parametrize("name", list(FRESH2_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(name, FRESH2_FAMILIES[name], FRESH2_SEEDS, fresh2_text, fresh2_spans)
