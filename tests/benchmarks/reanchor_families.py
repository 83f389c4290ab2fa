"""Hard news texts and families of logged edits, for judging re-anchoring (no test here).

The texts try to break an anchoring algorithm: a boilerplate sign-off repeated after
several paragraphs, short quotes that recur ("he said."), a paragraph printed twice, a
near-duplicate paragraph one word apart, sentences in Cyrillic, Kazakh, Arabic, Hebrew
and Chinese, emoji (flags, ZWJ families) and combining marks. Each family edits a text in
one realistic way at a given rate, through :class:`TrackedText` so the truth is known.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

from desktop_app.core.text import canonicalize
from tests.storage.edit_simulation import TrackedText

SUBJECTS = (
    "The minister",
    "Officials in Astana",
    "The delegation",
    "Analysts",
    "The president",
    "Critics",
    "Diplomats in Washington",
    "The foreign ministry",
    "Local traders",
    "Israel",
)
VERBS = (
    "said",
    "argued",
    "warned",
    "noted",
    "insisted",
    "confirmed",
    "denied",
    "suggested",
)
OBJECTS = (
    "that trade would grow as new routes opened",
    "that the accords were mostly symbolic",
    "that critical minerals were the real prize",
    "that the summit changed the tone",
    "that neighbours had not been consulted",
    "that the decision followed years of talks",
    "that investment in rail and ports would follow",
    "that the timing was no accident",
    "that relations with Moscow would not suffer",
    "that the region was watching closely",
)
TAILS = (
    "",
    " on Thursday",
    " in a statement",
    " after the meeting",
    " without giving details",
    " according to two people familiar with the talks",
    " in an interview",
)
SCRIPTS = (
    "Министр заявил, что соглашение открывает новые возможности.",
    "Қазақстан келісімге қосылды, деді ресми өкілдер.",
    "قال المتحدث إن الاتفاق خطوة طبيعية.",
    "הדובר אמר כי ההסכם הוא צעד טבעי.",
    "分析人士表示，关键矿产才是真正的目标。",
    "Le café de la gare est fermé depuis lundi, a dit le maire.",
    "Crowds waved flags 🇰🇿 🇮🇱 and families 👩‍👩‍👧 gathered outside.",
    "The q\u0301 and x\u0308 marks of the transliteration were kept, w\u0330ith care.",
    "मंत्री ने कहा कि समझौता ऐतिहासिक है।",
)
BOILERPLATE = (
    "Reporting by Aigerim Seitkali; Editing by Mark Potter.",
    "Read more: Kazakhstan and the Abraham Accords.",
)
#: Rewrites and replacement articles say other things than the templates above.
OTHER_SENTENCES = (
    "A spokesperson declined to comment on the report.",
    "Markets in Almaty closed slightly higher on the news.",
    "The agreement still needs approval from parliament, which meets in January.",
    "Shipping firms expect delays at the border crossing near Khorgos.",
    "Several opposition figures called for a public debate.",
    "Officials gave no timetable for the first joint projects.",
    "Energy prices rose for the third week in a row.",
    "The embassy said visas would be processed faster from next year.",
    "Teachers in Shymkent staged a short strike over pay.",
    "A new rail link to the Caspian coast opened last spring.",
)
REPLACEMENT_WORDS = (
    "reportedly",
    "officially",
    "new",
    "regional",
    "key",
    "major",
    "quietly",
    "also",
    "the",
    "said",
    "Astana",
    "accords",
    "минерал",
    "🇰🇿",
    "é",
)


def sentence(rng: random.Random) -> str:
    """One news sentence; a fifth end in a short recurring quote, some in other scripts."""
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(SCRIPTS)
    if roll < 0.28:
        return f"“{rng.choice(OBJECTS)[5:].capitalize()},” {rng.choice(('he', 'she'))} said."
    subject, verb, what = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)
    return f"{subject} {verb} {what}{rng.choice(TAILS)}."


def paragraph(rng: random.Random, *, other: bool = False) -> str:
    """Two to five sentences (``other``: from the sentences the templates never make)."""
    pick: Callable[[], str] = (
        (lambda: rng.choice(OTHER_SENTENCES)) if other else (lambda: sentence(rng))
    )
    return " ".join(pick() for _ in range(rng.randint(2, 5)))


def news_text(rng: random.Random, paragraphs: int = 24, *, other: bool = False) -> str:
    """A headline, a byline and paragraphs, with repeated boilerplate, a paragraph printed
    twice and a near duplicate (canonical: NFC, LF)."""
    body = [paragraph(rng, other=other) for _ in range(paragraphs)]
    twice = rng.randrange(len(body))
    body.insert(rng.randrange(len(body)), body[twice])
    near = rng.randrange(len(body))
    words = body[near].split(" ")
    spot = rng.randrange(len(words))
    words[spot] = rng.choice(REPLACEMENT_WORDS)
    body.insert(rng.randrange(len(body)), " ".join(words))
    for boilerplate in (BOILERPLATE[0], BOILERPLATE[0], BOILERPLATE[0], *BOILERPLATE[1:] * 2):
        _insert_apart(rng, body, boilerplate)
    headline = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    if other:
        headline = rng.choice(OTHER_SENTENCES).rstrip(".")
    return canonicalize("\n\n".join([headline, "By Joanna Lillis, Almaty", *body]) + "\n")


def _insert_apart(rng: random.Random, body: list[str], new: str) -> None:
    """Insert ``new`` where neither neighbour is the same (no paragraph twice in a row)."""
    places = [i for i in range(len(body) + 1) if new not in body[max(0, i - 1) : i + 1]]
    body.insert(rng.choice(places), new)


def annotated_spans(rng: random.Random, text: str, count: int) -> list[tuple[int, int]]:
    """Spans a reader would code: word runs of 1-25 words, whole sentences, whole
    paragraphs, and short quotes that recur in the text."""
    from tests.storage.edit_simulation import word_spans

    spans = word_spans(rng, text, count * 6 // 10)
    paragraphs = _paragraphs(text)
    sentences = _sentences(text)
    while len(spans) < count:
        roll = rng.random()
        if roll < 0.4:
            spans.append(rng.choice(sentences))
        elif roll < 0.7:
            spans.append(rng.choice(paragraphs))
        else:
            needle = rng.choice((" said.", BOILERPLATE[0], "Read more", "the accords"))
            places = _find_all(text, needle.strip())
            if places:
                at = rng.choice(places)
                spans.append((at, at + len(needle.strip())))
    return sorted(spans)


def _find_all(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            start = at + block.index(stripped[0])
            spans.append((start, start + len(stripped)))
        at += len(block) + 2
    return spans


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for start, end in _paragraphs(text):
        at = start
        for stop in range(start, end):
            if text[stop] in ".。" and (stop + 1 == end or text[stop + 1] == " "):
                spans.append((at, stop + 1))
                at = stop + 2
    return spans or _paragraphs(text)


# -- families of edits -------------------------------------------------------------------------

Family = Callable[[TrackedText, random.Random, float], None]


def _word_starts(tracked: TrackedText) -> list[int]:
    chars = tracked.chars
    return [i for i in range(1, len(chars)) if chars[i - 1] == " " and not chars[i].isspace()]


def _count(tracked: TrackedText, rate: float, per: int = 100) -> int:
    """How many edits ``rate`` per ``per`` words makes."""
    return max(1, round(len(_word_starts(tracked)) * rate / per))


def typos(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Letters swapped, dropped, doubled or mistyped inside words."""
    for _ in range(_count(tracked, rate)):
        at = rng.choice(_word_starts(tracked)) + rng.randint(0, 3)
        if at >= len(tracked.chars) - 1 or not tracked.chars[at].isalpha():
            continue
        if unicodedata.combining(tracked.chars[at + 1]) or unicodedata.combining(tracked.chars[at]):
            continue  # the edit would be recomposed by NFC
        kind = rng.randrange(3)
        if kind == 0:
            tracked.replace(at, 1, rng.choice("aeioustrn"))
        elif kind == 1:
            tracked.replace(at, 1, "")
        else:
            tracked.replace(at, 0, tracked.chars[at])


def words(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Words inserted, deleted and replaced."""
    for _ in range(_count(tracked, rate)):
        starts = _word_starts(tracked)
        at = rng.choice(starts)
        end = at
        while end < len(tracked.chars) and not tracked.chars[end].isspace():
            end += 1
        kind = rng.randrange(3)
        new_word = rng.choice(REPLACEMENT_WORDS)
        if kind == 0:
            tracked.replace(at, 0, new_word + " ")
        elif kind == 1 and end < len(tracked.chars) and tracked.chars[end] == " ":
            tracked.replace(at, end + 1 - at, "")
        else:
            tracked.replace(at, end - at, new_word)


def whitespace(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Re-wrapped lines: spaces become line breaks or doubled, blank lines single."""
    spaces = [i for i, c in enumerate(tracked.chars) if c == " "]
    for at in sorted(rng.sample(spaces, min(len(spaces), _count(tracked, rate * 4))), reverse=True):
        tracked.replace(at, 1, rng.choice(("\n", "  ", " \n", "\u00a0")))


def typography(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Typographic quotes, apostrophes and dashes flipped to straight ones and back."""
    swaps = {"“": '"', "”": '"', '"': "“", "’": "'", "'": "’", "—": "--", "-": "–", "–": "-"}
    spots = [i for i, c in enumerate(tracked.chars) if c in swaps]
    chosen = rng.sample(spots, min(len(spots), max(1, int(len(spots) * rate / 10))))
    for at in sorted(chosen, reverse=True):
        tracked.replace(at, 1, swaps[tracked.chars[at]])


def _paragraph_spans(tracked: TrackedText) -> list[tuple[int, int]]:
    return _paragraphs(tracked.text)


def paragraphs_added(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """New paragraphs, some of them boilerplate or near copies of existing ones (decoys)."""
    for _ in range(max(1, int(len(_paragraph_spans(tracked)) * rate / 20))):
        spans = _paragraph_spans(tracked)
        start, end = rng.choice(spans)
        roll = rng.random()
        if roll < 0.3:
            new = rng.choice(BOILERPLATE)
        elif roll < 0.6:
            existing = tracked.text[start:end].split(" ")
            existing[rng.randrange(len(existing))] = rng.choice(REPLACEMENT_WORDS)
            new = " ".join(existing)
        else:
            new = paragraph(rng, other=True)
        text = tracked.text
        places = [s for i, (s, _) in enumerate(spans) if new not in _neighbours(text, spans, i)]
        at = rng.choice(places)
        if 0.3 <= roll < 0.6:  # a near copy: pasted, then one word changed (the truth knows)
            original = text[start:end]
            head = 0
            while head < min(len(original), len(new)) and original[head] == new[head]:
                head += 1
            tail = 0
            while tail < min(len(original), len(new)) - head and (
                original[len(original) - 1 - tail] == new[len(new) - 1 - tail]
            ):
                tail += 1
            tracked.copy(start, end - start, at)
            tracked.replace(at + end - start, 0, "\n\n")
            tracked.replace(at + head, len(original) - head - tail, new[head : len(new) - tail])
        else:
            tracked.replace(at, 0, new + "\n\n")


def _neighbours(text: str, spans: list[tuple[int, int]], index: int) -> set[str]:
    """The paragraphs an insertion before paragraph ``index`` would sit between."""
    return {text[s:e] for s, e in spans[max(0, index - 1) : index + 1]}


def paragraphs_deleted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Whole paragraphs removed, boilerplate ones included."""
    for _ in range(max(1, int(len(_paragraph_spans(tracked)) * rate / 20))):
        spans = _paragraph_spans(tracked)
        if len(spans) < 4:
            return
        start, end = rng.choice(spans[1:])
        tracked.replace(start, end + 2 - start, "")


def paragraphs_moved(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Whole paragraphs cut and pasted elsewhere."""
    for _ in range(max(1, int(len(_paragraph_spans(tracked)) * rate / 20))):
        spans = _paragraph_spans(tracked)
        start, end = rng.choice(spans[1:])
        length = min(end + 2, len(tracked.chars)) - start
        remaining = [s for s, _ in spans if s < start or s >= start + length]
        to = rng.choice(remaining)
        tracked.move(start, length, to if to < start else to - length)


def paragraph_repeated(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A paragraph printed again elsewhere, and then the original lightly edited: the exact
    copy is a decoy for every annotation of the original."""
    for _ in range(max(1, int(len(_paragraph_spans(tracked)) * rate / 20))):
        spans = _paragraph_spans(tracked)
        start, end = rng.choice(spans[1:])
        length = min(end + 2, len(tracked.chars)) - start
        to = rng.choice([s for s, _ in spans if s not in (start, start + length)])
        tracked.copy(start, length, to)
        if to <= start:
            start, end = start + length, end + length
        for _ in range(2):
            spot = rng.randrange(start, max(start + 1, end - 1))
            if spot < len(tracked.chars) and tracked.chars[spot].isalpha():
                tracked.replace(spot, 1, rng.choice("aeiou"))


def sentences_rewritten(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Headline and sentences replaced by different ones."""
    first = _paragraph_spans(tracked)[0]
    tracked.replace(first[0], first[1] - first[0], rng.choice(OTHER_SENTENCES).rstrip("."))
    for _ in range(max(1, int(len(_sentences(tracked.text)) * rate / 30))):
        start, end = rng.choice(_sentences(tracked.text))
        tracked.replace(start, end - start, rng.choice(OTHER_SENTENCES))


def sentences_deleted(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sentences removed, boilerplate sign-offs often among them."""
    for _ in range(max(1, int(len(_sentences(tracked.text)) * rate / 30))):
        spans = _sentences(tracked.text)
        boiler = [s for s in spans if tracked.text[s[0] : s[1]] in BOILERPLATE]
        start, end = rng.choice(boiler if boiler and rng.random() < 0.4 else spans)
        stop = end + 1 if end < len(tracked.chars) and tracked.chars[end] == " " else end
        tracked.replace(start, stop - start, "")


def text_replaced(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The whole text replaced by another article of the same outlet (same boilerplate)."""
    tracked.replace(
        0, len(tracked.chars), news_text(rng, paragraphs=int(10 + rate * 2), other=True)
    )


def mixed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A bit of everything, as a real revision does."""
    for family in rng.sample(list(FAMILIES.values())[:-2], 4):
        family(tracked, rng, rate / 2)


FAMILIES: dict[str, Family] = {
    "typos": typos,
    "words": words,
    "whitespace": whitespace,
    "typography": typography,
    "paragraphs added": paragraphs_added,
    "paragraphs deleted": paragraphs_deleted,
    "paragraphs moved": paragraphs_moved,
    "paragraph repeated": paragraph_repeated,
    "sentences rewritten": sentences_rewritten,
    "sentences deleted": sentences_deleted,
    "text replaced": text_replaced,
    "mixed": mixed,
}
#: Edit rates (per 100 words, or per 20 paragraphs / 30 sentences for the larger units).
RATES = (1.0, 3.0, 8.0)


def is_canonical(text: str) -> bool:
    """NFC and LF only (what an update gives the re-anchoring)."""
    return unicodedata.is_normalized("NFC", text) and "\r" not in text
