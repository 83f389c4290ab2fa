"""Finding strings in a whole text or only in stretches of it, the nearest first."""

from __future__ import annotations

import threading

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.alignment import Alignment
from desktop_app.core.haystack import KEPT_TEXTS, Haystack, nearest_occurrences, remembering

TEXTS = st.text(alphabet="ab \n", min_size=0, max_size=120)


def _everywhere(text: str, needle: str) -> list[int]:
    return [i for i in range(len(text) - len(needle) + 1) if text.startswith(needle, i)]


@given(TEXTS, st.text(alphabet="ab ", min_size=1, max_size=3), st.integers(0, 130))
def test_the_whole_text_gives_the_nearest_occurrences(text: str, needle: str, hint: int) -> None:
    found = Haystack(text).nearest(needle, hint, 5)
    everywhere = _everywhere(text, needle)
    assert set(found) <= set(everywhere)
    assert len(found) == min(5, len(everywhere))
    distances = sorted(abs(at - hint) for at in everywhere)
    assert sorted(abs(at - hint) for at in found) == distances[: len(found)]


@given(
    TEXTS,
    st.text(alphabet="ab ", min_size=1, max_size=3),
    st.integers(0, 130),
    st.lists(st.tuples(st.integers(0, 120), st.integers(0, 30)), max_size=4),
)
def test_stretches_give_only_occurrences_lying_inside_one_of_them(
    text: str, needle: str, hint: int, raw: list[tuple[int, int]]
) -> None:
    stretches: list[tuple[int, int]] = []
    for start, length in sorted(raw):
        lo = max(start, stretches[-1][1] + 1 if stretches else 0)
        hi = min(len(text), lo + length)
        if lo < hi:
            stretches.append((lo, hi))
    found = Haystack(text, stretches).nearest(needle, hint, 1000)
    inside = [
        at
        for at in _everywhere(text, needle)
        if any(lo <= at and at + len(needle) <= hi for lo, hi in stretches)
    ]
    assert sorted(found) == inside
    assert [abs(at - hint) for at in found] == sorted(abs(at - hint) for at in found)


def test_an_update_searches_only_around_what_it_inserted() -> None:
    old = "\n\n".join(f"Paragraph {n} says nothing new about the accords." for n in range(200))
    new = old.replace("Paragraph 120 says", "Paragraph 120, a new sentence here, says")
    haystack = Alignment(old, new).inserted()
    at = new.index("a new sentence")
    assert haystack.nearest("a new sentence", 0, 5) == [at]
    assert haystack.nearest("Paragraph 3 says", 0, 5) == []  # unchanged text is not searched
    assert Haystack(new).nearest("Paragraph 3 says", 0, 5) == [new.index("Paragraph 3 says")]


@given(
    TEXTS,
    st.text(alphabet="ab ", min_size=0, max_size=3),
    st.lists(st.integers(-5, 130), min_size=1, max_size=6),
    st.integers(1, 70),
)
def test_a_remembered_string_is_found_as_if_read_anew(
    text: str, needle: str, hints: list[int], most: int
) -> None:
    """One haystack asked for a string again and again (a batch of searches) answers each
    time exactly as ``nearest_occurrences`` reading the text, order of ties included."""
    haystack = Haystack(text, remember=True)
    for hint in hints:
        assert haystack.nearest(needle, hint, most) == nearest_occurrences(text, needle, hint, most)


@given(
    st.text(alphabet="ab \n\u0301😀", min_size=0, max_size=120),
    st.text(alphabet="ab \u0301😀", min_size=0, max_size=3),
    st.lists(st.integers(-5, 130), min_size=1, max_size=6),
    st.integers(1, 70),
    st.booleans(),
)
def test_near_gives_the_starts_nearest_gives_in_any_order(
    text: str, needle: str, hints: list[int], most: int, remember: bool
) -> None:
    """``near`` (for callers that sort the starts themselves) gives the very starts that
    ``nearest`` gives, ties at the last one included, whether remembered or read anew."""
    haystack = Haystack(text, remember=remember)
    for hint in hints:
        near = haystack.near(needle, hint, most)
        assert sorted(near) == sorted(nearest_occurrences(text, needle, hint, most))


@given(TEXTS, st.text(alphabet="ab ", min_size=1, max_size=3), st.integers(0, 130))
def test_a_shared_remembering_haystack_finds_what_a_fresh_one_finds(
    text: str, needle: str, hint: int
) -> None:
    shared = remembering(text)
    assert shared.nearest(needle, hint, 5) == Haystack(text).nearest(needle, hint, 5)
    assert shared.nearest(needle, hint, 5) == Haystack(text).nearest(needle, hint, 5)  # again
    assert sorted(shared.near(needle, hint, 5)) == sorted(Haystack(text).near(needle, hint, 5))


def test_the_same_text_shares_one_remembering_haystack_and_old_texts_are_let_go() -> None:
    first = remembering("one text")
    assert remembering("".join(["one ", "text"])) is first  # equal, not the same object
    for number in range(KEPT_TEXTS):
        remembering(f"another text {number}")
    assert remembering("one text") is not first


def test_each_thread_has_its_own_remembering_haystacks() -> None:
    text = "a text placed on two threads"
    here = remembering(text)
    there: list[Haystack] = []
    worker = threading.Thread(target=lambda: there.append(remembering(text)))
    worker.start()
    worker.join()
    assert there[0] is not here
    assert there[0].nearest("two", 0, 5) == here.nearest("two", 0, 5) == [17]
    assert remembering(text) is here


@given(
    TEXTS,
    st.text(alphabet="ab ", min_size=1, max_size=3),
    st.lists(st.integers(-5, 130), min_size=1, max_size=6),
    st.integers(1, 70),
    st.lists(st.tuples(st.integers(0, 120), st.integers(0, 30)), max_size=4),
)
def test_remembering_stretches_find_what_fresh_ones_find(
    text: str, needle: str, hints: list[int], most: int, raw: list[tuple[int, int]]
) -> None:
    """Stretches that remember where each string stands in them (an update's inserted
    text, searched by every passage the diff could not follow) answer each time exactly
    as stretches reading anew, order of ties included."""
    stretches: list[tuple[int, int]] = []
    for start, length in sorted(raw):
        lo = max(start, stretches[-1][1] + 1 if stretches else 0)
        hi = min(len(text), lo + length)
        if lo < hi:
            stretches.append((lo, hi))
    remembering_stretches = Haystack(text, stretches, remember=True)
    for hint in hints:
        fresh = Haystack(text, stretches)
        assert remembering_stretches.nearest(needle, hint, most) == fresh.nearest(
            needle, hint, most
        )
        assert remembering_stretches.near(needle, hint, most) == fresh.near(needle, hint, most)


def test_an_update_that_changed_most_lines_searches_the_shared_haystack() -> None:
    old = "\n".join(f"Line {n} of the notice, as it was printed." for n in range(40))
    new = "\n".join(f"Line {n} of the notcie, as it was prnited." for n in range(40))
    alignment = Alignment(old, new)
    haystack = alignment.inserted()
    assert haystack.whole
    assert haystack is remembering(new)
    assert haystack.nearest("notcie", 0, 3) == Haystack(new).nearest("notcie", 0, 3)
