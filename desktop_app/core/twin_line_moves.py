"""Lines the diff paired with a twin now standing in their place, paired with their own copy."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from operator import add, attrgetter

from desktop_app.core.block_diff import Block
from desktop_app.core.text_lines import TextLines, text_lines

#: Shortest line re-paired (shorter ones recur by chance).
TWIN_LINE_MIN = 12
#: Most paragraph breaks between a re-paired line's twin and its own copy.
NEAR = 1

Span = tuple[int, int]


def _unique_lines(text: str) -> dict[str, Span]:
    """The lines of ``text`` at least ``TWIN_LINE_MIN`` long that stand in it once, with
    their spans (without their line breaks)."""
    table = text_lines(text)
    counts = table.counts
    return {
        line: (at, at + len(line))
        for line, at in zip(table.lines, table.starts, strict=False)  # one start more: the end
        if len(line) >= TWIN_LINE_MIN and counts[line] == 1
    }


def _once(table: TextLines, line: str) -> bool:
    """Whether ``line`` is at least ``TWIN_LINE_MIN`` long and stands once in the text (one
    of :func:`_unique_lines`)."""
    return len(line) >= TWIN_LINE_MIN and table.counts[line] == 1


def _line_spans(table: TextLines) -> dict[str, Span]:
    """Each line of a text with the span of its last copy (of a line standing once, its
    span: :func:`_unique_lines` for those), made in C."""
    ends = map(add, table.starts, map(len, table.lines))
    return dict(zip(table.lines, zip(table.starts, ends, strict=False), strict=False))


def _lines_in_question(table: TextLines, by_old: _ByOld, old: str, new: str) -> list[int]:
    """The indexes of the old lines that the twin-line repair must read: all but those
    lying, with the line breaks either side of them, inside one block (a line standing
    once in both texts is then taken whole onto its one new copy, nothing to repair),
    skipped a block at a time. Every line when some block is not an exact copy or
    blocks overlap in the old text (then which block holds a line is not one look-up)."""
    starts = table.starts
    count = len(table.lines)
    inside: list[tuple[int, int]] = []
    reached = -1
    for block in by_old.blocks:
        end = block.old + block.length
        # (the block's old text read against the new text where it went: one slice, not two)
        if block.old < reached or not new.startswith(old[block.old : end], block.new):
            return list(range(count))
        reached = end
        # lines from the first starting after the block's first character to the last
        # whose line break lies inside it (the text's first and last lines never do)
        first, stop = bisect_left(starts, block.old + 1), bisect_right(starts, end) - 1
        if first < stop:
            inside.append((first, stop))
    found: list[int] = []
    at = 0
    for first, stop in inside:
        found.extend(range(at, first))
        at = stop
    found.extend(range(at, count))
    return found


class _ByOld:
    """Blocks sorted by where they start in the old text, to find those over a span."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = sorted(blocks, key=attrgetter("old"))
        self.starts = [b.old for b in self.blocks]

    def over(self, span: Span) -> list[Block]:
        """The blocks that take something from old ``span``."""
        index = max(0, bisect_right(self.starts, span[0]) - 1)
        found = []
        for b in self.blocks[index:]:
            if b.old >= span[1]:
                break
            if b.old + b.length > span[0]:
                found.append(b)
        return found

    def whole(self, old: Span, new: Span) -> bool:
        """Whether one block takes all of old ``old`` onto new ``new``."""
        index = bisect_right(self.starts, old[0]) - 1
        if index < 0:
            return False
        b = self.blocks[index]
        return old[1] <= b.old + b.length and b.new - b.old == new[0] - old[0]

    def landing(self, old: Span) -> int | None:
        """Where in the new text the most of old ``old`` went, if any of it survived."""
        best, at = 0, None
        for b in self.over(old):
            lo, hi = max(b.old, old[0]), min(b.old + b.length, old[1])
            if hi - lo > best:
                best, at = hi - lo, b.new + lo - b.old
        return at


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    return text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]


def _without(blocks: list[Block], span: Span, side: str) -> list[Block]:
    """``blocks`` with what they take from (``side`` "old") or onto ("new") ``span`` cut out."""
    kept: list[Block] = []
    for b in blocks:
        lo = b.old if side == "old" else b.new
        hi = lo + b.length
        if hi <= span[0] or span[1] <= lo:
            kept.append(b)
            continue
        if lo < span[0]:
            kept.append(Block(b.old, b.new, span[0] - lo, b.moved, b.doubtful))
        if span[1] < hi:
            cut = span[1] - lo
            kept.append(Block(b.old + cut, b.new + cut, hi - span[1], b.moved, b.doubtful))
    return kept


def twin_lines_repaired(old: str, new: str, blocks: list[Block]) -> list[Block]:
    """``blocks`` with every line the diff paired letter by letter with a twin re-paired.

    An old line that stands once in each text, whose characters the diff took mostly onto
    another new line, that line itself an old line standing once in each text and not
    taken whole onto it either (headers moved down one entry each: every header paired
    with the one now standing where it stood), is taken whole onto its own copy; both
    lines must be re-paired so (a line edited in place whose old wording was pasted
    elsewhere is left alone: its partner line has no old copy).
    """
    old_table, new_table = text_lines(old), text_lines(new)
    by_old = _ByOld(blocks)
    pairs: list[tuple[Span, Span]] = []
    old_spans: dict[str, Span] | None = None
    new_spans: dict[str, Span] | None = None
    lines = old_table.lines
    # both texts' counts read straight (``_once`` of each side, with no call a line: with
    # typos all through a text nearly every line is in question), counted when first needed
    counted: tuple[Counter[str], Counter[str]] | None = None
    for index in _lines_in_question(old_table, by_old, old, new):
        line = lines[index]
        if len(line) < TWIN_LINE_MIN:
            continue
        if counted is None:
            counted = (old_table.counts, new_table.counts)
        if counted[0][line] != 1 or counted[1][line] != 1:
            continue
        old_span = (old_table.starts[index], old_table.starts[index] + len(line))
        if new_spans is None:
            new_spans = _line_spans(new_table)
        if by_old.whole(old_span, new_spans[line]):
            continue
        landing = by_old.landing(old_span)
        if landing is None:
            continue
        twin = _line_at(new, landing)
        if twin == line or not (_once(old_table, twin) and _once(new_table, twin)):
            continue
        if old_spans is None:
            old_spans = _line_spans(old_table)
        if by_old.whole(old_spans[twin], new_spans[twin]):
            continue
        new_span = new_spans[line]
        lo, hi = sorted((landing, new_span[0]))
        if new.count("\n\n", lo, hi) > NEAR:
            continue  # its copy stands far from its twin: not a line moved within its entry
        pairs.append((old_span, new_span))
    if not pairs:
        return blocks
    old_lines, new_lines = _unique_lines(old), _unique_lines(new)
    for old_span, new_span in pairs:
        blocks = _without(_without(blocks, old_span, "old"), new_span, "new")
    for old_span, new_span in pairs:
        blocks.append(Block(old_span[0], new_span[0], old_span[1] - old_span[0], True))
    for line, old_span in old_lines.items():  # a line both of whose places are now bare
        copy_span = new_lines.get(line)
        if (
            copy_span is not None
            and _bare(blocks, old_span, "old")
            and _bare(blocks, copy_span, "new")
        ):
            blocks.append(Block(old_span[0], copy_span[0], old_span[1] - old_span[0], True))
    return blocks


def _bare(blocks: list[Block], span: Span, side: str) -> bool:
    """Whether no block takes anything from (``side`` "old") or onto ("new") ``span``."""
    for b in blocks:
        lo = b.old if side == "old" else b.new
        if lo < span[1] and span[0] < lo + b.length:
            return False
    return True
