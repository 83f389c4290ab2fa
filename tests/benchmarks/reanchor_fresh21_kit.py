"""How the twenty-first round's fresh texts are laid out, and where their parts stand (no test).

Every text is a revised document of blocks parted by a blank line: a title, a line under
it, then numbered units (a bill's sections "4. Powers of the Minister", a transcript's
"Segment 3: …", a subtitle cue "12", a manual's "Procedure 2: …", a song's "Verse 2:",
a README's "## 3. Configuration"), each a head line and body lines, and free blocks
between them (a schedule, a changelog, a refrain). Lines recur word for word (a stock
clause, a short answer, a refrain, a step, a warning) or differ by one number; references
name units ("subject to section 7", "see cue 12"); times and durations stand in many
lines ("00:01:02,480 --> 00:01:05,120", "[00:14:32]", "within 28 days").
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Sequence

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh5_places import lines_in

Span = tuple[int, int]
NBSP = "\u00a0"
NNBSP = "\u202f"
ZWJ = "\u200d"
#: A unit's head line: "4. Powers …", "Segment 3: Work", "12" (a cue), "## 3. Usage".
UNIT_HEAD = re.compile(
    r"(?P<prefix>(?:#+ )?(?:[A-Z][a-z]+ )?)(?P<number>\d+)(?P<rest>(?:[.:](?: [^\n]*)?)?)"
)
#: A reference to a unit by its number: "subject to section 7", "(see cue 12)".
REFERENCE = re.compile(r"\b(?:section|segment|cue|procedure|verse|part|rhan) (\d+)\b")
#: A time or a duration that a re-timing or a revision shifts.
TIME = re.compile(
    r"(?P<clock>\d\d:\d\d:\d\d)(?P<millis>,\d{3})?"
    r"|\[(?P<minutes>\d\d):(?P<seconds>\d\d)\.(?P<hundredths>\d\d)\]"
    r"|(?P<count>\d+) (?P<unit>days|seconds|minutes|munud|초)\b"
)
#: What a clean-verbatim pass or a plain (not SDH) subtitle file drops: fillers, a false
#: start, sound tags, markers an editor left.
NOISE = re.compile(
    r"\b(?:[Uu]m|[Uu]h|[Ee]r|[Yy]ou know|I mean|wel|아니|음),? "
    r"|\b(\w+)— (?=\1\b)"
    r"|\[(?:laughter|inaudible|crosstalk|pause|chwerthin|웃음)\] "
    r"|\((?:laughs|sighs|x2)\) "
    r"|♪ "
    r"|\[Amendment \d+\] "
    r"|\(Fig\. \d+\) "
    r"|:(?:sparkles|bug|tada): "
)
#: Labels, names and terms a revision renames everywhere, and what they become.
RENAMES = {
    "INTERVIEWER:": "I:",
    "RESPONDENT 3:": "R3:",
    "RESPONDENT 7:": "R7:",
    "Mrs Delyth Prŷs": "[REDACTED]",
    "Mr Owain Bevan": "[REDACTED]",
    "the Minister": "the Secretary of State",
    "The Minister": "The Secretary of State",
    "CAUTION:": "Caution:",
    "WARNING:": "Warning:",
    "HOLWR:": "H:",
    "SIARADWR:": "S:",
    "MARIA:": "[MARIA]",
    "DEV:": "[DEV]",
    "민지:": "(민지)",
    "준호:": "(준호)",
    "Refrain:": "Chorus:",
    "pip install": "pipx install",
    "--config": "--settings",
}
#: Words a reviser swaps in a line ("omit 'may', substitute 'must'").
SWAPS = {
    "may": "must",
    "must": "shall",
    "Yes.": "Yeah.",
    "know.": "remember.",
    "Right.": "Okay.",
    "Press": "Push",
    "hold": "keep",
    "button": "key",
    "Fixed": "Resolved",
    "crash": "hang",
    "home": "homeward",
    "light": "lamp",
    "again": "once more",
    "Do": "Did",
    "do": "did",
    "Ie.": "Ydw.",
    "네.": "예.",
    "the": "this",
}


def blocks(text: str) -> list[Span]:
    """Every block (paragraph), in order."""
    return _paragraphs(text)


def units(text: str) -> list[Span]:
    """Blocks whose first line is a numbered head, after the title and the line under it."""
    found = []
    for start, end in blocks(text)[2:]:
        head_end = text.find("\n", start, end)
        head_end = end if head_end < 0 else head_end
        if UNIT_HEAD.fullmatch(text, start, head_end):
            found.append((start, end))
    return found


def head_line(text: str, unit: Span) -> Span:
    """A unit's head line."""
    end = text.find("\n", *unit)
    return unit[0], unit[1] if end < 0 else end


def unit_number(text: str, unit: Span) -> int:
    """The number in a unit's head."""
    match = UNIT_HEAD.fullmatch(text, *head_line(text, unit))
    assert match is not None
    return int(match["number"])


def unit_runs(text: str) -> list[list[Span]]:
    """Runs of units that follow each other with one blank line between, numbered in a row
    and headed alike (the same prefix)."""
    runs: list[list[Span]] = []
    for span in units(text):
        if runs:
            last = runs[-1][-1]
            same = _prefix(text, last) == _prefix(text, span)
            if same and text[last[1] : span[0]] == "\n\n":
                runs[-1].append(span)
                continue
        runs.append([span])
    return runs


def _prefix(text: str, unit: Span) -> str:
    match = UNIT_HEAD.fullmatch(text, *head_line(text, unit))
    assert match is not None
    return match["prefix"]


def body_lines(text: str) -> list[Span]:
    """Every non-empty line of every block after the title and the line under it, except
    units' head lines."""
    heads = {head_line(text, u) for u in units(text)}
    return [
        line
        for start, end in blocks(text)[2:]
        for line in lines_in(text, start, end)
        if line not in heads and line[1] > line[0]
    ]


def masked(line: str) -> str:
    """A line with its digits masked: twins one number apart read the same."""
    return re.sub(r"\d", "0", line)


def twin_groups(text: str) -> list[list[Span]]:
    """Body lines that stand two or more times word for word, or one number apart, in order
    of first appearance."""
    groups: dict[str, list[Span]] = defaultdict(list)
    for line in body_lines(text):
        if any(c.isalpha() for c in text[slice(*line)]):
            groups[masked(text[slice(*line)])].append(line)
    return [group for group in groups.values() if len(group) >= 2]


def swap_in(line: str) -> tuple[int, str, str] | None:
    """The word of ``line`` a reviser swaps (the first of :data:`SWAPS` it holds, "the"
    last): where, what, and what for."""
    words: dict[str, int] = {}
    for match in re.finditer(r"\S+", line):
        words.setdefault(match[0], match.start())
    for word, new in SWAPS.items():
        if word in words:
            return words[word], word, new
    return None


def assemble(
    title: str, subtitle: str, opening: list[str], blocks_made: list[str], closing: list[str]
) -> str:
    """A document: a title, the line under it, its opening blocks, as many of the made
    blocks as fit in about 7 KB of UTF-8, and its closing blocks."""
    kept = [title, subtitle, *opening]
    budget = 7_000 - len("\n\n".join([*kept, *closing]).encode())
    for block in blocks_made:
        size = len(block.encode()) + 2
        if size > budget:
            break
        kept.append(block)
        budget -= size
    return "\n\n".join([*kept, *closing]) + "\n"


def _srt(millis: int) -> str:
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02}:{minutes:02}:{seconds:02},{millis:03}"


def subtitle_cues(rng: random.Random, lines: tuple[str, ...], count: int) -> list[str]:
    """``count`` numbered cues of one or two lines with timings, drawn from ``lines``."""
    start = rng.randint(20_000, 90_000)
    cues = []
    for number in range(1, count + 1):
        start += rng.randint(600, 4_000)
        end = start + rng.randint(1_200, 3_600)
        text = rng.sample(lines, rng.choice((1, 2, 2)))
        cues.append("\n".join([str(number), f"{_srt(start)} --> {_srt(end)}", *text]))
        start = end
    return cues


def clock(seconds: int) -> str:
    """A transcript's clock: "00:14:32"."""
    return f"{seconds // 3600:02}:{seconds // 60 % 60:02}:{seconds % 60:02}"


def interview(
    rng: random.Random,
    heads: Sequence[str],
    speakers: tuple[str, str],
    questions: Sequence[str],
    answers: Sequence[str],
    note: tuple[str, int, float],
) -> list[str]:
    """An interview's parts: under each head ("Segment 3: Family"), four to six timed
    questions and answers of one or two of ``answers``, and in some parts a note
    (``note``: its words with ``{number}``, how many parts back it points, how often)."""
    asker, answerer = speakers
    words, back, chance = note
    seconds = rng.randint(60, 900)
    made = []
    for number, head in enumerate(heads, start=1):
        lines = [head.format(number=number)]
        for _ in range(rng.randint(4, 6)):
            seconds += rng.randint(8, 70)
            lines.append(f"{asker}: [{clock(seconds)}] {rng.choice(questions)}")
            seconds += rng.randint(3, 40)
            answer = " ".join(rng.sample(list(answers), rng.choice((1, 1, 2))))
            lines.append(f"{answerer}: [{clock(seconds)}] {answer}")
        if number > back and rng.random() < chance:
            lines.append(words.format(number=number - back))
        made.append("\n".join(lines))
    return made
