"""Whole blocks of lines cut and pasted elsewhere, repeated lines inside them included.

A longest-common-subsequence diff pairs repeated lines arbitrarily. When two e-mails that
each end with the same disclaimer swap places, it may keep the first e-mail's disclaimer
where the second one's now stands, so that the deleted stretch (a disclaimer and an
e-mail) no longer reads as the inserted one (the e-mail and its disclaimer), and the
disclaimers' annotations cross over. Here a deletion (insertion) is slid along the equal
lines beside it, as far as they repeat its own lines, to where it reads token for token
as an insertion (deletion) elsewhere; and a deleted block that reads so, and stands once
in each text, is a move of all its lines, the repeated ones with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple


class Edit(NamedTuple):
    """One step of a diff: ``old[src_start:src_end]`` becomes ``new[dest_start:dest_end]``."""

    tag: str
    src_start: int
    src_end: int
    dest_start: int
    dest_end: int


def slid_to_moves(steps: Iterable[Edit], old: Sequence[str], new: Sequence[str]) -> list[Edit]:
    """``steps`` with each pure deletion (insertion) that does not read as an insertion
    (deletion) slid, the least distance that makes it do so, along the equal steps beside
    it where they repeat its own tokens (the same diff, the equal tokens paired otherwise)."""
    edits = _normalised(list(steps))
    for tag in ("delete", "insert"):
        # what a deletion (insertion) may come to read as: the insertions (deletions), which
        # sliding the other kind leaves as they are
        if tag == "delete":
            targets = {tuple(new[e.dest_start : e.dest_end]) for e in edits if e.tag == "insert"}
        else:
            targets = {tuple(old[e.src_start : e.src_end]) for e in edits if e.tag == "delete"}
        if not targets:
            continue
        index = 0
        while index < len(edits):
            if edits[index].tag == tag:
                slid = _slid(edits, index, old if tag == "delete" else new, targets)
                if slid is not None:
                    edits = slid
            index += 1
    return edits


def block_moves(
    edits: Sequence[Edit], old: Sequence[str], new: Sequence[str], shortest: int
) -> list[tuple[int, int]]:
    """Token pairs (old index, new index) of every deleted block of two or more tokens that
    an insertion reads token for token, whose text (at least ``shortest`` code points,
    white space aside) stands once in each text: the block moved whole."""
    inserted = {
        tuple(new[e.dest_start : e.dest_end]): e.dest_start for e in edits if e.tag == "insert"
    }
    pairs: list[tuple[int, int]] = []
    for edit in edits:
        if edit.tag != "delete" or edit.src_end - edit.src_start < 2:
            continue
        tokens = tuple(old[edit.src_start : edit.src_end])
        at = inserted.get(tokens)
        block = "".join(tokens)
        if at is None or len(block.strip()) < shortest:
            continue
        if not (_once("".join(old), block) and _once("".join(new), block)):
            continue
        pairs.extend(
            (edit.src_start + offset, at + offset)
            for offset, token in enumerate(tokens)
            if token.strip()
        )
    return pairs


def _once(text: str, part: str) -> bool:
    first = text.find(part)
    return first != -1 and text.find(part, first + 1) == -1


def _slid(
    edits: list[Edit], index: int, own: Sequence[str], targets: set[tuple[str, ...]]
) -> list[Edit] | None:
    """The steps with step ``index`` (a pure deletion or insertion of tokens of ``own``)
    slid to where it reads as one of ``targets``, or None (it does already, or cannot)."""
    edit = edits[index]
    lo, hi = (
        (edit.src_start, edit.src_end) if edit.tag == "delete" else (edit.dest_start, edit.dest_end)
    )
    before = edits[index - 1] if index > 0 and edits[index - 1].tag == "equal" else None
    after = edits[index + 1] if index + 1 < len(edits) and edits[index + 1].tag == "equal" else None
    down = 0
    if after is not None:
        room = after.src_end - after.src_start
        while down < room and own[lo + down] == own[hi + down]:
            down += 1
    up = 0
    if before is not None:
        room = before.src_end - before.src_start
        while up < room and own[lo - 1 - up] == own[hi - 1 - up]:
            up += 1
    if not (down or up) or tuple(own[lo:hi]) in targets:
        return None  # it cannot slide (the common case: two comparisons), or need not
    for distance in range(1, max(down, up) + 1):
        for shift in (distance, -distance):
            if -up <= shift <= down and tuple(own[lo + shift : hi + shift]) in targets:
                return _shifted(edits, index, shift)
    return None


def _shifted(edits: list[Edit], index: int, shift: int) -> list[Edit]:
    """The steps with step ``index`` moved ``shift`` tokens along (down when positive), the
    equal steps beside it giving and taking as many tokens."""
    edit = edits[index]
    moved = Edit(
        edit.tag,
        edit.src_start + shift,
        edit.src_end + shift,
        edit.dest_start + shift,
        edit.dest_end + shift,
    )
    # the equal tokens before the step now end where it starts, those after start where it ends
    at_old, at_new = moved.src_start, moved.dest_start
    end_old, end_new = moved.src_end, moved.dest_end
    head = edits[:index]
    tail = edits[index + 1 :]
    first_old = head[-1].src_start if head and head[-1].tag == "equal" else edit.src_start
    first_new = head[-1].dest_start if head and head[-1].tag == "equal" else edit.dest_start
    if head and head[-1].tag == "equal":
        head = head[:-1]
    last_old = tail[0].src_end if tail and tail[0].tag == "equal" else edit.src_end
    last_new = tail[0].dest_end if tail and tail[0].tag == "equal" else edit.dest_end
    if tail and tail[0].tag == "equal":
        tail = tail[1:]
    return _normalised(
        [
            *head,
            Edit("equal", first_old, at_old, first_new, at_new),
            moved,
            Edit("equal", end_old, last_old, end_new, last_new),
            *tail,
        ]
    )


def _normalised(edits: list[Edit]) -> list[Edit]:
    """Empty steps dropped, neighbouring equal steps joined."""
    kept: list[Edit] = []
    for edit in edits:
        if edit.src_start == edit.src_end and edit.dest_start == edit.dest_end:
            continue
        if kept and edit.tag == "equal" and kept[-1].tag == "equal":
            last = kept.pop()
            edit = Edit("equal", last.src_start, edit.src_end, last.dest_start, edit.dest_end)
        kept.append(edit)
    return kept
