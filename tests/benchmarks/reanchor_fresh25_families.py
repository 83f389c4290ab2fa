"""Twenty-fifth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh25`` prints it as "twenty-fifth fresh held-out material"). The texts
are what newsrooms, fact-checkers and media monitors produce and revise, each version a
full page (``reanchor_fresh25_texts`` and ``reanchor_fresh25_more_texts``): a fact-check
article (the claim quoted word for word at the top, in the posts, the findings and the
verdict boxes; labels "False", "Misleading", "Needs context" that recur; "What we found"
summaries restating the findings), a media-monitoring digest (each topic's wire lede under
several outlets' names, some copies a word off, "Read more" lines), a TV news rundown
(slugs, timecodes, anchor intros holding the VO sentence, supers, "ENDS"), a wire agency's
daily budget (slugs, "Expected by 1400 GMT", lines one figure apart), a corrections column
("An article on 12 March said … In fact, …", "We apologise for the error."), a
reader-comments page (identical one-liners, replies quoting a comment with "> ", "Reply"),
a Burmese/English notice (Myanmar digits in some lines and Western ones in others,
zero-width spaces as word breaks in some, a vowel sign in Zawgyi order in some) and an
Armenian/English one (the ligature և, the full stop ։, the question mark ՞ inside a word,
classical "-ութիւն" spellings in older notices and reformed "-ություն" in newer ones).
Leads are hard-wrapped at 72 columns.

The families are what newsrooms and their tools do between two versions, chosen to change
where text stands and which of several near-identical passages survives: a verdict
re-rated ("Misleading" as "False" wherever it stands) with "What we found" summaries
rewritten while the quoted claim stays; a correction appended at the foot quoting a
line's old words while the line's figure is fixed; a digest or section re-sorted (by its
head lines, or newest first); an item killed (or one line of it dropped) whose words stand
in another item; a rundown re-timed (two items swapped, every later timecode shifted);
anchor intros rewritten while the VO line stays (elsewhere the lead rewritten); budget
lines marked "Moved" and their figures updated; one copy of a line that stands in several
items (an outlet's copy of the wire lede) edited by a word; a comment removed by a
moderator ("[removed]") while the replies quoting it stay; the page re-flowed at a new
width (leads re-wrapped, long lines broken, words hyphenated at line ends); Myanmar text
normalised on one side only (digits, zero-width spaces, Zawgyi order; or zero-width spaces
added); Armenian re-spelled from classical to reformed (typed anew) while its English gloss
stays; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none, a copy is a decoy. So whenever a passage's words stand in two
places the truth is where its own characters went. Lines that recur in the old text (the
claim in every post and verdict box, a wire lede under several outlets, "ENDS", "Read
more", "Reply", "We apologise for the error.", a super, an identical comment, a notice's
sentence in both spellings) are each their own passage, wherever their twins move or
whichever of them is deleted or edited. The old words a correction quotes are a copy: the
truth stays on the fixed line (whose one figure is typed), even though the correction now
reads as the old line did word for word. When an item is killed or a line dropped because
its words stand elsewhere, it is gone, and the other place is only its own passage; an
anchor intro holding the VO sentence, rewritten, is gone although the VO line reads as its
old words did; a comment replaced by "[removed]" is gone, although a reply still quotes it
word for word after "> ". A summary line rewritten is typed anew (gone). An Armenian run
re-spelled is typed anew (gone when longer than a word edit; a short one keeps the letters
a diff keeps), although a reformed twin elsewhere may now read the same word for word. A
timecode shifted, a verdict label re-rated, a figure updated, a Myanmar digit, zero-width
space or vowel order normalised, a line break moved or a hyphen added is typed over; the
rest of its passage stays.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import figure_amended, reorder
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh22_kit import paragraphs
from tests.benchmarks.reanchor_fresh23_edits import cut, line_dropped
from tests.benchmarks.reanchor_fresh23_kit import (
    Span,
    body_lines,
    echoes,
    head_line,
    item_runs,
    items,
    last_line,
    notes,
    sections,
)
from tests.benchmarks.reanchor_fresh24_edits import shift_clocks
from tests.benchmarks.reanchor_fresh24_families import _each_unit, _echoed
from tests.benchmarks.reanchor_fresh24_kit import CLOCK, item_lines, short_lines
from tests.benchmarks.reanchor_fresh25_edits import (
    armenian_respelled,
    burmese_normalised,
    correction_quoting,
    line_rewritten,
    reflowed,
    word_swapped,
)
from tests.benchmarks.reanchor_fresh25_kit import (
    BURMESE_MARK,
    CLASSICAL,
    EXPECTED,
    FIGURE,
    INTRO,
    MYANMAR,
    SUMMARY,
    VERDICT,
)
from tests.benchmarks.reanchor_fresh25_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twenty-fifth fresh held-out material (never used while tuning).
FRESH25_SEEDS = range(25100, 25110)
#: What a rewritten "What we found" summary says.
SUMMARIES = (
    "The figure mixes routes merged with routes cut; the real cut is far smaller.",
    "Official papers do not support the claim, and the post left out the new lines.",
    "The number is wrong: the documents show a much smaller change.",
)
#: What a rewritten anchor intro (or lead) says.
INTROS = (
    "Good evening. We start tonight with a story that has moved fast today.",
    "Now to a story we have been following all week.",
    "Our correspondent has the latest.",
)
#: The words a sub-editor swaps into an outlet's copy.
SUB_EDITS = ["reportedly", "officials", "overnight", "sharply", "earlier", "angry"]


def _rerate(label: str) -> str:
    """The label a re-rating writes for ``label`` (never the same)."""
    return {"Misleading": "False", "False": "Misleading"}.get(label, "Misleading")


# -- families ------------------------------------------------------------------------------------


def verdict_rerated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The verdict re-rated: one label ("Misleading") written as another ("False") in one
    item holding it (half, every one), and one "What we found" summary (two, four) rewritten
    from scratch; the claim quoted beside them stays."""
    text = tracked.text
    summaries = [m.span() for m in SUMMARY.finditer(text)]
    for start, end in sorted(
        rng.sample(summaries, min(len(summaries), _by_rate(rate, 1, 2, 4))), reverse=True
    ):
        line_rewritten(tracked, (start, end), len("What we found: "), rng.choice(SUMMARIES))
    label = rng.choice([m[0] for m in VERDICT.finditer(tracked.text)])
    units = [u for u in items(tracked.text) if label in tracked.text[slice(*u)]]
    units = units or [_paragraphs(tracked.text)[-1]]
    for start, end in sorted(rng.sample(units, _count(rate, len(units))), reverse=True):
        for match in reversed(list(re.finditer(re.escape(label), tracked.text[start:end]))):
            tracked.replace(start + match.start(), len(label), _rerate(label))


def correction_appended(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A correction: one body line with a figure (two, four) fixed in place (its figure one up),
    and for each an item appended above the footer quoting the line's old words word for
    word ("An earlier version of this article said: “…”")."""
    text = tracked.text
    body = [line for item in items(text) for line in body_lines(text, item)]
    lines = [line for line in body if FIGURE.search(text, *line)] or body
    chosen = sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 1, 2, 4))))
    for number, line in enumerate(chosen, start=1):
        correction_quoting(tracked, line, f"Correction {number} · 14 March")
    for start, end in reversed(chosen):
        if not figure_amended(tracked, start, end):
            tracked.replace(end, 0, " (corrected)")


def resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A digest or a section re-sorted: the items of one run (half, every one) put in the
    order of their head lines (an outlet's name, a slug), or newest first when that is the
    order they already stand in."""
    runs = [run for run in item_runs(tracked.text) if len(run) >= 2]
    for run in sorted(rng.sample(runs, _count(rate, len(runs))), reverse=True):
        text = tracked.text
        order = sorted(range(len(run)), key=lambda i: text[slice(*head_line(text, run[i]))])
        if order == sorted(order):
            order.reverse()
        reorder(tracked, [(s, e + 2) for s, e in run], order)


def killed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An item killed whose words stand in another item (a lede quoted in the digest, a
    claim in a verdict box, a comment quoted in a reply): one, two or four of them; every
    other time only the line whose words stand elsewhere is dropped."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        if len(items(text)) < 2:
            break
        echoed = _echoed(text)
        lines = [w for item, words in echoed.items() for w in words if w[0] != item[0]]
        if lines and rng.random() < 0.5:
            line_dropped(tracked, rng.choice(lines))
        else:
            cut(tracked, rng.choice(list(echoed) or items(text)))


def retimed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The rundown re-timed: two neighbouring items swapped (two pairs, three), then every
    timecode and clock time from the first swapped item to the end moved by the same
    seconds."""
    runs = [run for run in item_runs(tracked.text) if len(run) >= 2]
    earliest = len(tracked.text)
    for _ in range(_by_rate(rate, 1, 2, 3)):
        run = rng.choice(runs)
        at = rng.randrange(len(run) - 1)
        pair = [(s, e + 2) for s, e in run[at : at + 2]]
        reorder(tracked, pair, [1, 0])
        earliest = min(earliest, pair[0][0])
        runs = [run for run in item_runs(tracked.text) if len(run) >= 2]
    shift_clocks(tracked, (earliest, len(tracked.text)), rng.choice((35, 90, 150)))


def intros_rewritten(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Anchor intros rewritten for the late bulletin: the words of one "ANCHOR:" line (half,
    every one) typed anew while the VO line under it stays; a page with no intros has its
    lead's first line rewritten instead."""
    text = tracked.text
    found = [m.span() for m in INTRO.finditer(text)]
    if not found:
        lead = paragraphs(text)[2]
        tracked.replace(lead[0], text.index("\n", *lead) - lead[0], rng.choice(INTROS))
        return
    for line in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        line_rewritten(tracked, line, len("ANCHOR: "), rng.choice(INTROS))


def _figured(text: str, item: Span) -> list[Span]:
    """An item's body lines holding a figure."""
    return [line for line in body_lines(text, item) if FIGURE.search(text, *line)]


def moved_and_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Budget lines marked as moved: "Expected by 1400 GMT" in one item (half, every one)
    written as "Moved 1352 GMT", and the figure of the item's first body line with one
    updated ("rises to 42" as "rises to 43"); on a page without due times, figures updated
    in one item (half, every one)."""
    text = tracked.text
    found = [u for u in items(text) if EXPECTED.search(text, *u)]
    found = found or [u for u in items(text) if _figured(text, u)]
    for unit in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        lines = _figured(tracked.text, unit)
        if lines:
            figure_amended(tracked, *lines[0])
        for match in reversed(list(EXPECTED.finditer(tracked.text, *unit))):
            minutes = int(match[1][:2]) * 60 + int(match[1][2:]) - rng.randint(1, 40)
            moved = f"Moved {minutes // 60:02}{minutes % 60:02} GMT"
            tracked.replace(match.start(), len(match[0]), moved)
    if not found:
        figure_amended(tracked, *_paragraphs(tracked.text)[-1])


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """One outlet's copy edited: of a line whose words stand in other items too (the wire
    lede, the quoted claim), one copy (one in each of half the groups, every group) has a
    word typed over."""
    text = tracked.text
    groups: dict[str, list[Span]] = {}
    for line, _ in echoes(text):
        groups.setdefault(text[slice(*line)], []).append(line)
    found = [sorted(set(group)) for group in groups.values()] or [
        [line] for line in item_lines(text)
    ]
    chosen = sorted(rng.choice(group) for group in rng.sample(found, _count(rate, len(found))))
    changed = False
    for line in reversed(chosen):
        changed |= word_swapped(tracked, rng, line, SUB_EDITS)
    if not changed:
        tracked.replace(chosen[-1][1], 0, " (updated)")


def comment_removed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A moderator's removal: a comment's words (one, two, four) replaced by "[removed]",
    those a reply still quotes after "> " first (else a body line whose words stand in
    another item, else any body line)."""
    text = tracked.text
    body = [line for item in items(text) for line in body_lines(text, item)]
    replied = [line for line in body if f"> {text[slice(*line)]}\n" in text]
    echoed = {line for line, _ in echoes(text) if not text.startswith("> ", line[0])}
    candidates = replied or [line for line in body if line in echoed] or body
    for line in sorted(rng.sample(candidates, min(len(candidates), _by_rate(rate, 1, 2, 4))))[::-1]:
        tracked.replace(line[0], line[1] - line[0], "[removed]")


def reflowed_page(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page re-flowed at a new width (48 to 64 columns): the lead re-wrapped, and the
    long lines of one item (half, every one) broken, long words hyphenated at line ends."""
    width = rng.choice((48, 56, 64))
    text = tracked.text
    found = [u for u in items(text) if any(e - s > width for s, e in lines_in(text, *u))]
    for unit in sorted(rng.sample(found, min(len(found), _count(rate, len(found)))), reverse=True):
        for line in reversed(lines_in(tracked.text, *unit)):
            if line[1] - line[0] > width:
                reflowed(tracked, rng, line, width)
    reflowed(tracked, rng, paragraphs(tracked.text)[2], width)


def burmese_normalised_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard or an export on one side: in one item with Myanmar text (half,
    every one) its digits written as Western ones, zero-width spaces dropped, Zawgyi-ordered
    vowel signs put right; an item with nothing to normalise gets zero-width spaces."""
    marks = re.compile(f"{MYANMAR.pattern}|{BURMESE_MARK.pattern}")
    _each_unit(tracked, rng, rate, marks, burmese_normalised)


def armenian_reformed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An Armenian notice re-spelled from classical to reformed orthography (typed anew):
    in one item (half, every one) holding a classical spelling; its English gloss stays."""
    _each_unit(tracked, rng, rate, CLASSICAL, armenian_respelled)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH25_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH25_FAMILIES: dict[str, Family] = {
    "verdict rerated": verdict_rerated,
    "correction appended": correction_appended,
    "resorted": resorted,
    "killed": killed,
    "retimed": retimed,
    "intros rewritten": intros_rewritten,
    "moved and updated": moved_and_updated,
    "copy edited": copy_edited,
    "comment removed": comment_removed,
    "reflowed": reflowed_page,
    "burmese normalised": burmese_normalised_one_side,
    "armenian reformed": armenian_reformed,
    "combined": combined,
}


def fresh25_text(seed: int, rng: random.Random) -> str:
    """A fact-check, a monitoring digest, a rundown, a wire budget, a corrections column, a
    comments page, a Burmese/English or an Armenian/English notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def fresh25_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code in such pages: word runs (a third), whole items, clauses,
    whole lines, section headings, one occurrence of a line the text repeats (the claim, a
    wire lede, a super) or of a short line that recurs ("ENDS", "Reply", "Read more") or
    words inside one, a line whose words stand in another item, head lines (a slug, an
    outlet's line, a username), last lines (a stock apology), two items across their blank
    line, a last line and the next item's head across items, notes' sentences, two sentences
    across a paragraph break, whole sections; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    lines = _trimmed(text, item_lines(text))
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    stock = [span for group in short_lines(text).values() for span in group]
    echoed = [words for lines in _echoed(text).values() for words in lines]
    pairs = [(a[0], b[1]) for run in item_runs(text) for a, b in pairwise(run)]
    crossing = [
        (last_line(text, a)[0], head_line(text, b)[1])
        for run in item_runs(text)
        for a, b in pairwise(run)
    ]
    said = [s for note in notes(text) for s in note_sentences(text, note)]
    section_spans = [(heading[0], under[-1][1]) for heading, under in sections(text) if under]
    timed = [m.span() for m in CLOCK.finditer(text)]
    pools = [
        (0.09, found),
        (0.17, clauses_of(text, all_sentences)),
        (0.30, lines),
        (0.34, [heading for heading, _ in sections(text)]),
        (0.42, repeated),
        (0.48, stock),
        (0.53, inside),
        (0.60, echoed),
        (0.66, [head_line(text, item) for item in found]),
        (0.71, [last_line(text, item) for item in found]),
        (0.76, pairs),
        (0.82, crossing),
        (0.86, said),
        (0.90, timed),
        (0.94, _across(text)),
        (0.98, section_spans),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
