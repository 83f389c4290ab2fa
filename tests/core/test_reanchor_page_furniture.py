"""A text copied out of a PDF since: running lines put in at each page break, words hyphenated
at line ends. On the update path a passage they now stand inside is no paragraph put in
between its pieces (``page_furniture``, read by ``diff_doubts._paragraphs_between`` and its
growth test): it is placed, not reviewed."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.page_furniture import (
    on_half_a_broken_word,
    page_break_lines,
    without_page_furniture,
)
from desktop_app.core.print_breaks import PAGE_INTERVAL, PAGE_LINES
from tests.core.test_reanchor import _updated_once

TITLE = "Tywi Valley Grain — weighbridge intake log, harvest 2026"
CROPS = ["Wheat (feed)", "Barley (feed)", "Oats", "Oilseed rape", "Wheat (milling)"]
HAULIERS = ["Pryce Brothers", "G. Roberts Haulage", "own trailer", "Pryce Bros"]


def _log_lines(rng: random.Random, count: int) -> list[str]:
    """Weighbridge tickets, one a line, a rejection line under some."""
    lines: list[str] = []
    for ticket in range(2240, 2240 + count):
        lines.append(
            f"T{ticket}  {rng.choice(CROPS)}  {rng.choice(['28.40', '27.95', '29.10'])} t  "
            f"moisture {rng.choice(['14.8', '16.1', '14.2'])} %  {rng.choice(HAULIERS)}"
        )
        if rng.random() < 0.3:
            lines.append("Rejected — moisture over 15 %")
    return lines


def _running(page: int, pages: int, title: str = TITLE) -> str:
    return f"Printed from the members’ area — page {page} of {pages}\n{title}\n"


def _paged(lines: list[str], breaks: list[int], title_at: dict[int, str]) -> str:
    """The lines with running lines put in before each line index of ``breaks`` (the
    title's form at a page from ``title_at``, else as printed)."""
    return "\n".join(_paged_lines(lines, breaks, title_at))


def _paged_lines(lines: list[str], breaks: list[int], title_at: dict[int, str]) -> list[str]:
    pages = len(breaks) + 1
    out: list[str] = [TITLE, ""]
    for index, line in enumerate(lines):
        if index in breaks:
            page = breaks.index(index) + 1
            out.append(_running(page, pages, title_at.get(page, TITLE)).rstrip("\n"))
        out.append(line)
    return out


def _start_of(text_lines: list[str], index: int) -> int:
    """Where line ``index`` of ``text_lines`` (joined by line breaks) starts."""
    return sum(len(line) + 1 for line in text_lines[:index])


def _page_breaks(lines: list[str], every: int) -> list[int]:
    """Line indices about ``every`` code points apart (at least a page's length)."""
    breaks, length = [], 0
    for index, line in enumerate(lines):
        length += len(line) + 1
        if length >= every:
            breaks.append(index)
            length = 0
    return breaks


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=10_000),
    every=st.integers(min_value=PAGE_INTERVAL + 50, max_value=1_400),
    before=st.integers(min_value=1, max_value=4),
    after=st.integers(min_value=1, max_value=4),
    hyphenated=st.booleans(),
)
def test_a_passage_across_a_page_break_is_placed_with_the_running_lines_inside(
    seed: int, every: int, before: int, after: int, hyphenated: bool
) -> None:
    """Lines of a log annotated across what is now a page break (``before`` lines above it,
    ``after`` below): placed over the same lines, the running lines inside, not reviewed,
    also when one copy of the header's title is broken for print ("Val-" / "ley")."""
    rng = random.Random(seed)
    lines = _log_lines(rng, 60)
    breaks = _page_breaks(lines, every)
    if len(breaks) < 2:
        breaks.append(len(lines) - 2)
    old = "\n".join([TITLE, "", *lines])
    title_at = {2: TITLE.replace("Valley", "Val-\nley")} if hyphenated else {}
    new_lines = _paged_lines(lines, breaks, title_at)
    new = "\n".join(new_lines)
    at = breaks[0]
    first, last = max(0, at - before), min(len(lines) - 1, at + after - 1)
    old_lines = [TITLE, "", *lines]
    start = _start_of(old_lines, first + 2)
    end = _start_of(old_lines, last + 2) + len(lines[last])
    placement = _updated_once(old, (start, end), new).placement
    # the running lines of page 1 (one item of ``new_lines``) stand before line ``at``
    assert placement.state in ("moved", "fuzzy")
    assert placement.start == _start_of(new_lines, first + 2 + (first >= at))
    assert placement.end == _start_of(new_lines, last + 3) + len(lines[last])
    assert "page 1 of" in new[placement.start : placement.end]


def test_a_paragraph_typed_in_between_still_sends_the_passage_to_review() -> None:
    """Two new lines that stand nowhere else (no page count, no copy a page away) inside the
    passage are a paragraph put in: which part the reader meant to keep, a review."""
    lines = _log_lines(random.Random(3), 40)
    old = "\n".join([TITLE, "", *lines])
    note = "Drier broke down at noon; loads held in the yard.\nCall the office before tipping."
    new = "\n".join([TITLE, "", *lines[:20], note, *lines[20:]])
    start = old.index(lines[18])
    end = old.index(lines[21]) + len(lines[21])
    assert _updated_once(old, (start, end), new).placement.state == "review"


def test_running_lines_are_found_only_a_page_apart_and_counting_the_pages() -> None:
    lines = _log_lines(random.Random(5), 60)
    breaks = _page_breaks(lines, 900)
    old = "\n".join([TITLE, "", *lines])
    text = _paged(lines, breaks, {})
    spans = page_break_lines(old, text)
    assert len(spans) == len(breaks)
    assert all(text[start:end].startswith("Printed from") for start, end in spans)
    assert all(text[start:end].endswith(TITLE + "\n") for start, end in spans)
    # two copies nearer than a page, or pages not counted, are no running lines
    close = _paged(lines, [10, 12], {})
    assert page_break_lines(old, close) == ()
    uncounted = text.replace("page 1 of", "page 7 of")
    assert page_break_lines(old, uncounted) == ()
    # lines the old text held already were not put in at the page breaks
    assert page_break_lines(text, text) == ()


def test_a_hyphenated_or_ligatured_copy_of_the_header_is_still_a_running_line() -> None:
    lines = _log_lines(random.Random(8), 60)
    breaks = _page_breaks(lines, 900)
    title_at = {2: TITLE.replace("Valley", "Val-\nley"), 1: TITLE.replace("fi", "ﬁ")}
    text = _paged(lines, breaks, title_at)
    spans = page_break_lines("\n".join([TITLE, "", *lines]), text)
    assert len(spans) == len(breaks)
    assert "Val-\nley" in text[slice(*spans[1])]


def test_without_page_furniture_takes_out_running_lines_and_print_hyphens() -> None:
    lines = _log_lines(random.Random(5), 60)
    breaks = _page_breaks(lines, 900)
    old = "\n".join([TITLE, "", *lines])
    text = _paged(lines, breaks, {})
    new_lines = _paged_lines(lines, breaks, {})
    lo = _start_of(new_lines, breaks[0] + 1)
    hi = _start_of(new_lines, breaks[0] + 3) + len(lines[breaks[0]])
    assert without_page_furniture(old, text, lo, hi) == (
        lines[breaks[0] - 1] + "\n" + lines[breaks[0]]
    )
    hyphened = "T2246  Wheat (feed)  28.40 t  mois-\nture 14.8 %"
    assert without_page_furniture(old, hyphened, 0, len(hyphened)) == (
        "T2246  Wheat (feed)  28.40 t  moisture 14.8 %"
    )
    assert without_page_furniture(old, "one line\nand another", 0, 20) is None


def _short_lines(rng: random.Random, count: int) -> list[str]:
    """Short lines of a list (lots, each its own letters): a page of them is under a page's
    length in code points."""
    return [
        f"Lot {chr(97 + index // 26)}{chr(97 + index % 26)} "
        f"{rng.choice(['wheat', 'oats', 'barley'])} {rng.randint(10, 99)} t"
        for index in range(count)
    ]


@settings(max_examples=20, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=10_000),
    every=st.integers(min_value=PAGE_LINES, max_value=30),
    before=st.integers(min_value=1, max_value=3),
    after=st.integers(min_value=1, max_value=3),
)
def test_a_page_of_short_lines_is_a_page_too(
    seed: int, every: int, before: int, after: int
) -> None:
    """Running lines put in every ``every`` lines of short lines (fewer code points apart than
    a page's length, as many lines as a page holds: ``print_breaks.pages_apart``) are found,
    and a passage across one of those page breaks is placed over them, not reviewed."""
    rng = random.Random(seed)
    lines = _short_lines(rng, every * 4)
    breaks = list(range(every, len(lines), every))
    old_lines = [TITLE, "", *lines]
    old = "\n".join(old_lines)
    new_lines = _paged_lines(lines, breaks, {})
    new = "\n".join(new_lines)
    spans = page_break_lines(old, new)
    assert spans[1][0] - spans[0][0] < PAGE_INTERVAL  # no page's length apart
    assert [new[start:end] for start, end in spans] == [
        _running(page, len(breaks) + 1) for page in range(1, len(breaks) + 1)
    ]
    at = breaks[1]
    first, last = at - before, at + after - 1
    start = _start_of(old_lines, first + 2)
    end = _start_of(old_lines, last + 2) + len(lines[last])
    placement = _updated_once(old, (start, end), new).placement
    assert placement.state in ("moved", "fuzzy")
    assert new[placement.start : placement.end] == "\n".join(
        [*lines[first:at], _running(2, len(breaks) + 1).rstrip("\n"), *lines[at : last + 1]]
    )


def test_copies_fewer_lines_apart_than_a_page_of_short_lines_are_no_running_lines() -> None:
    lines = _short_lines(random.Random(4), 120)
    old = "\n".join([TITLE, "", *lines])
    near = _paged(lines, [10, 10 + PAGE_LINES - 4, 10 + 2 * (PAGE_LINES - 4)], {})
    assert page_break_lines(old, near) == ()


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10_000), cut=st.integers(min_value=2, max_value=6))
def test_a_word_broken_across_a_page_break_is_read_whole(seed: int, cut: int) -> None:
    """A word hyphenated at the last line of a page, its second half after the footer and
    the next page's header ("Bro-", the running lines, "thers"): read whole once the
    running lines are out, and a passage over it placed over both halves, not reviewed."""
    rng = random.Random(seed)
    lines = [f"{line}  Brothers" for line in _log_lines(rng, 60)]
    breaks = _page_breaks(lines, 900)
    old_lines = [TITLE, "", *lines]
    old = "\n".join(old_lines)
    at = breaks[0]
    head = lines[at - 1].removesuffix("Brothers") + "Brothers"[:cut] + "-"
    broken = [*lines[: at - 1], head, "Brothers"[cut:], *lines[at:]]
    new_lines = _paged_lines(broken, [at] + [index + 1 for index in breaks[1:]], {})
    new = "\n".join(new_lines)
    # the title and a blank line, then the head at ``at + 1``, the running lines, the tail
    lo = _start_of(new_lines, at + 1)
    hi = _start_of(new_lines, at + 4) + len(lines[at])
    start = _start_of(old_lines, at + 1)
    end = _start_of(old_lines, at + 2) + len(lines[at])
    assert without_page_furniture(old, new, lo, hi) == old[start:end]
    placement = _updated_once(old, (start, end), new).placement
    assert placement.state == "fuzzy"
    assert (placement.start, placement.end) == (lo, hi)


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10_000), after=st.integers(min_value=1, max_value=3))
def test_running_lines_inside_are_no_words_reordered_across_an_edge(seed: int, after: int) -> None:
    """A passage across a page break whose stored context holds words of the running lines
    ("weighbridge intake log" after it, the title's words in the header now inside it): no
    word crossed its edge as the text reads without the running lines, so it is placed,
    not reviewed (``diff_doubts._reordered_as_it_reads``)."""
    rng = random.Random(seed)
    lines = _log_lines(rng, 60)
    breaks = _page_breaks(lines, 900)
    at = breaks[0]
    note = "Weighbridge intake log checked by the foreman."
    lines[at + after] = note
    old_lines = [TITLE, "", *lines]
    old = "\n".join(old_lines)
    new_lines = _paged_lines(lines, breaks, {})
    new = "\n".join(new_lines)
    start = _start_of(old_lines, at + 1)
    end = _start_of(old_lines, at + 1 + after) + len(lines[at + after - 1])
    placement = _updated_once(old, (start, end), new).placement
    assert placement.state == "fuzzy"
    assert placement.start == _start_of(new_lines, at + 1)
    assert new[placement.start : placement.end].endswith(lines[at + after - 1])
    assert new[placement.end :].startswith("\n" + note)


PASSES = ["Brenner", "Reschen", "Stelvio", "Gavia", "Julier", "Albula", "Fluela", "Ofen"]


def _pass_lines(rng: random.Random, count: int) -> list[str]:
    """A pass conditions report: each pass its name, "Open", "Chains required" and the
    same line of a distance under it (a minute apart): the repeated line's copies read
    alike after it, and only the pass above tells them apart."""
    lines: list[str] = []
    for number in range(count):
        # no two names alike but for figures (a name line repeated at every page break,
        # figures aside, would read as part of the running lines)
        name = (
            f"{PASSES[number % len(PASSES)]} Pass {chr(97 + number)} ({rng.randint(1200, 2700)} m)"
        )
        minutes = rng.randint(30, 40)
        lines += [name, "Open", "Chains required", f"From Bormio 18 km, about {minutes} min.", ""]
    return lines


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10_000), item=st.integers(min_value=9, max_value=14))
def test_a_repeated_line_keeps_its_context_across_the_running_lines(seed: int, item: int) -> None:
    """A line every item repeats ("Chains required"), its copies alike after it, annotated
    in an item broken by a page break's running lines just above it (between the pass's
    name and "Open"): its context reads as it did once they are out
    (``diff_doubts._context_as_it_reads``), no copy fits as well, and it is placed, not
    reviewed. One other copy, hyphenated at a line end ("Chains re-" / "quired"), did not
    come along whole: the copies are scored, not taken as told apart by the diff."""
    rng = random.Random(seed)
    lines = _pass_lines(rng, 24)
    at = item * 5 + 1  # the item's "Open"
    breaks = [at - 40, at, at + 40]
    old_lines = [TITLE, "", *lines]
    old = "\n".join(old_lines)
    printed = [*lines]
    printed[2] = "Chains re-\nquired"  # the first item's copy
    new_lines = _paged_lines(printed, breaks, {})
    new = "\n".join(new_lines)
    start = _start_of(old_lines, at + 3)
    placement = _updated_once(old, (start, start + len("Chains required")), new).placement
    assert placement.state == "moved"
    assert placement.start == _start_of(new_lines, at + 5)


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10_000), side=st.sampled_from(["before", "after"]))
def test_a_repeated_line_beside_a_page_break_stays_among_its_neighbours(
    seed: int, side: str
) -> None:
    """A line the log repeats ("Rejected — moisture over 15 %"), annotated where it now
    stands right before or right after a page break's running lines: one of its neighbours
    moved by the running lines' length more than it did, yet with them taken out both
    stand as they stood (``line_neighbours.shift_agrees_as_it_reads``): placed, not
    reviewed."""
    rng = random.Random(seed)
    lines = _log_lines(rng, 60)
    breaks = _page_breaks(lines, 900)
    rejected = "Rejected — moisture over 15 %"
    at = breaks[0] - 1 if side == "before" else breaks[0]
    lines[at] = rejected
    for near in (at - 6, at + 6):  # copies elsewhere, a few lines away
        lines[near] = rejected
    old_lines = [TITLE, "", *lines]
    old = "\n".join(old_lines)
    new_lines = _paged_lines(lines, breaks, {})
    new = "\n".join(new_lines)
    start = _start_of(old_lines, at + 2)
    placement = _updated_once(old, (start, start + len(rejected)), new).placement
    assert placement.state in ("exact", "moved")
    assert placement.start == _start_of(new_lines, at + 2 + (at >= breaks[0]))


def test_half_a_word_broken_across_a_page_break_is_told() -> None:
    """A span that ends on "serv" of "serv-" / "ices", or starts on "kets" of "blan-" /
    "kets", the running lines between the halves or not, took in half a word; whole words
    on either side of a page break did not (``page_furniture.on_half_a_broken_word``)."""
    lines = _log_lines(random.Random(5), 60)
    breaks = _page_breaks(lines, 900)
    old = "\n".join([TITLE, "", *lines])
    lines[breaks[0] - 1] += " Bus serv-"
    lines[breaks[0]] = "ices " + lines[breaks[0]]
    text = _paged(lines, breaks, {})
    first = text.index(" Bus serv-") + 1
    second = text.index("ices ")
    assert on_half_a_broken_word(old, text, first - 20, first + len("Bus serv"))
    assert on_half_a_broken_word(old, text, second, second + 20)
    assert not on_half_a_broken_word(old, text, first - 20, first + len("Bus"))
    assert not on_half_a_broken_word(old, text, second + len("ices "), second + 20)
    assert on_half_a_broken_word(old, "a Bus ser-\nvices b", 2, 9)
    assert on_half_a_broken_word(old, "a Bus ser-\nvices b", 11, 16)
    assert not on_half_a_broken_word(old, "a Bus ser-\nvices b", 2, 16)
