"""Words quoted on one side and told unquoted on the other are no near copy (round 103)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare.relations import quoted_on_one_side
from tests.core.compare.sentence_pairs import relations_both_ways


@pytest.mark.parametrize(
    ("quoting", "telling"),
    [
        # Plains Cree (entry 99): the manager's words quoted, then reported
        ("Atâwêwikamik okanawêyihcikêw, Harold Badger, kî-itwêw môswa “kî-pîhtokwêw tâpiskôc "
         "kîkway ê-nitawi-atâwêt”.",
         "Harold Badger itwêw môswa kî-pîhtokwêw tâpiskôc kîkway ê-nitawi-atâwêt."),
        # Kikongo (entry 99): «nene bonso nti» in guillemets, then in the writer's words
        ("Tata Nzuzi wavovele vo mboma yayi yakala «nene bonso nti».",
         "Tata Nzuzi wavovele vo mboma yakala nene kibeni, bonso nti."),
        # Lakota (entry 100): the quotation's words in another order, unquoted
        ("Wawóyuspa kiŋ he “lila wašté, tuwéni tʼé šni” eyápi.",
         "Wawóyuspa eyápi tuwéni tʼé šni kiŋ he lila wašté."),
        # a built pair: a whole sentence quoted against the same words reported
        ('"It is too early to say how long the smelter will be offline."',
         "Meridian said it was too early to say how long the smelter would be offline."),
    ],
)  # fmt: skip
def test_a_quotation_told_in_the_other_writers_words_is_no_near_copy(
    quoting: str, telling: str
) -> None:
    assert quoted_on_one_side(quoting, telling)
    assert quoted_on_one_side(telling, quoting)
    assert relations_both_ways(quoting, telling) == ("same_fact", "same_fact")


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # neither side quotes: the same sentence lightly edited
        ("Prosecutors said a criminal investigation into two former managers was continuing.",
         "A criminal investigation into two former managers is continuing, prosecutors said."),
        # both sides quote: the quotations decide, not this rule
        ("“The rocket did what we asked of it,” said Kristin Aasvang, head of the agency.",
         "“The rocket did what we asked of it,” said Kristin Aasvang, director of the agency."),
    ],
)  # fmt: skip
def test_sentences_that_both_quote_or_neither_quotes_are_not_told_apart(
    text_a: str, text_b: str
) -> None:
    assert not quoted_on_one_side(text_a, text_b)
    assert not quoted_on_one_side(text_b, text_a)


def test_a_copied_sentence_with_no_quotation_stays_a_near_copy() -> None:
    text_a = "Prosecutors said a criminal investigation into two former managers was continuing."
    text_b = "A criminal investigation into two former managers is continuing, prosecutors said."
    assert relations_both_ways(text_a, text_b) == ("near_copy", "near_copy")


_WORDS = st.sampled_from(
    ["the", "mayor", "said", "bridge", "would", "reopen", "soon", "river", "council", "today"]
)


@given(
    words=st.lists(_WORDS, min_size=3, max_size=10),
    start=st.integers(0, 9),
    length=st.integers(1, 10),
    marks=st.sampled_from([("“", "”"), ('"', '"'), ("«", "»")]),
)
def test_the_rule_and_the_relation_are_symmetric(
    words: list[str], start: int, length: int, marks: tuple[str, str]
) -> None:
    start = min(start, len(words) - 1)
    end = min(len(words), start + length)
    quoted = [*words[:start], marks[0] + " ".join(words[start:end]) + marks[1], *words[end:]]
    quoting = " ".join(quoted) + "."
    telling = " ".join(words) + "."
    assert quoted_on_one_side(quoting, telling) == quoted_on_one_side(telling, quoting)
    forward, backward = relations_both_ways(quoting, telling)
    assert forward == backward
    assert forward != "near_copy"
