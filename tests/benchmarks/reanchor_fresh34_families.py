"""Thirty-fourth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh34`` prints it as "thirty-fourth fresh held-out material"). The texts are
what a parliament publishes and revises day by day, each version a full page
(``reanchor_fresh34_texts`` and ``reanchor_fresh34_more_texts``): an order paper ("1  Questions
to the Secretary of State for Transport", "Not before 12.30 pm", a sponsor line and "Notes:
Amendments have been tabled" under many items), a division list (AYES and NOES as columns of
"Abbott, Diane (Hackney North and Stoke Newington)", "Tellers for the Ayes:" under each side),
a register of members' interests (the same category headings in every block, "Nil" under many,
sums one digit apart), written questions and answers ("UIN 14527  To ask the Secretary of State
for Health …", the same holding answer under several), a committee's meeting schedule ("Tue 17
March  09:30  Room 8  Oral evidence: water quality", "Private meeting" repeating), a Hansard
corrections list ("Col. 412  line 7  for 'fourteen' read 'forty'"), a Kannada/English notice of
a state legislature (Kannada digits on some lines) and a Syriac/English notice of a regional
assembly (vowel points on some words, an abbreviation mark once).

The families are what clerks, the Table Office, the committee office, Hansard's editors, PDF
readers, copy editors and converters do between two versions: order paper reissued; division
list corrected; register updated; answers published; schedule changed; corrections merged; the
page copied out of a PDF; duplicates pruned (round 27's family); copy edited; Kannada digits
converted; Syriac respelt; the page reflowed (round 31's family); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur (the sponsor line, "Not before 12.30 pm",
"Tellers for the Ayes:", "Nil", the holding answer, "Private meeting") are each their own
passage, wherever their twins move or whichever of them is cut. A digit, a surname's letter, a
time's spelling, a ligature, a vowel point or a Kannada digit is typed over: the rest of its
passage stays. A withdrawn item, a replaced holding answer, a "Nil" replaced by an entry (or an
entry by "Nil"), a retyped correction, the second of two merged corrections and a pruned stock
line are gone.
"""

from __future__ import annotations

import itertools
import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh23_edits import cut, line_dropped
from tests.benchmarks.reanchor_fresh23_kit import (
    Span,
    body_lines,
    head_line,
    item_runs,
    items,
    last_line,
    notes,
    sections,
)
from tests.benchmarks.reanchor_fresh24_families import _each_unit, _echoed
from tests.benchmarks.reanchor_fresh24_kit import item_lines, short_lines
from tests.benchmarks.reanchor_fresh26_edits import written_where
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh29_families import _whole
from tests.benchmarks.reanchor_fresh29_kit import PER_CENT
from tests.benchmarks.reanchor_fresh30_edits import line_moved, running_lines_inserted
from tests.benchmarks.reanchor_fresh31_families import _following, _sorted_lines
from tests.benchmarks.reanchor_fresh31_families import reflowed_page as reflowed_page
from tests.benchmarks.reanchor_fresh32_edits import gaps_collapsed, ligatures_set
from tests.benchmarks.reanchor_fresh32_families import _nudged_all
from tests.benchmarks.reanchor_fresh33_edits import line_page_breaks
from tests.benchmarks.reanchor_fresh33_families import _hyphenated
from tests.benchmarks.reanchor_fresh33_kit import FIELD_GAP
from tests.benchmarks.reanchor_fresh34_edits import (
    ANY_TIME,
    joiner_switched,
    kannada_digits_switched,
    lines_sorted_by_number,
    parliament_style_set,
    syriac_respelt,
)
from tests.benchmarks.reanchor_fresh34_kit import (
    CATEGORY_LINE,
    COLUMN,
    CORRECTION,
    CORRECTION_LINE,
    ENTRY_LINE,
    HOLDING,
    HONOURABLE,
    KANNADA_RUN,
    KANNADA_SENTENCE,
    LINE_NUMBER,
    MEETING_LINE,
    MEMBER,
    MEMBER_LINE,
    MISSPELT,
    NIL,
    ORDER_ITEM,
    ORDER_NUMBER,
    PRIVATE,
    QUESTION,
    QUESTION_LINE,
    QUOTED,
    ROOM,
    SUM,
    SURNAME,
    SYRIAC_PHRASE,
    SYRIAC_RUN,
    SYRIAC_WORD,
    THOUSANDS,
    UIN,
    WEEKDAY,
)
from tests.benchmarks.reanchor_fresh34_texts import DEPARTMENTS, KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirty-fourth fresh held-out material (never used while tuning).
FRESH34_SEEDS = range(34100, 34110)
#: Business added to a reissued order paper, typed between two items (its number typed
#: later, when every item is renumbered).
NEW_BUSINESS = (
    "Urgent question: storm damage to the Dawlish line\nNot before 12.30 pm",
    "Statement: water company special administration\nNot before 1.30 pm",
    "Business of the House motion\nNotes: Amendments have been tabled",
)
#: An item's time on an order paper: the "12.30" of "Not before 12.30 pm".
TIME_FIGURES = re.compile(r"(?<=Not before )(?:1[0-2]|[1-9])\.[0-5][0-9](?= pm\b)")
#: A misspelt surname as a division list's line or the stock paragraph gives it.
MISSPELT_MEMBER = re.compile(r"\b(?:" + "|".join(MISSPELT) + r")(?=, [A-Z])")
#: Entries a member registers late, typed under a category.
NEW_ENTRIES = (
    "Payment of £3,000 from the Guardian for an article (2 hrs). Registered 23 March 2026.",
    "Donation of £5,000 from Mr A. Khan to my office. Registered 23 March 2026.",
    "Tickets worth £420 from the BBC. Registered 23 March 2026.",
)
#: What a department answers in the end, typed over a holding answer.
SUBSTANTIVE = (
    "The Department has recruited 1,200 nurses since January and will publish the figures.",
    "Bus funding for 2026-27 is set out in the letter placed in the Library today.",
    "Cancellations in February 2026 were 3.1 per cent of services; the figures are online.",
)
HOLDING_ANSWER = re.compile(re.escape(HOLDING))
#: A meeting added to a day, typed after one of that day's meetings.
ADDED_MEETING = "16:00  Room 15  Oral evidence: flood defences"
#: What a "Private meeting" becomes when its topic is announced.
ANNOUNCED = ("Oral evidence: water quality", "Oral evidence: sewage spills in Bristol")
#: A correction typed over another one whole.
RETYPED = "Col. 430  line 12  for 'Bristol East' read 'Bath'"
#: A running line a PDF's text layer gives at every page's foot.
RUNNING_FOOTER = "Printed from the parliamentary website — page {page} of {pages}"
#: What item heads say for each side of a division.
SIDES = ("AYES", "NOES")


def _side_items(text: str, side: str) -> list[Span]:
    """The items of a division list's ``side`` ("AYES" or "NOES")."""
    return [item for item in items(text) if text.startswith(f"{side} — Division", item[0])]


def _division(text: str, item: Span) -> str:
    """The division an AYES or NOES item belongs to ("214")."""
    return text[slice(*head_line(text, item))].split()[3]


def _members(text: str, item: Span) -> list[Span]:
    """An item's member lines."""
    return [line for line in body_lines(text, item) if MEMBER_LINE.fullmatch(text, *line)]


def _typed_over(
    tracked: TrackedText,
    rng: random.Random,
    pattern: re.Pattern[str],
    how_many: int,
    by: tuple[str, ...],
) -> None:
    """``how_many`` matches of ``pattern`` typed over, each by one of ``by``."""
    found = list(pattern.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), how_many))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        tracked.replace(match.start(), len(match[0]), rng.choice(by))


# -- families ------------------------------------------------------------------------------------


def order_paper_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An order paper reissued: items (one, one, two) withdrawn and cut, new business (one,
    one, two) typed in between two items, times (one, two, four) corrected by one figure, and
    every item renumbered from 1."""
    # Truth: a withdrawn item is gone, its "Not before 12.30 pm" and sponsor line with it,
    # though their twins stand under other items. New business is new (a decoy for the lines
    # it repeats). A time's figure is typed over; "Not before 2.31 pm" keeps the rest. A
    # renumbered item keeps its business: "5  Questions to …" is the coded "4  Questions to …".
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        found = [item for item in items(text) if ORDER_ITEM.fullmatch(text, *head_line(text, item))]
        if len(found) < 3:
            break
        cut(tracked, rng.choice(found))
    text = tracked.text
    found = [item for item in items(text) if ORDER_ITEM.fullmatch(text, *head_line(text, item))]
    for item in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 1, 2))), reverse=True):
        tracked.replace(item[1], 0, f"\n\n0  {rng.choice(NEW_BUSINESS)}")
    _nudged_all(tracked, rng, TIME_FIGURES, _by_rate(rate, 1, 2, 4))
    numbers = list(ORDER_NUMBER.finditer(tracked.text))
    for at, number in reversed(list(enumerate(numbers, start=1))):
        if number[0] != str(at):
            tracked.replace(number.start(), len(number[0]), str(at))


def division_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A division list corrected: members (one, one, two) moved from the AYES to the NOES of
    their division, a misspelt surname corrected wherever a member's line gives it, and the
    NOES that took a member (and, half or every one, the other sides) re-sorted by surname."""
    # Truth: a moved member keeps their line, now under NOES ("Okafor, Rose (Bristol East)"
    # there is the coded line, though her twins stand in other divisions). A corrected surname
    # keeps all but its letter. Re-sorted lines move whole.
    touched: list[int] = []
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        noes = {_division(text, item): item for item in _side_items(text, "NOES")}
        moves = [
            (line, noes[_division(text, item)])
            for item in _side_items(text, "AYES")
            if _division(text, item) in noes and len(_members(text, item)) >= 2
            for line in _members(text, item)
        ]
        if not moves:
            break
        line, target = rng.choice(moves)
        after = head_line(text, target)[1]
        line_moved(tracked, line, after)
        touched.append(after - (line[1] - line[0] + 1 if after > line[0] else 0))
    names = sorted({m[0] for m in MISSPELT_MEMBER.finditer(tracked.text)})
    if names:
        name = rng.choice(names)
        written_where(tracked, MISSPELT_MEMBER, _whole(tracked), name, MISSPELT[name])
    text = tracked.text
    sides = [item for side in SIDES for item in _side_items(text, side)]
    chosen = set(rng.sample(sides, _count(rate, len(sides))) if sides else [])
    chosen.update(item for item in sides if any(item[0] <= at <= item[1] for at in touched))
    for item in sorted(chosen, reverse=True):
        for run in _following(_members(tracked.text, item)):
            _sorted_lines(tracked, run, SURNAME)


def register_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A register updated: entries registered late (one, two, three) typed under a category
    with entries, "Nil" (one, one, two) replaced by an entry, an earlier entry standing alone
    under its category (one, one, two) replaced by "Nil", and sums (one, two, four) corrected by one
    digit."""
    # Truth: a late entry is new. A "Nil" replaced by an entry is gone (its twins stand under
    # other categories); an entry replaced by "Nil" is gone, and the new "Nil" is a decoy. A
    # sum's digit is typed over: "£1,251" keeps the rest of "£1,250" and of its entry.
    text = tracked.text
    categories = [
        line
        for line in item_lines(text)
        if CATEGORY_LINE.fullmatch(text, *line) and not text.startswith(f"\n{NIL}", line[1])
    ]
    chosen = rng.sample(categories, min(len(categories), _by_rate(rate, 1, 2, 3)))
    for line in sorted(chosen, reverse=True):
        tracked.replace(line[1], 0, "\n" + rng.choice(NEW_ENTRIES))
    text = tracked.text
    nils = [line for line in item_lines(text) if text[slice(*line)] == NIL]
    for line in sorted(rng.sample(nils, min(len(nils), _by_rate(rate, 1, 1, 2))), reverse=True):
        tracked.replace(line[0], line[1] - line[0], rng.choice(NEW_ENTRIES))
    text = tracked.text
    alone = [
        line
        for line in item_lines(text)
        if ENTRY_LINE.fullmatch(text, *line)
        and tracked.origin[line[0]] >= 0  # not an entry this update typed
        and CATEGORY_LINE.fullmatch(text, text.rindex("\n", 0, line[0] - 1) + 1, line[0] - 1)
        and not ENTRY_LINE.match(text, line[1] + 1)
    ]
    for line in sorted(rng.sample(alone, min(len(alone), _by_rate(rate, 1, 1, 2))), reverse=True):
        tracked.replace(line[0], line[1] - line[0], NIL)
    _nudged_all(tracked, rng, SUM, _by_rate(rate, 1, 2, 4))


def _question_sections(text: str) -> list[tuple[str, list[Span]]]:
    """Each department's heading words and its question items."""
    return [
        (text[slice(*heading)], [p for p in under if QUESTION_LINE.search(text, *p)])
        for heading, under in sections(text)
        if text[slice(*heading)] in DEPARTMENTS
    ]


def answers_published(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Answers published: holding answers (one, two, four) replaced by substantive ones, a
    question (one, one, two) withdrawn and cut, and a question (one, one, two) transferred:
    its item moved to the end of another department's section and the Secretary of State it
    asks retyped."""
    # Truth: a replaced holding answer is gone, though its twins stand under other questions;
    # the substantive answer is new. A withdrawn question is gone. A transferred question keeps
    # its characters but the department's words ("UIN 14527  To ask the Secretary of State for
    # Transport what steps …" is the coded question, "Health and Social Care" typed over).
    _typed_over(tracked, rng, HOLDING_ANSWER, _by_rate(rate, 1, 2, 4), SUBSTANTIVE)
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        questions = [item for _, under in _question_sections(text) for item in under]
        if len(questions) < 3:
            break
        cut(tracked, rng.choice(questions))
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        found = [(name, under) for name, under in _question_sections(text) if under]
        if not found:
            break
        name, under = rng.choice(found)
        start, end = rng.choice(under)
        others = [
            (heading, paragraphs)
            for heading, paragraphs in sections(text)
            if text[slice(*heading)] in DEPARTMENTS and text[slice(*heading)] != name
        ]
        if not others:
            break
        other = rng.choice(others)
        target = other[1][-1][1]
        length = end - start + 2
        to = target - length if target > start else target
        tracked.move(start - 2, length, to)
        question = QUESTION.search(tracked.text, to + 2)
        assert question is not None
        department = DEPARTMENTS[text[slice(*other[0])]]
        tracked.replace(question.start(2), len(question[2]), department)


def _meeting_items(text: str) -> list[tuple[str, str, Span]]:
    """A schedule's committee items, each with its committee's head line, its week's heading
    and its span."""
    return [
        (text[slice(*head_line(text, item))], text[slice(*heading)], item)
        for heading, under in sections(text)
        for item in under
        if "\n" in text[slice(*item)] and MEETING_LINE.fullmatch(text, *last_line(text, item))
    ]


def _copies(text: str) -> list[tuple[Span, int, int]]:
    """Meeting lines a committee's item of the next week has no line for on that weekday,
    each with where its copy goes (the end of the next week's item) and the day of the month
    it is moved to."""
    found = []
    by_committee: dict[str, list[Span]] = {}
    for head, _, item in _meeting_items(text):
        by_committee.setdefault(head, []).append(item)
    for weeks in by_committee.values():
        for this, following in itertools.pairwise(weeks):
            have = {text[line[0] : line[0] + 3] for line in body_lines(text, following)}
            for line in body_lines(text, this):
                meeting = MEETING_LINE.fullmatch(text, *line)
                day = int(meeting[1]) + 7 if meeting else 99
                if meeting and text[line[0] : line[0] + 3] not in have and day <= 31:
                    found.append((line, following[1], day))
    return found


def schedule_changed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A schedule changed: meetings (one, two, three) added after a meeting of the same day,
    a meeting's line (one, one, two) copied from the week before to the end of the same
    committee's next week and its date edited, and "Private meeting" (one, two, three)
    replaced by the topic announced."""
    # Truth: an added meeting is new, though it shares its day with the line before it. A
    # copied line is a decoy: new text, though it reads as last week's line did. A "Private
    # meeting" replaced by a topic is gone: a reader who coded it coded what the schedule no
    # longer says (its twins stand under other committees).
    text = tracked.text
    lines = [line for line in item_lines(text) if MEETING_LINE.fullmatch(text, *line)]
    for line in sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 1, 2, 3))), reverse=True):
        weekday = text[line[0] : text.index("  ", *line)]
        tracked.replace(line[1], 0, f"\n{weekday}  {ADDED_MEETING}")
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        copies = _copies(text)
        if not copies:
            break
        (start, end), after, day = rng.choice(copies)
        tracked.copy(start - 1, end - start + 1, after)
        date = MEETING_LINE.fullmatch(tracked.text, after + 1, after + 1 + end - start)
        assert date is not None
        tracked.replace(date.start(1), len(date[1]), str(day))
    _typed_over(tracked, rng, re.compile(re.escape(PRIVATE)), _by_rate(rate, 1, 2, 3), ANNOUNCED)


def _column_runs(text: str, item: Span) -> list[list[Span]]:
    """Runs of an item's correction lines that follow each other and share a column."""
    lines = [line for line in body_lines(text, item) if CORRECTION_LINE.fullmatch(text, *line)]
    runs = []
    for run in _following(lines):
        for _, group in itertools.groupby(run, key=lambda line: _column(text, line)):
            runs.append(list(group))
    return runs


def _column(text: str, line: Span) -> str:
    """The column a correction line corrects ("412")."""
    column = COLUMN.search(text, *line)
    assert column is not None, text[slice(*line)]
    return column[0]


def corrections_merged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Corrections merged: a correction (one, one, two) typed over whole, two corrections
    to one column that follow each other (one pair, one, two) merged into the first line, and
    the corrections to each column of one item (half, every one) re-sorted by line."""
    # Truth: a retyped correction is gone, though the formula's words stand in every line.
    # Merged, the first line keeps its characters and gains "; line 9  for … read …" typed
    # after it; the second line is gone (its words retyped, not moved: a reader would find
    # the correction in the merged line, but none of its own characters are left, and we let
    # the truth say so). Re-sorted lines move whole.
    _typed_over(tracked, rng, CORRECTION, _by_rate(rate, 1, 1, 2), (RETYPED,))
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        pairs = [
            (first, second)
            for item in items(text)
            for run in _column_runs(text, item)
            for first, second in itertools.pairwise(run)
        ]
        if not pairs:
            break
        first, second = rng.choice(pairs)
        words = text[slice(*second)].split("  ", 1)[1]
        line_dropped(tracked, second)
        tracked.replace(first[1], 0, f"; {words}")
    text = tracked.text
    found = [item for item in items(text) if CORRECTION_LINE.search(text, *item)]
    for item in sorted(rng.sample(found, _count(rate, len(found))) if found else [], reverse=True):
        for run in reversed(_column_runs(tracked.text, item)):
            lines_sorted_by_number(tracked, run, LINE_NUMBER)


def pdf_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: long words (two, five, ten) hyphenated at a line end; at
    every page break (about every forty lines, thirty-four, twenty-eight) the page's running
    footer and the title as the next page's header typed in; "fi" and "fl" as ligatures on
    some lines (three, six, twelve); and the double spaces of some rows (four, eight,
    sixteen) collapsed to one."""
    # Truth: running lines, hyphens, ligatures and single spaces are typed; every passage
    # keeps its other characters ("consti-\ntuency" is the coded "constituency"), one across a
    # page break with the running lines inside it. A title's copy as a running header is new
    # text (a decoy for the title).
    _hyphenated(tracked, rng, _by_rate(rate, 2, 5, 10))
    text = tracked.text
    breaks = line_page_breaks(text, rng, _by_rate(rate, 40, 34, 28))
    running_lines_inserted(tracked, breaks, RUNNING_FOOTER, text[: text.index("\n")])
    text = tracked.text
    lines = [line for line in item_lines(text) if re.search("f[il]", text[slice(*line)])]
    lines += [_paragraphs(text)[-1]]  # the footer's stock paragraph
    for line in sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 3, 6, 12))), reverse=True):
        ligatures_set(tracked, line)
    text = tracked.text
    rows = [line for line in item_lines(text) if FIELD_GAP.search(text, *line)]
    for line in sorted(rng.sample(rows, min(len(rows), _by_rate(rate, 4, 8, 16))), reverse=True):
        gaps_collapsed(tracked, line)


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "12.30 pm" and "12:30", "Rt
    Hon" and "Right Honourable", "£1,250" and "£1250", "Tue" and "Tuesday", straight and
    curly single quotes written the other way, double quotes set curly, a spaced hyphen as an
    en dash, "per cent" as "%" and back; and some typos."""
    # Truth: the respelt words are typed, and a respelling keeps what it shares at its ends
    # with the old spelling: "Not before 12:30" keeps "Not before 12"; "£1250" keeps "£1" and
    # "250"; "Tuesday 17 March …" keeps "Tue" and the rest; "Right Honourable" keeps only the
    # "R" of "Rt Hon" (a reader sees the same title; the truth keeps what is left).
    marks = re.compile(
        "|".join(
            p.pattern
            for p in (COPY_MARK, PER_CENT, ANY_TIME, HONOURABLE, THOUSANDS, WEEKDAY, QUOTED)
        ),
        re.M,
    )
    _each_unit(tracked, rng, rate, marks, parliament_style_set)
    typos(tracked, rng, rate / 4)


def kannada_digits_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with Kannada (half, every one) the digits of its
    Kannada lines written as Western digits, or, half the time, as Kannada digits (the other
    way on a line already so)."""
    # Truth: only the digits are typed; a Kannada sentence keeps its letters. The English
    # lines keep their Western digits.
    western = rng.random() < 0.5
    _each_unit(
        tracked,
        rng,
        rate,
        KANNADA_RUN,
        lambda t, unit: kannada_digits_switched(t, unit, western),
    )


def syriac_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A second typist on one side: in one item with Syriac (half, every one) the vowel
    points taken out or put on unpointed words, the spaces after the Arabic comma between two
    phrases doubled or removed; and once in the page a zero-width non-joiner put into a
    Syriac word or taken out of it."""
    # Truth: only points, joiners and spaces are typed; a word keeps its letters, pointed or
    # not, and two phrases run together after their comma are the same words to a reader.
    dropped = rng.random() < 0.5
    joint = rng.choice(("  ", ""))
    _each_unit(
        tracked, rng, rate, SYRIAC_RUN, lambda t, unit: syriac_respelt(t, unit, dropped, joint)
    )
    words = [m.span() for m in SYRIAC_WORD.finditer(tracked.text) if len(m[0]) >= 3]
    joiner_switched(tracked, rng.choice(words))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH34_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH34_FAMILIES: dict[str, Family] = {
    "order paper reissued": order_paper_reissued,
    "division list corrected": division_corrected,
    "register updated": register_updated,
    "answers published": answers_published,
    "schedule changed": schedule_changed,
    "corrections merged": corrections_merged,
    "pdf copy-paste": pdf_copied,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "kannada digits": kannada_digits_converted,
    "syriac respelt": syriac_respelt_one_side,
    "reflowed": reflowed_page,
    "combined": combined,
}


def fresh34_text(seed: int, rng: random.Random) -> str:
    """An order paper, a division list, a register of interests, written answers, a committee
    schedule, Hansard corrections, a Kannada/English or a Syriac/English notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: an item's time, a member, a sum, a UIN, a room, a
#: correction's column and line, a corrected word, a surname.
SHORT = (
    re.compile(r"(?<=Not before )[0-9.]+ pm\b"),
    MEMBER,
    SUM,
    re.compile(r"\bUIN [0-9]{5}\b"),
    UIN,
    ROOM,
    re.compile(r"\bCol\. [0-9]{3}  line [0-9]{1,2}\b"),
    QUOTED,
    re.compile(r"\b(?:Okafor|Okafer|Abbott|Phillips|Lund|Hart|Patel|Evans)\b"),
    re.compile(r"\([23] hrs\)"),
    re.compile(r"[0-2][0-9]:[0-5][0-9]"),
)


def _script_clauses(text: str) -> list[Span]:
    """Kannada sentences, Syriac phrases (up to the comma or the run's end), Syriac words
    (pointed or not) and runs of two or three of them."""
    found = [m.span() for m in KANNADA_SENTENCE.finditer(text) if len(m[0]) >= 6]
    for phrase in SYRIAC_PHRASE.finditer(text):
        if len(phrase[0]) < 3:
            continue
        found.append(phrase.span())
        words = [m.span() for m in SYRIAC_WORD.finditer(text, *phrase.span())]
        found.extend(word for word in words if word[1] - word[0] >= 3)
        found.extend((a[0], b[1]) for a, b in itertools.pairwise(words))
    return found


def fresh34_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items, clauses, whole
    lines (an order-paper item or its time, a member's line, a register entry, a question or
    its answer, a meeting, a correction, a notice's line), two lines of an item, section
    headings, one occurrence of a line the page repeats or of a short line that recurs (the
    sponsor line, "Nil", "Tellers for the Ayes:", the holding answer, "Private meeting") or
    words inside one, a line whose words stand in another item, head lines, last lines,
    something short (a time, a member, a sum, a UIN, a room, a column and line, a quoted word,
    a surname), Kannada sentences and Syriac phrases, words and runs of words, two items
    across their blank line, notes' sentences, two sentences across a paragraph break, whole
    sections; each passage once while pools last. (``count`` is how many; the benchmark asks
    for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    pools = [
        (0.08, found),
        (0.15, clauses_of(text, all_sentences)),
        (0.28, _trimmed(text, item_lines(text))),
        (0.33, _two_lines(text)),
        (0.36, [heading for heading, _ in sections(text)]),
        (0.44, repeated),
        (0.49, [span for group in short_lines(text, 24).values() for span in group]),
        (0.53, inside),
        (0.58, [words for lines in _echoed(text).values() for words in lines]),
        (0.62, [head_line(text, item) for item in found]),
        (0.66, [last_line(text, item) for item in found]),
        (0.72, [s for s in _trimmed(text, short) if s[1] - s[0] >= 2]),
        (0.80, _trimmed(text, _script_clauses(text))),
        (
            0.85,
            [(a[0], b[1]) for run in item_runs(text) for a, b in itertools.pairwise(run)],
        ),
        (0.89, [s for note in notes(text) for s in note_sentences(text, note)]),
        (0.94, _across(text)),
        (0.98, [(heading[0], under[-1][1]) for heading, under in sections(text) if under]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
