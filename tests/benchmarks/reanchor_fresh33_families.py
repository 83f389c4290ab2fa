"""Thirty-third round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh33`` prints it as "thirty-third fresh held-out material"). The texts are
what libraries, archives and museums publish and revise, each version a full page
(``reanchor_fresh33_texts`` and ``reanchor_fresh33_more_texts``): a library's new-accessions
list ("QA76.73 .P98 R36 2024  Ramalho, L.  Fluent Python. 2nd ed.  Main Library, Level 2", "On
order" and "Missing — replacement requested" under many lines, authors and call numbers one
character apart), an archive's finding aid ("Box 14  Folder 3  Correspondence, 1921–1923  2
items", "Restricted until 2030" again and again, the same access note under each series), a
museum's accession register ("1987.114.3  Earthenware jug, lead-glazed  H. 21.5 cm  Gift of Mrs
E. Pardoe", "Condition: fair" and "Location unknown" repeating), an exhibition's object labels
(credit lines word for word under many labels, pairs of labels nearly identical), a reading
room's opening hours ("Tue 14 March  09:30–17:00  Manuscripts desk closes 16:15", "Closed for
stocktaking" repeating), a conservation studio's treatment log ("03/02  MS 214 f. 12r  surface
cleaned with soft brush  RH 48 %  18 °C", shelfmarks one character apart), a Telugu/English
notice of a district library (Telugu digits on some lines, Western on others) and a Lao/English
notice of a provincial museum (no spaces between words, zero-width spaces on some lines, Lao
digits on some lines).

The families are what cataloguers, archivists, registrars, curators, reader services,
conservators, PDF readers, copy editors and converters do between two versions: accessions
revised; finding aid reprocessed; register corrected; labels rewritten; hours reissued;
treatment log amended; the page copied out of a PDF (running lines every forty lines or so,
hyphens, ligatures, runs of spaces collapsed); duplicates pruned (round 27's family); copy
edited ("cm" and "centimetres", "c." and "circa", "1921–1923" and "1921–23", "03/02" and "3
February", "Tue" and "Tuesday", quotes, typos); Telugu digits converted on some lines; Lao
respelt (zero-width spaces put in or taken out, digits converted, spaces between phrases
doubled or removed); the page reflowed (round 31's family); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("On order", "Restricted until 2030",
"Condition: fair", a credit line, "Closed for stocktaking", a treatment phrase) are each their
own passage, wherever their twins move or whichever of them is cut. A digit, a cutter's
figure, a gap between fields, a unit, a date, a ligature, a zero-width space or a Telugu or Lao
digit is typed over: the rest of its passage stays. A withdrawn title, a removed restriction, a
retyped caption, a day's hours replaced by a closure (or a closure by hours) and a pruned stock
line are gone.
"""

from __future__ import annotations

import datetime
import itertools
import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import _by_rate, draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across
from tests.benchmarks.reanchor_fresh7_places import recurring, sentences
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_families import _count, note_sentences
from tests.benchmarks.reanchor_fresh23_edits import line_dropped
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
from tests.benchmarks.reanchor_fresh29_edits import marks_switched
from tests.benchmarks.reanchor_fresh29_families import _whole
from tests.benchmarks.reanchor_fresh29_kit import PER_CENT
from tests.benchmarks.reanchor_fresh30_edits import line_moved, running_lines_inserted
from tests.benchmarks.reanchor_fresh31_families import _following, _lines_matching, _sorted_lines
from tests.benchmarks.reanchor_fresh31_families import reflowed_page as reflowed_page
from tests.benchmarks.reanchor_fresh32_edits import gaps_collapsed, ligatures_set, spans_swapped
from tests.benchmarks.reanchor_fresh32_families import _items_with, _nudged_all
from tests.benchmarks.reanchor_fresh33_edits import (
    lao_respelt,
    library_style_set,
    line_page_breaks,
)
from tests.benchmarks.reanchor_fresh33_kit import (
    ACCESSION_LINE,
    ACCESSION_NUMBER,
    ANY_TELUGU_DIGIT,
    ATTRIBUTION,
    BOX_HEAD,
    CALL_NUMBER,
    CIRCA,
    CONDITION_FAIR,
    CUTTER,
    DATE,
    DAY_LINE,
    DONOR,
    FIELD_GAP,
    FOLDER_LINE,
    HOURS,
    LAO_PHRASE,
    LAO_RUN,
    LAO_WORD,
    LOCATION_UNKNOWN,
    MEASURE,
    MISSING,
    MONTHS,
    ON_ORDER,
    PHOTO_CREDIT,
    PLACES,
    READING,
    REGISTER_LINE,
    RESTRICTED,
    SHELFMARK,
    STOCKTAKING,
    TELUGU_DIGITS,
    TELUGU_RUN,
    TELUGU_SENTENCE,
    TREATMENT_LINE,
    UNIT,
    WEEKDAY,
    YEARS,
    digit_switched,
)
from tests.benchmarks.reanchor_fresh33_more_texts import ROOMS
from tests.benchmarks.reanchor_fresh33_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirty-third fresh held-out material (never used while tuning).
FRESH33_SEEDS = range(33100, 33110)
#: Titles catalogued late, typed between two lines of a list.
NEW_TITLES = (
    "QA76.73 .P98 M37 2025  Martelli, A.  Python in a nutshell. 4th ed.  Main Library, Level 2",
    "DA670 .B8 L37 2025  Latimer, J.  The merchants of Bristol  Main Library, Level 3",
    "Z701 .P7 W55 2025  Williams, D.  Paper and its enemies  Science Library",
)
#: What a donor's name is corrected to.
DONOR_CORRECTED = {
    "Mrs E. Pardee": "Mrs E. Pardoe",
    "Mrs E. Pardoe": "Mrs Edith Pardoe",
    "Miss A. Lowe": "Miss A. Lowes",
    "Miss A. Lowes": "Miss Ann Lowes",
    "W. Hart & Son": "W. Hart & Sons",
    "W. Hart & Sons": "William Hart & Sons",
}
#: A caption a curator retypes over a label's two caption lines.
NEW_CAPTIONS = (
    "Conservators cleaned this piece for the display\nand found the maker’s mark underneath.",
    "Things like this stood in most houses of the time\nand few of them survive unbroken.",
)
#: The letters typed after "Photo" when a photo credit is reworded where it stands (the
#: label keeps the rest of the line).
PHOTO_TYPED = "graph"
CREDIT_REWORDED = PHOTO_CREDIT.replace("Photo", "Photo" + PHOTO_TYPED, 1)
#: What a closure added to a day's line says.
CLOSURE = "Closed for staff training"
#: A day's hours and what closes early, to the line's end or a full stop (in the stock
#: paragraph).
OPEN_HOURS = re.compile(f"(?<=[a-z]  ){HOURS.pattern}  [^\\n.]+")
#: The folder's number in the stock paragraph ("Box 14  Folder 3  …").
STOCK_FOLDER = re.compile(r"(?<=  Folder )[0-9]+")
#: A running line a PDF's text layer gives at every page's foot.
RUNNING_FOOTER = "Downloaded from the collections portal — page {page} of {pages}"
#: Lines that stand under a row and go with it when it moves or is cut.
UNDER_ROWS = (ON_ORDER, MISSING, RESTRICTED, CONDITION_FAIR, LOCATION_UNKNOWN)


def _with_line_under(text: str, line: Span) -> Span:
    """A row with the status line under it ("On order", "Restricted until 2030", "Condition:
    fair"), when it has one."""
    for under in UNDER_ROWS:
        if text.startswith(f"\n{under}\n", line[1]):
            return line[0], line[1] + 1 + len(under)
    return line


def _rows(text: str, item: Span, pattern: re.Pattern[str]) -> list[Span]:
    """An item's rows that ``pattern`` matches, each with its status line under it."""
    return [
        _with_line_under(text, line)
        for line in body_lines(text, item)
        if pattern.fullmatch(text, *line)
    ]


def _rows_sorted(
    tracked: TrackedText,
    rng: random.Random,
    rate: float,
    row: re.Pattern[str],
    key: re.Pattern[str],
) -> None:
    """In one item with two rows or more (half, every one), the rows that follow each other
    sorted by what ``key`` finds in each, each with its status line."""
    found = _items_with(tracked.text, row, 2)
    for item in rng.sample(found, _count(rate, len(found))) if found else []:
        for run in _following(_rows(tracked.text, item, row)):
            _sorted_lines(tracked, run, key)


def _renumbered(tracked: TrackedText, span: Span, box: int | None, first: int) -> int:
    """The folders of ``span`` numbered from ``first`` on (their box typed as ``box`` when
    given); the number after the last."""
    text = tracked.text
    found = list(FOLDER_LINE.finditer(text, *span))
    number = first + len(found)
    for at, folder in reversed(list(enumerate(found, start=first))):
        if str(at) != folder[2]:
            tracked.replace(folder.start(2), len(folder[2]), str(at))
        if box is not None and str(box) != folder[1]:
            tracked.replace(folder.start(1), len(folder[1]), str(box))
    return number


# -- families ------------------------------------------------------------------------------------


def accessions_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An accessions list revised: titles (one, one, two; those "Missing" first) withdrawn
    and cut with their status line, titles catalogued late (one, one, two) typed in after a
    line, call numbers' cutters (two, four, eight) corrected by one character, and one item's
    lines (half, all) re-sorted by call number."""
    # Truth: a withdrawn title's line is gone, its "Missing" or "On order" with it, though
    # those words' twins stand under other titles. A late title is new. A cutter's digit is
    # typed over: the line keeps the rest ("QA76.73 .P98 R37 2024  Ramalho, L. …" is the coded
    # title). Re-sorted lines move whole with their status line.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        lines = [_with_line_under(text, line) for line in _lines_matching(text, ACCESSION_LINE)]
        if len(lines) < 3:
            break
        missing = [line for line in lines if text[slice(*line)].endswith(MISSING)]
        line_dropped(tracked, rng.choice(missing or lines))
    text = tracked.text
    lines = [_with_line_under(text, line) for line in _lines_matching(text, ACCESSION_LINE)]
    for line in sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 1, 1, 2))), reverse=True):
        tracked.replace(line[1], 0, "\n" + rng.choice(NEW_TITLES))
    _nudged_all(tracked, rng, CUTTER, _by_rate(rate, 2, 4, 8))
    _rows_sorted(tracked, rng, rate, ACCESSION_LINE, CALL_NUMBER)


def finding_aid_reprocessed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A finding aid reprocessed: "Restricted until 2030" (one, one, two) lifted and cut,
    added under folders (one, two, three), two boxes that follow each other (one pair, one,
    two) merged (the second's head line cut, its folders listed under the first's box and
    numbered on), and the folders of one series (half, all) numbered through the series."""
    # Truth: a lifted restriction is gone, though its twins stand under other folders; an
    # added one is new. A merged box's head line is gone; its folder lines keep everything but
    # the box's and folder's figures ("Box 14  Folder 5  Correspondence, 1921–1923  2 items"
    # is the coded folder, once Box 15's first). Renumbered folders keep the rest.
    text = tracked.text
    lifted = [line for line in item_lines(text) if text[slice(*line)] == RESTRICTED]
    for line in sorted(rng.sample(lifted, min(len(lifted), _by_rate(rate, 1, 1, 2))))[::-1]:
        line_dropped(tracked, line)
    text = tracked.text
    open_folders = [
        line for line in _lines_matching(text, FOLDER_LINE) if _with_line_under(text, line) == line
    ]
    chosen = rng.sample(open_folders, min(len(open_folders), _by_rate(rate, 1, 2, 3)))
    for line in sorted(chosen, reverse=True):
        tracked.replace(line[1], 0, f"\n{RESTRICTED}")
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        pairs = [
            (first, second)
            for run in item_runs(text)
            for first, second in itertools.pairwise(run)
            if BOX_HEAD.fullmatch(text, *head_line(text, first))
            and BOX_HEAD.fullmatch(text, *head_line(text, second))
        ]
        if not pairs:
            break
        first, second = rng.choice(pairs)
        box = BOX_HEAD.fullmatch(text, *head_line(text, first))
        assert box is not None
        folders = len(FOLDER_LINE.findall(text, *first))
        cut = head_line(text, second)[1] + 1 - first[1]
        tracked.replace(first[1], cut, "\n")
        _renumbered(tracked, (first[1], second[1] - cut + 1), int(box[1]), folders + 1)
    text = tracked.text
    series = [
        under for _, under in sections(text) if any(FOLDER_LINE.search(text, *p) for p in under)
    ]
    if not series:  # no folders listed: the stock paragraph's folder numbered 1
        folder = STOCK_FOLDER.search(text, *_paragraphs(text)[-1])
        assert folder is not None
        tracked.replace(folder.start(), len(folder[0]), "1")
    for under in sorted(rng.sample(series, _count(rate, len(series))) if series else [])[::-1]:
        _renumbered(tracked, (under[0][0], under[-1][1]), None, 1)


def register_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A register corrected: measurements (two, four, eight) corrected by one digit, where
    objects were made (one, one, two) attributed anew, a donor's name corrected wherever it
    stands, and one lot's lines (half, all) re-sorted by accession number."""
    # Truth: a digit is typed over; a register line keeps the rest. A new attribution is a
    # place retyped: the old place name is gone, its line stays. A corrected donor keeps what
    # the names share ("Mrs E. Pardoe" corrected from "Pardee" keeps all but a letter; "Mrs
    # Edith Pardoe" keeps "Mrs ", "Pardoe" and "E"). Re-sorted lines move whole with their
    # "Condition: fair" or "Location unknown".
    _nudged_all(tracked, rng, MEASURE, _by_rate(rate, 2, 4, 8))
    found = list(ATTRIBUTION.finditer(tracked.text))
    for match in sorted(
        rng.sample(found, min(len(found), _by_rate(rate, 1, 1, 2))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        place = rng.choice([p for p in PLACES if p != match[0]])
        tracked.replace(match.start(), len(match[0]), place)
    names = sorted({m[0] for m in DONOR.finditer(tracked.text)})
    if names:
        name = rng.choice(names)
        written_where(tracked, DONOR, _whole(tracked), name, DONOR_CORRECTED[name])
    _rows_sorted(tracked, rng, rate, REGISTER_LINE, ACCESSION_NUMBER)


#: A label's medium line: "Earthenware, lead-glazed · H. 21.5 cm" (its fourth line).
LABEL_MEDIUM = re.compile(r"[^\n]+ · [HWDL]\. [0-9]+\.[0-9] (?:cm|centimetres)")


def _labels(text: str) -> list[Span]:
    """Labels: items of seven lines whose fourth is a medium and a measurement."""
    return [
        item
        for item in items(text)
        if len(lines := lines_in(text, *item)) == 7 and LABEL_MEDIUM.fullmatch(text, *lines[3])
    ]


def labels_rewritten(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Labels rewritten: two labels' credit lines (one pair, one, two) swapped, a label (one,
    one, two) moved to the end of another case's section, a caption (one, one, two) retyped,
    and "Photo © the Trustees" (once, once, twice) reworded as "Photograph © the
    Trustees"."""
    # Truth: swapped credits keep their characters in their new places ("On loan from a
    # private collection" under the jug is the coded credit, now under the plate, though its
    # twins stand under other labels). A moved label keeps its characters. A retyped caption is
    # new words: the old caption is gone, though a reader may see the same object described.
    # A reworded credit keeps "Photo" and "© the Trustees".
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        credits = [last_line(text, label) for label in _labels(text)]
        pairs = [
            (a, b)
            for at, a in enumerate(credits)
            for b in credits[at + 1 :]
            if text[slice(*a)] != text[slice(*b)]
        ]
        if not pairs:
            break
        spans_swapped(tracked, *rng.choice(pairs))
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        labels = set(_labels(text))
        cases = [under for _, under in sections(text) if labels.intersection(under)]
        if len(cases) < 2:
            break
        under, other = rng.sample(cases, 2)
        start, end = rng.choice(sorted(labels.intersection(under)))
        target = other[-1][1]
        length = end - start + 2
        tracked.move(start - 2, length, target - length if target > start else target)
    text = tracked.text
    found = _labels(text)
    for label in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 1, 2))))[::-1]:
        lines = lines_in(text, *label)
        caption = (lines[4][0], lines[5][1])
        tracked.replace(caption[0], caption[1] - caption[0], rng.choice(NEW_CAPTIONS))
    photos = [m.start() for m in re.finditer(re.escape(PHOTO_CREDIT), tracked.text)]
    for at in sorted(rng.sample(photos, min(len(photos), _by_rate(rate, 1, 1, 2))))[::-1]:
        # "Photo" becomes "Photograph" by the letters typed after it, so the rest of the line
        # keeps its characters, as the truth note above says (replacing the whole line would
        # call "© the Trustees" gone: ``TrackedText.replace`` keeps no shared ends of long runs).
        tracked.replace(at + len("Photo"), 0, PHOTO_TYPED)


def _day(text: str, line: Span) -> datetime.date:
    """The date a day's line stands for (the year of the notice)."""
    _, day, month = text[slice(*line)].split("  ")[0].split(" ")
    return datetime.date(2023, MONTHS.index(month) + 1, int(day))


def _room(text: str, line: Span) -> str:
    """The room whose item a day's line stands in."""
    head = text.rindex("\n\n", 0, line[0]) + 2
    return text[head : text.index("\n", head)].split(" · ")[0]


def _copies(text: str) -> list[tuple[Span, int]]:
    """Day lines that the same room's item of the next week lacks a line for, each with where
    its copy goes (the end of the line before its day there)."""
    rooms: dict[str, list[list[Span]]] = {}
    for item in items(text):
        days = [line for line in body_lines(text, item) if DAY_LINE.fullmatch(text, *line)]
        if days and (room := text[slice(*head_line(text, item))].split(" · ")[0]) in ROOMS:
            rooms.setdefault(room, []).append(days)
    found = []
    for weeks in rooms.values():
        for this, following in itertools.pairwise(weeks):
            have = {_day(text, line).weekday(): line for line in following}
            first = _day(text, following[0])
            monday = first - datetime.timedelta(first.weekday())
            for line in this:
                weekday = _day(text, line).weekday()
                later = _day(text, line) + datetime.timedelta(7)
                if weekday in have or later != monday + datetime.timedelta(weekday):
                    continue
                before = [d for d, at in have.items() if d < weekday]
                after = have[max(before)][1] if before else following[0][0] - 1
                found.append((line, after))
    return found


def hours_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Hours reissued: a day's line (one, one, two) copied from the week before into the same
    room's next week where that day was missing and its date edited, closures (one, two,
    three) typed over a day's hours, and a "Closed for stocktaking" (one, one, two)
    replaced by the room's hours."""
    # Truth: a day's hours typed over by a closure are gone, its weekday and date stay (a
    # whole day line, mostly hours, is gone too). A copied day is a decoy: new text, though it
    # reads as last week's line did. A "Closed for stocktaking" replaced by hours is gone: a
    # reader coding the closure coded what the reissue no longer says.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        copies = _copies(text)
        if not copies:
            break
        (start, end), after = rng.choice(copies)
        tracked.copy(start - 1, end - start + 1, after)
        day = _day(text, (start, end))
        words = f"{day.day} {day:%B}"
        date = after + 1 + text.index(words, start) - start
        later = day + datetime.timedelta(7)
        tracked.replace(date, len(words), f"{later.day} {later:%B}")
    text = tracked.text
    open_days = list(OPEN_HOURS.finditer(text))
    for match in sorted(
        rng.sample(open_days, min(len(open_days), _by_rate(rate, 1, 2, 3))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        tracked.replace(match.start(), len(match[0]), CLOSURE)
    text = tracked.text
    closed = list(re.finditer(f"(?<=  ){STOCKTAKING}$", text, re.M))
    for match in sorted(
        rng.sample(closed, min(len(closed), _by_rate(rate, 1, 1, 2))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        room = _room(text, _line_at(text, match))
        hours, closing = ROOMS.get(room, ROOMS["Manuscripts reading room"])
        tracked.replace(match.start(), len(match[0]), f"{hours}  {closing}")


def _line_at(text: str, match: re.Match[str]) -> Span:
    """The line a match stands on."""
    return text.rindex("\n", 0, match.start()) + 1, text.index("\n", match.start())


def _folio_refiled(tracked: TrackedText, rng: random.Random) -> None:
    """The lines of one folio in one week (its shelfmark and folio) moved, in their order,
    under a treatment line of another manuscript in the same month, and their shelfmark typed
    as that one."""
    text, origin = tracked.text, tracked.origin
    moves = [
        (item, line, target, to[2])
        for _, under in sections(text)
        for item in under
        if "\n" in text[slice(*item)]
        for line, was in _treatments(text, body_lines(text, item))
        for target, to in _treatments(text, [row for p in under for row in lines_in(text, *p)])
        if to[2] != was[2] and origin[line[0]] >= 0 and origin[target[1] - 1] >= 0
    ]
    if not moves:
        return
    item, line, target, mark = rng.choice(moves)
    folio = text[slice(*line)].split("  ")[1]
    lines = [
        (origin[start], end - start)
        for (start, end), _ in _treatments(text, body_lines(text, item))
        if text[start:end].split("  ")[1] == folio and origin[start] >= 0
    ]
    anchor = origin[target[1] - 1]  # the target line's last character
    for first, length in reversed(lines):
        at = tracked.origin.index(first)
        line_moved(tracked, (at, at + length), tracked.origin.index(anchor) + 1)
    for first, _ in lines:
        tracked.replace(tracked.origin.index(first) + len("03/02  MS "), 3, mark)


def _treatments(text: str, lines: list[Span]) -> list[tuple[Span, re.Match[str]]]:
    """Treatment lines among ``lines``, each with its match."""
    return [(line, match) for line in lines if (match := TREATMENT_LINE.fullmatch(text, *line))]


def treatment_log_amended(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A treatment log amended: readings (two, four, eight) corrected by one digit, a folio's
    lines in one week (one folio, one, two) moved under a line of another manuscript of the
    month and their shelfmark corrected to that one, and one week's days (half, all)
    re-sorted by shelfmark."""
    # Truth: a digit is typed over; a treatment line keeps the rest. Moved lines keep their
    # characters but their shelfmark's figures ("03/02  MS 241 f. 12r  surface cleaned …" is
    # the coded line, though its twin treatment words stand on other folios). Re-sorted lines
    # move whole.
    _nudged_all(tracked, rng, READING, _by_rate(rate, 2, 4, 8))
    for _ in range(_by_rate(rate, 1, 1, 2)):
        _folio_refiled(tracked, rng)
    found = _items_with(tracked.text, TREATMENT_LINE, 2)
    for item in rng.sample(found, _count(rate, len(found))) if found else []:
        text = tracked.text
        treated = [line for line in body_lines(text, item) if TREATMENT_LINE.fullmatch(text, *line)]
        days: dict[str, list[Span]] = {}
        for line in treated:
            days.setdefault(text[line[0] : line[0] + 5], []).append(line)
        for day in days.values():
            for run in _following(day):
                _sorted_lines(tracked, run, SHELFMARK)


def _hyphenated(tracked: TrackedText, rng: random.Random, count: int) -> None:
    """Long words of ``count`` body lines broken at a line end with a hyphen ("conserva-
    tion"), as a PDF's text layer gives them."""
    text = tracked.text
    starts = {
        m.start() + line[0]
        for line in item_lines(text)
        for m in re.finditer(r"(?<= )[A-Za-z]{8,}(?=[ ,.;]|$)", text[slice(*line)])
    }
    for start in sorted(rng.sample(sorted(starts), min(len(starts), count)))[::-1]:
        word = re.match(r"[A-Za-z]+", text[start:])
        assert word is not None
        tracked.replace(start + len(word[0]) // 2, 0, "-\n")


def pdf_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: long words (two, five, ten) hyphenated at a line end; at
    every page break (about every forty lines, thirty-four, twenty-eight) the page's running
    footer and the title as the next page's header typed in; "fi" and "fl" as
    ligatures on some lines (three, six, twelve); and the runs of spaces of some table rows
    (four, eight, sixteen) collapsed to one."""
    # Truth: running lines, hyphens, ligatures and single spaces are typed; every passage
    # keeps its other characters, one across a page break with the running lines inside it.
    # A title's copy as a running header is new text (a decoy for the title).
    _hyphenated(tracked, rng, _by_rate(rate, 2, 5, 10))  # body lines, not the running lines
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
    """Copy edited: in one item (half, every one) holding them, "cm" and "centimetres", "c."
    and "circa", "1921–1923" and "1921–23", "03/02" and "3 February", "Tue" and "Tuesday"
    written the other way, straight quotes set curly, a spaced hyphen as an en dash, "per
    cent" as "%" and back; and some typos."""
    # Truth: the respelt words are typed; a register line with "cm" written "centimetres"
    # keeps its number, its object, its figure and its donor. A lone "03/02" retyped as "3
    # February" keeps only its "3" or nothing: the truth calls it gone, and we let that stand
    # (the date is the same to a reader, but none of its own characters are left). "1921–23"
    # keeps all but the century of its second year.
    marks = re.compile(
        "|".join(p.pattern for p in (COPY_MARK, PER_CENT, UNIT, CIRCA, YEARS, DATE, WEEKDAY)),
        re.M,
    )
    _each_unit(tracked, rng, rate, marks, library_style_set)
    typos(tracked, rng, rate / 4)


def telugu_digits_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with Telugu (half, every one) the digits of its
    Telugu lines written as Western digits, or, half the time, as Telugu digits (the other
    way on a line already so)."""
    # Truth: only the digits are typed; a Telugu sentence keeps its letters. The English lines
    # keep their Western digits.
    western = rng.random() < 0.5

    def converted(tracked: TrackedText, unit: Span) -> int:
        for run in reversed([m.span() for m in TELUGU_RUN.finditer(tracked.text, *unit)]):
            marks_switched(
                tracked,
                run,
                ANY_TELUGU_DIGIT,
                lambda m: digit_switched(m[0], TELUGU_DIGITS),
                str.isascii,
                western,
            )
        return 0

    _each_unit(tracked, rng, rate, TELUGU_RUN, converted)


def lao_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another tool on one side: in one item with Lao (half, every one) zero-width spaces put
    in between the words or taken out, the digits written as Western or Lao ones, and the
    spaces between phrases doubled or removed."""
    # Truth: only zero-width spaces, digits and spaces are typed; a phrase keeps its letters,
    # and a phrase run into the next without its space is the same words to a reader.
    segmented, western = rng.random() < 0.5, rng.random() < 0.5
    joint = rng.choice(("  ", ""))
    _each_unit(
        tracked, rng, rate, LAO_RUN, lambda t, unit: lao_respelt(t, unit, segmented, western, joint)
    )


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH33_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH33_FAMILIES: dict[str, Family] = {
    "accessions revised": accessions_revised,
    "finding aid reprocessed": finding_aid_reprocessed,
    "register corrected": register_corrected,
    "labels rewritten": labels_rewritten,
    "hours reissued": hours_reissued,
    "treatment log amended": treatment_log_amended,
    "pdf copy-paste": pdf_copied,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "telugu digits": telugu_digits_converted,
    "lao respelt": lao_respelt_one_side,
    "reflowed": reflowed_page,
    "combined": combined,
}


def fresh33_text(seed: int, rng: random.Random) -> str:
    """An accessions list, a finding aid, a register, object labels, opening hours, a
    treatment log, a Telugu/English or a Lao/English notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a call number, an author, a box and folder, an
#: accession number, a measurement, a donor, a day's hours, a shelfmark, a reading, a date, a
#: span of years.
SHORT = (
    CALL_NUMBER,
    re.compile(r"(?<=[0-9]{4}  )[A-Z][a-z]+, [A-Z]\.(?=  )"),
    re.compile(r"\bBox [0-9]{1,2}  Folder [0-9]{1,2}\b"),
    ACCESSION_NUMBER,
    re.compile(r"\b[HWDL]\. [0-9]{1,2}\.[0-9] cm\b"),
    DONOR,
    HOURS,
    SHELFMARK,
    re.compile(r"\bRH [0-9]{2} %"),
    DATE,
    YEARS,
)


def _script_clauses(text: str) -> list[Span]:
    """Telugu sentences, Lao phrases (between two spaces) and parts of them (from a phrase's
    start or to its end, at a joint between two words)."""
    found = [m.span() for m in TELUGU_SENTENCE.finditer(text) if len(m[0]) >= 6]
    for phrase in LAO_PHRASE.finditer(text):
        if len(phrase[0]) < 3:
            continue
        found.append(phrase.span())
        words = list(LAO_WORD.finditer(text, *phrase.span()))
        for word in words[1:-1]:
            found.extend(((phrase.start(), word.end()), (word.start(), phrase.end())))
    return found


def fresh33_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items, clauses, whole
    lines (an accession line, a folder line, a register entry, a label's caption line or
    credit, a day's hours, a treatment line, a notice's line), two lines of an item, section
    headings, one occurrence of a line the page repeats or of a short line that recurs ("On
    order", "Restricted until 2030", "Condition: fair") or words inside one, a line whose
    words stand in another item, head lines (a week's list, a box, a lot, a label's title, a
    room, a bench), last lines, something short (a call number, an author, a folder, an
    accession number, a measurement, a donor, hours, a shelfmark, a reading), Telugu
    sentences and Lao phrases or parts of them, two items across their blank line, notes'
    sentences, two sentences across a paragraph break, whole sections; each passage once while
    pools last."""
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
