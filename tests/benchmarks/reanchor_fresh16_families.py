"""Sixteenth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh16`` prints it as "sixteenth fresh held-out material"). The texts are
transcripts and running records whose lines repeat (``reanchor_fresh16_texts`` and
``reanchor_fresh16_more_texts``): a committee's evidence, a storm's live blog (newest
first), a hymn sheet, an interview's subtitle cues, a court hearing in Q./A. turns, a
football commentary, a Welsh and English council record and a Japanese and English press
conference. Stock replies ("Yes.", "Thank you, Chair.", "はい。 / Yes.") and a refrain stand
many times word for word, and every section opens with a near-identical paragraph that only
its time tells apart. The families are what a transcriber, a subtitler or a newsroom's
system does to such a text, chosen to change where text stands and which of several
near-identical passages survives: a section's turns put in the other order (newest first to
oldest first); times restyled (14:05 → 2.05pm, SubRip timecodes as WebVTT's, full-width
digits as ASCII, 34' → 34 min); speaker labels and stock openers restyled (Q. → Question:,
Chair → The Chair (Ms Rees)); short stock replies deleted from some turns only; a turn split
in two with a typed interjection between (cues renumbered); later copies of a repeated turn
collapsed to a marker ("(Chorus ×2)"); neighbouring turns merged, the second's label dropped
(cues renumbered); a bilingual turn's languages swapped (in one-language texts, its lines
in pairs); a correction appended at the section's end that repeats a line with one word
changed; one sentence per line re-wrapped into a paragraph; sittings merged under the first
one's opening; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin and typed text has none. Where a passage's words stand in two places, the truth is
where its own characters went: a stock reply or a refrain that was deleted or collapsed is
gone although its twins stand word for word in other turns (the collapsed ones are the
later copies; the first stays); a deleted section's opening is gone although the first
section's, one time apart, stands; a correction's line is typed, so it is a decoy and the
passage stays where it was, with its old word; the second half of a split turn opens with a
typed copy of the label, so the label is the first half's; a merged turn's dropped label is
gone; a restyled label or time keeps only the characters the restyle did not touch (a
digit, "Chair"); reordered turns and swapped lines are where they went.
"""

from __future__ import annotations

import random
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import lines_joined, reorder
from tests.benchmarks.reanchor_fresh15_families import _count
from tests.benchmarks.reanchor_fresh16_edits import (
    cues_renumbered,
    line_pairs_swapped,
    one_word_changed,
    paragraph_deleted,
    rewritten,
    time_rewrites,
)
from tests.benchmarks.reanchor_fresh16_kit import (
    Span,
    content,
    content_lines,
    label_end,
    openings,
    repeated_turns,
    sections,
    turns,
    turns_of,
)
from tests.benchmarks.reanchor_fresh16_texts import KINDS, kind_of
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the sixteenth fresh held-out material (never used while tuning).
FRESH16_SEEDS = range(16100, 16110)
#: Longest content of a stock reply (a refrain is longer).
STOCK_LONGEST = 40


def _some(rate: float, found: int) -> int:
    """A quarter (at least one), half or all of ``found`` things, by rate."""
    return _by_rate(rate, max(1, found // 4), max(1, found // 2), found)


def stock_turns(text: str) -> list[Span]:
    """Turns whose short content (a stock reply) stands two or more times word for word."""
    return sorted(
        turn
        for words, found in repeated_turns(text).items()
        if len(words) <= STOCK_LONGEST
        for turn in found
    )


def first_line(text: str, turn: Span) -> Span:
    """A turn's label and the first line of its content."""
    end = text.find("\n", label_end(text, turn), turn[1])
    return turn[0], end if end >= 0 else turn[1]


# -- families ------------------------------------------------------------------------------------


def order_flipped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A live blog's "oldest first" button (or a transcript re-sorted): the turns of one
    section, half the sections or every section put in the other order."""
    text = tracked.text
    found = [turns_of(text, under) for _, under in sections(text)]
    found = [group for group in found if len(group) >= 2]
    for group in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        reorder(tracked, [(s, e + 2) for s, e in group], list(reversed(range(len(group)))))


def times_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A house style applied to a quarter, half or all of the times: 14:05 → 2.05pm,
    00:01:02,480 → 00:01:02.480, １０時１５分 → 10:15, other full-width digits as ASCII,
    34' → 34 min."""
    found = time_rewrites(tracked.text)
    rewritten(tracked, rng.sample(found, _some(rate, len(found))))


def labels_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new transcriber's style: a quarter, half or all of the labels (and the words that
    open a turn, "Update: ", "[INTERVIEWER] ") expanded or abbreviated the kind's way (Q. →
    Question:, Chair → The Chair (Ms Rees), Cyng./Cllr → Y Cynghorydd / Councillor)."""
    text = tracked.text
    restyle = kind_of(text).restyle
    found = []
    for turn in turns(text):
        opens = label_end(text, turn)
        for old, new in restyle.items():
            at = text.find(old, turn[0], min(turn[1], opens + len(old)))
            if 0 <= at <= opens:
                found.append((at, at + len(old), new))
                break
    rewritten(tracked, rng.sample(found, _some(rate, len(found))))


def stock_replies_deleted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A tidied transcript: one, half or all but one of the turns that are only a stock
    reply ("Yes.", "Thank you, Chair.") deleted, their twins kept elsewhere."""
    found = stock_turns(tracked.text)
    count = _by_rate(rate, 1, max(1, len(found) // 2), max(1, len(found) - 1))
    for turn in sorted(rng.sample(found, count), reverse=True):
        paragraph_deleted(tracked, turn)
    cues_renumbered(tracked)


def turns_split(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An interjection heard on the recording: one turn (two, four) of several lines split
    after its first line, a typed interjection turn between the halves, the second half
    opening with the first's label typed again; cues renumbered."""
    text = tracked.text
    kind = kind_of(text)
    found = [turn for turn in turns(text) if len(content_lines(text, turn)) >= 2]
    for turn in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4))), reverse=True):
        label = text[turn[0] : label_end(text, turn)]
        interjection = kind.label(rng, 0, "10:00", "stock")
        at = content_lines(text, turn)[0][1]
        tracked.replace(at, 1, f"\n\n{interjection}{kind.interjection}\n\n{label}")
    cues_renumbered(tracked)


def repeats_collapsed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A shorter sheet: for one repeated turn (half of them, every one), every copy after
    the first has its content replaced by the kind's marker ("(Chorus ×2)", "[as
    before]"), its label kept."""
    text = tracked.text
    groups = list(repeated_turns(text).values())
    later = [
        content(text, turn)
        for group in rng.sample(groups, _count(rate, len(groups)))
        for turn in group[1:]
    ]
    marker = kind_of(text).repeat_marker
    rewritten(tracked, [(start, end, marker) for start, end in later])


def turns_merged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A subtitler's longer cues (or a transcriber joining a speaker's turns): two
    neighbouring turns (two pairs, four pairs) made one, the second's label dropped and its
    lines put under the first's; cues renumbered."""
    text = tracked.text
    found = [pair for _, under in sections(text) for pair in pairwise(turns_of(text, under))]
    chosen: list[tuple[Span, Span]] = []
    for pair in rng.sample(found, len(found)):
        if len(chosen) == _by_rate(rate, 1, 2, 4):
            break
        if all(set(pair).isdisjoint(other) for other in chosen):
            chosen.append(pair)
    for first, second in sorted(chosen, reverse=True):
        tracked.replace(first[1], label_end(text, second) - first[1], "\n")
    cues_renumbered(tracked)


def languages_swapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A record that puts English first: in a quarter, half or all of the turns of several
    lines, the lines swapped in pairs (a bilingual turn's two languages; in a one-language
    text, its sentences two by two)."""
    text = tracked.text
    found = [turn for turn in turns(text) if len(content_lines(text, turn)) >= 2]
    for turn in sorted(rng.sample(found, _some(rate, len(found))), reverse=True):
        line_pairs_swapped(tracked, turn)


def corrections_appended(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A correction heard later: one line of a turn (two, four) repeated at its section's
    end in a typed correction turn, one word or figure changed; the line itself stays."""
    text = tracked.text
    kind = kind_of(text)
    found = []
    for index, (_, under) in enumerate(sections(text)):
        for turn in turns_of(text, under):
            for line in content_lines(text, turn):
                changed = one_word_changed(rng, text[slice(*line)])
                if changed is not None and len(text[slice(*line)].split()) >= 4:
                    found.append((index, changed, under[-1][1]))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for _, changed, end in sorted(chosen, key=lambda c: c[2], reverse=True):
        label = kind.label(rng, 0, "10:00", "stock")
        tracked.replace(end, 0, f"\n\n{label}{kind.correction.format(changed)}")
    cues_renumbered(tracked)


def rewrapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """One sentence per line no more: in one section (half of them, all), every turn's
    lines joined into one paragraph line, a space between."""
    text = tracked.text
    found = [under for _, under in sections(text)]
    chosen = [
        turn
        for under in rng.sample(found, _count(rate, len(found)))
        for turn in turns_of(text, under)
        if len(content_lines(text, turn)) >= 2
    ]
    for turn in sorted(chosen, reverse=True):
        lines_joined(tracked, label_end(text, turn), turn[1])


def sittings_merged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Two sittings in one record: one section (two, every one after the first) joined to
    the one before it, its heading and its opening paragraph deleted, so its turns follow
    on under the earlier opening."""
    text = tracked.text
    found = [(heading, under[0]) for heading, under in sections(text)[1:] if under]
    count = _by_rate(rate, 1, 2, len(found))
    for heading, opening in sorted(rng.sample(found, min(count, len(found))), reverse=True):
        paragraph_deleted(tracked, (heading[0], opening[1]))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH16_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH16_FAMILIES: dict[str, Family] = {
    "order flipped": order_flipped,
    "times restyled": times_restyled,
    "labels restyled": labels_restyled,
    "stock replies deleted": stock_replies_deleted,
    "turns split": turns_split,
    "repeats collapsed": repeats_collapsed,
    "turns merged": turns_merged,
    "languages swapped": languages_swapped,
    "corrections appended": corrections_appended,
    "rewrapped": rewrapped,
    "sittings merged": sittings_merged,
    "combined": combined,
}


def fresh16_text(seed: int, rng: random.Random) -> str:
    """A committee transcript, a storm's live blog, a hymn sheet, interview subtitles, a
    court hearing, a football commentary, a Welsh and English council record or a Japanese
    and English press conference, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def fresh16_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), whole turns, clauses, content lines,
    section headings, one occurrence of a line the text repeats (a stock reply, a refrain's
    line) or words inside one, stock-reply turns, a turn's label with its first line, two
    turns across their blank line, section openings, two sentences across a paragraph break,
    whole sections; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = turns(text)
    all_sentences = sentences(text) or _paragraphs(text)
    lines = [line for turn in found for line in content_lines(text, turn)]
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    pairs = [
        (a[0], b[1]) for _, under in sections(text) for a, b in pairwise(turns_of(text, under))
    ]
    whole = [(heading[0], under[-1][1]) for heading, under in sections(text) if under]
    pools = [
        (0.12, found),
        (0.20, clauses_of(text, all_sentences)),
        (0.30, lines),
        (0.35, [heading for heading, _ in sections(text)]),
        (0.45, repeated),
        (0.50, inside),
        (0.56, stock_turns(text)),
        (0.62, [first_line(text, turn) for turn in found]),
        (0.72, pairs),
        (0.80, openings(text)),
        (0.86, _across(text)),
        (0.92, whole),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
