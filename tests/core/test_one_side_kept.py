"""Quote-only placement of a passage one side of whose context stands whole while a word on
the other was replaced ("telephone" now "tel."): ``core.one_side_kept``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.anchoring import describe
from desktop_app.core.batch_placement import Request, place_all
from desktop_app.core.one_side_kept import _TOKEN, SHIFTED, kept_copy, word_replaced
from desktop_app.core.quote_search import search
from desktop_app.core.reanchor import place

NOTICE = (
    "Water notice\n\nFor more information about the works, see the council's website. "
    "The supply to Station Road will be off on Tuesday from 9 am. "
    "Please keep a little water aside for the morning. Out of hours, telephone 01632 960 "
    "288 and leave a message. To see what is kept about you, write to "
    "privacy@ferries.example.com; approximately 2% of requests are answered by post.\n"
)
ABBREVIATED = (
    NOTICE.replace("information", "info")
    .replace("Station Road", "Station Rd")
    .replace("Tuesday", "Tue.")
    .replace("telephone", "tel.")
    .replace("approximately", "approx.")
)
ADDRESS = "privacy@ferries.example.com"
HOURS = "Out of hours"


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def test_a_word_replaced_is_told_from_a_typo_and_from_text_that_does_not_resume() -> None:
    stored = _tokens("; approximately 2% of requests are answe")
    assert word_replaced(stored, _tokens("; approx. 2% of requests are answered by post"))
    assert not word_replaced(stored, _tokens("; approximatly 2% of requests are answered"))
    assert not word_replaced(stored, _tokens("; approx. 3% of queries were answered by"))
    assert not word_replaced(stored, _tokens(". Reported by our correspondent in town"))
    hours = _tokens(" Out of hours, telephone 01632\xa09")
    assert word_replaced(hours, _tokens(" Out of hours, tel. 01632\xa0960 341.\n"))
    assert not word_replaced(_tokens(", telephone"), _tokens(", tel. 01632 960 341"))
    twice = _tokens(" Street, 600 metres from the old ga")
    assert word_replaced(twice, _tokens(" St, 600 m from the old gate and the"))
    assert not word_replaced(twice, _tokens(" St, 600 m from the old gate and the"), runs=1)
    assert not word_replaced(twice, _tokens(" St, 600 m from a new gate and the"))


def test_one_at_a_time_a_passage_with_a_word_beside_it_abbreviated_is_placed() -> None:
    for passage in (ADDRESS, HOURS):
        start = NOTICE.index(passage)
        position, quote = describe(NOTICE, start, start + len(passage))
        assert search(ABBREVIATED, position, quote).state == "review"
        at = ABBREVIATED.index(passage)
        assert kept_copy(ABBREVIATED, quote, start) == at
        assert place(ABBREVIATED, position, quote)[:3] == ("moved", at, at + len(passage))
        batch = place_all(ABBREVIATED, [Request(position, quote)])
        assert batch[0][:3] == ("moved", at, at + len(passage))


def test_a_second_copy_or_a_far_one_leaves_it_a_guess() -> None:
    start = NOTICE.index(ADDRESS)
    _, quote = describe(NOTICE, start, start + len(ADDRESS))
    doubled = ABBREVIATED + "\n" + ABBREVIATED
    assert kept_copy(doubled, quote, start) is None
    assert kept_copy(ABBREVIATED, quote, start + SHIFTED + 30) is None


@settings(max_examples=40, deadline=None)
@given(
    word=st.sampled_from(["approximately", "about", "write"]),
    replacement=st.sampled_from(["approx.", "on", "send word", "ca."]),
)
def test_any_one_word_replaced_after_the_quote_leaves_that_copy_the_one(
    word: str, replacement: str
) -> None:
    start = NOTICE.index(ADDRESS)
    _, quote = describe(NOTICE, start, start + len(ADDRESS))
    edited = NOTICE.replace(word, replacement)
    assert kept_copy(edited, quote, start) == edited.index(ADDRESS)
