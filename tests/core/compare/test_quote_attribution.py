"""A short clause naming who said a quotation closed on "!" or "?" stays in its sentence."""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, units
from desktop_app.core.compare.units import ATTRIBUTION_WORDS, sentence_bounds, split_units
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways

EDO_SHOUT = "“Osaro, mudia keke ẹrẹ!” Mama Eki tae."
HINDI_ASK = "“अब किस्त कहाँ से भरेंगे?” वे पूछते हैं।"
NOGAI_SAY = "«Эки шелек — бир куьннинъ суьви, баска не этейик?» — дейди ол."
#: A regex that matches nothing: the rule switched off.
NEVER = regex.compile(r"(?!)")


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


def test_the_speaker_after_an_exclamation_or_a_question_stays_with_the_quotation() -> None:
    for said in (EDO_SHOUT, HINDI_ASK, NOGAI_SAY):
        assert _sentences(said) == [said]
        assert _sentences(f"Ọ na tae. {said} Ọ mudia.") == ["Ọ na tae.", said, "Ọ mudia."]
    # switched off, the speaker is a sentence of his own, as before
    with patched(units, "_ATTRIBUTION", NEVER):
        assert _sentences(EDO_SHOUT) == ["“Osaro, mudia keke ẹrẹ!”", "Mama Eki tae."]
        assert _sentences(HINDI_ASK) == ["“अब किस्त कहाँ से भरेंगे?”", "वे पूछते हैं।"]


def test_a_longer_sentence_an_open_exclamation_or_a_full_stop_still_end_the_sentence() -> None:
    assert _sentences("“Stop!” The whole crowd ran to the road.") == [
        "“Stop!”",
        "The whole crowd ran to the road.",
    ]
    # no quotation closed after the mark
    assert _sentences("Stop the keke! Mama Eki shouted.") == [
        "Stop the keke!",
        "Mama Eki shouted.",
    ]
    # a quotation closed on a full stop, a statement, is the rule's no business
    assert _sentences("“He left.” Mama Eki said.") == ["“He left.”", "Mama Eki said."]


def test_another_scripts_question_mark_closing_a_quotation_keeps_its_speaker_too() -> None:
    arabic = "«هل أتيت؟» قال أحمد."  # "Did you come?" Ahmad said.
    tigrinya = "«ናብ ገበያ ትኸይድ፧» ኢላ ሓቲታ።"  # "Are you going to the market?" she asked.
    for said in (arabic, tigrinya):
        assert _sentences(f"{said} {said}") == [said, said]
    with patched(units, "_ATTRIBUTION", NEVER):
        assert _sentences(arabic) == ["«هل أتيت؟»", "قال أحمد."]
        assert _sentences(tigrinya) == ["«ናብ ገበያ ትኸይድ፧»", "ኢላ ሓቲታ።"]


def test_a_question_closing_brackets_is_no_quotation_and_ends_the_sentence() -> None:
    # a bracket closes an aside, not something said: the short sentence after it stands alone
    assert _sentences("He asked (why not?) Then he left.") == [
        "He asked (why not?)",
        "Then he left.",
    ]
    assert _sentences("Osaro stopped [again!] Mama Eki tae.") == [
        "Osaro stopped [again!]",
        "Mama Eki tae.",
    ]


def test_the_speaker_joins_his_quotation_in_a_comparison_both_ways() -> None:
    text_a = "A market woman shouted to Osaro to stop the keke. The twins were born there."
    text_b = "“Osaro, stop the keke!” Mama Eki shouted. The twins were born in the keke."
    for first, second in ((text_a, text_b), (text_b, text_a)):
        result = compare_texts(first, second)
        spans = result.units_b if first is text_a else result.units_a
        assert next(span.text for span in spans) == "“Osaro, stop the keke!” Mama Eki shouted."
    with patched(units, "_ATTRIBUTION", NEVER):
        assert [span.text for span in compare_texts(text_a, text_b).units_b][:2] == [
            "“Osaro, stop the keke!”",
            "Mama Eki shouted.",
        ]


def test_the_edo_market_womans_shout_and_its_speaker_are_one_sentence_both_ways() -> None:
    truth = load("keke_egbaen")
    # A's market woman telling Osaro to stop, against B's "Mama Eki tae." (she shouted) cut
    # from the shout it tells of: a second pair of one fact before, none now
    starts = ("Okhuo ọkpa ne ọ khian ẹki", "Mama Eki tae.")
    assert paired_both_ways(truth, starts) == [False, False]
    assert EDO_SHOUT in [truth.text_b[u.start : u.end] for u in split_units(truth.text_b)]
    with patched(units, "_ATTRIBUTION", NEVER):
        assert paired_both_ways(truth, starts) == [True, True]


_WORDS = st.sampled_from(["Mama", "Eki", "tae", "Osaro", "keke", "वे", "дейди", "ол", "stop"])
_MARKS = st.sampled_from(["!”", "?»", "?)", "!]", "!", "?", ".", "।"])
#: A mark ends a word, as in any text: two marks with nothing between ("Mama !” !” Mama")
#: make a sentence of punctuation alone, which joins the one before it whether the rule is
#: on or not, and moves an end either way.
_PIECES = st.one_of(
    _WORDS,
    st.tuples(_WORDS, _MARKS).map(" ".join),
    st.sampled_from([" — ", "“", "«", ", "]),
)


@given(st.lists(_PIECES, max_size=24))
@example(["“", "stop", "!”", "Mama", "Eki", "tae", ".", "Osaro", "."])
@example(["Osaro ?)", "Mama", "Eki", "tae ."])  # a bracket closes no quotation
def test_the_rule_only_joins_sentences_after_a_closed_quotation_and_before_a_short_clause(
    pieces: list[str],
) -> None:
    line = " ".join(pieces)
    joined = sentence_bounds(line)
    if pieces[:3] == ["“", "stop", "!”"]:
        assert len(joined) == 2  # the example: the shout and its speaker one sentence
    with patched(units, "_ATTRIBUTION", NEVER):
        apart = sentence_bounds(line)
    # the rule removes ends, never adds or moves one
    assert {end for _, end in joined} <= {end for _, end in apart}
    for _, end in apart:
        if end not in {stop for _, stop in joined}:
            assert line[end - 2] in "!?"
            assert line[end - 1] in "”»"
            # the clause up to the sentence's end: a few words, a dash before them at most
            clause = regex.split(r"[.।]", line[end:], maxsplit=1)[0]
            assert len(clause.replace("—", " ").split()) <= ATTRIBUTION_WORDS
