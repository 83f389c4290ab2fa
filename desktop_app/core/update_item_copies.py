"""Update path: an item placed by its paragraph's lines, checked against whole copies of it."""

from __future__ import annotations

from desktop_app.core.alignment import Alignment


def paragraph_around(text: str, at: int) -> tuple[int, int]:
    """The run of non-blank lines around ``at`` (from the line after a blank one)."""
    start = text.rfind("\n\n", 0, at + 1)
    end = text.find("\n\n", at)
    return 0 if start == -1 else start + 2, len(text) if end == -1 else end


def stripped_lines(text: str, span: tuple[int, int]) -> tuple[str, ...]:
    """The non-blank lines of ``text[span]``, white space at their ends aside."""
    return tuple(line for part in text[span[0] : span[1]].split("\n") if (line := part.strip()))


def whole_copies(text: str, lines: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every paragraph of ``text`` whose non-blank lines are ``lines``, in order."""
    if not lines:
        return []
    first = lines[0]
    found: list[tuple[int, int]] = []
    at = text.find(first)
    while at != -1:
        paragraph = paragraph_around(text, at)
        if (not found or found[-1] != paragraph) and stripped_lines(text, paragraph) == lines:
            found.append(paragraph)
        at = text.find(first, max(at + 1, paragraph[1]))
    return found


def placed_off_its_block(alignment: Alignment, old_at: int, new_at: int) -> bool:
    """Whether a passage at old ``old_at``, placed at ``new_at`` because most lines of its
    paragraph went there, lies on a sibling block: the paragraph at ``new_at`` has as many
    lines as its old paragraph and differs from it in one line only (another speaker, a
    row's label), while the new text holds its old paragraph whole elsewhere (a recurring
    dialogue line or table row standing in several blocks: the passage may follow the
    block that moved with it, so which copy is a guess). A paragraph of another shape
    (lines regrouped) is not doubted: most of those placements were right."""
    old, new = alignment.old, alignment.new
    lines = stripped_lines(old, paragraph_around(old, old_at))
    there = stripped_lines(new, paragraph_around(new, new_at))
    if len(there) != len(lines) or sum(a != b for a, b in zip(there, lines, strict=True)) != 1:
        return False  # its own paragraph, or one regrouped rather than a sibling block
    return bool(whole_copies(new, lines))
