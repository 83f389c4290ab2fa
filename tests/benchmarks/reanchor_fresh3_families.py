"""Third round of fresh held-out material for re-anchoring: eleven families of edits.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh3`` prints it as "third fresh held-out material"). The texts are in
``reanchor_fresh3_texts``, the operations in ``reanchor_fresh3_edits`` and
``reanchor_fresh3_rewording``. The families are
what editors do that the earlier families do not: a paragraph inserted or deleted in a
numbered list and everything after it (and references to it) renumbered; a figure that
recurs (a live score, a revenue line) corrected in every place at once; a table re-padded,
re-separated and its columns swapped; headings put between sections (some quoting a line
of the section); one occurrence of a repeated sentence deleted and the others kept;
quotation marks printed in another language's style; a tightening pass deleting small
words all through; lookalike letters and odd spaces cleaned; a sentence promoted to the
top with a back-reference to it left in its place; labels restyled (speakers, judges,
minute markers, paragraph numbers); one occurrence of a sentence the text repeats said
again in other words, its twin untouched; and a mix. Every edit goes through
:class:`TrackedText`: moved text keeps its origin, typed text and pasted copies have none.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh3_edits import (
    QUOTE_STYLES,
    clean_characters,
    delete_sentence,
    french_spacing,
    localise_quotes,
    numbered_lists,
    promote,
    prose,
    reflow,
    renumber,
    repeated_sentences,
    restyle_labels,
    restyle_markers,
    swap_last_columns,
    tables,
    tighten,
)
from tests.benchmarks.reanchor_fresh3_kit import LABELS, RECURRING, date
from tests.benchmarks.reanchor_fresh3_rewording import reword, reworded
from tests.benchmarks.reanchor_fresh3_texts import KINDS
from tests.benchmarks.reanchor_fresh_families import sentences_in
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the third fresh held-out material (never used while tuning).
FRESH3_SEEDS = range(3300, 3310)

Span = tuple[int, int]
#: Figures as the texts write them: £14,500, 421.4, 6.6p, 4.2%, 2-1, 01970.
FIGURE = re.compile(r"(?<![\w.,£:'-])(?:£?\d[\d,.]*\d[mp%]?|\d-\d|£?\d[mp%]?)(?![\w:]|[.,-]\d)")
PHONE = re.compile(r"\+?\d{2,5}(?: \d{3,4}){2,3}\b")
NAME = re.compile(r"\b(?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+")
INSERTED_PARAGRAPHS = (
    "This paragraph was added by way of correction on {date}.",
    "A further point was raised after the hearing, and it is dealt with here.",
    "The figures in this section have been revised since the first version was published.",
    "Readers have asked what happens next; the answer is in the following paragraphs.",
)
HEADINGS = (
    "Background",
    "What happened",
    "The reaction",
    "What comes next",
    "Analysis",
    "In detail",
    "The numbers",
)
#: Words that open a sentence and are lowered when a bridge quotes it.
LOWERED = frozenset(
    ("The", "It", "In", "A", "There", "We", "This", "That", "As", "At", "For", "By", "Net")
)
BRIDGES = ("As noted at the top, ", "As reported above, ", "To repeat the point made earlier, ")
REWORDS = {
    "says": "said",
    "said": "says",
    "every": "each",
    "never": "not once",
    "highest": "largest",
    "strong": "solid",
    "long": "lengthy",
    "whole": "entire",
    "question": "issue",
    "decision": "ruling",
    "appeal": "challenge",
    "customers": "shoppers",
    "stores": "shops",
    "village": "hamlet",
    "fields": "farms",
    "traffic": "vehicles",
    "repaired": "rebuilt",
    "writer": "author",
    "book": "novel",
    "manager": "coach",
    "booked": "cautioned",
    "people": "staff",
    "delay": "wait",
    "found": "held",
    "shot": "effort",
    "slowly": "gradually",
}


def _by_rate(rate: float, low: int, middle: int, high: int) -> int:
    return low if rate < 3 else middle if rate < 8 else high


# -- families ------------------------------------------------------------------------------------


def paragraphs_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A paragraph inserted into a numbered list (or one deleted), everything after it
    renumbered and the references to it ("paragraph 14") updated: once, twice or four
    times."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        lists = [items for items in numbered_lists(tracked.text) if len(items) >= 2]
        if not lists:
            return
        longest = max(lists, key=len)
        items = longest if rng.random() < 0.6 else rng.choice(lists)
        index = rng.randrange(len(items))
        if len(items) >= 3 and rng.random() < 0.4:
            renumber(tracked, items, index, None)
        else:
            new = rng.choice(INSERTED_PARAGRAPHS).format(date=date(rng))
            renumber(tracked, items, index, new)


def _recurring_figures(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for match in FIGURE.finditer(text):
        counts[match[0]] = counts.get(match[0], 0) + 1
    return {figure: count for figure, count in counts.items() if count >= 2}


def figures_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A figure that recurs (the score, a revenue line, a sum, a phone number) corrected
    in every place it stands; one, two or three figures; from the middle rate a line on
    top says the article was updated."""
    for _ in range(_by_rate(rate, 1, 2, 3)):
        recurring = {f: n for f, n in _recurring_figures(tracked.text).items() if len(f) >= 2}
        if not recurring:
            break
        names = sorted(recurring)
        figure = rng.choices(names, weights=[recurring[n] ** 2 for n in names])[0]
        digit = max(i for i, c in enumerate(figure) if c.isdigit())
        new_digit = str((int(figure[digit]) + rng.randint(1, 3)) % 10)
        for match in reversed(list(FIGURE.finditer(tracked.text))):
            if match[0] == figure:
                tracked.replace(match.start() + digit, 1, new_digit)
    if rate >= 3:
        at = _paragraphs(tracked.text)[2][0]
        tracked.replace(at, 0, f"This article was updated on {date(rng)} to correct figures.\n\n")


def tables_reflowed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Every table retyped: re-padded with another gap (lowest rate), or its cells
    separated by tabs or bars (middle), and its last two columns swapped first (highest)."""
    separator = None if rate < 3 else rng.choice(("\t", " | "))
    gap = rng.choice((2, 5, 6))
    for table in reversed(tables(tracked.text)):
        if rate >= 8:
            swap_last_columns(tracked, table)
        reflow(tracked, table, separator, gap)


def headings_added(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Two, four or eight headings put between paragraphs; half of them quote a few words
    of the paragraph below (typed anew); at the highest rate "Advertisement" lines too."""
    count = _by_rate(rate, 2, 4, 8)
    for _ in range(count):
        paragraphs = _paragraphs(tracked.text)
        index = rng.randrange(3, len(paragraphs))
        start, end = paragraphs[index]
        words = tracked.text[start:end].split()
        if rng.random() < 0.5 and len(words) >= 6 and "\n" not in tracked.text[start:end]:
            first = rng.randrange(0, len(words) - 4)
            heading = "‘" + " ".join(words[first : first + rng.randint(3, 5)]).strip("“”,.;:") + "’"
        else:
            heading = rng.choice(HEADINGS)
        tracked.replace(start, 0, heading + "\n\n")
    if rate >= 8:
        for _ in range(3):
            paragraphs = _paragraphs(tracked.text)
            at = paragraphs[rng.randrange(3, len(paragraphs))][0]
            tracked.replace(at, 0, "Advertisement\n\n")


def one_copy_deleted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sentence the text repeats deleted at one of its occurrences only (the first, the
    last or one between); once, twice or four times."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        repeated = repeated_sentences(tracked.text)
        choices = [places for _, places in sorted(repeated.items())]
        rng.shuffle(choices)
        for places in choices:
            sentence, paragraph = rng.choice(places)
            if delete_sentence(tracked, sentence, paragraph):
                break


def quotes_localised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Curly double quotes printed in Catalan, German, French or single style: in half of
    the paragraphs that have them (a pass left unfinished), in all of them, or in all of
    them in French style with narrow spaces before ; : ! ? as well."""
    style = rng.choice(sorted(QUOTE_STYLES)) if rate < 8 else "french"
    paragraphs = [p for p in _paragraphs(tracked.text) if "“" in tracked.text[slice(*p)]]
    if rate < 3:
        paragraphs = rng.sample(paragraphs, max(1, len(paragraphs) // 2))
    localise_quotes(tracked, style, paragraphs)
    if rate >= 8:
        french_spacing(tracked)


def tightened(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An editor's tightening pass: "very", "just", "really", "in order to", "a number of"
    and their kind deleted or shortened, at three in ten places, six in ten, or all."""
    tighten(tracked, rng, 0.3 if rate < 3 else 0.6 if rate < 8 else 1.0)


def characters_cleaned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A clean-up of pasted text: Cyrillic lookalike letters in Latin words made Latin;
    from the middle rate soft hyphens dropped and no-break spaces made plain; at the
    highest rate runs of spaces (table padding) made one."""
    clean_characters(tracked, _by_rate(rate, 1, 2, 3))


def _reword(tracked: TrackedText, rng: random.Random, span: Span, count: int) -> None:
    start, end = span
    text = tracked.text
    spots = [m for m in re.finditer(r"\b[a-z]+\b", text[start:end]) if m[0] in REWORDS]
    for match in sorted(rng.sample(spots, min(count, len(spots))), key=lambda m: -m.start()):
        tracked.replace(start + match.start(), len(match[0]), REWORDS[match[0]])


def promoted_to_top(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sentence from the second half promoted to the top as a paragraph of its own and
    lightly reworded; where it stood, a back-reference repeats it in other words."""
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        paragraphs = prose(text)
        top = _paragraphs(text)[2][0]
        half = len(text) // 2
        sentences = [
            s
            for p in paragraphs
            if p[0] > max(top, half)
            for s in sentences_in(text, *p)
            if s[1] - s[0] >= 40 and text[s[0]].isupper()
        ]
        if not sentences:
            return
        start, end = rng.choice(sentences)
        sentence = text[start:end]
        lower = sentence.split(" ", 1)[0] in LOWERED
        bridge = (
            rng.choice(BRIDGES) + (sentence[0].lower() if lower else sentence[0]) + sentence[1:]
        )
        at = promote(tracked, (start, end), top, bridge)
        _reword(tracked, rng, (at, at + len(bridge)), 2)
        _reword(tracked, rng, (top, top + end - start), _by_rate(rate, 1, 2, 3))


def labels_restyled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Labels that open paragraphs restyled (speakers, judges, captions, languages,
    minute markers): one kind at the lowest rate, three at the middle one, all at the
    highest, where paragraph numbers "12. " become "[12] " too."""
    text = tracked.text
    present = sorted(label for label in LABELS if re.search(rf"(?:^|\n\n){re.escape(label)}", text))
    minutes = re.search(r"(?:^|\n\n)\d{1,2}(?:\+\d)?' ", text) is not None
    kinds = present + (["minutes"] if minutes else [])
    chosen = rng.sample(kinds, min(len(kinds), _by_rate(rate, 1, 3, len(kinds))))
    styles = {label: rng.choice(LABELS[label]) for label in chosen if label != "minutes"}
    restyle_labels(tracked, styles)
    minute = rng.choice(("’", " min", ".")) if "minutes" in chosen else "'"
    restyle_markers(tracked, minute, rng.choice(("[]", "()")) if rate >= 8 else None)


def twin_reworded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sentence the text repeats (or nearly) said again in other words at one of its
    occurrences, its twins left as they were (names and figures kept); once, three or six
    times, a sentence without a twin only when none is left."""
    for _ in range(_by_rate(rate, 1, 3, 6)):
        found = reworded(tracked.text)
        twins = [(m, t) for m, t in found if sum(t == other for _, other in found) >= 2]
        if not found:
            return
        match, template = rng.choice(twins or found)
        reword(tracked, match, template)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH3_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH3_FAMILIES: dict[str, Family] = {
    "renumbered": paragraphs_renumbered,
    "figures corrected": figures_corrected,
    "tables reflowed": tables_reflowed,
    "headings added": headings_added,
    "one copy deleted": one_copy_deleted,
    "quotes localised": quotes_localised,
    "tightened": tightened,
    "characters cleaned": characters_cleaned,
    "promoted to top": promoted_to_top,
    "labels restyled": labels_restyled,
    "twin reworded": twin_reworded,
    "combined": combined,
}


def fresh3_text(seed: int, rng: random.Random) -> str:
    """A judgment, a match report, a results release, a long read, an interview or a
    bilingual notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def fresh3_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), sentences, paragraphs, clauses, table
    rows, one occurrence of a passage the text repeats (boilerplate included), figures,
    phone numbers and names; each passage once (while the pools last)."""
    spans = word_spans(rng, text, count // 3)
    paragraphs = _paragraphs(text)
    sentences = [
        (start, end)
        for paragraph in prose(text)
        for start, end in sentences_in(text, *paragraph)
        if len(text[start:end].split()) >= 3
    ] or paragraphs
    clauses = [
        (start + m.start() + len(m[0]) - len(m[0].lstrip()), start + m.start() + len(m[0].rstrip()))
        for start, end in sentences
        for m in re.finditer(r"(?:[^,;:]|[,;:](?! ))+", text[start:end])
        if 12 <= len(m[0].strip()) < end - start
    ]
    rows = [
        (start + m.start(), start + m.end())
        for start, end in tables(text)
        for m in re.finditer(r"\S[^\n]*\S", text[start:end])
        if len(m[0].replace(" ", "")) * 3 >= len(m[0]) * 2  # mostly text, not padding
    ]
    recurring = [
        (m.start(), m.end())
        for needle in RECURRING
        if text.count(needle) >= 2
        for m in re.finditer(re.escape(needle), text)
    ]
    figures = [m.span() for m in FIGURE.finditer(text) if len(m[0]) >= 2]
    figures += [m.span() for m in PHONE.finditer(text)]
    names = [m.span() for m in NAME.finditer(text)]
    pools = [
        (0.08, paragraphs),
        (0.2, clauses),
        (0.28, rows),
        (0.55, recurring),
        (0.7, figures),
        (0.8, names),
    ]
    chosen = set(spans)
    for _ in range(count * 20):  # the same passage twice only when the pools run dry
        if len(chosen) == count:
            break
        roll = rng.random()
        pool = next((p for limit, p in pools if roll < limit and p), sentences)
        chosen.add(rng.choice(pool))
    spans = sorted(chosen)
    while len(spans) < count:
        spans.append(rng.choice(sentences))
    return sorted(spans)
