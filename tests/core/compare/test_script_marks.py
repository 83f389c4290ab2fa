"""Myanmar's comma, Lepcha's clause mark and the Tibetan shad read as written (round 170)."""

from __future__ import annotations

import re
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

#: The sentence ends as before round 170: every Sentence_Terminal, no shad.
_ENDS_BEFORE = regex.compile(
    r"(?:[.!?]+|…|\.\.\.)[" + re.escape(units._CLOSERS) + r"]*" + units._SPACED_CLOSER + r"(?=\s+)"
    r"|[" + units._FULL_WIDTH_ENDS + r"]+[" + re.escape(units._CLOSERS) + r"）]*"
    r"|(?:(?![.!?" + units._FULL_WIDTH_ENDS + r"])\p{Sentence_Terminal})+"
    r"[" + re.escape(units._CLOSERS) + r"]*(?=\s+)"
)


@contextmanager
def script_marks_off() -> Iterator[None]:
    """Myanmar's "၊" and Lepcha's "᰼" end sentences again, a shad ends none."""
    with ExitStack() as stack:
        stack.enter_context(patched(units, "_END", _ENDS_BEFORE))
        yield


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


@pytest.mark.parametrize(
    "line",
    [
        # Burmese: "In 2026, on 12 November, a Thursday, at 4.20 pm, in Monywa, a fire broke out."
        "၂၀၂၆ ခုနှစ်၊ နိုဝင်ဘာလ ၁၂ ရက်၊ ကြာသပတေးနေ့ ညနေ ၄ နာရီ ၂၀ မိနစ်ခန့်တွင် မုံရွာမြို့၊ "
        "ဈေးသစ် အဆောင် (၃) ၌ မီးလောင်မှု ဖြစ်ပွားခဲ့သည်။",
        # Lepcha: clauses joined by nyet thyoom ta-rol, the sentence ended by ta-rol
        "ᰠᰪᰀᰥᰓᰦᰲ ᱁᱉ ᰍᰨᰓᰬᰮᰓᰲ ᰠᰦᰭᰉᰧ᰼ ᰜᰧᰵᰋᰤᰭᰀᰦ ᰀᰈᰫ ᰊᰛᰩᰭ ᰌᰦᰭ ᰓᰮ ᰍᰪᰰ᰻",
        # Tibetan: a shad after "and" (ཅིང་, ཞིང་) closes a clause of the sentence
        "རླངས་འཁོར་ནང་འགྲུལ་པ་༣༢ ཡོད་ཅིང་། དེའི་ནང་ནས་མི་༢ ཚེ་ལས་འདས་ཡོད།",
        "ཚོ་སྙིང་རྫོང་གི་སྨན་ཁང་དུ་བསྐྱལ་ཞིང་། དེའི་ནང་ནས་རྨས་སྐྱོན་ལྕི་བ་ཕོག་ཡོད།",
        "ཐོག་མའི་ཞིབ་དཔྱད་ལྟར་ན། ལམ་ཐོག་ཏུ་ཁ་བ་འཁྱགས་ཡོད།",
    ],
)
def test_a_mark_written_inside_a_sentence_keeps_it_whole(line: str) -> None:
    assert _sentences(line) == [line]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Tibetan and Dzongkha: a shad after the verb's ending and a space ends the sentence
        ("རླངས་འཁོར་ཞིག་གཡང་ལ་འགྲིལ་བ་རེད། རླངས་འཁོར་དེ་ལམ་ནས་སྨི་60 ལྷག་མར་འགྲིལ་ཡོད།",
         ["རླངས་འཁོར་ཞིག་གཡང་ལ་འགྲིལ་བ་རེད།", "རླངས་འཁོར་དེ་ལམ་ནས་སྨི་60 ལྷག་མར་འགྲིལ་ཡོད།"]),
        ("ལྷ་ཁང་གི་ཐོག་ཁ་ཆ་ཚང་མེ་གིས་ཚིག་ཡི། ནང་ན་ཡོད་པའི་སྐུ་འདྲ་བཞི་ཡང་ཆ་མེད་ཐལ་ཡི།",
         ["ལྷ་ཁང་གི་ཐོག་ཁ་ཆ་ཚང་མེ་གིས་ཚིག་ཡི།", "ནང་ན་ཡོད་པའི་སྐུ་འདྲ་བཞི་ཡང་ཆ་མེད་ཐལ་ཡི།"]),
        # Burmese's section and Lepcha's ta-rol still end sentences
        ("မီးငြိမ်းသည်။ ဆိုင်ခန်း ၄၀ ပျက်စီးသည်။", ["မီးငြိမ်းသည်။", "ဆိုင်ခန်း ၄၀ ပျက်စီးသည်။"]),
        ("ᰓᰧᰓᰦᰭ ᰍᰪᰰ ᰓᰧ ᰍᰬ᰻ ᰌᰦᰭ ᰓᰮ ᰀᰈᰫ ᰍᰬ᰻", ["ᰓᰧᰓᰦᰭ ᰍᰪᰰ ᰓᰧ ᰍᰬ᰻", "ᰌᰦᰭ ᰓᰮ ᰀᰈᰫ ᰍᰬ᰻"]),
    ],
)  # fmt: skip
def test_a_sentence_ending_mark_of_the_script_ends_it(line: str, expected: list[str]) -> None:
    assert _sentences(line) == expected


def test_switched_off_the_marks_cut_or_join_as_before() -> None:
    with script_marks_off():
        assert len(_sentences("၂၀၂၆ ခုနှစ်၊ နိုဝင်ဘာလ ၁၂ ရက်၊ မီးလောင်သည်။")) == 3
        assert len(_sentences("ᰠᰪᰀᰥᰓᰦᰲ ᰠᰦᰭᰉᰧ᰼ ᰜᰧᰵᰋᰤᰭᰀᰦ ᰍᰪᰰ᰻")) == 2
        assert len(_sentences("འགྲིལ་བ་རེད། རླངས་འཁོར་ཡོད།")) == 1


def test_tibetan_sentences_are_cut_at_their_shad_in_a_comparison_both_ways() -> None:
    text_a = "རླངས་འཁོར་ཞིག་འགྲིལ་བ་རེད། མི་གཉིས་ཚེ་ལས་འདས་ཡོད།"
    text_b = "མི་གཉིས་ཚེ་ལས་འདས་ཡོད། རླངས་འཁོར་ཞིག་འགྲིལ་བ་རེད།"
    for first, second in ((text_a, text_b), (text_b, text_a)):
        result = compare_texts(first, second)
        assert len(result.units_a) == len(result.units_b) == 2
    with script_marks_off():
        assert len(compare_texts(text_a, text_b).units_a) == 1


def test_the_bus_fall_pair_pairs_the_sentence_a_shad_ends_both_ways() -> None:
    truth = load("rlangkhor_tsonying")
    starts = ("རླངས་འཁོར་དེ་ལམ་ནས་སྨད་དུ་སྨི་༤༠", "རླངས་འཁོར་དེ་ལམ་ནས་སྨི་60")
    assert paired_both_ways(truth, starts) == [True, True]
    with script_marks_off():
        assert paired_both_ways(truth, starts) == [False, False]


_PIECES = st.sampled_from(
    ["ཡོད།", "རེད།", "ཅིང་།", "ཞིང་།", "ན།", "ཚིག་ཡི།", "ལམ", "སྨི་60", "ခုနှစ်၊", "ရက်၊",
     "ဖြစ်သည်။", "ᰠᰦᰭᰉᰧ᰼", "ᰍᰬ᰻", "ᰀᰈᰫ", "word."]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=20))
@example(["ခုနှစ်၊", "ᰀᰈᰫ", "ཅིང་།", "ལམ", "ཡོད།", "ལམ"])
def test_the_marks_remove_ends_only_at_a_comma_or_clause_mark_and_add_them_only_at_a_shad(
    pieces: list[str],
) -> None:
    line = " ".join(pieces)
    now = {end for _, end in sentence_bounds(line)}
    with script_marks_off():
        before = {end for _, end in sentence_bounds(line)}
    for end in before - now:
        assert line[:end].endswith(("၊", "᰼"))
    for end in now - before:
        assert line[:end].endswith("།") or end == len(line)
        assert not line[:end].endswith(("ཅིང་།", "ཞིང་།", " ན།")) or end == len(line)
