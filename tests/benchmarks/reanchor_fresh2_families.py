"""Second round of fresh held-out material for re-anchoring: ten families of edits.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh2`` prints it as "second fresh held-out material"). The texts are in
``reanchor_fresh2_texts``, the operations the families use in ``reanchor_fresh2_edits``.
The families are what editors do that the earlier families do not: a correction
appended that quotes the wrong sentence (struck, flagged or fixed); a live page
refreshed (times restyled or moved to summer time, new entries on top that repeat old
lines word for word); a pull-quote copied into the body; a paragraph split and its halves
swapped; a British-to-American spelling pass; the text typeset anew (quotes straightened
or curled, PDF ligatures, soft hyphens, bidi marks dropped); hard line wrapping with
end-of-line hyphens and a spell-check; a trim for print to about half; a
translation-style rewrite of a section that keeps names and figures; and a mix. Every
edit goes through :class:`TrackedText`: moved text keeps its origin, typed text and
pasted copies have none.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh2_edits import (
    AMERICAN,
    BIDI_MARKS,
    FILLERS,
    LIGATURES,
    SOFT_HYPHEN,
    STRAIGHT,
    TIME,
    americanise,
    append_correction,
    curl,
    gloss_words,
    pull_quote,
    restyle_time,
    retype,
    split_and_swap,
    swap_clauses,
    touches_a_mark,
    wrap,
)
from tests.benchmarks.reanchor_fresh2_texts import KINDS, MISSPELLINGS, RECURRING, date
from tests.benchmarks.reanchor_fresh_families import delete_paragraph, sentences_in
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the second fresh held-out material (never used while tuning).
FRESH2_SEEDS = range(3200, 3206)

Span = tuple[int, int]
_PULL_QUOTE = re.compile(r"“([^“”\n]{20,140})”")
_FIGURE = re.compile(
    r"£?\d+(?:[.,:]\d+)*(?:%| ?(?:g|ml|°C|per cent|million|billion|metres|years|homes|calls"
    r"|GMT|BST|pm|am)\b)?"
)
_NAME = re.compile(r"\b(?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+")
NEW_ENTRIES = (
    "The coastguard says the last of the stranded walkers has been brought to safety.",
    "Power has been restored to most homes, the network operator says.",
    "This article has been updated with a statement from the company.",
    "The figures in the third paragraph have been revised.",
    "More details are expected later today.",
)


# -- families ------------------------------------------------------------------------------------


def _sentences(text: str, skip: int = 2) -> list[Span]:
    return [s for p in _paragraphs(text)[skip:] for s in sentences_in(text, *p)]


def correction_appended(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sentence found wrong: struck out, flagged or its figure fixed, and a correction
    appended at the end quoting it as it was."""
    for _ in range(max(1, round(rate / 3))):
        text = tracked.text
        sentences = [s for s in _sentences(text) if s[1] - s[0] >= 30]
        with_figures = [s for s in sentences if any(c.isdigit() for c in text[slice(*s)])]
        if not sentences:
            return
        start, end = rng.choice(with_figures if with_figures and rng.random() < 0.7 else sentences)
        how = rng.choice(("struck", "flagged", "fixed"))
        append_correction(tracked, (start, end), how, date(rng))
        if how == "fixed":
            text = tracked.text[start:end]
            digits = list(re.finditer(r"\d+", text))
            if digits:
                spot = rng.choice(digits)
                tracked.replace(start + spot.start(), len(spot[0]), str(int(spot[0]) + 1))
            else:
                words = list(re.finditer(r"[a-z]{4,}", text))
                spot = rng.choice(words)
                tracked.replace(start + spot.start(), len(spot[0]), rng.choice(FILLERS))


def page_refreshed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A live page refreshed: every time restyled or moved to summer time, and new
    entries on top, some repeating an old line word for word (typed anew)."""
    style = rng.choice(("bst", "clock"))
    for match in reversed(list(TIME.finditer(tracked.text))):
        tracked.replace(match.start(), len(match[0]), restyle_time(match, style))
    live = " GMT" in tracked.text or " BST" in tracked.text
    for _ in range(max(1, round(rate / 2))):
        text = tracked.text
        paragraphs = _paragraphs(text)
        old_lines = [text[slice(*s)] for s in _sentences(text) if s[1] - s[0] > 40]
        line = rng.choice(old_lines if old_lines and rng.random() < 0.5 else NEW_ENTRIES)
        stamp = f"{rng.randint(18, 23):02d}:{rng.randrange(0, 60, 5):02d}"
        entry = f"{stamp} BST\n\nUpdate: {line}" if live else f"Update, {stamp}: {line}"
        at = paragraphs[min(2, len(paragraphs) - 1)][0]
        tracked.replace(at, 0, entry + "\n\n")


def pull_quote_added(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A quote or a sentence copied as a pull-quote one to three paragraphs away; often the
    original is then touched up, so the pull-quote is the exact match."""
    for _ in range(max(1, round(rate / 3))):
        text = tracked.text
        paragraphs = _paragraphs(text)
        quotes = [m.span(1) for m in _PULL_QUOTE.finditer(text)]
        sentences = [s for s in _sentences(text) if 40 <= s[1] - s[0] <= 160]
        pool = quotes if quotes and rng.random() < 0.6 else sentences
        if not pool or len(paragraphs) < 5:
            return
        start, end = rng.choice(pool)
        home = max(i for i, (s, _) in enumerate(paragraphs) if s <= start)
        places = [
            paragraphs[i][0]
            for i in range(max(2, home - 3), min(len(paragraphs), home + 4))
            if i not in (home, home + 1)
        ]
        if not places:
            continue
        to, length = rng.choice(places), end - start
        pull_quote(tracked, (start, end), to)
        if to <= start:  # the original moved on by the copy and its marks
            start, end = start + length + 4, end + length + 4
        letters = [i for i in range(start, end) if tracked.chars[i].isalpha()]
        letters = [i for i in letters if not touches_a_mark(tracked.chars, i)]
        if letters and rng.random() < 0.6:
            at = rng.choice(letters)
            tracked.replace(at, 1, "e" if tracked.chars[at] != "e" else "a")


def split_and_swapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Paragraphs split in two at a sentence boundary and the halves put the other way
    round."""
    for _ in range(max(1, round(len(_paragraphs(tracked.text)) * rate / 20))):
        text = tracked.text
        choices = [
            (paragraph, sentence[1])
            for paragraph in _paragraphs(text)[2:]
            for sentence in sentences_in(text, *paragraph)[:-1]
            if text[sentence[1]] == " "
        ]
        if not choices:
            return
        split_and_swap(tracked, *rng.choice(choices))


def spelling_americanised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A British-to-American spelling pass over the whole text: two classes of words at
    the lowest rate, four at the middle one, all six at the highest."""
    text = tracked.text
    present = [name for name, (pattern, _) in AMERICAN.items() if pattern.search(text)]
    count = 2 if rate < 3 else 4 if rate < 8 else len(present)
    americanise(tracked, rng.sample(present, min(count, len(present))))


def typeset_anew(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The text typeset anew, everywhere at once: quotes straightened (and dashes and
    ellipses from the middle rate); or straight quotes curled (and double quotes made
    single from the middle rate, as some British papers print them); or copied out of a
    PDF (ligatures; soft hyphens in long words from the middle rate). Bidi marks and
    non-breaking spaces dropped at the highest rate."""
    style = rng.choice(("straight", "curly", "pdf"))
    if style == "straight":
        quotes = {k: v for k, v in STRAIGHT.items() if k in "“”„‘’"}
        retype(tracked, quotes if rate < 3 else STRAIGHT)
    elif style == "curly":
        curl(tracked)
        if rate >= 3:
            retype(tracked, {"“": "‘", "”": "’"})
    else:
        retype(tracked, LIGATURES if rate < 8 else {**LIGATURES, "\u00a0": " "})
        if rate >= 3:
            text = tracked.text
            long_words = list(re.finditer(r"[^\W\d_]{9,}", text))
            chosen = rng.sample(long_words, len(long_words) // 2)
            for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
                at = match.start() + rng.randint(3, len(match[0]) - 3)
                if not touches_a_mark(tracked.chars, at):
                    tracked.replace(at, 0, SOFT_HYPHEN)
    if rate >= 8:
        retype(tracked, dict.fromkeys(BIDI_MARKS, ""))


def rewrapped_and_spellchecked(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Hard-wrapped at 60-78 columns, some long words broken with a hyphen at the line
    end; at the highest rate the blank lines between paragraphs go too. Then a spelling
    check fixes the planted misspellings, and a few new typos creep in."""
    width = rng.choice((60, 66, 72, 78))
    for paragraph in reversed(_paragraphs(tracked.text)):
        words = len(tracked.text[slice(*paragraph)].split())
        wrap(tracked, paragraph, width, {i for i in range(words) if rng.random() < 0.3})
    if rate >= 8:
        for match in reversed(list(re.finditer(r"\n\n(?=\S)", tracked.text))):
            tracked.replace(match.start(), 2, "\n    ")
    retype(tracked, MISSPELLINGS, words=True)
    if rate >= 3:
        typos(tracked, rng, rate / 4)


def trimmed_for_print(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Cut for print to about 80 % (lowest rate) down to about 45 % (highest): asides in
    brackets and "who ..." clauses dropped, paragraphs cut in the middle, then from the
    bottom."""
    keep = max(0.4, 0.85 - 0.05 * rate)
    target = len(tracked.text) * keep
    asides = r" \([^()\n]{2,60}\)|, (?:who|which|wich|where|according to) [^,.;\n“”]{3,70},"
    for match in reversed(list(re.finditer(asides, tracked.text))):
        if rng.random() < 0.6:
            tracked.replace(match.start(), len(match[0]), "")
    paragraphs = _paragraphs(tracked.text)
    inner = range(2, len(paragraphs) - 1)
    middle = sorted(rng.sample(inner, min(len(inner), round(len(paragraphs) * rate / 40))))
    for index in reversed(middle):
        delete_paragraph(tracked, paragraphs[index])
    while len(tracked.text) > target and len(_paragraphs(tracked.text)) > 4:
        delete_paragraph(tracked, _paragraphs(tracked.text)[-1])


def section_translated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """One to three paragraphs rewritten as a literal translation reads: clauses swapped
    round, common words glossed and others replaced, names and figures kept."""
    paragraphs = _paragraphs(tracked.text)
    size = 1 if rate < 3 else 2 if rate < 8 else 3
    if len(paragraphs) < size + 3:
        return
    wordy = [len(re.findall(r"\b[a-z]+\b", tracked.text[slice(*p)])) >= 12 for p in paragraphs]
    starts = [i for i in range(2, len(paragraphs) - size) if all(wordy[i : i + size])]
    first = rng.choice(starts or [2])
    for paragraph in reversed(paragraphs[first : first + size]):
        for start, end in reversed(sentences_in(tracked.text, *paragraph)):
            text = tracked.text[start:end]
            commas = [m.start() for m in re.finditer(", ", text)]
            plain = not any(mark in text for mark in '“”"«»「」()')
            if commas and plain and text.endswith(".") and rng.random() < 0.5:
                swap_clauses(tracked, (start, end), start + rng.choice(commas))
            gloss_words(tracked, rng, (start, end))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH2_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH2_FAMILIES: dict[str, Family] = {
    "correction appended": correction_appended,
    "page refreshed": page_refreshed,
    "pull-quote added": pull_quote_added,
    "split and swapped": split_and_swapped,
    "americanised": spelling_americanised,
    "typeset anew": typeset_anew,
    "rewrapped, checked": rewrapped_and_spellchecked,
    "trimmed for print": trimmed_for_print,
    "section translated": section_translated,
    "combined": combined,
}


def fresh2_text(seed: int, rng: random.Random) -> str:
    """A live blog, press releases, question time, an obituary, a how-to or a press
    review, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def fresh2_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (two fifths), sentences, paragraphs, clauses, one
    occurrence of a passage the text repeats (boilerplate included), figures and names."""
    spans = word_spans(rng, text, count * 2 // 5)
    paragraphs = _paragraphs(text)
    sentences = [
        (start, end)
        for paragraph in paragraphs
        for start, end in sentences_in(text, *paragraph)
        if len(text[start:end].split()) >= 3
    ] or paragraphs
    clauses = [
        (start + m.start() + len(m[0]) - len(m[0].lstrip()), start + m.start() + len(m[0].rstrip()))
        for start, end in sentences
        for m in re.finditer(r"(?:[^,;:]|[,;:](?! ))+", text[start:end])
        if 12 <= len(m[0].strip()) < end - start
    ]
    recurring = [
        (m.start(), m.end())
        for needle in RECURRING
        if text.count(needle) >= 2
        for m in re.finditer(re.escape(needle), text)
    ]
    figures = [m.span() for m in _FIGURE.finditer(text)]
    names = [m.span() for m in _NAME.finditer(text)]
    while len(spans) < count:
        roll = rng.random()
        pool = sentences
        if roll < 0.1:
            pool = paragraphs
        elif roll < 0.25 and clauses:
            pool = clauses
        elif roll < 0.55 and recurring:
            pool = recurring
        elif roll < 0.7 and figures:
            pool = figures
        elif roll < 0.8 and names:
            pool = names
        spans.append(rng.choice(pool))
    return sorted(spans)
