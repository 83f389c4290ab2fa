"""How the sixteenth round's fresh texts are written and read, and where things stand (no test).

Every text is a transcript or running record: a title, a line under it, an opening note,
then sections (sittings, hymns, halves of a match) headed "… · …", each with an opening
paragraph that names a time and a run of turns, and a footer. A turn is one paragraph: a
label (a speaker, "Q. ", a time line, a cue number and timecode, "Chorus", a minute) and
its content, one sentence (or one language of a bilingual pair) per line. Stock replies
("Yes.", "Thank you, Chair.") and a refrain stand many times word for word.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from tests.benchmarks.reanchor_fresh15_kit import NBSP, ZWJ, headed_groups

Span = tuple[int, int]
#: A section's heading: "Morning sitting · 10 March".
SECTION_HEADING = re.compile(r"[^\n]+ · [^\n]+")
#: The heading the footer stands under (it ends the last section).
FOOTER_HEADING = "About this record"
#: A turn's label, whichever kind of text it opens.
LABEL = re.compile(
    r"\d+\n\d\d:\d\d:\d\d[,.]\d{3} --> \d\d:\d\d:\d\d[,.]\d{3}\n"  # a subtitle cue
    r"|\d{1,2}[:.]\d{2}(?:[ap]m)?\n"  # a live blog's time line
    r"|(?:Verse \d+|V\d+|Chorus|Refrain|Bridge|All)\n"  # a hymn's part
    r"|\d+(?:\+\d+)?(?:'|’| min)(?:\+\d+)? (?:— )?"  # a match minute
    r"|[QA]\. |Question: |Answer: "  # a court's turns
    r"|(?:Q\d+ )?[^\n:]{1,48}: "  # a speaker
)
#: What every text's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark).
STOCK_FOOTER = (
    f"This record isn’t verbatim in every word; hesitations are left out. Copies cost "
    f"nothing{NBSP}📄 and a large-print copy takes 5 days. Staff 👩{ZWJ}💻 check every "
    "page. Names are spelt as their owners write them (Adébáyọ̀, not Adebayo)."
)


@dataclass(frozen=True)
class Kind:
    """What one kind of transcript is written from."""

    title: str
    subtitle: str
    opening: str
    sections: Sequence[str]
    #: A section's opening paragraph, with {time}.
    section_opening: str
    #: Content of ordinary turns: a sentence, or a bilingual pair on two lines.
    lines: Sequence[str]
    #: Short stock replies, each a turn's whole content.
    stock: Sequence[str]
    #: A refrain (or stock ruling), a turn's whole content, standing several times.
    refrain: str
    #: A turn's label: (rng, turn number, clock, role: "line", "stock" or "refrain").
    label: Callable[[random.Random, int, str, str], str]
    #: How an editor restyles a label (or the words that open a turn's content).
    restyle: Mapping[str, str]
    #: What a repeated turn's content is collapsed to.
    repeat_marker: str
    #: A correction turn's content, with {} for the sentence it repeats with a word changed.
    correction: str
    #: A short turn's content typed between the halves of a split turn (its label and a
    #: correction's are a stock reply's).
    interjection: str
    footer: Sequence[str]
    #: How a clock time is written (minutes since midnight).
    clock: Callable[[int], str] = lambda minutes: f"{minutes // 60:02d}:{minutes % 60:02d}"
    #: Whether each section's turns run newest first.
    newest_first: bool = False
    #: Fewest and most turns a section holds, and how many sections there are.
    turns: tuple[int, int] = (7, 9)
    section_count: tuple[int, ...] = (5,)


def transcript(rng: random.Random, kind: Kind) -> str:
    """A transcript of ``kind``: three or five sections of turns, a quarter of them stock
    replies and a tenth the refrain (which ends every other section), and the footer."""
    blocks = [kind.title, kind.subtitle, kind.opening]
    number = rng.randint(1, 40)
    minutes = rng.randint(9 * 60, 11 * 60)
    for heading in rng.sample(list(kind.sections), rng.choice(kind.section_count)):
        blocks.append(heading)
        blocks.append(kind.section_opening.format(time=kind.clock(minutes)))
        turns = []
        count = rng.randint(*kind.turns)
        closes = rng.random() < 0.5  # a section that ends on the refrain
        for index in range(count):
            roll = 0.3 if closes and index == count - 1 else rng.random()
            if roll < 0.25:
                role, content = "stock", rng.choice(list(kind.stock))
            elif roll < 0.35:
                role, content = "refrain", kind.refrain
            else:
                role = "line"
                content = "\n".join(rng.sample(list(kind.lines), rng.choice((1, 2, 2, 3))))
            turns.append(kind.label(rng, number, kind.clock(minutes), role) + content)
            number += 1
            minutes += rng.randint(1, 6)
        if kind.newest_first:
            turns.reverse()
        blocks.extend(turns)
        minutes += rng.randint(20, 60)
    blocks.append(FOOTER_HEADING)
    blocks.extend(kind.footer)
    return "\n\n".join(blocks) + "\n"


def timecode(seconds: int) -> str:
    """A subtitle timecode, "00:01:02,480"."""
    hours, minutes, rest = seconds // 3600, seconds // 60 % 60, seconds % 60
    return f"{hours:02d}:{minutes:02d}:{rest:02d},{seconds * 37 % 1000:03d}"


# -- where things stand --------------------------------------------------------------------------


def sections(text: str) -> list[tuple[Span, list[Span]]]:
    """Each section's heading and its paragraphs (the opening first), up to the next
    section or the footer heading."""
    return headed_groups(text, SECTION_HEADING, FOOTER_HEADING)


def openings(text: str) -> list[Span]:
    """Each section's opening paragraph."""
    return [under[0] for _, under in sections(text) if under]


def turns_of(text: str, section: list[Span]) -> list[Span]:
    """The turns of a section (its paragraphs after the opening)."""
    return section[1:]


def turns(text: str) -> list[Span]:
    """Every turn, in order."""
    return [turn for _, under in sections(text) for turn in turns_of(text, under)]


def label_end(text: str, turn: Span) -> int:
    """Where a turn's content starts (after its label, if it has one)."""
    match = LABEL.match(text, turn[0], turn[1])
    return match.end() if match else turn[0]


def content(text: str, turn: Span) -> Span:
    """A turn without its label."""
    return label_end(text, turn), turn[1]


def content_lines(text: str, turn: Span) -> list[Span]:
    """The lines of a turn's content."""
    spans, at = [], label_end(text, turn)
    for line in text[at : turn[1]].split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return [(s, e) for s, e in spans if e > s]


def repeated_turns(text: str) -> dict[str, list[Span]]:
    """Turns whose content stands two or more times word for word, by that content."""
    groups: dict[str, list[Span]] = {}
    for turn in turns(text):
        groups.setdefault(text[slice(*content(text, turn))], []).append(turn)
    return {words: found for words, found in groups.items() if len(found) >= 2}


def turn_runs(text: str) -> list[list[Span]]:
    """Each section's turns that follow each other with one blank line between."""
    runs: list[list[Span]] = []
    for _, under in sections(text):
        found = turns_of(text, under)
        run: list[Span] = []
        for turn in found:
            if run and text[run[-1][1] : turn[0]] != "\n\n":
                runs.append(run)
                run = []
            run.append(turn)
        if run:
            runs.append(run)
    return runs
