"""Twentieth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh20`` prints it as "twentieth fresh held-out material"). The texts
(``reanchor_fresh20_texts`` and ``reanchor_fresh20_more_texts``) are versions of documents
researchers annotate and that are revised: a journal article's preprint, a peer-review
report with the authors' response, an encyclopaedia article, a policy white paper, a court
judgment, a research group's minutes, a thesis's German and English abstracts and a
Japanese and English conference abstract. Each has a summary that repeats the body's
findings word for word (and, for the bilingual ones, a twin summary holding the same
figures), numbered sections with cross-references, citations, a caption and rows that
repeat a finding's figure, stock paragraphs that recur word for word (a stock reply, an
"ACTION:" line, "I agree."), and a reference list whose entries differ by a year or a page.

The families are what authors, editors, wiki writers and clerks do between versions,
chosen to change where text stands and which of several near-identical passages survives:
results updated (a finding's figure corrected everywhere it stands); one twin updated (the
summary's figures corrected, the body's, the caption's and the other language's not);
sections reordered and renumbered with every "Section N" retyped; the reference list
re-sorted and a near-twin entry added, every citation number retyped; body paragraphs
moved to an appendix; a sentence quoted above the body in a response letter while the
original's figure or wording is then changed; the summary rewritten from the body
(sentences copied up, reworded, the old ones deleted); claims hedged and tenses changed;
a British to American house-style pass; "[citation needed]" marks added and removed and
citation numbers dropped; a recurring stock paragraph reworded in some places, deleted in
one and carried forward as a copy; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed and copied text has none. So when a passage's words stand in two places,
the truth is where its own characters went. A finding the summary repeats is two passages:
an annotation on the summary's copy follows the summary's characters, and when the
summary is rewritten that passage is gone even though its words still stand in the body
(the body's twin is not where it went). A sentence quoted in a response letter or copied
into the summary is a decoy; the truth stays with the original, even after the original's
figure or wording changed and the copy reads like the old version. A near-twin reference
entry added by copying is a decoy. A stock paragraph that is reworded or deleted in one
place is changed or gone there, though its twins stand word for word under other sections;
the copy carried forward to the end is a decoy. A moved section or paragraph is where it
went, whatever number or heading now stands in its old place; retyped numbers ("Section
3" to "Section 4", "[3]" to "[7]") are typed text inside an otherwise kept passage.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import figure_amended, reorder
from tests.benchmarks.reanchor_fresh20_edits import (
    AMERICAN,
    HEDGED,
    STOCK_REWORDINGS,
    lines_reordered,
    numbers_retyped,
    opening_reworded,
    paragraph_to_end,
    quoted_above,
    renumbering,
    words_swapped,
)
from tests.benchmarks.reanchor_fresh20_kit import (
    CITATION,
    CROSS_REFERENCE,
    DECIMAL,
    REFERENCE_LINE,
    Span,
    body_paragraphs,
    body_sentences,
    captions,
    decimals,
    headings,
    reference_lines,
    references_paragraph,
    sections,
    sentences_in,
    stock_paragraphs,
    summary,
    summary_sentences,
)
from tests.benchmarks.reanchor_fresh20_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twentieth fresh held-out material (never used while tuning).
FRESH20_SEEDS = range(20100, 20110)
#: The heading typed above paragraphs moved to an appendix.
APPENDIX = "Appendix A. Material moved from the main text"
#: What a response letter types before a quoted sentence.
QUOTED = "Reviewer 2 quoted this sentence: "
#: A wiki's mark for a claim without a source.
CITATION_NEEDED = "[citation needed]"
#: The heading typed above stock paragraphs carried forward.
CARRIED = "Carried forward"
#: Where American spellings stand as whole words.
BRITISH = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in AMERICAN) + r")\b")


def _count(rate: float, found: int) -> int:
    """One, half or all of ``found`` things, by rate."""
    return _by_rate(rate, 1, max(1, found // 2), found)


# -- families ------------------------------------------------------------------------------------


def results_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Results corrected in version 2: one repeated figure (half of them, every one)
    corrected everywhere it stands, in the summary, the twin summary, the body, the
    caption and the rows."""
    found = decimals(tracked.text)
    chosen = rng.sample(sorted(found), _count(rate, len(found)))
    for start, end in sorted((s for digits in chosen for s in found[digits]), reverse=True):
        figure_amended(tracked, start, end)


def one_twin_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A correction made in one place only: one of the summary's figures (half, every one)
    corrected there, while the body, the caption and the other language's summary keep the
    old figure."""
    text = tracked.text
    start, end = summary(text)
    found = [m.span() for m in DECIMAL.finditer(text, start, end)]
    for span in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        figure_amended(tracked, *span)


def sections_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sections reordered in revision: one pair of neighbouring sections swapped (two
    pairs; every section but the first in the other order), headings renumbered to run in
    order and every "Section N" cross-reference retyped to match."""
    text = tracked.text
    found = sections(text)
    starts = [start for start, _ in found] + [found[-1][1] + 2]
    units = list(pairwise(starts))
    order = list(range(len(units)))
    if rate >= 8:
        order[1:] = reversed(order[1:])
    else:
        firsts = range(1, len(units) - 1, 2)
        for first in rng.sample(firsts, min(len(firsts), _by_rate(rate, 1, 2, 2))):
            order[first], order[first + 1] = order[first + 1], order[first]
    numbers = [number for number, _ in headings(text)]
    mapping = {numbers[unit]: place + 1 for place, unit in enumerate(order)}
    reorder(tracked, units, order)
    text = tracked.text
    places = [
        ((start, start + len(str(number))), place)
        for place, (number, (start, _)) in enumerate(headings(text), start=1)
    ]
    numbers_retyped(tracked, places + renumbering(text, CROSS_REFERENCE, mapping))


def references_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The reference list in another house style: at the lowest rate a near-twin entry
    added (an entry copied below itself, its year or page then changed), at the middle rate
    the list re-sorted by author (and the twin added too when it was sorted already), at the
    highest both; the list renumbered to run in order and every citation number in the text
    retyped to match ("[3]" to "[7]")."""
    text = tracked.text
    lines = reference_lines(text)
    words = [text[slice(*line)].split("] ", 1)[1] for line in lines]
    order = sorted(range(len(lines)), key=lambda i: words[i])
    places = list(range(len(lines)))  # where each original entry stands now
    if rate >= 3 and order != places:
        paragraph = references_paragraph(text)
        assert paragraph is not None
        lines_reordered(tracked, paragraph, order)
        places = [order.index(i) for i in range(len(lines))]
    if rate < 3 or rate >= 8 or order == list(range(len(lines))):
        copied = rng.randrange(len(lines))
        start, end = reference_lines(tracked.text)[places[copied]]
        tracked.replace(end, 0, "\n")
        tracked.copy(start, end - start, end + 1)
        body = end + 1 + tracked.text[end + 1 :].index("] ") + 2
        figure_amended(tracked, body, end + 1 + end - start)
        places = [p + 1 if p > places[copied] else p for p in places]
    text = tracked.text
    paragraph = references_paragraph(text)
    mapping = {i + 1: place + 1 for i, place in enumerate(places)}
    retyped = [
        ((start + 1, start + 1 + len(match[1])), position)
        for position, (start, end) in enumerate(reference_lines(text), start=1)
        if (match := REFERENCE_LINE.match(text, start, end))
    ]
    numbers_retyped(tracked, retyped + renumbering(text, CITATION, mapping, paragraph))


def moved_to_appendix(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Version 2 slims the main text: one body paragraph (two, four) moved to the end,
    under a typed "Appendix A" heading."""
    found = body_paragraphs(tracked.text)
    chosen = sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4))), reverse=True)
    for index, paragraph in enumerate(chosen):
        paragraph_to_end(tracked, paragraph, APPENDIX if index == 0 else None)


def comment_quoted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A response letter quotes the text: one body sentence (two, four) copied into a typed
    paragraph above the first section, then the original's first figure corrected (or, with
    no figure, a claim in it hedged); the quote keeps the old wording."""
    text = tracked.text
    at = headings(text)[0][1][0]
    found = body_sentences(text)
    shift = 0
    for start, end in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))):
        shift += quoted_above(tracked, (start + shift, end + shift), at, QUOTED)
        start, end = start + shift, end + shift
        if not figure_amended(tracked, start, end):
            words_swapped(tracked, (start - 1, end), HEDGED, 1)


def summary_rewritten(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The summary rewritten from the body: one of its sentences (half, every one)
    deleted and a body sentence it did not hold copied up in its place, then reworded at
    its opening."""
    count = len(summary_sentences(tracked.text))
    for index in sorted(rng.sample(range(count), _count(rate, count)), reverse=True):
        text = tracked.text
        start, end = summary_sentences(text)[index]
        held = text[slice(*summary(text))]
        candidates = [s for s in body_sentences(text) if text[slice(*s)] not in held]
        source = rng.choice(candidates)
        tracked.replace(start, end - start, "")
        length = source[1] - source[0]
        tracked.copy(source[0] - (end - start), length, start)
        opening_reworded(tracked, (start, start + length))


def claims_hedged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A cautious revision: two claims (six, every one) hedged or put in another tense
    ("shows" to "suggests", "will" to "would", "is" to "may be")."""
    text = tracked.text
    pattern = re.compile("|".join(re.escape(word) for word in HEDGED))
    found = list(pattern.finditer(text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 2, 6, len(found))))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        tracked.replace(match.start(), len(match[0]), HEDGED[match[0]])


def house_style(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An American journal's copy-edit: one British spelling (half of them, every one)
    changed to the American one wherever it stands ("analysed" to "analyzed")."""
    text = tracked.text
    kinds = sorted({match[0] for match in BRITISH.finditer(text)})
    chosen = set(rng.sample(kinds, _count(rate, len(kinds))))
    for match in reversed(list(BRITISH.finditer(text))):
        if match[0] in chosen:
            tracked.replace(match.start(), len(match[0]), AMERICAN[match[0]])


def citations_marked(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A wiki pass over sources: "[citation needed]" added after two uncited sentences
    (four, eight); at the middle rate and above the old marks removed, and at the highest
    half the citation numbers dropped as well."""
    text = tracked.text
    edits: list[tuple[int, int, str]] = []
    uncited = [s for s in body_sentences(text) if "[" not in text[slice(*s)]]
    for _, end in rng.sample(uncited, min(len(uncited), _by_rate(rate, 2, 4, 8))):
        edits.append((end, 0, CITATION_NEEDED))
    if rate >= 3:
        for match in re.finditer(re.escape(" " + CITATION_NEEDED), text):
            edits.append((match.start(), len(match[0]), ""))
    if rate >= 8:
        listed = references_paragraph(text)
        cited = [
            match
            for match in re.finditer(r" \[\d{1,2}\](?! above)", text)
            if listed is None or match.start() < listed[0]
        ]
        for match in rng.sample(cited, len(cited) // 2):
            edits.append((match.start(), len(match[0]), ""))
    for at, length, words in sorted(edits, reverse=True):
        tracked.replace(at, length, words)


def stock_carried(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Recurring lines kept up to date by a secretary: the stock paragraph a document
    repeats most reworded in one place (half of them, all but one), at the middle rate and
    above deleted in one more place when two or more are left, and its first occurrence
    copied to the end under a typed "Carried forward" heading."""
    text = tracked.text
    found = stock_paragraphs(text)
    words = max(found, key=lambda w: (len(found[w]), -found[w][0][0]))
    places = found[words]
    reworded = rng.sample(places, _by_rate(rate, 1, max(1, len(places) // 2), len(places) - 1))
    rest = [p for p in places if p not in reworded]
    deleted = rng.sample(rest, 1) if rate >= 3 and len(rest) >= 2 else []
    first = places[0]
    length = len(text)
    tracked.replace(length - 1, 0, f"\n\n{CARRIED}\n\n")
    tracked.copy(first[0], first[1] - first[0], len(tracked.text) - 1)
    for start, end in sorted(reworded + deleted, reverse=True):
        if (start, end) in deleted:
            tracked.replace(start - 2, end - start + 2, "")
        elif not words_swapped(tracked, (start, end), STOCK_REWORDINGS, 1):
            tracked.replace(start, 0, "Note: ")


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH20_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH20_FAMILIES: dict[str, Family] = {
    "results updated": results_updated,
    "one twin updated": one_twin_updated,
    "sections reordered": sections_reordered,
    "references renumbered": references_renumbered,
    "moved to appendix": moved_to_appendix,
    "comment quoted": comment_quoted,
    "summary rewritten": summary_rewritten,
    "claims hedged": claims_hedged,
    "house style": house_style,
    "citations marked": citations_marked,
    "stock carried": stock_carried,
    "combined": combined,
}


def fresh20_text(seed: int, rng: random.Random) -> str:
    """A journal preprint, a review response, an encyclopaedia article, a white paper, a
    court judgment, a research group's minutes, a German and English thesis abstract or a
    Japanese and English conference abstract, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def _cross_line(text: str) -> list[Span]:
    """Spans crossing a line or a blank line: a heading with its first sentence, a caption
    with its first row, two neighbouring reference lines."""
    found = []
    paragraphs = _paragraphs(text)
    for _, heading in headings(text):
        after = [p for p in paragraphs if p[0] > heading[1]]
        if after and (said := sentences_in(text, after[0])):
            found.append((heading[0], said[0][1]))
    lines = captions(text)
    found += [(a[0], b[1]) for a, b in pairwise(lines) if text[a[1]] == "\n"][:1]
    found += [(a[0], b[1]) for a, b in pairwise(reference_lines(text))]
    return found


def fresh20_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code: word runs (a third), summary sentences, findings with their
    figures and intervals, clauses, a citation with its sentence, headings, one occurrence
    of a stock paragraph or sentence the text repeats or words inside one, reference
    entries, caption lines, a comment with its response (two neighbouring sentences), two
    sentences across a paragraph break, spans crossing lines, whole sections; each passage
    once while pools last."""
    spans = word_spans(rng, text, count // 3)
    all_sentences = sentences(text) or _paragraphs(text)
    said = body_sentences(text)
    findings = [s for s in said if DECIMAL.search(text, *s)]
    cited = [s for s in said if CITATION.search(text, *s) or "(Okafor" in text[slice(*s)]]
    repeated = [span for group in stock_paragraphs(text).values() for span in group]
    repeated += [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    neighbours = [
        (a[0], b[1])
        for paragraph in body_paragraphs(text)
        for a, b in pairwise(sentences_in(text, paragraph))
    ]
    pools = [
        (0.10, summary_sentences(text)),
        (0.20, findings),
        (0.27, clauses_of(text, all_sentences)),
        (0.34, cited),
        (0.40, [span for _, span in headings(text)]),
        (0.48, repeated),
        (0.53, inside),
        (0.60, reference_lines(text)),
        (0.65, captions(text)),
        (0.73, neighbours),
        (0.80, _across(text)),
        (0.88, _cross_line(text)),
        (0.94, sections(text)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
