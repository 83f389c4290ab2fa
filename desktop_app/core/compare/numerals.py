"""Figures written in words, in many languages ("divdesmit trīs" 23, "kaks ja pool" 2.5)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from desktop_app.core.compare.bantu_numerals import class_prefixed_value, phrase_prefix_length
from desktop_app.core.compare.hand_number_words import HAND_TABLE
from desktop_app.core.compare.lexicon import APOSTROPHE_ENDING, NUMBER_WORDS, SCALE_WORDS
from desktop_app.core.compare.number_words_table import TABLE


def _language_tables() -> dict[str, list[dict[str, dict[str, int]]]]:
    """Every language's tables: num2words' (generated) and the hand-listed ones, which add
    languages num2words lacks and forms it does not write."""
    found: dict[str, list[dict[str, dict[str, int]]]] = {}
    for tables in (TABLE, HAND_TABLE):
        for lang, table in tables.items():
            found.setdefault(lang, []).append(table)
    return found


LANGUAGE_TABLES = _language_tables()

#: Number words of languages num2words does not write (Estonian, Bulgarian, Greek, Albanian,
#: Basque, Galician, Croatian's thousand, Malay's eight), and
#: the case forms and collective numerals news use that a table of nominatives lacks
#: ("kahte", "viie", "troch", "двоје", "Деветнаесторо" is found by its start).
EXTRA_WORDS: dict[str, int] = {
    # Estonian, with the genitive and partitive forms ("üle viie tunni", "kella kahte")
    "üks": 1, "ühe": 1, "kaks": 2, "kahe": 2, "kahte": 2, "kolm": 3, "kolme": 3, "neli": 4,
    "nelja": 4, "viis": 5, "viie": 5, "viit": 5, "kuus": 6, "kuue": 6, "kuut": 6,
    "seitse": 7, "seitsme": 7, "kaheksa": 8, "üheksa": 9, "kümme": 10, "kümne": 10,
    "sada": 100, "saja": 100, "kakssada": 200, "kolmsada": 300, "nelisada": 400,
    "viissada": 500, "kuussada": 600, "seitsesada": 700, "kaheksasada": 800,
    "üheksasada": 900, "tuhat": 1000, "tuhande": 1000, "tuhandet": 1000,
    "kakskümmend": 20, "kolmkümmend": 30, "nelikümmend": 40, "viiskümmend": 50,
    "kuuskümmend": 60, "seitsekümmend": 70, "kaheksakümmend": 80, "üheksakümmend": 90,
    # Croatian
    "tisuću": 1000, "tisuća": 1000, "tisuće": 1000,
    # Slavic oblique cases and collectives (Slovak, Czech, Russian, Ukrainian, Serbian,
    # Croatian, Slovene, Bulgarian)
    "dvoch": 2, "dvom": 2, "troch": 3, "trom": 3, "štyroch": 4, "dvou": 2, "dvěma": 2,
    "tří": 3, "třech": 3, "čtyř": 4, "čtyřech": 4, "двух": 2, "трёх": 3, "трех": 3,
    "четырёх": 4, "четырех": 4, "двох": 2, "трьох": 3, "чотирьох": 4,
    "dvoje": 2, "troje": 3, "četvoro": 4, "petoro": 5, "šestoro": 6,
    "двоје": 2, "троје": 3, "четворо": 4, "петоро": 5, "шесторо": 6,
    "dveh": 2, "treh": 3, "štirih": 4, "двама": 2, "трима": 3, "двете": 2,
    "dvije": 2, "dviju": 2, "triju": 3,
    # Bulgarian where it differs from Serbian and Russian
    "седем": 7, "осем": 8, "двадесет": 20, "тридесет": 30, "петдесет": 50, "хиляди": 1000,
    "хиляда": 1000, "милиона": 10**6,
    # Greek tens and teens (the units are in lexicon.NUMBER_WORDS), thousands
    "έντεκα": 11, "δώδεκα": 12, "είκοσι": 20, "τριάντα": 30, "σαράντα": 40, "πενήντα": 50,
    "εξήντα": 60, "εβδομήντα": 70, "ογδόντα": 80, "ενενήντα": 90, "χίλιοι": 1000,
    "χίλιες": 1000, "χίλια": 1000, "χιλιάδες": 1000,
    # Albanian, Basque, Galician and Malay (where Indonesian differs)
    "dy": 2, "katër": 4, "pesë": 5, "gjashtë": 6, "shtatë": 7, "tetë": 8, "nëntë": 9,
    "dhjetë": 10, "njëzet": 20, "qind": 100, "mijë": 1000,
    "hiru": 3, "bost": 5, "zazpi": 7, "zortzi": 8, "bederatzi": 9, "hamar": 10, "hogei": 20,
    "ehun": 100,
    "dous": 2, "catro": 4, "lapan": 8, "sembilan": 9,
    # Galician (and Portuguese) feminine forms: "dúas semanas", "seiscentas mariscadoras"
    "dúas": 2, "douscentas": 200, "trescentas": 300, "catrocentas": 400, "cincocentas": 500,
    "quiñentas": 500, "seiscentas": 600, "setecentas": 700, "oitocentas": 800,
    "novecentas": 900,
    # Latvian and Lithuanian oblique forms
    "divu": 2, "diviem": 2, "trijiem": 3, "dviejų": 2, "trijų": 3,
    # Welsh as news write it: the decimal tens ("saith deg", see TEN_MULTIPLIERS), short
    # forms before a noun ("pum mil", "chwe deg") and the mutated forms ("bum mil", "dri",
    # "bedwar o'r gloch", "ddeg")
    "pum": 5, "chwe": 6, "ddau": 2, "ddwy": 2, "dri": 3, "thri": 3, "dair": 3,
    "bedwar": 4, "phedwar": 4, "bedair": 4, "bum": 5, "bump": 5, "phump": 5, "ddeg": 10,
    "ddeuddeg": 12, "bymtheg": 15, "ddeunaw": 18, "hugain": 20, "drigain": 60,
    "thrigain": 60,
    # Basque beyond the above ("hogeita sei" is in EXTRA_PHRASES), with the "-ak" of a
    # number said alone ("goizeko bostak", five in the morning; "bederatziak", the nine)
    "lau": 4, "hamaika": 11, "hamabi": 12, "hamahiru": 13, "hamalau": 14, "hamabost": 15,
    "hamasei": 16, "hamazazpi": 17, "hemezortzi": 18, "hemeretzi": 19, "berrogei": 40,
    "hirurogei": 60, "laurogei": 80, "berrehun": 200, "hirurehun": 300, "laurehun": 400,
    "bostehun": 500, "seiehun": 600, "zazpiehun": 700, "zortziehun": 800,
    "bederatziehun": 900, "biak": 2, "hirurak": 3, "laurak": 4, "bostak": 5, "seiak": 6,
    "zazpiak": 7, "zortziak": 8, "bederatziak": 9, "hamarrak": 10, "hamaikak": 11,
    "hamabiak": 12,
    # Malay's hundred and thousand in one word, and its ten after a unit ("lapan puluh")
    "seratus": 100, "seribu": 1000, "puluh": 10,
}  # fmt: skip
#: Swahili, with the noun-class forms of two to five ("vijiji vitatu", "watu wawili").
SWAHILI_WORDS: dict[str, int] = {
    "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9,
    "kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50,
    "sitini": 60, "sabini": 70, "themanini": 80, "tisini": 90, "elfu": 1000,
    "wawili": 2, "watatu": 3, "wanne": 4, "watano": 5, "viwili": 2, "vitatu": 3, "vinne": 4,
    "vitano": 5, "miwili": 2, "mitatu": 3, "mitano": 5, "mawili": 2, "matatu": 3,
    "manne": 4, "matano": 5,
}  # fmt: skip
EXTRA_WORDS.update(SWAHILI_WORDS)
#: Tagalog: the numbers and, for those ending in a vowel, the form with the linker "-ng"
#: ("dalawang bumbero", "Isandaan at dalawampung puwesto"), "-g" after an n ("limandaang
#: tindero"); "daan" and
#: "raan" are the hundred after a numeral ("tatlong daan", "apat na raan").
TAGALOG_WORDS: dict[str, int] = {
    "isa": 1, "dalawa": 2, "tatlo": 3, "apat": 4, "anim": 6, "pito": 7, "walo": 8,
    "siyam": 9, "sampu": 10, "dalawampu": 20, "tatlumpu": 30, "apatnapu": 40,
    "limampu": 50, "animnapu": 60, "pitumpu": 70, "walumpu": 80, "siyamnapu": 90,
    "daan": 100, "raan": 100, "sandaan": 100, "isandaan": 100, "dalawandaan": 200,
    "tatlondaan": 300, "apatnaraan": 400, "limandaan": 500, "animnaraan": 600,
    "pitondaan": 700, "walondaan": 800, "siyamnaraan": 900, "libo": 1000, "sanlibo": 1000,
}  # fmt: skip
EXTRA_WORDS.update(TAGALOG_WORDS)
# The Spanish numbers Tagalog tells the hours with ("alas-siyete"), where they differ
EXTRA_WORDS.update({"kuwatro": 4, "singko": 5, "siyete": 7, "otso": 8, "nuwebe": 9, "diyes": 10})
EXTRA_WORDS.update({w + "ng": v for w, v in TAGALOG_WORDS.items() if w[-1] in "aeiou"})
EXTRA_WORDS.update({w + "g": v for w, v in TAGALOG_WORDS.items() if w[-1] == "n"})
EXTRA_WORDS["limang"] = 5  # "lima" itself is Malay's and Indonesian's five too
# A ten with "at" (and) shortened onto it: "limampu't dalawa" 52
EXTRA_WORDS.update(
    {w + mark + "t": v for w, v in TAGALOG_WORDS.items() if w.endswith("pu") for mark in "'’"}
)
#: Tagalog teens, ten ("labi", over) and a unit in one word ("labindalawa" 12, "labinlimang
#: tao") or two joined by a hyphen ("labing-apat" 14, "labing-dalawang bahay": its second
#: word alone is no two); and a hundred after "isa" apart ("isang daan" 100).
TAGALOG_TEENS: dict[str, int] = {
    "labindalawa": 12, "labintatlo": 13, "labinlima": 15, "labimpito": 17, "labingwalo": 18,
    "labinsiyam": 19, "labing-isa": 11, "labing-apat": 14, "labing-anim": 16,
}  # fmt: skip
EXTRA_WORDS.update({w: v for w, v in TAGALOG_TEENS.items() if "-" not in w})
EXTRA_WORDS.update({w + "ng": v for w, v in TAGALOG_TEENS.items() if "-" not in w})
#: Conjunctions of one language join only its own number words: Swahili "kumi na mbili" 12,
#: Tagalog "apat na raan" 400 and "isandaan at dalawampu" 120; not "a hundred at five sites"
#: nor Polish "sto na pięć" (a hundred for five).
_TAGALOG_FORMS = frozenset(
    w for w in EXTRA_WORDS if w in TAGALOG_WORDS or {w[:-1], w[:-2]} & TAGALOG_WORDS.keys()
)
LOCAL_CONJUNCTIONS: dict[str, frozenset[str]] = {
    "na": frozenset({*SWAHILI_WORDS, *_TAGALOG_FORMS}),
    "at": _TAGALOG_FORMS,
}
#: Basque tens joined to a unit by "-ta" ("hogeita sei" 26, "berrogeita hamar" 50): every
#: such phrase, the unit of one to nineteen.
_BASQUE_UNITS = {
    "bat": 1, "bi": 2, "hiru": 3, "lau": 4, "bost": 5, "sei": 6, "zazpi": 7, "zortzi": 8,
    "bederatzi": 9, "hamar": 10, "hamaika": 11, "hamabi": 12, "hamahiru": 13,
    "hamalau": 14, "hamabost": 15, "hamasei": 16, "hamazazpi": 17, "hemezortzi": 18,
    "hemeretzi": 19,
}  # fmt: skip
EXTRA_PHRASES: dict[str, int] = {
    f"{tens} {unit}": base + value
    for tens, base in (("hogeita", 20), ("berrogeita", 40), ("hirurogeita", 60),
                       ("laurogeita", 80))
    for unit, value in _BASQUE_UNITS.items()
}  # fmt: skip
# Tagalog's two-word teens and hundred (see TAGALOG_TEENS)
EXTRA_PHRASES.update(
    {
        f"labing {unit}{link}": 10 + value
        for unit, value in TAGALOG_WORDS.items()
        if value < 10
        for link in ("", "ng" if unit[-1] in "aeiou" else "")
    }
)
EXTRA_PHRASES.update({"isang daan": 100, "isang daang": 100})
#: Words for ten that multiply the unit before them, as a hundred does ("lapan puluh" 80 in
#: Malay and Indonesian, "saith deg" 70 in Welsh).
TEN_MULTIPLIERS = frozenset({"puluh", "deg", "ddeg"})
#: Swahili puts the hundred and the thousand before their multiplier ("mia moja na ishirini"
#: 120, "elfu mbili" 2,000): these words take the unit after them.
LEADING_SCALES = {"mia": 100, "elfu": 1000}
SWAHILI_UNITS = {"moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6,
                 "saba": 7, "nane": 8, "tisa": 9}  # fmt: skip
#: Words for a half, which follows a numeral and a conjunction ("two and a half", "kaks ja
#: pool", "dva i pol", "dva a půl") …
HALVES = frozenset(
    str.split(
        "half halb halv halve halvt demi mezzo medio media meio meia pool puoli pol půl pół "
        "pola пол пів пола половина "
        # round 175: the halves of languages and dialects the tables lack, from their
        # grammars (Corsican, Asturian, Neapolitan, Venetian and Ligurian, Catalan,
        # Aragonese, Karelian and Veps, Silesian, Romanian, Turkish, Hungarian, Welsh,
        # Persian and Dari, Chuvash): "mezu milione", "mediu millón", "miezo milione",
        # "puol miljoonaa", "نیم میلیون" are half a million
        "mezu mediu miezo mezo mig meya puol pōł jumătate yarım fél hanner نیم ҫур"
    )
)
#: … or is one word with the one before it (one and a half).
ONE_AND_A_HALF = ("pusotr", "pusantr", "półtor", "полтор", "півтор", "poolteist",
                  "puolitoista", "anderthalb", "eineinhalb", "halvanden", "halvannen",
                  "jedenapol", "jedenapół")  # fmt: skip
#: Words that join the parts of one number ("four hundred and eleven", "dos mil y cien").
CONJUNCTIONS = frozenset(
    str.split("and a an und og och et y e i и і ja és și ve dan và en ar ac eta na at")
)
#: Number words that are common other words somewhere (articles, pronouns, "bin", "due",
#: "sei", English "fire", "hat", "set" that are four, six, seven elsewhere): read only
#: beside another number word or a word of scale that is not one of these ("vingt et un",
#: "un million"), never alone. Every word for one, and of two letters or fewer, is one too.
AMBIGUOUS = frozenset(
    str.split(
        "one un une ein eine einen einem einer ett elf sex fem due cent cents mie bin "
        "yüz sto neuf sept once dos lima otto tien mila sat hai bay fire hat set opt pump cant "
        "nou deu năm hét pet nouă sei daan daang raan raang bum bump "
        # Tajik "сад" (a hundred; a garden in Russian), Esperanto "ses" and "sep" (six and
        # seven; Catalan "his", a month cut short)
        "сад ses sep "
        # Pashto "زر" (soon) and "نوي" (new), Bengali "নয়" (is not), Malagasy "valo" (the
        # Finnish for light), Haitian Creole words that are French, Dutch or Turkish ones
        "زر نوي নয় valo kat sis uit dis ven san "
        # Nepali "छ" (is) and "सत्र" (a session in Hindi), Urdu "نو" (new in Persian), "سو"
        # (so), "اسی" (that same); Hausa "tara"; Irish "dó" (to him), "trí" (through), "sé"
        # (he), "míle" (a mile), "fiche" (French); Maltese "mitt" and "sitt" (Swedish), "disa"
        # (Albanian); Somali "kun", "afar", "laba" (words or names elsewhere); Kurdish "not"
        # (ninety)
        "छ सत्र نو سو اسی tara dó trí sé míle fiche mitt sitt disa kun afar laba not"
    )
)
#: Number words that are names or nouns elsewhere when capitalised inside a sentence (Sita,
#: Saba, Lima; German "Wanne", a tub; Swedish "Manne"): then no number.
NAMES_TOO = frozenset(
    str.split(
        "sita saba lima pito isa tano nane anim libo wanne manne kumi roa telo fito goma shan ming "
        # Ilocano "siam" (nine), the name of Thailand and of a rice ("Siam Mutiara")
        "siam"
    )
)
#: Case and collective endings a Slavic, Baltic or Finnic numeral may take past the form in
#: the table ("Деветнаесторо", "četrus", "penkių"), at most this many letters …
ENDING_SLACK = 3
#: … and a Turkic, Mongolic or Dravidian one, whose endings are longer: Kyrgyz "сексенден",
#: Kannada "ಮೂವತ್ತಕ್ಕೂ" (more than thirty: the vowel sign of "ಮೂವತ್ತು" gives way to "ಕ್ಕೂ",
#: four code points), Telugu "ముప్పైకి", Turkmen "dokuzynjy" (ninth), Tatar "сигезенче"
#: (eighth; round 67: with Tatar, Bashkir, Turkmen and Mongolian, 2 contradictions more
#: labelled right on all 288 development pairs, nothing else moved).
AGGLUTINATING_SLACK = 5
#: The shortest start of a word matched that way ("девят" of "девяти"; never "три").
STEM_MIN = 5
#: Languages whose numerals take case endings, with the letters an ending may have.
INFLECTING = {
    **dict.fromkeys(("ru", "uk", "sr", "sr_cyrl", "sk", "cs", "pl", "sl", "lt", "lv", "fi",
                     "mk"), ENDING_SLACK),
    **dict.fromkeys(("ky", "kn", "te", "uz", "tt", "ba", "tk", "mn"), AGGLUTINATING_SLACK),
}  # fmt: skip
#: An ending that makes the figure rough ("педесетак", about fifty; "десетине", tens of;
#: Macedonian "дваесетина", some twenty).
APPROXIMATE_ENDINGS = ("ак", "ak", "ине", "ine", "ина")
#: The words of South Asian writing for a lakh (100,000) and a crore (ten million), which
#: Hindi, Urdu, Bengali, Assamese, Nepali, Marathi, Gujarati, Punjabi, Odia and the Dravidian
#: languages write, and English in India and Pakistan ("₹3 lakh", "2 crore"), with the
#: plural and case forms news write ("లక్షలు", "कोटी"). The generated table reads Assamese
#: "লাখ", Malayalam "ലക്ഷം" and Marathi "लाख" as a million and "কোটি" as a billion (num2words'
#: own error): a figure there was ten times too large, "രണ്ട് ലക്ഷം" (two lakh) read as
#: 2,000,000 against "2 ലക്ഷം". Round 180 puts these values over every table's.
SOUTH_ASIAN_SCALES: dict[str, int] = {
    **dict.fromkeys(
        str.split(
            "lakh lakhs लाख লাখ লক্ষ ലക്ഷം ലക്ഷത്തി லட்சம் லட்சத்து లక్ష లక్షలు లక్షల ಲಕ್ಷ લાખ ਲੱਖ لاکھ ଲକ୍ଷ"
        ),
        10**5,
    ),
    **dict.fromkeys(
        str.split("crore crores करोड़ करोड कोटी কোটি കോടി கோடி కోటి కోట్ల కోట్లు ಕೋಟಿ કરોડ ਕਰੋੜ کروڑ କୋଟି"),
        10**7,
    ),
}
#: A thousand, a million and a billion: a glued word of that value alone ("eintausend") is a
#: word of scale; one of a lakh's value ("einhunderttausend") is a figure.
_THOUSANDS = (1000, 10**6, 10**9)
_SCALE_VALUES = (*_THOUSANDS, *sorted(set(SOUTH_ASIAN_SCALES.values())))
#: A word with its combining marks and joiners (the ``regex`` module's Unicode ``\w``).
_WORD = regex.compile(r"[^\W\d_]+" + APOSTROPHE_ENDING)
#: What may stand between two words of one number.
_GAP = re.compile(r"[\s\u00a0-]+|,\s+")
#: The numerals of the Ethiopic script, which Ge'ez, Amharic, Tigrinya and Tigre texts use for
#: dates and counts: the units ፩-፱, the tens ፲-፺, ፻ (a hundred) and ፼ (ten thousand), each
#: with its value in Unicode. They are no decimal digits (Unicode's "other numbers"), so
#: neither the figures nor the words of a sentence took them: "፲፬ ፖሊስ" (14 police officers)
#: against "ዐሰር ፖሊስ", "፲፰ መጋቢት" against "፲፱ መጋቢት" were read as no figure at all. Round 156,
#: on all 480 development pairs (only `nehas_shebaqot`, Tigre, entry 116, writes them): 3
#: true contradictions labelled right, none made, one false pair more (a sentence's terms
#: weigh otherwise once its figures are read); with it off a run is read as a word.
READ_ETHIOPIC_NUMERALS = True
ETHIOPIC_NUMERALS = "[\u1369-\u137c]+"
_ETHIOPIC = regex.compile(ETHIOPIC_NUMERALS)
#: What ``read_numerals`` reads: an Ethiopic numeral or a word.
_NUMERAL_OR_WORD = regex.compile(ETHIOPIC_NUMERALS + "|" + _WORD.pattern)
_HUNDRED, _MYRIAD = 100, 10_000


def ethiopic_value(run: str) -> int | None:
    """The value of a run of Ethiopic numerals ("፲፬" 14, "፫፻፶" 350, "፳፻፳፯" 2027), or None when
    the run is not written as the script writes a number.

    A hundred multiplies the tens and units just before it (one when there are none), ten
    thousand everything before it; within a hundred the ten comes before the unit, at most
    one of each, and between two ten thousands there is at most one hundred ("፻፻" and
    "፪፻፫፻" are no number: a thousand is "፲፻", ten thousand "፼").
    """
    total = below_myriad = small = 0
    hundred_taken = False  # a ፻ since the last ፼
    last = _MYRIAD * 10  # the last sign's place: a unit, a ten or a multiplier
    for char in run:
        value = int(unicodedata.numeric(char))
        if value in (_HUNDRED, _MYRIAD):
            if value == _HUNDRED:
                if hundred_taken:
                    return None
                below_myriad, hundred_taken = (small or 1) * _HUNDRED, True
            else:
                total = (total + below_myriad + small or 1) * _MYRIAD
                below_myriad, hundred_taken = 0, False
            small, last = 0, _MYRIAD * 10
            continue
        place = 10 if value >= 10 else 1
        if place >= last:
            return None  # "፩፲", "፲፲": not how the script writes a number
        small, last = small + value, place
    return total + below_myriad + small


@dataclass(frozen=True, slots=True)
class Numeral:
    """A figure written in words: where it is, its key ("#23", "#2.5") and how it is given."""

    start: int
    end: int
    key: str
    #: given roughly by the word itself ("педесетак")
    rough: bool = False
    #: a hundred's word of scale alone ("ɗari", "ሚእቲ"): as rough as "a thousand" is
    scale_alone: bool = False


def _merged() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Words, phrases and scale words of all languages; a word two languages read as two
    different values is left out."""
    words: dict[str, set[int]] = {}
    phrases: dict[str, set[int]] = {}
    scales: dict[str, set[int]] = {}
    for table in (t for tables in LANGUAGE_TABLES.values() for t in tables):
        for word, value in table["words"].items():
            words.setdefault(word, set()).add(value)
        for phrase, value in table["phrases"].items():
            phrases.setdefault(phrase, set()).add(value)
        for word, value in table["scales"].items():
            scales.setdefault(word, set()).add(value)
    for word, raw in NUMBER_WORDS.items():
        words.setdefault(word, set()).add(int(raw))
    for word, value in EXTRA_WORDS.items():
        # "хиляди", "mijë", "tuhat": words of scale after digits too ("20 хиляди" is 20,000)
        (scales if value in _SCALE_VALUES else words).setdefault(word, set()).add(value)
    for phrase, value in EXTRA_PHRASES.items():
        phrases.setdefault(phrase, set()).add(value)
    for word, value in SOUTH_ASIAN_SCALES.items():
        words.pop(word, None)
        scales[word] = {value}
    return (
        {w: next(iter(v)) for w, v in words.items() if len(v) == 1},
        {p: next(iter(v)) for p, v in phrases.items() if len(v) == 1},
        {w: next(iter(v)) for w, v in scales.items() if len(v) == 1 and w not in words},
    )


WORD_VALUES, PHRASE_VALUES, SCALE_VALUES = _merged()


def _languages() -> dict[str, set[str]]:
    """The languages of each word of the table."""
    found: dict[str, set[str]] = {}
    for lang, tables in LANGUAGE_TABLES.items():
        for table in tables:
            for word in (*table["words"], *table["scales"]):
                found.setdefault(word, set()).add(lang)
    return found


_LANGUAGES = _languages()
_LONGEST_PHRASE = max(len(p.split()) for p in PHRASE_VALUES)
_PHRASE_STARTS = frozenset(p.split()[0] for p in PHRASE_VALUES)


def _stems() -> dict[str, tuple[int, int]]:
    """Starts of the inflecting languages' numerals, for words with a case ending: each
    with its value and the letters an ending may have."""
    found: dict[str, set[int]] = {}
    slack: dict[str, int] = {}
    for lang, ending in INFLECTING.items():
        for table in LANGUAGE_TABLES[lang]:
            for word, value in table["words"].items():
                for stem in (word, word[:-1]):
                    if len(stem) >= STEM_MIN:
                        found.setdefault(stem, set()).add(value)
                        slack[stem] = max(slack.get(stem, 0), ending)
    return {stem: (next(iter(v)), slack[stem]) for stem, v in found.items() if len(v) == 1}


_STEMS = _stems()
_MOST_SLACK = max(INFLECTING.values())


@lru_cache(maxsize=65536)
def word_value(lowered: str) -> tuple[Decimal | None, bool]:
    """The value of one number word (a half is 0.5), and whether it is rough; None if none."""
    if lowered in WORD_VALUES:
        return Decimal(WORD_VALUES[lowered]), False
    if lowered in SCALE_VALUES:
        return Decimal(SCALE_VALUES[lowered]), False
    if lowered in HALVES:
        return Decimal("0.5"), False
    if lowered.startswith(ONE_AND_A_HALF):
        return Decimal("1.5"), False
    for k in range(len(lowered) - 1, max(STEM_MIN, len(lowered) - _MOST_SLACK) - 1, -1):
        stem = _STEMS.get(lowered[:k])
        if stem is not None and len(lowered) - k <= stem[1]:
            return Decimal(stem[0]), lowered.endswith(APPROXIMATE_ENDINGS)
    return None, False


#: A word this long that the tables lack may be number words written as one (German, Dutch
#: and Scandinavian glue them: "zweitausendeinhundert", "twaalfduizend") …
COMPOUND_LETTERS = 8
#: … each part of at least this many letters ("ein" of "einhundert" is read inside its part).
COMPOUND_PART = 3


#: The words of scale a glued number may hold: the tables' and the lexicon's whole words
#: ("tausend" of "einhunderttausend", which num2words writes only glued itself).
_GLUED_SCALES = {
    **{
        word: {"k": 1000, "m": 10**6, "bn": 10**9}[scale]
        for word, scale in SCALE_WORDS.items()
        if len(word) >= 5 and scale in ("k", "m", "bn") and word not in WORD_VALUES
    },
    **SCALE_VALUES,
}
_PART_STARTS = frozenset(w[:COMPOUND_PART] for w in (*WORD_VALUES, *_GLUED_SCALES))
_PART_ENDS = frozenset(w[-COMPOUND_PART:] for w in (*WORD_VALUES, *_GLUED_SCALES))


@lru_cache(maxsize=65536)
def compound_value(lowered: str) -> Decimal | None:
    """The figure of a word made of number words of the tables, glued ("twaalfduizend" is
    12,000, "zweitausendeinhundert" 2,100), in the fewest parts; None if it is not one."""
    if lowered[:COMPOUND_PART] not in _PART_STARTS or lowered[-COMPOUND_PART:] not in _PART_ENDS:
        return None  # most long words: no number word starts or ends them
    fewest: list[list[str] | None] = [None] * (len(lowered) + 1)
    fewest[0] = []
    for end in range(COMPOUND_PART, len(lowered) + 1):
        for begin in range(0, end - COMPOUND_PART + 1):
            head = fewest[begin]
            part = lowered[begin:end]
            if head is None or (part not in WORD_VALUES and part not in _GLUED_SCALES):
                continue
            best = fewest[end]
            if best is None or len(head) + 1 < len(best):
                fewest[end] = [*head, part]
    parts = fewest[len(lowered)]
    if parts is None or len(parts) < 2:
        return None
    # Glued to the others, no part is a weak word ("tien", "sei" that are other words alone):
    # each is named for the parser by its value, not its letters.
    atoms = [
        _Atom(0, 0, Decimal(value), f"glued {value}", False)
        for value in (WORD_VALUES.get(p, _GLUED_SCALES.get(p, 0)) for p in parts)
    ]
    numeral, used = _combine(atoms)
    if numeral is None or used != len(atoms):
        return None
    return Decimal(numeral.key[1:])


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: Decimal
    lowered: str
    rough: bool


def read_numerals(text: str, start: int, stop: int) -> list[Numeral]:
    """The figures written in words in ``text[start:stop]``, in order."""
    atoms: list[_Atom | None] = []
    for match in _NUMERAL_OR_WORD.finditer(text, start, stop):
        lowered = match.group(0).lower()
        if _ETHIOPIC.fullmatch(lowered):
            written = ethiopic_value(lowered) if READ_ETHIOPIC_NUMERALS else None
            value_of = Decimal(-1 if written is None else written)
            atoms.append(_Atom(match.start(), match.end(), value_of, lowered, False))
            continue
        cut = phrase_prefix_length(lowered, _PHRASE_STARTS)
        phrase = _phrase_at(text, match, stop, cut) if lowered[cut:] in _PHRASE_STARTS else None
        if phrase is not None:
            atoms.append(phrase)
            continue
        if lowered in LEADING_SCALES:
            unit = _unit_after(text, match.end(), stop)
            if unit is not None:
                product = LEADING_SCALES[lowered] * SWAHILI_UNITS[unit.group(0).lower()]
                words = f"{lowered} {unit.group(0).lower()}"
                atoms.append(_Atom(match.start(), unit.end(), Decimal(product), words, False))
                continue
        value, rough = word_value(lowered)
        if value is None and len(lowered) >= COMPOUND_LETTERS:
            value = compound_value(lowered)
        if value is None and not (match.group(0)[0].isupper() and match.start() > start):
            # a Bantu numeral follows its noun, in lower case ("Mabini" is a name)
            previous = atoms[-1] if atoms else None
            value = class_prefixed_value(lowered, previous.lowered if previous else "")
        if lowered in ("a", "an") and _half_follows(text, match.end(), stop):
            value = Decimal(1)  # "two and a half": the article of the half
        capitalised_inside = match.group(0)[0].isupper() and match.start() > start
        if value is None or (capitalised_inside and lowered in (AMBIGUOUS | NAMES_TOO)):
            atoms.append(_Atom(match.start(), match.end(), Decimal(-1), lowered, False))
        else:
            atoms.append(_Atom(match.start(), match.end(), value, lowered, rough))
    return _numbers(text, _dedupe(atoms))


def _unit_after(text: str, end: int, stop: int) -> regex.Match[str] | None:
    """The Swahili unit right after a leading hundred or thousand ("mia moja"), if any."""
    gap = _GAP.match(text, end, stop)
    after = _WORD.match(text, gap.end(), stop) if gap is not None else None
    return after if after is not None and after.group(0).lower() in SWAHILI_UNITS else None


def _half_follows(text: str, end: int, stop: int) -> bool:
    gap = _GAP.match(text, end, stop)
    after = _WORD.match(text, gap.end(), stop) if gap is not None else None
    return after is not None and after.group(0).lower() in HALVES


def _phrase_at(text: str, match: regex.Match[str], stop: int, cut: int = 0) -> _Atom | None:
    """A phrase of the table starting at ``match`` ("quatre-vingt-dix", "ثلاثة و عشرون"),
    the first ``cut`` letters of its first word left out (a Zulu prefix: "kwamashumi amane")."""
    words = [match]
    for _ in range(_LONGEST_PHRASE - 1):
        gap = _GAP.match(text, words[-1].end(), stop)
        nxt = _WORD.match(text, gap.end(), stop) if gap is not None else None
        if nxt is None:
            break
        words.append(nxt)
    for n in range(len(words), 1, -1):
        key = " ".join(w.group(0).lower() for w in words[:n])[cut:]
        if key in PHRASE_VALUES:
            return _Atom(match.start(), words[n - 1].end(), Decimal(PHRASE_VALUES[key]), key, False)
    return None


def _dedupe(atoms: list[_Atom | None]) -> list[_Atom | None]:
    """The atoms with the words inside a phrase already read left out."""
    kept: list[_Atom | None] = []
    reach = -1
    for atom in atoms:
        if atom is not None and atom.start < reach:
            continue
        kept.append(atom)
        if atom is not None:
            reach = max(reach, atom.end)
    return kept


def _numbers(text: str, atoms: list[_Atom | None]) -> list[Numeral]:
    found: list[Numeral] = []
    k = 0
    while k < len(atoms):
        run = _run(text, atoms, k)
        if not run:
            k += 1  # no number word here (most words): nothing to combine
            continue
        numeral, used = _combine([atoms[m] for m in run])  # type: ignore[misc]
        if numeral is not None:
            found.append(numeral)
        k = run[used - 1] + 1 if used else k + 1
    return found


def _is_number(atom: _Atom | None) -> bool:
    return atom is not None and atom.value >= 0


def _in_ethiopic_numerals(atom: _Atom | None) -> bool:
    """Whether the atom is a run of Ethiopic numerals ("፲፬"), not a word."""
    return atom is not None and _ETHIOPIC.fullmatch(atom.lowered) is not None


def _run(text: str, atoms: list[_Atom | None], k: int) -> list[int]:
    """Where the number words from ``atoms[k]`` on that make one number are (conjunctions
    between them skipped)."""
    if not _is_number(atoms[k]):
        return []
    run = [k]
    m = k + 1
    while m < len(atoms):
        previous, nxt = atoms[m - 1], atoms[m]
        if nxt is None or previous is None or not _GAP.fullmatch(text[previous.end : nxt.start]):
            break
        if _is_number(nxt):
            if _in_ethiopic_numerals(atoms[run[-1]]) and _in_ethiopic_numerals(nxt):
                break  # "፳ ፬", "፳ ና ፬": two figures, as "20 4" is; the script writes one unbroken
            run.append(m)
            m += 1
            continue
        after = atoms[m + 1] if m + 1 < len(atoms) else None
        if nxt.lowered not in CONJUNCTIONS or not _is_number(after) or m - 1 != run[-1]:
            break
        local = LOCAL_CONJUNCTIONS.get(nxt.lowered)
        if local is not None and after is not None and after.lowered not in local:
            break
        m += 1
    return run


#: Scripts whose words of two letters are mostly articles, pronouns and prepositions ("to",
#: "on", "он", "دو"); in the others (Gurmukhi "ਦੋ", two, is a letter and a vowel sign;
#: Bengali "দশ", ten) a short number word is as sure as a long one.
_SHORT_WORDS_WEAK = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}]")


def _is_short(lowered: str) -> bool:
    return len(lowered) <= 2 and _SHORT_WORDS_WEAK.match(lowered) is not None


def _is_weak(atom: _Atom) -> bool:
    """Whether the word may be no number at all ("one", "un", "to", "bin"); an Ethiopic
    numeral, ፩ (one) too, is always a number."""
    if _in_ethiopic_numerals(atom):
        return False
    return atom.lowered in AMBIGUOUS or atom.value == 1 or _is_short(atom.lowered)


def _may_lead(atom: _Atom, scale: _Atom) -> bool:
    """Whether a weak word may start a number before a scale: an article ("un million"), a
    word of three letters or more ("dos mil"), or one of two letters with a scale of its own
    language ("du tūkstančiai", "to tusen"; not "on millions of", "on bin")."""
    if atom.value == 1 or len(atom.lowered) > 2:
        return True
    shared = _LANGUAGES.get(atom.lowered, set()) & _LANGUAGES.get(scale.lowered, set())
    return bool(shared) and not _is_weak(scale)


def _multiplies(atom: _Atom) -> bool:
    """Whether the word is a hundred or a word of scale ("cents", "thousand", "bin")."""
    return atom.value == 100 or atom.value in _SCALE_VALUES


#: The whole units a hundred multiplies ("tri chant"): not a figure with a half, so "dva i pol
#: sata" (two and a half hours, Croatian) is 2.5 and then a word, not 250.
_UNITS = frozenset(Decimal(unit) for unit in range(1, 10))


#: Latin letters, which the tables of many unrelated languages share.
_LATIN = regex.compile(r"\p{Latin}")


def _one_language(unit: _Atom, hundred: _Atom) -> bool:
    """Whether a unit and the hundred after it may be of one language: not, in Latin script,
    when the tables give each only languages the other lacks (Croatian "dva sata" is two
    hours, "sata" the Finnish hundred; Irish "an bheirt san uisce", the two in the water,
    "san" the Haitian one). Other scripts serve few languages, and kin ones, that borrow
    each other's numerals (Maithili "छह सय", six hundred: Hindi's six, Nepali's hundred)."""
    if not (_LATIN.match(unit.lowered) and _LATIN.match(hundred.lowered)):
        return True
    languages = _LANGUAGES.get(unit.lowered), _LANGUAGES.get(hundred.lowered)
    return not (languages[0] and languages[1] and languages[0].isdisjoint(languages[1]))


def _combine(run: list[_Atom]) -> tuple[Numeral | None, int]:
    """The figure of a run of number words (None when it reads as none), and how many of
    its words it took.

    Scales multiply what comes before them, a hundred the digit before it; a number adds to
    one that ends in enough zeros ("twenty three", "kaksituhatta sata"); a half adds 0.5,
    its article left out ("two and a half"), or half the word of scale just before it ("a
    million and a half"), and one before a word of scale is halved by it ("half a million",
    "pół miliona": round 72, a contradiction labelled right on all 304 development pairs,
    where "pół miliona" was read as a million too rough to dispute; nothing else moved). A
    run that does not add up that way ("three twenty") stops where it breaks. A weak word
    ("to", "sept", "bin") joins only before a hundred or a scale ("to tusen", "sept cents")
    or as one after a word that is surely a number ("iki bin"; not "on bin").
    """
    total = Decimal(0)
    current = Decimal(0)
    kept: list[_Atom] = []
    halved = Decimal(0)  # the word of scale just read, which a half after it halves
    for index, atom in enumerate(run):
        value = atom.value
        if value not in _SCALE_VALUES and value != 1 and value != Decimal("0.5"):
            halved = Decimal(0)
        following = run[index + 1] if index + 1 < len(run) else None
        if following is not None and following.value == Decimal("0.5") and value == 1:
            kept.append(atom)  # "a half", "en halv": the article of the half
            continue
        before_scale = following is not None and _multiplies(following)
        leads = following is not None and before_scale and _may_lead(atom, following)
        if not index and _is_weak(atom) and not leads:
            return None, 1  # "on two" (ten in Turkish), "to millions": no number starts here
        if index and _is_weak(atom):
            after_number = _multiplies(atom) and any(not _is_weak(k) for k in kept)
            # "lapan puluh lima", "dalawampu't isa": a unit ends tens told by a unit and a
            # ten, or by a ten with "and" on it
            ten = kept[-1].lowered
            unit_of_tens = (
                0 < value < 10
                and len(atom.lowered) > 2
                and (ten in TEN_MULTIPLIERS or ten.endswith(("'t", "’t")))
            )
            if not (before_scale or after_number or unit_of_tens):
                break  # "twenty to one": "to" (two in Danish) joins only as "to tusen" does
        if value in _SCALE_VALUES and not current and value > total > 0:
            total *= value  # "mil millones", "two thousand million"
            halved = value
        elif value in _SCALE_VALUES:
            current = (current or Decimal(1)) * value
            total += current
            current = Decimal(0)
            halved = value
        elif (
            (value == 100 or atom.lowered in TEN_MULTIPLIERS)
            and current in _UNITS
            and _one_language(kept[-1], atom)
        ):
            current *= value  # "tri chant", "lapan puluh", "saith deg"
        elif value == Decimal("0.5") and not (total or current) and before_scale:
            current = value  # "half a million", "pół miliona": the word of scale takes the half
        elif value == Decimal("0.5") and halved:
            current += halved / 2  # "a million and a half", "un millón y medio"
        elif value == Decimal("0.5"):
            if not (total or current):
                break
            current += value
        elif (total + current) % (10 ** len(str(int(value)))) == 0:
            current += value
        else:
            break
        kept.append(atom)
    whole = total + current
    strong = [a for a in kept if not _is_weak(a)]
    if not strong or whole <= 0:
        return None, len(kept)
    lone_scale = kept[0].value in _THOUSANDS or kept[0].lowered in SOUTH_ASIAN_SCALES
    if len(kept) == 1 and lone_scale and not _in_ethiopic_numerals(kept[0]):
        # a word of scale alone ("a thousand") is read where it is (terms.py); a numeral
        # ("፲፻", a thousand; "፻፼", a million) is a figure as written
        return None, 1
    written = format(whole.normalize(), "f")
    alone = len(kept) == 1 and kept[0].lowered in SCALE_VALUES
    rough = any(a.rough for a in kept)
    return Numeral(kept[0].start, kept[-1].end, "#" + written, rough, alone), len(kept)
