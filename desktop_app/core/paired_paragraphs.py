"""Near-identical paragraphs put in another order, paired by their words: a passage follows its own.

Turns of a transcript re-sorted, a bilingual turn's lines swapped, sections of a document
put in alphabetical order: the text then holds paragraphs that read almost alike (the
same stock reply under another speaker, the same bullets under another heading, the same
entry one minute or one number apart), and the character diff, which pairs lines by their
order, may pair a passage's line with the twin line of another paragraph. Here each
paragraph of the old text is paired, before any passage is looked at, with the one
paragraph of the new text made of the same words in any order (lines swapped), else of
the same words figures masked (a renumbered heading, a corrected cross-reference), each
standing once among the paragraphs still unpaired in either text; then with the one of
the same text among those left when a neighbour's pair stands beside it. The words that
tell twins apart (a name, a number, a time) are what make a paragraph stand once.

A pair is trusted only when a paragraph beside it is paired with one beside its pair
(either side: an order reversed keeps neighbours together), its twins figures aside kept
their figures (renumbered, "23. I agree." reads like the old "24. I agree."), and no
unpaired paragraph of either text is much like it (pasted again and one copy edited:
which copy it became, a guess). A passage inside trusted paragraphs that stand in order
is then placed where they went: at the same offsets when they read as they did (or
alike figures aside, as long, the passage not mostly a changed figure), on the one copy
of its words in its paragraph when they are one sentence of one line; a whole paragraph
whose lines were put in another order is reviewed there. A passage across paragraphs
that now stand in another order is split: review, its larger piece as the best guess.
Paragraphs standing more than once (a chorus, "Yes.") are left to the diff and to
``core.repeated_paragraphs``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Hashable, Iterator
from itertools import pairwise, repeat

from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.cloned_stretches import Span, paired_once, paragraph_texts
from desktop_app.core.quote_search import PLACED_STATES, Placement
from desktop_app.core.records import AnchorState

#: How far (code points) a placement's ends may be from the paired paragraph's copy of the
#: passage and still be taken as that copy (the accuracy tables' tolerance).
NEAR = 3
#: Fewest code points of a passage's piece of a paragraph beside another looked for on
#: the other side of that one's pair (``_reversed_in``: shorter pieces stand anywhere).
PIECE = 8
#: How many times paragraphs paired by their text alone are looked for beside those paired
#: so far (a run of twin lists under a heading pairs one more each time).
ANCHORING_ROUNDS = 3
#: What ends a sentence (``core.alignment.SENTENCE``'s marks), and a sentence's end inside a
#: quote (a full stop before white space, not in "1.7 kg" or "Cyng./Cllr").
_ENDS = ".!?。！？"
_SENTENCE_END = re.compile(r"[.!?]\s|[。！？]")
#: Least likeness (Indel) of an unpaired paragraph to a paired one that makes the pair
#: doubtful: a paragraph pasted again and one of the two copies then edited (which copy
#: the editor kept, a guess), or an entry copied to another place and retyped.
CONTESTED = 0.75


def _fingerprint(text: str) -> tuple[int, int]:
    """What any two paragraphs with the same words (:func:`_words`) share, quick to read:
    their length and how many spaces they hold."""
    return len(text), text.count(" ")


def _words(text: str) -> int:
    """A key of a paragraph's words (runs between white space) whatever their order: the
    same for a paragraph whose lines were swapped or whose words were put in another
    order (the sum of its words' hashes: no sorting, and two different paragraphs of one
    fingerprint share it only by a chance of one in 2**64)."""
    return sum(map(hash, text.split()))


def _fingerprints(texts: Collection[str]) -> Iterator[tuple[int, int]]:
    """:func:`_fingerprint` of each of ``texts`` in their order, read by C calls (no Python
    call or loop step per text: a text has a hundred paragraphs or more)."""
    return zip(map(len, texts), map(str.count, texts, repeat(" ")), strict=True)


def _word_keys(
    old_side: list[str], new_side: list[str], old_left: list[int], new_left: list[int]
) -> tuple[dict[int, Hashable], dict[int, Hashable]]:
    """Keys of the paragraphs of ``old_left`` and ``new_left`` that are equal exactly when
    two paragraphs have the same words, length and spaces (lines swapped, not re-wrapped):
    the :func:`_fingerprint` alone where every paragraph read with it, in either text, has
    one text (then they all have the same words, and the fingerprint tells them from every
    other paragraph as the words would), else with :func:`_words`, read only for those (most
    paragraphs stand word for word in both texts or alone with their length and spaces)."""
    old_read = list(map(old_side.__getitem__, old_left))
    new_read = list(map(new_side.__getitem__, new_left))
    # each text read once for all its copies (stock paragraphs stand many times in each)
    texts = {*old_read, *new_read}
    key_of: dict[str, Hashable] = dict(zip(texts, _fingerprints(texts), strict=True))
    texts_of = Counter(key_of.values())  # how many different texts share each fingerprint
    key_of.update(
        {
            text: (fingerprint, _words(text))
            for text, fingerprint in key_of.items()
            if texts_of[fingerprint] > 1
        }
    )
    return (
        dict(zip(old_left, map(key_of.__getitem__, old_read), strict=True)),
        dict(zip(new_left, map(key_of.__getitem__, new_read), strict=True)),
    )


def paired_paragraphs(old: str, new: str) -> dict[int, int]:
    """Old paragraph index -> new paragraph index (``cloned_stretches.paragraphs``) of the
    paragraphs paired by their words: the same words (in any order), else the same words
    figures masked, standing once among the paragraphs still unpaired in each text; then
    the same text standing once among those left, when a paragraph beside it is paired
    with one beside its copy (two twins with the same words, lines swapped in both, read
    each like the other did: only where they stand tells them apart)."""
    _, old_texts, old_masked = paragraph_texts(old)
    _, new_texts, new_masked = paragraph_texts(new)
    pairs: dict[int, int] = {}
    old_left, new_left = list(range(len(old_texts))), list(range(len(new_texts)))
    for old_side, new_side in ((old_texts, new_texts), (old_masked, new_masked)):
        old_read, new_read = old_left, new_left
        if old_side is old_masked:  # only paragraphs with figures read otherwise masked
            old_read = [index for index in old_left if old_masked[index] != old_texts[index]]
            new_read = [index for index in new_left if new_masked[index] != new_texts[index]]
        if not old_read or not new_read:
            continue
        old_keys, new_keys = _word_keys(old_side, new_side, old_read, new_read)
        found = paired_once(old_keys, new_keys, old_read, new_read)
        pairs.update(found)
        taken = set(found.values())
        old_left = [index for index in old_left if index not in found]
        new_left = [index for index in new_left if index not in taken]
    if not old_left or not new_left:
        return pairs
    found = paired_once(old_texts, new_texts, old_left, new_left)
    for _ in range(ANCHORING_ROUNDS):
        anchored = {
            old_index: new_index
            for old_index, new_index in found.items()
            if old_index not in pairs and _beside_a_pair(pairs, old_index, new_index)
        }
        if not anchored:
            break
        pairs.update(anchored)
    return pairs


def _beside_a_pair(pairs: dict[int, int], old_index: int, new_index: int) -> bool:
    """Whether a paragraph next to old ``old_index`` is paired with one next to new
    ``new_index`` (either side: an order reversed keeps neighbours together)."""
    return any(pairs.get(old_index + step) in (new_index - 1, new_index + 1) for step in (-1, 1))


class PairedParagraphs:
    """An update's paragraphs paired by their words (worked out when first asked), to
    place again a passage the diff put on a twin paragraph."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        self._pairs: dict[int, int] = {}
        self._ready = False
        self._old_spans: list[Span] = []
        self._new_spans: list[Span] = []
        self._old_starts: list[int] = []
        self._old_texts: list[str] = []
        self._new_texts: list[str] = []
        self._unpaired_old: list[str] = []
        self._unpaired_new: list[str] = []
        self._contested: dict[int, bool] = {}
        self._old_masked: list[str] = []
        self._new_masked: list[str] = []
        self._twins_kept: dict[int, bool] = {}
        self._old_by_print: dict[tuple[int, int], list[int]] | None = None
        self._new_by_print: dict[tuple[int, int], list[int]] = {}
        #: Both texts' paragraphs (spans, texts, starts), read for the precondition
        #: :meth:`carried_with_its_paragraph` before any pairing is worked out.
        self._tables: tuple[list[Span], list[str], list[int], list[Span], list[str], list[int]]
        self._tables_ready = False

    def _paired(self) -> dict[int, int]:
        if not self._ready:
            self._ready = True
            self._old_spans, self._old_texts, self._old_masked = paragraph_texts(self.old)
            self._new_spans, self._new_texts, self._new_masked = paragraph_texts(self.new)
            self._old_starts = [start for start, _ in self._old_spans]
            self._pairs = paired_paragraphs(self.old, self.new)
            taken = set(self._pairs.values())
            self._unpaired_old = [
                text for index, text in enumerate(self._old_texts) if index not in self._pairs
            ]
            self._unpaired_new = [
                text for index, text in enumerate(self._new_texts) if index not in taken
            ]
        return self._pairs

    def carried_with_its_paragraph(self, start: int, end: int, placement: Placement) -> bool:
        """Whether a placement of old ``[start, end)`` lies, shifted by as much, inside a new
        paragraph reading word for word as the old one holding the passage: then
        :meth:`follow` leaves it as it is, and no pairing need be worked out. (Such a
        paragraph pairs with that new one or none: the two read alike at every step of
        :func:`paired_paragraphs`, so no other paragraph can take either; paired, it maps
        the passage to the very same span.)"""
        if end <= start or placement.state not in PLACED_STATES:
            return False
        if not self._tables_ready:
            self._tables_ready = True
            old_spans, old_texts, _ = paragraph_texts(self.old)
            new_spans, new_texts, _ = paragraph_texts(self.new)
            self._tables = (
                old_spans,
                old_texts,
                [lo for lo, _ in old_spans],
                new_spans,
                new_texts,
                [lo for lo, _ in new_spans],
            )
        old_spans, old_texts, old_starts, new_spans, new_texts, new_starts = self._tables
        old_index = bisect_right(old_starts, start) - 1
        if old_index < 0 or end > old_spans[old_index][1]:
            return False
        new_index = bisect_right(new_starts, placement.start) - 1
        if new_index < 0:
            return False
        shift = new_spans[new_index][0] - old_spans[old_index][0]
        return (
            placement.start == start + shift
            and placement.end == end + shift
            and old_texts[old_index] == new_texts[new_index]
        )

    def _sure(self, old_index: int) -> bool:
        """Whether old paragraph ``old_index`` is paired, a paragraph beside it with one
        beside its pair (a byline or a numbered "I agree." that reads like another one
        since the text was replaced or renumbered stands among other paragraphs), and no
        unpaired paragraph of either text is :data:`CONTESTED` like it or its pair (a copy
        of it edited: which of the two it became, a guess)."""
        pair = self._pairs.get(old_index)
        if pair is None or not _beside_a_pair(self._pairs, old_index, pair):
            return False
        if not self._numbers_kept(old_index):
            return False
        contested = self._contested.get(old_index)
        if contested is None:
            contested = self._contested[old_index] = bool(
                process.extractOne(
                    self._old_texts[old_index],
                    self._unpaired_new,
                    scorer=Indel.normalized_similarity,
                    score_cutoff=CONTESTED,
                )
                or process.extractOne(
                    self._new_texts[pair],
                    self._unpaired_old,
                    scorer=Indel.normalized_similarity,
                    score_cutoff=CONTESTED,
                )
            )
        return not contested

    def _numbers_kept(self, old_index: int) -> bool:
        """Whether the twins of old paragraph ``old_index`` figures aside (entries one
        number or one time apart), it among them, have the same words in the new text as
        in the old one: when they were renumbered ("23. I agree." now "24. I agree.", which
        another paragraph read), their figures no longer tell which is which."""
        kept = self._twins_kept.get(old_index)
        if kept is None and self._old_masked[old_index] == self._old_texts[old_index]:
            kept = self._twins_kept[old_index] = True  # no figures to renumber
        if kept is None:
            if self._old_by_print is None:
                self._old_by_print = _by_print(self._old_masked)
                self._new_by_print = _by_print(self._new_masked)
            masked = self._old_masked[old_index]
            key = _fingerprint(masked), _words(masked)
            old_twins = [
                index
                for index in self._old_by_print[key[0]]
                if (_fingerprint(self._old_masked[index]), _words(self._old_masked[index])) == key
            ]
            new_twins = [
                index
                for index in self._new_by_print.get(key[0], [])
                if (_fingerprint(self._new_masked[index]), _words(self._new_masked[index])) == key
            ]
            kept = (len(old_twins) == 1 and len(new_twins) == 1) or Counter(
                _words(self._old_texts[index]) for index in old_twins
            ) == Counter(_words(self._new_texts[index]) for index in new_twins)
            self._twins_kept[old_index] = kept
        return kept

    def _covering(self, start: int, end: int) -> list[int]:
        """The old paragraphs that ``[start, end)`` overlaps, in order."""
        first = max(0, bisect_right(self._old_starts, start) - 1)
        if first < len(self._old_spans) and self._old_spans[first][1] <= start:
            first += 1
        last = bisect_right(self._old_starts, end - 1) - 1
        return list(range(first, last + 1))

    def _mapped(self, old_index: int, at: int, *, start: bool) -> tuple[int, bool] | None:
        """The new offset of old ``at`` (a passage's start, else its end) inside, or on the
        blank lines just before (after) old paragraph ``old_index``, through its pair, and
        whether it is sure: at the same offset when the two read alike, or alike figures
        aside and as long; at the pair's start (end) when ``at`` is at or before (after)
        the paragraph's, sure when they read alike figures aside (a heading renumbered),
        a guess when only their words are alike (lines put in another order, some of
        them perhaps another list's since); else None."""
        (old_lo, old_hi), (new_lo, new_hi) = (
            self._old_spans[old_index],
            self._new_spans[self._pairs[old_index]],
        )
        alike = self._old_masked[old_index] == self._new_masked[self._pairs[old_index]]
        if start and at <= old_lo:
            before = old_lo - at
            if self.new[new_lo - before : new_lo] == self.old[at:old_lo]:
                return new_lo - before, alike
            return new_lo, alike
        if not start and at >= old_hi:
            after = at - old_hi
            if self.new[new_hi : new_hi + after] == self.old[old_hi:at]:
                return new_hi + after, alike
            return new_hi, alike
        if alike and old_hi - old_lo == new_hi - new_lo:
            return new_lo + at - old_lo, True
        return None

    def _inside_one(
        self, old_index: int, start: int, end: int, exact: str
    ) -> tuple[Span, bool] | None:
        """Where a passage inside one old paragraph stands in its pair, and whether that is
        sure (:meth:`_mapped`); else on the one copy of its words in the pair when the
        old paragraph held them once too and they make no more than one sentence of one
        line (words across a sentence's end may read so again only because the sentences
        were put in another order)."""
        first = self._mapped(old_index, start, start=True)
        last = self._mapped(old_index, end, start=False)
        if first is not None and last is not None:
            return self._unless_retyped(exact, _joined(first, last))
        (old_lo, old_hi), (new_lo, new_hi) = (
            self._old_spans[old_index],
            self._new_spans[self._pairs[old_index]],
        )
        if not exact.strip() or _across_sentences(exact):
            return None
        found = self.new.find(exact, new_lo, new_hi)
        own = self.old.find(exact, old_lo, old_hi)
        if (
            found == -1
            or self.new.find(exact, found + 1, new_hi) != -1
            or own == -1
            or self.old.find(exact, own + 1, old_hi) != -1
        ):
            return None
        return (found, found + len(exact)), True

    def _unless_retyped(self, exact: str, found: tuple[Span, bool]) -> tuple[Span, bool] | None:
        """``found`` (a span, sure or not), or None when it is sure but fewer than half the
        quote's code points stand at the same place in it (a figure that changed: the
        passage was the old figure, gone or edited where it stood)."""
        (lo, hi), sure = found
        if sure and _mostly_retyped(exact, self.new[lo:hi]):
            return None
        return found

    def follow(self, start: int, end: int, exact: str, placement: Placement) -> Placement:
        """``placement`` of old ``[start, end)`` (quote ``exact``), checked against where its
        paragraphs went, when they are all paired (:meth:`_sure`): taken there when they
        stand in order and that place is sure, reviewed there when it is a guess (the
        diff's placement kept when it is that place, within :data:`NEAR`); reviewed with
        its larger piece as the best guess when they stand in another order. A passage
        across two paragraphs, one not paired, is reviewed where the diff put it when the
        placement took both pieces in the other order (:meth:`_reversed_in`); any other
        placement is left as it was."""
        if end <= start or self.carried_with_its_paragraph(start, end, placement):
            return placement
        pairs = self._paired()
        if not pairs:
            return placement
        covering = self._covering(start, end)
        if not covering:
            return placement
        if not all(index in pairs for index in covering):
            return self._unless_reversed(covering, start, end, placement)
        new_indexes = [pairs[index] for index in covering]
        found: tuple[Span, bool] | None
        if len(covering) == 1:
            found = self._inside_one(covering[0], start, end, exact)
        elif all(b == a + 1 for a, b in pairwise(new_indexes)):
            first = self._mapped(covering[0], start, start=True)
            last = self._mapped(covering[-1], end, start=False)
            found = None
            if first is not None and last is not None:
                found = self._unless_retyped(exact, _joined(first, last))
        elif any(b < a for a, b in pairwise(new_indexes)):
            if not self._all_sure(covering):
                return self._unless_reversed(covering, start, end, placement)
            return self._split(covering, start, end, placement)
        else:
            return placement  # in order, other paragraphs between: left to the diff
        # the common case first: the diff placed it where its paragraphs went (whether
        # they are trusted is asked only of a placement that would change)
        if found is not None and placement.state in PLACED_STATES and _near(placement, found[0]):
            return placement
        if not self._all_sure(covering):
            return self._unless_reversed(covering, start, end, placement)
        if found is None:
            return placement
        span, sure = found
        if not sure:
            return Placement("review", span[0], span[1], placement.score)
        state: AnchorState
        if self.new[span[0] : span[1]] == exact:
            state = "exact" if span[0] == start else "moved"
        else:
            state = "fuzzy"
        return Placement(state, span[0], span[1], placement.score if state == "fuzzy" else 1.0)

    def _all_sure(self, covering: list[int]) -> bool:
        return all(self._sure(index) for index in covering)

    def _unless_reversed(
        self, covering: list[int], start: int, end: int, placement: Placement
    ) -> Placement:
        """``placement``, or review where it is when the passage lies across two paragraphs
        and the placement took both pieces in the other order (:meth:`_reversed_in`)."""
        if len(covering) != 2 or placement.state not in PLACED_STATES:
            return placement
        paired = [index for index in covering if index in self._pairs]
        if paired and self._reversed_in(paired, start, end, placement):
            return Placement("review", placement.start, placement.end, placement.score)
        return placement

    def _reversed_in(self, paired: list[int], start: int, end: int, placement: Placement) -> bool:
        """Whether a placement of old ``[start, end)`` across two paragraphs, one of them not
        paired (a stock reply), holds the pair of the paired one and, as the next paragraph
        after it, one ending with the passage's piece of the paragraph that stood before
        it (or, as the one before it, one starting with its piece of the paragraph that
        stood after it), no paragraph reading so on its own side (a stock reply on either
        side): the two were put in the other order and the placement took both pieces,
        with the text between them that the passage never held."""
        for index in paired:
            pair = self._pairs[index]
            new_lo, new_hi = self._new_spans[pair]
            if new_hi <= placement.start or placement.end <= new_lo:
                continue
            old_lo, old_hi = self._old_spans[index]
            if index > 0 and start < old_lo and pair + 1 < len(self._new_spans):
                before_lo, before_hi = self._old_spans[index - 1]
                before = self.old[max(start, before_lo) : before_hi].strip()
                after_pair = self._new_spans[pair + 1]
                if (
                    len(before) >= PIECE
                    and after_pair[1] <= placement.end + NEAR
                    and self._new_texts[pair + 1].endswith(before)
                    and not (pair > 0 and self._new_texts[pair - 1].endswith(before))
                ):
                    return True
            if index + 1 < len(self._old_spans) and old_hi < end and pair > 0:
                after_lo, after_hi = self._old_spans[index + 1]
                after = self.old[after_lo : min(end, after_hi)].strip()
                before_pair = self._new_spans[pair - 1]
                if (
                    len(after) >= PIECE
                    and placement.start - NEAR <= before_pair[0]
                    and self._new_texts[pair - 1].startswith(after)
                    and not (
                        pair + 1 < len(self._new_texts)
                        and self._new_texts[pair + 1].startswith(after)
                    )
                ):
                    return True
        return False

    def _split(self, covering: list[int], start: int, end: int, placement: Placement) -> Placement:
        """A passage across paragraphs that now stand in another order: review, its larger
        piece (the most of its old text in one paragraph) as the best guess, unless the
        diff placed it on one of its pieces (which one holds more of it, counting the
        blank lines and figures retyped, may be too close to tell here)."""
        pieces: list[tuple[int, Span]] = []
        for position, index in enumerate(covering):
            old_lo, old_hi = self._old_spans[index]
            lo = start if position == 0 else old_lo
            hi = end if position == len(covering) - 1 else old_hi
            first = self._mapped(index, lo, start=True)
            last = self._mapped(index, hi, start=False)
            if first is not None and last is not None:
                pieces.append((min(hi, old_hi) - max(lo, old_lo), (first[0], last[0])))
        if not pieces:
            return Placement("review", placement.start, placement.end, placement.score)
        if placement.state in PLACED_STATES and any(_near(placement, span) for _, span in pieces):
            return placement  # on one piece (which one the larger, as close as to be a guess)
        larger = max(pieces, key=lambda piece: piece[0])[1]
        return Placement("review", larger[0], larger[1], placement.score)


def _mostly_retyped(exact: str, now: str) -> bool:
    """Whether fewer than half the code points of a quote stand at the same place in the
    text now at its mapped span (a figure that changed: the passage was the old figure)."""
    if now == exact:
        return False
    kept = sum(1 for old_char, new_char in zip(exact, now, strict=False) if old_char == new_char)
    return kept * 2 < len(exact)


def _joined(first: tuple[int, bool], last: tuple[int, bool]) -> tuple[Span, bool]:
    """A span from a mapped start to a mapped end, sure when both are."""
    return (first[0], last[0]), first[1] and last[1]


def _by_print(texts: list[str]) -> dict[tuple[int, int], list[int]]:
    """The indexes of ``texts`` by their :func:`_fingerprint`."""
    found: dict[tuple[int, int], list[int]] = {}
    for index, text in enumerate(texts):
        found.setdefault(_fingerprint(text), []).append(index)
    return found


def _across_sentences(exact: str) -> bool:
    """Whether a quote holds a line break, or a sentence's end with more text after it."""
    body = exact.strip()
    return "\n" in body or _SENTENCE_END.search(body.rstrip(_ENDS)) is not None


def _near(placement: Placement, span: Span) -> bool:
    """Whether a placement's ends are both within :data:`NEAR` of ``span``'s."""
    return abs(placement.start - span[0]) <= NEAR and abs(placement.end - span[1]) <= NEAR
