"""Two sentences of the sections that close both texts under headings of their own (round 186)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import closing_sections, compare_texts
from desktop_app.core.compare.closing_sections import closing_section, closing_section_pairs
from desktop_app.core.compare.units import heading_starts, split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways, swapped

Pair = tuple[int, int]

#: A council's release closing on its opening hours, under a heading of its own.
RELEASE = """Council opens new library

The town council will open the new library on Main Street on Monday, 4 October 2027.
The building cost $2.1 million and has space for 40,000 books.
Mayor Jane Holt will cut the ribbon at 10 a.m.

Opening hours

The library will be open from 9 a.m. to 5 p.m. on weekdays.
Books can be returned at the library desk or in the return box by the door.
"""
#: A paper's report closing on the old library's history, under a heading of its own.
REPORT = """New library for the town

By Sam Reed

The new library on Main Street opens on Monday, 4 October.
It cost $2.1 million and holds 40,000 books.
Mayor Jane Holt will open it at 10 a.m.

A long wait for books

The old library closed in 2019 after the roof leaked.
Readers have borrowed books from the library van on weekdays since then.
"""
HOURS = "The library will be open from 9 a.m. to 5 p.m. on weekdays."
VAN = "Readers have borrowed books from the library van on weekdays since then."


def _paired(text_a: str, text_b: str, a: str, b: str) -> list[bool]:
    """Whether the sentences starting ``a`` (in ``text_a``) and ``b`` are paired, comparing
    A with B and B with A."""
    forward = compare_texts(text_a, text_b).pairs
    backward = compare_texts(text_b, text_a).pairs
    return [
        any(p.a.text.startswith(a) and p.b.text.startswith(b) for p in forward),
        any(p.a.text.startswith(b) and p.b.text.startswith(a) for p in backward),
    ]


def test_the_units_under_the_last_heading_past_the_story_close_the_text() -> None:
    units = split_units(RELEASE)
    headings = heading_starts(RELEASE)
    # the title and the section heading, in text order
    assert [RELEASE[start : RELEASE.index("\n", start)] for start in headings] == [
        "Council opens new library",
        "Opening hours",
    ]
    closing = closing_section(units, headings)
    assert [RELEASE[units[k].start : units[k].end] for k in sorted(closing)] == [
        HOURS,
        "Books can be returned at the library desk or in the return box by the door.",
    ]


def test_a_text_with_no_heading_past_its_first_sentence_has_no_closing_section() -> None:
    body = RELEASE[: RELEASE.index("Opening hours")]
    assert closing_section(split_units(body), heading_starts(body)) == frozenset()
    # a heading before the first sentence (the title) opens the text, it closes nothing
    assert closing_section(split_units(REPORT), heading_starts(REPORT)[:1]) == frozenset()
    assert closing_section([], heading_starts(REPORT)) == frozenset()


def test_two_closing_sections_telling_their_own_things_are_no_pair_both_ways() -> None:
    assert _paired(RELEASE, REPORT, HOURS, VAN) == [False, False]
    with patched(closing_sections, "CLOSING_SECTIONS_SCORE", 0.0):
        assert _paired(RELEASE, REPORT, HOURS, VAN) == [True, True]


def test_the_same_sentences_outside_a_closing_section_are_left_to_the_other_rules() -> None:
    # the report's history told in its body, with no heading before it: the rule does not
    # apply, and the two sentences pair as without it
    report = REPORT.replace("A long wait for books\n\n", "")
    with patched(closing_sections, "CLOSING_SECTIONS_SCORE", 0.0):
        without = _paired(RELEASE, report, HOURS, VAN)
    assert _paired(RELEASE, report, HOURS, VAN) == without


def test_a_line_one_section_reuses_from_the_other_stays_paired() -> None:
    # the report's section repeats the release's hours nearly word for word
    report = REPORT.replace(
        VAN, "The library will be open from 9 a.m. to 5 p.m. on weekdays, the council said."
    )
    assert _paired(RELEASE, report, HOURS, HOURS[:30]) == [True, True]


@pytest.mark.parametrize(
    ("entry", "starts"),
    [
        # New Zealand English: the library's return chutes (A's "Fines-free fortnight")
        # against Mr Tautahi leaving school at 15 (B's "Sixty years on the shelf")
        ("overduebook_orongatea", ("Items can be left", "Mr Tautahi left school")),
        # Nias: no jumping until a new stone comes (A's advice) against the elders bringing
        # one from the Gomo river (B's history of the jump)
        ("hombobatu_hiliorahua", ("Lö tola fahombo", "Satua banua imane")),
        # Alur: the fine of UGX 500,000 (A's rules for the road reserve) against what a kiosk
        # cost to build (B's Pakwinyo of old)
        ("kiosks_pakwinyo", ("Ngat ma gimake", "Cente ma cweyo")),
    ],
)
def test_development_closing_sections_are_unpaired_both_ways(
    entry: str, starts: tuple[str, str]
) -> None:
    truth = load(entry)
    assert paired_both_ways(truth, starts) == [False, False]
    with patched(closing_sections, "CLOSING_SECTIONS_SCORE", 0.0):
        assert paired_both_ways(truth, starts) == [True, True]


def test_a_true_pair_it_costs_is_unpaired_both_ways() -> None:
    # Estonian: 2.5 million passengers a year on the line, told in the ferry company's
    # section and in the rural mayor's; one of the three true pairs of all 544 it takes
    truth = load("praam_virtsu")
    starts = ("Virtsu–Kuivastu liinil veeti", "Liinil sõidab aastas")
    assert paired_both_ways(truth, starts) == [False, False]
    with patched(closing_sections, "CLOSING_SECTIONS_SCORE", 0.0):
        assert paired_both_ways(truth, starts) == [True, True]


_CELLS = st.tuples(st.integers(0, 5), st.integers(0, 5))


@given(
    st.lists(_CELLS, max_size=12, unique=True),
    st.sets(st.integers(0, 5)),
    st.sets(st.integers(0, 5)),
    st.dictionaries(_CELLS, st.floats(0.0, 1.0)),
    st.floats(0.0, 1.0),
)
def test_closing_pairs_are_the_low_pairs_of_both_sections_and_mirror(
    pairs: list[Pair],
    closing_a: set[int],
    closing_b: set[int],
    scores: dict[Pair, float],
    limit: float,
) -> None:
    def score_of(i: int, j: int) -> float:
        return scores.get((i, j), 0.0)

    found = closing_section_pairs(pairs, (closing_a, closing_b), score_of, limit)
    assert found == sorted(found)
    assert found == sorted(
        (i, j) for i, j in pairs if i in closing_a and j in closing_b and score_of(i, j) < limit
    )
    mirrored = closing_section_pairs(
        swapped(pairs), (closing_b, closing_a), lambda j, i: score_of(i, j), limit
    )
    assert mirrored == swapped(found)


@given(st.lists(st.sampled_from(["Story line.", "Heading", "Another line.", ""]), max_size=12))
def test_the_closing_section_is_the_units_past_the_last_heading(lines: list[str]) -> None:
    text = "Title\n\n" + "\n\n".join(lines)
    units = split_units(text)
    headings = heading_starts(text)
    closing = closing_section(units, headings)
    # headings between two sentences or after the last one
    inner = [start for start in headings if units and start > units[0].start]
    if not any(unit.start > start for start in inner for unit in units):
        assert closing == frozenset()
        return
    # the sentences past the last heading close the text only when no more than the story's
    past = [k for k, unit in enumerate(units) if unit.start > max(inner)]
    if len(past) > len(units) - len(past):
        assert closing == frozenset()
        return
    # a run of sentences to the text's end, with a sentence of the story before it, a heading
    # right before its first sentence and none inside it
    first = min(closing)
    assert first > 0
    assert closing == set(range(first, len(units)))
    assert any(units[first - 1].end <= start < units[first].start for start in headings)
    assert not any(start > units[first].start for start in headings)


def test_a_built_text_closes_on_the_sentences_past_its_section_heading() -> None:
    text = "Title\n\nStory line.\n\nHeading\n\nAnother line.\n\nStory line."
    units = split_units(text)
    assert closing_section(units, heading_starts(text)) == frozenset()
    text = "Title\n\nStory line.\n\nFirst line.\n\nHeading\n\nAnother line.\n\nStory line."
    units = split_units(text)
    assert closing_section(units, heading_starts(text)) == {2, 3}


#: Two reports of one closure, each with a single subheading after its lede: the section under
#: it is the story itself, told in other words on each side.
BRIDGE_A = """Bridge to close for repairs

The Elm Street bridge will close for six weeks from Monday, the county said.

What drivers need to know

Engineers found cracks in two steel beams during an inspection in March.
The repairs will cost about $1.2 million, paid from the state road fund.
Drivers will be sent along River Road, which adds about ten minutes to the trip.
Buses on route 7 will use the same detour and stop at the library instead.
The county expects the bridge to reopen in time for the school year.
"""
BRIDGE_B = """Elm Street bridge shuts for six weeks

By Dana Ruiz

Drivers face a six-week detour from Monday as the county shuts the Elm Street bridge.

Cracked beams

An inspection in March turned up cracks in two of the bridge's steel beams, officials said.
Fixing them should cost roughly $1.2 million, paid for by the state's road fund.
Traffic will be diverted via River Road, adding around ten minutes for commuters.
Route 7 buses will follow the detour and stop outside the library.
Officials hope to reopen the bridge before the school year begins.
"""


def test_a_last_heading_over_most_of_the_story_closes_nothing() -> None:
    for text in (BRIDGE_A, BRIDGE_B):
        units = split_units(text)
        assert len(units) == 6
        assert closing_section(units, heading_starts(text)) == frozenset()
    # one sentence more under the last heading than before it: no closing section; as many
    # under it as before it: one
    text = "Title\n\nStory line.\n\nHeading\n\nAnother line.\n\nLast line."
    assert closing_section(split_units(text), heading_starts(text)) == frozenset()
    text = "Title\n\nStory line.\n\nHeading\n\nAnother line."
    assert closing_section(split_units(text), heading_starts(text)) == {1}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Engineers found cracks", "An inspection in March"),
        ("The repairs will cost", "Fixing them should cost"),
        ("Drivers will be sent", "Traffic will be diverted"),
        ("Buses on route 7", "Route 7 buses"),
        ("The county expects", "Officials hope to reopen"),
    ],
)
def test_the_story_under_a_single_subheading_stays_paired_both_ways(a: str, b: str) -> None:
    assert _paired(BRIDGE_A, BRIDGE_B, a, b) == [True, True]


def test_a_quote_both_closing_sections_share_keeps_its_pair_both_ways() -> None:
    said_a = '"Every child in this town deserves a quiet place to read," said librarian Ann Cole.'
    said_b = (
        "Back then librarian Ann Cole told the board: "
        '"Every child in this town deserves a quiet place to read."'
    )
    release, report = RELEASE.replace(HOURS, said_a), REPORT.replace(VAN, said_b)
    # every pair of the two sections counted low: only what the rule spares stays
    with patched(closing_sections, "CLOSING_SECTIONS_SCORE", 1.01):
        assert _paired(release, report, said_a[:20], said_b[:20]) == [True, True]
        assert len(compare_texts(release, report).shared_quotes) == 1


@given(
    st.lists(
        st.sampled_from(
            [
                "Story line.",
                "Heading",
                "What about passes?",
                "By Sam Reed",
                "RIVER RUNS WHITE",
                "Another line. And one more.",
                "",
            ]
        ),
        max_size=14,
    )
)
def test_no_heading_starts_inside_a_sentence(lines: list[str]) -> None:
    """``heading_starts`` reads the lines as ``split_units`` does: a heading it finds is never
    part of a sentence, and the line of every sentence is no heading."""
    text = "\n\n".join(lines)
    units = split_units(text)
    headings = heading_starts(text)
    assert headings == sorted(set(headings))
    assert not any(unit.start <= start < unit.end for start in headings for unit in units)
    line_starts = {text.rfind("\n", 0, unit.start) + 1 for unit in units}
    assert line_starts.isdisjoint(headings)
