"""Scripts read from Unicode's own data: sentence terminals, digits, marks, quotation marks."""

from __future__ import annotations

import sys
from decimal import Decimal
from types import ModuleType

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.compare import compare_texts
from desktop_app.core.compare.align import unit_terms
from desktop_app.core.compare.lexicon import NUMBER_WORDS, STOPWORDS
from desktop_app.core.compare.numerals import WORD_VALUES
from desktop_app.core.compare.quotes import _PAIRS, find_quotations, shared_quotations
from desktop_app.core.compare.terms import number_key, tokens
from desktop_app.core.compare.units import sentence_bounds, split_units
from desktop_app.core.compare.weekdays_table import (
    DAY_PERIOD_HOURS,
    SPACELESS_WEEKDAY_NAMES,
    WEEKDAY_NAMES,
)
from desktop_app.core.layout import Role, classify_lines
from tests.core.compare.tool_scripts import load_tool

_EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))
_TERMINALS = regex.findall(r"\p{Sentence_Terminal}", _EVERY_CHARACTER)
_QUOTATION_MARKS = regex.findall(r"\p{Quotation_Mark}", _EVERY_CHARACTER)
#: The zero of every set of decimal digits (Unicode puts each set in a run from 0 to 9).
_DIGIT_ZEROS = [
    c for c in regex.findall(r"\p{Nd}", _EVERY_CHARACTER) if not regex.match(r"\d", chr(ord(c) - 1))
]


def _sentences(line: str) -> list[str]:
    return [line[s:e] for s, e in sentence_bounds(line)]


def test_sentence_terminals_of_other_scripts_end_sentences() -> None:
    assert _sentences("राहत दी जाएगी। सर्वे पूरा होगा।") == ["राहत दी जाएगी।", "सर्वे पूरा होगा।"]
    assert _sentences("Դա մեզ հաջողվեց»։ Տուժածներ չկան։") == [
        "Դա մեզ հաջողվեց»։",
        "Տուժածներ չկան։",
    ]
    assert _sentences("آیا آمد؟ بله آمد.") == ["آیا آمد؟", "بله آمد."]
    assert _sentences("ሰላም ነው። ደህና ነው።") == ["ሰላም ነው።", "ደህና ነው።"]


#: The terminals whose script's newspapers set them inside sentences (round 170, entry 170 of
#: tests/compare_data/README.md): Myanmar's little section "၊", Burmese's comma (its section
#: "။" ends the sentence), and Lepcha's nyet thyoom ta-rol "᰼", between clauses (ta-rol "᰻"
#: ends the sentence); both are tested in ``test_script_marks.py``.
_INSIDE_SENTENCES = "\u104a\u1c3c"


@given(st.sampled_from([t for t in _TERMINALS if t not in ".!?。！？" + _INSIDE_SENTENCES]))
def test_every_sentence_terminal_ends_a_sentence_before_white_space(mark: str) -> None:
    line = f"Alpha beta{mark} Gamma delta{mark}"
    assert _sentences(line) == [f"Alpha beta{mark}", f"Gamma delta{mark}"]


@given(st.sampled_from(_INSIDE_SENTENCES))
def test_the_terminals_written_inside_sentences_end_none(mark: str) -> None:
    line = f"Alpha beta{mark} Gamma delta{mark}"
    assert _sentences(line) == [line]


def test_a_short_paragraph_ending_in_a_terminal_of_its_script_is_prose_not_a_heading() -> None:
    text = (
        "Արենիում այրվել է պահեստը\n\n"
        "Կրակը հանգցվեց միայն առավոտյան ժամը հինգին։\n\n"
        "Ընկերության տնօրեն Արամ Պետրոսյանի խոսքով՝ այրվել է ավելի քան վաթսուն տակառ գինի, "
        "այդ թվում՝ 2021 թվականի բերքից պատրաստված գինու ամբողջ խմբաքանակը։"
    )
    lines = text.split("\n")
    assert classify_lines(lines)[2] == Role.PARAGRAPH
    starts = [text[u.start : u.end] for u in split_units(text)]
    assert starts[0] == "Կրակը հանգցվեց միայն առավոտյան ժամը հինգին։"


def test_words_keep_their_vowel_signs_and_joiners() -> None:
    keys = [t.key for t in tokens("दो बकरियों की मृत्यु हुई है")]
    assert "मृत्यु" in keys
    assert "हुई" in keys
    assert "سه\u200cشنبه" in [t.surface for t in tokens("سه\u200cشنبه آمد")]


def test_arabic_decimal_and_thousands_separators() -> None:
    assert number_key("۱۲٫۵") == "#12.5"
    assert number_key("۳٬۰۰۰") == "#3000"
    assert number_key("12٫500") == "#12.5"
    assert [t.key for t in tokens("۱۲٫۵ تن") if t.kind == "number"] == ["#12.5"]


@given(st.integers(min_value=1000, max_value=999_999), st.sampled_from(_DIGIT_ZEROS))
def test_digits_of_every_script_with_arabic_separators_are_the_number(
    number: int, zero: str
) -> None:
    digits = "".join(chr(ord(zero) + int(d)) for d in str(number))
    grouped = digits[:-3] + "٬" + digits[-3:]
    assert number_key(grouped) == f"#{number}"
    decimal = format(Decimal(number).scaleb(-3), "f").rstrip("0").rstrip(".")
    assert number_key(digits[:-3] + "٫" + digits[-3:]) == f"#{decimal}"


def test_thai_lao_khmer_and_myanmar_runs_are_read_as_cluster_bigrams() -> None:
    keys = [t.key for t in tokens("ประเทศไทย")]
    assert keys[:3] == ["ปร", "ระ", "ะเ"]
    assert [t.key for t in tokens("ဗမာစာ")]
    assert all(t.kind == "word" for t in tokens("ລາວ ខ្មែរ"))


def test_thai_sentences_that_tell_one_fact_align() -> None:
    title = "ข่าวท้องถิ่น\n\n"
    a = title + "ไฟไหม้ตลาดสดเชียงใหม่เมื่อคืนวันอังคาร\n\nเจ้าหน้าที่ดับเพลิงใช้เวลาสามชั่วโมงในการควบคุมเพลิง"
    b = title + "เพลิงไหม้ตลาดสดกลางเมืองเชียงใหม่เมื่อคืน\n\nนักท่องเที่ยวจำนวนมากมาเที่ยวงานประจำปีของวัด"
    result = compare_texts(a, b)
    found = [(p.a.text[:6], p.b.text[:6]) for p in result.pairs]
    assert ("ไฟไหม้", "เพลิงไ") in found
    assert all(b != "นักท่อ" for _, b in found)  # the temple fair shares no bigram of weight


@given(st.sampled_from(_QUOTATION_MARKS))
def test_every_quotation_mark_of_unicode_opens_or_closes_a_quotation(mark: str) -> None:
    closers = "".join(_PAIRS.values())
    assert mark in _PAIRS or mark in closers


def test_other_quotation_marks_hold_quotations() -> None:
    assert [q.words for q in find_quotations("他说〝今天很好〞。")] == [("今", "天", "很", "好")]
    assert [q.words for q in find_quotations("She said ‟we stay” then.")] == [("we", "stay")]


def test_a_name_after_a_joined_article_is_no_quotation() -> None:
    a = "F'Ottubru li għadda, il-“Bella Gozo”, vapur ieħor, kellu jerġa' lura."
    b = "F'Marzu tal-2023, il-“Bella Gozo”, vapur ieħor, laqat il-frangiflutti."
    assert shared_quotations(a, b) == []


def test_a_quotation_after_a_hyphen_with_punctuation_inside_is_still_a_quotation() -> None:
    a = "Qal il-kaptan: “Ma se nħallu l-ebda mistoqsija, xejn.”"
    b = "Il-kap wiegħed il-“Ma se nħallu l-ebda mistoqsija, xejn.”"
    assert len(shared_quotations(a, b)) == 1


def test_a_devanagari_quote_shared_word_for_word_is_found() -> None:
    a = "कलेक्टर ने कहा, “किसी भी प्रभावित किसान को राहत से वंचित नहीं रखा जाएगा।"
    b = "उनका कहना है कि “किसी भी प्रभावित किसान को राहत से वंचित नहीं रखा जाएगा”।"
    a += " सर्वे होगा।”"
    assert len(shared_quotations(a, b)) == 1


def test_a_word_for_a_thousand_after_digits_scales_them_in_any_language() -> None:
    keys = [t.key for t in tokens("حدود ۳ هزار تن سنگ") if t.kind == "number"]
    assert keys == ["#3000"]
    assert [t.key for t in tokens("екі мың адам") if t.kind == "number"] == ["#2000"]


def test_ten_minutes_is_no_azerbaijani_ten_thousand() -> None:
    assert [t.key for t in tokens("The crews arrived 10 min later.") if t.kind == "number"] == [
        "#10"
    ]


def test_a_persian_count_in_words_against_digits_contradicts() -> None:
    a = "خبر\n\nحدود ۳ هزار تن سنگ و خاک روی جاده چالوس ریخته است."
    b = "خبر\n\nبیش از پنج هزار تن سنگ و خاک روی جاده چالوس ریخته است."
    (pair,) = compare_texts(a, b).pairs
    assert pair.relation == "contradicts"


def test_the_head_of_an_article_is_not_compared() -> None:
    text = (
        "RIVER RUNS WHITE\n\nTrout wiped out as milk tanker flips into beauty spot\n\n"
        "By Gary Lowther\n\nA milk tanker overturned on the A4173 on Thursday.\n\n"
        "Nobody was hurt.\n\nWhat happens next\n\nThe council will meet on Monday."
    )
    sentences = [text[u.start : u.end] for u in split_units(text)]
    assert sentences == [
        "A milk tanker overturned on the A4173 on Thursday.",
        "Nobody was hurt.",
        "The council will meet on Monday.",
    ]


@given(st.lists(st.sampled_from(["ประเทศไทย มีฝนตก", "ข่าวท้องถิ่น", "ฝนตกหนัก"]), min_size=1))
def test_a_text_with_no_sentence_terminal_loses_no_line_to_its_head(lines: list[str]) -> None:
    text = "\n\n".join(["หัวข้อข่าว", *lines])
    kept = {text[u.start : u.end] for u in split_units(text)}
    assert set(lines) <= kept


def test_a_name_with_a_case_ending_meets_the_name() -> None:
    a = "Title\n\nՀրդեհ է բռնկվել Արենի գյուղում գինու պահեստում։"
    b = "Title\n\nԳիշերը Արենիում այրվել է գինու գործարանի պահեստը։"
    ((terms_a,), (terms_b,)) = unit_terms((a, b), (split_units(a), split_units(b)))
    assert terms_a.names & terms_b.names


def test_names_that_only_share_a_short_start_stay_apart() -> None:
    a = "Title\n\nThe report was sent to Kent police on Monday."
    b = "Title\n\nThe report was sent to Kentwood police on Monday."
    ((terms_a,), (terms_b,)) = unit_terms((a, b), (split_units(a), split_units(b)))
    assert not terms_a.names & terms_b.names


def test_sentences_sharing_a_quotation_are_paired_however_they_tell_it() -> None:
    a = (
        "Wuta a kasuwa\n\nWutar ta tashi da dare a kasuwar Zariya.\n\n"
        "“Mun yi sa'a ba a rasa rai ko ɗaya ba, amma asarar dukiya tana da yawa.”"
    )
    b = (
        "Gobara a Zariya\n\nJami'ai sun isa wurin da wuri.\n\n"
        "Kakakin hukumar ya musanta hakan, yana mai cewa “ba a rasa rai ko ɗaya ba” saboda "
        "saurin da suka yi."
    )
    result = compare_texts(a, b)
    assert len(result.shared_quotes) == 1
    quoting = [p for p in result.pairs if p.relation == "shared_quote"]
    assert [(p.a.text[:6], p.b.text[:8]) for p in quoting] == [("“Mun y", "Kakakin ")]


def _weekday_generator() -> ModuleType:
    return load_tool("generate_weekdays")


def test_the_weekday_table_is_what_the_pinned_babel_gives() -> None:
    excluded = frozenset({*STOPWORDS, *NUMBER_WORDS, *WORD_VALUES})
    assert _weekday_generator().build(excluded) == WEEKDAY_NAMES
    assert _weekday_generator().build_spaceless() == SPACELESS_WEEKDAY_NAMES
    assert _weekday_generator().build_day_periods(excluded) == DAY_PERIOD_HOURS


def test_weekdays_of_any_cldr_locale_are_days() -> None:
    assert [t.key for t in tokens("मंगलवार शाम ओले गिरे") if t.kind == "day"] == ["@day:tue"]
    assert [t.key for t in tokens("صبح دوشنبه کوه ریخت") if t.kind == "day"] == ["@day:mon"]
    assert [t.key for t in tokens("ranar Litinin") if t.kind == "day"] == ["@day:mon"]
    assert [t.key for t in tokens("sal-Ġimgħa") if t.kind == "day"] == ["@day:fri"]


def test_a_weekday_name_always_capitalised_is_no_day_in_lower_case() -> None:
    assert not [t for t in tokens("għal ġimgħa sħiħa") if t.kind == "day"]


def test_short_latin_names_that_are_weekdays_somewhere_are_no_days() -> None:
    assert not [t for t in tokens("Exports to China rose, Anna Kari said.") if t.kind == "day"]


def test_two_weekdays_in_hindi_contradict() -> None:
    a = "समाचार\n\nविदिशा जिले में मंगलवार शाम ओलावृष्टि हुई।"
    b = "समाचार\n\nविदिशा जिले में सोमवार रात ओलावृष्टि हुई।"
    (pair,) = compare_texts(a, b).pairs
    assert pair.relation == "contradicts"


_THAI_LONG = (
    "เจ้าหน้าที่ชุดเฝ้าระวังช้างป่า ๑๒ นาย ร่วมกับอาสาสมัครในพื้นที่ "
    "ได้ผลักดันช้างป่ากลับเข้าสู่ป่าได้สำเร็จเมื่อเวลาประมาณ ๐๓.๐๐ น. ของวันที่ ๑๕ มีนาคม"
)


@given(st.sampled_from(["โชคดีที่ไม่มีใครได้รับบาดเจ็บ", "ไม่มีผู้บาดเจ็บ", "ຝົນຕົກໜັກ", "ភ្លៀងធ្លាក់"]))
def test_a_short_paragraph_of_a_text_without_terminals_is_text_once_prose_began(
    short: str,
) -> None:
    # Thai, Lao and Khmer news often end no paragraph with a mark: "no closing punctuation"
    # tells nothing there, so only the lines before the first paragraph of prose may head.
    text = f"หัวข้อข่าวช้างป่า\n\nทีมข่าวภาคตะวันออก\n\n{_THAI_LONG}\n\n{short}\n\n{_THAI_LONG}ต่อ"
    kept = [text[u.start : u.end] for u in split_units(text)]
    assert short in kept
    assert "ทีมข่าวภาคตะวันออก" not in kept
    assert "หัวข้อข่าวช้างป่า" not in kept


def test_a_short_unpunctuated_line_of_a_punctuated_text_still_heads_a_section() -> None:
    text = "Title\n\nA lorry overturned on the A14.\n\nWhat comes next\n\nThe road reopened."
    kept = [text[u.start : u.end] for u in split_units(text)]
    assert "What comes next" not in kept


#: Names in quote marks in texts without capitals, with the words before them in each text.
_CASELESS_NAMES = [
    ("ሲጓዝ የነበረ", "ጣና ኮከብ", "ስትጓዝ የነበረችው", "የሞተር ጀልባ ሰጠመች።"),
    ("ამბროლაურში, სასტუმრო", "რაჭა პალასში", "ოჯახები სასტუმრო", "დააბინავეს."),
    ("กรมฯ ได้ดำเนินโครงการ", "คนอยู่ร่วมกับช้างป่า", "อาสาสมัครในโครงการ", "มาตั้งแต่ปี 2562"),
    ("जिले की योजना", "जल शक्ति", "किसानों ने योजना", "का लाभ लिया।"),
]


@given(
    st.sampled_from(_CASELESS_NAMES),
    st.sampled_from([("“", "”"), ("«", "»"), ("„", "“"), ('"', '"')]),
    st.sampled_from([("“", "”"), ("«", "»"), ("„", "“"), ('"', '"')]),
)
def test_a_name_quoted_alike_in_two_texts_without_capitals_is_no_shared_quote(
    case: tuple[str, str, str, str], marks_a: tuple[str, str], marks_b: tuple[str, str]
) -> None:
    before_a, name, before_b, after = case
    a = f"{before_a} {marks_a[0]}{name}{marks_a[1]} {after}"
    b = f"{before_b} {marks_b[0]}{name}{marks_b[1]} {after}"
    assert shared_quotations(a, b) == []


def test_a_quotation_of_a_text_without_capitals_cut_from_a_longer_one_is_shared() -> None:
    # The same few words, but one side quotes more: words someone said, not a name.
    a = "ჯაფარიძის განცხადებით, „ფერდობი კვლავ მოძრაობს და ოჯახებს ვერ დავაბრუნებთ“."
    b = "ჯაფარიძე ამბობს, რომ „ფერდობი კვლავ მოძრაობს“ და ოჯახები ვერ დაბრუნდებიან."
    assert len(shared_quotations(a, b)) == 1


def test_a_short_quotation_alike_on_both_sides_opening_a_sentence_is_still_shared() -> None:
    a = "“ภัยแล้งหนัก” ผู้ว่าราชการกล่าว"
    b = "“ภัยแล้งหนัก” คือคำของผู้ว่าราชการ"
    assert len(shared_quotations(a, b)) == 1


def test_a_name_quoted_alike_in_texts_with_capitals_follows_the_capital_rule() -> None:
    # Lower-case short quotations alike on both sides are the usual true shared quotes.
    a = "Fog filled the screen “like fog” as staff left."
    b = "Smoke hung over the screen “like fog” while staff waited."
    assert len(shared_quotations(a, b)) == 1


@given(st.integers(min_value=1, max_value=4))
def test_a_bigram_of_a_spaceless_script_weighs_its_rarity_squared(holders: int) -> None:
    # One Thai syllable pair ("ป่า") and one Latin word ("forest") in the same sentences:
    # the same rarity, but the bigram, a piece of a word, weighs by its IDF squared.
    sentences = ["Title"] + ["ป่า forest."] * holders + ["ทุเรียน durian."] * (5 - holders)
    text = "\n\n".join(sentences)
    (terms, _) = unit_terms((text, "x"), (split_units(text), split_units("x")))
    weights = terms[0].weights
    assert weights["ป่า"] == pytest.approx(weights["forest"] ** 2)
    assert weights["ป่า"] > weights["forest"] > 1.0


def _days(text: str) -> list[str]:
    return [t.key for t in tokens(text) if t.kind == "day"]


def test_weekdays_inside_runs_of_scripts_written_without_spaces_are_days() -> None:
    assert _days("ໃນວັນສຸກ ທີ ໑໘ ກັນຍາ") == ["@day:fri"]
    assert _days("ຕອນບ່າຍສອງໂມງເຄິ່ງຂອງວັນພະຫັດທີ່ຜ່ານມາ") == ["@day:thu"]
    assert _days("เมื่อวันศุกร์ที่ผ่านมา") == ["@day:fri"]
    assert _days("កាលពីថ្ងៃព្រហស្បតិ៍") == ["@day:thu"]
    assert _days("先週の金曜日に") == ["@day:fri"]
    # Lao "ວັນ" (day) alone, or a word only starting like a name, is no weekday
    assert _days("ໃນວັນທີ ໑໘ ກັນຍາ") == []


def test_a_weekday_is_the_same_with_or_without_the_zero_width_non_joiner() -> None:
    assert _days("മാർച്ച് 6 വെള്ളിയാഴ്ച വൈകിട്ട്") == ["@day:fri"]
    assert _days("മാർച്ച് 6 വെള്ളിയാഴ്\u200cച വൈകിട്ട്") == ["@day:fri"]
    assert _days("ഉത്സവത്തിനിടെ വ്യാഴാഴ്ച രാത്രി") == ["@day:thu"]


@given(
    st.sampled_from(sorted(SPACELESS_WEEKDAY_NAMES)),
    st.sampled_from(["", "ໃນ", "เมื่อ", "កាលពី", "先週の"]),
    st.sampled_from(["", "ທີ່ຜ່ານມາ", "ที่ผ่านมา", "នេះ", "に"]),
)
def test_every_spaceless_weekday_name_is_its_day_whatever_is_glued_around_it(
    name: str, before: str, after: str
) -> None:
    days = _days(f"{before}{name}{after}")
    assert days == ["@day:" + SPACELESS_WEEKDAY_NAMES[name]]


def _times(text: str) -> list[str]:
    return [t.value for t in tokens(text) if t.kind == "time"]


def test_a_figure_with_a_part_of_the_day_after_it_is_a_clock_time() -> None:
    assert _times("ភ្លើងត្រូវបានពន្លត់នៅម៉ោងប្រហែល 5 ព្រឹក។") == ["5:00"]
    assert _times("Api dikawal pada pukul 5.30 pagi.") == ["5:30"]
    assert _times("Isiphepho sihlasele ngo 4 ntambama.") == ["16:00"]
    # a word that only starts like a part of the day, a count of nights, a figure over 12
    assert _times("Kuna watu 4 ntambamaxyz.") == []
    assert _times("Тэд 3 шөнө хээр хонов.") == []
    assert _times("Khi đó có 15 ព្រឹក.") == []


@given(
    st.sampled_from(["ព្រឹក", "ntambama", "pagi", "ertalab", "बिहान", "morning"]),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["", ".15"]),
)
def test_an_hour_is_put_in_the_part_of_the_day_named_after_it(
    period: str, hour: int, minutes: str
) -> None:
    hours = DAY_PERIOD_HOURS[period]
    spanned = [h for h in (hour % 12, hour % 12 + 12) if hours >> h & 1]
    found = _times(f"Tulikuwa hapo {hour}{minutes} {period} jana.")
    if len(spanned) != 1:
        assert found == []
    else:
        assert found == [f"{spanned[0]}:{minutes[1:] or '00'}"]


def test_a_name_quoted_alike_without_spaces_opening_its_sentence_on_one_side_is_no_quote() -> None:
    # the sentence runs on from the closing mark on both sides, into the opening on one
    a = "一艘載住126名乘客嘅渡輪「海晴號」喺坪洲碼頭泊岸期間撞向碼頭。"
    b = "十月三號星期六朝早七點幾，「海晴號」喺坪洲泊岸嗰陣撞正碼頭。"
    assert shared_quotations(a, b) == []
    assert shared_quotations(b, a) == []
    # said on both sides after a comma: the sentence does not run on from the closing mark
    said_a = "公司話，「引擎冇反應」。"
    said_b = "佢哋講，「引擎冇反應」，之後離開。"
    assert len(shared_quotations(said_a, said_b)) == 1


def test_a_longer_name_alike_inside_both_sentences_before_one_word_is_no_quote() -> None:
    # a campaign of four words, with the same class noun after it on both sides
    a = "شىركەت «پاكىز سۇ — ساغلام ئائىلە» ھەرىكىتى دائىرىسىدە تەكشۈرىدۇ."
    b = "شىركەتنىڭ «پاكىز سۇ — ساغلام ئائىلە» ھەرىكىتى ئۆتكەن يىلى باشلانغان."
    assert shared_quotations(a, b) == []
    assert shared_quotations(b, a) == []
    # the same four words followed by different words: words someone said, still shared
    said_b = "شىركەتنىڭ «پاكىز سۇ — ساغلام ئائىلە» دېدى مۇدىر."
    assert len(shared_quotations(a, said_b)) == 1
