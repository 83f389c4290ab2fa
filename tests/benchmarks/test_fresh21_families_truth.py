"""The truth of the twenty-first-round fresh families, checked by hand on a small bill (no
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
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh21_families import (
    FRESH21_FAMILIES,
    FRESH21_SEEDS,
    INSERTED_LINE,
    INSERTED_TITLE,
    amendment_applied,
    cleaned_verbatim,
    fresh21_spans,
    fresh21_text,
    labels_renamed,
    line_breaks_moved,
    retimed_from,
    twin_reworded,
    twins_deduplicated,
    unit_inserted,
    unit_moved,
    units_merged,
    units_reordered,
)
from tests.benchmarks.reanchor_fresh21_kit import (
    NOISE,
    TIME,
    twin_groups,
    unit_runs,
    units,
)
from tests.benchmarks.reanchor_fresh21_texts import KINDS
from tests.storage.edit_simulation import TrackedText

MINISTER = "(1) The Minister may by regulations make provision."
REGULATIONS = "(3) Regulations under this section are subject to the negative procedure."
S1 = f"1. Powers\n{MINISTER}\n(2) Subject to section 2, apply within 28 days.\n{REGULATIONS}"
S2 = f"2. Appeals\n{MINISTER}\n(2) Um, appeals lie to the tribunal [00:01:05]."
S3 = (
    "3. Offences\n(1) A person who fails to comply with section 3 commits an offence.\n"
    f"(2) Um, appeals lie to the tribunal [00:01:09].\n{REGULATIONS}"
)
HEAD = "Bill\n\nAs amended\n\n"
FOOT = "\n\nNote: call us.\n"
#: A small bill: three sections, a stock clause twice, twin lines one time apart, a
#: filler, references, a duration.
BILL = HEAD + f"{S1}\n\n{S2}\n\n{S3}" + FOOT
APPEALS_1 = "(2) Um, appeals lie to the tribunal [00:01:05]."


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(BILL)
    family(tracked, random.Random(seed), rate)
    return tracked


def test_the_small_bill_is_read_as_units_and_twins() -> None:
    assert len(units(BILL)) == 3
    assert [len(run) for run in unit_runs(BILL)] == [3]
    groups = [[BILL[slice(*line)] for line in group] for group in twin_groups(BILL)]
    assert groups == [
        [MINISTER, MINISTER],
        [REGULATIONS, REGULATIONS],
        [APPEALS_1, "(2) Um, appeals lie to the tribunal [00:01:09]."],
    ]
    assert len(TIME.findall(BILL)) == 3
    assert len(NOISE.findall(BILL)) == 2


def test_an_inserted_section_renumbers_every_later_section_and_reference() -> None:
    tracked = _edited(unit_inserted, 1.0)
    new = tracked.text
    inserted = f"2. {INSERTED_TITLE}\n{INSERTED_LINE}"
    assert (
        new
        == HEAD
        + (
            S1.replace("section 2", "section 3")
            + f"\n\n{inserted}\n\n"
            + S2.replace("2. Appeals", "3. Appeals")
            + "\n\n"
            + S3.replace("3. Offences", "4. Offences").replace("section 3", "section 4")
        )
        + FOOT
    )
    appeals, head, stock = tracked.truths(
        [span_of(BILL, APPEALS_1), span_of(BILL, "2. Appeals"), span_of(BILL, MINISTER, 1)]
    )
    assert appeals.holds(*span_of(new, APPEALS_1))
    assert head.holds(*span_of(new, "3. Appeals"))  # its digit is typed anew
    assert stock.holds(*span_of(new, MINISTER, 1))  # not the first, not the inserted text


def test_merged_sections_lose_the_second_head_and_renumber_down() -> None:
    tracked = _edited(units_merged, 1.0)
    new = tracked.text
    assert (
        new
        == HEAD
        + (
            S1.replace("section 2", "section 1")
            + "\n"
            + S2.split("\n", 1)[1]
            + "\n\n"
            + S3.replace("3. Offences", "2. Offences").replace("section 3", "section 2")
        )
        + FOOT
    )
    head, appeals, stock = tracked.truths(
        [span_of(BILL, "2. Appeals"), span_of(BILL, APPEALS_1), span_of(BILL, MINISTER, 1)]
    )
    assert not head.findable
    assert appeals.holds(*span_of(new, APPEALS_1))
    assert stock.holds(*span_of(new, MINISTER, 1))


def test_an_amendment_substitutes_in_every_occurrence_and_pastes_a_decoy() -> None:
    tracked = _edited(amendment_applied, 3.0)
    new = tracked.text
    must = MINISTER.replace("may", "must")
    appeals = "\n(2) Um, appeals lie to this tribunal [00:01:"
    assert (
        new
        == HEAD
        + (
            S1.replace(MINISTER, must)
            + "\n\n"
            + S2.replace(MINISTER, must).replace(
                "\n(2) Um, appeals lie to the tribunal [00:01:", appeals
            )
            + f"\n{REGULATIONS}\n\n"
            + S3.replace("\n(2) Um, appeals lie to the tribunal [00:01:", appeals)
        )
        + FOOT
    )
    first, second = tracked.truths([span_of(BILL, REGULATIONS), span_of(BILL, REGULATIONS, 1)])
    assert first.holds(*span_of(new, REGULATIONS))
    assert second.holds(*span_of(new, REGULATIONS, 2))  # the pasted one (1) is a copy
    pasted = span_of(new, REGULATIONS, 1)
    assert all(origin == -1 for origin in tracked.origin[slice(*pasted)])
    (minister,) = tracked.truths([span_of(BILL, MINISTER, 1)])
    assert minister.holds(*span_of(new, must, 1))


def test_a_retiming_moves_every_clock_and_doubles_every_duration() -> None:
    tracked = _edited(retimed_from, 8.0)
    later = random.Random(1).randint(1, 9)
    assert tracked.text == (
        BILL.replace("28 days", "56 days")
        .replace("[00:01:05]", f"[00:01:{5 + later:02}]")
        .replace("[00:01:09]", f"[00:01:{9 + later:02}]")
    )
    (appeals,) = tracked.truths([span_of(BILL, APPEALS_1)])
    new_line = APPEALS_1.replace("05", f"{5 + later:02}")
    assert appeals.holds(*span_of(tracked.text, new_line))


def test_clean_verbatim_drops_every_filler() -> None:
    tracked = _edited(cleaned_verbatim, 8.0)
    assert tracked.text == BILL.replace("Um, ", "")
    (appeals,) = tracked.truths([span_of(BILL, APPEALS_1)])
    assert appeals.holds(*span_of(tracked.text, APPEALS_1.replace("Um, ", "")))


def test_a_renamed_term_is_renamed_everywhere() -> None:
    tracked = _edited(labels_renamed, 1.0)
    renamed = MINISTER.replace("The Minister", "The Secretary of State")
    assert tracked.text == BILL.replace(MINISTER, renamed)
    truths = tracked.truths([span_of(BILL, MINISTER), span_of(BILL, MINISTER, 1)])
    assert [t.holds(*span_of(tracked.text, renamed, n)) for n, t in enumerate(truths)] == [
        True,
        True,
    ]


def test_moved_line_breaks_join_a_head_to_its_first_line_or_split_a_long_line() -> None:
    joined = _edited(line_breaks_moved, 1.0, seed=1)
    assert joined.text == BILL.replace("1. Powers\n(1)", "1. Powers (1)")
    split = _edited(line_breaks_moved, 1.0, seed=2)
    assert split.text == BILL.replace(
        REGULATIONS, REGULATIONS.replace("section are", "section\nare"), 1
    )
    (across,) = split.truths([span_of(BILL, REGULATIONS)])
    assert across.holds(*span_of(split.text, REGULATIONS.replace("section are", "section\nare")))


def test_of_each_set_of_twins_one_is_deleted_and_gone_the_other_kept() -> None:
    tracked = _edited(twins_deduplicated, 8.0)
    new = tracked.text
    assert (
        new
        == HEAD
        + (
            S1.replace(f"{MINISTER}\n", "")
            + "\n\n"
            + S2
            + "\n\n3. Offences\n(1) A person who fails to comply with section 3 commits an offence."
        )
        + FOOT
    )
    truths = tracked.truths(
        [
            span_of(BILL, MINISTER),
            span_of(BILL, MINISTER, 1),
            span_of(BILL, REGULATIONS),
            span_of(BILL, REGULATIONS, 1),
            span_of(BILL, APPEALS_1),
            span_of(BILL, "(2) Um, appeals lie to the tribunal [00:01:09]."),
        ]
    )
    assert [t.findable for t in truths] == [False, True, True, False, True, False]
    assert truths[1].holds(*span_of(new, MINISTER))  # the second is now the only one
    assert truths[2].holds(*span_of(new, REGULATIONS))


def test_one_occurrence_reworded_leaves_its_twin_a_decoy() -> None:
    tracked = _edited(twin_reworded, 1.0)
    new = tracked.text
    assert new == BILL.replace(MINISTER, MINISTER.replace("may", "must"), 1)
    first, second = tracked.truths([span_of(BILL, MINISTER), span_of(BILL, MINISTER, 1)])
    assert first.holds(*span_of(new, MINISTER.replace("may", "must")))
    assert second.holds(*span_of(new, MINISTER))  # the only word-for-word one left


def test_reordered_sections_are_renumbered_and_keep_their_references() -> None:
    tracked = _edited(units_reordered, 8.0)
    new = tracked.text
    assert (
        new
        == HEAD
        + (
            S3.replace("3. Offences", "1. Offences")
            + f"\n\n{S2}\n\n"
            + S1.replace("1. Powers", "3. Powers")
        )
        + FOOT
    )
    powers, offence = tracked.truths([span_of(BILL, S1), span_of(BILL, "(1) A person who fails")])
    assert powers.holds(*span_of(new, S1.replace("1. Powers", "3. Powers")))
    assert offence.holds(*span_of(new, "(1) A person who fails"))


def test_a_moved_section_is_where_it_went() -> None:
    tracked = _edited(unit_moved, 1.0)
    new = tracked.text
    assert new == HEAD + f"{S2}\n\n{S1}\n\n{S3}" + FOOT
    powers, appeals = tracked.truths([span_of(BILL, S1), span_of(BILL, S2)])
    assert powers.holds(*span_of(new, S1))
    assert appeals.holds(*span_of(new, S2))


@pytest.mark.parametrize("seed", list(FRESH21_SEEDS))
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(units(text)) >= 5, name
        assert len(twin_groups(text)) >= 5, name
        assert TIME.search(text), name
        assert NOISE.search(text), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH21_SEEDS, fresh21_text, fresh21_spans)


@pytest.mark.parametrize("name", list(FRESH21_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH21_FAMILIES[name], FRESH21_SEEDS, fresh21_text, fresh21_spans, no_blank_runs=True
    )
