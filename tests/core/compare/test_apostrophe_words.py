"""Words with an apostrophe inside, read as one word where a rule looks at a sentence's words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import framed
from desktop_app.core.compare.framed import sentence_items
from desktop_app.core.compare.time_gaps import gap_time_difference
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    related_both_ways,
    relations_both_ways,
    sentence_terms,
)


def _words(text: str) -> list[str]:
    """The words and figures ``sentence_items`` reads in a sentence, as written."""
    (terms, _) = sentence_terms(text, text)
    return [item.text for item in sentence_items(text, terms.read)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Kaqchikel: the apostrophe is a letter, the glottal stop ("nik'aj q'ij", midday)
        ("Ri ajch'ame'y xe'apon pa nik'aj q'ij.",
         ["Ri", "ajch'ame", "y", "xe'apon", "pa", "nik'aj", "q'ij"]),
        # Rotuman, with the typographic apostrophe too
        ("Motoka lima kat la’o.", ["Motoka", "lima", "kat", "la’o"]),
        # an ending joined by an apostrophe, and a figure left whole
        ("Graham's pumpkin won at 7:30.", ["Graham's", "pumpkin", "won", "at", "7:30"]),
        # the modifier letters apostrophe (U+02BC, Guaraní) and ʻokina (U+02BB, Tongan) are
        # letters, inside a word or at its start
        ("Pa mbaʼapohára oñemoĩ.", ["Pa", "mbaʼapohára", "oñemoĩ"]),
        ("Kua ʻave ia ki he ʻapitanga.", ["Kua", "ʻave", "ia", "ki", "he", "ʻapitanga"]),
        # quote marks around words, or an apostrophe at a word's edge, part nothing
        ("At 7.50pm the ‘Morning Lark’ came down.",
         ["At", "7.50pm", "the", "Morning", "Lark", "came", "down"]),
        ("The boys' bikes were found at 'the dump'.",
         ["The", "boys", "bikes", "were", "found", "at", "the", "dump"]),
    ],
)  # fmt: skip
def test_an_apostrophe_joins_a_word_inside_it_and_none_at_its_edge(
    text: str, words: list[str]
) -> None:
    assert _words(text) == words


KAQCHIKEL_CLOCK = "Ri ajch'ame'y xe'apon pa 7:30."
KAQCHIKEL_MIDDAY = "Ri ajch'ame'y xe'apon pa nik'aj q'ij."


def test_a_clock_time_against_two_words_with_apostrophes_contradicts_both_ways() -> None:
    a, b = sentence_terms(KAQCHIKEL_CLOCK, KAQCHIKEL_MIDDAY)
    assert gap_time_difference(a, b, KAQCHIKEL_CLOCK, KAQCHIKEL_MIDDAY) == "7:30 ≠ nik'aj q'ij"
    assert gap_time_difference(b, a, KAQCHIKEL_MIDDAY, KAQCHIKEL_CLOCK) == "nik'aj q'ij ≠ 7:30"
    assert relations_both_ways(KAQCHIKEL_CLOCK, KAQCHIKEL_MIDDAY) == ("contradicts", "contradicts")


def test_split_at_the_apostrophes_the_words_are_too_many_for_a_moment() -> None:
    with patched(framed, "_ITEM_WORD", framed._WORD):
        a, b = sentence_terms(KAQCHIKEL_CLOCK, KAQCHIKEL_MIDDAY)
        assert gap_time_difference(a, b, KAQCHIKEL_CLOCK, KAQCHIKEL_MIDDAY) == ""
        assert "contradicts" not in relations_both_ways(KAQCHIKEL_CLOCK, KAQCHIKEL_MIDDAY)


@pytest.mark.parametrize(
    ("folder", "starts", "relation"),
    [
        # the clock time against midday (entry 117)
        ("kape_pasikaj", ("Ri ajch'ame'y xe'apon pa 7:30", "Ri ajch'ame'y xe'apon pa nik'aj"),
         "contradicts"),
        # the same weight in other units, no longer read against "k'o" split off its word
        ("kape_pasikaj", ("Ronojel koxtar k'o 100 libras", "Jun jun koxtar k'o jun quintal"),
         "same_fact"),
        # the afternoon against the night (entry 91)
        ("wuj_chuwiratzam", ("Ri ajq'atb'al tzij re Xelaju' xe'opan pa 3:15",
                             "Ri ajq'atb'al tzij re Xelaju' xe'opan xa pa"), "contradicts"),
    ],
)  # fmt: skip
def test_development_pairs_both_ways_and_not_with_words_split(
    folder: str, starts: tuple[str, str], relation: str
) -> None:
    truth = load(folder)
    assert related_both_ways(truth, starts) == [relation, relation]
    with patched(framed, "_ITEM_WORD", framed._WORD):
        assert relation not in related_both_ways(truth, starts)


_LETTERS = st.text(st.sampled_from("aeikoqtxy"), min_size=1, max_size=4)


@given(
    st.lists(st.tuples(_LETTERS, st.one_of(st.none(), _LETTERS)), min_size=1, max_size=6),
    st.sampled_from(["'", "’"]),
)
def test_each_word_drawn_is_one_item_whatever_its_apostrophe(
    parts: list[tuple[str, str | None]], mark: str
) -> None:
    words = [head if tail is None else f"{head}{mark}{tail}" for head, tail in parts]
    assert _words(" ".join(words) + ".") == words


@given(st.lists(_LETTERS, min_size=1, max_size=2), st.sampled_from(["'", "’"]))
def test_the_gap_is_read_alike_both_ways(tails: list[str], mark: str) -> None:
    said = " ".join(f"q{mark}{tail}" for tail in tails)
    text_a, text_b = KAQCHIKEL_CLOCK, f"Ri ajch'ame'y xe'apon pa {said}."
    a, b = sentence_terms(text_a, text_b)
    forward = gap_time_difference(a, b, text_a, text_b)
    backward = gap_time_difference(b, a, text_b, text_a)
    assert forward == " ≠ ".join(reversed(backward.split(" ≠ ")))
    relation_a_to_b, relation_b_to_a = relations_both_ways(text_a, text_b)
    assert relation_a_to_b == relation_b_to_a
