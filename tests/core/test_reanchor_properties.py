"""Property: after random edits, re-anchoring finds the right passage or orphans; never wrong.

"Right" is defined from the edit list in ``tests.storage.edit_simulation``: both ends of the
placement within the ambiguity of the ends mapped through the edits, and the passage not
mostly deleted.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.reanchor import place
from desktop_app.core.text import canonicalize
from desktop_app.importers.samples import sample_articles
from tests.storage.builders import WORDS, prose
from tests.storage.edit_simulation import judge, random_edits, word_spans

UNICODE_WORDS = (
    *WORDS,
    "café",
    "naïve",
    "שלום",
    "سلام",
    "Астана",
    "👩‍👩‍👧",
    "🇰🇿",
    "e\u0301te\u0301",
)
SAMPLES = [article.text for article in sample_articles()]


def _text(kind: int, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    if kind < len(SAMPLES):
        return SAMPLES[kind], WORDS
    words = UNICODE_WORDS if kind == len(SAMPLES) else WORDS
    sentences = []
    while sum(map(len, sentences)) < 4000:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(5, 15)))
        sentences.append(sentence.capitalize() + (".\r\n" if rng.random() < 0.1 else ". "))
    return canonicalize("".join(sentences)), tuple(canonicalize(w) for w in words)


@settings(max_examples=40)
@given(
    seed=st.integers(0, 2**32),
    kind=st.integers(0, len(SAMPLES) + 1),
    rate=st.sampled_from([0.5, 2.0, 5.0, 10.0, 20.0]),
)
def test_reanchoring_never_places_on_the_wrong_passage(seed: int, kind: int, rate: float) -> None:
    rng = random.Random(seed)
    text, words = _text(kind, rng)
    edited = random_edits(rng, text, rate, words)
    counts = judge(edited, word_spans(rng, text, 40))
    assert counts["wrong"] == 0, counts


@settings(max_examples=30)
@given(seed=st.integers(0, 2**32))
def test_unchanged_text_keeps_every_annotation_exactly(seed: int) -> None:
    rng = random.Random(seed)
    text = prose(rng, 3000)
    for start, end in word_spans(rng, text, 30):
        position, quote = describe(text, start, end)
        placement = place(text, position, quote)
        assert (placement.state, placement.start, placement.end) == ("exact", start, end)


@settings(max_examples=30)
@given(seed=st.integers(0, 2**32), shift=st.integers(1, 5000))
def test_text_added_at_the_top_moves_every_annotation(seed: int, shift: int) -> None:
    rng = random.Random(seed)
    text = prose(rng, 3000)
    new = prose(random.Random(seed + 1), shift) + "\n\n" + text
    offset = len(new) - len(text)
    for start, end in word_spans(rng, text, 30):
        position, quote = describe(text, start, end)
        placement = place(new, position, quote)
        if placement.placed:
            assert (placement.start, placement.end) == (start + offset, end + offset)
        else:  # only a passage at the very top, whose empty prefix no longer fits, may orphan
            assert start < 32
