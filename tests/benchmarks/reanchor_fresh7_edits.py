"""Operations the seventh-round fresh families are made of (no test here): each changes a
:class:`TrackedText` the way a moderator, a copy editor, an OCR engine or a keyboard
clean-up would, so the truth of every passage is known.
"""

from __future__ import annotations

import random
import re
import unicodedata

from tests.benchmarks.reanchor_fresh5_places import lines_in
from tests.benchmarks.reanchor_fresh6_edits import delete_paragraph
from tests.benchmarks.reanchor_fresh7_kit import (
    ABBREVIATION,
    ABBREVIATIONS,
    ARABIC_YEH_KAF,
    CURRENCY_CODES,
    ENGLISH_OF,
    GLOSSED,
    GLOSSES,
    INSTITUTION,
    MAGNITUDES,
    MISSPELLING,
    OLD_TONE,
    PERSIAN_DIGITS,
    PERSIAN_JOINS,
    PROPER,
    SUM,
    YORUBA_TONES,
    ZWNJ,
)
from tests.benchmarks.reanchor_fresh7_places import QUOTE_MARK, Span, content
from tests.storage.edit_simulation import TrackedText

# -- quotes --------------------------------------------------------------------------------------


def trim_quote(tracked: TrackedText, block: list[Span]) -> None:
    """A block quote cut to its first line, "> […]" in place of the rest."""
    start = block[0][1]
    tracked.replace(start, block[-1][1] - start, f"\n{QUOTE_MARK}[…]")


def repeats_earlier(text: str, block: list[Span]) -> bool:
    """Whether the first quoted line of ``block`` stands word for word earlier in the text."""
    s, e = content(text, block[0])
    return text.find(text[s:e], 0, block[0][0]) >= 0


def delete_quote(tracked: TrackedText, block: list[Span]) -> None:
    """A block quote deleted with its blank line."""
    delete_paragraph(tracked, (block[0][0], block[-1][1]))


# -- diacritics ----------------------------------------------------------------------------------


def new_style_tones(tracked: TrackedText, span: Span) -> None:
    """Vietnamese tone marks of ``span`` moved from the first vowel of "oa", "oe", "uy" at
    a syllable's end to the second ("hòa" → "hoà", "thủy" → "thuỷ")."""
    for match in reversed(list(OLD_TONE.finditer(tracked.text, *span))):
        first, second = match[1][0], match[1][1]
        letters = unicodedata.normalize("NFD", first)
        moved = letters[0] + unicodedata.normalize("NFC", second + letters[1:])
        tracked.replace(match.start(1), 2, moved)


def drop_tones(tracked: TrackedText, span: Span) -> None:
    """Yoruba tone marks of ``span`` dropped (grave, acute, macron); dots under letters kept."""
    for at in reversed(range(*span)):
        char = tracked.chars[at]
        if char in YORUBA_TONES:
            tracked.replace(at, 1, "")
            continue
        parts = unicodedata.normalize("NFD", char)
        if len(parts) > 1 and any(mark in YORUBA_TONES for mark in parts):
            kept = "".join(c for c in parts if c not in YORUBA_TONES)
            tracked.replace(at, 1, unicodedata.normalize("NFC", kept))


def accent(tracked: TrackedText, names: dict[str, str]) -> None:
    """Every whole-word occurrence of each word of ``names`` written with its diacritics
    ("Nguyen" → "Nguyễn", "Hanoi" → "Hà Nội")."""
    words = {
        plain: accented
        for name, full in names.items()
        for plain, accented in zip(
            name.split(), full.split() if " " in name else [full], strict=True
        )
        if plain != accented
    }
    if not words:
        return
    alternatives = "|".join(map(re.escape, words))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?![\w\u0300-\u036f])")
    for match in reversed(list(pattern.finditer(tracked.text))):
        tracked.replace(match.start(), len(match[0]), words[match[0]])


# -- OCR -----------------------------------------------------------------------------------------

#: What an OCR engine misreads, and how often: pairs first, then single characters.
MISREADINGS = (
    ("rn", "m", 0.6),
    ("cl", "d", 0.5),
    ("m", "rn", 0.2),
    ("O", "0", 0.5),
    ("0", "O", 0.3),
    ("1", "l", 0.3),
    ("l", "1", 0.05),
    ("e", "c", 0.02),
)


def _plain_letter(char: str) -> str | None:
    """The ASCII letter under a Latin letter with a diacritic ("é" → "e"), else None."""
    parts = unicodedata.normalize("NFD", char)
    if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha():
        return parts[0]
    return None


def misread(tracked: TrackedText, rng: random.Random, span: Span) -> None:
    """An OCR pass over ``span``: "rn" read "m" and back, "cl" read "d", O and 0, 1 and l
    confused, and half the diacritics of Latin letters dropped."""
    at = span[1] - 1
    while at >= span[0]:
        chars = tracked.chars
        following = chars[at + 1] if at + 1 < len(chars) else ""
        if unicodedata.combining(following) or unicodedata.combining(chars[at]):
            at -= 1
            continue
        pair = "".join(chars[at - 1 : at + 1]) if at > span[0] else ""
        done = False
        for old, new, chance in MISREADINGS:
            if len(old) == 2 and pair == old and not unicodedata.combining(chars[at - 1]):
                if rng.random() < chance:
                    tracked.replace(at - 1, 2, new)
                    at -= 1  # the pair's first letter is done too
                    done = True
                    break
            elif len(old) == 1 and chars[at] == old and rng.random() < chance:
                tracked.replace(at, 1, new)
                done = True
                break
        if not done:
            plain = _plain_letter(chars[at])
            if plain is not None and rng.random() < 0.5:
                tracked.replace(at, 1, plain)
        at -= 1


# -- abbreviations, brackets, sums ---------------------------------------------------------------


def expand(tracked: TrackedText, spans: list[Span]) -> None:
    """The abbreviations at ``spans`` spelled out ("Dept." → "Department")."""
    for start, end in sorted(spans, reverse=True):
        tracked.replace(start, end - start, ABBREVIATIONS[tracked.text[start:end]])


def abbreviations(text: str) -> list[Span]:
    """Every abbreviation."""
    return [m.span() for m in ABBREVIATION.finditer(text)]


def insert_after(tracked: TrackedText, places: list[tuple[int, str]]) -> None:
    """Each bracket typed after its place: " [sic]", " [noodle soup]"."""
    for at, bracket in sorted(places, reverse=True):
        tracked.replace(at, 0, f" [{bracket}]")


def sic_places(text: str) -> list[tuple[int, str]]:
    """After every planted misspelling: "sic"."""
    return [(m.end(), "sic") for m in MISSPELLING.finditer(text)]


def gloss_places(text: str) -> list[tuple[int, str]]:
    """After the first use of each foreign word: its gloss."""
    seen: dict[str, int] = {}
    for match in GLOSSED.finditer(text):
        seen.setdefault(match[0], match.end())
    return [(at, GLOSSES[word]) for word, at in seen.items()]


def translation_places(text: str) -> list[tuple[int, str]]:
    """After every whole foreign passage: its English."""
    found = []
    for passage, english in ENGLISH_OF.items():
        at = text.find(passage)
        while at >= 0:
            found.append((at + len(passage), english))
            at = text.find(passage, at + 1)
    return found


def restate_sums(tracked: TrackedText, signs: set[str], *, spell: bool) -> None:
    """Sums in ``signs`` given their currency code ("£12,500" → "GBP 12,500"); with
    ``spell``, "m" and "bn" spelled out ("EUR 412.3 million")."""
    for match in reversed(list(SUM.finditer(tracked.text))):
        if match[1] not in signs:
            continue
        if spell and match[3]:
            tracked.replace(match.start(3), len(match[3]), MAGNITUDES[match[3]])
        tracked.replace(match.start(1), 1, CURRENCY_CODES[match[1]])


# -- tables --------------------------------------------------------------------------------------


def table_as_prose(tracked: TrackedText, rows: list[Span], *, run_in: bool) -> None:
    """A pipe table made sentences, one a row ("Revenue: 397.2 (Q3 2026), 387.2 (Q3
    2025)."), its header line deleted; with ``run_in``, the sentences one paragraph."""
    text = tracked.text
    header = text[rows[0][0] : rows[0][1]].split(" | ")
    for start, end in reversed(rows[1:]):
        line = text[start:end]
        seps = [start + m.start() for m in re.finditer(r" \| ", line)]
        tracked.replace(end, 0, f" ({header[len(seps)]}).")
        for index in reversed(range(len(seps))):
            tracked.replace(seps[index], 3, ": " if index == 0 else f" ({header[index]}), ")
    if run_in:
        lines = lines_in(tracked.text, rows[1][0], _row_end(tracked, rows))
        for _, end in reversed(lines[:-1]):
            tracked.replace(end, 1, " ")
    tracked.replace(rows[0][0], rows[0][1] + 1 - rows[0][0], "")


def _row_end(tracked: TrackedText, rows: list[Span]) -> int:
    """Where the last row ends now (the rows have grown but not moved their start)."""
    end = tracked.text.find("\n\n", rows[-1][0])
    return len(tracked.text.rstrip("\n")) if end < 0 else end


# -- repeats -------------------------------------------------------------------------------------


def delete_unit(tracked: TrackedText, unit: Span) -> None:
    """A sentence deleted with a space next to it; one that fills its line (after a "> ")
    deleted with the line and a line break; a line that is a paragraph, with a blank line."""
    start, end = unit
    text = tracked.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip() == "" and text[line_start:start] in ("", QUOTE_MARK):
        opens = line_start == 0 or text[line_start - 2 : line_start] == "\n\n"
        closes = text[line_end : line_end + 2] == "\n\n" or line_end + 1 >= len(text)
        if opens and closes:
            delete_paragraph(tracked, (line_start, line_end))
        elif closes:
            tracked.replace(line_start - 1, line_end + 1 - line_start, "")
        else:
            tracked.replace(line_start, line_end + 1 - line_start, "")
    elif text[end : end + 1] == " ":
        tracked.replace(start, end + 1 - start, "")
    elif text[start - 1 : start] == " ":
        tracked.replace(start - 1, end + 1 - start, "")
    else:
        tracked.replace(start, end - start, "")


def keep_first(tracked: TrackedText, groups: list[list[Span]]) -> None:
    """Every occurrence but the first of each group deleted (an occurrence inside another
    one that goes is deleted with it)."""
    doomed = sorted({span for group in groups for span in group[1:]})
    outer = [s for s in doomed if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in doomed)]
    for unit in reversed(outer):
        delete_unit(tracked, unit)


# -- Persian and Urdu ----------------------------------------------------------------------------


def is_urdu(text: str, span: Span) -> bool:
    """A sentence with letters only Urdu uses (gol heh, bari yeh, do-chashmi heh, noon ghunna)."""
    return re.search("[ہےھں]", text[span[0] : span[1]]) is not None


def persian_letters(tracked: TrackedText, span: Span) -> None:
    """Arabic yeh and kaf of ``span`` made Persian ones (ي → ی, ك → ک)."""
    for at in reversed(range(*span)):
        new = tracked.chars[at].translate(ARABIC_YEH_KAF)
        if new != tracked.chars[at]:
            tracked.replace(at, 1, new)


def persian_joins(tracked: TrackedText, span: Span) -> None:
    """The space after "می" and before "ها" of ``span`` made a zero-width non-joiner."""
    for match in reversed(list(PERSIAN_JOINS.finditer(tracked.text, *span))):
        space = match.start() + match[0].index(" ")
        tracked.replace(space, 1, ZWNJ)


def persian_digits(tracked: TrackedText, span: Span) -> None:
    """ASCII digits of ``span`` made Persian ones."""
    for at in reversed(range(*span)):
        if tracked.chars[at].isascii() and tracked.chars[at].isdigit():
            tracked.replace(at, 1, tracked.chars[at].translate(PERSIAN_DIGITS))


# -- capitals ------------------------------------------------------------------------------------


def sentence_case(tracked: TrackedText, span: Span) -> None:
    """A Title Case line made sentence case: every word after the first in lower case
    but names, places, languages, months, days and acronyms."""
    words = list(re.finditer(r"[^\W\d_][\w’'-]*", tracked.text[span[0] : span[1]]))
    for match in reversed(words[1:]):
        word = match[0]
        bare = re.split(r"[’']", word)[0]
        if not word[0].isupper() or bare in PROPER or (len(bare) > 1 and bare.isupper()):
            continue
        tracked.replace(span[0] + match.start(), 1, word[0].lower())


def down_style(tracked: TrackedText) -> None:
    """Institutions after "the" in lower case ("the Court" → "the court")."""
    for match in reversed(list(INSTITUTION.finditer(tracked.text))):
        for word in reversed(list(re.finditer(r"\w+", match[0]))):
            at = match.start() + word.start()
            tracked.replace(at, 1, tracked.chars[at].lower())
