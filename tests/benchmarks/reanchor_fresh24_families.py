"""Twenty-fourth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh24`` prints it as "twenty-fourth fresh held-out material"). The texts
are what researchers collect and transcribe, as their tools export them
(``reanchor_fresh24_texts`` and ``reanchor_fresh24_more_texts``): an interview transcript
with line numbers in the margin, a survey's open answers, a focus group's transcript,
ethnographic field notes, a speech as prepared ("Check against delivery"), a family's
letters, a Persian/English transcript (Persian and Western digits, zero-width
non-joiners, Arabic ي/ك beside Persian ی/ک) and Kazakh letters in Cyrillic, new Latin
(some in the older apostrophe spelling) and English. Their lines recur word for word: stock
turns ("Mm-hm.", "[pause]", "Yes."), identical answers ("Don't know", "Prices."), the
moderator's prompt in every round, the question above each answer, openings and
closings ("Dear Ada,"), a refrain line of the speech, the evening summary restating the
morning's jottings, the same turn in two spellings.

The families are what researchers and their tools do between two versions, chosen to
change where text stands and which of several near-identical passages survives: a line
inserted and every later line number rewritten; turns re-segmented (a long turn split,
two exchanges merged) and renumbered; speakers anonymised ("Maria" as "P1"); times shifted
by a constant; gaps ("[inaudible 00:14:32]") filled in on a second listening; identical
short answers or turns collapsed into the first with a count ("Don't know (×3)"); items
re-sorted newest first and renumbered; an item deleted because its words stand in another
(the morning jotting the evening summary restates, a respondent's second answer, a turn
said twice); field abbreviations typed up ("w/" as "with"); Persian digits and letters,
zero-width marks and apostrophe spellings normalised on one side only; Kazakh Cyrillic
retyped in the Latin alphabet while its Latin line and English gloss stay (Persian in
Finglish); the speech as
delivered (ad-libs typed in, a line repeated for applause, a paragraph cut); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none, a copy is a decoy. So whenever a passage's words stand in two
places the truth is where its own characters went. Lines that recur in the old text (the
moderator's prompt, the question above an answer, "Mm-hm.", "Dear Ada,", the speech's
refrain, the jotting the evening summary restates, a turn in two keyboards' spellings) are
each their own passage, wherever their twins move or whichever of them is deleted; a line
inserted on a second listening is typed, even when it reads "R: Mm-hm."; a line repeated for
applause is a copy, and the truth stays on the line as prepared; when identical answers are
collapsed, the first one in its section is kept (its words then carry the typed count) and
the others are gone although their words stand word for word in the kept one; when an item
is deleted because its words stand in another (the restated jotting, the twice-given
answer), it is gone, and the other is only its own passage; a Cyrillic line retyped in Latin
is gone (typed anew), although the Latin line beside it may then read the same word for word
(it is only its own passage), and so is a Persian turn retyped in Finglish; a renumbered
line keeps the digits a diff keeps ("0012" to "0013" keeps "001") and the words of its turn.
A time shifted, a name anonymised or a letter normalised is typed over; the rest of its
passage stays.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh23_edits import cut, line_dropped
from tests.benchmarks.reanchor_fresh23_kit import (
    Span,
    head_line,
    item_runs,
    items,
    last_line,
    notes,
    sections,
)
from tests.benchmarks.reanchor_fresh24_edits import (
    anonymise,
    expand_abbreviations,
    line_inserted,
    line_split,
    normalise_script,
    renumber,
    retype_in_latin,
    shift_clocks,
)
from tests.benchmarks.reanchor_fresh24_kit import (
    ABBREVIATION,
    CLOCK,
    GAP,
    NAME,
    OTHER_SCRIPT,
    SCRIPT_MARK,
    ZWNJ,
    item_lines,
    short_lines,
    turn_words,
)
from tests.benchmarks.reanchor_fresh24_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twenty-fourth fresh held-out material (never used while tuning).
FRESH24_SEEDS = range(24100, 24110)
#: Lines a transcriber adds on a second listening.
ADDED_LINES = ("[crosstalk]", "I: Sorry, go on.", "R: Mm-hm.", "[pause]", "R: Yes, yes.")
#: What a second listening hears in a gap.
HEARD = ("the shop on the corner", "my cousin’s wedding", "we didn’t know", "the night bus")
#: What a speaker says that was not in the prepared text.
AD_LIBS = ("Let me say that again.", "And I mean that.", "You know who you are.", "Honestly.")


def _having(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """The items in which ``pattern`` finds something; when none, the footer's stock
    paragraph (so every text has a name, a time, a gap, an abbreviation and Cyrillic)."""
    found = [item for item in items(text) if pattern.search(text, *item)]
    return found or [_paragraphs(text)[-1]]


def _each_unit(
    tracked: TrackedText,
    rng: random.Random,
    rate: float,
    pattern: re.Pattern[str],
    edit: Callable[[TrackedText, Span], int],
) -> None:
    """``edit(tracked, unit)`` on one unit holding ``pattern``, half of them or all."""
    found = _having(tracked.text, pattern)
    for unit in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        edit(tracked, unit)


# -- families ------------------------------------------------------------------------------------


def inserted_and_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A second listening adds a line ("[crosstalk]", "I: Sorry, go on.") after one item line
    (two, four); the re-export then rewrites every later line number."""
    lines = item_lines(tracked.text)
    for _, end in sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 1, 2, 4))), reverse=True):
        line_inserted(tracked, end, rng.choice(ADDED_LINES))
    renumber(tracked)


def turns_resegmented(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The transcript re-segmented: one long turn (two, three) split after a comma or a stop
    onto a line of its own with the speaker's label again, then two neighbouring exchanges
    (two pairs, three) merged, lines renumbered."""
    text = tracked.text
    splittable = []
    for line in item_lines(text):
        words = text[slice(*line)]
        cuts = [
            i + 2 for i in range(12, len(words) - 12) if words[i] in ",." and words[i + 1] == " "
        ]
        if cuts:
            splittable.append(line[0] + rng.choice(cuts))
    times = _by_rate(rate, 1, 2, 3)
    for at in sorted(rng.sample(splittable, min(times, len(splittable))), reverse=True):
        text = tracked.text
        start = text.rfind("\n", 0, at) + 1
        line_split(tracked, (start, text.index("\n", at)), at)
    for _ in range(times):
        runs = [run for run in item_runs(tracked.text) if len(run) >= 2]
        if not runs:
            break
        run = rng.choice(runs)
        first = rng.randrange(len(run) - 1)
        # the blank line between the two exchanges goes: they become one item
        tracked.replace(run[first][1], 2, "\n")
    renumber(tracked)


def speakers_anonymised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Names replaced by participant labels ("Maria" as "P1") before sharing: one name, half
    of the names, or every name, wherever it stands."""
    found = sorted({match[0] for match in NAME.finditer(tracked.text)})
    chosen = set(rng.sample(found, _count(rate, len(found))))
    if "Maria Santos" in chosen:
        chosen.add("Maria")
    anonymise(tracked, (0, len(tracked.text)), chosen)


def times_shifted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Times re-synced to a second recorder: every time in one item (half of them, all)
    moved by the same few minutes and seconds."""
    seconds = rng.choice((75, 128, 305, 3_600))
    found = _having(tracked.text, CLOCK)
    for unit in sorted(rng.sample(found, _count(rate, len(found))), reverse=True):
        shift_clocks(tracked, unit, seconds)


def gaps_filled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A second listening: one gap ("[inaudible 00:14:32]", "[illegible]"), half or all of
    them, replaced by the words heard."""
    found = list(GAP.finditer(tracked.text))
    for match in sorted(rng.sample(found, _count(rate, len(found))), key=lambda m: -m.start()):
        tracked.replace(match.start(), len(match[0]), rng.choice(HEARD))


def answers_collapsed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The tool's "collapse identical answers": in one section (half, every one), a short
    answer or turn that stands in several items ("Don't know", "Mm-hm.") kept in its first
    place with a typed count ("Don't know (×3)"), the other lines dropped (an item left with
    its head line only is dropped whole; a head line is never dropped)."""
    text = tracked.text
    groups = []
    for heading, under in sections(text):
        within = (heading[0], under[-1][1] if under else heading[1])
        for spans in short_lines(text).values():
            inside = [s for s in spans if within[0] <= s[0] < within[1]]
            if len(inside) >= 2:
                groups.append(inside)
    groups = groups or list(short_lines(text).values())
    edits: list[tuple[int, Span | int]] = []
    for kept, *others in rng.sample(groups, _count(rate, len(groups))):
        edits.append((kept[1], 1 + len(others)))
        edits += [(other[0], other) for other in others]
    found = items(text)
    for at, dropped in sorted(edits, key=lambda edit: edit[0], reverse=True):
        if isinstance(dropped, int):
            tracked.replace(at, 0, f" (×{dropped})")
            continue
        line_start = text.rfind("\n", 0, at) + 1
        item = next(i for i in found if i[0] <= at < i[1])
        if line_start == item[0]:
            continue
        if text.count("\n", *item) == 1:
            cut(tracked, item)
        else:
            line_dropped(tracked, (line_start, dropped[1]))
    renumber(tracked)


def resorted_newest_first(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The export re-made newest first: the items of one section (half, every one) in the
    other order, then line numbers rewritten to count down the page again."""
    runs = item_runs(tracked.text)
    runs = [run for run in runs if len(run) >= 2]
    for run in sorted(rng.sample(runs, _count(rate, len(runs))), reverse=True):
        reorder(tracked, [(s, e + 2) for s, e in run], list(reversed(range(len(run)))))
    renumber(tracked)


def _echoed(text: str) -> dict[Span, list[Span]]:
    """Items with a line whose words (without their line number, at least 12 code points)
    stand in another item too, and those lines' words."""
    where: dict[str, list[tuple[Span, Span]]] = {}
    for item in items(text):
        for line in lines_in(text, *item):
            words = turn_words(text, line)
            if words[1] - words[0] >= 12:
                where.setdefault(text[slice(*words)], []).append((item, words))
    found: dict[Span, list[Span]] = {}
    for places in where.values():
        if len({item for item, _ in places}) >= 2:
            for item, words in places:
                found.setdefault(item, []).append(words)
    return dict(sorted(found.items()))


def restated_deleted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """De-duplication: an item whose words stand in another (the morning jotting the evening
    summary restates, a respondent's second answer, a turn said twice) deleted, one, two
    or four of them; line numbers rewritten."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        found = list(_echoed(text)) or items(text)
        if len(items(text)) < 2:
            break
        cut(tracked, rng.choice(found))
    renumber(tracked)


def typed_up(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Notes typed up: the field abbreviations ("w/", "approx.", "b/c", "ppl") in one item
    (half, every one) written out."""
    _each_unit(tracked, rng, rate, ABBREVIATION, expand_abbreviations)


def scripts_normalised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard or an export on one side: in one item (half, every one) Persian
    digits as Western ones, Arabic ي/ك as Persian ی/ک, zero-width non-joiners and spaces
    and soft hyphens dropped, no-break spaces plain, apostrophe spellings as 2021 letters."""
    marks = re.compile(f"{SCRIPT_MARK.pattern}|{ZWNJ}|[agnousi]'(?=\\w)")
    _each_unit(tracked, rng, rate, marks, normalise_script)


def retyped_in_latin(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A paragraph switched from Cyrillic to Latin Kazakh: the Cyrillic of one item (half,
    every one) typed anew in the 2021 alphabet, its Latin line and English gloss kept; a
    Persian turn typed in Finglish by a transcriber without a Persian keyboard."""
    _each_unit(tracked, rng, rate, OTHER_SCRIPT, retype_in_latin)


def delivered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """As delivered: ad-libs typed in after one line (two, four), one line repeated right
    after itself for applause (a copy), at the higher rates an item cut; line numbers
    rewritten."""
    text = tracked.text
    lines = item_lines(text)
    picked = sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 1, 2, 4) + 1)))
    repeat, ad_libbed = picked[0], picked[1:]
    for _, end in reversed(ad_libbed):
        tracked.replace(end, 0, " " + rng.choice(AD_LIBS))
    start, end = repeat
    tracked.copy(start, end - start, end)
    tracked.replace(end, 0, "\n")
    if rate >= 3:
        found = items(tracked.text)
        cut(tracked, rng.choice(found[1:]))
    renumber(tracked)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH24_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH24_FAMILIES: dict[str, Family] = {
    "inserted and renumbered": inserted_and_renumbered,
    "turns resegmented": turns_resegmented,
    "speakers anonymised": speakers_anonymised,
    "times shifted": times_shifted,
    "gaps filled": gaps_filled,
    "answers collapsed": answers_collapsed,
    "resorted newest first": resorted_newest_first,
    "restated deleted": restated_deleted,
    "typed up": typed_up,
    "scripts normalised": scripts_normalised,
    "retyped in latin": retyped_in_latin,
    "delivered": delivered,
    "combined": combined,
}


def fresh24_text(seed: int, rng: random.Random) -> str:
    """An interview, a survey's open answers, a focus group, field notes, a speech, letters,
    a Persian/English interview or Kazakh letters, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def fresh24_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code: word runs (a third), whole items, clauses, a turn's words
    without its line number, whole lines, section headings, one occurrence of a line the
    text repeats or of a short turn or answer that recurs ("Mm-hm.", "Don't know") or words
    inside one, a line whose words stand in another item, head lines, last lines (closings),
    two items across their blank line, a line and the next item's head across items, notes'
    sentences, two sentences across a paragraph break, whole sections; each passage once
    while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    lines = _trimmed(text, item_lines(text))
    turns = _trimmed(text, [turn_words(text, line) for line in item_lines(text)])
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    stock = [span for group in short_lines(text).values() for span in group]
    echoed = [words for lines in _echoed(text).values() for words in lines]
    pairs = [(a[0], b[1]) for run in item_runs(text) for a, b in pairwise(run)]
    crossing = [
        (turn_words(text, last_line(text, a))[0], head_line(text, b)[1])
        for run in item_runs(text)
        for a, b in pairwise(run)
    ]
    said = [s for note in notes(text) for s in note_sentences(text, note)]
    section_spans = [(heading[0], under[-1][1]) for heading, under in sections(text) if under]
    pools = [
        (0.09, found),
        (0.15, clauses_of(text, all_sentences)),
        (0.25, turns),
        (0.30, lines),
        (0.34, [heading for heading, _ in sections(text)]),
        (0.40, repeated),
        (0.47, stock),
        (0.51, inside),
        (0.57, echoed),
        (0.62, [head_line(text, item) for item in found]),
        (0.68, [turn_words(text, last_line(text, item)) for item in found]),
        (0.74, pairs),
        (0.80, crossing),
        (0.86, said),
        (0.91, _across(text)),
        (0.96, section_spans),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
