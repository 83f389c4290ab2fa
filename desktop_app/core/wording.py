"""Counted nouns in messages ("no annotations", "1 annotation", "3 annotations") and verbs."""

from __future__ import annotations

_IRREGULAR = {"passage": "passages", "this": "these", "is": "are", "was": "were", "has": "have"}


def plural(noun: str) -> str:
    """The plural of an English noun as messages use them (annotation, code, entry, match…)."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def counted(count: int, noun: str, plural_form: str | None = None, *, zero: str = "no") -> str:
    """``count`` and ``noun`` in agreement: "no annotations", "1 annotation", "2 annotations".

    ``zero`` is what stands for 0 ("no" by default; pass "0" for tables and counters).
    """
    many = plural_form or plural(noun)
    if count == 1:
        return f"1 {noun}"
    return f"{zero if count == 0 else count} {many}"


def agreeing(count: int, singular_verb: str, plural_verb: str) -> str:
    """The verb form that agrees with ``count`` things: ``agreeing(2, "carries", "carry")``."""
    return singular_verb if count == 1 else plural_verb
