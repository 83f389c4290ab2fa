"""How the twenty-sixth round's sports and arts pages are laid out, and what their families edit.

Every text is a full page as a sports or arts desk's tool exports it, laid out as the
twenty-third round's exports (whose readers are reused): a title, a line under it, a lead
(the standfirst), then sections (a half of a match, a division's table, a race's category,
a part of a life, a part of a review, a channel, a notice's subject), each with a one-line
note and items of two lines or more, then a footer under "About this export". Lines recur
word for word: "Full time", "Kick-off", a score line, a pull quote in the standfirst and the
body, a programme's blurb under several times and channels, "Ends", "Read more". Scores,
minutes, table rows, finishing positions, star ratings, a misspelt name, straight quotes,
Khmer digits, zero-width spaces and legacy order, and Tibetan digits and tsheg variants
stand in every text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, SHY, ZWJ, ZWSP

#: A score: "2–1" (an en dash between two goal counts).
SCORE = re.compile(r"(?<![0-9–-])([0-9])–([0-9])(?![0-9–-])")
#: A minute of a match: "23'", "45+2'" (an ASCII apostrophe after the figure).
MINUTE = re.compile(r"(?<![0-9+])([0-9]{1,3})(?:\+([0-9]))?'")
#: A scorer line: "Goal: M. Okafor 45+2' (Lyon Athletic)".
GOAL = re.compile(r"^Goal: [^\n]+", re.MULTILINE)
#: A league table's row: "3. Lyon Athletic — 24 14 5 5 41 22 47" (P W D L GF GA Pts).
ROW = re.compile(r"^([0-9]{1,2})\. ([^\n—]+) — ((?:[0-9]+ ){6}[0-9]+)$", re.MULTILINE)
#: A finishing position or a table place at a line's start: "12. ".
POSITION = re.compile(r"^([0-9]{1,3})\. ", re.MULTILINE)
#: A star rating.
STARS = re.compile("[★☆]{5}")
#: A review's one-line verdict ("In short: …").
IN_SHORT = re.compile(r"^In short: [^\n]+", re.MULTILINE)
#: The misspelt surname an obituary first printed, and the spelling its family asked for.
MISSPELT, CORRECT_SPELLING = "Halvorsen", "Halvorson"
#: What a copy editor changes: straight quotes, an apostrophe inside a word, a spaced hyphen
#: or a double hyphen used as a dash.
COPY_MARK = re.compile(r"\"|(?<=[A-Za-z])'(?=[A-Za-z])| - |--")
#: Khmer script (letters, signs, digits, its stops) with spaces and zero-width spaces inside.
KHMER = re.compile(r"[\u1780-\u17ff][\u1780-\u17ff\u200b ]*[\u1780-\u17ff]")
KHMER_DIGITS = "០១២៣៤៥៦៧៨៩"
#: A vowel sign typed before the coeng and subscript consonant it follows in Unicode order
#: (legacy keyboards' order: "តូ្រវ" for "ត្រូវ").
LEGACY_ORDER = re.compile("[\u17b6-\u17c5]\u17d2[\u1780-\u17a2]")
#: What one side's normalising touches in Khmer text: its digits, zero-width spaces, a vowel
#: sign in legacy order.
KHMER_MARK = re.compile(f"[{KHMER_DIGITS}]|{ZWSP}|{LEGACY_ORDER.pattern}")
#: Tibetan script (letters, stacks, tsheg, shad, digits) with spaces inside a run.
TIBETAN = re.compile(r"[\u0f00-\u0fff][\u0f00-\u0fff ]*[\u0f00-\u0fff]")
TIBETAN_DIGITS = "༠༡༢༣༤༥༦༧༨༩"
TSHEG, NON_BREAKING_TSHEG, SHAD, NYIS_SHAD = "\u0f0b", "\u0f0c", "\u0f0d", "\u0f0e"
#: What one side's normalising touches in Tibetan text: its digits, a non-breaking tsheg, a
#: double shad.
TIBETAN_MARK = re.compile(f"[{TIBETAN_DIGITS}{NON_BREAKING_TSHEG}{NYIS_SHAD}]")
#: A line holding Khmer or Tibetan letters.
SCRIPT_LINE = re.compile(r"^[^\n]*[\u1780-\u17ff\u0f00-\u0fff][^\n]*$", re.MULTILINE)

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark, a soft hyphen, a zero-width space) and one of
#: each thing the families edit, so that every text holds them.
STOCK = (
    f"Archived by the sports and arts desk’s tool{NBSP}🏟️ on 14 March; the 2–1 at 45+2' and "
    f"the ★★★☆☆ are as first published 👩{ZWJ}💻. Results: 2. Lena {MISSPELT} (Lyon "
    f'Athletic) 2:24:08 - checked "twice" by the desk\'s editors. Names keep their marks '
    f"(Ay\u0306gu\u0308l, Łukasz), and long words may break at a soft hy{SHY}phen. Notices: "
    f"ការប្រកួត{ZWSP}នឹងចាប់ផើ្តមម៉ោង ៧ យប់។ རྩེད་འགྲན་ཚེས༌༡༢ལ་འགོ་འཛུགས༎"
)


def khmer_digits(words: str) -> str:
    """Western digits written as Khmer ones."""
    return "".join(KHMER_DIGITS[int(c)] if c.isascii() and c.isdigit() else c for c in words)


def tibetan_digits(words: str) -> str:
    """Western digits written as Tibetan ones."""
    return "".join(TIBETAN_DIGITS[int(c)] if c.isascii() and c.isdigit() else c for c in words)


def legacy_order(words: str) -> str:
    """Khmer words whose vowel signs after a subscript consonant are typed before the coeng
    and the subscript (a legacy keyboard's order)."""
    return re.sub("(\u17d2[\u1780-\u17a2])([\u17b6-\u17c5])", "\\2\\1", words)


def khmer_normal(mark: str) -> str:
    """What normalising writes for one :data:`KHMER_MARK`: a Khmer digit as a Western one, a
    zero-width space as nothing, a vowel sign after its coeng and subscript."""
    if mark in KHMER_DIGITS:
        return str(KHMER_DIGITS.index(mark))
    if mark == ZWSP:
        return ""
    return mark[1:] + mark[0]


def tibetan_normal(mark: str) -> str:
    """What normalising writes for one :data:`TIBETAN_MARK`: a Tibetan digit as a Western
    one, a non-breaking tsheg as a tsheg, a double shad as a shad."""
    if mark in TIBETAN_DIGITS:
        return str(TIBETAN_DIGITS.index(mark))
    return {NON_BREAKING_TSHEG: TSHEG, NYIS_SHAD: SHAD}[mark]
