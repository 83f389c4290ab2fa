"""Reading the currency sign written right before a figure ("GH₵ 38,000", "₦4,300,000")."""

from __future__ import annotations

import regex

#: Whether a figure right after the same currency sign on each side is the amount of one
#: thing (``relations.unit_before_difference``, round 181): "Di mini … ligiri daa nyɛla GH₵
#: 38,000." against "… ligiri daa nyɛla GH₵ 52,000.", "₦4,300,000" against "₦3,400,000",
#: "£1.2 million" against "£850,000". The words before a figure (round 56) are letters, and
#: the terms read a currency only for six signs, each with its scale ("£m" and "£" are two
#: slots): a sign the terms do not read, or one amount with a word of scale and one without,
#: met nothing, and the two sums of one cost were the same fact.
SIGN_BEFORE = True
#: A currency sign with at most three letters glued before it ("GH₵", "N$", "R$") and at most
#: one space after it, at the end of the text before a figure; no letter, mark or digit
#: glued before the letters.
_SIGN_BEFORE_FIGURE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(\p{L}{0,3}\p{Sc})\s?$")


def sign_before(text: str, start: int) -> str:
    """The currency sign written right before the figure read at ``start`` of ``text`` (with
    the letters glued before it), or "" when there is none or the rule is off."""
    if not SIGN_BEFORE:
        return ""
    found = _SIGN_BEFORE_FIGURE.search(text, 0, start)
    return found.group(1) if found is not None else ""
