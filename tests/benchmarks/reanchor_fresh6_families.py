"""Sixth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh6`` prints it as "sixth fresh held-out material"). The texts are in
``reanchor_fresh6_texts`` and ``reanchor_fresh6_more_texts``, the operations in
``reanchor_fresh6_edits``. The families are what converters, localisers and editors do
that the earlier families do not: footnotes moved to a notes section at the end (markers
made superscripts, back-links added); every time code shifted (a subtitle re-timed, a
page moved to another time zone); a "smart punctuation" pass (curly quotes and
apostrophes, dashes, ellipses, non-breaking spaces before units, ½); hard-wrapped PDF
text joined up and its line-end hyphens removed (carelessly, compounds too, at the
highest rate); paragraphs replaced by their translation; sentences one word apart
collapsed into one that lists the words; paragraphs and then lines numbered for print,
with page headers; an export to Markdown (headings, bold labels, footnotes, links); a
key-value block printed in the other style, re-sorted and run into one line; a sentence
moved to another paragraph and edited; a paywall cutting the text short; and a mix. Every
edit goes through :class:`TrackedText`: moved text keeps its origin, typed text and
pasted copies have none.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import body, lines_in
from tests.benchmarks.reanchor_fresh6_edits import (
    back_links,
    bold_labels,
    collapse,
    curl_quotes,
    cut_from,
    dashes_and_ellipses,
    first_sentence_only,
    flip_style,
    markdown_headings,
    markdown_notes_and_links,
    movable,
    move_sentence,
    notes_to_end,
    number_lines,
    number_paragraphs,
    page_breaks,
    run_in,
    shift_times,
    sort_keys,
    superscript_marks,
    translate,
    translated,
    units_and_fractions,
    unwrap,
)
from tests.benchmarks.reanchor_fresh6_kit import NOTE_MARK, STRAIGHT_QUOTE, TIMECODE, URL
from tests.benchmarks.reanchor_fresh6_places import (
    Span,
    headings,
    key_blocks,
    line_text,
    prose,
    sentences,
    sentences_of,
    twin_groups,
    wrapped_blocks,
)
from tests.benchmarks.reanchor_fresh6_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the sixth fresh held-out material (never used while tuning).
FRESH6_SEEDS = range(6600, 6610)
PAYWALL = "This article is for subscribers. Log in or subscribe to read the rest."
PAGE_HEADER = "Printed from Parallax · page"
#: Scripts and letters outside plain English: Cyrillic, Arabic script, Vietnamese and
#: Turkish letters, emoji.
OTHER_SCRIPT = re.compile("[\u0400-\u04ff\u0600-\u06ff\u1ea0-\u1ef9ğışİŞĞơưđ\U0001f300-\U0001faff]")
#: Figures as readers select them: lot numbers, times, sums, sizes.
FIGURE = re.compile(
    r"(?<![\w.,£:])(?:L\d{4}[A-C]|£?\d+(?:[.,:/]\d+)*(?: (?:km/h|km|mm|m|g|min))?)(?![\w:]|[.,]\d)"
)


def _by_rate(rate: float, low: int, middle: int, high: int) -> int:
    return low if rate < 3 else middle if rate < 8 else high


# -- families ------------------------------------------------------------------------------------


def notes_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Footnotes moved from where they were cited to a "Notes" section at the end; from
    the middle rate the markers made superscripts ("²") and the notes numbered "2. "; at
    the highest a back-link "↩" after every note."""
    notes_to_end(tracked, rng.choice(("Notes", "Notes and sources")))
    if rate >= 8:
        back_links(tracked)
    if rate >= 3:
        superscript_marks(tracked)


def times_shifted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Every time code moved: by 2.5 seconds (a subtitle re-synced), by 73.25 seconds, or
    by an hour, two minutes and 5.75 seconds with the milliseconds' comma made a dot."""
    if rate >= 8:
        shift_times(tracked, 3725.75, separator=".")
    else:
        shift_times(tracked, 73.25 if rate >= 3 else 2.5)


def smart_punctuation(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A "smart punctuation" pass: quotes and apostrophes curled; from the middle rate
    " -- " made a spaced dash and "..." an ellipsis; at the highest dashes closed up, a
    non-breaking space between a number and its unit, and 1/2 made ½."""
    if rate >= 8:
        units_and_fractions(tracked)
    if rate >= 3:
        dashes_and_ellipses(tracked, closed=rate >= 8)
    curl_quotes(tracked)


def dehyphenated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Hard-wrapped text from a PDF joined into lines, line-end hyphens dropped (a known
    compound keeps its hyphen): one passage, all of them, or all of them by a careless
    tool that drops the hyphens of compounds too."""
    blocks = wrapped_blocks(tracked.text)
    chosen = blocks if rate >= 3 else [rng.choice(blocks)]
    for block in sorted(chosen, reverse=True):
        unwrap(tracked, block, careful=rate < 8)


def paragraph_translated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """One, two or three paragraphs replaced by their translation (their passages are
    gone: a translation shares no characters worth the name with its original)."""
    found = translated(tracked.text)
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 3)))
    for paragraph in sorted(chosen, reverse=True):
        translate(tracked, paragraph)


def twins_collapsed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sentences that are the same but for one word (a county, a team, a figure)
    collapsed into the first, which lists the words: one group, two, or every group."""
    for _ in range(_by_rate(rate, 1, 2, 12)):
        groups = twin_groups(tracked.text)
        if not groups:
            return
        collapse(tracked, rng.choice(groups))


def lines_numbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Numbered for print: every paragraph ("3. "); from the middle rate every line in a
    margin instead; at the highest a page header before every twentieth line too."""
    if rate >= 3:
        number_lines(tracked)
    else:
        number_paragraphs(tracked)
    if rate >= 8:
        page_breaks(tracked, 20, PAGE_HEADER)


def markdown_export(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Exported to Markdown: headings marked "#"; from the middle rate labels made bold;
    at the highest footnotes made "[^2]" and bare links "[site](…)"."""
    markdown_headings(tracked, headings(tracked.text), _paragraphs(tracked.text)[0])
    if rate >= 3:
        bold_labels(tracked)
    if rate >= 8:
        markdown_notes_and_links(tracked)


def infobox_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Key-value blocks printed in the other style ("Pack size: 500 g" and
    "| pack_size = 500 g"); from the middle rate re-sorted by key first; at the highest
    run into one line too."""
    count = len(key_blocks(tracked.text))
    for index in range(count):
        if rate >= 3:
            sort_keys(tracked, key_blocks(tracked.text)[index])
        flip_style(tracked, key_blocks(tracked.text)[index])
    if rate >= 8:
        for block in reversed(key_blocks(tracked.text)):
            run_in(tracked, block)


def sentence_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sentence moved to the start or the end of another paragraph, opened with a
    connector ("Meanwhile, ") and a word in it changed: one, two or four sentences."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        paragraphs = prose(tracked.text)
        sources = [(p, s) for p in paragraphs for s in movable(tracked.text, p)]
        if not sources:
            return
        paragraph, sentence = rng.choice(sources)
        targets = [p for p in paragraphs if p != paragraph]
        move_sentence(tracked, rng, sentence, rng.choice(targets), first=rng.random() < 0.5)


def paywalled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The text cut short by a paywall notice: after four fifths of its body, after half,
    or after a third with the last two paragraphs kept cut to their first sentence."""
    paragraphs = body(tracked.text)
    share = 0.8 if rate < 3 else 0.5 if rate < 8 else 0.34
    keep = max(2, round(len(paragraphs) * share))
    if rate >= 8:
        kept = set(paragraphs[:keep])
        for paragraph in reversed([p for p in prose(tracked.text) if p in kept][-2:]):
            first_sentence_only(tracked, paragraph)
    cut_from(tracked, body(tracked.text)[keep], PAYWALL)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH6_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH6_FAMILIES: dict[str, Family] = {
    "notes moved": notes_moved,
    "times shifted": times_shifted,
    "smart punctuation": smart_punctuation,
    "dehyphenated": dehyphenated,
    "paragraph translated": paragraph_translated,
    "twins collapsed": twins_collapsed,
    "lines numbered": lines_numbered,
    "markdown export": markdown_export,
    "infobox restyled": infobox_restyled,
    "sentence moved": sentence_moved,
    "paywalled": paywalled,
    "combined": combined,
}


def fresh6_text(seed: int, rng: random.Random) -> str:
    """A recall notice, a live commentary, a written answer, an abstract book, a wiki
    article, a weather warning, a subtitle script or a community newsletter, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def _recurring(text: str) -> list[Span]:
    """Lines and sentences that stand two or more times, word for word."""
    units = [*sentences(text)]
    for start, end in body(text):
        for line in lines_in(text, start, end):
            units.append(line_text(text, line))
    places: dict[str, list[Span]] = {}
    for s, e in sorted(set(units)):
        if e - s >= 3 and not text[s].isspace() and not text[e - 1].isspace():
            places.setdefault(text[s:e], []).append((s, e))
    return [span for spans in places.values() if len(spans) >= 2 for span in spans]


def _inside(rng: random.Random, text: str, span: Span) -> Span | None:
    """Two to five words inside ``span``, or None when it has fewer than three."""
    words = [
        (span[0] + m.start(), span[0] + m.end()) for m in re.finditer(r"\S+", text[slice(*span)])
    ]
    if len(words) < 3:
        return None
    length = rng.randint(2, min(5, len(words) - 1))
    first = rng.randrange(len(words) - length + 1)
    return (words[first][0], words[first + length - 1][1])


def _across(text: str) -> list[Span]:
    """From the last sentence of a one-line paragraph to the first of the next one."""
    found = []
    for (s1, e1), (s2, e2) in pairwise(prose(text)):
        if text[e1:s2] == "\n\n":
            found.append((sentences_of(text, (s1, e1))[-1][0], sentences_of(text, (s2, e2))[0][1]))
    return found


def fresh6_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), sentences in other scripts, sentences,
    paragraphs, clauses, lines, headings, one occurrence of a line or sentence the text
    repeats or words inside one, a sentence with a twin a word apart, quotes, a word with
    its footnote marker, time codes, figures and lot numbers, and two sentences across a
    paragraph break; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    paragraphs = _paragraphs(text)
    all_sentences = sentences(text) or paragraphs
    clauses = [
        (start + m.start(), start + m.end())
        for start, end in all_sentences
        for m in re.finditer(r"[^\s,;:][^,;:]*[^\s,;:]", text[start:end])
        if 12 <= m.end() - m.start() < end - start
    ]
    lines = [
        line_text(text, line)
        for p in paragraphs
        if "\n" in text[slice(*p)]
        for line in lines_in(text, *p)
        if line[1] - line[0] >= 4
    ]
    lines = [(s, e) for s, e in lines if e > s and not text[s].isspace()]
    recurring = _recurring(text)
    parts = [part for span in recurring if (part := _inside(rng, text, span)) is not None]
    twins = sorted({span for group in twin_groups(text) for span in group})
    quotes = [m.span(1) for m in STRAIGHT_QUOTE.finditer(text)]
    quotes += [m.span(1) for m in re.finditer(r"“([^“”\n]+)”", text)]
    quotes = [(s, e) for s, e in quotes if not text[s].isspace() and not text[e - 1].isspace()]
    marked = [
        (m.start(), match.end())
        for match in NOTE_MARK.finditer(text)
        if (m := re.search(r"\w+\W?$", text[: match.start()])) is not None
    ]
    figures = [m.span() for m in FIGURE.finditer(text) if m.end() - m.start() >= 2]
    figures += [m.span() for m in TIMECODE.finditer(text)]
    foreign = [span for span in all_sentences if OTHER_SCRIPT.search(text, *span)]
    links = [m.span() for m in URL.finditer(text)]
    pools = [
        (0.06, foreign),
        (0.14, paragraphs),
        (0.22, clauses),
        (0.32, lines),
        (0.36, headings(text)),
        (0.46, recurring),
        (0.52, parts),
        (0.58, twins),
        (0.64, quotes),
        (0.68, marked),
        (0.78, figures),
        (0.8, links),
        (0.86, _across(text)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
