"""The truth of the fourteenth-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re

import pytest

from tests.benchmarks.family_soundness import (
    assert_family_sound,
    assert_hostile_text,
    assert_spans_distinct,
    span_of,
)
from tests.benchmarks.reanchor_fresh7_places import headings, recurring
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh14_families import (
    FRESH14_FAMILIES,
    FRESH14_SEEDS,
    acronyms_expanded,
    citable,
    citations_added,
    compounds_closed,
    contractions_expanded,
    emoji_labelled,
    fresh14_spans,
    fresh14_text,
    given_names_dropped,
    joinable,
    lists_numbered,
    modals_restated,
    numbered_lists,
    numbers_as_figures,
    paragraphs_run_together,
    pleases_cut,
)
from tests.benchmarks.reanchor_fresh14_kit import (
    ACRONYM,
    COMPOUND,
    CONTRACTION,
    EMOJI,
    FULL_NAME,
    MODAL,
    NUMBER_WORD,
    PLEASE,
)
from tests.benchmarks.reanchor_fresh14_texts import KINDS
from tests.storage.edit_simulation import TrackedText


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    """What ``pattern`` matches in ``text``, in order."""
    return [m[0] for m in pattern.finditer(text)]


def test_number_words_are_set_as_figures_not_at_a_sentence_start() -> None:
    text = "Head\n\nByline\n\nThree teams of twelve cook for two days. It takes three hours.\n"
    assert _found(NUMBER_WORD, text) == ["twelve", "two", "three"]
    tracked = TrackedText(text)
    numbers_as_figures(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nThree teams of 12 cook for 2 days. It takes 3 hours.\n"
    team, hours = tracked.truths(
        [span_of(text, "Three teams of twelve cook"), span_of(text, "three hours")]
    )
    assert team.survived == 20 / 26  # "twelve" retyped "12"
    assert team.holds(*span_of(new, "Three teams of 12 cook"))
    assert hours.survived == 6 / 11
    assert hours.holds(*span_of(new, "3 hours"))


def test_number_words_inside_larger_numbers_are_left() -> None:
    text = "Head\n\nByline\n\nWe set twenty-four records from two hundred and twelve in ten days.\n"
    assert _found(NUMBER_WORD, text) == ["ten"]
    tracked = TrackedText(text)
    numbers_as_figures(tracked, random.Random(1), 8.0)
    assert tracked.text == (
        "Head\n\nByline\n\nWe set twenty-four records from two hundred and twelve in 10 days.\n"
    )


def test_contractions_are_written_out_their_capitals_kept() -> None:
    text = "Head\n\nByline\n\nDon’t park here. We can’t help, and it’s late; you’ll see.\n"
    assert _found(CONTRACTION, text) == ["Don’t", "can’t", "it’s", "you’ll"]
    tracked = TrackedText(text)
    contractions_expanded(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nDo not park here. We cannot help, and it is late; you will see.\n"
    )
    park, help_ = tracked.truths([span_of(text, "Don’t park"), span_of(text, "We can’t help")])
    assert park.survived == 8 / 10  # "Do" and "t park" kept, "n’" retyped " no"
    assert park.holds(*span_of(new, "Do not park"))
    assert help_.holds(*span_of(new, "We cannot help"))


def test_an_acronym_is_expanded_at_its_first_use_only() -> None:
    text = "Head\n\nByline\n\nA BSL interpreter signs. Ask for BSL at the desk.\n"
    assert _found(ACRONYM, text) == ["BSL", "BSL"]
    tracked = TrackedText(text)
    acronyms_expanded(tracked, random.Random(1), 1.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nA British Sign Language (BSL) interpreter signs. Ask for BSL at "
        "the desk.\n"
    )
    first, second = tracked.truths(
        [span_of(text, "A BSL interpreter signs."), span_of(text, "BSL", 1)]
    )
    assert first.survived == 1.0  # every character kept, words typed inside it
    assert first.holds(*span_of(new, "A British Sign Language (BSL) interpreter signs."))
    assert second.holds(*span_of(new, "BSL", 1))


def test_an_acronym_in_brackets_is_not_expanded_inside_them() -> None:
    text = "Head\n\nByline\n\nShe swam 38.41 (PB). Another PB today.\n"
    tracked = TrackedText(text)
    acronyms_expanded(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nShe swam 38.41 (PB). Another personal best (PB) today.\n"
    bracketed, another = tracked.truths([span_of(text, "(PB)"), span_of(text, "Another PB")])
    assert bracketed.holds(*span_of(new, "(PB)"))
    assert another.survived == 1.0
    assert another.holds(*span_of(new, "Another personal best (PB)"))


def test_please_is_cut_from_the_opening_of_sentences_and_items() -> None:
    text = (
        "Head\n\nByline\n\nPlease note that the doors close. Say please. Questions? Please "
        "e-mail us.\n\n- Please don’t run\n- Walk\n"
    )
    assert _found(PLEASE, text) == ["Please note that ", "Please ", "Please "]
    tracked = TrackedText(text)
    pleases_cut(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nThe doors close. Say please. Questions? E-mail us.\n\n- Don’t run\n"
        "- Walk\n"
    )
    doors, run = tracked.truths(
        [span_of(text, "Please note that the doors close."), span_of(text, "don’t run")]
    )
    assert doors.survived == 15 / 33  # "he doors close.": mostly cut, yet it holds
    assert doors.holds(*span_of(new, "The doors close."))
    assert run.holds(*span_of(new, "Don’t run"))


def test_bullet_lists_are_numbered_unless_their_items_hold_figures() -> None:
    text = "Head\n\nByline\n\n- Doors open\n- Bar shuts\n\nResults\n\n- 1. Ava\n- 2. Mia\n"
    assert len(numbered_lists(text)) == 1
    tracked = TrackedText(text)
    lists_numbered(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\n1. Doors open\n2. Bar shuts\n\nResults\n\n- 1. Ava\n- 2. Mia\n"
    (both,) = tracked.truths([span_of(text, "- Doors open\n- Bar shuts")])
    assert both.survived == 22 / 24  # the two dashes retyped
    assert both.holds(*span_of(new, "1. Doors open\n2. Bar shuts"))


def test_given_names_are_dropped_after_the_first_mention() -> None:
    text = (
        "Head\n\nByline\n\nDr Adaeze Okonkwo directs. Ask Dr Adaeze Okonkwo or Ms Siân "
        "Pritchard. Dr Adaeze Okonkwo signs.\n"
    )
    assert len(_found(FULL_NAME, text)) == 4
    tracked = TrackedText(text)
    given_names_dropped(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nDr Adaeze Okonkwo directs. Ask Dr Okonkwo or Ms Siân Pritchard. "
        "Dr Okonkwo signs.\n"
    )
    ask, last = tracked.truths(
        [span_of(text, "Ask Dr Adaeze Okonkwo or"), span_of(text, "Dr Adaeze Okonkwo", 2)]
    )
    assert ask.survived == 17 / 24
    assert ask.holds(*span_of(new, "Ask Dr Okonkwo or"))
    assert last.survived == 10 / 17
    assert last.holds(*span_of(new, "Dr Okonkwo", 1))


def test_hyphenated_compounds_are_closed_up_wherever_they_stand() -> None:
    text = "Head\n\nByline\n\nE-mail the co-ordinator; e-mail by the week-end.\n"
    assert _found(COMPOUND, text) == ["E-mail", "co-ordinator", "e-mail", "week-end"]
    tracked = TrackedText(text)
    compounds_closed(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nEmail the coordinator; email by the weekend.\n"
    (mail,) = tracked.truths([span_of(text, "e-mail by the")])
    assert mail.survived == 12 / 13
    assert mail.holds(*span_of(new, "email by the"))


def test_citation_marks_go_before_the_stop_and_the_sources_at_the_end() -> None:
    text = "Head\n\nByline\n\nWe served 40,000 meals. Thanks to all. The roof cost £50,000.\n"
    assert len(citable(text)) == 2
    tracked = TrackedText(text)
    citations_added(tracked, random.Random(1), 8.0)
    new = tracked.text
    body, sources = new.split("\nSources\n\n")
    assert body == (
        "Head\n\nByline\n\nWe served 40,000 meals [1]. Thanks to all. The roof cost £50,000 [2].\n"
    )
    assert [line[:4] for line in sources.splitlines()] == ["[1] ", "[2] "]
    meals, thanks = tracked.truths(
        [span_of(text, "We served 40,000 meals."), span_of(text, "Thanks to all.")]
    )
    assert meals.survived == 1.0
    assert meals.holds(*span_of(new, "We served 40,000 meals [1]."))
    assert thanks.holds(*span_of(new, "Thanks to all."))


def test_modal_verbs_are_restated_in_plain_words() -> None:
    text = "Head\n\nByline\n\nBags must not be left. Runners must wear bibs and should walk.\n"
    assert _found(MODAL, text) == ["must not", "must", "should"]
    tracked = TrackedText(text)
    modals_restated(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nBags may not be left. Runners will need to wear bibs and ought to "
        "walk.\n"
    )
    bags, wear = tracked.truths([span_of(text, "Bags must not be left."), span_of(text, "must")])
    assert bags.survived == 19 / 22  # "ust" retyped "ay"
    assert bags.holds(*span_of(new, "Bags may not be left."))
    assert not wear.findable
    assert wear.survived == 1 / 4  # the "m" of "must not" kept in "may not"


def test_short_neighbouring_paragraphs_are_run_together_in_pairs() -> None:
    text = "Head\n\nByline\n\nOne.\n\nTwo.\n\nThree.\n\nList\n\nFour.\n"
    assert len(joinable(text)) == 1  # "One."+"Two."; "Three." is followed by a heading
    tracked = TrackedText(text)
    paragraphs_run_together(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nOne. Two.\n\nThree.\n\nList\n\nFour.\n"
    (across,) = tracked.truths([span_of(text, "One.\n\nTwo.")])
    assert across.survived == 8 / 10
    assert across.holds(*span_of(new, "One. Two."))


def test_emoji_are_labelled_unless_a_picture_would_be_cut() -> None:
    text = "Head\n\nByline\n\nWell done 🏅. Thanks 🙏🏽 and 🙏 and 🏅!\n"
    assert _found(EMOJI, text) == ["🏅", "🙏", "🙏", "🏅"]
    tracked = TrackedText(text)
    emoji_labelled(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nWell done 🏅 (medal). Thanks 🙏🏽 and 🙏 (folded hands) and "
        "🏅 (medal)!\n"
    )
    (done,) = tracked.truths([span_of(text, "Well done 🏅.")])
    assert done.survived == 1.0
    assert done.holds(*span_of(new, "Well done 🏅 (medal)."))


@pytest.mark.parametrize("seed", [*range(8), *FRESH14_SEEDS])
def test_every_kind_of_text_is_canonical_sized_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(_found(NUMBER_WORD, text)) >= 5, name
        assert len(_found(CONTRACTION, text)) >= 8, name
        assert len(set(_found(ACRONYM, text))) >= 2, name
        assert len(_found(PLEASE, text)) >= 3, name
        assert len(numbered_lists(text)) >= 1, name
        assert len(set(_found(COMPOUND, text))) >= 2, name
        assert len(citable(text)) >= 3, name
        assert len(_found(MODAL, text)) >= 5, name
        assert len(joinable(text)) >= 2, name
        assert len(_found(EMOJI, text)) >= 2, name
        full = _found(FULL_NAME, text)
        assert any(full.count(name_) >= 2 for name_ in full), name
        assert len(headings(text)) >= 5, name
        assert len(sections(text)) >= 5, name
        assert any(len(group) >= 2 for group in recurring(text).values()), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH14_SEEDS, fresh14_text, fresh14_spans)


@pytest.mark.parametrize("name", list(FRESH14_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH14_FAMILIES[name], FRESH14_SEEDS, fresh14_text, fresh14_spans, no_blank_runs=True
    )
