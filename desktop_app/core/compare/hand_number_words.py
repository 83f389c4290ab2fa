"""Number words of languages num2words does not write, listed by hand from their grammars."""

from __future__ import annotations

#: Units one to nine of Malagasy as they stand before "ambin'ny folo" (11-19) and "amby"
#: with a ten (21-99): "roa ambin'ny folo" 12, "dimy amby roapolo" 25 (the unit first).
_MALAGASY_UNITS = {
    "iraika": 1, "roa": 2, "telo": 3, "efatra": 4, "dimy": 5, "enina": 6, "fito": 7,
    "valo": 8, "sivy": 9,
}  # fmt: skip
_MALAGASY_TENS = {
    "roapolo": 20, "telopolo": 30, "efapolo": 40, "dimampolo": 50, "enimpolo": 60,
    "fitopolo": 70, "valopolo": 80, "sivifolo": 90,
}  # fmt: skip
#: Igbo units; a ten, a hundred and a thousand take their multiplier after them ("iri abụọ"
#: 20, "narị atọ" 300, "puku abụọ" 2,000), and "iri na" adds a unit to ten ("iri na otu" 11).
_IGBO_UNITS = {
    "abụọ": 2, "atọ": 3, "anọ": 4, "ise": 5, "isii": 6, "asaa": 7, "asatọ": 8, "itoolu": 9,
}  # fmt: skip

#: Per language (ISO 639-1), in the shape of ``number_words_table.TABLE``: "words" (a number
#: alone), "phrases" (several words that make one number) and "scales" (a hundred in the
#: form that follows a numeral, a thousand, a million). Sources: the languages' grammars and
#: their news's usage, not the development pairs; words that are also common other words
#: are in ``numerals.AMBIGUOUS`` and read only beside another number word.
HAND_TABLE: dict[str, dict[str, dict[str, int]]] = {
    # Pashto (Arabic script); "سوه" is the hundred after a numeral ("دوه سوه" 200), "زره"
    # the thousand after one ("دوه زره")
    "ps": {
        "words": {
            "یو": 1, "دوه": 2, "درې": 3, "دری": 3, "څلور": 4, "پنځه": 5, "شپږ": 6, "اووه": 7,
            "اوه": 7, "اته": 8, "نهه": 9, "لس": 10, "یوولس": 11, "دولس": 12, "دیارلس": 13,
            "څوارلس": 14, "پنځلس": 15, "شپاړس": 16, "اوولس": 17, "اتلس": 18, "نولس": 19,
            "شل": 20, "دېرش": 30, "دیرش": 30, "څلوېښت": 40, "څلویښت": 40, "پنځوس": 50,
            "شپېته": 60, "شپیته": 60, "اویا": 70, "اتیا": 80, "نوي": 90, "سل": 100,
        },
        "phrases": {},
        "scales": {"سوه": 100, "زر": 1000, "زره": 1000, "میلیون": 10**6, "میلیونه": 10**6},
    },
    # Tigrinya (Ge'ez script)
    "ti": {
        "words": {
            "ሓደ": 1, "ክልተ": 2, "ሰለስተ": 3, "ኣርባዕተ": 4, "ሓሙሽተ": 5, "ሽዱሽተ": 6,
            "ሸውዓተ": 7, "ሸሞንተ": 8, "ትሽዓተ": 9, "ዓሰርተ": 10, "ዕስራ": 20, "ሰላሳ": 30,
            "ኣርብዓ": 40, "ሓምሳ": 50, "ስሳ": 60, "ሰብዓ": 70, "ሰማንያ": 80, "ቴስዓ": 90,
        },
        "phrases": {},
        "scales": {"ሚእቲ": 100, "ሽሕ": 1000, "ሚልዮን": 10**6, "ቢልዮን": 10**9},
    },
    # Kyrgyz (Cyrillic)
    "ky": {
        "words": {
            "бир": 1, "эки": 2, "үч": 3, "төрт": 4, "беш": 5, "алты": 6, "жети": 7,
            "сегиз": 8, "тогуз": 9, "он": 10, "жыйырма": 20, "отуз": 30, "кырк": 40,
            "элүү": 50, "алтымыш": 60, "жетимиш": 70, "сексен": 80, "токсон": 90, "жүз": 100,
        },
        "phrases": {},
        "scales": {"миң": 1000, "миллион": 10**6, "миллиард": 10**9},
    },
    # Malagasy: the hundreds are one word ("telonjato" 300); "alina" (ten thousand) is
    # left out, as it is the night too ("folo ora alina", ten at night)
    "mg": {
        "words": {
            **_MALAGASY_UNITS, "iray": 1, "folo": 10, **_MALAGASY_TENS, "zato": 100,
            "roanjato": 200, "telonjato": 300, "efajato": 400, "dimanjato": 500,
            "eninjato": 600, "fitonjato": 700, "valonjato": 800, "sivinjato": 900,
        },
        "phrases": {
            **{
                f"{unit}{link}": 10 + value
                for unit, value in _MALAGASY_UNITS.items()
                for link in (" ambin'ny folo", " ambin’ny folo")
            },
            **{
                f"{unit} amby {ten}": tens + value
                for unit, value in _MALAGASY_UNITS.items()
                for ten, tens in _MALAGASY_TENS.items()
            },
        },
        "scales": {"arivo": 1000, "tapitrisa": 10**6},
    },
    # Punjabi (Gurmukhi); the thousand with its nukta composed and not
    "pa": {
        "words": {
            "ਇੱਕ": 1, "ਇਕ": 1, "ਦੋ": 2, "ਤਿੰਨ": 3, "ਚਾਰ": 4, "ਪੰਜ": 5, "ਛੇ": 6, "ਸੱਤ": 7,
            "ਅੱਠ": 8, "ਨੌਂ": 9, "ਨੌ": 9, "ਦਸ": 10, "ਗਿਆਰਾਂ": 11, "ਬਾਰਾਂ": 12, "ਤੇਰਾਂ": 13,
            "ਚੌਦਾਂ": 14, "ਪੰਦਰਾਂ": 15, "ਸੋਲਾਂ": 16, "ਸਤਾਰਾਂ": 17, "ਅਠਾਰਾਂ": 18, "ਉੱਨੀ": 19,
            "ਵੀਹ": 20, "ਤੀਹ": 30, "ਚਾਲੀ": 40, "ਪੰਜਾਹ": 50, "ਸੱਠ": 60, "ਸੱਤਰ": 70, "ਅੱਸੀ": 80,
            "ਨੱਬੇ": 90,
        },
        "phrases": {},
        "scales": {"ਸੌ": 100, "ਹ\u0a5bਾਰ": 1000, "ਹ\u0a1c\u0a3cਾਰ": 1000, "ਹਜਾਰ": 1000},
    },
    # Igbo (see _IGBO_UNITS)
    "ig": {
        "words": {"otu": 1, **_IGBO_UNITS, "iri": 10},
        "phrases": {
            **{f"iri {unit}": 10 * value for unit, value in _IGBO_UNITS.items()},
            **{f"iri na {unit}": 10 + value for unit, value in {"otu": 1, **_IGBO_UNITS}.items()},
            **{f"narị {unit}": 100 * value for unit, value in _IGBO_UNITS.items()},
            **{f"puku {unit}": 1000 * value for unit, value in _IGBO_UNITS.items()},
        },
        "scales": {"narị": 100, "puku": 1000},
    },
    # Haitian Creole; "de", "kat", "sis", "uit", "dis", "ven", "san" are other words too
    "ht": {
        "words": {
            "de": 2, "twa": 3, "kat": 4, "senk": 5, "sis": 6, "sèt": 7, "uit": 8, "nèf": 9,
            "dis": 10, "onz": 11, "douz": 12, "trèz": 13, "katòz": 14, "kenz": 15, "sèz": 16,
            "disèt": 17, "dizwit": 18, "diznèf": 19, "ven": 20, "trant": 30, "karant": 40,
            "senkant": 50, "swasant": 60, "swasanndis": 70, "katreven": 80,
            "katrevendis": 90, "san": 100,
        },
        "phrases": {},
        "scales": {},
    },
    # Macedonian (Cyrillic)
    "mk": {
        "words": {
            "еден": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "три": 3, "четири": 4,
            "пет": 5, "шест": 6, "седум": 7, "осум": 8, "девет": 9, "десет": 10,
            "единаесет": 11, "дванаесет": 12, "тринаесет": 13, "четиринаесет": 14,
            "петнаесет": 15, "шеснаесет": 16, "седумнаесет": 17, "осумнаесет": 18,
            "деветнаесет": 19, "дваесет": 20, "триесет": 30, "четириесет": 40,
            "педесет": 50, "шеесет": 60, "седумдесет": 70, "осумдесет": 80, "деведесет": 90,
            "сто": 100, "двесте": 200, "триста": 300, "четиристотини": 400,
            "петстотини": 500, "шестотини": 600, "седумстотини": 700, "осумстотини": 800,
            "деветстотини": 900,
        },
        "phrases": {},
        "scales": {"илјада": 1000, "илјади": 1000, "милион": 10**6, "милиони": 10**6},
    },
    # Kannada and Telugu beside num2words' forms: the numerals that count people
    # ("ಇಬ್ಬರು ಪ್ರಯಾಣಿಕರು", two passengers), Telugu's usual five, and the hundred and the
    # thousand in the form before a noun ("ఆరు వందల మంది", "పది వేల రూపాయలు")
    "kn": {
        "words": {"ಇಬ್ಬರು": 2, "ಮೂವರು": 3, "ನಾಲ್ವರು": 4, "ಐವರು": 5},
        "phrases": {},
        "scales": {},
    },
    "te": {
        "words": {"ఐదు": 5, "ఇద్దరు": 2, "ముగ్గురు": 3, "నలుగురు": 4, "ఐదుగురు": 5},
        "phrases": {},
        "scales": {"వందల": 100, "వేల": 1000},
    },
}  # fmt: skip
