"""Twenty-seventh round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh27`` prints it as "twenty-seventh fresh held-out material"). The texts
are what public services post and revise hour by hour in an emergency and on an ordinary
day, each version a full page (``reanchor_fresh27_texts`` and ``reanchor_fresh27_more_texts``):
a humanitarian situation report ("Situation Report No. 7", "As of 06:00 local time", key
figures in the summary repeated in the body, sectors with "No change since the last
report."), an outbreak bulletin with a table of cases by district (rows a case apart,
districts that share words: "North Riverside", "South Riverside", "Riverside Central"), a
travel disruption page (updates "Update 14:05: …" newest first, a minute apart in places,
"Please check before you travel." after many), a school closures list ("St Mary's Primary",
"St Mary's RC Primary", "St Mary's Infants"; "Status: Closed" many times), a departures
board (flight numbers a digit apart, one flight under several codeshare numbers, gates and
statuses), a power-cut status page (areas and postcodes, "Engineers on site", "Estimated
restoration 18:00", "Restored"), an N'Ko/French notice (N'Ko digits, tone marks and the
nasalisation mark, two tone marks on some letters, Bambara in Latin letters) and a
Balinese/Indonesian one (Balinese digits, the adeg-adeg, the carik, words run together,
zero-width spaces or non-joiners between words in some lines). Leads are hard-wrapped at 72
columns.

The families are what duty officers and their tools do between two versions: a report
reissued (its number and "As of" time typed over everywhere, key figures raised in the
summary and the body alike); cases revised (figures of table rows raised, the rows re-sorted
by total); updates prepended (new updates typed at the top of a section, a resolved one cut
to its head line and moved to the bottom); closures updated (statuses typed over, a school
typed in at its alphabetical place, one removed); the board refreshed (statuses and gates
typed over, departed flights removed, a codeshare line typed in); outage areas merged (two
area lines made one, the second's line cut, "Restored" lines typed in); a sector rewritten
(its lines retyped in other words, one of its items moved unchanged to another sector); stock
lines pruned (the copies of a recurring line after the first cut); copy edited (quotes,
apostrophes, dashes, "per cent" and "%", typos); the page re-flowed as a CMS re-export does;
N'Ko normalised on one side (digits, the order of two tone marks; or Western digits written
as N'Ko); Balinese normalised on one side (digits, zero-width spaces and non-joiners; or a
segmenting export's zero-width spaces and Balinese digits); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("No change since the last report.",
"Please check before you travel.", "Status: Closed", "Engineers on site", "Restored", a
notice's closing line) are each their own passage, wherever their twins move or whichever of
them is cut. A figure, a time, a report number, a status, a gate, a quote mark, a digit, a
tone mark, a zero-width space, a line break or a hyphen is typed over: the rest of its
passage stays. A line retyped in other words, an item removed, a line cut is gone.
"""

from __future__ import annotations

import random
import re
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
from tests.benchmarks.reanchor_fresh25_edits import line_rewritten
from tests.benchmarks.reanchor_fresh26_edits import FIGURE, figures_raised, written_where
from tests.benchmarks.reanchor_fresh26_families import _one_side, reflowed_page
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_edits import (
    balinese_normalised,
    balinese_segmented,
    copy_marks_set,
    item_cut,
    item_to_run_end,
    key_figure_raised,
    nko_localised,
    nko_normalised,
)
from tests.benchmarks.reanchor_fresh27_kit import (
    AREA,
    AS_OF,
    BALINESE,
    BALINESE_MARK,
    CASE_ROW,
    CLOCK,
    FLIGHT,
    GATE,
    KEY_FIGURE,
    NEXT_STATUS,
    NKO,
    NKO_MARK,
    PER_CENT,
    POSTCODE,
    REPORT_NUMBER,
    STATUS,
    UPDATE,
)
from tests.benchmarks.reanchor_fresh27_texts import CHECK, KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twenty-seventh fresh held-out material (never used while tuning).
FRESH27_SEEDS = range(27100, 27110)
#: What a new update at the top of a section says.
NEW_UPDATES = (
    "Services are returning to normal after the earlier signal fault.",
    "The road has reopened in both directions.",
    "Extra staff are at Riverside station to help passengers.",
)
#: Schools a closures list gains (each sorts among the others by its name).
NEW_SCHOOLS = ("Millbrook Juniors", "Riverside RC Primary", "St Mary's Nursery", "Oakfield Primary")
#: What a rewritten sector's lines say instead (typed anew, in other words).
REWORDED = (
    "Partners say needs in this sector remain well above what can be met this week.",
    "The cluster has asked donors for a further allocation to cover the gap.",
    "Teams visited every affected ward and are compiling a joint assessment.",
    "Supplies arrive by road again now that the main bridge is open to light vehicles.",
    "The figures here will be revised once the joint assessment is complete.",
    "Local volunteers are covering the evening shifts until further notice.",
)
#: The codeshare number a refreshed board adds under a flight.
CODESHARE = "QR 5910"


def _whole(tracked: TrackedText) -> Span:
    """The whole text now."""
    return 0, len(tracked.text)


def _figure_lines(text: str) -> list[Span]:
    """Item lines holding a figure; when none, the footer's stock paragraph."""
    found = [line for line in item_lines(text) if FIGURE.search(text, *line)]
    return found or [_paragraphs(text)[-1]]


def _section_items(text: str) -> list[list[Span]]:
    """The items of each section that has any, by section."""
    every = items(text)
    found = [[p for p in under if p in every] for _, under in sections(text)]
    return [group for group in found if group]


# -- families ------------------------------------------------------------------------------------


def report_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A report reissued: its number one up and its "As of" time typed over everywhere, and
    one key figure (two, four) raised wherever it stands, in the summary and the body alike."""
    # Truth: every figure and time is typed over in place; a passage holding one keeps the
    # rest of its characters (a reader calls "12,850 people displaced" the coded line).
    text = tracked.text
    for number in sorted({m[0] for m in REPORT_NUMBER.finditer(text)}):
        written_where(tracked, REPORT_NUMBER, _whole(tracked), number, str(int(number) + 1))
    later = rng.choice(("12:00", "18:00"))
    for time in sorted({m[0] for m in AS_OF.finditer(tracked.text)}):
        written_where(tracked, AS_OF, _whole(tracked), time, later)
    figures = sorted({m[0] for m in KEY_FIGURE.finditer(tracked.text)})
    for figure in rng.sample(figures, min(len(figures), _by_rate(rate, 1, 2, 4))):
        raised = key_figure_raised(figure, rng.randint(40, 900))
        written_where(tracked, KEY_FIGURE, _whole(tracked), figure, raised)


def cases_revised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Cases revised: in one table (half, every one) some rows' new cases and totals raised
    (typed over) and the rows re-sorted by total, highest first (moved whole); on a page
    without tables, the last figure of one line (half, every one) holding figures raised."""
    # Truth: a re-sorted row is moved whole, so a row's truth follows it; its raised figures
    # are typed over and the rest of the row stays.
    text = tracked.text
    tables = [
        rows
        for item in items(text)
        if len(rows := [m.span() for m in CASE_ROW.finditer(text, *item)]) >= 2
    ]
    if not tables:
        lines = _figure_lines(text)
        for line in sorted(rng.sample(lines, _count(rate, len(lines))), reverse=True):
            figures_raised(tracked, line, {-1: rng.randint(1, 9)})
        return
    chosen = rng.sample(range(len(tables)), _count(rate, len(tables)))
    for index in sorted(chosen, key=lambda i: tables[i][0], reverse=True):
        rows = tables[index]
        for row in sorted(rng.sample(rows, rng.randint(1, len(rows))), reverse=True):
            more = rng.randint(1, 40)
            figures_raised(tracked, row, {0: more, 1: more})
        start = rows[0][0]
        rows = [m.span() for m in CASE_ROW.finditer(tracked.text, start)][: len(rows)]
        totals = [int(m[3]) for m in (CASE_ROW.fullmatch(tracked.text, *row) for row in rows) if m]
        order = sorted(range(len(rows)), key=lambda i: -totals[i])
        if order != sorted(order):
            reorder(tracked, [(s, e + 1) for s, e in rows], order)


def _update_time(text: str, item: Span, minutes: int) -> str:
    """A clock ``minutes`` after the item's update time (else after 17:00)."""
    update = UPDATE.match(text, item[0])
    at = int(update[1]) * 60 + int(update[2]) if update else 17 * 60
    at = min(at + minutes, 23 * 60 + 59)
    return f"{at // 60:02}:{at % 60:02}"


def updates_prepended(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Updates prepended: in one section (half, every one) a new update typed at the top, a
    minute or 35 after the newest; in a run of two items or more, one update (not the last)
    resolved: its lines after the head cut, "Resolved · " typed before it, moved last."""
    # Truth: the resolved update's head line is moved, so its truth follows it to the bottom
    # (the typed "Resolved · " is new); its cut lines are gone, though their twins ("Please
    # check before you travel.") still stand under other updates.
    runs = [run for run in item_runs(tracked.text) if len(run) >= 2]
    if runs:
        run = rng.choice(runs)
        index = rng.randrange(len(run) - 1)
        start, _ = run[index]
        head_end = head_line(tracked.text, run[index])[1]
        shrink = run[index][1] - head_end
        tracked.replace(head_end, shrink, "")
        tracked.replace(start, 0, "Resolved · ")
        grown = len("Resolved · ") - shrink
        item_to_run_end(tracked, (start, head_end + len("Resolved · ")), run[-1][1] + grown)
    groups = _section_items(tracked.text)
    for group in sorted(rng.sample(groups, _count(rate, len(groups))), reverse=True):
        first = group[0]
        time = _update_time(tracked.text, first, rng.choice((1, 35)))
        lines = (f"Update {time}: {rng.choice(NEW_UPDATES)}", "Severity: low", CHECK)
        tracked.replace(first[0], 0, "\n".join(lines) + "\n\n")


def closures_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Closures updated: some statuses (two, half, every one) typed over with another, one
    item removed from a run of three or more, and a school typed in at its alphabetical place
    in a run (by head line)."""
    # Truth: a removed school is gone, although its status line's twins ("Status: Closed")
    # stand under other schools; a status typed over keeps the rest of its line ("Status: ").
    found = list(STATUS.finditer(tracked.text))
    for match in sorted(
        rng.sample(found, min(len(found), _by_rate(rate, 2, 8, 40))),
        key=lambda m: m.start(),
        reverse=True,
    ):
        tracked.replace(match.start(), len(match[0]), rng.choice(NEXT_STATUS[match[0]]))
    long_runs = [run for run in item_runs(tracked.text) if len(run) >= 3]
    if long_runs:
        item_cut(tracked, rng.choice(rng.choice(long_runs)[1:]))
    runs = item_runs(tracked.text)
    if not runs:
        return
    run = rng.choice(runs)
    name = rng.choice(NEW_SCHOOLS)
    text = tracked.text
    later = [
        item for item in run if text[slice(*head_line(text, item))].casefold() > name.casefold()
    ]
    school = f"{name}\nStatus: {rng.choice(('Closed', 'Open'))}\nUpdated 07:40"
    if later:
        tracked.replace(later[0][0], 0, school + "\n\n")
    else:
        tracked.replace(run[-1][1], 0, "\n\n" + school)


def _board_marks_changed(tracked: TrackedText, span: Span) -> int:
    """Every status in ``span`` typed over with the next one, every gate as another gate;
    how much ``span`` grew."""
    grown = 0
    changes = [
        *((m.start(), m[0], NEXT_STATUS[m[0]][0]) for m in STATUS.finditer(tracked.text, *span)),
        *((m.start(), m[0], str(int(m[0]) % 30 + 2)) for m in GATE.finditer(tracked.text, *span)),
    ]
    for at, old, new in sorted(changes, reverse=True):
        tracked.replace(at, len(old), new)
        grown += len(new) - len(old)
    return grown


def board_refreshed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The board refreshed: statuses and gates typed over in one item (half, every one),
    departed flights (one, two, four items reading "Departed") removed, and a codeshare line
    typed under one flight line."""
    # Truth: a removed departure is gone, although its flight numbers stand under other times
    # (a codeshare, the next day's flight); the typed codeshare line is new text.
    _each_unit(
        tracked, rng, rate, re.compile(f"{STATUS.pattern}|{GATE.pattern}"), _board_marks_changed
    )
    text = tracked.text
    departed = [item for item in items(text) if "\nDeparted" in text[slice(*item)]]
    for item in sorted(
        rng.sample(departed, min(len(departed), _by_rate(rate, 1, 2, 4))), reverse=True
    ):
        item_cut(tracked, item)
    text = tracked.text
    flights = [line for line in item_lines(text) if text[slice(*line)].startswith("Flight ")]
    if flights:
        line = rng.choice(flights)
        tracked.replace(line[1], 0, f"\nFlight {CODESHARE}")


def outage_merged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Outage areas merged: in one pair of neighbouring items (one, one, two), the second's
    area named in the first's head line (" and Millbrook East", its postcode after the
    first's) and its head line cut, its other lines left to stand under the merged head; and
    a "Restored" line (one, two, four) typed under an item's head line."""
    # Truth: the second area's line is gone (its words are typed into the merged line, not
    # moved: a reader would not call "Area: Millbrook and Millbrook East (MB4 2, MB4 3)" the
    # line "Area: Millbrook East (MB4 3)"); the first area's line keeps all its characters
    # with typed words inside, and its other lines are untouched.
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        pairs = [pair for run in item_runs(text) for pair in pairwise(run)]
        if not pairs:
            break
        first, second = rng.choice(pairs)
        head, other = head_line(text, first), head_line(text, second)
        one, two = AREA.fullmatch(text, *head), AREA.fullmatch(text, *other)
        tracked.replace(first[1], other[1] - first[1], "")
        if one and two:
            tracked.replace(one.end(2), 0, f", {two[2]}")
            tracked.replace(one.end(1), 0, f" and {two[1]}")
        else:
            tracked.replace(head[1], 0, f" / {text[slice(*other)]}")
    found = items(tracked.text)
    for item in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4))), reverse=True):
        tracked.replace(head_line(tracked.text, item)[1], 0, "\nRestored")


def sector_rewritten(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A sector rewritten: in one section of two items or more, the body lines of one item
    (half, every one but one) retyped in other words, and one item it keeps unchanged moved
    whole to the top of another section."""
    # Truth: a retyped line is gone (a reader would not call a new sentence the old one,
    # though both speak of the same sector); the moved item keeps every character, so its
    # truth follows it to the other sector; the head lines of rewritten items stay.
    groups = [group for group in _section_items(tracked.text) if len(group) >= 2]
    if not groups:
        return
    group = rng.choice(groups)
    kept = rng.choice(group)
    rest = [item for item in group if item != kept]
    others = [g for g in _section_items(tracked.text) if g != group]
    for item in sorted(rng.sample(rest, _count(rate, len(rest))), reverse=True):
        reworded = rng.sample(REWORDED, len(REWORDED))
        for index, line in reversed(list(enumerate(body_lines(tracked.text, item)))):
            line_rewritten(tracked, line, 0, reworded[index % len(reworded)])
    if not others:
        return
    target = rng.choice(others)[0][0]
    now = {tracked.origin[item[0]]: item for item in items(tracked.text)}
    if kept[0] not in now or target not in now:
        return
    (at, end), to = now[kept[0]], now[target][0]
    length = end + 2 - at
    tracked.move(at, length, to - length if to > at else to)


def stock_lines_pruned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Stock lines pruned: of a line that recurs word for word under items of three lines or
    more ("No change since the last report.", "Please check before you travel.", "Engineers
    on site"), the copies after the first cut: one (half, every one), one an item at most."""
    # Truth: each cut copy is gone, although its twins still stand word for word under other
    # items: a reader coding that sector's "No change" coded that place, not the sentence; the
    # first copy is kept and keeps its truth.
    text = tracked.text
    groups: dict[str, list[Span]] = {}
    for item in items(text):
        lines = body_lines(text, item)
        seen: set[str] = set()
        for line in lines if len(lines) >= 2 else []:
            words = text[slice(*line)]
            if words not in seen:  # one copy an item: the item keeps two lines or more
                seen.add(words)
                groups.setdefault(words, []).append(line)
    repeated = [sorted(group) for group in groups.values() if len(group) >= 2]
    if repeated:
        copies = rng.choice(repeated)[1:]
        cut = rng.sample(copies, _count(rate, len(copies)))
    else:
        long_items = [item for item in items(text) if len(body_lines(text, item)) >= 2]
        cut = [rng.choice(body_lines(text, rng.choice(long_items)))] if long_items else []
    for line in sorted(cut, reverse=True):
        line_dropped(tracked, line)


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, straight quotes set curly,
    an apostrophe typographic, a spaced hyphen as an en dash, "per cent" as "%" and back;
    and some typos."""
    marks = re.compile(f"{COPY_MARK.pattern}|{PER_CENT.pattern}")
    _each_unit(tracked, rng, rate, marks, copy_marks_set)
    typos(tracked, rng, rate / 4)


def nko_normalised_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another input method or an export on one side: in one item with N'Ko text (half,
    every one) its digits written as Western ones, two tone marks on a letter typed the
    other way round; or, half the time, Western digits written as N'Ko ones."""
    _one_side(tracked, rng, rate, "[\\u07ca-\\u07ea]", NKO_MARK, nko_normalised, nko_localised)


def balinese_normalised_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another keyboard or an export on one side: in one item with Balinese text (half, every
    one) its digits written as Western ones, zero-width spaces and non-joiners dropped; or,
    half the time, a segmenting export's zero-width spaces and Balinese digits."""
    _one_side(
        tracked,
        rng,
        rate,
        "[\\u1b05-\\u1b33]",
        BALINESE_MARK,
        balinese_normalised,
        balinese_segmented,
    )


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH27_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH27_FAMILIES: dict[str, Family] = {
    "report reissued": report_reissued,
    "cases revised": cases_revised,
    "updates prepended": updates_prepended,
    "closures updated": closures_updated,
    "board refreshed": board_refreshed,
    "outage merged": outage_merged,
    "sector rewritten": sector_rewritten,
    "stock lines pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "reflowed": reflowed_page,
    "nko normalised": nko_normalised_one_side,
    "balinese normalised": balinese_normalised_one_side,
    "combined": combined,
}


def fresh27_text(seed: int, rng: random.Random) -> str:
    """A situation report, an outbreak bulletin, a travel disruption page, a school closures
    list, a departures board, a power-cut page, an N'Ko/French or a Balinese/Indonesian
    notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def _script_clauses(text: str) -> list[Span]:
    """Clauses of N'Ko or Balinese runs: up to a stop, an N'Ko comma, a carik (or the run's
    end)."""
    found = []
    for pattern in (NKO, BALINESE):
        for run in pattern.finditer(text):
            for part in re.finditer("[^.߸᭞᭟]+[.߸᭞᭟]?", run[0]):
                words = part[0].strip(" \u200b\u200c")
                if len(words) >= 4:
                    at = run.start() + part.start() + part[0].index(words)
                    found.append((at, at + len(words)))
    return found


def _two_lines(text: str) -> list[Span]:
    """Two neighbouring lines of an item (a flight and its gate, two table rows)."""
    return [(a[0], b[1]) for item in items(text) for a, b in pairwise(lines_in(text, *item))]


def fresh27_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items, clauses, whole
    lines (a key figure, a table row, an update, a school's status, a departure, an outage
    line), two lines of an item, section headings, one occurrence of a line the page repeats
    or of a short line that recurs ("Restored", "Status: Closed", "Severity: low") or words
    inside one, a line whose words stand in another item, head lines, last lines, something
    short (a figure, a time, a flight, a gate, a postcode, a report number), N'Ko and
    Balinese clauses, two items across their blank line, notes' sentences, two sentences
    across a paragraph break, whole sections; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    marks = (KEY_FIGURE, CLOCK, FLIGHT, GATE, POSTCODE, REPORT_NUMBER, STATUS)
    short = [m.span() for p in marks for m in p.finditer(text)]
    pools = [
        (0.08, found),
        (0.15, clauses_of(text, all_sentences)),
        (0.28, _trimmed(text, item_lines(text))),
        (0.33, _two_lines(text)),
        (0.36, [heading for heading, _ in sections(text)]),
        (0.44, repeated),
        (0.49, [span for group in short_lines(text).values() for span in group]),
        (0.53, inside),
        (0.58, [words for lines in _echoed(text).values() for words in lines]),
        (0.62, [head_line(text, item) for item in found]),
        (0.66, [last_line(text, item) for item in found]),
        (0.72, [s for s in _trimmed(text, short) if s[1] - s[0] >= 2]),
        (0.80, _script_clauses(text)),
        (0.85, [(a[0], b[1]) for run in item_runs(text) for a, b in pairwise(run)]),
        (0.89, [s for note in notes(text) for s in note_sentences(text, note)]),
        (0.94, _across(text)),
        (0.98, [(heading[0], under[-1][1]) for heading, under in sections(text) if under]),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
