"""Whether inserted text is mostly sentences moved in from elsewhere, a few words retyped."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from desktop_app.core.alignment import MOVED_GAP, SENTENCE, Alignment

#: Least similarity (0-100, ``fuzz.partial_ratio``) of an inserted sentence and old text
#: that went away for the sentence to count as that text moved (a word changed in it).
LIKE = 85.0
#: Least share of an inserted sentence that the old text it came from must match (the
#: rest is typed around it: a connector such as "Meanwhile, ").
COVERED = 0.6
#: ... or all of it but its first words, at most this many code points (a connector such
#: as "Separately, as noted above, "), and its full stop or so.
CONNECTOR = 32
SENTENCE_END = 2
#: Share of the inserted stretch's visible text that moved sentences must exceed.
MOSTLY = 0.5


def moved_in_sentences(alignment: Alignment, lo: int, hi: int, own: tuple[int, int]) -> bool:
    """Whether new ``[lo, hi)`` (text no old text maps to) is mostly sentences each like
    old text that went away outside old ``own`` (moved in from another paragraph, opened
    with a connector or with a word changed, which ``Alignment.was_elsewhere`` misses as
    it wants the stretch word for word). Text typed there, or the passage's own sentences
    rewritten in place, is not."""
    sentences = [m.group().strip() for m in SENTENCE.finditer(alignment.new, lo, hi)]
    total = sum(len(sentence) for sentence in sentences)
    if total < MOVED_GAP:
        return False
    outside, inside = _lost_around(alignment, own)
    if not outside:
        return False
    moved = sum(
        len(sentence)
        for sentence in sentences
        if len(sentence) >= MOVED_GAP and _came_from(sentence, outside, inside)
    )
    return moved > MOSTLY * total


def _came_from(sentence: str, outside: list[str], inside: list[str]) -> bool:
    """Whether most of ``sentence`` (or all but a connector opening it) reads like one of
    the ``outside`` old stretches, and
    less like any of the passage's own lost text (``inside``: rewritten in place, a line
    repeated elsewhere and edited everywhere)."""
    found = process.extractOne(sentence, outside, scorer=fuzz.partial_ratio, score_cutoff=LIKE)
    if found is None:
        return False
    match = fuzz.partial_ratio_alignment(sentence, found[0], score_cutoff=LIKE)
    if match is None:
        return False
    covered = match.src_end - match.src_start
    opened = len(sentence) - match.src_end <= SENTENCE_END and match.src_start <= CONNECTOR
    if covered < COVERED * len(sentence) and not (opened and covered >= MOVED_GAP):
        return False
    return all(fuzz.partial_ratio(sentence, text) < found[1] for text in inside)


def _lost_around(alignment: Alignment, own: tuple[int, int]) -> tuple[list[str], list[str]]:
    """The old stretches that did not survive, of at least half of :data:`MOVED_GAP` code
    points: those outside ``own`` and those inside it."""
    old = alignment.old
    outside: list[str] = []
    inside: list[str] = []
    least = MOVED_GAP // 2
    for start, end in alignment.lost_at_least(least):  # a shorter one has no part that long
        for lo, hi in ((start, min(end, own[0])), (max(start, own[1]), end)):
            if hi - lo >= least:
                outside.append(old[lo:hi])
        lo, hi = max(start, own[0]), min(end, own[1])
        if hi - lo >= least:
            inside.append(old[lo:hi])
    return outside, inside
