"""Stretches of paragraphs the update printed twice in a row: which copy a passage is, a guess.

A new edition is often made by copying a section above itself as the template of the
next one and then correcting one of the two: its number, a figure here and there. Both
copies read like the old section, figures aside, and one of them may read exactly like
it; which one the editor kept as the original and which one was typed over, no reader
of the two texts can tell. Here the new text's paragraphs, their figures masked, are
searched for a *tandem*: a run of two different paragraphs or more followed at once by
the same run again, which the old text held fewer times than the new one does, each of
its paragraphs standing more times in the new text than in the old (printed again, not
edited into a twin of its neighbour) or, for some of them, each copy alike but for a typo
(one of the two copies retyped). A passage placed wholly inside such a doubled
stretch, or ending inside it, goes to review, its best guess kept.

A section (a heading line and the paragraphs under it, three or more, unlike each other)
may also stand again with other text between its two copies: copied for the next edition
while a new section was put in between them, or the update's own sections moved. Its
copies are doubled stretches too when the heading stands as its own paragraph in both,
every paragraph of one copy stands again at the same place in the other (printed again
or a near copy, as above), and the old text held such a run fewer than twice.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from functools import lru_cache

from rapidfuzz.distance import Indel

from desktop_app.core.text_lines import text_lines

#: Most paragraphs in the run that is printed twice (a section: heading, notes, lists, table).
LONGEST_RUN = 12
#: Fewest paragraphs in the run (one paragraph pasted twice is left to other rules).
SHORTEST_RUN = 2

#: Fewest paragraphs of a section standing again apart (a heading and two under it).
SECTION_RUN = 3
#: Most paragraphs standing between the two copies of a section standing again apart.
MOST_BETWEEN = 4

#: Least likeness (Indel, figures masked) of a paragraph and its copy that are not word
#: for word alike (a copy, then one of the two retyped with a typo).
NEAR_COPY = 0.9

#: A figure (any script's digits), masked when paragraphs are compared.
FIGURE = re.compile(r"\d+")
#: A run of anything but digits: what stands between figures (a pattern that consumes
#: long runs is read several times quicker than one looked for at every code point).
_BETWEEN_FIGURES = re.compile(r"\D+")

Span = tuple[int, int]


def paragraphs(text: str) -> list[Span]:
    """The spans of ``text``'s paragraphs (runs of lines between blank lines), stripped of
    the blank lines around them."""
    found: list[Span] = []
    start = last = -1
    at = 0
    for line in text.split("\n"):
        if line and not line.isspace():
            if start < 0:
                start = at
            last = at + len(line)
        elif start >= 0:
            found.append((start, last))
            start = -1
        at += len(line) + 1
    if start >= 0:
        found.append((start, last))
    return found


def figures_masked(text: str) -> str:
    """``text`` with each figure (run of digits) made one ``0``: ``FIGURE.sub("0", text)``,
    read as the runs between figures joined by ``0`` (``\\d`` is ``str.isdecimal``)."""
    between = _BETWEEN_FIGURES.findall(text)
    if not between:
        return "0" if text else ""  # all figures, or nothing
    masked = "0".join(between)
    if text[0].isdecimal():
        masked = "0" + masked
    if text[-1].isdecimal():
        masked += "0"
    return masked


@lru_cache(maxsize=4)
def paragraph_texts(text: str) -> tuple[list[Span], list[str], list[str]]:
    """The spans of ``text``'s paragraphs, their texts, and their texts with figures masked
    (a renumbered heading, a corrected figure and a cross-reference read alike); kept for
    the last few texts, as an update asks for each of its two texts more than once."""
    table = text_lines(text)
    # masking keeps every line blank or not, as it was: the same lines make each paragraph
    masked_lines = figures_masked(text).split("\n")
    starts, runs = table.starts, table.paragraph_runs
    spans = [(starts[first], starts[stop] - 1) for first, stop in runs]
    texts = [text[start:end] for start, end in spans]
    return spans, texts, ["\n".join(masked_lines[first:stop]) for first, stop in runs]


def paired_once(
    old_keys: Mapping[int, Hashable] | Sequence[Hashable],
    new_keys: Mapping[int, Hashable] | Sequence[Hashable],
    old_indices: Sequence[int],
    new_indices: Sequence[int],
) -> dict[int, int]:
    """Old index -> new index of the items among ``old_indices`` and ``new_indices`` whose
    key stands once among each side's (paragraphs sure to be one another)."""
    old_counts = Counter(map(old_keys.__getitem__, old_indices))
    new_counts = Counter(map(new_keys.__getitem__, new_indices))
    new_once = {
        key: index
        for index in new_indices
        if new_counts[key := new_keys[index]] == 1  # every key read is counted: no miss
    }
    return {
        index: new_once[key]
        for index in old_indices
        if old_counts[key := old_keys[index]] == 1 and key in new_once
    }


def paired_once_figures_aside(
    old_texts: Sequence[str],
    new_texts: Sequence[str],
    old_masked: Sequence[str],
    new_masked: Sequence[str],
) -> dict[int, int]:
    """Old paragraph index -> new index, for paragraphs standing once in each text, word for
    word or else with their figures masked (a renumbered heading or cross-reference)."""
    old_all, new_all = range(len(old_texts)), range(len(new_texts))
    anchors = paired_once(old_texts, new_texts, old_all, new_all)
    for old_index, new_index in paired_once(old_masked, new_masked, old_all, new_all).items():
        anchors.setdefault(old_index, new_index)
    return anchors


@lru_cache(maxsize=4)
def paragraph_counts(text: str) -> Counter[str]:
    """How many times each paragraph of ``text`` (:func:`paragraph_texts`) stands in it;
    kept for the last few texts, as several rules of an update count them. No reader
    changes it."""
    return Counter(paragraph_texts(text)[1])


@lru_cache(maxsize=4)
def paragraphs_paired_once(old: str, new: str, *, masked: bool) -> dict[int, int]:
    """:func:`paired_once` over all the paragraphs of ``old`` and ``new`` (their texts, or
    with ``masked`` their texts with figures masked); kept for the last few pairs of
    texts, as several rules of an update pair them so. No reader changes it."""
    _, old_texts, old_masked = paragraph_texts(old)
    _, new_texts, new_masked = paragraph_texts(new)
    old_side, new_side = (old_masked, new_masked) if masked else (old_texts, new_texts)
    return paired_once(old_side, new_side, range(len(old_side)), range(len(new_side)))


@lru_cache(maxsize=2)
def anchors_figures_aside(old: str, new: str) -> dict[int, int]:
    """:func:`paired_once_figures_aside` of the paragraphs of ``old`` and ``new``, from the
    pairings :func:`paragraphs_paired_once` keeps; kept for the last few pairs of texts.
    No reader changes it."""
    anchors = dict(paragraphs_paired_once(old, new, masked=False))
    for old_index, new_index in paragraphs_paired_once(old, new, masked=True).items():
        anchors.setdefault(old_index, new_index)
    return anchors


def _occurrences(keys: list[int], run: list[int]) -> int:
    """How many times ``run`` stands in ``keys`` as consecutive items."""
    size = len(run)
    first = run[0]
    return sum(
        1 for at in range(len(keys) - size + 1) if keys[at] == first and keys[at : at + size] == run
    )


def _candidates(keys: list[int], more_often: set[int]) -> list[tuple[int, int]]:
    """The runs (first paragraph, size), in order, in which some paragraph of a key in
    ``more_often`` stands again word for word, figures aside, ``size`` paragraphs further
    on."""
    last_seen: dict[int, list[int]] = {}
    found: set[tuple[int, int]] = set()
    for at, key in enumerate(keys):
        if key not in more_often:
            continue
        seen = last_seen.setdefault(key, [])
        for before in seen:
            size = at - before
            if SHORTEST_RUN <= size <= LONGEST_RUN:
                for first in range(max(0, before - size + 1), before + 1):
                    if first + 2 * size <= len(keys):
                        found.add((first, size))
        seen.append(at)
        if len(seen) > LONGEST_RUN:
            seen.pop(0)
    return sorted(found)


def doubled_stretches(old: str, new: str) -> list[Span]:
    """The stretches of ``new`` (sorted, apart) made of a run of different paragraphs
    standing twice in a row, figures aside, each paragraph of it standing more times than
    in ``old`` (one of each pair may be a near copy instead, :data:`NEAR_COPY`: typos),
    and the two copies of each section standing again apart (:func:`_sections_apart`)."""
    new_spans, _, new_masked = paragraph_texts(new)
    if len(new_spans) < 2 * SHORTEST_RUN or len(set(new_masked)) == len(new_masked):
        return []  # too few paragraphs, or none standing twice figures aside (one test in C)
    old_masked = paragraph_texts(old)[2]
    if not _any_printed_more(old_masked, new_masked):
        return []  # the runs and sections below start only from such a paragraph
    numbers: dict[str, int] = {}
    new_keys = [numbers.setdefault(text, len(numbers)) for text in new_masked]
    old_keys = [numbers.setdefault(text, len(numbers)) for text in old_masked]
    counts = Counter(old_keys), Counter(new_keys)
    old_counts, new_counts = counts
    # a run is looked at only from a paragraph standing again as it did, figures aside,
    # ``size`` further on, which the test below then asks to stand more times than in
    # ``old``: runs from other paragraphs would all fail it (most texts have none left)
    more_often = {key for key, count in new_counts.items() if count > old_counts[key]}
    found: list[Span] = []
    gained: dict[tuple[int, ...], bool] = {}  # whether a run stands more often than it did
    done = -1
    for first, size in _candidates(new_keys, more_often):
        if first <= done:
            continue  # the shortest run from a paragraph is the one taken
        run = new_keys[first : first + size]
        again = new_keys[first + size : first + 2 * size]
        if len(set(run)) < size:
            continue  # one paragraph over and over (a refrain, a marker)
        if not all(
            _printed_again(key, twin, counts, new_masked, first + offset, first + size + offset)
            for offset, (key, twin) in enumerate(zip(run, again, strict=True))
        ):
            continue  # a paragraph not printed again (edited into a twin), or unlike
        if run == again:
            key = tuple(run)
            if key not in gained:
                gained[key] = _occurrences(old_keys, run) < _occurrences(new_keys, run)
            if not gained[key]:
                continue
        done = first
        found.append((new_spans[first][0], new_spans[first + 2 * size - 1][1]))
    found.extend(_sections_apart(old_masked, new_masked, new_spans, new_keys, counts))
    return _joined(found)


def _any_printed_more(old_masked: Sequence[str], new_masked: Sequence[str]) -> bool:
    """Whether some paragraph (figures masked) stands twice or more in the new text and
    more times than in the old: every run :func:`_candidates` finds and every section
    :func:`_sections_apart` finds starts from a second copy of one (counted in C, most
    updates have none: a paragraph repeated stands as often as before)."""
    new_counts = Counter(new_masked)
    old_counts = Counter(old_masked)
    return any(count > 1 and count > old_counts[text] for text, count in new_counts.items())


def _printed_again(
    key: int,
    twin: int,
    counts: tuple[Counter[int], Counter[int]],
    new_masked: Sequence[str],
    at: int,
    again: int,
) -> bool:
    """Whether new paragraph ``again`` (key ``twin``) is paragraph ``at`` (key ``key``)
    printed again: the same figures aside and standing more times than in the old text
    (``counts``: each key's count in the old text and in the new), or a near copy."""
    if key == twin:
        return counts[0][key] < counts[1][key]
    return _alike(new_masked[at], new_masked[again])


def _alike(one: str, other: str) -> bool:
    """Whether two paragraphs (figures masked) read alike: word for word or near copies."""
    # (the cut-off lets RapidFuzz stop as soon as two paragraphs cannot reach it, their
    # lengths apart most often: the same answers, about a third quicker here)
    return (
        one == other or Indel.normalized_similarity(one, other, score_cutoff=NEAR_COPY) >= NEAR_COPY
    )


def _sections_apart(
    old_masked: Sequence[str],
    new_masked: Sequence[str],
    new_spans: Sequence[Span],
    new_keys: list[int],
    counts: tuple[Counter[int], Counter[int]],
) -> list[Span]:
    """The two copies of each section standing again in ``new`` with one to
    :data:`MOST_BETWEEN` paragraphs between them (see the module): from a heading, a
    paragraph of one line standing again figures aside, as many paragraphs as stand again
    at the same place after both copies of it."""
    old_counts, new_counts = counts
    found: list[Span] = []
    last_seen: dict[int, list[int]] = {}
    for at, key in enumerate(new_keys):
        if old_counts[key] >= new_counts[key] or "\n" in new_masked[at]:
            continue  # not a heading, or not printed again (most paragraphs: one look-up)
        seen = last_seen.setdefault(key, [])
        for heading in seen:
            size = _section_size(new_masked, new_keys, counts, heading, at)
            if size and _times_held(old_masked, new_masked[heading : heading + size]) < 2:
                found.append((new_spans[heading][0], new_spans[heading + size - 1][1]))
                found.append((new_spans[at][0], new_spans[at + size - 1][1]))
        seen.append(at)
        if len(seen) > LONGEST_RUN:
            seen.pop(0)
    return found


def _times_held(old_masked: Sequence[str], run: Sequence[str]) -> int:
    """How many times (none, once, twice or more: at most 2) the old text holds ``run``,
    paragraph by paragraph alike (:func:`_alike`)."""
    held = 0
    size = len(run)
    for first in range(len(old_masked) - size + 1):
        if all(_alike(old_masked[first + offset], run[offset]) for offset in range(size)):
            held += 1
            if held == 2:
                break
    return held


def _joined(spans: list[Span]) -> list[Span]:
    """``spans`` sorted, those that overlap or touch made one."""
    joined: list[Span] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _section_size(
    new_masked: Sequence[str],
    new_keys: list[int],
    counts: tuple[Counter[int], Counter[int]],
    heading: int,
    again: int,
) -> int:
    """How many paragraphs of the section from ``heading`` stand again from ``again`` on,
    with other paragraphs between the copies; 0 when they are fewer than
    :data:`SECTION_RUN`, alike each other, or stand side by side or too far apart."""
    distance = again - heading
    if not SECTION_RUN < distance <= LONGEST_RUN + MOST_BETWEEN:
        return 0
    size = 0
    while (
        size < min(distance, LONGEST_RUN)
        and again + size < len(new_keys)
        and _printed_again(
            new_keys[heading + size],
            new_keys[again + size],
            counts,
            new_masked,
            heading + size,
            again + size,
        )
    ):
        size += 1
    if size < SECTION_RUN or distance - size > MOST_BETWEEN or size == distance:
        return 0
    run = new_masked[heading : heading + size]
    if any(_alike(one, other) for index, one in enumerate(run) for other in run[index + 1 :]):
        return 0  # entries of one template (a listing, a board), not a section
    return size


class DoubledStretches:
    """The doubled stretches of an update, found once, asked about each placement."""

    def __init__(self, old: str, new: str) -> None:
        self.stretches = doubled_stretches(old, new)
        self._starts = [start for start, _ in self.stretches]

    @property
    def applies(self) -> bool:
        """Whether :meth:`holds` can say yes at all (some stretch was doubled)."""
        return bool(self.stretches)

    def holds(self, start: int, end: int) -> bool:
        """Whether new ``[start, end)`` ends inside a doubled stretch: wholly inside it (which
        copy, a guess), or coming into it from the text above (whether it ends on the first
        copy's words or, across that copy, on the second's, a guess too)."""
        if not self.stretches or end <= start:
            return False
        index = bisect_right(self._starts, end - 1) - 1
        return index >= 0 and end <= self.stretches[index][1]
