"""Thirty-sixth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh36`` prints it as "thirty-sixth fresh held-out material"). The texts are
what mountain, weather and hazard services publish and revise, each version a full page
(``reanchor_fresh36_texts`` and ``reanchor_fresh36_more_texts``): an avalanche bulletin
(regions, altitude bands with their aspects, "Above 2,200 m  N, NE, E, NW", "Danger level 3
(considerable)" and "Wind slab" under many, elevations one figure apart), a mountain rescue
team's call-out log ("Call-out 026  10:42  NY 2154 0832  Broad Crag", grid references one digit
apart, "Casualty evacuated by helicopter" and "Stood down" under many), a hut warden's booking
and closure list (huts with near-identical names, "Sat 14 Feb  Full" and "Winter room only"
repeating), a trail and pass conditions report ("Open", "Closed (snow)", "Chains required"
repeating, distances and times), a severe-weather warning page ("Yellow warning of wind  Issued
10:00 Thu 12 Feb", valid-from and valid-to times with weekdays), a Lepcha/English notice of a
district disaster management authority in Sikkim (Lepcha digits on some lines) and a
Limbu/English notice of a trekking checkpoint in eastern Nepal (Limbu digits on some lines, the
kemphreng left out on some).

The families are what forecasters, duty leaders, wardens, conditions desks, weather services,
converters, PDF readers and copy editors do between two versions: bulletin reissued; call-out
log corrected; hut list updated; passes updated; warnings cancelled and upgraded (new in this
round, all five); units converted (metres to feet, degrees respelt); the page copied out of a
PDF; duplicates pruned (round 27's family); copy edited; Lepcha digits converted; Limbu
respelt by a converter; the page reflowed (round 31's family); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("Danger level 3 (considerable)", "Wind slab",
"Casualty evacuated by helicopter", "Stood down", "Sat 14 Feb  Full", "Winter room only",
"Closed (snow)", "Chains required", "Travel disruption is likely.") are each their own passage,
wherever their twins move or whichever of them is cut. A level's figure and word, a grid
reference's digit, a time's digit or separator, a distance's digit, a warning's colour, an
elevation in feet, a degree sign, a Lepcha digit or a Limbu mark is typed over: the rest of its
passage stays. A dropped problem, a revised outcome, a night's replaced state, a closed hut's
nights, a pass's replaced state, a dropped "Chains required", a cancelled warning's lines and a
pruned stock line are gone.
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
from tests.benchmarks.reanchor_fresh26_kit import COPY_MARK
from tests.benchmarks.reanchor_fresh27_families import _two_lines, stock_lines_pruned
from tests.benchmarks.reanchor_fresh29_kit import PER_CENT
from tests.benchmarks.reanchor_fresh31_families import reflowed_page as reflowed_page
from tests.benchmarks.reanchor_fresh32_families import _nudged_all
from tests.benchmarks.reanchor_fresh34_kit import QUOTED
from tests.benchmarks.reanchor_fresh35_edits import script_digits_switched, sentence_typed_over
from tests.benchmarks.reanchor_fresh35_families import copied_out_of_a_pdf
from tests.benchmarks.reanchor_fresh36_edits import (
    alpine_style_set,
    aspects_clockwise,
    danger_level_moved,
    degrees_respelt,
    elevations_converted,
    limbu_respelt,
    valid_to_extended,
)
from tests.benchmarks.reanchor_fresh36_kit import (
    BAND_LINE,
    CALL_HEAD,
    CHAINS,
    CLOCK,
    CLOSED_SNOW,
    DANGER_LINE,
    DAY_BEFORE_DATE,
    DEGREES,
    DISTANCE,
    ELEVATION,
    GRID,
    HUT_HEAD,
    HUT_NIGHT,
    KM,
    LEPCHA_DIGITS,
    LEPCHA_RUN,
    LEPCHA_WORD,
    LIMBU_RUN,
    LIMBU_WORD,
    MINUTES,
    OPEN,
    OUTCOME_LINE,
    OUTCOMES,
    PAGED,
    PASS_HEAD,
    PASS_STATE,
    PROBLEM_LINE,
    PROBLEMS,
    TEMPERATURE,
    VALID_LINE,
    WARNING_HEAD,
    WARNING_NAME,
)
from tests.benchmarks.reanchor_fresh36_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the thirty-sixth fresh held-out material (never used while tuning).
FRESH36_SEEDS = range(36100, 36110)
#: A call-out logged late, typed after another.
LATE_CALL_OUTS = (
    "Call-out 099  13:24  NY 2154 0832  Broad Crag\n"
    "Walker with a lower leg injury after a slip on wet rock.\n"
    "Casualty evacuated by helicopter\nStood down",
    "Call-out 098  16:50  NY 3420 1207  Striding Edge\n"
    "Two walkers cragfast in poor visibility.\nCasualty walked off with team\nStood down",
)
#: What a hut warden writes over a closed hut's nights.
CLOSED_FOR_SEASON = "Closed for the season; winter room open (8 places)."
#: The line a weather service writes under a cancelled warning's first line.
CANCELLED = "Cancelled at 14:20 Fri 13 Feb: the low has tracked further north."
#: A danger level wherever it stands (the footer's too).
DANGER_ANY = re.compile(r"Danger level [1-5] \((?:low|moderate|considerable|high|very high)\)")
#: What a hut has left for a night, wherever a night's date stands before it.
NIGHT_STATE = re.compile(r"(?<=Feb  )(?:Full|Winter room only|[0-9]{1,2} places|Closed)\b")
#: The colour of a yellow warning still in force (its validity on the next line), or of the
#: footer's.
YELLOW = re.compile(
    r"\bYellow(?= warning of [a-z]+  Issued [0-9:]+ [A-Z][a-z]{2} [0-9]{1,2} Feb(?:\nValid|\.))"
)
#: A running line a PDF's text layer gives at every page's foot.
RUNNING_FOOTER = "Mountain Safety Services — Page {page} of {pages}"


def _headed(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """The items whose head line ``pattern`` matches whole."""
    return [item for item in items(text) if pattern.fullmatch(text, *head_line(text, item))]


def _lines(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """Item lines (never an item's first) that ``pattern`` matches whole."""
    heads = {head_line(text, item) for item in items(text)}
    return [
        line for line in item_lines(text) if line not in heads and pattern.fullmatch(text, *line)
    ]


def _or_footer(text: str, lines: list[Span], pattern: re.Pattern[str]) -> list[Span]:
    """``lines``, or when there are none what ``pattern`` finds in the footer's stock paragraph
    (so every family edits every page)."""
    return lines or [m.span() for m in pattern.finditer(text, *_paragraphs(text)[-1])]


def _other(rng: random.Random, choices: tuple[str, ...], old: str) -> str:
    """One of ``choices`` that is not ``old``."""
    return rng.choice([choice for choice in choices if choice != old])


# -- families ------------------------------------------------------------------------------------


def bulletin_reissued(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An avalanche bulletin reissued: danger levels (one, two, four) raised or lowered by one,
    the aspects of bands (one, two, three) listed clockwise from north, a problem (one, one,
    two) added under a danger line and problems (one, one, two) dropped."""
    # Truth: a level's figure and the word in brackets are typed: "Danger level 4 (high)" keeps
    # "Danger level ", " (" and ")" of the coded "Danger level 3 (considerable)", found on its
    # own line though its twins stand word for word under other bands. A band's aspects move
    # whole: "NE" is where its own characters went. An added problem is new (a decoy for
    # "Wind slab" elsewhere); a dropped one is gone, its twins under other bands kept.
    text = tracked.text
    lines = _or_footer(text, _lines(text, DANGER_LINE), DANGER_ANY)
    for line in sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 1, 2, 4))), reverse=True):
        level = int(tracked.text[line[0] + len("Danger level ")])
        danger_level_moved(
            tracked, line, 1 if level < 3 or (level < 5 and rng.random() < 0.5) else -1
        )
    text = tracked.text
    bands = [m.span(1) for m in BAND_LINE.finditer(text)]
    moved = 0
    for aspects in sorted(rng.sample(bands, len(bands)), reverse=True):
        if moved < _by_rate(rate, 1, 2, 3) and aspects_clockwise(tracked, aspects):
            moved += 1
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        dangers = _lines(text, DANGER_LINE)
        if not dangers:
            break
        line = rng.choice(dangers)
        below = text[line[1] + 1 : text.find("\n\n", line[1])].split("\n")
        missing = [problem for problem in PROBLEMS if problem not in below]
        if missing:
            tracked.replace(line[1], 0, f"\n{rng.choice(missing)}")
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        found = [
            line
            for item in items(text)
            for line in _lines(text, PROBLEM_LINE)
            if item[0] <= line[0] < item[1] and len(body_lines(text, item)) >= 3
        ]
        if not found:
            break
        line_dropped(tracked, rng.choice(found))


def call_out_log_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A call-out log corrected by the team leader: grid references (one, two, four) put right
    by one digit, paging times (one, two, three) by one minute, outcomes (one, one, two)
    revised, and a call-out (one, one, two) logged late, typed after another."""
    # Truth: a grid reference keeps all but its last digit ("NY 2154 0833" is the coded "NY
    # 2154 0832", though "NY 2154 0832" stands word for word in other call-outs); a time keeps
    # all but its last digit. A revised outcome is typed where it differs from the old one:
    # "Casualty " stays, the rest is typed, so the coded outcome is gone, its twins under other
    # call-outs kept. A late call-out is new (a decoy for the stock lines it repeats).
    _nudged_all(tracked, rng, GRID, _by_rate(rate, 1, 2, 4))
    _nudged_all(tracked, rng, PAGED, _by_rate(rate, 1, 2, 3))
    lines = _lines(tracked.text, OUTCOME_LINE)
    for line in sorted(rng.sample(lines, min(len(lines), _by_rate(rate, 1, 1, 2))), reverse=True):
        old = tracked.text[slice(*line)]
        sentence_typed_over(tracked, line[0], old, _other(rng, OUTCOMES, old))
    found = _headed(tracked.text, CALL_HEAD)
    for item in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 1, 2))), reverse=True):
        tracked.replace(item[1], 0, f"\n\n{rng.choice(LATE_CALL_OUTS)}")


def hut_list_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A hut list updated by the wardens' new returns: nights (two, four, eight) given another
    state ("Full" for "4 places", "Winter room only" for "Full"), a hut (one, one, two) closed
    for the season, its nights replaced by one line, and the huts of every section (one, half,
    every one) re-sorted from the highest down."""
    # Truth: a night's state is typed over: "Sat 14 Feb  " keeps its origin, a coded "Full" is
    # gone (its twins on other nights stand word for word). A closed hut keeps its first line;
    # its nights are gone, the line typed over them is new. Re-sorted huts move whole, each
    # with its nights.
    states = list(NIGHT_STATE.finditer(tracked.text))
    chosen = rng.sample(states, min(len(states), _by_rate(rate, 2, 4, 8)))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        new = _other(rng, ("Full", "Winter room only", "4 places", "2 places", "Closed"), match[0])
        tracked.replace(match.start(), len(match[0]), new)
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        open_huts = [item for item in _headed(text, HUT_HEAD) if HUT_NIGHT.search(text, *item)]
        if not open_huts:
            break
        item = rng.choice(open_huts)
        start = head_line(text, item)[1] + 1
        tracked.replace(start, item[1] - start, CLOSED_FOR_SEASON)
    runs = [run for run in item_runs(tracked.text) if len(run) >= 2]
    for run in sorted(rng.sample(runs, _count(rate, len(runs))) if runs else [], reverse=True):
        text = tracked.text
        heights = []
        for item in run:
            head = HUT_HEAD.fullmatch(text, *head_line(text, item))
            heights.append(-int(head[2].replace(",", "")) if head else 0)
        order = sorted(range(len(run)), key=lambda i: (heights[i], i))
        if order != sorted(order):
            reorder(tracked, [(start - 2, end) for start, end in run], order)


def passes_updated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A conditions report updated at midday: passes (one, two, three) given another state
    ("Open" for "Closed (snow)" and back), "Chains required" dropped under passes (one, one,
    two) and added under an open pass without it (one, one, two), and distances (one, two,
    four) put right by one figure."""
    # Truth: a replaced state is gone ("Closed (snow)" and "Open" share nothing), its twins
    # under other passes kept; a dropped "Chains required" is gone, an added one new (a decoy).
    # A distance keeps all but its last figure.
    text = tracked.text
    states = _or_footer(text, _lines(text, PASS_STATE), re.compile(re.escape(CLOSED_SNOW)))
    for line in sorted(rng.sample(states, min(len(states), _by_rate(rate, 1, 2, 3))), reverse=True):
        old = tracked.text[slice(*line)]
        tracked.replace(line[0], line[1] - line[0], CLOSED_SNOW if old == OPEN else OPEN)
    chains = _lines(tracked.text, re.compile(re.escape(CHAINS)))
    for line in sorted(rng.sample(chains, min(len(chains), _by_rate(rate, 1, 1, 2))), reverse=True):
        line_dropped(tracked, line)
    text = tracked.text
    bare = [
        line
        for line in _lines(text, re.compile(OPEN))
        if not text.startswith(f"\n{CHAINS}", line[1])
    ]
    for line in sorted(rng.sample(bare, min(len(bare), _by_rate(rate, 1, 1, 2))), reverse=True):
        tracked.replace(line[1], 0, f"\n{CHAINS}")
    _nudged_all(tracked, rng, DISTANCE, _by_rate(rate, 1, 2, 4))


def warnings_cancelled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A warning page updated: warnings (one, one, two) cancelled, every line under their first
    replaced by one "Cancelled at …" line; warnings (one, one, two) upgraded from yellow to
    amber; and the end of warnings (one, two, three) put three or six hours later."""
    # Truth: a cancelled warning keeps its first line; its other lines are gone (their twins
    # under other warnings kept: "Travel disruption is likely." is coded in one place), the
    # "Cancelled" line is new. An upgraded warning keeps " warning of wind" and the rest of its
    # first line, "Amber" typed over "Yellow". An extended end keeps all but the hour's figures
    # (and the weekday and day typed when it passes midnight).
    for _ in range(_by_rate(rate, 1, 1, 2)):
        text = tracked.text
        live = [item for item in _headed(text, WARNING_HEAD) if VALID_LINE.search(text, *item)]
        if len(live) < 3:
            break
        item = rng.choice(live)
        start = head_line(text, item)[1] + 1
        tracked.replace(start, item[1] - start, CANCELLED)
    yellow = [m.start() for m in YELLOW.finditer(tracked.text)]
    for at in sorted(rng.sample(yellow, min(len(yellow), _by_rate(rate, 1, 1, 2))), reverse=True):
        tracked.replace(at, len("Yellow"), "Amber")
    found = list(VALID_LINE.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 3)))
    for match in sorted(chosen, key=lambda m: m.start(), reverse=True):
        valid_to_extended(tracked, match, rng.choice((3, 6)))


def units_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter for a reader in feet: in one item (half, every one) holding an elevation,
    every elevation given in feet (after it in brackets, or typed over it, the same way on the
    page), and every "°C" written "ºC" or "° C"."""
    # Truth: feet in brackets are typed after the metres, which stay; feet typed over the
    # metres leave nothing of them ("2,200 m" coded alone is gone; the band's line keeps
    # "Above " and its aspects). A degree sign is typed; the figure keeps its origin.
    kept = rng.random() < 0.5
    written = rng.choice(("ºC", "° C"))

    def convert(tracked: TrackedText, unit: Span) -> int:
        grown = elevations_converted(tracked, unit, ELEVATION, kept)
        return grown + degrees_respelt(tracked, (unit[0], unit[1] + grown), written)

    _each_unit(tracked, rng, rate, ELEVATION, convert)


def pdf_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: long words (two, five, ten) hyphenated at a line end
    ("avalan-\\nches"); at every page break (about every forty lines, thirty-four,
    twenty-eight) the page's running footer ("Page 3 of 12") and the title as the next page's
    header typed in; "fi" and "fl" as ligatures on some lines (three, six, twelve); and the
    double spaces of some rows (four, eight, sixteen) collapsed to one."""
    # Truth: running lines, hyphens, ligatures and single spaces are typed; every passage
    # keeps its other characters, one across a page break with the running lines inside it. A
    # title's copy as a running header is new text (a decoy for the title).
    copied_out_of_a_pdf(tracked, rng, rate, RUNNING_FOOTER)


def copy_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Copy edited: in one item (half, every one) holding them, "10:42" and "10.42", "Sat" and
    "Saturday", "km" and "kilometres", "−6 °C" and "−6°C", straight and curly single quotes
    written the other way, double quotes set curly, a spaced hyphen as an en dash, "per cent"
    as "%" and back; and some typos."""
    # Truth: the respelt words are typed, and a respelling keeps what it shares at its ends with
    # the old spelling: "10.42" keeps "10" and "42"; "Saturday" keeps "Sat"; "kilometres" keeps
    # its "k" and its "m"; "−6°C" keeps "°C".
    marks = re.compile(
        "|".join(p.pattern for p in (COPY_MARK, PER_CENT, CLOCK, KM, DEGREES, QUOTED))
        + "|"
        + DAY_BEFORE_DATE.pattern,
        re.M,
    )
    _each_unit(tracked, rng, rate, marks, alpine_style_set)
    typos(tracked, rng, rate / 4)


def lepcha_digits_converted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter on one side: in one item with Lepcha (half, every one) the digits of its
    Lepcha lines written as Western digits, or, half the time, as Lepcha digits (the other way
    on a line already so)."""
    # Truth: only the digits are typed; a Lepcha clause keeps its letters and signs. The English
    # lines keep their Western digits.
    western = rng.random() < 0.5
    _each_unit(
        tracked,
        rng,
        rate,
        LEPCHA_RUN,
        lambda t, unit: script_digits_switched(t, unit, LEPCHA_RUN, LEPCHA_DIGITS, western),
    )


def limbu_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A converter with a Latin keyboard on one side: in one item with Limbu (half, every one)
    the danda and the Limbu question and exclamation marks written as ".", "?" and "!" (or,
    half the time, back), and every kemphreng left out."""
    # Truth: only a mark is typed and a kemphreng deleted; a Limbu word keeps its other letters
    # and signs (a reader of Limbu reads the same word without its length mark).
    to_ascii = rng.random() < 0.5
    _each_unit(tracked, rng, rate, LIMBU_RUN, lambda t, unit: limbu_respelt(t, unit, to_ascii))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH36_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH36_FAMILIES: dict[str, Family] = {
    "bulletin reissued": bulletin_reissued,
    "call-out log corrected": call_out_log_corrected,
    "hut list updated": hut_list_updated,
    "passes updated": passes_updated,
    "warnings cancelled": warnings_cancelled,
    "units converted": units_converted,
    "pdf copy-paste": pdf_copied,
    "duplicates pruned": stock_lines_pruned,
    "copy edited": copy_edited,
    "lepcha digits": lepcha_digits_converted,
    "limbu respelt": limbu_respelt_one_side,
    "reflowed": reflowed_page,
    "combined": combined,
}


def fresh36_text(seed: int, rng: random.Random) -> str:
    """An avalanche bulletin, a call-out log, a hut list, a pass report, a warning page, a
    Lepcha/English or a Limbu/English notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: an elevation, a danger level, a grid reference, a
#: paging time, a hut's name, a pass's name, a distance, a warning's name, a temperature.
SHORT = (
    ELEVATION,
    re.compile(r"(?<=Danger level )[1-5] \([a-z ]+\)"),
    GRID,
    PAGED,
    re.compile(r"\b(?:Cabane|Rifugio|Refuge|Capanna) [A-Z][^\n(]+?(?= \()"),
    re.compile(r"^[A-Z][^\n(]+?(?= \([0-9],[0-9]{3} m\)  [A-Z]{1,3}[0-9])", re.M),
    re.compile(r"\b[0-9]{1,3} km\b"),
    MINUTES,
    WARNING_NAME,
    TEMPERATURE,
    re.compile(r"\b(?:NE|NW|SE|SW|N|E|S|W)(?:, (?:NE|NW|SE|SW|N|E|S|W))+\b"),
)


def _script_clauses(text: str) -> list[Span]:
    """Lepcha and Limbu clauses (a run up to its closing mark) and words, and runs of two or
    three words."""
    found: list[Span] = []
    for clause in [*LEPCHA_RUN.finditer(text), *LIMBU_RUN.finditer(text)]:
        words_of = LEPCHA_WORD if LEPCHA_RUN.fullmatch(clause[0]) else LIMBU_WORD
        if len(clause[0]) < 3:
            continue
        found.append(clause.span())
        words = [m.span() for m in words_of.finditer(text, *clause.span())]
        found.extend(word for word in words if word[1] - word[0] >= 3)
        found.extend((a[0], b[1]) for a, b in itertools.pairwise(words))
        found.extend((a[0], c[1]) for a, _, c in zip(words, words[1:], words[2:], strict=False))
    return found


def _lines_of(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Span]:
    """Item lines that one of ``patterns`` matches whole: a band, a danger line, a call-out, an
    outcome, a hut, a night, a pass, a state, a warning, a valid line."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh36_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a band, a
    call-out, a hut, a pass, a warning, a notice), clauses, whole lines, the lines that matter
    most (a band, a danger line, a call-out, an outcome, a hut, a night, a pass, its state, a
    warning, its validity), two lines of an item, section headings, one occurrence of a line
    the page repeats or of a short line that recurs ("Wind slab", "Stood down", "Full",
    "Chains required") or words inside one, a line whose words stand in another item, head
    lines, last lines, something short (an elevation, a level, a grid reference, a time, a
    hut's or a pass's name, a distance, a warning's name, a temperature, aspects), Lepcha and
    Limbu clauses, words and runs of words, two items across their blank line, notes'
    sentences, two sentences across a paragraph break, whole sections; each passage once
    while pools last. (``count`` is how many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (
        BAND_LINE,
        DANGER_LINE,
        CALL_HEAD,
        OUTCOME_LINE,
        HUT_HEAD,
        HUT_NIGHT,
        PASS_HEAD,
        PASS_STATE,
        WARNING_HEAD,
        VALID_LINE,
    )
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
