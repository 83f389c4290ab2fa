"""The truth of the eighteenth-round fresh families, checked by hand on a small list of blocks
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
from tests.benchmarks.reanchor_fresh7_places import headings, recurring
from tests.benchmarks.reanchor_fresh18_families import (
    FRESH18_FAMILIES,
    FRESH18_SEEDS,
    blocks_resorted,
    blocks_split,
    duplicated_then_corrected,
    fresh18_spans,
    fresh18_text,
    lines_moved_on,
    lines_regrouped_family,
    lists_reversed,
    renumbered,
    repeats_collapsed,
    twin_withdrawn,
    twins_merged_family,
    twins_swapped,
)
from tests.benchmarks.reanchor_fresh18_kit import block_runs, blocks, notes, sections, stock_lines
from tests.benchmarks.reanchor_fresh18_texts import KINDS
from tests.storage.edit_simulation import TrackedText

B1 = "Sailing 1 — Yarmouth, 07:10\nCalls at Cowes 07:25.\nNot on bank holidays."
B2 = "Sailing 2 — Fishbourne, 07:40\nCalls at Cowes 07:55.\nNot on bank holidays."
B3 = "Sailing 3 — Cowes, 08:10\nCalls at Ryde 08:25.\nRuns on Saturdays only."
V1 = "Verse 1\nLine a,\nAmen."
V2 = "Verse 2\nLine b,\nAmen."
CHORUS = "Chorus\nSing on!"
HEAD = "Notice\n\nSummer\n\nOpening one. See sailing 2 for the change.\n\n"
NOTE_A = "Route 1 · Alpha\n\nNote A one. Note A two.\n\n"
NOTE_B = "Hymn 4 · Beta\n\nNote B one. Note B two.\n\n"
FOOT = "Notes and contact\n\nCall us.\n"
#: A small list: three sailings (two of them twins sharing a stock line), then a hymn whose
#: chorus stands twice word for word.
LIST = (
    f"{HEAD}{NOTE_A}{B1}\n\n{B2}\n\n{B3}\n\n{NOTE_B}{V1}\n\n{CHORUS}\n\n{V2}\n\n{CHORUS}\n\n{FOOT}"
)
STOCK_LINE = "Not on bank holidays."


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(LIST)
    family(tracked, random.Random(seed), rate)
    return tracked


def _listed(*section_a: str, section_b: tuple[str, ...] = (V1, CHORUS, V2, CHORUS)) -> str:
    return (
        HEAD
        + NOTE_A
        + "\n\n".join(section_a)
        + "\n\n"
        + NOTE_B
        + "\n\n".join(section_b)
        + "\n\n"
        + FOOT
    )


def _at(new: str, block: str, line: str) -> tuple[int, int]:
    """Where ``line`` stands inside the (one) occurrence of ``block`` in ``new``."""
    start = new.index(block) + block.index(line)
    return start, start + len(line)


def test_the_small_list_is_read_as_sections_blocks_notes_and_stock_lines() -> None:
    assert len(sections(LIST)) == 2
    assert len(blocks(LIST)) == 7
    assert [len(run) for run in block_runs(LIST)] == [3, 4]
    assert [LIST[slice(*n)] for n in notes(LIST)] == [
        "Note A one. Note A two.",
        "Note B one. Note B two.",
    ]
    stock = [LIST[slice(*line)] for run in block_runs(LIST) for line in stock_lines(LIST, run)]
    assert stock == [STOCK_LINE, "Amen.", "Sing on!"]


def test_twins_are_swapped_and_each_stock_line_goes_with_its_own_block() -> None:
    tracked = _edited(twins_swapped, 1.0)
    new = tracked.text
    assert new == _listed(B2, B1, B3)
    first_stock, first_key = tracked.truths(
        [span_of(LIST, STOCK_LINE, 0), span_of(LIST, "Sailing 1 — Yarmouth, 07:10")]
    )
    assert first_stock.survived == 1.0
    assert first_stock.holds(*span_of(new, STOCK_LINE, 1))  # B1's, now second
    assert not first_stock.holds(*span_of(new, STOCK_LINE, 0))
    assert first_key.holds(*span_of(new, "Sailing 1 — Yarmouth, 07:10"))


def test_blocks_are_resorted_by_destination_and_verses_by_first_line() -> None:
    tracked = _edited(blocks_resorted, 8.0)
    new = tracked.text
    assert new == _listed(B3, B2, B1, section_b=(V1, V2, CHORUS, CHORUS))
    first_chorus, second_chorus = tracked.truths(
        [span_of(LIST, CHORUS, 0), span_of(LIST, CHORUS, 1)]
    )
    assert first_chorus.holds(*span_of(new, CHORUS, 0))
    assert second_chorus.holds(*span_of(new, CHORUS, 1))


def test_lists_reversed_put_the_first_chorus_second() -> None:
    tracked = _edited(lists_reversed, 8.0)
    new = tracked.text
    assert new == _listed(B3, B2, B1, section_b=(CHORUS, V2, CHORUS, V1))
    first_chorus, b1_stock = tracked.truths([span_of(LIST, CHORUS, 0), span_of(LIST, STOCK_LINE)])
    assert first_chorus.holds(*span_of(new, CHORUS, 1))
    assert not first_chorus.holds(*span_of(new, CHORUS, 0))
    assert b1_stock.holds(*_at(new, B1, STOCK_LINE))


def test_repeats_are_collapsed_and_the_cut_copies_are_gone() -> None:
    tracked = _edited(repeats_collapsed, 8.0)
    new = tracked.text
    b2_short = B2.removesuffix("\n" + STOCK_LINE)
    assert new == _listed(B1, b2_short, B3, section_b=(V1, CHORUS, "Verse 2\nLine b,", "(Chorus)"))
    b1_stock, b2_stock, second_amen, second_chorus, second_word = tracked.truths(
        [
            span_of(LIST, STOCK_LINE, 0),
            span_of(LIST, STOCK_LINE, 1),
            span_of(LIST, "Amen.", 1),
            span_of(LIST, CHORUS, 1),
            span_of(LIST, "Chorus", 1),
        ]
    )
    assert b1_stock.holds(*span_of(new, STOCK_LINE))
    assert not b2_stock.findable
    assert not second_amen.findable  # although the first verse's "Amen." stands word for word
    assert not second_chorus.findable  # only its label survives, in "(Chorus)"
    at = new.index("(Chorus)") + 1
    assert second_word.holds(at, at + len("Chorus"))


def test_twins_merged_keep_their_shared_line_once_the_first_ones() -> None:
    tracked = _edited(twins_merged_family, 1.0)
    new = tracked.text
    merged = (
        "Sailing 1 — Yarmouth, 07:10 and Sailing 2 — Fishbourne, 07:40\n"
        f"Calls at Cowes 07:25.\n{STOCK_LINE}\nCalls at Cowes 07:55."
    )
    assert new == _listed(merged, B3)
    b1_stock, b2_stock, b2_key, b2_calls = tracked.truths(
        [
            span_of(LIST, STOCK_LINE, 0),
            span_of(LIST, STOCK_LINE, 1),
            span_of(LIST, "Sailing 2 — Fishbourne, 07:40"),
            span_of(LIST, "Calls at Cowes 07:55."),
        ]
    )
    assert b1_stock.holds(*span_of(new, STOCK_LINE))
    assert not b2_stock.findable
    assert b2_key.holds(*span_of(new, "Sailing 2 — Fishbourne, 07:40"))
    assert b2_calls.holds(*span_of(new, "Calls at Cowes 07:55."))


def test_a_split_blocks_second_key_line_is_a_copy() -> None:
    tracked = _edited(blocks_split, 1.0)
    new = tracked.text
    key = "Sailing 2 — Fishbourne, 07:40"
    parts = f"{key}\nCalls at Cowes 07:55.\n\n{key} (cont.)\n{STOCK_LINE}"
    assert new == _listed(B1, parts, B3)
    (truth,) = tracked.truths([span_of(LIST, key)])
    assert truth.holds(*span_of(new, key, 0))
    assert not truth.holds(*span_of(new, key, 1))


def test_a_typed_block_takes_a_number_and_the_later_labels_and_references_move_up() -> None:
    tracked = _edited(renumbered, 1.0)
    new = tracked.text
    typed = B2.replace("07:40", "08:40")
    expected = _listed(B1, typed, B2.replace("Sailing 2", "Sailing 3"), B3.replace("3", "4", 1))
    assert new == expected.replace("See sailing 2", "See sailing 3")
    b2_key, b2_calls, reference = tracked.truths(
        [
            span_of(LIST, "Sailing 2 — Fishbourne, 07:40"),
            span_of(LIST, "Calls at Cowes 07:55."),
            span_of(LIST, "See sailing 2"),
        ]
    )
    assert b2_key.holds(*span_of(new, "Sailing 3 — Fishbourne, 07:40"))
    assert b2_calls.holds(*span_of(new, "Calls at Cowes 07:55.", 1))  # not the typed twin's
    assert reference.holds(*span_of(new, "See sailing 3"))


def test_lines_regrouped_swap_two_line_blocks() -> None:
    tracked = _edited(lines_regrouped_family, 8.0)
    new = tracked.text

    def swapped(block: str) -> str:
        key, first, second = block.split("\n")
        return f"{key}\n{second}\n{first}"

    assert new == _listed(
        swapped(B1), swapped(B2), swapped(B3), section_b=(swapped(V1), CHORUS, swapped(V2), CHORUS)
    )
    (b2_stock,) = tracked.truths([span_of(LIST, STOCK_LINE, 1)])
    assert b2_stock.holds(*_at(new, swapped(B2), STOCK_LINE))


def test_a_duplicated_blocks_original_is_the_corrected_one() -> None:
    tracked = _edited(duplicated_then_corrected, 1.0)
    new = tracked.text
    assert new == _listed(B1, B2.replace("07:55", "08:55"), B2, B3)
    calls, key = tracked.truths(
        [span_of(LIST, "Calls at Cowes 07:55."), span_of(LIST, "Sailing 2 — Fishbourne, 07:40")]
    )
    assert calls.holds(*span_of(new, "Calls at Cowes 08:55."))
    assert not calls.holds(*span_of(new, "Calls at Cowes 07:55."))  # the copy reads as it did
    assert key.holds(*span_of(new, "Sailing 2 — Fishbourne, 07:40", 0))


def test_a_line_moved_on_is_where_it_went_not_where_its_twin_stands() -> None:
    tracked = _edited(lines_moved_on, 1.0)
    new = tracked.text
    assert new == _listed(
        B1, B2, B3, section_b=("Verse 1\nLine a,", f"{CHORUS}\nAmen.", V2, CHORUS)
    )
    first_amen, second_amen = tracked.truths([span_of(LIST, "Amen.", 0), span_of(LIST, "Amen.", 1)])
    assert first_amen.holds(*span_of(new, "Amen.", 0))  # now under the first chorus
    assert second_amen.holds(*span_of(new, "Amen.", 1))


def test_a_withdrawn_twin_is_gone_though_the_other_reads_the_same() -> None:
    tracked = _edited(twin_withdrawn, 1.0)
    new = tracked.text
    assert new == _listed(B2, B3)
    b1_stock, b1_calls, b2_stock = tracked.truths(
        [
            span_of(LIST, STOCK_LINE, 0),
            span_of(LIST, "Calls at Cowes 07:25."),
            span_of(LIST, STOCK_LINE, 1),
        ]
    )
    assert not b1_stock.findable
    assert not b1_calls.findable
    assert b2_stock.holds(*span_of(new, STOCK_LINE))


@pytest.mark.parametrize("seed", [*range(8), *FRESH18_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(blocks(text)) >= 12, name
        assert len(sections(text)) >= 3, name
        assert len([n for n in notes(text) if ". " in text[slice(*n)]]) >= 3, name
        assert all(len(run) >= 3 for run in block_runs(text)), name
        assert any(stock_lines(text, run) for run in block_runs(text)), name
        section_headings = {heading for heading, _ in sections(text)}
        assert len(section_headings | set(headings(text))) >= 4, name
        assert any(len(group) >= 4 for group in recurring(text).values()), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH18_SEEDS, fresh18_text, fresh18_spans)


@pytest.mark.parametrize("name", list(FRESH18_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH18_FAMILIES[name], FRESH18_SEEDS, fresh18_text, fresh18_spans, no_blank_runs=True
    )
