"""How the twentieth round's revised research documents are laid out, and where their parts stand.

Every text is one version of a document researchers annotate: a title, a line under it, a
summary heading ("Abstract", "Executive summary", "Lead") and a summary paragraph that
repeats the body's findings word for word, sometimes a twin summary in another language,
then numbered sections ("3. Results") of prose paragraphs with citations ("[4]"), cross-
references ("Section 2"), stock lines many sections share (a stock reply, an "ACTION:"
line), one caption with rows that repeats a finding's figure, a reference list of lines
("[2] Okafor, A. …") whose entries share authors and differ by a year or a page, and notes.
A finding's figures are decimals ("0.62", "1.2–3.4"); no other figure of a text is one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh7_places import sentences_of

Span = tuple[int, int]
NBSP = "\u00a0"
THIN = "\u2009"
ZWJ = "\u200d"
#: A numbered section heading, a whole paragraph: "3. Results".
SECTION_HEADING = re.compile(r"(\d+)\. [^\n]{2,60}(?<![.!?”)])")
#: A cross-reference to a section: "Section 3".
CROSS_REFERENCE = re.compile(r"\bSection (\d+)\b")
#: An in-text citation number ("[12]"), not a judgment's "at [14] above".
CITATION = re.compile(r"\[(\d{1,2})\](?! above)")
#: A reference list line: "[3] Okafor, A. …".
REFERENCE_LINE = re.compile(r"\[(\d{1,2})\] [^\n]+")
#: A judgment's paragraph number, which the sentence pattern reads as a sentence: "14.".
PARAGRAPH_NUMBER = re.compile(r"\d+\.")
#: A finding's figure: a decimal ("0.62"), the only kind of figure findings hold.
DECIMAL = re.compile(r"(?<![\w.,/])\d+\.\d+(?![\w/]|\.\d)")
#: A note every document ends with, holding the marks that trip placement (an apostrophe,
#: a no-break space, a joiner, a combining mark).
COLOPHON = (
    f"This version supersedes the previous one; the authors’ data are at https://doi.org/"
    f"10.5281/zenodo.7712{NBSP}(v2). Figures 👩{ZWJ}🔬 were checked by Adébáyọ̀ Okafor."
)


@dataclass(frozen=True)
class Document:
    """What one kind of revised document is written from."""

    title: str
    subtitle: str
    summary_heading: str
    #: Sentences with decimal figures, stated in the summary and again in the body.
    findings: Sequence[str]
    sections: Sequence[str]
    #: Body sentences; "{cite}" becomes a citation number, "{section}" a section number.
    sentences: Sequence[str]
    #: Paragraphs that recur word for word under several sections.
    stock: Sequence[str]
    #: The caption line ("Table 1: …"), "{figure}" becomes a finding's first decimal.
    caption: str
    rows: Sequence[str]
    references_heading: str
    references: Sequence[str]
    notes_heading: str
    notes: Sequence[str]
    #: A second summary in another language (heading, paragraph), or None.
    twin: tuple[str, str] | None = None
    #: Body paragraphs open with their running number ("14. "), as a judgment's do.
    numbered_paragraphs: bool = False


def _filled(rng: random.Random, sentence: str, sections: int, references: int) -> str:
    """A body sentence with its citation and cross-reference numbers drawn."""
    return sentence.replace("{cite}", f"[{rng.randint(1, references)}]").replace(
        "{section}", str(rng.randint(1, sections))
    )


def document(rng: random.Random, kind: Document) -> str:
    """One version of a document of ``kind``, drawn by ``rng``."""
    count = rng.randint(5, len(kind.sections))
    names = [kind.sections[i] for i in sorted(rng.sample(range(len(kind.sections)), count))]
    findings = list(kind.findings)
    rng.shuffle(findings)
    summary = findings[: rng.randint(3, len(findings))]
    pool = list(kind.sentences)
    rng.shuffle(pool)
    references = len(kind.references)
    caption_at = rng.randrange(1, count)
    paragraphs = [kind.title, kind.subtitle, kind.summary_heading, " ".join(summary)]
    if kind.twin:
        paragraphs.extend(kind.twin)
    running = 1
    for number, name in enumerate(names, start=1):
        paragraphs.append(f"{number}. {name}")
        for _ in range(rng.randint(2, 3) if number > 1 else 2):
            said = [
                _filled(rng, pool.pop(), count, references)
                for _ in range(rng.randint(3, 4))
                if pool
            ]
            if findings:
                said.insert(rng.randrange(len(said) + 1), findings.pop())
            if not said:
                break
            prefix = f"{running}. " if kind.numbered_paragraphs else ""
            running += 1
            paragraphs.append(prefix + " ".join(said))
        if number == caption_at + 1:
            figure = DECIMAL.search(summary[0])
            caption = kind.caption.replace("{figure}", figure[0] if figure else "0.5")
            paragraphs.append("\n".join([caption, *kind.rows]))
        if number > 1:
            paragraphs.append(kind.stock[number % len(kind.stock)])
    paragraphs += [kind.references_heading, "\n".join(_numbered(kind.references))]
    paragraphs += [kind.notes_heading, "\n".join(kind.notes)]
    return "\n\n".join(paragraphs) + "\n"


def _numbered(lines: Sequence[str]) -> list[str]:
    return [f"[{index}] {line}" for index, line in enumerate(lines, start=1)]


# -- readers -------------------------------------------------------------------------------------


def sentences_in(text: str, paragraph: Span) -> list[Span]:
    """The sentences of a one-line paragraph, without a judgment's paragraph number."""
    return [s for s in sentences_of(text, paragraph) if not PARAGRAPH_NUMBER.fullmatch(text, *s)]


def summary(text: str) -> Span:
    """The summary paragraph (the one after the summary heading)."""
    return _paragraphs(text)[3]


def headings(text: str) -> list[tuple[int, Span]]:
    """Numbered section headings, with their numbers, in order."""
    return [
        (int(match[1]), span)
        for span in _paragraphs(text)
        if (match := SECTION_HEADING.fullmatch(text, *span))
    ]


def references_paragraph(text: str) -> Span | None:
    """The paragraph of reference lines, if any."""
    for span in _paragraphs(text):
        lines = text[slice(*span)].split("\n")
        if len(lines) >= 2 and all(REFERENCE_LINE.fullmatch(line) for line in lines):
            return span
    return None


def reference_lines(text: str) -> list[Span]:
    """The reference list's lines."""
    found = references_paragraph(text)
    if found is None:
        return []
    spans, at = [], found[0]
    for line in text[slice(*found)].split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def sections(text: str) -> list[Span]:
    """Each numbered section, from its heading to the end of its last paragraph."""
    found = headings(text)
    stop = references_paragraph(text)
    paragraphs = _paragraphs(text)
    spans = []
    for index, (_, heading) in enumerate(found):
        limit = found[index + 1][1][0] if index + 1 < len(found) else None
        if limit is None:  # the last section ends before the references' heading
            limit = stop[0] if stop else len(text)
            limit = max(s for s, _ in paragraphs if s < limit)
        inside = [p for p in paragraphs if heading[0] <= p[0] and p[1] < limit]
        spans.append((heading[0], inside[-1][1]))
    return spans


def body_paragraphs(text: str) -> list[Span]:
    """Prose paragraphs inside the numbered sections (no heading, caption or paragraph
    that stands more than once)."""
    found = []
    stock = stock_paragraphs(text)
    for start, end in sections(text):
        for span in _paragraphs(text):
            words = text[slice(*span)]
            if (
                start < span[0] < end
                and "\n" not in words
                and not SECTION_HEADING.fullmatch(words)
                and words not in stock
                and len(sentences_in(text, span)) >= 2
            ):
                found.append(span)
    return found


def body_sentences(text: str) -> list[Span]:
    """The sentences of the body paragraphs."""
    return [s for p in body_paragraphs(text) for s in sentences_in(text, p)]


def summary_sentences(text: str) -> list[Span]:
    """The summary's sentences."""
    return sentences_in(text, summary(text))


def decimals(text: str) -> dict[str, list[Span]]:
    """Where each decimal figure stands, by its digits, for those standing twice or more."""
    places: dict[str, list[Span]] = {}
    for match in DECIMAL.finditer(text):
        places.setdefault(match[0], []).append(match.span())
    return {digits: spans for digits, spans in places.items() if len(spans) >= 2}


def captions(text: str) -> list[Span]:
    """Caption lines ("Table 1: …", "Figure 2: …") and the rows under them."""
    found = []
    for start, end in _paragraphs(text):
        words = text[start:end]
        if re.match(r"(?:Table|Figure|Tabelle|表) ?\d", words) and "\n" in words:
            at = start
            for line in words.split("\n"):
                found.append((at, at + len(line)))
                at += len(line) + 1
    return found


def stock_paragraphs(text: str) -> dict[str, list[Span]]:
    """Paragraphs that stand two or more times word for word, by their words."""
    places: dict[str, list[Span]] = {}
    for span in _paragraphs(text):
        places.setdefault(text[slice(*span)], []).append(span)
    return {words: spans for words, spans in places.items() if len(spans) >= 2}
