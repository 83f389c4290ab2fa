"""How the twenty-third round's fresh texts are laid out, and where their parts stand (no test).

Every text is a full export of a page that crowds write and platforms re-export: a title,
a line under it, a lead paragraph, then sections (a heading such as "Main thread",
"Section A: Short answers", "Letter B" or "Season 2", a one-line note, then items), and
a footer under "About this export". An item is one paragraph of two lines or more: a head
line (a post's "@mara_k · 4 Mar · 3/30", a question "Q3. …", a term, an episode
"S1E4 — …") and body lines. Lines recur word for word across items: a quote-post repeats
a post, a mark scheme repeats a question's stem, a body restates the lead, an answer
quotes the question with "> ", short replies ("Same.") and template lines recur.
"""

from __future__ import annotations

import bisect
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh15_kit import blank_line_runs, headed_groups
from tests.benchmarks.reanchor_fresh22_kit import assemble, paragraphs

Span = tuple[int, int]
NBSP = "\u00a0"
ZWJ = "\u200d"
ZWSP = "\u200b"
SHY = "\u00ad"
#: The heading the footer stands under (it ends the last section).
FOOTER_HEADING = "About this export"
#: A section heading: one short line with no closing stop, no "@", "[", "Q" number or figure
#: in front, not the footer's heading.
SECTION_HEADING = re.compile(
    r"(?!About this export$)(?![@\[>*\d])(?!Q\d)[^\n]{2,70}(?<![.!?:;,)”\"])"
)
#: A vote count, an air date (the keys platforms sort items by).
VOTES = re.compile(r"(\d+) votes")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
AIR_DATE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + r")[a-z]* (\d{4})")
#: Numbers a platform renumbers: "[12]", "3/30", "Q3.", "S1E4", "(2 marks)", "Notice 3", a
#: notice's or a sense's "3." at the start of a line (group 5 is the marks).
NUMBERED = re.compile(
    r"\[(\d+)\]|\b(\d+)/\d+\b|\bQ(\d+)\.|\bS\d+E(\d+)\b|\((\d+) marks?\)"
    r"|\b(?:Notice|Ìkéde) (\d+)\b|^(\d+)\.(?= )",
    re.MULTILINE,
)

#: What every export's footer ends with: a stock paragraph holding the marks that trip
#: placement (an apostrophe, a no-break space, a joiner, a combining mark, a soft hyphen).
STOCK = (
    f"This export was made by the platform’s archive tool{NBSP}📦 and may lag the live "
    f"page by a day. Moderators 👩{ZWJ}💻 check reports within 48{NBSP}hours. Names are "
    f"kept as their owners write them (Adébáyọ̀, Ọlá, Tẹ́mi), and long words may break at "
    f"a soft hy{SHY}phen."
)


@dataclass(frozen=True)
class Platform:
    """What one kind of export is written from: ``item(rng, section, index, earlier)`` makes
    the ``index``-th item of ``section`` as lines (none when the section holds no more),
    seeing the items made before it."""

    title: str
    subtitle: str
    lead: str
    sections: Sequence[str]
    notes: Sequence[str]
    item: Callable[[random.Random, str, int, list[list[str]]], list[str]]
    footer: Sequence[str]
    #: How many sections (at least) and items a section holds.
    least_sections: int = 4
    #: The fewest items a section holds.
    least_items: int = 2
    #: The note repeats on every section (an exam's "Answer all questions in this section.").
    same_note: bool = False


def export(rng: random.Random, platform: Platform) -> str:
    """A full export of ``platform``: some of its sections in their order, each with its
    heading, a note and items, then the footer; as many items as bring it to 5.2-7.4 KB."""
    target = rng.randint(5_200, 7_400)
    count = rng.randint(platform.least_sections, min(6, len(platform.sections)))
    chosen = sorted(rng.sample(range(len(platform.sections)), count))
    state = rng.getstate()
    text = ""
    for most in range(platform.least_items, 16):
        rng.setstate(state)
        blocks = [platform.title, platform.subtitle, platform.lead]
        earlier: list[list[str]] = []
        for number, index in enumerate(chosen):
            section = platform.sections[index]
            blocks.append(section)
            notes = platform.notes
            blocks.append(notes[0] if platform.same_note else notes[number % len(notes)])
            for at in range(rng.randint(max(platform.least_items, most - 1), most)):
                lines = platform.item(rng, section, at, earlier)
                if not lines:  # the section holds no more
                    break
                earlier.append(lines)
                blocks.append("\n".join(lines))
        blocks.extend([FOOTER_HEADING, *platform.footer])
        grown = assemble(blocks)
        if len(grown.encode()) > 8_900 and text:
            return text
        text = grown
        if len(text.encode()) >= target:
            return text
    return text


def nfc(words: str) -> str:
    """Words as an export gives them (NFC)."""
    return unicodedata.normalize("NFC", words)


# -- where things stand --------------------------------------------------------------------------


def sections(text: str) -> list[tuple[Span, list[Span]]]:
    """Each section's heading and its paragraphs, up to the next heading or the footer."""
    found = headed_groups(text, SECTION_HEADING, FOOTER_HEADING)
    lead = paragraphs(text)[2][0]
    return [(heading, under) for heading, under in found if heading[0] > lead]


def is_item(text: str, span: Span) -> bool:
    """Whether a paragraph is an item: two lines or more."""
    return "\n" in text[slice(*span)]


def items(text: str) -> list[Span]:
    """Every item inside a section, in order."""
    return [p for _, under in sections(text) for p in under if is_item(text, p)]


def item_runs(text: str) -> list[list[Span]]:
    """Runs of items of one section that follow each other with one blank line between."""
    return blank_line_runs(text, items(text))


def notes(text: str) -> list[Span]:
    """Each section's note: its first paragraph when it is one line."""
    return [under[0] for _, under in sections(text) if under and not is_item(text, under[0])]


def head_line(text: str, item: Span) -> Span:
    """An item's first line."""
    return item[0], text.index("\n", *item)


def body_lines(text: str, item: Span) -> list[Span]:
    """An item's lines after its head line."""
    return lines_in(text, head_line(text, item)[1] + 1, item[1])


def last_line(text: str, item: Span) -> Span:
    """An item's last line."""
    return text.rindex("\n", *item) + 1, item[1]


def echoes(text: str) -> list[tuple[Span, Span]]:
    """Item lines whose words (without a "> " or a "Quoting …: " in front) stand whole in
    another item line too, as (the line, where the words stand there) for each other place;
    lines shorter than 12 code points left out."""
    every = [line for item in items(text) for line in lines_in(text, *item)]
    starts = [start for start, _ in every]
    found = []
    for index, (start, end) in enumerate(every):
        words = text[start:end]
        if len(words) < 12 or text.count(words) < 2:
            continue
        at = text.find(words)
        while at >= 0:
            other = bisect.bisect_right(starts, at) - 1
            if other not in (-1, index) and at + len(words) <= every[other][1]:
                found.append(((start, end), (at, at + len(words))))
            at = text.find(words, at + 1)
    return found


def sort_key(words: str) -> tuple[int, int, int, str]:
    """What a platform sorts an item by: most votes first, else earliest air date, else its
    head line alphabetically."""
    votes = VOTES.search(words)
    if votes:
        return (-int(votes[1]), 0, 0, "")
    date = AIR_DATE.search(words)
    if date:
        month = next(i for i, m in enumerate(MONTHS) if date[2].startswith(m))
        return (int(date[3]), month, int(date[1]), "")
    return (0, 0, 0, words.split("\n", 1)[0].casefold())
