"""A quotation running past its sentence on one side only is a shared quote (round 136)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.relations import (
    QuotationEnds,
    quotation_ends,
    quoted_past_one_sentence,
    relation_of,
)
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import related_both_ways, sentence_terms


def _relations(text_a: str, text_b: str) -> tuple[str, str]:
    """The relation of two sentences sharing a quotation, A against B and B against A."""
    a, b = sentence_terms(text_a, text_b)
    forward = relation_of(a, b, text_a, text_b, shares_quote=True)[0]
    backward = relation_of(b, a, text_b, text_a, shares_quote=True)[0]
    return forward, backward


@pytest.mark.parametrize(
    ("running_on", "closed"),
    [
        # Kpelle (entry 131): the commander's first sentence of several, then cut to it
        ("Kɔmanda Esther Flomo e maa: “Fɔntini ŋa e kɛ taa ŋa pɔŋ.",
         "Kɔmanda Flomo e maa “fɔntini ŋa e kɛ taa ŋa pɔŋ”."),
        # Soninke (entry 131), guillemets
        ("Awiyon jiidu ŋa xoore, Musa Tunkara, xa: «Awiyon baane ma na tiri ma jaxe ŋa ga taxa.",
         "Awiyon jiidu ŋa xoore Tunkara xa «awiyon baane ma na tiri ma jaxe ŋa ga taxa»."),
        # Temne (entry 131): the speaker named shorter and "ŋa" before the quotation
        ("Prinsipal ka kɔlɛj, Dr. Fatmata Kamara, ɔ yo: “Data ka a-stɔdɛn tɛ ta lɔs.",
         "Dr. Kamara ɔ yo ŋa “data ka a-stɔdɛn tɛ ta lɔs”."),
        # Gbaya (entry 132)
        ("Sous-préfet Jean-Bosco Zoumandji tɔ nɛ: «Bɔɓɔ ŋa a zu wi kpɔ ʔɛ.",
         "Sous-préfet Zoumandji tɔ nɛ «bɔɓɔ ŋa a zu wi kpɔ ʔɛ»."),
        # Quechua: the closing side adds "nispa" after the quotation
        ("Alcalde Wilber Quispe Huamán nirqan: «Manam sapallaykichischu kankichis, llapa "
         "municipalidadmi qamkunawan kachkan.",
         "Alcalde Wilber Quispe radioman rimaspa nirqan: «Manam sapallaykichischu kankichis, "
         "llapa municipalidadmi qamkunawan kachkan», nispa."),
        # Yakut, Cyrillic: the verb of saying after the quotation on the closing side
        ("Улуус баһылыга Петр Сивцев: «Нэһилиэктэри аһынан, эмтэн уонна уматыгынан хааччыйыы "
         "тохтуо суоҕа.",
         "Улуус баһылыга Петр Сивцев «нэһилиэктэри аһынан, эмтэн уонна уматыгынан хааччыйыы "
         "тохтуо суоҕа» диэн эрэннэрэр."),
        # built: the quotation ran in from the sentence before on one side
        ("the fountain is safe to drink again,” Commander Flomo said on Friday.",
         "“The fountain is safe to drink again,” Commander Flomo said on Friday."),
    ],
)  # fmt: skip
def test_a_quotation_cut_at_the_sentence_on_one_side_is_a_shared_quote(
    running_on: str, closed: str
) -> None:
    assert quoted_past_one_sentence(running_on, closed)
    assert quoted_past_one_sentence(closed, running_on)
    assert _relations(running_on, closed) == ("shared_quote", "shared_quote")


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # `hospital_ransom`: the sentence is the quotation, no frame of its own on either side
        ('"We do not negotiate with criminals.', "“We do not negotiate with criminals.”"),
        # both quotations run on into the next sentence: cut alike
        ("Commander Esther Flomo said: “The fountain is safe to drink again.",
         "Commander Flomo said: “The fountain is safe to drink again."),
        # both closed in the sentence: cut alike
        ("Commander Esther Flomo said: “The fountain is safe to drink again.”",
         "Commander Flomo said: “The fountain is safe to drink again.”"),
    ],
)  # fmt: skip
def test_a_quotation_cut_alike_or_with_no_frame_stays_a_near_copy(text_a: str, text_b: str) -> None:
    assert not quoted_past_one_sentence(text_a, text_b)
    assert not quoted_past_one_sentence(text_b, text_a)
    assert _relations(text_a, text_b) == ("near_copy", "near_copy")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Commander Flomo said: “The fountain is safe.", QuotationEnds(False, True)),
        ("Commander Flomo said: « La fontaine est sûre.", QuotationEnds(False, True)),
        ("the fountain is safe,” Commander Flomo said.", QuotationEnds(True, False)),
        # a closing mark before a comma closes (Romanian, a priest's words run in)
        ("Oamenii au salvat ce se putea salva”, a declarat preotul.", QuotationEnds(True, False)),
        ("Commander Flomo said: “The fountain is safe.”", QuotationEnds(False, False)),
        ("Commander Flomo's men said nothing.", QuotationEnds(False, False)),
        ("“It is safe,” she said, adding: “We tested it twice.", QuotationEnds(False, True)),
        # openers glued to what stands before them: a Japanese corner bracket after a word, a
        # Chinese mark after a full-width colon, a mark after a bracket
        ("館長は「水は安全です。", QuotationEnds(False, True)),
        ("指挥官说：“水可以安全饮用了。", QuotationEnds(False, True)),
        ("Commander Flomo said (“the fountain is safe.", QuotationEnds(False, True)),
        # a straight double quote between Hebrew letters is an abbreviation's gershayim
        ('דובר צה"ל אמר: "המים בטוחים."', QuotationEnds(False, False)),
        ('דובר צה"ל אמר: "המים בטוחים.', QuotationEnds(False, True)),
    ],
)
def test_quotation_ends_reads_which_end_a_quotation_crosses(text: str, ends: QuotationEnds) -> None:
    assert quotation_ends(text) == ends


def test_the_engine_labels_the_cut_quotation_a_shared_quote_both_ways() -> None:
    truth = load("fountain_kpanyaa")
    assert related_both_ways(truth, ("Kɔmanda Esther Flomo e maa", "Kɔmanda Flomo e maa")) == [
        "shared_quote",
        "shared_quote",
    ]


def test_the_engine_reads_a_built_pair_alike_both_ways() -> None:
    text_a = (
        "The square was closed on Monday.\n\nCommander Esther Flomo said: “The fountain is "
        "safe to drink again. We tested the water twice this week.”"
    )
    text_b = "Commander Flomo said “the fountain is safe to drink again”. The square reopened."
    for first, second in ((text_a, text_b), (text_b, text_a)):
        relations = [
            pair.relation
            for pair in compare_texts(first, second).pairs
            if "fountain" in pair.a.text and "fountain" in pair.b.text
        ]
        assert relations == ["shared_quote"]


_WORDS = st.sampled_from(
    ["the", "fountain", "water", "is", "safe", "to", "drink", "again", "town", "square"]
)
_SPEAKERS = st.sampled_from(["Commander Esther Flomo", "Commander Flomo", "She"])
#: How a sentence cuts the quotation: closed inside it, running on into the next sentence,
#: or running in from the sentence before.
_CUTS = st.sampled_from(["closed", "runs_on", "runs_in"])


def _quoting_sentence(speaker: str, words: str, cut: str) -> str:
    """A sentence in which ``speaker`` says ``words``, the quotation cut as ``cut`` says."""
    if cut == "runs_in":
        return f"{words.lower()},” {speaker} said."
    return f"{speaker} said: “{words}." + ("”" if cut == "closed" else "")


@given(
    speaker_a=_SPEAKERS,
    speaker_b=_SPEAKERS,
    quoted=st.lists(_WORDS, min_size=2, max_size=8),
    cuts=st.tuples(_CUTS, _CUTS),
)
def test_the_rule_reads_only_where_the_quotations_end_and_mirrors(
    speaker_a: str, speaker_b: str, quoted: list[str], cuts: tuple[str, str]
) -> None:
    words = " ".join(quoted).capitalize()
    text_a = _quoting_sentence(speaker_a, words, cuts[0])
    text_b = _quoting_sentence(speaker_b, words, cuts[1])
    cut_otherwise = quoted_past_one_sentence(text_a, text_b)
    assert cut_otherwise == quoted_past_one_sentence(text_b, text_a)
    assert cut_otherwise == (cuts[0] != cuts[1])
    forward, backward = _relations(text_a, text_b)
    assert forward == backward
    if cut_otherwise:
        assert forward == "shared_quote"
