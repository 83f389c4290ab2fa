"""The coarse-to-fine diff's blocks: what they claim survives does, down to single letters."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import Indel

from desktop_app.core.block_diff import (
    _LEVELS,
    EDITED_IN_PLACE,
    NOISE,
    RELATED,
    _alike,
    _related,
    _Run,
    _tokens,
    _without_noise,
    surviving_blocks,
)

WORDS = ["alpha", "beta", "gamma", "delta", "Tor", "über", "東京", "x", "—", "42"]


def _well_formed(old: str, new: str) -> None:
    """Each block reads the same in both texts, and no old character is in two blocks."""
    blocks = surviving_blocks(old, new)
    for block in blocks:
        assert block.length > 0
        kept = old[block.old : block.old + block.length]
        assert kept == new[block.new : block.new + block.length]
    spans = sorted((block.old, block.old + block.length) for block in blocks)
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start


def test_a_typo_is_aligned_letter_by_letter_around_it() -> None:
    old = "The council met on Monday.\nIt agreed the budget for next year.\n"
    new = "The council met on Monday.\nIt agreed the budgte for next year.\n"
    blocks = sorted(surviving_blocks(old, new))
    typo = old.index("budget")
    kept = {at for block in blocks for at in range(block.old, block.old + block.length)}
    assert typo in kept  # "bud" survives beside the swapped letters
    assert typo + 3 in kept
    assert set(range(len(old))) - kept <= set(range(typo + 4, typo + 6))
    _well_formed(old, new)


def test_unrelated_sentences_share_no_blocks_for_their_common_words() -> None:
    old = "Rain is expected across the north by the evening.\n"
    new = "Shares in the bank fell by a third on the news.\n"
    assert surviving_blocks(old, new) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 39), st.sampled_from([*WORDS, ".", "\n", ""])), max_size=8),
    st.sampled_from([" ", "\n", ". "]),
)
def test_every_block_reads_the_same_in_both_texts(
    words: list[str], edits: list[tuple[int, str]], separator: str
) -> None:
    changed = list(words)
    for at, word in edits:
        if at < len(changed):
            changed[at] = word
    _well_formed(separator.join(words), separator.join(changed))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?。\n\t\u00a0\u3000,é東1_-")), max_size=60))
def test_the_tokens_of_every_level_join_back_into_the_text(text: str) -> None:
    # the diff maps token offsets back to the text, so no code point may fall between tokens
    for level in range(len(_LEVELS)):
        assert "".join(_tokens(text, level)) == text


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab \n\u3000")), max_size=40),
    st.text(alphabet=st.sampled_from(list("ab \n")), max_size=40),
    st.lists(st.integers(min_value=0, max_value=40), max_size=8),
)
def test_relatedness_is_the_share_of_visible_characters_the_equal_runs_hold(
    old: str, new: str, cuts: list[int]
) -> None:
    # the quick bound must decide as counting every run's visible characters does
    bounds = sorted({0, len(old), *(min(cut, len(old)) for cut in cuts)})
    runs = [_Run(index % 2 == 0, lo, hi, 0, 0) for index, (lo, hi) in enumerate(pairwise(bounds))]
    shared = sum(len("".join(old[r.old_lo : r.old_hi].split())) for r in runs if r.equal)
    visible = min(len("".join(old.split())), len("".join(new.split())))
    assert _related(runs, old, new) == (shared / max(1, visible) >= RELATED)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("abcd ")), min_size=1, max_size=30),
    st.text(alphabet=st.sampled_from(list("abcd ")), min_size=1, max_size=30),
)
def test_two_lines_are_alike_as_the_search_among_a_stretchs_lines_finds_them(
    key: str, other: str
) -> None:
    found = process.extractOne(
        key, [other], scorer=Indel.normalized_similarity, score_cutoff=EDITED_IN_PLACE
    )
    assert _alike(key, other) == (found is not None)


def _copied(runs: list[_Run], *, flip_long: bool = False) -> list[_Run]:
    """Fresh copies of ``runs`` (the clean-up joins runs in place), with the word flag of
    each equal run longer than NOISE turned over if ``flip_long``."""
    return [
        _Run(
            run.equal,
            run.old_lo,
            run.old_hi,
            run.new_lo,
            run.new_hi,
            run.text_has_word != (flip_long and run.equal and run.old_hi - run.old_lo > NOISE),
        )
        for run in runs
    ]


def _bounds(runs: list[_Run]) -> list[tuple[bool, int, int, int, int]]:
    return [(run.equal, run.old_lo, run.old_hi, run.new_lo, run.new_hi) for run in runs]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 2 * NOISE), st.integers(1, 2 * NOISE), st.booleans())),
    st.booleans(),
    st.booleans(),
)
def test_only_a_short_equal_run_without_a_word_can_be_noise(
    lengths: list[tuple[int, int, bool]], equal_first: bool, words: bool
) -> None:
    # the diff works out whether a run of words holds a word only for equal runs of at
    # most NOISE code points, and skips the clean-up when none of them could be noise:
    # neither shortcut may change what the clean-up makes of the runs
    runs: list[_Run] = []
    old = new = 0
    for index, (old_length, new_length, has_word) in enumerate(lengths):
        equal = (index % 2 == 0) == equal_first
        new_length = old_length if equal else new_length
        runs.append(_Run(equal, old, old + old_length, new, new + new_length, has_word))
        old, new = old + old_length, new + new_length
    cleaned = _without_noise(_copied(runs), words=words)
    flipped = _without_noise(_copied(runs, flip_long=True), words=words)
    assert _bounds(flipped) == _bounds(cleaned)
    could_be_noise = any(
        run.equal and run.old_hi - run.old_lo <= NOISE and not (words and run.text_has_word)
        for run in runs
    )
    if not could_be_noise:
        assert _bounds(cleaned) == _bounds(runs)
