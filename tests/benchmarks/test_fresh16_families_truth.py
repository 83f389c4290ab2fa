"""The truth of the sixteenth-round fresh families, checked by hand on a small transcript (no
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
from tests.benchmarks.reanchor_fresh16_edits import time_rewrites
from tests.benchmarks.reanchor_fresh16_families import (
    FRESH16_FAMILIES,
    FRESH16_SEEDS,
    corrections_appended,
    fresh16_spans,
    fresh16_text,
    labels_restyled,
    languages_swapped,
    order_flipped,
    repeats_collapsed,
    rewrapped,
    sittings_merged,
    stock_replies_deleted,
    stock_turns,
    times_restyled,
    turns_merged,
    turns_split,
)
from tests.benchmarks.reanchor_fresh16_kit import (
    content_lines,
    openings,
    repeated_turns,
    sections,
    turns,
)
from tests.benchmarks.reanchor_fresh16_texts import COMMITTEE, KIND_OF, KINDS, kind_of
from tests.storage.edit_simulation import TrackedText

RIVER = "Q1 Chair: How high was the river?\nIt rose two metres."
YES = "Ms Rees: Yes."
GAUGE = "Mr Hughes: The gauge failed at 02:00.\nNobody came."
LINE = "Dr Adébáyọ̀: The line was shut for eleven days."
HEAD = f"{COMMITTEE.title}\n\nSub\n\nOpening one. Opening two.\n\n"
OPEN_1 = "The committee resumed at 10:05. Witnesses were sworn."
OPEN_2 = "The committee resumed at 11:40. Witnesses were sworn."
PANEL_1 = f"Panel 1 · Water\n\n{OPEN_1}\n\n{RIVER}\n\n{YES}\n\n{GAUGE}\n\n{YES}\n\n"
PANEL_2 = f"Panel 2 · Rail\n\n{OPEN_2}\n\n{LINE}\n\n{YES}\n\n"
FOOT = "About this record\n\nCall us.\n"
#: A small transcript: two panels, a stock reply three times, two turns of two lines.
TRANSCRIPT = HEAD + PANEL_1 + PANEL_2 + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(TRANSCRIPT)
    family(tracked, random.Random(seed), rate)
    return tracked


def test_the_small_transcript_is_read_as_sections_turns_and_stock_replies() -> None:
    assert kind_of(TRANSCRIPT) is COMMITTEE
    assert [TRANSCRIPT[slice(*o)] for o in openings(TRANSCRIPT)] == [OPEN_1, OPEN_2]
    assert [TRANSCRIPT[slice(*t)] for t in turns(TRANSCRIPT)] == [RIVER, YES, GAUGE, YES, LINE, YES]
    assert [TRANSCRIPT[slice(*t)] for t in stock_turns(TRANSCRIPT)] == [YES] * 3
    lines = content_lines(TRANSCRIPT, turns(TRANSCRIPT)[0])
    assert [TRANSCRIPT[slice(*line)] for line in lines] == ["How high was the river?", RIVER[-19:]]


def test_every_sections_turns_are_put_in_the_other_order() -> None:
    tracked = _edited(order_flipped, 8.0)
    new = tracked.text
    flipped_1 = PANEL_1.replace(
        f"{RIVER}\n\n{YES}\n\n{GAUGE}\n\n{YES}", f"{YES}\n\n{GAUGE}\n\n{YES}\n\n{RIVER}"
    )
    assert new == HEAD + flipped_1 + PANEL_2.replace(f"{LINE}\n\n{YES}", f"{YES}\n\n{LINE}") + FOOT
    river, first_yes = tracked.truths([span_of(TRANSCRIPT, RIVER), span_of(TRANSCRIPT, YES)])
    assert river.holds(*span_of(new, RIVER))
    assert first_yes.holds(*span_of(new, YES, 1))  # the first "Yes." now stands second


def test_every_time_is_restyled_and_only_its_figures_are_kept() -> None:
    tracked = _edited(times_restyled, 8.0)
    new = tracked.text
    assert [words for _, _, words in time_rewrites(TRANSCRIPT)] == ["10.05am", "2.00am", "11.40am"]
    assert new == TRANSCRIPT.replace("10:05", "10.05am").replace("02:00", "2.00am").replace(
        "11:40", "11.40am"
    )
    gauge = tracked.truths([span_of(TRANSCRIPT, "The gauge failed at 02:00.")])[0]
    assert gauge.survived < 1.0
    assert gauge.holds(*span_of(new, "The gauge failed at 2.00am."))


def test_labels_are_restyled_and_a_plain_one_is_left_alone() -> None:
    new = _edited(labels_restyled, 8.0).text
    assert new == TRANSCRIPT.replace("Q1 Chair: ", "Q1 The Chair (Ms Rees): ").replace(
        "Dr Adébáyọ̀: ", "Dr Fúnmi Adébáyọ̀ (NRW): "
    )


def test_all_but_one_stock_reply_is_deleted_and_the_deleted_ones_are_gone() -> None:
    tracked = _edited(stock_replies_deleted, 8.0)
    new = tracked.text
    assert new.count(YES) == 1
    truths = tracked.truths([span_of(TRANSCRIPT, YES, n) for n in range(3)])
    assert sum(t.findable for t in truths) == 1  # its twins stand word for word: still gone
    (kept,) = [t for t in truths if t.findable]
    assert kept.holds(*span_of(new, YES))


def test_a_split_turn_has_an_interjection_between_halves_and_a_typed_label() -> None:
    tracked = _edited(turns_split, 1.0)
    new = tracked.text
    assert "Will the witness give way?" in new
    split = [t for t in (RIVER, GAUGE) if t not in new]
    assert len(split) == 1
    first, second = split[0].split("\n")
    label = first[: first.index(": ") + 2]
    assert f"{first}\n\n" in new
    assert f"\n\n{label}{second}" in new
    truth = tracked.truths([span_of(TRANSCRIPT, split[0])])[0]
    start = new.index(first)
    end = new.index(f"{label}{second}") + len(label) + len(second)
    assert truth.holds(start, end)  # one passage with the typed interjection inside it
    # Its second half's label is typed again: the old label is the first half's.
    label_truth = tracked.truths([(TRANSCRIPT.index(first), TRANSCRIPT.index(first) + len(label))])
    assert label_truth[0].holds(start, start + len(label))


def test_later_copies_of_a_stock_reply_are_collapsed_and_the_first_stays() -> None:
    tracked = _edited(repeats_collapsed, 8.0)
    new = tracked.text
    assert new.count(YES) == 1
    assert new.count("Ms Rees: [Repeats the answer above.]") == 2
    answers = [
        (start + len("Ms Rees: "), end)
        for start, end in (span_of(TRANSCRIPT, YES, n) for n in range(3))
    ]
    first, second, third = tracked.truths(answers)
    assert first.holds(new.index(YES) + 9, new.index(YES) + len(YES))
    assert not second.findable
    assert not third.findable


def test_a_merged_turn_loses_its_label_and_keeps_its_lines() -> None:
    tracked = _edited(turns_merged, 1.0)
    new = tracked.text
    gauge_lines = GAUGE.removeprefix("Mr Hughes: ")
    assert new == TRANSCRIPT.replace(f"{YES}\n\n{GAUGE}", f"{YES}\n{gauge_lines}")
    label = span_of(TRANSCRIPT, "Mr Hughes: ")
    lines, dropped = tracked.truths([span_of(TRANSCRIPT, gauge_lines), label])
    assert lines.holds(*span_of(new, gauge_lines))
    assert not dropped.findable


def test_languages_are_swapped_in_every_turn_of_two_lines() -> None:
    new = _edited(languages_swapped, 8.0).text
    assert new == TRANSCRIPT.replace(
        RIVER, "Q1 Chair: It rose two metres.\nHow high was the river?"
    ).replace(GAUGE, "Mr Hughes: Nobody came.\nThe gauge failed at 02:00.")


def test_a_correction_repeats_a_line_with_one_word_changed_and_the_line_stays() -> None:
    tracked = _edited(corrections_appended, 1.0)
    new = tracked.text
    assert new.startswith(TRANSCRIPT[: TRANSCRIPT.index(f"{YES}\n\nPanel 2")])
    corrections = [t for t in turns(new) if "For the record" in new[slice(*t)]]
    assert len(corrections) == 1
    said = new[slice(*corrections[0])].split("“")[1].rstrip("”")
    changed = {"It rose three metres.", "The gauge failed at 3:00.", "The gauge failed at 02:1."}
    changed |= {"The line was shut for twelve days."}
    assert said in changed
    for line in ("It rose two metres.", "The gauge failed at 02:00.", LINE):
        truth = tracked.truths([span_of(TRANSCRIPT, line)])[0]
        assert truth.holds(*span_of(new, line))  # the typed repeat is a decoy


def test_rewrapped_turns_are_one_line_each() -> None:
    new = _edited(rewrapped, 8.0).text
    assert new == TRANSCRIPT.replace(RIVER, RIVER.replace("\n", " ")).replace(
        GAUGE, GAUGE.replace("\n", " ")
    )


def test_merged_sittings_keep_the_first_opening_and_lose_its_twin() -> None:
    tracked = _edited(sittings_merged, 1.0)
    new = tracked.text
    assert new == TRANSCRIPT.replace(f"Panel 2 · Rail\n\n{OPEN_2}\n\n", "")
    first, second = tracked.truths([span_of(TRANSCRIPT, OPEN_1), span_of(TRANSCRIPT, OPEN_2)])
    assert first.holds(*span_of(new, OPEN_1))
    assert not second.findable  # one time apart from the opening that stands


@pytest.mark.parametrize("seed", [*range(4), *FRESH16_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind, make in zip(KIND_OF, KINDS, strict=True):
        text = make(random.Random(seed))
        name = make.__name__
        assert_hostile_text(text, name)
        assert kind_of(text) is kind, name
        assert len(sections(text)) == 5, name
        assert len(turns(text)) >= 25, name
        assert len(stock_turns(text)) >= 2, name
        assert any(len(group) >= 3 for group in repeated_turns(text).values()), name
        assert sum(len(content_lines(text, t)) >= 2 for t in turns(text)) >= 5, name
        assert len(time_rewrites(text)) >= 5, name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH16_SEEDS, fresh16_text, fresh16_spans)


@pytest.mark.parametrize("name", list(FRESH16_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH16_FAMILIES[name], FRESH16_SEEDS, fresh16_text, fresh16_spans, no_blank_runs=True
    )
