"""What compare mode marks in the panes, as plain data: the words that differ in a near
copy, and which suggested pairs the reader has accepted as links.

Qt-free, in code points of each article's canonical text (end-exclusive), so the view only
converts at its boundary and the rules are tested without a window.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from desktop_app.core.anchoring import trim_span

if TYPE_CHECKING:
    from desktop_app.core.compare import AlignedPair
    from desktop_app.core.project import Project

#: A word: letters or digits, with inner apostrophes, points, hyphens ("don't", "3.5", "co-op").
_WORD = re.compile(r"\w+(?:['’.,\-]\w+)*")
#: Code-point spans, ``(start, end)``, end-exclusive.
Spans = tuple[tuple[int, int], ...]


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]


def differing_words(a: str, b: str) -> tuple[Spans, Spans]:
    """The runs of words of ``a`` and of ``b`` that the other passage words differently.

    A word-level diff (difflib's SequenceMatcher over case-folded word tokens; spacing and
    punctuation between words do not count): each side gets the spans, relative to its own
    text, of the words replaced, dropped or added, adjacent words joined into one run.
    Identical wordings give no spans.
    """
    words_a, words_b = _words(a), _words(b)
    matcher = SequenceMatcher(None, [w[2] for w in words_a], [w[2] for w in words_b], False)
    runs_a: list[tuple[int, int]] = []
    runs_b: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            runs_a.append((words_a[i1][0], words_a[i2 - 1][1]))
        if j2 > j1:
            runs_b.append((words_b[j1][0], words_b[j2 - 1][1]))
    return tuple(runs_a), tuple(runs_b)


def near_copy_differences(pair: AlignedPair) -> tuple[Spans, Spans]:
    """:func:`differing_words` of a pair's two passages, in article offsets."""
    runs_a, runs_b = differing_words(pair.a.text, pair.b.text)
    return (
        tuple((pair.a.start + s, pair.a.start + e) for s, e in runs_a),
        tuple((pair.b.start + s, pair.b.start + e) for s, e in runs_b),
    )


def linked_spans(
    project: Project, article_a: str, article_b: str
) -> set[tuple[int, int, int, int]]:
    """Spans ``(a start, a end, b start, b end)`` of every link joining a passage of
    ``article_a`` to one of ``article_b`` (either way round)."""
    annotations = project.annotations
    found: set[tuple[int, int, int, int]] = set()
    for link in project.links:
        source, target = annotations.get(link.source), annotations.get(link.target)
        if source is None or target is None:
            continue
        if (source.article, target.article) == (article_b, article_a):
            source, target = target, source
        elif (source.article, target.article) != (article_a, article_b):
            continue
        found.add((source.start, source.end, target.start, target.end))
    return found


def accepted_pairs(
    pairs: Sequence[AlignedPair],
    texts: tuple[str, str],
    linked: set[tuple[int, int, int, int]],
) -> frozenset[int]:
    """Indices of the pairs whose two passages are linked (accepting a suggestion links
    its passages trimmed of white space, as ``link_edits`` does)."""
    accepted = set()
    for index, pair in enumerate(pairs):
        a = trim_span(texts[0], pair.a.start, pair.a.end)
        b = trim_span(texts[1], pair.b.start, pair.b.end)
        if (*a, *b) in linked:
            accepted.add(index)
    return frozenset(accepted)
