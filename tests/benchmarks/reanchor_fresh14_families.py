"""Fourteenth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh14`` prints it as "fourteenth fresh held-out material"). The texts
are in ``reanchor_fresh14_texts`` and ``reanchor_fresh14_more_texts``, the operations in
``reanchor_fresh14_edits``. The families are what style sheets, plain-language editors,
web teams and fact-checkers do that the earlier families do not: number words set as
figures ("three" → "3"); contractions written out ("don’t" → "do not"); acronyms expanded
at their first use ("BSL" → "British Sign Language (BSL)"); "Please" and "Please note
that" cut from the opening of sentences ("Please don’t park" → "Don’t park"); bullet
lists numbered ("- " → "1. "); given names dropped after a person's first mention ("Dr
Adaeze Okonkwo" → "Dr Okonkwo"); hyphenated compounds closed up ("e-mail" → "email");
citation marks typed before the stop of sentences with figures ("…in four hours [3].")
and the sources listed at the end; modal verbs restated ("must" → "will need to", "must
not" → "may not"); short paragraphs run together two by two; emoji described for screen
readers ("🏅" → "🏅 (medal)"); and a mix. Every edit goes through :class:`TrackedText`:
moved text keeps its origin, typed text has none.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

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
)
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh10_edits import replace_all
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh13_families import _each_match, _some, bullet_lists
from tests.benchmarks.reanchor_fresh13_kit import spans_of
from tests.benchmarks.reanchor_fresh14_edits import (
    acronym_expanded,
    citations_marked,
    contraction_expanded,
    describable,
    emoji_described,
    modal_restated,
    number_as_figure,
    paragraphs_joined,
    please_dropped,
)
from tests.benchmarks.reanchor_fresh14_kit import (
    ACRONYM,
    COMPOUND,
    CONTRACTION,
    EMOJI,
    FULL_NAME,
    MODAL,
    NUMBER_WORD,
    PLEASE,
    surname_only,
)
from tests.benchmarks.reanchor_fresh14_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the fourteenth fresh held-out material (never used while tuning).
FRESH14_SEEDS = range(14100, 14110)
#: The heading the cited sources are listed under, and what they may be.
SOURCES_HEADING = "Sources"
SOURCES = (
    "The organisers’ own records, 2026.",
    "Annual report, page 12.",
    "Minutes of the committee, March 2026.",
    "Annual report, page 21.",
    "Figures supplied by the venue.",
)


def numbered_lists(text: str) -> list[list[Span]]:
    """Bullet lists none of whose items already opens with a figure."""
    return [rows for rows in bullet_lists(text) if not any(text[s + 2].isdigit() for s, _ in rows)]


def joinable(text: str) -> list[int]:
    """Where a one-line prose paragraph of at most 300 characters ends and a blank line
    parts it from the next such paragraph (pairs that do not overlap, in order)."""
    short = [(s, e) for s, e in prose(text) if e - s <= 300]
    found, last = [], -1
    for (s1, e1), (s2, e2) in pairwise(short):
        if text[e1:s2] == "\n\n" and s1 > last:
            found.append(e1)
            last = e2
    return found


def citable(text: str) -> list[Span]:
    """Sentences that hold a figure and end with a stop: facts a fact-checker cites."""
    return [
        (s, e) for s, e in sentences(text) if text[e - 1] in ".!?" and re.search(r"\d", text[s:e])
    ]


# -- families ------------------------------------------------------------------------------------


def numbers_as_figures(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A style sheet: one number word, half of them or every one set as figures ("three"
    → "3")."""
    _each_match(tracked, rng, rate, NUMBER_WORD, number_as_figure)


def contractions_expanded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A formal register: one contraction, half of them or every one written out ("don’t"
    → "do not")."""
    _each_match(tracked, rng, rate, CONTRACTION, contraction_expanded)


def acronyms_expanded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A house style: one acronym, half of them or every one the text uses expanded at its
    first use outside brackets ("British Sign Language (BSL)"); other uses left."""
    text = tracked.text
    firsts: dict[str, Span] = {}
    for start, end in spans_of(ACRONYM, text):
        if text[start - 1 : start] != "(":  # "(PB)" is not expanded inside its brackets
            firsts.setdefault(text[start:end], (start, end))
    chosen = _some(rng, rate, sorted(firsts))
    for start, end in sorted((firsts[a] for a in chosen), reverse=True):
        acronym_expanded(tracked, start, end)


def pleases_cut(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A plain-language editor: "Please" and "Please note that" cut from the opening of
    one sentence, half of them or all, the next letter made a capital."""
    _each_match(tracked, rng, rate, PLEASE, please_dropped)


def lists_numbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A web team: the items of one bullet list, of half of them or of every one numbered
    ("- Doors open" → "1. Doors open"); lists already holding figures left."""
    found = numbered_lists(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    edits = []
    for rows in rng.sample(found, count):
        edits += [(s, s + 2, f"{n}. ") for n, (s, _) in enumerate(rows, start=1)]
    replace_all(tracked, edits)


def given_names_dropped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A newspaper's style: after a person's first mention, "Dr Adaeze Okonkwo" becomes
    "Dr Okonkwo", for one person named twice or more, half of them or all."""
    text = tracked.text
    mentions: dict[str, list[Span]] = {}
    for start, end in spans_of(FULL_NAME, text):
        mentions.setdefault(text[start:end], []).append((start, end))
    again = sorted(name for name, spans in mentions.items() if len(spans) >= 2)
    if not again:
        return
    chosen = _some(rng, rate, again)
    replace_all(
        tracked,
        [(s, e, surname_only(name)) for name in chosen for s, e in mentions[name][1:]],
    )


def compounds_closed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A style sheet: one hyphenated compound, half of them or every one closed up
    wherever it stands ("e-mail" → "email", "co-ordinator" → "coordinator")."""
    text = tracked.text
    found = spans_of(COMPOUND, text)
    if not found:
        return
    chosen = _some(rng, rate, sorted({text[s:e].lower() for s, e in found}))
    hyphens = [s + text[s:e].index("-") for s, e in found if text[s:e].lower() in chosen]
    replace_all(tracked, [(at, at + 1, "") for at in hyphens])


def citations_added(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A fact-checker: one sentence with a figure, half of them or every one given a
    citation mark (" [3]" before its stop), the sources listed at the end under "Sources"."""
    found = citable(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    ends = [e for _, e in rng.sample(found, count)]
    sources = [rng.choice(SOURCES) for _ in ends]
    citations_marked(tracked, ends, sources, SOURCES_HEADING)


def modals_restated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A plain-language pass: one "must", "must not" or "should", half of them or all
    restated ("will need to", "may not", "ought to")."""
    _each_match(tracked, rng, rate, MODAL, modal_restated)


def paragraphs_run_together(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A layout short of room: one pair of short neighbouring paragraphs, half of the
    pairs or every pair run into one paragraph (the blank line made a space)."""
    found = joinable(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    paragraphs_joined(tracked, rng.sample(found, count))


def emoji_labelled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An accessible edition: one emoji, half of them or every one the text uses followed
    by its description in brackets ("🏅 (medal)"), wherever it stands (not inside a
    picture made of several)."""
    text = tracked.text
    found = [m for m in EMOJI.finditer(text) if describable(text, m)]
    if not found:
        return
    chosen = _some(rng, rate, sorted({m[0] for m in found}))
    for match in reversed(found):
        if match[0] in chosen:
            emoji_described(tracked, match)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH14_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH14_FAMILIES: dict[str, Family] = {
    "numbers as figures": numbers_as_figures,
    "contractions expanded": contractions_expanded,
    "acronyms expanded": acronyms_expanded,
    "pleases cut": pleases_cut,
    "lists numbered": lists_numbered,
    "given names dropped": given_names_dropped,
    "compounds closed": compounds_closed,
    "citations added": citations_added,
    "modals restated": modals_restated,
    "paragraphs run together": paragraphs_run_together,
    "emoji labelled": emoji_labelled,
    "combined": combined,
}


def fresh14_text(seed: int, rng: random.Random) -> str:
    """A theatre programme, a court's cause list, a swimming gala's results, a forum's
    FAQ, a festa major notice, a gurdwara's langar notice, a marathon's runner pack or a
    church's notice sheet, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: What one family or another edits inside a sentence.
TARGETS = (NUMBER_WORD, CONTRACTION, ACRONYM, PLEASE, FULL_NAME, COMPOUND, MODAL, EMOJI)


def _targeted(text: str, spans: list[Span]) -> list[Span]:
    """The sentences that hold something a family edits."""
    return [(s, e) for s, e in spans if any(target.search(text, s, e) for target in TARGETS)]


def fresh14_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), paragraphs, clauses, list items and
    lines, headings, one occurrence of a sentence the text repeats or words inside one,
    number words, acronyms, compounds, contractions and titled names with the word after
    them, two sentences across a paragraph break, whole sections, and sentences that hold
    something some family edits; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    paragraphs = _paragraphs(text)
    all_sentences = sentences(text) or paragraphs
    clauses = clauses_of(text, all_sentences)
    rows = rows_of(text, body(text))
    items = [(s + 2, e) for s, e in rows if text.startswith("- ", s)]
    repeated = [span for group in recurring(text).values() for span in group]
    parts = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    figures = sorted(
        span
        for pattern in (NUMBER_WORD, ACRONYM, COMPOUND, CONTRACTION, FULL_NAME)
        for span in spans_of(pattern, text)
    )
    pools = [
        (0.08, paragraphs),
        (0.16, clauses),
        (0.24, _trimmed(text, rows + items)),
        (0.29, headings(text)),
        (0.36, repeated),
        (0.41, parts),
        (0.50, figures),
        (0.58, _with_next_word(text, figures)),
        (0.66, _across(text)),
        (0.72, [section for _, section in sections(text)]),
        (0.96, _targeted(text, all_sentences)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
