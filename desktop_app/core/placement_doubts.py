"""Doubts about where the quote search placed a passage: paragraphs, ends, pasted copies."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from desktop_app.core.anchoring import CONTEXT
from desktop_app.core.partial_bound import may_reach
from desktop_app.core.records import TextQuote

#: Least similarity of a paragraph of a fuzzy placement to the quote's paragraph it stands
#: for (:func:`by_paragraphs`).
PARAGRAPH_AGREES = 0.7
#: Least gain in quote similarity for a paragraph at an end of a fuzzy placement to be left out.
PARAGRAPH_DROPPED = 0.1
_PARAGRAPH_BREAK = re.compile(r"\s*\n[^\S\n]*\n\s*")
#: Least similarity of two paragraphs side by side for one to be a copy of the other.
TWIN_PARAGRAPH = 0.8
#: Least similarity (0..100) of a stretch of a pasted twin paragraph to the quote for the
#: twin to hold it too (:func:`pasted_beside`).
TWIN_QUOTE = 90
#: Least length of a word whose crossing an end of a passage makes that end a guess.
EDGE_WORD = 4
#: A run of word characters at least :data:`EDGE_WORD` long (a shorter run holds no
#: match: the search moves on inside it and finds none).
_EDGE_WORD = re.compile(rf"\w{{{EDGE_WORD},}}")
#: What ends a sentence.
SENTENCE_ENDS = frozenset(".!?。！？")
#: Least likeness of a quote's last sentence and the stored text after it for the two to
#: be twins (the same sentence about another name), compared over at least this many
#: code points.
TWIN_SENTENCE = 0.7
TWIN_SENTENCE_PART = 16
#: Least likeness of a found passage to the context stored beside its quote for it to be
#: that neighbour rather than the passage (``reads_as_a_neighbour``).
NEIGHBOUR = 0.9


def reordered_across_an_edge(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether words crossed an end of ``[start, end)``: a word of the quote's first or last
    :data:`CONTEXT` code points that its stored context lacks now stands just outside it,
    or a word of the stored context that the quote lacks now stands inside it (names of a
    list, or sentences, reordered across the passage's edge: where it now begins or ends
    is a guess)."""
    # each two stretches read as one, a code point that no word holds between them
    context = _words(f"{quote.prefix}\0{quote.suffix}")
    before, after = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    if before != quote.prefix or after != quote.suffix:  # else its words are the context's
        ends = _words(f"{quote.exact[:CONTEXT]}\0{quote.exact[-CONTEXT:]}")
        if (_words(f"{before}\0{after}") & ends) - context:
            return True
    # each word of the context looked for whole (a passage is long, its context's words few)
    return any(
        _holds_word(text, word, start, end)
        for word in context
        if not _holds_word(quote.exact, word, 0, len(quote.exact))
    )


def _holds_word(text: str, word: str, start: int, end: int) -> bool:
    r"""Whether ``word`` (a run of word characters) stands whole in ``text[start:end]``, as
    ``\w+`` would find it there: no word character (``\w``: a letter, digit or
    ``_``) just before or after it inside the span."""
    at = text.find(word, start, end)
    while at != -1:
        after = at + len(word)
        if (at == start or not _word_character(text[at - 1])) and (
            after == end or not _word_character(text[after])
        ):
            return True
        at = text.find(word, at + 1, end)
    return False


def _word_character(char: str) -> bool:
    return char.isalnum() or char == "_"


def sentence_goes_on(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """Whether a quote that ended its sentence, with a near twin of that sentence right
    after it (its stored suffix: "Ruiz said so. Hart said so."), is found ending before
    its sentence now does, the text going on with more of it (", " or " and "): twin
    sentences made one ("Ruiz and Hart said so."), and which of them the passage was, or
    where it ends now, is a guess."""
    exact = quote.exact
    if exact[-1:] not in SENTENCE_ENDS or text[end - 1 : end] in SENTENCE_ENDS:
        return False
    if text[end - 1 : end] == ",":  # the full stop made a comma, the list going on
        goes_on = text[end : end + 1] == " "
    else:
        goes_on = text.startswith(", ", end) or text.startswith(" and ", end)
    if not goes_on:
        return False
    after = quote.suffix.strip()
    sentence = _last_sentence(exact)
    return len(after) >= TWIN_SENTENCE_PART and (
        _similarity(after[: len(sentence)], sentence[: len(after)]) >= TWIN_SENTENCE
    )


def reads_as_a_neighbour(found: str, quote: TextQuote) -> bool:
    """Whether a fuzzy match ``found`` reads more like the words stored right beside the
    quote than like the quote, compared over as much as the context holds: its start
    like the start of the suffix, or its end like the end of the prefix. A twin sentence
    next to the passage, which went away ("The population was 1,811 in 2021. The
    population was 1,823 in 2011." made one sentence), was found in its stead."""
    found, exact = found.strip(), quote.exact.strip()
    after = quote.suffix.lstrip()[: len(found)]
    if len(after) >= TWIN_SENTENCE_PART:
        head = found[: len(after)]
        like = _similarity(after, head)
        if like >= NEIGHBOUR and like > _similarity(exact[: len(after)], head):
            return True
    before = quote.prefix.rstrip()[-len(found) :]
    if len(before) >= TWIN_SENTENCE_PART:
        tail = found[-len(before) :]
        like = _similarity(before, tail)
        if like >= NEIGHBOUR and like > _similarity(exact[-len(before) :], tail):
            return True
    return False


def _last_sentence(exact: str) -> str:
    """The quote's last sentence (all of it when it holds one)."""
    cut = max(exact.rfind(mark, 0, len(exact) - 1) for mark in SENTENCE_ENDS)
    return exact[cut + 1 :].strip()


def _words(text: str) -> set[str]:
    """The words of ``text`` long enough to tell a passage from its neighbours."""
    return set(_EDGE_WORD.findall(text))


def _similarity(stored: str, found: str) -> float:
    if stored == found:
        return 1.0
    return float(Levenshtein.normalized_similarity(stored, found))


def by_paragraphs(text: str, exact: str, start: int, end: int) -> tuple[int, int] | None:
    """A fuzzy placement ``[start, end)`` checked paragraph by paragraph against the quote
    ``exact``, when either spans a paragraph break: the span to keep, or None when it is a
    guess. As many paragraphs as the quote, one of them matched by a different one (the
    paragraph beside the passage moved, went away or was put between its parts, and
    another now stands there): a guess. More paragraphs than the quote: one at an end that
    the quote reads better without is not part of the passage (a paragraph put before or
    after it). Fewer: the paragraphs were joined, nothing to compare."""
    found = text[start:end]
    if "\n" not in found and "\n" not in exact:
        return start, end
    ours = _paragraphs(found)
    theirs = [exact[lo:hi] for lo, hi in _paragraphs(exact)]
    if len(ours) == len(theirs):
        if all(
            _similarity(own, found[lo:hi]) >= PARAGRAPH_AGREES
            for own, (lo, hi) in zip(theirs, ours, strict=True)
        ):
            return start, end
        return None
    if len(ours) < len(theirs) or not theirs:
        return start, end
    extra = len(ours) - len(theirs)
    now = _similarity(exact, found)
    for lines in (ours[extra:], ours[: len(theirs)]):
        lo, hi = start + lines[0][0], start + lines[-1][1]
        if _similarity(exact, text[lo:hi]) > now + PARAGRAPH_DROPPED:
            return lo, hi
    return start, end


def break_beside_a_twin(
    text: str, start: int, end: int, read: tuple[int, int] | None = None
) -> bool:
    """Whether ``[start, end)`` spans a paragraph break with a near copy of one of the
    paragraphs beside that break on its far side (a paragraph pasted again beside itself):
    which copy the passage reaches into is a guess. ``read``, when given, is the stretch
    around the span that reads as stored word for word (its quote, and each side of its
    context that stands whole): a near copy on a side where the stored context stands
    whole then counts only when it reads that stretch's piece of the paragraph beside it
    as well, at the same end (:func:`_holds_the_piece`). Rows of one table, lines of one
    template stand side by side alike; a passage whose stored words run on whole into a
    piece its neighbour lacks (another name, another figure) does not reach into that
    neighbour."""
    first = text.find("\n", start, end)
    if first == -1:
        return False
    last = text.rfind("\n", start, end)
    before = _paragraph_at(text, first, backwards=True)
    after = _paragraph_at(text, last + 1, backwards=False)
    if before is None or after is None:
        return False
    earlier = _paragraph_at(text, before[0] - 1, backwards=True)
    later = _paragraph_at(text, after[1] + 1, backwards=False)
    pairs = (
        (before, earlier, read is not None and read[0] < start),
        (after, later, read is not None and read[1] > end),
    )
    return any(
        other is not None
        and _similarity(text[own[0] : own[1]], text[other[0] : other[1]]) >= TWIN_PARAGRAPH
        and (not context_whole or read is None or _holds_the_piece(text, read, own, other))
        for own, other, context_whole in pairs
    )


def _holds_the_piece(
    text: str, read: tuple[int, int], own: tuple[int, int], other: tuple[int, int]
) -> bool:
    """Whether the paragraph ``other`` beside ``own`` reads the piece of ``own`` that the
    stretch ``read`` holds, at the same end: the end of both when the stretch starts
    inside ``own`` (it runs on past its end), else the start of both."""
    twin = text[other[0] : other[1]]
    if own[0] < read[0]:
        return twin.endswith(text[read[0] : own[1]])
    return twin.startswith(text[own[0] : min(read[1], own[1])])


def pasted_beside(text: str, start: int, end: int, exact: str) -> bool:
    """Whether the paragraph (between blank lines) holding ``[start, end)`` has a near copy
    (:data:`TWIN_PARAGRAPH` similar) right before or after it that holds the quote
    ``exact`` too, at least :data:`TWIN_QUOTE` similar: a paragraph pasted again beside
    itself, one copy then edited; which copy holds the passage is a guess."""
    lo = text.rfind("\n\n", 0, start)
    lo = 0 if lo == -1 else lo + 2
    hi = text.find("\n\n", end)
    hi = len(text) if hi == -1 else hi
    own = text[lo:hi]
    if "\n\n" in text[start:end] or not own.strip():
        return False  # a passage across paragraphs: break_beside_a_twin looks at that
    before = ""
    if lo >= 2:  # the paragraph that ends at the blank line before this one
        previous = text.rfind("\n\n", 0, lo - 2)
        before = text[0 if previous == -1 else previous + 2 : lo - 2]
    after_end = text.find("\n\n", hi + 2)
    after = text[hi + 2 : len(text) if after_end == -1 else after_end]
    for other in (before, after):
        if len(other) < len(exact):
            continue
        similar = Levenshtein.normalized_similarity(own, other, score_cutoff=TWIN_PARAGRAPH)
        if similar >= TWIN_PARAGRAPH and (
            exact in other
            or (
                may_reach(exact, other, TWIN_QUOTE)
                and fuzz.partial_ratio_alignment(exact, other, score_cutoff=TWIN_QUOTE) is not None
            )
        ):
            return True
    return False


def _paragraph_at(text: str, at: int, *, backwards: bool) -> tuple[int, int] | None:
    """The first paragraph (non-blank line) that ends before ``at`` (``backwards``) or
    starts at or after it, white space around it aside; None if there is none."""
    if backwards:
        while at > 0 and text[at - 1].isspace():
            at -= 1
        if at <= 0:
            return None
        return text.rfind("\n", 0, at) + 1, at
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text):
        return None
    stop = text.find("\n", at)
    return at, len(text) if stop == -1 else stop


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Where each paragraph of ``text`` starts and ends, white space around it aside."""
    spans = []
    at = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[at : match.start()].strip():
            spans.append((at, match.start()))
        at = match.end()
    if text[at:].strip():
        spans.append((at, len(text)))
    return [_trimmed(text, lo, hi) for lo, hi in spans]


def _trimmed(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def without_white_edges(text: str, start: int, end: int, exact: str) -> tuple[int, int]:
    """``[start, end)`` without the white space at its ends that the quote ``exact`` does
    not have there (a text re-wrapped and indented: the line break and the indent beside a
    passage are not part of it)."""
    if exact[:1].strip():
        while start < end and text[start].isspace():
            start += 1
    if exact[-1:].strip():
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end
