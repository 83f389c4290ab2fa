"""Bantu numerals with a noun-class prefix ("abantu ababili", "izigidi ezine", "vanhu vatatu")."""

from __future__ import annotations

from decimal import Decimal

import regex

from desktop_app.core.compare.number_words_table import TABLE

#: Read a numeral whose stem is one of the tables' behind a class prefix (round 182).
READ_CLASS_PREFIXED = True

#: The counting prefix each language's table (num2words2, CLDR for Zulu) writes its units
#: two to nine with, cut to leave the stem that agrees with the noun: Zulu "kubili",
#: "isithupha"; Xhosa "sixhenxe", "lithoba"; Kinyarwanda "kabiri", "gatatu", "umunani",
#: "icyenda"; Luganda "mukaaga"; Kikuyu "igĩrĩ", "mũgwanja". Shona writes bare stems.
TABLE_PREFIXES: dict[str, tuple[str, ...]] = {
    "zu": ("isi", "ku"),
    "xh": ("si", "li"),
    "rw": ("umu", "ka", "ga", "i"),
    "lg": ("mu",),
    "ki": ("mũ", "i"),
    "sn": (),
}
#: The class prefixes and concords a numeral takes before its stem, from the languages'
#: grammars: Nguni (Zulu, Xhosa, Swati, Ndebele) adjectival concords with their initial vowel
#: ("ababili", "amane", "ezine", "emibili", "ezintathu"), with the "si" of six to nine
#: ("abasixhenxe", "yesibhozo"), the relative "le-" of Swati and Zulu ("letisihlanu",
#: "lesithathu") and the copula "ayi-" ("ayisishiyagalombili"); the plain
#: concords of Kinyarwanda and Luganda ("babiri", "basatu", "bitatu"; "esatu" is left: see
#: ``SHORT_PREFIX_STEM``), of Chewa ("zitatu") and of Shona ("vatatu", "zvitatu",
#: "chipiri"). Not "ka": Bemba "kabili" is "and", Bambara "kabini" "since".
CLASS_PREFIXES = frozenset(
    str.split(
        "aba abe ama ezi ezim ezin emi esi eli olu obu ayi ayisi lesi leti lezi leli letisi "
        "abasi ezisi yesi "
        "ba bi bu ku lu ru tu zi ga ma mi va vi chi zvi dzi"
    )
)
#: A stem this long may stand behind a prefix of two letters ("batatu"); a shorter one, four
#: in Zulu and Kinyarwanda ("ne"), Luganda and Kikuyu ("nya"), only behind a Nguni concord
#: of three letters or more with its initial vowel ("ezine", "amane"; not "bane", "mane",
#: nor Shona "chine", has).
SHORT_PREFIX_STEM = 4
#: Stems left out: Shona "china" (4; "muchina" is a machine), "sere" (8; "misere"), and
#: Kinyarwanda "nani" (8; the Swahili "who").
LEFT_OUT = frozenset({"china", "sere", "nani"})
#: The stems of two to nine only: one ("nye", "mwe") is a pronoun and an ending elsewhere.
_UNITS = range(2, 10)
#: Xhosa's table writes two, three, five and six in the forms of class 9 and 10, behind a
#: nasal ("mbini", "ntathu", "ntlanu", "ntandathu"); the other classes take the stem without
#: it, the stop breathed ("ababini", "abathathu", "abahlanu", "abathandathu").
NASAL_FORMS = frozenset({"xh"})
_DENASALISED = (("ntl", "hl"), ("nt", "th"), ("mb", "b"))


def _stems() -> dict[str, int]:
    """Each language's stems two to nine, the table's counting prefix cut; a doubled first
    consonant (Luganda "bbiri", "ssatu") made single, and Xhosa's forms of class 9 and 10
    ("mbini", "ntathu") kept beside the others' ("bini", "thathu")."""
    found: dict[str, set[int]] = {}
    for lang, prefixes in TABLE_PREFIXES.items():
        for word, value in TABLE[lang]["words"].items():
            if value not in _UNITS:
                continue
            stem = next((word[len(p) :] for p in prefixes if word.startswith(p)), word)
            if len(stem) > 2 and stem[0] == stem[1]:
                stem = stem[1:]
            forms = {stem}
            if lang in NASAL_FORMS:
                nasal = next((pair for pair in _DENASALISED if stem.startswith(pair[0])), None)
                if nasal is not None:
                    forms.add(nasal[1] + stem[len(nasal[0]) :])
            for form in forms - LEFT_OUT:
                found.setdefault(form, set()).add(value)
    return {stem: next(iter(values)) for stem, values in found.items() if len(values) == 1}


STEMS = _stems()


#: The endings of a word of tens the tables lack (Ndebele "amatshumi", Venda "mahumi"): a
#: unit after it is its multiplier, not a count ("angamatshumi amahlanu" is fifty), and is
#: left unread rather than read as five.
TENS_ENDINGS = ("shumi", "humi")
#: The "and" that adds a unit to tens the tables may lack (Kinyarwanda "mirongo itatu na
#: batanu" 35, "cumi na babiri" 12): the unit after it is no count of its own.
UNIT_JOINERS = frozenset({"na", "ne"})


def _prefixed_values() -> dict[str, int]:
    """Every class prefix glued to every stem it may stand before, with the stem's value.

    A word is read by the shortest prefix it starts with whose stem is one of ``STEMS``
    (of two letters or more); a stem under ``SHORT_PREFIX_STEM`` letters only behind a
    prefix of three letters or more that starts with a vowel. The longer prefixes are
    glued first, so that a shorter one gluing the same word overwrites them."""
    found: dict[str, int] = {}
    for prefix in sorted(CLASS_PREFIXES, key=len, reverse=True):
        for stem, value in STEMS.items():
            if len(stem) < 2:
                continue
            if len(stem) < SHORT_PREFIX_STEM and (len(prefix) < 3 or prefix[0] not in "aeiou"):
                continue
            found[prefix + stem] = value
    return found


#: The class-prefixed numerals, built once: each word of every text is looked up, not cut
#: at each length a prefix may have.
PREFIXED_VALUES = _prefixed_values()


def class_prefixed_value(lowered: str, word_before: str = "") -> Decimal | None:
    """The value of a numeral written with a class prefix ("ababili" 2, "vatatu" 3, "ezine"
    4), or None when the word is no prefix and stem of the tables or multiplies the tens
    word before it."""
    value = PREFIXED_VALUES.get(lowered)
    if value is None or not READ_CLASS_PREFIXED:
        return None
    if word_before.endswith(TENS_ENDINGS) or word_before in UNIT_JOINERS:
        return None
    return Decimal(value)


#: What Nguni writes glued before the first word of a number that begins with a vowel: the
#: possessive or locative "kwa-" and the copula "nga-", "anga-", their "a" merged with the
#: word's ("abangaphezu kwamashumi amane", more than forty; "angamatshumi amahlanu").
PHRASE_PREFIXES = ("angam", "kwam", "ngam")


def phrase_prefix_length(lowered: str, phrase_starts: frozenset[str]) -> int:
    """How many letters of ``lowered`` are such a prefix before a phrase's first word
    ("kwamashumi": 2, "amashumi" being one); 0 when none."""
    if not READ_CLASS_PREFIXED or not lowered.startswith(PHRASE_PREFIXES):
        return 0
    if lowered in phrase_starts:
        return 0
    for prefix in PHRASE_PREFIXES:
        cut = len(prefix) - 2
        if lowered.startswith(prefix) and lowered[cut:] in phrase_starts:
            return cut
    return 0


#: Give a Bantu count the slot of the noun before it as well (round 182).
NOUN_BEFORE = True
#: A figure written onto a Nguni concord and copula ("amakilasi angu-6", "abahambi
#: abangama-38", "timbuti letingu-4"): its noun stands before that word.
_GLUED_CONCORD = regex.compile(r"\b\p{L}*ng(?:u|ama)-$")
#: The word right before a position, with the space before it.
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}\p{M}'’]*)\s+$")


def counted_noun_before(text: str, start: int, surface: str) -> str | None:
    """The noun a Bantu count at ``start`` follows ("lwamakilasi" of "lwamakilasi
    ayisishiyagalombili", of "lwamakilasi angu-6"): Bantu puts the numeral after its noun,
    where other languages' slot word is the one after the number. None when the count is
    no class-prefixed numeral nor a figure glued onto a concord, or nothing stands before."""
    if not (READ_CLASS_PREFIXED and NOUN_BEFORE):
        return None
    head = text[max(0, start - 40) : start]
    glued = _GLUED_CONCORD.search(head)
    if glued is not None:
        head = head[: glued.start()]
    elif " " in surface or class_prefixed_value(surface.casefold()) is None:
        return None
    before = _WORD_BEFORE.search(head)
    return before.group(1) if before is not None else None


#: Zulu, Xhosa and Swati "ihora" (the hour, from the grammars) and Xhosa "intsimbi" (the
#: bell, the hour: "ngentsimbi yesithathu", at three), with the forms "at the hour" takes
#: ("ngehora", "ngelihora", "nentsimbi"): an hour numeral after it is a clock time, as
#: after "kello" (``terms._CLOCK_WORDS``).
NGUNI_HOUR_WORDS: tuple[str, ...] = (
    "ihora", "lihora", "ngehora", "ngelihora", "kwihora",
    "intsimbi", "ngentsimbi", "nentsimbi", "entsimbi",
)  # fmt: skip
