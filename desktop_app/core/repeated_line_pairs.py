"""Repeated lines paired with the copy that stands where their own neighbours went.

A diff pairs the copies of a repeated line (a disclaimer under every e-mail, "Ends" under
every press release, a stock reply under every review) by their order alone. When the
entries they close are put in another order, the unique lines move and the repeated ones
stay paired with whichever copy now stands at their old place, so their annotations
cross to another entry. Here each copy follows the nearest unique line above or below it
that the diff placed, when the lines between read the same at the new place; where the
two sides stand by different copies, the side in the line's own paragraph decides. A
paragraph of its own between two that parted may have closed the entry above or opened
the one below: it takes the copy that the lines sure of theirs leave (the current one if
either side allows it, else below for a label ending in a colon, else above: a repeated
line more often closes an entry than opens it), and is marked doubtful, so that what lies
on it is reviewed. Copies that two lines claim stay unpaired; one that a line with no
placed unique neighbour holds is taken only on the word of both sides (else it stays,
doubtful). A unique neighbour the diff left unpaired (it read as edited where it stood,
beside a like line typed there: two "Sent:" lines of swapped e-mails) stands at its one
copy in the new text; one edited on the way (found by its likeness to one new line) is
heard only beside an anchor on the other side.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import compress
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Indel

#: Most lines looked through above or below a repeated line for a unique one.
REACH = 24
#: Least similarity of an unpaired new line to an edited unique old line for the old
#: line to be taken to stand there, edited, when no other new line is even
#: :data:`OTHER_LINE` like it.
EDITED_LINE = 0.85
OTHER_LINE = 0.7


class Repairs(NamedTuple):
    """What the neighbours of repeated lines say of the diff's pairing of them."""

    #: Old line index → the new line its copy now pairs with (None: no longer paired).
    changes: dict[int, int | None]
    #: Old line indexes whose neighbours on either side stand by different copies (a
    #: paragraph of its own between two that parted): paired with the likelier copy,
    #: but not sure of it.
    doubtful: set[int]


def has_repeated_lines(old: Sequence[str], new: Sequence[str]) -> bool:
    """Whether a line with a letter or digit stands more than once in either text (else the
    diff's pairing has nothing to repair: most texts)."""
    for lines in (old, new):
        seen: set[str] = set()
        for line in lines:
            key = line.strip()
            if key in seen and any(char.isalnum() for char in key):
                return True
            seen.add(key)
    return False


def repaired_pairs(old: Sequence[str], new: Sequence[str], pairs: Mapping[int, int]) -> Repairs:
    """The repeated lines whose pairing in ``pairs`` (old index → new index, every line the
    diff placed) their neighbours contradict, and those they leave in doubt; the other
    pairs stand."""
    old_keys = list(map(str.strip, old))
    new_keys = list(map(str.strip, new))
    return repaired_pairs_of_keys(old_keys, new_keys, Counter(old_keys), Counter(new_keys), pairs)


def repaired_pairs_of_keys(
    old_keys: list[str],
    new_keys: list[str],
    old_count: Counter[str],
    new_count: Counter[str],
    pairs: Mapping[int, int],
) -> Repairs:
    """:func:`repaired_pairs` of lines already stripped of white space at their ends, with
    the ``Counter`` of each side's lines, as the diff has them at hand (``block_diff``'s
    ``_Counts``): neither stripped nor counted again."""
    # where each line found once in the new text stands: a unique line the diff left
    # unpaired (edited in place, as it read, for a like line typed where it stood) is
    # there (read through the new lines once, when first asked: most unique lines the
    # diff paired)
    only_at: dict[str, int] | None = None

    def standing_once(key: str) -> int | None:
        nonlocal only_at
        if only_at is None:
            only_at = {line: at for at, line in enumerate(new_keys) if new_count[line] == 1}
        return only_at.get(key)

    unpaired: list[int] = []
    unpaired_keys: list[str] = []
    edited: dict[str, int | None] = {}

    def edited_at(key: str) -> int | None:
        """The one unpaired new line like old line ``key`` (:data:`EDITED_LINE`; no other
        like it at all, :data:`OTHER_LINE`): where that line stands, edited."""
        if key in edited:
            return edited[key]
        if not edited:  # the first time asked
            taken = set(pairs.values())
            unpaired.extend(
                at
                for at, new_key in enumerate(new_keys)
                if new_key and new_count[new_key] == 1 and at not in taken
            )
            unpaired_keys.extend(new_keys[at] for at in unpaired)
        found = process.extract(
            key,
            unpaired_keys,
            scorer=Indel.normalized_similarity,
            score_cutoff=OTHER_LINE,
            limit=2,
        )
        at = unpaired[found[0][2]] if len(found) == 1 and found[0][1] >= EDITED_LINE else None
        edited[key] = at
        return at

    # the nearest unique line above and below each line within reach, and whether a blank
    # line parts them: read in one pass each way, not walked again for every repeated line
    nearest: dict[int, list[tuple[int, bool] | None]] = {}

    def nearest_table(step: int) -> list[tuple[int, bool] | None]:
        """The nearest unique lines in direction ``step`` (-1 above, 1 below), read once."""
        table = nearest.get(step)
        if table is None:
            table = nearest[step] = nearest_unique_lines(old_keys, old_count, step)
        return table

    def follows(index: int, step: int, *, resolve: bool = True) -> Anchor | None:
        """Where line ``index`` stands by the nearest unique line in direction ``step`` (-1
        above, 1 below), if the diff placed that line and the lines between read the same
        at its new place; with ``resolve`` false, an edited unique line is not looked for
        (an anchor at -1, marked edited, stands for what it may give)."""
        near = nearest_table(step)[index]
        if near is None:
            return None
        at, parted = near
        key = old_keys[at]
        went = (pairs[at] if at in pairs else standing_once(key)) if new_count[key] == 1 else None
        edited = went is None and not new_count[key]
        if edited and not resolve:
            return Anchor(-1, parted, edited=True)
        if edited:
            went = edited_at(key)
        if went is None:
            return None  # the unique line itself is gone, or edited past knowing
        target = went + index - at
        # the lines between and the repeated line (the unique one may be edited)
        lo, hi = (at + 1, index + 1) if step == -1 else (index, at)
        if not 0 <= target < len(new_keys) or not lines_read_alike(
            old_keys, new_keys, lo, hi, went - at
        ):
            return None
        return Anchor(target, parted, edited)

    # the repeated lines to pair again: not those edited or deleted, which stand nowhere in
    # the new text (no anchor can take one there, the lines between being read with it, and
    # no copy holds it: typos all through a text leave most lines so)
    to_pair_again = lines_to_pair_again(old_keys, old_count, new_count)
    above_table = nearest_table(-1) if to_pair_again else []
    below_table = nearest_table(1) if to_pair_again else []
    # old line index → a number shared by the lines of each stretch the diff kept as it
    # was, in order (-1 for the other lines)
    kept_runs = _kept_runs(old_keys, new_keys, pairs) if to_pair_again else []

    def among_kept_lines(index: int) -> bool:
        """Whether line ``index`` and its nearest unique lines above and below, each standing
        once in the new text, lie in one stretch the diff kept: both anchors then stand by
        the line's own pairing (:func:`follows` finds each unique line where the diff put
        it and the lines between reading alike there)."""
        above, below, run = above_table[index], below_table[index], kept_runs[index]
        return (
            above is not None
            and below is not None
            and run != -1
            and kept_runs[above[0]] == run == kept_runs[below[0]]
            and new_count[old_keys[above[0]]] == 1
            and new_count[old_keys[below[0]]] == 1
        )

    wanted: dict[int, int] = {}
    kept: set[int] = set()  # new lines that repeated lines sure of their pairing keep
    unseen: set[int] = set()  # repeated lines with no placed unique line on either side
    both_sides: set[int] = set()  # repeated lines whose anchors on both sides agree
    doubts: dict[int, tuple[int, int]] = {}  # old index → (likelier copy, the other)
    for index in to_pair_again:
        key = old_keys[index]
        if among_kept_lines(index):
            # what both sides' anchors give, read off the tables (most repeated lines of a
            # long text stand in a stretch the diff kept: asking :func:`follows` both ways
            # for each of them took most of the repair)
            kept.add(pairs[index])
            both_sides.add(index)
            continue
        above, below = follows(index, -1, resolve=False), follows(index, 1, resolve=False)
        if above is not None and below is not None:  # looked for only beside the other side
            above = follows(index, -1) if above.edited else above
            below = follows(index, 1) if below.edited else below
        if above is None or below is None:  # an edited line alone is not enough to go by
            above = None if above is None or above.edited else above
            below = None if below is None or below.edited else below
        current = pairs.get(index)
        if above is None and below is None:
            unseen.add(index)
        elif above is not None and below is not None and above.target == below.target:
            both_sides.add(index)
        if above is not None and below is not None and _in_doubt(above, below):
            likelier = _likelier(above, below, key, current)
            doubts[index] = (likelier, below.target if likelier == above.target else above.target)
            continue
        target = _sure(above, below)
        if target is None:
            continue
        if target == current:
            kept.add(target)
        else:
            wanted[index] = target
    wanted = {index: target for index, target in wanted.items() if target not in kept}
    sure = set(wanted.values()) | kept
    for index, (likelier, other) in doubts.items():
        target = likelier if likelier not in sure else other if other not in sure else None
        if target is not None and target != pairs.get(index):
            wanted[index] = target
    claims = Counter(wanted.values())
    # which old line holds each new line: read only when some line wants another copy (in
    # most texts none does, and every line the diff placed would be read)
    taken_by = {new_index: old_index for old_index, new_index in pairs.items()} if wanted else {}
    changes: dict[int, int | None] = {}
    contested: set[int] = set()
    for index, target in wanted.items():
        if claims[target] > 1:
            if index in pairs:
                changes[index] = None  # two lines claim one copy: neither is sure of it
            continue
        holder = taken_by.get(target)
        if holder in unseen and index not in both_sides:
            contested.add(holder)  # one side of one line against nothing: either may be it
            continue
        changes[index] = target
        if holder is not None and holder not in wanted:
            changes[holder] = None  # its copy went to the line whose neighbours it follows
    placed = {
        index for index in {*doubts, *contested} if changes.get(index, pairs.get(index)) is not None
    }
    return Repairs(changes, placed)


def lines_to_pair_again(
    old_keys: list[str], old_count: Counter[str], new_count: Counter[str]
) -> list[int]:
    """The indexes of the old lines (stripped) that are not blank, stand in the new text,
    and stand more than once in either text, in order: ``[index for index, key in
    enumerate(old_keys) if key and new_count[key] and not (old_count[key] == 1 and
    new_count[key] == 1)]``, read as the keys to pair again, each worked out once, and the
    lines holding one picked out in C (a long text holds each repeated line many times)."""
    again = {
        key
        for key, count in old_count.items()
        if key and (standing := new_count[key]) and (count != 1 or standing != 1)
    }
    return list(compress(range(len(old_keys)), map(again.__contains__, old_keys)))


def nearest_unique_lines(
    keys: list[str], count: Mapping[str, int], step: int
) -> list[tuple[int, bool] | None]:
    """For each line of ``keys`` (lines with white space at their ends stripped), the
    nearest line in direction ``step`` (-1 above, 1 below) that is not blank and stands
    once (``count``), at most :data:`REACH` lines away, and whether a blank line stands
    between the two; None where there is none. One pass over the lines."""
    lines = len(keys)
    nearest: list[tuple[int, bool] | None] = [None] * lines
    # before the first unique line, ``last`` stands beyond reach of every line (no test of
    # whether one was found, and the distance ``(last - index) * step`` with no call)
    if step == -1:
        order, last = range(lines), -REACH - 1
    else:
        order, last = range(lines - 1, -1, -1), lines + REACH
    parted = False
    for index in order:
        if (last - index) * step <= REACH:
            nearest[index] = (last, parted)
        key = keys[index]
        if not key:
            parted = True
        elif count[key] == 1:
            last, parted = index, False
    return nearest


def _kept_runs(old_keys: list[str], new_keys: list[str], pairs: Mapping[int, int]) -> list[int]:
    """For each old line, a number shared by the lines of one stretch paired line for line
    with new lines reading alike, all moved by as many lines (a stretch the diff kept,
    where it stands), or -1 for a line not so paired. One pass over the lines."""
    runs = [-1] * len(old_keys)
    run, shift = -1, None
    for index, key in enumerate(old_keys):
        at = pairs.get(index)
        if at is None or new_keys[at] != key:
            shift = None
            continue
        if at - index != shift:
            run, shift = run + 1, at - index
        runs[index] = run
    return runs


def lines_read_alike(
    old_keys: list[str], new_keys: list[str], lo: int, hi: int, shift: int
) -> bool:
    """Whether old lines ``[lo, hi)`` read as new lines ``[lo + shift, hi + shift)`` (all
    of these inside the new text): two slices compared in C, not one line at a time."""
    return old_keys[lo:hi] == new_keys[lo + shift : hi + shift]


class Anchor(NamedTuple):
    """Where a repeated line stands by its nearest unique line on one side."""

    target: int
    #: Whether a blank line parts the two (they are in different paragraphs).
    parted: bool
    #: Whether the unique line was edited (found by its likeness to one new line).
    edited: bool = False


def _sure(above: Anchor | None, below: Anchor | None) -> int | None:
    """The copy a line not in doubt pairs with: where its anchors agree, the only one, or
    the one in its own paragraph."""
    if above is None or below is None:
        found = above or below
        return None if found is None else found.target
    return below.target if above.parted and not below.parted else above.target


def _in_doubt(above: Anchor, below: Anchor) -> bool:
    """Whether the anchors on either side stand by different copies and neither shares the
    line's paragraph (it may have closed the entry above or opened the one below)."""
    return above.target != below.target and above.parted == below.parted


def _likelier(above: Anchor, below: Anchor, key: str, current: int | None) -> int:
    """The likelier copy for a line in doubt: the current pairing if either anchor allows
    it, else below for a label (a line ending in a colon) and above for the rest."""
    if current in (above.target, below.target):
        return current
    return below.target if key.endswith(":") else above.target
