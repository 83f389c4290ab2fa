"""Thirteenth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh13`` prints it as "thirteenth fresh held-out material"). The texts
are in ``reanchor_fresh13_texts`` and ``reanchor_fresh13_more_texts``, the operations in
``reanchor_fresh13_edits``. The families are what data clerks, sub-editors, printers and
web teams do that the earlier families do not: dates put in ISO form ("3 March 2026" →
"2026-03-03"); the day of the week added to dates ("Tuesday 3 March 2026"); times put on
the 24-hour clock ("7.30 pm" → "19:30"); prices updated, four per cent more wherever
each stands ("£2.85" → "£2.96"); telephone numbers internationalised ("01632 960 118" →
"+44 1632 960 118"); e-mail addresses obfuscated ("office [at] school [dot] org");
percentages spelled "per cent"; ranges of times or dates shortened ("from 9 am to 6 pm" →
"9 am–6 pm"); words abbreviated for print ("Street" → "St", "minutes" → "min"); list items
punctuated (";" after each, "." after the last, capitals lowered); a glossary appended and
its terms marked at their first use ("precept†"); and a mix. Every edit goes through
:class:`TrackedText`: moved text keeps its origin, typed text has none.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import body, lines_in, rows_of
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across, _with_next_word
from tests.benchmarks.reanchor_fresh7_places import Span, headings, recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh10_edits import replace_all
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh13_edits import (
    date_made_iso,
    glossary_appended,
    internationalised,
    items_punctuated,
    obfuscated,
    on_24_hour_clock,
    range_shortened,
    weekday_added,
)
from tests.benchmarks.reanchor_fresh13_kit import (
    ABBREVIABLE,
    ABBREVIATED,
    CLOCK,
    DATE,
    EMAIL,
    PERCENT,
    PHONE,
    PRICE,
    RANGE,
    TERM,
    TITLED,
    spans_of,
)
from tests.benchmarks.reanchor_fresh13_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans


def bullet_lists(text: str) -> list[list[Span]]:
    """Paragraphs of two or more bullet lines, as their lines."""
    found = []
    for start, end in body(text):
        rows = lines_in(text, start, end)
        if len(rows) >= 2 and all(text.startswith("- ", s) for s, _ in rows):
            found.append(rows)
    return found


#: Seeds of the thirteenth fresh held-out material (never used while tuning).
FRESH13_SEEDS = range(13100, 13110)
#: What marks a glossary term at its first use, and the glossary's heading.
GLOSSED = "†"
GLOSSARY_HEADING = "Glossary"


def _some(rng: random.Random, rate: float, found: list[str]) -> set[str]:
    """One of ``found``, half of them or all, by rate."""
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    return set(rng.sample(found, count))


def _each_match(
    tracked: TrackedText,
    rng: random.Random,
    rate: float,
    pattern: re.Pattern[str],
    edit: Callable[[TrackedText, re.Match[str]], None],
) -> None:
    """``edit`` applied, from the end back, to one match of ``pattern``, half of them or all."""
    found = list(pattern.finditer(tracked.text))
    if not found:
        return
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    for match in sorted(rng.sample(found, count), key=lambda m: m.start(), reverse=True):
        edit(tracked, match)


# -- families ------------------------------------------------------------------------------------


def dates_made_iso(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A data clerk: one date, half of them or every date put in ISO form ("2026-03-03")."""
    _each_match(tracked, rng, rate, DATE, date_made_iso)


def weekdays_added(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sub-editor: the day of the week typed before one date, half of them or all."""
    _each_match(tracked, rng, rate, DATE, weekday_added)


def clock_made_24_hour(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A continental house style: one time, half of them or every time on the 24-hour
    clock ("7.30 pm" → "19:30")."""
    _each_match(tracked, rng, rate, CLOCK, on_24_hour_clock)


def prices_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new price list: one price, three or every price raised by a few per cent, each
    wherever it stands (only the figures that change retyped)."""
    text = tracked.text
    found = list(PRICE.finditer(text))
    if not found:
        return
    present = sorted({m.group() for m in found})
    chosen = set(rng.sample(present, min(len(present), _by_rate(rate, 1, 3, len(present)))))
    edits = []
    for match in found:
        if match.group() not in chosen:
            continue
        amount = match["amount"]
        value = float(amount.replace(",", "")) * 1.04
        pence = "." in amount
        new = f"{value:,.2f}" if pence else f"{round(value):,}"
        if new == amount:
            new = f"{value + 1:,.2f}" if pence else f"{round(value) + 1:,}"
        edits.append((match.start("amount"), match.end("amount"), new))
    replace_all(tracked, edits)


def phones_internationalised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A website for callers abroad: one number, half of them or every telephone number
    given its country code ("+44 1632 960 118")."""
    _each_match(tracked, rng, rate, PHONE, internationalised)


def emails_obfuscated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A web team against spam: one address, half of them or every e-mail address written
    out ("office [at] school [dot] org"), wherever it stands."""
    text = tracked.text
    found = spans_of(EMAIL, text)
    if not found:
        return
    chosen = _some(rng, rate, sorted({text[s:e] for s, e in found}))
    for start, end in reversed(found):
        if text[start:end] in chosen:
            obfuscated(tracked, start, end)


def percentages_spelled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A newspaper's style: one percentage, half of them or all spelled "per cent"."""
    text = tracked.text
    found = spans_of(PERCENT, text)
    if not found:
        return
    chosen = _some(rng, rate, sorted({text[s:e] for s, e in found}))
    replace_all(tracked, [(e - 1, e, " per cent") for s, e in found if text[s:e] in chosen])


def ranges_shortened(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A timetable style: one range, half of them or every range of times or dates written
    with a dash ("from 9 am to 6 pm" → "9 am–6 pm")."""
    _each_match(tracked, rng, rate, RANGE, range_shortened)


def words_abbreviated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A printer short of room: one word, half of them or every word of a list abbreviated
    wherever it stands ("Street" → "St", "minutes" → "min")."""
    text = tracked.text
    found = spans_of(ABBREVIABLE, text)
    if not found:
        return
    chosen = _some(rng, rate, sorted({text[s:e] for s, e in found}))
    replace_all(tracked, [(s, e, ABBREVIATED[text[s:e]]) for s, e in found if text[s:e] in chosen])


def lists_punctuated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A house style for lists: the items of one list ended with ";" and the last with
    "."; of every list; or of every list, each item's capital lowered ("- doors open…")."""
    found = bullet_lists(tracked.text)
    if not found:
        return
    if rate < 3:
        found = [rng.choice(found)]
    for items in reversed(found):
        items_punctuated(tracked, items, lowered=rate >= 8)


def glossary_linked(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A glossary appended: one term, three or every term the text uses explained at the
    end under "Glossary", each marked "†" at its first use."""
    present = sorted({m.group() for m in TERM.finditer(tracked.text)})
    if not present:
        return
    chosen = rng.sample(present, min(len(present), _by_rate(rate, 1, 3, len(present))))
    glossary_appended(tracked, chosen, GLOSSED, GLOSSARY_HEADING)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH13_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH13_FAMILIES: dict[str, Family] = {
    "dates made iso": dates_made_iso,
    "weekdays added": weekdays_added,
    "clock made 24-hour": clock_made_24_hour,
    "prices updated": prices_updated,
    "phones internationalised": phones_internationalised,
    "emails obfuscated": emails_obfuscated,
    "percentages spelled": percentages_spelled,
    "ranges shortened": ranges_shortened,
    "words abbreviated": words_abbreviated,
    "lists punctuated": lists_punctuated,
    "glossary linked": glossary_linked,
    "combined": combined,
}


def fresh13_text(seed: int, rng: random.Random) -> str:
    """A school timetable, a hotel's house rules, a cycling route sheet, a town budget
    summary, a ferry safety card, a Georgian and English garden notice, a Swahili and
    English water notice or a bill's explanatory notes, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: What one family or another edits inside a sentence.
TARGETS = (DATE, CLOCK, RANGE, PRICE, PHONE, EMAIL, PERCENT, ABBREVIABLE, TERM)


def _targeted(text: str, spans: list[Span]) -> list[Span]:
    """The sentences that hold something a family edits."""
    return [(s, e) for s, e in spans if any(target.search(text, s, e) for target in TARGETS)]


def fresh13_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), paragraphs, clauses, list items and
    cue lines, headings, one occurrence of a sentence the text repeats or words inside one,
    dates, times, prices, numbers and titled names with the word after them, two sentences
    across a paragraph break, whole sections, and sentences that hold something some family
    edits; each passage once while pools last."""
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
        for pattern in (DATE, CLOCK, RANGE, PRICE, PHONE, EMAIL, PERCENT)
        for span in spans_of(pattern, text)
    )
    names = [(s, e + len(text[e:].split(" ", 1)[0])) for s, e in spans_of(TITLED, text)]
    pools = [
        (0.08, paragraphs),
        (0.16, clauses),
        (0.24, _trimmed(text, rows + items)),
        (0.29, headings(text)),
        (0.36, repeated),
        (0.41, parts),
        (0.50, figures),
        (0.58, _with_next_word(text, figures + names)),
        (0.66, _across(text)),
        (0.72, [section for _, section in sections(text)]),
        (0.96, _targeted(text, all_sentences)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
