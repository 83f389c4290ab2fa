"""Eighteenth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh18`` prints it as "eighteenth fresh held-out material"). The texts
(``reanchor_fresh18_texts`` and ``reanchor_fresh18_more_texts``) are lists of near-identical
blocks that people reorder: a ferry timetable notice, a parish register, a patent's claims,
a hymn book with its chorus after every verse, a shipping forecast, a commodity market
report, an Arabic and English municipal notice (Arabic-Indic digits in some lines) and a
Korean and English station announcement list. Blocks under a heading share stock lines word
for word ("Not on bank holidays.", "Volume was light.", the chorus) and differ from their
twins by one time, name or figure. The families are what a timetabler, a clerk, an
attorney or a publishing system does to such lists, chosen to change where text stands and
which of several near-identical passages survives: two neighbouring twin blocks swapped;
blocks re-sorted by another key (areas alphabetised, sailings by destination, products by
name); whole lists reversed (newest first); repeats collapsed (a repeated chorus made
"(Chorus)", a stock line kept only in the first block of its run); two neighbouring blocks
merged into one ("Sailing 4 … and Sailing 5 …") with their shared lines kept once; a block
split in two under a pasted copy of its key line; a new block typed in and every later
label and every "claim N" reference renumbered; a block's lines regrouped (a bilingual
block's alternating lines made two halves); a block duplicated and the original then
corrected; a block's last line moved on to the next twin; one of two twins withdrawn
(deleted) while the other stays; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text (a new block, a renumbered label, " and ", "(cont.)", "(…)", "As
above.") has none, and pasted copies are decoys with no origin. So wherever a passage's
words stand in two places the truth is where its own characters went: when blocks are
swapped, re-sorted or reversed, each passage is where its own block went, whatever twin
(or, for a chorus, word-for-word copy) now stands where it stood; a stock line or a
chorus cut from a later block is gone although its twin stands word for word in the
first block; when twins are merged, the second's shared lines are gone and the first's
kept (the second's other lines and its key line are where they were moved to); a split
block's key line is the original at the top of the first part, the second part's key line
a copy; a duplicated block's original is the corrected one (one digit typed anew), the
copy that keeps the old figure word for word a decoy; a withdrawn twin is gone though the
other twin reads the same but for one time or name; a typed-in block is new text however
much it reads like its neighbour; a renumbered label keeps its word and gets a new number
(its changed digits typed anew); a line moved on to the next twin is where it went, whatever
twin line stands in its old place.
"""

from __future__ import annotations

import random
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import body, rows_of
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import headings, recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh9_places import sections as section_spans
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh18_edits import (
    block_amended,
    block_deleted,
    block_duplicated,
    block_split,
    blocks_reordered,
    inserted_and_renumbered,
    last_line_moved_on,
    lines_regrouped,
    twins_merged,
)
from tests.benchmarks.reanchor_fresh18_kit import (
    LABEL,
    Span,
    block_runs,
    blocks,
    details,
    key_line,
    lines_of,
    notes,
    sections,
    sort_key,
    stock_lines,
)
from tests.benchmarks.reanchor_fresh18_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the eighteenth fresh held-out material (never used while tuning).
FRESH18_SEEDS = range(18100, 18110)
#: What follows the pasted key line of a split block's second part.
CONTINUED = " (cont.)"
#: What stands for a block whose every detail line repeats an earlier block's.
AS_ABOVE = "As above."


def _twin_pairs(text: str) -> list[tuple[Span, Span]]:
    """Neighbouring blocks of a run with as many lines each and the same first word
    (near-identical twins), else any neighbouring blocks (a verse and its chorus)."""
    return [
        (a, b)
        for run in block_runs(text)
        for a, b in pairwise(run)
        if len(lines_of(text, a)) == len(lines_of(text, b))
        and text[a[0] : a[1]].split()[0] == text[b[0] : b[1]].split()[0]
    ] or [pair for run in block_runs(text) for pair in pairwise(run)]


def _sorted_order(text: str, run: list[Span]) -> list[int]:
    """The indexes of a run's blocks in the order of their :func:`sort_key`."""
    keys = [sort_key(text, block) for block in run]
    return sorted(range(len(run)), key=keys.__getitem__)


# -- families ------------------------------------------------------------------------------------


def twins_swapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A timetabler's slip: two neighbouring twin blocks swapped (two pairs, four pairs)."""
    pairs = _twin_pairs(tracked.text)
    chosen: list[tuple[Span, Span]] = []
    for pair in rng.sample(pairs, len(pairs)):
        if len(chosen) < _by_rate(rate, 1, 2, 4) and not any(set(pair) & set(c) for c in chosen):
            chosen.append(pair)
    for first, second in sorted(chosen, reverse=True):
        blocks_reordered(tracked, [first, second], [1, 0])


def blocks_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another view of the list: the blocks of one run (half the runs, every run) re-sorted
    by another key (areas alphabetised, sailings by destination, products by name)."""
    text = tracked.text
    runs = [run for run in block_runs(text) if len(run) >= 2]
    changing = [run for run in runs if _sorted_order(text, run) != list(range(len(run)))] or runs
    for run in sorted(rng.sample(changing, _count(rate, len(changing))), reverse=True):
        order = _sorted_order(text, run)
        if order == list(range(len(run))):
            order.reverse()
        blocks_reordered(tracked, run, order)


def lists_reversed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Newest first: the blocks of one run (half the runs, every run) in the reverse order."""
    runs = [run for run in block_runs(tracked.text) if len(run) >= 2]
    for run in sorted(rng.sample(runs, _count(rate, len(runs))), reverse=True):
        blocks_reordered(tracked, run, list(reversed(range(len(run)))))


def repeats_collapsed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A shorter sheet: in one run (half the runs, every run) each detail line that repeats
    an earlier block's is cut, kept only in the first block that has it; a block left with
    no detail line gets a typed marker, "(Chorus)" for a bare label, else "As above."."""
    text = tracked.text
    runs = [run for run in block_runs(text) if stock_lines(text, run)]
    for run in sorted(rng.sample(runs, _count(rate, len(runs))), reverse=True):
        cut = set(stock_lines(text, run))
        for block in reversed(run):
            mine = details(text, block)
            if mine and all(line in cut for line in mine):
                start, end = key_line(text, block)
                if LABEL.match(text, start):
                    tracked.replace(end, block[1] - end, "\n" + AS_ABOVE)
                else:
                    tracked.replace(end, block[1] - end, ")")
                    tracked.replace(start, 0, "(")
                continue
            for start, end in reversed(mine):
                if (start, end) in cut:
                    tracked.replace(start - 1, end - start + 1, "")


def twins_merged_family(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A compact list: two neighbouring twins (two pairs, four pairs) merged into one block,
    their shared lines kept once ("Sailing 4 — … and Sailing 5 — …")."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        pairs = _twin_pairs(tracked.text)
        if not pairs:
            return
        twins_merged(tracked, *rng.choice(pairs))


def blocks_split(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A page break made permanent: one block (two, four) split in two before its second
    detail line, the second part under a pasted copy of the key line and a typed
    "(cont.)"."""
    found = [b for b in blocks(tracked.text) if len(lines_of(tracked.text, b)) >= 3]
    for block in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4))), reverse=True):
        block_split(tracked, block, CONTINUED)


def renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An amendment: a new block (two, three) typed in after the model of the one it goes
    before, taking its number, and every later label (and, where the numbering runs through
    the whole text, every "claim N" or "see no. N" reference) one up."""
    for _ in range(_by_rate(rate, 1, 2, 3)):
        text = tracked.text
        found = [b for b in blocks(text) if LABEL.match(text, b[0])]
        inserted_and_renumbered(tracked, rng.choice(found))


def lines_regrouped_family(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new layout: in one block (half the blocks, every block) the detail lines regrouped
    every other one first, so a bilingual block's alternating lines become two halves and a
    two-line block's lines change places."""
    found = [b for b in blocks(tracked.text) if len(details(tracked.text, b)) >= 2]
    for block in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        lines_regrouped(tracked, block)


def duplicated_then_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A copy-paste draft: a block (two, four) pasted again before or after itself, then the
    original's first figure corrected; the copy keeps the old figure."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        block = rng.choice(blocks(text))
        original = block_duplicated(tracked, block, before=rng.random() < 0.5)
        block_amended(tracked, original)


def lines_moved_on(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A correction filed against the wrong twin: the last line of one block (two, four)
    moved to the end of the block after it (one that lacks that line, when there is one)."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        pairs = [pair for run in block_runs(text) for pair in pairwise(run)]
        if not pairs:
            return
        lacking = [
            (a, b)
            for a, b in pairs
            if text[slice(*lines_of(text, a)[-1])] not in text[slice(*b)].split("\n")
        ]
        last_line_moved_on(tracked, *rng.choice(lacking or pairs))


def twin_withdrawn(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sailing cancelled, a claim dropped: one of two neighbouring twins (two, four) cut,
    the other left standing."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        pairs = _twin_pairs(tracked.text)
        if not pairs:
            return
        block_deleted(tracked, rng.choice(rng.choice(pairs)))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH18_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH18_FAMILIES: dict[str, Family] = {
    "twins swapped": twins_swapped,
    "blocks resorted": blocks_resorted,
    "lists reversed": lists_reversed,
    "repeats collapsed": repeats_collapsed,
    "twins merged": twins_merged_family,
    "blocks split": blocks_split,
    "renumbered": renumbered,
    "lines regrouped": lines_regrouped_family,
    "duplicated then corrected": duplicated_then_corrected,
    "lines moved on": lines_moved_on,
    "twin withdrawn": twin_withdrawn,
    "combined": combined,
}


def fresh18_text(seed: int, rng: random.Random) -> str:
    """A ferry timetable, a parish register, a patent's claims, a hymn book, a shipping
    forecast, a market report, an Arabic and English notice or a Korean and English
    announcement list, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def fresh18_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), whole blocks, clauses, lines, headings
    (section headings in any script), one occurrence of a line the text repeats (a stock
    line, a chorus line) or words inside one, key lines, detail lines (the ones a time or a
    name tells apart and the stock ones their twins share), stock lines, two blocks across
    their blank line, a note's sentences, two sentences across a paragraph break, whole
    sections; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = blocks(text)
    all_sentences = sentences(text) or _paragraphs(text)
    rows = rows_of(text, body(text))
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    pairs = [(a[0], b[1]) for run in block_runs(text) for a, b in pairwise(run)]
    said = [s for note in notes(text) for s in note_sentences(text, note)]
    lines = [line for block in found for line in details(text, block)]
    stock = [line for run in block_runs(text) for line in stock_lines(text, run)]
    titles = sorted({heading for heading, _ in sections(text)} | set(headings(text)))
    pools = [
        (0.10, found),
        (0.16, clauses_of(text, all_sentences)),
        (0.24, _trimmed(text, rows)),
        (0.28, titles),
        (0.36, repeated),
        (0.42, inside),
        (0.52, [key_line(text, b) for b in found]),
        (0.66, lines),
        (0.72, stock),
        (0.80, pairs),
        (0.86, said),
        (0.92, _across(text)),
        (0.96, [section for _, section in section_spans(text)]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
