"""How the twenty-fifth round's newsroom texts are laid out, and where their parts stand.

Every text is a full page as a newsroom's or a monitor's tool writes it, laid out as the
twenty-third round's exports (whose readers are reused): a title, a line under it, a lead,
then sections (a fact-check's "The evidence", a digest's topic, a rundown's block, a
budget's desk, a day of corrections, a comment thread, a notice's subject), each with a
one-line note and items of two lines or more (a head line such as "Reuters · 07:42 · web"
or "A3 · FLOODS · 00:12:30 · PKG", then body lines), and a footer under "About this
export". Lines recur word for word: a claim quoted at the top, in the body and in the
verdict box; a wire lede under several outlets' names; a lower-third line; "ENDS", "Read
more", "Reply", "Thank you."; the stock "We apologise for the error.". Timecodes, verdict
labels, figures, Myanmar digits and zero-width spaces, and classical Armenian spellings
stand in every text (at least in the footer), so every family finds what it edits.
"""

from __future__ import annotations

import re

from tests.benchmarks.reanchor_fresh23_kit import NBSP, SHY, ZWJ, ZWSP

#: A fact-check's verdict labels.
VERDICT = re.compile(r"\b(?:False|Misleading|Needs context|Mostly true)\b")
#: A line a reader codes as the verdict box's summary ("What we found: …").
SUMMARY = re.compile(r"^What we found: [^\n]+", re.MULTILINE)
#: An anchor's intro line in a rundown.
INTRO = re.compile(r"^ANCHOR: [^\n]+", re.MULTILINE)
#: When a wire item is due, and what moving it writes.
EXPECTED = re.compile(r"Expected by (\d{4}) GMT")
#: A figure in a sentence ("42", "1,200", "4.5"), in Western digits.
FIGURE = re.compile(r"(?<![0-9:])[0-9]+(?:[.,][0-9]+)?(?![0-9:])")
#: Myanmar script (letters, marks, digits, its stops) with the spaces and zero-width spaces
#: inside a run.
MYANMAR = re.compile(r"[\u1000-\u109f][\u1000-\u109f\u200b ]*[\u1000-\u109f]")
MYANMAR_DIGITS = "၀၁၂၃၄၅၆၇၈၉"
#: A vowel sign typed before its consonant (and medials), as Zawgyi keyboards store it
#: ("ေရ" for "ရေ"): only at a word's start, where Unicode order never puts it.
ZAWGYI_ORDER = re.compile("(?<![^\\s\u200b])\u1031[\u1000-\u1021][\u103b-\u103e]*")
#: What one side's normalising touches in Myanmar text: its digits, zero-width spaces, a
#: vowel sign in Zawgyi order.
BURMESE_MARK = re.compile(f"[{MYANMAR_DIGITS}]|{ZWSP}|{ZAWGYI_ORDER.pattern}")
#: Armenian script with its marks, as a run of words.
ARMENIAN = re.compile(r"[\u0531-\u058a][\u0531-\u058a\u055e\u055d \u00a0,0-9-]*[\u0531-\u058a]")
#: The classical spellings an older version uses, and the reformed ones (in order).
REFORMED = (
    ("ութիւն", "ություն"),
    ("ութեան", "ության"),
    ("եան", "յան"),
    ("եւ", "և"),
    ("աւօ", "ավո"),
    ("աւ", "ավ"),
    ("նուի", "նվի"),
    ("իւ", "յու"),
)
CLASSICAL = re.compile("|".join(old for old, _ in REFORMED))

#: What every page's footer ends with: the marks that trip placement (an apostrophe, a
#: no-break space, a joiner, a combining mark, a soft hyphen, a zero-width space) and one of
#: each thing the families edit, so that every text holds them.
STOCK = (
    f"Archived by the monitoring desk’s tool{NBSP}📡 at 00:12:30 on 12 March; verdicts "
    f"(False, Misleading, Needs context) follow the 2024 policy 👩{ZWJ}💻. Wire items are "
    "Expected by 1400 GMT unless moved, 3 outlets a topic. Names keep their marks "
    f"(Ay\u0306gu\u0308l, Łukasz), and long words may break at a soft hy{SHY}phen. "
    f"Notices: ရန်ကုန်{ZWSP}မြို့ ၁၂ ေရ; Հաղորդագրութիւն եւ ծանուցում։"
)


def myanmar_digits(words: str) -> str:
    """Western digits written as Myanmar ones."""
    return "".join(MYANMAR_DIGITS[int(c)] if c.isascii() and c.isdigit() else c for c in words)


def zawgyi(words: str) -> str:
    """Words whose first syllable's vowel sign "ေ" is typed before its consonant and
    medials (Zawgyi's visual order)."""
    return re.sub("(?<![^\\s\u200b])([\u1000-\u1021][\u103b-\u103e]*)\u1031", "\u1031\\1", words)


def unicode_order(mark: str) -> str:
    """What normalising writes for one :data:`BURMESE_MARK`: a Myanmar digit as a Western
    one, a zero-width space as nothing, a vowel sign after its consonant."""
    if mark in MYANMAR_DIGITS:
        return str(MYANMAR_DIGITS.index(mark))
    if mark == ZWSP:
        return ""
    return mark[1:] + mark[0]


def reformed(words: str) -> str:
    """Armenian words in the reformed orthography ("-ութիւն" as "-ություն", "եւ" as "և")."""
    for old, new in REFORMED:
        words = words.replace(old, new)
    return words
