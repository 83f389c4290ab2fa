"""The truth of the fifth-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re

import pytest

from desktop_app.core.text import is_canonical
from tests.benchmarks.family_soundness import assert_family_sound, span_of
from tests.benchmarks.reanchor_fresh5_edits import (
    add_column,
    ampersands,
    decimal_commas,
    delete_line,
    elide,
    insert_copy,
    insert_paragraph,
    join_at,
    month_first,
    move_section,
    oxford_commas,
    percent_signs,
    report_after,
    report_before,
    retouch,
    script_stretches,
    sort_rows,
    speeches,
    split_at,
    thousands_spaced,
    titles_dropped,
    twelve_hour,
)
from tests.benchmarks.reanchor_fresh5_families import (
    FRESH5_FAMILIES,
    FRESH5_SEEDS,
    _statuses,
    _turn_to_cut,
    fresh5_spans,
    fresh5_text,
    status_updated,
)
from tests.benchmarks.reanchor_fresh5_kit import (
    CLOCK,
    DAY_MONTH,
    DECIMAL,
    NARROW_NBSP,
    THOUSANDS,
    ZWSP,
)
from tests.benchmarks.reanchor_fresh5_places import (
    inside,
    join_points,
    near_twins,
    sentences,
    split_points,
    tables,
    turn_blocks,
)
from tests.benchmarks.reanchor_fresh5_texts import KINDS
from tests.storage.edit_simulation import TrackedText


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("“We will go home,” said Ms Ward.", "Ms Ward said they would go home."),
        ("“Our road is shut,” Dr Okafor said.", "Dr Okafor said their road was shut."),
        ("“I am here for Mara,” said Tom.", "Tom said they were here for Mara."),
    ],
)
def test_direct_speech_after_its_quote_is_reported_and_the_name_moves(
    text: str, after: str
) -> None:
    head = f"Head\n\n{text}\n"
    tracked = TrackedText(head)
    ((kind, match),) = speeches(head)
    assert kind == "after"
    report_after(tracked, match)
    assert tracked.text == f"Head\n\n{after}\n"
    name = re.search(r"(?:Ms |Dr )?[A-Z][a-z]+(?= said)", after)
    assert name is not None
    (truth,) = tracked.truths([span_of(head, name[0])])
    assert truth.holds(6, 6 + len(name[0]))


def test_direct_speech_after_a_colon_is_reported_with_that() -> None:
    text = "Head\n\nMs Ward said: “We are ready, and we can win.” Then she left.\n"
    tracked = TrackedText(text)
    ((kind, match),) = speeches(text)
    assert kind == "before"
    report_before(tracked, match)
    assert (
        tracked.text
        == "Head\n\nMs Ward said that they were ready, and they could win. Then she left.\n"
    )
    (clause,) = tracked.truths([span_of(text, "ready, and")])
    assert clause.holds(*span_of(tracked.text, "ready, and"))


def test_a_quote_is_elided_and_a_pronoun_bracketed() -> None:
    text = "Head\n\n“We told them the road was shut, and it stayed shut for days,” said Ms Ward.\n"
    tracked = TrackedText(text)
    quote = span_of(text, "We told them the road was shut, and it stayed shut for days,")
    elide(tracked, random.Random(1), quote, bracket=True)
    new = tracked.text
    assert "…" in new
    assert new.count("“") == new.count("”") == 1
    (days,) = tracked.truths([span_of(text, "shut for days")])
    assert days.holds(*span_of(new, "shut for days"))


def test_a_long_sentence_is_split_and_short_ones_joined() -> None:
    text = (
        "Head\n\nByline\n\nThe road stays shut for the whole of the morning, and the buses "
        "are being sent another way by Mara. Fares stay the same. Mara is here. Rain is "
        "due. Nobody minds.\n[19:02] Ana: Go. Now.\n"
    )
    tracked = TrackedText(text)
    (point,) = split_points(text)
    split_at(tracked, point)
    assert ". The buses are being sent" in tracked.text
    joins = join_points(tracked.text)
    assert [tracked.text[s + 2 : s + 6] for s, _ in joins][-4:] == ["Fare", "Mara", "Rain", "Nobo"]
    join_at(tracked, random.Random(0), joins[-1])
    join_at(tracked, random.Random(0), joins[-3])
    assert tracked.text.endswith(
        "Fares stay the same; Mara is here. Rain is due; nobody minds.\n[19:02] Ana: Go. Now.\n"
    )
    (fares,) = tracked.truths([span_of(text, "Fares stay the same")])
    assert fares.holds(*span_of(tracked.text, "Fares stay the same"))


def test_figures_times_and_dates_are_restyled_for_another_locale() -> None:
    text = "Head\n\nOn 3 December at 14:00, 1,240 people; at 07:45, 41.2 per cent of 12,500,000.\n"
    assert [m[0] for m in THOUSANDS.finditer(text)] == ["1,240", "12,500,000"]
    assert [m[0] for m in DECIMAL.finditer(text)] == ["41.2"]
    assert [m[0] for m in CLOCK.finditer(text)] == ["14:00", "07:45"]
    assert [m[0] for m in DAY_MONTH.finditer(text)] == ["3 December"]
    tracked = TrackedText(text)
    thousands_spaced(tracked)
    decimal_commas(tracked)
    month_first(tracked)
    twelve_hour(tracked)
    n = NARROW_NBSP
    assert tracked.text == (
        f"Head\n\nOn December 3 at 2pm, 1{n}240 people; at 7.45am, 41,2 per cent of "
        f"12{n}500{n}000.\n"
    )
    (people,) = tracked.truths([span_of(text, "1,240 people")])
    assert people.holds(*span_of(tracked.text, f"1{n}240 people"))


TABLE = "Head\n\nByline\n\nRoad | Delay\nA1 | 10 min\nA2 | 40 min\nA3 | 20 min\n\nEnd.\n"


def test_a_table_is_sorted_by_its_numbers_a_column_added_and_a_row_dropped() -> None:
    tracked = TrackedText(TABLE)
    sort_rows(tracked, tables(TABLE)[0])
    assert (
        tracked.text
        == "Head\n\nByline\n\nRoad | Delay\nA2 | 40 min\nA3 | 20 min\nA1 | 10 min\n\nEnd.\n"
    )
    add_column(tracked, random.Random(0), tables(tracked.text)[0])
    assert tracked.text.count(" | ") == 8
    assert tracked.text.startswith("Head\n\nByline\n\nRoad | Delay | Note\nA2 | 40 min | ")
    delete_line(tracked, tables(tracked.text)[0][-1])
    assert "A1" not in tracked.text
    assert tracked.text.endswith("\n\nEnd.\n")
    a3, a1 = tracked.truths([span_of(TABLE, "A3 | 20 min"), span_of(TABLE, "A1 | 10 min")])
    assert a3.holds(*span_of(tracked.text, "A3 | 20 min"))
    assert not a1.findable


def test_a_sorted_table_is_sorted_the_other_way() -> None:
    text = "Head\n\nCast | Role\nAnn | MARA\nBea | TOMAS\nCy | CHORUS\n"
    tracked = TrackedText(text)
    sort_rows(tracked, tables(text)[0])
    assert tracked.text == "Head\n\nCast | Role\nCy | CHORUS\nBea | TOMAS\nAnn | MARA\n"


INTERVIEW = (
    "Head\n\nByline\n\nQ: Will you go?\nA: No comment.\nQ: Why not?\nA: No comment.\n\nEnd.\n"
)


def test_a_question_is_cut_with_its_answer_and_the_twin_answer_stays() -> None:
    tracked = TrackedText(INTERVIEW)
    (block,) = turn_blocks(INTERVIEW)
    assert len(block) == 4
    cut = _turn_to_cut(tracked, random.Random(2))
    assert cut is not None
    delete_line(tracked, cut)
    kept, other = ("Why not?", 1) if "Why not?" in tracked.text else ("Will you go?", 0)
    assert tracked.text == f"Head\n\nByline\n\nQ: {kept}\nA: No comment.\n\nEnd.\n"
    truths = tracked.truths([span_of(INTERVIEW, "No comment.", n) for n in (0, 1)])
    assert truths[other].holds(*span_of(tracked.text, "No comment."))
    assert not truths[1 - other].findable


def test_a_status_phrase_is_updated_at_every_occurrence_each_truth_on_its_own() -> None:
    line = "The A14 remains closed westbound."
    text = f"Head\n\nByline\n\n{line}\n\nRain.\n\n{line}\n"
    assert _statuses(text) == ["remains closed"]
    tracked = TrackedText(text)
    status_updated(tracked, random.Random(0), 1.0)
    new = tracked.text
    assert new.count("The A14 has reopened westbound.") == 2
    first, second = tracked.truths([span_of(text, line, 0), span_of(text, line, 1)])
    assert first.holds(*span_of(new, "The A14 has reopened westbound.", 0))
    assert second.holds(*span_of(new, "The A14 has reopened westbound.", 1))
    assert not first.holds(*span_of(new, "The A14 has reopened westbound.", 1))


def test_a_section_moves_under_a_new_heading_and_keeps_its_truth() -> None:
    text = "Head\n\nByline\n\nOne.\n\nTwo is here.\n\nThree.\n\nFour.\n"
    tracked = TrackedText(text)
    section = span_of(text, "Two is here.\n\nThree.")
    to = move_section(tracked, section, span_of(text, "Four.")[0])
    insert_paragraph(tracked, to, "Reaction")
    assert tracked.text == "Head\n\nByline\n\nOne.\n\nReaction\n\nTwo is here.\n\nThree.\n\nFour.\n"
    back = TrackedText(text)
    to = move_section(back, span_of(text, "Four."), span_of(text, "One.")[0])
    assert back.text == "Head\n\nByline\n\nFour.\n\nOne.\n\nTwo is here.\n\nThree.\n"
    assert to == 14
    (two,) = tracked.truths([span_of(text, "Two is here.")])
    assert two.holds(*span_of(tracked.text, "Two is here."))


def test_the_house_style_pass() -> None:
    text = "Head\n\nMs Ward & Dr Okafor said 70 per cent of roads, rails and ports shut.\n"
    tracked = TrackedText(text)
    oxford_commas(tracked)
    titles_dropped(tracked)
    percent_signs(tracked)
    ampersands(tracked)
    assert tracked.text == "Head\n\nWard and Okafor said 70% of roads, rails, and ports shut.\n"


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("Η κοινότητα ευχαριστεί όλους.", "Η κοινοτητα ευχαριστει ολους."),
        ("ताज़ा जानकारी, चलाएँ।", "ताजा जानकारी, चलाएं।"),
        ("협조할것이라고 밝혔다. 확인할수 없다.", "협조할 것이라고 밝혔다. 확인할 수 없다."),
        (f"ฉัน{ZWSP}เห็น{ZWSP}รถ", "ฉันเห็นรถ"),
    ],
)
def test_passages_in_other_scripts_are_cleaned_up(line: str, after: str) -> None:
    text = f"Head\n\n{line}\n"
    assert is_canonical(text)
    ((script, (stretch,)),) = script_stretches(text).items()
    tracked = TrackedText(text)
    retouch(tracked, script, stretch)
    assert tracked.text == f"Head\n\n{after}\n"
    assert is_canonical(tracked.text)
    (whole,) = tracked.truths([stretch])
    assert whole.findable


def test_a_read_more_line_quoting_the_headline_is_a_decoy() -> None:
    text = "The headline here\n\nByline\n\nOne.\n\nTwo.\n"
    tracked = TrackedText(text)
    insert_copy(tracked, span_of(text, "Two.")[0], (0, 17), "Read more: ")
    assert tracked.text == f"{text[:-5]}Read more: The headline here\n\nTwo.\n"
    (headline,) = tracked.truths([(0, 17)])
    assert headline.holds(0, 17)
    assert not headline.holds(*span_of(tracked.text, "The headline here", 1))


def test_sentences_skip_labels_and_table_rows_and_keep_devanagari_stops() -> None:
    text = "Head\n\nByline\n\nQ: Will you go?\nA: No comment.\n\nA | B\n\nसड़कें बंद रहेंगी। कृपया चलाएँ।\n"
    assert [text[s:e] for s, e in sentences(text)] == [
        "Will you go?",
        "No comment.",
        "सड़कें बंद रहेंगी।",
        "कृपया चलाएँ।",
    ]


def test_near_twins_and_words_inside_a_repeated_line_are_found() -> None:
    text = "Head\n\nByline\n\nPolice make a first arrest. Police make a second arrest. Go home.\n"
    assert [text[s:e] for s, e in near_twins(text)] == [
        "Police make a first arrest.",
        "Police make a second arrest.",
    ]
    line = span_of(text, "Police make a second arrest.")
    for pick in range(12):
        part = inside(pick, text, line)
        assert part is not None
        assert line[0] <= part[0] < part[1] <= line[1]
        assert 2 <= len(text[part[0] : part[1]].split()) <= 5
    assert inside(0, text, span_of(text, "Go home.")) is None


@pytest.mark.parametrize("seed", range(10))
def test_every_kind_of_text_is_canonical_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert is_canonical(text), name
        assert "\n\n\n" not in text, name
        assert speeches(text), name
        assert any(len(re.findall(r"\S+", q)) >= 10 for q in re.findall("“([^”]+)”", text)), name
        assert split_points(text), name
        assert join_points(text), name
        assert THOUSANDS.search(text), name
        assert CLOCK.search(text), name
        assert DECIMAL.search(text), name
        assert DAY_MONTH.search(text), name
        assert tables(text), name
        assert turn_blocks(text), name
        assert len(_statuses(text)) >= 2, name
        assert " per cent" in text, name
        assert " & " in text, name
        assert re.search(r"\b(?:Mr|Ms|Dr) [A-Z]", text), name
        assert script_stretches(text), name
        assert near_twins(text), name


@pytest.mark.parametrize("name", list(FRESH5_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH5_FAMILIES[name], FRESH5_SEEDS, fresh5_text, fresh5_spans, no_blank_runs=True
    )
