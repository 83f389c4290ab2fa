"""The truth of the eighth-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random

import pytest

from desktop_app.core.text import is_canonical
from tests.benchmarks.family_soundness import assert_family_sound, assert_spans_distinct, span_of
from tests.benchmarks.reanchor_fresh7_places import headings, recurring, sentences
from tests.benchmarks.reanchor_fresh8_edits import (
    add_contents,
    black_out,
    cut_asides,
    delete_first,
    keep_last,
    name_roles,
    plain_export,
    redact,
    reletter,
    reverse_log,
    romanise,
    round_figures,
    spell_units,
    swap_entries,
)
from tests.benchmarks.reanchor_fresh8_families import (
    FRESH8_FAMILIES,
    FRESH8_SEEDS,
    fresh8_spans,
    fresh8_text,
)
from tests.benchmarks.reanchor_fresh8_kit import BANK, EMOJI, NBSP, PLAIN, PLAIN_MARKS, ZWJ
from tests.benchmarks.reanchor_fresh8_places import (
    asides,
    contacts,
    decimals,
    logs,
    measures,
    names,
    other_scripts,
    roles,
    running_blocks,
    subclause_numbers,
)
from tests.benchmarks.reanchor_fresh8_texts import KINDS
from tests.storage.edit_simulation import TrackedText

FOOTER = "Best regards,\nOliver"
THREAD = (
    f"Head\n\nByline\n\nFrom: A\nFirst.\n\n{FOOTER}\n\nFrom: B\nSecond.\n\n{FOOTER}\n\n"
    f"From: C\nThird.\n\n{FOOTER}\n\nEnd\n\nExported.\n"
)


def test_a_running_block_is_cut_at_its_first_occurrence_or_kept_last() -> None:
    (group,) = running_blocks(THREAD)
    assert len(group) == 3
    first = TrackedText(THREAD)
    delete_first(first, group)
    assert first.text == THREAD.replace(f"First.\n\n{FOOTER}\n\n", "First.\n\n", 1)
    kept = TrackedText(THREAD)
    keep_last(kept, group, to_end=False)
    assert kept.text == (
        f"Head\n\nByline\n\nFrom: A\nFirst.\n\nFrom: B\nSecond.\n\nFrom: C\nThird.\n\n{FOOTER}"
        "\n\nEnd\n\nExported.\n"
    )
    moved = TrackedText(THREAD)
    keep_last(moved, group, to_end=True)
    assert moved.text == (
        "Head\n\nByline\n\nFrom: A\nFirst.\n\nFrom: B\nSecond.\n\nFrom: C\nThird.\n\nEnd\n\n"
        f"Exported.\n\n{FOOTER}\n"
    )
    gone, last, third = moved.truths([group[0], group[2], span_of(THREAD, "Third.\n\nBest")])
    assert not gone.findable
    assert last.holds(*span_of(moved.text, FOOTER))  # the moved block is its own last one
    assert third.survived < 1  # "Best" went to the end with its block
    assert third.holds(*span_of(moved.text, "Third."))


def test_sub_clause_numbers_are_lettered_and_references_follow_only_when_asked() -> None:
    text = (
        "Head\n\nByline\n\n4.1 The Supplier shall deliver.\n4.2 The Supplier shall pack "
        "(see clause 4.1).\n\nAs clause 4.2 says, version 4.2.1 and 4.20 stay.\n"
    )
    numbers = subclause_numbers(text)
    assert [text[s:e] for s, e in numbers] == ["4.1", "4.2", "4.1", "4.2"]
    tracked = TrackedText(text)
    reletter(tracked, numbers)
    assert tracked.text == (
        "Head\n\nByline\n\n4(a) The Supplier shall deliver.\n4(b) The Supplier shall pack "
        "(see clause 4(a)).\n\nAs clause 4(b) says, version 4.2.1 and 4.20 stay.\n"
    )
    line, number = tracked.truths(
        [span_of(text, "4.2 The Supplier shall pack"), span_of(text, "4.2")]
    )
    assert line.holds(*span_of(tracked.text, "4(b) The Supplier shall pack"))
    assert not number.findable  # ".2" retyped as "(b)": one character of three survives


def test_roles_are_named_and_capitals_only_at_the_highest_rate() -> None:
    text = "Head\n\nByline\n\nThe Supplier shall pay the Customer. Ask the Supplier’s bank.\n"
    assert [text[s:e] for s, e in roles(text)] == ["the Customer", "the Supplier"]
    lower = TrackedText(text)
    name_roles(lower, {"Supplier"}, capitals=False)
    assert lower.text == (
        "Head\n\nByline\n\nThe Supplier shall pay the Customer. Ask Kestrel Components’s bank.\n"
    )
    every = TrackedText(text)
    name_roles(every, {"Supplier", "Customer"}, capitals=True)
    assert every.text == (
        "Head\n\nByline\n\nKestrel Components shall pay Harbourline. Ask Kestrel Components’s "
        "bank.\n"
    )
    sentence, role = every.truths(
        [span_of(text, "shall pay the Customer."), span_of(text, "Customer")]
    )
    assert sentence.holds(*span_of(every.text, "shall pay Harbourline."))
    assert not role.findable


def test_units_are_spelled_out_and_plus_minus_written_plainly() -> None:
    text = (
        f"Head\n\nByline\n\nTake 2.5{NBSP}mg (± 0.5 mg) at 25 °C, 3 km/h, 18 m², 5 kmh, 4 mmol.\n"
    )
    assert [text[s:e] for s, e in measures(text)] == [
        f"2.5{NBSP}mg",
        "0.5 mg",
        "25 °C",
        "3 km/h",
        "18 m²",
    ]
    tracked = TrackedText(text)
    spell_units(tracked, {"mg", "°C", "km/h", "m²"}, plus_minus=True)
    assert tracked.text == (
        f"Head\n\nByline\n\nTake 2.5{NBSP}milligrams (+/- 0.5 milligrams) at 25 degrees "
        "Celsius, 3 kilometres per hour, 18 square metres, 5 kmh, 4 mmol.\n"
    )
    dose, unit = tracked.truths([span_of(text, "Take 2.5\u00a0mg"), span_of(text, "°C")])
    assert dose.holds(*span_of(tracked.text, "Take 2.5\u00a0milligrams"))
    assert not unit.findable


def test_figures_are_rounded_half_up_and_near_twins_become_twins() -> None:
    text = "Head\n\nByline\n\nIt is 0.75 km. It is 0.65 km. Cost 12.50 kg, 2.5% and 3.2.1 ms.\n"
    assert [text[s:e] for s, e in decimals(text)] == ["0.75", "0.65", "12.50", "2.5"]
    one = TrackedText(text)
    round_figures(one, (0, len(text)), places=1)
    assert one.text == (
        "Head\n\nByline\n\nIt is 0.8 km. It is 0.7 km. Cost 12.5 kg, 2.5% and 3.2.1 ms.\n"
    )
    whole = TrackedText(text)
    round_figures(whole, (0, len(text)), places=0)
    assert whole.text == "Head\n\nByline\n\nIt is 1 km. It is 1 km. Cost 13 kg, 3% and 3.2.1 ms.\n"
    first, second = whole.truths([span_of(text, "It is 0.75 km."), span_of(text, "It is 0.65 km.")])
    assert first.holds(*span_of(whole.text, "It is 1 km.", 0))
    assert second.holds(*span_of(whole.text, "It is 1 km.", 1))  # its twin is a decoy


def test_personal_data_is_redacted_and_names_blacked_out_letter_for_letter() -> None:
    text = (
        "Head\n\nByline\n\nCall Marta Kowalczyk on +44 20 7946 0321 or marta.k@h.example. "
        "Kowalczyk agreed to it.\n"
    )
    assert [text[s:e] for s, e in contacts(text)] == ["+44 20 7946 0321", "marta.k@h.example"]
    assert [text[s:e] for s, e in names(text)] == ["Marta Kowalczyk", "Kowalczyk"]
    tracked = TrackedText(text)
    black_out(tracked, names(text))
    redact(tracked, contacts(tracked.text))
    assert tracked.text == (
        "Head\n\nByline\n\nCall █████ █████████ on [REDACTED] or [REDACTED]. █████████ agreed "
        "to it.\n"
    )
    call, name, agreed = tracked.truths(
        [
            span_of(text, "Call Marta Kowalczyk"),
            span_of(text, "Marta Kowalczyk"),
            span_of(text, "Kowalczyk agreed to it."),
        ]
    )
    assert not call.findable  # "Call " and a space are less than half of it
    assert not name.findable
    assert agreed.findable
    assert agreed.holds(*span_of(tracked.text, "█████████ agreed to it."))


def test_a_plain_text_export_downgrades_marks_then_drops_emoji() -> None:
    text = f"Head\n\nByline\n\n“Wait…” — 10–16 March, 5{NBSP}km 👩{ZWJ}💻 ok 🚴{ZWJ}♂️，好（是）\n"
    marks = TrackedText(text)
    plain_export(marks, set(PLAIN_MARKS), emoji=False)
    assert marks.text == (
        f"Head\n\nByline\n\n“Wait...” -- 10-16 March, 5{NBSP}km 👩{ZWJ}💻 ok 🚴{ZWJ}♂️，好（是）\n"
    )
    everything = TrackedText(text)
    plain_export(everything, set(PLAIN), emoji=True)
    assert everything.text == 'Head\n\nByline\n\n"Wait..." -- 10-16 March, 5 km ok,好(是)\n'
    assert is_canonical(everything.text)
    (quote,) = everything.truths([span_of(text, "10–16 March, 5\u00a0km")])
    assert quote.holds(*span_of(everything.text, "10-16 March, 5 km"))


LOG = (
    "Head\n\nByline\n\nLog\n\n12 Mar 2026 · Third.\nMore.\n\nReply.\n\n11 Mar 2026 · Second."
    "\n\n10 Mar 2026 · First.\n\nNext Heading\n\nEnd.\n"
)


def test_a_log_is_reversed_or_two_entries_swapped_and_each_entry_moves_whole() -> None:
    (entries,) = logs(LOG)
    assert [LOG[s:e] for s, e in entries] == [
        "12 Mar 2026 · Third.\nMore.\n\nReply.",
        "11 Mar 2026 · Second.",
        "10 Mar 2026 · First.",
    ]
    reversed_ = TrackedText(LOG)
    reverse_log(reversed_, entries)
    assert reversed_.text == (
        "Head\n\nByline\n\nLog\n\n10 Mar 2026 · First.\n\n11 Mar 2026 · Second.\n\n12 Mar 2026 "
        "· Third.\nMore.\n\nReply.\n\nNext Heading\n\nEnd.\n"
    )
    swapped = TrackedText(LOG)
    swap_entries(swapped, entries[0], entries[1])
    assert swapped.text == (
        "Head\n\nByline\n\nLog\n\n11 Mar 2026 · Second.\n\n12 Mar 2026 · Third.\nMore.\n\n"
        "Reply.\n\n10 Mar 2026 · First.\n\nNext Heading\n\nEnd.\n"
    )
    entry, across = reversed_.truths([entries[0], span_of(LOG, "Reply.\n\n11 Mar")])
    assert entry.holds(*span_of(reversed_.text, "12 Mar 2026 · Third.\nMore.\n\nReply."))
    assert across.holds(*span_of(reversed_.text, "Reply."))  # the larger part, in its place
    assert logs("Head\n\nByline\n\n★ One.\n\n★ Two.\n\n★ Three.\n") == []  # no heading after


def test_passages_in_other_scripts_are_romanised() -> None:
    chinese, hindi, thai = (native for native, _ in BANK["stage"])
    text = f"Head\n\nByline\n\n{chinese}\n{hindi} He won.\n\n{thai}\n"
    assert [text[s:e] for s, e in other_scripts(text)] == [chinese, hindi, thai]
    tracked = TrackedText(text)
    romanise(tracked, span_of(text, hindi))
    assert tracked.text == f"Head\n\nByline\n\n{chinese}\n{BANK['stage'][1][1]} He won.\n\n{thai}\n"
    passage, won = tracked.truths([span_of(text, hindi), span_of(text, "He won.")])
    assert not passage.findable
    assert won.holds(*span_of(tracked.text, "He won."))


def test_a_contents_list_copies_the_headings_and_they_stay_where_they_were() -> None:
    text = "Head\n\nByline\n\nIntro.\n\nFirst Part\n\nOne.\n\nSecond Part\n\nTwo.\n"
    found = headings(text)
    assert [text[s:e] for s, e in found] == ["First Part", "Second Part"]
    tracked = TrackedText(text)
    add_contents(tracked, found, back_links=True, numbered=True)
    assert tracked.text == (
        "Head\n\nByline\n\nContents\n1. First Part\n2. Second Part\n\nIntro.\n\n1. First Part"
        "\n\nOne.\n\nBack to contents\n\n2. Second Part\n\nTwo.\n"
    )
    plain = TrackedText(text)
    add_contents(plain, found, back_links=False, numbered=False)
    assert plain.text == (
        "Head\n\nByline\n\nContents\nFirst Part\nSecond Part\n\nIntro.\n\nFirst Part\n\nOne."
        "\n\nSecond Part\n\nTwo.\n"
    )
    heading, part = plain.truths([found[1], span_of(text, "One.\n\nSecond Part")])
    assert heading.holds(*span_of(plain.text, "Second Part", 1))  # not the pasted copy
    assert part.holds(*span_of(plain.text, "One.\n\nSecond Part"))


def test_asides_are_cut_with_the_right_space() -> None:
    text = (
        "Head (draft)\n\nByline\n\n(1) Acme (the “Supplier”), pays — as agreed — in 30 days "
        "(see clause 2.1).\n陳詠琪（Chan Wing-kei）說。\n"
    )
    found = asides(text, dashed=True)
    assert [text[s:e] for s, e in found] == [
        "(1)",
        " (the “Supplier”)",
        " — as agreed —",
        " (see clause 2.1)",
        "（Chan Wing-kei）",
    ]
    tracked = TrackedText(text)
    cut_asides(tracked, found)
    assert tracked.text == "Head (draft)\n\nByline\n\nAcme, pays in 30 days.\n陳詠琪說。\n"
    sentence, aside = tracked.truths(
        [span_of(text, "pays — as agreed — in 30 days"), span_of(text, "the “Supplier”")]
    )
    assert sentence.holds(*span_of(tracked.text, "pays in 30 days"))
    assert not aside.findable


@pytest.mark.parametrize("seed", [*range(8), *FRESH8_SEEDS])
def test_every_kind_of_text_is_canonical_sized_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert is_canonical(text), name
        assert "\n\n\n" not in text, name
        assert 4_000 <= len(text.encode()) <= 9_000, name
        assert running_blocks(text), name
        assert len([s for s, e in subclause_numbers(text) if text[s - 1] == "\n"]) >= 3, name
        assert len(roles(text)) >= 3, name
        assert len(measures(text)) >= 5, name
        assert any(len(text[s:e].split(".")[1]) >= 2 for s, e in decimals(text)), name
        assert "±" in text, name
        assert len(contacts(text)) >= 2, name
        assert len(names(text)) >= 2, name
        assert len(logs(text)) == 1, name
        assert len(other_scripts(text)) == 3, name
        assert len(headings(text)) >= 3, name
        assert any(text.startswith(("(see ", " (see "), s) for s, _ in asides(text)), name
        assert all(mark in text for mark in PLAIN_MARKS), name
        assert NBSP in text, name
        assert ZWJ in text, name
        assert EMOJI.search(text), name
        assert any(len(group) >= 3 for group in recurring(text).values()), name
        assert len(sentences(text)) >= 30, name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH8_SEEDS[:8], fresh8_text, fresh8_spans)


@pytest.mark.parametrize("name", list(FRESH8_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH8_FAMILIES[name], FRESH8_SEEDS, fresh8_text, fresh8_spans, no_blank_runs=True
    )
