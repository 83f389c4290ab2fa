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
#: Hausa units; a hundred and a thousand take their multiplier after them ("ɗari biyu" 200,
#: "dubu uku" 3,000), teens are ten "sha" a unit ("goma sha biyu" 12), and tens join a unit
#: with "da" ("ashirin da biyar" 25).
_HAUSA_UNITS = {
    "biyu": 2, "uku": 3, "huɗu": 4, "hudu": 4, "biyar": 5, "shida": 6, "bakwai": 7,
    "takwas": 8, "tara": 9,
}  # fmt: skip
_HAUSA_TENS = {
    "ashirin": 20, "talatin": 30, "arba'in": 40, "hamsin": 50, "sittin": 60, "saba'in": 70,
    "tamanin": 80, "casa'in": 90,
}  # fmt: skip
#: Maltese units as they stand before "u" and a ten ("ħamsa u għoxrin" 25).
_MALTESE_UNITS = {
    "wieħed": 1, "tnejn": 2, "tlieta": 3, "erbgħa": 4, "ħamsa": 5, "sitta": 6, "sebgħa": 7,
    "tmienja": 8, "disgħa": 9,
}  # fmt: skip
_MALTESE_TENS = {
    "għoxrin": 20, "tletin": 30, "erbgħin": 40, "ħamsin": 50, "sittin": 60, "sebgħin": 70,
    "tmenin": 80, "disgħin": 90,
}  # fmt: skip
#: Somali units, which come before "iyo" (and) and ten in the teens ("saddex iyo toban" 13).
_SOMALI_UNITS = {
    "kow": 1, "laba": 2, "saddex": 3, "afar": 4, "shan": 5, "lix": 6, "toddoba": 7,
    "siddeed": 8, "sagaal": 9,
}  # fmt: skip

#: Lakota units one to nine (languagesandnumbers.com, "How to count in Lakota"; numbersdata
#: .com, "Numbers in Lakota"; the Lakota translation of the eduActiv8 game, i18n/custom/lkt.py,
#: which spells eight "šaglóǧaŋ" and eighteen "akéšagloǧaŋ", both read beside the spelling
#: with g): a ten and a hundred take their multiplier after them
#: ("wikčémna yámni" 30, "opáwiŋǧe núŋpa" 200), "sám" (more) joins a unit to the tens
#: ("wikčémna núŋpa sám šákpe" 26), and "aké" before a unit makes a teen.
_LAKOTA_UNITS = {
    "waŋží": 1, "núŋpa": 2, "yámni": 3, "tópa": 4, "záptaŋ": 5, "šákpe": 6, "šakówiŋ": 7,
    "šaglógaŋ": 8, "šaglóǧaŋ": 8, "napčíyuŋka": 9,
}  # fmt: skip
_LAKOTA_TEENS = {
    "akéwaŋži": 11, "akénuŋpa": 12, "akéyamni": 13, "akétopa": 14, "akézaptaŋ": 15,
    "akéšakpe": 16, "akéšakowiŋ": 17, "akéšaglogaŋ": 18, "akéšagloǧaŋ": 18,
    "akénapčiyuŋka": 19,
}  # fmt: skip

#: Per language (ISO 639-1), in the shape of ``number_words_table.TABLE``: "words" (a number
#: alone), "phrases" (several words that make one number) and "scales" (a hundred in the
#: form that follows a numeral, a thousand, a million). Sources: the languages' grammars and
#: their news's usage, not the development pairs; words that are also common other words
#: are in ``numerals.AMBIGUOUS`` and read only beside another number word.
#: Ilocano units (English Wikipedia, "Ilocano numbers"); a ten joins a unit with "ket" (and)
#: or its short "'t" ("sangapulo ket lima" 15, "duapulo't tallo" 23), a numeral joins a
#: ten, a hundred or a thousand with the linker "a" ("uppat a pulo" 40, "dua a gasut" 200).
_ILOCANO_UNITS = {
    "maysa": 1, "dua": 2, "tallo": 3, "uppat": 4, "lima": 5, "innem": 6, "pito": 7,
    "walo": 8, "siam": 9,
}  # fmt: skip
_ILOCANO_TENS = {
    "sangapulo": 10, "duapulo": 20, "tallopulo": 30, "uppat a pulo": 40, "limapulo": 50,
    "innem a pulo": 60, "pitopulo": 70, "walopulo": 80, "siam a pulo": 90,
}  # fmt: skip
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
    # Hindi and Nepali (Devanagari): one to twenty and the tens; Nepali "छ" (six) is "is"
    # too, and is in ``numerals.AMBIGUOUS``
    "hi": {
        "words": {
            "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छह": 6, "छः": 6,
            "सात": 7, "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13,
            "चौदह": 14, "पंद्रह": 15, "पन्द्रह": 15, "सोलह": 16, "सत्रह": 17, "अठारह": 18,
            "उन्नीस": 19, "बीस": 20, "पच्चीस": 25, "तीस": 30, "चालीस": 40, "पचास": 50,
            "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90,
        },
        "phrases": {},
        "scales": {"सौ": 100, "ह\u095bार": 1000, "ह\u091c\u093cार": 1000, "हजार": 1000},
    },
    "ne": {
        "words": {
            "दुई": 2, "छ": 6, "एघार": 11, "बाह्र": 12, "तेह्र": 13, "चौध": 14, "पन्ध्र": 15,
            "सोह्र": 16, "सत्र": 17, "अठार": 18, "उन्नाइस": 19, "साठी": 60, "सत्तरी": 70,
            "असी": 80,
        },
        "phrases": {},
        "scales": {"सय": 100},
    },
    # Urdu; "نو" (nine) is the Persian for new, "سو" (a hundred) the Urdu for so, "اسی" (eighty)
    # "that same": all in ``numerals.AMBIGUOUS``
    "ur": {
        "words": {
            "ایک": 1, "تین": 3, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8, "نو": 9, "دس": 10,
            "گیارہ": 11, "بارہ": 12, "تیرہ": 13, "چودہ": 14, "پندرہ": 15, "سولہ": 16,
            "سترہ": 17, "اٹھارہ": 18, "انیس": 19,
            "بیس": 20, "تیس": 30, "چالیس": 40, "پچاس": 50, "ساٹھ": 60, "اسی": 80, "نوے": 90,
        },
        "phrases": {},
        "scales": {"سو": 100, "ہزار": 1000},
    },
    # Hausa (see _HAUSA_UNITS); "tara" (nine) is a word of several languages, and "dari"
    # without its hooked letter is a hundred only before a Hausa unit ("dari biyu" 200):
    # alone it is Indonesian and Malay "from" ("dari dua kampung", from two villages)
    "ha": {
        "words": {"ɗaya": 1, "daya": 1, **_HAUSA_UNITS, "goma": 10, **_HAUSA_TENS},
        "phrases": {
            **{f"goma sha {unit}": 10 + value for unit, value in _HAUSA_UNITS.items()},
            **{
                f"{ten} da {unit}": tens + value
                for ten, tens in _HAUSA_TENS.items()
                for unit, value in _HAUSA_UNITS.items()
            },
            **{f"ɗari {unit}": 100 * value for unit, value in _HAUSA_UNITS.items()},
            **{f"dari {unit}": 100 * value for unit, value in _HAUSA_UNITS.items()},
            **{f"dubu {unit}": 1000 * value for unit, value in _HAUSA_UNITS.items()},
        },
        "scales": {"ɗari": 100, "dubu": 1000},
    },
    # Maltese (see _MALTESE_UNITS), with the short forms before a noun ("żewġ persuni",
    # "tmien passiġġieri", "ħdax-il persuna"); "tlieta" and "erbgħa" alone are left to the
    # weekdays they name too ("it-Tlieta", Tuesday; "l-Erbgħa", Wednesday)
    "mt": {
        "words": {
            **{w: v for w, v in _MALTESE_UNITS.items() if w not in ("tlieta", "erbgħa")},
            "waħda": 1, "żewġ": 2, "tliet": 3, "erba": 4, "ħames": 5,
            "sitt": 6, "seba": 7, "tmien": 8, "disa": 9, "għaxra": 10, "għaxar": 10,
            "ħdax": 11, "tnax": 12, "tlettax": 13, "erbatax": 14, "ħmistax": 15, "sittax": 16,
            "sbatax": 17, "tmintax": 18, "dsatax": 19, **_MALTESE_TENS,
        },
        "phrases": {
            f"{unit} u {ten}": tens + value
            for unit, value in _MALTESE_UNITS.items()
            for ten, tens in _MALTESE_TENS.items()
        },
        "scales": {"mija": 100, "mitt": 100, "miljun": 10**6},
    },
    # Irish, with the numerals that count people ("beirt", "triúr"); "dó" (to him), "trí"
    # (through) and "sé" (he) are in ``numerals.AMBIGUOUS``
    "ga": {
        "words": {
            "dó": 2, "dhá": 2, "trí": 3, "ceathair": 4, "ceithre": 4, "cúig": 5, "sé": 6,
            "seacht": 7, "ocht": 8, "naoi": 9, "deich": 10, "fiche": 20, "tríocha": 30,
            "daichead": 40, "caoga": 50, "seasca": 60, "seachtó": 70, "ochtó": 80,
            "nócha": 90, "beirt": 2, "bheirt": 2, "triúr": 3, "ceathrar": 4, "cúigear": 5,
            "seisear": 6, "seachtar": 7, "ochtar": 8, "naonúr": 9, "deichniúr": 10,
        },
        "phrases": {},
        "scales": {"céad": 100, "míle": 1000},
    },
    # Georgian, with the forms before a noun ("ორ სახლს", "სამ კაცს")
    "ka": {
        "words": {
            "ერთი": 1, "ორი": 2, "სამი": 3, "ოთხი": 4, "ხუთი": 5, "ექვსი": 6, "შვიდი": 7,
            "რვა": 8, "ცხრა": 9, "ათი": 10, "თერთმეტი": 11, "თორმეტი": 12, "ცამეტი": 13,
            "თოთხმეტი": 14, "თხუთმეტი": 15, "თექვსმეტი": 16, "ჩვიდმეტი": 17, "თვრამეტი": 18,
            "ცხრამეტი": 19, "ოცი": 20, "ოცდაათი": 30, "ორმოცი": 40, "ორმოცდაათი": 50,
            "სამოცი": 60, "სამოცდაათი": 70, "ოთხმოცი": 80, "ოთხმოცდაათი": 90, "ასი": 100,
            "ორ": 2, "სამ": 3, "ოთხ": 4, "ხუთ": 5, "ექვს": 6, "შვიდ": 7, "ათ": 10,
        },
        "phrases": {},
        "scales": {"ათასი": 1000, "ათას": 1000, "მილიონი": 10**6},
    },
    # Somali (see _SOMALI_UNITS)
    "so": {
        "words": {
            **_SOMALI_UNITS, "toban": 10, "labaatan": 20, "soddon": 30, "afartan": 40,
            "konton": 50, "lixdan": 60, "toddobaatan": 70, "siddeetan": 80,
            "sagaashan": 90, "boqol": 100,
        },
        "phrases": {f"{unit} iyo toban": 10 + value for unit, value in _SOMALI_UNITS.items()},
        "scales": {"kun": 1000, "malyuun": 10**6},
    },
    # Uzbek in Latin letters, with the apostrophes its oʻ and gʻ are written with
    "uz": {
        "words": {
            "ikki": 2, "uch": 3, "besh": 5, "olti": 6, "yetti": 7, "sakkiz": 8,
            "yigirma": 20, "qirq": 40, "ellik": 50, "oltmish": 60, "yetmish": 70,
            "sakson": 80, "yuz": 100,
            **{
                word.replace("'", mark): value
                for word, value in {"to'rt": 4, "to'qqiz": 9, "o'n": 10, "o'ttiz": 30,
                                    "to'qson": 90}.items()
                for mark in ("'", "ʻ", "’")
            },
        },
        "phrases": {},
        "scales": {"ming": 1000, "million": 10**6},
    },
    # Lakota (see _LAKOTA_UNITS); no ISO 639-1 code, so its ISO 639-3 one
    "lkt": {
        "words": {**_LAKOTA_UNITS, **_LAKOTA_TEENS, "wikčémna": 10},
        "phrases": {
            **{f"wikčémna {unit}": 10 * value for unit, value in _LAKOTA_UNITS.items()
               if value > 1},
            **{f"opáwiŋǧe {unit}": 100 * value for unit, value in _LAKOTA_UNITS.items()
               if value > 1},
            **{f"wikčémna {ten} sám {unit}": 10 * tens + value
               for ten, tens in _LAKOTA_UNITS.items() if tens > 1
               for unit, value in _LAKOTA_UNITS.items()},
        },
        "scales": {"opáwiŋǧe": 100},
    },
    # Meitei in its own script, the names of its digits one to nine (Wikipedia, "Meitei
    # numerals", by way of kids.kiddle.co and bharatpedia.org: ama, ani, ahum, mari, mangā,
    # taruk, taret, nipāl, māpal); ISO 639-3, as it has no ISO 639-1 code
    "mni": {
        "words": {
            "ꯑꯃ": 1, "ꯑꯅꯤ": 2, "ꯑꯍꯨꯝ": 3, "ꯃꯔꯤ": 4, "ꯃꯉꯥ": 5, "ꯇꯔꯨꯛ": 6, "ꯇꯔꯦꯠ": 7,
            "ꯅꯤꯄꯥꯜ": 8, "ꯃꯥꯄꯜ": 9,
        },
        "phrases": {},
        "scales": {},
    },
    # Kikongo, the words of its Kintandu column that no other table holds (French Wikipedia,
    # "Numération parlée làrì", the comparison of Lari, Kintandu, Kisolongo and Kiyombe:
    # zole 2, tanu 5, sambanu 6, sambwadi 7, and Lari's nsàmbwàdì 7); "tatu" and "kumi" are
    # Swahili's already
    "kg": {
        "words": {"zole": 2, "tanu": 5, "sambanu": 6, "sambwadi": 7, "nsambwadi": 7},
        "phrases": {},
        "scales": {},
    },
    # Ilocano (see _ILOCANO_UNITS); not the Spanish numbers it writes too ("onse", "kinse"),
    # which Tagalog, Bikol and Hiligaynon share
    "ilo": {
        "words": {
            **_ILOCANO_UNITS, **{t: v for t, v in _ILOCANO_TENS.items() if " " not in t},
            "sangagasut": 100, "limagasut": 500, "sangaribo": 1000, "sangariwriw": 10**6,
        },
        "phrases": {
            **{t: v for t, v in _ILOCANO_TENS.items() if " " in t},
            **{
                f"{ten}{link}{unit}": tens + value
                for ten, tens in _ILOCANO_TENS.items()
                for unit, value in _ILOCANO_UNITS.items()
                for link in (" ket ", "'t ", "’t ")
            },
            **{
                f"{unit} a {scale}": value * size
                for unit, value in _ILOCANO_UNITS.items() if value > 1
                for scale, size in (("gasut", 100), ("ribo", 1000), ("riwriw", 10**6))
            },
        },
        "scales": {"gasut": 100, "ribo": 1000, "riwriw": 10**6},
    },
}  # fmt: skip
