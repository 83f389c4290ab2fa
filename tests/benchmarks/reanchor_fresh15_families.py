"""Fifteenth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh15`` prints it as "fifteenth fresh held-out material"). The texts are
registers (``reanchor_fresh15_texts`` and ``reanchor_fresh15_more_texts``): parts of entries
that share their closing lines, twin entries one figure or one day apart. The families are
what a records system or a clerk does to such a register, chosen to change where text
stands and which of several near-identical passages survives: entries re-sorted by name
inside a part; a run of entries filed under another part with a new heading; the stock
closing line reworded in some entries only; neighbouring entries merged into one
paragraph, their shared closing kept once; every entry's header line moved to its end;
a part's shared closing lines hoisted into one typed note under its heading; a detail line
copied to the top as a pull quote while the original's figure is corrected; whole parts
swapped and renumbered; two parts' notes interleaved sentence by sentence; a note split
into a bullet per sentence; an entry cross-posted to another part while the original's
figure is corrected; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin and typed or copied text has none. So when a passage's words stand in two places
(a pull quote, a cross-posted entry, a twin entry, a closing every entry shares), the truth
is where its own characters went, inside its own entry: the copy is a decoy, and a closing
that was deleted or reworded is gone even though its twins stand word for word nearby.
When merged entries keep their shared closing once, the one kept is the last entry's own
(it stays where it stood, at the end of the merged paragraph); the others are gone. A
moved header line, a swapped part or a filed block is where it went, whatever now stands
in its old place (a part heading keeps its words and gets a new number).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import body, lines_in, rows_of
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import headings, recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import (
    FIGURE,
    figure_amended,
    header_to_end,
    interleave,
    lines_joined,
    reorder,
)
from tests.benchmarks.reanchor_fresh15_kit import (
    PART_HEADING,
    REWORDINGS,
    Span,
    closing_line,
    entries,
    entry_runs,
    header_line,
    name_of,
    notes,
    parts,
)
from tests.benchmarks.reanchor_fresh15_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the fifteenth fresh held-out material (never used while tuning).
FRESH15_SEEDS = range(15100, 15110)
#: What an editor types before a run of entries filed under another part.
FILED_FROM = "Filed from part {}"
#: What a clerk types under a part's heading when its shared closing is hoisted.
HOISTED = "Unless marked, every entry below: {}"


def _count(rate: float, found: int) -> int:
    """One, half or all of ``found`` things, by rate."""
    return _by_rate(rate, 1, max(1, found // 2), found)


def note_sentences(text: str, note: Span) -> list[Span]:
    """The sentences of a one-line note, one space apart (a stop, then a space)."""
    found, at = [], note[0]
    for piece in re.split(r"(?<=[.!?]) ", text[slice(*note)]):
        found.append((at, at + len(piece)))
        at += len(piece) + 1
    return found


def _main_closing(text: str, group: list[Span]) -> str | None:
    """The closing line most of ``group``'s entries share (two or more), if any."""
    counts = Counter(text[slice(*closing_line(text, e))] for e in group)
    closing, times = counts.most_common(1)[0] if counts else ("", 0)
    return closing if times >= 2 else None


def _closings(text: str, group: list[Span], closing: str) -> list[Span]:
    """The closing lines of ``group``'s entries that read ``closing``."""
    lines = [closing_line(text, e) for e in group]
    return [line for line in lines if text[slice(*line)] == closing]


def details(text: str, entry: Span) -> list[Span]:
    """An entry's detail lines (between its header and its closing)."""
    return lines_in(text, header_line(text, entry)[1] + 1, closing_line(text, entry)[0] - 1)


def _part_end(text: str, index: int) -> int:
    """Where the paragraph after part ``index``'s last one starts."""
    heading, under = parts(text)[index]
    last = under[-1][1] if under else heading[1]
    return last + 2


# -- families ------------------------------------------------------------------------------------


def entries_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A records system's other view: the entries of one part, half the parts or every part
    re-sorted by the name in their header (from by date), twins and closings going with
    their entries."""
    text = tracked.text
    runs = [
        run
        for run in entry_runs(text)
        if [name_of(text, e) for e in run] != sorted(name_of(text, e) for e in run)
    ]
    for run in sorted(rng.sample(runs, _count(rate, len(runs))), reverse=True):
        order = sorted(range(len(run)), key=lambda i: name_of(text, run[i]))
        reorder(tracked, [(s, e + 2) for s, e in run], order)


def entries_filed_elsewhere(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A clerk files a block of entries under the part they belong to: two neighbouring
    entries (at the middle rate two blocks, at the highest three blocks of three) cut from
    their part and pasted at the end of another, under a typed "Filed from part N"."""
    times, size = _by_rate(rate, 1, 2, 3), _by_rate(rate, 2, 2, 3)
    for _ in range(times):
        text = tracked.text
        found = parts(text)
        movable = [
            (index, [e for e in under if e in set(entries(text))])
            for index, (_, under) in enumerate(found)
        ]
        movable = [(i, es) for i, es in movable if len(es) > size]
        if not movable or len(found) < 2:
            return
        index, group = rng.choice(movable)
        first = rng.randrange(len(group) - size + 1)
        block = group[first : first + size]
        if text[block[0][1] : block[-1][0]].count("\n\n") != size - 1:
            continue  # something stands between them
        other = rng.choice([i for i in range(len(found)) if i != index])
        number = PART_HEADING.fullmatch(text[slice(*found[index][0])])
        assert number is not None
        start, end = block[0][0], block[-1][1] + 2
        target = _part_end(text, other)
        if target > start:
            target -= end - start
        tracked.move(start, end - start, target)
        tracked.replace(target, 0, FILED_FROM.format(number[1]) + "\n\n")


def closings_reworded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new clerk's wording: the closing line most entries share ("No further action.")
    reworded in one entry, half of them, or all but one ("Nothing more to do.")."""
    text = tracked.text
    found = entries(text)
    closing = _main_closing(text, found)
    if closing is None:
        return
    having = [
        closing_line(text, e) for e in found if text[slice(*closing_line(text, e))] == closing
    ]
    count = _by_rate(rate, 1, len(having) // 2, len(having) - 1)
    for start, end in sorted(rng.sample(having, count), reverse=True):
        tracked.replace(start, end - start, REWORDINGS[closing])


def runs_to_merge(runs: list[list[Span]], rng: random.Random, rate: float) -> list[list[Span]]:
    """The runs of neighbouring items a compact view merges: at the highest rate every run of
    two or more, else one piece of two (at the middle rate two pieces of three) drawn from
    random runs."""
    runs = [run for run in runs if len(run) >= 2]
    if rate >= 8:
        return runs
    size, times = _by_rate(rate, 2, 3, 3), _by_rate(rate, 1, 2, 2)
    chosen = []
    for run in rng.sample(runs, min(times, len(runs))):
        first = rng.randrange(max(1, len(run) - size + 1))
        chosen.append(run[first : first + size])
    return chosen


def entries_merged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A compact view: two neighbouring entries (at the middle rate two runs of three, at
    the highest every run) merged into one paragraph, one line, the closing line they share
    kept once at the end."""
    for run in sorted(runs_to_merge(entry_runs(tracked.text), rng, rate), reverse=True):
        text = tracked.text
        last = text[slice(*closing_line(text, run[-1]))]
        end = run[-1][1]
        for entry in reversed(run[:-1]):
            start, stop = closing_line(text, entry)
            if text[start:stop] == last:
                tracked.replace(start - 1, stop - start + 1, "")
                end -= stop - start + 1
        lines_joined(tracked, run[0][0], end)


def headers_moved_last(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new template: one entry's header line (half of them, or every one) moved after its
    closing line, so entries open with their detail."""
    found = entries(tracked.text)
    for entry in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        header_to_end(tracked, entry)


def closings_hoisted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A tidier layout: in one part (half the parts, every part) the closing line its
    entries share cut from each, and one typed note under the heading says it in other
    words ("Unless marked, every entry below: Nothing more to do.")."""
    text = tracked.text
    found = []
    for heading, under in parts(text):
        group = [p for p in under if p in set(entries(text))]
        closing = _main_closing(text, group)
        if closing is not None:
            cut = [
                closing_line(text, e)
                for e in group
                if text[slice(*closing_line(text, e))] == closing
            ]
            found.append((heading, closing, cut))
    for heading, closing, cut in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        for start, end in reversed(cut):
            tracked.replace(start - 1, end - start + 1, "")
        tracked.replace(heading[1], 0, "\n\n" + HOISTED.format(REWORDINGS[closing]))


def pull_quoted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A newsletter's lift: one detail line with a figure (two, four) copied to the top as
    a pull quote in curly quotes, and the original's first figure then corrected one up;
    the quote keeps the old figure."""
    text = tracked.text
    lines = [
        line
        for entry in entries(text)
        for line in lines_in(
            text, header_line(text, entry)[1] + 1, closing_line(text, entry)[0] - 1
        )
        if FIGURE.search(text, *line)
    ]
    at = _paragraphs(text)[2][1]
    shift = 0  # every quote so far stands above the lines still to quote
    for start, end in sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 1, 2, 4)))):
        start, end = start + shift, end + shift
        tracked.replace(at, 0, "\n\n“”")
        length = end - start
        tracked.copy(start + 4, length, at + 3)
        figure_amended(tracked, start + 4 + length, end + 4 + length)
        shift += 4 + length


def parts_swapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A re-ordered register: two neighbouring parts swapped (two pairs; every part in the
    other order), headings and all, and the part numbers retyped to run in order."""
    text = tracked.text
    found = parts(text)
    starts = [heading[0] for heading, _ in found] + [_part_end(text, len(found) - 1)]
    units = [(a, b) for a, b in pairwise(starts)]
    order = list(range(len(units)))
    if rate >= 8:
        order.reverse()
    else:
        for first in rng.sample(range(0, len(units) - 1, 2), _by_rate(rate, 1, 2, 2)):
            order[first], order[first + 1] = order[first + 1], order[first]
    reorder(tracked, units, order)
    for number, match in reversed(list(enumerate(PART_HEADING.finditer(tracked.text), start=1))):
        if match[1] != str(number):
            tracked.replace(match.start(1), len(match[1]), str(number))


def notes_interleaved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Two parts' notes merged into the first one's: the later note's sentences put one
    after each of the earlier's (once, twice, three times), the later note dropped."""
    for _ in range(_by_rate(rate, 1, 2, 3)):
        text = tracked.text
        found = [n for n in notes(text) if len(note_sentences(text, n)) >= 2]
        if len(found) < 2:
            return
        first, second = sorted(rng.sample(found, 2))
        interleave(tracked, note_sentences(text, first), note_sentences(text, second))


def notes_bulleted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A web page's style: the opening note and one part's note (half of them, every one)
    split into a bullet per sentence."""
    text = tracked.text
    found = [n for n in notes(text) if len(note_sentences(text, n)) >= 2]
    chosen = [_paragraphs(text)[2], *rng.sample(found, _count(rate, len(found)))]
    for note in sorted(chosen, reverse=True):
        for start, _ in reversed(note_sentences(tracked.text, note)[1:]):
            tracked.replace(start - 1, 1, "\n- ")
        tracked.replace(note[0], 0, "- ")


def entries_cross_posted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A records system that files an entry under two parts: one entry (two, four) copied
    to the end of another part, then the original's first figure in its detail corrected;
    the copy keeps the old figure."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        found = parts(text)
        having = [
            (index, e)
            for index, (_, under) in enumerate(found)
            for e in under
            if e in set(entries(text))
            and FIGURE.search(text, header_line(text, e)[1], closing_line(text, e)[0])
        ]
        if not having:
            return
        index, (start, end) = rng.choice(having)
        target = _part_end(text, rng.choice([i for i in range(len(found)) if i != index]))
        tracked.replace(target, 0, "\n\n")
        if start >= target:
            start, end = start + 2, end + 2
        tracked.copy(start, end - start, target)
        if start >= target:
            start, end = start + end - start, end + end - start
        figure_amended(tracked, header_line(tracked.text, (start, end))[1], end)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH15_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH15_FAMILIES: dict[str, Family] = {
    "entries resorted": entries_resorted,
    "entries filed elsewhere": entries_filed_elsewhere,
    "closings reworded": closings_reworded,
    "entries merged": entries_merged,
    "headers moved last": headers_moved_last,
    "closings hoisted": closings_hoisted,
    "pull quoted": pull_quoted,
    "parts swapped": parts_swapped,
    "notes interleaved": notes_interleaved,
    "notes bulleted": notes_bulleted,
    "entries cross-posted": entries_cross_posted,
    "combined": combined,
}


def fresh15_text(seed: int, rng: random.Random) -> str:
    """A cargo manifest, a care home's log, a lab notebook, a baptism register, a timetable's
    footnotes, a Greek harbour notice, a Vietnamese market register or a planning list,
    by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def fresh15_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), whole entries, clauses, lines, headings,
    one occurrence of a line the text repeats (a closing, a twin's detail) or words inside
    one, entry headers and closings, two entries across their blank line, a note's
    sentences, two sentences across a paragraph break, whole sections; each passage once
    while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = entries(text)
    all_sentences = sentences(text) or _paragraphs(text)
    rows = rows_of(text, body(text))
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    pairs = [(a[0], b[1]) for run in entry_runs(text) for a, b in pairwise(run)]
    said = [s for note in notes(text) for s in note_sentences(text, note)]
    pools = [
        (0.12, found),
        (0.20, clauses_of(text, all_sentences)),
        (0.30, _trimmed(text, rows)),
        (0.35, headings(text)),
        (0.45, repeated),
        (0.50, inside),
        (0.58, [header_line(text, e) for e in found]),
        (0.64, [closing_line(text, e) for e in found]),
        (0.72, pairs),
        (0.80, said),
        (0.86, _across(text)),
        (0.92, [section for _, section in sections(text)]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
