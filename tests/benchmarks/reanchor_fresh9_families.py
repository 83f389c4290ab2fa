"""Ninth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh9`` prints it as "ninth fresh held-out material"). The texts are in
``reanchor_fresh9_texts`` and ``reanchor_fresh9_more_texts``, the operations in
``reanchor_fresh9_edits``. The families are what a bulletin's next issue, a transcript,
a sub-editor, a listings site, a cataloguer, a web feed, a PDF extractor, a style pass,
an archive and a dashboard do that the earlier families do not: every reading of a block
of near-identical lines given a new figure (and status); a speaker broken off at a
sentence end or in mid-sentence by an interjection paragraph ("(Interruption.)",
"[Advertisement]"), resuming with the last words said again; a
section collapsed to a one-line summary while one of its sentences moves into the next
section; coded entries struck through ("~~…~~", a combining long stroke over every
letter, "WITHDRAWN · "); names inverted ("Kowalczyk, Marta", "KOWALCZYK, Marta"); a web
feed escaping "&", then typography as HTML entities and tagging headings, then every
character beyond ASCII as a numeric reference ("&#233;"); two
paragraphs side by side read as two columns line by line; an inclusive-language pass
("she is" → "they are", "chairman" → "chair"); an archive putting present and future
verbs in the past; paragraphs cut to their first sentence and " […]"; status words shown
as icons ("rising" → "↑"); and a mix. Every edit goes through :class:`TrackedText`:
moved text keeps its origin, typed text and pasted copies have none.
"""

from __future__ import annotations

import random
import re
from collections import Counter

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import body, rows_of
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across, _with_next_word
from tests.benchmarks.reanchor_fresh7_places import (
    Span,
    headings,
    prose,
    recurring,
    sentences,
    sentences_of,
)
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_edits import (
    break_off,
    escape,
    excerpt,
    icons,
    inclusive,
    interleave,
    interrupt,
    invert_name,
    label,
    past_tense,
    strike_markdown,
    strike_overlay,
    summarise,
    tag_headings,
    update_readings,
    update_status,
)
from tests.benchmarks.reanchor_fresh9_kit import (
    ENTITIES_BARE,
    ENTITIES_TYPOGRAPHY,
    FULL_NAME,
    GENDERED_WORD,
    ICON_WORD,
    INTERJECTIONS,
    PRONOUN,
    READING,
    TENSE_WORD,
)
from tests.benchmarks.reanchor_fresh9_places import (
    column_pairs,
    entries,
    figures,
    first_line,
    names,
    other_scripts,
    reading_blocks,
    sections,
    several_sentences,
)
from tests.benchmarks.reanchor_fresh9_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the ninth fresh held-out material (never used while tuning).
FRESH9_SEEDS = range(9900, 9910)


# -- families ------------------------------------------------------------------------------------


def readings_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The next issue of a bulletin: one reading given a new figure; every reading of one
    block; or every reading of every block, each with its status drawn anew."""
    blocks = reading_blocks(tracked.text)
    if not blocks:  # an earlier family of a mix broke them up
        return
    if rate < 3:
        block = rng.choice(blocks)
        update_readings(tracked, rng, [rng.choice(figures(tracked.text, block))])
        return
    chosen = blocks if rate >= 8 else [rng.choice(blocks)]
    if rate >= 8:
        for block in reversed(chosen):
            for line in reversed(block):
                update_status(tracked, rng, line)
        chosen = reading_blocks(tracked.text)
    spans = [span for block in chosen for span in figures(tracked.text, block)]
    update_readings(tracked, rng, spans)


def turns_interrupted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Speakers interrupted, an interjection paragraph ("Hear, hear!", "(Interruption.)")
    between the halves: one paragraph broken at a sentence end; or three or six broken in
    the middle of a sentence, the speaker resuming with the last one to three words said
    again ("will close —", "— will close if")."""
    text = tracked.text
    paragraphs = several_sentences(text)
    chosen = rng.sample(paragraphs, min(len(paragraphs), _by_rate(rate, 1, 3, 6)))
    breaks = []
    for paragraph in chosen:
        stops = sentences_of(text, paragraph)
        if rate < 3:
            breaks.append((rng.choice(stops[:-1])[1], 0))
            continue
        longest = max(stops, key=lambda s: text.count(" ", *s))
        spaces = [at for at in range(*longest) if text[at] == " "]
        if len(spaces) < 5:
            breaks.append((stops[0][1], 0))
            continue
        space = rng.choice(spaces[2:-2])
        said_again = spaces[spaces.index(space) - rng.randint(1, 3)] + 1
        breaks.append((space, space - said_again))
    for space, repeated in sorted(breaks, reverse=True):
        if repeated:
            break_off(tracked, space, rng.choice(INTERJECTIONS), repeated)
        else:
            interrupt(tracked, space, rng.choice(INTERJECTIONS))


def sections_summarised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sections collapsed to a one-line summary, one sentence of each moved to the start
    of the next prose paragraph after it: one section, two or three."""
    found = sections(tracked.text)
    last_prose = prose(tracked.text)[-1][0]
    eligible = [
        i
        for i, (_, section) in enumerate(found)
        if len(_sentences_in(tracked.text, section)) >= 2 and section[1] < last_prose
    ]
    chosen = sorted(rng.sample(eligible, min(len(eligible), _by_rate(rate, 1, 2, 3))))
    for index in reversed(chosen):
        text = tracked.text
        section = sections(text)[index][1]
        kept = rng.choice(_sentences_in(text, section))
        to = next(p[0] for p in prose(text) if p[0] > section[1])
        summarise(tracked, section, kept, to)


def _sentences_in(text: str, span: Span) -> list[Span]:
    """The sentences inside ``span`` that are not reading lines."""
    return [
        s
        for s in sentences(text)
        if span[0] <= s[0] and s[1] <= span[1] and not READING.match(text, s[0])
    ]


def entries_struck(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Coded entries withdrawn: one entry's first line struck "~~…~~"; half the entries
    struck with a combining long stroke; or every entry struck so and labelled
    "WITHDRAWN · "."""
    found = entries(tracked.text)
    if not found:
        return
    if rate < 3:
        strike_markdown(tracked, first_line(tracked.text, rng.choice(found)))
        return
    chosen = found if rate >= 8 else sorted(rng.sample(found, max(2, len(found) // 2)))
    for paragraph in reversed(chosen):
        strike_overlay(tracked, first_line(tracked.text, paragraph))
        if rate >= 8:
            label(tracked, paragraph[0], "WITHDRAWN · ")


def names_inverted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Names written surname first ("Kowalczyk, Marta"): in one paragraph; everywhere; or
    everywhere with the surname in capitals ("KOWALCZYK, Marta")."""
    text = tracked.text
    found = names(text)
    if not found:
        return
    if rate < 3:
        at = rng.choice(found)[0]
        paragraph = next(p for p in _paragraphs(text) if p[0] <= at < p[1])
        found = [n for n in found if paragraph[0] <= n[0] < paragraph[1]]
    for name in reversed(found):
        invert_name(tracked, name, capitals=rate >= 8)


def html_escaped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A web feed's escaping: "&", "<" and ">" as entities; then quotes, apostrophes,
    dashes, ellipses, non-breaking spaces, "½" and "£" as named entities too, and headings
    tagged "<h2>"; then, as an ASCII-only feed, every other character beyond ASCII as a
    numeric reference ("é" → "&#233;")."""
    entities = dict(ENTITIES_BARE)
    if rate >= 3:
        entities |= ENTITIES_TYPOGRAPHY
    escape(tracked, entities, numeric=rate >= 8)
    if rate >= 3:
        tag_headings(tracked, headings(tracked.text))


def columns_interleaved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Pairs of prose paragraphs side by side read as two columns line by line (as a PDF
    extractor does): one pair, two or four, lines of 30 to 45 characters."""
    pairs = column_pairs(tracked.text)
    chosen = sorted(rng.sample(pairs, min(len(pairs), _by_rate(rate, 1, 2, 4))))
    for first, second in reversed(chosen):
        interleave(tracked, first, second, rng.randint(30, 45))


def language_inclusive(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An inclusive-language pass: the pronouns of one paragraph ("she is" → "they are");
    every pronoun; or every pronoun and gendered noun ("chairman" → "chair")."""
    text = tracked.text
    span = (0, len(text))
    pronouns = [m.start() for m in PRONOUN.finditer(text)]
    if not pronouns:
        return
    if rate < 3:
        at = rng.choice(pronouns)
        span = next(p for p in _paragraphs(text) if p[0] <= at < p[1])
    inclusive(tracked, span, nouns=rate >= 8)


def tense_archived(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An archive copy in the past tense ("is" → "was", "will" → "would"): one paragraph;
    every other paragraph; or the whole text."""
    text = tracked.text
    paragraphs = [p for p in body(text) if TENSE_WORD.search(text, *p)]
    if not paragraphs:
        return
    if rate < 3:
        chosen = [rng.choice(paragraphs)]
    elif rate < 8:
        chosen = paragraphs[rng.randrange(2) :: 2]
    else:
        chosen = [(0, len(text))]
    for span in reversed(chosen):
        past_tense(tracked, span)


def paragraphs_excerpted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A listing view: paragraphs cut to their first sentence and " […]": those of one
    section; every other one; or all of them."""
    text = tracked.text
    paragraphs = several_sentences(text)
    if rate < 3:
        holding = [s for s in sections(text) if any(s[1][0] <= p[0] < s[1][1] for p in paragraphs)]
        if not holding:
            return
        _, section = rng.choice(holding)
        chosen = [p for p in paragraphs if section[0] <= p[0] < section[1]]
    elif rate < 8:
        chosen = paragraphs[rng.randrange(2) :: 2]
    else:
        chosen = paragraphs
    for paragraph in reversed(chosen):
        excerpt(tracked, paragraph, sentences_of(text, paragraph)[0][1])


def status_icons(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Status words shown as icons: the commonest one ("rising" → "↑"); every one; or every
    one, capitalised ones too ("New" → "🆕")."""
    found = Counter(m[1] for m in ICON_WORD.finditer(tracked.text))
    if not found:
        return
    words = set(found) if rate >= 3 else {found.most_common(1)[0][0]}
    icons(tracked, words, capitals=rate >= 8)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH9_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH9_FAMILIES: dict[str, Family] = {
    "readings updated": readings_updated,
    "turns interrupted": turns_interrupted,
    "sections summarised": sections_summarised,
    "entries struck": entries_struck,
    "names inverted": names_inverted,
    "html escaped": html_escaped,
    "columns interleaved": columns_interleaved,
    "language inclusive": language_inclusive,
    "tense archived": tense_archived,
    "paragraphs excerpted": paragraphs_excerpted,
    "status icons": status_icons,
    "combined": combined,
}


def fresh9_text(seed: int, rng: random.Random) -> str:
    """A river bulletin, television listings, wall labels, an amendment paper, property
    listings, a chess bulletin, a Bengali and English weekly or an adoption page, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: What one family or another edits: a name, a pronoun, a gendered noun, a verb, a status
#: word, a character a feed escapes.
TARGETS = (
    FULL_NAME,
    PRONOUN,
    GENDERED_WORD,
    TENSE_WORD,
    ICON_WORD,
    re.compile("[" + "".join(ENTITIES_BARE) + "".join(ENTITIES_TYPOGRAPHY) + "]"),
)


def _targeted(text: str, spans: list[Span]) -> list[Span]:
    """The sentences that hold something a family edits."""
    return [(s, e) for s, e in spans if any(target.search(text, s, e) for target in TARGETS)]


def _trimmed(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without white space at their ends (empty ones dropped)."""
    found = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            found.append((start, end))
    return found


def _label_and_figure(text: str, lines: list[Span]) -> list[Span]:
    """Each reading line from its label to its figure ("Wye at Ross: 3.42")."""
    return [(line[0], figure[1]) for line, figure in zip(lines, figures(text, lines), strict=True)]


def fresh9_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), passages in other scripts,
    paragraphs, clauses, lines, headings, one occurrence of a sentence the text repeats or
    words inside one, reading lines or their label and figure, coded entries or their
    first lines, names with the word after them, two sentences across a paragraph break,
    whole sections, and sentences that hold something some family edits; each passage
    once while pools last."""
    spans = word_spans(rng, text, count // 3)
    paragraphs = _paragraphs(text)
    all_sentences = sentences(text) or paragraphs
    clauses = [
        (start + m.start(), start + m.end())
        for start, end in all_sentences
        for m in re.finditer(r"[^\s,;:—][^,;:—]*[^\s,;:—]", text[start:end])
        if 12 <= m.end() - m.start() < end - start
    ]
    lines = rows_of(text, paragraphs)
    repeated = [span for group in recurring(text).values() for span in group]
    parts = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    readings = [line for block in reading_blocks(text) for line in block]
    coded = entries(text)
    pools = [
        (0.06, other_scripts(text)),
        (0.13, paragraphs),
        (0.20, clauses),
        (0.25, _trimmed(text, lines)),
        (0.29, headings(text)),
        (0.36, repeated),
        (0.41, parts),
        (0.47, readings),
        (0.51, [s for block in reading_blocks(text) for s in _label_and_figure(text, block)]),
        (0.56, coded),
        (0.60, [first_line(text, p) for p in coded]),
        (0.66, _with_next_word(text, names(text))),
        (0.73, _across(text)),
        (0.78, [section for _, section in sections(text)]),
        (0.96, _targeted(text, all_sentences)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
