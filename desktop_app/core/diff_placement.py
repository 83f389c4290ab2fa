"""Placing one annotation through a diff of its article's old and new text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from desktop_app.core.alignment import Alignment, Block
from desktop_app.core.anchoring import CONTEXT, inside_a_word, trim_span
from desktop_app.core.closer_copy import a_closer_copy_inserted
from desktop_app.core.diff_doubts import GAP, GROWS, checked_placement, exact_copy_fits
from desktop_app.core.marked_ends import marked_ends_found
from desktop_app.core.moved_before import moved_before_start
from desktop_app.core.moved_sentences import moved_in_sentences
from desktop_app.core.overlay_marks import only_overlay_marks
from desktop_app.core.print_breaks import PRINT_BREAK
from desktop_app.core.quote_search import Placement as Placement
from desktop_app.core.quote_search import search
from desktop_app.core.records import AnchorState, TextPosition, TextQuote
from desktop_app.core.reordered_within import own_lines_reordered
from desktop_app.core.respelt_ends import (
    before_white_space,
    letters_end,
    letters_start,
    past_white_space,
    respelt_ends_found,
)
from desktop_app.core.swapped_halves import lost_end_beyond, moved_in_from_beside
from desktop_app.core.typed_ends import typed_ends_found

#: Readers of a passage's lost first and last words, in order, each growing what the ones
#: before grew (``(head, tail, text, placed, grown) -> grown``): respelt words, a word with one
#: letter typed in or dropped, words whose marks, joiners or digits' script changed.
LOST_END_READERS: tuple[
    Callable[[str, str, str, tuple[int, int], tuple[int, int]], tuple[int, int]], ...
] = (respelt_ends_found, typed_ends_found, marked_ends_found)
#: Words (letters or digits) a moved end is read by, and the share of new text it needs.
_WORDS = re.compile(r"\w+")
HALF = 0.5

#: Least share of a passage's characters that must survive for the diff to place it.
SURVIVES = 0.5
#: Pieces shorter than this at the ends of a passage may be stray (``_without_stray_ends``).
STRAY = 8
#: Least share of a candidate span that must be new text for the quote search after a diff
#: (which therefore looks only in and around stretches of inserted text that hold at least
#: a quarter of the passage's length).
NEW_TEXT = 0.5
#: Shortest quote (code points) taken where it stands whole inside a placement that grew.
WHOLE_QUOTE = 16
#: Fewest letters of a word's abbreviation that a lost end is read on by ("Mon" for "Monday").
ABBREVIATION = 3
#: What marks a word as cut short right after it ("Mon.", "Mon–Fri"; dashes are category Pd).
ABBREVIATION_MARK = "."


def on_a_doubtful_line(alignment: Alignment, position: TextPosition) -> bool:
    """Whether an old passage lies mostly on a repeated line the diff could pair with either
    of two copies (its neighbours parted, ``core.repeated_line_pairs``): placed on the
    likelier one, it is reviewed."""
    if not alignment.in_doubt:
        return False
    pieces = alignment.pieces(position.start, position.end)
    doubtful = sum(piece.length for piece in pieces if piece.doubtful)
    return doubtful * 2 > sum(piece.length for piece in pieces)


def map_through(
    alignment: Alignment, new_text: str, position: TextPosition, quote: TextQuote
) -> Placement:
    """Place an annotation of the old text in the new one through ``alignment``."""
    start, end = position.start, position.end
    if end <= start:
        return Placement("orphaned", start, end, 0.0)
    unchanged = _unchanged_with_context(alignment, start, end, quote)
    if unchanged is not None:  # the passage and its context came along as they were
        new_end = unchanged + end - start
        state: AnchorState = "exact" if unchanged == start else "moved"
        if a_closer_copy_inserted(alignment, (start, end), unchanged, new_end):
            state = "review"
        return Placement(state, unchanged, new_end, 1.0)
    pieces = alignment.pieces(start, end)
    reordered = own_lines_reordered(alignment, pieces, start, end)
    if reordered is not None:  # its own lines reordered among themselves: all of it
        lo, hi = reordered[0].new, reordered[-1].new + reordered[-1].length
        return checked_placement(alignment, new_text, position, quote, reordered, lo, hi, 0)
    pieces, elsewhere = _main_stretch(alignment, pieces, (start, end))
    if pieces and not _signs_in(alignment.old, pieces) and _signs_in_text(quote.exact):
        pieces = []  # only its punctuation matched (a full stop of another sentence)
    survived = sum(piece.length for piece in pieces)
    if (
        survived == end - start
        and len(pieces) == 1
        and new_text[pieces[0].new : pieces[0].new + survived] == quote.exact
    ):
        return checked_placement(
            alignment, new_text, position, quote, pieces, pieces[0].new, pieces[0].new + survived, 0
        )
    if survived >= SURVIVES * (end - start):
        last = pieces[-1]
        new_start, new_end = _whole_words(
            alignment, (start, end), pieces[0].new, last.new + last.length, quote
        )
        head, tail = (
            alignment.old[start : pieces[0].old],
            alignment.old[last.old + last.length : end],
        )
        placed = (new_start, new_end)
        grown = _lost_ends_found(head, tail, new_text, *placed)
        for end_reader in LOST_END_READERS:
            grown = end_reader(head, tail, new_text, placed, grown)
        new_start, new_end = grown
        new_start, new_end = _replaced_ends(alignment, (start, end), pieces, new_start, new_end)
        new_start, new_end = lost_end_beyond(alignment, (start, end), pieces, new_start, new_end)
        new_start, new_end = _whole_quote_inside(new_text, quote.exact, new_start, new_end)
        new_start = moved_before_start(alignment, (start, end), pieces, new_start)
        new_start = _from_its_line_start(alignment, (start, end), pieces, new_start)
        cut = _within_its_line_end(alignment, (start, end), pieces, new_start, new_end)
        if cut != new_end:
            pieces, new_end = [piece for piece in pieces if piece.new < cut], cut
        if new_end > new_start:
            return checked_placement(
                alignment, new_text, position, quote, pieces, new_start, new_end, elsewhere
            )
    hint = alignment.shifted(start)

    def inserted(lo: int, hi: int) -> bool:
        return alignment.unaligned_share(lo, hi) >= NEW_TEXT

    found = search(
        new_text,
        position,
        quote,
        hint=hint,
        allowed=inserted,
        both_sides=True,
        within=alignment.inserted((end - start) // 4),
    )
    if found.state == "fuzzy" and exact_copy_fits(new_text, found.start, found.end, quote):
        return Placement("review", found.start, found.end, found.score)
    return found


def _whole_quote_inside(text: str, exact: str, start: int, end: int) -> tuple[int, int]:
    """The one unbroken copy of a quote of :data:`WHOLE_QUOTE` code points or more inside
    new ``[start, end)`` (at most :data:`GROWS` times as long: one that grew more is
    reviewed), else ``[start, end)``: the passage stands there whole, and the
    diff matched some of its characters to a copy of them typed beside it (a link's
    address made its text: "[example.com](https://example.com/page)")."""
    if len(exact) < WHOLE_QUOTE or not len(exact) < end - start <= GROWS * len(exact):
        return start, end
    found = text.find(exact, start, end)
    if found == -1 or text.find(exact, found + 1, end) != -1:
        return start, end
    return found, found + len(exact)


def _unchanged_with_context(
    alignment: Alignment, start: int, end: int, quote: TextQuote
) -> int | None:
    """The new start of a passage that lies, with all its stored context, inside one
    surviving block (nothing to check: no diff misreads a stretch that long), else None."""
    if len(quote.prefix) < CONTEXT and start > len(quote.prefix):
        return None  # the stored context is short of what the old text had: not describing it
    whole = alignment.whole_piece(start - len(quote.prefix), end + len(quote.suffix))
    return None if whole is None else whole.new + len(quote.prefix)


def _signs_in(old: str, pieces: list[Block]) -> bool:
    """Whether the old text of ``pieces`` holds a letter, digit or symbol (an emoji)."""
    return any(_signs_in_text(old[piece.old : piece.old + piece.length]) for piece in pieces)


def _signs_in_text(text: str) -> bool:
    """Whether ``text`` holds a letter, digit or symbol: a letter or digit is what
    ``str.isalnum`` tells (categories L and N exactly), asked first as it is quick."""
    return any(map(str.isalnum, text)) or any(unicodedata.category(char)[0] == "S" for char in text)


def _lost_ends_found(head: str, tail: str, text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown over the passage's lost ``head`` (``tail``) where the text
    right before (after) it still reads so, white space and letter case aside: the diff
    matched those characters to another copy of them, or lost the letters turned to the
    other case (a converter's small Cherokee letters, "Closed" typed "closed"), but the
    words did not go anywhere; else over the lost word next to it cut short to a word the
    text marks as an abbreviation ("Monday to Friday" made "Mon–Fri": see
    :func:`_abbreviation_after`)."""
    joined_head = head[-1:].isalpha()
    joined_tail = tail[:1].isalpha()
    head, tail = head.strip(), tail.strip()
    if head:
        at = start - len(PRINT_BREAK) if joined_head and _print_break(text, start) else start
        found = _reads_back(text, at, head)
        if found is None:
            found = _abbreviation_before(text, at, head)
        if found is not None:
            start = found
    if tail:
        at = end + len(PRINT_BREAK) if joined_tail and _print_break(text, end) else end
        found = _reads(text, at, tail)
        if found is None:
            found = _abbreviation_after(text, at, tail)
        if found is not None:
            end = found
    return start, end


def _abbreviation_after(text: str, at: int, tail: str) -> int | None:
    """Where the word right after ``at`` (after white space) ends when it is the first word
    of a lost ``tail`` cut short ("Monday to Friday" made "Mon–Fri": the passage ended on
    "Monday"), of :data:`ABBREVIATION` letters or more (a letter's combining marks count
    with it), and the text marks it as cut short (:func:`_marked_short`); else None. A
    common short word that begins the lost one ("there" lost before "the whole") is no
    abbreviation of it."""
    lost = tail[: letters_end(tail, 0)]
    at = past_white_space(text, at)
    end = letters_end(text, at)
    return end if _cut_short(lost, text[at:end]) and _marked_short(text, at, end) else None


def _abbreviation_before(text: str, at: int, head: str) -> int | None:
    """Where the word right before ``at`` (before white space) starts when it is the last
    word of a lost ``head`` cut short ("Friday" made "Fri"), as
    :func:`_abbreviation_after`; else None."""
    lost = head[letters_start(head, len(head)) :]
    at = before_white_space(text, at)
    start = letters_start(text, at)
    return start if _cut_short(lost, text[start:at]) and _marked_short(text, start, at) else None


def _cut_short(word: str, short: str) -> bool:
    """Whether ``short`` is ``word``'s first letters, :data:`ABBREVIATION` or more of
    them but not all, letter case aside."""
    return ABBREVIATION <= len(short) < len(word) and word.casefold().startswith(short.casefold())


def _marked_short(text: str, start: int, end: int) -> bool:
    """Whether the text marks its word ``[start, end)`` as cut short: a full stop or a dash
    right after it ("Mon.", "Mon–Fri"), a dash right before it ("Mon–Fri" for "Friday"), or
    a figure beside it past white space ("Sat 07:15", "12 Sept")."""
    after, before = text[end : end + 1], text[start - 1 : start]  # "" at the text's ends
    next_sign, last_sign = past_white_space(text, end), before_white_space(text, start)
    return (
        after == ABBREVIATION_MARK
        or _dash(after)
        or _dash(before)
        or text[next_sign : next_sign + 1].isdecimal()
        or text[last_sign - 1 : last_sign].isdecimal()
    )


def _dash(char: str) -> bool:
    """Whether ``char`` is a dash or hyphen (Unicode category Pd: "-", "–", "—")."""
    return char != "" and unicodedata.category(char) == "Pd"


def _print_break(text: str, at: int) -> bool:
    """Whether a word of ``text`` is broken across a line for print at ``at`` ("Quest-" /
    "ions"): a hyphen and a line break, letters either side, right before or at ``at``."""
    for lo in (at - len(PRINT_BREAK), at):
        if (
            lo >= 1
            and text.startswith(PRINT_BREAK, lo)
            and text[lo - 1].isalpha()
            and text[lo + len(PRINT_BREAK) : lo + len(PRINT_BREAK) + 1].isalpha()
        ):
            return True
    return False


def _replaced_ends(
    alignment: Alignment, own: tuple[int, int], pieces: list[Block], start: int, end: int
) -> tuple[int, int]:
    """``[start, end)`` grown over new text that replaced the passage's lost first (last)
    words in place: typed between the end of its prefix, which came along up to the
    passage (or the start of the line, when the passage began one), and its first
    surviving piece (likewise at its end), over as many line breaks and about as long as
    what it replaced (a time stamp on a line of its own, restyled), not moved in from
    elsewhere. Words typed beside a passage whose own ends survived are left outside it
    (its pieces then reach its ends)."""
    text, old = alignment.new, alignment.old
    lost_head = pieces[0].old - own[0]
    if lost_head > 0:
        first = pieces[0]
        breaks = old.count("\n", own[0], first.old + min(first.length, max(0, start - first.new)))
        before = alignment.pieces(max(0, own[0] - CONTEXT), own[0])
        if before and before[-1].old + before[-1].length == own[0]:
            at = before[-1].new + before[-1].length
            above = start  # not beyond as many line breaks as it lost (a heading typed above)
            for _ in range(breaks + 1):
                above = text.rfind("\n", at, above)
                if above == -1:
                    break
            else:
                at = above + 1
        elif old[own[0] - 1 : own[0]] in ("\n", ""):  # the passage began its line
            at = start
            for _ in range(breaks):  # as many lines up as it lost
                at = max(0, text.rfind("\n", 0, at))
            at = text.rfind("\n", 0, at) + 1
        else:
            at = start
        if _typed_in_place(alignment, at, start, lost_head, breaks):
            start = trim_span(text, at, end)[0]
    last = pieces[-1]
    lost_tail = own[1] - (last.old + last.length)
    if lost_tail > 0:
        breaks = old.count("\n", last.old + min(last.length, max(0, end - last.new)), own[1])
        after = alignment.pieces(own[1], own[1] + CONTEXT)
        if after and after[0].old == own[1]:
            at = after[0].new
        elif old[own[1] : own[1] + 1] in ("\n", ""):  # the passage ended its line
            at = end
            for _ in range(breaks):  # as many lines down as it lost
                at = text.find("\n", at) + 1 or len(text)
            at = text.find("\n", at)
            at = len(text) if at == -1 else at
        else:
            at = end
        if _typed_in_place(alignment, end, at, lost_tail, breaks):
            end = trim_span(text, start, at)[1]
    return start, end


def _from_its_line_start(
    alignment: Alignment, own: tuple[int, int], pieces: list[Block], start: int
) -> int:
    """``start``, or the start of its line when the passage began its line, and what now
    stands before ``start`` on that line is mostly new to the diff and, word for word, the
    passage's own words, not those of the piece that now opens it (two at least), no
    longer than what of the passage was lost where it stood: its end moved to
    its start (a signature "— Name (talk) 14:02, 3 March 2026 (UTC)" now opening the
    reply as "Name, 3 March 2026: "). Words typed before it (a label) are not its own."""
    text, old = alignment.new, alignment.old
    if old[own[0] - 1 : own[0]] not in ("\n", ""):
        return start
    line = text.rfind("\n", 0, start) + 1
    words = _WORDS.findall(text, line, start)
    lost = own[1] - own[0] - sum(piece.length for piece in pieces)
    if (
        len(words) < 2
        or len(text[line:start].strip()) > lost  # longer than what left its place
        or alignment.unaligned_share(line, start) < HALF
    ):
        return start
    first = min(pieces, key=lambda piece: piece.new)  # what now opens the passage
    rest = old[own[0] : first.old] + " " + old[first.old + first.length : own[1]]
    own_words = set(_WORDS.findall(rest))
    return line if all(word in own_words for word in words) else start


def _within_its_line_end(
    alignment: Alignment, own: tuple[int, int], pieces: list[Block], start: int, end: int
) -> int:
    """``end``, or the last line break inside new ``[start, end)`` when the passage ended
    its line, its own last characters are lost, the new end stands mid-line (not before
    white space and a line break), that line break is new (typed or moved in:
    aligned to nothing), and the pieces past it hold less than half of what survived:
    words of the passage's end matched to a copy of them moved to the start of the next
    line (a signature "— Name (talk) 14:02, 3 March 2026 (UTC)" moved to its reply's
    start as "Name, 3 March 2026: ", the next reply's matching the old one's words)."""
    text, last = alignment.new, max(piece.old + piece.length for piece in pieces)
    if (
        alignment.old[own[1] : own[1] + 1] not in ("\n", "")
        or last >= own[1]  # its own end survived: its line was joined to the next
        or text[end:].lstrip(" \t\xa0")[:1] in ("\n", "")
    ):
        return end
    line_break = text.rfind("\n", start, end)
    if line_break == -1 or alignment.unaligned_share(line_break, line_break + 1) < 1.0:
        return end
    past = sum(
        min(piece.new + piece.length, end) - max(piece.new, line_break)
        for piece in pieces
        if piece.new + piece.length > line_break
    )
    if past * 2 >= sum(piece.length for piece in pieces):
        return end
    cut = trim_span(text, start, line_break)[1]
    return cut if cut > start else end


def _typed_in_place(alignment: Alignment, lo: int, hi: int, lost: int, breaks: int) -> bool:
    """Whether new ``[lo, hi)`` is typed text, at most :data:`GAP` longer than the ``lost``
    characters it stands for, over as many line breaks as the old text it replaced
    (``breaks``: a time stamp on its own line restyled keeps its line)."""
    return (
        lo < hi
        and hi - lo <= lost + GAP
        and alignment.new.count("\n", lo, hi) == breaks
        and alignment.unaligned_share(lo, hi) >= NEW_TEXT
        and not alignment.was_elsewhere(lo, hi)
    )


def same_but_case(one: str, other: str) -> bool:
    """Whether two characters are one, or one letter in either case: equal after Unicode
    full case folding (``str.casefold``, which folds every cased script's pairs, Latin and
    Greek to the small letter, Cherokee's small letters to the capitals)."""
    return one == other or one.casefold() == other.casefold()


def _reads(text: str, at: int, words: str) -> int | None:
    """Where ``words`` end if ``text`` reads so from ``at`` on (after white space), any run
    of white space standing for any other (a re-wrapped line, a joined paragraph, a
    non-breaking space), any letter for itself in the other case; else None."""
    at = past_white_space(text, at)
    index = 0
    while index < len(words):
        if words[index].isspace():
            if at >= len(text) or not text[at].isspace():
                return None
            index = past_white_space(words, index)
            at = past_white_space(text, at)
        elif at < len(text) and same_but_case(text[at], words[index]):
            index += 1
            at += 1
        elif index > 0 and words[index - 1].isalpha() and _broken_before(text, at, words[index]):
            at += len(PRINT_BREAK)  # the word was broken across a line for print
        else:
            return None
    return at


def _reads_back(text: str, at: int, words: str) -> int | None:
    """Where ``words`` start if ``text`` reads so backwards from ``at`` (before white space
    there), as :func:`_reads` on both reversed, without reversing a long text."""
    at = before_white_space(text, at)
    index = len(words) - 1
    while index >= 0:
        if words[index].isspace():
            if at <= 0 or not text[at - 1].isspace():
                return None
            index = before_white_space(words, index + 1) - 1
            at = before_white_space(text, at)
        elif at > 0 and same_but_case(text[at - 1], words[index]):
            index -= 1
            at -= 1
        elif (
            index + 1 < len(words)
            and words[index + 1].isalpha()
            and _broken_before(text, at - len(PRINT_BREAK), words[index + 1])
            and text[at - len(PRINT_BREAK) - 1 : at - len(PRINT_BREAK)] == words[index]
        ):
            at -= len(PRINT_BREAK)  # the word was broken across a line for print
        else:
            return None
    return at


def _broken_before(text: str, at: int, letter: str) -> bool:
    """Whether ``text`` breaks a word for print at ``at`` (after a letter), ``letter``
    going on after the break."""
    return (
        letter.isalpha()
        and at >= 1
        and text.startswith(PRINT_BREAK, at)
        and text[at - 1].isalpha()
        and text[at + len(PRINT_BREAK) : at + len(PRINT_BREAK) + 1] == letter
    )


def _whole_words(
    alignment: Alignment, own: tuple[int, int], start: int, end: int, quote: TextQuote
) -> tuple[int, int]:
    """``[start, end)`` without white space at its ends, and grown to whole words where
    the passage began (ended) on a word boundary, unless the letters it would grow over
    are the old text's own just before (after) the passage, glued to it now ("Tel Aviv"
    made "#TelAviv": a passage ending on "Tel" does not take in "Aviv")."""
    text = alignment.new
    start, end = trim_span(text, start, end)
    if (
        not inside_a_word(quote.prefix, quote.exact)
        and start < end
        and _splits_a_word(text, start)
        and not _context_at(alignment, own[0] - CONTEXT, own[0], start - 1)
    ):
        while start < end and _splits_a_word(text, start):
            start -= 1
    if (
        not inside_a_word(quote.exact, quote.suffix)
        and start < end
        and _splits_a_word(text, end)
        and not _context_at(alignment, own[1], own[1] + CONTEXT, end)
    ):
        while start < end and _splits_a_word(text, end):
            end += 1
    return start, end


def _splits_a_word(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a word of ``text``: a letter or digit either side."""
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def _context_at(alignment: Alignment, old_start: int, old_end: int, new_at: int) -> bool:
    """Whether the new character at ``new_at`` is one of old ``[old_start, old_end)``
    (the text beside a passage) come along: the diff matched it there."""
    return any(
        piece.new <= new_at < piece.new + piece.length
        for piece in alignment.pieces(max(0, old_start), old_end)
    )


def _main_stretch(
    alignment: Alignment, pieces: list[Block], own: tuple[int, int]
) -> tuple[list[Block], int]:
    """The largest run of pieces that still follow each other, with only new text (or the
    passage's own text, reordered inside it) between them (a passage partly inside a moved
    paragraph keeps its larger part; one that text was inserted into takes it in, and is
    reviewed if it grew much), and how many characters the other runs hold."""
    if len(pieces) <= 1:
        return pieces, 0
    runs: list[list[Block]] = [[pieces[0]]]
    for piece in pieces[1:]:
        last = runs[-1][-1]
        lo, hi = last.new + last.length, piece.new
        if (
            lo == hi
            or only_overlay_marks(alignment.new, lo, hi)
            or (
                lo < hi
                and alignment.unaligned_share(lo, hi) == 1.0
                and (
                    # not moved in (quick to tell for a typo's letters), or the passage's
                    # own words reordered (read through the passage: asked only then)
                    not (
                        alignment.was_elsewhere(lo, hi, own)
                        or moved_in_from_beside(alignment, lo, hi, own)
                        or moved_in_sentences(alignment, lo, hi, own)
                    )
                    or _left_own_place(alignment, lo, hi, own)
                )
            )
        ):
            runs[-1].append(piece)
        else:
            runs.append([piece])
    main = _without_stray_ends(
        _without_bare_ends(alignment.old, max(runs, key=lambda run: sum(p.length for p in run)))
    )
    elsewhere = sum(p.length for run in runs if run is not main for p in run)
    return main, elsewhere


def _left_own_place(alignment: Alignment, lo: int, hi: int, own: tuple[int, int]) -> bool:
    """Whether new ``[lo, hi)`` reads word for word as text of the passage's own old span
    ``own`` that did not stay where it stood there: the passage's own words, reordered
    inside it (a name moved up a list), though the same words may stand elsewhere too."""
    words = alignment.new[lo:hi].strip()
    if not words:
        return False
    at = alignment.old.find(words, own[0], own[1])
    while at != -1:
        if sum(piece.length for piece in alignment.pieces(at, at + len(words))) * 2 < len(words):
            return True
        at = alignment.old.find(words, at + 1, own[1])
    return False


def _without_bare_ends(old: str, run: list[Block]) -> list[Block]:
    """Drop the pieces at either end that hold no letter or digit (a full stop, a line
    break) and that text the old version did not have (more than :data:`GAP` code points)
    now separates from the rest: punctuation matched by chance on the far side of a
    joined or rewritten stretch is no evidence of where the passage ends (its lost ends
    are read back where the same characters still stand)."""

    def bare(piece: Block) -> bool:
        return not any(map(str.isalnum, old[piece.old : piece.old + piece.length]))

    def apart(before: Block, after: Block) -> bool:
        new_gap = after.new - (before.new + before.length)
        old_gap = after.old - (before.old + before.length)
        return new_gap - old_gap > GAP

    last = len(run) - 1
    while last > 0 and bare(run[last]):
        last -= 1
    if last < len(run) - 1 and apart(run[last], run[last + 1]):
        run = run[: last + 1]
    first = 0
    while first < len(run) - 1 and bare(run[first]):
        first += 1
    if first and apart(run[first - 1], run[first]):
        run = run[first:]
    return run


def _without_stray_ends(run: list[Block]) -> list[Block]:
    """Drop the short pieces at either end when they hold less than half of the old text
    they span: common words matched by chance in text that replaced the passage's end
    (the ends are then grown to whole words)."""
    small = 0
    while small < len(run) - 1 and run[len(run) - 1 - small].length < STRAY:
        small += 1
    if small and _sparse(run[len(run) - small :], run[len(run) - small - 1]):
        run = run[: len(run) - small]
    small = 0
    while small < len(run) - 1 and run[small].length < STRAY:
        small += 1
    if small and _sparse(run[:small], run[small]):
        run = run[small:]
    return run


def _sparse(pieces: list[Block], body: Block) -> bool:
    """Whether ``pieces`` (next to ``body``) hold less than half of the old text from the
    body to their far end, and that is more than a couple of words."""
    if pieces[0].old > body.old:
        extent = pieces[-1].old + pieces[-1].length - (body.old + body.length)
    else:
        extent = body.old - pieces[0].old
    return extent > GAP and sum(piece.length for piece in pieces) * 2 < extent
