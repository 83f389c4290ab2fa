"""Placed alone, a quote read word for word a little off where it stood (an edit before it),
one side of its context whole and the other rewritten, is placed (``quote_search``'s
``_one_side_kept_near``); a batch's search leaves it to review for its neighbours to
settle, and so does one alone when another copy of the quote keeps a side of the context,
when it moved farther than ``SHIFTED_NEAR``, or when the quote is a word or two."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_search import NEAR, SHIFTED_NEAR, SHIFTED_QUOTE, search
from desktop_app.core.reanchor import place

OPENING = (
    "The tenants' meeting opened at seven in the community room, with the chair "
    "welcoming eleven households and two guests from the neighbouring block."
)
#: The annotated passage (shorter than the search's long quotes, which other rules place).
PASSAGE = "the lift on stair B"
SENTENCE = f"Members asked when {PASSAGE} would be repaired by the contractor this spring."
#: What the words after the passage read once rewritten: the suffix no longer agrees.
REWRITTEN = " had been inspected at last, and whether anyone had written to the council about it."
CLOSING = "The meeting closed at half past eight; the next one falls on the first Tuesday."


def _text(title: str, sentence: str) -> str:
    return "\n\n".join([title, OPENING, sentence, CLOSING])


def _moved(added: str, rewritten: str = REWRITTEN) -> tuple[str, int, str]:
    """The old text, where its passage starts, and the new text: ``added`` put in the
    title (everything after it shifts), the words after the passage ``rewritten``."""
    old = _text("Minutes", SENTENCE)
    new = _text("Minutes" + added, SENTENCE.split(PASSAGE)[0] + PASSAGE + rewritten)
    return old, old.find(PASSAGE), new


@settings(max_examples=40, deadline=None)
@given(
    added=st.text(alphabet="abcdefgh ", min_size=NEAR + 1, max_size=SHIFTED_NEAR),
    rewritten=st.sampled_from([REWRITTEN, " was out of order again, with no notice posted."]),
)
def test_a_quote_shifted_a_little_with_one_side_kept_is_placed_alone(
    added: str, rewritten: str
) -> None:
    old, start, new = _moved(added, rewritten)
    position, quote = describe(old, start, start + len(PASSAGE))
    expected = start + len(added)
    assert new[expected : expected + len(PASSAGE)] == PASSAGE
    assert quote.prefix in new  # one side kept, the other rewritten
    assert quote.suffix not in new
    for placement in (search(new, position, quote, alone=True), place(new, position, quote)):
        assert (placement.state, placement.start, placement.end) == (
            "moved",
            expected,
            expected + len(PASSAGE),
        )
    in_a_batch = search(new, position, quote)  # a batch's neighbours vouch, or nothing does
    assert (in_a_batch.state, in_a_batch.start) == ("review", expected)


@settings(max_examples=20, deadline=None)
@given(added=st.text(alphabet="abcdefgh ", min_size=NEAR + 1, max_size=SHIFTED_NEAR))
def test_another_copy_keeping_a_side_of_the_context_leaves_it_to_review(added: str) -> None:
    old, start, new = _moved(added)
    position, quote = describe(old, start, start + len(PASSAGE))
    copy = f"{OPENING}\n\nMembers asked when {PASSAGE} was last serviced."  # the prefix whole
    new = new.replace(CLOSING, f"{copy}\n\n{CLOSING}")
    assert new.count(quote.prefix + PASSAGE) == 2
    assert place(new, position, quote).state == "review"  # either copy a guess


def test_moved_farther_than_shifted_near_it_is_left_to_review() -> None:
    added = " ".join(["and"] * (SHIFTED_NEAR // 4 + 10))
    assert len(added) > SHIFTED_NEAR
    old, start, new = _moved(added)
    position, quote = describe(old, start, start + len(PASSAGE))
    placement = place(new, position, quote)
    assert (placement.state, placement.start) == ("review", start + len(added))


def test_a_quote_of_a_word_or_two_is_left_to_review() -> None:
    old = _text("Minutes", SENTENCE)
    short = "lift"
    assert len(short) < SHIFTED_QUOTE
    start = old.find(short)
    new = _text("Minutes" + "x" * 20, SENTENCE.split(short)[0] + short + REWRITTEN)
    position, quote = describe(old, start, start + len(short))
    assert place(new, position, quote).state == "review"


def test_a_quote_across_paragraphs_is_left_to_review() -> None:
    old = _text("Minutes", SENTENCE)
    start = old.find("block.")
    end = old.find("Members asked") + len("Members asked")
    new = _text("Minutes" + "x" * 20, "Members asked" + REWRITTEN)
    position, quote = describe(old, start, end)
    assert "\n\n" in quote.exact
    assert len(quote.exact) < 30  # no long quote found once
    assert quote.prefix in new
    assert quote.suffix not in new
    assert place(new, position, quote).state == "review"
