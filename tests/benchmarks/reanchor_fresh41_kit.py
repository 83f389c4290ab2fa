"""How the forty-first round's kitchen pages are laid out, and what the families edit.

Every text is a full page as a restaurant, a school canteen or a catering kitchen publishes it,
laid out as the twenty-third round's exports (whose readers are reused): a title, a line under
it, a lead, then sections (a course of the menu or of the allergen matrix, a recipe, a
supplier, a day of the temperature log, of the rota or of the canteen's week, a part of a
bilingual notice), each with a one-line note and items of two lines or more, then a footer
under "About this export". Lines recur word for word ("Served with seasonal greens", "Season to
taste", "Rest for 10 minutes", "Case of 12", "Out of stock — substitute", "Fridge 2  3 °C  OK",
the matrix's column heads), with twins one figure, one letter or one word apart (prices "£14.50"
and "£14.95", weights "250 g" and "25 g", product codes "FV-1021" and "FV-1027", initials "JM"
and "JN", people "Marta Kowalska" and "Marta Kowalski", dishes "Grilled mackerel, lemon butter"
and "Grilled mackerel, caper butter"). A dish with its allergen codes and price, a weight and a
fraction, a recipe step, a product code, a temperature check, a shift, Tai Viet with its vowel
and tone marks and Kayah Li with its marks and digits stand in every text (at least in the
footer), so every family finds what it edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Lines that recur word for word under many dishes, recipe steps and order lines.
SERVED_WITH = "Served with seasonal greens"
SEASON = "Season to taste"
REST = "Rest for 10 minutes"
CASE = "Case of 12"
OUT_OF_STOCK = "Out of stock — substitute"
#: The temperature log's recurring checks.
FRIDGE_OK = "Fridge 2  3 °C  OK"
FREEZER_OK = "Freezer 1  −18 °C  OK"

# -- dishes, allergens, prices --------------------------------------------------------------------

#: The fourteen allergens in the order their codes number them (1 celery … 14 sulphites), and
#: the allergen matrix's column heads in the same order.
ALLERGENS = (
    "Celery",
    "Cereals containing gluten",
    "Crustaceans",
    "Eggs",
    "Fish",
    "Lupin",
    "Milk",
    "Molluscs",
    "Mustard",
    "Tree nuts",
    "Peanuts",
    "Sesame",
    "Soya",
    "Sulphites",
)
COLUMNS = ("Ce", "Gl", "Cr", "Eg", "Fi", "Lu", "Mi", "Mo", "Mu", "Nu", "Pe", "Se", "So", "Su")
#: The allergen matrix's head line, the same over every group of rows.
MATRIX_HEAD = "Dish  " + " ".join(COLUMNS)
TICK = "✓"
DASH = "–"
#: A list of allergen codes in brackets: "(4, 5, 7)" (group 1 the codes).
ALLERGEN_CODES = re.compile(r"\(([0-9]{1,2}(?:, [0-9]{1,2})*)\)")
#: A price: "£14.50" (group 1 the pounds, group 2 the pence).
PRICE = re.compile(r"£([0-9]{1,2})\.([0-9]{2})\b")
#: A dish's head line on the menu: "Grilled mackerel, lemon butter (4, 5, 7)  £14.50".
DISH_LINE = re.compile(r"^[A-Z][^\n]*? \([0-9, ]+\)  £[0-9]{1,2}\.[0-9]{2}$", re.M)
#: A row of the allergen matrix: a dish, two spaces, fourteen ticks or dashes.
MATRIX_ROW = re.compile(rf"^[A-Z][^\n]*?  [{TICK}{DASH}](?: [{TICK}{DASH}]){{13}}$", re.M)
#: One tick or dash of a matrix row.
MATRIX_MARK = re.compile(rf"(?<= )[{TICK}{DASH}](?= |$)", re.M)


def allergen_codes(dish: str, codes: tuple[int, ...]) -> str:
    """A dish as the menu names it, with its allergen codes: "Lemon tart (1, 4, 7)"."""
    return f"{dish} ({', '.join(str(code) for code in codes)})"


def matrix_row(dish: str, codes: tuple[int, ...]) -> str:
    """A dish's row of the allergen matrix: a tick under each of its codes, else a dash."""
    marks = " ".join(TICK if number in codes else DASH for number in range(1, 15))
    return f"{dish}  {marks}"


# -- recipes and weights --------------------------------------------------------------------------

#: A recipe step's head line: "Step 3. Melt 25 g butter in a pan" (group 1 the number).
STEP = re.compile(r"^Step ([0-9]{1,2})\.(?= )", re.M)
#: A weight or a volume: "250 g", "250g", "1 kg", "500 ml" (group 1 the figures, group 2 the
#: space or none, group 3 the unit).
WEIGHT = re.compile(r"(?<![0-9.,/½¼¾])([0-9]+)( ?)(kg|g|ml|l)\b")
#: A fraction, typed or as one character: "1/2", "1 1/2", "½", "1½".
FRACTION = re.compile(r"(?<![\w/])(?:[0-9] )?[13]/[24](?![\w/])|(?<![\w/])[0-9]?[½¼¾]")
#: Typed fractions and their single characters.
VULGAR = {"1/2": "½", "1/4": "¼", "3/4": "¾"}

# -- the supplier order sheet ---------------------------------------------------------------------

#: A supplier's product code: "FV-1021" (group 1 the letters, group 2 the figures).
PRODUCT_CODE = re.compile(r"\b([A-Z]{2})-([0-9]{4})\b")
#: An order line: "FV-1021  Lemons, unwaxed  × 2".
ORDER_LINE = re.compile(r"^[A-Z]{2}-[0-9]{4}  [^\n]+$", re.M)

# -- the temperature log --------------------------------------------------------------------------

UNITS = ("Fridge", "Freezer", "Chiller", "Hot hold")
#: A check of the temperature log: "Fridge 2  3 °C  OK" (group 1 the unit, group 2 its number,
#: group 3 the reading).
LOG_LINE = re.compile(
    r"^(Fridge|Freezer|Chiller|Hot hold) ([0-9])  (−?[0-9]{1,2}) °C  [A-Z]+$", re.M
)
#: Who checked: "Checked by: JM" (initials one letter apart, "JM" and "JN").
CHECKED_BY = re.compile(r"\bChecked by: ([A-Z]{2})\b")

# -- the rota -------------------------------------------------------------------------------------

#: Kitchen and floor staff, one letter apart ("Marta Kowalska", "Marta Kowalski").
PEOPLE = (
    "Marta Kowalska",
    "Marta Kowalski",
    "Ewan Fraser",
    "Ewan Frazer",
    "Kemi Adeyemi",
    "Kemi Adeyemo",
    "Sofia Rossi",
    "Sofia Rosso",
    "Tom Harris",
    "Lee Chan",
    "Nadia Haddad",
)
#: A person's name (group 1 the first name, group 2 the surname).
PERSON = re.compile(
    r"\b("
    + "|".join(sorted({name.split()[0] for name in PEOPLE}))
    + r") ("
    + "|".join(sorted({name.split()[1] for name in PEOPLE}, key=len, reverse=True))
    + r")\b"
)
#: A shift of the rota: "07:00–15:00  Marta Kowalska  Sous chef" (group 1 the hour it starts).
SHIFT_LINE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]–[0-9]{2}:[0-9]{2}  [^\n]+$", re.M)

# -- Tai Viet (Tai Dam, north-west Vietnam) -------------------------------------------------------

MAI_EK = "\uaabf"
MAI_THO = "\uaac1"
VOWEL_I = "\uaab2"
VOWEL_UE = "\uaab3"
#: Vowels and marks by a short name after "_"; consonants by their name, lower case the low
#: letter and upper case the high one ("mo" is LOW MO, "MO" HIGH MO).
_TAI_VIET_SIGNS = {
    "_aa": "VOWEL AA", "_i": "VOWEL I", "_ue": "VOWEL UE", "_u": "VOWEL U", "_e": "VOWEL E",
    "_o": "VOWEL O", "_ia": "VOWEL IA", "_uea": "VOWEL UEA", "_ua": "VOWEL UA",
    "_aue": "VOWEL AUE", "_ay": "VOWEL AY", "_an": "VOWEL AN", "_am": "VOWEL AM",
    "_kang": "MAI KANG", "_khit": "MAI KHIT", "_ek": "TONE MAI EK", "_tho": "TONE MAI THO",
}  # fmt: skip


def tai_viet(words: str) -> str:
    """Tai Viet written in visual order from names joined by "." ("_uea.mo._ek.ngo" is
    mương, the prefixed vowel first), words by spaces; digits, "," and "." as they are."""
    out: list[str] = []
    for word in words.split(" "):
        written = ""
        for part in word.split("."):
            if not part:  # a full stop
                written += "."
                continue
            stop = "," if part.endswith(",") else ""
            part = part.rstrip(",")
            if part.isdigit():
                written += part + stop
                continue
            if part in _TAI_VIET_SIGNS:
                name = _TAI_VIET_SIGNS[part]
            else:
                name = f"LETTER {'HIGH' if part.isupper() else 'LOW'} {part.upper()}"
            written += unicodedata.lookup(f"TAI VIET {name}") + stop
        out.append(written)
    return unicodedata.normalize("NFC", " ".join(out))


#: Tai Viet lines and their Vietnamese: the festival meal and its twin one figure apart, the
#: community kitchen, sticky rice and grilled fish, the thanks (Mường Lò, Điện Biên Phủ, Sơn
#: La, Mai Châu).
TAI_VIET_LINES = tuple(
    (tai_viet(words), vietnamese)
    for words, vietnamese in (
        (
            "ko._i._ek.no KHO._aa._tho.vo 12, _uea.mo._ek.ngo _o.lo.",
            "Suất ăn lễ hội số 12, Mường Lò.",
        ),
        (
            "ko._i._ek.no KHO._aa._tho.vo 13, _uea.mo._ek.ngo _o.lo.",
            "Suất ăn lễ hội số 13, Mường Lò.",
        ),
        ("FO._aa._ek.yo _uea.HO._tho.no, do._ia.no bo._ia.no.", "Bếp cộng đồng, Điện Biên Phủ."),
        (
            "KHO._aa._ek.vo no._ue._tho.ngo po._aa._ek, SO._ue.no lo._aa.",
            "Xôi và cá nướng, Sơn La.",
        ),
        ("KO._ue._ek.no _ay.CO, mo._aa._tho.yo co._aa._u.", "Cảm ơn, Mai Châu."),
    )
)
TAI_VIET_THANKS = tai_viet("KO._ue._ek.no _ay.CO.")
TAI_VIET_LETTER = "\uaa80-\uaaaf\uaab1\uaab5\uaab6\uaab9-\uaabd\uaac0\uaac2\uaadb-\uaadd"
TAI_VIET_MARK = "\uaab0\uaab2-\uaab4\uaab7\uaab8\uaabe\uaabf\uaac1"
#: A Tai Viet run: letters and marks, with spaces, commas and digits inside.
TAI_VIET_RUN = re.compile(
    f"[{TAI_VIET_LETTER}][{TAI_VIET_LETTER}{TAI_VIET_MARK} ,0-9]*"
    f"[{TAI_VIET_LETTER}{TAI_VIET_MARK}0-9]"
)
#: A Tai Viet word (letters and their marks, up to a space or a comma).
TAI_VIET_WORD = re.compile(f"[{TAI_VIET_LETTER}][{TAI_VIET_LETTER}{TAI_VIET_MARK}]*")
#: A tone mark or a vowel mark another writer spells differently.
TAI_VIET_TONE = re.compile(f"[{MAI_EK}{MAI_THO}]")
TAI_VIET_VOWEL = re.compile(f"[{VOWEL_I}{VOWEL_UE}]")

# -- Kayah Li (Kayah State, Myanmar; Mae Hong Son, Thailand) --------------------------------------

KAYAH_LI_DIGITS = "".join(chr(0xA900 + i) for i in range(10))
PLOPHU = "\ua92b"
CALYA = "\ua92c"
VOWEL_E = "\ua927"
VOWEL_EE = "\ua929"
SHYA = "\ua92f"
#: Vowel signs and tones by a short name after "_"; letters by their name in lower case
#: ("ka", "hta"), the vowel letters in capitals ("A", "OE", "I", "OO").
_KAYAH_LI_SIGNS = {
    "_ue": "VOWEL UE", "_e": "VOWEL E", "_u": "VOWEL U", "_ee": "VOWEL EE", "_o": "VOWEL O",
    "_1": "TONE PLOPHU", "_2": "TONE CALYA", "_3": "TONE CALYA PLOPHU",
}  # fmt: skip


def kayah_li(words: str) -> str:
    """Kayah Li written from names joined by "." ("ka.A._e._1" is a syllable: the consonant,
    the vowel letter a carrying the vowel sign e and the tone plophu), words by spaces;
    figures as Kayah Li digits, "." at a word's end as the shya, "," and ":" as they are."""
    out: list[str] = []
    for word in words.split(" "):
        written = ""
        stop = word[-1] if word[-1] in ",." else ""
        for part in (word[:-1] if stop else word).split("."):
            if part.replace(":", "").isdigit():
                written += part.translate(str.maketrans("0123456789", KAYAH_LI_DIGITS))
                continue
            name = _KAYAH_LI_SIGNS.get(part, f"LETTER {part.upper()}")
            written += unicodedata.lookup(f"KAYAH LI {name}")
        out.append(written + {".": SHYA, ",": ",", "": ""}[stop])
    return unicodedata.normalize("NFC", " ".join(out))


#: Kayah Li lines and their Thai: breakfast at camp 12 and its twin one figure apart, lunch at
#: Loikaw, supper at Huai Suea Thao, rice and soup (Mae Hong Son, Loikaw, Huai Suea Thao).
KAYAH_LI_LINES = tuple(
    (kayah_li(words), thai)
    for words, thai in (
        (
            "ma.A._e._1 07:00, ka.A._o 12, ma.A._e ha.OO._2 sa.OO.",
            "อาหารเช้า 07:00 น. ค่ายที่ 12 แม่ฮ่องสอน",
        ),
        (
            "ma.A._e._1 07:00, ka.A._o 13, ma.A._e ha.OO._2 sa.OO.",
            "อาหารเช้า 07:00 น. ค่ายที่ 13 แม่ฮ่องสอน",
        ),
        ("ma.A._ee._2 12:00, la.OE.ya.A._1 ka.OO.", "อาหารกลางวัน 12:00 น. ลอยก่อ"),
        ("ma.A._u._1 17:30, wa.A.ya.A sa.A._ue tha.A._o.", "อาหารเย็น 17:30 น. ห้วยเสือเฒ่า"),
        ("ba.I._2 ha.A._e, ta.A._o._1 pa.A._ee.", "ข้าวและแกง ทุกวัน"),
    )
)
KAYAH_LI_THANKS = kayah_li("ta.A._ee._1 ba.A._2 la.OO.")
KAYAH_LI_LETTER = "\ua90a-\ua925"
KAYAH_LI_MARK = "\ua926-\ua92d"
#: A Kayah Li run: letters, marks, digits of either kind and the shya, with spaces, colons and
#: commas inside.
KAYAH_LI_RUN = re.compile(
    f"[{KAYAH_LI_LETTER}][{KAYAH_LI_LETTER}{KAYAH_LI_MARK}{KAYAH_LI_DIGITS}{SHYA} ,:0-9]*"
    f"[{KAYAH_LI_LETTER}{KAYAH_LI_MARK}{KAYAH_LI_DIGITS}{SHYA}0-9]"
)
#: A Kayah Li word (letters and their marks, up to a space, a digit or a stop).
KAYAH_LI_WORD = re.compile(f"[{KAYAH_LI_LETTER}][{KAYAH_LI_LETTER}{KAYAH_LI_MARK}]*")
#: A tone another writer spells differently (plophu and calya), a vowel sign (e and ee).
KAYAH_LI_TONE = re.compile(f"[{PLOPHU}{CALYA}]")
KAYAH_LI_VOWEL = re.compile(f"[{VOWEL_E}{VOWEL_EE}]")

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by the Kitchen Office{NBSP}🍽 for guests’ and staff’s use. "
    f"Grilled mackerel, lemon butter (4, 5, 7)  £14.50. {SERVED_WITH}. "
    f"Step 3. Add 250 g flour and 1/2 tsp salt. {SEASON}. {REST}. "
    f"FV-1021  Lemons, unwaxed. {CASE}. {OUT_OF_STOCK}. {FRIDGE_OK}. {FREEZER_OK}. "
    f"07:00–15:00  Marta Kowalska. "
    f"👩{ZWJ}🍳 {TAI_VIET_LINES[0][0]} {KAYAH_LI_LINES[0][0]}"
)
