"""Fresh held-out material for re-anchoring: four new kinds of text, eight new families.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh`` prints it as "fresh held-out material"). The texts are in
``reanchor_fresh_texts``. The families are what an editor does that the other families
do not: sentences reordered inside a paragraph; a sentence inserted and the paragraph
split around it; a quote's marks and punctuation changed and a word inside it; a list of
names reordered; one of two near-duplicate paragraphs deleted and the other edited; a
numbers-and-dates style pass; a section rewritten keeping a few sentences; and a mix.
Every edit goes through :class:`TrackedText`, so the truth is known; moved text keeps
its origin (a reordered sentence is the same sentence), typed text has none.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, annotated_spans, typos
from tests.benchmarks.reanchor_fresh_texts import KINDS, LIST_LABELS, MONTHS
from tests.storage.edit_simulation import TrackedText

#: Seeds of the fresh held-out material (never used while tuning).
FRESH_SEEDS = range(3100, 3106)

Span = tuple[int, int]
_SENTENCE_END = re.compile(r"[.!?。][”’»」]?(?= |$)")
_LIST = re.compile(rf"(?:{'|'.join(LIST_LABELS)}): ([^\n]+?)\.(?= |\n|$)")
_QUOTE = re.compile(r"“([^”\n]+)”")
_DATE = re.compile(rf"\b([1-9]|[12]\d) ({'|'.join(MONTHS)}) (\d{{4}})\b")
_NUMBER = re.compile(r"(?<![\d,./£€])\b(\d{1,2})\b(?![\d,/%:])")
_MONEY = re.compile(r"([£€])(\d{1,3}),(\d{3})\b")
_PERCENT = re.compile(r"\b(\d{1,2})%")
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_UNITS = _SMALL_NUMBERS.split(" ")
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
INSERTED = (
    "A spokesperson later confirmed the figures to this newspaper.",
    "The details were first reported by the local radio station.",
    "This account has been disputed by several of those present.",
    "Earlier versions of this report gave the wrong figure.",
    "It was not the first time the matter had come up.",
    "Those present said the mood in the room was tense.",
)
REWRITTEN = (
    "Since then, the picture has changed considerably.",
    "Figures released this week tell a more complicated story.",
    "The full record of the session runs to forty pages.",
    "Several people who were there remember it differently.",
    "What happened next is disputed.",
    "Our reporter was in the room for the whole afternoon.",
    "None of this was in the official summary.",
    "The question will come back at the next session.",
)
QUOTE_MARKS = (('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"))
QUOTE_WORDS = ("really", "simply", "just", "truly", "still")


# -- where things are ---------------------------------------------------------------------------


def sentences_in(text: str, start: int, end: int) -> list[Span]:
    """Sentences of the paragraph ``text[start:end]``, separated by single spaces."""
    spans, at = [], start
    for match in _SENTENCE_END.finditer(text[start:end]):
        stop = start + match.end()
        spans.append((at, stop))
        at = stop + 1
    if at < end:
        spans.append((at, end))
    return spans


def name_lists(text: str) -> list[list[Span]]:
    """The items of every labelled name list ("Present: A, B, C.")."""
    lists = []
    for match in _LIST.finditer(text):
        items, at = [], match.start(1)
        for name in match.group(1).split(", "):
            items.append((at, at + len(name)))
            at += len(name) + 2
        lists.append(items)
    return lists


def near_duplicate_pairs(text: str) -> list[tuple[Span, Span]]:
    """Pairs of paragraphs of the same length in words that differ in one or two words."""
    spans = _paragraphs(text)
    words = [text[s:e].split(" ") for s, e in spans]
    pairs = []
    for i, first in enumerate(words):
        for j in range(i + 1, len(words)):
            second = words[j]
            if len(first) == len(second) >= 4:
                differing = sum(a != b for a, b in zip(first, second, strict=True))
                if 1 <= differing <= 2:
                    pairs.append((spans[i], spans[j]))
    return pairs


# -- operations (deterministic, so a test can check them by hand) -------------------------------


def move_unit(tracked: TrackedText, units: list[Span], i: int, j: int) -> None:
    """Move unit ``i`` of a run of units with separators between them (sentences and
    spaces, names and commas) to just before unit ``j`` (``len(units)``: after the last).
    The unit and its separator are cut and pasted, so they keep their origin."""
    last = len(units) - 1
    if j in (i, i + 1):
        return
    if i < last and j <= last:  # "X, " before unit j
        at, length = units[i][0], units[i + 1][0] - units[i][0]
        to = units[j][0]
        tracked.move(at, length, to - length if to > at else to)
    elif i > 0 and j > 0:  # ", X" after unit j - 1 (j - 1 is never i - 1 here)
        at, length = units[i - 1][1], units[i][1] - units[i - 1][1]
        to = units[j - 1][1]
        tracked.move(at, length, to - length if to > at else to)
    elif i == last:  # the last to the front: ", X" before the first, then its separator after it
        at, length = units[i - 1][1], units[i][1] - units[i - 1][1]
        separator = units[i][0] - units[i - 1][1]
        tracked.move(at, length, units[0][0])
        tracked.move(units[0][0], separator, units[0][0] + length - separator)
    else:  # the first to the end: "X, " after the last, then its separator before it
        at, length = units[0][0], units[1][0] - units[0][0]
        separator = units[1][0] - units[0][1]
        end = units[last][1] - length
        tracked.move(at, length, end)
        tracked.move(end + length - separator, separator, end)


def insert_and_split(tracked: TrackedText, space: int, new: str, style: int) -> None:
    """Replace the space between two sentences at ``space`` by a new sentence and a
    paragraph break: the new one ends the first part (0), stands alone (1) or opens the
    second part (2)."""
    inserted = (f" {new}\n\n", f"\n\n{new}\n\n", f"\n\n{new} ")[style]
    tracked.replace(space, 1, inserted)


def retouch_quote(
    tracked: TrackedText, quote: Span, marks: tuple[str, str], word: int, new_word: str
) -> None:
    """Give the quote ``“...”`` at ``quote`` other marks, move a closing comma or full stop
    outside it, and put ``new_word`` before its ``word``-th word (for an odd ``word``:
    instead of that word)."""
    start, end = quote
    tracked.replace(end - 1, 1, marks[1])
    if tracked.chars[end - 2] in ",.":
        tracked.replace(end - 2, 2, marks[1] + tracked.chars[end - 2])
    starts = [i for i in range(start + 1, end - 2) if tracked.chars[i - 1] in "“ "]
    at = starts[word % len(starts)]
    stop = at
    while stop < end - 2 and tracked.chars[stop] not in " ,.!?":
        stop += 1
    if word % 2:
        tracked.replace(at, stop - at, new_word)
    else:
        tracked.replace(at, 0, new_word + " ")
    tracked.replace(start, 1, marks[0])


def delete_paragraph(tracked: TrackedText, paragraph: Span) -> None:
    """Remove a paragraph and the blank line that separated it."""
    start, end = paragraph
    if tracked.text[end : end + 2] == "\n\n":
        tracked.replace(start, end + 2 - start, "")
    else:
        tracked.replace(start - 2, end - start + 2, "")


def number_in_words(number: int) -> str:
    """1-99 in words, as a style guide wants them ("forty-three")."""
    if number < 20:
        return _UNITS[number]
    tens, units = divmod(number, 10)
    return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")


def restyled(rng: random.Random, match: re.Match[str]) -> str:
    """A number, a date, a sum or a percentage written another way."""
    if match.re is _DATE:
        day, month, year = int(match[1]), MONTHS.index(match[2]) + 1, match[3]
        return rng.choice(
            (
                f"{match[2]} {day}, {year}",
                f"{day}/{month}/{year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day} {match[2][:3]} {year}",
            )
        )
    if match.re is _MONEY:
        return rng.choice((f"{match[1]}{match[2]}{match[3]}", f"{match[1]}{match[2]} {match[3]}"))
    if match.re is _PERCENT:
        return f"{match[1]} per cent"
    return number_in_words(int(match[1]))


# -- families ------------------------------------------------------------------------------------


def _how_many(rng: random.Random, available: int, rate: float, per: float) -> int:
    return min(available, max(1, round(available * rate / per)))


def sentences_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sentences moved to another place in their own paragraph."""
    for _ in range(max(1, round(len(_paragraphs(tracked.text)) * rate / 20))):
        text = tracked.text
        units = [sentences_in(text, s, e) for s, e in _paragraphs(text)]
        units = [u for u in units if len(u) >= 3] or [u for u in units if len(u) == 2]
        if not units:
            return
        sentences = rng.choice(units)
        i = rng.randrange(len(sentences))
        j = rng.choice([j for j in range(len(sentences) + 1) if j not in (i, i + 1)])
        move_unit(tracked, sentences, i, j)


def sentence_inserted_and_split(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A new sentence typed between two sentences, and the paragraph split around it."""
    for _ in range(max(1, round(len(_paragraphs(tracked.text)) * rate / 20))):
        text = tracked.text
        spaces = [
            end
            for s, e in _paragraphs(text)
            for _, end in sentences_in(text, s, e)[:-1]
            if text[end] == " "
        ]
        if not spaces:
            return
        insert_and_split(tracked, rng.choice(spaces), rng.choice(INSERTED), rng.randrange(3))


def quotes_retouched(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Quotes given other marks and punctuation, and a word added inside each."""
    quotes = [m.span() for m in _QUOTE.finditer(tracked.text) if " " in m[1]]
    if not quotes:
        return
    chosen = sorted(rng.sample(quotes, _how_many(rng, len(quotes), rate, 10)), reverse=True)
    for quote in chosen:
        marks = rng.choice(QUOTE_MARKS)
        retouch_quote(tracked, quote, marks, rng.randrange(8), rng.choice(QUOTE_WORDS))


def names_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Name lists put in alphabetical order by surname, or a name or two moved."""
    lists = name_lists(tracked.text)
    for index in rng.sample(range(len(lists)), _how_many(rng, len(lists), rate, 8)):
        if rng.random() < 0.5:
            for position in range(len(lists[index])):
                names = name_lists(tracked.text)[index]
                key = [tracked.text[s:e].split(" ")[-1] for s, e in names]
                smallest = min(range(position, len(names)), key=key.__getitem__)
                move_unit(tracked, names, smallest, position)
        else:
            for _ in range(rng.randint(1, 2)):
                names = name_lists(tracked.text)[index]
                i = rng.randrange(len(names))
                choices = [j for j in range(len(names) + 1) if j not in (i, i + 1)]
                if choices:
                    move_unit(tracked, names, i, rng.choice(choices))


def near_duplicate_pruned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """One of two near-duplicate paragraphs deleted; the other edited, often taking the
    deleted one's wording."""
    for _ in range(max(1, round(rate / 3))):
        pairs = near_duplicate_pairs(tracked.text)
        if not pairs:
            return
        pair = rng.choice(pairs)
        kept, gone = pair if rng.random() < 0.5 else pair[::-1]
        text = tracked.text
        edits: list[tuple[int, int, str]] = []
        at_kept, at_gone = kept[0], gone[0]
        kept_words, gone_words = (
            text[kept[0] : kept[1]].split(" "),
            text[gone[0] : gone[1]].split(" "),
        )
        for kept_word, gone_word in zip(kept_words, gone_words, strict=True):
            if kept_word != gone_word and rng.random() < 0.6:
                edits.append((at_kept, len(kept_word), gone_word))
            elif kept_word == gone_word and rng.random() < 0.08:
                edits.append((at_kept, len(kept_word), rng.choice(QUOTE_WORDS)))
            at_kept += len(kept_word) + 1
            at_gone += len(gone_word) + 1
        for at, length, new in sorted(edits, reverse=True) if kept > gone else []:
            tracked.replace(at, length, new)
        delete_paragraph(tracked, gone)
        for at, length, new in sorted(edits, reverse=True) if kept < gone else []:
            tracked.replace(at, length, new)


def numbers_and_dates(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A style pass: small numbers in words, dates, sums and percentages rewritten."""
    text = tracked.text
    found = sorted(
        (m for pattern in (_DATE, _MONEY, _PERCENT, _NUMBER) for m in pattern.finditer(text)),
        key=lambda m: (m.start(), -m.end()),
    )
    spots: list[re.Match[str]] = []
    for match in found:
        if not spots or match.start() >= spots[-1].end():
            spots.append(match)
    if not spots:
        return
    chosen = rng.sample(spots, _how_many(rng, len(spots), rate, 8))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        tracked.replace(match.start(), match.end() - match.start(), restyled(rng, match))


def section_rewritten(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Two to four paragraphs rewritten: most sentences replaced, a few kept, the first
    paragraph break dropped, a new paragraph added at the end."""
    for _ in range(max(1, round(rate / 4))):
        text = tracked.text
        paragraphs = _paragraphs(text)
        if len(paragraphs) < 6:
            return
        first = rng.randrange(2, len(paragraphs) - 2)
        section = paragraphs[first : first + rng.randint(2, 4)]
        tracked.replace(section[-1][1], 0, "\n\n" + " ".join(rng.sample(REWRITTEN, 2)))
        sentences = [s for start, end in section for s in sentences_in(text, start, end)]
        kept = set(rng.sample(range(len(sentences)), max(1, len(sentences) // 4)))
        for index in reversed(range(len(sentences))):
            if index not in kept:
                start, end = sentences[index]
                tracked.replace(start, end - start, rng.choice(REWRITTEN + INSERTED))
            if index and sentences[index - 1][1] == section[0][1] and rng.random() < 0.5:
                tracked.replace(section[0][1], 2, " ")


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above and some typos, each at half the rate."""
    for family in rng.sample(list(FRESH_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH_FAMILIES: dict[str, Family] = {
    "sentences reordered": sentences_reordered,
    "inserted and split": sentence_inserted_and_split,
    "quotes retouched": quotes_retouched,
    "names reordered": names_reordered,
    "near dup pruned": near_duplicate_pruned,
    "numbers and dates": numbers_and_dates,
    "section rewritten": section_rewritten,
    "combined": combined,
}


def fresh_text(seed: int, rng: random.Random) -> str:
    """Council minutes, a court report, a festival report or a long feature, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Short passages that recur in the fresh texts (a reader codes one of the occurrences).
RECURRING = (
    "No comment.",
    "I am innocent",
    "The motion was carried",
    "The trial continues.",
    "Tickets are sold out",
    "The river remembers.",
    "proposed, and",
    "Mr Volkov",
)


def fresh_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What ``annotated_spans`` picks, and a quarter more on the traps of these texts: one
    occurrence of a recurring short passage, a near-duplicate paragraph or a sentence of
    one, a name in a name list."""
    extra = count // 4
    spans = annotated_spans(rng, text, count - extra)
    pairs = near_duplicate_pairs(text)
    lists = name_lists(text)
    recurring = [needle for needle in RECURRING if text.count(needle) >= 2]
    while len(spans) < count:
        roll = rng.random()
        if roll < 0.4 and recurring:
            needle = rng.choice(recurring)
            places = [m.start() for m in re.finditer(re.escape(needle), text)]
            at = rng.choice(places)
            spans.append((at, at + len(needle)))
        elif roll < 0.7 and pairs:
            paragraph = rng.choice(rng.choice(pairs))
            if rng.random() < 0.5:
                spans.append(paragraph)
            else:
                spans.append(rng.choice(sentences_in(text, *paragraph)))
        elif lists:
            spans.append(rng.choice(rng.choice(lists)))
    return sorted(spans)
