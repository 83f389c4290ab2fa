"""The truth of the fifteenth-round fresh families, checked by hand on a small register (no
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
from tests.benchmarks.reanchor_fresh7_places import headings, recurring
from tests.benchmarks.reanchor_fresh15_families import (
    FRESH15_FAMILIES,
    FRESH15_SEEDS,
    closings_hoisted,
    closings_reworded,
    entries_cross_posted,
    entries_filed_elsewhere,
    entries_merged,
    entries_resorted,
    fresh15_spans,
    fresh15_text,
    headers_moved_last,
    notes_bulleted,
    notes_interleaved,
    parts_swapped,
    pull_quoted,
)
from tests.benchmarks.reanchor_fresh15_kit import entries, entry_runs, notes, parts
from tests.benchmarks.reanchor_fresh15_texts import KINDS
from tests.storage.edit_simulation import TrackedText

ZED = "2 Mar 2026 — Mr Zed — log 11\nAte 2 eggs.\nNo further action."
ABEL = "3 Mar 2026 — Mr Abel — log 12\nAte 3 eggs.\nNo further action."
TWIN = "4 Mar 2026 — Mr Abel — log 13\nAte 3 eggs.\nNo further action."
COLE = "5 Mar 2026 — Mrs Cole — log 20\nSlept 8 hours.\nFamily informed."
HEAD = "Log\n\nWard\n\nOpening one. Opening two.\n\n"
PART_1 = f"Part 1 · Rowan\n\nNote A one. Note A two.\n\n{ZED}\n\n{ABEL}\n\n{TWIN}\n\n"
PART_2 = f"Part 2 · Hazel\n\nNote B one. Note B two.\n\n{COLE}\n\n"
FOOT = "Contact and notes\n\nCall us.\n"
#: A small register: two parts, a name out of order, twins, a shared closing.
REGISTER = HEAD + PART_1 + PART_2 + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(REGISTER)
    family(tracked, random.Random(seed), rate)
    return tracked


def test_the_small_register_is_read_as_entries_parts_and_notes() -> None:
    assert len(entries(REGISTER)) == 4
    assert [len(run) for run in entry_runs(REGISTER)] == [3, 1]
    assert len(parts(REGISTER)) == 2
    assert [REGISTER[slice(*n)] for n in notes(REGISTER)] == [
        "Note A one. Note A two.",
        "Note B one. Note B two.",
    ]


def test_entries_are_resorted_by_name_with_their_closings() -> None:
    tracked = _edited(entries_resorted, 8.0)
    new = tracked.text
    assert new == HEAD + PART_1.replace(
        f"{ZED}\n\n{ABEL}\n\n{TWIN}", f"{ABEL}\n\n{TWIN}\n\n{ZED}"
    ) + (PART_2 + FOOT)
    zed, closing = tracked.truths([span_of(REGISTER, ZED), span_of(REGISTER, "No further action.")])
    assert zed.survived == 1.0
    assert zed.holds(*span_of(new, ZED))
    assert closing.holds(*span_of(new, "No further action.", 2))  # Zed's, now last


def test_a_block_of_entries_is_filed_under_another_part_with_a_heading() -> None:
    tracked = _edited(entries_filed_elsewhere, 1.0)
    new = tracked.text
    left, block = (ZED, f"{ABEL}\n\n{TWIN}") if ZED in new.split("Part 2")[0] else (TWIN, "")
    if not block:
        block = f"{ZED}\n\n{ABEL}"
    assert new == (
        HEAD
        + f"Part 1 · Rowan\n\nNote A one. Note A two.\n\n{left}\n\n"
        + PART_2
        + f"Filed from part 1\n\n{block}\n\n"
        + FOOT
    )
    (abel,) = tracked.truths([span_of(REGISTER, ABEL)])
    assert abel.holds(*span_of(new, ABEL))


def test_the_shared_closing_is_reworded_in_all_entries_but_one() -> None:
    tracked = _edited(closings_reworded, 8.0)
    new = tracked.text
    assert new.count("Nothing more to do.") == 2
    assert new.count("No further action.") == 1
    truths = tracked.truths([span_of(REGISTER, "No further action.", i) for i in range(3)])
    assert sum(t.findable for t in truths) == 1  # only the one left as it was
    (left,) = [t for t in truths if t.findable]
    assert left.holds(*span_of(new, "No further action."))


def test_neighbouring_entries_are_merged_keeping_the_shared_closing_once() -> None:
    tracked = _edited(entries_merged, 8.0)
    new = tracked.text
    merged = (
        "2 Mar 2026 — Mr Zed — log 11 Ate 2 eggs. 3 Mar 2026 — Mr Abel — log 12 Ate 3 eggs. "
        "4 Mar 2026 — Mr Abel — log 13 Ate 3 eggs. No further action."
    )
    assert (
        new == HEAD + f"Part 1 · Rowan\n\nNote A one. Note A two.\n\n{merged}\n\n" + PART_2 + FOOT
    )
    first, last, abel = tracked.truths(
        [
            span_of(REGISTER, "No further action."),
            span_of(REGISTER, "No further action.", 2),
            span_of(REGISTER, "Mr Abel — log 12\nAte 3 eggs."),
        ]
    )
    assert not first.findable  # Zed's closing dropped; the one kept is the twin's
    assert last.holds(*span_of(new, "No further action."))
    assert abel.survived == 27 / 28  # the line break made a space
    assert abel.holds(*span_of(new, "Mr Abel — log 12 Ate 3 eggs."))


def test_every_header_line_is_moved_after_its_closing() -> None:
    tracked = _edited(headers_moved_last, 8.0)
    new = tracked.text

    def moved(entry: str) -> str:
        header, rest = entry.split("\n", 1)
        return f"{rest}\n{header}"

    assert new == REGISTER.replace(ZED, moved(ZED)).replace(ABEL, moved(ABEL)).replace(
        TWIN, moved(TWIN)
    ).replace(COLE, moved(COLE))
    header, detail = tracked.truths(
        [span_of(REGISTER, "2 Mar 2026 — Mr Zed — log 11"), span_of(REGISTER, "Ate 2 eggs.")]
    )
    assert header.holds(*span_of(new, "2 Mar 2026 — Mr Zed — log 11"))
    assert detail.holds(*span_of(new, "Ate 2 eggs."))


def test_a_parts_shared_closing_is_hoisted_into_a_typed_note() -> None:
    tracked = _edited(closings_hoisted, 8.0)
    new = tracked.text
    bare = [e.removesuffix("\nNo further action.") for e in (ZED, ABEL, TWIN)]
    assert new == (
        HEAD
        + "Part 1 · Rowan\n\nUnless marked, every entry below: Nothing more to do.\n\n"
        + "Note A one. Note A two.\n\n"
        + "\n\n".join(bare)
        + "\n\n"
        + PART_2
        + FOOT
    )
    closing, zed = tracked.truths(
        [span_of(REGISTER, "No further action."), span_of(REGISTER, "Ate 2 eggs.")]
    )
    assert not closing.findable
    assert zed.holds(*span_of(new, "Ate 2 eggs."))


def test_a_pull_quote_keeps_the_old_figure_and_the_original_is_corrected() -> None:
    tracked = _edited(pull_quoted, 1.0)
    new = tracked.text
    quoted = new.split("\n\n")[3]
    assert quoted[0] + quoted[-1] == "“”"
    line = quoted[1:-1]
    assert line in ("Ate 2 eggs.", "Ate 3 eggs.", "Slept 8 hours.")
    corrected = line.replace("2", "3") if "2" in line else line.replace("3", "4").replace("8", "9")
    old = REGISTER.index(line)
    assert new.count(corrected) >= 1
    (truth,) = tracked.truths([(old, old + len(line))])
    assert truth.survived == (len(line) - 1) / len(line)  # the figure retyped
    start = truth.start_range[1]
    assert start > new.index("Part 1")  # in its own entry, not on the quote
    assert new[start : truth.end_range[0]] == corrected


def test_two_parts_are_swapped_and_renumbered() -> None:
    tracked = _edited(parts_swapped, 1.0)
    new = tracked.text
    assert new == (
        HEAD + PART_2.replace("Part 2", "Part 1") + PART_1.replace("Part 1", "Part 2") + FOOT
    )
    heading, cole = tracked.truths(
        [span_of(REGISTER, "Part 2 · Hazel"), span_of(REGISTER, "Slept 8 hours.")]
    )
    assert heading.survived == 13 / 14  # its figure retyped
    assert heading.holds(*span_of(new, "Part 1 · Hazel"))
    assert cole.holds(*span_of(new, "Slept 8 hours."))


def test_two_notes_are_interleaved_sentence_by_sentence() -> None:
    tracked = _edited(notes_interleaved, 1.0)
    new = tracked.text
    assert new == (
        HEAD
        + PART_1.replace(
            "Note A one. Note A two.", "Note A one. Note B one. Note A two. Note B two."
        )
        + PART_2.replace("Note B one. Note B two.\n\n", "")
        + FOOT
    )
    b_two, across = tracked.truths(
        [span_of(REGISTER, "Note B two."), span_of(REGISTER, "Note A one. Note A two.")]
    )
    assert b_two.holds(*span_of(new, "Note B two."))
    assert across.survived == 12 / 23  # split by "Note B one.": the longer half, with its space
    assert across.holds(*span_of(new, "Note A two."))


def test_the_opening_and_the_notes_are_split_into_bullets() -> None:
    tracked = _edited(notes_bulleted, 8.0)
    new = tracked.text
    assert new == (
        REGISTER.replace("Opening one. Opening two.", "- Opening one.\n- Opening two.")
        .replace("Note A one. Note A two.", "- Note A one.\n- Note A two.")
        .replace("Note B one. Note B two.", "- Note B one.\n- Note B two.")
    )
    (note,) = tracked.truths([span_of(REGISTER, "Note A one. Note A two.")])
    assert note.survived == 1.0  # the space kept before the typed "- " (as a diff sees it)
    assert note.holds(*span_of(new, "Note A one.\n- Note A two."))


def test_a_cross_posted_entry_is_a_decoy_and_the_original_is_corrected() -> None:
    tracked = _edited(entries_cross_posted, 1.0)
    new = tracked.text
    assert len(entries(new)) == 5
    four = (ZED, ABEL, TWIN, COLE)
    truths = tracked.truths([span_of(REGISTER, e) for e in four])
    placed = [new[t.start_range[1] : t.end_range[0]] for t in truths]
    amended = [i for i, e in enumerate(four) if placed[i] != e]
    assert len(amended) == 1  # one original, its figure corrected one up, in its own part
    (i,) = amended
    assert truths[i].survived == (len(four[i]) - 1) / len(four[i])
    assert new.count(four[i]) == 1  # the copy keeps the old figure, under the other part
    copy_part = "Part 2" if i < 3 else "Part 1"
    assert new.index(four[i]) > new.index(copy_part) > 0
    assert new.index(four[i]) != truths[i].start_range[1]


@pytest.mark.parametrize("seed", [*range(8), *FRESH15_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(entries(text)) >= 15, name
        assert len(parts(text)) >= 5, name
        assert len([n for n in notes(text) if ". " in text[slice(*n)]]) >= 5, name
        assert any(len(run) >= 3 for run in entry_runs(text)), name
        assert len(headings(text)) >= 6, name
        assert any(len(group) >= 5 for group in recurring(text).values()), name
        assert "Correction: the line “" in text, name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH15_SEEDS, fresh15_text, fresh15_spans)


@pytest.mark.parametrize("name", list(FRESH15_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH15_FAMILIES[name], FRESH15_SEEDS, fresh15_text, fresh15_spans, no_blank_runs=True
    )
