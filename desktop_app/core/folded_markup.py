"""Line numbers, markdown and HTML marks a text gained, folded out so quotes without them match."""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from desktop_app.core.print_breaks import LINE_END_HYPHEN, line_end_hyphens, running_lines

#: A number opening a line, as a print layout puts it in a margin ("  7  ") or before each
#: paragraph ("3. "); a markdown heading's marks ("## ").
LINE_NUMBER = re.compile(r"[ \t]*\d{1,4}[.)]?[ \t]+(?=\S)")
HEADING = re.compile(r"#{1,6}[ \t]+(?=\S)")
#: An e-mail reply's quote marks ("> ", "> > ", a bare ">" on a blank quoted line).
REPLY_QUOTE = re.compile(r"(?:>[ \t]?)+(?=\S|$)", re.MULTILINE)
#: The same after a line break (a search for the break first is quick).
_AFTER_BREAK = {
    kind: re.compile(r"\n(" + kind.pattern + ")", kind.flags)
    for kind in (LINE_NUMBER, HEADING, REPLY_QUOTE)
}
#: Markdown's bold marks ("**Product:**").
BOLD = re.compile(r"\*\*")
#: A bare address made a markdown link: "[example.com](" before it and ")" after it.
LINK = re.compile(r"(\[[^\]\n]{1,100}\]\()[a-z][a-z0-9+.-]*://[^\s()]+(\))")
#: An HTML character reference, named or numeric ("&amp;", "&mdash;", "&#233;", "&#x2014;").
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: A bare HTML tag without attributes, opening or closing ("<h2>", "</h2>", "<br/>").
TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}[ \t]*/?>")
#: Least share of a text's lines that open with a number for the numbers to be folded
#: (headings are folded however few).
MOST_LINES = 0.5
#: Most share of the stored quotes' lines that open so, against the text's, for the marks
#: to be new (a text with numbered paragraphs before keeps its numbers).
FEWER = 0.5
#: Least number of marks of a kind in a text for it to be folded.
LEAST_MARKS = 2
#: A ligature a PDF's copy types for two or three letters ("ﬁ" for "fi", "ﬄ" for "ffl").
LIGATURE = re.compile("[\ufb00-\ufb06]")


class Folded(NamedTuple):
    """A text with some marks left out, and where each of its code points stood in the
    text (one more entry: the text's length); a code point decoded from a character
    reference stands for all of it, ``ends`` (when given) saying where each one ends."""

    text: str
    origin: list[int]
    ends: list[int] | None = None

    def back(self, start: int, end: int) -> tuple[int, int]:
        """Folded ``[start, end)`` in the whole text: from its first code point to just
        after its last (marks inside it included, a reference at its end whole)."""
        if end <= start:
            at = self.origin[start]
            return at, at
        if self.ends is not None:
            return self.origin[start], self.ends[end - 1]
        return self.origin[start], self.origin[end - 1] + 1

    def only_decoded(self, start: int, end: int) -> bool:
        """Whether every code point of folded ``[start, end)`` was decoded from a character
        reference (none of it stands in the whole text as itself)."""
        ends = self.ends
        if ends is None or end <= start:
            return False
        return all(ends[at] - self.origin[at] > 1 for at in range(start, end))

    def forth(self, start: int, end: int) -> tuple[int, int]:
        """Whole-text ``[start, end)`` in the folded text (marks at its ends left out)."""
        return bisect_left(self.origin, start), bisect_left(self.origin, end)


def fold_new_markup(
    text: str, samples: Iterable[str], *, print_breaks: bool = True
) -> Folded | None:
    """``text`` without the kinds of marks it holds throughout (numbers or an e-mail
    reply's quote marks opening most of its lines, heading marks, bold marks, links made
    of bare addresses, HTML tags) that the ``samples`` (stored quotes with their context,
    made on an earlier version of the text) hold clearly less often where they would
    stand (:data:`FEWER`; bold marks, links and tags: never), and with its HTML character
    references decoded when the samples hold none: the text was numbered for print,
    quoted in a reply, exported to markdown or escaped for a web feed since, and what
    differs between a quote and the text is only those marks. None when there is nothing
    to fold. Unless ``print_breaks`` is false, running page lines and words hyphenated at
    line ends (``core.print_breaks``) the samples lack are folded out too, and ligatures
    they lack read as their letters: the text was laid out in pages since. (What the text
    holds is worked out once for the last few texts asked about: one annotation placed at
    a time asks about the same text again.)"""
    held = _marks_held(text)
    if not print_breaks:
        held = held._replace(running=False, hyphens=False, ligatures=False)
    if not (
        held.line_kinds
        or held.bold
        or held.links
        or held.entities
        or held.tags
        or held.running
        or held.hyphens
        or held.ligatures
    ):
        return None
    samples = list(samples)
    kinds = tuple(
        kind
        for kind, share in held.line_kinds
        if _share_of_sample_lines(kind, samples) <= share * FEWER
    )
    bold = held.bold and not any("**" in s for s in samples)
    links = held.links and not any("](" in s for s in samples)
    entities = held.entities and not any(ENTITY.search(s) for s in samples)
    tags = held.tags and not any(TAG.search(s) for s in samples)
    running, hyphens, ligatures = _print_breaks_new(text, held, samples)
    if not (kinds or bold or links or entities or tags or running or hyphens or ligatures):
        return None
    return _folded(text, kinds, bold, links, entities, tags, running, hyphens, ligatures)


def fold_print_breaks(text: str, samples: Iterable[str]) -> Folded | None:
    """``text`` without the running page lines and line-end hyphens it holds that the
    ``samples`` lack (``core.print_breaks``), its ligatures read as their letters when the
    samples hold none, the other marks left as they are; None when it holds none."""
    held = _marks_held(text)
    if not (held.running or held.hyphens or held.ligatures):
        return None
    running, hyphens, ligatures = _print_breaks_new(text, held, list(samples))
    if not (running or hyphens or ligatures):
        return None
    return _folded(
        text,
        (),
        bold=False,
        links=False,
        running=running,
        hyphens=hyphens,
        ligatures=ligatures,
    )


def _print_breaks_new(
    text: str, held: _Held, samples: list[str]
) -> tuple[tuple[tuple[int, int], ...], bool, bool]:
    """The spans of the text's running page lines none of whose lines any sample holds,
    whether its line-end hyphens are new (no sample holds a hyphen and line break between
    two letters, :data:`LINE_END_HYPHEN`, whatever the case of the second) and whether its
    ligatures are (no sample holds one, :data:`LIGATURE`: a reader reads "ﬁ" as "fi")."""
    running = _running_lines_new(text, samples) if held.running else ()
    hyphens = held.hyphens and not any(LINE_END_HYPHEN.search(s) for s in samples)
    ligatures = held.ligatures and not any(LIGATURE.search(s) for s in samples)
    return running, hyphens, ligatures


def _running_lines_new(text: str, samples: list[str]) -> tuple[tuple[int, int], ...]:
    """The spans of the text's running page lines (``core.print_breaks``) none of whose
    lines any sample holds: the text was laid out in pages since."""
    return tuple(
        (start, end)
        for start, end, lines in running_lines(text)
        if not any(line in sample for line in lines for sample in samples)
    )


class _Held(NamedTuple):
    """The kinds of marks a text holds throughout: those opening its lines, with the
    share of its lines they open, and whether it holds bold marks, links, character
    references, tags, running page lines and line-end hyphens (``core.print_breaks``) and
    ligatures."""

    line_kinds: tuple[tuple[re.Pattern[str], float], ...]
    bold: bool
    links: bool
    entities: bool
    tags: bool
    running: bool
    hyphens: bool
    ligatures: bool


@lru_cache(maxsize=4)
def _marks_held(text: str) -> _Held:
    """What :func:`fold_new_markup` and :func:`fold_print_breaks` may fold in ``text``, the
    samples aside."""
    line_kinds = []
    for kind, least in ((LINE_NUMBER, MOST_LINES), (REPLY_QUOTE, MOST_LINES), (HEADING, 0.0)):
        share = _share_of_lines(kind, text)
        if share > least:
            line_kinds.append((kind, share))
    bold = text.count("**") >= LEAST_MARKS
    links = LINK.search(text) is not None
    entities = "&" in text and _holds_at_least(ENTITY, text, LEAST_MARKS)
    tags = "<" in text and _holds_at_least(TAG, text, LEAST_MARKS)
    running = bool(running_lines(text))
    hyphens = bool(line_end_hyphens(text))
    ligatures = LIGATURE.search(text) is not None
    return _Held(tuple(line_kinds), bold, links, entities, tags, running, hyphens, ligatures)


def _holds_at_least(kind: re.Pattern[str], text: str, least: int) -> bool:
    """Whether ``text`` holds ``least`` marks of ``kind`` or more."""
    return sum(1 for _match in zip(range(least), kind.finditer(text), strict=False)) >= least


@lru_cache(maxsize=4)
def _folded(
    text: str,
    kinds: tuple[re.Pattern[str], ...],
    bold: bool,
    links: bool,
    entities: bool = False,
    tags: bool = False,
    running: tuple[tuple[int, int], ...] = (),
    hyphens: bool = False,
    ligatures: bool = False,
) -> Folded:
    """``text`` without the marks of ``kinds`` opening its lines, its bold marks (if
    ``bold``), the markdown around bare addresses (if ``links``), its HTML tags (if
    ``tags``), the spans of ``running`` (running page lines) and its line-end hyphens (if
    ``hyphens``), its character references decoded (if ``entities``), its ligatures read as
    their letters (if ``ligatures``)."""
    marks = [(*span, "") for kind in kinds for span in _opening_lines(kind, text)]
    if bold:
        marks += [(*match.span(), "") for match in BOLD.finditer(text)]
    if links:
        marks += [(*m.span(group), "") for m in LINK.finditer(text) for group in (1, 2)]
    if tags:
        marks += [(*match.span(), "") for match in TAG.finditer(text)]
    marks += [(*span, "") for span in running]
    if hyphens:
        marks += [(*span, "") for span in line_end_hyphens(text)]
    if entities:
        marks += [
            (*match.span(), decoded)
            for match in ENTITY.finditer(text)
            if (decoded := html.unescape(match[0])) != match[0]
        ]
    if ligatures:
        marks += [
            (*match.span(), unicodedata.normalize("NFKC", match[0]))
            for match in LIGATURE.finditer(text)
        ]
    marks.sort()
    kept: list[str] = []
    origin: list[int] = []
    ends: list[int] = []
    reached = 0
    for start, end, decoded in marks:
        if start < reached:
            continue
        kept.append(text[reached:start])
        origin.extend(range(reached, start))
        ends.extend(range(reached + 1, start + 1))
        kept.append(decoded)
        origin.extend([start] * len(decoded))
        ends.extend([end] * len(decoded))
        reached = end
    kept.append(text[reached:])
    origin.extend(range(reached, len(text) + 1))
    ends.extend(range(reached + 1, len(text) + 1))
    return Folded("".join(kept), origin, ends if entities or ligatures else None)


def _share_of_lines(kind: re.Pattern[str], text: str) -> float:
    """The share of the text's lines that are not blank that a mark of ``kind`` opens
    (none unless it holds :data:`LEAST_MARKS` of them)."""
    marks = len(_opening_lines(kind, text))
    if marks < LEAST_MARKS:
        return 0.0
    return marks / sum(1 for line in text.split("\n") if line.strip())


def _opening_lines(kind: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of the marks of ``kind`` that open a line of ``text``."""
    first = kind.match(text)
    spans = [first.span()] if first else []
    spans += [match.span(1) for match in _AFTER_BREAK[kind].finditer(text)]
    return spans


def _share_of_sample_lines(kind: re.Pattern[str], samples: list[str]) -> float:
    """The share of the lines the ``samples`` begin after a line break (their first line
    may start in the middle of one) that a mark of ``kind`` opens."""
    lines = marked = 0
    for sample in samples:
        at = sample.find("\n")
        while at != -1:
            if sample[at + 1 : at + 2].strip():
                lines += 1
                marked += kind.match(sample, at + 1) is not None
            at = sample.find("\n", at + 1)
    return marked / lines if lines else 0.0
