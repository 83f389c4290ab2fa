"""How the fifteenth round's fresh texts are laid out, and where their parts stand (no test here).

Every text is a register of entries: a title, a line under it, an opening note, then parts
headed "Part 1 · …", each with a note and a run of entries, and a footer. An entry is one
paragraph of three lines or more: a header line ("14 Mar 2026 — Ms Hoa Trần — ref 2041"),
one or two lines of detail, and a stock closing line that many entries share ("No further
action."). Twin entries differ by one figure or one date; a correction note quotes a line
of another entry word for word.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tests.benchmarks.reanchor_families import _paragraphs

Span = tuple[int, int]
NBSP = "\u00a0"
ZWJ = "\u200d"
#: The heading the footer stands under (it ends the last part).
FOOTER_HEADING = "Contact and notes"
#: A part's heading: "Part 3 · Evening".
PART_HEADING = re.compile(r"Part (\d+) · [^\n]+")
#: Header fields are parted by this.
FIELD = " — "


@dataclass(frozen=True)
class Register:
    """What one kind of register is written from."""

    title: str
    subtitle: str
    opening: str
    parts: Sequence[str]
    notes: Sequence[str]
    names: Sequence[str]
    details: Sequence[str]
    closings: Sequence[str]
    reference: str
    footer: Sequence[str]
    #: Most entries a part holds (before twins).
    most: int = 5


#: What every register's footer ends with: a stock paragraph holding the marks that trip
#: placement (an apostrophe, a no-break space, a joiner, a combining mark).
STOCK = (
    f"This register is kept under the owner’s data policy for six years. Copies are "
    f"free on request{NBSP}📄; a large-print copy takes 5 days. Staff 👩{ZWJ}💻 on duty "
    "sign every page. Names are spelt as the family writes them (Adébáyọ̀, not Adebayo)."
)

#: Stock closing lines of every kind and how an editor rewords each.
REWORDINGS = {
    "No further action.": "Nothing more to do.",
    "Ends": "End of entry",
    "Checked and signed.": "Signed after checking.",
    "Shipper’s load and count.": "Loaded and counted by the shipper.",
    "Said to contain.": "Contents as declared.",
    "Family informed.": "Next of kin told.",
    "Stored at −20 °C.": "Kept frozen at −20 °C.",
    "Entered by the parish clerk.": "Written in by the clerk.",
    "Decision: approved with conditions.": "Approved, with conditions.",
    "Decision: refused.": "Refused.",
    "Does not run on public holidays.": "Not on public holidays.",
    "Không áp dụng ngày lễ. (Not on public holidays.)": "Ngày lễ nghỉ. (Closed on holidays.)",
    "Ισχύει μέχρι νεωτέρας. (Until further notice.)": "Ισχύει ως έχει. (Stands as it is.)",
    "Seen by the nurse.": "The nurse saw them.",
}
CLOSINGS = tuple(REWORDINGS)


def _month_day(rng: random.Random) -> tuple[int, str]:
    month = rng.choice(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Sep", "Oct", "Nov"))
    return rng.randint(1, 12), month


def _entry(rng: random.Random, kind: Register, day: int, month: str, number: int) -> list[str]:
    name = rng.choice(kind.names)
    header = FIELD.join((f"{day} {month} 2026", name, kind.reference.format(number)))
    details = rng.sample(list(kind.details), rng.choice((1, 1, 2)))
    closing = kind.closings[0] if rng.random() < 0.7 else rng.choice(kind.closings)
    return [header, *details, closing]


def register(rng: random.Random, kind: Register) -> str:
    """A register of ``kind``: five or six parts of three to five entries, one entry in most
    parts followed by its twin (one day and one reference number on), a correction quoting a
    line of an earlier entry, and the footer."""
    blocks = [kind.title, kind.subtitle, kind.opening]
    number = rng.randint(1200, 8800)
    part_names = rng.sample(list(kind.parts), rng.choice((5, 6)))
    notes = list(kind.notes)
    rng.shuffle(notes)
    quoted: list[str] = []
    for index, part in enumerate(part_names, start=1):
        blocks.append(f"Part {index} · {part}")
        blocks.append(notes[(index - 1) % len(notes)])
        day, month = _month_day(rng)
        for _ in range(rng.randint(3, kind.most)):
            number += rng.randint(1, 40)
            lines = _entry(rng, kind, day, month, number)
            blocks.append("\n".join(lines))
            quoted.append(lines[1])
            if rng.random() < 0.3:
                number += 1
                header = lines[0].replace(f"{day} {month}", f"{day + 1} {month}")
                old, new = kind.reference.format(number - 1), kind.reference.format(number)
                twin = [header.replace(old, new), *lines[1:]]
                blocks.append("\n".join(twin))
                day += 1
            day += rng.randint(0, 2)
        if index == 2:
            blocks.append(
                f"Correction: the line “{rng.choice(quoted)}” was entered twice; the second "
                "is struck."
            )
    blocks.append(FOOTER_HEADING)
    blocks.extend(kind.footer)
    return "\n\n".join(blocks) + "\n"


# -- where things stand --------------------------------------------------------------------------


def is_entry(text: str, span: Span) -> bool:
    """Whether a paragraph is an entry: three lines or more, a header of three fields, a
    stock closing line."""
    lines = text[slice(*span)].split("\n")
    return len(lines) >= 3 and lines[0].count(FIELD) == 2 and lines[-1] in CLOSINGS


def entries(text: str) -> list[Span]:
    """Every entry, in order."""
    return [p for p in _paragraphs(text) if is_entry(text, p)]


def headed_groups(
    text: str, heading: re.Pattern[str], footer: str
) -> list[tuple[Span, list[Span]]]:
    """Each paragraph matching ``heading`` with the paragraphs under it, up to the next such
    heading or the paragraph ``footer``."""
    found: list[tuple[Span, list[Span]]] = []
    for start, end in _paragraphs(text):
        words = text[start:end]
        if heading.fullmatch(words):
            found.append(((start, end), []))
        elif words == footer:
            break
        elif found:
            found[-1][1].append((start, end))
    return found


def parts(text: str) -> list[tuple[Span, list[Span]]]:
    """Each part's heading and its paragraphs, up to the next part or the footer heading."""
    return headed_groups(text, PART_HEADING, FOOTER_HEADING)


def entry_runs(text: str) -> list[list[Span]]:
    """Runs of entries that follow each other with one blank line between."""
    return blank_line_runs(text, entries(text))


def blank_line_runs(text: str, spans: list[Span]) -> list[list[Span]]:
    """``spans`` (in text order) grouped into runs that follow each other with one blank
    line between."""
    runs: list[list[Span]] = []
    for span in spans:
        if runs and text[runs[-1][-1][1] : span[0]] == "\n\n":
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def notes(text: str) -> list[Span]:
    """Each part's note: its first paragraph when it is one line of prose."""
    found = []
    for _, under in parts(text):
        if under and not is_entry(text, under[0]) and "\n" not in text[slice(*under[0])]:
            found.append(under[0])
    return found


def closing_line(text: str, entry: Span) -> Span:
    """An entry's closing line."""
    return text.rindex("\n", *entry) + 1, entry[1]


def header_line(text: str, entry: Span) -> Span:
    """An entry's header line."""
    return entry[0], text.index("\n", *entry)


def name_of(text: str, entry: Span) -> str:
    """The name in an entry's header (the field a register is re-sorted by)."""
    return text[slice(*header_line(text, entry))].split(FIELD)[1]
