"""Which stretches of an old text survive in its new version: a coarse-to-fine diff into blocks.

The two versions are compared coarse to fine with RapidFuzz's C-backed ``Indel.opcodes``
(longest common subsequence): by lines, then, inside each changed stretch, by sentences,
words and finally characters. A stretch too large to compare at some level is left
unaligned, and equal runs too short to mean anything next to larger changes (the ``e``
shared by two unrelated words) are dropped, as diff-match-patch's semantic clean-up does.
A line or sentence deleted in one place and inserted in another, once each, is a *move*;
one deleted in one place and inserted, edited, in another is an edited move; a short line
(a list item) found once in each text and deleted and inserted so is a move too
(``core.short_moves``), and the rest of its stretch is still compared.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple, cast

from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.block_moves import Edit, block_moves, slid_to_moves
from desktop_app.core.repeated_line_pairs import has_repeated_lines, repaired_pairs_of_keys
from desktop_app.core.short_moves import short_moves

#: Most (old tokens x new tokens) compared in one call (~20 ms at worst).
MAX_CELLS = 100_000_000
#: Shortest line or sentence (code points) recognised as moved.
MOVE_MIN = 24
#: Similarity above which a changed line or sentence counts as edited where it stands.
EDITED_IN_PLACE = 0.7
#: Least similarity of a line or sentence deleted in one place to one inserted in another
#: for the two to be taken for one text moved and edited (``_edited_moves``): stock
#: phrasing makes different sentences of one text alike up to about 0.8.
EDITED_MOVE = 0.85
#: Least share of shared characters for two changed stretches to be aligned word by word.
RELATED = 0.5
#: Longest changed stretch compared letter by letter.
WORD_EDIT = 32
#: Equal runs at most this long are dropped when both neighbouring changes are as long.
NOISE = 8

#: White space within a line (a line break is none of it).
_SPACES = re.compile(r"[^\S\n]+")

_LEVELS = (
    re.compile(r"[^\n]*\n|[^\n]+"),
    re.compile(r"[^.!?。！？\n]+[.!?。！？]*\s*|[.!?。！？\n]+\s*"),
    re.compile(r"\w+|\s+|[^\w\s]"),
)


class Block(NamedTuple):
    """``length`` code points at ``old`` in the old text are at ``new`` in the new text."""

    old: int
    new: int
    length: int
    moved: bool = False
    #: Whether the block is one copy of a repeated line that may as well be another
    #: (``core.repeated_line_pairs``): what lies on it is placed, and reviewed.
    doubtful: bool = False


def surviving_blocks(old: str, new: str) -> list[Block]:
    """The blocks of ``old`` that survive in ``new``, in no particular order."""
    blocks: list[Block] = []
    _align(old, new, 0, 0, 0, blocks, {})
    return blocks


#: Where :func:`_align` put the blocks it found for a pair of stretches at a level: the
#: list, the first and last index of them in it, and the stretches' old and new offsets.
#: The same pair compared again within one diff (a sentence or a word edited alike in
#: several places) is answered from them, shifted.
_Seen = dict[tuple[str, str, int], tuple[list[Block], int, int, int, int]]


def _align(
    old: str, new: str, old_at: int, new_at: int, level: int, out: list[Block], seen: _Seen
) -> None:
    """Append the blocks of ``old`` that survive in ``new`` (both found at the given
    offsets); a pair of stretches ``seen`` holds is not compared again."""
    if not old or not new:
        return
    if old == new:
        out.append(Block(old_at, new_at, len(old)))
        return
    key = (old, new, level)
    known = seen.get(key)
    if known is not None:
        blocks, first, last, old_shift, new_shift = known
        old_shift, new_shift = old_at - old_shift, new_at - new_shift
        out.extend(
            Block(b.old + old_shift, b.new + new_shift, b.length, b.moved, b.doubtful)
            for b in blocks[first:last]
        )
        return
    first = len(out)
    if level == len(_LEVELS):
        if len(old) * len(new) <= MAX_CELLS:
            _emit_fine(old, new, old, new, old_at, new_at, level, out, seen)  # its characters
    else:
        old_tokens = _tokens(old, level)
        new_tokens = _tokens(new, level)
        if len(old_tokens) * len(new_tokens) > MAX_CELLS:
            pass
        elif level < 2:
            _emit(old_tokens, new_tokens, old, new, old_at, new_at, level, out, seen)
        else:
            _emit_fine(old_tokens, new_tokens, old, new, old_at, new_at, level, out, seen)
    seen[key] = (out, first, len(out), old_at, new_at)  # shifted only if asked again


def _tokens(text: str, level: int) -> list[str]:
    """The tokens of ``text`` at ``level``: every pattern of :data:`_LEVELS` matches at
    any code point, so they follow each other and join back into ``text``."""
    return _LEVELS[level].findall(text)


#: One step of a diff as RapidFuzz lists it: tag, old start, old end, new start, new end.
_Step = tuple[str, int, int, int, int]


@dataclass(slots=True)
class _Run:
    equal: bool
    old_lo: int
    old_hi: int
    new_lo: int
    new_hi: int
    #: Whether a run of words holds one of letters or digits (worked out only for an equal
    #: run of at most :data:`NOISE` code points: only such a run can be noise).
    text_has_word: bool = False


def _emit(
    old_tokens: list[str],
    new_tokens: list[str],
    old_text: str,
    new_text: str,
    old_at: int,
    new_at: int,
    level: int,
    out: list[Block],
    seen: _Seen,
) -> None:
    old_offsets = _offsets(old_tokens)
    new_offsets = _offsets(new_tokens)
    runs: list[_Run] = []
    changed: list[tuple[range, range]] = []
    steps = list(map(Edit._make, Indel.opcodes(old_tokens, new_tokens).as_list()))
    steps = slid_to_moves(steps, old_tokens, new_tokens)
    for tag, src_start, src_end, dest_start, dest_end in steps:
        equal = tag == "equal"
        if not equal:
            if changed and changed[-1][0].stop == src_start and changed[-1][1].stop == dest_start:
                last = changed[-1]
                changed[-1] = (range(last[0].start, src_end), range(last[1].start, dest_end))
            else:
                changed.append((range(src_start, src_end), range(dest_start, dest_end)))
            if runs and not runs[-1].equal:
                runs[-1].old_hi, runs[-1].new_hi = old_offsets[src_end], new_offsets[dest_end]
                continue
        runs.append(
            _Run(
                equal,
                old_offsets[src_start],
                old_offsets[src_end],
                new_offsets[dest_start],
                new_offsets[dest_end],
            )
        )
    runs = _without_blank_runs(runs, old_tokens, old_offsets)
    counts = _Counts(old_tokens, new_tokens)
    moved = _moves(old_tokens, changed, counts)
    taken = {old for old, _ in moved}  # a block cut and pasted whole, its repeated lines with it
    moved += [
        pair
        for pair in block_moves(steps, old_tokens, new_tokens, MOVE_MIN)
        if pair[0] not in taken
    ]
    edited = _edited_moves(old_tokens, new_tokens, changed, moved, counts)
    short: list[tuple[int, int]] = []
    regrouped: dict[int, int | None] = {}
    doubtful: dict[int, tuple[int, bool]] = {}  # old index → (new index, moved)
    # the lines of the whole text, read with white space at their ends aside (as each of
    # these reads them): stripped once for all three
    old_keys, new_keys = counts.keys() if level == 0 else ([], [])
    if level == 0:
        short = short_moves(old_keys, new_keys, changed, MOVE_MIN)
        short = [pair for pair in short if pair[0] not in {old for old, _ in moved}]
    if level == 0 and has_repeated_lines(old_keys, new_keys):  # they go with neighbours
        placed = _pairs(steps, moved + short)
        was_moved = {old for old, _ in moved + short}
        regrouped, doubted = repaired_pairs_of_keys(old_keys, new_keys, *counts.get(), placed)
        doubtful = {
            old: (new, old in regrouped or old in was_moved)
            for old in doubted
            if (new := regrouped[old] if old in regrouped else placed[old]) is not None
        }
        moved = [pair for pair in moved if pair[0] not in regrouped and pair[0] not in doubtful]
        short = [pair for pair in short if pair[0] not in regrouped and pair[0] not in doubtful]
        moved += [
            (old, new) for old, new in regrouped.items() if new is not None and old not in doubtful
        ]
    lifted = sorted((old_offsets[old], old_offsets[old + 1]) for old in {*regrouped, *doubtful})
    moved_old = {old_offsets[old] for old, _ in moved}
    moved_new = {new_offsets[new] for _, new in moved}
    edited_old = [(old_offsets[old], old_offsets[old + 1]) for old, _ in edited + short]
    edited_new = [(new_offsets[new], new_offsets[new + 1]) for _, new in edited + short]
    lines = [(old, new, True, False) for old, new in moved + short]
    lines += [(old, new, went, True) for old, (new, went) in doubtful.items()]
    for old, new, went, doubt in lines:
        # the same line, give or take white space at its ends (the last line has no break)
        key = old_tokens[old].strip()
        old_lo = old_at + old_offsets[old] + old_tokens[old].index(key)
        new_lo = new_at + new_offsets[new] + new_tokens[new].index(key)
        out.append(Block(old_lo, new_lo, len(key), moved=went, doubtful=doubt))
    for old, new in edited:  # compared finer, and what survives of it is taken as moved
        inside: list[Block] = []
        _align(
            old_tokens[old],
            new_tokens[new],
            old_at + old_offsets[old],
            new_at + new_offsets[new],
            level + 1,
            inside,
            seen,
        )
        out.extend(block._replace(moved=True) for block in inside)
    for run in runs:
        if run.equal:
            for lo, hi in _without(run.old_lo, run.old_hi, lifted):
                out.append(Block(old_at + lo, new_at + run.new_lo + lo - run.old_lo, hi - lo))
            continue
        touches_move = any(run.old_lo <= m < run.old_hi for m in moved_old) or any(
            run.new_lo <= m < run.new_hi for m in moved_new
        )
        if touches_move:
            continue  # a stretch by a move is left alone
        _align(  # what moved, edited (or short), is compared where it went, not here
            _blanked(old_text, run.old_lo, run.old_hi, edited_old, "\0"),
            _blanked(new_text, run.new_lo, run.new_hi, edited_new, "\1"),
            old_at + run.old_lo,
            new_at + run.new_lo,
            level + 1,
            out,
            seen,
        )


def _emit_fine(
    old_tokens: Sequence[str],
    new_tokens: Sequence[str],
    old_text: str,
    new_text: str,
    old_at: int,
    new_at: int,
    level: int,
    out: list[Block],
    seen: _Seen,
) -> None:
    """:func:`_emit` for words and characters (a string is a sequence of characters), where
    nothing is taken for a move: each surviving run is a block, each changed stretch of a
    word or two is compared letter by letter (``old_text`` and ``new_text``: the tokens
    joined)."""
    words = level == 2  # only runs of words are asked whether they hold one
    old_offsets: Sequence[int]
    new_offsets: Sequence[int]
    if words:
        old_offsets, new_offsets = _offsets(old_tokens), _offsets(new_tokens)
    else:  # a character's offset is its index
        old_offsets, new_offsets = range(len(old_text) + 1), range(len(new_text) + 1)
    runs: list[_Run] = []
    maybe_noise = False  # whether some equal run is short enough to be noise
    steps = cast(list[_Step], Indel.opcodes(old_tokens, new_tokens).as_list())
    for tag, src_start, src_end, dest_start, dest_end in steps:
        equal = tag == "equal"
        if not equal and runs and not runs[-1].equal:
            runs[-1].old_hi, runs[-1].new_hi = old_offsets[src_end], new_offsets[dest_end]
            continue
        old_lo, old_hi = old_offsets[src_start], old_offsets[src_end]
        has_word = False  # asked only of a run short enough for noise (the rest are kept)
        if equal and old_hi - old_lo <= NOISE:
            has_word = words and any(t[:1].isalnum() for t in old_tokens[src_start:src_end])
            maybe_noise = maybe_noise or not has_word
        runs.append(
            _Run(equal, old_lo, old_hi, new_offsets[dest_start], new_offsets[dest_end], has_word)
        )
    if maybe_noise:  # else no run is noise, and no two changes follow each other
        runs = _without_noise(runs, words=words)
    if not _related(runs, old_text, new_text) and not (
        words and _related_through_respellings(runs, old_text, new_text)
    ):
        return  # two unrelated sentences: common words are no alignment
    for run in runs:
        if run.equal:
            out.append(Block(old_at + run.old_lo, new_at + run.new_lo, run.old_hi - run.old_lo))
        elif words and _size(run) <= WORD_EDIT:  # letters only inside a word or two (a typo)
            _align(
                old_text[run.old_lo : run.old_hi],
                new_text[run.new_lo : run.new_hi],
                old_at + run.old_lo,
                new_at + run.new_lo,
                level + 1,
                out,
                seen,
            )


def _pairs(steps: list[Edit], moved: list[tuple[int, int]]) -> dict[int, int]:
    """Old token index → new token index of every token kept in place or moved."""
    pairs = {
        old: new
        for step in steps
        if step.tag == "equal"
        for old, new in zip(
            range(step.src_start, step.src_end), range(step.dest_start, step.dest_end), strict=True
        )
    }
    pairs.update(moved)
    return pairs


def _without(lo: int, hi: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[lo, hi)`` less the ``holes`` (sorted, not overlapping), in pieces."""
    pieces: list[tuple[int, int]] = []
    for start, end in holes:
        if end <= lo or hi <= start:
            continue
        if lo < start:
            pieces.append((lo, start))
        lo = max(lo, end)
    if lo < hi:
        pieces.append((lo, hi))
    return pieces


def _blanked(text: str, lo: int, hi: int, spans: list[tuple[int, int]], fill: str) -> str:
    """``text[lo:hi]`` with the characters of ``spans`` inside it, line breaks aside,
    replaced by ``fill`` (which matches nothing on the other side)."""
    part = text[lo:hi]
    for start, end in spans:
        if start < hi and lo < end:
            start, end = max(lo, start), min(hi, end)
            blank = "".join(char if char == "\n" else fill for char in text[start:end])
            part = part[: start - lo] + blank + part[end - lo :]
    return part


def _offsets(tokens: Sequence[str]) -> list[int]:
    return list(accumulate(map(len, tokens), initial=0))


def _related(runs: list[_Run], old_text: str, new_text: str) -> bool:
    """Whether the equal runs hold :data:`RELATED` or more of the shorter side's non-space
    characters (a stretch that lost or gained much is still related to what is left of
    it). The runs' own white space is counted only when all of the old text's might tip
    the balance (most stretches share nearly everything: a typo or two)."""
    old_visible = _visible(old_text)
    whole = max(1, min(old_visible, _visible(new_text)))
    equal = [run for run in runs if run.equal]
    at_least = sum(run.old_hi - run.old_lo for run in equal) - (len(old_text) - old_visible)
    if at_least / whole >= RELATED:
        return True
    shared = sum(_visible(old_text[run.old_lo : run.old_hi]) for run in equal)
    return shared / whole >= RELATED


def _related_through_respellings(runs: list[_Run], old_text: str, new_text: str) -> bool:
    """Whether the runs of words hold :data:`RELATED` or more of the shorter side's non-space
    characters once each changed word or two that reads the same on both sides, spaces
    within the line aside ("7am" spaced as "7 am", "10 pm" joined as "10pm"; a line break
    moved is no respacing), counts as kept, as the letter-by-letter comparison after it
    keeps it: a short line whose every figure a copy editor spaced from its unit shares too
    few whole words to be related by them alone."""
    whole = max(1, min(_visible(old_text), _visible(new_text)))
    shared = 0
    for run in runs:
        if run.equal:
            shared += _visible(old_text[run.old_lo : run.old_hi])
        elif _size(run) <= WORD_EDIT:
            letters = _SPACES.sub("", old_text[run.old_lo : run.old_hi])
            if letters == _SPACES.sub("", new_text[run.new_lo : run.new_hi]):
                shared += _visible(letters)
    return shared / whole >= RELATED


def _visible(text: str) -> int:
    return len("".join(text.split()))


def _without_noise(runs: list[_Run], *, words: bool) -> list[_Run]:
    """Merge equal runs that are short and flanked on both sides by longer changes (of
    words, only those without a letter or digit: a shared space or comma)."""

    def noise(index: int, run: _Run) -> bool:
        length = run.old_hi - run.old_lo
        left, right = runs[index - 1], runs[index + 1]
        short = length <= NOISE and length <= _size(left) and length <= _size(right)
        return short and not (words and run.text_has_word)

    return _merged_into_changes(runs, noise)


def _without_blank_runs(runs: list[_Run], tokens: list[str], offsets: list[int]) -> list[_Run]:
    """Merge equal runs of blank lines or white space that lie between two changes into
    them: a blank line matches any other, so where the diff pairs them up is arbitrary, and
    trusting it cuts one edited paragraph from what it became (a paragraph split around a
    new sentence loses its second half to the next change)."""

    def blank(_index: int, run: _Run) -> bool:
        # a run starts and ends on token boundaries, and the offsets rise strictly (no
        # token is empty): its tokens found by bisection, only for the runs asked about
        first = bisect_left(offsets, run.old_lo)
        last = bisect_left(offsets, run.old_hi, first)
        return all(not token.strip() for token in tokens[first:last])

    return _merged_into_changes(runs, blank)


def _merged_into_changes(runs: list[_Run], merge: Callable[[int, _Run], bool]) -> list[_Run]:
    """``runs`` with each equal run between two others for which ``merge(index, run)``
    holds turned into a change, and neighbouring changes joined into one (as the callers
    make them, no two changes follow each other: fewer than three runs stay as they are)."""
    if len(runs) < 3:
        return runs
    kept: list[_Run] = []
    for index, run in enumerate(runs):
        if run.equal and 0 < index < len(runs) - 1 and merge(index, run):
            run = _Run(False, run.old_lo, run.old_hi, run.new_lo, run.new_hi)
        if kept and not run.equal and not kept[-1].equal:
            kept[-1].old_hi, kept[-1].new_hi = run.old_hi, run.new_hi
        else:
            kept.append(run)
    return kept


def _size(run: _Run) -> int:
    return max(run.old_hi - run.old_lo, run.new_hi - run.new_lo)


class _Counts:
    """The old and the new tokens with white space at their ends stripped, and how often
    each stands, made once, when first asked (most stretches need neither). The moves
    and the repeated lines of one diff read the same stripped tokens: stripping a line
    copies it, and each copy's hash is worked out again when it is looked up."""

    __slots__ = ("_counted", "_keys", "_new_tokens", "_old_tokens")

    def __init__(self, old_tokens: list[str], new_tokens: list[str]) -> None:
        self._old_tokens = old_tokens
        self._new_tokens = new_tokens
        self._keys: tuple[list[str], list[str]] | None = None
        self._counted: tuple[Counter[str], Counter[str]] | None = None

    def keys(self) -> tuple[list[str], list[str]]:
        """The old and the new tokens, stripped."""
        if self._keys is None:
            self._keys = (
                list(map(str.strip, self._old_tokens)),
                list(map(str.strip, self._new_tokens)),
            )
        return self._keys

    def get(self) -> tuple[Counter[str], Counter[str]]:
        """The old and the new counts."""
        if self._counted is None:
            old_keys, new_keys = self.keys()
            self._counted = (Counter(old_keys), Counter(new_keys))
        return self._counted


def _moves(
    old_tokens: list[str], changed: list[tuple[range, range]], counts: _Counts
) -> list[tuple[int, int]]:
    """Long tokens deleted once and inserted once (white space at their ends aside), and
    found nowhere else: (old index, new index).

    A token for which another inserted token is similar was probably edited where it
    stood, its copy pasted elsewhere: neither is taken for a move (the quote search judges
    them by their context).
    """
    if len(changed) < 2:
        return []  # a move leaves one changed stretch for another (two calls in three have one)
    if not any(len(old_tokens[i]) >= MOVE_MIN for old, _ in changed for i in old):
        return []  # nothing long enough was taken out
    old_count, new_count = counts.get()
    old_keys, new_keys = counts.keys()
    inserted = [j for _, new in changed for j in new]
    inserted_keys = [new_keys[j] for j in inserted]
    found: list[tuple[int, int]] = []
    for old, new in changed:
        for i in old:
            key = old_keys[i]
            if len(key) < MOVE_MIN or old_count[key] != 1 or new_count[key] != 1:
                continue
            similar = process.extract(
                key,
                inserted_keys,
                scorer=Indel.normalized_similarity,
                score_cutoff=EDITED_IN_PLACE,
                limit=2,
            )
            if len(similar) != 1 or similar[0][0] != key:
                continue
            j = inserted[similar[0][2]]
            if j not in new:  # in its own changed stretch it only lost or gained white space
                found.append((i, j))
    return found


def _edited_moves(
    old_tokens: list[str],
    new_tokens: list[str],
    changed: list[tuple[range, range]],
    moves: list[tuple[int, int]],
    counts: _Counts,
) -> list[tuple[int, int]]:
    """Long tokens deleted in one changed stretch and inserted, edited, in another (a
    paragraph cut, pasted elsewhere and then edited): (old index, new index) where the
    inserted token is the only one like the deleted one (:data:`EDITED_MOVE`) and the
    deleted one the only one like it, neither found as it is anywhere in the other text,
    and a line that came along unchanged between where it stood and where it went (next
    to where it stood, it was split, joined or edited there; with a copy pasted
    elsewhere, two are alike: the quote search judges those).
    """
    if len(changed) < 2:
        return []  # deleted in one changed stretch, inserted in another
    taken_old = {old for old, _ in moves}
    taken_new = {new for _, new in moves}
    deleted = [
        i
        for old, _ in changed
        for i in old
        if i not in taken_old and len(old_tokens[i].strip()) >= MOVE_MIN
    ]
    inserted = [
        j
        for _, new in changed
        for j in new
        if j not in taken_new and len(new_tokens[j].strip()) >= MOVE_MIN
    ]
    if not deleted or not inserted:
        return []
    old_count, new_count = counts.get()
    old_keys, new_keys = counts.keys()
    deleted = [i for i in deleted if old_count[old_keys[i]] == 1]
    inserted = [j for j in inserted if new_count[new_keys[j]] == 1]
    deleted_keys = [old_keys[i] for i in deleted]
    inserted_keys = [new_keys[j] for j in inserted]
    candidates = set(deleted)
    stretch_of = {j: index for index, (_, new) in enumerate(changed) for j in new}
    found: list[tuple[int, int]] = []
    for index, (old, new) in enumerate(changed):
        # any line typed here, a copy of another one too (edited into a twin of a line
        # that stands elsewhere, it was still edited where it stood)
        here: list[str] | None = None
        for i in old:
            key = old_keys[i]
            if i not in candidates or new_count[key]:
                continue
            # the line as many lines into the stretch is the likeliest to be it edited (a
            # typo or two: one comparison, where all the stretch's lines would be read)
            across = new.start + i - old.start
            if across in new and across not in taken_new:
                counterpart = new_keys[across]
                if len(counterpart) >= MOVE_MIN and _alike(key, counterpart):
                    continue  # edited where it stood
            if here is None:
                here = [
                    new_keys[j] for j in new if j not in taken_new and len(new_keys[j]) >= MOVE_MIN
                ]
            if process.extractOne(
                key, here, scorer=Indel.normalized_similarity, score_cutoff=EDITED_IN_PLACE
            ):
                continue  # edited where it stood (the common case: one look nearby)
            j = _only_alike(key, inserted_keys, inserted)
            if j is None or old_count[new_keys[j]]:
                continue
            if not _apart(new_tokens, changed, index, stretch_of[j]):
                continue  # split, joined or edited where it stood
            if _only_alike(new_keys[j], deleted_keys, deleted) == i:
                found.append((i, j))
    return found


def _alike(key: str, other: str) -> bool:
    """Whether two tokens are :data:`EDITED_IN_PLACE` alike, as ``process.extractOne``
    with that cut-off finds them."""
    similar = Indel.normalized_similarity(key, other, score_cutoff=EDITED_IN_PLACE)
    return similar >= EDITED_IN_PLACE


def _apart(tokens: list[str], changed: list[tuple[range, range]], one: int, other: int) -> bool:
    """Whether a long token of the new text that came along unchanged stands between
    changed stretches ``one`` and ``other`` (text inserted beside a deleted token, or
    where it stood, is that token split, joined to a neighbour or edited)."""
    lo, hi = sorted((one, other))
    return any(
        len(tokens[k].strip()) >= MOVE_MIN
        for at in range(lo, hi)
        for k in range(changed[at][1].stop, changed[at + 1][1].start)
    )


def _only_alike(key: str, keys: list[str], indexes: list[int]) -> int | None:
    """The index of the one token of ``keys`` like ``key`` (:data:`EDITED_MOVE`), or None
    (none, or several alike at least :data:`EDITED_IN_PLACE`)."""
    if not process.extractOne(
        key, keys, scorer=Indel.normalized_similarity, score_cutoff=EDITED_MOVE
    ):
        return None  # the common case: nothing that alike (one pass with a high cut-off)
    similar = process.extract(
        key, keys, scorer=Indel.normalized_similarity, score_cutoff=EDITED_IN_PLACE, limit=2
    )
    return indexes[similar[0][2]] if len(similar) == 1 else None
