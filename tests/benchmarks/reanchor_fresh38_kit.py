"""How the thirty-eighth round's museum pages are laid out, and what the families edit.

Every text is a full page as a museum publishes it about its collection, laid out as the
twenty-third round's exports (whose readers are reused): a title, a line under it, a lead, then
sections (a gallery of labels, a floor of the gallery guide, a part of an exhibition checklist,
a year of the loans register, a conservation studio, a part of the visitors' questions, a case of
bilingual labels), each with a one-line note and items of two lines or more, then a footer under
"About this export". Lines recur word for word ("Unknown maker", "Gift of the artist",
"Purchased, 1987", "On loan from a private collection", materials lines, the opening hours, the
stock answers), with twins one figure apart (accession numbers "1921.34.2" and "1921.34.3",
dimensions, years). An unknown maker, an accession number, dimensions, a credit line, a named
maker, Vai in its syllabary with Vai digits and Chakma with its marks stand in every text (at
least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re
import unicodedata

from tests.benchmarks.reanchor_fresh23_kit import NBSP, ZWJ

#: Credit lines and attributions that recur word for word.
UNKNOWN = "Unknown maker"
GIFT = "Gift of the artist"
PURCHASED = "Purchased, 1987"
PRIVATE_LOAN = "On loan from a private collection"
CREDITS = (GIFT, PURCHASED, PRIVATE_LOAN, "Bequeathed by Miss A. Lowe, 1954")
#: Materials lines that repeat under many labels.
MATERIALS = (
    "Earthenware with lead glaze",
    "Stoneware, salt glaze",
    "Cotton, handwoven, natural dyes",
    "Wood, pigment and raffia",
    "Silver, engraved",
    "Watercolour on paper",
)
#: The opening hours line the guide gives under every floor.
OPENING_HOURS = "Open daily 10:00–17:30. Last entry 17:00."
#: Stock answers the visitors' page gives word for word under several questions.
STOCK_ANSWERS = (
    "Please ask at the information desk in the main hall.",
    "Photography without flash is allowed in the permanent collection.",
    "Entry to the permanent collection is free.",
)
#: Named makers (a checklist sorted by maker turns them round: "Barlow, Hannah").
MAKERS = ("Hannah Barlow", "Josiah Spode", "Grace Adebayo", "Ellen Paton", "Momo Kiawu")

# -- object labels ------------------------------------------------------------------------------

#: An accession number: year, lot and part ("1921.34.2"), with a collection's prefix once the
#: numbers are brought under one system ("HCM.1921.34.2").
ACCESSION = re.compile(r"(?<![0-9.])(?:HCM\.)?(?:19|20)[0-9]{2}\.[0-9]{1,3}\.[0-9]{1,2}(?![0-9])")
#: A bare accession number (without the prefix), for the prefix to be typed before it.
BARE_ACCESSION = re.compile(r"(?<![0-9.A-Z])(?:19|20)[0-9]{2}\.[0-9]{1,3}\.[0-9]{1,2}(?![0-9])")
#: A label's maker line: "Unknown maker, Staffordshire, 1790–1800" (group 1 the maker, group 2
#: the date).
MAKER_LINE = re.compile(
    r"^((?:Unknown maker|[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+, [A-Z][a-z]+)), [A-Z][a-z]+, "
    r"((?:c\. |circa )?1[5-9][0-9]{2}(?:–1[5-9][0-9]{2})?)$",
    re.M,
)
#: A date range a curator may narrow: "1790–1800" (group 1 the first year, 2 the last).
DATE_RANGE = re.compile(r"\b(1[5-9][0-9]{2})–(1[5-9][0-9]{2})\b")
#: A named maker, first name first (group 1 and 2).
MAKER_NAME = re.compile(
    r"\b(" + "|".join(name.split()[0] for name in MAKERS) + r") ([A-Z][a-z]+)\b"
)
#: Dimensions: "H. 32 cm" (group 1 the figure).
DIMENSION = re.compile(r"\b[HWD]\. ([0-9]{1,3}(?:\.[0-9])?) cm\b")
#: A dimensions line: "H. 32 cm, W. 24 cm" (with inches added or given instead).
DIMENSIONS_LINE = re.compile(r"^[HWD]\. [0-9][^\n]*(?:cm|in\.\)?)$", re.M)
CREDIT = re.compile("|".join(re.escape(credit) for credit in CREDITS))
MATERIAL = re.compile("|".join(re.escape(material) for material in MATERIALS))

# -- the gallery guide --------------------------------------------------------------------------

#: A room's head line: "Room 14 · Textiles of West Africa" (group 1 the number).
ROOM_LINE = re.compile(r"^Room ([0-9]{1,2}) · [^\n]+$", re.M)
#: An object line of a room: "1921.34.2  Covered bowl, Unknown maker".
OBJECT_LINE = re.compile(f"^(?:{ACCESSION.pattern})  [^\\n]+$", re.M)

# -- the exhibition checklist -------------------------------------------------------------------

#: A checklist entry's head line: "Cat. 12  Unknown maker  Covered bowl, 1791" (group 1 the
#: number, group 2 the maker, group 3 the year).
CAT_LINE = re.compile(
    r"^Cat\. ([0-9]{1,2})  ((?:Unknown maker|[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+, [A-Z][a-z]+))"
    r"  [^\n]+, (?:c\. |circa )?(1[5-9][0-9]{2})$",
    re.M,
)
CAT_NUMBER = re.compile(r"(?<=^Cat\. )[0-9]{1,2}(?=  )", re.M)

# -- the loans register -------------------------------------------------------------------------

#: A loan's head line: "Loan L2025.07  To Whitworth Art Gallery, Manchester".
LOAN_LINE = re.compile(r"^Loan L20[0-9]{2}\.[0-9]{2}(?: \(amended\))?  To [^\n]+$", re.M)
#: A loan's dates: "Out 3 March 2025  Due back 30 September 2025".
DUE_BACK = re.compile(r"(?<=Due back )[0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2}")

# -- conservation notes -------------------------------------------------------------------------

#: A treatment's head line: "1921.34.2  Covered bowl  Treated 4 March 2025".
TREATED_LINE = re.compile(f"^(?:{ACCESSION.pattern})  [^\\n]+  Treated [^\\n]+$", re.M)

# -- visitors' questions ------------------------------------------------------------------------

#: A question's line: "Q3. Can I take photographs?" (group 1 the number).
QUESTION = re.compile(r"^Q([0-9]{1,2})\. [^\n]+\?$", re.M)
QUESTION_NUMBER = re.compile(r"(?<=^Q)[0-9]{1,2}(?=\. )", re.M)
STOCK_ANSWER = re.compile("|".join(re.escape(answer) for answer in STOCK_ANSWERS))

# -- Vai (Liberia) ------------------------------------------------------------------------------

VAI_DIGITS = "".join(chr(0xA620 + i) for i in range(10))
VAI_COMMA = "\ua60d"
VAI_STOP = "\ua60e"


def vai(words: str) -> str:
    """Vai written from syllable names: syllables joined by "-", words by spaces ("so-we-i"
    is ꗬꖸꔤ); "," and "." as the Vai comma and full stop, digits as they are."""
    out: list[str] = []
    for word in words.split(" "):
        written = ""
        for syllable in word.split("-"):
            stop = syllable[-1] if syllable[-1:] in ",." else ""
            syllable = syllable.rstrip(",.")
            if syllable.isdigit():
                written += syllable
            elif syllable:
                written += unicodedata.lookup(f"VAI SYLLABLE {syllable.upper()}")
            written += {",": VAI_COMMA, ".": VAI_STOP, "": ""}[stop]
        out.append(written)
    return " ".join(out)


#: Vai lines (Western digits; some are written with Vai digits) and their English: a Sande
#: society mask, country cloth, a spoon, the Vai script's own page, places in Grand Cape Mount.
VAI_LINES = tuple(
    (vai(words), english)
    for words, english in (
        (
            "so-we-i ge-ba, sa-nde, ti-e-ni-i 1921.",
            "Sowei mask of the Sande society, Tienii, 1921.",
        ),
        (
            "so-we-i ge-ba, sa-nde, ti-e-ni-i 1931.",
            "Sowei mask of the Sande society, Tienii, 1931.",
        ),
        ("kan-da ba-nda, jo-ndu 1987.", "Country cloth, Jondu, purchased 1987."),
        ("ku-lu ke-nde, bo-mi 12.", "Wooden spoon, Bomi, 12 cm long."),
        ("va-i kan-da, ga-wu-la 1833.", "A page in the Vai script, Gawula, after 1833."),
        ("mo-ro-vi-a 622 00 11.", "Monrovia office: 622 00 11."),
    )
)
VAI_THANKS = vai("i-ni-ke.")
VAI_SYLLABLE = "\ua500-\ua60c"
#: A Vai run: syllables, its stops, digits of either kind, spaces and commas inside.
VAI_RUN = re.compile(
    f"[{VAI_SYLLABLE}][{VAI_SYLLABLE}\ua60d\ua620-\ua629 0-9]*"
    f"[{VAI_SYLLABLE}\ua60e\ua620-\ua6290-9]"
)
#: A Vai word (syllables up to a space or a stop).
VAI_WORD = re.compile(f"[{VAI_SYLLABLE}]+")
#: A Vai run with a digit of either kind in it.
VAI_NUMBERED = re.compile(f"[{VAI_SYLLABLE}][{VAI_SYLLABLE}\ua60d ]*[0-9{VAI_DIGITS}]")

# -- Chakma (Chittagong Hill Tracts) ------------------------------------------------------------

VIRAMA = "\U00011133"
MAAYYAA = "\U00011134"
SIGN_I = "\U00011128"
SIGN_II = "\U00011129"
CHAKMA_DIGITS = "".join(chr(0x11136 + i) for i in range(10))
CHAKMA_DANDA = "\U00011141"
#: Letters and signs by a short name: consonants as their sound, "'" before a vowel sign, "~"
#: the virama (a dead consonant shown), "+" the maayyaa (a stacked conjunct), "M" anusvara.
_CHAKMA = {
    **{
        short: f"LETTER {name}"
        for short, name in (
            ("k", "KAA"), ("kh", "KHAA"), ("g", "GAA"), ("ng", "NGAA"), ("c", "CAA"),
            ("ch", "CHAA"), ("j", "JAA"), ("tt", "TTAA"), ("t", "TAA"), ("th", "THAA"),
            ("d", "DAA"), ("n", "NAA"), ("p", "PAA"), ("ph", "PHAA"), ("b", "BAA"), ("m", "MAA"),
            ("y", "YAA"), ("r", "RAA"), ("l", "LAA"), ("w", "WAA"), ("s", "SAA"), ("h", "HAA"),
            ("A", "AA"), ("I", "I"), ("U", "U"), ("E", "E"),
        )
    },
    "'a": "VOWEL SIGN A", "'i": "VOWEL SIGN I", "'ii": "VOWEL SIGN II", "'u": "VOWEL SIGN U",
    "'e": "VOWEL SIGN E", "'ai": "VOWEL SIGN AI", "'o": "VOWEL SIGN O", "~": "VIRAMA",
    "+": "MAAYYAA", "M": "SIGN ANUSVARA", ".": "DANDA",
}  # fmt: skip


def chakma(words: str) -> str:
    """Chakma written from short names joined by "-" ("p-'i-n-'o-n-~" is pinon), words by
    spaces; digits as they are."""
    out: list[str] = []
    for word in words.split(" "):
        written = ""
        for part in word.split("-"):
            if part.isdigit():
                written += part
                continue
            name = _CHAKMA[part]
            written += unicodedata.lookup(f"CHAKMA {name}")
        out.append(written)
    return unicodedata.normalize("NFC", " ".join(out))


#: Chakma lines (Western digits; some are written with Chakma digits), their Bengali and their
#: English: a woman's wrap (pinon) and breast cloth (khadi), a weaver's pattern book (alam),
#: places in the Hill Tracts.
CHAKMA_LINES = tuple(
    (chakma(words), bengali, english)
    for words, bengali, english in (
        (
            "p-'i-n-'o-n-~ kh-'a-d-'i r-ng-+-g-m-tt-'ii 1987",
            "পিনোন ও খাদি, রাঙামাটি, ১৯৮৭",
            "Pinon and khadi, Rangamati, 1987.",
        ),
        (
            "p-'i-n-'o-n-~ kh-'a-d-'i r-ng-+-g-m-tt-'ii 1978",
            "পিনোন ও খাদি, রাঙামাটি, ১৯৭৮",
            "Pinon and khadi, Rangamati, 1978.",
        ),
        (
            "A-l-m-~ b-'e-n-~ kh-g-+-r-ch-r-'i 2003",
            "আলাম, খাগড়াছড়ি, ২০০৩",
            "Alam pattern book, Khagrachari, 2003.",
        ),
        (
            "b-'e-n-~ s-'u-t-'a b-n-+-d-r-b-n-~ 12",
            "কোমর তাঁত, বান্দরবান",
            "Backstrap loom and thread, Bandarban, 12 colours.",
        ),
        (
            "c-ng-+-m A-l-m-~-.",
            "চাকমা আলাম",
            "A Chakma weaver’s pattern book.",
        ),
    )
)
CHAKMA_THANKS = chakma("d-'o-n-~ y-b-d-~")
CHAKMA_LETTER = "\U00011103-\U00011126\U00011144\U00011147"
CHAKMA_SIGN = "\U00011100-\U00011102\U00011127-\U00011134\U00011145\U00011146"
#: A Chakma run: letters, signs, digits of either kind, spaces and dandas inside.
CHAKMA_RUN = re.compile(
    f"[{CHAKMA_LETTER}][{CHAKMA_LETTER}{CHAKMA_SIGN}\U00011136-\U0001113f\U00011141 0-9]*"
    f"[{CHAKMA_LETTER}{CHAKMA_SIGN}\U00011136-\U0001113f\U000111410-9]"
)
#: A Chakma word (letters and their signs, up to a space).
CHAKMA_WORD = re.compile(f"[{CHAKMA_LETTER}][{CHAKMA_LETTER}{CHAKMA_SIGN}]*")
#: What another keyboard writes differently inside a Chakma run: a conjunct's maayyaa or a
#: virama between two letters, a long or short i, a digit of either kind.
CHAKMA_SPELLING = re.compile(
    f"(?<=[{CHAKMA_LETTER}])[{VIRAMA}{MAAYYAA}](?=[{CHAKMA_LETTER}])|[{SIGN_I}{SIGN_II}]"
    f"|[0-9{CHAKMA_DIGITS}]"
)

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, combining marks) and one of each thing the families edit.
STOCK = (
    f"Published by the Harbourside City Museum{NBSP}🏛 for visitors’ use. "
    f"Covered bowl, 1921.34.2: {UNKNOWN}, Staffordshire, 1790–1800. {MATERIALS[0]}. "
    f"H. 32 cm, W. 24 cm. {PRIVATE_LOAN}. Jug by Hannah Barlow, Lambeth, 1881. Room 14. "
    f"{STOCK_ANSWERS[0]} ‘Spode’ 👩{ZWJ}🎨 "
    f"{VAI_LINES[0][0].translate(str.maketrans('0123456789', VAI_DIGITS))} "
    f"{CHAKMA_LINES[0][0].translate(str.maketrans('0123456789', CHAKMA_DIGITS))}"
)
