"""A fuzzy passage's ends cut back past whole paragraphs its quote does not hold
(``core.foreign_paragraphs``): replies put in beside a passage quoted in an e-mail."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.foreign_paragraphs import cut_foreign_paragraphs
from desktop_app.core.quote_search import Placement
from desktop_app.core.records import AnchorState

QUOTE = (
    "The Tamil reading group meets on the first Tuesday. Booking is essential.\n\n"
    "The Urdu reading group meets on the second Tuesday. Booking is essential."
)
REPLY = "Can we check this figure?"


def _fuzzy_on(text: str, passage: str) -> Placement:
    start = text.index(passage)
    return Placement("fuzzy", start, start + len(passage), 0.95)


def test_a_reply_taken_in_after_the_passage_is_cut_off() -> None:
    text = "Reading groups\n\n" + QUOTE + "\n\n" + REPLY + "\n\nNew books"
    placement = _fuzzy_on(text, QUOTE + "\n\n" + REPLY)
    cut = cut_foreign_paragraphs(text, QUOTE, 16, placement)
    assert text[cut.start : cut.end] == QUOTE
    assert cut.state == "exact"


def test_a_reply_taken_in_before_the_passage_is_cut_off() -> None:
    text = "Reading groups\n\n" + REPLY + "\n\n" + QUOTE + "\n\nNew books"
    placement = _fuzzy_on(text, REPLY + "\n\n" + QUOTE)
    cut = cut_foreign_paragraphs(text, QUOTE, 16, placement)
    assert text[cut.start : cut.end] == QUOTE
    assert cut.state == "moved"


def test_a_piece_of_the_quotes_own_end_is_kept() -> None:
    # The quote's first sentence, made a paragraph of its own: still the quote's.
    split = QUOTE.replace("Tuesday. Booking", "Tuesday.\n\nBooking", 1)
    text = "Reading groups\n\n" + split + "\n\nNew books"
    placement = _fuzzy_on(text, split)
    assert cut_foreign_paragraphs(text, QUOTE, 16, placement) == placement


def test_an_end_paragraph_standing_in_for_the_quotes_own_is_kept() -> None:
    quote = QUOTE + "\n\nLine-ups:"
    text = "Reading groups\n\n" + QUOTE + "\n\nStarting XIs:\n\nNew books"
    placement = _fuzzy_on(text, QUOTE + "\n\nStarting XIs:")
    assert cut_foreign_paragraphs(text, quote, 16, placement) == placement


@settings(max_examples=50, deadline=None)
@given(
    state=st.sampled_from(["exact", "moved", "review", "orphaned"]),
    before=st.booleans(),
)
def test_only_fuzzy_placements_are_cut(state: AnchorState, before: bool) -> None:
    passage = REPLY + "\n\n" + QUOTE if before else QUOTE + "\n\n" + REPLY
    text = "Reading groups\n\n" + passage + "\n\nNew books"
    placement = _fuzzy_on(text, passage)._replace(state=state)
    assert cut_foreign_paragraphs(text, QUOTE, 16, placement) == placement


@settings(max_examples=50, deadline=None)
@given(reply=st.text(alphabet="abcdefghij ?.", min_size=8, max_size=40).map(str.strip))
def test_a_cut_passage_never_grows_and_stays_inside(reply: str) -> None:
    text = "Reading groups\n\n" + QUOTE + "\n\n" + (reply or "x") + "\n\nNew books"
    placement = _fuzzy_on(text, QUOTE + "\n\n" + (reply or "x"))
    cut = cut_foreign_paragraphs(text, QUOTE, 16, placement)
    assert placement.start <= cut.start <= cut.end <= placement.end
    assert text[cut.start : cut.end] in (QUOTE, text[placement.start : placement.end])
