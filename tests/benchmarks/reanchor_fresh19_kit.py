"""How the nineteenth round's news articles are laid out and where their parts stand (no test here).

Every text is a news article as a web page shows it: a headline, a byline line, a lede that
opens with a dateline ("LONDON (Parallax Wire) — "), story paragraphs of one line each,
crossheads, a photo caption that repeats a name and a figure of the story, a pull quote that
repeats a story sentence word for word in curly quotes, "Advertisement", "Read more: …" and
share-bar boilerplate between paragraphs, a run of timestamped entries ("Update 15:40 — …"
or a live blog's "14:05 — …"), a recap ("Earlier, …"), a correction note and a stock
paragraph that holds the marks that trip placement.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tests.benchmarks.reanchor_families import _paragraphs
from tests.benchmarks.reanchor_fresh7_places import sentences_of

Span = tuple[int, int]
NBSP = "\u00a0"
ZWJ = "\u200d"
#: What stands between paragraphs and carries no story.
ADVERT = "Advertisement"
SHARE = "Share this article: Facebook · X · WhatsApp · Email · Copy link 🔗"
READ_MORE = "Read more: "
CAPTION = "Photo: "
CORRECTION = "Correction: "
NEWSLETTER = (
    "Sign up to First Edition, our free newsletter: the day’s news, every weekday at 07:00. "
    "We won’t share your email address."
)
MOST_READ = "Most read"
#: Headlines a "Most read" box draws from, one a line.
HEADLINES = (
    "Pensioner, 91, wins £1m on a scratchcard bought by mistake",
    "Heatwave warning for the south-east as temperatures hit 31C",
    "Cyclists fined £150 for riding through the market square",
    "School bans mobile phones, and pupils say they don’t mind",
    "Council tax to rise by 4.99% from April",
    "The 10 best walks within an hour of the city",
    "Man rescued after 9 hours clinging to a buoy",
    "Bakery’s sourdough named the best in Britain 🍞",
)
COMMENTS = "Comments are closed on this article. Read our community guidelines."
#: A timestamped entry: a live blog's "14:05 — " or an article's "Update 15:40 — ".
ENTRY = re.compile(r"(?:Update )?\d\d:\d\d — ")
#: A dateline: "LONDON (Parallax Wire) — ", "MADRID — ", "香港 — ".
DATELINE = re.compile(r"[A-ZÀ-Ý]{2,}[^—\n]{0,40}? — ")
#: A figure, not part of a time or a year ("1,240", "4.5", "17").
FIGURE = re.compile(r"(?<![\d:.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d:])")
#: A name with its title ("Dr Inés Cárdenas", "councillor Hannah Kowalczyk").
TITLED = re.compile(
    r"\b(?:Mr Justice|Mrs|Mr|Ms|Dr|Dra\.|Councillor|councillor|councilman|nurse|Prosecutor)"
    r" [A-ZÀ-ÝŁŚŻ][\w’-]+(?: [A-ZÀ-ÝŁŚŻ][\w’-]+)*"
)
#: A quotation in curly quotes.
QUOTATION = re.compile(r"“[^”\n]+”")

#: What every article ends with: the marks that trip placement (an apostrophe, a no-break
#: space, a joiner, a combining mark) in a stock paragraph.
STOCK = (
    f"© 2026 Parallax Wire. This story can’t be republished without a licence; reprints "
    f"cost £40{NBSP}a page. Our team 👩{ZWJ}💻 corrects errors within 24 hours. Names are "
    "spelt as their owners write them (Adébáyọ̀, Nguyễn, Zoë)."
)


@dataclass(frozen=True)
class Article:
    """What one kind of article is written from."""

    headline: str
    byline: str
    dateline: str
    ledes: Sequence[str]
    #: Story units in order; a unit is one or more paragraphs kept together (a question and
    #: its answer, two language twins).
    units: Sequence[Sequence[str]]
    crossheads: Sequence[str]
    captions: Sequence[str]
    #: Timestamped entries, in order ("Update 15:40 — …").
    updates: Sequence[str]
    reads: Sequence[str]
    recap: str
    correction: str
    #: Whether the units are themselves timestamped entries (a live blog).
    live: bool = False
    #: The surnames of the people the story names.
    people: Sequence[str] = ()


def _pull_quote(rng: random.Random, paragraphs: list[str]) -> str:
    """A story sentence of 40 code points or more, in curly quotes, as a pull quote."""
    candidates = [
        sentence
        for paragraph in paragraphs
        for s, e in sentences_of(paragraph, (0, len(paragraph)))
        if len(sentence := paragraph[s:e]) >= 40 and "“" not in sentence and "”" not in sentence
    ]
    return f"“{rng.choice(candidates)}”"


def article(rng: random.Random, kind: Article) -> str:
    """An article of ``kind``: its units in order under crossheads, its captions, a pull
    quote near the top (a story sentence word for word), two or three adverts and a "Read
    more:" link between paragraphs, two or three timestamped updates, the recap, a
    correction note, the share bar, newsletter, "Most read" box, comments line and stock
    paragraph; 4 to 9 KB."""
    keep = list(range(len(kind.units)))
    while True:
        story: list[str] = [kind.dateline + rng.choice(kind.ledes)]
        heads = rng.sample(list(kind.crossheads), len(kind.crossheads))
        for index, unit in enumerate(keep):
            if index % 4 == 3 and heads:
                story.append(heads.pop())
            story.extend(kind.units[unit])
        prose = [p for p in story[1:] if p.endswith((".", "”", "?", "!", "。")) and len(p) > 60]
        quote = _pull_quote(rng, prose)
        story.insert(min(len(story), rng.randint(3, 5)), quote)
        for caption in kind.captions:
            story.insert(rng.randint(1, len(story) - 1), CAPTION + caption)
        adverts = rng.randint(2, 3)
        while story.count(ADVERT) < adverts:
            at = rng.randint(2, len(story) - 1)
            if ADVERT not in story[at - 1 : at + 1]:
                story.insert(at, ADVERT)
        story.insert(rng.randint(len(story) // 2, len(story)), READ_MORE + rng.choice(kind.reads))
        first = rng.randint(0, max(0, len(kind.updates) - 3))
        updates = list(kind.updates[first : first + rng.randint(2, 3)])
        most_read = [f"{n}. {h}" for n, h in enumerate(rng.sample(HEADLINES, 6), start=1)]
        tail = [
            *updates,
            kind.recap,
            CORRECTION + kind.correction,
            SHARE,
            NEWSLETTER,
            "\n".join([MOST_READ, *most_read]),
            COMMENTS,
            STOCK,
        ]
        text = "\n\n".join([kind.headline, kind.byline, *story, *tail]) + "\n"
        if len(text.encode()) <= 8_800 or len(keep) <= 4:
            return text
        keep.pop(rng.randrange(1, len(keep)))


# -- where things stand --------------------------------------------------------------------------


def paragraph_words(text: str, span: Span) -> str:
    """The words of a paragraph."""
    return text[span[0] : span[1]]


def is_boilerplate(words: str) -> bool:
    """An advert slot, a "Read more:" link, the share bar, the newsletter sign-up, the
    "Most read" box or the comments line."""
    return words in (ADVERT, SHARE, NEWSLETTER, COMMENTS) or words.startswith(
        (READ_MORE, MOST_READ + "\n")
    )


def is_entry(words: str) -> bool:
    """A timestamped entry."""
    return ENTRY.match(words) is not None


def is_pull_quote(words: str) -> bool:
    """A paragraph that is one quotation in curly quotes."""
    return words.startswith("“") and words.endswith("”") and words.count("“") == 1


def is_furniture(words: str) -> bool:
    """Boilerplate, a caption, a pull quote, a crosshead, the recap, a correction note or
    the stock paragraph: what is no part of the story's run of paragraphs."""
    crosshead = "\n" not in words and len(words) <= 60 and words[-1] not in ".”?!。」*"
    return (
        is_boilerplate(words)
        or is_pull_quote(words)
        or crosshead
        or words.startswith((CAPTION, CORRECTION, "Earlier, ", "©"))
    )


def kinds_of(text: str, test: object) -> list[Span]:
    """The paragraphs after the byline whose words pass ``test``."""
    assert callable(test)
    return [p for p in _paragraphs(text)[2:] if test(paragraph_words(text, p))]


def story(text: str) -> list[Span]:
    """The story's units in order, the lede first, up to the tail: its paragraphs (a live
    blog's entries, a pair of language twins), a bold question together with its answer."""
    found: list[Span] = []
    stop = tail_start(text)
    for span in _paragraphs(text)[2:]:
        words = paragraph_words(text, span)
        if span[0] >= stop:
            break
        question = found and paragraph_words(text, found[-1]).startswith("**")
        if (
            question
            and "\n\n" not in paragraph_words(text, found[-1])
            and (text[found[-1][1] : span[0]] == "\n\n")
        ):
            found[-1] = (found[-1][0], span[1])
        elif not is_furniture(words):
            found.append(span)
    return found


def crossheads(text: str) -> list[Span]:
    """Every crosshead: a short line with no closing stop inside the story."""
    stop = tail_start(text)
    return [
        p
        for p in _paragraphs(text)[3:]
        if p[0] < stop
        and is_furniture(words := paragraph_words(text, p))
        and not is_boilerplate(words)
        and "\n" not in words
        and len(words) <= 60
        and words[-1] not in ".”?!。」*"
    ]


def boilerplate(text: str) -> list[Span]:
    """Every advert slot, "Read more:" link and share bar."""
    return kinds_of(text, is_boilerplate)


def entries(text: str) -> list[Span]:
    """Every timestamped entry."""
    return kinds_of(text, is_entry)


def pull_quotes(text: str) -> list[Span]:
    """Every pull quote."""
    return kinds_of(text, is_pull_quote)


def captions(text: str) -> list[Span]:
    """Every photo caption."""
    return kinds_of(text, lambda words: words.startswith(CAPTION))


def runs_of(text: str, spans: list[Span]) -> list[list[Span]]:
    """``spans`` grouped into runs that follow each other with one blank line between."""
    runs: list[list[Span]] = []
    for span in spans:
        if runs and text[runs[-1][-1][1] : span[0]] == "\n\n":
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def lede(text: str) -> Span:
    """The lede: the first paragraph after the byline."""
    return _paragraphs(text)[2]


def dateline(text: str, paragraph: Span) -> Span | None:
    """The dateline a paragraph opens with, if any."""
    match = DATELINE.match(text, paragraph[0], paragraph[1])
    return (match.start(), match.end()) if match else None


def tail_start(text: str) -> int:
    """Where the article's tail starts: its first timestamped update after the story (the
    whole run, for a live blog), the recap or the correction note, whichever comes first."""
    found = [
        p[0]
        for p in _paragraphs(text)[3:]
        if paragraph_words(text, p).startswith(("Update ", "Earlier, ", CORRECTION, SHARE))
    ]
    return min(found)


def quotations(text: str) -> list[Span]:
    """Every quotation in curly quotes, with its quote marks."""
    return [(m.start(), m.end()) for m in QUOTATION.finditer(text)]


def figures(text: str) -> dict[str, list[Span]]:
    """Every figure between the byline and the stock paragraph, outside boilerplate, by
    its digits, where it stands (the year left out)."""
    found: dict[str, list[Span]] = {}
    for start, end in _outside_boilerplate(text):
        for match in FIGURE.finditer(text, start, end):
            if match[0] != "2026":
                found.setdefault(match[0], []).append((match.start(), match.end()))
    return found


def _outside_boilerplate(text: str) -> list[Span]:
    """The paragraphs between the byline and the stock paragraph that are no boilerplate."""
    return [p for p in _paragraphs(text)[2:-1] if not is_boilerplate(paragraph_words(text, p))]


def surnames(text: str, people: Sequence[str]) -> dict[str, list[Span]]:
    """Which of ``people`` stand twice or more as a whole word outside boilerplate, with
    where they stand."""
    found: dict[str, list[Span]] = {}
    for name in people:
        word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        found[name] = [
            (m.start(), m.end())
            for p in _outside_boilerplate(text)
            for m in word.finditer(text, *p)
        ]
    return {name: spans for name, spans in found.items() if len(spans) >= 2}
