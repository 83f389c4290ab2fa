"""Twenty-third round of fresh held-out material for re-anchoring: thirteen families and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh23`` prints it as "twenty-third fresh held-out material"). The texts
are what crowds write and platforms re-export (``reanchor_fresh23_texts`` and
``reanchor_fresh23_more_texts``): a social-media thread's export, an encyclopaedia article's
revision, an exam paper with its mark scheme, a glossary, a community Q&A page, a fan
wiki's episode list, and Amharic/English and Yoruba/English community notice boards. Each is
sections of items whose lines recur word for word: quote-posts repeat posts, the mark
scheme repeats each stem, the body restates the lead, answers quote the question with
"> ", short replies ("Same.", "እሺ።", "Ẹ ṣé o!") and template lines ("Answer all questions
in this section.", "(2 marks)", "Recurring cast: …", "Show more") stand many times.

The families are what platforms and the people editing there do between two exports,
chosen to change where text stands and which of several near-identical passages
survives: the export re-made in the other order (newest first); items deleted while
the items quoting them keep their words; numbers renumbered after an upstream deletion
and marks changed; vandalism inserted and reverted, the first act missed by the revert;
items moved to another section; one item's key (votes, air date, term) changed and its
run re-sorted; a line copied into a new item elsewhere, then the original corrected; the
lead rewritten from lines of the body; marks normalised on one side (no-break and
zero-width spaces, soft hyphens, tone marks, dotted letters, Ethiopic numerals, curly
apostrophes); neighbouring items merged; recurring template lines dropped from some
items; whole sections moved; a quote widened to the quoted item's next line (an answer
edited to quote more of the question); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin and typed or copied text has none. So whenever a passage's words stand in two places
the truth is where its own characters went. A quote-post, a mark-scheme stem, the restated
lead sentence and a "> " quote are passages of their own in the old text, not copies of the
original: when the original is deleted it is gone, though its words stand word for word in
the quote. A line copied into a new item (or into a rewritten lead) is a decoy; the original
stays where it stood, corrected ("(edited)" appended, its first figure one up). A line a
widened quote takes in is a copy too: the quoted item keeps its own line, and the quote's
"Edited" is typed. A recurring line dropped from some items is gone there, whatever twin
stands in the next item. A vandal's inserted lines are typed and a revert deletes them; a
word the vandal swapped is typed back by the revert, so that word (never more than a word)
has no origin and the passage around it keeps the rest. Renumbered and normalised marks are
replaced one by one, so the passage keeps every other character. A moved item, section or
merged line is where it went, whatever stands in its old place; when items merge, the
later items' head lines are gone.
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
from tests.benchmarks.reanchor_fresh15_edits import FIGURE, figure_amended, reorder
from tests.benchmarks.reanchor_fresh15_families import note_sentences, runs_to_merge
from tests.benchmarks.reanchor_fresh23_edits import (
    NORMALISED,
    copied_as_item,
    cut,
    line_dropped,
    merged_into_previous,
    moved_to,
    normalise,
)
from tests.benchmarks.reanchor_fresh23_kit import (
    AIR_DATE,
    FOOTER_HEADING,
    NUMBERED,
    VOTES,
    Span,
    body_lines,
    echoes,
    head_line,
    is_item,
    item_runs,
    items,
    last_line,
    notes,
    sections,
    sort_key,
)
from tests.benchmarks.reanchor_fresh23_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twenty-third fresh held-out material (never used while tuning).
FRESH23_SEEDS = range(23100, 23110)
#: What a vandal types into an item, and the word swaps a vandal makes.
VANDALISM = (
    "lol this is all FAKE 😂😂😂",
    "MR HIGGINS IS THE BEST TEACHER EVER!!!",
    "u r all idiots",
    "JORY WAS HERE 2026",
)
SWAPS = {"the": "teh", "is": "isn't", "and": "&", "of": "off", "on": "in", "a": "the"}
#: What a platform types over a line it copies into a new item.
CROSS_POSTED = "Cross-posted from {} · shared by @jo_h"
EDITED = " (edited)"
#: Terms an editor renames, and what they become.
RENAMED = {
    "Groyne": "Breakwater",
    "Bar": "Sandbar",
    "Spit": "Sand spit",
    "Cliff": "Sea cliff",
    "Cave": "Sea cave",
    "Stack": "Sea stack",
    "Loe": "Pool",
    "Lagoon": "Coastal lagoon",
    "Arch": "Natural arch",
    "Berm": "Beach ridge",
    "Shingle": "Pebbles",
    "Gabion": "Wire basket",
}


def _count(rate: float, found: int) -> int:
    """One, half or all of ``found`` things, by rate."""
    return _by_rate(rate, 1, max(1, found // 2), found)


def _section_units(text: str) -> list[Span]:
    """Each section from its heading to where the next one (or the footer heading) starts."""
    found = sections(text)
    footer = next(p for p in _paragraphs(text) if text[slice(*p)] == FOOTER_HEADING)
    starts = [heading[0] for heading, _ in found] + [footer[0]]
    return list(pairwise(starts))


def _section_end(text: str, index: int) -> int:
    """Where the paragraph after section ``index``'s last one starts."""
    heading, under = sections(text)[index]
    return (under[-1][1] if under else heading[1]) + 2


# -- families ------------------------------------------------------------------------------------


def export_reversed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The page exported again newest first: the items of one run (half the runs, every
    run) put in the other order, numbers staying with their items; at the highest rate the
    sections too, and the subtitle's "oldest first" retyped."""
    runs = [run for run in item_runs(tracked.text) if len(run) >= 2]
    for run in sorted(rng.sample(runs, _count(rate, len(runs))), reverse=True):
        units = [(s, e + 2) for s, e in run]
        reorder(tracked, units, list(reversed(range(len(units)))))
    if rate >= 8:
        units = _section_units(tracked.text)
        reorder(tracked, units, list(reversed(range(len(units)))))
    at = tracked.text.find("oldest first")
    if at >= 0:
        tracked.replace(at, len("oldest"), "newest")


def quoted_originals_deleted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Items deleted while others keep their words (a post deleted, its quote-posts kept; a
    question struck, the mark scheme kept; a restated sentence's paragraph removed): one
    item (three, six) holding a line whose words stand whole in another item."""
    text = tracked.text
    echoed = [line for line, _ in echoes(text)]
    holders = {item for item in items(text) for line in echoed if item[0] <= line[0] < item[1]}
    chosen = rng.sample(sorted(holders), min(len(holders), _by_rate(rate, 1, 3, 6)))
    for item in sorted(chosen, reverse=True):
        cut(tracked, item)


def renumbered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An upstream deletion renumbers the page: every post, question, episode, notice, sense and
    reference number from the last third (the middle, the first) on one down ("[12]" →
    "[11]", "4/30" → "3/30", "Q5." → "Q4."), and the marks of one question (two, four)
    changed ("(2 marks)" → "(3 marks)")."""
    text = tracked.text
    found = [m for m in NUMBERED.finditer(text) if m.lastindex is not None]
    numbered = [m for m in found if m.lastindex != 5]
    first = _by_rate(rate, 2 * len(numbered) // 3, len(numbered) // 3, 0)
    marks = [m for m in found if m.lastindex == 5]
    changed = {id(m) for m in rng.sample(marks, min(len(marks), _by_rate(rate, 1, 2, 4)))}
    for match in reversed(found):
        group = match.lastindex
        assert group is not None
        value = int(match[group])
        if group == 5 and id(match) in changed:
            new = value + 1 if value < 4 else value - 1
        elif group != 5 and match in numbered[first:] and value > 1:
            new = value - 1
        else:
            continue
        tracked.replace(match.start(group), len(match[group]), str(new))
    if not changed and first >= len(numbered):
        line = body_lines(text, items(text)[-1])[-1]
        tracked.replace(line[1], 0, EDITED)


def vandalism_reverted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Vandals' edits between two revisions: a line of abuse typed into an item and a word
    swapped in another ("is" → "isn't"), two (four, eight) acts in all; a revert undoes
    every act but the first (the first two, which the patroller missed), typing the
    swapped words back."""
    acts: list[tuple[int, str, str]] = []  # (where, what was there, what the vandal left)
    for _ in range(_by_rate(rate, 2, 4, 8)):
        text = tracked.text
        item = rng.choice(items(text))
        if rng.random() < 0.5:
            at = head_line(text, item)[1]
            typed = "\n" + rng.choice(VANDALISM)
            tracked.replace(at, 0, typed)
            acts.append((at, "", typed))
            continue
        words = [m for m in re.finditer(r"(?<![@\w])\w+\b", text[slice(*item)]) if m[0] in SWAPS]
        if not words:
            continue
        word = rng.choice(words)
        at = item[0] + word.start()
        tracked.replace(at, len(word[0]), SWAPS[word[0]])
        acts.append((at, word[0], SWAPS[word[0]]))
    kept = _by_rate(rate, 1, 1, 2)
    for at, was, left in reversed(acts[kept:]):
        tracked.replace(at, len(left), was)


def items_moved_between_sections(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Questions shuffled between sections while the mark scheme keeps the old order,
    posts moved into another part of the thread: one item (two, four), never its section's
    last (so no move undoes another), cut from its section and pasted at the end of another."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        found = sections(text)
        having = [
            (index, item)
            for index, (_, under) in enumerate(found)
            for item in under[:-1]
            if is_item(text, item)
        ]
        index, item = rng.choice(having)
        other = rng.choice([i for i in range(len(found)) if i != index])
        moved_to(tracked, item, _section_end(text, other))


def _key(text: str, item: Span) -> re.Match[str] | None:
    """Where an item's sort key stands: its votes, its air date's day or its renamable term."""
    term = re.match(r"[A-Z][a-z]+(?= )", text[slice(*item)])
    if term and term[0] in RENAMED:
        return re.compile(r"\w+").match(text, item[0])
    return VOTES.search(text, *item) or AIR_DATE.search(text, *item)


def _key_changed(tracked: TrackedText, rng: random.Random, item: Span) -> int:
    """An item's sort key changed (its votes recounted, its air date corrected, its term
    renamed); how much longer the item grew."""
    text = tracked.text
    key = _key(text, item)
    assert key is not None
    old = key[1] if key.lastindex else key[0]
    if old in RENAMED:
        new = RENAMED[old]
    else:
        new = str(rng.choice([n for n in range(1, 29) if n != int(old)]))
    at = key.start(1) if key.lastindex else key.start()
    tracked.replace(at, len(old), new)
    return len(new) - len(old)


def renamed_and_resorted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A term renamed and the glossary re-sorted, an answer's votes recounted and the
    answers re-sorted, an episode's air date corrected and the season re-sorted: in one run
    (half, every run) one item's key changed where one has a key, then the run sorted by
    key (items without one by their head line)."""
    text = tracked.text
    runs = [
        run
        for run in item_runs(text)
        if len(run) >= 2
        and (
            any(_key(text, item) for item in run)
            or sorted(run, key=lambda item: sort_key(text[slice(*item)])) != run
        )
    ]
    for run in sorted(rng.sample(runs, _count(rate, len(runs))), reverse=True):
        keyed = [item for item in run if _key(tracked.text, item)]
        if keyed:
            item = rng.choice(keyed)
            shift = _key_changed(tracked, rng, item)
            run = [
                (s, e)
                if s < item[0]
                else (s, e + shift)
                if s == item[0]
                else (s + shift, e + shift)
                for s, e in run
            ]
        text = tracked.text
        order = sorted(range(len(run)), key=lambda i: sort_key(text[slice(*run[i])]))
        reorder(tracked, [(s, e + 2) for s, e in run], order)


def copied_then_corrected(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A line copied into a new item at the end of another section (a definition into
    "See also", a post cross-posted, an answer shared), then the original corrected: its
    first figure one up where it has one, and "(edited)" after it; the copy keeps the old
    words. One line (two, four)."""
    for _ in range(_by_rate(rate, 1, 2, 4)):
        text = tracked.text
        found = sections(text)
        having = [
            (index, line)
            for index, (_, under) in enumerate(found)
            for item in under
            if is_item(text, item)
            for line in body_lines(text, item)
            if line[1] - line[0] >= 12
        ]
        index, (start, end) = rng.choice(having)
        other = rng.choice([i for i in range(len(found)) if i != index])
        heading = text[slice(*found[index][0])]
        at = _section_end(text, other)
        shift = copied_as_item(tracked, (start, end), at, CROSS_POSTED.format(heading))
        if start >= at:
            start, end = start + shift, end + shift
        figure = FIGURE.search(tracked.text, start + 3, end)
        if figure:
            figure_amended(tracked, figure.start(), end)
        tracked.replace(end, 0, EDITED)


def lead_rewritten_from_body(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The lead rewritten from the body: its first sentence (two sentences, all of it)
    replaced by copies of body lines (of different words, 30 code points or longer), one
    copied line for each."""
    text = tracked.text
    lead = _paragraphs(text)[2]
    said = note_sentences(text, lead)
    count = min(len(said), _by_rate(rate, 1, 2, len(said)))
    lines: dict[str, Span] = {}
    for item in items(text):
        for line in body_lines(text, item):
            if line[1] - line[0] >= 30:
                lines.setdefault(text[slice(*line)], line)
    chosen = rng.sample(sorted(lines.values()), count)
    start, end = said[0][0], said[count - 1][1]
    removed = end - start - (count - 1)
    tracked.replace(start, end - start, " " * (count - 1))
    at, inserted = start, 0
    for line_start, line_end in chosen:  # every body line stands after the lead
        length = line_end - line_start
        tracked.copy(line_start - removed + inserted, length, at)
        inserted += length
        at += length + 1


def marks_normalised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A re-export that normalises one side: in one line holding such marks (a third of
    them, every one) no-break and zero-width spaces, soft hyphens, emoji variation
    selectors, curly apostrophes, tone marks, dotted letters and Ethiopic numerals written
    as a plain keyboard writes them ("Ọ̀la" → "O̩la", "፲፬" → "14")."""
    text = tracked.text
    having = [line for line in lines_in(text, 0, len(text)) if NORMALISED.search(text, *line)]
    count = _by_rate(rate, 1, max(1, len(having) // 3), len(having))
    for line in sorted(rng.sample(having, count), reverse=True):
        normalise(tracked, line)


def items_merged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An unrolled thread, merged paragraphs: one pair of neighbouring items (two runs of
    three, every run) made one, the later items' head lines dropped and their lines joined
    to the first's with spaces."""
    for run in sorted(runs_to_merge(item_runs(tracked.text), rng, rate), reverse=True):
        for first, second in reversed(list(pairwise(run))):
            merged_into_previous(tracked, first, second)


def recurring_lines_dropped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A re-export that drops template lines ("Show more", "Recurring cast: …", "(2
    marks)", "Posted by …", "See also: …"): of one line that recurs in three items or more
    (two such lines, every one), the copies in some items dropped (half of them, all but
    one)."""
    text = tracked.text
    groups: dict[str, list[Span]] = {}
    for item in items(text):
        lines = body_lines(text, item)
        if len(lines) >= 2:
            for line in lines:
                groups.setdefault(re.sub(r"\d+", "#", text[slice(*line)]), []).append(line)
    found = [group for group in groups.values() if len(group) >= 3]
    dropped: list[Span] = []
    for group in rng.sample(found, min(len(found), _by_rate(rate, 1, 2, len(found)))):
        count = _by_rate(rate, 1, len(group) // 2, len(group) - 1)
        dropped.extend(rng.sample(group, count))
    for line in sorted(dropped, reverse=True):
        line_dropped(tracked, line)


def sections_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An editor moves a section ("Storm damage" above "History", "Section C" first): one
    section (two, all of them shuffled) moved to another place, heading and all."""
    units = _section_units(tracked.text)
    order = list(range(len(units)))
    if rate >= 8:
        while order == sorted(order):
            rng.shuffle(order)
    else:
        for _ in range(_by_rate(rate, 1, 2, 2)):
            unit = order.pop(rng.randrange(len(order)))
            order.insert(rng.randrange(len(order) + 1), unit)
        if order == sorted(order):
            order[0], order[1] = order[1], order[0]
    reorder(tracked, units, order)


def quotes_extended(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An answer edited to quote more of the question, a quote-post widened to more of the
    post: in one item (two, four) whose line repeats another item's line, the line after
    that one (before it, when it is the last) copied under the repeating line with the same
    lead-in ("> "), and "Edited" typed at the end of the item."""
    text = tracked.text
    found = items(text)

    def item_of(at: int) -> Span:
        return next(item for item in found if item[0] <= at < item[1])

    candidates: dict[Span, tuple[int, str, Span]] = {}
    for source, place in echoes(text):
        quoting, quoted = item_of(place[0]), item_of(source[0])
        lines = lines_in(text, *quoted)
        index = lines.index(source)
        more = lines[index + 1] if index + 1 < len(lines) else lines[index - 1]
        if quoting == quoted or more[1] - more[0] < 5:
            continue
        line_start = text.rfind("\n", 0, place[0]) + 1
        line_end = text.find("\n", place[1], quoting[1])
        line_end = quoting[1] if line_end < 0 else line_end
        candidates.setdefault(quoting, (line_end, text[line_start : place[0]], more))
    count = min(len(candidates), _by_rate(rate, 1, 2, 4))
    inserted: list[tuple[int, int]] = []  # (where in the old text, how long)
    for quoting, (line_end, lead_in, (start, end)) in sorted(
        rng.sample(sorted(candidates.items()), count), reverse=True
    ):
        tracked.replace(quoting[1], 0, "\nEdited")
        tracked.replace(line_end, 0, "\n" + lead_in)
        inserted += [(quoting[1], 7), (line_end, 1 + len(lead_in))]
        shift = sum(length for at, length in inserted if at <= start)
        tracked.copy(start + shift, end - start, line_end + 1 + len(lead_in))
        inserted.append((line_end, end - start))


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH23_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH23_FAMILIES: dict[str, Family] = {
    "export reversed": export_reversed,
    "quoted originals deleted": quoted_originals_deleted,
    "renumbered": renumbered,
    "vandalism reverted": vandalism_reverted,
    "items moved between sections": items_moved_between_sections,
    "renamed and resorted": renamed_and_resorted,
    "copied then corrected": copied_then_corrected,
    "lead rewritten from body": lead_rewritten_from_body,
    "marks normalised": marks_normalised,
    "items merged": items_merged,
    "recurring lines dropped": recurring_lines_dropped,
    "sections moved": sections_moved,
    "quotes extended": quotes_extended,
    "combined": combined,
}


def fresh23_text(seed: int, rng: random.Random) -> str:
    """A thread export, an encyclopaedia revision, an exam paper, a glossary, a Q&A page,
    an episode list, an Amharic or a Yoruba notice board, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def fresh23_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code: word runs (a third), whole items, clauses, lines, section
    headings, one occurrence of a line the text repeats (a quote-post's post, a stem in the
    mark scheme, "(2 marks)") or of a short reply that recurs ("Same.", "እሺ።") or words
    inside one, a line whose words stand in
    another item, head lines, last lines, two items across their blank line, a line and
    the next item's head across items, notes' sentences, two sentences across a paragraph
    break, whole sections; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    found = items(text)
    all_sentences = sentences(text) or _paragraphs(text)
    lines = _trimmed(text, [line for item in found for line in lines_in(text, *item)])
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    pairs = [(a[0], b[1]) for run in item_runs(text) for a, b in pairwise(run)]
    crossing = [
        (last_line(text, a)[0], head_line(text, b)[1])
        for run in item_runs(text)
        for a, b in pairwise(run)
    ]
    said = [s for note in notes(text) for s in note_sentences(text, note)]
    echoed = [place for pair in echoes(text) for place in pair]
    short: dict[str, list[Span]] = {}
    for line in lines:
        if line[1] - line[0] < 12:
            short.setdefault(text[slice(*line)], []).append(line)
    replies = [line for group in short.values() if len(group) >= 2 for line in group]
    section_spans = [(heading[0], under[-1][1]) for heading, under in sections(text) if under]
    pools = [
        (0.10, found),
        (0.17, clauses_of(text, all_sentences)),
        (0.27, lines),
        (0.31, [heading for heading, _ in sections(text)]),
        (0.38, repeated),
        (0.43, replies),
        (0.47, inside),
        (0.55, echoed),
        (0.61, [head_line(text, item) for item in found]),
        (0.67, [last_line(text, item) for item in found]),
        (0.73, pairs),
        (0.79, crossing),
        (0.85, said),
        (0.90, _across(text)),
        (0.95, section_spans),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
