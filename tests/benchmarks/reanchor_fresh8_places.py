"""Where things are in the eighth-round fresh texts (no test here): running blocks a text
repeats, sub-clause numbers and references to them, roles, measures and decimals, personal
data and names, logs of dated entries, passages in other scripts and asides.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh5_places import body
from tests.benchmarks.reanchor_fresh7_places import Span, headings
from tests.benchmarks.reanchor_fresh8_kit import (
    ASIDE,
    DASHED,
    DECIMAL,
    EMAIL,
    ENTRY,
    MEASURE,
    PEOPLE,
    PHONE,
    REFERENCE,
    ROLE,
    ROMAN_OF,
    SUBCLAUSE,
)


def running_blocks(text: str) -> list[list[Span]]:
    """Paragraphs of two or more lines that stand three or more times word for word (a
    signature, a disclaimer, a page footer), each as its occurrences, most frequent first."""
    places: dict[str, list[Span]] = {}
    for start, end in body(text):
        if "\n" in text[start:end]:
            places.setdefault(text[start:end], []).append((start, end))
    groups = [spans for spans in places.values() if len(spans) >= 3]
    return sorted(groups, key=lambda spans: (-len(spans), spans[0]))


def subclause_numbers(text: str) -> list[Span]:
    """Every sub-clause number, at a line start ("4.2") or in a reference ("clause 4.2")."""
    found = [m.span() for m in SUBCLAUSE.finditer(text)]
    found += [(m.start(1), m.end(2)) for m in REFERENCE.finditer(text)]
    return sorted(found)


def subclause_lines(text: str) -> list[Span]:
    """The lines that open with a sub-clause number."""
    found = []
    for match in SUBCLAUSE.finditer(text):
        end = text.find("\n", match.start())
        found.append((match.start(), len(text) if end < 0 else end))
    return found


def roles(text: str) -> list[Span]:
    """Every "the Supplier", "the Hotel" and so on."""
    return [m.span() for m in ROLE.finditer(text)]


def measures(text: str) -> list[Span]:
    """Every figure with its unit."""
    return [m.span() for m in MEASURE.finditer(text)]


def decimals(text: str) -> list[Span]:
    """Every decimal figure followed by a unit or a per cent sign."""
    return [m.span() for m in DECIMAL.finditer(text)]


def contacts(text: str) -> list[Span]:
    """Every e-mail address and telephone number."""
    return sorted(
        [m.span() for m in EMAIL.finditer(text)] + [m.span() for m in PHONE.finditer(text)]
    )


NAME = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(name) for name in PEOPLE)
    + "|"
    + "|".join(sorted({re.escape(name.split()[-1]) for name in PEOPLE}, key=len, reverse=True))
    + r")(?![\w-])"
)


def names(text: str) -> list[Span]:
    """Every mention of a person: a full name, or a surname alone."""
    return [m.span() for m in NAME.finditer(text)]


def logs(text: str) -> list[list[Span]]:
    """Runs of three or more entries in a row, each entry a paragraph that opens with a
    date, a stamp or a sender ("From: ", "km 64 · ", "Version 3.2.1 ", "★") and the
    paragraphs after it up to the next entry; a run ends at a heading, which must follow
    it (so that no entry is the text's last paragraph)."""
    found: list[list[Span]] = []
    run: list[Span] = []
    titles = set(headings(text))
    for span in body(text):
        if ENTRY.match(text, span[0]):
            run.append(span)
        elif span in titles:
            if len(run) >= 3:
                found.append(run)
            run = []
        elif run:
            run[-1] = (run[-1][0], span[1])
    return found


def other_scripts(text: str) -> list[Span]:
    """Where each Chinese, Hindi or Thai passage of the bank stands."""
    found = []
    for passage in ROMAN_OF:
        at = text.find(passage)
        while at >= 0:
            found.append((at, at + len(passage)))
            at = text.find(passage, at + 1)
    return sorted(found)


def asides(text: str, *, dashed: bool = False) -> list[Span]:
    """Asides in brackets (with the space before them) and, with ``dashed``, between em
    dashes; none that a heading or the headline is."""
    found = [m.span() for m in ASIDE.finditer(text)]
    if dashed:
        found += [m.span() for m in DASHED.finditer(text)]
    headline = _paragraphs(text)[0]
    return sorted(s for s in found if not (headline[0] <= s[0] < headline[1]))
