"""Write ``desktop_app/core/compare/number_words_table.py``: number words of num2words and CLDR.

Run ``python tools/generate_number_words.py`` (num2words, unicode-rbnf, CLDR's rule-based
number spell-out, and num2words2 are test dependencies, pinned in constraints.txt), then
``ruff format`` on
the table, after changing the languages or the values below; the test
``tests/core/compare/test_numerals.py`` checks that the written table is what the pinned
libraries give, so the app reads number words with no run-time dependency.

For every language: each way num2words writes 1-100, the hundreds, the thousands 1000-9000,
and one, two and five million and billion, lower-cased. A phrase of several words is kept
whole ("quatre-vingt-dix", "ثلاثة و عشرون") and its words are kept too when they are a
number alone; the last word of "two thousand", "dve hiljade", "seši simti" is a scale word or
the hundred in the form that follows a numeral. The words that join parts of a number
("and", "og", "și") are conjunctions, listed by hand in the reader (``numerals.py``).
"""

from __future__ import annotations

import pprint
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import regex
from num2words import num2words
from num2words2 import num2words as num2words2
from unicode_rbnf import RbnfEngine

#: num2words' codes of the languages read: every language it writes but Korean and
#: Japanese (news write their figures in digits, and their one-syllable numerals are parts
#: of common words), Thai (written without spaces: its numerals are inside the bigrams),
#: its regional variants, and Tetum (its "rua", two, is the Portuguese for a street).
LANGUAGES = (
    "am", "ar", "az", "be", "bn", "ca", "ce", "cs", "cy", "da", "de", "en", "eo", "es", "fa",
    "fi", "fr", "he", "hu", "id", "is", "it", "kn", "kz", "lt", "lv", "nl", "no", "pl", "pt",
    "ro", "ru", "sk", "sl", "sr", "sv", "te", "tg", "tr", "uk", "vi",
)  # fmt: skip
#: Languages num2words counts in lakhs (a million is "ten lakh"): read up to the thousands
#: only, so that no lakh is taken for a word of scale it is not.
LAKH_LANGUAGES = frozenset({"bn", "kn", "te", "ta"})
#: Words left out of the table: common words of other languages that a figure before them
#: would read as a scale ("10 min" is minutes, not Azerbaijani thousands).
LEFT_OUT = frozenset({"min"})
#: The values written out in every language.
VALUES = (
    *range(1, 101),
    *range(200, 1000, 100),
    *range(101, 1000, 10),  # "four hundred and eleven": the words joining hundreds and tens
    *range(1000, 10000, 1000),
    *(k * 10**p for p in (6, 9) for k in (1, 2, 5)),
)
#: Languages num2words does not write, from CLDR's rule-based number spell-out
#: (unicode-rbnf, pinned): every CLDR locale with spell-out rules but the regional variants,
#: the scripts written without spaces (Japanese, Korean, Chinese, Thai, Lao, Khmer, Burmese,
#: as for num2words' Thai), Filipino (written with accents news leave out: "waló") and the
#: languages of a few thousand readers whose number words are mostly other words elsewhere.
RBNF_LANGUAGES = (
    "af", "bg", "bs", "el", "et", "fo", "hr", "hy", "kk", "lb", "ms", "nn", "sq", "su", "sw",
    "ta", "zu",
)  # fmt: skip
#: Languages of the development set that neither num2words nor CLDR writes, nor the
#: hand-listed table covers, from num2words2 (a port of num2words to Rust that writes some
#: 170 languages, pinned): every one it writes in the language's own script (not Sorani,
#: which it writes in Latin letters), but Haitian Creole and Malagasy (in the hand table) and
#: Tagalog (read by hand, see ``numerals.py``). Its compound numbers are often not the
#: news' ("nees nkaum thiab plaub", Hmong 24, written "nees nkaum plaub"), but its units,
#: tens and words of scale are, and the reader joins them.
NUM2WORDS2_LANGUAGES = (
    "as", "ba", "bm", "bo", "br", "ceb", "dv", "ff", "gu", "haw", "hmn", "jv", "ki", "ku",
    "lg", "lij", "ln", "mi", "ml", "mn", "mr", "oc", "om", "rm", "rw", "sd", "si", "sn", "tk",
    "tt", "wo", "xh", "yi", "yo",
)  # fmt: skip
TARGET = Path(__file__).resolve().parents[1] / "desktop_app/core/compare/number_words_table.py"
#: A word with its combining marks and joiners (the ``regex`` module's Unicode ``\w``).
_WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Serbian in Latin letters (what num2words writes) to Cyrillic, digraphs first.
_SERBIAN_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_SERBIAN_LETTERS = dict(
    zip(
        "abvgdđežzijklmnoprstćufhcčš",
        "абвгдђежзијклмнопрстћуфхцчш",
        strict=True,
    )
)


def to_serbian_cyrillic(text: str) -> str:
    """Serbian Latin spelling in Cyrillic ("devetnaest" -> "деветнаест"); one letter each."""
    for latin, cyrillic in _SERBIAN_DIGRAPHS.items():
        text = text.replace(latin, cyrillic)
    return "".join(_SERBIAN_LETTERS.get(c, c) for c in text)


def _num2words(lang: str, n: int) -> list[str]:
    return [num2words(n, lang=lang)]


def _rbnf(lang: str, n: int) -> list[str]:
    """Every form CLDR spells ``n`` in (cardinal, and its genders where it has them)."""
    result = _RBNF_ENGINES.setdefault(lang, RbnfEngine.for_language(lang)).format_number(n)
    forms = [result.text]
    forms.extend(
        text
        for name, text in sorted(result.text_by_ruleset.items())
        if name.startswith("spellout-cardinal") and text not in forms
    )
    return forms


_RBNF_ENGINES: dict[str, RbnfEngine] = {}


def _num2words2(lang: str, n: int) -> list[str]:
    """How num2words2 writes ``n``; nothing where it writes no word (a figure, or "")."""
    text = num2words2(n, lang=lang)
    return [text] if _WORD.search(text) else []


def language_table(
    lang: str, spell: Callable[[str, int], list[str]] = _num2words
) -> dict[str, dict[str, int]]:
    """``{"words": …, "phrases": …, "scales": …}`` of one language, each word -> its value."""
    lakhs = lang in LAKH_LANGUAGES
    values = [n for n in VALUES if not lakhs or n < 10**5]
    written = [(n, text.lower().replace(",", " ")) for n in values for text in spell(lang, n)]
    words: dict[str, int] = {}
    phrases: dict[str, int] = {}
    for n, text in written:
        parts = _WORD.findall(text)
        if len(parts) == 1 and n < 10**6:
            words.setdefault(parts[0], n)
        if len(parts) > 1 and n <= 100:
            phrases.setdefault(" ".join(parts), n)
    scales: dict[str, int] = {}
    # A word of scale ends the phrases of several multipliers ("two hundred", "tri sto"); in
    # the languages that put the scale first (Zulu "amakhulu amabili" 200, Swahili "elfu
    # mbili") the last word is the multiplier, ending one phrase each. num2words' table
    # keeps its scales as they were (Czech "stě" ends "dvě stě" alone).
    endings = Counter(
        (_magnitude(n), _WORD.findall(text)[-1]) for n, text in written if " " in text.strip()
    )
    if spell is not _num2words:
        # CLDR glues some hundreds ("երկուհարյուր", Armenian 200) that news write apart: what
        # follows a unit's word in several of them is the word of scale ("հարյուր"), and is
        # read as one alone too; so is a hundred said alone that ends "two hundred" apart.
        units = {value: word for word, value in words.items() if value < 10}
        for n, text in written:
            magnitude = _magnitude(n)
            unit = units.get(n // magnitude) if magnitude in (100, 1000) else None
            if unit is not None and " " not in text.strip() and text.startswith(unit):
                endings[magnitude, text.strip()[len(unit) :]] += 1
        for (magnitude, word), count in endings.items():
            if magnitude in (100, 1000) and count >= 2 and word.isalpha():
                words.pop(word, None)
                scales.setdefault(word, magnitude)
    for n, text in written:
        parts = _WORD.findall(text)
        magnitude = _magnitude(n)
        leads = spell is not _num2words and endings[magnitude, parts[-1]] < 2
        if len(parts) > 1 and magnitude and parts[-1] not in words and not leads:
            scales.setdefault(parts[-1], magnitude)
            if len(parts) == 2 and n // magnitude < 10 and parts[0] not in scales:
                words.setdefault(parts[0], n // magnitude)  # "două" of "două mii", "tvö"
        if len(parts) == 1 and n in (10**6, 10**9):
            scales.setdefault(parts[0], n)  # "milione", "miljon"
        elif len(parts) == 1 and n > 10**6:
            words.setdefault(parts[0], n)  # "kaksimiljoonaa", "مليونا"
    return {
        "words": {w: v for w, v in words.items() if w not in LEFT_OUT},
        "phrases": phrases,
        "scales": {w: v for w, v in scales.items() if w not in LEFT_OUT},
    }


def _magnitude(n: int) -> int:
    """The largest of a billion, a million, a thousand and a hundred that divides ``n``."""
    return next((p for p in (10**9, 10**6, 1000, 100) if n % p == 0 and n >= p), 0)


def build() -> dict[str, dict[str, dict[str, int]]]:
    """The table of every language; Serbian also in Cyrillic letters (``sr_cyrl``)."""
    table = {lang: language_table(lang) for lang in LANGUAGES}
    table.update({lang: language_table(lang, _rbnf) for lang in RBNF_LANGUAGES})
    table.update({lang: language_table(lang, _num2words2) for lang in NUM2WORDS2_LANGUAGES})
    table["sr_cyrl"] = {
        part: {to_serbian_cyrillic(word): value for word, value in entries.items()}
        for part, entries in table["sr"].items()
    }
    return table


def main() -> None:
    """Write the table module."""
    body = pprint.pformat(build(), width=100, sort_dicts=True)
    TARGET.write_text(
        '"""Number words of many languages, as num2words, CLDR and num2words2 write them'
        ' (generated)."""\n\n'
        "# Written by tools/generate_number_words.py; tests/core/compare/test_numerals.py checks\n"
        "# it against the pinned num2words, unicode-rbnf and num2words2.\n"
        f"TABLE: dict[str, dict[str, dict[str, int]]] = {body}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
