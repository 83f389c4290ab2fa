"""Placing imported passages on an article's text: offsets first, then quotes, in one batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from desktop_app.core.layout import OffsetMap
from desktop_app.core.records import AnchorState, TextPosition, TextQuote

#: Where a passage landed: its anchor state and span.
Located = tuple[AnchorState, int, int]


class Target(NamedTuple):
    """A passage as a file states it: offsets (either may be missing) and quote (if any);
    ``utf16``: the text's UTF-16 map, to try the offsets as UTF-16 units too."""

    start: int | None
    end: int | None
    quote: TextQuote | None
    utf16: OffsetMap | None = None


def locate(
    text: str,
    start: int | None,
    end: int | None,
    quote: TextQuote | None,
    utf16: OffsetMap | None = None,
) -> Located:
    """Where one passage is in ``text``: :func:`locate_all` of it alone."""
    return locate_all(text, [Target(start, end, quote, utf16)])[0]


def locate_all(text: str, targets: Sequence[Target]) -> list[Located]:
    """Where each of an article's passages is in ``text``, in order. Each passage's offsets
    are tried as code points (``exact`` only when they select the quote), then, given its
    ``utf16`` map, as UTF-16 units; then its quote is looked for where its prefix and
    suffix match too (nearest the given place). The rest are placed by their quotes
    together (``core.batch_placement``: each on its own, then among the passages placed
    with confidence around it), a clear winner whose context agrees, else ``review`` at the
    best guess, or orphaned. Offsets that did not select the quote never give ``exact``;
    an orphan keeps the given span (clamped)."""
    from desktop_app.core.batch_placement import Request, place_all
    from desktop_app.core.quote_search import Placement

    results: list[Located | None] = []
    requests: list[Request] = []
    decided: list[Placement | None] = []
    for target in targets:
        located, expected = _by_offsets(text, target)
        results.append(located)
        quote = target.quote or TextQuote(exact="")
        if located is not None:
            state, start, end = located
            has_offsets = target.start is not None and target.end is not None
            stated = expected if has_offsets else TextPosition(start, end)
            requests.append(Request(stated, quote))
            decided.append(Placement(state, start, end, 1.0 if state != "orphaned" else 0.0))
        else:
            requests.append(Request(expected, quote, hint=expected.start))
            decided.append(None)
    placements = place_all(text, requests, decided)
    located_all: list[Located] = []
    for target, settled, placement in zip(targets, results, placements, strict=True):
        if settled is not None:
            located_all.append(settled)
        elif placement.placed:
            located_all.append((placement.state, placement.start, placement.end))
        else:
            located_all.append(("orphaned", *clamped(text, target.start, target.end)))
    return located_all


def _by_offsets(text: str, target: Target) -> tuple[Located | None, TextPosition]:
    """A passage placed by its offsets or by its quote found with its whole context (None
    when it needs the quote search), and where it is expected."""
    start, end, quote, utf16 = target
    spans: list[tuple[int, int]] = []
    if start is not None and end is not None:
        spans.append((start, end))
        if utf16 is not None:
            spans.append((utf16.to_canonical(start), utf16.to_canonical(end, forward=True)))
    hint = spans[-1][0] if spans else 0
    expected = TextPosition(hint, hint + (len(quote.exact) if quote is not None else 0))
    if quote is None or not quote.exact:
        if spans and spans[0][1] <= len(text):
            return ("exact", spans[0][0], spans[0][1]), expected
        return ("orphaned", *clamped(text, start, end)), expected
    for index, (a, b) in enumerate(spans):
        if b <= len(text) and text[a:b] == quote.exact:
            return (("exact" if index == 0 else "moved"), a, b), expected
    found = _in_context(text, quote, hint if spans else None)
    if found is not None:
        state: AnchorState = "moved" if spans else "exact"
        return (state, found, found + len(quote.exact)), expected
    if not spans and _occurrences(text, quote.exact, limit=2) > 1:
        return ("orphaned", *clamped(text, start, end)), expected  # ambiguous: better unplaced
    return None, expected


def _in_context(text: str, quote: TextQuote, hint: int | None) -> int | None:
    """The start of the quote where its prefix and suffix match exactly too: the only such
    place, or the one nearest ``hint``; None when there is none (or several and no hint)."""
    exact, prefix, suffix = quote.exact, quote.prefix, quote.suffix
    starts = []
    at = text.find(exact)
    while at != -1:
        if text.endswith(prefix, 0, at) and text.startswith(suffix, at + len(exact)):
            starts.append(at)
        at = text.find(exact, at + 1)
    if len(starts) == 1:
        return starts[0]
    if starts and hint is not None:
        return min(starts, key=lambda s: abs(s - hint))
    return None


def _occurrences(text: str, needle: str, *, limit: int) -> int:
    """How many times ``needle`` occurs in ``text``, counting up to ``limit``."""
    count, at = 0, text.find(needle)
    while at != -1 and count < limit:
        count += 1
        at = text.find(needle, at + 1)
    return count


def clamped(text: str, start: int | None, end: int | None) -> tuple[int, int]:
    """``start..end`` (missing ones as 0) clamped to the text."""
    a = min(start or 0, len(text))
    return a, max(a, min(end or 0, len(text)))
