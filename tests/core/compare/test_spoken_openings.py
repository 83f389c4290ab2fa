"""A quotation that reads as a name but opens what the other text quotes someone saying."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare.quotes import (
    find_quotations,
    is_quoted_name,
    opens_a_spoken_quotation,
    shared_quotations,
)
from tests.core.compare.devset import load

YUPIK_A = (
    "Ayaprun-am qanellruuq: “Qimugtelget tamarmeng unguvaut, quyana yuarcuutnun "
    "tamalkuitnun ikayurtellrianun.”"
)
YUPIK_B = "Ayaprun-aq qanertuq “Qimugtelget tamarmeng unguvaut”."


def test_the_first_words_of_a_spoken_sentence_cut_after_a_speech_verb_are_shared() -> None:
    (short,) = find_quotations(YUPIK_B)
    assert is_quoted_name(YUPIK_B, short)  # three words after a word, as a name stands
    assert opens_a_spoken_quotation(YUPIK_B, short, YUPIK_A, find_quotations(YUPIK_A))
    for a, b in ((YUPIK_A, YUPIK_B), (YUPIK_B, YUPIK_A)):
        (quote,) = shared_quotations(a, b)
        assert not quote.exact
    (mirrored,) = shared_quotations(YUPIK_B, YUPIK_A)
    assert mirrored.a.text == "Qimugtelget tamarmeng unguvaut"


def test_a_name_ending_in_a_capitalised_word_stays_a_name_though_a_quotation_opens_with_it() -> (
    None
):
    said = "“Réalt na Mara will sail again, we promise,” the skipper said."
    named = "The crew of the “Réalt na Mara” were all safe."
    (name,) = find_quotations(named)
    assert not opens_a_spoken_quotation(named, name, said, find_quotations(said))
    assert shared_quotations(said, named) == []
    assert shared_quotations(named, said) == []


def test_the_other_quotation_must_be_said_longer_and_open_with_the_same_words() -> None:
    named = "They run the “Clean water first” scheme in the valley."
    for other, why in (
        ("Posters read “Clean water first for every child”.", "no sentence mark: a name too"),
        ("She said: “Clean water first.”", "no longer than the name"),
        ("She said: “We want clean water first, and soon.”", "does not open with it"),
    ):
        (name,) = find_quotations(named)
        assert not opens_a_spoken_quotation(named, name, other, find_quotations(other)), why
        assert shared_quotations(named, other) == [], why
    two_words = "Boats such as the “Morning lark” came home."
    (short,) = find_quotations(two_words)
    longer = "“Morning lark, they called it, and it was.”"
    assert not opens_a_spoken_quotation(two_words, short, longer, find_quotations(longer))


def test_the_yupik_development_pair_finds_its_one_shared_quote_both_ways() -> None:
    truth = load("qimugtet_nanvarnarraq")
    (expected,) = truth.shared_quotes
    (found,) = shared_quotations(truth.text_a, truth.text_b)
    assert (found.a, found.b) == (expected.a, expected.b)
    (mirrored,) = shared_quotations(truth.text_b, truth.text_a)
    assert (mirrored.a, mirrored.b) == (expected.b, expected.a)


WORDS = ["tamarmeng", "unguvaut", "quyana", "ellami", "kiingan", "tangerqa", "unugpak"]


@given(
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=2, unique=True),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    st.booleans(),
)
def test_a_cut_opening_is_shared_either_way_and_a_capitalised_end_never(
    middle: list[str], rest: list[str], capital_end: bool
) -> None:
    opening = ["Qimugtelget", *middle]  # three words: as long as a name in quote marks
    if capital_end:
        opening[-1] = opening[-1].capitalize()
    cut = " ".join(opening)
    said = f"Ayaprun-am qanellruuq: “{cut}, {' '.join(rest)}.”"
    named = f"Ayaprun-aq qanertuq “{cut}”."
    forward, backward = shared_quotations(said, named), shared_quotations(named, said)
    assert len(forward) == len(backward) == (0 if capital_end else 1)
    if forward:
        assert forward[0].b.text == backward[0].a.text == cut
