"""Georgian-script prose (small Mkhedruli letters, no capitals) is split into its sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.units import sentence_bounds, split_units

#: Georgian: the bridge in Kutaisi fell on Tuesday; it was built in 1962 and is forty metres
#: long; the mayor says a new one will be built by summer. Only A tells when it was built.
GEORGIAN_A = (
    "ქუთაისში ხიდი სამშაბათს დილით ჩამოინგრა მდინარე რიონზე. "
    "ხიდი 1962 წელს ააშენეს და ორმოცი მეტრი სიგრძისაა.\n\n"
    "მერმა გიორგი ბერიძემ თქვა, რომ ახალი ხიდი ზაფხულამდე აშენდება.\n"
)
GEORGIAN_B = (
    "სამშაბათს დილით ქუთაისში მდინარე რიონზე ხიდი ჩამოინგრა.\n\n"
    "მერის, გიორგი ბერიძის, თქმით, ახალი ხიდი ზაფხულამდე აშენდება.\n"
)
LEFT_OUT = "ხიდი 1962 წელს ააშენეს და ორმოცი მეტრი სიგრძისაა."
#: Khutsuri, the church script: an Asomtavruli capital opens each sentence, Nuskhuri small
#: letters follow ("ეკლესია და სხვ. აშენდა." and "მერმა თქვა." written in it).
NUSKHURI_ETC = "Ⴄⴉⴊⴄⴑⴈⴀ ⴃⴀ ⴑⴞⴅ. ⴀⴘⴄⴌⴃⴀ."
NUSKHURI_TWO_SENTENCES = "Ⴄⴉⴊⴄⴑⴈⴀ ⴀⴘⴄⴌⴃⴀ. Ⴋⴄⴐⴋⴀ ⴇⴕⴅⴀ."


def _sentences(line: str) -> list[str]:
    return [line[start:end] for start, end in sentence_bounds(line)]


def test_a_full_stop_before_a_mkhedruli_letter_ends_a_sentence() -> None:
    # Mingrelian, from navi_khobispiri: "the boat had 4 fishermen. The fishermen are all ..."
    line = "ნავს 4 ჩხომიშ მაჭყაფალი რდუ. ჩხომიშ მაჭყაფალეფი ირფელი ხობისპირიშ მცხოვრები რე."
    assert _sentences(line) == [
        "ნავს 4 ჩხომიშ მაჭყაფალი რდუ.",
        "ჩხომიშ მაჭყაფალეფი ირფელი ხობისპირიშ მცხოვრები რე.",
    ]


def test_a_sentence_opening_on_a_georgian_quotation_is_a_sentence() -> None:
    line = "მერმა ხიდი დაათვალიერა. „ეს ძალიან სამწუხაროა“, თქვა მან."
    assert _sentences(line) == ["მერმა ხიდი დაათვალიერა.", "„ეს ძალიან სამწუხაროა“, თქვა მან."]


def test_a_georgian_word_cut_to_one_letter_ends_no_sentence() -> None:
    line = "ქ. თბილისში ხიდი ჩამოინგრა. მერმა გზა დაკეტა."
    assert _sentences(line) == ["ქ. თბილისში ხიდი ჩამოინგრა.", "მერმა გზა დაკეტა."]


def test_a_small_letter_of_a_cased_script_still_goes_on_with_the_sentence() -> None:
    assert len(_sentences("The council, the police etc. were told on Monday.")) == 1
    assert len(_sentences("Они приехали в 9 ч. утра и уехали.")) == 1


def test_nuskhuri_small_letters_have_asomtavruli_capitals_to_open_a_sentence() -> None:
    # the church and others (სხვ., abbreviated) was built; the mayor said: in Khutsuri, the
    # church script, whose Nuskhuri small letters Unicode gives Asomtavruli capitals
    assert _sentences(NUSKHURI_ETC) == [NUSKHURI_ETC]
    assert len(_sentences(NUSKHURI_TWO_SENTENCES)) == 2


def test_a_georgian_word_cut_to_one_letter_before_mtavruli_capitals_ends_no_sentence() -> None:
    # "in the city of KUTAISI", the name set in Mtavruli capitals
    line = "ქ. ᲥᲣᲗᲐᲘᲡᲨᲘ ხიდი ჩამოინგრა. ᲒᲐᲤᲠᲗᲮᲘᲚᲔᲑᲐ: გზა დაკეტილია."
    assert _sentences(line) == ["ქ. ᲥᲣᲗᲐᲘᲡᲨᲘ ხიდი ჩამოინგრა.", "ᲒᲐᲤᲠᲗᲮᲘᲚᲔᲑᲐ: გზა დაკეტილია."]


def test_a_georgian_word_cut_to_one_letter_at_the_end_of_a_text_ends_its_sentence() -> None:
    text = "ხიდი ააშენეს ქ.\n\nმერმა გზა დაკეტა ქ."
    assert [text[unit.start : unit.end] for unit in split_units(text)] == [
        "ხიდი ააშენეს ქ.",
        "მერმა გზა დაკეტა ქ.",
    ]


_GEORGIAN_WORD = st.text(st.characters(min_codepoint=0x10D0, max_codepoint=0x10F0), min_size=2)


@given(st.lists(st.lists(_GEORGIAN_WORD, min_size=1, max_size=6), min_size=1, max_size=6))
def test_georgian_sentences_joined_by_full_stops_come_out_one_by_one(
    sentences: list[list[str]],
) -> None:
    told = [" ".join(words) + "." for words in sentences]
    assert _sentences(" ".join(told)) == told


def test_a_georgian_sentence_one_text_alone_tells_is_left_out_on_its_own() -> None:
    for text_a, text_b, side in ((GEORGIAN_A, GEORGIAN_B, "a"), (GEORGIAN_B, GEORGIAN_A, "b")):
        result = compare_texts(text_a, text_b)
        only = result.only_a if side == "a" else result.only_b
        other_only = result.only_b if side == "a" else result.only_a
        assert [span.text for span in only] == [LEFT_OUT]
        assert other_only == ()
        assert len(result.pairs) == 2
        units = result.units_a if side == "a" else result.units_b
        assert len(units) == 3 == len(split_units(GEORGIAN_A))
