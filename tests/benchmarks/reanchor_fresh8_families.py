"""Eighth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh8`` prints it as "eighth fresh held-out material"). The texts are in
``reanchor_fresh8_texts`` and ``reanchor_fresh8_more_texts``, the operations in
``reanchor_fresh8_edits``. The families are what mail clients, drafters, plain-language
editors, data protection officers, exporters and site generators do that the earlier
families do not: a running block (signature, disclaimer, page footer, stock reply) cut from
every occurrence but the last, which may move to the end; sub-clause numbers lettered
("4.2" → "4(b)"), references left stale or updated; roles named ("the Supplier" →
"Kestrel Components"); unit symbols spelled out ("25 km" → "25 kilometres", "±" → "+/-");
decimal figures rounded (near twins one figure apart becoming twins); personal data
redacted ("[REDACTED]" for addresses and numbers, "█" blocks over names and sentences);
a plain-text export (ellipses, dashes, quotes, non-breaking spaces, zero-width joiners,
full-width punctuation, then emoji); a log of dated entries put in the other order;
Chinese, Hindi and Thai passages romanised; a contents list pasted from the headings, with
"Back to contents" links and numbered headings; asides in brackets and between dashes
cut; and a mix. Every edit goes through :class:`TrackedText`: moved text keeps its
origin, typed text and pasted copies have none.
"""

from __future__ import annotations

import random
import re
from collections import Counter

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import body, lines_in, rows_of
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across, _with_next_word
from tests.benchmarks.reanchor_fresh7_places import Span, headings, recurring, sentences
from tests.benchmarks.reanchor_fresh8_edits import (
    add_contents,
    black_out,
    cut_asides,
    delete_first,
    keep_last,
    merged,
    name_roles,
    plain_export,
    redact,
    reletter,
    reverse_log,
    romanise,
    round_figures,
    spell_units,
    swap_entries,
)
from tests.benchmarks.reanchor_fresh8_kit import (
    ASIDE,
    DECIMAL,
    EMAIL,
    EMOJI,
    MEASURE,
    PHONE,
    PLAIN,
    PLAIN_MARKS,
    REFERENCE,
    ROLE,
    script_of,
)
from tests.benchmarks.reanchor_fresh8_places import (
    NAME,
    asides,
    contacts,
    logs,
    measures,
    names,
    other_scripts,
    roles,
    running_blocks,
    subclause_lines,
    subclause_numbers,
)
from tests.benchmarks.reanchor_fresh8_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the eighth fresh held-out material (never used while tuning).
FRESH8_SEEDS = range(8800, 8810)


def _by_rate(rate: float, low: int, middle: int, high: int) -> int:
    return low if rate < 3 else middle if rate < 8 else high


# -- families ------------------------------------------------------------------------------------


def blocks_kept_last(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A running block (signature, disclaimer, page footer, stock reply) cut: its first
    occurrence; every occurrence but the last; or every one but the last, which moves to
    the end of the text."""
    groups = running_blocks(tracked.text)
    if rate < 3:
        delete_first(tracked, groups[0])
        return
    for _ in groups:  # each pass leaves one group with a single occurrence
        remaining = running_blocks(tracked.text)
        if not remaining:
            break
        keep_last(tracked, remaining[0], to_end=rate >= 8)


def clauses_lettered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sub-clause numbers lettered ("4.2" → "4(b)"): those of one paragraph; every one at
    a line start, references left as they were; or every one, references too."""
    text = tracked.text
    starts = [span for span in subclause_numbers(text) if not _is_reference(text, span)]
    if rate < 3:
        paragraphs = [p for p in body(text) if any(p[0] <= s < p[1] for s, _ in starts)]
        paragraph = rng.choice(paragraphs)
        starts = [s for s in starts if paragraph[0] <= s[0] < paragraph[1]]
    chosen = subclause_numbers(text) if rate >= 8 else starts
    reletter(tracked, chosen)


def _is_reference(text: str, span: Span) -> bool:
    line_start = text.rfind("\n", 0, span[0]) + 1
    return span[0] != line_start


def roles_named(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Roles named ("the Supplier" → "Kestrel Components"): the commonest role; every
    role; or every role, "The Supplier" at a sentence start too."""
    found = Counter(m[1] for m in ROLE.finditer(tracked.text))
    chosen = set(found) if rate >= 3 else {found.most_common(1)[0][0]}
    name_roles(tracked, chosen, capitals=rate >= 8)


def units_spelled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Unit symbols spelled out ("25 km" → "25 kilometres"): the commonest unit; every
    unit; or every unit and "±" as "+/-"."""
    found = Counter(m[3] for m in MEASURE.finditer(tracked.text))
    chosen = set(found) if rate >= 3 else {found.most_common(1)[0][0]}
    spell_units(tracked, chosen, plus_minus=rate >= 8)


def figures_rounded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Decimal figures with units rounded half up: to one place in one paragraph; to one
    place everywhere; or to whole numbers everywhere."""
    text = tracked.text
    if rate < 3:
        fine = [m.start() for m in DECIMAL.finditer(text) if len(m[1].split(".")[1]) >= 2]
        at = rng.choice(fine)
        span = next(p for p in _paragraphs(text) if p[0] <= at < p[1])
    else:
        span = (0, len(text))
    round_figures(tracked, span, places=0 if rate >= 8 else 1)


def data_redacted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Personal data redacted: e-mail addresses and telephone numbers "[REDACTED]"; from
    the middle rate names blacked out too (a "█" a letter); at the highest, every sentence
    or line that held an address or a number blacked out whole."""
    text = tracked.text
    held = [s for s in sentences(text) if _inside_of(s, text)]
    if rate >= 3:
        black_out(tracked, names(text))
    if rate >= 8:
        black_out(tracked, merged(held))
        return
    redact(tracked, contacts(tracked.text))


def _inside_of(span: Span, text: str) -> list[Span]:
    """Addresses and numbers inside ``span``."""
    return [c for c in contacts(text) if span[0] <= c[0] and c[1] <= span[1]]


def plain_exported(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A plain-text export: ellipses and dashes; then quotes, non-breaking spaces,
    zero-width joiners and full-width punctuation too; then emoji removed as well."""
    marks = set(PLAIN) if rate >= 3 else set(PLAIN_MARKS)
    plain_export(tracked, marks, emoji=rate >= 8)


def log_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A log of dated entries (messages, releases, reviews, km marks, notices) put in the
    other order: two neighbouring entries swapped; the first half reversed; or all of it."""
    entries = logs(tracked.text)[0]
    if rate < 3:
        first = rng.randrange(len(entries) - 1)
        swap_entries(tracked, entries[first], entries[first + 1])
        return
    reverse_log(tracked, entries if rate >= 8 else entries[: max(2, len(entries) // 2)])


def scripts_romanised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Chinese, Hindi and Thai passages romanised (pinyin, IAST, RTGS): one passage;
    every passage in one script; or every passage."""
    spans = other_scripts(tracked.text)
    if rate < 3:
        spans = [rng.choice(spans)]
    elif rate < 8:
        script = rng.choice(sorted({script_of(tracked.text[s:e]) for s, e in spans}))
        spans = [(s, e) for s, e in spans if script_of(tracked.text[s:e]) == script]
    for span in reversed(spans):
        romanise(tracked, span)


def contents_added(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A contents list pasted from the headings after the byline; from the middle rate a
    "Back to contents" paragraph closing every section; at the highest, headings numbered
    in the list and in the text."""
    add_contents(tracked, headings(tracked.text), back_links=rate >= 3, numbered=rate >= 8)


def asides_cut(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Asides cut: cross-references in brackets ("(see clause 4.2)"); every aside in
    brackets; or those and every aside between em dashes."""
    text = tracked.text
    spans = asides(text, dashed=rate >= 8)
    if rate < 3:
        spans = [(s, e) for s, e in spans if text.startswith(("(see ", " (see "), s)]
    cut_asides(tracked, spans)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH8_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH8_FAMILIES: dict[str, Family] = {
    "blocks kept last": blocks_kept_last,
    "clauses lettered": clauses_lettered,
    "roles named": roles_named,
    "units spelled": units_spelled,
    "figures rounded": figures_rounded,
    "data redacted": data_redacted,
    "plain exported": plain_exported,
    "log reordered": log_reordered,
    "scripts romanised": scripts_romanised,
    "contents added": contents_added,
    "asides cut": asides_cut,
    "combined": combined,
}


def fresh8_text(seed: int, rng: random.Random) -> str:
    """A supply contract, an e-mail thread, a package leaflet, a stage report, bilingual
    press releases, railway notices, release notes or guest reviews, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: What one family or another edits: a number, a role, a unit, a figure, an address, a
#: name, an aside, a mark the export downgrades, an emoji.
TARGETS = (
    REFERENCE,
    ROLE,
    MEASURE,
    DECIMAL,
    EMAIL,
    PHONE,
    NAME,
    ASIDE,
    EMOJI,
    re.compile("[" + "".join(PLAIN) + "]"),
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


def fresh8_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), passages in other scripts,
    paragraphs, clauses, lines, headings, one occurrence of a line or sentence the text
    repeats or words inside one, lines of a running block, numbered sub-clauses, names,
    measures, addresses and numbers, a role with the word after it, asides, two sentences
    across a paragraph break, and sentences that hold something some family edits; each
    passage once while pools last."""
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
    block_lines = [
        line for group in running_blocks(text) for block in group for line in lines_in(text, *block)
    ]
    pools = [
        (0.07, other_scripts(text)),
        (0.13, paragraphs),
        (0.19, clauses),
        (0.25, _trimmed(text, lines)),
        (0.29, headings(text)),
        (0.37, repeated),
        (0.42, parts),
        (0.47, _trimmed(text, block_lines)),
        (0.53, subclause_lines(text)),
        (0.59, names(text)),
        (0.65, measures(text)),
        (0.69, contacts(text)),
        (0.73, _with_next_word(text, roles(text))),
        (0.79, _trimmed(text, asides(text, dashed=True))),
        (0.85, _across(text)),
        (0.96, _targeted(text, all_sentences)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
