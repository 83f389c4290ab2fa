"""A clock time or a figure one side gives where the other, in the same words, says words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from difflib import SequenceMatcher

import regex

from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.framed import Item, earliest_difference, sentence_items
from desktop_app.core.compare.terms import Token, tokens
from desktop_app.core.compare.weekdays_table import DAY_PERIOD_HOURS

#: Least share of the words of the side without a clock time (or a count, for
#: ``gap_figure_difference``) that the other side has in the same order around the gap: the
#: two sentences tell the same thing in the same words.
SHARED_WORDS = 0.5
#: Most words the side without a clock time or a count may put where the other has it ("af
#: pas nayn", "niiyo-diba'iganed", "hogofulu-ma-nima").
GAP_WORDS = 3
#: Most words and figures the side with a clock time or a count may have in the gap ("सुथय्
#: ९ बजे", "motseng ka 15:00"), up to a clause mark after the figure: a longer run tells more
#: than a moment or a count. Round 128 bounds by it too a clock time's place in a run told to
#: both sentences' ends, a clock time's run the other side leaves out, and the words told
#: otherwise just after it (see ``gap_time_difference``).
CLOCK_GAP_WORDS = 4
#: Most words both sides share between a clock time the other side leaves out and the words
#: it tells otherwise right after ("at 11:15 een de mawnin" / "een de ebenin"; see
#: ``gap_time_difference``).
CLOCK_REACH_WORDS = 3
_TIME = "@time:"
#: A mark between two words where a clause telling something else may begin.
_CLAUSE_MARK = re.compile(r"[,;:]")
#: The kinds of token (``terms.tokens``) that name a moment the other rules compare.
_MOMENTS = frozenset({"year", "time", "hour", "day", "month"})
#: A letter, a mark or a hyphen: a figure glued to one is part of a name or a word ("E136",
#: "Kestrel-2", "20th"), not a count.
_GLUE = regex.compile(r"[\p{L}\p{M}\-]")
#: Money signs a figure may carry ("$12,000", "₦3.2 million").
_MONEY_SIGNS = "$€£¥₹₦₽"


def gap_time_difference(a: UnitTerms, b: UnitTerms, text_a: str, text_b: str) -> str:
    """ "11:00 ≠ ntsambama" when two sentences tell the same thing in much the same
    words, in the same order, and where one side gives a clock time the other, which gives
    none and writes no digit, has one to ``GAP_WORDS`` words of its own that it cannot read.
    A figure the other side reads is no bar when the first side reads it too: a word both
    sentences share that some table reads as a number (Hopi "Electrician-t 8:30 mihikqw aw
    pitu." against "Electrician-t talavay aw pitu.", "pitu" read as seven on both sides) is
    no figure of the moment. Round 118, on all 400 development pairs: 1 contradiction more
    labelled right (`taalawpi_sikyatsvi`, entry 108), none made wrong.

    "Emaphoyisa afika edamini nga-11:00." against "Emaphoyisa afika edamini ntsambama." (in
    the afternoon, siSwati), "जात्रा हानं आइतबाः सुथय् ९ बजे न्ह्याइ।" against "जात्रा हानं
    आइतबाः बहनी न्ह्याइ।" (in the evening, Newar), "… na 8:20 di mɔnin" against "… na af pas
    nayn" (half past nine, Krio): a time of day or a clock time in words of a language the
    engine has no table for, where the other side's time stands; round 63's frame of one word
    (``framed.beside_difference``) misses them when the clock time carries words of its own
    ("nga-", "सुथय् … बजे") or ends the sentence. One word of the gap at least is a term of
    its side (no stopword); none is a word of the side with the clock time, a figure, or a
    year, weekday, month, clock time or part of the day the engine reads (``_MOMENTS``;
    ``day_times.period_difference`` compares parts of the day). The words are met in
    order (``difflib``, the side with the clock time first whichever side is A, so the rule
    is symmetric), and at least ``SHARED_WORDS`` of the other side's words must be met.

    Round 128 reads two more shapes of the same reader's reason, for clock times only (a
    count's gap stays as round 101 built it). **Told to the end**: where both sentences end
    in the gap, the clock time among the first ``CLOCK_GAP_WORDS`` words of its run, what
    follows it to the end is a clause the other side leaves out, if it
    gives no other figure or moment ("… agut thaa 13:30 bïk kä ke mast kuɛ̈ɛ̈t." / "… agut
    thëëi.", Dinka; "… nibaija kugaruka aha kyombeko saa 14:00 kureeba firiiji." / "…
    nibaija kugaruka nyenkya.", Runyankore). **Just after**: where the other side leaves the
    clock time out and, at most ``CLOCK_REACH_WORDS`` shared words later, tells in words of
    its own what the clock side says there ("… at 11:15 een de mawnin." / "… een de
    ebenin.", Gullah; "… u 8:00 ko gubin e rran …" / "… ko gubin e nep'.", Yapese): the
    moment told otherwise. On all 432 development pairs, 7 contradictions more labelled
    right, none made wrong (labels only; entry 128).
    """
    gives = (bool(a.specifics.get("time")), bool(b.specifics.get("time")))
    return _one_sided_gap((a, b), (text_a, text_b), gives, _is_clock, longer_runs=True)


def gap_figure_difference(a: UnitTerms, b: UnitTerms, text_a: str, text_b: str) -> str:
    """ "9 ≠ hogofulu-ma-nima" where one side gives a figure in digits and the other, which
    reads no figure and writes no digit, has in its place one to ``GAP_WORDS`` words of its
    own that it cannot read, in sentences told in much the same words (``_gap``, as
    ``gap_time_difference`` reads a clock time's gap).

    Wallisian "Ko te kau gāue e toko 9 ʻa te SPT …" against "… e toko hogofulu-ma-nima ʻa te
    SPT …" (fifteen), Rarotongan "E $12,000 te moni …" against "E ʻitu tauatini tārā te moni
    …" (seven thousand dollars), Maithili "२ एएनएम कें निलंबित …" against "चारि कर्मचारी
    निलंबित …" (four): number words of a language no table covers, where the other side's
    figure stands. A figure that names something (glued to a letter or a hyphen, "E136",
    "Kestrel-2", "20th"; after another figure or with a leading zero, a telephone number
    "0800 111 999") is no count. The caller asks that the two sentences be alike word for
    word (``relations.GAP_FIGURE_LIKENESS``): the words the engine cannot read are then as
    likely a figure told otherwise as the same figure in words, and the truth of the
    development set calls the first a contradiction more often. Symmetric.
    """
    return _one_sided_gap((a, b), (text_a, text_b), (bool(a.read), bool(b.read)), _is_count)


def _one_sided_gap(
    terms: tuple[UnitTerms, UnitTerms],
    texts: tuple[str, str],
    gives: tuple[bool, bool],
    stands: Callable[[Item, str], bool],
    *,
    longer_runs: bool = False,
) -> str:
    """The difference of ``_gap`` when only one side ``gives`` what the other may write in
    words (A's and B's), with that side first, read in A's order ("" when both or neither);
    ``longer_runs`` as ``_gap`` reads them."""
    if gives[0] == gives[1]:
        return ""
    first, second = (0, 1) if gives[0] else (1, 0)
    return _gap(
        terms[first],
        terms[second],
        texts[first],
        texts[second],
        given_first=gives[0],
        stands=stands,
        longer_runs=longer_runs,
    )


def _gap(
    giving: UnitTerms,
    other: UnitTerms,
    giving_text: str,
    other_text: str,
    *,
    given_first: bool,
    stands: Callable[[Item, str], bool],
    longer_runs: bool = False,
) -> str:
    """The difference where a figure of ``giving`` that ``stands`` (a clock time, or a
    count) faces unread words of ``other``, which writes no digit and reads no figure that
    ``giving`` does not read too; with ``longer_runs`` (round 128's shapes), also in a run
    told to the end or just after the figure (see ``gap_time_difference``)."""
    if not _read_values(other) <= _read_values(giving):
        return ""
    if any(char.isdigit() for char in other_text):
        return ""
    items = sentence_items(giving_text, giving.read)
    other_items = sentence_items(other_text, other.read)
    if not other_items:
        return ""
    keys = [_met_as(item, f"\0{k}") for k, item in enumerate(items)]
    other_keys = [_met_as(item, f"\0\0{k}") for k, item in enumerate(other_items)]
    # the side with the figure first, whichever side is A: ties fall alike
    matcher = SequenceMatcher(None, keys, other_keys, autojunk=False)
    met = sum(block.size for block in matcher.get_matching_blocks())
    if met < SHARED_WORDS * len(other_items):
        return ""
    stems = {item.key for item in items if item.key}
    found: list[tuple[int, int, str, str]] = []
    opcodes = matcher.get_opcodes()
    ends = (len(items), len(other_items))
    for step, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        here = items[i1:i2]
        at = next((k for k, item in enumerate(here) if stands(item, giving_text)), None)
        if at is None:
            continue
        figure = here[at]
        if tag == "replace" and _told_in_place(
            here, at, giving_text, to_the_end=longer_runs and (i2, j2) == ends
        ):
            there = other_items[j1:j2]
        elif tag == "delete" and longer_runs and len(here) <= CLOCK_GAP_WORDS:
            there = _told_just_after(
                figure, opcodes[step + 1 : step + 3], (items, other_items), giving_text
            )
        else:
            continue
        if not _unread_words(there, other, other_text, stems):
            continue
        words = other_text[there[0].start : there[-1].end]
        if given_first:
            found.append((figure.start, there[0].start, figure.text, words))
        else:
            found.append((there[0].start, figure.start, words, figure.text))
    return earliest_difference(found)


def _told_in_place(run: list[Item], at: int, text: str, *, to_the_end: bool) -> bool:
    """Whether the clock time or count at ``at`` of ``run`` (of ``text``) is what the run
    tells: at most ``CLOCK_GAP_WORDS`` words and figures up to a clause mark after it, or,
    ``to_the_end`` (both sentences end with the run), the figure among its first
    ``CLOCK_GAP_WORDS`` with no other figure or moment in the run."""
    if _figure_words(run, at, text) <= CLOCK_GAP_WORDS:
        return True
    return to_the_end and at < CLOCK_GAP_WORDS and not _moments_besides(run, run[at], text)


def _told_just_after(
    figure: Item,
    following: Sequence[tuple[str, int, int, int, int]],
    both_items: tuple[list[Item], list[Item]],
    text: str,
) -> list[Item]:
    """The other side's words for what the clock side tells just after a clock time the
    other side leaves out (``following``: the opcodes after the clock time's run): at most
    ``CLOCK_REACH_WORDS`` shared words on, with no clause mark after the clock time, words
    of the clock side with no figure or moment, at most ``CLOCK_GAP_WORDS`` or running to
    the end of both sentences; none when the shape is not that."""
    if len(following) < 2:
        return []
    items, other_items = both_items
    (shared, i1, i2, _, _), (tag, k1, k2, j1, j2) = following
    if shared != "equal" or i2 - i1 > CLOCK_REACH_WORDS or tag != "replace":
        return []
    here = items[k1:k2]
    if len(here) > CLOCK_GAP_WORDS and (k2, j2) != (len(items), len(other_items)):
        return []
    if _CLAUSE_MARK.search(text, figure.end, here[0].start) or _moments_besides(here, None, text):
        return []
    return other_items[j1:j2]


def _moments_besides(run: list[Item], figure: Item | None, text: str) -> bool:
    """Whether ``run`` (of ``text``) gives a figure or a moment the engine reads (a year,
    weekday, month or time) besides ``figure``."""
    if any(item.is_figure and item is not figure for item in run):
        return True
    return any(
        figure is None or not (token.start < figure.end and token.end > figure.start)
        for token in _moments_read(run, text)
    )


def _moments_read(run: list[Item], text: str) -> Iterator[Token]:
    """The tokens of ``text`` over ``run`` that name a moment the engine reads (a year,
    weekday, month or time)."""
    start, end = run[0].start, run[-1].end
    return (t for t in tokens(text) if t.kind in _MOMENTS and t.start < end and t.end > start)


def _met_as(item: Item, unmet: str) -> str:
    """What ``item`` meets the other side's items by: a word's stem, a figure's values (the
    same figure read on both sides is a word they share), or ``unmet`` for a figure of no
    value read."""
    if item.key:
        return item.key
    return "\1" + "|".join(sorted(item.values)) if item.values else unmet


def _read_values(terms: UnitTerms) -> frozenset[str]:
    """The keys of every figure and clock time a sentence reads (``UnitTerms.read``)."""
    return frozenset(key for _, _, keys in terms.read for key in keys)


def _figure_words(run: list[Item], at: int, text: str) -> int:
    """How many words and figures of ``run`` go with its clock time or count (at ``at``): all,
    or those before the first comma, semicolon or colon after it, where a clause telling
    something else begins ("na 8:20 di mɔnin, we dɛn nɔ bin ebul opin ɛni fayl")."""
    for k in range(at + 1, len(run)):
        if _CLAUSE_MARK.search(text, run[k - 1].end, run[k].start):
            return k
    return len(run)


def _is_clock(item: Item, text: str) -> bool:
    """Whether ``item`` (of ``text``) is a figure the engine reads as a clock time."""
    return item.is_figure and any(value.startswith(_TIME) for value in item.values)


def _is_count(item: Item, text: str) -> bool:
    """Whether ``item`` (of ``text``) is a figure in digits that counts or measures, not part
    of a name or a telephone number (see ``gap_figure_difference``)."""
    if not item.is_figure:
        return False
    if item.start > 0 and _GLUE.match(text[item.start - 1]):
        return False
    if item.end < len(text) and _GLUE.match(text[item.end]):
        return False
    if text[: item.start].rstrip()[-1:].isdigit():
        return False
    digits = item.text.lstrip(_MONEY_SIGNS)
    return not (digits[:1] == "0" and digits[1:2].isdigit())


def _unread_words(run: list[Item], terms: UnitTerms, text: str, stems: set[str]) -> bool:
    """Whether ``run`` is one to ``GAP_WORDS`` words, none of ``stems`` and no moment read,
    one at least a term of ``terms``."""
    if not run or len(run) > GAP_WORDS or any(item.is_figure for item in run):
        return False
    if any(item.key in stems or item.text.casefold() in DAY_PERIOD_HOURS for item in run):
        return False
    if next(_moments_read(run, text), None) is not None:
        return False
    return any(item.key in terms.weights for item in run)
