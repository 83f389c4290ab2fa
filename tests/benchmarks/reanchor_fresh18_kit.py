"""How the eighteenth round's fresh texts are laid out, and where their parts stand (no test here).

Every text is a list of near-identical blocks that people reorder: a title, a line under
it, an opening paragraph, then sections headed "… · …", each with a one-line note and a
run of blocks, and a footer under "Notes and contact". A block is one paragraph of two
lines or more: a key line that opens with a numbered label ("Sailing 4 — 07:40 …",
"Claim 3.", "Verse 2") or a bare label ("Chorus"), then detail lines, of which some are
stock lines that every block of its section repeats word for word ("Not on bank
holidays."). Twin blocks differ by one time, name or figure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from tests.benchmarks.reanchor_fresh15_kit import STOCK, headed_groups

Span = tuple[int, int]
#: A section's heading: "Route 2 · Portsmouth – Fishbourne".
SECTION_HEADING = re.compile(r"[^\n·]+ · [^\n]+")
#: The heading the footer stands under (it ends the last section).
FOOTER_HEADING = "Notes and contact"
#: A numbered label opening a key line ("Claim 3", "No. 212", "Stop 5").
LABEL = re.compile(r"(Sailing|No\.|Claim|Verse|Area|Item|Notice|Stop) (\d+)")


@dataclass(frozen=True)
class Section:
    """One section as written: its heading, its note and its blocks (lists of lines)."""

    heading: str
    note: str
    blocks: Sequence[Sequence[str]]


def listing(
    title: str, subtitle: str, opening: str, sections: Sequence[Section], footer: str
) -> str:
    """A text laid out from its parts, the stock paragraph last (in NFC)."""
    paragraphs = [title, subtitle, opening]
    for section in sections:
        paragraphs += [section.heading, section.note]
        paragraphs += ["\n".join(block) for block in section.blocks]
    paragraphs += [FOOTER_HEADING, footer, STOCK]
    return unicodedata.normalize("NFC", "\n\n".join(paragraphs) + "\n")


# -- where things stand --------------------------------------------------------------------------


def is_block(text: str, span: Span) -> bool:
    """Whether a paragraph is a block: two lines or more."""
    return "\n" in text[slice(*span)]


def sections(text: str) -> list[tuple[Span, list[Span]]]:
    """Each section's heading and its paragraphs, up to the next section or the footer."""
    return headed_groups(text, SECTION_HEADING, FOOTER_HEADING)


def blocks_of(text: str, under: list[Span]) -> list[Span]:
    """The blocks among a section's paragraphs."""
    return [span for span in under if is_block(text, span)]


def blocks(text: str) -> list[Span]:
    """Every block, in order."""
    return [b for _, under in sections(text) for b in blocks_of(text, under)]


def block_runs(text: str) -> list[list[Span]]:
    """Each section's run of blocks that follow each other with one blank line between."""
    runs: list[list[Span]] = []
    for _, under in sections(text):
        run: list[Span] = []
        for span in blocks_of(text, under):
            if run and text[run[-1][1] : span[0]] != "\n\n":
                runs.append(run)
                run = []
            run.append(span)
        if run:
            runs.append(run)
    return runs


def notes(text: str) -> list[Span]:
    """Each section's note: its first paragraph when it is one line."""
    return [under[0] for _, under in sections(text) if under and not is_block(text, under[0])]


def lines_of(text: str, block: Span) -> list[Span]:
    """A block's lines."""
    found, at = [], block[0]
    for line in text[slice(*block)].split("\n"):
        found.append((at, at + len(line)))
        at += len(line) + 1
    return found


def key_line(text: str, block: Span) -> Span:
    """A block's first line."""
    return lines_of(text, block)[0]


def details(text: str, block: Span) -> list[Span]:
    """A block's lines after its key line."""
    return lines_of(text, block)[1:]


def stock_lines(text: str, run: list[Span]) -> list[Span]:
    """The detail lines of a run's blocks that repeat a detail line of an earlier block of
    the run word for word."""
    seen: set[str] = set()
    found = []
    for block in run:
        mine = details(text, block)
        words = [text[slice(*line)] for line in mine]
        found += [line for line, said in zip(mine, words, strict=True) if said in seen]
        seen.update(words)
    return found


def sort_key(text: str, block: Span) -> str:
    """What a block is re-sorted by: its key line without its numbered label (a sailing's
    destination, an area, a product, a street, a station, an entry's date as written), then
    its first detail line (what a bare label's block is sorted by: a verse's first line)."""
    first = text[slice(*key_line(text, block))]
    rest = [text[slice(*line)] for line in details(text, block)]
    return LABEL.sub("", first).strip(" —.") + "\n" + rest[0]
