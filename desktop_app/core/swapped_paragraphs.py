"""Whether a passage's paragraph swapped places with the paragraph beside it, its quote intact."""

from __future__ import annotations

from desktop_app.core.records import TextQuote

#: What parts paragraphs.
BREAK = "\n\n"
#: Least code points of each far side of a stored context (past its paragraph break),
#: found where the swap puts it.
LEAST_FAR = 8
#: Paragraphs beyond the swapped one looked at for the context's other far side.
REACH = 2
#: Least length (code points) of a quote for the swap to tell where it is.
LEAST_QUOTE = 12


def swapped_beside(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether ``[start, end)``, an exact copy of the quote that stands nowhere else in
    ``text``, is the passage in a paragraph that swapped places with the one after it or
    the one before it (a paragraph and its translation printed the other way round):
    the stored context agrees up to the paragraph breaks beside the passage's own
    paragraph, and past them the stored context stands on the far side of the swapped
    paragraph. Moved after its neighbour, that neighbour now comes first: it begins with
    the stored suffix's far side (past its break), and the text before it ends with the
    stored prefix's far side (if the prefix reaches past a break). Moved before it, the
    other way round."""
    exact = quote.exact
    if len(exact) < LEAST_QUOTE or text[start:end] != exact:
        return False
    if text.find(exact) != start or text.find(exact, start + 1) != -1:
        return False
    far_prefix, near_prefix = _split_prefix(quote.prefix)
    near_suffix, far_suffix = _split_suffix(quote.suffix)
    if far_prefix is None or far_suffix is None:
        return False  # a break on both sides: the swap shows on both
    if len(far_prefix) < LEAST_FAR or len(far_suffix) < LEAST_FAR:
        return False
    own_start = start - len(near_prefix)
    own_end = end + len(near_suffix)
    if text[own_start:start] != near_prefix or text[end:own_end] != near_suffix:
        return False
    if not text.startswith(BREAK, own_start - len(BREAK)) or not text.startswith(BREAK, own_end):
        return False
    return _moved_after(text, own_start, far_prefix, far_suffix, exact) or _moved_before(
        text, own_end, far_prefix, far_suffix, exact
    )


def _split_prefix(prefix: str) -> tuple[str | None, str]:
    """The stored prefix's far side (before its last paragraph break; None without one)
    and its near side (the passage's own paragraph)."""
    at = prefix.rfind(BREAK)
    if at == -1:
        return None, prefix
    return prefix[:at], prefix[at + len(BREAK) :]


def _split_suffix(suffix: str) -> tuple[str, str | None]:
    """The stored suffix's near side (the passage's own paragraph) and its far side (past
    its first paragraph break; None without one)."""
    at = suffix.find(BREAK)
    if at == -1:
        return suffix, None
    return suffix[:at], suffix[at + len(BREAK) :]


def _moved_after(text: str, own_start: int, far_prefix: str, far_suffix: str, exact: str) -> bool:
    """Whether the paragraph before the passage's own (starting at ``own_start``) is the
    one that followed it: it begins with the suffix's far side, and one of the
    :data:`REACH` paragraphs before it ends with the prefix's far side (the paragraph
    that preceded the passage's may have swapped places with its own neighbour too)."""
    before = own_start - len(BREAK)
    previous = text.rfind(BREAK, 0, before)
    previous_start = 0 if previous == -1 else previous + len(BREAK)
    if not text.startswith(far_suffix, previous_start) or previous_start + len(far_suffix) > before:
        return False
    for _ in range(REACH):
        if previous == -1:
            return False
        if text.endswith(far_prefix, 0, previous):
            return True
        hopped = previous
        previous = text.rfind(BREAK, 0, previous)
        if _remnant(text, previous + len(BREAK) if previous != -1 else 0, hopped, exact):
            return False
    return False


def _moved_before(text: str, own_end: int, far_prefix: str, far_suffix: str, exact: str) -> bool:
    """Whether the paragraph after the passage's own (ending at ``own_end``) is the one
    that preceded it: it ends with the prefix's far side, and one of the :data:`REACH`
    paragraphs after it begins with the suffix's far side."""
    after = own_end + len(BREAK)
    following = text.find(BREAK, after)
    following_end = len(text) if following == -1 else following
    if not text.endswith(far_prefix, after, following_end):
        return False
    for _ in range(REACH):
        if following == -1:
            return False
        if text.startswith(far_suffix, following + len(BREAK)):
            return True
        hopped = following + len(BREAK)
        following = text.find(BREAK, hopped)
        if _remnant(text, hopped, len(text) if following == -1 else following, exact):
            return False
    return False


def _remnant(text: str, start: int, end: int, exact: str) -> bool:
    """Whether the paragraph ``[start, end)`` is a piece of the quote (what is left of
    another copy of the passage, cut: no neighbour that swapped places too)."""
    paragraph = text[start:end].strip()
    return not paragraph or paragraph in exact
