"""Seventeenth round of fresh held-out material for re-anchoring: eleven families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh17`` prints it as "seventeenth fresh held-out material"). The texts are
numbered documents (``reanchor_fresh17_texts`` and ``reanchor_fresh17_more_texts``): a
tenancy agreement, a recipe collection, a software changelog, a school newsletter, a kettle's
safety leaflet in German, French and Italian, a Hindi and English railway circular with
Devanagari digits, a Sunday league round-up and a museum catalogue. Their sections cross-refer
("(see clause 4)"), share bullet lines word for word and near word for word ("Fixed a crash
when …"), carry tables, footnote markers, a definitions block and a footer. The families are
what an editor or a publishing system does to such documents, chosen to change where text
stands and which of several near-identical passages survives: a new section inserted, its
bullets pasted from another, every later section and cross-reference renumbered; bullet
lists turned into one sentence ("a, b and c."); tables turned into prose; sections
alphabetised and renumbered; repeated bullets deduplicated (kept once, under the first
section that has them); a section's bullets moved on to the next section; metric quantities
given in US units first ("7.1 oz (200 g)"); digits switched between Devanagari and
Western in some lines; the definitions block moved from the start to the end; footnotes
inlined in brackets; a section cloned as the template of a new one above it while the
original's figures are corrected; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin and typed or copied text has none. So where a passage's words stand in two places
the truth is where its own characters went. The texts repeat on purpose: notes are strung
from a small pool of sentences and bullets from a small pool of lines, so the same sentence
or bullet stands in several sections, and twin bullets differ by one figure or one word
("Preheat the oven to 180 °C" / "… 200 °C"). A bullet that several sections share is a
different passage in each: after deduplication only the first section's survives (the later
ones are gone, although the same words stand above); bullets pasted into an inserted section
and a cloned section above its original are copies, decoys that read exactly like the old
text, while the original (renumbered, its figures corrected one up) is the truth. A cloned
note repeats its footnote marker: the footnote's text moves to the marker inlined (the
later one when both are chosen) and the other marker stays. Bullets moved to the next
section, sections alphabetised, the definitions block moved to the end and footnote text
moved into its bracket are where they went, whatever now stands in their old place. A
retyped number (a renumbered heading, a cross-reference, a switched digit, a corrected
figure) is new text inside a passage that otherwise survives.
"""

from __future__ import annotations

import random
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import headings, recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import _count
from tests.benchmarks.reanchor_fresh17_edits import (
    bullets_as_sentence,
    converted,
    digits_switched,
    figure_corrected,
    line_dropped,
    renumbered,
    table_as_prose,
)
from tests.benchmarks.reanchor_fresh17_kit import (
    QUANTITY,
    REFERENCE,
    Section,
    Span,
    bullet_lines,
    definitions,
    footnote_block,
    markers,
    section_span,
    sections,
    table_rows,
)
from tests.benchmarks.reanchor_fresh17_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the seventeenth fresh held-out material (never used while tuning).
FRESH17_SEEDS = range(17100, 17110)
#: What an editor types as an inserted section's heading name and note.
INSERTED_NAME = "Additional terms agreed on 2 April 2026"
INSERTED_NOTE = "These points were added after the first version was sent out."


def _paragraph_before(text: str, at: int) -> Span:
    """The paragraph that ends just before the one starting at ``at``."""
    return [p for p in _paragraphs(text) if p[1] < at][-1]


def _units(found: list[Section]) -> list[Span]:
    """Each section from its heading to the next one's (the last to its end and blank line)."""
    starts = [s.heading[0] for s in found] + [found[-1].last + 2]
    return list(pairwise(starts))


# -- families ------------------------------------------------------------------------------------


def sections_inserted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An amendment: a new section typed in before one section (two, three), its bullets
    pasted from another section, and every later heading and cross-reference renumbered."""
    for _ in range(_by_rate(rate, 1, 2, 3)):
        found = sections(tracked.text)
        listed = [i for i, s in enumerate(found) if s.lists]
        if not listed:
            return
        index, pasted = rng.randrange(len(found)), rng.choice(listed)
        number = found[index].number
        renumbered(tracked, {s.number: s.number + 1 for s in found if s.number >= number})
        now = sections(tracked.text)
        at, (start, end) = now[index].heading[0], now[pasted].lists[0]
        typed = f"{number}. {INSERTED_NAME}\n\n{INSERTED_NOTE}\n\n"
        tracked.replace(at, 0, typed)
        length = end - start
        if start >= at:
            start += len(typed)
        tracked.copy(start, length, at + len(typed))
        tracked.replace(at + len(typed) + length, 0, "\n\n")


def bullets_joined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A house style without bullets: one list (half the lists, every list) turned into a
    sentence, "a, b and c."."""
    text = tracked.text
    found = [span for s in sections(text) for span in s.lists]
    for span in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        bullets_as_sentence(tracked, span)


def tables_to_prose(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A plain-text export: one table (two, every table) written as one paragraph, a row a
    sentence, the header row dropped."""
    text = tracked.text
    found = [span for s in sections(text) for span in s.tables]
    for span in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 99))), reverse=True):
        table_as_prose(tracked, span)


def sections_alphabetised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A reader's index view: the first three sections (five, all) put in the order of
    their names, with their bullets and tables, then renumbered, cross-references too."""
    text = tracked.text
    found = sections(text)
    size = min(len(found), _by_rate(rate, 3, 5, len(found)))
    while size < len(found) and sorted(s.name for s in found[:size]) == [
        s.name for s in found[:size]
    ]:
        size += 1
    chosen = found[:size]
    order = sorted(range(size), key=lambda i: chosen[i].name)
    if order == list(range(size)):
        order.reverse()
    units = _units(found)[:size]
    reorder(tracked, units, order)
    renumbered(tracked, {chosen[old].number: new + 1 for new, old in enumerate(order)})


def bullets_deduplicated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A tidy-up: a bullet that stands in several sections kept once, under the first one
    that has it, and deleted from the others (one such bullet, half of them, all)."""
    text = tracked.text
    first_seen: dict[str, Span] = {}
    repeats: dict[str, list[tuple[Span, Span]]] = {}
    for section in sections(text):
        for paragraph in section.lists:
            for line in lines_in(text, *paragraph):
                words = text[slice(*line)]
                if words in first_seen:
                    repeats.setdefault(words, []).append((paragraph, line))
                else:
                    first_seen[words] = line
    chosen = rng.sample(sorted(repeats), _count(rate, len(repeats)))
    doomed = sorted(place for words in chosen for place in repeats[words])
    left = {p: len(lines_in(text, *p)) for p, _ in doomed}
    for paragraph, line in reversed(doomed):
        if left[paragraph] > 1:  # a list keeps one line at least
            left[paragraph] -= 1
            line_dropped(tracked, paragraph, line)


def bullets_moved_on(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A changelog's correction: the last bullet of one section's list (the last half of
    two sections' lists, of four sections') moved to the end of the next section's list."""
    text = tracked.text
    found = sections(text)
    movable = [
        index
        for index, (first, second) in enumerate(pairwise(found))
        if first.lists and second.lists and len(lines_in(text, *first.lists[-1])) >= 2
    ]
    for index in sorted(rng.sample(movable, min(_by_rate(rate, 1, 2, 4), len(movable))))[::-1]:
        text = tracked.text
        now = sections(text)
        source, target = now[index].lists[-1], now[index + 1].lists[-1]
        lines = lines_in(text, *source)
        if len(lines) < 2:
            continue
        keep = len(lines) - 1 if rate < 3 else max(1, len(lines) - len(lines) // 2)
        cut = lines[keep][0] - 1  # with the line break before it
        length = source[1] - cut
        tracked.move(cut, length, target[1] - length)


def units_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An edition for American readers: one metric quantity (half of them, all) given in
    US units first, the metric in brackets ("200 g" → "7.1 oz (200 g)")."""
    found = list(QUANTITY.finditer(tracked.text))
    for match in sorted(rng.sample(found, _count(rate, len(found))), key=lambda m: -m.start()):
        converted(tracked, match)


def digits_changed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A localisation tool: the digits of two lines (a quarter of them, half) switched
    between Devanagari and Western."""
    text = tracked.text
    found = [
        line
        for paragraph in _paragraphs(text)[2:]
        for line in lines_in(text, *paragraph)
        if any(c.isdigit() for c in text[slice(*line)])
    ]
    count = _by_rate(rate, 2, max(2, len(found) // 4), max(2, len(found) // 2))
    for line in sorted(rng.sample(found, min(count, len(found))), reverse=True):
        digits_switched(tracked, line)


def definitions_moved_last(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new template: the definitions block and its heading moved from the start to the
    end, before the footer; from the middle rate its lines are also sorted, and at the
    highest the footnotes block is moved up to where the definitions stood."""
    text = tracked.text
    block = definitions(text)
    if block is None:
        return
    if rate >= 3:
        lines = lines_in(text, *block)
        order = sorted(range(len(lines)), key=lambda i: text[slice(*lines[i])])
        if order == list(range(len(lines))):
            order.reverse()
        reorder(tracked, [(s, e + 1) for s, e in lines], order)
        text = tracked.text
    heading = _paragraph_before(text, block[0])
    footer = _paragraphs(text)[-3]  # the footer's heading, its paragraph and the stock one
    start, end = heading[0], block[1] + 2
    tracked.move(start, end - start, footer[0] - (end - start))
    notes = footnote_block(tracked.text)
    if rate >= 8 and notes is not None:
        notes_heading = _paragraph_before(tracked.text, notes[0])
        length = notes[1] + 2 - notes_heading[0]
        tracked.move(notes_heading[0], length, start)


def footnotes_inlined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A web edition: one footnote (half, all) moved into brackets where its marker stood,
    the marker and the emptied footnote line dropped (the heading too, once none is left)."""
    found = markers(tracked.text)
    for marker in sorted(rng.sample(found, _count(rate, len(found))), key=lambda m: -m.start()):
        text = tracked.text
        block = footnote_block(text)
        assert block is not None
        number = marker[1]
        lines = [(s, e) for s, e in lines_in(text, *block) if text.startswith(f"[{number}] ", s)]
        if not lines:  # a cloned note's marker, its footnote already inlined
            continue
        line = lines[0]
        body = line[0] + len(number) + 3
        length = line[1] - body
        tracked.move(body, length, marker.end())
        tracked.replace(marker.end() + length, 0, ")")
        tracked.replace(marker.start(), marker.end() - marker.start(), " (")
        # The body and ")" now stand before the line, and " (" replaced "[n]".
        start = line[0] + length + 1 - len(number)
        end = start + len(number) + 3
        assert tracked.text[start:end] == f"[{number}] "
        if line == block:
            heading = _paragraph_before(tracked.text, start)
            tracked.replace(heading[0], end + 2 - heading[0], "")
        elif line[0] == block[0]:
            tracked.replace(start, end - start + 1, "")
        else:
            tracked.replace(start - 1, end - start + 1, "")


def section_cloned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new edition made from the old one: a section (two, three) copied above itself as
    the template of the next, the original and every later section renumbered one up and
    the first figure of each of the original's bullets corrected one up; the copy keeps the
    old words and number."""
    for _ in range(_by_rate(rate, 1, 2, 3)):
        found = sections(tracked.text)
        index = rng.randrange(len(found))
        number = found[index].number
        renumbered(tracked, {s.number: s.number + 1 for s in found if s.number >= number})
        start, end = section_span(tracked.text, sections(tracked.text)[index])
        tracked.copy(start, end - start, start)
        tracked.replace(end, 0, "\n\n")
        tracked.replace(start, len(str(number + 1)), str(number))
        text = tracked.text
        for paragraph in reversed(sections(text)[index + 1].lists):
            for line in reversed(lines_in(text, *paragraph)):
                figure_corrected(tracked, *line)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH17_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH17_FAMILIES: dict[str, Family] = {
    "sections inserted": sections_inserted,
    "bullets joined": bullets_joined,
    "tables to prose": tables_to_prose,
    "sections alphabetised": sections_alphabetised,
    "bullets deduplicated": bullets_deduplicated,
    "bullets moved on": bullets_moved_on,
    "units converted": units_converted,
    "digits changed": digits_changed,
    "definitions moved last": definitions_moved_last,
    "footnotes inlined": footnotes_inlined,
    "section cloned": section_cloned,
    "combined": combined,
}


def fresh17_text(seed: int, rng: random.Random) -> str:
    """A tenancy agreement, a recipe collection, a changelog, a school newsletter, a safety
    leaflet, a railway circular, a league round-up or a museum catalogue, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def _bullet_words(text: str) -> list[Span]:
    """Each bullet line without its "- "."""
    return [(s + 2, e) for s, e in bullet_lines(text)]


def _bullet_pairs(text: str) -> list[Span]:
    """Two neighbouring bullets of one list, across their line break."""
    return [
        (a[0], b[1])
        for section in sections(text)
        for paragraph in section.lists
        for a, b in pairwise(lines_in(text, *paragraph))
    ]


def _lines_of(text: str, block: Span | None) -> list[Span]:
    """The lines of ``block``, none when there is no block."""
    return lines_in(text, *block) if block else []


def fresh17_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), whole sections, clauses, bullets (with
    and without their "- "), headings, one occurrence of a bullet the text repeats or words
    inside one, definitions, table rows, footnotes, notes with their cross-reference, two
    bullets across their line break, two sentences across a paragraph break, quantities;
    each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = sections(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    referring = [s.note for s in found if s.note and REFERENCE.search(text, *s.note)]
    pools = [
        (0.08, [section_span(text, s) for s in found]),
        (0.18, clauses_of(text, all_sentences)),
        (0.28, bullet_lines(text)),
        (0.36, _bullet_words(text)),
        (0.42, headings(text) + [s.heading for s in found]),
        (0.52, repeated),
        (0.58, inside),
        (0.64, _lines_of(text, definitions(text))),
        (0.70, table_rows(text)),
        (0.75, _lines_of(text, footnote_block(text))),
        (0.80, referring),
        (0.86, _bullet_pairs(text)),
        (0.92, _across(text)),
        (0.96, [m.span() for m in QUANTITY.finditer(text)]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
