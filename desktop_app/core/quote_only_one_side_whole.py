"""Quote only, one at a time: an exact quote near where it stood, one side of its context whole."""

from __future__ import annotations

from desktop_app.core.quote_scoring import Candidate

#: Farthest (code points) from where the passage was expected that the best candidate may
#: stand: a line put in or taken out before it, a word respelt beside it.
KEPT_NEAR = 200
#: Least likeness (0..1) of the side of the context that is not whole: edited, not gone.
OTHER_SIDE = 0.5
#: Least lead of its score over every other candidate's (at 0.2, the search's ``CLEAR_LEAD``,
#: one at a time gained 1,667 right and 9 wrong on the 48 sets: one wrong in 185).
WELL_AHEAD = 0.3


def one_side_kept_near(best: Candidate, lead: float, expected: int) -> bool:
    """Whether a passage placed by itself, found away from where it was said to be, is its
    quote read word for word within :data:`KEPT_NEAR` of where it was ``expected``, one side
    of its stored context standing whole beside it and the other at least
    :data:`OTHER_SIDE` alike, leading every other candidate by :data:`WELL_AHEAD`: an edit
    beside the passage changed one side of its context, and nothing else in the text comes
    close. (The search asks both sides whole away from where it stood, or a long quote
    found once; a batch has neighbours placed beside it to vouch, one passage has not, and
    a copy kept far off with one side whole is its weak case: hence near and well ahead.)"""
    return (
        best.quote == 1.0
        and abs(best.start - expected) <= KEPT_NEAR
        and lead >= WELL_AHEAD
        and max(best.prefix, best.suffix) == 1.0
        and min(best.prefix, best.suffix) >= OTHER_SIDE
    )
