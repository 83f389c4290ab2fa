"""Twelfth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh12`` prints it as "twelfth fresh held-out material"). The texts are
in ``reanchor_fresh12_texts`` and ``reanchor_fresh12_more_texts``, the operations in
``reanchor_fresh12_edits``. The families are what plain-text converters, wiki archivers,
menu printers, sub-editors, layout designers, typesetters and bilingual editions do that
the earlier families do not: Markdown stripped ("**bold**" → "bold", "[text](url)" →
"text"); talk-page signatures shortened (" — Name (talk) 14:02, 3 March 2026 (UTC)" →
" — Name, 3 March 2026") or moved to the start of the reply ("Name, 3 March 2026: …");
replies' indenting colons dropped (and each reply made a paragraph of its own); code tags
spelled out ("(G, Mi)" → "(gluten, milk)", and the key dropped); words in capitals
lowered ("YOU MUST" → "you must", "THE INSURED PERSON" → "the insured person"); one
sentence a line (the space between sentences made a line break); prose paragraphs boxed
at the end under "At a glance" ("▌ " before each); the other language's paragraphs
(Irish, Basque, Greek or Tamil) moved to a section of their own at the end; headings set
in capitals (Greek ones without their accents); bullet lists made check lists ("- [ ] ",
some ticked "- [x] "); quotes after a colon set apart as block quotes ("> “…”"); and a
mix. Every edit goes through :class:`TrackedText`: moved text keeps its origin, typed
text has none.
"""

from __future__ import annotations

import random

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import body, rows_of
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across, _with_next_word
from tests.benchmarks.reanchor_fresh7_places import Span, headings, recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh10_edits import replace_all
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh12_edits import (
    in_capitals,
    lowered,
    moved_to_end,
    set_apart,
    signature_first,
    signature_shortened,
)
from tests.benchmarks.reanchor_fresh12_kit import (
    BOLD,
    BULLET,
    CODE_IN_TAG,
    CODES,
    LINK,
    OTHER_LANGUAGES,
    QUOTED,
    SHOUT,
    SIGNATURE,
    TAG,
)
from tests.benchmarks.reanchor_fresh12_places import (
    bullet_lists,
    indents,
    key_paragraph,
    markdown_marks,
    prose,
    quotes,
    sentence_breaks,
    shouted,
    signatures,
    tags,
    threads,
    twins,
)
from tests.benchmarks.reanchor_fresh12_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twelfth fresh held-out material (never used while tuning).
FRESH12_SEEDS = range(12100, 12110)
#: The heading of the box of paragraphs a layout puts at the end, and what marks each.
GLANCE = "At a glance"
BOX = "▌ "
UNTICKED = "[ ] "
TICKED = "[x] "


# -- families ------------------------------------------------------------------------------------


def markdown_stripped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A plain-text converter: the Markdown marks of one paragraph dropped ("**bold**" →
    "bold", "[text](url)" → "text"); every link's; or every link's and bold's."""
    text = tracked.text
    marked = [p for p in _paragraphs(text) if markdown_marks(text, p)]
    if not marked:
        return
    if rate < 3:
        found = markdown_marks(text, rng.choice(marked))
    else:
        found = markdown_marks(text)
        if rate < 8:
            links = [m.span() for m in LINK.finditer(text)]
            found = [(s, e) for s, e in found if any(a <= s < b for a, b in links)]
    replace_all(tracked, [(s, e, "") for s, e in found])


def signatures_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A wiki archiver: one person's signatures shortened (" — Name, 3 March 2026"); every
    signature; or every signature moved to the start of its reply ("Name, 3 March 2026: ")."""
    found = signatures(tracked.text)
    if not found:
        return
    if rate < 3:
        name = rng.choice(found)["name"]
        found = [m for m in found if m["name"] == name]
    for match in reversed(found):
        if rate < 8:
            signature_shortened(tracked, match)
        else:
            line = tracked.text.rfind("\n", 0, match.start()) + 1
            colons = len(tracked.text[line:]) - len(tracked.text[line:].lstrip(":"))
            signature_first(tracked, match, line + colons)


def replies_outdented(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Threads flattened: the indenting colons of one thread dropped; of every thread; or
    of every thread, each reply made a paragraph of its own."""
    text = tracked.text
    found = threads(text)
    if not found:
        return
    if rate < 3:
        rows = rng.choice(found)
        edits = [(s, e, "") for s, e in indents(text, (rows[0][0], rows[-1][1]))]
    else:
        edits = [(s, e, "") for s, e in indents(text)]
    if rate >= 8:
        edits += [(e, e + 1, "\n\n") for rows in found for _, e in rows[:-1]]
    replace_all(tracked, edits)


def codes_spelled_out(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A printer's menu without a key: one code spelled out in every tag ("Mi" → "milk");
    every code; or every code and the key dropped (with the blank line after it)."""
    text = tracked.text
    found = [
        (s + m.start(), s + m.end()) for s, e in tags(text) for m in CODE_IN_TAG.finditer(text[s:e])
    ]
    if not found:
        return
    if rate < 3:
        code = rng.choice([text[s:e] for s, e in found])
        found = [(s, e) for s, e in found if text[s:e] == code]
    edits = [(s, e, CODES[text[s:e]]) for s, e in found]
    explained = key_paragraph(text)
    if rate >= 8 and explained is not None:
        edits.append((explained[0], explained[1] + 2, ""))
    replace_all(tracked, edits)


def capitals_lowered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A plain-language pass: one word or phrase in capitals lowered wherever it stands
    ("YOU" → "you", "You" opening a sentence); half of them; or all."""
    text = tracked.text
    found = shouted(text)
    if not found:
        return
    present = sorted({text[s:e] for s, e in found})
    count = _by_rate(rate, 1, max(1, len(present) // 2), len(present))
    chosen = set(rng.sample(present, count))
    replace_all(tracked, [(s, e, lowered(text, (s, e))) for s, e in found if text[s:e] in chosen])


def sentence_per_line(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Semantic line breaks: each sentence of one paragraph on a line of its own; of four;
    or of every prose paragraph."""
    text = tracked.text
    found = [p for p in prose(text) if sentence_breaks(text, p)]
    if not found:
        return
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 4, len(found))))
    breaks = [at for p in chosen for at in sentence_breaks(text, p)]
    replace_all(tracked, [(at, at + 1, "\n") for at in breaks])


def paragraphs_boxed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A layout's side box: one, two or four prose paragraphs moved to the end under "At a
    glance", each marked "▌ "."""
    found = prose(tracked.text)
    if not found:
        return
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    moved_to_end(tracked, chosen, GLANCE, BOX)


def languages_separated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An edition in blocks: the other-language twin of one paragraph moved to a section
    "Other languages" at the end; of half of them; or of all."""
    found = twins(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    chosen = [second for _, second in rng.sample(found, count)]
    moved_to_end(tracked, chosen, OTHER_LANGUAGES, "")


def headings_in_capitals(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A typesetter's style: one heading set in capitals (Greek without accents); half of
    them; or every heading."""
    text = tracked.text
    found = [h for h in headings(text) if any(in_capitals(c) != c for c in text[slice(*h)])]
    if not found:
        return
    chosen = rng.sample(found, _by_rate(rate, 1, max(1, len(found) // 2), len(found)))
    edits = [
        (at, at + 1, in_capitals(text[at]))
        for start, end in chosen
        for at in range(start, end)
        if in_capitals(text[at]) != text[at]
    ]
    replace_all(tracked, edits)


def lists_checked(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Lists made check lists: the items of one list given "[ ] "; of every list; or of
    every list, every second item ticked "[x] "."""
    found = bullet_lists(tracked.text)
    if not found:
        return
    if rate < 3:
        found = [rng.choice(found)]
    edits = [
        (s + len(BULLET), s + len(BULLET), TICKED if rate >= 8 and index % 2 else UNTICKED)
        for rows in found
        for index, (s, _) in enumerate(rows)
    ]
    replace_all(tracked, edits)


def quotes_set_apart(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sub-editor's block quotes: one, three or every quote after a colon set apart as a
    paragraph of its own ("> “…”")."""
    found = quotes(tracked.text)
    if not found:
        return
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 3, len(found))))
    for quote in sorted(chosen, reverse=True):
        set_apart(tracked, quote)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH12_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH12_FAMILIES: dict[str, Family] = {
    "markdown stripped": markdown_stripped,
    "signatures restyled": signatures_restyled,
    "replies outdented": replies_outdented,
    "codes spelled out": codes_spelled_out,
    "capitals lowered": capitals_lowered,
    "sentence per line": sentence_per_line,
    "paragraphs boxed": paragraphs_boxed,
    "languages separated": languages_separated,
    "headings in capitals": headings_in_capitals,
    "lists checked": lists_checked,
    "quotes set apart": quotes_set_apart,
    "combined": combined,
}


def fresh12_text(seed: int, rng: random.Random) -> str:
    """A wiki talk page, a restaurant menu, a home insurance policy, a game's patch notes, a
    job advertisement, an allotment newsletter, an Irish and English ferry notice or a
    Tamil school's term letter, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: What one family or another edits inside a sentence: a Markdown mark, a signature, a tag,
#: a word in capitals, a quote after a colon.
TARGETS = (BOLD, LINK, SIGNATURE, TAG, SHOUT, QUOTED)


def _targeted(text: str, spans: list[Span]) -> list[Span]:
    """The sentences that hold something a family edits."""
    return [(s, e) for s, e in spans if any(target.search(text, s, e) for target in TARGETS)]


def fresh12_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), replies (whole, without the signature,
    or a whole thread), a paragraph and its twin (either or both), paragraphs, clauses,
    list items and lines, headings, one occurrence of a sentence the text repeats or words
    inside one, quotes (the words, or the sentence round them), tagged items and words in
    capitals with the word after them, two sentences across a paragraph break, whole
    sections, and sentences that hold something some family edits; each passage once
    while pools last."""
    spans = word_spans(rng, text, count // 3)
    paragraphs = _paragraphs(text)
    all_sentences = sentences(text) or paragraphs
    clauses = clauses_of(text, all_sentences)
    rows = rows_of(text, body(text))
    replies = [
        span
        for found in threads(text)
        for line in found
        for span in (line, (line[0], SIGNATURE.search(text, *line).start()))  # type: ignore[union-attr]
    ] + [(found[0][0], found[-1][1]) for found in threads(text)]
    paired = [
        span for first, second in twins(text) for span in (first, second, (first[0], second[1]))
    ]
    repeated = [span for group in recurring(text).values() for span in group]
    parts = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    quoted = quotes(text) + [s for s in all_sentences if QUOTED.search(text, *s)]
    items = [(s + len(BULLET), e) for found in bullet_lists(text) for s, e in found]
    names = sorted(shouted(text) + tags(text))
    pools = [
        (0.08, _trimmed(text, replies)),
        (0.14, paired),
        (0.21, paragraphs),
        (0.28, clauses),
        (0.33, _trimmed(text, rows + items)),
        (0.37, headings(text)),
        (0.43, repeated),
        (0.48, parts),
        (0.55, quoted),
        (0.62, _with_next_word(text, names)),
        (0.69, _across(text)),
        (0.74, [section for _, section in sections(text)]),
        (0.96, _targeted(text, all_sentences)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
