"""Seventh round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh7`` prints it as "seventh fresh held-out material"). The texts are in
``reanchor_fresh7_texts`` and ``reanchor_fresh7_more_texts``, the operations in
``reanchor_fresh7_edits``. The families are what moderators, copy editors, OCR engines and
keyboard clean-ups do that the earlier families do not: quoted replies trimmed to their
first line (quotes of an earlier post deleted outright at the highest rate); Vietnamese
tone marks moved to the new-style vowel ("hòa" → "hoà"), and Yoruba written without
tones; an OCR pass ("rn" read "m", O and 0, dropped diacritics) over part of the text or
all of it; abbreviations spelled out ("Dept." → "Department"); a pipe table turned into
prose; an editor's bracketed insertions ("[sic]", glosses, translations); a refrain or a
repeated formula kept at its first occurrence only; Persian typed on an Arabic keyboard
corrected (ي → ی, ك → ک, zero-width non-joiners, Persian digits); names and places given
their diacritics ("Nguyen Thi Hoa" → "Nguyễn Thị Hoà"); headings put in sentence case and
institutions down-styled ("the Court" → "the court"); sums restated with currency codes
("€412.3m" → "EUR 412.3 million"); and a mix. Every edit goes through
:class:`TrackedText`: moved text keeps its origin, typed text and pasted copies have none.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import body, lines_in, tables
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_edits import (
    abbreviations,
    accent,
    delete_quote,
    down_style,
    drop_tones,
    expand,
    gloss_places,
    insert_after,
    is_urdu,
    keep_first,
    misread,
    new_style_tones,
    persian_digits,
    persian_joins,
    persian_letters,
    repeats_earlier,
    restate_sums,
    sentence_case,
    sic_places,
    table_as_prose,
    translation_places,
    trim_quote,
)
from tests.benchmarks.reanchor_fresh7_kit import (
    ABBREVIATION,
    ARABIC_YEH_KAF,
    BANK,
    GLOSSED,
    INSTITUTION,
    MISSPELLING,
    OLD_TONE,
    PEOPLE,
    PLACES,
    SUM,
)
from tests.benchmarks.reanchor_fresh7_places import (
    Span,
    arabic_script,
    content,
    foreign,
    headings,
    mentions,
    prose,
    quote_blocks,
    recurring,
    sentences,
    sentences_of,
    words_of,
)
from tests.benchmarks.reanchor_fresh7_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the seventh fresh held-out material (never used while tuning).
FRESH7_SEEDS = range(7700, 7710)
YORUBA = frozenset(passages[1][0] for passages in BANK.values())


def _by_rate(rate: float, low: int, middle: int, high: int) -> int:
    return low if rate < 3 else middle if rate < 8 else high


# -- families ------------------------------------------------------------------------------------


def quotes_trimmed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Quoted replies trimmed to their first line and "> […]": one quote, every quote, or
    every quote with the quotes of an earlier passage deleted outright."""
    blocks = quote_blocks(tracked.text)
    chosen = blocks if rate >= 3 else [rng.choice(blocks)]
    for block in reversed(chosen):
        if rate >= 8 and repeats_earlier(tracked.text, block):
            delete_quote(tracked, block)
        else:
            trim_quote(tracked, block)


def tones_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Vietnamese tone marks put on the new-style vowel ("hòa" → "hoà", "thủy" → "thuỷ"):
    in one passage, or everywhere; at the highest rate the Yoruba passages lose their
    tone marks too (the dots under letters stay)."""
    places = [m.span() for m in OLD_TONE.finditer(tracked.text)]
    if rate < 3:
        start, end = rng.choice(places)
        line_start = tracked.text.rfind("\n", 0, start) + 1
        line_end = tracked.text.find("\n", end)
        new_style_tones(tracked, (line_start, line_end if line_end >= 0 else len(tracked.text)))
    else:
        new_style_tones(tracked, (0, len(tracked.text)))
    if rate >= 8:
        for span in reversed(foreign(tracked.text)):
            if tracked.text[slice(*span)] in YORUBA:
                drop_tones(tracked, span)


def ocr_misread(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An OCR pass misreading letters ("rn" as "m", "cl" as "d", O and 0, 1 and l,
    dropped diacritics): over two paragraphs, a third of the body, or all of it."""
    paragraphs = [p for p in body(tracked.text) if p[1] - p[0] >= 80]
    share = _by_rate(rate, 2, max(2, len(paragraphs) // 3), len(paragraphs))
    first = rng.randrange(len(paragraphs) - share + 1)
    for span in reversed(paragraphs[first : first + share]):
        misread(tracked, rng, span)
    # Nothing misread: the pages before (then after) too, until a letter is.
    for span in [*reversed(paragraphs[:first]), *paragraphs[first + share :]]:
        if tracked.text != tracked.old:
            break
        misread(tracked, rng, span)


def abbreviations_expanded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Abbreviations spelled out ("Dept." → "Department", "approx." → "approximately"):
    the first of each, every one outside quotes and tables, or every one."""
    text = tracked.text
    found = abbreviations(text)
    if rate < 3:
        first: dict[str, Span] = {}
        for span in found:
            first.setdefault(text[slice(*span)], span)
        found = list(first.values())
    elif rate < 8:
        found = [(s, e) for s, e in found if not _quoted_or_tabled(text, s)]
    expand(tracked, found)


def _quoted_or_tabled(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.startswith("> ") or " | " in line


def table_to_prose(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A pipe table turned into prose, a sentence a row, its header deleted: one table,
    every table, or every table run into one paragraph."""
    found = tables(tracked.text)
    count = len(found) if rate >= 3 else 1
    for index in sorted(rng.sample(range(len(found)), count), reverse=True):
        table_as_prose(tracked, tables(tracked.text)[index], run_in=rate >= 8)


def bracketed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An editor's insertions in brackets: "[sic]" after misspellings; from the middle
    rate a gloss after the first use of a foreign word ("phở [noodle soup]"); at the
    highest the English after every passage in another language."""
    text = tracked.text
    places = sic_places(text)
    if rate >= 3:
        places += gloss_places(text)
    if rate >= 8:
        places += translation_places(text)
    insert_after(tracked, places)


def refrains_cut(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A line or sentence the text repeats word for word (a refrain, a formula, a fix said
    again) kept at its first occurrence only: the most repeated one, the three most
    repeated, or every one."""
    groups = list(recurring(tracked.text).values())
    keep_first(tracked, groups[: _by_rate(rate, 1, 3, len(groups))])


def persian_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Persian and Urdu typed on an Arabic keyboard corrected: yeh and kaf made Persian in
    one sentence, or everywhere with zero-width non-joiners in Persian words ("می‌شود");
    at the highest rate Persian sentences get Persian digits too."""
    spans = [
        s
        for s in arabic_script(tracked.text)
        if tracked.text[slice(*s)].translate(ARABIC_YEH_KAF) != tracked.text[slice(*s)]
    ]
    if rate < 3:
        persian_letters(tracked, rng.choice(spans))
        return
    for span in reversed(arabic_script(tracked.text)):
        urdu = is_urdu(tracked.text, span)
        if rate >= 8 and not urdu:
            persian_digits(tracked, span)
        if not urdu:
            persian_joins(tracked, span)
        persian_letters(tracked, span)


def names_accented(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Names given their diacritics at every mention ("Nguyen" → "Nguyễn"): one person,
    everyone, or everyone and every place ("Hanoi" → "Hà Nội", "Malmo" → "Malmö")."""
    text = tracked.text
    present = [n for n in PEOPLE if words_of(text, [n])]
    if rate < 3:
        names = {(name := rng.choice(present)): PEOPLE[name]}
    else:
        names = {n: PEOPLE[n] for n in present}
    if rate >= 8:
        names |= PLACES
    accent(tracked, names)


def capitals_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A down-style pass: headings in sentence case; from the middle rate institutions in
    lower case ("the Court" → "the court"); at the highest the headline too."""
    if rate >= 3:
        down_style(tracked)
    spans = headings(tracked.text)
    if rate >= 8:
        spans = [_paragraphs(tracked.text)[0], *spans]
    for span in reversed(spans):
        sentence_case(tracked, span)


def sums_restated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sums given their currency code ("£12,500" → "GBP 12,500"): the commonest currency,
    every currency, or every currency with "m" and "bn" spelled out."""
    signs = Counter(m[1] for m in SUM.finditer(tracked.text))
    chosen = set(signs) if rate >= 3 else {signs.most_common(1)[0][0]}
    restate_sums(tracked, chosen, spell=rate >= 8)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH7_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH7_FAMILIES: dict[str, Family] = {
    "quotes trimmed": quotes_trimmed,
    "tones restyled": tones_restyled,
    "ocr misread": ocr_misread,
    "abbreviations expanded": abbreviations_expanded,
    "table to prose": table_to_prose,
    "bracketed": bracketed,
    "refrains cut": refrains_cut,
    "persian corrected": persian_corrected,
    "names accented": names_accented,
    "capitals restyled": capitals_restyled,
    "sums restated": sums_restated,
    "combined": combined,
}


def fresh7_text(seed: int, rng: random.Random) -> str:
    """A judgment, a results release, recipes, a programme, an anthology, a forum thread,
    an auction catalogue or a social digest, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def _across(text: str) -> list[Span]:
    """From the last sentence of a one-line paragraph to the first of the next one."""
    found = []
    for (s1, e1), (s2, e2) in pairwise(prose(text)):
        if text[e1:s2] == "\n\n":
            found.append((sentences_of(text, (s1, e1))[-1][0], sentences_of(text, (s2, e2))[0][1]))
    return found


def _with_next_word(text: str, spans: list[Span]) -> list[Span]:
    """Each span and the word after it ("Dept. of", "approx. 60")."""
    found = []
    for start, end in spans:
        after = re.match(r" \S+", text[end:])
        found.append((start, end + after.end() if after else end))
    return [(s, e) for s, e in found if not text[e - 1].isspace()]


#: What one family or another edits: a word, a sum, a name, a letter or a mark.
TARGETS = (
    OLD_TONE,
    SUM,
    ABBREVIATION,
    MISSPELLING,
    GLOSSED,
    INSTITUTION,
    re.compile("[\u064a\u0643]"),
    re.compile("|".join(re.escape(word) for name in (*PEOPLE, *PLACES) for word in name.split())),
)


def _targeted(text: str, spans: list[Span]) -> list[Span]:
    """The sentences that hold something a family edits."""
    return [(s, e) for s, e in spans if any(target.search(text, s, e) for target in TARGETS)]


def fresh7_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), passages in other languages,
    paragraphs, clauses, lines (of quotes, verse, tables and schedules), headings, one
    occurrence of a line or sentence the text repeats or words inside one, quoted lines,
    table cells, names, sums, an abbreviation with the word after it, misspelt and foreign
    words, two sentences across a paragraph break, and sentences that hold a name, a sum,
    an abbreviation or a letter some family edits; each passage once while pools last."""
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
        content(text, line)
        for p in paragraphs
        if "\n" in text[slice(*p)]
        for line in lines_in(text, *p)
        if line[1] - line[0] >= 6
    ]
    lines = [(s, e) for s, e in lines if e > s and not text[s].isspace()]
    repeated = [span for group in recurring(text).values() for span in group]
    parts = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    quoted = [content(text, line) for block in quote_blocks(text) for line in block]
    cells = [
        (row[0] + m.start(), row[0] + m.end())
        for rows in tables(text)
        for row in rows[1:]
        for m in re.finditer(r"[^|]*[^\s|]", text[slice(*row)])
    ]
    cells = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in cells]
    words = [m.span() for m in MISSPELLING.finditer(text)]
    words += [m.span() for m in GLOSSED.finditer(text)]
    pools = [
        (0.08, foreign(text) + arabic_script(text)),
        (0.14, paragraphs),
        (0.20, clauses),
        (0.27, lines),
        (0.31, headings(text)),
        (0.40, repeated),
        (0.45, parts),
        (0.51, quoted),
        (0.57, cells),
        (0.63, mentions(text)),
        (0.69, [m.span() for m in SUM.finditer(text)]),
        (0.74, _with_next_word(text, [m.span() for m in ABBREVIATION.finditer(text)])),
        (0.78, words),
        (0.84, _across(text)),
        (0.96, _targeted(text, all_sentences)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
