"""Nineteenth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh19`` prints it as "nineteenth fresh held-out material"). The texts are
news articles as they change on the web through a day (``reanchor_fresh19_texts`` and
``reanchor_fresh19_more_texts``): a wire story on its writethrus, a long-read, a live blog
turned into a story, a Q&A interview, a local paper's syndicated copy, a court report, and
Spanish/English and Chinese/English community paper articles whose paragraphs are language
twins; each with a dateline, crossheads, captions and a pull quote that repeat the story's
names, figures and sentences, "Advertisement" and "Read more:" slots between paragraphs,
timestamped updates, a recap and a correction note. The families are what a newsroom or its
content system does to such an article: the lede rewritten on a writethru and the old lede
demoted a few paragraphs down with its tense changed, the new lede repeating its first
sentence; paragraphs re-ordered by importance; the bottom paragraphs trimmed and, at the
higher rates, the first of them restored higher up; pull quotes added and the old one
removed; a figure corrected in one place only (one twin updated, the caption and recap left)
or everywhere with a correction note (at the highest rate with a surname respelt); advert
and "Read more:" slots removed and retyped elsewhere; attributions reworded ("said" → "told
reporters"); quotations shortened with an ellipsis; the timestamped updates reversed or
collapsed into a summary; a block of paragraphs moved under a new crosshead; a syndication
pass of house style; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, and typed or pasted text has none. So whenever a passage's words stand in two places
the truth is where its own characters went: a pasted pull quote is a decoy for the story
sentence it repeats, and the article's own pull quote is a passage of its own, so a story
sentence's truth stays in the story (even when a figure correction makes a pull quote its
only word-for-word copy) and a pull quote's stays with the pull quote; the demoted lede is where
it was moved, with its tense changed, while the new lede's copy of its first sentence is a
decoy; a pull quote that was removed is gone although the sentence it repeats still stands;
an advert slot or "Read more:" link that was removed is gone although identical retyped
ones stand nearby; a stock answer ("Yes.", "I think so."), a charge that each defendant
shares or a twin line keeps its own place; a trimmed paragraph is gone, and a restored one
is where it was moved to; a figure corrected in one twin leaves the other twin, the caption
and the recap untouched, and a respelt surname keeps its place in each passage it stands in
(the typed note's "X, not Y" is new text).
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
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences, sentences_of
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import _count
from tests.benchmarks.reanchor_fresh19_edits import (
    block_moved,
    corrected,
    paragraph_deleted,
    paragraph_typed,
    pull_quote_pasted,
    quote_cut,
    respelt,
    run_collapsed,
    tense_shifted,
)
from tests.benchmarks.reanchor_fresh19_kit import (
    ADVERT,
    CORRECTION,
    ENTRY,
    FIGURE,
    READ_MORE,
    SHARE,
    TITLED,
    Span,
    boilerplate,
    captions,
    crossheads,
    dateline,
    entries,
    figures,
    is_boilerplate,
    paragraph_words,
    pull_quotes,
    quotations,
    runs_of,
    story,
    surnames,
    tail_start,
)
from tests.benchmarks.reanchor_fresh19_texts import KINDS, PEOPLE
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the nineteenth fresh held-out material (never used while tuning).
FRESH19_SEEDS = range(19100, 19110)
#: What a writethru's new lede opens with.
NEW_TOPS = (
    "Officials gave new figures on Thursday afternoon.",
    "The picture changed again by the afternoon.",
    "More details emerged later in the day.",
)
#: Crossheads an editor types over a block moved down the story.
NEW_CROSSHEADS = ("What happens next", "Background", "The reaction", "How we got here")
#: How an editor rewords an attribution.
REWORDED = {"said": ("told reporters", "said in a statement"), "says": ("tells the paper",)}
ATTRIBUTION = re.compile(r"\b(said|says)\b")


def _story_sentences(text: str) -> list[Span]:
    """The story's sentences of 40 code points or more without quote marks (what a pull
    quote lifts), each line of a paragraph read on its own."""
    found = []
    for start, end in story(text)[1:]:
        for line in lines_in(text, start, end):
            for s, e in sentences_of(text, line):
                if e - s >= 40 and not re.search("[“”«»]", text[s:e]):
                    found.append((s, e))
    return found


def _unit_after(units: list[Span], at: int) -> int:
    """The end of the story unit after the one that holds ``at`` (or of that one, if last)."""
    index = next(i for i, (s, e) in enumerate(units) if s <= at < e)
    return units[min(index + 1, len(units) - 1)][1]


# -- families ------------------------------------------------------------------------------------


def lede_rewritten(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A writethru: the old lede (without its dateline) moved down under the second (third,
    fifth) story paragraph with its tense changed (its first verb; every one, and at the
    highest rate "Earlier on Thursday, " in front), and a new lede typed after the dateline
    that repeats the old lede's first sentence word for word (a pasted copy)."""
    text = tracked.text
    units = story(text)
    lede = units[0]
    date = dateline(text, lede)
    start = date[1] if date else lede[0]
    line_end = text.find("\n", start, lede[1])
    first = sentences_of(text, (start, lede[1] if line_end < 0 else line_end))[0]
    target = units[min(_by_rate(rate, 2, 3, 5), len(units) - 1)][1]
    length = lede[1] - start
    tracked.move(start, length, target - length)
    tracked.replace(target - length, 0, "\n\n")
    moved = target - length + 2
    top = rng.choice(NEW_TOPS) + " "
    tracked.replace(start, 0, top)
    moved += len(top)
    tracked.copy(moved + first[0] - start, first[1] - first[0], start + len(top))
    moved += first[1] - first[0]
    tense_shifted(tracked, (moved, moved + length), every=rate >= 3)
    if rate >= 8 and tracked.text[moved].isupper():
        tracked.replace(moved, 1, "Earlier on Thursday, " + tracked.text[moved].lower())


def paragraphs_reprioritised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An editor's new order of importance: one pair of neighbouring story paragraphs
    swapped (two pairs; at the highest rate the longest run shuffled), the lede kept."""
    text = tracked.text
    runs = [run for run in runs_of(text, story(text)[1:]) if len(run) >= 2]
    units = [[(s, e + 2) for s, e in run] for run in runs]
    if rate >= 8:
        run = max(units, key=len)
        order = list(range(len(run)))
        while order == sorted(order):
            rng.shuffle(order)
        reorder(tracked, run, order)
        return
    pairs = [(a, b) for run in units for a, b in pairwise(run)]
    chosen: list[tuple[Span, Span]] = []
    for pair in rng.sample(pairs, len(pairs)):
        if len(chosen) < _by_rate(rate, 1, 2, 2) and all(
            pair[0] not in c and pair[1] not in c for c in chosen
        ):
            chosen.append(pair)
    for a, b in sorted(chosen, reverse=True):
        reorder(tracked, [a, b], [1, 0])


def bottom_trimmed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The inverted pyramid cut for space: the last story paragraph (two, four) deleted; at
    the higher rates the first of them restored later, moved up under the lede."""
    text = tracked.text
    units = story(text)
    trimmed = units[-max(1, min(_by_rate(rate, 1, 2, 4), len(units) - 2)) :]
    restored = trimmed[0] if rate >= 3 else None
    for span in reversed(trimmed):
        if span != restored:
            paragraph_deleted(tracked, span)
    if restored is not None:
        start, end = restored[0] - 2, restored[1]
        tracked.move(start, end - start, units[0][1])


def pull_quotes_changed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A page redesign's pull quotes: a new one pasted a paragraph below the story sentence
    it repeats (at the middle rate also the old pull quote removed; at the highest three new
    ones, the old removed, and the first figure of the highest quoted sentence corrected so
    that the new pull quote is the only word-for-word copy)."""
    if rate >= 3:
        for span in reversed(pull_quotes(tracked.text)):
            paragraph_deleted(tracked, span)
    text = tracked.text
    units = story(text)
    found = _story_sentences(text)
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 1, 3)))
    if rate >= 8:
        with_figure = [s for s in found if FIGURE.search(text, *s)]
        chosen = sorted(chosen)
        if with_figure and not FIGURE.search(text, *chosen[0]):
            chosen[0] = min(with_figure)
            chosen = sorted(set(chosen))
    placed = sorted(((_unit_after(units, s[0]), s) for s in chosen), reverse=True)
    for after, sentence in placed:
        pull_quote_pasted(tracked, sentence, after)
    if rate >= 8:
        lowest = placed[-1][1]  # every paste stood after it: it has not moved
        match = FIGURE.search(tracked.text, *lowest)
        if match is not None:
            tracked.replace(match.start(), len(match[0]), corrected(match[0]))


def figure_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A correction: a figure that stands twice or more fixed in its first place only (the
    caption, recap, pull quote or other language twin left as they were); at the middle rate
    everywhere it stands, with a typed correction note; at the highest a figure and a
    person's surname (one vowel respelt) everywhere they stand, with the note."""
    text = tracked.text
    recurring_figures = {f: spans for f, spans in figures(text).items() if len(spans) >= 2}
    fixes = {f: (corrected(f), spans) for f, spans in recurring_figures.items()}
    names = {
        n: (respelt(n), spans) for n, spans in surnames(text, PEOPLE).items() if respelt(n) != n
    }
    chosen = rng.sample(sorted(fixes), min(len(fixes), 1 if rate < 8 or names else 2))
    if rate >= 8 and names:
        name = rng.choice(sorted(names))
        fixes[name] = names[name]
        chosen.append(name)
    places = sorted(
        (span, fixes[old][0]) for old in chosen for span in fixes[old][1][: 1 if rate < 3 else None]
    )
    if rate >= 3:
        share = next(p for p in _paragraphs(text) if paragraph_words(text, p) == SHARE)
        notes = ", ".join(f"{fixes[old][0]}, not {old}" for old in chosen)
        note = f"{CORRECTION}This article was amended on Friday to give the right details: {notes}."
        tracked.replace(share[0] - 2, 0, "\n\n" + note)
    for (start, end), new in reversed(places):
        tracked.replace(start, end - start, new)


def boilerplate_churned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A content system's new ad layout: one advert or "Read more:" slot removed (half of
    them, every one) and one typed "Advertisement" slot (three, one after every third
    paragraph) put between story paragraphs, word for word like those removed."""
    text = tracked.text
    slots = [b for b in boilerplate(text) if b[0] < tail_start(text)]
    removed = rng.sample(slots, _count(rate, len(slots)))
    units = story(text)
    gaps = [e for s, e in units if not is_boilerplate(text[e + 2 : e + 2 + len(ADVERT)])]
    every_third = gaps[2::3]
    added = every_third if rate >= 8 else rng.sample(gaps, min(len(gaps), _by_rate(rate, 1, 3, 3)))
    reads = [paragraph_words(text, b) for b in slots if text.startswith(READ_MORE, b[0])]
    edits = [(s, "cut") for s, _ in removed] + [(e, "add") for e in added]
    spans = dict(removed)
    for at, what in sorted(edits, reverse=True):
        if what == "cut":
            paragraph_deleted(tracked, (at, spans[at]))
        else:
            words = rng.choice(reads) if reads and rng.random() < 0.3 else ADVERT
            paragraph_typed(tracked, at, words)


def attributions_reworded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sub-editor's variety: one "said" or "says" (half of them, every one) reworded
    ("told reporters", "said in a statement", "tells the paper"; "added" after a quote),
    correction notes left as they stand."""
    text = tracked.text
    found = [
        m
        for start, end in _paragraphs(text)[2:-1]
        if not is_boilerplate(text[start:end]) and not text.startswith(CORRECTION, start)
        for m in ATTRIBUTION.finditer(text, start, end)
    ]
    for match in sorted(rng.sample(found, _count(rate, len(found))), key=lambda m: -m.start()):
        after_quote = text[max(0, match.start() - 2) : match.start()] in ("” ", "» ")
        words = ("adds" if match[0] == "says" else "added") if after_quote else None
        words = words or rng.choice(REWORDED[match[0]])
        tracked.replace(match.start(), len(match[0]), words)


def quotes_shortened(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A quote cut for length: one quotation of seven words or more (two, every one)
    shortened with an ellipsis in its middle."""
    text = tracked.text
    found = [q for q in quotations(text) if len(text[slice(*q)].split()) >= 7]
    count = _by_rate(rate, 1, 2, len(found))
    for quote in sorted(rng.sample(found, min(count, len(found))), reverse=True):
        quote_cut(tracked, quote)


def updates_collapsed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The timestamped updates re-laid: two neighbouring entries swapped (newest first); at
    the middle rate the longest run reversed; at the highest it collapsed into one summary
    paragraph without its timestamps."""
    text = tracked.text
    runs = [run for run in runs_of(text, entries(text)) if len(run) >= 2]
    run = max(runs, key=len) if rate >= 3 else rng.choice(runs)
    if rate >= 8:
        run_collapsed(tracked, run, ENTRY)
        return
    units = [(s, e + 2) for s, e in run]
    if rate >= 3:
        reorder(tracked, units, list(range(len(units)))[::-1])
    else:
        first = rng.randrange(len(units) - 1)
        reorder(tracked, units[first : first + 2], [1, 0])


def section_recrossheaded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A block of two story paragraphs that are not already last (twice; two blocks of
    three) moved to the end of the story under a typed crosshead ("Background")."""
    size = _by_rate(rate, 2, 2, 3)
    heads = rng.sample(NEW_CROSSHEADS, len(NEW_CROSSHEADS))
    for _ in range(_by_rate(rate, 1, 2, 2)):
        text = tracked.text
        end = tail_start(text)
        blocks = [
            (run[first][0], run[first + size - 1][1])
            for run in runs_of(text, story(text)[1:])
            for first in range(len(run) - size + 1)
            if run[first + size - 1][1] + 2 != end  # not already last
        ]
        if not blocks:
            return
        block_moved(tracked, rng.choice(blocks), end, heads.pop())


def house_style(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A syndication pass of a local paper's house style: the dateline in title case, and in
    the lede and one more paragraph (half of them, every one) "said" made "says", curly
    quotes and apostrophes made straight and "%" written "per cent"."""
    text = tracked.text
    paragraphs = [p for p in _paragraphs(text)[2:-1] if not is_boilerplate(text[slice(*p)])]
    chosen = {paragraphs[0], *rng.sample(paragraphs[1:], _count(rate, len(paragraphs) - 1))}
    edits: list[tuple[int, int, str]] = []
    for start, end in chosen:
        for match in re.finditer(r"\bsaid\b|[“”‘’]|%", text[start:end]):
            styled = {"said": "says", "“": '"', "”": '"', "‘": "'", "’": "'", "%": " per cent"}
            edits.append((start + match.start(), len(match[0]), styled[match[0]]))
    date = dateline(text, paragraphs[0])
    if date is not None:
        words = text[slice(*date)]
        edits.append((date[0], len(words), words.title()))
    for at, length, words in sorted(edits, reverse=True):
        tracked.replace(at, length, words)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH19_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH19_FAMILIES: dict[str, Family] = {
    "lede rewritten": lede_rewritten,
    "paragraphs reprioritised": paragraphs_reprioritised,
    "bottom trimmed": bottom_trimmed,
    "pull quotes changed": pull_quotes_changed,
    "figure corrected": figure_corrected,
    "boilerplate churned": boilerplate_churned,
    "attributions reworded": attributions_reworded,
    "quotes shortened": quotes_shortened,
    "updates collapsed": updates_collapsed,
    "section recrossheaded": section_recrossheaded,
    "house style": house_style,
    "combined": combined,
}


def fresh19_text(seed: int, rng: random.Random) -> str:
    """A wire writethru, a long-read, a live blog, a Q&A interview, a syndicated copy, a
    court report, a Spanish/English or a Chinese/English community article, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: A figure with its unit ("1,240 homes", "£2.3 million", "30%", "C$120").
WITH_UNIT = re.compile(r"(?:[£$]|C\$)?\d+(?:[,.]\d+)*(?:%| [a-z]+)")


def _whole_clauses(text: str, clauses: list[Span]) -> list[Span]:
    """The clauses that do not cut a time or a figure at its colon or comma ("at 08")."""
    return [
        (s, e)
        for s, e in clauses
        if not (text[e : e + 1] in (":", ",") and text[e + 1 : e + 2].isdigit())
        and not (text[s - 1 : s] in (":", ",") and text[s - 2 : s - 1].isdigit())
    ]


def fresh19_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What a researcher codes in news: word runs (a third), whole story paragraphs,
    clauses, quotations, names with their title, figures with their unit, captions, pull
    quotes and the sentences they repeat, stock answers and charge wording that repeat (one
    occurrence), words inside them, crossheads, timestamped entries, boilerplate slots, two
    sentences across a paragraph break, whole sections; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    units = story(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    paragraph_places: dict[str, list[Span]] = {}
    for span in _paragraphs(text)[2:]:
        paragraph_places.setdefault(paragraph_words(text, span), []).append(span)
    twice = [s for group in paragraph_places.values() if len(group) >= 2 for s in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    quoted = [q for p in pull_quotes(text) for q in (p, (p[0] + 1, p[1] - 1))]
    pools = [
        (0.10, units),
        (0.18, _whole_clauses(text, clauses_of(text, all_sentences))),
        (0.26, quotations(text)),
        (0.32, [(m.start(), m.end()) for m in TITLED.finditer(text)]),
        (0.40, [(m.start(), m.end()) for m in WITH_UNIT.finditer(text)]),
        (0.46, captions(text)),
        (0.52, quoted),
        (0.60, repeated + twice),
        (0.66, inside),
        (0.71, crossheads(text)),
        (0.77, entries(text)),
        (0.81, boilerplate(text)),
        (0.88, _across(text)),
        (0.93, [section for _, section in sections(text)]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
