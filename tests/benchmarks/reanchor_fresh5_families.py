"""Fifth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh5`` prints it as "fifth fresh held-out material"). The texts are in
``reanchor_fresh5_texts`` and ``reanchor_fresh5_more_texts``, the operations in
``reanchor_fresh5_edits``. The families are what web editors, CMSs and clean-up tools do
that the earlier families do not: "Read more" and advertising lines put between
paragraphs (one quoting the headline); direct speech made reported speech; long
sentences split and short ones joined; figures, times and dates restyled for another
locale; a pipe table's rows re-sorted, a column added, a row dropped; an interview or a
chat trimmed (turns cut, answers shortened); a live status phrase updated at every
occurrence; a section moved under a new heading with its opening rewritten; a house style
pass (per cent, ampersands, titles, Oxford commas); Greek, Hindi, Korean and Thai passages
cleaned up (accents, nuktas, spacing, zero-width spaces); quotes shortened with "…"; and a
mix. Every edit goes through :class:`TrackedText`: moved text keeps its origin, typed
text and pasted copies have none.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_edits import (
    add_column,
    ampersands,
    decimal_commas,
    delete_line,
    elide,
    insert_copy,
    insert_paragraph,
    join_at,
    month_first,
    move_section,
    oxford_commas,
    percent_signs,
    report_after,
    report_before,
    retouch,
    rewrite_opening,
    script_stretches,
    sort_rows,
    speeches,
    split_at,
    thousands_spaced,
    titles_dropped,
    twelve_hour,
)
from tests.benchmarks.reanchor_fresh5_kit import (
    FIGURE,
    OTHER_STORIES,
    PEOPLE,
    QUOTE,
    STATUS_UPDATES,
    TURN,
    ZWSP,
)
from tests.benchmarks.reanchor_fresh5_places import (
    Span,
    body,
    inside,
    join_points,
    lines_in,
    near_twins,
    repeated_units,
    sentences,
    split_points,
    tables,
    turn_blocks,
    turn_text,
)
from tests.benchmarks.reanchor_fresh5_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the fifth fresh held-out material (never used while tuning).
FRESH5_SEEDS = range(5500, 5510)
OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0900-\u097f\u0e00-\u0e7f\uac00-\ud7a3]")
#: Two to four Thai words between zero-width spaces, as a reader selects a phrase.
THAI_WORDS = re.compile(f"[\u0e00-\u0e7f]+(?:{ZWSP}[\u0e00-\u0e7f]+){{1,3}}")
ADVERTS = ("Advertisement", "Story continues below advertisement")
#: Headings put over a moved section, each with the sentence its opening may become.
HEADINGS = {
    "What happens next": "That was not the end of it.",
    "The numbers": "The figures tell their own story.",
    "Reaction": "Not everyone saw it the same way.",
    "Background": "The details only emerged later.",
    "In their words": "Here is what they told us.",
}


def _by_rate(rate: float, low: int, middle: int, high: int) -> int:
    return low if rate < 3 else middle if rate < 8 else high


# -- families ------------------------------------------------------------------------------------


def read_more_inserted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """ "Read more" links and advertising lines put between paragraphs: two, four or six;
    at the highest rate one "Read more" quotes this article's own headline."""
    count = _by_rate(rate, 2, 4, 6)
    for turn in range(count):
        starts = [s for s, _ in body(tracked.text)[1:]]
        at = rng.choice(starts)
        if rate >= 8 and turn == 0:
            insert_copy(tracked, at, _paragraphs(tracked.text)[0], "Read more: ")
            continue
        line = rng.choice([*ADVERTS, *(f"Read more: {story}" for story in OTHER_STORIES)])
        insert_paragraph(tracked, at, line)


def speech_reported(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Direct speech made reported ("“We will go,” said Ward." → "Ward said they would
    go."): one quote, half of them, or all."""
    found = speeches(tracked.text)
    count = _by_rate(rate, 1, (len(found) + 1) // 2, len(found))
    for kind, match in sorted(rng.sample(found, count), key=lambda p: -p[1].start()):
        (report_after if kind == "after" else report_before)(tracked, match)


def split_and_joined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Long sentences split in two at ", and", "; " or ", but", and short neighbours
    joined by ", and" or a semicolon: one, two or four of each."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        points = split_points(tracked.text)
        if points:
            split_at(tracked, rng.choice(points))
        joins = [p for p in join_points(tracked.text) if tracked.origin[p[0]] >= 0]
        if joins:  # not where a sentence was just split
            join_at(tracked, rng, rng.choice(joins))


def locale_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Figures restyled for another locale: thousands spaced (1 240); then times in twelve
    hours (2pm, 7.45am); at the highest rate decimal commas and month-first dates too."""
    thousands_spaced(tracked)
    if rate >= 8:
        decimal_commas(tracked)
        month_first(tracked)
    if rate >= 3:
        twelve_hour(tracked)


def table_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A table's rows re-sorted by value; from the middle rate every table re-sorted and a
    column added to one; at the highest a column added to all and a row dropped from one."""
    count = len(tables(tracked.text))
    for index in rng.sample(range(count), count if rate >= 3 else 1):
        sort_rows(tracked, tables(tracked.text)[index])
    if rate >= 3:
        for index in reversed(range(count) if rate >= 8 else [rng.randrange(count)]):
            add_column(tracked, rng, tables(tracked.text)[index])
    if rate >= 8:
        rows = rng.choice(tables(tracked.text))
        delete_line(tracked, rng.choice(rows[1:]))


def _turn_to_cut(tracked: TrackedText, rng: random.Random) -> Span | None:
    text = tracked.text
    blocks = [block for block in turn_blocks(text) if len(block) >= 4]
    if not blocks:
        return None
    lines = [line for block in blocks for line in block]
    said = [text[slice(*turn_text(text, line))] for line in lines]
    repeated = [line for line, words in zip(lines, said, strict=True) if said.count(words) >= 2]
    line = rng.choice(repeated if repeated and rng.random() < 0.5 else lines)
    block = next(b for b in blocks if line in b)
    index = block.index(line)
    if (
        text.startswith("A: ", line[0])
        and index > 0
        and text.startswith("Q: ", block[index - 1][0])
    ):
        return (block[index - 1][0], line[1])  # an answer goes with its question
    if text.startswith("Q: ", line[0]) and index + 1 < len(block):
        return (line[0], block[index + 1][1])
    return line


def _shorten_answer(tracked: TrackedText, rng: random.Random) -> None:
    """One word of four letters or more (not a turn's first) cut from a turn."""
    text = tracked.text
    turns = [turn_text(text, line) for block in turn_blocks(text) for line in block]
    words = [
        (start + m.start(), len(m[0]))
        for start, end in turns
        for m in list(re.finditer(r" [a-z’]{4,}(?= )", text[start:end]))[1:]
    ]
    if words:
        at, length = rng.choice(words)
        tracked.replace(at, length, "")


def turns_trimmed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An interview, hearing, scene or chat trimmed: one, two or four turns cut (a
    question goes with its answer; often a short answer the text repeats), and from the
    middle rate one or two answers shortened by a word."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        cut = _turn_to_cut(tracked, rng)
        if cut is not None:
            delete_line(tracked, cut)
    for _ in range(_by_rate(rate, 0, 1, 2)):
        _shorten_answer(tracked, rng)


def _statuses(text: str) -> list[str]:
    return sorted(key for key in STATUS_UPDATES if text.count(key) >= 2)


def status_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A live page's repeated status phrase ("remains closed", "Lab 17", "31 of 48")
    updated at every occurrence: one phrase, two, or every one."""
    keys = _statuses(tracked.text)
    for key in rng.sample(keys, min(len(keys), _by_rate(rate, 1, 2, len(keys)))):
        for match in reversed(list(re.finditer(re.escape(key), tracked.text))):
            tracked.replace(match.start(), len(key), STATUS_UPDATES[key])


def section_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A section of one or two paragraphs moved elsewhere under a new heading, its
    opening rewritten (four words or the whole first sentence): once, twice or three times."""
    for heading in rng.sample(sorted(HEADINGS), _by_rate(rate, 1, 2, 3)):
        paragraphs = _paragraphs(tracked.text)
        first = rng.randrange(2, len(paragraphs))
        last = min(len(paragraphs) - 1, first + rng.randrange(2))
        section = (paragraphs[first][0], paragraphs[last][1])
        places = [j for j in range(2, len(paragraphs)) if not first <= j <= last + 1]
        if last == len(paragraphs) - 1:
            places = [j for j in places if j < first]
        to = move_section(tracked, section, paragraphs[rng.choice(places)][0])
        insert_paragraph(tracked, to, heading)
        opening = to + len(heading) + 2
        paragraph_end = tracked.text.find("\n", opening)
        one_line = tracked.text[paragraph_end + 1 : paragraph_end + 2] in ("\n", "")
        prose = one_line and tracked.text[opening] != "[" and not TURN.match(tracked.text, opening)
        if prose:  # not a list, a table, turns or a stage direction
            rewrite_opening(tracked, rng, opening, HEADINGS[heading])


def house_style(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A house style pass: "per cent" made "%" and "&" made "and"; from the middle rate
    titles (Mr, Ms, Dr) dropped; at the highest Oxford commas added."""
    if rate >= 8:
        oxford_commas(tracked)
    if rate >= 3:
        titles_dropped(tracked)
    percent_signs(tracked)
    ampersands(tracked)


def scripts_retouched(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Passages in other scripts cleaned up (Greek accents dropped, Hindi nuktas dropped and
    chandrabindu made anusvara, Korean spacing corrected, Thai zero-width spaces removed):
    one line, every line of one script, or every line of every script."""
    found = script_stretches(tracked.text)
    script = rng.choice(sorted(found))
    if rate < 3:
        chosen = [(script, rng.choice(found[script]))]
    elif rate < 8:
        chosen = [(script, stretch) for stretch in found[script]]
    else:
        chosen = [(name, stretch) for name, spans in found.items() for stretch in spans]
    for name, stretch in sorted(chosen, key=lambda pair: -pair[1][0]):
        retouch(tracked, name, stretch)


def _long_quotes(text: str) -> list[Span]:
    return [m.span(1) for m in QUOTE.finditer(text) if len(m[1].split()) >= 10]


def quotes_elided(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Long quotes shortened: two to four words inside cut and marked "…" in one quote,
    two, or all; at the highest rate a pronoun after the cut made a name in brackets."""
    quotes = _long_quotes(tracked.text)
    chosen = rng.sample(quotes, min(len(quotes), _by_rate(rate, 1, 2, len(quotes))))
    for quote in sorted(chosen, reverse=True):
        elide(tracked, rng, quote, bracket=rate >= 8)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH5_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH5_FAMILIES: dict[str, Family] = {
    "read more inserted": read_more_inserted,
    "speech reported": speech_reported,
    "split and joined": split_and_joined,
    "locale restyled": locale_restyled,
    "table reordered": table_reordered,
    "turns trimmed": turns_trimmed,
    "status updated": status_updated,
    "section moved": section_moved,
    "house style": house_style,
    "scripts retouched": scripts_retouched,
    "quotes elided": quotes_elided,
    "combined": combined,
}


def fresh5_text(seed: int, rng: random.Random) -> str:
    """A travel bulletin, an election night page, an inquiry timeline, a play scene, a
    group chat, an energy explainer, an Asia transport digest or a festival digest, by
    seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def _names(text: str) -> list[Span]:
    patterns = [
        rf"{title} {surname}|{first} {surname}|(?<!\w){surname}(?!\w)"
        for title, first, surname in PEOPLE
    ]
    patterns.append(r"(?<=\] )[A-Z][a-z]+(?=: )|\b(?:Sandra|Mara|Tomas|MARA|TOMAS)\b")
    return [m.span() for pattern in patterns for m in re.finditer(pattern, text)]


def fresh5_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), sentences in Greek, Hindi, Korean or
    Thai and runs of Thai words, sentences, paragraphs, clauses, turns,
    table rows and cells, one occurrence of a line or sentence the text repeats (short
    answers and status lines included) or words inside one, a sentence that has a twin a
    word or two apart, quotes, figures and names; each passage once while pools last."""
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
        turn_text(text, line)
        for p in paragraphs
        if "\n" in text[slice(*p)]
        for line in lines_in(text, *p)
        if line[1] - line[0] >= 4
    ]
    cells = [
        (start + m.start(), start + m.end())
        for rows in tables(text)
        for start, end in rows
        for m in re.finditer(r"[^|\s](?:[^|]*[^|\s])?", text[start:end])
    ]
    recurring = [span for spans_of in repeated_units(text).values() for span in spans_of]
    within = [
        inside(rng.randrange(1000), text, span) for span in recurring if span[1] - span[0] > 12
    ]
    parts = [span for span in within if span is not None]  # words inside a repeated line
    twins = near_twins(text)
    quotes = [m.span(1) for m in QUOTE.finditer(text)]
    figures = [m.span() for m in FIGURE.finditer(text) if m.end() - m.start() >= 2]
    foreign = [span for span in all_sentences if OTHER_SCRIPT.search(text, *span)]
    foreign += [
        (start + m.start(), start + m.end())
        for start, end in all_sentences
        for m in THAI_WORDS.finditer(text[start:end])
    ]
    pools = [
        (0.05, foreign),
        (0.1, paragraphs),
        (0.18, clauses),
        (0.3, lines),
        (0.36, cells),
        (0.48, recurring),
        (0.55, parts),
        (0.6, twins),
        (0.66, quotes),
        (0.76, figures),
        (0.85, _names(text)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)


def draw_from_pools(
    rng: random.Random,
    spans: list[Span],
    pools: list[tuple[float, list[Span]]],
    fallback: list[Span],
    count: int,
) -> list[Span]:
    """``spans`` topped up to ``count`` distinct spans: each draw rolls a number and takes a
    span of the first non-empty pool whose limit it is under (else of ``fallback``), then
    ``fallback`` pads the list if the draws ran out."""
    chosen = set(spans)
    for _ in range(count * 20):
        if len(chosen) == count:
            break
        roll = rng.random()
        pool = next((p for limit, p in pools if roll < limit and p), fallback)
        chosen.add(rng.choice(pool))
    result = sorted(chosen)
    while len(result) < count:
        result.append(rng.choice(fallback))
    return sorted(result)
