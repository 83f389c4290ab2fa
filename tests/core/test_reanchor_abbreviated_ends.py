"""A passage whose first or last word was cut short ("Monday to Friday" made "Mon–Fri"): on
the update path the lost end word reads on as its first letters, three or more, and the
placement takes them in (``diff_placement._lost_ends_found``) instead of stopping before
the word; a word that does not begin the lost one, or too few letters, is left outside."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.diff_placement import _lost_ends_found
from tests.benchmarks.reanchor_fresh11_families import (
    FRESH11_FAMILIES,
    fresh11_spans,
    fresh11_text,
)
from tests.benchmarks.test_reanchor_accuracy import edited_cases
from tests.core.test_reanchor import _updated_once

#: Words and the abbreviations a restyle gives them.
ABBREVIATED = {
    "Monday": "Mon",
    "Tuesday": "Tue",
    "Wednesday": "Wed",
    "Thursday": "Thurs",
    "January": "Jan",
    "September": "Sept",
    "Avenue": "Ave",
    "Professor": "Prof",
    "понедельник": "пн",  # two letters: too short to be read on
    "Montag": "Mo",  # likewise
    "ὀκτώβριος": "ὀκτ",
}


@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(sorted(ABBREVIATED)), after=st.sampled_from(["–Fri", ".", " 12"]))
def test_a_lost_last_word_reads_on_as_its_first_letters(word: str, after: str) -> None:
    short = ABBREVIATED[word]
    new = f"Open from ten, {short}{after} in term time."
    end = len("Open from ten,")
    found = _lost_ends_found("", " " + word + " to", new, 0, end)
    expected = end + 1 + len(short) if len(short) >= 3 else end
    assert found == (0, expected)


@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(sorted(ABBREVIATED)))
def test_a_lost_first_word_reads_back_as_its_first_letters(word: str) -> None:
    short = ABBREVIATED[word]
    new = f"Open Mon–{short}, 10:00–16:00, closed on bank holidays."
    start = new.index(", 10:00")
    found = _lost_ends_found(word, "", new, start, len(new))
    expected = new.rindex(short, 0, start) if len(short) >= 3 else start
    assert found == (expected, len(new))


def test_a_word_that_does_not_begin_the_lost_one_is_left_outside() -> None:
    new = "Open from ten, Tue–Fri in term time."
    end = len("Open from ten,")
    assert _lost_ends_found("", " Monday to", new, 0, end) == (0, end)


def test_a_lost_word_still_written_whole_is_taken_in_whole() -> None:
    whole = "Open from ten, Monday–Fri in term time."
    end = len("Open from ten,")
    assert _lost_ends_found("", " Monday", whole, 0, end) == (0, whole.index("–"))


def test_a_passage_ending_on_an_abbreviated_weekday_takes_it_in() -> None:
    old = "The office is open on weekdays. Hours: Monday to Friday, ten to four. Ring first."
    new = "The office is open on weekdays. Hours: Mon–Fri, ten to four. Ring first."
    start = old.index("The office")
    result = _updated_once(old, (start, old.index(" to Friday")), new)
    assert new[result.placement.start : result.placement.end].endswith("Hours: Mon")


def test_the_eleventh_materials_abbreviated_weekday_is_placed_whole() -> None:
    """A case that was wrong: "day is Monday" of "Monday to Friday", made "Mon–Fri", was
    placed as "day is" alone."""
    family = {"weekdays abbreviated": FRESH11_FAMILIES["weekdays abbreviated"]}
    cases = edited_cases(range(11100, 11101), family, fresh11_text, fresh11_spans)
    (case,) = [case for case in cases if case.label.endswith("rate 3.0 seed 11100")]
    span = case.spans[34]
    assert case.text[span[0] : span[1]] == "day is Monday"
    result = _updated_once(case.text, span, case.tracked.text)
    new = case.tracked.text
    assert new[result.placement.start : result.placement.end] == "day is Mon"


#: A lost end word and a common short word that begins it, in the material's scripts: the
#: short word is a word of its own, not an abbreviation ("there" lost before "the whole").
COMMON_SHORT_WORDS = [
    ("there", "the"),
    ("android", "and"),
    ("former", "for"),
    ("nothing", "not"),
    ("here", "her"),
    ("dessus", "des"),
    ("derzeit", "der"),
    ("contra", "con"),
    ("чтобы", "что"),
    ("приказ", "при"),
    ("τότε", "τότ"),
    ("सोमवार", "सोम"),
]


@settings(max_examples=60, deadline=None)
@given(pair=st.sampled_from(COMMON_SHORT_WORDS), capital=st.booleans())
def test_a_common_short_word_after_the_passage_is_no_abbreviation(
    pair: tuple[str, str], capital: bool
) -> None:
    lost, short = pair
    if capital:
        lost, short = lost.capitalize(), short.capitalize()
    new = f"They stood over {short} whole time."
    end = len("They stood over")
    assert _lost_ends_found("", " " + lost, new, 0, end) == (0, end)
    start = new.index(" whole")
    assert _lost_ends_found(lost, "", new, start, len(new)) == (start, len(new))


def test_the_reviews_false_reading_is_left_outside() -> None:
    """The review's case end to end: "there" deleted, the new text reads "the whole"."""
    old = "They stood over there the whole time, waiting for the boats to come in."
    new = "They stood over the whole time, waiting for the boats to come in."
    result = _updated_once(old, (0, old.index(" the whole")), new)
    assert new[result.placement.start : result.placement.end] == "They stood over"


@settings(max_examples=40, deadline=None)
@given(word=st.sampled_from(sorted(ABBREVIATED)), mark=st.sampled_from(["—", "-", ".", " 7"]))
def test_an_abbreviation_the_text_marks_reads_on(word: str, mark: str) -> None:
    short = ABBREVIATED[word]
    new = f"Open from ten, {short}{mark} later on."
    end = len("Open from ten,")
    expected = end + 1 + len(short) if len(short) >= 3 else end
    assert _lost_ends_found("", " " + word, new, 0, end) == (0, expected)


def test_a_figure_before_an_abbreviation_marks_it() -> None:
    new = "Due by 12 Sept at noon."
    start = new.index(" at noon")
    assert _lost_ends_found("September", "", new, start, len(new)) == (new.index("Sept"), len(new))


def test_a_devanagari_word_is_read_with_its_vowel_signs() -> None:
    """ "सोमवार" (Monday) made "सोम–शुक्र": the lost word is read whole with its vowel sign,
    not cut to "स" at the sign, and its abbreviation taken in."""
    new = "दफ़्तर खुला है सोम–शुक्र, दस से चार।"
    end = len("दफ़्तर खुला है")
    assert _lost_ends_found("", " सोमवार से", new, 0, end) == (0, new.index("–"))
