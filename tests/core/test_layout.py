"""Reading layout: line roles of the samples, spacer lines, and the canonical/display offset map."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.layout import DisplayPlan, OffsetMap, Role, classify_lines, plan_display
from desktop_app.core.text import canonicalize

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
FAIR_OBSERVER = "fair-observer-kazakhstan-abraham-accords.txt"
CRITICAL_MINERALS = "kazakhstan-joins-abraham-accords-critical-minerals.txt"

# Pieces of text that stress offsets: astral emoji, ZWJ sequences, skin-tone modifiers,
# combining marks, CJK (BMP and astral), Hebrew and Arabic, NBSP, headings and bullets.
_PIECES = st.sampled_from(
    [
        "word",
        " ",
        "\n",
        "\n\n",
        "\n\n\n",
        "😀",
        "👍🏽",
        "👩\u200d💻",
        "👨\u200d👩\u200d👧",
        "🇰🇿",
        "e\u0301",
        "a\u0308\u0323",
        "漢字",
        "𠀀𠀁",
        "שָׁלוֹם",
        "مرحبا",
        "\u00a0",
        "\u200f",
        "Sources",
        "A short heading",
        "  • item",
        "1. first",
        "Edited by: Someone",
        "A long sentence of a paragraph that goes on for quite a while, as they do.",
    ]
)
canonical_texts = st.one_of(
    st.lists(_PIECES, max_size=40).map("".join),
    st.lists(st.one_of(_PIECES, st.characters(codec="utf-8")), max_size=40).map("".join),
    st.text(),
).map(canonicalize)


def _sample(name: str) -> str:
    return canonicalize((SAMPLES / name).read_text(encoding="utf-8"))


def _utf16_units(text: str) -> list[int]:
    data = text.encode("utf-16-le")
    return [int.from_bytes(data[i : i + 2], "little") for i in range(0, len(data), 2)]


def _decode_units(units: list[int]) -> str:
    return b"".join(u.to_bytes(2, "little") for u in units).decode("utf-16-le")


def _spacer_units(plan: DisplayPlan) -> set[int]:
    """Display positions (UTF-16) of the one unit each spacer line adds: its line break."""
    spacers: set[int] = set()
    position = 0
    for line, role in zip(plan.text.split("\n"), plan.roles, strict=True):
        if role == Role.SPACER:
            assert line == ""
            spacers.add(position)
        position += len(line.encode("utf-16-le")) // 2 + 1
    return spacers


def _gap_units(plan: DisplayPlan) -> set[int]:
    """Display units with no canonical code point: low surrogates and spacer breaks."""
    low_surrogates = {i for i, u in enumerate(_utf16_units(plan.text)) if 0xDC00 <= u <= 0xDFFF}
    return low_surrogates | _spacer_units(plan)


def _without_spacer_lines(plan: DisplayPlan) -> str:
    lines = plan.text.split("\n")
    return "\n".join(
        line for line, role in zip(lines, plan.roles, strict=True) if role != Role.SPACER
    )


# -- roles of the bundled samples ------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_roles() -> dict[str, Role]:
    """Role of every line of both samples, by the line's text."""
    roles: dict[str, Role] = {}
    for name in (FAIR_OBSERVER, CRITICAL_MINERALS):
        lines = _sample(name).split("\n")
        roles.update(zip(lines, classify_lines(lines), strict=True))
    return roles


@pytest.mark.parametrize(
    "heading",
    [
        "Kazakhstan joins the Abraham Accords",
        "Kazakhstan’s foreign policy",
        "Are Kazaks celebrating?",
        "Sources",
        "Kazakhstan Joins Abraham Accords Amid US Summit Focused on Critical Minerals",
    ],
)
def test_sample_headings_are_headings(sample_roles: dict[str, Role], heading: str) -> None:
    assert sample_roles[heading] == Role.HEADING


def test_sample_byline_is_a_byline(sample_roles: dict[str, Role]) -> None:
    bylines = [line for line in sample_roles if line.startswith("Edited by:")]
    assert bylines == ["Edited by: Татьяна Гуринович"]
    assert sample_roles[bylines[0]] == Role.BYLINE


def test_sample_bullets_are_list_items(sample_roles: dict[str, Role]) -> None:
    bullets = [line for line in sample_roles if line.lstrip().startswith("•")]
    assert len(bullets) == 6
    assert {sample_roles[line] for line in bullets} == {Role.LIST_ITEM}


def test_sample_long_paragraphs_are_paragraphs(sample_roles: dict[str, Role]) -> None:
    long_lines = [line for line in sample_roles if len(line) > 200]
    assert len(long_lines) >= 15
    assert {sample_roles[line] for line in long_lines} == {Role.PARAGRAPH}


def test_sample_blank_lines_are_blank(sample_roles: dict[str, Role]) -> None:
    assert sample_roles[""] == Role.BLANK


@pytest.mark.parametrize("name", [FAIR_OBSERVER, CRITICAL_MINERALS])
def test_sample_display_plan(name: str) -> None:
    canonical = _sample(name)
    plan = plan_display(canonical)
    assert _without_spacer_lines(plan) == canonical
    assert plan.offsets.display_length == len(plan.text.encode("utf-16-le")) // 2
    lines = plan.text.split("\n")
    if name == FAIR_OBSERVER:
        # Paragraphs on consecutive lines: a spacer sets each heading apart.
        row = lines.index("Kazakhstan joins the Abraham Accords")
        assert plan.roles[row - 1] == plan.roles[row + 1] == Role.SPACER
    else:
        # Paragraphs already separated by blank lines get no extra spacer.
        assert Role.SPACER not in plan.roles
        assert plan.text == canonical


# -- roles in general ------------------------------------------------------------------------

TITLE_OVER_TEXT = [Role.HEADING, Role.BLANK, Role.PARAGRAPH]
SECTION_HEADING = [Role.PARAGRAPH, Role.HEADING, Role.PARAGRAPH]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["", "   ", "\u00a0"], [Role.BLANK, Role.BLANK, Role.BLANK]),
        (["• one", "- two", "* three", "12. four", "3) five"], [Role.LIST_ITEM] * 5),
        (["By Jane Doe", "written by someone"], [Role.BYLINE, Role.BYLINE]),
        (["lowercase title line", "x" * 300], [Role.PARAGRAPH, Role.PARAGRAPH]),
        (["Title", "x" * 300], [Role.HEADING, Role.PARAGRAPH]),
        (["x" * 300, "A section", "y" * 300], [Role.PARAGRAPH, Role.HEADING, Role.PARAGRAPH]),
        (["x" * 300, "It ends here.", "y" * 300], [Role.PARAGRAPH] * 3),
        (["x" * 300, "Last line"], [Role.PARAGRAPH, Role.PARAGRAPH]),
        # A headline may open with a quotation, a figure or a script without case.
        (['"They took the bees": keepers count the cost', "", "x" * 300], TITLE_OVER_TEXT),
        (["«Плотина выдержит» — жители Ишима", "", "x" * 300], TITLE_OVER_TEXT),
        (["40 beehives stolen overnight", "", "x" * 300], TITLE_OVER_TEXT),
        (["暴雨过后 城区积水退去", "", "x" * 300], TITLE_OVER_TEXT),
        (["عودة المياه إلى الأحياء الشرقية", "", "x" * 300], TITLE_OVER_TEXT),
        (['"and then it stopped', "", "x" * 300], [Role.PARAGRAPH, Role.BLANK, Role.PARAGRAPH]),
        # A crosshead in quotes heads its section; a caseless or unpunctuated script's short
        # line within the text does not (a Thai sentence has no full stop to tell it apart).
        (["x" * 300, "'We were told they were safe'", "y" * 300], SECTION_HEADING),
        (["x" * 300, "โชคดีที่ไม่มีใครได้รับบาดเจ็บ", "y" * 300], [Role.PARAGRAPH] * 3),
    ],
)
def test_classify_lines(lines: list[str], expected: list[Role]) -> None:
    assert classify_lines(lines) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By then some three thousand jellyfish lay along the tideline.",
        "By Sunday night, more than 4,000 birds were still missing.",
        "By the time help came, the water stood five feet deep around the tractor.",
        "By law, full council must meet within three weeks to respond to the notice!",
        "By guid luck the haa wis tuim.",
    ],
)
def test_a_sentence_opening_with_by_is_prose_not_a_byline(line: str) -> None:
    assert classify_lines(["x" * 300, line, "y" * 300]) == [Role.PARAGRAPH] * 3


@given(
    st.sampled_from(["By", "Written by", "Reporting by", "Photograph by"]),
    st.sampled_from(["Jane Doe", "Helen Marsh, Court Reporter", "Eleni Markou (Ελένη Μάρκου)"]),
    st.sampled_from(["", ".", ", columnist", ", science correspondent"]),
)
def test_a_byline_naming_a_writer_stays_a_byline(opening: str, name: str, end: str) -> None:
    # A name with a full stop, or a title in lower case with none, is still a byline.
    assert classify_lines(["x" * 300, f"{opening} {name}{end}", "y" * 300])[1] == Role.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe and Tom Lee.",
        "By Jane Doe in Kyiv.",
        "By Helen Marsh, with additional reporting by Tom Lee.",
        "By Ana de la Cruz, staff reporter.",
    ],
)
def test_a_byline_with_the_words_bylines_use_in_lower_case_stays_a_byline(line: str) -> None:
    assert classify_lines(["x" * 300, line, "y" * 300])[1] == Role.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Press release, Tremarrow Town Council, 14 August 2026",
        "Updated 3 March 2025, 14:32 GMT",
        "Posted Nov. 3, 2025 at 9.15am EST",
        "Published: 14.08.2026",
        "Опубліковано 3 березня 2025 о 14:32",
    ],
)
def test_a_dateline_under_the_title_is_set_as_a_byline(line: str) -> None:
    # Before the first paragraph a short line ending in a date is a dateline, whoever
    # issued it; the reading pane sets it in the byline's style, not as a heading.
    assert classify_lines(["Beach closed after jellyfish swarm", "", line, "", "x" * 300]) == [
        Role.HEADING,
        Role.BLANK,
        Role.BYLINE,
        Role.BLANK,
        Role.PARAGRAPH,
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # a headline that ends in a date stays a heading, blank lines above it or not
        ["", "Election results, 3 May 2026", "x" * 300],
        # a second headline with a year but no date stays a heading
        ["Beach closed after jellyfish swarm", "The budget for 2026", "x" * 300],
        # after the first paragraph a line ending in a date heads its section
        ["Title", "x" * 300, "Timeline to 14 August 2026", "y" * 300],
    ],
)
def test_a_heading_with_no_date_or_below_the_text_stays_a_heading(lines: list[str]) -> None:
    roles = classify_lines(lines)
    assert roles[-2] == Role.HEADING


@given(
    st.sampled_from(['"', "“", "«", "‘", "'", "„", "(", "「"]),
    st.sampled_from(["Forty hives stolen", "Плотина выдержит", "Ποτάμι πλημμύρισε"]),
)
def test_an_opening_quote_does_not_change_a_first_line_s_role(opener: str, title: str) -> None:
    plain = classify_lines([title, "", "x" * 300])
    assert classify_lines([opener + title, "", "x" * 300]) == plain == TITLE_OVER_TEXT


def test_empty_text_has_one_blank_line() -> None:
    plan = plan_display("")
    assert plan.text == ""
    assert plan.roles == (Role.BLANK,)
    assert plan.offsets.display_length == 0
    assert plan.offsets.to_canonical(0) == 0


# -- the display plan as a property ----------------------------------------------------------


@given(canonical_texts)
def test_removing_spacer_lines_gives_the_canonical_text(canonical: str) -> None:
    plan = plan_display(canonical)
    assert _without_spacer_lines(plan) == canonical
    assert len(plan.roles) == plan.text.count("\n") + 1
    canonical_roles = [r for r in plan.roles if r != Role.SPACER]
    assert canonical_roles == classify_lines(canonical.split("\n"))


@given(canonical_texts)
def test_spacers_separate_adjacent_text_lines_only(canonical: str) -> None:
    roles = plan_display(canonical).roles
    assert roles[0] != Role.SPACER
    assert roles[-1] != Role.SPACER
    for before, current, after in zip(roles, roles[1:], roles[2:], strict=False):
        if current == Role.SPACER:
            assert Role.BLANK not in (before, after)
            assert Role.SPACER not in (before, after)
            assert not before == after == Role.LIST_ITEM
    for before, after in pairwise(roles):
        if Role.SPACER not in (before, after):
            # Two canonical lines shown without a spacer: a blank line or a list between.
            assert Role.BLANK in (before, after) or before == after == Role.LIST_ITEM


@given(canonical_texts, st.data())
def test_display_slices_are_canonical_slices(canonical: str, data: st.DataObject) -> None:
    plan = plan_display(canonical)
    offsets = plan.offsets
    units = _utf16_units(plan.text)
    spacers = _spacer_units(plan)
    assert offsets.display_length == len(units)
    for _ in range(20):
        a = data.draw(st.integers(0, len(canonical)), label="a")
        b = data.draw(st.integers(a, len(canonical)), label="b")
        start, end = offsets.to_display(a), offsets.to_display(b)
        kept = [u for p, u in enumerate(units[start:end], start) if p not in spacers]
        assert _decode_units(kept) == canonical[a:b]


@given(canonical_texts)
def test_to_display_is_strictly_increasing_and_round_trips(canonical: str) -> None:
    offsets = plan_display(canonical).offsets
    positions = [offsets.to_display(i) for i in range(len(canonical) + 1)]
    assert positions[0] == 0
    assert positions[-1] == offsets.display_length
    assert all(p < q for p, q in pairwise(positions))
    assert [offsets.to_canonical(p) for p in positions] == list(range(len(canonical) + 1))
    assert [offsets.to_canonical(p, forward=True) for p in positions] == list(
        range(len(canonical) + 1)
    )


@given(canonical_texts)
def test_to_canonical_is_monotonic_and_snaps_gaps(canonical: str) -> None:
    plan = plan_display(canonical)
    offsets = plan.offsets
    gaps = _gap_units(plan)
    back = [offsets.to_canonical(p) for p in range(offsets.display_length + 1)]
    forward = [offsets.to_canonical(p, forward=True) for p in range(offsets.display_length + 1)]
    assert all(x <= y for x, y in pairwise(back))
    assert all(x <= y for x, y in pairwise(forward))
    for position in range(offsets.display_length + 1):
        if position in gaps:
            # Inside a surrogate pair or on a spacer line: between two canonical offsets.
            before, after = back[position], forward[position]
            assert after == before + 1
            assert offsets.to_display(before) < position < offsets.to_display(after)
        else:
            assert back[position] == forward[position]
            assert offsets.to_display(back[position]) == position


@given(canonical_texts, st.integers(1, 1000))
def test_positions_outside_the_display_are_clamped(canonical: str, beyond: int) -> None:
    offsets = plan_display(canonical).offsets
    assert offsets.to_canonical(-beyond) == 0
    assert offsets.to_canonical(offsets.display_length + beyond) == len(canonical)
    assert offsets.to_canonical(-beyond, forward=True) == 0
    assert offsets.to_canonical(offsets.display_length + beyond, forward=True) == len(canonical)


def test_offset_map_without_spacers_counts_utf16() -> None:
    text = "a😀b👩\u200d💻c"
    offsets = OffsetMap(text)
    assert [offsets.to_display(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7, 9, 10]
    assert offsets.display_length == len(text.encode("utf-16-le")) // 2
    assert offsets.to_canonical(2) == 1  # between the halves of 😀: back to the emoji
    assert offsets.to_canonical(2, forward=True) == 2  # or forward past it


def test_offset_map_with_a_spacer_before_the_second_paragraph() -> None:
    canonical = "A first paragraph.\nA second one."
    plan = plan_display(canonical)
    assert plan.text == "A first paragraph.\n\nA second one."
    second = canonical.index("A second")
    assert plan.offsets.to_display(second) == second + 1
    spacer_position = second  # the empty spacer line starts where the newline ended
    assert plan.offsets.to_canonical(spacer_position) == second - 1
    assert plan.offsets.to_canonical(spacer_position, forward=True) == second
