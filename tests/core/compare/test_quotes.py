"""Shared quotations: exact, cut differently, in other marks; paraphrases and scare quotes not."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare.quotes import (
    eliding_text,
    find_quotations,
    quotes_and_names,
    shared_quotations,
)

#: Quote marks of every style the engine reads, as (opening, closing).
MARKS = [
    ("“", "”"),
    ("„", "“"),
    ("„", "”"),
    ("«", "»"),
    ("»", "«"),
    ("»", "»"),
    ("”", "”"),
    ("‚", "‘"),
    ("‹", "›"),
    ('"', '"'),
    ("'", "'"),
    ("‘", "’"),
]
PASSAGE = re.findall(
    r"\w+", "the crew stayed calm the whole time while the wind kept rising all night"
)


def test_quotations_in_the_common_marks_and_not_apostrophes() -> None:
    text = (
        "She said “we will rebuild it” and «мы готовы», then 'not now' and "
        '„endlich fertig“ — it’s the ‘new oil’ of the ’90s, "as promised."'
    )
    found = [text[q.start : q.end] for q in find_quotations(text)]
    assert found == [
        "we will rebuild it",
        "мы готовы",
        "not now",
        "endlich fertig",
        "new oil",
        "as promised.",
    ]


def test_a_quote_cut_differently_at_either_end_is_shared() -> None:
    a = "The mayor called it “a bridge to the future of this town, and a long overdue one.”"
    b = "“A bridge to the future of this town,” the mayor said."
    (quote,) = shared_quotations(a, b)
    assert quote.a.text == "a bridge to the future of this town, and a long overdue one."
    assert quote.b.text == "A bridge to the future of this town,"
    assert not quote.exact


def test_the_same_words_in_other_marks_are_an_exact_shared_quote() -> None:
    (quote,) = shared_quotations("“We remain at the table,” he said.", '"We remain at the table."')
    assert quote.exact


def test_paraphrase_and_quotes_in_only_one_article_are_not_shared() -> None:
    a = "The union leader said members “will not return until the contract is fair.”"
    b = "The union says its members will not go back to work until they get a fair contract."
    assert shared_quotations(a, b) == []


def test_different_quotes_that_share_a_few_words_are_not_shared() -> None:
    a = "He said the plan would “double our output by 2030 without a single new mine.”"
    b = "She added: “we do not need to build a single new mine.”"
    assert shared_quotations(a, b) == []


def test_two_word_scare_quotes_are_shared_only_when_both_are_the_same_two_words() -> None:
    assert len(shared_quotations("the “new oil” of Asia", "a ‘new oil’ boom")) == 1
    assert shared_quotations("the “new oil” of Asia", "“the new oil rush is here”") == []


def test_quotes_in_headlines_do_not_count_when_units_are_given() -> None:
    a = "Union wants “a fair contract”\nThe talks went on."
    b = "Talks stall.\nThe union wants “a fair contract” now."
    assert len(shared_quotations(a, b)) == 1
    units_a = [(31, 49)]
    units_b = [(0, 12), (13, 51)]
    assert shared_quotations(a, b, units_a, units_b) == []


def test_french_guillemets_with_non_breaking_spaces_open_and_close() -> None:
    text = "Le feu a été «\u00a0fixé\u00a0» et «\u202fn'est pas éteint\u202f», dit-il."
    found = [text[q.start : q.end].strip("\u00a0\u202f") for q in find_quotations(text)]
    assert found == ["fixé", "n'est pas éteint"]


def test_a_one_word_quote_is_shared_only_when_both_quote_that_word() -> None:
    a = "Le feu a été «\u00a0fixé\u00a0» mercredi."
    assert len(shared_quotations(a, "Le feu était « fixé » à 9 heures.")) == 1
    assert shared_quotations(a, "Le feu était fixé à 9 heures.") == []
    assert shared_quotations(a, "Le feu était « maîtrisé » à 9 heures.") == []


def test_german_low_high_and_reversed_guillemets_cut_differently_are_shared() -> None:
    a = "„Bei solchen Verhältnissen ist an Nordhängen äußerste Vorsicht geboten“, sagte er."
    b = "Bei solchen Verhältnissen sei, so der Leiter, »an Nordhängen äußerste Vorsicht geboten«."
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "an Nordhängen äußerste Vorsicht geboten"
    assert not quote.exact


def test_a_short_quote_inside_a_longer_one_with_the_rest_paraphrased_is_shared() -> None:
    a = '"The risk to any individual patient is extremely low," she said.'
    b = "She insisted the risk to any one patient was “extremely low”."
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "extremely low"
    assert shared_quotations(a, "Analysts called the price “extremely low” for a drug.") == []


def test_a_two_word_quote_inside_a_longer_one_with_a_word_of_the_rest_around_it_is_shared() -> None:
    a = '"We will keep every pub supplied, but this harvest will be expensive," he said.'
    b = "The chief executive promised that “every pub” would stay supplied."
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "every pub"


def test_the_same_words_said_by_two_named_people_are_not_a_shared_quote() -> None:
    a = "“This is a sad day for chess, but it shows the system works,” said Elena Kasatkina."
    b = "“This is a sad day for chess,” tournament director Colin Marsh said."
    assert shared_quotations(a, b) == []
    told = "“This is a sad day for chess,” Kasatkina told Polish Radio."
    assert len(shared_quotations(a, told)) == 1
    unnamed = "“This is a sad day for chess,” she said."
    assert len(shared_quotations(b, unnamed)) == 1


def test_a_fragment_cut_from_the_middle_keeps_the_word_beside_the_cut_whoever_says_it() -> None:
    """The service quotes its officer's words: cut mid-statement, its own text carries on
    with the officer's word next to the cut ("its crews “worked …”"); the quote is shared
    although the two sides name other speakers. Two people saying a sentence's same opening
    words are not (the test above), with sides either way round."""
    a = (
        "Group Manager Lewis Harte said: “Our crews worked through the night in difficult "
        "conditions, and their quick work kept the fire away from the flat.”"
    )
    b = (
        "The Fire and Rescue Service says its crews "
        "“worked through the night in difficult conditions”."
    )
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "worked through the night in difficult conditions"
    (mirrored,) = shared_quotations(b, a)
    assert (mirrored.a, mirrored.b) == (quote.b, quote.a)
    after = "The Fire and Rescue Service says “their quick work” kept the fire from the flat."
    assert len(shared_quotations(a, after)) == 1
    elsewhere = (
        "The Fire and Rescue Service says “worked through the night in difficult conditions”."
    )
    assert shared_quotations(a, elsewhere) == []


def test_a_text_that_elides_words_with_a_straight_apostrophe_quotes_in_its_other_marks() -> None:
    """Neapolitan writes the article 'o, 'a, 'e with a straight apostrophe and ends words
    with one (so', d'): none of them opens a quotation, so the guillemets' quotations are
    found whole instead of being swallowed by a false one from 'E … so'."""
    text = (
        "'E pumpiere hanno ditto ca 'o posto era pericoloso. L'assessore ha prummiso ca "
        "«'o Comune pagarrà 'e danne». Pe 'e bancarellare 'e danne so' cchiù 'e miezo milione."
    )
    assert eliding_text(text)
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["'o Comune pagarrà 'e danne"]
    other = "Ll'assessore dice: «Stammo vicino ê famiglie, e 'o Comune pagarrà 'e danne a tutte»."
    (quote,) = shared_quotations(other, text)
    assert quote.b.text == "'o Comune pagarrà 'e danne"
    english = "Residents called it 'a disgrace' and said the scheme was 'too little, too late'."
    assert not eliding_text(english)
    assert len(find_quotations(english)) == 2


@given(
    st.lists(st.sampled_from(["'o", "'e", "'a", "'n", "'nu"]), min_size=0, max_size=6),
    st.sampled_from(PASSAGE),
)
def test_straight_quotes_are_read_unless_the_text_elides_three_words(
    elided: list[str], word: str
) -> None:
    """Three elided words make the straight apostrophe no quote mark in a text; fewer leave
    it one (a stray elision may then open a quotation early, as before)."""
    text = " ".join(f"{e} {word}" for e in elided) + f" and 'the {word} stayed calm' today."
    found = [text[q.start : q.end] for q in find_quotations(text)]
    assert eliding_text(text) == (len(elided) >= 3)
    if len(elided) >= 3:
        assert found == []
    else:
        assert any(quotation.endswith(f"the {word} stayed calm") for quotation in found)


def test_one_person_called_by_first_name_in_one_and_surname_in_the_other_speaks_once() -> None:
    a = (
        "The violin was taken from Elena Mirković’s car.\n"
        "Tearful Elena, 34, said last night: ‘I never thought I would see her again and I "
        "have not slept since Wednesday.’"
    )
    b = (
        "The soloist Elena Mirković lost the violin last week.\n"
        "“I never thought I would see her again,” Mirković, 34, said in a statement."
    )
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "I never thought I would see her again,"
    other = "“I never thought I would see her again,” her agent Tom Reyes said."
    assert shared_quotations(a, other) == []


def test_a_name_after_a_quotation_is_not_the_speaker_of_said_before_it() -> None:
    a = "‘We are delighted this instrument is going home,’ said Detective Inspector Rachel Obi."
    b = (
        "Detective Inspector Rachel Obi, who led the search, said: “We are delighted this "
        "instrument is going home.” Officers had examined footage from 20 cameras."
    )
    assert len(shared_quotations(a, b)) == 1


def test_japanese_corner_quotes_after_a_word_are_quotations_and_cut_ones_are_shared() -> None:
    a = "館長は「筆致が見て取れる。日本に戻ってきたことを喜びたい」と話した。"
    b = "館長は、落札後「日本に戻ってきたことを喜びたい」と述べた。"
    shared = shared_quotations(a, b)
    assert [(q.a.text, q.b.text, q.exact) for q in shared] == [
        (
            "筆致が見て取れる。日本に戻ってきたことを喜びたい",
            "日本に戻ってきたことを喜びたい",
            False,
        )
    ]


def test_nordic_quotes_open_with_the_closing_mark_and_guillemets_point_either_way() -> None:
    text = (
        "”Mies toimi aivan oikein”, Kinnunen sanoo. Hon kallade det »en ren slump», "
        "og han sagde »det er for sent«. Jään paksuus oli 40 senttiä."
    )
    found = [text[q.start : q.end] for q in find_quotations(text)]
    assert found == ["Mies toimi aivan oikein", "en ren slump", "det er for sent"]
    a = "”Mies toimi aivan oikein, kun hän avasi oven heti”, Kinnunen sanoo."
    b = "Palomestarin mukaan ”mies toimi aivan oikein, kun hän avasi oven heti ja nousi katolle”."
    (quote,) = shared_quotations(a, b)
    assert quote.a.text == "Mies toimi aivan oikein, kun hän avasi oven heti"
    assert not quote.exact


def test_a_korean_quotation_with_a_particle_after_it_is_cut_and_shared() -> None:
    a = "회사 측은 “전체 생산 차질은 제한적일 것으로 본다”고 밝혔다."
    b = "회사는 ‘생산 차질은 제한적’이라는 입장이지만, 업계는 다르게 본다."
    assert [b[q.start : q.end] for q in find_quotations(b)] == ["생산 차질은 제한적"]
    (quote,) = shared_quotations(a, b)
    assert (quote.b.text, quote.exact) == ("생산 차질은 제한적", False)
    # a word that only starts like another does not make a paraphrase a quotation
    assert shared_quotations(a, "업계는 ‘생산 계획은 변함없다’고 말했다.") == []


def test_a_name_in_quote_marks_on_both_sides_is_not_a_shared_quote() -> None:
    a = "Rruga „Mihal Grameno“ pranë Pazarit do të mbetet e mbyllur."
    b = "Rruga «Mihal Grameno» do të mbetet e mbyllur deri të hënën."
    assert shared_quotations(a, b) == []
    districts_a = "Засегнати са кварталите „Сторгозия“ и „Дружба“."
    districts_b = "Радиаторите в „Сторгозия“ и „Дружба“ изстинаха."
    assert shared_quotations(districts_a, districts_b) == []
    company_a = "Обіди організовує приватна компанія «Смачна перерва», яка виграла тендер."
    company_b = "Харчування забезпечує ТОВ «Смачна перерва» з Броварів."
    assert shared_quotations(company_a, company_b) == []


def test_a_short_capitalised_quotation_opening_a_sentence_or_after_a_colon_is_shared() -> None:
    a = "„Екипите работят денонощно“, увери шефът на „Топлофикация“ Николай Димов."
    b = "„Екипите работят денонощно. Очакваме топлоподаването до 48 часа“, заяви Димов."
    (quote,) = shared_quotations(a, b)
    assert quote.a.text == "Екипите работят денонощно"
    colon = "The chief said: “Our offer is generous.” Talks go on."
    assert len(shared_quotations(colon, "“Our offer is generous,” he told reporters.")) == 1
    lower = "The release was “controlled and necessary” and safe."
    assert len(shared_quotations(lower, "It called the release “controlled and necessary.”")) == 1


def test_a_passage_cut_at_opposite_ends_is_one_shared_quote() -> None:
    a = "„Það var dimmt og hvasst, en áhöfnin hélt ró sinni allan tímann,“ segir hann."
    b = "„Áhöfnin hélt ró sinni allan tímann. Menn fengu sér kaffi og biðu,“ segir hann."
    (quote,) = shared_quotations(a, b)
    assert not quote.exact
    assert shared_quotations(b, a)[0].a.text == quote.b.text
    # the same few words in the middle of two quotations are no cut of one passage
    middle = "“Then áhöfnin hélt ró sinni and nothing else happened at all today,” he said."
    assert shared_quotations(a, middle) == []


def test_a_sentence_naming_the_other_sides_speaker_is_not_by_another_speaker() -> None:
    a = (
        "“We know this is unwelcome news, and we do not take this step lightly,” said "
        "Tamarside Water's chief executive Alison Crewe."
    )
    b = 'Chief executive Alison Crewe says the company does "not take this step lightly".'
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "not take this step lightly"
    a = '"Our teams were on site within the hour," said Helen Marsh, director of operations.'
    b = (
        "Helen Marsh, who runs operations at Severnside, said her teams were "
        '"on site within the hour".'
    )
    assert len(shared_quotations(a, b)) == 1
    other = 'Their neighbour Tom Reyes said the teams were "on site within the hour".'
    assert shared_quotations(a, other) == []


def test_a_two_word_fragment_put_in_the_same_named_speakers_mouth_is_shared() -> None:
    """The words around the fragment echo none of the longer quotation's, but both
    sentences name its speaker by two words of his name: one quote, cut short in B."""
    a = (
        '"We were extraordinarily lucky today, and I want to thank the police," said '
        "Councillor David Orme, leader of the borough council."
    )
    b = 'Councillor David Orme, the council leader, called it "extraordinarily lucky".'
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "extraordinarily lucky"
    assert len(shared_quotations(b, a)) == 1
    # one word of a name ("Councillor") may be two people; another speaker's is no match
    for other in (
        'Councillor Jane Pike called it "extraordinarily lucky".',
        'A bystander, Tom Reyes, called it "extraordinarily lucky".',
    ):
        assert shared_quotations(a, other) == []


@given(
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
    st.sampled_from(["Mihal Grameno", "Сторгозия", "Смачна перерва", "Ocean Star"]),
)
def test_a_name_in_any_quote_marks_is_never_a_shared_quote(
    marks_a: tuple[str, str], marks_b: tuple[str, str], name: str
) -> None:
    a = f"The street {marks_a[0]}{name}{marks_a[1]} stays closed until Monday."
    b = f"Police closed {marks_b[0]}{name}{marks_b[1]} after the fire."
    assert shared_quotations(a, b) == []


@given(
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=9, max_value=len(PASSAGE) - 1),
)
def test_one_passage_cut_at_opposite_ends_in_any_marks_is_shared(
    marks_a: tuple[str, str], marks_b: tuple[str, str], cut_start: int, cut_end: int
) -> None:
    # A quotes the passage without its first words, B without its last: they overlap by
    # at least four words, and each keeps at least one word the other lacks.
    quoted_a = " ".join(PASSAGE[cut_start:])
    quoted_b = " ".join(PASSAGE[:cut_end])
    a = f"The skipper said: {marks_a[0]}{quoted_a}{marks_a[1]} Then they waited."
    b = f"Then {marks_b[0]}{quoted_b}{marks_b[1]} he says today."
    (quote,) = shared_quotations(a, b)
    assert (quote.a.text, quote.b.text, quote.exact) == (quoted_a, quoted_b, False)


def test_a_name_quoted_alike_with_its_figure_in_another_digit_script_is_no_shared_quote() -> None:
    a = "ເຮືອລຳດັ່ງກ່າວມີຊື່ວ່າ “ນາວາອູ ໒” ອອກເດີນທາງຈາກບ້ານໜອງຂຽວ."
    b = "ເຮືອໂດຍສານ “ນາວາອູ 2” ໄດ້ລົ້ມລົງກາງແມ່ນ້ຳອູ."
    assert shared_quotations(a, b) == []
    assert shared_quotations(b, a) == []
    _, (name,) = quotes_and_names(a, b)
    assert (name.a.text, name.b.text) == ("ນາວາອູ ໒", "ນາວາອູ 2")


def test_a_name_opening_a_sentence_that_runs_on_after_it_is_no_shared_quote() -> None:
    a = "‘പുത്തൻകുളം രാജശേഖരൻ’ എന്ന ആനയാണ് ഇടഞ്ഞത്."
    b = "‘പുത്തൻകുളം രാജശേഖരൻ’ എന്ന കൊമ്പനാണ് ഇടഞ്ഞത്."
    assert shared_quotations(a, b) == []
    assert len(quotes_and_names(a, b)[1]) == 1
    # words said, opening the sentence: punctuation after the quotation, so still shared
    said_a = "“കർശന നടപടി സ്വീകരിക്കും”, കലക്ടർ പറഞ്ഞു."
    said_b = "“കർശന നടപടി സ്വീകരിക്കും”, എന്ന് കലക്ടർ വ്യക്തമാക്കി."
    assert len(shared_quotations(said_a, said_b)) == 1
    assert quotes_and_names(said_a, said_b)[1] == []


def test_a_short_quote_is_shared_when_the_rest_around_it_has_a_prefix_or_an_ending() -> None:
    a = (
        "Yagize ati: “Turasaba abaturage batuye ahantu h'amanegeka kwimuka byihuse, kuko "
        "ubuzima bwabo ari bwo bw'ibanze.”"
    )
    b = "Yavuze ko abatuye mu manegeka bagomba “kwimuka byihuse”."
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "kwimuka byihuse"
    # a word merely sharing a few first letters is no prefix form of it
    assert shared_quotations(a, "Yavuze ko abantu bari bagomba “kwimuka byihuse”.") == []


@given(st.sampled_from(MARKS), st.sampled_from(MARKS), st.sampled_from(["၂", "໒", "២", "๒", "2"]))
def test_a_caseless_name_with_a_figure_in_any_digits_is_never_a_shared_quote(
    marks_a: tuple[str, str], marks_b: tuple[str, str], digit: str
) -> None:
    a = f"ເຮືອຊື່ {marks_a[0]}ນາວາອູ ໒{marks_a[1]} ອອກເດີນທາງ."
    b = f"ເຮືອໂດຍສານ {marks_b[0]}ນາວາອູ {digit}{marks_b[1]} ໄດ້ລົ້ມລົງ."
    assert shared_quotations(a, b) == []


@given(
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
    st.sampled_from(["liGophe likaSathana", "eMthatha Central", "kwaMashu", "paChemhanza"]),
)
def test_a_name_behind_a_class_prefix_in_any_quote_marks_is_never_a_shared_quote(
    marks_a: tuple[str, str], marks_b: tuple[str, str], name: str
) -> None:
    # Xhosa, Zulu and Shona put a noun-class or locative prefix before a name's capital
    a = f"Ibhasi iwele kwigophe elaziwa ngokuba {marks_a[0]}{name}{marks_a[1]}, yaza yawa."
    b = f"Yabhukuqeka kwigophe elibizwa ngokuba {marks_b[0]}{name}{marks_b[1]}."
    assert shared_quotations(a, b) == []
    assert shared_quotations(b, a) == []


def test_words_said_that_open_in_lower_case_after_a_word_are_still_quotations() -> None:
    a = "Umphathi uthe: “Sicela bonke abaqhubi bacothe kule ndlela kwaye bahlonele imida.”"
    b = "Umphathi ucele abaqhubi ukuba “bacothe kule ndlela”."
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "bacothe kule ndlela"


#: A statement of distinct words, for fragments cut from it.
STATEMENT = re.findall(
    r"\w+",
    "we will learn every lesson from this fire and support each research group "
    "while it rebuilds its laboratory",
)


@given(
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=3, max_value=5),
    st.integers(min_value=0, max_value=3),
    st.integers(min_value=3, max_value=5),
)
def test_each_fragment_cut_from_a_longer_quotation_is_a_shared_quote(
    marks_a: tuple[str, str],
    marks_b: tuple[str, str],
    first_start: int,
    first_length: int,
    gap: int,
    second_length: int,
) -> None:
    first = STATEMENT[first_start : first_start + first_length]
    second_start = first_start + first_length + gap
    second = STATEMENT[second_start : second_start + second_length]
    whole = " ".join(STATEMENT)
    a = f"The director said: {marks_a[0]}{whole}{marks_a[1]} Staff were sent home."
    b = (
        f"She called {marks_b[0]}{' '.join(first)}{marks_b[1]} the aim, and promised "
        f"to {marks_b[0]}{' '.join(second)}{marks_b[1]} soon."
    )
    for text_a, text_b in ((a, b), (b, a)):
        quotes = shared_quotations(text_a, text_b)
        long_side = [q.a.text if text_a is a else q.b.text for q in quotes]
        short_side = [q.b.text if text_a is a else q.a.text for q in quotes]
        assert long_side == [whole, whole]
        assert sorted(short_side) == sorted([" ".join(first), " ".join(second)])


def test_a_fragment_overlapping_one_already_shared_is_not_shared_twice() -> None:
    whole = " ".join(STATEMENT)
    a = f"The director said: “{whole}” Staff were sent home."
    b = "She said they would “learn every lesson from this fire” and “every lesson from this”."
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "learn every lesson from this fire"


def test_a_longer_name_quoted_alike_inside_both_sentences_is_no_shared_quote() -> None:
    a = "The club, which runs the “Look Up, Land Safe” campaign, said hard landings were rare."
    b = "The club's “Look Up, Land Safe” campaign asks landowners to offer landing sites."
    assert shared_quotations(a, b) == []
    guillemets_a = "La campanha « Fedas sus la rota », lançada per la Cambra, demanda prudéncia."
    guillemets_b = "La campanha « Fedas sus la rota » a pas cambiat grand causa, ditz el."
    assert shared_quotations(guillemets_a, guillemets_b) == []
    opening = '"Tikhale Limodzi ndi Njovu" ndi mawu abwino, koma njovu zikubwera.'
    assert shared_quotations('Ntchito ya "Tikhale Limodzi ndi Njovu" ikupitirira.', opening) == []


def test_words_said_alike_are_shared_though_they_look_like_a_name() -> None:
    # a spoken sentence ends before its closing mark: “…table,” said …
    a = "“We remain at the table,” Brightwater’s chief executive Jon Ellery told reporters."
    b = '"We remain at the table," said Jon Ellery, chief executive of Brightwater.'
    assert len(shared_quotations(a, b)) == 1
    # longer than a name, though inside the sentence on both sides
    long_a = "He said “Nobody on this street will be left without heat tonight” and left."
    long_b = "Police said “Nobody on this street will be left without heat tonight” at noon."
    assert len(shared_quotations(long_a, long_b)) == 1
    # cut differently: a name is quoted in the same words each time
    cut_a = "She called it “A Plan For Every Street” at the meeting."
    cut_b = "She called it “A Plan For Every Street And Lane” at the meeting."
    assert len(shared_quotations(cut_a, cut_b)) == 1


@given(
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
    st.sampled_from(["Look Up, Land Safe", "Fedas sus la rota", "Keep Every Ward Open"]),
    st.sampled_from(["the {} campaign", "campaign {} asks", "la campanha {} a"]),
)
def test_a_name_of_up_to_six_words_inside_its_sentence_is_never_a_shared_quote(
    marks_a: tuple[str, str], marks_b: tuple[str, str], name: str, frame: str
) -> None:
    a = "Volunteers ran " + frame.format(f"{marks_a[0]}{name}{marks_a[1]}") + " all summer."
    b = "Organisers said " + frame.format(f"{marks_b[0]}{name}{marks_b[1]}") + " again."
    assert shared_quotations(a, b) == []


def test_a_short_fragment_put_in_the_same_speakers_mouth_is_shared_without_capitals() -> None:
    # Inuktitut: the speaker's name and "said" stand before both; no capital shows a name
    a = (
        "ᐳᓖᓯᑦ ᓴᕐᔭᓐᑎᖓ ᒫᒃ ᑐᓐᓄᒃ ᐅᖃᖅᐳᖅ: “ᐊᖑᓇᓱᒃᑎᑦ ᖃᐅᔨᒪᔪᓪᓚᕆᐅᔪᑦ, ᓴᑦᑐᓚᐃᑦ ᐅᖃᓘᑎᖃᖅᑐᑎᒃ ᐊᒻᒪ "
        "ᓂᕿᖃᖅᑐᑎᒃ ᐱᖓᓱᓄᑦ ᐅᓪᓗᓄᑦ.”"
    )
    b = "ᓴᕐᔭᓐᑎ ᒫᒃ ᑐᓐᓄᒃ ᐅᖃᖅᐳᖅ “ᐊᖑᓇᓱᒃᑎᑦ ᖃᐅᔨᒪᔪᓪᓚᕆᐅᔪᑦ”, ᑭᓯᐊᓂ ᐃᓐᓇᕐᓂ ᐊᑐᖅᑕᐅᔪᖅ."
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "ᐊᖑᓇᓱᒃᑎᑦ ᖃᐅᔨᒪᔪᓪᓚᕆᐅᔪᑦ"
    # the same two words from someone else, named otherwise, are not that quotation
    other = "ᐊᖓᔪᖅᑳᖅ ᓵᓚ ᐊᓗᑭ ᐅᖃᖅᐳᖅ “ᐊᖑᓇᓱᒃᑎᑦ ᖃᐅᔨᒪᔪᓪᓚᕆᐅᔪᑦ”, ᑭᓯᐊᓂ ᐃᓐᓇᕐᓂ ᐊᑐᖅᑕᐅᔪᖅ."
    assert shared_quotations(a, other) == []


def test_a_quotation_in_the_cherokee_syllabary_is_not_taken_for_a_name() -> None:
    # the syllabary is written in its capitals: every word starts with one
    a = "ᎧᏃᎮᏍᎩ ᎺᎵ ᎦᏂᏏ ᎤᏛᏁ: “ᎠᏎ ᏓᏲᏣᏍᏆᏂᎪᏔᏂ ᏓᎵᏆ ᎠᏂᏴᏫ ᏧᏂᎳᏫᏍᏗᏱ.”"
    b = "ᎧᏃᎮᏍᎩ ᎺᎵ ᎦᏂᏏ ᎤᏛᏁ “ᎠᏎ ᏓᏲᏣᏍᏆᏂᎪᏔᏂ” ᏧᏂᎳᏫᏍᏗᏱ, ᎠᏎᏃ ᎥᏝ ᏳᏃ."
    (quote,) = shared_quotations(a, b)
    assert quote.b.text == "ᎠᏎ ᏓᏲᏣᏍᏆᏂᎪᏔᏂ"


def test_a_quote_with_a_word_replaced_by_the_noun_it_stands_for_is_shared() -> None:
    a = "The chief said: “We thank the villagers who helped; without them, more would have died.”"
    b = "He said that “without [the villagers], more would have died” that night."
    (quote,) = shared_quotations(a, b)
    assert quote.a.text.startswith("We thank the villagers")
    assert quote.b.text == "without [the villagers], more would have died"
    assert not quote.exact


def test_two_quotes_sharing_a_phrase_across_a_long_gap_are_not_shared() -> None:
    a = "She said “the river will rise by morning and the council has done nothing at all.”"
    b = "He said “the river will flood the lower town, and the council has done nothing.”"
    assert shared_quotations(a, b) == []


@given(
    st.lists(st.sampled_from(PASSAGE), min_size=4, max_size=9),
    st.integers(min_value=1, max_value=2),
    st.lists(st.sampled_from(["alpha", "beta", "gamma"]), min_size=1, max_size=2),
)
def test_a_replaced_stretch_is_shared_whichever_side_is_a(
    words: list[str], at: int, replacement: list[str]
) -> None:
    original = " ".join(words)
    altered = " ".join([*words[:at], *replacement, *words[at + 1 :]])
    a, b = f"She said “{original}” today.", f"He said “{altered}” later."
    forward = [(q.a.text, q.b.text) for q in shared_quotations(a, b)]
    backward = [(q.b.text, q.a.text) for q in shared_quotations(b, a)]
    assert forward == backward


@given(st.sampled_from(MARKS), st.sampled_from(MARKS))
def test_a_name_set_off_by_commas_on_both_sides_is_no_shared_quote(
    marks_a: tuple[str, str], marks_b: tuple[str, str]
) -> None:
    # an apposition: a comma before the opening mark, one after the closing, the sentence on
    a = "The club has launched an appeal, {}Back on the Water{}, to replace its fleet."
    b = "It started a drive, {}Back on the Water{}, and raised £12,400 by Monday."
    text_a = a.format(*marks_a)
    text_b = b.format(*marks_b)
    assert shared_quotations(text_a, text_b) == []
    assert shared_quotations(text_b, text_a) == []


def test_words_said_after_a_comma_are_shared_though_short_and_capitalised() -> None:
    # after a comma, but the sentence ends with the quotation or in a said-clause
    a = "The chief said, “Back on the water soon”. Crews were sent home."
    b = "Crews were told, “Back on the water soon” he said, and left."
    assert len(shared_quotations(a, b)) == 1
    # a comma on one side only
    one_side = "They heard, “Back on the water soon”, from the chief."
    assert len(shared_quotations(a, one_side)) == 1
