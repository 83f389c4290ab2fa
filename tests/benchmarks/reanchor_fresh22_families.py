"""Twenty-second round of fresh held-out re-anchoring material: eleven families of edits, a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh22`` prints it as "twenty-second fresh held-out material"). The texts
(``reanchor_fresh22_texts`` and ``reanchor_fresh22_more_texts``) are what machines extract,
scrape, convert and re-run, each version a full text as the tool emits it: a scanned
newspaper run through OCR (running header, tea advertisement and "— 4 —" on every page,
words hyphenated at line ends, ligatures, "rn" for "m", "l" for "1", two columns read
across, stories and notices printed on several pages), an e-mail thread exported newest
first (each reply quoting the earlier messages word for word with "> " and "> > ", "On
Tue, 3 Mar 2026 at 09:14, Name wrote:", a signature and the disclaimer in every message),
a scraped news page (navigation, cookie, "Advertisement", share and "Read more:" lines,
teasers repeating the lede, "Continue reading (page 2 of 4)"), a PDF report's extracted
text (lines broken mid-sentence, footnote markers and footnotes, flattened table rows,
"Annual Report 2025 | 17"), a screenplay ("CUT TO:", "CONTINUED:", cues, parentheticals,
"Yes." and "No." again and again), a machine-translated article, a Hebrew and English
guide (niqqud on some pages only, maqaf, geresh, directional marks) and a Thai and English
notice (no spaces between Thai words, broken mid-phrase, Thai digits), with no-break,
zero-width and soft-hyphen characters, ligatures, combining marks NFC cannot compose and
emoji.

The families are what the tools and the people cleaning their output do between versions,
chosen to change where text stands and which of several near-identical passages survives:
a re-run that wraps lines at another width and hyphenates other words; tool artefacts
cleaned in some places only (ligatures expanded, "rn" read as "m" again, soft hyphens,
zero-width and no-break spaces removed); script normalised (curly quotes straightened,
niqqud and directional marks stripped, Thai digits made ASCII, Thai re-segmented with
zero-width spaces); a re-run that reads or words some passages differently (a re-OCR's
new misreadings, a newer translation model, a resent message, a revised page that gives a
line to another character); running
lines stripped; running lines restamped (page numbers and times one on); boilerplate moved
by a re-scrape; blocks of a page put in another order (columns de-interleaved, a scene
moved, rows re-ordered); a reply on top quoting the text with "> " (every quoted passage
then stands twice); a line deleted whose words stand elsewhere (a quoted copy, a repeated
notice, a running line, a short line said again); a page's last line repeated at the top
of the next page (an overlapping scan, a teaser); and a mix.

How the truth is kept: every edit goes through :class:`TrackedText`; moved text keeps its
origin, and typed or copied text has none. So when a passage's words stand in two places
the truth is where its own characters went: a reply's quoted copy ("> " and the line) and
a line repeated at the top of the next page are copies, decoys; of lines that recur word for
word (a running line, the advertisement, a quoted message, a notice, a story printed on
two pages, "CUT TO:", "Yes."), the one deleted is gone though its twins stand nearby, and
the others are where they stood; a moved running line or a reordered block is where it
went, whatever now stands in its old place; a reworded or corrected occurrence keeps the
characters the new wording shares with the old (a diff's view), while the other
occurrences of the same words are untouched decoys; a restamped page number or time is
where it stood, its new digits typed; a rewrapped line's breaks and hyphens are typed and
the hyphens and breaks it dropped are gone. Words that already stand in two places in the
texts themselves (a quoted message in every later reply, the lede in every teaser, a story
on two pages, a line of dialogue two characters say) are each where their own characters
are.
"""

from __future__ import annotations

import random
import re
import unicodedata
from itertools import pairwise

from tests.benchmarks.reanchor_families import Family, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_places import recurring
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh11_places import clauses as clauses_of
from tests.benchmarks.reanchor_fresh15_edits import reorder
from tests.benchmarks.reanchor_fresh15_families import _count
from tests.benchmarks.reanchor_fresh21_edits import line_deleted
from tests.benchmarks.reanchor_fresh22_edits import (
    LAST_NUMBER,
    copied_after,
    number_stepped,
    paragraph_moved,
    quoted_lines,
    quoted_on_top,
    rewrapped,
)
from tests.benchmarks.reanchor_fresh22_kit import (
    LRM,
    NBSP,
    RLM,
    SHY,
    ZWSP,
    Span,
    lines,
    pages,
    paragraphs,
    running,
    running_groups,
    running_kind,
    wrapped_runs,
)
from tests.benchmarks.reanchor_fresh22_more_texts import THAI_DIGITS, THAI_WORDS
from tests.benchmarks.reanchor_fresh22_texts import KINDS, OCR_MISREADINGS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the twenty-second fresh held-out material (never used while tuning).
FRESH22_SEEDS = range(22100, 22110)
#: What a re-run reads or words differently: a re-OCR's new misreadings, a newer translation
#: model's words, a resent message's, a scraper's or a revised page's.
REWORDINGS = {
    # OCR, read again
    "sixpence": "sixpcnce",
    "headmistress": "headmistrcss",
    "plentiful": "plentifu1",
    "passengers": "passengcrs",
    "Pengelly": "Pcngelly",
    "quarry": "quany",
    "chairman": "chainnan",
    "costumes": "costurnes",
    "aground": "agronnd",
    "adjourned": "adjoumed",
    "steady": "stcady",
    # a message resent with edits
    "Thanks for sending": "Thank you for sending",
    "Please reply by Friday": "Please reply by Thursday",
    "I can come": "I can still come",
    "after all": "in the end",
    "is attached": "is enclosed",
    "for six cars": "for 6 cars",
    # a re-scrape
    "The vote was 14 to 3.": "The vote was 14–3.",
    "Not everyone is convinced.": "Not everyone agrees.",
    "Engineers looked at": "Engineers also considered",
    "welcomed": "praised",
    "two thirds": "two-thirds",
    # a PDF re-extracted from the revised report
    "per cent": "percent",
    "were given priority": "came first",
    "I thank": "I would like to thank",
    "Conservators treated": "Conservators have treated",
    "since it opened": "on record",
    # a revised screenplay page
    "Nobody listens to me in this house.": "Nobody in this house listens.",
    "Put the kettle on.": "Stick the kettle on.",
    "Rain against the window.": "Rain lashes the window.",
    "goes with it": "goes too",
    "Everyone stops.": "Everyone freezes.",
    "JOE": "MARA",  # a line given to another character
    # a newer translation model
    "municipality": "town council",
    "to increase": "to raise",
    "protection wall": "sea wall",
    "The decision fell": "The decision was taken",
    "amount to approximately": "come to about",
    "are carried by": "is paid by",
    "environmental agency": "Environment Agency",
    "Inhabitants": "Residents",
    "building works shall": "construction work will",
    "remains open": "stays open",
    "criticises that": "complains that",
    "gets lost": "will be lost",
    # the English side retranslated
    "Entry is free": "Admission is free",
    "Many thanks to": "Thanks to",
    "every hour on the hour": "on the hour",
    "No flash photography": "Flash photography is not allowed",
    "Please do not feed": "Do not feed",
    "Boats leave": "Boats depart",
    "Children pay": "Children’s entry is",
    "next to the temple": "beside the temple",
}
REWORDED = re.compile(
    "|".join(
        r"\b" + "[ \n]".join(re.escape(word) for word in old.split(" ")) + r"(?!\w)"
        for old in REWORDINGS
    )
)
#: What an OCR clean-up pass corrects, wrong reading first.
CORRECTIONS = {wrong: right for right, wrong in OCR_MISREADINGS.items() if wrong != right}
ARTEFACT = re.compile(
    "|".join(rf"\b{re.escape(wrong)}\b" for wrong in CORRECTIONS if wrong.isascii())
    + f"|[\ufb00-\ufb06{SHY}{ZWSP}{NBSP}]"
)
#: Hebrew points and cantillation (not maqaf, paseq, sof pasuq), directional marks,
#: typographic quotes and Thai digits: what a normalising export drops or makes plain.
SCRIPT = re.compile(f"[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7{LRM}{RLM}’“”๐-๙]")
PLAIN = {"’": "'", "“": '"', "”": '"'} | {d: str(i) for i, d in enumerate(THAI_DIGITS)}
#: What a reply typed on top says before the text it quotes.
REPLY = "Forwarding the new version below. Ines\n\nOn Sat, 5 Dec 2026 at 16:02, Ines Duarte wrote:"


def _share(rng: random.Random, rate: float, found: list[Span]) -> list[Span]:
    """A quarter, half or all of ``found`` (at least one), in text order."""
    if not found:
        return []
    count = max(1, round(len(found) * _by_rate(rate, 1, 2, 4) / 4))
    return sorted(rng.sample(found, count))


# -- families ------------------------------------------------------------------------------------


def rewrapped_runs(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A re-run of the extractor or the OCR at another page width: one wrapped run of lines
    (half of them, every one) joined and wrapped again six to twelve code points wider or
    narrower, other long words hyphenated at the new line ends."""
    text = tracked.text
    runs = wrapped_runs(text)
    if not runs:
        return  # another family of the mix joined every run
    for run in sorted(rng.sample(runs, _count(rate, len(runs))), reverse=True):
        widest = max(e - s for s, e in lines_in(text, *run))
        width = max(16, widest + rng.choice((-12, -9, -6, 6, 9, 12)))
        rewrapped(tracked, run, rng, width)


def artefacts_cleaned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An OCR clean-up in some places only: a quarter (half, all) of the ligatures expanded,
    the misreadings corrected ("tirne" → "time", "l953" → "1953"), the soft hyphens and
    zero-width spaces dropped and the no-break spaces made plain."""
    text = tracked.text
    found = [m.span() for m in ARTEFACT.finditer(text)]
    for start, end in reversed(_share(rng, rate, found)):
        words = text[start:end]
        if words in CORRECTIONS:
            new = CORRECTIONS[words]
        elif words in (SHY, ZWSP):
            new = ""
        else:
            new = unicodedata.normalize("NFKC", words)
        tracked.replace(start, end - start, new)


def _thai_boundaries(text: str) -> list[Span]:
    """Empty spans where two Thai words of the dictionary meet (longest match first)."""
    found = []
    for run in re.finditer(r"[\u0e01-\u0e4f]+", text):
        at, end = run.start(), run.end()
        while at < end:
            word = next((w for w in THAI_WORDS if text.startswith(w, at)), None)
            if word is None:
                break
            at += len(word)
            if at < end and not unicodedata.combining(text[at]):
                found.append((at, at))
    return found


def script_normalised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A normalising export in some places only: a quarter (half, all) of the niqqud and
    directional marks dropped, curly quotes straightened, Thai digits made ASCII, and Thai
    words parted by zero-width spaces (a re-segmenting tool)."""
    text = tracked.text
    found = [m.span() for m in SCRIPT.finditer(text)]
    found.extend(_thai_boundaries(text))
    for start, end in reversed(_share(rng, rate, found)):
        if start == end:
            tracked.replace(start, 0, ZWSP)
        else:
            tracked.replace(start, end - start, PLAIN.get(text[start:end], ""))


def rerun_reworded(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A re-run that reads or words some passages differently (a re-OCR's new misreadings,
    a newer translation model, a resent message, a revised page): one occurrence (a third,
    all) of the words it changes, wherever they stand (other occurrences, quoted or
    repeated, keep the old words)."""
    text = tracked.text
    found = [m.span() for m in REWORDED.finditer(text)]
    count = _by_rate(rate, 1, max(1, len(found) // 3), len(found))
    for start, end in sorted(rng.sample(found, min(count, len(found))), reverse=True):
        old = re.sub(r"\s", " ", text[start:end])
        tracked.replace(start, end - start, REWORDINGS[old])


def _running_chosen(groups: list[list[Span]], rng: random.Random, rate: float) -> list[Span]:
    """The running lines an edit touches: every second one of one kind at rate 1, every one
    of one kind at rate 3, every running line at rate 8."""
    if rate >= 8:
        return [span for group in groups for span in group]
    group = rng.choice(groups)
    return group if rate >= 3 else group[rng.randrange(2) :: 2] or group


def running_stripped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Running lines stripped: every second one of one kind (every one of one kind, every
    running line) deleted with the blank line before it."""
    groups = list(running_groups(tracked.text).values())
    if not groups:
        return
    chosen = _running_chosen(groups, rng, rate)
    for span in sorted(chosen, reverse=True):
        line_deleted(tracked, span)


def running_restamped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Running lines restamped: the last number of every second running line of one kind
    (every one of one kind, every running line) one on: page numbers after an inserted
    page, times a minute later."""
    text = tracked.text
    groups = [
        [s for s in group if LAST_NUMBER.search(text, *s)]
        for group in running_groups(text).values()
    ]
    groups = [group for group in groups if group]
    if not groups:
        return
    chosen = _running_chosen(groups, rng, rate)
    for span in sorted(chosen, reverse=True):
        number_stepped(tracked, span)


def boilerplate_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A re-scrape that places boilerplate elsewhere: one running line (three, half of them)
    moved after another paragraph."""
    for _ in range(_by_rate(rate, 1, 3, max(3, len(running(tracked.text)) // 2))):
        text = tracked.text
        every = paragraphs(text)
        boilerplate = set(running(text))
        movable = [i for i, p in enumerate(every) if p in boilerplate and i]
        if not movable:
            return
        index = rng.choice(movable)
        others = [p[1] for i, p in enumerate(every) if i not in (index - 1, index)]
        paragraph_moved(tracked, every[index], rng.choice(others))


def blocks_reordered(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A page's blocks read in another order (columns de-interleaved, a scene or a table row
    moved): two neighbouring blocks of one page swapped (of half the pages; every page's
    blocks in reverse order)."""
    text = tracked.text
    found = [page for page in pages(text) if len(page) >= 3]
    if not found:
        return
    chosen = rng.sample(found, _count(rate, len(found)))
    for page in sorted(chosen, reverse=True):
        units = [(a[0], b[0]) for a, b in pairwise(page)]
        order = list(range(len(units)))
        if rate >= 8:
            order.reverse()
        else:
            distinct = [
                i
                for i in range(len(units) - 1)
                if text[slice(*units[i])] != text[slice(*units[i + 1])]
            ]
            if not distinct:
                continue
            first = rng.choice(distinct)
            order[first], order[first + 1] = order[first + 1], order[first]
        reorder(tracked, units, order)


def reply_on_top(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A reply typed on top that quotes what it answers with "> " on every line: a quarter
    of the paragraphs from the top (half, the whole text), so every quoted passage stands
    twice."""
    text = tracked.text
    every = paragraphs(text)
    count = max(2, round(len(every) * _by_rate(rate, 1, 2, 4) / 4))
    quoted_on_top(tracked, quoted_lines(text, every[:count]), REPLY)


def _content(text: str, line: Span) -> str:
    """A line's words without its quote prefixes."""
    return re.sub(r"^(?:> ?)+", "", text[slice(*line)])


def repeated_line_deleted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """One line (three, eight) deleted whose words stand elsewhere in the text: a quoted
    line, a repeated notice or story line, a running line, a signature, a short line said
    again ("Yes.", "CUT TO:")."""
    text = tracked.text
    every = lines(text)[:-1]
    seen: dict[str, int] = {}
    for line in every:
        seen[_content(text, line)] = seen.get(_content(text, line), 0) + 1
    found = [line for line in every if seen[_content(text, line)] >= 2 and line[0] >= 2]
    for line in sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 3, 8))), reverse=True):
        start = text.rindex("\n", 0, line[0]) + 1 if "\n" in text[: line[0]] else 0
        line_deleted(tracked, (start, text.index("\n", line[1])))


def page_overlap_copied(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Overlapping scans or a teaser: the last line of one page (three pages, every page)
    repeated as a paragraph at the top of the next page, after its running line."""
    text = tracked.text
    found = [page for page in pages(text) if len(page) >= 2]
    chosen = rng.sample(found, min(len(found), _by_rate(rate, 1, 3, len(found))))
    for page in sorted(chosen, reverse=True):
        last = lines_in(text, *page[-2])[-1]
        copied_after(tracked, last, page[-1][1])


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH22_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH22_FAMILIES: dict[str, Family] = {
    "rewrapped": rewrapped_runs,
    "artefacts cleaned": artefacts_cleaned,
    "script normalised": script_normalised,
    "rerun reworded": rerun_reworded,
    "running stripped": running_stripped,
    "running restamped": running_restamped,
    "boilerplate moved": boilerplate_moved,
    "blocks reordered": blocks_reordered,
    "reply on top": reply_on_top,
    "repeated line deleted": repeated_line_deleted,
    "page overlap copied": page_overlap_copied,
    "combined": combined,
}


def fresh22_text(seed: int, rng: random.Random) -> str:
    """An OCR'd newspaper, an e-mail thread, a scraped article, a PDF report's text, a
    screenplay, a machine translation, a Hebrew and English guide or a Thai and English
    notice, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------


def _sentences(text: str) -> list[Span]:
    """Sentences of the content paragraphs, across line breaks, eight code points or more."""
    found = []
    for start, end in paragraphs(text):
        if running_kind(text[start:end]) is not None:
            continue
        for match in re.finditer(r"[^.!?\n>]{2}[^.!?]*[.!?]", text[start:end]):
            found.append((start + match.start(), start + match.end()))
    return [s for s in _trimmed(text, found) if s[1] - s[0] >= 8]


def _across_lines(rng: random.Random, text: str) -> list[Span]:
    """From a word inside one line to a word inside the next line of the same paragraph."""
    found = []
    for paragraph in paragraphs(text):
        for first, second in pairwise(lines_in(text, *paragraph)):
            head = [m.start() for m in re.finditer(r"(?<!\S)\w", text[slice(*first)])]
            tail = [m.end() for m in re.finditer(r"\S(?!\S)", text[slice(*second)])]
            if head and tail:
                found.append((first[0] + rng.choice(head), second[0] + rng.choice(tail)))
    return found


def _across_pages(text: str) -> list[Span]:
    """From a page's last line, over its running lines, to the next page's first line."""
    every = paragraphs(text)
    found = []
    for index, paragraph in enumerate(every[1:-1], start=1):
        if (
            running_kind(text[slice(*paragraph)]) is not None
            and running_kind(text[slice(*every[index - 1])]) is None
        ):
            after = next(
                (p for p in every[index + 1 :] if running_kind(text[slice(*p)]) is None), None
            )
            if after is not None:
                found.append(
                    (lines_in(text, *every[index - 1])[-1][0], lines_in(text, *after)[0][1])
                )
    return _trimmed(text, found)


def _worded(text: str, spans: list[Span]) -> list[Span]:
    """The spans that hold three letters or digits or more (not a bare "> > >")."""
    return [span for span in spans if sum(c.isalnum() for c in text[slice(*span)]) >= 3]


def fresh22_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What researchers code in such documents: word runs (a third), sentences broken across
    lines, lines (a quoted reply's, a signature's, a cue's, a table row, a footnote), one
    occurrence of a running line, of a line or sentence the text repeats or words inside
    one, the short lines that repeat ("Yes.", "CUT TO:"), clauses, whole paragraphs, spans
    from inside one line to inside the next and spans across a page break; each passage
    once while pools last."""
    spans = word_spans(rng, text, count // 3)
    all_sentences = _sentences(text)
    every_line = lines(text)
    repeated = [span for group in recurring(text).values() for span in group]
    inside = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    seen: dict[str, list[Span]] = {}
    for line in every_line:
        seen.setdefault(text[slice(*line)], []).append(line)
    short = [
        line
        for group in seen.values()
        if len(group) >= 2
        for line in group
        if line[1] - line[0] < 12
    ]
    quoted = [
        (line[0] + len(text[slice(*line)]) - len(_content(text, line)), line[1])
        for line in every_line
        if text[line[0]] == ">"
    ]
    pools = [
        (limit, _worded(text, pool))
        for limit, pool in (
            (0.14, all_sentences),
            (0.26, every_line),
            (0.34, running(text)),
            (0.44, repeated),
            (0.50, inside),
            (0.56, short),
            (0.62, quoted),
            (0.70, clauses_of(text, all_sentences)),
            (0.78, [p for p in paragraphs(text) if p[1] - p[0] < 600]),
            (0.90, _trimmed(text, _across_lines(rng, text))),
            (1.00, _across_pages(text)),
        )
    ]
    return draw_from_pools(rng, spans, pools, all_sentences or every_line, count)
