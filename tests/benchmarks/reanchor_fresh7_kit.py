"""Shared pieces of the seventh round of fresh held-out re-anchoring texts (no test here):
the patterns the families look for (block quotes, pipe tables, sums, abbreviations, tone
marks, Arabic-keyboard letters), each kind's passages in Vietnamese, Yoruba and Persian or
Urdu with their English, names and places with and without their diacritics, and helpers
that build a text.
"""

from __future__ import annotations

import random
import re

ZWNJ = "\u200c"
#: A quoted line of a reply or a submission: "> …".
QUOTE_LINE = re.compile(r"> \S")
#: A sum with its currency sign: "£12,500", "€412.3m", "$1.2bn", "₫85,000", "₦4,500".
SUM = re.compile(r"(?<![\w.,])([£€$₫₦])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(m|bn|k)?(?!\w|[.,]\d)")
CURRENCY_CODES = {"£": "GBP ", "€": "EUR ", "$": "USD ", "₫": "VND ", "₦": "NGN "}
MAGNITUDES = {"m": " million", "bn": " billion", "k": " thousand"}
#: Abbreviations and what a style pass spells out.
ABBREVIATIONS = {
    "Dept.": "Department",
    "approx.": "approximately",
    "No.": "Number",
    "para.": "paragraph",
    "paras.": "paragraphs",
    "tbsp": "tablespoons",
    "tsp": "teaspoon",
    "mins": "minutes",
    "yr": "year",
    "incl.": "including",
    "Assoc.": "Association",
    "Univ.": "University",
    "Rd": "Road",
    "St.": "Street",
    "est.": "established",
    "pp.": "pages",
    "Q3": "third quarter",
    "Q2": "second quarter",
}
#: An abbreviation ("No." only before a number: "No. 7", not the answer "No.").
ABBREVIATION = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        r"No\.(?= \d)" if a == "No." else re.escape(a)
        for a in sorted(ABBREVIATIONS, key=len, reverse=True)
    )
    + r")(?!\w)"
)
#: Misspellings planted in quotes, which an editor marks "[sic]".
MISSPELT = ("recieve", "goverment", "definately", "seperate", "untill", "occured", "wich")
MISSPELLING = re.compile(r"(?<!\w)(?:" + "|".join(MISSPELT) + r")(?!\w)")
#: Foreign words an editor glosses in brackets at their first use.
GLOSSES = {
    "phở": "noodle soup",
    "ẹ̀gúsí": "melon seed",
    "jollof": "spiced rice",
    "nowruz": "new year",
    "mushaira": "poetry gathering",
    "ghazal": "love lyric",
    "adire": "indigo cloth",
    "taarof": "ritual politeness",
    "áo dài": "long tunic",
    "bánh mì": "baguette sandwich",
}
GLOSSED = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(g) for g in GLOSSES) + r")(?![\w\u0300-\u036f])"
)
#: Vietnamese syllables in the old style of tone placement ("hòa", "khỏe", "thủy"), whose
#: mark the new style puts on the second vowel ("hoà", "khoẻ", "thuỷ").
OLD_TONE = re.compile(
    r"(?<![\wqQ])(?:[^\W\d_]*?)([òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])(?![\w\u0300-\u036f])"
)
#: Tone marks (grave, acute, macron) that a Yoruba text written without tones drops; the
#: dots under ẹ, ọ and ṣ stay.
YORUBA_TONES = "\u0300\u0301\u0304"
#: Letters of an Arabic keyboard that Persian and Urdu write otherwise.
ARABIC_YEH_KAF = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9"})
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
#: "مي شود" and "كتاب ها": where Persian puts a zero-width non-joiner instead of a space.
PERSIAN_JOINS = re.compile(r"(?<![\w])(?:ن?م[يی]) (?=\w)|(?<=\w) (?=ه[اآ](?:[يی])?(?!\w))")
#: Institutions a down-style pass writes in lower case ("the Court" → "the court").
INSTITUTION = re.compile(
    r"(?<=\bthe )(?:Court|Company|Committee|Board|Group|Moderators|Organisers|Editors"
    r"|Auction House|Programme Committee|Festival)\b"
)
#: People and places as an English text writes them, and with their own diacritics.
PEOPLE = {
    "Nguyen Thi Hoa": "Nguyễn Thị Hoà",
    "Tran Van Duc": "Trần Văn Đức",
    "Adebayo Ogunlesi": "Adébáyọ̀ Ògúnlẹ̀sí",
    "Folasade Adeyemi": "Fọláṣadé Adéyẹmí",
    "Reza Farahani": "Reżā Farāhānī",
    "Faiz Ahmad": "Faiż Aḥmad",
    "Jose Muller": "José Müller",
    "Francois Dvorak": "François Dvořák",
    "Pham Minh Chau": "Phạm Minh Châu",
    "Shirin Tabrizi": "Šīrīn Tabrīzī",
}
PLACES = {
    "Hanoi": "Hà Nội",
    "Ibadan": "Ìbàdàn",
    "Sao Paulo": "São Paulo",
    "Zurich": "Zürich",
    "Malmo": "Malmö",
    "Bogota": "Bogotá",
    "Mashhad": "Mašhad",
    "Quebec": "Québec",
    "Cordoba": "Córdoba",
    "Tromso": "Tromsø",
}
#: Words a sentence-case pass leaves capitalised (names, places, languages, months, days).
PROPER = frozenset(word for name in (*PEOPLE, *PLACES) for word in name.split()) | frozenset(
    (
        "I",
        "English",
        "Vietnamese",
        "Yoruba",
        "Persian",
        "Urdu",
        "Lagos",
        "Tehran",
        "Lahore",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "October",
        "November",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Parallax",
        "Europe",
        "Asia",
        "Africa",
    )
)

#: Passages each kind carries in Vietnamese (old-style tones), Yoruba (with tones) and
#: Persian or Urdu (typed on an Arabic keyboard), each with its English.
BANK: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "judgment": (
        (
            "Tòa án ghi nhận rằng người nộp đơn đã khỏe lại và muốn hòa giải.",
            "The court notes that the applicant has recovered and wishes to settle.",
        ),
        (
            "Ilé ẹjọ́ sọ pé ẹ̀tọ́ olùbẹ̀bẹ̀ kò tíì bàjẹ́.",
            "The court said that the applicant's rights have not yet been harmed.",
        ),
        (
            "دادگاه يادآوري مي كند كه حكم در 14 روز قابل اجرا است.",
            "The court recalls that the judgment is enforceable within 14 days.",
        ),
    ),
    "results": (
        (
            "Doanh thu thủy sản tại Việt Nam tăng 4% nhờ hợp đồng hóa chất mới.",
            "Seafood revenue in Vietnam rose 4% thanks to a new chemicals contract.",
        ),
        (
            "Ọjà wa ní Èkó dàgbà ní ìdámẹ́ta yìí.",
            "Our market in Lagos grew in this quarter.",
        ),
        (
            "فروش در ايران 3 درصد كاهش يافت و پيش بيني ها تغيير نكرد.",
            "Sales in Iran fell 3 per cent and the forecasts did not change.",
        ),
    ),
    "recipes": (
        (
            "Nước dùng phở phải trong và thơm; tùy khẩu vị, thêm hoa hồi và quế.",
            "Phở broth must be clear and fragrant; to taste, add star anise and cinnamon.",
        ),
        (
            "Ọbẹ̀ ẹ̀gúsí dùn jù lọ nígbà tí a bá sè é pẹ̀lú ẹ̀fọ́ tútù.",
            "Ẹ̀gúsí soup is best when cooked with fresh greens.",
        ),
        (
            "برنج را 2 ساعت خيس كنيد تا دانه ها بلند شوند.",
            "Soak the rice for 2 hours so the grains grow long.",
        ),
    ),
    "programme": (
        (
            "Phiên họp về hòa bình và văn hóa bắt đầu lúc 9 giờ tại tòa nhà A.",
            "The session on peace and culture starts at 9 in building A.",
        ),
        (
            "Ẹ kú àbọ̀ sí àpérò wa ní Ìbàdàn.",
            "Welcome to our conference in Ibadan.",
        ),
        (
            "سخنراني ها به زبان انگليسي است و ترجمه همزمان فراهم مي شود.",
            "The talks are in English and simultaneous translation is provided.",
        ),
    ),
    "anthology": (
        (
            "Sông vẫn chảy, hoa vẫn nở, lòng ta vẫn khỏe như xưa.",
            "The river still flows, the flowers still bloom, our hearts are as strong as ever.",
        ),
        (
            "Ọ̀rọ̀ àgbà ni àlùbọ́sà, bí kò bá ta ni lẹ́nu, á ta ni lójú.",
            "An elder's word is an onion: if it does not sting the mouth, it stings the eyes.",
        ),
        (
            "ہم ديكهيں گے، لازم ہے كہ ہم بھی ديكهيں گے۔",
            "We shall see, it is certain that we too shall see.",
        ),
    ),
    "forum": (
        (
            "Máy của tôi chạy tốt sau khi cài lại, cảm ơn mọi người, tùy chỉnh rất dễ.",
            "My machine runs well after reinstalling, thanks everyone, tuning is easy.",
        ),
        (
            "Ẹ ṣé gan-an, ó ti ṣiṣẹ́ báyìí.",
            "Thank you very much, it works now.",
        ),
        (
            "اين مشكل با نسخه 2.4 برطرف مي شود.",
            "This problem is fixed in version 2.4.",
        ),
    ),
    "catalogue": (
        (
            "Tấm thảm này được dệt tay, màu sắc hài hòa, tình trạng khỏe mạnh.",
            "This carpet was woven by hand, its colours are harmonious, its condition sound.",
        ),
        (
            "Aṣọ adìrẹ yìí wá láti Abẹ́òkúta.",
            "This adire cloth comes from Abeokuta.",
        ),
        (
            "اين قالي در سال 1320 در كاشان بافته شده و گره هاي آن ريز است.",
            "This carpet was woven in 1320 in Kashan and its knots are fine.",
        ),
    ),
    "digest": (
        (
            "Trời mưa to ở Hà Nội, giao thông hỗn loạn, mọi người hãy giữ sức khỏe nhé 🙏",
            "Heavy rain in Hanoi, traffic chaos, everyone please stay healthy 🙏",
        ),
        (
            "Ẹ kú ọdún tuntun o! Ọdún yìí á dára 🎉",
            "Happy new year! This year will be good 🎉",
        ),
        (
            "نوروز مبارك! سال نو را با خانواده جشن مي گيريم 🌷",
            "Happy Nowruz! We celebrate the new year with family 🌷",
        ),
    ),
}
#: Every foreign passage and its English.
ENGLISH_OF = {foreign: english for passages in BANK.values() for foreign, english in passages}


def passages(kind: str) -> tuple[str, str, str]:
    """The Vietnamese, Yoruba and Persian or Urdu passages of ``kind``."""
    vietnamese, yoruba, arabic_script = BANK[kind]
    return vietnamese[0], yoruba[0], arabic_script[0]


def table(rows: list[tuple[str, ...]]) -> str:
    """A pipe table, one line a row, the header first: "Item | Q3 2026 | Q3 2025"."""
    return "\n".join(" | ".join(row) for row in rows)


def quoted(*lines: str) -> str:
    """A block quote, one "> " line each."""
    return "\n".join(f"> {line}" for line in lines)


def pick(rng: random.Random, *options: str) -> str:
    """One of ``options``."""
    return rng.choice(options)
