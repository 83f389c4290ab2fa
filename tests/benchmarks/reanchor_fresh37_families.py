"""Thirty-seventh round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh37`` prints it as "thirty-seventh fresh held-out material"). The texts are
what an elections office publishes and revises around a local election, each version a full page
(``reanchor_fresh37_texts`` and ``reanchor_fresh37_more_texts``): a statement of persons
nominated ("HALLAM  Daniel James  12 Mill Lane, Abbeyfield  Labour Party", the proposer and
seconder, "Nomination valid" under most, "Withdrawn" under some, surnames one letter and house
numbers one figure apart), a notice of polling stations ("Station 14  St Mark’s Church Hall, 22
Station Road  AA1", "Open 7am to 10pm" and "Wheelchair access" under most, stations one digit
apart), results by ward ("Daniel HALLAM  Labour Party  1,204  Elected", votes one digit apart,
"Rejected ballots: 17" and turnouts recurring), a recount notice and its amended results ("1,214
(was 1,204)  Elected"), a voter guidance page of questions and answers (three stock answers
repeated word for word under many questions), a Pular/French notice of a Guinean prefecture in
Adlam (right to left, capitals and small letters, lengtheners and the gemination mark, Adlam
digits on some lines) and a Northern Thai notice of a Chiang Mai district office in Tai Tham
(consonants stacked with the sakot or a consonant sign, Tham digits on some lines) with Thai or
English under each line.

The families are what returning officers, polling station managers, counts, web editors,
converters, PDF readers and copy editors do between two versions: nominations corrected;
stations changed; results corrected after a recount; guidance rewritten; names put in ballot
order; Adlam digits converted; Adlam case changed; Tai Tham respelt (all eight new in this
round); the page copied out of a PDF; duplicates pruned (round 27's family); copy edited; the
page reflowed (round 31's family); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Nomination valid", "Open 7am to 10pm",
"Wheelchair access", "Rejected ballots: 17", the stock answers) are each their own passage,
wherever their twins move or whichever of them is cut. A house number's, a station's, a vote
count's, a turnout's or a rejected count's figure, an hour, an Adlam letter's case, an Adlam
digit, a Tai Tham stack's spelling or digit is typed over: the rest of its passage stays. A
withdrawn candidate, an amended party description, a closed station, a station's old address, a
replaced "Wheelchair access", an "Elected" taken from a row, a rewritten stock answer (every
copy), a retitled note and a pruned stock line are gone; a name turned round for the ballot and
rows, candidates and questions put in another order keep their letters.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh23_edits import cut
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
from tests.benchmarks.reanchor_fresh24_edits import replaced_all
from tests.benchmarks.reanchor_fresh24_families import _each_unit, _echoed
from tests.benchmarks.reanchor_fresh24_kit import item_lines, short_lines
from tests.benchmarks.reanchor_fresh26_edits import written_where
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_edits import copy_marks_set
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh29_families import _whole
from tests.benchmarks.reanchor_fresh29_kit import PER_CENT
from tests.benchmarks.reanchor_fresh31_families import _following, _sorted_lines
from tests.benchmarks.reanchor_fresh31_families import reflowed_page as reflowed_page
from tests.benchmarks.reanchor_fresh32_families import _nudged_all
from tests.benchmarks.reanchor_fresh34_edits import quote_marks_flipped
from tests.benchmarks.reanchor_fresh34_kit import QUOTED
from tests.benchmarks.reanchor_fresh35_edits import script_digits_switched
from tests.benchmarks.reanchor_fresh35_families import copied_out_of_a_pdf
from tests.benchmarks.reanchor_fresh37_edits import (
    adlam_case_set,
    name_inverted,
    renumbered,
    tai_tham_respelt,
)
from tests.benchmarks.reanchor_fresh37_kit import (
    ADLAM_DIGITS,
    ADLAM_LETTER,
    ADLAM_MARK,
    ADLAM_RUN,
    ADLAM_WORD,
    AM_PM,
    AMENDED,
    ANY_SUBJOINED,
    CANDIDATE_LINE,
    DESCRIPTION,
    ELECTED,
    HORA_DIGITS,
    HOURS,
    HOUSE_NUMBER,
    OPEN,
    QUESTION,
    QUESTION_NUMBER,
    REJECTED,
    RESULT_ROW,
    ROW_NAME,
    ROW_SURNAME,
    STATION_LINE,
    STOCK_ANSWER,
    STOCK_ANSWERS,
    TAI_THAM_RUN,
    TAI_THAM_WORD,
    THAM_DIGITS,
    TURNOUT,
    VOTE_THOUSANDS,
    VOTES,
    WHEELCHAIR,
    am_pm_respelt,
    votes_respelt,
)
from tests.benchmarks.reanchor_fresh37_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirty-seventh fresh held-out material (never used while tuning).
FRESH37_SEEDS = range(37100, 37110)
#: A station's number at its line's start (the footer's "Station 14" is not renumbered).
STATION_AT_LINE = re.compile(r"(?<=^Station )[0-9]{1,2}(?=  )", re.M)
#: New places a station moves to, typed over its old place and address.
NEW_PLACES = (
    "Abbeyfield Library, 3 Mill Lane",
    "The Salvation Army Hall, 9 Castle Street",
    "Portable building, Fairfield Recreation Ground",
)
#: Hours a station is changed to, typed over "Open 7am to 10pm".
CHANGED_HOURS = ("Open 7am to 9pm", "Open 8am to 10pm", "Open 7am to 8pm")
#: What a manager writes when a station loses its step-free access.
NO_ACCESS = "No step-free access: use the side door"
WHEELCHAIR_LINE = re.compile(f"^{WHEELCHAIR}$", re.M)
#: Stock answers as the web editor rewrites them (typed over every copy).
REWRITTEN = {
    STOCK_ANSWERS[0]: "Call us on 01632 960124, Monday to Friday, 9am to 5pm.",
    STOCK_ANSWERS[1]: "Check your registration online, or ask us to check it for you.",
    STOCK_ANSWERS[2]: "Remember your photo ID: without it you cannot be given a ballot paper.",
}
#: The note of a nominations ward, and what it says once the candidates are in ballot order.
RECEIVED = "Nominations are listed in the order they were received."
BALLOT_NOTE = "Candidates are listed in ballot order."
#: A running line a PDF's text layer gives at every page's foot.
RUNNING_FOOTER = "Abbeyfield District Council — Elections — Page {page} of {pages}"
#: A Pular run with a digit of either kind in it; a Northern Thai stack or digit.
ADLAM_NUMBERED = re.compile(f"[{ADLAM_LETTER}][{ADLAM_LETTER}{ADLAM_MARK} ,]*[0-9{ADLAM_DIGITS}]")
TAI_THAM_MARK = re.compile(f"{ANY_SUBJOINED.pattern}|[{THAM_DIGITS}{HORA_DIGITS}]")


def _headed(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """The items whose head line ``pattern`` matches whole."""
    return [item for item in items(text) if pattern.fullmatch(text, *head_line(text, item))]


def _rows(text: str, item: Span) -> list[Span]:
    """An item's result rows."""
    return [line for line in body_lines(text, item) if RESULT_ROW.fullmatch(text, *line)]


def _typed_over(
    tracked: TrackedText,
    rng: random.Random,
    pattern: re.Pattern[str],
    how_many: int,
    choices: Callable[[re.Match[str]], tuple[str, ...]],
    group: int = 0,
) -> None:
    """``how_many`` matches of ``pattern`` (their ``group``) typed over, each by one of what
    ``choices`` gives for it."""
    found = list(pattern.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), how_many))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        start, end = match.span(group)
        tracked.replace(start, end - start, rng.choice(choices(match)))


# -- families ------------------------------------------------------------------------------------


def nominations_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A statement of persons nominated corrected: candidates (one, one, two) withdrawn and cut,
    party descriptions (one, two, three) amended as the party asked, and house numbers (one,
    two, three) corrected by one figure."""
    # Truth: a withdrawn candidate is gone, "Nomination valid" under it too, though its twins
    # stand under other candidates. An amended description is typed over ("Labour Party" as
    # "Labour and Co-operative Party"): the old one is gone, the rest of the line stays. A
    # house number keeps all but the figure typed over ("13 Mill Lane" is the coded "12").
    for _ in range(_by_rate(rate, 1, 1, 2)):
        found = _headed(tracked.text, CANDIDATE_LINE)
        if len(found) < 4:
            break
        cut(tracked, rng.choice(found))
    _typed_over(tracked, rng, DESCRIPTION, _by_rate(rate, 1, 2, 3), lambda m: (AMENDED[m[1]],), 1)
    _nudged_all(tracked, rng, HOUSE_NUMBER, _by_rate(rate, 1, 2, 3))


def stations_changed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Polling stations changed: stations (one, one, two) closed and cut and the later ones
    renumbered, stations (one, one, two) moved to a new place, opening hours (one, two, four)
    changed, and "Wheelchair access" under stations (one, one, two) replaced by a warning."""
    # Truth: a closed station is gone, its "Open 7am to 10pm" and "Wheelchair access" with it
    # (their twins stand under other stations). A renumbered station keeps its line, only the
    # figures of its number typed over. A new place is typed over the old place and address
    # (gone); the number and district stay. Changed hours keep what they share with "Open
    # 7am to 10pm" ("Open 7am to 9pm" keeps all but the "10"). A replaced "Wheelchair access"
    # is gone.
    closed = False
    for _ in range(_by_rate(rate, 1, 1, 2)):
        found = _headed(tracked.text, STATION_LINE)
        if len(found) < 4:
            break
        cut(tracked, rng.choice(found))
        closed = True
    if closed:
        renumbered(tracked, STATION_AT_LINE, 11)
    _typed_over(tracked, rng, STATION_LINE, _by_rate(rate, 1, 1, 2), lambda m: NEW_PLACES, 2)
    _typed_over(tracked, rng, HOURS, _by_rate(rate, 1, 2, 4), lambda m: CHANGED_HOURS)
    _typed_over(tracked, rng, WHEELCHAIR_LINE, _by_rate(rate, 1, 1, 2), lambda m: (NO_ACCESS,))


def _elected_moved(tracked: TrackedText, rng: random.Random, item: Span) -> None:
    """ "  Elected" taken from one row of ``item`` and typed at the end of another."""
    text = tracked.text
    rows = _rows(text, item)
    elected = [row for row in rows if ELECTED.search(text, *row)]
    others = [row for row in rows if not ELECTED.search(text, *row)]
    taken, given = rng.choice(elected), rng.choice(others)
    mark = "  Elected"
    if given[0] > taken[0]:
        tracked.replace(given[1], 0, mark)
        tracked.replace(taken[1] - len(mark), len(mark), "")
    else:
        tracked.replace(taken[1] - len(mark), len(mark), "")
        tracked.replace(given[1], 0, mark)


def recount_declared(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Results corrected after a recount: votes (one, two, four) corrected by one figure,
    "Elected" moved to another candidate in wards (one, one, two), turnouts (one, one, two)
    and rejected ballots (one, one, two) corrected by one figure."""
    # Truth: a count keeps all but the figure typed over ("1,205" is the coded "1,204"). An
    # "Elected" taken from a row is gone (its twins on other rows stay, and the one typed on
    # another row is new); both rows keep their other words. A turnout and a rejected count
    # keep all but their last figure.
    _nudged_all(tracked, rng, VOTES, _by_rate(rate, 1, 2, 4))
    text = tracked.text
    wards = [
        item
        for item in items(text)
        if any(ELECTED.search(text, *row) for row in _rows(text, item))
        and not all(ELECTED.search(text, *row) for row in _rows(text, item))
    ]
    for item in sorted(rng.sample(wards, min(len(wards), _by_rate(rate, 1, 1, 2))), reverse=True):
        _elected_moved(tracked, rng, item)
    _nudged_all(tracked, rng, TURNOUT, _by_rate(rate, 1, 1, 2))
    _nudged_all(tracked, rng, REJECTED, _by_rate(rate, 1, 1, 2))


def _question_moved(tracked: TrackedText, rng: random.Random) -> bool:
    """A question moved (with the blank line before it) to the end of another part of the
    guidance; whether it found one."""
    text = tracked.text
    groups = [
        [item for item in under if QUESTION.match(text, item[0])] for _, under in sections(text)
    ]
    groups = [group for group in groups if group]
    if len(groups) < 2:
        return False
    source = rng.choice(groups)
    start, end = rng.choice(source)
    target = rng.choice([group for group in groups if group is not source])[-1][1]
    length = end - start + 2
    tracked.move(start - 2, length, target - length if target > start else target)
    return True


def guidance_rewritten(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Voter guidance rewritten: one stock answer replaced everywhere it stands, questions (one,
    one, two) moved to another part and every question renumbered in order."""
    # Truth: every copy of the rewritten stock answer is gone (the new answer is typed); the
    # other stock answers stay, each its own passage. A moved question keeps its lines; a
    # renumbered one keeps all but the figures of "Q3." typed over.
    present = sorted({m[0] for m in STOCK_ANSWER.finditer(tracked.text)})
    answer = rng.choice(present)
    written_where(tracked, STOCK_ANSWER, _whole(tracked), answer, REWRITTEN[answer])
    moved = False
    for _ in range(_by_rate(rate, 1, 1, 2)):
        moved = _question_moved(tracked, rng) or moved
    if moved:
        renumbered(tracked, QUESTION_NUMBER, 1)


def _names_inverted(tracked: TrackedText, unit: Span) -> int:
    """Every result row's name in ``unit`` turned round for the ballot; how much it grew."""
    found = list(ROW_NAME.finditer(tracked.text, *unit))
    for match in reversed(found):
        name_inverted(tracked, match.span(1), match.span(2))
    return len(found)


def _surname(text: str, item: Span) -> str:
    return text[item[0] : text.index("  ", *item)]


def ballot_order(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Names put in ballot order: in one item (half, every one) with result rows each name
    turned round ("HALLAM, Daniel"), the rows of every result sorted by surname, and the
    candidates of one ward (half, every one) sorted by surname, its note retyped to say so."""
    # Truth: a turned name keeps its letters (the comma is typed, the surname moved); sorted
    # rows and candidates move whole, lines and all. The retitled note is gone.
    _each_unit(tracked, rng, rate, ROW_NAME, _names_inverted)
    for item in reversed(items(tracked.text)):
        for run in reversed(_following(_rows(tracked.text, item))):
            _sorted_lines(tracked, run, ROW_SURNAME)
    text = tracked.text
    runs = [
        run
        for run in item_runs(text)
        if len(run) >= 2 and all(CANDIDATE_LINE.match(text, item[0]) for item in run)
    ]
    for run in sorted(rng.sample(runs, _count(rate, len(runs))) if runs else [], reverse=True):
        text = tracked.text
        names = [_surname(text, item) for item in run]
        order = sorted(range(len(run)), key=lambda i: (names[i], i))
        if order != sorted(order):
            reorder(tracked, [(start - 2, end) for start, end in run], order)
        note = text.rfind(RECEIVED, 0, run[0][0])
        if note >= 0 and "\n\n" not in text[note : run[0][0] - 2]:
            tracked.replace(note, len(RECEIVED), BALLOT_NOTE)


def adlam_digits_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with numbered Pular (half, every one) the digits of
    its Adlam lines written as Western digits, or, half the time, as Adlam digits (the other
    way on a line already so)."""
    # Truth: only the digits are typed; a Pular clause keeps its letters and marks. The French
    # lines keep their Western digits.
    western = rng.random() < 0.5
    _each_unit(
        tracked,
        rng,
        rate,
        ADLAM_NUMBERED,
        lambda t, unit: script_digits_switched(t, unit, ADLAM_RUN, ADLAM_DIGITS, western),
    )


def adlam_case_changed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with Pular (half, every one) every Adlam capital
    written as a small letter, or a capital put at every word's start (the other way when
    there is nothing to change)."""
    # Truth: only the letters whose case changed are typed; a word keeps its other letters and
    # its lengtheners (a reader of Pular reads the same word).
    small = rng.random() < 0.5
    _each_unit(tracked, rng, rate, ADLAM_RUN, lambda t, unit: adlam_case_set(t, unit, small))


def tai_tham_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard on one side: in one item with Northern Thai (half, every one) every
    stacked consonant written with its consonant sign instead of the sakot and the letter (or
    back), and its Tham digits as Hora digits (or back)."""
    # Truth: only a stack's spelling and a digit are typed; a word keeps its other letters and
    # vowel signs ("ᨲᩢ᩠ᨦ" is the coded "ᨲᩢᩙ": a reader reads one word).
    signs = rng.random() < 0.5
    _each_unit(tracked, rng, rate, TAI_THAM_MARK, lambda t, unit: tai_tham_respelt(t, unit, signs))


def pdf_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: long words (two, five, ten) hyphenated at a line end; at
    every page break (about every forty lines, thirty-four, twenty-eight) the page's running
    footer ("Page 3 of 12") and the title as the next page's header typed in; "fi" and "fl"
    as ligatures on some lines (three, six, twelve); and the double spaces of some rows (four,
    eight, sixteen) collapsed to one."""
    # Truth: running lines, hyphens, ligatures and single spaces are typed; every passage
    # keeps its other characters, one across a page break with the running lines inside it.
    # A title's copy as a running header is new text (a decoy for the title).
    copied_out_of_a_pdf(tracked, rng, rate, RUNNING_FOOTER)


def election_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "7am" and "7 am", "1,204" and "1204" written the
    other way, straight and curly single quotes flipped, then double quotes, dashes and "per
    cent" set (as round 27's copy editor does); how much ``span`` grew."""
    grown = 0
    for pattern, respelt in ((AM_PM, am_pm_respelt), (VOTE_THOUSANDS, votes_respelt)):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    quote_marks_flipped(tracked, (span[0], span[1] + grown))
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "7am" and "7 am", "1,204" and
    "1204", straight and curly single quotes written the other way, double quotes set curly, a
    spaced hyphen as an en dash, "per cent" as "%" and back; and some typos."""
    # Truth: the respelt words are typed, and a respelling keeps what it shares at its ends
    # with the old spelling: "7 am" keeps "7" and "am"; "1204" keeps "1" and "204".
    marks = re.compile(
        "|".join(p.pattern for p in (COPY_MARK, PER_CENT, AM_PM, VOTE_THOUSANDS, QUOTED)), re.M
    )
    _each_unit(tracked, rng, rate, marks, election_style_set)
    typos(tracked, rng, rate / 4)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH37_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH37_FAMILIES: dict[str, Family] = {
    "nominations corrected": nominations_corrected,
    "stations changed": stations_changed,
    "recount declared": recount_declared,
    "guidance rewritten": guidance_rewritten,
    "ballot order": ballot_order,
    "adlam digits": adlam_digits_converted,
    "adlam case": adlam_case_changed,
    "tai tham respelt": tai_tham_respelt_one_side,
    "pdf copy-paste": pdf_copied,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "reflowed": reflowed_page,
    "combined": combined,
}


def fresh37_text(seed: int, rng: random.Random) -> str:
    """A statement of persons nominated, a notice of polling stations, results by ward, a
    recount notice, voter guidance, a Pular/French or a Northern Thai notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a surname, a house and street, a party, a station, hours,
#: a vote count, "Elected", a turnout, a rejected count, a question's number, a stock answer.
SHORT = (
    re.compile(r"\b(?:HALLAM|HALLUM|RAHMAN|RAHMEN|PRYCE|PRYSE|OKAFOR|ASHWORTH|ASHFORD)\b"),
    re.compile(r"\b[0-9]{1,3} (?:Mill Lane|Station Road|Abbey Road|Castle Street)\b"),
    re.compile(r"\b(?:Labour Party|Conservative Party|Green Party|Liberal Democrats|Independent)"),
    re.compile(r"\bStation [0-9]{1,2}\b"),
    HOURS,
    VOTES,
    re.compile(r"\bElected\b"),
    re.compile(r"\bTurnout: [0-9]{2}\.[0-9]%"),
    re.compile(r"\bRejected ballots: [0-9]{1,3}\b"),
    re.compile(r"^Q[0-9]{1,2}\.", re.M),
    STOCK_ANSWER,
    re.compile(re.escape(OPEN)),
)


def _script_clauses(text: str) -> list[Span]:
    """Pular runs and words, Northern Thai runs and words (up to a space), and runs of two or
    three words of either."""
    found: list[Span] = []
    for run, words_of in [
        *((m, ADLAM_WORD) for m in ADLAM_RUN.finditer(text)),
        *((m, TAI_THAM_WORD) for m in TAI_THAM_RUN.finditer(text)),
    ]:
        if len(run[0]) < 3:
            continue
        found.append(run.span())
        words = [m.span() for m in words_of.finditer(text, *run.span())]
        found.extend(word for word in words if word[1] - word[0] >= 3)
        found.extend((a[0], b[1]) for a, b in itertools.pairwise(words))
        found.extend((a[0], c[1]) for a, _, c in zip(words, words[1:], words[2:], strict=False))
    return found


def _lines_of(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Span]:
    """Item lines that one of ``patterns`` matches whole: a candidate, a station, a result row,
    a question."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh37_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a candidate, a
    station, a ward's result, a recount, a question and its answer, a notice), clauses, whole
    lines, the lines that matter most (a candidate, a station, a result row, a question), two
    lines of an item, section headings, one occurrence of a line the page repeats or of a short
    line that recurs ("Nomination valid", "Open 7am to 10pm", "Wheelchair access", "Rejected
    ballots: 17") or words inside one, a line whose words stand in another item, head lines,
    last lines, something short (a surname, an address, a party, a station, a count, "Elected",
    a turnout, a question's number, a stock answer), Pular and Northern Thai runs, words and
    runs of words, two items across their blank line, notes' sentences, two sentences across
    a paragraph break, whole sections; each passage once while pools last. (``count`` is how
    many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (CANDIDATE_LINE, STATION_LINE, RESULT_ROW, QUESTION)
    pools = [
        (0.07, found),
        (0.14, clauses_of(text, all_sentences)),
        (0.24, _trimmed(text, item_lines(text))),
        (0.29, _lines_of(text, key_lines)),
        (0.33, _two_lines(text)),
        (0.36, [heading for heading, _ in sections(text)]),
        (0.44, repeated),
        (0.49, [span for group in short_lines(text, 28).values() for span in group]),
        (0.53, inside),
        (0.57, [words for lines in _echoed(text).values() for words in lines]),
        (0.61, [head_line(text, item) for item in found]),
        (0.65, [last_line(text, item) for item in found]),
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
