"""A cheap test that no stretch of a text is close enough to a long string (partial_ratio)."""

from __future__ import annotations

from rapidfuzz.distance import LCSseq

#: Needles at most this long are left to ``partial_ratio`` (its cost grows with the needle's
#: length squared only past one machine word).
SHORT = 64
#: Kept between the bound and the cutoff (float rounding).
_ROUNDING = 1e-9


def may_reach(needle: str, haystack: str, cutoff: float) -> bool:
    """Whether ``fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=cutoff)`` may
    find a stretch; False only when it cannot, so the call can be skipped.

    ``partial_ratio`` scores stretches of the longer string no longer than the shorter one
    by ``fuzz.ratio``: 200 times their longest common subsequence with the needle over the
    sum of both lengths. A stretch of the needle's length ``L`` inside a block of the
    haystack has a common subsequence at most the block's (``X``): ratio at most ``X / L``;
    a shorter stretch (only at the haystack's ends) at most ``2 X / (L + X)``. The blocks
    overlap so that every stretch lies inside one."""
    length, size = len(needle), len(haystack)
    if length <= SHORT or size <= length:
        return True
    need = cutoff / 100 - _ROUNDING
    step = max(1, length // 2)
    for at in range(0, size - length + 1, step):
        common = LCSseq.similarity(needle, haystack[at : at + length + step - 1])
        if common / length >= need:
            return True
    for edge in (haystack[: length - 1], haystack[size - length + 1 :]):
        common = LCSseq.similarity(needle, edge)
        if 2 * common / (length + common) >= need:
            return True
    return False
