"""How the seventeenth round's fresh texts are laid out, and where their parts stand (no test here).

Every text is a numbered document: a title, a line under it, an opening paragraph, a
definitions block ('“Term” — meaning' lines under its own heading), then numbered sections
("4. Repairs"), each with a one-line note (that may cross-refer, "(see clause 2)", and
carry a footnote marker "[3]"), a bullet list ("- …" lines, drawn from a small pool so the
same bullet stands in several sections) and sometimes a table ("a | b | c" rows under a
header row), then a footnotes block ("[3] …" lines) under its heading, and a footer.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh5_places import lines_in

Span = tuple[int, int]
NBSP = "\u00a0"
ZWJ = "\u200d"
#: A section's heading: "4. Repairs and upkeep".
HEADING = re.compile(r"(\d+)\. \S[^\n]*")
#: A cross-reference inside a note: "(see clause 4)".
REFERENCE = re.compile(r"\(see \w+ (\d+)\)")
#: A footnote marker in a note: "[3]".
MARKER = re.compile(r"\[(\d+)\]")
#: One definition line: '“Deposit” — the sum paid …'.
DEFINITION = re.compile(r"“[^”\n]+” — [^\n]+")
#: One footnote line: "[3] …".
FOOTNOTE = re.compile(r"\[(\d+)\] [^\n]+")
#: A quantity in a unit that an editor converts: "200 g", "1.5 kg", "30 cm", "180 °C".
QUANTITY = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[ \u00a0](g|kg|ml|cm|km|°C)(?![\w/])")


@dataclass(frozen=True)
class Kind:
    """What one kind of numbered document is written from."""

    title: str
    subtitle: str
    opening: str
    definitions_heading: str
    definitions: Sequence[str]
    #: The word a cross-reference uses: "clause", "recipe", "section".
    label: str
    sections: Sequence[str]
    #: One-sentence notes; a section's note is two of them.
    notes: Sequence[str]
    #: Bullet lines (without "- "); every section draws three to five of them.
    bullets: Sequence[str]
    table_head: str
    rows: Sequence[str]
    footnotes_heading: str
    footnotes: Sequence[str]
    footer_heading: str
    footer: str
    #: How many of ``notes`` a section's note strings together.
    note_length: int = 2


#: What every document's footer ends with: the marks that trip placement (an apostrophe,
#: a no-break space, a joiner, a combining mark).
STOCK = (
    f"Printed copies are free at the office{NBSP}🖨️; the large-print copy takes 5 days. "
    f"The team 👩{ZWJ}🔧 checks every page before it’s posted. Names are spelt as their "
    "owners write them (Ọlámidé, Nguyễn Thị Hằng, Zoë Brontë)."
)


def document(rng: random.Random, kind: Kind) -> str:
    """A document of ``kind``: seven or eight numbered sections in a drawn order, each with
    a note of two or three sentences (the first two and most others cross-referring to
    another section, some with a footnote marker), a bullet list drawn from the shared pool
    and, in three sections, a table."""
    count = rng.choice((7, 8))
    blocks = [kind.title, kind.subtitle, kind.opening, kind.definitions_heading]
    blocks.append("\n".join(rng.sample(list(kind.definitions), rng.randint(4, 5))))
    names = rng.sample(list(kind.sections), count)
    tabled = set(rng.sample(range(1, count + 1), 3))
    footnotes: list[str] = []
    for number, name in enumerate(names, start=1):
        blocks.append(f"{number}. {name}")
        first, *rest = rng.sample(list(kind.notes), kind.note_length)
        if rng.random() < 0.7 or number <= 2:
            other = rng.choice([n for n in range(1, count + 1) if n != number])
            first = f"{first[:-1]} (see {kind.label} {other}){first[-1]}"
        note = " ".join([first, *rest])
        if rng.random() < 0.5 and len(footnotes) < len(kind.footnotes):
            footnotes.append(kind.footnotes[len(footnotes)])
            note += f"[{len(footnotes)}]"
        blocks.append(note)
        bullets = rng.sample(list(kind.bullets), rng.randint(4, 6))
        blocks.append("\n".join(f"- {bullet}" for bullet in bullets))
        if number in tabled:
            rows = rng.sample(list(kind.rows), rng.randint(3, 4))
            blocks.append("\n".join([kind.table_head, *rows]))
    if not footnotes:
        footnotes.append(kind.footnotes[0])
        blocks[6] += "[1]"
    blocks.append(kind.footnotes_heading)
    blocks.append("\n".join(f"[{i}] {note}" for i, note in enumerate(footnotes, start=1)))
    blocks.extend((kind.footer_heading, kind.footer, STOCK))
    return "\n\n".join(blocks) + "\n"


# -- where things stand --------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    """A numbered section: its heading, number, name and the paragraphs under it."""

    heading: Span
    number: int
    name: str
    note: Span | None
    lists: list[Span]
    tables: list[Span]

    @property
    def last(self) -> int:
        """Where its last paragraph (of any kind) ends."""
        under = [*([self.note] if self.note else []), *self.lists, *self.tables]
        return max(end for _, end in [self.heading, *under])


def is_list(text: str, span: Span) -> bool:
    """A paragraph of "- " lines."""
    return all(text.startswith("- ", s) for s, _ in lines_in(text, *span))


def is_table(text: str, span: Span) -> bool:
    """A paragraph of two or more " | " rows."""
    lines = lines_in(text, *span)
    return len(lines) >= 2 and all(" | " in text[s:e] for s, e in lines)


def is_note(text: str, span: Span) -> bool:
    """A one-line prose paragraph ending with a stop or a footnote marker."""
    words = text[slice(*span)]
    return "\n" not in words and bool(re.search(r"[.!?।](?:\[\d+\])?$", words))


def sections(text: str) -> list[Section]:
    """Every numbered section, in order, with the note, lists and tables right under it."""
    found = []
    paragraphs = _paragraphs(text)
    for index, span in enumerate(paragraphs):
        match = HEADING.fullmatch(text, *span)
        if match is None:
            continue
        note: Span | None = None
        lists: list[Span] = []
        tables: list[Span] = []
        for under in paragraphs[index + 1 :]:
            if note is None and not lists and not tables and is_note(text, under):
                note = under
            elif is_list(text, under):
                lists.append(under)
            elif is_table(text, under):
                tables.append(under)
            else:
                break
        name = match[0].split(". ", 1)[1]
        found.append(Section(span, int(match[1]), name, note, lists, tables))
    return found


def section_span(text: str, section: Section) -> Span:
    """From a section's heading to the end of its last paragraph."""
    return section.heading[0], section.last


def bullet_lines(text: str) -> list[Span]:
    """Every bullet line ("- " and all), in order."""
    return [
        line
        for section in sections(text)
        for span in section.lists
        for line in lines_in(text, *span)
    ]


def definitions(text: str) -> Span | None:
    """The definitions paragraph, if there is one."""
    for span in _paragraphs(text):
        lines = lines_in(text, *span)
        if all(DEFINITION.fullmatch(text, s, e) for s, e in lines):
            return span
    return None


def footnote_block(text: str) -> Span | None:
    """The paragraph of footnote lines, if there is one."""
    for span in _paragraphs(text):
        if all(FOOTNOTE.fullmatch(text, s, e) for s, e in lines_in(text, *span)):
            return span
    return None


def markers(text: str) -> list[re.Match[str]]:
    """The footnote markers in the notes (not the footnote lines' own numbers)."""
    block = footnote_block(text)
    stop = block[0] if block else len(text)
    return [
        m for m in MARKER.finditer(text, 0, stop) if m.start() > 0 and text[m.start() - 1] != "\n"
    ]


def table_rows(text: str) -> list[Span]:
    """Every table row below a header row."""
    return [line for s in sections(text) for t in s.tables for line in lines_in(text, *t)[1:]]
