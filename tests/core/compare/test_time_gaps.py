"""A clock time where the other side, in the same words around, says a moment in words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import time_gaps
from desktop_app.core.compare.framed import Item
from desktop_app.core.compare.time_gaps import gap_time_difference
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.sentence_pairs import (
    related_both_ways,
    relations_both_ways,
    sentence_terms,
)


def _gaps_both_ways(text_a: str, text_b: str) -> tuple[str, str]:
    """``gap_time_difference`` of the two sentences, A against B and B against A."""
    a, b = sentence_terms(text_a, text_b)
    return gap_time_difference(a, b, text_a, text_b), gap_time_difference(b, a, text_b, text_a)


def _mirrored(shown: str) -> str:
    """A difference told from the other side ("dusk ≠ 6.15pm" for "6.15pm ≠ dusk", "" for "")."""
    return " ≠ ".join(reversed(shown.split(" ≠ ")))


def _assert_gap_contradicts_both_ways(text_a: str, text_b: str, shown: str) -> None:
    """The gap is ``shown`` from A, mirrored from B, and the pair contradicts both ways."""
    assert _gaps_both_ways(text_a, text_b) == (shown, _mirrored(shown))
    assert relations_both_ways(text_a, text_b) == ("contradicts", "contradicts")


@pytest.mark.parametrize(
    ("text_a", "text_b", "shown"),
    [
        # siSwati: "nga-11:00" against "ntsambama" (in the afternoon), the sentence's end
        ("Emaphoyisa afika edamini nga-11:00.", "Emaphoyisa afika edamini ntsambama.",
         "11:00 ≠ ntsambama"),
        # Newar: "सुथय् ९ बजे" (9 in the morning) against "बहनी" (in the evening)
        ("जात्रा हानं आइतबाः सुथय् ९ बजे न्ह्याइ।", "जात्रा हानं आइतबाः बहनी न्ह्याइ।",
         "९ ≠ बहनी"),
        # Sesotho sa Leboa: "motseng ka 15:00" against "mosegare" (at midday)
        ("Koloi ya pele e fihlile motseng ka 15:00.", "Ya pele e fihlile mosegare.",
         "15:00 ≠ mosegare"),
        # English words no part-of-the-day table holds
        ("The ferry left the harbour at 6.15pm.", "The ferry left the harbour at dusk.",
         "6.15pm. ≠ dusk"),
        # Krio: "af pas nayn" (half past nine); the clause after the comma tells something else
        ("Di staf dɛn fɔs si di prɔblɛm na 8:20 di mɔnin, we dɛn nɔ bin ebul opin ɛni fayl.",
         "Di staf dɛn nɔtis na af pas nayn.", "8:20 ≠ af pas nayn"),
    ],
)  # fmt: skip
def test_a_clock_time_against_unread_words_in_its_place_contradicts(
    text_a: str, text_b: str, shown: str
) -> None:
    _assert_gap_contradicts_both_ways(text_a, text_b, shown)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a part of the day the engine reads: `period_difference` compares it, and it agrees
        ("The ferry left the harbour at 6.15pm.", "The ferry left the harbour in the evening."),
        # a weekday where the time stands
        ("The ferry left the harbour at 6.15pm.", "The ferry left the harbour on Tuesday."),
        # a digit on the other side: the figures are compared as figures
        ("The ferry left the harbour at 6.15pm.", "The ferry left the harbour 20 minutes late."),
        # more words in the other side's gap than a moment takes
        ("The ferry left the harbour at 6.15pm.",
         "The ferry left the harbour at nightfall after a long wait."),
        # too few of the other side's words met: not the same sentence
        ("The ferry left the harbour at 6.15pm.", "Passengers on the ferry were angry at dusk."),
        # the clock time stands in a clause of its own, more than a moment
        ("The bus left Upper Kelderby at 7.35am and became stuck in a drift on the B6270 at "
         "8.05am.", "The coach left Upper Kelderby on time."),
        ("Police closed the B6271 as a precaution, and the road reopened at 6am on Monday.",
         "Police closed the road overnight."),
        # a clock time on both sides: `differences` compares them
        ("The ferry left the harbour at 6.15pm.", "The ferry left the harbour at 6.15pm sharp."),
    ],
)  # fmt: skip
def test_no_gap_of_unread_words_where_the_time_stands(text_a: str, text_b: str) -> None:
    assert _gaps_both_ways(text_a, text_b) == ("", "")


_WORDS = st.sampled_from(
    ["harbour", "ferry", "left", "pilot", "crew", "quay", "storm", "boats", "Orkney", "the"]
)
#: Clock times of the hypothesis tests, bare or with a word of their own.
_CLOCKS = st.sampled_from(["6.15pm", "at 06:40", "ka 15:00", "nga-11:00", "9:30"])


def _mirrored_gap(text_a: str, text_b: str) -> str:
    """The gap from A, once B's is checked to be its mirror."""
    forward, backward = _gaps_both_ways(text_a, text_b)
    assert backward == _mirrored(forward)
    return forward


@given(
    before=st.lists(_WORDS, min_size=1, max_size=5),
    after=st.lists(_WORDS, max_size=5),
    clock=_CLOCKS,
    said=st.lists(st.sampled_from(["dusk", "ntsambama", "mosegare", "gloaming"]), min_size=1,
                  max_size=3),
)  # fmt: skip
def test_the_rule_is_symmetric(
    before: list[str], after: list[str], clock: str, said: list[str]
) -> None:
    text_a = " ".join([*before, clock, *after]) + "."
    text_b = " ".join([*before, *said, *after]) + "."
    _mirrored_gap(text_a, text_b)
    relation_a_to_b, relation_b_to_a = relations_both_ways(text_a, text_b)
    assert relation_a_to_b == relation_b_to_a


@pytest.mark.parametrize(
    ("text_a", "text_b", "shown"),
    [
        # Hopi (entry 108): "pitu" (arrived) is read as a number word of another language on
        # both sides; "8:30 mihikqw" (8.30 in the evening) against "talavay" (in the morning)
        ("Electrician-t 8:30 mihikqw aw pitu.", "Electrician-t talavay aw pitu.",
         "8:30 ≠ talavay"),
        # the same count told alike on both sides is no figure of the moment
        ("The ferry left the harbour at 6.15pm with seven crew.",
         "The ferry left the harbour at dusk with seven crew.", "6.15pm ≠ dusk"),
    ],
)  # fmt: skip
def test_a_figure_both_sides_read_alike_is_no_bar_to_the_gap(
    text_a: str, text_b: str, shown: str
) -> None:
    _assert_gap_contradicts_both_ways(text_a, text_b, shown)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the other side reads a count the clock side does not give: figures, not a gap
        ("The ferry left the harbour at 6.15pm with seven crew.",
         "The ferry left the harbour at dusk with eight crew."),
        # the other side gives the count in digits
        ("The ferry left the harbour at 6.15pm with seven crew.",
         "The ferry left the harbour at dusk with 7 crew."),
    ],
)  # fmt: skip
def test_a_figure_only_the_other_side_reads_still_bars_the_gap(text_a: str, text_b: str) -> None:
    assert _gaps_both_ways(text_a, text_b) == ("", "")


@given(
    before=st.lists(_WORDS, min_size=1, max_size=5),
    clock=_CLOCKS,
    said=st.lists(st.sampled_from(["dusk", "ntsambama", "mosegare", "gloaming"]), min_size=1,
                  max_size=3),
    count_a=st.sampled_from(["seven", "twelve", "three"]),
    count_b=st.sampled_from(["seven", "twelve", "three"]),
)  # fmt: skip
def test_a_count_read_on_both_sides_bars_the_gap_only_when_it_differs(
    before: list[str], clock: str, said: list[str], count_a: str, count_b: str
) -> None:
    text_a = " ".join([*before, clock, "with", count_a, "crew"]) + "."
    text_b = " ".join([*before, *said, "with", count_b, "crew"]) + "."
    forward = _mirrored_gap(text_a, text_b)
    if count_a != count_b:
        assert forward == ""
    else:
        assert forward.endswith(" ≠ " + " ".join(said))
        assert count_a not in forward


# -- round 128: a clock time's run told to the end, and words told just after it -----------


@pytest.mark.parametrize(
    ("text_a", "text_b", "shown"),
    [
        # Dinka (entry 109): "thaa 13:30" and a clause to the end against "thëëi" (evening)
        ("Kɔc ke redio aake luui agut thaa 13:30 bïk kä ke mast kuɛ̈ɛ̈t.",
         "Kɔc ke redio aake luui agut thëëi.", "13:30 ≠ thëëi"),
        # Runyankore (entry 125): "aha kyombeko saa 14:00 kureeba firiiji" against "nyenkya"
        ("Abakozi ba Dairy Development Authority nibaija kugaruka aha kyombeko saa 14:00 "
         "kureeba firiiji.", "Abakozi ba Dairy Development Authority nibaija kugaruka nyenkya.",
         "14:00 ≠ nyenkya"),
        # Krio: the run goes on past the moment with no clause mark, to both sentences' ends
        ("Di staf dɛn fɔs si di prɔblɛm na 8:20 di mɔnin we dɛn nɔ bin ebul opin ɛni fayl.",
         "Di staf dɛn nɔtis na af pas nayn.", "8:20 ≠ af pas nayn"),
        ("The ferry left the harbour at 6.15pm with its lights off.",
         "The ferry left the harbour at dusk.", "6.15pm ≠ dusk"),
    ],
)  # fmt: skip
def test_a_clock_time_told_to_the_end_against_unread_words_contradicts(
    text_a: str, text_b: str, shown: str
) -> None:
    _assert_gap_contradicts_both_ways(text_a, text_b, shown)


@pytest.mark.parametrize(
    ("text_a", "text_b", "shown"),
    [
        # Gullah (entry 117): "at 11:15 een de mawnin" against "een de ebenin"
        ("Two man fom de state wildlife office been ketch de gata at 11:15 een de mawnin.",
         "Dey been ketch de gata een de ebenin.", "11:15 ≠ ebenin"),
        # Yapese (entry 125): "u 8:00 ko gubin e rran …" (every day) against "… e nep'" (night)
        ("Fare polis e ra yib ngaku Thilmaag u 8:00 ko gubin e rran ni ngar yaliyed fare "
         "wunbey.", "Fare polis e ra yib ngaku Thilmaag ko gubin e nep'.", "8:00 ≠ nep"),
        ("The ferry left the harbour at 6.15pm in the gloaming.",
         "The ferry left the harbour in the small hours.", "6.15pm ≠ small hours"),
    ],
)  # fmt: skip
def test_words_told_otherwise_just_after_a_clock_time_left_out_contradict(
    text_a: str, text_b: str, shown: str
) -> None:
    _assert_gap_contradicts_both_ways(text_a, text_b, shown)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # told to the end, but the run gives another figure …
        ("The ferry left the harbour at 6.15pm with 40 cars aboard.",
         "The ferry left the harbour at dusk."),
        # … or the clock time comes late in a long run: the run tells more than a moment
        ("A white flatbed van with a crane arm was seen on Mill Road shortly before 3am and is "
         "being traced.", "A van was seen nearby."),
        # just after, but past a clause mark …
        ("The ferry left the harbour at 6.15pm, in the gloaming.",
         "The ferry left the harbour in the small hours."),
        # … or too many shared words on
        ("The ferry left at 6.15pm from the old stone harbour in the gloaming.",
         "The ferry left from the old stone harbour in the small hours."),
        # the other side only leaves the clock time out: no words of its own
        ("The ferry left the harbour at 6.15pm in the gloaming.",
         "The ferry left the harbour in the gloaming."),
        # the words told just after name a weekday the engine reads
        ("The ferry left the harbour at 6.15pm in the gloaming on Monday.",
         "The ferry left the harbour in the gloaming on Tuesday."),
    ],
)  # fmt: skip
def test_no_longer_gap_outside_that_shape(text_a: str, text_b: str) -> None:
    assert _gaps_both_ways(text_a, text_b) == ("", "")


@given(
    before=st.lists(_WORDS, min_size=1, max_size=5),
    clock=_CLOCKS,
    shared=st.lists(_WORDS, min_size=1, max_size=4),
    told=st.lists(st.sampled_from(["mawnin", "gloaming", "rran", "thaa"]), min_size=1,
                  max_size=6),
    said=st.lists(st.sampled_from(["ebenin", "nepi", "thëëi", "murk"]), min_size=1,
                  max_size=3),
)  # fmt: skip
def test_the_longer_shapes_are_symmetric(
    before: list[str], clock: str, shared: list[str], told: list[str], said: list[str]
) -> None:
    text_a = " ".join([*before, clock, *shared, *told]) + "."
    text_b = " ".join([*before, *shared, *said]) + "."
    forward = _mirrored_gap(text_a, text_b)
    if forward:
        assert forward.endswith(" ≠ " + " ".join(said))
    relation_a_to_b, relation_b_to_a = relations_both_ways(text_a, text_b)
    assert relation_a_to_b == relation_b_to_a


@pytest.mark.parametrize(
    ("folder", "starts"),
    [
        ("radio_mast_panliet", ("Kɔc ke redio aake luui agut thaa", "Kɔc ke redio aake luui")),
        ("gata_hogmarsh", ("Two man fom de state wildlife office", "Dey been ketch de gata")),
    ],
)
def test_development_pairs_contradict_both_ways_only_with_the_longer_runs(
    folder: str, starts: tuple[str, str]
) -> None:
    truth = load(folder)
    assert related_both_ways(truth, starts) == ["contradicts", "contradicts"]
    told_in_place = time_gaps._told_in_place

    def never_to_the_end(run: list[Item], at: int, text: str, *, to_the_end: bool) -> bool:
        """``time_gaps._told_in_place`` as round 94 read it: never to the end."""
        return told_in_place(run, at, text, to_the_end=False)

    with (
        patched(time_gaps, "CLOCK_REACH_WORDS", 0),
        patched(time_gaps, "_told_in_place", never_to_the_end),
    ):
        assert "contradicts" not in related_both_ways(truth, starts)
