"""How the twenty-fourth round's research exports are laid out, and where their parts stand.

Every text is what a researcher's tool exports (laid out as the twenty-third round's
exports, whose readers are reused): a title, a line under it, a lead, then sections (a
part of an interview, a survey question's block, a focus group's round, a day of field
notes, a part of a speech, a year of letters), each with a one-line note and items of two
lines or more, then a footer under "About this export". Transcripts number their lines in
the margin ("0012  I: And then?"), counting on across items; stock turns ("Mm-hm.",
"[laughs]", "Don't know") recur word for word; names, clock times, gaps ("[inaudible
00:14:32]"), field abbreviations ("w/", "approx.") and Cyrillic stand in every text (at
least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh23_kit import NBSP, SHY, ZWJ, Span, items

ZWNJ = "\u200c"
#: A line number in a transcript's margin: four Western digits and two spaces.
LINE_NUMBER = re.compile(r"^([0-9]{4})(?=  )", re.MULTILINE)
#: A clock time or a recording position: "09:14", "00:14:32" (Western digits only).
CLOCK = re.compile(r"(?<![0-9:])([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?![0-9:])")
#: A gap a transcriber left: "[inaudible 00:14:32]", "[inaudible]", "[illegible]", "[unclear]".
GAP = re.compile(r"\[(?:inaudible|illegible|unclear)(?: [0-9:]+)?\]")
#: Field abbreviations, and what typing them up writes.
ABBREVIATIONS = {
    "w/": "with",
    "approx.": "approximately",
    "govt": "government",
    "b/c": "because",
    "ppl": "people",
    "mtg": "meeting",
}
ABBREVIATION = re.compile(r"(?<![\w/])(?:w/|approx\.|govt|b/c|ppl|mtg)(?![\w/])")
#: Names in the texts, and the labels anonymising gives them.
PSEUDONYMS = {
    "Maria Santos": "P1",
    "Maria": "P1",
    "Dorota": "P2",
    "Yerlan": "P3",
    "Aigerim": "P4",
    "Shirin": "P5",
    "Tom": "P6",
    "Ada": "P7",
    "Mr Okafor": "P8",
}
NAME = re.compile(r"\b(?:" + "|".join(sorted(PSEUDONYMS, key=len, reverse=True)) + r")\b")
#: Kazakh Cyrillic letters and the 2021 Latin alphabet's spelling of each.
LATIN_OF = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m",
    "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ш": "ş", "ы": "y",
    "і": "ı", "ч": "ç", "ц": "ts", "щ": "şş", "ь": "", "ъ": "", "э": "e", "ю": "iu",
    "я": "ia", "ё": "io",
}  # fmt: skip
#: Persian letters and digits as a transcriber without a Persian keyboard types them
#: ("Finglish"): a non-joiner as a hyphen, Persian digits as Western ones.
FINGLISH = {
    "ا": "a", "آ": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s",
    "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f",
    "ق": "gh", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "و": "v",
    "ه": "h", "ی": "i", "ي": "i", "ئ": "y", "ء": "'", "\u200c": "-", "،": ",", "؟": "?",
    **{digit: str(value) for value, digit in enumerate("۰۱۲۳۴۵۶۷۸۹")},
}  # fmt: skip
CYRILLIC = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff \u00a0,.;:!?—-]*[\u0400-\u04ff.!?]")
#: A run of Persian words (Arabic script, Persian digits, non-joiners).
PERSIAN = re.compile(r"[\u0600-\u06ff][\u0600-\u06ff\u200c \u00a0]*[\u0600-\u06ff]")
#: What retyping in Latin letters retypes: Kazakh (or Ukrainian) Cyrillic, Persian.
OTHER_SCRIPT = re.compile(f"{CYRILLIC.pattern}|{PERSIAN.pattern}")
#: The 2017 apostrophe spellings an older version uses, and the 2021 letters.
APOSTROPHE_SPELLINGS = {"a'": "ä", "g'": "ğ", "n'": "ñ", "o'": "ö", "u'": "ü", "s'": "ş", "i'": "ı"}
APOSTROPHE = re.compile(r"[agnousi]'(?=\w)")
#: Persian digits, Arabic letters that look like Persian ones, and what normalising writes.
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
LOOKALIKES = {"ي": "ی", "ك": "ک"}
SCRIPT_MARK = re.compile(f"[{PERSIAN_DIGITS}يك\u00a0\u00ad\u200b]")

#: What every export's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark, a soft hyphen) and one of each thing the
#: families edit, so that every text holds them.
STOCK = (
    f"Transcribed approx. 48{NBSP}hours after recording, w/ the speakers’ consent 👩{ZWJ}🔬; "
    "gaps are marked [inaudible] with the recorder’s time, e.g. 00:14:32. Questions to "
    f"Maria Santos, project archivist. Names keep their accents (Zoë, Łukasz, Ay\u0306gu\u0308l), "
    f"and long words may break at a soft hy{SHY}phen. Deposited with the Almaty city archive "
    "(Алматы қалалық мұрағаты)."
)


def numbered(text: str) -> list[re.Match[str]]:
    """Every line number in the margin, in order."""
    return list(LINE_NUMBER.finditer(text))


def turn_words(text: str, line: Span) -> Span:
    """A transcript line without its line number and the two spaces after it."""
    start, end = line
    number = LINE_NUMBER.match(text, start)
    return (number.end() + 2, end) if number and number.end() + 2 < end else line


def item_lines(text: str) -> list[Span]:
    """Every line of every item."""
    return [line for item in items(text) for line in lines_in(text, *item)]


def short_lines(text: str, longest: int = 16) -> dict[str, list[Span]]:
    """Item lines (without their line numbers) shorter than ``longest`` that stand two or
    more times word for word, by their words: the stock turns and answers that recur."""
    found: dict[str, list[Span]] = {}
    for line in item_lines(text):
        words = turn_words(text, line)
        if words[1] - words[0] < longest:
            found.setdefault(text[slice(*words)], []).append(words)
    return {words: spans for words, spans in found.items() if len(spans) >= 2}


def latin(words: str) -> str:
    """Kazakh Cyrillic words in the 2021 Latin alphabet (capitals kept), Persian words in
    Finglish."""
    out = []
    for char in words:
        lower = char.lower()
        if lower in LATIN_OF or lower in FINGLISH:
            letters = LATIN_OF.get(lower) or FINGLISH.get(lower, "")
            out.append(letters.capitalize() if char != lower else letters)
        else:
            out.append(char)
    return "".join(out)
