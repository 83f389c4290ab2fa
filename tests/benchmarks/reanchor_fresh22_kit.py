"""How the twenty-second round's fresh texts are laid out, and where their parts stand (no test).

Every text is what a tool emits (OCR, an e-mail export, a scraper, a PDF extractor, a
screenwriting program, a machine translator): paragraphs parted by a blank line, prose
hard-wrapped into lines (words hyphenated at line ends, Thai broken mid-phrase), and
*running* paragraphs that the tool repeats on every page or in every message (a running
header, a page number "— 4 —", an advertisement line, a disclaimer, "On … wrote:",
"Advertisement", "CUT TO:", "Annual Report 2025 | 17"). The pages between running
paragraphs hold the content.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh9_families import _trimmed

Span = tuple[int, int]
NBSP = "\u00a0"
ZWJ = "\u200d"
ZWSP = "\u200b"
SHY = "\u00ad"
LRM = "\u200e"
RLM = "\u200f"
#: What each tool repeats as a paragraph of its own, one pattern a kind of running line.
RUNNING = (
    re.compile(r"— \d+ —"),
    re.compile(r"THE MARSH HARBOUR GAZETTE · [^\n]+"),
    re.compile(r"ASK YOUR GROCER FOR HALLAM’S TEA — IT REFRESHES!"),
    re.compile(r"On \w{3}, \d{1,2} \w{3} \d{4} at \d\d:\d\d, [^\n]+ wrote:"),
    re.compile(r"CONFIDENTIAL: [^\n]+"),
    re.compile(r"Advertisement"),
    re.compile(r"Share on Facebook · Share on X · Copy link"),
    re.compile(r"Continue reading \(page \d+ of \d+\)"),
    re.compile(r"Annual Report 2025 \| \d+"),
    re.compile(r"CONTINUED:|CUT TO:|\d+\."),
    re.compile(r"\[Machine translation · page \d+ of \d+\]"),
    re.compile(RLM + r"עמוד \d+" + RLM + r" · Page \d+"),
    re.compile(r"หน้า [๐-๙]+ · Page \d+"),
)
#: A line that is not wrapped prose: a quote, a table row, a footnote, a mail header, a
#: signature field, a character cue, a parenthetical.
UNWRAPPED = re.compile(
    r">.*|.*\d[\d,.%]* +[\d,.%]*\d%?|[¹²³⁴⁵⁶].*|(?:From|To|Sent|Subject|Cc): .*|.* \| .*"
    r"|[A-Z][A-Z .’]+|\(.*\)"
)
#: Shortest line a wrapped run keeps before its last.
WRAPPED = 28
#: Thai letters (no spaces between words) and marks that must not open a line.
THAI = re.compile(r"[\u0e01-\u0e5b]")
LEADING_VOWELS = "เแโใไ"


def paragraphs(text: str) -> list[Span]:
    """Every paragraph, in order."""
    return _paragraphs(text)


def running_kind(words: str) -> int | None:
    """Which kind of running line a paragraph is (an index into :data:`RUNNING`), if any."""
    return next((i for i, pattern in enumerate(RUNNING) if pattern.fullmatch(words)), None)


def running(text: str) -> list[Span]:
    """The running paragraphs, in order."""
    return [p for p in paragraphs(text) if running_kind(text[slice(*p)]) is not None]


def running_groups(text: str) -> dict[int, list[Span]]:
    """The running paragraphs by kind of running line."""
    groups: dict[int, list[Span]] = {}
    for span in running(text):
        kind = running_kind(text[slice(*span)])
        assert kind is not None
        groups.setdefault(kind, []).append(span)
    return groups


def pages(text: str) -> list[list[Span]]:
    """Runs of content paragraphs with a running paragraph after them (the last page, which
    nothing closes, is left out)."""
    found: list[list[Span]] = [[]]
    for span in paragraphs(text):
        if running_kind(text[slice(*span)]) is None:
            found[-1].append(span)
        elif found[-1]:
            found[-1].append(span)
            found.append([])
    return [page for page in found[:-1] if page]


def lines(text: str) -> list[Span]:
    """Every line that holds a visible character, without white space at its ends."""
    return _trimmed(text, lines_in(text, 0, len(text)))


def wrapped_runs(text: str) -> list[Span]:
    """Runs of two or more lines of hard-wrapped prose inside a paragraph: every line but
    the last at least :data:`WRAPPED` long, none a quote, a row, a cue or a header."""
    found = []
    for start, end in paragraphs(text):
        run: list[Span] = []
        for line in lines_in(text, start, end):
            words = text[slice(*line)]
            if UNWRAPPED.fullmatch(words) or running_kind(words) is not None:
                if len(run) >= 2:
                    found.append((run[0][0], run[-1][1]))
                run = []
                continue
            run.append(line)
            if len(words) < WRAPPED:
                if len(run) >= 2:
                    found.append((run[0][0], run[-1][1]))
                run = []
        if len(run) >= 2:
            found.append((run[0][0], run[-1][1]))
    return found


def breakable(text: str, at: int) -> bool:
    """Whether a line may be broken before ``at`` inside a word (not before a mark, not after
    a Thai leading vowel, between two letters)."""
    before, after = text[at - 1], text[at]
    return (
        before.isalpha()
        and after.isalpha()
        and not unicodedata.combining(after)
        and unicodedata.category(after) != "Mc"
        and before not in LEADING_VOWELS
    )


def wrap(rng: random.Random, paragraph: str, width: int, hyphens: float = 0.0) -> str:
    """``paragraph`` hard-wrapped at ``width``: at a space, else (Thai) between letters; a
    long plain Latin word at the line end hyphenated ("govern-\\nment") with chance
    ``hyphens`` (three letters or more on either side)."""
    out: list[str] = []
    line = ""
    for word in re.split(r"(?<= )", paragraph):
        while len(line) + len(word.rstrip()) > width and (line or len(word) > width):
            room, core = width - len(line), word.rstrip(" ")
            cut = next(
                (
                    i
                    for i in range(min(room, len(core) - 1), 2, -1)
                    if breakable(core, i)
                    and (
                        THAI.match(core[i])
                        or (
                            core[:i].isalpha()
                            and core.isascii()
                            and core[i : i + 3].isalpha()
                            and len(core) - i >= 3
                            and rng.random() < hyphens
                        )
                    )
                ),
                None,
            )
            if cut is not None:
                dash = "" if THAI.match(word[cut]) else "-"
                out.append(line + word[:cut] + dash)
                word = word[cut:]
            elif line:
                out.append(line.rstrip(" "))
            else:
                break
            line = ""
        line += word
    out.append(line.rstrip(" "))
    return "\n".join(out)


def assemble(blocks: Sequence[str]) -> str:
    """Paragraphs one blank line apart, NFC, ending with a line break."""
    return unicodedata.normalize("NFC", "\n\n".join(blocks) + "\n")


def fill(
    rng: random.Random,
    head: list[str],
    page: Callable[[random.Random, int], list[str]],
    tail: list[str],
) -> str:
    """``head``, then pages from ``page(rng, number)`` (a list of paragraphs each) until the
    text holds 5,200 to 7,200 bytes, then ``tail``."""
    target = rng.randint(5_200, 7_200)
    blocks = list(head)
    number = 1
    while len(assemble([*blocks, *tail]).encode()) < target:
        blocks.extend(page(rng, number))
        number += 1
    return assemble([*blocks, *tail])
