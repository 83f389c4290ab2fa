"""Shared pieces of the eighth round of fresh held-out re-anchoring texts (no test here):
the patterns the families look for (running blocks, sub-clause numbers, defined roles,
measures with units, personal data, dated entries, asides), each kind's passages in
Chinese, Hindi and Thai with their romanisation, the people the texts name, and helpers.
"""

from __future__ import annotations

import random
import re
import unicodedata

NBSP = "\u00a0"
ZWJ = "\u200d"
#: A sub-clause number at a line start ("4.2 The Supplier shall"), and the word after it.
SUBCLAUSE = re.compile(r"(?m)^(\d{1,2})\.(\d)(?= \S)")
#: A reference to a sub-clause in running text ("clause 4.2", "see section 2.3").
REFERENCE = re.compile(r"\b(?:clause|section|item|point|rule|step) (\d{1,2})\.(\d)(?![\d.]\d|\w)")
#: Roles the texts name generically, and the name a style pass puts in their place.
ROLES = {
    "Supplier": "Kestrel Components",
    "Customer": "Harbourline",
    "Holder": "Veridia Pharma",
    "Organiser": "Alpenrad Events",
    "Department": "the Highways Department",
    "Administration": "Northern Railway",
    "Maintainers": "the core team",
    "Hotel": "Casa Miramar",
}
#: "the Supplier" in running text; ``ROLE_CAPITAL`` also "The Supplier" at a sentence start.
ROLE = re.compile(r"(?<![\w])the (" + "|".join(ROLES) + r")(?!\w)")
ROLE_CAPITAL = re.compile(r"(?<![\w])[Tt]he (" + "|".join(ROLES) + r")(?!\w)")
#: Unit symbols and what a plain-language pass spells out (longest first).
UNITS = {
    "km/h": "kilometres per hour",
    "km": "kilometres",
    "kg": "kilograms",
    "mg": "milligrams",
    "µg": "micrograms",
    "ml": "millilitres",
    "mm": "millimetres",
    "m²": "square metres",
    "m": "metres",
    "°C": "degrees Celsius",
    "MB": "megabytes",
    "GB": "gigabytes",
    "ms": "milliseconds",
}
_UNIT = "|".join(re.escape(unit) for unit in UNITS)
#: A figure, a space or a non-breaking space, and a unit: "25 km", "2.5\u00a0mg", "18 °C".
MEASURE = re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)*)([ {NBSP}])({_UNIT})(?![\w²/])")
#: A decimal figure with a unit or a per cent sign after it: "2.45 mg", "12.5%".
DECIMAL = re.compile(rf"(?<![\w.,])(\d+\.\d+)(?=(?:[ {NBSP}](?:{_UNIT})(?![\w²/])|%))")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(rf"\+\d{{1,3}}(?:[ {NBSP}]\d{{2,5}}){{2,4}}")
#: A dated or stamped entry of a log: a message, a release, a review, a km mark, a notice.
ENTRY = re.compile(
    r"(?:From: |Version \d+\.\d+\.\d+ |km \d+ · |\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
    r"|Sep|Oct|Nov|Dec) 20\d\d · |★)"
)
#: An aside in brackets ("(see clause 4.2)", "（陳詠琪）"), with the space before it.
ASIDE = re.compile(r" ?\([^()\n]{1,90}\)|（[^（）\n]{1,40}）")
#: An aside between em dashes in a sentence: " — as agreed — ".
DASHED = re.compile(r" — [^—\n.]{1,80} —(?= )")
#: Typography a plain-text export downgrades, and what it writes instead.
PLAIN = {
    "…": "...",
    "–": "-",
    "—": "--",
    NBSP: " ",
    "\u202f": " ",
    ZWJ: "",
    "\u200c": "",
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "，": ",",
    "：": ":",
    "（": "(",
    "）": ")",
    "；": ";",
}
#: Dashes and ellipses only (what the lowest rate of the export changes).
PLAIN_MARKS = ("…", "–", "—")
#: Emoji (and the variation selector after one) that a strict export removes.
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]\ufe0f?")

#: People the texts name (invented); some share a first name or a surname.
PEOPLE = (
    "Marta Kowalczyk",
    "Oliver Brandt",
    "Olivia Brandt",
    "Priya Raghunathan",
    "Chan Wing-kei",
    "Somchai Rattanakorn",
    "Ingrid Solberg",
    "Tomás Ferreira",
    "Matej Kovačič",
    "Søren Dahl",
    "Iñigo Etxeberria",
    "Anil Mehra",
    "Lukas Weidmann",
    "Noor Haddad",
)


def _canonical(text: str) -> str:
    return unicodedata.normalize("NFC", text)


#: Each kind's passages in Chinese, Hindi and Thai, with their romanisation (pinyin,
#: IAST, RTGS).
Pair = tuple[str, str]
_RAW_BANK: dict[str, tuple[Pair, Pair, Pair]] = {
    "contract": (
        (
            "供應商應於每月最後一個工作日前交付貨物。",
            "Gōngyìngshāng yīng yú měi yuè zuìhòu yī gè gōngzuòrì qián jiāofù huòwù.",
        ),
        (
            "आपूर्तिकर्ता हर महीने के अंतिम कार्यदिवस तक माल पहुँचाएगा।",
            "Āpūrtikartā har mahīne ke aṃtim kāryadivas tak māl pahum̐cāegā.",
        ),
        (
            "ผู้จัดหาจะส่งสินค้าภายในวันทำการสุดท้ายของทุกเดือน",
            "Phu chat ha cha song sinkha phai nai wan thamkan sutthai khong thuk duean",
        ),
    ),
    "email": (
        (
            "謝謝你的郵件，我們下週一會回覆。",
            "Xièxie nǐ de yóujiàn, wǒmen xià zhōuyī huì huífù.",
        ),
        ("धन्यवाद, हम सोमवार तक जवाब देंगे।", "Dhanyavād, ham somvār tak javāb deṃge."),
        (
            "ขอบคุณครับ เราจะตอบกลับภายในวันจันทร์",
            "Khop khun khrap rao cha top klap phai nai wan chan",
        ),
    ),
    "leaflet": (
        (
            "請將本藥物存放於兒童接觸不到的地方。",
            "Qǐng jiāng běn yàowù cúnfàng yú értóng jiēchù bù dào de dìfāng.",
        ),
        ("इस दवा को बच्चों की पहुँच से दूर रखें।", "Is davā ko baccoṃ kī pahum̐c se dūr rakheṃ."),
        ("เก็บยานี้ให้พ้นมือเด็ก", "Kep ya ni hai phon mue dek"),
    ),
    "stage": (
        (
            "他在最後一公里發動攻擊，贏得了這一站。",
            "Tā zài zuìhòu yī gōnglǐ fādòng gōngjī, yíngdéle zhè yī zhàn.",
        ),
        (
            "उसने आख़िरी किलोमीटर में हमला करके यह चरण जीत लिया।",
            "Usne ākhirī kilomīṭar meṃ hamlā karke yah caraṇ jīt liyā.",
        ),
        (
            "เขาโจมตีในกิโลเมตรสุดท้ายและชนะสเตจนี้",
            "Khao chomti nai kilomet sutthai lae chana satet ni",
        ),
    ),
    "press": (
        (
            "政府發言人表示，新措施將於四月一日生效。",
            "Zhèngfǔ fāyánrén biǎoshì, xīn cuòshī jiāng yú sì yuè yī rì shēngxiào.",
        ),
        (
            "सरकार के प्रवक्ता ने कहा कि नए उपाय एक अप्रैल से लागू होंगे।",
            "Sarkār ke pravaktā ne kahā ki nae upāy ek aprail se lāgū hoṃge.",
        ),
        (
            "โฆษกรัฐบาลกล่าวว่ามาตรการใหม่จะมีผลในวันที่ 1 เมษายน",
            "Khosok ratthaban klao wa mattrakan mai cha mi phon nai wan thi 1 Mesayon",
        ),
    ),
    "railway": (
        (
            "列車將於十八時四十五分從第三月台開出。",
            "Lièchē jiāng yú shíbā shí sìshíwǔ fēn cóng dì sān yuètái kāichū.",
        ),
        (
            "गाड़ी संख्या 04951 प्लेटफ़ॉर्म संख्या 3 से 18:45 बजे रवाना होगी।",
            "Gāṛī saṃkhyā 04951 pleṭfŏrm saṃkhyā 3 se 18:45 baje ravānā hogī.",
        ),
        (
            "รถไฟขบวนนี้จะออกจากชานชาลาที่ 3 เวลา 18.45 น.",
            "Rotfai khabuan ni cha ok chak chanchala thi 3 wela 18.45 n.",
        ),
    ),
    "changelog": (
        (
            "修復了打開大型文件時崩潰的問題。",
            "Xiūfùle dǎkāi dàxíng wénjiàn shí bēngkuì de wèntí.",
        ),
        (
            "बड़ी फ़ाइलें खोलते समय होने वाली क्रैश ठीक कर दी गई है।",
            "Baṛī fāileṃ kholte samay hone vālī kraiś ṭhīk kar dī gaī hai.",
        ),
        (
            "แก้ไขปัญหาโปรแกรมค้างเมื่อเปิดไฟล์ขนาดใหญ่",
            "Kaekhai panha prokraem khang muea poet fai khanat yai",
        ),
    ),
    "reviews": (
        (
            "房間乾淨，早餐很好，員工非常友善。",
            "Fángjiān gānjìng, zǎocān hěn hǎo, yuángōng fēicháng yǒushàn.",
        ),
        (
            "कमरा साफ़ था, नाश्ता अच्छा था और कर्मचारी बहुत मददगार थे।",
            "Kamrā sāf thā, nāśtā acchā thā aur karmacārī bahut madadgār the.",
        ),
        (
            "ห้องสะอาด อาหารเช้าอร่อย พนักงานเป็นมิตรมาก",
            "Hong sa-at ahan chao aroi phanakngan pen mit mak",
        ),
    ),
}
BANK: dict[str, tuple[Pair, Pair, Pair]] = {
    kind: (
        (_canonical(chinese[0]), _canonical(chinese[1])),
        (_canonical(hindi[0]), _canonical(hindi[1])),
        (_canonical(thai[0]), _canonical(thai[1])),
    )
    for kind, (chinese, hindi, thai) in _RAW_BANK.items()
}
#: Every passage in another script and its romanisation.
ROMAN_OF = {native: roman for entries in BANK.values() for native, roman in entries}


def passages(kind: str) -> tuple[str, str, str]:
    """The Chinese, Hindi and Thai passages of ``kind``."""
    chinese, hindi, thai = BANK[kind]
    return chinese[0], hindi[0], thai[0]


def script_of(passage: str) -> str:
    """ "Chinese", "Hindi" or "Thai": the script a bank passage is written in."""
    if re.search("[\u0900-\u097f]", passage):
        return "Hindi"
    if re.search("[\u0e00-\u0e7f]", passage):
        return "Thai"
    return "Chinese"


def pick(rng: random.Random, *options: str) -> str:
    """One of ``options``."""
    return rng.choice(options)
