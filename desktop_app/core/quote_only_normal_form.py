"""A copy editor's respellings every reader reads alike, written one way for the quote only."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from desktop_app.core.batch_placement import Request, read_back
from desktop_app.core.folded_markup import Folded
from desktop_app.core.quote_only_respelt import position_in
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import TextPosition, TextQuote

#: Texts whose normal form is kept: one annotation placed at a time asks about the same
#: text again.
TEXTS_KEPT = 8
#: Curly and low quote marks, and dashes and the minus sign, as a keyboard types them.
MARKS = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "–": "-",
        "—": "-",
        "‒": "-",
        "―": "-",
        "−": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "…": "...",
    }
)
#: A weekday's name in full (or cut to four or five letters) and the three letters that
#: stand for it.
WEEKDAYS = {
    "Monday": "Mon",
    "Tuesday": "Tue",
    "Tues": "Tue",
    "Wednesday": "Wed",
    "Thursday": "Thu",
    "Thurs": "Thu",
    "Friday": "Fri",
    "Saturday": "Sat",
    "Sunday": "Sun",
}
#: What a copy editor respells and a reader reads alike, each group one kind: a clock time
#: on the 12-hour clock ("12.30 pm", "7am") or on the 24-hour clock ("9:30"), a thousands
#: comma between figures ("1,250"), "per cent" after a figure ("3.1 per cent", "3.1 %"), a
#: title written out ("Right Honourable"), "circa" before a figure, a weekday's name in
#: full, and marks (:data:`MARKS`).
RESPELLING = re.compile(
    r"(?P<twelve>(?<![\d.:,])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s?"
    r"(?P<half>[ap])(?:m|\.m\.)(?![^\W\d_]))"
    r"|(?P<clock>(?<![\d.:,])(?P<hours>\d{1,2}):(?P<minutes>\d{2})(?![\d:]))"
    r"|(?P<thousands>(?<=\d),(?=\d{3}(?!\d)))"
    r"|(?P<percent>(?<=\d)\s?(?:per ?cent\b|%))"
    r"|(?P<title>\bRight Honourable\b)"
    r"|(?P<circa>\bcirca(?= ?\d))"
    r"|(?P<weekday>\b(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b)"
    r"|(?P<marks>[" + "".join(chr(point) for point in MARKS) + r"])",
    re.IGNORECASE,
)


def _written_one_way(match: re.Match[str]) -> str:
    """How the normal form writes what ``match`` (of :data:`RESPELLING`) found: a clock time
    as "HH:MM" on the 24-hour clock, a thousands comma left out, a percentage as "%" after
    its figure, "Rt Hon", "c.", a weekday's three letters, marks as a keyboard types them;
    a time that names no minute of the day, or a word not written in its usual capitals
    ("monday", "CIRCA"), as written."""
    found = match[0]
    kind = match.lastgroup
    if kind == "twelve":
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if not 1 <= hour <= 12 or minute >= 60:
            return found
        return f"{hour % 12 + (12 if match['half'] in 'pP' else 0):02}:{minute:02}"
    if kind == "clock":
        hours, minutes = int(match["hours"]), int(match["minutes"])
        return f"{hours:02}:{minutes:02}" if hours < 24 and minutes < 60 else found
    if kind == "thousands":
        return ""
    if kind == "percent":
        return "%" if found.strip().casefold().replace(" ", "") in ("percent", "%") else found
    if kind == "title":
        return "Rt Hon" if found == "Right Honourable" else found
    if kind == "circa":
        return "c." if found == "circa" else found
    if kind == "weekday":
        return WEEKDAYS.get(found, found)
    return found.translate(MARKS)


def normal_form(text: str) -> Folded:
    """``text`` with every respelling of :data:`RESPELLING` written one way, and where each
    code point stood in ``text``: the code points a respelling shares at its start with how
    ``text`` writes it ("R" of "Right", "Tu" of "Tuesday") stand for themselves, the rest for
    the rest of the respelt words (a passage cut inside them, or ending on "Tue" of
    "Tuesday", holds them whole)."""
    kept: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    reached = 0
    for match in RESPELLING.finditer(text):
        written = _written_one_way(match)
        start, end = match.span()
        if written == match[0]:
            continue
        kept.append(text[reached:start])
        origin.extend(range(reached, start))
        ends.extend(range(reached + 1, start + 1))
        alike = 0
        while alike < min(len(written), end - start) - 1 and written[alike] == text[start + alike]:
            alike += 1
        kept.append(written)
        origin.extend(range(start, start + alike))
        ends.extend(range(start + 1, start + alike + 1))
        origin.extend([start + alike] * (len(written) - alike))
        ends.extend([end] * (len(written) - alike))
        reached = end
    kept.append(text[reached:])
    origin.extend(range(reached, len(text) + 1))
    ends.extend(range(reached + 1, len(text) + 2))
    return Folded("".join(kept), origin, ends)


@lru_cache(maxsize=TEXTS_KEPT)
def text_in_normal_form(text: str) -> Folded:
    """:func:`normal_form` of a text, kept for its other annotations."""
    return normal_form(text)


def _quote_folded(quote: TextQuote) -> tuple[Folded, int, int]:
    """``quote`` and its context read together in :func:`normal_form` (a respelling across
    the quote's start or end read whole), and where the quote starts and ends there."""
    whole = normal_form(quote.prefix + quote.exact + quote.suffix)
    start = whole.forth(len(quote.prefix), len(quote.prefix))[0]
    end = whole.forth(len(quote.prefix) + len(quote.exact), 0)[0]
    return whole, start, end


def quote_in_normal_form(quote: TextQuote) -> TextQuote:
    """``quote`` and its context in :func:`normal_form`, cut again where the quote's ends
    fall (:func:`_quote_folded`)."""
    whole, start, end = _quote_folded(quote)
    return TextQuote(
        exact=whole.text[start:end], prefix=whole.text[:start], suffix=whole.text[end:]
    )


def mostly_respelt(written: str, normal: Folded, start: int, end: int) -> bool:
    """Whether fewer than half the code points of ``normal`` (the normal form of
    ``written``) from ``start`` to ``end`` stand there as ``written`` writes them (a lone
    time "2.56 pm" read as "14:56", the "6" of "6 pm" read as "18:00"): the copy editor
    retyped most of the passage, which its reader confirms."""
    ends = normal.ends or []
    kept = sum(
        1
        for at in range(start, end)
        if ends[at] - normal.origin[at] == 1 and written[normal.origin[at]] == normal.text[at]
    )
    return 2 * kept < end - start


def reads_more_often(text: str, normal: str, quote: TextQuote, in_normal: TextQuote) -> bool:
    """Whether the quote, or it with either side of its context, stands in the ``normal``
    text (in :func:`quote_in_normal_form`) more often than as written in ``text``: some
    respelling kept the passage from being read where it stands."""
    return any(
        normal.count(found) > text.count(written)
        for found, written in (
            (in_normal.exact, quote.exact),
            (in_normal.prefix + in_normal.exact, quote.prefix + quote.exact),
            (in_normal.exact + in_normal.suffix, quote.exact + quote.suffix),
        )
        if found
    )


#: How a passage is placed in a text: the text, where it stood, its quote, a hint.
Placer = Callable[[str, TextPosition, TextQuote, int | None], Placement]


def placed_in_normal_form(
    text: str,
    position: TextPosition,
    quote: TextQuote,
    hint: int | None,
    placed: Placement,
    place_in: Placer,
) -> Placement:
    """Where ``place_in`` puts a passage left in review or orphaned (``placed``) in the
    normal form of ``text`` and of its quote with context (a copy editor's respellings
    written one way: :func:`normal_form`), read back in ``text``, when it places it there
    and the respellings are why (:func:`reads_more_often`), in review when the quote or
    the words it lands on are mostly respelt (:func:`mostly_respelt`); else ``placed``."""
    if placed.state in PLACED_STATES:
        return placed
    normal = text_in_normal_form(text)
    in_normal = quote_in_normal_form(quote)
    if in_normal == quote and normal.text == text:
        return placed
    if not reads_more_often(text, normal.text, quote, in_normal):
        return placed
    inward = None if hint is None else normal.forth(hint, hint)[0]
    inside = place_in(normal.text, position_in(normal, position), in_normal, inward)
    found = read_back(text, normal, Request(position, quote, hint), inside)
    if found.state not in PLACED_STATES:
        return placed
    if mostly_respelt(text, normal, inside.start, inside.end) or mostly_respelt(
        quote.prefix + quote.exact + quote.suffix, *_quote_folded(quote)
    ):
        return Placement("review", found.start, found.end, found.score)
    return found
