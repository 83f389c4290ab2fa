"""Twenty-first round of fresh held-out re-anchoring material: eleven families of edits, a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh21`` prints it as "twenty-first fresh held-out material"). The texts
(``reanchor_fresh21_texts`` and ``reanchor_fresh21_more_texts``) are documents that tools,
committees and transcribers revise, each version a full text: a bill as amended in
committee, an interview transcript, an English SDH subtitle file, a software project's
README and changelog, a router's manual and FAQ, a hymn with its refrain and a Welsh
singing version, a Welsh and English oral-history transcript and a Korean and English
subtitle pair. They are numbered units (sections, segments, cues, procedures, verses)
whose lines recur word for word (a stock clause, a short answer, a refrain, a step, a
warning) or one number apart (changelog bullets one issue apart, steps one duration
apart), with references by number and times in many lines.

The families are what drafters, transcribers, subtitlers and maintainers do between
versions, chosen to change where text stands and which of several near-identical
passages survives: a unit inserted and every later unit and reference renumbered; two
neighbouring units merged (the second's head, and a cue's timing, cut) and the later ones
renumbered down; an amendment that substitutes a word in every occurrence of a stock line
and pastes the stock line into another unit; a re-timing from some point on (clocks later,
durations doubled); a clean-verbatim pass (fillers, false starts, sound tags, editors'
markers removed); labels and names renamed or redacted everywhere; line breaks moved
(lines joined or split); one of each set of twin lines deleted; one occurrence of a
recurring line reworded; units of one kind reordered and renumbered; a unit moved to
another place unchanged; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin and typed or copied text has none. So when a passage's words stand in two places,
the truth is where its own characters went: a stock line the amendment pastes into
another unit is a copy (a decoy); of twin lines, the one deleted is gone though its twin
stands word for word (or one number apart) nearby; when one occurrence of a recurring line
is reworded, the others are decoys and the reworded one is where its surviving characters
are; a merged unit's head (and a cue's timing line) is gone while its body lines follow
into the unit before; a renumbered or re-timed line is where it stood, its digits typed
anew (an end of a passage on a changed digit may lie anywhere on the new digits); an
inserted unit is new text, even where it reads like the unit it pushed down (an inserted
cue's timing line is typed, a twin of the next cue's); a reordered or moved unit is where it
went, whatever now stands in its old place, and its new number is typed. Words that stand
in two places in the texts themselves (the hymn's verse 1 printed again in full as its last
verse, the refrain after every verse, a catchphrase with and without a speaker's label, a
stock clause in several sections, a step in several procedures, a line that a clean-verbatim
pass or a renaming makes read word for word like another) are each where their own
characters are.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_families import _count
from tests.benchmarks.reanchor_fresh21_edits import (
    line_deleted,
    numbers_in_order,
    renumbered,
    retimed,
    swapped,
    unit_prefix,
    units_headed,
)
from tests.benchmarks.reanchor_fresh21_kit import (
    NOISE,
    RENAMES,
    TIME,
    UNIT_HEAD,
    Span,
    blocks,
    body_lines,
    head_line,
    swap_in,
    twin_groups,
    unit_number,
    unit_runs,
    units,
)
from tests.benchmarks.reanchor_fresh21_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twenty-first fresh held-out material (never used while tuning).
FRESH21_SEEDS = range(21100, 21110)
#: The title an inserted unit's head gets, where heads have titles.
INSERTED_TITLE = "Inserted by amendment"
#: The line an inserted unit holds.
INSERTED_LINE = "This passage is new in this revision and replaces nothing."
#: A subtitle cue's timing line.
TIMING = re.compile(r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}")


def _prefixes(text: str) -> list[str]:
    """The head prefixes that two or more units share."""
    counts: dict[str, int] = {}
    for unit in units(text):
        prefix = unit_prefix(text, unit)
        counts[prefix] = counts.get(prefix, 0) + 1
    return [prefix for prefix, count in counts.items() if count >= 2]


# -- families ------------------------------------------------------------------------------------


def unit_inserted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new section, cue, step list or verse typed in before a unit (two, three of them;
    a cue with the timing of the one it goes before), and every later unit headed alike,
    and every reference to it, renumbered one on."""
    for _ in range(_by_rate(rate, 1, 2, 3)):
        text = tracked.text
        prefix = rng.choice(_prefixes(text))
        unit = rng.choice(units_headed(text, prefix)[1:])
        match = UNIT_HEAD.fullmatch(text, *head_line(text, unit))
        assert match is not None
        number, rest = int(match["number"]), match["rest"]
        head = f"{prefix}{number}{rest[:1]}" + (f" {INSERTED_TITLE}" if len(rest) > 1 else "")
        timing = TIMING.match(text, head_line(text, unit)[1] + 1)
        if timing:  # a cue: the subtitler types the timing of the cue it goes before
            head += "\n" + timing[0]
        index = units(text).index(unit)
        renumbered(tracked, prefix, number, 1)
        at = units(tracked.text)[index][0]  # references before it may have grown a digit
        tracked.replace(at, 0, f"{head}\n{INSERTED_LINE}\n\n")


def units_merged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Two neighbouring units merged into one (two, four pairs): the second's head line (and
    a cue's timing line) cut, its lines joined to the first's, every later unit and
    reference renumbered one down, and references to the second made to the first."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        pairs = [pair for run in unit_runs(text) for pair in pairwise(run)]
        if not pairs:
            return
        first, second = rng.choice(pairs)
        prefix, number = unit_prefix(text, second), unit_number(text, second)
        cut_end = head_line(text, second)[1]
        if TIMING.match(text, cut_end + 1):
            cut_end = (
                text.index("\n", cut_end + 1)
                if "\n" in text[cut_end + 1 : second[1]]
                else second[1]
            )
        if cut_end >= second[1]:
            continue  # nothing would be left to join
        tracked.replace(first[1], cut_end - first[1] + 1, "\n")
        renumbered(tracked, prefix, number, -1)  # a reference to it now means the first


def amendment_applied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """ "Omit 'may', substitute 'must'": a word swapped in every occurrence of one recurring
    line (two, all of them); at the higher rates one other recurring line is also pasted,
    word for word, at the end of another unit ("after subsection (3) insert …")."""
    text = tracked.text
    groups = [g for g in twin_groups(text) if swap_in(text[slice(*g[0])]) is not None]
    chosen = rng.sample(groups, _by_rate(rate, 1, min(2, len(groups)), len(groups)))
    edits = []
    for group in chosen:
        swap = swap_in(text[slice(*group[0])])
        assert swap is not None
        at, word, new = swap
        edits += [(line[0] + at, len(word), new) for line in group]
    rest = [g for g in twin_groups(text) if g not in chosen]
    pasted = None
    if rate >= 3 and rest:
        source = rng.choice(rest)[0]
        target = rng.choice([u for u in units(text) if not u[0] <= source[0] < u[1]])
        pasted = (source, target[1])
    for at, length, new in sorted(edits, reverse=True):
        if pasted is not None and at < pasted[1]:
            tracked.replace(pasted[1], 0, "\n")
            (start, end), to = pasted
            tracked.copy(start, end - start, to + 1)
            pasted = None
        tracked.replace(at, length, new)
    if pasted is not None:
        (start, end), to = pasted
        tracked.replace(to, 0, "\n")
        tracked.copy(start, end - start, to + 1)


def retimed_from(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A re-timed file or a revised schedule: every time from the last third (a third,
    every one) on moved 1 to 9 seconds later, and every duration doubled."""
    times = list(TIME.finditer(tracked.text))
    first = _by_rate(rate, len(times) * 2 // 3, len(times) // 3, 0)
    first = min(first, len(times) - 1)
    retimed(tracked, times[first].start(), rng.randint(1, 9))


def cleaned_verbatim(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A clean-verbatim pass or a plain (not SDH) export: fillers, false starts, sound tags,
    music marks and editors' markers removed in one block (half of them, every one)."""
    text = tracked.text
    having = [b for b in blocks(text) if NOISE.search(text, *b)]
    for start, end in sorted(rng.sample(having, _count(rate, len(having))), reverse=True):
        for match in reversed(list(NOISE.finditer(tracked.text, start, end))):
            tracked.replace(match.start(), len(match[0]), "")


def labels_renamed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Anonymised or restyled: one label, name or term (half of them, every one) renamed
    everywhere it stands ("RESPONDENT 3:" → "R3:", a name → "[REDACTED]", "the Minister"
    → "the Secretary of State")."""
    text = tracked.text
    present = [old for old in RENAMES if old in text]
    chosen = rng.sample(present, _count(rate, len(present)))
    places = [(m.start(), old) for old in chosen for m in re.finditer(re.escape(old), text)]
    for at, old in sorted(places, reverse=True):
        tracked.replace(at, len(old), RENAMES[old])


def line_breaks_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Re-segmented or re-wrapped: in one block (half of them, every one) of two lines or
    more, two lines joined into one, or the longest line split at its middle space."""
    text = tracked.text
    found = [b for b in blocks(text)[2:] if "\n" in text[slice(*b)]]
    breaks = []
    for start, end in rng.sample(found, _count(rate, len(found))):
        lines = lines_in(text, start, end)
        longest = max(lines, key=lambda line: line[1] - line[0])
        spaces = [m.start() for m in re.finditer(" ", text[slice(*longest)])]
        if rng.random() < 0.5 and longest[1] - longest[0] >= 40 and spaces:
            middle = (longest[1] - longest[0]) // 2
            breaks.append((longest[0] + min(spaces, key=lambda s: abs(s - middle)), "\n"))
        else:
            join = rng.randrange(1, len(lines)) if len(lines) > 2 else 1
            breaks.append((lines[join][0] - 1, " "))
    for at, new in sorted(breaks, reverse=True):
        tracked.replace(at, 1, new)


def twins_deduplicated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A duplicate checker's pass: of one set of lines that read alike, word for word or
    one number apart (half the sets, every set), one line deleted, the first or a later."""
    text = tracked.text
    groups = twin_groups(text)
    cut = [rng.choice(group) for group in rng.sample(groups, _count(rate, len(groups)))]
    for line in sorted(cut, reverse=True):
        line_deleted(tracked, line)


def twin_reworded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """One occurrence of a recurring line reworded by one word, the others left (in one,
    two, four recurring lines): a refrain changed in one verse, one answer corrected."""
    text = tracked.text
    groups = [g for g in twin_groups(text) if swap_in(text[slice(*g[0])]) is not None]
    edits = []
    for group in rng.sample(groups, min(len(groups), _by_rate(rate, 1, 2, 4))):
        line = rng.choice(group)
        swap = swap_in(text[slice(*line)])
        assert swap is not None
        edits.append((line[0] + swap[0], len(swap[1]), swap[2]))
    for at, length, new in sorted(edits, reverse=True):
        tracked.replace(at, length, new)


def units_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Units of one kind put in another order (two swapped; two pairs swapped; every one
    in reverse), their heads renumbered to run in order, references left."""
    prefix = rng.choice(_prefixes(tracked.text))
    count = len(units_headed(tracked.text, prefix))
    if rate >= 8:
        pairs = [(i, count - 1 - i) for i in range(count // 2)]
    else:
        firsts = rng.sample(range(0, count - 1, 2), min(_by_rate(rate, 1, 2, 2), count // 2))
        pairs = [(i, i + 1) for i in firsts]
    for first, second in pairs:
        found = units_headed(tracked.text, prefix)
        swapped(tracked, found[first], found[second])
    numbers_in_order(tracked, prefix)


def unit_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A unit moved elsewhere, unchanged (two, three of them): a changelog entry filed
    under another version, a clause moved to another part, a cue pasted out of order; one
    more when the last put the text back as it was."""
    moves = _by_rate(rate, 1, 2, 3)
    while moves > 0 or tracked.text == tracked.old:
        moves -= 1
        text = tracked.text
        start, end = rng.choice(units(text))
        places = [b[0] for b in blocks(text)[2:] if b[0] != start and b[0] != end + 2]
        to = rng.choice(places)
        tracked.move(start, end - start + 2, to if to < start else to - (end - start + 2))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH21_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH21_FAMILIES: dict[str, Family] = {
    "unit inserted": unit_inserted,
    "units merged": units_merged,
    "amendment applied": amendment_applied,
    "retimed": retimed_from,
    "cleaned verbatim": cleaned_verbatim,
    "labels renamed": labels_renamed,
    "line breaks moved": line_breaks_moved,
    "twins deduplicated": twins_deduplicated,
    "twin reworded": twin_reworded,
    "units reordered": units_reordered,
    "unit moved": unit_moved,
    "combined": combined,
}


def fresh21_text(seed: int, rng: random.Random) -> str:
    """A bill as amended, an interview transcript, SDH subtitles, a README and changelog, a
    router's manual, a hymn with a Welsh version, a Welsh and English oral history or a
    Korean and English subtitle pair, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def _sentences(text: str, lines: list[Span]) -> list[Span]:
    """The sentences of ``lines``."""
    return _trimmed(
        text,
        [
            (s + m.start(), s + m.end())
            for s, e in lines
            for m in re.finditer(r"[^.!?？！]+[.!?？！]*", text[s:e])
        ],
    )


def _worded(text: str, block: Span) -> Span:
    """A block's first line with a word in it (a cue's words, not its number or timing)."""
    lines = _trimmed(text, lines_in(text, *block))
    return next((line for line in lines if re.search(r"[^\W\d_]", text[slice(*line)])), lines[0])


def _answers(text: str, lines: list[Span]) -> list[Span]:
    """What follows a line's label and time: an answer, a subtitle's words, a step."""
    found = []
    for start, end in lines:
        match = re.match(r"(?:[^\s:]+(?: \d+)?: |\d+\. )?(?:\[[\d:.]+\] )?", text[start:end])
        if match and match.end() and end - start - match.end() >= 2:
            found.append((start + match.end(), end))
    return _trimmed(text, found)


def fresh21_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code: word runs (a third), whole units, head lines, lines, the
    lines that recur (a stock clause, a short answer, a refrain, a step, a warning) or
    words inside one, a line's clauses, an answer or a cue's words without label and time,
    two lines across their break, a block's last line and the next block's first worded
    line across the blank line (a cue's last line to the next cue's words), sentences;
    each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    lines = _trimmed(text, body_lines(text))
    twins = [line for group in twin_groups(text) for line in group]
    inside = [part for span in twins if (part := _inside(rng, text, span)) is not None]
    pairs = [
        (a[0], b[1])
        for block in blocks(text)[2:]
        for a, b in pairwise(_trimmed(text, lines_in(text, *block)))
    ]
    across = [
        (_trimmed(text, lines_in(text, *a))[-1][0], _worded(text, b)[1])
        for a, b in pairwise(blocks(text)[2:])
    ]
    all_sentences = _sentences(text, lines) or lines
    pools = [
        (0.10, units(text)),
        (0.18, [h for u in units(text) if (h := head_line(text, u))[1] - h[0] >= 4]),
        (0.30, lines),
        (0.44, twins),
        (0.50, inside),
        (0.58, clauses_of(text, lines)),
        (0.68, _answers(text, lines)),
        (0.78, pairs),
        (0.86, across),
        (0.94, all_sentences),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
