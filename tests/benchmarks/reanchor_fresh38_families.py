"""Thirty-eighth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh38`` prints it as "thirty-eighth fresh held-out material"). The texts are
what a museum publishes and revises about its collection, each version a full page
(``reanchor_fresh38_texts`` and ``reanchor_fresh38_more_texts``): a gallery's object labels
("Covered bowl  1921.34.2", "Unknown maker, Staffordshire, 1790–1800", a materials line,
"H. 32 cm, W. 24 cm", a credit line; accession numbers one figure apart, "Unknown maker", "Gift
of the artist", "Purchased, 1987" and "On loan from a private collection" recurring word for
word), a gallery guide by floor and room ("Room 14 · Textiles of West Africa", objects by
accession number, the same opening hours line under every floor), an exhibition's checklist
("Cat. 12  Unknown maker  Covered bowl, 1791", unknown makers with dates one year apart), the
loans-out register with its amended entries ("Due back 30 September 2026 (was 1 May 2026)",
"Condition checked on return" recurring), the conservation notes by studio (treatment steps and
"Condition: stable" recurring), visitors' questions and answers (three stock answers repeated
word for word under many questions), a Vai/English label case for a Liberian collection (the
Vai syllabary, its comma and full stop, Vai digits on some lines) and a Chakma/Bengali or
English label case for textiles from the Chittagong Hill Tracts (vowel signs, conjuncts with the
maayyaa, dead consonants with the virama, Chakma digits on some lines).

The families are what curators, registrars, conservators, web editors, converters, PDF readers
and copy editors do between two versions: objects reattributed; accessions renumbered; objects
rehung in other rooms; objects deaccessioned or returned; labels put in plain English;
dimensions given in inches; the checklist sorted by maker or by date; Vai digits converted;
Chakma respelt (all nine new in this round); the page copied out of a PDF (round 35's family);
duplicates pruned (round 27's family); copy edited; and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Unknown maker", the credit lines, materials
lines, "Condition: stable", the opening hours, the stock answers) are each their own passage,
wherever their twins move or whichever of them is cut. An "Unknown maker" given a name, an
object's label or line cut when it leaves the collection, a private loan's credit line once the
loan is returned, a materials line, credit line or stock answer put in plain English (every
copy) and a pruned stock line are gone. An accession number's figure, a year of a narrowed
range, a dimension given in inches instead, a Vai digit, a Chakma mark or digit is typed over:
the rest of its passage stays, and typed prefixes and inches in brackets are new (a whole
dimensions line given in inches instead keeps only "H. " and ", W. ", so it counts as gone, as
round 36's feet typed over metres do). Labels, entries, rooms' object lines and makers'
surnames that move keep their letters.
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
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import note_sentences
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
from tests.benchmarks.reanchor_fresh32_families import _nudged_all
from tests.benchmarks.reanchor_fresh33_kit import CIRCA, UNIT, circa_respelt, unit_respelt
from tests.benchmarks.reanchor_fresh34_edits import quote_marks_flipped
from tests.benchmarks.reanchor_fresh34_kit import QUOTED
from tests.benchmarks.reanchor_fresh35_edits import script_digits_switched
from tests.benchmarks.reanchor_fresh35_families import copied_out_of_a_pdf
from tests.benchmarks.reanchor_fresh37_edits import name_inverted, renumbered
from tests.benchmarks.reanchor_fresh38_edits import (
    accessions_prefixed,
    block_moved,
    chakma_respelt,
    inches_given,
)
from tests.benchmarks.reanchor_fresh38_kit import (
    ACCESSION,
    BARE_ACCESSION,
    CAT_LINE,
    CAT_NUMBER,
    CHAKMA_RUN,
    CHAKMA_WORD,
    CREDIT,
    DATE_RANGE,
    DIMENSION,
    DIMENSIONS_LINE,
    GIFT,
    LOAN_LINE,
    MAKER_LINE,
    MAKER_NAME,
    MATERIAL,
    MATERIALS,
    OBJECT_LINE,
    PRIVATE_LOAN,
    PURCHASED,
    QUESTION,
    ROOM_LINE,
    STOCK_ANSWER,
    STOCK_ANSWERS,
    TREATED_LINE,
    UNKNOWN,
    VAI_DIGITS,
    VAI_NUMBERED,
    VAI_RUN,
    VAI_WORD,
)
from tests.benchmarks.reanchor_fresh38_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirty-eighth fresh held-out material (never used while tuning).
FRESH38_SEEDS = range(38100, 38110)
#: Makers a curator names where a label said "Unknown maker".
ATTRIBUTED = ("Workshop of Josiah Spode", "Probably Hannah Barlow", "Sarah Kiawu of Jondu")
UNKNOWN_MAKER = re.compile(re.escape(UNKNOWN))
PRIVATE_LOAN_LINE = re.compile(re.escape(PRIVATE_LOAN))
#: What a private loan's credit line says once the object went back to its lender.
RETURNED = "Returned to the lender in January 2026"
#: Materials lines, credit lines and stock answers as the plain-English rewrite gives them
#: (typed over every copy).
PLAIN = {
    MATERIALS[0]: "Clay, fired and covered in a shiny lead glaze",
    MATERIALS[1]: "Hard clay fired with salt for its glassy skin",
    MATERIALS[2]: "Cotton woven by hand and coloured with plant dyes",
    MATERIALS[3]: "Carved wood, painted, with a fringe of raffia",
    MATERIALS[4]: "Silver with a pattern cut into it",
    MATERIALS[5]: "Painted in watercolour on paper",
    GIFT: "Given to the museum by the person who made it",
    PURCHASED: "Bought by the museum in 1987",
    STOCK_ANSWERS[0]: "Our staff at the desk in the main hall can help.",
    STOCK_ANSWERS[1]: "You can take photographs, but please turn the flash off.",
    STOCK_ANSWERS[2]: "You do not pay to see the permanent collection.",
}
#: A running line a PDF's text layer gives at every page's foot.
RUNNING_FOOTER = "Harbourside City Museum — Collection pages — Page {page} of {pages}"


def _typed_over(
    tracked: TrackedText,
    rng: random.Random,
    pattern: re.Pattern[str],
    how_many: int,
    choices: tuple[str, ...],
) -> None:
    """``how_many`` matches of ``pattern`` typed over, each by one of ``choices``."""
    found = list(pattern.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), how_many))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        tracked.replace(match.start(), len(match[0]), rng.choice(choices))


def _rooms(text: str) -> list[tuple[Span, list[Span]]]:
    """The gallery guide's rooms and each room's object lines."""
    found = []
    for item in items(text):
        if ROOM_LINE.fullmatch(text, *head_line(text, item)):
            lines = [line for line in body_lines(text, item) if OBJECT_LINE.fullmatch(text, *line)]
            found.append((item, lines))
    return found


# -- families ------------------------------------------------------------------------------------


def _range_narrowed(tracked: TrackedText, rng: random.Random, match: re.Match[str]) -> None:
    """A date range narrowed at one end: its first year raised or its last year lowered by
    five (by one in a range of five years or less)."""
    first, last = int(match[1]), int(match[2])
    step = 5 if last - first > 5 else 1
    if rng.random() < 0.5:
        tracked.replace(match.start(1), 4, str(first + step))
    else:
        tracked.replace(match.start(2), 4, str(last - step))


def reattributed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Objects reattributed after research: "Unknown maker" (one, two, three times) replaced
    by a name ("Workshop of Josiah Spode"), and date ranges (one, two, three) narrowed
    ("1790–1800" as "1795–1800" or "1790–1795")."""
    # Truth: a named "Unknown maker" is gone (typed over), its twins on other labels stand. A
    # narrowed range keeps all but the figures typed over ("1795–1800" is the coded
    # "1790–1800" with its "0" typed over, "1790–1795" with "800").
    _typed_over(tracked, rng, UNKNOWN_MAKER, _by_rate(rate, 1, 2, 3), ATTRIBUTED)
    found = list(DATE_RANGE.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 3)))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        _range_narrowed(tracked, rng, match)


def accessions_renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Accession numbers put right by the registrar: numbers (one, two, three) corrected by
    one figure ("1921.34.2" as "1921.34.3", its twin's number), and in one item (half, every
    one) holding numbers the collection's prefix typed before each ("HCM.1921.34.2")."""
    # Truth: a corrected number keeps all but its last figure; a prefix is new text and the
    # number after it keeps every figure.
    _nudged_all(tracked, rng, ACCESSION, _by_rate(rate, 1, 2, 3))
    _each_unit(tracked, rng, rate, BARE_ACCESSION, accessions_prefixed)


def _item_moved(tracked: TrackedText, rng: random.Random) -> None:
    """An item moved (with the blank line before it) to the end of another section."""
    text = tracked.text
    groups = [[p for p in under if "\n" in text[slice(*p)]] for _, under in sections(text)]
    groups = [group for group in groups if group]
    if len(groups) < 2:
        return
    source = rng.choice(groups)
    start, end = rng.choice(source)
    target = rng.choice([group for group in groups if group is not source])[-1][1]
    block_moved(tracked, (start - 2, end), target)


def _object_line_moved(tracked: TrackedText, rng: random.Random) -> None:
    """An object line of a room with two or more moved (with the line break before it) after
    the last object line of another room."""
    rooms = _rooms(tracked.text)
    sources = [lines for _, lines in rooms if len(lines) >= 2]
    if not sources or len(rooms) < 2:
        return
    source = rng.choice(sources)
    start, end = rng.choice(source)
    target = rng.choice([lines for _, lines in rooms if lines and lines is not source])
    block_moved(tracked, (start - 1, end), target[-1][1])


def objects_rehung(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Objects rehung: in the gallery guide object lines (one, two, four) moved to another
    room; elsewhere labels, entries or questions (one, two, four) cut and pasted at the end of
    another section (another case, part or heading)."""
    # Truth: a moved label or line keeps all its characters; its twins elsewhere stay put.
    rooms = bool(_rooms(tracked.text))
    for _ in range(_by_rate(rate, 1, 2, 4)):
        if rooms:
            _object_line_moved(tracked, rng)
        else:
            _item_moved(tracked, rng)


def _leaving(text: str) -> list[tuple[Span, bool]]:
    """What can leave the collection: a room's object line (True) when the room keeps one, else
    an item holding an accession number (False)."""
    found: list[tuple[Span, bool]] = []
    rooms = _rooms(text)
    for _, lines in rooms:
        found.extend((line, True) for line in lines if len(lines) >= 2)
    if not rooms:
        found.extend((item, False) for item in items(text) if ACCESSION.search(text, *item))
    return found


def deaccessioned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Objects deaccessioned or returned: labels, entries or object lines (one, one, two) cut,
    and "On loan from a private collection" (one, one, two) replaced by a return note."""
    # Truth: a cut label is gone, its lines with it, although twins of its lines ("Unknown
    # maker", the credit line) stand under other labels; a cut object line is gone, though its
    # number's twin one figure apart stays. A replaced loan line is gone (its twins stay).
    for _ in range(_by_rate(rate, 1, 1, 2)):
        found = _leaving(tracked.text)
        if len(found) < 4:
            break
        (start, end), line = rng.choice(found)
        if line:
            tracked.replace(start - 1, end - start + 1, "")
        else:
            cut(tracked, (start, end))
    _typed_over(tracked, rng, PRIVATE_LOAN_LINE, _by_rate(rate, 1, 1, 2), (RETURNED,))


def plain_english(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Labels put in plain English: one materials line (one, two, three) rewritten wherever it
    stands, one stock answer rewritten everywhere, and (above the lowest rate) one credit line
    rewritten everywhere."""
    # Truth: every copy of a rewritten line is gone (the new words are typed); the other
    # materials lines, credit lines and stock answers stay, each its own passage.
    rewritten: list[str] = []
    present = sorted({m[0] for m in MATERIAL.finditer(tracked.text)})
    rewritten += rng.sample(present, min(len(present), _by_rate(rate, 1, 2, 3)))
    answers = sorted({m[0] for m in STOCK_ANSWER.finditer(tracked.text)})
    rewritten += rng.sample(answers, min(1, len(answers)))
    credits = sorted({m[0] for m in CREDIT.finditer(tracked.text)} & {GIFT, PURCHASED})
    if rate >= 3 and credits:
        rewritten.append(rng.choice(credits))
    pattern = re.compile("|".join(re.escape(words) for words in rewritten))
    for words in rewritten:
        written_where(tracked, pattern, _whole(tracked), words, PLAIN[words])


def dimensions_in_inches(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Dimensions given in inches: in one item (half, every one) with dimensions, each given
    in inches after the centimetres ("H. 32 cm (12 5/8 in.)") or, half the time, instead of
    them ("H. 12 5/8 in.")."""
    # Truth: inches in brackets are new text, and the centimetres keep their characters;
    # inches instead of centimetres are typed over the figure and the unit ("H. " stays).
    instead = rng.random() < 0.5
    _each_unit(tracked, rng, rate, DIMENSION, lambda t, unit: inches_given(t, unit, instead))


def _makers_inverted(tracked: TrackedText, unit: Span) -> int:
    """Every named maker in ``unit`` turned round ("Barlow, Hannah"); how much it grew."""
    found = list(MAKER_NAME.finditer(tracked.text, *unit))
    for match in reversed(found):
        name_inverted(tracked, match.span(1), match.span(2))
    return len(found)


def _sort_key(text: str, item: Span, by_date: bool) -> str:
    """What an item is sorted by: its maker's line or checklist entry's year (``by_date``) or
    maker (surname first, "Unknown maker" as "Unknown")."""
    for pattern, maker, year in ((CAT_LINE, 2, 3), (MAKER_LINE, 1, 2)):
        match = pattern.search(text, *item)
        if match:
            return re.findall("[0-9]{4}", match[year])[0] if by_date else match[maker]
    return ""


def checklist_sorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The checklist sorted: in one item (half, every one) named makers turned round, surname
    first ("Barlow, Hannah"); then the entries or labels of every section sorted by maker (every
    entry's and label's maker turned round first) or, half the time, by date, and the
    checklist's entries renumbered in their new order."""
    # Truth: a turned name keeps its letters (the comma is typed, the surname moved); sorted
    # entries move whole, lines and all; a renumbered entry keeps all but the figures of its
    # number typed over.
    _each_unit(tracked, rng, rate, MAKER_NAME, _makers_inverted)
    by_date = rng.random() < 0.5
    if not by_date:  # sorted by maker: every entry's and label's maker turned round
        for item in reversed(items(tracked.text)):
            if any(p.search(tracked.text, *item) for p in (CAT_LINE, MAKER_LINE)):
                _makers_inverted(tracked, item)
    for run in reversed(item_runs(tracked.text)):
        text = tracked.text
        keys = [_sort_key(text, item, by_date) for item in run]
        if len(run) < 2 or not all(keys):
            continue
        order = sorted(range(len(run)), key=lambda i: (keys[i], i))
        if order != sorted(order):
            reorder(tracked, [(start - 2, end) for start, end in run], order)
    renumbered(tracked, CAT_NUMBER, 1)


def vai_digits_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with numbered Vai (half, every one) the digits of
    its Vai lines written as Western digits, or, half the time, as Vai digits (the other way
    on a line already so)."""
    # Truth: only the digits are typed; a Vai clause keeps its syllables, commas and stops.
    # The English lines keep their Western digits.
    western = rng.random() < 0.5
    _each_unit(
        tracked,
        rng,
        rate,
        VAI_NUMBERED,
        lambda t, unit: script_digits_switched(t, unit, VAI_RUN, VAI_DIGITS, western),
    )


def chakma_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard on one side: in one item with Chakma (half, every one) every consonant
    killed between two letters written with the maayyaa or the virama, every i long or short,
    and the digits of the other kind."""
    # Truth: only a mark or a digit is typed; a word keeps its letters and its other signs (a
    # reader reads one word whichever way its conjunct is written).
    stacked, long_i = rng.random() < 0.5, rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, CHAKMA_RUN, lambda t, unit: chakma_respelt(t, unit, stacked, long_i)
    )


def pdf_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF catalogue: long words (two, five, ten) hyphenated at a line
    end; at every page break (about every forty lines, thirty-four, twenty-eight) the page's
    running footer and the title as the next page's header typed in; "fi" and "fl" as
    ligatures on some lines (three, six, twelve); and the double spaces of some lines (four,
    eight, sixteen) collapsed to one."""
    # Truth: running lines, hyphens, ligatures and single spaces are typed; every passage
    # keeps its other characters, one across a page break with the running lines inside it.
    copied_out_of_a_pdf(tracked, rng, rate, RUNNING_FOOTER)


def museum_style_set(tracked: TrackedText, span: Span) -> int:
    """A copy editor's pass over ``span``: "c." and "circa", "cm" and "centimetres" written
    the other way, straight and curly single quotes flipped, then double quotes, dashes and
    "per cent" set (as round 27's copy editor does); how much ``span`` grew."""
    grown = 0
    for pattern, respelt in ((CIRCA, circa_respelt), (UNIT, unit_respelt)):
        now = (span[0], span[1] + grown)
        found = {m[0]: respelt(m[0]) for m in pattern.finditer(tracked.text, *now)}
        grown += replaced_all(tracked, pattern, now, found)
    quote_marks_flipped(tracked, (span[0], span[1] + grown))
    return grown + copy_marks_set(tracked, (span[0], span[1] + grown))


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "c." and "circa", "cm" and
    "centimetres", straight and curly single quotes written the other way, double quotes set
    curly, a spaced hyphen as an en dash, "per cent" as "%" and back; and some typos."""
    # Truth: the respelt words are typed, and a respelling keeps what it shares at its ends
    # with the old spelling: "circa" keeps the "c" of "c.", "centimetres" the "c" of "cm".
    marks = re.compile(
        "|".join(p.pattern for p in (COPY_MARK, PER_CENT, CIRCA, UNIT, QUOTED)), re.M
    )
    _each_unit(tracked, rng, rate, marks, museum_style_set)
    typos(tracked, rng, rate / 4)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH38_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH38_FAMILIES: dict[str, Family] = {
    "objects reattributed": reattributed,
    "accessions renumbered": accessions_renumbered,
    "objects rehung": objects_rehung,
    "objects deaccessioned": deaccessioned,
    "plain english labels": plain_english,
    "dimensions in inches": dimensions_in_inches,
    "checklist sorted": checklist_sorted,
    "vai digits": vai_digits_converted,
    "chakma respelt": chakma_respelt_one_side,
    "pdf copy-paste": pdf_copied,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "combined": combined,
}


def fresh38_text(seed: int, rng: random.Random) -> str:
    """Object labels, a gallery guide, an exhibition checklist, a loans register, conservation
    notes, visitors' questions, a Vai/English or a Chakma label case, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: an accession number, "Unknown maker", a credit line, a
#: dimension, a room, a checklist number, a materials line, a named maker, a treatment's
#: condition, a due date, a question's number, a stock answer.
SHORT = (
    ACCESSION,
    UNKNOWN_MAKER,
    CREDIT,
    re.compile(r"\b[HWD]\. [0-9]{1,3}(?:\.[0-9])? cm\b"),
    re.compile(r"\bRoom [0-9]{1,2}\b"),
    re.compile(r"^Cat\. [0-9]{1,2}\b", re.M),
    MATERIAL,
    MAKER_NAME,
    re.compile(r"\bCondition: [a-z]+"),
    re.compile(r"\bDue back [0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2}"),
    re.compile(r"^Q[0-9]{1,2}\.", re.M),
    STOCK_ANSWER,
    DATE_RANGE,
)


def _script_clauses(text: str) -> list[Span]:
    """Vai runs and words, Chakma runs and words (up to a space), and runs of two or three
    words of either."""
    found: list[Span] = []
    for run, words_of in [
        *((m, VAI_WORD) for m in VAI_RUN.finditer(text)),
        *((m, CHAKMA_WORD) for m in CHAKMA_RUN.finditer(text)),
    ]:
        if len(run[0]) < 3:
            continue
        found.append(run.span())
        words = [m.span() for m in words_of.finditer(text, *run.span())]
        found.extend(word for word in words if word[1] - word[0] >= 2)
        found.extend((a[0], b[1]) for a, b in itertools.pairwise(words))
        found.extend((a[0], c[1]) for a, _, c in zip(words, words[1:], words[2:], strict=False))
    return found


def _lines_of(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Span]:
    """Item lines that one of ``patterns`` matches whole: a label's maker or dimensions, a
    room, an object line, a checklist entry, a loan, a treatment, a question."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh38_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a label, a room,
    an entry, a loan, a treatment, a question and its answer, a bilingual label), clauses,
    whole lines, the lines that matter most (a maker's line, dimensions, a room, an object
    line, an entry, a loan, a treatment, a question), two lines of an item, section headings,
    one occurrence of a line the page repeats or of a short line that recurs ("Unknown maker"
    lines, "Gift of the artist", "Condition: stable", a materials line) or words inside one, a
    line whose words stand in another item, head lines, last lines, something short (an
    accession number, a credit, a dimension, a room, a maker, a date range, a stock answer),
    Vai and Chakma runs, words and runs of words, two items across their blank line, notes'
    sentences, two sentences across a paragraph break, whole sections; each passage once while
    pools last. (``count`` is how many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (
        MAKER_LINE,
        DIMENSIONS_LINE,
        ROOM_LINE,
        OBJECT_LINE,
        CAT_LINE,
        LOAN_LINE,
        TREATED_LINE,
        QUESTION,
    )
    pools = [
        (0.07, found),
        (0.14, clauses_of(text, all_sentences)),
        (0.24, _trimmed(text, item_lines(text))),
        (0.29, _lines_of(text, key_lines)),
        (0.33, _two_lines(text)),
        (0.36, [heading for heading, _ in sections(text)]),
        (0.44, repeated),
        (0.49, [span for group in short_lines(text, 36).values() for span in group]),
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
