"""A context compared with its far end free (``core.realigned_context``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.quote_scoring import context_similarity
from desktop_app.core.realigned_context import realigned_context

WORDS = st.lists(st.sampled_from(["rising", "falling", "↓", "Wark:", "1.8", "months", "\n"]))


def test_a_word_shortened_beside_a_passage_is_counted_once() -> None:
    old = "Haydon Bridge: 7.6 months to sell, falling.\nHumshaugh: 7.6 months to sell, falling."
    new = old.replace("falling", "↓")
    start = old.index("Humshaugh")
    _, quote = describe(old, start, start + len("Humshaugh: 7.6"))
    at = new.index("Humshaugh")
    plain = context_similarity(new, at, at + len(quote.exact), quote)
    realigned = realigned_context(new, at, at + len(quote.exact), quote, 16)
    assert plain[0] < 0.7 <= realigned[0]  # the window's far end no longer counts
    assert realigned[1] >= plain[1]


@settings(max_examples=150, deadline=None)
@given(
    before=WORDS,
    passage=st.sampled_from(["Wark: 1.8", "months"]),
    after=WORDS,
    slack=st.integers(0, 20),
)
def test_realigned_is_never_below_plain_and_whole_for_an_unchanged_text(
    before: list[str], passage: str, after: list[str], slack: int
) -> None:
    text = " ".join(before) + " " + passage + " " + " ".join(after)
    start = len(" ".join(before)) + 1
    end = start + len(passage)
    _, quote = describe(text, start, end)
    assert realigned_context(text, start, end, quote, slack) == (1.0, 1.0)
    edited = text.replace("falling", "↓")
    moved = edited.find(passage, start - (len(text) - len(edited)) - len(passage))
    if moved == -1:
        return
    plain = context_similarity(edited, moved, moved + len(passage), quote)
    realigned = realigned_context(edited, moved, moved + len(passage), quote, slack)
    assert realigned[0] >= plain[0]
    assert realigned[1] >= plain[1]
