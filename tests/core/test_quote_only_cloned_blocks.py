"""Passages on a block that stands twice side by side, one copy put in:
``core.quote_only_cloned_blocks``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.quote_only_cloned_blocks import (
    MOST_PARAGRAPHS,
    TwinRun,
    review_cloned_blocks,
    twin_runs,
)
from desktop_app.core.quote_only_figures import masked
from desktop_app.core.quote_search import Placement

#: A section's heading, its note and its bullets.
Section = tuple[str, str, tuple[str, ...]]

#: Sections of a league round-up: a numbered heading, a note, a list of bullets.
SECTIONS: tuple[Section, ...] = (
    (
        "Premier Division",
        "Thanks to the groundsmen.",
        ("Attendance was about 120", "A late penalty"),
    ),
    ("Challenge Trophy", "All games kicked off at 10:30.", ("Two red cards", "Crowd of 85")),
    ("Reserve League", "Reports by Sunday evening.", ("Played on the 3G pitch", "Won 4-1")),
    ("Youth Cup", "Under-16s only this week.", ("Extra time needed", "Final on 12 May")),
)


def section(number: int, index: int, bump: int = 0) -> str:
    """Section ``index`` of :data:`SECTIONS` numbered ``number``, the first figure of each
    bullet raised by ``bump``."""
    return numbered_section(SECTIONS[index], number, bump)


def numbered_section(parts: Section, number: int, bump: int = 0) -> str:
    """A section of a heading, a note and bullets (``parts``) numbered ``number``, the first
    figure of each bullet raised by ``bump``."""
    heading, note, bullets = parts
    lines = []
    for bullet in bullets:
        words = bullet.split(" ")
        for at, word in enumerate(words):
            if word.isdigit():
                words[at] = str(int(word) + bump)
                break
        lines.append("- " + " ".join(words))
    return f"{number}. {heading}\n\n{note}\n\n" + "\n".join(lines)


def round_up(*parts: str) -> str:
    return "League round-up\n\n" + "\n\n".join(parts) + "\n\nEnd of round-up."


def test_a_section_pasted_beside_itself_and_corrected_is_a_run_of_two() -> None:
    text = round_up(section(1, 0), section(1, 0, bump=1), section(2, 1))
    first = text.index("1. Premier")
    second = text.index("1. Premier", first + 1)
    run = TwinRun(first, second + len(section(1, 0, bump=1)), 2)
    assert twin_runs(text) == [run]
    assert run.put_in() == second - first


def test_blocks_word_for_word_alike_or_other_are_no_run() -> None:
    assert twin_runs(round_up(section(1, 0), section(1, 0), section(2, 1))) == []
    assert twin_runs(round_up(section(1, 0), section(2, 1), section(3, 2))) == []


def test_a_template_repeated_is_one_run_of_all_its_blocks() -> None:
    entries = [f"Entry {n}: train {7900 + n} runs late." for n in range(1, 5)]
    text = round_up(*entries, "Something else entirely.")
    first = text.index("Entry 1")
    last = text.index("Entry 4")
    assert twin_runs(text) == [TwinRun(first, last + len(entries[3]), 4)]


def _runs_worked_out(text: str) -> list[TwinRun]:
    """``twin_runs`` the plain way: every block of every size compared with the next."""
    paragraphs = text.split("\n\n")
    starts = [sum(len(p) + 2 for p in paragraphs[:index]) for index in range(len(paragraphs))]
    aside = [masked(paragraph) for paragraph in paragraphs]
    runs = []
    for size in range(1, MOST_PARAGRAPHS + 1):
        first = 0
        while first + 2 * size <= len(paragraphs):
            block = aside[first : first + size]
            after = first + size
            smaller = any(
                block == block[:part] * (size // part)
                for part in range(1, size // 2 + 1)
                if size % part == 0
            )
            while not smaller and aside[after : after + size] == block:
                after += size
            if after == first + size:
                first += 1
                continue
            if any(
                paragraphs[at : at + size] != paragraphs[first : first + size]
                for at in range(first + size, after, size)
            ):
                end = starts[after - 1] + len(paragraphs[after - 1])
                runs.append(TwinRun(starts[first], end, (after - first) // size))
            first = after - size + 1
    return runs


PIECES = ("Entry 1", "Entry 2", "A note.", "- 3 eggs\n- 200 g flour", "- 4 eggs\n- 200 g flour")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=24))
def test_runs_are_those_worked_out_block_by_block(pieces: list[str]) -> None:
    text = "\n\n".join(pieces)
    assert twin_runs(text) == _runs_worked_out(text)


def _batch(old: str, new: str, quotes: list[str]) -> list[Placement]:
    requests = []
    for quote in quotes:
        start = old.index(quote)
        requests.append(Request(*describe(old, start, start + len(quote))))
    return place_all(new, requests)


NOTE = "Thanks to the groundsmen."
OUTSIDE = ["All games kicked off at 10:30.", "League round-up", "Under-16s only this week."]


def test_a_passage_in_a_section_cloned_above_itself_goes_to_review() -> None:
    old = round_up(section(1, 0), section(2, 1), section(3, 3))
    new = round_up(section(1, 0), section(2, 0, bump=1), section(3, 1), section(4, 3))
    placed = _batch(old, new, [NOTE, *OUTSIDE])
    assert placed[0].state == "review"
    assert new[placed[0].start : placed[0].end] == NOTE  # its best guess kept
    assert all(placement.state in ("exact", "moved") for placement in placed[1:])


def test_twins_that_stood_side_by_side_before_keep_their_passages() -> None:
    old = round_up(section(1, 0), section(1, 0, bump=1), section(2, 1), section(3, 3))
    new = old.replace("Reports by", "Reports in by")
    placed = _batch(old, new, [NOTE, *OUTSIDE])
    assert placed[0].state == "exact"


def test_a_section_cloned_twice_sends_its_passages_to_review() -> None:
    old = round_up(section(1, 0), section(2, 1), section(3, 3))
    copies = (section(2, 0), section(3, 0, bump=1), section(4, 0, bump=2))
    new = round_up(section(1, 0), *copies, section(5, 1), section(6, 3))
    placed = _batch(old, new, [NOTE, *OUTSIDE])
    assert placed[0].state == "review"


def test_a_passage_across_the_edge_of_a_cloned_section_goes_to_review() -> None:
    old = round_up(section(1, 0), section(2, 1), section(3, 3))
    new = round_up(section(1, 0), section(2, 0, bump=1), section(3, 1), section(4, 3))
    across = "- A late penalty\n\n2. Challenge"
    placed = _batch(old, new, [across, *OUTSIDE])
    assert placed[0].state == "review"


def test_two_sections_cloned_one_after_the_other_send_their_passages_to_review() -> None:
    old = round_up(section(1, 0), section(2, 2), section(3, 3))
    new = round_up(
        section(1, 0), section(2, 0, bump=1), section(3, 2), section(4, 2, bump=1), section(5, 3)
    )
    placed = _batch(old, new, [NOTE, "League round-up", "Under-16s only this week."])
    assert placed[0].state == "review"
    assert [placement.state for placement in placed[1:]] == ["exact", "moved"]


def test_without_passages_placed_on_both_sides_nothing_changes() -> None:
    old = round_up(section(1, 0), section(2, 1))
    new = round_up(section(1, 0), section(2, 0, bump=1), section(3, 1))
    placed = _batch(old, new, [NOTE, "League round-up"])
    assert placed[0].state == "exact"


@settings(max_examples=60, deadline=None)
@given(
    shifts=st.lists(st.integers(-400, 400), min_size=1, max_size=6),
    states=st.lists(st.sampled_from(["exact", "moved", "fuzzy", "review", "orphaned"]), min_size=6),
)
def test_only_placed_passages_inside_a_pair_go_to_review(
    shifts: list[int], states: list[str]
) -> None:
    text = round_up(section(1, 0), section(2, 0, bump=1), section(3, 1), section(4, 3))
    run_starts = {run.start for run in twin_runs(text)}
    paragraphs = [at for at in range(len(text)) if at == 0 or text[at - 2 : at] == "\n\n"]
    placements = [
        Placement(state, start, start + 5, 0.9)  # type: ignore[arg-type]
        for state, start in zip(states, paragraphs, strict=False)
    ]
    old_starts = [
        placement.start - shifts[index % len(shifts)] for index, placement in enumerate(placements)
    ]
    settled = review_cloned_blocks(text, old_starts, placements)
    assert run_starts
    for before, after in zip(placements, settled, strict=True):
        assert after._replace(state=before.state) == before
        if after.state != before.state:
            assert before.state in ("exact", "moved", "fuzzy")
            assert after.state == "review"
            assert any(before.start < run.end and run.start < before.end for run in twin_runs(text))
