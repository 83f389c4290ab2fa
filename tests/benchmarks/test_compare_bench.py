"""compare_texts on 1,000-word and 10,000-word article pairs: time and peak memory.

B is A rewritten the way a second outlet would: paragraphs reordered, most sentences
reworded (words dropped and replaced, clauses swapped), some left out, new ones added.
Figures are printed (run with ``-s``); nothing is asserted about time, only about results.
"""

from __future__ import annotations

import random
import time
import tracemalloc

import pytest

from desktop_app.core.compare import compare_texts

pytestmark = pytest.mark.benchmark

_SYLLABLES = str.split("ka ri to mel an sor vi den lu pa gor tem is ul bra nok fe zan qui har")
_STOP = str.split("the of and to in a that for on with as by at from was is has said its")


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _sentence(rng: random.Random, vocabulary: list[str], weights: list[float]) -> list[str]:
    words: list[str] = []
    for _ in range(rng.randint(10, 24)):
        if rng.random() < 0.4:
            words.append(rng.choice(_STOP))
        elif rng.random() < 0.06:
            words.append(str(rng.randint(2, 5000)))
        else:
            word = rng.choices(vocabulary, weights)[0]
            words.append(word.capitalize() if rng.random() < 0.1 else word)
    return words


def article_pair(words: int, seed: int = 7) -> tuple[str, str]:
    """Two articles of about ``words`` words each reporting mostly the same facts."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng, 4000)
    weights = [1.0 / (rank + 1) for rank in range(len(vocabulary))]
    paragraphs_a: list[list[list[str]]] = []
    count = 0
    while count < words:
        paragraph = [_sentence(rng, vocabulary, weights) for _ in range(rng.randint(2, 5))]
        count += sum(len(s) for s in paragraph)
        paragraphs_a.append(paragraph)
    paragraphs_b: list[list[list[str]]] = []
    for paragraph in paragraphs_a:
        rewritten: list[list[str]] = []
        for sentence in paragraph:
            roll = rng.random()
            if roll < 0.15:
                continue  # left out
            if roll < 0.3:
                rewritten.append(_sentence(rng, vocabulary, weights))  # something else
                continue
            words_b = [w if rng.random() > 0.3 else rng.choice(vocabulary) for w in sentence]
            cut = rng.randint(0, len(words_b))
            rewritten.append(words_b[cut:] + words_b[:cut])
        if rewritten:
            paragraphs_b.append(rewritten)
    rng.shuffle(paragraphs_b)

    def render(paragraphs: list[list[list[str]]]) -> str:
        return "\n".join(
            " ".join(" ".join(s).capitalize() + "." for s in paragraph) for paragraph in paragraphs
        )

    return render(paragraphs_a), render(paragraphs_b)


@pytest.mark.parametrize("words", [1_000, 10_000])
def test_compare_a_pair_of_articles(words: int) -> None:
    text_a, text_b = article_pair(words)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        comparison = compare_texts(text_a, text_b)
        timings.append(time.perf_counter() - started)
    assert comparison.pairs
    assert all(text_a[p.a.start : p.a.end] == p.a.text for p in comparison.pairs)
    # Traced runs are several times slower: two of them show the peak and that it is flat.
    # What one run leaves held can include a table of the interpreter's own rebuilt during
    # it (the table of interned strings, allocated before tracing began); a leak would
    # show as more held after the second run than after the first.
    tracemalloc.start()
    compare_texts(text_a, text_b)
    held_after_one, first_peak = tracemalloc.get_traced_memory()
    compare_texts(text_a, text_b)
    left, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"\ncompare {len(text_a.split()):,} + {len(text_b.split()):,} words "
        f"({len(comparison.units_a)} + {len(comparison.units_b)} sentences): "
        f"best {min(timings) * 1000:.0f} ms, worst {max(timings) * 1000:.0f} ms; "
        f"{len(comparison.pairs)} pairs; peak {first_peak / 1e6:.1f} MB for one run, "
        f"{peak / 1e6:.1f} MB over two; {held_after_one / 1e6:.2f} MB held after one, "
        f"{left / 1e6:.2f} MB after two"
    )
