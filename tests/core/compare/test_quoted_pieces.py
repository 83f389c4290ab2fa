"""A sentence quoting a few words of a quotation told over several sentences (round 143)."""

from __future__ import annotations

from collections.abc import Set

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, engine
from desktop_app.core.compare.quoted_pieces import FRAME_WORD_LETTERS, quoted_piece_pairs
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways, swapped

Pair = tuple[int, int]
#: The words each sentence holds inside shared quote 0, and its words outside quotation marks.
Words = dict[tuple[int, int], frozenset[str]]

ACKAH_FIRST_PIECE = "Distrikti Kyiɛ Ɛgyinlanvoɛ, Madam Nyameke Ackah"
ACKAH_QUOTED_PIECE = "Ɛlɛne zo menli ne mɔ vale bɛ ɛlɛne bɛrale ntɛm."
ACKAH_QUOTING = "Madam Ackah hanle kɛ “ɛlɛne zo menli"
WHITLOW_FIRST_PIECE = 'Detective Sergeant Karen Whitlow said: "These bells'
WHITLOW_QUOTED_PIECE = "We believe they were taken for their metal value"
WHITLOW_TELLING = "Detective Sergeant Karen Whitlow, who came to see me"


def _words(*words: str) -> frozenset[str]:
    return frozenset(words)


def _run(
    pairs: list[Pair],
    quoted: tuple[list[Set[int]], list[Set[int]]],
    inside: Words,
    frames: Words,
    scores: dict[Pair, float] | None = None,
) -> list[Pair]:
    return quoted_piece_pairs(
        pairs,
        quoted,
        (
            lambda side, k, _quote: inside.get((side, k), frozenset()),
            lambda side, k: frames.get((side, k), frozenset()),
        ),
        lambda i, j: (scores or {}).get((i, j), 0.0),
    )


#: Sentences 2, 3 and 4 of A are one quotation (quote 0); sentence 1 of B quotes its middle.
QUOTED: tuple[list[Set[int]], list[Set[int]]] = (
    [set(), set(), {0}, {0}, {0}],
    [set(), {0}],
)
INSIDE: Words = {
    (0, 2): _words("our", "people", "are", "well"),
    (0, 3): _words("the", "fishermen", "brought", "their", "canoes", "quickly"),
    (0, 4): _words("the", "fireworks", "will", "move"),
    (1, 1): _words("the", "fishermen", "brought", "their", "canoes", "quickly"),
}
FRAME: Words = {(1, 1): _words("madam", "ackah", "said", "it")}


def test_only_the_piece_whose_words_are_quoted_stays() -> None:
    pairs = [(2, 1), (3, 1), (4, 1)]
    scores = {(2, 1): 0.5, (3, 1): 0.2, (4, 1): 0.4}
    assert _run(pairs, QUOTED, INSIDE, FRAME, scores) == [(2, 1), (4, 1)]


def test_a_piece_the_narration_tells_again_stays() -> None:
    frame = {(1, 1): _words("madam", "ackah", "said", "people", "well")}
    assert _run([(2, 1), (3, 1)], QUOTED, INSIDE, frame) == []
    assert _run([(2, 1), (3, 1), (4, 1)], QUOTED, INSIDE, frame) == [(4, 1)]


def test_a_short_word_of_the_narration_tells_nothing() -> None:
    short = "a" * (FRAME_WORD_LETTERS - 1)
    inside = {**INSIDE, (0, 2): _words(short, "people")}
    frame = {(1, 1): _words(short, "said")}
    assert _run([(2, 1), (3, 1)], QUOTED, inside, frame) == [(2, 1)]


def test_pieces_quoting_alike_leave_the_better_score_then_the_earlier() -> None:
    inside = {(0, 2): _words("canoes"), (0, 3): _words("canoes"), (1, 1): _words("canoes")}
    assert _run([(2, 1), (3, 1)], QUOTED, inside, {}, {(2, 1): 0.1, (3, 1): 0.3}) == [(2, 1)]
    assert _run([(2, 1), (3, 1)], QUOTED, inside, {}) == [(3, 1)]


def test_one_piece_or_a_sentence_not_quoting_it_keeps_every_pair() -> None:
    assert _run([(3, 1)], QUOTED, INSIDE, FRAME) == []
    assert _run([(2, 0), (3, 0)], QUOTED, INSIDE, FRAME) == []
    # two sentences that hold no quote paired with one that does
    assert _run([(0, 1), (1, 1)], QUOTED, INSIDE, FRAME) == []


def test_the_pieces_may_stand_on_either_side() -> None:
    quoted = (QUOTED[1], QUOTED[0])
    inside = {(1 - side, k): words for (side, k), words in INSIDE.items()}
    frame = {(1 - side, k): words for (side, k), words in FRAME.items()}
    pairs = [(1, 2), (1, 3), (1, 4)]
    assert _run(pairs, quoted, inside, frame) == [(1, 2), (1, 4)]


WORD = st.sampled_from(["ngoma", "kuyiya", "liji", "akulu", "the", "of", "said"])


@given(st.data())
def test_swapping_the_texts_swaps_the_result(data: st.DataObject) -> None:
    size_a, size_b = 5, 5
    quoted: tuple[list[Set[int]], list[Set[int]]] = (
        [data.draw(st.sets(st.integers(0, 1))) for _ in range(size_a)],
        [data.draw(st.sets(st.integers(0, 1))) for _ in range(size_b)],
    )
    cells = [(i, j) for i in range(size_a) for j in range(size_b)]
    pairs = data.draw(st.lists(st.sampled_from(cells), max_size=8, unique=True))
    scores = data.draw(st.dictionaries(st.sampled_from(cells), st.floats(0.0, 1.0)))
    inside = {
        (side, k): frozenset(data.draw(st.sets(WORD, max_size=4)))
        for side, size in ((0, size_a), (1, size_b))
        for k in range(size)
    }
    frames = {key: frozenset(data.draw(st.sets(WORD, max_size=3))) for key in inside}
    found = _run(pairs, quoted, inside, frames, scores)
    mirrored = _run(
        swapped(pairs),
        (quoted[1], quoted[0]),
        {(1 - side, k): words for (side, k), words in inside.items()},
        {(1 - side, k): words for (side, k), words in frames.items()},
        {(j, i): score for (i, j), score in scores.items()},
    )
    assert mirrored == swapped(found)
    for i, j in found:
        assert (i, j) in pairs
        common = quoted[0][i] & quoted[1][j]
        # another piece of the same quote is paired with the same sentence
        assert any(
            (k, j) in pairs and common & quoted[0][k] for k in range(size_a) if k != i
        ) or any((i, m) in pairs and common & quoted[1][m] for m in range(size_b) if m != j)


def test_a_development_quotation_pairs_its_quoted_piece_both_ways() -> None:
    # Nzema: Madam Ackah's three sentences of quotation against B's one quoting the second
    truth = load("elene_ebokonu")
    assert paired_both_ways(truth, (ACKAH_QUOTED_PIECE, ACKAH_QUOTING)) == [True, True]
    assert paired_both_ways(truth, (ACKAH_FIRST_PIECE, ACKAH_QUOTING)) == [False, False]
    with patched(engine, "quoted_piece_pairs", lambda *_args: []):
        assert paired_both_ways(truth, (ACKAH_FIRST_PIECE, ACKAH_QUOTING)) == [True, True]


def test_a_piece_the_narration_tells_stays_both_ways() -> None:
    # the sergeant's distress and loss told again around the quoted "for their metal value"
    truth = load("bells_ashcombe")
    assert paired_both_ways(truth, (WHITLOW_FIRST_PIECE, WHITLOW_TELLING)) == [True, True]
    assert paired_both_ways(truth, (WHITLOW_QUOTED_PIECE, WHITLOW_TELLING)) == [True, True]


def test_a_piece_left_stands_in_no_only_span() -> None:
    # the other text quotes its quotation: no part of it is what A alone says, both ways
    truth = load("elene_ebokonu")
    only_a = compare_texts(truth.text_a, truth.text_b).only_a
    only_b = compare_texts(truth.text_b, truth.text_a).only_b
    for spans in (only_a, only_b):
        assert not any(ACKAH_FIRST_PIECE in span.text for span in spans)
