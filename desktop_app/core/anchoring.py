"""Describing a passage so it can be found again: position plus quote with context."""

from __future__ import annotations

from desktop_app.core.records import TextPosition, TextQuote

#: Code points of context kept on each side of a quote (as Hypothesis and formats.md use).
CONTEXT = 32


def describe(
    text: str, start: int, end: int, context: int = CONTEXT
) -> tuple[TextPosition, TextQuote]:
    """Position and quote selectors for ``text[start:end]``."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}..{end} is outside a text of length {len(text)}")
    quote = TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )
    return TextPosition(start, end), quote


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with white space.

    A double-click or a word-wise keyboard selection usually drags a trailing space or a
    line break along; the quote should not carry it. An all-blank span becomes empty.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def inside_a_word(before: str, after: str) -> bool:
    """Whether the boundary between ``before`` and ``after`` (a quote and its context)
    falls inside a word: between two letters, or after a word broken by a hyphen at the
    end of a line ("settl-" and "ement": the hyphen goes when the text is joined up)."""
    if before[-1:].isalnum():
        return after[:1].isalnum()
    if before.endswith("-\n") and before[-3:-2].isalnum():
        return after[:1].isalnum()
    return (
        before[-2:-1].isalnum()
        and before.endswith("-")
        and after[:1] == "\n"
        and after[1:2].isalnum()
    )
