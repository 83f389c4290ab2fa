"""A quote's clock times, units and compass points read where a copy editor respelt them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from desktop_app.core.folded_markup import Folded
from desktop_app.core.quote_only_dates import DAY_AND_MONTH, DateReading, date_reading
from desktop_app.core.records import TextPosition, TextQuote
from desktop_app.core.respelt_ends import FIGURE, SHORT, minute_of_day, spelt_out

#: How many times its quote with its context a stretch reaches either side of a respelt
#: word (the respelt words inside a passage lengthen or shorten it).
REACH = 2
#: What sets two stretches apart in the text read respelt: a blank line.
APART = "\n\n"
#: Texts whose words are kept read: the last few texts placed, and the stretches read
#: respelt in them (one annotation placed at a time asks about the same text again).
TEXTS_KEPT = 8
#: A word as a reader reads it: a run of code points that are not white space, without the
#: punctuation around it ("(SW)," is "SW", "6.12am." is "6.12am"); a day and its month's
#: name are one word ("3 February", as "03/02" is).
WORD = re.compile(r"(?:" + DAY_AND_MONTH + r"|[^\s(\[\"'“‘]+?)(?=[.,;:!?)\]\"'”’]*(?:\s|$))")


class Word(NamedTuple):
    """A word of a text: where it stands, how it is written, and whether a figure stands
    as the word before it (so that a short word reads as its unit)."""

    start: int
    end: int
    spelling: str
    after_figure: bool


def _read(text: str) -> tuple[list[str], list[bool]]:
    """The words of ``text`` in order (:data:`WORD`), and for each whether a figure
    (:data:`FIGURE`, which ends on a digit) stands as the word before it."""
    spellings: list[str] = WORD.findall(text)
    figures = [
        spelling[-1].isdigit() and FIGURE.fullmatch(spelling) is not None for spelling in spellings
    ]
    return spellings, [False, *figures][: len(spellings)]


def _short(spelling: str, after_figure: bool) -> bool:
    """Whether a word may be a unit or compass point written short: a word of
    :data:`SHORT` letters or fewer after a figure, or of two or three in capitals ("SW",
    "NNW"); a lone capital is a unit only right after a figure ("4 M"), else an initial
    ("S." of an anonymised "Sarah")."""
    return (
        spelling.isalpha()
        and len(spelling) <= SHORT
        and (after_figure or (len(spelling) > 1 and spelling.isupper()))
    )


class Respelling(NamedTuple):
    """How the quotes write a word of the text, and the longest quote with its context
    that reads it so (code points)."""

    spelling: str
    reach: int


class _TextWords(NamedTuple):
    """The words of a text (:func:`_read`) a respelling may have touched, by their number
    among its words, read once a text."""

    spellings: list[str]
    after_figure: list[bool]
    #: Clock times by the minute of the day they name.
    times: dict[int, list[int]]
    #: Units and compass points written short (:func:`_short`), by first letter.
    shorts: dict[str, list[int]]
    #: Words longer than :data:`SHORT` letters, by first letter.
    longs: dict[str, list[int]]
    #: Dates, weekdays and spans of years by what they name (:func:`date_reading`).
    dates: dict[DateReading, list[int]]
    #: What :func:`_alike_in_text` found for a quote's word (its spelling, whether a figure
    #: stands before it), kept for the text's other quotes.
    alike: dict[tuple[str, bool], list[int]]


@lru_cache(maxsize=TEXTS_KEPT)
def _text_words(text: str) -> _TextWords:
    """The words of ``text`` that may have been respelt (:class:`_TextWords`; a clock time
    begins on a digit, so no other word is read as one)."""
    spellings, after_figure = _read(text)
    found = _TextWords(spellings, after_figure, {}, {}, {}, {}, {})
    for number, spelling in enumerate(spellings):
        if (reading := date_reading(spelling)) is not None:
            found.dates.setdefault(reading, []).append(number)
        elif spelling[0].isdigit():
            if (minute := minute_of_day(spelling)) is not None:
                found.times.setdefault(minute, []).append(number)
        elif len(spelling) > SHORT:
            if spelling.isalpha():
                found.longs.setdefault(spelling[0].casefold(), []).append(number)
        elif _short(spelling, after_figure[number]):
            found.shorts.setdefault(spelling[0].casefold(), []).append(number)
    return found


@lru_cache(maxsize=TEXTS_KEPT)
def _word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of ``text`` (:func:`_read`) stands."""
    return [match.span() for match in WORD.finditer(text)]


def _alike_in_text(in_text: _TextWords, spelling: str, after_figure: bool) -> list[int]:
    """The words of a text (by number) that read as a quote's word ``spelling``: the same
    clock time in any style, or a unit or compass point spelt out or in, both after a
    figure or neither (a copy editor respells a unit after the figure it measures, "4.2 m"
    as "4.2 metres", so "m" after a figure is no "moderate" elsewhere), or the same date,
    weekday or span of years however written (:func:`date_reading`); a date (a day names
    one, where weekdays recur) only when the text nowhere writes it as the quote does (two
    notices of "4 March" and "၄ March" are two passages, not one respelt)."""
    if (reading := date_reading(spelling)) is not None:
        standing = in_text.dates.get(reading, [])
        if reading[0] == "date" and any(in_text.spellings[n] == spelling for n in standing):
            return []
        return standing
    if (minute := minute_of_day(spelling)) is not None:
        return in_text.times.get(minute, [])
    first = spelling[0].casefold()
    if _short(spelling, after_figure):
        standing = in_text.longs.get(first, [])
    elif spelling.isalpha() and len(spelling) > SHORT:
        standing = in_text.shorts.get(first, [])
    else:
        return []
    return [
        number
        for number in standing
        if in_text.after_figure[number] == after_figure
        and spelt_out(*sorted((in_text.spellings[number], spelling), key=len))
    ]


def _respelt_in_text(text: str, quotes: Iterable[TextQuote]) -> dict[Word, Respelling]:
    """Each word of ``text`` that reads as a word of a quote or its context written
    otherwise (:func:`_alike_in_text`), with the quote's spelling of it and the longest
    such quote with its context; a word two quotes spell differently is left as it is
    written."""
    in_text = _text_words(text)
    spellings: dict[int, set[str]] = {}
    reaches: dict[int, int] = {}
    for quote in quotes:
        whole = quote.prefix + quote.exact + quote.suffix
        for word in zip(*_read(whole), strict=True):
            if (alike := in_text.alike.get(word)) is None:
                alike = in_text.alike[word] = _alike_in_text(in_text, *word)
            spelling = word[0]
            for number in alike:
                if in_text.spellings[number] != spelling:
                    spellings.setdefault(number, set()).add(spelling)
                    reaches[number] = max(reaches.get(number, 0), len(whole))
    if not spellings:
        return {}
    spans = _word_spans(text)
    return {
        Word(*spans[number], in_text.spellings[number], in_text.after_figure[number]): (
            Respelling(next(iter(found)), reaches[number])
        )
        for number, found in spellings.items()
        if len(found) == 1
    }


def _stretches(text: str, respelt: dict[Word, Respelling]) -> list[tuple[int, int]]:
    """The stretches of ``text`` a passage reading one of the ``respelt`` words may stand
    in: :data:`REACH` times its quote with its context either side of the word, grown to
    the line's start and end when they are as near again, stretches that meet made one."""
    stretches: list[tuple[int, int]] = []
    for word in sorted(respelt):
        reach = REACH * respelt[word].reach
        start, end = max(0, word.start - reach), min(len(text), word.end + reach)
        line_start = text.rfind("\n", 0, start) + 1
        start = line_start if start - line_start <= reach else start
        line_end = text.find("\n", end) % (len(text) + 1)
        end = line_end if line_end - end <= reach else end
        if stretches and start <= stretches[-1][1] + len(APART):
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], end))
        else:
            stretches.append((start, end))
    return stretches


def _fold_respelt(
    text: str, respelt: dict[Word, Respelling], stretches: list[tuple[int, int]]
) -> Folded:
    """The ``stretches`` of ``text``, set :data:`APART`, with each of the ``respelt`` words
    written as the quotes write it; the code points a unit's or compass point's two
    spellings begin with alike ("m" of "metres") stand for themselves, the rest of the
    quotes' spelling (and all of a clock time's) for the rest of the word as the text
    writes it (a passage cut inside it holds it whole)."""
    kept: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    words = iter(sorted(respelt))
    word = next(words, None)
    for number, (start, end) in enumerate(stretches):
        if number:
            kept.append(APART)
            origin.extend([start] * len(APART))
            ends.extend([start] * len(APART))
        reached = start
        while word is not None and word.end <= end:
            spelling = respelt[word].spelling
            kept.append(text[reached : word.start])
            origin.extend(range(reached, word.start))
            ends.extend(range(reached + 1, word.start + 1))
            alike = 0
            while (
                spelling.isalpha()
                and alike < min(len(spelling), len(word.spelling) - 1)
                and spelling[alike] == word.spelling[alike]
            ):
                alike += 1
            kept.append(spelling)
            origin.extend(range(word.start, word.start + alike))
            ends.extend(range(word.start + 1, word.start + alike + 1))
            rest = len(spelling) - alike
            origin.extend([word.start + alike] * rest)
            ends.extend([word.end] * rest)
            reached = word.end
            word = next(words, None)
        kept.append(text[reached:end])
        origin.extend(range(reached, end))
        ends.extend(range(reached + 1, end + 1))
    last = stretches[-1][1]
    origin.append(last)
    ends.append(last + 1)
    return Folded("".join(kept), origin, ends)


def respelt_stretches(text: str, quotes: Sequence[TextQuote]) -> tuple[Folded, list[bool]] | None:
    """The stretches of ``text`` around the words a copy editor respelt that a quote or
    its context reads otherwise (:func:`_respelt_in_text`), those words written as the
    quotes write them (:func:`_fold_respelt`: the only places such a passage may stand
    now), and, for each quote, whether it or its quote with its context stands there more
    often so than as written; None when none does."""
    respelt = _respelt_in_text(text, quotes)
    if not respelt:
        return None
    stretches = _stretches(text, respelt)
    folded = _fold_respelt(text, respelt, stretches)
    as_written = APART.join(text[start:end] for start, end in stretches)
    rewritten = [
        any(
            folded.text.count(piece) > as_written.count(piece)
            for piece in (quote.exact, quote.prefix + quote.exact + quote.suffix)
        )
        for quote in quotes
    ]
    return (folded, rewritten) if any(rewritten) else None


def position_in(folded: Folded, position: TextPosition) -> TextPosition:
    """``position`` (where a passage stood) read in the ``folded`` stretches: at the point
    of them where its start falls, or the next stretch's start, its length kept."""
    start = folded.forth(position.start, position.start)[0]
    return TextPosition(start, start + position.end - position.start)
