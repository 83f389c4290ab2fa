"""The truth of the seventeenth-round fresh families, checked by hand on a small lease (no
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
from tests.benchmarks.reanchor_fresh7_places import recurring
from tests.benchmarks.reanchor_fresh17_families import (
    FRESH17_FAMILIES,
    FRESH17_SEEDS,
    bullets_deduplicated,
    bullets_joined,
    bullets_moved_on,
    definitions_moved_last,
    digits_changed,
    footnotes_inlined,
    fresh17_spans,
    fresh17_text,
    section_cloned,
    sections_alphabetised,
    sections_inserted,
    tables_to_prose,
    units_converted,
)
from tests.benchmarks.reanchor_fresh17_kit import (
    QUANTITY,
    REFERENCE,
    STOCK,
    bullet_lines,
    definitions,
    footnote_block,
    markers,
    sections,
    table_rows,
)
from tests.benchmarks.reanchor_fresh17_texts import KINDS
from tests.storage.edit_simulation import TrackedText

HEAD = "Small lease\n\nFlat 1\n\nOpening one. Opening two.\n\n"
DEFINITIONS = "Definitions\n\n“Rent” — £5 a week\n“Term” — a year\n\n"
TABLE = "Item | Amount | Due\nRent | £5 | weekly\nKey | £2 | once"
RENT = (
    "1. Rent\n\nPay on time (see clause 2). Keep receipts.[1]\n\n"
    f"- Pay 200 g of gold\n- Keep the flat clean\n\n{TABLE}\n\n"
)
REPAIRS = (
    "2. Repairs\n\nReport faults (see clause 1). Be kind.\n\n"
    "- Keep the flat clean\n- Fix 30 cm shelves\n- Report leaks in 7 days\n\n"
)
NOTES = "Notes\n\n[1] Receipts are kept for 6 years.\n\n"
FOOT = f"Signed\n\nSigned by both.\n\n{STOCK}\n"
#: A small lease: two clauses that cross-refer, a shared bullet, a table, a footnote.
LEASE = HEAD + DEFINITIONS + RENT + REPAIRS + NOTES + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(LEASE)
    family(tracked, random.Random(seed), rate)
    return tracked


def test_the_small_lease_is_read_as_sections_definitions_and_footnotes() -> None:
    found = sections(LEASE)
    assert [(s.number, s.name) for s in found] == [(1, "Rent"), (2, "Repairs")]
    assert [len(s.lists) for s in found] == [1, 1]
    assert [len(s.tables) for s in found] == [1, 0]
    assert len(bullet_lines(LEASE)) == 5
    assert [LEASE[slice(*r)] for r in table_rows(LEASE)] == [
        "Rent | £5 | weekly",
        "Key | £2 | once",
    ]
    block, notes = definitions(LEASE), footnote_block(LEASE)
    assert block is not None
    assert LEASE[slice(*block)] == "“Rent” — £5 a week\n“Term” — a year"
    assert notes is not None
    assert LEASE[slice(*notes)] == "[1] Receipts are kept for 6 years."
    assert [m[0] for m in markers(LEASE)] == ["[1]"]


def test_an_inserted_section_renumbers_the_rest_and_its_pasted_bullets_are_decoys() -> None:
    tracked = _edited(sections_inserted, 1.0)
    new = tracked.text
    inserted = (
        "1. Additional terms agreed on 2 April 2026\n\n"
        "These points were added after the first version was sent out.\n\n"
        "- Pay 200 g of gold\n- Keep the flat clean\n\n"
    )
    assert new == (
        HEAD
        + DEFINITIONS
        + inserted
        + RENT.replace("1. Rent", "2. Rent").replace("clause 2", "clause 3")
        + REPAIRS.replace("2. Repairs", "3. Repairs").replace("clause 1", "clause 2")
        + NOTES
        + FOOT
    )
    gold, heading = tracked.truths(
        [span_of(LEASE, "- Pay 200 g of gold"), span_of(LEASE, "1. Rent")]
    )
    assert gold.holds(*span_of(new, "- Pay 200 g of gold", 1))  # its own, not the pasted copy
    assert heading.survived == 6 / 7  # its number retyped
    assert heading.holds(*span_of(new, "2. Rent"))


def test_bullet_lists_become_one_sentence() -> None:
    tracked = _edited(bullets_joined, 8.0)
    new = tracked.text
    assert new == LEASE.replace(
        "- Pay 200 g of gold\n- Keep the flat clean", "Pay 200 g of gold and Keep the flat clean."
    ).replace(
        "- Keep the flat clean\n- Fix 30 cm shelves\n- Report leaks in 7 days",
        "Keep the flat clean, Fix 30 cm shelves and Report leaks in 7 days.",
    )
    shelves, clean = tracked.truths(
        [span_of(LEASE, "- Fix 30 cm shelves"), span_of(LEASE, "Keep the flat clean", 1)]
    )
    assert shelves.survived == 18 / 19  # the "-" went; the space stays (as a diff sees it)
    assert shelves.holds(*span_of(new, "Fix 30 cm shelves"))
    assert clean.holds(*span_of(new, "Keep the flat clean", 1))  # the Repairs one, not Rent's


def test_a_table_becomes_prose_without_its_header_row() -> None:
    tracked = _edited(tables_to_prose, 1.0)
    new = tracked.text
    assert new == LEASE.replace(TABLE, "Rent: £5, weekly. Key: £2, once.")
    header, key = tracked.truths(
        [span_of(LEASE, "Item | Amount | Due"), span_of(LEASE, "Key | £2")]
    )
    assert not header.findable
    assert key.holds(*span_of(new, "Key: £2"))


def test_sections_in_name_order_are_reversed_and_renumbered_with_their_references() -> None:
    tracked = _edited(sections_alphabetised, 8.0)
    new = tracked.text
    assert new == (
        HEAD
        + DEFINITIONS
        + REPAIRS.replace("2. Repairs", "1. Repairs").replace("clause 1", "clause 2")
        + RENT.replace("1. Rent", "2. Rent").replace("clause 2", "clause 1")
        + NOTES
        + FOOT
    )
    leaks, reference = tracked.truths(
        [span_of(LEASE, "Report leaks in 7 days"), span_of(LEASE, "(see clause 1)")]
    )
    assert leaks.holds(*span_of(new, "Report leaks in 7 days"))
    assert reference.survived == 13 / 14
    assert reference.holds(*span_of(new, "(see clause 2)", 0))  # in Repairs, now first


def test_a_repeated_bullet_is_kept_under_the_first_section_only() -> None:
    tracked = _edited(bullets_deduplicated, 8.0)
    new = tracked.text
    assert new == LEASE.replace("\n\n- Keep the flat clean\n- Fix", "\n\n- Fix")
    first, second = tracked.truths(
        [span_of(LEASE, "- Keep the flat clean"), span_of(LEASE, "- Keep the flat clean", 1)]
    )
    assert first.holds(*span_of(new, "- Keep the flat clean"))
    assert not second.findable  # gone, though the same words stand in clause 1


def test_a_sections_last_bullet_moves_on_to_the_next_section() -> None:
    tracked = _edited(bullets_moved_on, 1.0)
    new = tracked.text
    assert new == LEASE.replace("gold\n- Keep the flat clean\n\nItem", "gold\n\nItem").replace(
        "7 days\n\n", "7 days\n- Keep the flat clean\n\n"
    )
    moved, stayed = tracked.truths(
        [span_of(LEASE, "Keep the flat clean"), span_of(LEASE, "Keep the flat clean", 1)]
    )
    assert moved.holds(*span_of(new, "Keep the flat clean", 1))  # last in clause 2 now
    assert stayed.holds(*span_of(new, "Keep the flat clean"))  # clause 2's own, first there


def test_metric_quantities_are_given_in_us_units_first() -> None:
    tracked = _edited(units_converted, 8.0)
    new = tracked.text
    assert [m[0] for m in QUANTITY.finditer(LEASE)] == ["200 g", "30 cm"]
    assert new == LEASE.replace("200 g", "7.1 oz (200 g)").replace("30 cm", "11.8 in (30 cm)")
    (gold,) = tracked.truths([span_of(LEASE, "Pay 200 g of gold")])
    assert gold.survived == 1.0
    assert gold.holds(*span_of(new, "Pay 7.1 oz (200 g) of gold"))


def test_digits_are_switched_to_devanagari_in_two_lines() -> None:
    tracked = _edited(digits_changed, 1.0)
    new = tracked.text
    assert new == LEASE.replace(
        "(see clause 2). Keep receipts.[1]", "(see clause २). Keep receipts.[१]"
    ).replace("leaks in 7 days", "leaks in ७ days")
    note, leaks = tracked.truths(
        [span_of(LEASE, "Pay on time (see clause 2)."), span_of(LEASE, "Report leaks in 7 days")]
    )
    assert note.survived == 26 / 27
    assert note.holds(*span_of(new, "Pay on time (see clause २)."))
    assert leaks.holds(*span_of(new, "Report leaks in ७ days"))


def test_the_definitions_move_to_the_end_and_the_footnotes_take_their_place() -> None:
    low = _edited(definitions_moved_last, 1.0)
    assert low.text == HEAD + RENT + REPAIRS + NOTES + DEFINITIONS + FOOT
    high = _edited(definitions_moved_last, 8.0)
    new = high.text
    flipped = "Definitions\n\n“Term” — a year\n“Rent” — £5 a week\n\n"
    assert new == HEAD + NOTES + RENT + REPAIRS + flipped + FOOT
    term, footnote = high.truths(
        [span_of(LEASE, "“Term” — a year"), span_of(LEASE, "[1] Receipts are kept")]
    )
    assert term.holds(*span_of(new, "“Term” — a year"))
    assert footnote.holds(*span_of(new, "[1] Receipts are kept"))


def test_a_footnote_is_inlined_in_brackets_and_its_block_dropped() -> None:
    tracked = _edited(footnotes_inlined, 1.0)
    new = tracked.text
    assert new == (
        LEASE.replace(
            "Keep receipts.[1]", "Keep receipts. (Receipts are kept for 6 years.)"
        ).replace(NOTES, "")
    )
    body, marker_line = tracked.truths(
        [
            span_of(LEASE, "Receipts are kept for 6 years."),
            span_of(LEASE, "[1] Receipts are kept for 6 years."),
        ]
    )
    assert body.holds(*span_of(new, "Receipts are kept for 6 years."))
    assert marker_line.survived == 30 / 34
    assert marker_line.holds(*span_of(new, "Receipts are kept for 6 years."))


def test_a_cloned_section_is_a_decoy_and_the_original_is_renumbered_and_corrected() -> None:
    tracked = _edited(section_cloned, 1.0)
    new = tracked.text
    rent = RENT.replace("clause 2", "clause 3")
    assert new == (
        HEAD
        + DEFINITIONS
        + rent
        + rent.replace("1. Rent", "2. Rent").replace("200 g", "201 g")
        + REPAIRS.replace("2. Repairs", "3. Repairs").replace("clause 1", "clause 2")
        + NOTES
        + FOOT
    )
    gold, table = tracked.truths([span_of(LEASE, "Pay 200 g of gold"), span_of(LEASE, TABLE)])
    assert gold.survived == 16 / 17
    assert gold.holds(*span_of(new, "Pay 201 g of gold"))  # not the copy that still reads 200
    assert table.holds(*span_of(new, TABLE, 1))  # the original's, below the copy


@pytest.mark.parametrize("seed", [*range(8), *FRESH17_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        found = sections(text)
        assert len(found) >= 7, name
        assert [s.number for s in found] == list(range(1, len(found) + 1)), name
        assert all(s.note and s.lists for s in found), name
        assert sum(len(s.tables) for s in found) == 3, name
        assert len(REFERENCE.findall(text)) >= 2, name
        assert definitions(text) is not None, name
        assert footnote_block(text) is not None, name
        assert markers(text), name
        assert len(list(QUANTITY.finditer(text))) >= 2, name
        assert any(len(group) >= 3 for group in recurring(text).values()), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH17_SEEDS, fresh17_text, fresh17_spans)


@pytest.mark.parametrize("name", list(FRESH17_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH17_FAMILIES[name], FRESH17_SEEDS, fresh17_text, fresh17_spans, no_blank_runs=True
    )
