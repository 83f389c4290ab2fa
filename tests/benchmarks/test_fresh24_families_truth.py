"""The truth of the twenty-fourth-round fresh families, checked by hand on a small transcript
(no re-anchoring here), and checked for consistency on the whole material."""

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
from tests.benchmarks.reanchor_fresh23_kit import item_runs, items, notes, sections
from tests.benchmarks.reanchor_fresh24_families import (
    AD_LIBS,
    ADDED_LINES,
    FRESH24_FAMILIES,
    FRESH24_SEEDS,
    HEARD,
    answers_collapsed,
    delivered,
    fresh24_spans,
    fresh24_text,
    gaps_filled,
    inserted_and_renumbered,
    resorted_newest_first,
    restated_deleted,
    retyped_in_latin,
    scripts_normalised,
    speakers_anonymised,
    times_shifted,
    turns_resegmented,
    typed_up,
)
from tests.benchmarks.reanchor_fresh24_kit import GAP, numbered, short_lines
from tests.benchmarks.reanchor_fresh24_texts import KINDS
from tests.storage.edit_simulation import TrackedText

FIRST = (
    "0001  [00:01:00] I: And then?\n0002  R: We moved w/ Maria, approx. in 1998.\n0003  R: Mm-hm."
)
SECOND = (
    "0004  [00:02:00] I: Who else?\n0005  R: Mm-hm.\n"
    "0006  R: It was hard. [inaudible 00:14:32] then."
)
THIRD = (
    "0007  [00:03:00] I: And now?\n0008  R: Mm-hm.\n0009  R: We moved w/ Maria, approx. in 1998.\n"
    "0010  R: Сәлем! ۱۲ يك نمی\u200cدانم"
)
HEAD = "Interview — INT-01\n\nRecorded 12 Mar 2026\n\nLead one. Lead two.\n\n"
PART_1 = f"Part 1 — Start\n\nTranscribed verbatim.\n\n{FIRST}\n\n{SECOND}\n\n"
PART_2 = f"Part 2 — Later\n\nSecond recorder used.\n\n{THIRD}\n\n"
FOOT = "About this export\n\nKept by Tom.\n"
#: A small transcript: two parts, numbered lines, a turn said twice, a stock turn thrice.
TRANSCRIPT = HEAD + PART_1 + PART_2 + FOOT
MOVED = "R: We moved w/ Maria, approx. in 1998."


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(TRANSCRIPT)
    family(tracked, random.Random(seed), rate)
    return tracked


def _numbers(text: str) -> list[str]:
    return [match[1] for match in numbered(text)]


def test_the_small_transcript_is_read_as_parts_items_and_stock_turns() -> None:
    assert len(sections(TRANSCRIPT)) == 2
    assert len(items(TRANSCRIPT)) == 3
    assert [len(run) for run in item_runs(TRANSCRIPT)] == [2, 1]
    assert len(notes(TRANSCRIPT)) == 2
    assert [len(spans) for spans in short_lines(TRANSCRIPT).values()] == [3]


def test_an_inserted_line_renumbers_every_later_line_and_keeps_the_words() -> None:
    tracked = _edited(inserted_and_renumbered, 1.0)
    new = tracked.text
    assert _numbers(new) == [f"{n:04}" for n in range(1, 12)]
    assert len(new.splitlines()) == len(TRANSCRIPT.splitlines()) + 1
    assert sum(new.count(line) - TRANSCRIPT.count(line) for line in ADDED_LINES) == 1
    (turn,) = tracked.truths([span_of(TRANSCRIPT, "It was hard. [inaudible 00:14:32] then.")])
    assert turn.survived == 1.0
    assert turn.holds(*span_of(new, "It was hard. [inaudible 00:14:32] then."))
    (line,) = tracked.truths([span_of(TRANSCRIPT, "0010  R: Сәлем!")])
    assert line.holds(*span_of(new, "0011  R: Сәлем!"))  # "0010" to "0011": "001" kept
    assert line.survived == (len("0010  R: Сәлем!") - 1) / len("0010  R: Сәлем!")


def test_resegmented_turns_are_split_and_merged_and_renumbered() -> None:
    tracked = _edited(turns_resegmented, 1.0)
    new = tracked.text
    assert len(new.splitlines()) == len(TRANSCRIPT.splitlines())  # a line more, a blank less
    assert _numbers(new) == [f"{n:04}" for n in range(1, len(_numbers(new)) + 1)]
    assert len(items(new)) == 2  # two exchanges merged into one
    (said,) = tracked.truths([span_of(TRANSCRIPT, "It was hard.")])
    assert said.holds(*span_of(new, "It was hard."))


def test_names_are_replaced_by_participant_labels() -> None:
    tracked = _edited(speakers_anonymised, 8.0)
    new = tracked.text
    assert new == TRANSCRIPT.replace("Maria", "P1").replace("Tom", "P6")
    moved, kept = tracked.truths(
        [span_of(TRANSCRIPT, MOVED, 1), span_of(TRANSCRIPT, "Kept by Tom.")]
    )
    assert moved.holds(*span_of(new, "R: We moved w/ P1, approx. in 1998.", 1))
    assert kept.survived == 9 / 12  # "Tom" retyped as "P6"


def test_times_in_every_unit_move_by_one_constant() -> None:
    tracked = _edited(times_shifted, 8.0)
    new = tracked.text
    clocks = [line.split("] ")[0] for line in new.splitlines() if line[6:7] == "["]
    assert len(clocks) == 3
    assert clocks != ["0001  [00:01:00", "0004  [00:02:00", "0007  [00:03:00"]
    (first,) = tracked.truths([span_of(TRANSCRIPT, "I: And then?")])
    assert first.survived == 1.0
    assert first.holds(*span_of(new, "I: And then?"))


def test_a_filled_gap_is_typed_anew_and_the_turn_around_it_stays() -> None:
    tracked = _edited(gaps_filled, 1.0)
    new = tracked.text
    assert not GAP.search(new)
    assert any(f"It was hard. {heard} then." in new for heard in HEARD)
    gap, turn = tracked.truths(
        [span_of(TRANSCRIPT, "[inaudible 00:14:32]"), span_of(TRANSCRIPT, "It was hard.")]
    )
    assert not gap.findable
    assert turn.holds(*span_of(new, "It was hard."))


def test_identical_turns_of_a_part_collapse_into_the_first_with_a_count() -> None:
    tracked = _edited(answers_collapsed, 8.0)
    new = tracked.text
    assert new == TRANSCRIPT.replace("0005  R: Mm-hm.\n0006", "0005").replace(
        "0003  R: Mm-hm.", "0003  R: Mm-hm. (×2)"
    ).replace("0007", "0006").replace("0008", "0007").replace("0009", "0008").replace(
        "0010", "0009"
    )
    first, second, third = tracked.truths([span_of(TRANSCRIPT, "Mm-hm.", i) for i in range(3)])
    assert first.holds(*span_of(new, "Mm-hm."))  # the kept one is the first in its part
    assert not second.findable  # its words stand in the first
    assert third.holds(*span_of(new, "Mm-hm.", 1))  # another part's is not collapsed


def test_a_run_of_exchanges_is_resorted_newest_first_and_renumbered() -> None:
    tracked = _edited(resorted_newest_first, 8.0)
    new = tracked.text
    assert new.index("I: Who else?") < new.index("I: And then?")
    assert new.startswith(HEAD + "Part 1 — Start\n\nTranscribed verbatim.\n\n0001  [00:02:00]")
    (who,) = tracked.truths([span_of(TRANSCRIPT, "[00:02:00] I: Who else?")])
    assert who.holds(*span_of(new, "[00:02:00] I: Who else?"))


def test_an_item_whose_words_stand_in_another_is_deleted_and_gone() -> None:
    tracked = _edited(restated_deleted, 1.0)
    new = tracked.text
    assert new.count(MOVED) == 1
    first, third = tracked.truths([span_of(TRANSCRIPT, MOVED), span_of(TRANSCRIPT, MOVED, 1)])
    assert first.findable != third.findable  # one deleted, the other only its own passage
    kept = first if first.findable else third
    assert kept.holds(*span_of(new, MOVED))


def test_abbreviations_are_typed_up_in_one_item() -> None:
    tracked = _edited(typed_up, 1.0)
    new = tracked.text
    typed = "R: We moved with Maria, approximately in 1998."
    assert new.count(typed) == 1
    assert new.count(MOVED) == 1
    truths = tracked.truths([span_of(TRANSCRIPT, MOVED), span_of(TRANSCRIPT, MOVED, 1)])
    (edited,) = [t for t in truths if t.survived < 1]
    assert edited.findable
    assert new[edited.start_range[0] : edited.end_range[1]] == typed


def test_persian_digits_letters_and_non_joiners_are_normalised_on_one_side() -> None:
    tracked = _edited(scripts_normalised, 1.0)
    new = tracked.text
    assert new == TRANSCRIPT.replace("۱۲ يك نمی\u200cدانم", "12 یک نمیدانم")
    (line,) = tracked.truths([span_of(TRANSCRIPT, "Сәлем! ۱۲ يك نمی\u200cدانم")])
    assert line.holds(*span_of(new, "Сәлем! 12 یک نمیدانم"))


def test_cyrillic_and_persian_retyped_in_latin_letters_are_gone() -> None:
    tracked = _edited(retyped_in_latin, 1.0)
    new = tracked.text
    assert new == TRANSCRIPT.replace("Сәлем! ۱۲ يك نمی\u200cدانم", "Sälem! 12 ik nmi-danm")
    greeting, persian, label = tracked.truths(
        [
            span_of(TRANSCRIPT, "Сәлем!"),
            span_of(TRANSCRIPT, "۱۲ يك نمی\u200cدانم"),
            span_of(TRANSCRIPT, "0010  R:"),
        ]
    )
    assert not greeting.findable
    assert not persian.findable
    assert label.holds(*span_of(new, "0010  R:"))


def test_a_line_repeated_for_applause_is_a_copy_and_the_prepared_one_stays() -> None:
    tracked = _edited(delivered, 1.0)
    new = tracked.text
    assert sum(new.count(ad_lib) for ad_lib in AD_LIBS) == 1
    lines = new.splitlines(keepends=True)
    starts = [sum(len(line) for line in lines[:i]) for i in range(len(lines))]
    (at,) = [i for i in range(len(lines) - 1) if lines[i][6:] == lines[i + 1][6:] != "\n"]
    words = lines[at][6:].rstrip("\n")
    prepared, copy = starts[at] + 6, starts[at + 1] + 6
    truths = tracked.truths([span_of(TRANSCRIPT, words, i) for i in range(TRANSCRIPT.count(words))])
    assert sum(t.holds(prepared, prepared + len(words)) for t in truths) == 1
    assert not any(t.holds(copy, copy + len(words)) for t in truths)


@pytest.mark.parametrize("seed", [*range(4), *FRESH24_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(items(text)) >= 15, name
        assert len(sections(text)) >= 4, name
        assert any(len(run) >= 3 for run in item_runs(text)), name
        assert any(len(group) >= 3 for group in short_lines(text).values()), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH24_SEEDS, fresh24_text, fresh24_spans)


@pytest.mark.parametrize("name", list(FRESH24_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH24_FAMILIES[name], FRESH24_SEEDS, fresh24_text, fresh24_spans, no_blank_runs=True
    )
