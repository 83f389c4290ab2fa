"""Forty-fifth round of fresh held-out material for re-anchoring: twelve families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh45`` prints it as "forty-fifth fresh held-out material"). The texts are
what a small community radio station publishes and revises, each version a full page
(``reanchor_fresh45_texts`` and ``reanchor_fresh45_more_texts``): a weekly programme schedule
(one line a slot, "06:00–09:00  Morning Drive  with Ana Roca" word for word on every weekday,
slots one digit apart, "16:00–18:00" and Friday's "17:00–18:00"), a playlist log (one line a
play, "09:04  Mar de Fons — Lua Nova  3:42", the same songs and artists recurring, the album
version and the radio edit one figure apart, "3:42" and "3:24"), a transmitter and frequency
table (the same sites under several regions, "88.4 MHz" and "88.7 MHz"), an advertising rate
card by slot and length ("30 s  €45  per spot", rates one figure apart, "€45" and "€54"), a
news-bulletin rundown (stories numbered, "SPORT" and "WEATHER" closing every bulletin), a
presenter and technician rota ("06:00–10:00  Ana Roca", names one letter apart, "Ana Roca" and
"Ana Rosa"), a listener-competition winners list ("Winner  Marta Gil, Reus", "Runner-up  Pau
Gil, Vic", listeners one letter apart, the same listener winning twice), a Lisu/Chinese notice
for the Kuoshi festival broadcast (Lisu in the Fraser alphabet with its tone letters, comma
and full stop; the broadcast and its twin one figure apart) and a Saurashtra/Tamil notice for a
devotional programme (Saurashtra with its vowel signs and virama as combining marks and the
danda; the dawn programme and its twin one figure apart).

The families are what station managers, producers, schedulers and converters do between two
versions: a programme moved to another slot of its day (its line moved under another block
and its slot typed anew, its twins on other days staying); a presenter replaced (the name
typed over in place, once, through a day, or everywhere); shows dropped for the season (a
line gone while its twin one digit apart stays); the playlist re-sorted by artist; tracks
pulled after a complaint (every play of one version gone, the other version one figure apart
staying); rates raised by one figure; the rundown re-ordered as news breaks (a breaking story
typed in on top, a developing story moved up under it, every story numbered anew); frequencies
retuned by three tenths; a competition winner disqualified (the winner's line gone, the
runner-up's "Runner-up" typed over as "Winner"); the page copied out of a PDF (running heads
"… · Page 2 of 5" glued on top of the item a PDF page began with, long words hyphenated at line
ends); Lisu respelt (tone letters heard as their neighbours, or typed as the Latin lookalikes
of an old typewriter); Saurashtra respelt (vowel signs of one length written as the other, the
danda typed as a full stop); and a mix. All thirteen keys are new; new in kind are the
programme moved with its slot retimed (a move and a typed change in one line), the tracks
pulled in every copy while the twin version stays, the rundown re-ordered with a typed story
on top and the numbers typed anew, the winner disqualified with the runner-up promoted in
place, the running heads glued to an item's first line, and the Lisu and Saurashtra
respellings (the others follow earlier rounds' families on new texts).

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, typed text has none. So whenever a passage's words stand in two places the truth is
where its own characters went. Lines that recur ("06:00–09:00  Morning Drive  with Ana Roca"
on every weekday, "SPORT", a play of the same track on several days, "Prices exclude VAT")
are each their own passage, wherever their twins move or whichever of them is cut. A moved
programme, a re-sorted play and a story moved up keep their characters; a slot retimed, a
presenter's name, a raised rate's figures, a retuned frequency's tenths, a story's number,
"Winner", a running head, a hyphen and a Lisu or Saurashtra mark are typed over, typed in or
cut: the rest of the passage stays. A dropped show, a pulled play (with the request line under
it, or the hour's whole entry when nothing else was played in it) and a disqualified winner's
line are gone; their twins stay.
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
from tests.benchmarks.reanchor_fresh27_families import _two_lines
from tests.benchmarks.reanchor_fresh44_families import _repeated_lines_dropped, figure_apart
from tests.benchmarks.reanchor_fresh45_edits import (
    BREAKING,
    clock_after,
    figure_on,
    frequency_retuned,
    line_moved_after,
    lisu_respelt,
    saurashtra_respelt,
    slot_typed,
    stories_renumbered,
)
from tests.benchmarks.reanchor_fresh45_kit import (
    BULLETIN_HEAD,
    DURATION,
    DUTY_LINE,
    FREQUENCY,
    LISU_RUN,
    LISU_WORD,
    NEWS_ITEM,
    PERSON,
    PLAY,
    RATE,
    RATE_LINE,
    REQUESTED,
    SAURASHTRA_RUN,
    SAURASHTRA_WORD,
    SCHEDULE,
    SCHEDULE_LINE,
    SLOT,
    SPORT,
    STAFF,
    TRANSMITTER_LINE,
    WEATHER,
    WINNER_LINE,
)
from tests.benchmarks.reanchor_fresh45_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the forty-fifth fresh held-out material (never used while tuning).
FRESH45_SEEDS = range(45100, 45110)


def _body_lines_matching(text: str, pattern: re.Pattern[str]) -> list[tuple[Span, Span]]:
    """Body lines of items that ``pattern`` matches whole, as (the item, the line)."""
    return [
        (item, line)
        for item in items(text)
        for line in body_lines(text, item)
        if pattern.fullmatch(text, *line)
    ]


def _section_of(text: str, at: int) -> int:
    """The index of the section that offset ``at`` stands in (-1 before the first)."""
    return sum(heading[0] <= at for heading, _ in sections(text)) - 1


# -- the schedule -------------------------------------------------------------------------------


def programme_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Programmes moved to another slot (one, two, three): a schedule line of one day cut
    and put at the end of another block of the same day, its slot typed anew to follow the
    block's last slot for as long as it ran; its twins on other days stay. Where there is no
    schedule, an item's line (of one with two or more) moved to the end of another item of
    its section."""
    # Truth: the moved line keeps its characters (the programme and its presenter); only the
    # figures of its slot that change are typed.
    done: set[int] = set()  # where the moved lines' last characters came from
    for _ in range(_by_rate(rate, 1, 2, 3)):
        text = tracked.text
        found = [
            (item, line)
            for item in items(text)
            if len(body_lines(text, item)) >= 2
            for line in body_lines(text, item)
            if tracked.origin[line[1] - 1] not in done  # never moved twice
        ]
        scheduled = [(item, line) for item, line in found if SCHEDULE_LINE.fullmatch(text, *line)]
        pairs = [
            (line, other)
            for item, line in (scheduled or found)
            for other in items(text)
            if other != item and _section_of(text, other[0]) == _section_of(text, item[0])
        ]
        if not pairs:
            return
        line, other = rng.choice(pairs)
        if tracked.origin[line[1] - 1] >= 0:
            done.add(tracked.origin[line[1] - 1])
        target = body_lines(text, other)[-1]
        now = line_moved_after(tracked, line, target[1])
        moved = SCHEDULE.match(tracked.text, now)
        if not scheduled or moved is None:
            continue
        slot = SLOT.match(tracked.text, now)
        assert slot is not None
        hours = (int(slot[2][:2]) - int(slot[1][:2])) % 24 or 1
        block = tracked.text.rindex("\n\n", 0, now) + 2  # the block it now closes
        above = list(SLOT.finditer(tracked.text, block, now - 1))
        start = above[-1][2] if above else clock_after(slot[1], 1)
        slot_typed(tracked, slot.span(), f"{start}–{clock_after(start, hours)}")


def presenter_replaced(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A presenter replaced: one person's name (in a schedule line, a duty, a bulletin's
    reader) typed over as someone else's, in one line, through one section, or everywhere on
    the page; where no item names anyone, the names in the footer."""
    # Truth: the name is typed over (a shared first name or ending kept); the slot, the
    # programme and the shift stay.
    text = tracked.text
    named = [m for item in items(text) for m in PERSON.finditer(text, *item)]
    if not named:
        named = list(PERSON.finditer(text))
    gone = rng.choice(named)
    instead = rng.choice([name for name in STAFF if name != gone[0]])
    same = [m for m in named if m[0] == gone[0]]
    if rate >= 8:
        chosen = same
    elif rate >= 3:
        chosen = [
            m for m in same if _section_of(text, m.start()) == _section_of(text, gone.start())
        ]
    else:
        chosen = [gone]
    for name in sorted(chosen, key=lambda m: m.start(), reverse=True):
        tracked.replace(name.start(), len(name[0]), instead)


def shows_dropped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Shows dropped for the season: schedule lines (one, two, three) whose programme has a
    twin a digit apart in its slot ("17:00–18:00  Drive Home" goes, "16:00–18:00  Drive Home"
    stays), never both of a pair, one a block, never a block's only line; where there are
    none, lines standing twice or more dropped once, or items cut."""
    # Truth: a dropped show's line is gone; its twin stays, as does every word-for-word copy
    # of it on another day that was not dropped.
    text = tracked.text
    lines = [
        (item, line)
        for item, line in _body_lines_matching(text, SCHEDULE_LINE)
        if len(body_lines(text, item)) >= 2
    ]
    shows = [SCHEDULE.fullmatch(text, *line) for _, line in lines]
    every = [m for line in item_lines(text) if (m := SCHEDULE.fullmatch(text, *line))]
    twinned = [
        (item, line, show)
        for (item, line), show in zip(lines, shows, strict=True)
        if show is not None and any(show[3] == o[3] and figure_apart(show[1], o[1]) for o in every)
    ]
    count = _by_rate(rate, 1, 2, 3)
    if not twinned:
        _repeated_lines_dropped(tracked, rng, count)
        return
    chosen: list[tuple[Span, Span, re.Match[str]]] = []
    for item, line, show in rng.sample(twinned, len(twinned)):
        if len(chosen) < count and not any(
            item == other or (show[3] == o[3] and figure_apart(show[1], o[1]))
            for other, _, o in chosen
        ):
            chosen.append((item, line, show))
    for _, line, _ in sorted(chosen, key=lambda c: c[1], reverse=True):
        line_dropped(tracked, line)


# -- the playlist -------------------------------------------------------------------------------


def _artist_key(text: str, unit: Span) -> tuple[str, str]:
    """A play's artist and title (of the unit's first line)."""
    play = PLAY.match(text, unit[0] + 1)
    assert play is not None
    return play[3].casefold(), play[2].casefold()


def playlist_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The playlist re-sorted by artist: in every hour, the plays (each with the request
    line under it) put in order of their artists, then titles; where there is nothing so to
    sort (or it is sorted already), the items of the longest run turned round."""
    # Truth: every sorted play moves whole with its characters; nothing is typed.
    before = tracked.text
    for item in reversed(items(tracked.text)):
        text = tracked.text
        lines = body_lines(text, item)
        starts = [i for i, line in enumerate(lines) if PLAY.fullmatch(text, *line)]
        if len(starts) < 2 or starts[0] != 0:
            continue
        ends = [*(i - 1 for i in starts[1:]), len(lines) - 1]
        units = [(lines[i][0] - 1, lines[end][1]) for i, end in zip(starts, ends, strict=True)]
        keys = [_artist_key(text, unit) for unit in units]
        order = sorted(range(len(units)), key=lambda i: (keys[i], i))
        if order != sorted(order):
            reorder(tracked, units, order)
    if tracked.text == before:
        run = max(item_runs(tracked.text), key=len)
        reorder(tracked, [(start - 2, end) for start, end in run], list(range(len(run)))[::-1])


def tracks_pulled(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Tracks pulled after a complaint: every play of one version of a song (one, two, three
    versions; those with another version on the page first) taken off the log, with the
    request line under it, or the hour's whole entry when nothing else was played in it;
    where nothing is played, lines standing twice or more dropped once, or items cut."""
    # Truth: every play of a pulled version is gone; the other version of the same song, a
    # figure apart in its length, stays, as does every other play.
    text = tracked.text
    plays = [
        (item, line, PLAY.fullmatch(text, *line)) for item, line in _body_lines_matching(text, PLAY)
    ]
    versions = sorted({(m[2], m[3], m[4]) for _, _, m in plays if m is not None})
    count = _by_rate(rate, 1, 2, 3)
    if not versions:
        _repeated_lines_dropped(tracked, rng, count)
        return
    twinned = [v for v in versions if any(o[:2] == v[:2] and o != v for o in versions)]
    others = [v for v in versions if v not in twinned]
    pulled: list[tuple[str, str, str]] = []
    for version in [*rng.sample(twinned, len(twinned)), *rng.sample(others, len(others))]:
        if len(pulled) < count and not any(p[:2] == version[:2] for p in pulled):
            pulled.append(version)
    for item in reversed(items(text)):
        lines = body_lines(text, item)
        dropped: list[Span] = []
        for index, line in enumerate(lines):
            play = PLAY.fullmatch(text, *line)
            if play is None or (play[2], play[3], play[4]) not in pulled:
                continue
            dropped.append(line)
            if index + 1 < len(lines) and text[slice(*lines[index + 1])] == REQUESTED:
                dropped.append(lines[index + 1])
        if len(dropped) == len(lines):
            cut(tracked, item)
            continue
        for line in reversed(dropped):
            line_dropped(tracked, line)


# -- the rates, the transmitters, the rundown, the winners --------------------------------------


def rates_raised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Rates raised by one figure: rates (one, three, six) given their last figure one on
    ("€45" as "€46") or, half of them, their tens ("€45" as "€55", which may be another rate;
    a 9 one back)."""
    # Truth: one figure typed over; the rest of every passage holding the rate stays.
    found = list(RATE.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 3, 6)))
    for amount in sorted(chosen, key=lambda m: m.start(), reverse=True):
        figures = amount[1]
        at = len(figures) - (2 if rng.random() < 0.5 else 1)
        tracked.replace(amount.start(1), len(figures), figure_on(figures, at))


def frequencies_retuned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Transmitters retuned: frequencies (one, two, four) moved three tenths within their
    megahertz ("88.4 MHz" as "88.7 MHz", which may be a twin site's)."""
    # Truth: the tenths typed over; the site, the megahertz and the power stay.
    found = list(FREQUENCY.finditer(tracked.text))
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 4)))
    for frequency in sorted(chosen, key=lambda m: m.start(), reverse=True):
        frequency_retuned(tracked, frequency, rng.random() < 0.5)


def rundown_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The rundown re-ordered as news breaks: in bulletins (one, half, every one) a breaking
    story typed in on top, a story (never sport or weather) moved up under it, and every
    story numbered anew; where there are no bulletins, an item's last line (of one with two
    or more) moved to the top of its lines."""
    # Truth: the breaking story and the new numbers are typed; every story keeps its words.
    text = tracked.text
    bulletins = [
        item
        for item in items(text)
        if BULLETIN_HEAD.fullmatch(text, *head_line(text, item))
        and len(list(NEWS_ITEM.finditer(text, *item))) >= 3
    ]
    if not bulletins:
        found = [item for item in items(text) if len(body_lines(text, item)) >= 2]
        count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
        for item in sorted(rng.sample(found, count), reverse=True):
            lines = body_lines(tracked.text, item)
            line_moved_after(tracked, lines[-1], lines[0][0] - 1)
        return
    count = _by_rate(rate, 1, max(1, len(bulletins) // 2), len(bulletins))
    for item in sorted(rng.sample(bulletins, count), reverse=True):
        stories = list(NEWS_ITEM.finditer(tracked.text, *item))
        first = stories[0]
        movable = [s for s in stories[1:] if not s[2].startswith((SPORT, WEATHER))]
        if movable:
            story = rng.choice(movable)
            line_moved_after(tracked, story.span(), first.start() - 1)
        tracked.replace(first.start(), 0, f"1. {rng.choice(BREAKING)}\n")
        end = tracked.text.find("\n\n", item[0])
        stories_renumbered(tracked, item[0], end if end >= 0 else len(tracked.text))


def winner_disqualified(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Winners disqualified: in weeks (one, two, four) the winner's line taken off and the
    runner-up's "Runner-up" typed over as "Winner"; where there are no winners, an item's
    first line under its head (of one with two or more) taken off."""
    # Truth: the winner's line is gone (the same listener winning another week stays); the
    # runner-up's name and town keep their place.
    text = tracked.text
    weeks = [
        item
        for item in items(text)
        if [m[1] for m in WINNER_LINE.finditer(text, *item)][:2] == ["Winner", "Runner-up"]
    ]
    count = _by_rate(rate, 1, 2, 4)
    if not weeks:
        found = [item for item in items(text) if len(body_lines(text, item)) >= 2]
        for item in sorted(rng.sample(found, min(count, len(found))), reverse=True):
            line_dropped(tracked, body_lines(tracked.text, item)[0])
        return
    for item in sorted(rng.sample(weeks, min(count, len(weeks))), reverse=True):
        winner, runner_up = list(WINNER_LINE.finditer(tracked.text, *item))[:2]
        tracked.replace(runner_up.start(1), len(runner_up[1]), "Winner")
        line_dropped(tracked, winner.span())


# -- the PDF copy -------------------------------------------------------------------------------


def _running_head(title: str, page: int, pages: int) -> str:
    """A PDF page's running head: the title, then "Page 2 of 5"."""
    return f"{title} · Page {page} of {pages}"


def copied_from_pdf(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page copied out of a PDF: a running head ("Programme schedule — … · Page 2 of 5")
    glued on top of the item every few items (every eighth, fifth, third) where a page of the
    PDF began, and long words of item lines (one, three, six) broken at the line's end with a
    hyphen."""
    # Truth: the heads, the hyphens and the line breaks are typed in; every word keeps its
    # letters on both sides of the break, every item its lines under the head.
    text = tracked.text
    title = text[: text.index("\n")]
    lines = [line for line in item_lines(text) if line[1] - line[0] >= 24]
    words = [
        (line[0] + m.start(), line[0] + m.end())
        for line in lines
        for m in re.finditer(r"[A-Za-z]{7,}", text[slice(*line)])
    ]
    breaks = [
        start + rng.randint(3, end - start - 3)
        for start, end in rng.sample(words, min(len(words), _by_rate(rate, 1, 3, 6)))
    ]
    every = _by_rate(rate, 8, 5, 3)
    heads = [item[0] for index, item in enumerate(items(text)) if index and index % every == 0]
    page = len(heads) + 1
    edits = [(at, True) for at in breaks] + [(at, False) for at in heads]
    for at, hyphen in sorted(edits, reverse=True):
        if hyphen:
            tracked.replace(at, 0, "-\n")
        else:
            tracked.replace(at, 0, f"{_running_head(title, page, len(heads) + 1)}\n")
            page -= 1
    if tracked.text == text:  # nothing to break: the head of the one page
        tracked.replace(_paragraphs(text)[-1][0], 0, f"{_running_head(title, 1, 1)}\n")


# -- scripts -------------------------------------------------------------------------------------


def lisu_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Lisu: in one item with Lisu (half, every one) the tone letters each
    heard as their neighbour or, half the time, tone letters and punctuation typed as an old
    typewriter's Latin lookalikes."""
    # Truth: a tone letter or a stop is typed over; a Lisu word keeps its letters. The
    # Chinese stays.
    lookalikes = rng.random() < 0.5
    _each_unit(tracked, rng, rate, LISU_RUN, lambda t, unit: lisu_respelt(t, unit, lookalikes))


def saurashtra_respelt_one_side(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Another writer's Saurashtra: in one item with Saurashtra (half, every one) the vowel
    signs of one length written as the other and, half the time, the danda typed as a full
    stop."""
    # Truth: a vowel sign or the danda is typed over; a Saurashtra word keeps its letters
    # and viramas. The Tamil stays.
    latin = rng.random() < 0.5
    _each_unit(
        tracked, rng, rate, SAURASHTRA_RUN, lambda t, unit: saurashtra_respelt(t, unit, latin)
    )


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH45_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH45_FAMILIES: dict[str, Family] = {
    "programme moved to another slot": programme_moved,
    "presenter replaced": presenter_replaced,
    "shows dropped for the season": shows_dropped,
    "playlist re-sorted by artist": playlist_resorted,
    "tracks pulled after a complaint": tracks_pulled,
    "rates raised": rates_raised,
    "transmitters retuned": frequencies_retuned,
    "rundown reordered as news breaks": rundown_reordered,
    "winner disqualified": winner_disqualified,
    "schedule copied from pdf": copied_from_pdf,
    "lisu respelt": lisu_respelt_one_side,
    "saurashtra respelt": saurashtra_respelt_one_side,
    "combined": combined,
}


def fresh45_text(seed: int, rng: random.Random) -> str:
    """A programme schedule, a playlist log, a transmitter table, a rate card, a news rundown,
    a rota, a winners list, a Lisu/Chinese or a Saurashtra/Tamil notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: Something short a researcher codes: a slot, a person, a duration, a frequency, a rate, a
#: play's time with its title, the recurring heads.
SHORT = (
    SLOT,
    PERSON,
    DURATION,
    FREQUENCY,
    RATE,
    re.compile(r"\b[0-2][0-9]:[0-5][0-9]  [A-Z][a-zà-ÿ]+(?: [a-zA-Zà-ÿ]+){0,3}(?= — )"),
    re.compile(rf"\b{SPORT}\b|\b{WEATHER}\b"),
    re.compile(r"(?<=Winner  )[^\n,]+|(?<=Runner-up  )[^\n,]+"),
    re.compile(re.escape(REQUESTED)),
)


def _script_clauses(text: str) -> list[Span]:
    """Lisu and Saurashtra runs and words (up to a space), and runs of two or three words."""
    found: list[Span] = []
    for run, words_of in [
        *((m, LISU_WORD) for m in LISU_RUN.finditer(text)),
        *((m, SAURASHTRA_WORD) for m in SAURASHTRA_RUN.finditer(text)),
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
    """Item lines that one of ``patterns`` matches whole: a slot, a play, a site, a rate, a
    story, a duty, a winner."""
    return [
        line
        for line in item_lines(text)
        if any(pattern.fullmatch(text, *line) for pattern in patterns)
    ]


def fresh45_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code on such pages: word runs (a third), whole items (a block of the
    schedule, an hour of the log, a service area, a slot's rates, a bulletin, a post's shifts,
    a week's winners, a bilingual notice), clauses, whole lines, the lines that matter most (a
    programme, a play, a site, a rate, a story, a duty, a winner), two lines of an item,
    section headings, one occurrence of a line the page repeats or of a short line that
    recurs ("Prices exclude VAT", "Requested by a listener") or words inside one, a line whose
    words stand in another item, head lines, last lines, something short (a slot, a person, a
    duration, a frequency, a rate, "SPORT"), Lisu and Saurashtra runs, words and runs of
    words, two items across their blank line, notes' sentences, two sentences across a
    paragraph break, whole sections; each passage once while pools last. (``count`` is how
    many; the benchmark asks for 60.)"""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    short = [m.span() for p in SHORT for m in p.finditer(text)]
    key_lines = (
        SCHEDULE_LINE,
        PLAY,
        TRANSMITTER_LINE,
        RATE_LINE,
        NEWS_ITEM,
        DUTY_LINE,
        WINNER_LINE,
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
