"""Fourth round of fresh held-out material for re-anchoring: twelve families of edits.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh4`` prints it as "fourth fresh held-out material"). The texts are in
``reanchor_fresh4_texts`` and ``reanchor_fresh4_more_texts``, the operations in
``reanchor_fresh4_edits``. The families are what editors and tools do that the earlier
families do not: a source cited anew and every later citation and note renumbered (one
withdrawn too); bullet lists re-sorted alphabetically; bullet lists run into prose and a
semicolon list in prose made bullets; people anonymised to initials (two whose initials
collide make their sentences twins); metric units given American equivalents; mojibake
repaired (and, at the highest rate, introduced elsewhere); a paragraph pasted twice by
accident and one copy lightly edited (both, at the highest rate); a repeated line,
refrain or boilerplate paragraph cut at one occurrence only; a figure corrected in
several places with a correction note appended that quotes the wrong figure; full-width
digits made half-width (and the reverse); emoji stripped of skin tones, split at their
joiners or made shortcodes; attributions inverted (“…,” said Haddad. made “…,” Haddad
said.) and "Dr" dropped after a first mention; and a mix. Every edit goes through
:class:`TrackedText`: moved text keeps its origin, typed text and pasted copies have none.
"""

from __future__ import annotations

import random
import re
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh4_edits import (
    ATTRIBUTION,
    FULLWIDTH_RUN,
    SEMICOLON_LIST,
    anonymise,
    bullet_lists,
    convert_units,
    delete_citation,
    delete_unit,
    digits_to_fullwidth,
    digits_to_halfwidth,
    drop_titles,
    duplicate_paragraph,
    garbled_paragraphs,
    insert_citation,
    introduce_mojibake,
    invert_attribution,
    lines_in,
    list_to_prose,
    notes_start,
    prose_paragraphs,
    prose_to_list,
    repair_mojibake,
    repeated_units,
    restyle_emoji,
    sort_list,
)
from tests.benchmarks.reanchor_fresh4_kit import BULLET, CJK, GARBLES, PEOPLE, UNIT_PATTERN, date
from tests.benchmarks.reanchor_fresh4_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the fourth fresh held-out material (never used while tuning).
FRESH4_SEEDS = range(4400, 4410)

Span = tuple[int, int]
#: Figures as readers select them: 1,240, £1.2, 38%, 2.4, 2026 (ASCII digits only).
FIGURE = re.compile(r"(?<![A-Za-z0-9.,£\[])£?[0-9]+(?:[.,][0-9]+)*%?(?![A-Za-z0-9\]]|[.,][0-9])")
NEW_SOURCES = (
    "Personal communication, 2026.",
    "Office for National Statistics, 2025.",
    "Press briefing, 12 January 2026.",
    "Preprint, medRxiv, 2026.",
)
SENTENCE = re.compile(r"\S.*?(?:[.!?][”’)]*(?=\s|$)|[。！？][」』]*|$)")


def _by_rate(rate: float, low: int, middle: int, high: int) -> int:
    return low if rate < 3 else middle if rate < 8 else high


# -- families ------------------------------------------------------------------------------------


def citations_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new source cited between two others and every later citation and note renumbered:
    once, twice or three times; at the highest rate a source cited once is withdrawn too."""
    for _ in range(_by_rate(rate, 1, 2, 3)):
        insert_citation(tracked, rng, rng.choice(NEW_SOURCES))
    if rate >= 8:
        delete_citation(tracked, rng)


def lists_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Bullet lists re-sorted alphabetically: one, two or all of them."""
    count = len(bullet_lists(tracked.text))
    chosen = rng.sample(range(count), min(count, _by_rate(rate, 1, 2, count)))
    for index in chosen:
        sort_list(tracked, bullet_lists(tracked.text)[index])


def bullets_and_prose(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A bullet list run into one sentence (lowest rate); from the middle rate the
    semicolon list in prose made bullets too; at the highest every list run into prose."""
    lists = bullet_lists(tracked.text)
    count = len(lists) if rate >= 8 else 1
    for index in sorted(rng.sample(range(len(lists)), min(count, len(lists))), reverse=True):
        list_to_prose(tracked, lists[index])
    if rate >= 3:
        found = SEMICOLON_LIST.search(tracked.text, 0, notes_start(tracked.text))
        if found:
            prose_to_list(tracked, found.span())


def _cast_in(text: str) -> list[list[tuple[str, str]]]:
    return [[p for p in pair if f"{p[0]} {p[1]}" in text] for pair in PEOPLE]


def anonymised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """People made initials everywhere: one person, the two whose initials collide, or
    everyone named."""
    pairs = [pair for pair in _cast_in(tracked.text) if pair]
    twins = [pair for pair in pairs if len(pair) == 2]
    if rate < 3:
        chosen = [rng.choice([p for pair in pairs for p in pair])]
    elif rate < 8:
        chosen = rng.choice(twins or pairs)
    else:
        chosen = [p for pair in pairs for p in pair]
    for person in chosen:
        anonymise(tracked, person)


def units_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Metric figures given an American equivalent in brackets: the first of each unit,
    every one, or every one put in brackets after the American figure."""
    convert_units(tracked, every=rate >= 3, lead=rate >= 8)


def mojibake_repaired(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Mojibake repaired in one garbled paragraph, in all of them, or in all of them while
    two other paragraphs pass through a tool that garbles them."""
    garbled = garbled_paragraphs(tracked.text)
    repair_mojibake(tracked, garbled if rate >= 3 else [rng.choice(garbled)])
    if rate >= 8:
        clean = [p for p in _paragraphs(tracked.text)[2:] if GARBLES.search(tracked.text, *p)]
        for paragraph in sorted(rng.sample(clean, min(2, len(clean))), reverse=True):
            introduce_mojibake(tracked, paragraph)


def paragraph_doubled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A paragraph pasted a second time by accident, away from the first, and one of the
    two copies lightly edited: once, twice or three times; at the highest rate both
    copies of the last one are edited, each in its own way."""
    count = _by_rate(rate, 1, 2, 3)
    doubled: set[int] = set()
    for turn in range(count):
        text = tracked.text
        paragraphs = [(s, e) for s, e in prose_paragraphs(text)[2:] if e - s >= 30]
        fresh = [
            (s, e)
            for s, e in paragraphs
            if tracked.origin[s] not in doubled and min(tracked.origin[s:e]) >= 0
        ]
        paragraph = rng.choice(fresh or paragraphs)
        doubled.add(tracked.origin[paragraph[0]])
        edit = rng.choice(("original", "copy"))
        if rate >= 8 and turn == count - 1:
            edit = "both"
        duplicate_paragraph(tracked, rng, paragraph, edit)


def repeat_cut_once(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A line, refrain or boilerplate paragraph the text repeats word for word cut at one
    of its occurrences only: once, twice or four times."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        repeated = repeated_units(tracked.text)
        if not repeated:
            return
        unit = rng.choice(sorted(repeated))
        delete_unit(tracked, rng.choice(repeated[unit]))


def _recurring(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for match in FIGURE.finditer(text[: notes_start(text)]):
        if len(match[0]) >= 3:
            counts[match[0]] = counts.get(match[0], 0) + 1
    return {figure: n for figure, n in counts.items() if n >= 2}


def _corrected(figure: str) -> str:
    digits = [i for i, c in enumerate(figure) if c.isdigit()]
    pairs = [
        (i, j)
        for i, j in pairwise(digits)
        if figure[i] != figure[j] and not (i == digits[0] and figure[j] == "0")
    ]
    if len(digits) >= 4 and pairs:  # two digits transposed
        i, j = pairs[-1]
        return figure[:i] + figure[j] + figure[i + 1 : j] + figure[i] + figure[j + 1 :]
    at = digits[-1] if len(digits) < 4 else digits[0]  # one digit retyped
    return figure[:at] + str(int(figure[at]) % 9 + 1) + figure[at + 1 :]


def figure_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A figure that recurs corrected (two digits transposed in a long one, one digit
    retyped in a short one, so that most of it survives) in all places but one, in all,
    or two figures in all; a correction note appended that quotes the wrong figure."""
    recurring = _recurring(tracked.text)
    names = sorted(recurring, key=lambda f: (-recurring[f], f))
    notes = []
    for figure in rng.sample(names[:4], min(len(names[:4]), _by_rate(rate, 1, 1, 2))):
        new = _corrected(figure)
        body = tracked.text[: notes_start(tracked.text)]
        places = [m for m in FIGURE.finditer(body) if m[0] == figure]
        if rate < 3:
            places.remove(rng.choice(places))
        for match in reversed(places):
            tracked.replace(match.start(), len(figure), new)
        notes.append(f"gave {figure} where it should have said {new}")
    text = tracked.text
    tracked.replace(
        len(text),
        0,
        f"\nCorrection, {date(rng)}: an earlier version of this article {' and '.join(notes)}.\n",
    )


def digits_width(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Full-width digits made ASCII in one paragraph, or everywhere; at the highest rate
    the other way: ASCII digits in every paragraph with Japanese or Chinese made
    full-width."""
    paragraphs = _paragraphs(tracked.text)
    if rate >= 8:
        for paragraph in reversed(paragraphs):
            if CJK.search(tracked.text, *paragraph):
                digits_to_fullwidth(tracked, paragraph)
        return
    wide = [p for p in paragraphs if FULLWIDTH_RUN.search(tracked.text, *p)]
    for paragraph in reversed(wide if rate >= 3 else [rng.choice(wide)]):
        digits_to_halfwidth(tracked, paragraph)


def emoji_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Emoji as another platform shows them: skin tones dropped, joined sequences split
    too, or every emoji a shortcode."""
    restyle_emoji(tracked, _by_rate(rate, 1, 2, 3))


def attributions_inverted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """House style for attributions: “…,” said Haddad. made “…,” Haddad said. at one
    place, at every place, or at every place with "Dr" dropped after a first mention."""
    found = list(ATTRIBUTION.finditer(tracked.text))
    chosen = found if rate >= 3 else rng.sample(found, 1)
    for match in reversed(chosen):
        invert_attribution(tracked, match)
    if rate >= 8:
        drop_titles(tracked)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH4_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH4_FAMILIES: dict[str, Family] = {
    "citations renumbered": citations_renumbered,
    "lists resorted": lists_resorted,
    "bullets and prose": bullets_and_prose,
    "anonymised": anonymised,
    "units converted": units_converted,
    "mojibake repaired": mojibake_repaired,
    "paragraph doubled": paragraph_doubled,
    "repeat cut once": repeat_cut_once,
    "figure corrected": figure_corrected,
    "digits width": digits_width,
    "emoji restyled": emoji_restyled,
    "attributions inverted": attributions_inverted,
    "combined": combined,
}


def fresh4_text(seed: int, rng: random.Random) -> str:
    """A science piece, a recipe, a debate, a press release, a concert review, an
    Arabic-Hebrew brief or a Japanese article, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def sentences(text: str) -> list[Span]:
    """Sentences of every line (Latin, Arabic, Hebrew, or Japanese and Chinese without
    spaces), at least eight characters long."""
    spans = []
    for start, end in _paragraphs(text):
        for s, e in lines_in(text, start, end):
            if text.startswith(BULLET, s):
                s += len(BULLET)
            for match in SENTENCE.finditer(text, s, e):
                if len(match[0].rstrip()) >= 8:
                    spans.append((match.start(), match.start() + len(match[0].rstrip())))
    return spans


def fresh4_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), sentences, paragraphs, clauses, list
    items and lines, one occurrence of a line the text repeats (refrains and boilerplate
    included), figures, metric quantities and names; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    paragraphs = _paragraphs(text)
    all_sentences = sentences(text) or paragraphs
    clauses = [
        (start + m.start(), start + m.end())
        for start, end in all_sentences
        for m in re.finditer(r"[^\s,;、，：:][^,;、，：:]*[^\s,;、，：:]", text[start:end])
        if 12 <= m.end() - m.start() < end - start
    ]
    lines = [
        (s + len(BULLET), e) if text.startswith(BULLET, s) else (s, e)
        for p in paragraphs
        if "\n" in text[slice(*p)]
        for s, e in lines_in(text, *p)
        if e - s >= 4
    ]
    recurring = [span for spans_of in repeated_units(text).values() for span in spans_of]
    wide = [p for p in paragraphs if CJK.search(text, *p)]  # digits there may change width
    figures = [
        m.span()
        for m in [*FIGURE.finditer(text), *UNIT_PATTERN.finditer(text)]
        if len(m[0]) >= 2 and not any(s <= m.start() < e for s, e in wide)
    ]
    names = [
        m.span()
        for pair in PEOPLE
        for first, last in pair
        for m in re.finditer(rf"{first} {last}|(?<![A-Za-z]){last}(?![A-Za-z])", text)
    ]
    pools = [
        (0.08, paragraphs),
        (0.2, clauses),
        (0.32, lines),
        (0.55, recurring),
        (0.7, figures),
        (0.8, names),
    ]
    chosen = set(spans)
    for _ in range(count * 20):
        if len(chosen) == count:
            break
        roll = rng.random()
        pool = next((p for limit, p in pools if roll < limit and p), all_sentences)
        chosen.add(rng.choice(pool))
    result = sorted(chosen)
    while len(result) < count:
        result.append(rng.choice(all_sentences))
    return sorted(result)
