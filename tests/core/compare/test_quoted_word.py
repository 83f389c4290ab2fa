"""A one-word quotation cut from a statement the other text quotes whole (round 150)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.quotes import shared_quotations
from tests.core.compare.devset import load
from tests.core.compare.test_quotes import MARKS

STATEMENT = "We worked all night, and we are proud of the turtle count, but we need the lights off."
WHOLE = f"Ranger coordinator Brian Hale said: “{STATEMENT}”"


def _shared_both_ways(a: str, b: str) -> list[tuple[str, str]]:
    """The shared quotes' texts of A against B, checked to mirror those of B against A."""
    found = [(quote.a.text, quote.b.text) for quote in shared_quotations(a, b)]
    mirrored = [(quote.b.text, quote.a.text) for quote in shared_quotations(b, a)]
    assert found == mirrored
    return found


@given(st.sampled_from(MARKS), st.sampled_from(MARKS))
def test_a_word_of_a_statement_quoted_alone_by_the_same_speaker_is_shared(
    marks_a: tuple[str, str], marks_b: tuple[str, str]
) -> None:
    a = f"Ranger coordinator Brian Hale said: {marks_a[0]}{STATEMENT}{marks_a[1]}"
    b = f"Ranger Brian Hale said the team was {marks_b[0]}proud{marks_b[1]} of the turtle count."
    assert _shared_both_ways(a, b) == [(STATEMENT, "proud")]


def test_a_scare_quote_of_a_word_the_other_text_tells_in_narration_is_not_shared() -> None:
    narrated = "Ranger Brian Hale said the team was proud of the turtle count."
    quoted = "Ranger Brian Hale said the team was “proud” of the turtle count."
    assert _shared_both_ways(narrated, quoted) == []


def test_a_word_of_a_statement_is_not_shared_when_no_one_is_named_alike() -> None:
    b = "Rangers at the beach called the turtle count “proud” work."
    assert _shared_both_ways(WHOLE, b) == []


def test_a_capitalised_word_alone_in_quote_marks_is_a_name_not_a_word_said() -> None:
    a = "Skipper Anna Lund said: “We saw Mewa burning off the harbour, so we ran.”"
    b = "„Mewa” burned six miles off the harbour, Skipper Anna Lund said."
    assert _shared_both_ways(a, b) == []


def test_a_word_of_a_longer_name_in_quote_marks_is_not_shared() -> None:
    a = "Volunteers led by Mary Kay joined the “clean beach week” drive on Sunday."
    b = "Volunteers led by Mary Kay came to clean the “beach” on Sunday."
    assert _shared_both_ways(a, b) == []


def test_a_stopword_quoted_alone_is_not_a_word_of_the_statement() -> None:
    a = "“We stayed because it was the right thing to do,” Mary Kay said."
    b = "Mary Kay said they stayed “because” it was the right thing."
    assert _shared_both_ways(a, b) == []


def test_the_turtles_ranger_s_proud_is_a_shared_quote_and_pairs_as_one() -> None:
    truth = load("turtles_yimpinari")
    result = compare_texts(truth.text_a, truth.text_b)
    (quote,) = result.shared_quotes
    assert quote.b.text == "proud"
    assert quote.a.text.startswith("Ngawa work all night")
    holding = [
        pair
        for pair in result.pairs
        if pair.a.start <= quote.a.start < pair.a.end and pair.b.start <= quote.b.start < pair.b.end
    ]
    assert [pair.relation for pair in holding] == ["shared_quote"]
