"""What a near copy keeps: the other sentence's order but for one end moved, and its figures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

#: Words for likeness (letters and digits, apostrophes inside): quote marks and punctuation
#: around them do not make two words differ (``relations.word_likeness`` reads them too).
LIKENESS_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

#: Two sentences sharing their words in another order (``relations.NEAR_COPY_WORDS``) are one
#: sentence reused only when moving one end of one of them to its other end puts them back in
#: order, word for word at least this alike (``relations.word_likeness``): a wire rewrite moves
#: who said it ("Prosecutors said separately that a criminal investigation … was continuing."
#: against "A criminal investigation … is continuing, prosecutors said."), while a writer who
#: tells the same fact in a sentence of their own moves clauses inside it ("A new capsule, to be
#: opened in 2127, will be sealed in the same stone in September." against "A new capsule will
#: go into the stone in September, to be opened in 2127."; Tzotzil, Tzeltal, Bariba), which the
#: writers call the same fact. Round 173, on the 5,206 true pairs found of all 512 development
#: pairs: 5 same facts mended (139-140 1, 146-147 2, 154-155 1, the rest 1), no near copy lost
#: (0.72: 4 mended; 0.85: 5 / 2 lost; 0.9: 6 / 3; no rotation at all: 6 / 3). See
#: tests/compare_data/README.md entry 173.
ROTATED_LIKENESS = 0.8
#: Most words a sentence may have to be read with one end moved: each of its rotations is a
#: word matcher's run, so the cost grows with the cube of its length or worse (a 300-word pair
#: of a few repeated words took 123 s, a flattened results list of 180 words 1 s); longer
#: sentences sharing their words only in another order are no near copy. The longest of the
#: development set's tuning half that reach the rule have 22 words.
ROTATED_WORDS_AT_MOST = 60
#: Whether a near copy keeps the other's figures (``figure_inside``; the development set's
#: switch, ``by_entry --off figure_inside``).
FIGURE_INSIDE = True


def likeness_words(text: str) -> list[str]:
    """The sentence's words, casefolded, as ``relations.word_likeness`` compares them."""
    return LIKENESS_WORD.findall(text.casefold())


def words_alike(words_a: list[str], words_b: list[str]) -> float:
    """Word-for-word likeness of two word lists (0..1), in one order whichever is given
    first: ``SequenceMatcher``'s ratio can differ with the order of its inputs."""
    if words_a > words_b:
        words_a, words_b = words_b, words_a
    return SequenceMatcher(None, words_a, words_b, autojunk=False).ratio()


def _rotations(words: list[str]) -> Iterator[list[str]]:
    """The words with their first ``k`` moved to the end, for every ``k`` but none and all."""
    for k in range(1, len(words)):
        yield words[k:] + words[:k]


def one_end_moved(text_a: str, text_b: str) -> bool:
    """Whether moving one end of one sentence to its other end makes the two at least
    ``ROTATED_LIKENESS`` alike word for word (symmetric); never for a sentence of more than
    ``ROTATED_WORDS_AT_MOST`` words."""
    words_a, words_b = likeness_words(text_a), likeness_words(text_b)
    if max(len(words_a), len(words_b)) > ROTATED_WORDS_AT_MOST:
        return False
    return any(
        words_alike(moved, other) >= ROTATED_LIKENESS
        for words, other in ((words_a, words_b), (words_b, words_a))
        for moved in _rotations(words)
    )


def _has_digit(words: list[str]) -> bool:
    return any(character.isdigit() for word in words for character in word)


def figure_inside(text_a: str, text_b: str) -> bool:
    """Whether, before the two sentences' last shared word, one side says in more words a
    figure in digits where the other says no figure in digits (symmetric).

    Writers reuse a sentence and add who said it, a phone number or a reference at its end (a
    near copy); a figure given in the body of one sentence and missing from the other, or
    told there in fewer words ("E 7 kiromita" against "ʻItu kiromita", "a anviron 40 met"
    against "karant met", "te ọke 30 June" added, "Domingu 8 de agosto" against "Domingu"), is
    the sentence retold or told with more detail. Round 173, on the 5,206 true pairs found of
    all 512 development pairs: 7 labels mended (6 same facts, 1 more detail), 1 near copy lost
    (a town's population in apposition, `bear_escape`); see tests/compare_data/README.md entry
    173.
    """
    if not FIGURE_INSIDE:
        return False
    words_a, words_b = likeness_words(text_a), likeness_words(text_b)
    if words_a > words_b:  # one order, whichever side is A (as ``relations.word_likeness``)
        words_a, words_b = words_b, words_a
    codes = SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes()
    last_shared = max((k for k, code in enumerate(codes) if code[0] == "equal"), default=0)
    for op, start_a, end_a, start_b, end_b in codes[:last_shared]:
        if op == "equal" or end_a - start_a == end_b - start_b:
            continue
        piece_a, piece_b = words_a[start_a:end_a], words_b[start_b:end_b]
        longer, shorter = (piece_a, piece_b) if len(piece_a) > len(piece_b) else (piece_b, piece_a)
        if _has_digit(longer) and not _has_digit(shorter):
            return True
    return False
