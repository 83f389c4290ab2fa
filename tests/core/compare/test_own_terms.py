"""A poorer side that tells things of its own is no side with less detail (round 86)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare.align import UnitTerms
from desktop_app.core.compare.grams import gram_set
from desktop_app.core.compare.relations import OWN_TERMS, own_terms
from tests.core.compare.sentence_pairs import labelled_both_ways

#: What both sides say, and what only the richer side says (each word once).
_SHARED = ["council", "closes", "houses"]
_RICHER_ONLY = [
    "after", "cracked", "storm", "engineers", "inspected", "foundations", "monday", "morning",
    "tenants", "moved", "temporary", "flats", "across", "town", "until", "repairs", "finish",
    "spring", "officials", "warned", "costs", "could", "exceed", "budget", "planned",
]  # fmt: skip
#: Words of the poorer side's own: none shares a piece of three letters with the richer side.
_OWN_WORDS = ["zebu", "quip", "jinx", "vow", "ohm", "yak", "lynx", "gnu", "kiwi"]


def _terms(words: list[str], extra: dict[str, str] | None = None) -> UnitTerms:
    weights = dict.fromkeys(words, 1.0) | dict.fromkeys(extra or {}, 1.0)
    surfaces = {word: word for word in words} | (extra or {})
    norm = sum(w * w for w in weights.values()) ** 0.5
    return UnitTerms(weights, norm, surfaces, {}, sum(weights.values()))


def _richer() -> tuple[UnitTerms, str]:
    words = _SHARED + _RICHER_ONLY
    return _terms(words), " ".join(words) + "."


def _poorer(own: int) -> tuple[UnitTerms, str]:
    words = _SHARED + _OWN_WORDS[:own]
    return _terms(words), " ".join(words) + "."


def _relations(own: int) -> tuple[tuple[str, str | None], tuple[str, str | None]]:
    """The relation with the richer side as A, and with it as B; the poorer side's own words
    are said elsewhere in the richer side's article, so that only this rule weighs them."""
    (richer, rich_text), (poorer, poor_text) = _richer(), _poorer(own)
    articles = (set(richer.weights) | set(poorer.weights), set(poorer.weights))
    return labelled_both_ways(richer, poorer, (rich_text, poor_text), articles)


def test_the_built_sides_share_no_piece_of_the_poorer_sides_own_words() -> None:
    _, rich_text = _richer()
    for word in _OWN_WORDS:
        assert gram_set(word).isdisjoint(gram_set(rich_text))


def test_a_poorer_side_with_four_things_of_its_own_still_has_less_detail() -> None:
    assert _relations(OWN_TERMS - 1) == (("adds_detail", "a"), ("adds_detail", "b"))


def test_a_poorer_side_with_five_things_of_its_own_tells_the_same_fact() -> None:
    assert _relations(OWN_TERMS) == (("same_fact", None), ("same_fact", None))


@given(st.integers(0, len(_OWN_WORDS)))
def test_more_detail_holds_until_the_poorer_side_has_five_things_of_its_own(own: int) -> None:
    forward, backward = _relations(own)
    if own >= OWN_TERMS:
        assert forward == backward == ("same_fact", None)
    else:
        assert forward == ("adds_detail", "a")
        assert backward == ("adds_detail", "b")


def test_a_word_told_in_another_form_is_not_one_of_its_own() -> None:
    # "burns" and "hospitals" meet "burn" and "hospital" in most of their pieces; "ankles"
    # does not meet the richer sentence at all
    rich_text = "Two staff with a burn were taken to hospital."
    richer = _terms(["two", "staff", "burn", "taken", "hospital"])
    poorer = _terms(["staff", "burns", "hospitals", "ankles"])
    assert own_terms(poorer, richer, gram_set(rich_text)) == 1


def test_a_figure_or_a_moment_the_other_lacks_counts_and_what_a_number_counts_does_not() -> None:
    rich_text = "Staff were evacuated."
    richer = _terms(["staff", "evacuated"])
    poorer = _terms(
        ["staff", "evacuated"], {"#140": "140", "@day:tuesday": "Tuesday", "qty:staff": "140"}
    )
    assert own_terms(poorer, richer, gram_set(rich_text)) == 2
