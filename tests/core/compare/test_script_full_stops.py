"""Armenian's colon, Indic initials, dotted times and middle dots read as written (round 169)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts, units
from desktop_app.core.compare.units import sentence_bounds
from tests.core.compare.by_entry import patched
from tests.core.compare.devset import load
from tests.core.compare.pair_rules import paired_both_ways

#: A regex that matches nothing: a rule switched off.
NEVER = regex.compile(r"(?!)")


@contextmanager
def script_rules_off() -> Iterator[None]:
    """Armenian's colon, Indic initials, dotted times and the middle dot switched off."""
    with ExitStack() as stack:
        stack.enter_context(patched(units, "_ARMENIAN_WORD", NEVER))
        stack.enter_context(patched(units, "_INDIC_INITIALS", frozenset()))
        stack.enter_context(patched(units, "_DOTTED_FIGURE", NEVER))
        stack.enter_context(patched(units, "_WORD_BEFORE", regex.compile(r"(\w+(?:\.\w+)*)\.$")))
        yield


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


@pytest.mark.parametrize(
    "line",
    [
        # Armenian: "stated:" and the quotation
        "Հովհաննիսյանը նշել է. «Ուժեղ քամու պատճառով կրակն արագ էր տարածվել»։",
        # Tamil, Malayalam, Marathi and Nepali initials and abbreviations
        "மாவட்ட ஆட்சியர் திருமதி ஆர். கலைச்செல்வி நிகழ்விடத்தை பார்வையிட்டார்.",
        "മരിച്ചത് പാലക്കാട് സ്വദേശി കെ. സുരേഷ് (42) ആണ്.",
        "ജില്ലാ കലക്ടർ ദിവ്യ എസ്. മേനോൻ അന്വേഷണത്തിന് ഉത്തരവിട്ടു.",
        "इमारतीचा भाग मंगळवार, दि. १ डिसेंबर २०२६ रोजी पहाटे कोसळला.",
        "परिवारलाई राहतस्वरूप रु. २५,००० उपलब्ध गराइएको छ।",
    ],
)
def test_a_mark_that_ends_no_sentence_in_its_script_keeps_it_whole(line: str) -> None:
    assert _sentences(line) == [line]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Pożar wybuchł około godziny 22.30. Z ogniem walczyło dwustu strażaków.",
            ["Pożar wybuchł około godziny 22.30.", "Z ogniem walczyło dwustu strażaków."],
        ),
        (
            "Api wuta take kapi beach, 5.30am. 16 jarrikarlani wuta mortiya.",
            ["Api wuta take kapi beach, 5.30am.", "16 jarrikarlani wuta mortiya."],
        ),
        (
            "Salsengni scholarshipna on·gen. Salseng Nobemberni Turao re·bagen.",
            ["Salsengni scholarshipna on·gen.", "Salseng Nobemberni Turao re·bagen."],
        ),
        # the verb "is" ending a sentence is no initial: Gujarati, Hindi, Malayalam, Marathi
        ("બોટ ડૂબી ગઈ છે. પાંચ માછીમારો બચી ગયા છે.",
         ["બોટ ડૂબી ગઈ છે.", "પાંચ માછીમારો બચી ગયા છે."]),
        ("यह सच है. वह गया.", ["यह सच है.", "वह गया."]),
        ("സുരേഷ് (42) ആണ്. ആന ഓടി.", ["സുരേഷ് (42) ആണ്.", "ആന ഓടി."]),
        (
            "सहा जण जखमी झाले आहेत. जखमींपैकी एकाची प्रकृती गंभीर आहे.",
            ["सहा जण जखमी झाले आहेत.", "जखमींपैकी एकाची प्रकृती गंभीर आहे."],
        ),
        # Myanmar's section "။" ends it
        ("မီးငြိမ်းသည်။ ဆိုင်ခန်း ၄၀ ပျက်စီးသည်။", ["မီးငြိမ်းသည်။", "ဆိုင်ခန်း ၄၀ ပျက်စီးသည်။"]),
        # an acronym before an ordinary word, and "U.S." before a sentence, as before
        ("Troops were sent to the U.S. The decision was late.",
         ["Troops were sent to the U.S.", "The decision was late."]),
    ],
)  # fmt: skip
def test_a_sentence_ending_after_a_figure_or_a_long_word_still_ends(
    line: str, expected: list[str]
) -> None:
    assert _sentences(line) == expected


def test_switched_off_the_marks_cut_or_join_as_before() -> None:
    with script_rules_off():
        assert len(_sentences("மரிச்சத் സ്വദേശി കെ. സുരേഷ് ആണ്.")) == 2
        assert len(_sentences("Pożar około godziny 22.30. Z ogniem walczyło.")) == 1
        assert len(_sentences("Scholarshipna on·gen. Salseng Turao re·bagen.")) == 1
        assert len(_sentences("Հովհաննիսյանը նշել է. «Ուժեղ քամու»։")) == 2


def test_an_indic_initial_keeps_its_sentence_whole_in_a_comparison_both_ways() -> None:
    text_a = "മരിച്ചത് പാലക്കാട് സ്വദേശി കെ. സുരേഷ് (42) ആയിരുന്നു. ആന ഓടി."
    text_b = "പാലക്കാട് സ്വദേശി സുരേഷ് (42) ആണ് മരിച്ചത്. ആന ഓടി."
    for first, second in ((text_a, text_b), (text_b, text_a)):
        result = compare_texts(first, second)
        assert len(result.units_a) == len(result.units_b) == 2
    with script_rules_off():
        assert len(compare_texts(text_a, text_b).units_a) == 3


def test_the_malayalam_victims_name_is_no_sentence_of_its_own_in_the_elephant_pair() -> None:
    truth = load("aana_chemmannur")
    # A's "സുരേഷ് (42) ആണ്." cut from "കെ." and paired with B's victim: gone both ways
    starts = ("സുരേഷ് (42) ആണ്.", "പാലക്കാട് കൊല്ലങ്കോട്")
    assert paired_both_ways(truth, starts) == [False, False]
    with script_rules_off():
        assert paired_both_ways(truth, starts) == [True, True]


def test_the_tiwi_turtle_count_after_a_time_is_paired_both_ways() -> None:
    truth = load("turtles_yimpinari")
    starts = ("16 jarrikarlani", "")
    assert paired_both_ways(truth, starts) == [True, True]
    with script_rules_off():
        assert paired_both_ways(truth, starts) == [False, False]


_PIECES = st.sampled_from(
    ["கே.", "எஸ்.", "സുരേഷ്", "ആണ്.", "है.", "दि.", "է.", "«Ուժեղ", "22.30.", "5.30am.", "on·gen.",
     "Gen.", "Z", "16", "Salseng", "word."]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=20))
@example(["எஸ்.", "Salseng", "22.30.", "Z", "on·gen.", "Salseng"])
def test_the_rules_remove_ends_only_after_an_initial_or_armenian_and_add_them_after_a_figure(
    pieces: list[str],
) -> None:
    line = " ".join(pieces)
    now = {end for _, end in sentence_bounds(line)}
    with script_rules_off():
        before = {end for _, end in sentence_bounds(line)}
    for end in before - now:
        assert line[:end].split()[-1] in {"கே.", "எஸ்.", "दि.", "է."}
    for end in now - before:
        assert line[:end].split()[-1] in {"22.30.", "5.30am.", "on·gen."} or end == len(line)
