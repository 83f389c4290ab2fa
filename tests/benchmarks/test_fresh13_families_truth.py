"""The truth of the thirteenth-round fresh families, checked by hand on small texts (no
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
from tests.benchmarks.reanchor_fresh13_families import (
    FRESH13_FAMILIES,
    FRESH13_SEEDS,
    bullet_lists,
    clock_made_24_hour,
    dates_made_iso,
    emails_obfuscated,
    fresh13_spans,
    fresh13_text,
    glossary_linked,
    lists_punctuated,
    percentages_spelled,
    phones_internationalised,
    prices_updated,
    ranges_shortened,
    weekdays_added,
    words_abbreviated,
)
from tests.benchmarks.reanchor_fresh13_kit import (
    ABBREVIABLE,
    CLOCK,
    DATE,
    EMAIL,
    NBSP,
    PERCENT,
    PHONE,
    PRICE,
    RANGE,
    TERM,
    spans_of,
)
from tests.benchmarks.reanchor_fresh13_texts import KINDS
from tests.storage.edit_simulation import TrackedText


def test_dates_are_put_in_iso_form_the_year_moved_to_the_front() -> None:
    text = "Head\n\nByline\n\nOpen on 3 March 2026 and 14 April 2026. Closed on 30 May 2026.\n"
    assert [text[slice(*d)] for d in spans_of(DATE, text)] == [
        "3 March 2026",
        "14 April 2026",
        "30 May 2026",
    ]
    tracked = TrackedText(text)
    dates_made_iso(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nOpen on 2026-03-03 and 2026-04-14. Closed on 2026-05-30.\n"
    day, sentence, closed = tracked.truths(
        [
            span_of(text, "14 April 2026"),
            span_of(text, "Open on 3 March 2026 and"),
            span_of(text, "Closed on 30 May 2026."),
        ]
    )
    assert day.survived == 4 / 13  # the year, moved to the front
    assert not day.findable
    assert sentence.holds(*span_of(new, "Open on 2026-03-03 and"))
    assert closed.holds(*span_of(new, "Closed on 2026-05-30."))


def test_the_day_of_the_week_is_typed_before_a_date() -> None:
    text = "Head\n\nByline\n\nThe fair is on 4 July 2026 at noon.\n"
    tracked = TrackedText(text)
    weekdays_added(tracked, random.Random(1), 1.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nThe fair is on Saturday 4 July 2026 at noon.\n"
    (date,) = tracked.truths([span_of(text, "4 July 2026")])
    assert date.survived == 1.0
    assert date.holds(*span_of(new, "4 July 2026"))


def test_times_go_on_the_24_hour_clock_the_minutes_kept() -> None:
    text = "Head\n\nByline\n\nFrom 7.30 pm to 11 am, or at 12 pm and 9.05 am.\n"
    assert [text[slice(*c)] for c in spans_of(CLOCK, text)] == [
        "7.30 pm",
        "11 am",
        "12 pm",
        "9.05 am",
    ]
    tracked = TrackedText(text)
    clock_made_24_hour(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nFrom 19:30 to 11:00, or at 12:00 and 09:05.\n"
    evening, morning = tracked.truths([span_of(text, "7.30 pm"), span_of(text, "11 am")])
    assert evening.survived == 2 / 7  # "30"
    assert evening.holds(*span_of(new, "19:30"))
    assert morning.survived == 2 / 5  # "11"
    assert morning.holds(*span_of(new, "11:00"))


def test_one_price_is_updated_wherever_it_stands_its_near_twin_left() -> None:
    text = "Head\n\nByline\n\nTea £2.20, scone £2.80; tea again £2.20, roll KSh 1,200.\n"
    assert [text[slice(*p)] for p in spans_of(PRICE, text)] == [
        "£2.20",
        "£2.80",
        "£2.20",
        "KSh 1,200",
    ]
    tracked = TrackedText(text)
    prices_updated(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nTea £2.29, scone £2.91; tea again £2.29, roll KSh 1,248.\n"
    tea, roll = tracked.truths([span_of(text, "Tea £2.20"), span_of(text, "KSh 1,200")])
    assert tea.survived == 8 / 9  # "2.2" kept, the last "0" retyped "9"
    assert tea.holds(*span_of(new, "Tea £2.29"))
    assert roll.holds(*span_of(new, "KSh 1,248"))


def test_telephone_numbers_get_their_country_code() -> None:
    text = f"Head\n\nByline\n\nCall 01632{NBSP}960 118 or 0722 555 019, not 1632 960 118.\n"
    assert [text[slice(*p)] for p in spans_of(PHONE, text)] == [
        f"01632{NBSP}960 118",
        "0722 555 019",
    ]
    tracked = TrackedText(text)
    phones_internationalised(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        f"Head\n\nByline\n\nCall +44 1632{NBSP}960 118 or +254 722 555 019, not 1632 960 118.\n"
    )
    (number,) = tracked.truths([span_of(text, "0722 555 019")])
    assert number.survived == 11 / 12
    assert number.holds(*span_of(new, "+254 722 555 019"))


def test_e_mail_addresses_are_written_out_wherever_they_stand() -> None:
    text = "Head\n\nByline\n\nWrite to a.b@x-y.example.org. Or a.b@x-y.example.org again.\n"
    assert len(spans_of(EMAIL, text)) == 2
    tracked = TrackedText(text)
    emails_obfuscated(tracked, random.Random(1), 1.0)
    new = tracked.text
    written = "a.b [at] x-y [dot] example [dot] org"
    assert new == f"Head\n\nByline\n\nWrite to {written}. Or {written} again.\n"
    (address,) = tracked.truths([span_of(text, "a.b@x-y.example.org", 1)])
    assert address.survived == 16 / 19  # the "@" and two points retyped
    assert address.holds(*span_of(new, written, 1))


def test_percentages_are_spelled_per_cent() -> None:
    text = "Head\n\nByline\n\nUp 3.9% this year, 3.9% last year and 12% before.\n"
    assert [text[slice(*p)] for p in spans_of(PERCENT, text)] == ["3.9%", "3.9%", "12%"]
    tracked = TrackedText(text)
    percentages_spelled(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nUp 3.9 per cent this year, 3.9 per cent last year and 12 per cent "
        "before.\n"
    )
    (figure,) = tracked.truths([span_of(text, "12%")])
    assert figure.survived == 2 / 3
    assert figure.holds(*span_of(new, "12 per cent"))


def test_ranges_of_times_and_dates_are_shortened_with_a_dash() -> None:
    text = (
        "Head\n\nByline\n\nOpen from 9 am to 6 pm, calls between 8.30 am and 8 pm, "
        "shut from 1 May 2026 to 3 May 2026.\n"
    )
    assert [text[slice(*r)] for r in spans_of(RANGE, text)] == [
        "from 9 am to 6 pm",
        "between 8.30 am and 8 pm",
        "from 1 May 2026 to 3 May 2026",
    ]
    tracked = TrackedText(text)
    ranges_shortened(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nOpen 9 am–6 pm, calls 8.30 am–8 pm, shut 1 May 2026–3 May 2026.\n"
    )
    hours, calls = tracked.truths([span_of(text, "from 9 am to 6 pm"), span_of(text, "8 pm")])
    assert hours.survived == 8 / 17  # "9 am" and "6 pm": less than half, yet it holds
    assert hours.holds(*span_of(new, "9 am–6 pm"))
    assert calls.holds(*span_of(new, "8 pm"))


def test_words_are_abbreviated_for_print() -> None:
    text = "Head\n\nByline\n\nTen minutes from Mill Road, 2 kilometres from the Street.\n"
    assert [text[slice(*w)] for w in spans_of(ABBREVIABLE, text)] == [
        "minutes",
        "Road",
        "kilometres",
        "Street",
    ]
    tracked = TrackedText(text)
    words_abbreviated(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nTen min from Mill Rd, 2 km from the St.\n"
    road, street = tracked.truths([span_of(text, "Mill Road"), span_of(text, "the Street.")])
    assert road.survived == 7 / 9  # "Mill R" and the "d"
    assert road.holds(*span_of(new, "Mill Rd"))
    assert street.holds(*span_of(new, "the St."))


def test_list_items_are_punctuated_then_lowered() -> None:
    text = "Head\n\nByline\n\n- Doors open\n- PE on Fridays.\n- Home at 3.15 pm\n\nThe end.\n"
    (items,) = bullet_lists(text)
    one = TrackedText(text)
    lists_punctuated(one, random.Random(1), 3.0)
    assert one.text == (
        "Head\n\nByline\n\n- Doors open;\n- PE on Fridays;\n- Home at 3.15 pm.\n\nThe end.\n"
    )
    tracked = TrackedText(text)
    lists_punctuated(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\n- doors open;\n- PE on Fridays;\n- home at 3.15 pm.\n\nThe end.\n"
    )
    doors, fridays, whole = tracked.truths(
        [span_of(text, "Doors open"), span_of(text, "PE on Fridays."), items[0][:1] + items[-1][1:]]
    )
    assert doors.survived == 9 / 10
    assert doors.holds(*span_of(new, "doors open"))
    assert fridays.survived == 13 / 14  # the stop retyped as a semicolon
    assert fridays.holds(*span_of(new, "PE on Fridays;"))
    assert whole.holds(*span_of(new, "- doors open;\n- PE on Fridays;\n- home at 3.15 pm"))


def test_a_glossary_is_appended_and_each_term_marked_at_its_first_use() -> None:
    text = "Head\n\nByline\n\nThe precept rises. The reserves fall.\n\nThe precept is set in May.\n"
    assert sorted({text[slice(*t)] for t in spans_of(TERM, text)}) == ["precept", "reserves"]
    tracked = TrackedText(text)
    glossary_linked(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nThe precept† rises. The reserves† fall.\n\nThe precept is set in May.\n"
        "\nGlossary\n\n"
        "- precept: the part of the council tax a parish or town council sets\n"
        "- reserves: money the council holds back for emergencies and future spending\n"
    )
    first, second = tracked.truths([span_of(text, "The precept rises."), span_of(text, "set")])
    assert first.survived == 1.0
    assert first.holds(*span_of(new, "The precept† rises."))
    assert second.holds(*span_of(new, "set", 0))


@pytest.mark.parametrize("seed", [*range(8), *FRESH13_SEEDS])
def test_every_kind_of_text_is_canonical_sized_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(spans_of(DATE, text)) >= 3, name
        assert len(spans_of(CLOCK, text)) >= 3, name
        assert len({text[s:e] for s, e in spans_of(PRICE, text)}) >= 3, name
        assert len(spans_of(PHONE, text)) >= 2, name
        assert len(spans_of(EMAIL, text)) >= 2, name
        assert len(spans_of(PERCENT, text)) >= 2, name
        assert len(spans_of(RANGE, text)) >= 2, name
        assert len(bullet_lists(text)) >= 2, name
        assert len({text[s:e] for s, e in spans_of(ABBREVIABLE, text)}) >= 3, name
        assert len(spans_of(TERM, text)) >= 1, name
        assert len(headings(text)) >= 5, name
        assert len(sections(text)) >= 5, name
        assert any(len(group) >= 2 for group in recurring(text).values()), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH13_SEEDS, fresh13_text, fresh13_spans)


@pytest.mark.parametrize("name", list(FRESH13_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH13_FAMILIES[name], FRESH13_SEEDS, fresh13_text, fresh13_spans, no_blank_runs=True
    )
