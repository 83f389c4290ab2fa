"""Shared pieces of the tenth round of fresh held-out re-anchoring texts (no test here):
glossed passages in pointed Hebrew, vocalised Urdu, Tamil, Sinhala, Japanese with readings
and Vietnamese, names with another romanisation, places, titles of works, contractions,
sentences that open with a clause, and helpers that build a text.
"""

from __future__ import annotations

import random
import re
import unicodedata

NBSP = "\u00a0"
ZWJ = "\u200d"

_RAW_GLOSSED = {
    "Hebrew": (
        ("שַׁבָּת שָׁלוֹם לְכֻלָּם", "a peaceful Sabbath to everyone"),
        ("אֲנִי לוֹמֵד עִבְרִית בָּעֶרֶב", "I study Hebrew in the evening"),
        ("הַשִּׁעוּר מַתְחִיל בְּשֶׁבַע", "the lesson starts at seven"),
    ),
    "Urdu": (
        ("خُوش آمدِید، تَشرِیف رکھِیے", "welcome, please take a seat"),
        ("مِہربانی کر کے اِنتظار کِیجیے", "please wait a moment"),
        ("شُکرِیہ، پِھر مِلیں گے", "thank you, we will meet again"),
    ),
    "Tamil": (
        ("வணக்கம், எல்லோரும் வருக", "greetings, everyone is welcome"),
        ("கோயில் திருவிழா நாளை தொடங்கும்", "the temple festival begins tomorrow"),
        ("தேநீர் விலை இந்த வாரம் உயர்ந்தது", "the price of tea rose this week"),
    ),
    "Sinhala": (
        ("ශ්‍රී ලංකා තේ වෙන්දේසිය", "the Sri Lanka tea auction"),
        ("කරුණාකර පෝලිමේ රැඳී සිටින්න", "please wait in the queue"),
        ("සුභ අලුත් අවුරුද්දක් වේවා", "a happy new year to you"),
    ),
    "Japanese": (
        ("熊野古道（くまのこどう）を歩（ある）く", "walking the Kumano Kodō"),
        ("高野山（こうやさん）の宿坊（しゅくぼう）に泊（と）まる", "a night in a temple lodging"),
        (
            "雨（あめ）の日（ひ）は足元（あしもと）に注意（ちゅうい）",
            "mind your step on rainy days",
        ),
    ),
    "Vietnamese": (
        ("Chúc mừng năm mới, mọi người khỏe mạnh", "happy new year, good health to all"),
        ("Xin lỗi, tôi không hiểu tiếng Anh", "sorry, I do not understand English"),
        ("Cảm ơn các bạn đã đến dự buổi học", "thank you all for coming to the class"),
    ),
}
#: Passages in other scripts with their English gloss, by script (canonical): a text
#: prints each as "original (gloss)".
GLOSSED = {
    script: tuple((unicodedata.normalize("NFC", o), g) for o, g in found)
    for script, found in _RAW_GLOSSED.items()
}
#: Scripts whose passages carry vowel points an unpointed edition drops.
POINTED = ("Hebrew", "Urdu")
#: Vowel points (niqqud; zabar, zer, pesh and the like), then the marks a plain edition
#: drops as well (dagesh, shin and sin dots, shadda, sukun).
VOWEL_POINTS = re.compile("[\u05b0-\u05bb\u05c7\u064b-\u0650\u0656\u0657]")
OTHER_POINTS = re.compile("[\u05bc\u05c1\u05c2\u0651\u0652]")
#: The joiner of a Sinhala conjunct ("ශ්‍රී": sha, virama, joiner, ra).
SINHALA_JOINER = re.compile(f"(?<=\u0dca){ZWJ}")

#: Names as one romanisation writes them, and as another does, by the language.
ROMANISATIONS = {
    "Russian": {
        "Tchaikovsky": "Chaikovsky",
        "Rachmaninoff": "Rachmaninov",
        "Dostoevsky": "Dostoyevsky",
    },
    "Japanese": {"Kōyasan": "Koyasan", "Hongū": "Hongu", "Kodō": "Kodo", "Ōsaka": "Osaka"},
    "Hebrew": {"Chanukah": "Hanukkah", "Yitzchak": "Yitzhak", "Sukkot": "Succot"},
    "Tamil and Sinhala": {
        "Thiruchelvam": "Tiruchelvam",
        "Kathiravelu": "Kadiravelu",
        "Nuwara": "Nuvara",
    },
    "Chinese": {"Szechuan": "Sichuan", "Peking": "Beijing"},
    "Urdu": {"Mohammed": "Muhammad", "Qureshi": "Kureshi"},
}
ROMANISED = re.compile(
    r"(?<![\w#@])("
    + "|".join(
        sorted((re.escape(n) for g in ROMANISATIONS.values() for n in g), key=len, reverse=True)
    )
    + r")(?!\w)"
)
#: Places a social-media repost makes hashtags ("Nuwara Eliya" → "#NuwaraEliya").
PLACES = (
    "Kumano Kodō",
    "Nuwara Eliya",
    "Colombo",
    "Kandy",
    "Jaffna",
    "Tel Aviv",
    "Bradford",
    "Hội An",
    "Kōyasan",
    "Hongū",
    "Lahore",
    "Galle",
    "Leeds",
)
PLACE = re.compile(
    r"(?<![\w#@])("
    + "|".join(re.escape(p) for p in sorted(PLACES, key=len, reverse=True))
    + r")(?!\w)"
)
#: People the texts name (invented); two share a surname, one has combining marks NFC keeps.
_RAW_PEOPLE = (
    "Ravi Thiruchelvam",
    "Priya Thiruchelvam",
    "Imran Qureshi",
    "Ayesha Mohammed",
    "Yitzchak Levin",
    "Noa Ben-David",
    "Kenji Mori",
    "Haruka Sato",
    "Nguyễn Thị Lan",
    "Dilani Perera",
    "Kamal Jayasuriya",
    "Ọ́lá Adéṣínà",
)
PEOPLE = tuple(unicodedata.normalize("NFC", name) for name in _RAW_PEOPLE)
PERSON = re.compile(r"(?<![\w#@])(" + "|".join(re.escape(p) for p in PEOPLE) + r")(?!\w)")
#: Titles of works the texts cite.
TITLES = (
    "Swan Lake",
    "Crime and Punishment",
    "The Tale of Genji",
    "Thirukkural",
    "Madol Doova",
    "The Cherry Orchard",
    "Song of Songs",
)
TITLE = re.compile(r"(?<![\w*>])(" + "|".join(re.escape(t) for t in TITLES) + r")(?![\w*<])")

#: Negatives a conversational pass contracts, and the pronouns and verbs it contracts as well.
NEGATIVES = {
    "do not": "don’t",
    "does not": "doesn’t",
    "did not": "didn’t",
    "is not": "isn’t",
    "are not": "aren’t",
    "was not": "wasn’t",
    "have not": "haven’t",
    "will not": "won’t",
    "cannot": "can’t",
}
PRONOUN_VERBS = {
    "it is": "it’s",
    "you will": "you’ll",
    "you are": "you’re",
    "we are": "we’re",
    "we will": "we’ll",
    "there is": "there’s",
    "that is": "that’s",
    "they are": "they’re",
}


def _phrases(table: dict[str, str]) -> re.Pattern[str]:
    words = [*table, *(p.capitalize() for p in table)]
    return re.compile(
        r"(?<![\w’'])("
        + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + r")(?![\w’'])"
    )


NEGATIVE = _phrases(NEGATIVES)
PRONOUN_VERB = _phrases(PRONOUN_VERBS)


def contracted(phrase: str) -> str:
    """The contraction of a phrase of :data:`NEGATIVES` or :data:`PRONOUN_VERBS` (keeping a
    capital: "Do not" → "Don’t")."""
    table = NEGATIVES | PRONOUN_VERBS
    short = table.get(phrase) or table[phrase[0].lower() + phrase[1:]]
    return short[0].upper() + short[1:] if phrase[0].isupper() else short


#: A sentence that opens with a clause: "If you are unsure, ask at the desk."
OPENING_CLAUSE = re.compile(
    r"(If|When|Once|Unless|Although|Because|After|Before|While|Until) ([^,.;:!?“”\n]{4,80}),"
    r" ([a-z][^.!?;:“”()\n]{6,160})\."
)


def glossed(script: str, index: int) -> str:
    """The passage ``index`` of ``script`` with its gloss: "original (gloss)"."""
    original, gloss = GLOSSED[script][index]
    return f"{original} ({gloss})"


def scripts(rng: random.Random) -> tuple[str, str]:
    """A pointed script and another one."""
    pointed = rng.choice(POINTED)
    return pointed, rng.choice([s for s in sorted(GLOSSED) if s != pointed])


def people(rng: random.Random, count: int) -> list[str]:
    """``count`` different people."""
    return rng.sample(PEOPLE, count)


def lines(rows: list[str]) -> str:
    """One paragraph of lines."""
    return "\n".join(rows)
