"""Held-out material for re-anchoring, never tuned on: live-blog texts and three new families.

Written before the last round of tuning and only ever reported (``test_reanchor_accuracy``
prints it as "new held out"). The texts are live blogs: short timestamped entries, a
repeated "Update:" lead-in and sign-off, entries quoting each other, which makes many
short, near-identical lines. The families combine edits the other families make alone:
a paragraph printed again right next to its original (not elsewhere) and then typos all
over; paragraphs moved and then edited inside; paragraphs split in two and joined.
"""

from __future__ import annotations

import random

from desktop_app.core.text import canonicalize
from tests.benchmarks.reanchor_families import (
    OTHER_SENTENCES,
    REPLACEMENT_WORDS,
    SCRIPTS,
    Family,
    _paragraphs,
    news_text,
    sentence,
    typos,
    words,
)
from tests.storage.edit_simulation import TrackedText

LEAD_INS = ("Update:", "Breaking:", "Correction:", "Earlier:")
SIGN_OFF = "Follow our live coverage for more."


def live_blog(rng: random.Random, entries: int = 30) -> str:
    """A live blog: a title, then timestamped entries of one to three sentences, some
    opening with a stock lead-in, some ending with the stock sign-off (canonical)."""
    lines = [f"Live: {rng.choice(OTHER_SENTENCES).rstrip('.')}"]
    hour, minute = 8, 0
    for _ in range(entries):
        minute += rng.randint(3, 25)
        hour, minute = hour + minute // 60, minute % 60
        body = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.3:
            body = f"{rng.choice(LEAD_INS)} {body}"
        if rng.random() < 0.2:
            body += f" {SIGN_OFF}"
        if rng.random() < 0.1:
            body += f" {rng.choice(SCRIPTS)}"
        lines.append(f"{hour:02d}:{minute:02d} GMT\n{body}")
    return canonicalize("\n\n".join(lines) + "\n")


def new_text(seed: int, rng: random.Random) -> str:
    """Every other text a live blog, the rest a news text of another length."""
    if seed % 2:
        return live_blog(rng)
    return news_text(rng, paragraphs=rng.randint(12, 36))


def repeated_nearby_with_typos(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A paragraph pasted again just before or after itself (an editor's slip), then typos
    all over the text, the copy included."""
    for _ in range(max(1, int(len(_paragraphs(tracked.text)) * rate / 20))):
        spans = _paragraphs(tracked.text)
        start, end = rng.choice(spans[1:])
        length = min(end + 2, len(tracked.chars)) - start
        to = start + length if rng.random() < 0.5 else start
        tracked.copy(start, length, min(to, len(tracked.chars)))
    typos(tracked, rng, rate)


def moved_then_edited(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Paragraphs cut and pasted elsewhere, then words changed inside each moved one."""
    for _ in range(max(1, int(len(_paragraphs(tracked.text)) * rate / 20))):
        spans = _paragraphs(tracked.text)
        start, end = rng.choice(spans[1:])
        length = min(end + 2, len(tracked.chars)) - start
        remaining = [s for s, _ in spans if s < start or s >= start + length]
        to = rng.choice(remaining)
        to = to if to < start else to - length
        tracked.move(start, length, to)
        for _ in range(rng.randint(1, 3)):
            spaces = [i for i in range(to, to + length - 1) if tracked.chars[i] == " "]
            if not spaces:
                break
            at = rng.choice(spaces) + 1
            stop = at
            while stop < to + length and not tracked.chars[stop].isspace():
                stop += 1
            tracked.replace(at, stop - at, rng.choice(REPLACEMENT_WORDS))


def split_and_joined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Paragraphs split in two at a sentence end, and neighbouring paragraphs joined, then
    a few words edited."""
    for _ in range(max(1, int(len(_paragraphs(tracked.text)) * rate / 10))):
        text = tracked.text
        if rng.random() < 0.5:
            stops = [i + 1 for i in range(len(text) - 1) if text[i : i + 2] == ". "]
            if stops:
                tracked.replace(rng.choice(stops), 1, "\n\n")
        else:
            breaks = [i for i in range(len(text) - 2) if text[i : i + 2] == "\n\n"]
            if breaks:
                tracked.replace(rng.choice(breaks), 2, " ")
    words(tracked, rng, rate / 2)


NEW_FAMILIES: dict[str, Family] = {
    "repeated nearby+typos": repeated_nearby_with_typos,
    "moved then edited": moved_then_edited,
    "split and joined": split_and_joined,
}
#: Seeds of the new held-out material (never used while tuning).
NEW_SEEDS = range(2000, 2006)
