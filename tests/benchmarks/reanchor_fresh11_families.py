"""Eleventh round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh11`` prints it as "eleventh fresh held-out material"). The texts are
in ``reanchor_fresh11_texts`` and ``reanchor_fresh11_more_texts``, the operations in
``reanchor_fresh11_edits``. The families are what transcript tidiers, bilingual
typesetters, plain-text exports, print typesetters, contract styles, timetables,
accessible versions, footnoting editors and safety reviewers do that the earlier families
do not: time stamps dropped from transcript lines ("[00:12:05] HOST: …" → "HOST: …", and
at the highest rate the lines run together); fillers and cues cut ("Yes, um, the 14" →
"Yes, the 14", "[laughs] "); English paragraphs and their French or Welsh twin swapped in
order; the twins dropped (an English-only edition); dashes and ellipses typed plain ("—" →
"--", "…" → "...", and curly quotes and no-break spaces too); long words broken at line
ends for print ("inter-\\nnational"); defined terms capitalised ("the tenant" → "the
Tenant"); weekdays and months abbreviated ("Monday to Friday" → "Mon–Fri", "Saturday" →
"Sat", "September" → "Sep"); emoji removed; asides in brackets moved to numbered notes at
the end ("[1]" left where they stood); sentences the text repeats flagged ("Important:
…"); and a mix. Every edit goes through :class:`TrackedText`: moved text keeps its
origin, typed text has none.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import rows_of
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across, _with_next_word
from tests.benchmarks.reanchor_fresh7_places import Span, headings, recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh10_edits import replace_all
from tests.benchmarks.reanchor_fresh11_edits import (
    abbreviated,
    broken,
    footnoted,
    joined,
    twin_dropped,
    twin_first,
)
from tests.benchmarks.reanchor_fresh11_kit import (
    ASIDE,
    CUE,
    DASHES,
    EMOJI_RE,
    FILLER,
    PLAIN_DASHES,
    PLAIN_QUOTES,
    QUOTES,
    TERM,
    TIMESTAMP,
    WEEKDAY,
)
from tests.benchmarks.reanchor_fresh11_places import (
    asides,
    breakable_words,
    cues,
    dashes,
    day_names,
    emoji_spans,
    fillers,
    stamped_blocks,
    stamps,
    terms,
    twins,
)
from tests.benchmarks.reanchor_fresh11_places import (
    clauses as clauses_of,
)
from tests.benchmarks.reanchor_fresh11_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the eleventh fresh held-out material (never used while tuning).
FRESH11_SEEDS = range(11100, 11110)
#: What a safety reviewer puts before a sentence the text repeats.
FLAG = "Important: "
LOUD_FLAG = "⚠️ Important: "


# -- families ------------------------------------------------------------------------------------


def _block_span(rows: list[Span]) -> Span:
    return rows[0][0], rows[-1][1]


def timestamps_dropped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Time stamps dropped from transcript lines: those of one block; every one; or every
    one and each block's lines run together into one paragraph."""
    text = tracked.text
    blocks = stamped_blocks(text)
    if not blocks:
        return
    if rate < 3:
        found = stamps(text, _block_span(rng.choice(blocks)))
    else:
        found = [s for rows in blocks for s in stamps(text, _block_span(rows))]
    if rate >= 8:
        for rows in reversed(blocks):
            joined(tracked, rows)
    replace_all(tracked, [(s, e, "") for s, e in found])


def fillers_removed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A tidied transcript: the fillers of one block cut ("um, ", "you know, "); every
    "um", "uh" and "erm"; or every filler and every cue ("[laughs] ")."""
    text = tracked.text
    if rate < 3:
        blocks = [rows for rows in stamped_blocks(text) if fillers(text, within=_block_span(rows))]
        if not blocks:
            return
        found = fillers(text, within=_block_span(rng.choice(blocks)))
    elif rate < 8:
        found = fillers(text, hesitations_only=True)
    else:
        found = fillers(text) + cues(text)
    replace_all(tracked, [(s, e, "") for s, e in found])


def languages_swapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Paragraphs and their French or Welsh twin swapped, the twin first: one pair, two, or
    all."""
    found = twins(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, min(2, len(found)), len(found))
    for first, second in sorted(rng.sample(found, count), reverse=True):
        twin_first(tracked, first, second)


def twins_dropped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An English-only edition: the French or Welsh twin of one paragraph dropped; of two;
    or of all."""
    found = twins(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, min(2, len(found)), len(found))
    for first, second in sorted(rng.sample(found, count), reverse=True):
        twin_dropped(tracked, first, second)


def dashes_typed_plain(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A plain-text export: the dashes and ellipses of one paragraph typed plain ("—" →
    "--", "…" → "..."); every one; or every one and the curly quotes and no-break spaces."""
    text = tracked.text
    if rate < 3:
        chosen = rng.choice([p for p in _paragraphs(text) if DASHES.search(text, *p)])
        found = dashes(text, chosen)
    else:
        found = dashes(text)
    edits = [(s, e, PLAIN_DASHES[text[s]]) for s, e in found]
    if rate >= 8:
        edits += [(m.start(), m.end(), PLAIN_QUOTES[m[0]]) for m in QUOTES.finditer(text)]
    replace_all(tracked, edits)


def hyphenated_for_print(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Print's line ends: three, ten or thirty long words broken with a hyphen and a line
    break, at least four letters on the first line and three on the next."""
    found = breakable_words(tracked.text)
    if not found:
        return
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 3, 10, 30)))
    for start, end in sorted(chosen, reverse=True):
        broken(tracked, rng.randint(start + 4, end - 3))


def terms_capitalised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A contract style: one defined term capitalised wherever it stands ("the tenant" →
    "the Tenant"); two of the terms the text uses; or all of them."""
    text = tracked.text
    found = terms(text)
    if not found:
        return
    present = sorted({text[s:e] for s, e in found})
    count = _by_rate(rate, 1, min(2, len(present)), len(present))
    chosen = set(rng.sample(present, count))
    edits = [(s + 4, s + 5, text[s + 4].upper()) for s, e in found if text[s:e] in chosen]
    replace_all(tracked, edits)


def weekdays_abbreviated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A timetable's abbreviations: every range of days ("Monday to Friday" → "Mon–Fri");
    every weekday as well ("Saturday" → "Sat"); or every month too ("September" → "Sep")."""
    text = tracked.text
    found = day_names(text, months=rate >= 8)
    if rate < 3:
        found = [(s, e) for s, e in found if " to " in text[s:e]]
    replace_all(tracked, [(s, e, abbreviated(text[s:e])) for s, e in found])


def emoji_removed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An accessible version without emoji (with the space before each): those of one
    paragraph; half of them; or all."""
    text = tracked.text
    found = emoji_spans(text)
    if not found:
        return
    if rate < 3:
        at = rng.choice(found)[0]
        paragraph = next(p for p in _paragraphs(text) if p[0] <= at < p[1])
        found = [(s, e) for s, e in found if paragraph[0] <= s < paragraph[1]]
    elif rate < 8:
        found = sorted(rng.sample(found, max(1, len(found) // 2)))
    edits = []
    for start, end in found:
        if text[start - 1] == " ":
            edits.append((start - 1, end, ""))
        elif end < len(text) and text[end] == " ":
            edits.append((start, end + 1, ""))
        else:
            edits.append((start, end, ""))
    replace_all(tracked, edits)


def asides_footnoted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An editor's notes: one, three or every aside in brackets moved to numbered notes at
    the end, "[1]" left where it stood."""
    found = asides(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, min(3, len(found)), len(found))
    footnoted(tracked, sorted(rng.sample(found, count)))


def warnings_flagged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A safety reviewer: "Important: " before every occurrence of the sentence the text
    repeats most; of every sentence it repeats; or "⚠️ Important: " before each of them."""
    text = tracked.text
    groups = list(recurring(text).values())
    if not groups:
        return
    chosen = groups[:1] if rate < 3 else groups
    starts = sorted({start for group in chosen for start, _ in group}, reverse=True)
    flag = LOUD_FLAG if rate >= 8 else FLAG
    for start in starts:
        tracked.replace(start, 0, flag)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH11_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH11_FAMILIES: dict[str, Family] = {
    "timestamps dropped": timestamps_dropped,
    "fillers removed": fillers_removed,
    "languages swapped": languages_swapped,
    "twins dropped": twins_dropped,
    "dashes typed plain": dashes_typed_plain,
    "hyphenated for print": hyphenated_for_print,
    "terms capitalised": terms_capitalised,
    "weekdays abbreviated": weekdays_abbreviated,
    "emoji removed": emoji_removed,
    "asides footnoted": asides_footnoted,
    "warnings flagged": warnings_flagged,
    "combined": combined,
}


def fresh11_text(seed: int, rng: random.Random) -> str:
    """A podcast transcript, patent claims, an audio-guide script, a bus network change
    notice, a tenancy agreement, race instructions, a Korean cooking class handout or a
    Marathi festival notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: What one family or another edits inside a sentence: a filler, a cue, a dash, a term, a
#: day or month, an emoji, an aside.
TARGETS = (FILLER, CUE, DASHES, TERM, WEEKDAY, EMOJI_RE, ASIDE, TIMESTAMP)


def _targeted(text: str, spans: list[Span]) -> list[Span]:
    """The sentences that hold something a family edits."""
    return [(s, e) for s, e in spans if any(target.search(text, s, e) for target in TARGETS)]


def fresh11_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), transcript lines (whole, or without the
    stamp) and whole transcript blocks, a paragraph and its twin (either or both),
    paragraphs, clauses, lines, headings, one occurrence of a sentence the text repeats or
    words inside one, asides (the words, or the sentence round them), defined terms and
    days with the word after them, two sentences across a paragraph break, whole sections,
    and sentences that hold something some family edits; each passage once while pools
    last."""
    spans = word_spans(rng, text, count // 3)
    paragraphs = _paragraphs(text)
    all_sentences = sentences(text) or paragraphs
    clauses = clauses_of(text, all_sentences)
    rows = rows_of(text, paragraphs)
    blocks = stamped_blocks(text)
    transcript = [
        span
        for found in blocks
        for line in found
        for span in (line, (TIMESTAMP.match(text, line[0]).end(), line[1]))  # type: ignore[union-attr]
    ] + [_block_span(found) for found in blocks]
    paired = [
        span for first, second in twins(text) for span in (first, second, (first[0], second[1]))
    ]
    repeated = [span for group in recurring(text).values() for span in group]
    parts = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    bracketed = [words for _, words in asides(text)] + [
        s for s in all_sentences if ASIDE.search(text, *s)
    ]
    names = sorted(terms(text) + day_names(text, months=True))
    pools = [
        (0.08, transcript),
        (0.14, paired),
        (0.21, paragraphs),
        (0.28, clauses),
        (0.33, _trimmed(text, rows)),
        (0.37, headings(text)),
        (0.43, repeated),
        (0.48, parts),
        (0.55, bracketed),
        (0.62, _with_next_word(text, names)),
        (0.69, _across(text)),
        (0.74, [section for _, section in sections(text)]),
        (0.96, _targeted(text, all_sentences)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
