"""Cutting an article into the units a comparison works on: sentences within paragraphs.

Headings, bylines, titles, datelines and lists of headlines are left out, using the line
roles of :mod:`desktop_app.core.layout`. Sentence boundaries survive abbreviations
(U.S., Dr., Nov.), decimals, initials, ellipses inside a sentence, quotations that end a
sentence inside their marks, and any script with upper and lower case (Cyrillic, Greek…).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import regex

from desktop_app.core.compare.calendar_words_table import MONTH_NAMES
from desktop_app.core.layout import Role, classify_lines


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence: ``text[start:end]``, in paragraph ``paragraph`` (counted from 0)."""

    start: int
    end: int
    paragraph: int


# Words that end in a full stop without ending a sentence, when a capital follows.
_TITLES = frozenset(
    str.split(
        "mr mrs ms dr prof rep gov gen col lt sgt capt cmdr adm st mt ft jr sr rev "
        "pres supt insp vol art fig ch sec dept univ est approx cf vs "
        "г гг ул д им тыс млн млрд руб проф акад ст см т "
        # ranks, titles and street words of other languages ("st. kpt. Marek Nowicki",
        # "ul. Piotrkowska", "Sra. Costa", "Dott. Rossi", "Mme Roux", "Doç. Dr.")
        "kpt mł asp sierż mjr płk bryg nadbryg kom nadkom podinsp inż mgr ks hab prok dyr "
        "godz tys ul al woj pow gm sra dra eng avda dña hr fr nr bzw str sig dott ing avv "
        "mme mlle mudr judr nám doç yrd cad sok mah "
        # Philippine titles ("Engr. Ramon David", "Atty.", "Gng. Teresita" Mrs, "Bb." Miss,
        # "Kgg." the Honourable)
        "engr atty gng bb kgg "
        # Titles newspapers write before a name in the languages of the set (round 169,
        # entry 169 of tests/compare_data/README.md): Philippine "Ma." (Maria), "Sto."/"Sta."
        # (Santo/Santa), "Bro." (Brother); Nigerian and Ghanaian "Alh." (Alhaji), "Pst."
        # (Pastor); Indonesian, Malay, Madurese, Sasak and Buginese "Ir." (engineer), "Drs.",
        # "drh." (veterinarian), "drg." (dentist), "Hj." (Hajjah), "KH." (Kiai Haji), "Pdt."
        # (Reverend), "Moh."/"Muh." (Mohammad), "Abd." (Abdul), Minangkabau "Dt." (Datuak);
        # Swahili "Bi." (Ms), "Bw." (Mr); Afrikaans "mnr.", "mev."; Canadian and British
        # police "Const.", "Cst.", "Cpl."; Indian English "Govt."; Mexican "Lic."; Bengali "মো."
        # (Md.), Tamil "திரு." (Mr)
        "alh pst drs drh drg hj kh pdt moh muh abd mnr mev "
        "const cst cpl govt lic মো திரு "
        # Tausug and Sama "Hji." (Hadji) before a name ("Kapitan sin barangay, Hji.
        # Abdurasad Sali"; round 195, entry 195 of tests/compare_data/README.md: never a
        # sentence's last word in any text of the 560 development pairs)
        "hji "
        # the second word of a rank written "Lt Cdr." or "Sqn Ldr." (Lieutenant Commander,
        # Squadron Leader): after a title with no full stop it would else be read as a name
        # (``_named_by_title``) and end the sentence (review of round 195)
        "cdr ldr "
        # Devanagari and Bengali doctor, professor and number ("सिविल सर्जन डॉ. सुनीता झा",
        # "डा.", "प्रो.", "शाळा क्र. ३", "ডা.", "ড. মুহাম্মদ"); "डॉ" ends in a vowel sign and
        # "क्र" in a conjunct, which ``_WORD_BEFORE`` reads whole
        "डॉ डा प्रो क्र ডা ড"
    )
)
#: Titles that are also a short word of other languages ("ma" to in Bambara, "bi" the in
#: Wolof, "ir" is in Latvian): a title only when written with its capital ("Dr. Ma. Teresa",
#: "Bi. Rehema Mwakisha", "Ir. Abd. Rahman"), as a word ending a sentence is not.
#: Round 172 (entry 172 of tests/compare_data/README.md) adds the listed words that are
#: ordinary small words of the set's languages and whose abbreviation newspapers capitalise:
#: Italian "sto", "sta" (I stay, stays: "Non ci sto."; Philippine "Sto. Niño", "Sta. Cruz"),
#: English "bro" ("Thanks, bro."; "Bro. Jose"), Swedish "hon" (she: "säger hon."; "Hon.
#: Cuthbert Der"), Danish and Norwegian "det" (it), Swedish "sen" (late), "maj" (May), "jul"
#: (Christmas), Spanish, Portuguese and Ladino "mar" (the sea), Polish and Czech "co" (what),
#: Dutch "op" (on, up), Kaqchikel "jun" (one); English months and days are all capitalised.
#: Polish writes "gen.", "prof.", "kom.", "al." and Italian "sig." small before a name, and
#: Russian "ул." (street) is Tatar's "ул" (he, she): those stay titles in either case.
_CAPITALISED_TITLES = frozenset(
    str.split(
        "ma bi bw ir dt sto sta bro hon det sen maj co op "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "mon tue tues wed thu thur thurs fri sat sun"
    )
)
#: Titles that are as often a word ending a sentence before a capitalised word: the Chinese
#: surname "Ma" ("founded by Jack Ma. It grew", "Yo-Yo Ma. Tickets …"), Indian English
#: "Govt." (the government: "approved by the Govt. Protests …"). A title only before a name
#: of two capitalised words, as newspapers write a name the first time ("Dr. Ma. Teresa
#: Soriano", "Chidimgre Govt. Higher Secondary School").
_TITLES_BEFORE_FULL_NAMES = frozenset(str.split("ma govt"))
#: Titles no list holds, known by their shape (round 190, entry 190 of
#: tests/compare_data/README.md; every new language brings its own: Makassarese "Dg." for
#: Daeng, Indian English "Smt." for Shrimati, the Philippine police's "PCol.", Portuguese
#: "Profa."). A capital and one to three small letters of the Latin script with no vowel
#: among them, a word cut to its consonants ("Dg.", "Smt.", "Sdr.", "Bpk."), as no word of
#: the script is ("w" is a vowel of Welsh and Hmong, "ǝ" of Kanuri: "Nws", "Kǝrǝ").
_CONSONANTS_ONLY = regex.compile(r"[\p{Latin}&&\p{Lu}][\p{Latin}&&\p{Ll}]{1,3}", regex.V1)
_OTHER_VOWELS = frozenset("wǝ")
#: An "r" or "l" between two consonants is the vowel of its syllable in Czech, Slovak,
#: Croatian, Serbian, Slovene and Macedonian: "Krk" (the island; a neck), "Vlk" (a wolf, a
#: surname), "Trg" (a square), "Prst" (a finger) end sentences before a capital as any word
#: does; so do the English abbreviations that close a name, "Blvd", "Plc", "Bldg".
_SYLLABIC_LIQUID = regex.compile(r"(?<=\p{L})[rl](?=\p{L})")
#: Two or three capitals, not a vowel first, then two to four small letters: a rank with its
#: service's letter ("PCol." police colonel, "PMaj.", "PBGen."); not the plural of an
#: acronym ("NGOs", "MPs": one small letter) nor a noun with its class prefix at the head
#: of a Nguni sentence ("ILungu", "UGogo": a capital vowel first).
_SERVICE_RANK = regex.compile(
    r"[\p{Latin}&&\p{Lu}--[AEIOUÁÉÍÓÚ]][\p{Latin}&&\p{Lu}]{1,2}[\p{Latin}&&\p{Ll}]{2,4}", regex.V1
)
#: Abbreviations that close a name, as a company's or a street's last word ("Acme Ltd.",
#: "Sapele Rd.", "Mill Ln.", "Market Sq.", "Ivy Ct."): with the consonants-only shape of a
#: title but never before a name, so a capital after one starts a sentence ("… Co. Ltd.
#: Workers were …", "… on Station Rd. Police said …"), as after any word. Round 195 (entry
#: 195 of tests/compare_data/README.md).
_NAME_CLOSERS = frozenset(str.split("ltd rd ln sq ct"))
#: The ranks a name closer heads rather than closes: "Sq. Ldr." (Squadron Leader) and "Sq.
#: Cdr.", as the air forces of South Asia write them ("Sq. Ldr. Ahmed Khan"): a rank before
#: a name, no sentence's end (review of round 195).
_RANKS_AFTER_CLOSER = frozenset(str.split("ldr cdr"))
#: Whether name closers (``_NAME_CLOSERS``) and a name after a title written with no full
#: stop (``_named_by_title``) may end a sentence (off: read by their shape, as in round 190).
NAME_ENDINGS = True
#: A listed title of at least this many letters with a small "a" after it is its feminine
#: ("Profa." professora, "Dotta."); shorter stems with "a" are names and words of the set
#: ("Woja", "Inga", "Koma", "Cada", "Siga", "Haba", from "woj", "ing", "kom" …).
_FEMININE_STEM = 4
#: Whether titles no list holds are read by their shape (``_unlisted_title``; off: only the
#: lists, as before round 190).
UNLISTED_TITLES = True
#: Abbreviations only before a figure ("No. 6", "nos. 4 and 5", "ca. 50"): before a capital
#: they are words ending a sentence, the determiner "no" of Twi ("… a wɔayera no. Wɔbɛtoa
#: …"), Zapotec's "ca" ("… guiiba' ca. Cruz Roja …"), the "no" of Spanish, Italian, Tagalog.
_FIGURE_ABBREVIATIONS = frozenset(str.split("no nos ca"))
# Capitalised words that usually start a new sentence after an acronym such as "U.S.".
_SENTENCE_STARTERS = frozenset(
    str.split(
        "the a an it its this that these those he she they we i you there here but and "
        "so yet in on at for as after before when while if his her their our its"
    )
)
#: The pronouns, articles and openers after which a listed title is a word ending its
#: sentence, no title ("… by Jack Ma. It grew", "… the Govt. The …"): ``_SENTENCE_STARTERS``
#: but the words that are also surnames ("Mr. An", "Dr. So", "Ms. In", the Chinese "Dr. He
#: Jiankui", "Gen. He Weidong", the Hmong "Mr. Her") and single letters ("Mr. A", an
#: anonymised name).
_NO_NAME_AFTER_TITLE = _SENTENCE_STARTERS - frozenset(str.split("a an i so in on he her"))
_DATE_WORDS = frozenset(
    str.split(
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december"
    )
)
# Closing and opening marks (with the rest of Unicode's Quotation_Mark characters: the
# double prime quotation marks, vertical, half-width and full-width forms). "“" and "‘" close
# the quotations that open on "„" and "‚" (German, Czech, Bulgarian, Georgian, Estonian…:
# „…rä.“), as they open others: right after a sentence's last mark, they close.
_CLOSERS = "\"'”’»)]›」』〞〟﹂﹄｣＂＇“‘"
_OPENERS = "\"'“‘«([‹„「『¿¡‛‟⹂〝﹁﹃｢＂＇"
# A candidate end: terminal punctuation, closing quotes or brackets, then white space; or
# the full-width marks of Chinese and Japanese, which no space follows.
_FULL_WIDTH_ENDS = "。！？"
#: Every other mark Unicode gives the Sentence_Terminal property (the Devanagari danda
#: "।", the Armenian full stop "։", the Arabic question mark "؟" and full stop "۔", the
#: Ethiopic "።", the Myanmar "။", the Khmer "។" …): it ends a sentence before white space,
#: as "!" and "?" do.
#: Two of them are no sentence's end where the script's writers use them: Myanmar's little
#: section "၊" is Burmese's comma (its section "။" ends a sentence), and Lepcha's nyet thyoom
#: ta-rol "᰼" stands between the clauses of a sentence that ta-rol "᰻" ends.
INNER_TERMINALS = "\u104a\u1c3c"
#: Tibetan and Dzongkha end a sentence with a shad "།" (or the double "༎") before a space,
#: marks Unicode gives no Sentence_Terminal property; a shad also closes a clause after a
#: connective particle (``_TIBETAN_CONNECTIVES``).
_SHADS = "\u0f0d\u0f0e"
_OTHER_ENDS = (
    r"(?:(?![.!?"
    + _FULL_WIDTH_ENDS
    + INNER_TERMINALS
    + r"])\p{Sentence_Terminal}|["
    + _SHADS
    + r"])"
)
#: The particles after which a Tibetan or Dzongkha shad closes a clause, not a sentence:
#: "and" (ཅིང ཞིང ཤིང, ཏེ སྟེ དེ, དང), "from, after" (ནས), "if, when" (ན), and the agentive
#: case that ends a byline ("… རྡོ་རྗེ་གིས།", by …: གིས ཀྱིས གྱིས ཡིས).
_TIBETAN_CONNECTIVES = frozenset(str.split("ཅིང ཞིང ཤིང ཏེ སྟེ དེ དང ནས ན གིས ཀྱིས གྱིས ཡིས"))
#: A syllable and its tsheg "་" before a shad.
_TIBETAN_SYLLABLE = regex.compile(r"([^\s་]+)་?$")
#: French typography sets its guillemets apart by a space, "« Oui. »", as do the writers of
#: Breton, Occitan, Kabyle and Lingala: a "»" after a sentence's mark and a space closes it.
_SPACED_CLOSER = r"(?:[ \u00a0\u202f]+[»›](?=\s))?"
_END = regex.compile(
    r"(?:[.!?]+|…|\.\.\.)[" + re.escape(_CLOSERS) + r"]*" + _SPACED_CLOSER + r"(?=\s+)"
    r"|[" + _FULL_WIDTH_ENDS + r"]+[" + re.escape(_CLOSERS) + r"）]*"
    r"|" + _OTHER_ENDS + r"+[" + re.escape(_CLOSERS) + r"]*(?=\s+)"
)
#: A line ending in a sentence terminal of any script is prose; one ending in a question
#: mark (by its Unicode name: "؟", "፧", "？") may be a subheading.
_ANY_END = regex.compile(r"\p{Sentence_Terminal}$")
# ``regex``'s \w takes the vowel signs of Indic scripts in ("डॉ", "कि.मी"), ``re``'s does not;
# a middle dot joins the syllables of one word (Garo "man·gen", Catalan "col·legi"), so
# "man·gen." is no "Gen." title
_WORD_BEFORE = regex.compile(r"(?<![\w·])(\w+(?:[.·]\w+)*)\.$")
#: Armenian ends a sentence with its own full stop "։"; the "." after an Armenian word is its
#: "mijaket", a colon ("… նշել է. «Ուժեղ քամու …»": said: "…").
_ARMENIAN_WORD = regex.compile(r"\p{Armenian}+")
#: Initials and abbreviations of scripts with no capitals, which newspapers write before a
#: name or a figure: Tamil and Malayalam spell a Latin initial by its name ("திருமதி ஆர்.
#: கலைச்செல்வி", Mrs R. Kalaiselvi; "ദിവ്യ എസ്. മേനോൻ", Divya S. Menon: B, C, D, G, J, K, L, M,
#: N, P, R, S, T, V), Marathi and Nepali papers "दि." (dated), "रा." (living at), "जि."
#: (district), "रु." (rupees), "नं." (number), "सं." (number, year), Malayalam "ഡോ." (Dr.).
#: A list, not a shape: a short word before a full stop is as often the verb ending the
#: sentence (Gujarati "છે.", Hindi "है.", Malayalam "ആണ്.", is).
_INDIC_INITIALS = frozenset(
    str.split(
        "பி சி டி ஜி ஜே கே எல் எம் என் ஆர் எஸ் வி "
        "ബി സി ഡി ജി ജെ കെ എൽ എം എൻ ആർ എസ് ടി പി വി ഡോ "
        "दि रा जि रु नं सं"
    )
)
#: A time or a decimal figure before the full stop ("około godziny 22.30.", "jam 15.30.",
#: "5.30am."): a figure, not an acronym, so the sentence may end there.
_DOTTED_FIGURE = regex.compile(r"\d+(?:\.\d+)+\p{L}{0,2}")
# Letters of any script; the place name must be mostly capitals (``_dateline_length``), so
# "ŽATEC —" and "ΑΘΗΝΑ —" are datelines as "ALMATY —" is, and "The company — " is not.
_DATELINE = re.compile(
    r"^(?:[^\W\d_](?:[^\W\d_]|[.'’\- ]){1,40}(?:[^\W\d_]|\.)"
    r"(?:,\s*[\w.,\s]{1,40}?)?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s+)"
)
# The agency style: "ИШИМ, 12 апреля. /Сибирь-Информ/. "
_AGENCY_DATELINE = re.compile(
    r"^[^\W\d_](?:[^\W\d_]|[.'’\- ]){1,40},\s*[^./\n]{1,30}\.\s*/[^/\n]{1,40}/\.?\s+"
)
_DATE_LINE = re.compile(
    r"^(?:(?:updated|published|posted)[:\s]+)?(?:\w+,\s*)?"
    r"(?:\d{1,2}\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:[,\s]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\w{2,4})?)?$",
    re.IGNORECASE,
)
#: Lines with text at the top of an article looked at for its head (kicker, headline,
#: second headline, standfirst, byline, dateline of its own).
_HEAD_MAX_LINES = 5
_HEADLINE_LIST_MAX = 160
_TITLE_MAX_CHARS = 140
_TITLE_MAX_WORDS = 20
#: A question or an unpunctuated line alone in its paragraph, of at most this many words,
#: is a subheading (a sentence of news prose ends in a full stop).
_SUBHEAD_MAX_WORDS = 8
_SUBHEAD_MAX_CHARS = 70
#: Marks that end a sentence (a line ending in one is prose, not a subheading).
_SENTENCE_ENDS = (".", "!", "…", ":", ";", ",", "。", "！", "．")
#: A lower-case word of at most this many letters before a full stop and a figure is an
#: abbreviation ("godz. 7.15", "ok. 60", "ca. 50"): news sentences seldom open with digits.
_SHORT_ABBREVIATION = 4
#: Abbreviations are cut before a vowel (Polish "ok.", "godz.", Russian "ок.", "ст.",
#: Lithuanian "val.", Greenlandic "nal."): a short word ending in a vowel before a full stop
#: and a figure ends its sentence (Sakha "… миэтэрэ этэ. 2023 сыллаахха …", was; Ticuna "…
#: ga 2027 nagu. 52 ga pescador …"), but the Latin "ca." (``_FIGURE_ABBREVIATIONS``).
_VOWELS = frozenset("aeiouyɛɔəʊɩɨʉɐæøœаеёиоуыэюяіїєөүәӑӗαεηιουω")
#: A short abbreviated title with a lower-case prefix glued on, whose capital marks where
#: the title begins (isiZulu "uMnu." Mr, "uNkk." Mrs, "uDkt." Dr): before a capital, a name.
#: A name of three letters with a prefix ending a sentence would be read as one too.
_PREFIXED_TITLE = regex.compile(r"\p{Ll}{1,3}\p{Lu}\p{Ll}{1,2}")
#: The languages that write a day of the month as an ordinal, with a full stop, before a
#: month they capitalise ("den 3. Dezember 2026", "am 14. März", "de 3. Dezämber"): German,
#: Luxembourgish and Swiss German (the others that write "3." lower-case their months, "3.
#: lokakuuta", "3. prosince", which ``_ends_sentence`` reads as going on anyway).
_DOTTED_DAY_MONTHS = frozenset(
    name for language in ("de", "lb", "gsw") for name in MONTH_NAMES.get(language, {})
)
_LAST_DAY = 31
#: A currency written as a capital, a slash and a full stop before its figure: the
#: Panamanian balboa "B/. 5,000", the Peruvian sol "S/. 120".
_SLASHED_CURRENCY = regex.compile(r"(?<![\w/])\p{Lu}{1,2}/\.$")
#: Currencies written as a short capitalised word and a full stop before their figure: the
#: rupee "Rs. 385,000" / "Re. 1", the rupiah "Rp. 50.000", the bolívar and boliviano
#: "Bs. 45,00", the taka "Tk. 500", the ngultrum "Nu. 100", the shillings "Sh. 200",
#: "Shs. 5,000", "Ksh. 300", "Tsh. 2,000", "Ush. 10,000", the dirham "Dhs. 50", the guaraní
#: "Gs. 20.000", the rufiyaa "Rf. 30". Before a figure the full stop ends no sentence.
CURRENCY_ABBREVIATIONS = frozenset(
    str.split("rs re rp bs tk nu sh shs ksh kshs tsh tshs ush ushs dh dhs gs rf")
)
#: A time alone after a preposition opening the sentence ("By 9.40 p.m. Wróbel had been
#: expelled", "Shortly after 11 p.m. Crews …"): no sentence yet, whatever capital follows.
_TIME_ALONE = regex.compile(
    r"(?i:by|at|around|about|until|till|after|before|from|since|shortly\s+(?:after|before)|"
    r"just\s+(?:after|before)|soon\s+after)\s+\d{1,2}(?:[.:]\d{2})?\s*"
)
#: How far back from a full stop the word before it is looked for ("U.S.", "Sept.").
_LONGEST_ABBREVIATION = 40
#: Georgian's Mkhedruli letters, which Unicode counts as small letters since it gave them
#: Mtavruli capitals (Unicode 11), though Georgian, Mingrelian, Svan and Laz prose opens its
#: sentences with them and keeps Mtavruli for headings set in capitals: after a sentence's
#: end, one is a sentence's first letter, as a capital is in a cased script (but after a
#: single letter cut short: "ქ. თბილისში"). Read from Unicode's case data, not the script:
#: the small letters with a capital that title case leaves small, Mkhedruli's 46 alone (the
#: same script's Nuskhuri letters take Asomtavruli capitals at a sentence's start).
_UNCASED_SMALL_LETTERS = regex.compile(
    r"[\p{Ll}&&\p{Changes_When_Uppercased}--\p{Changes_When_Titlecased}]", regex.V1
)


def split_units(text: str, companion: str = "") -> list[Unit]:
    """The sentences of ``text`` that a comparison looks at, in text order; ``companion``, the
    text it is compared with, is read with it for how a word is written (``_unlisted_title``)."""
    units: list[Unit] = []
    plain = _PlainWords(text + "\n" + companion if companion else text)
    lines = text.split("\n")
    roles, unpunctuated = _line_roles(lines)
    offset = 0
    paragraph = 0
    for k, (line, role) in enumerate(zip(lines, roles, strict=True)):
        start = offset
        offset += len(line) + 1
        if not _is_body(line, role):
            continue
        if (not unpunctuated or not units) and _is_subhead(lines, k):
            continue
        skip = _dateline_length(line)
        for s, e in _bounds(line, skip, plain):
            units.append(Unit(start + s, start + e, paragraph))
        paragraph += 1
    return units


def heading_starts(text: str) -> list[int]:
    """Where each heading that ``split_units`` leaves out of ``text`` starts: the title, the
    head lines, and the section headings and subheadings inside the text, in text order (read
    line by line as ``split_units`` reads them)."""
    lines = text.split("\n")
    roles, unpunctuated = _line_roles(lines)
    starts: list[int] = []
    offset = 0
    prose_seen = False
    for k, (line, role) in enumerate(zip(lines, roles, strict=True)):
        start = offset
        offset += len(line) + 1
        if role == Role.HEADING:
            starts.append(start)
        elif _is_body(line, role):
            if (not unpunctuated or not prose_seen) and _is_subhead(lines, k):
                starts.append(start)
            elif not prose_seen and sentence_bounds(line, _dateline_length(line)):
                prose_seen = True
    return starts


def _line_roles(lines: list[str]) -> tuple[list[Role], bool]:
    """Each line's role as ``split_units`` and ``heading_starts`` read it (the title and the
    head lines as headings), and whether no line ends as prose does (a list, a transcript:
    a short unpunctuated line there is text, not a subheading, once prose has begun)."""
    roles = classify_lines(lines)
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    if first is not None and _looks_like_title(lines, first):
        roles[first] = Role.HEADING
    for k in _head_lines(lines):
        roles[k] = Role.HEADING
    unpunctuated = not any(_ends_as_prose(line.strip()) for line in lines if line.strip())
    return roles, unpunctuated


def _head_lines(lines: list[str]) -> list[int]:
    """The lines that head an article: before its first line of prose, those that do not end
    as a sentence does (a kicker, a second headline, a standfirst, a byline in any language,
    a desk and a reporter's name: "RIVER RUNS WHITE", "Por Lucía Garrido Ortega").

    Only the first ``_HEAD_MAX_LINES`` lines with text are looked at, and only when one of
    them is prose; a text none of whose lines ends in a sentence terminal (Thai puts none)
    loses nothing.
    """
    texts = [k for k, line in enumerate(lines) if line.strip()][:_HEAD_MAX_LINES]
    prose = next((k for k in texts if _ends_as_prose(lines[k].strip())), None)
    if prose is None:
        return []
    return [k for k in texts if k < prose]


def _ends_as_prose(stripped: str) -> bool:
    bare = stripped.rstrip(_CLOSERS)
    return bare.endswith(_SENTENCE_ENDS) or bool(_ANY_END.search(bare))


def _looks_like_title(lines: list[str], index: int) -> bool:
    """A first line that is a headline even in quotes ("«Дамба выдержит?» Ишим ждёт…")."""
    stripped = lines[index].strip()
    if len(stripped) > _TITLE_MAX_CHARS or len(stripped.split()) > _TITLE_MAX_WORDS:
        return False
    if not any(line.strip() for line in lines[index + 1 :]):
        return False  # the whole text is one line
    bare = stripped.rstrip(_CLOSERS)
    ended = bare.endswith((".", "!", "?", "…", ":", ";", ",", "。")) or _ANY_END.search(bare)
    return not ended


def _is_subhead(lines: list[str], index: int) -> bool:
    """A short line alone between blank lines heads a section when it is a question ("What
    about passes?") or has no closing punctuation at all ("Pellam turns to imports"), and
    prose follows it: in a text whose paragraphs are all short and unpunctuated (a list, a
    transcript), or at its end, such a line is text."""
    before = lines[index - 1] if index > 0 else ""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    if before.strip() or after.strip() or not _heading_like(lines[index].strip()):
        return False
    following = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    return bool(following) and not _heading_like(following)


def _heading_like(stripped: str) -> bool:
    """Short, one sentence, no quotation, and no closing punctuation but a question mark
    (ideographs count as a word each: Chinese and Japanese put no spaces between words)."""
    words = len(stripped.split()) + sum(1 for char in stripped if _is_ideograph(char))
    if words > _SUBHEAD_MAX_WORDS or len(stripped) > _SUBHEAD_MAX_CHARS:
        return False
    if any(mark in stripped for mark in (_CLOSERS + _OPENERS).translate({40: None, 41: None})):
        return False  # a quoted question is what someone asked
    if not _is_question(stripped) and (
        stripped.endswith(_SENTENCE_ENDS) or _ANY_END.search(stripped)
    ):
        return False
    return len(sentence_bounds(stripped)) == 1


def _is_question(stripped: str) -> bool:
    """Whether the line ends in a question mark of any script ("?", "？", "؟", "፧")."""
    return bool(stripped) and "QUESTION" in unicodedata.name(stripped[-1], "")


def _is_ideograph(char: str) -> bool:
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff"


def _is_body(line: str, role: Role) -> bool:
    stripped = line.strip()
    if role in (Role.HEADING, Role.BYLINE, Role.BLANK, Role.SPACER):
        return False
    if _DATE_LINE.match(stripped):
        return False
    if role == Role.LIST_ITEM:
        # A list of headlines (sources, related stories) is not prose.
        return len(stripped) > _HEADLINE_LIST_MAX or stripped.endswith((".", "!", "?", "…"))
    return any(ch.isalnum() for ch in stripped)


def _dateline_length(line: str) -> int:
    """Length of a dateline opening the paragraph ("ALMATY, Nov. 6 (Reuters) — ")."""
    match = _AGENCY_DATELINE.match(line) or _DATELINE.match(line)
    if match is None:
        return 0
    head = match.group(0)
    # The place name is in capitals; "The company — " is not a dateline.
    place = head.split(",")[0]
    capitals = sum(1 for ch in place if ch.isupper())
    if capitals < 3 or capitals < 0.8 * sum(1 for ch in place if ch.isalpha()):
        return 0
    return len(head)


def sentence_bounds(line: str, start: int = 0, context: str | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of one paragraph line, white space trimmed; ``context``
    (the line itself unless given) is the text read for how a word is written elsewhere."""
    return _bounds(line, start, _PlainWords(line if context is None else context))


class _PlainWords:
    """Which words a text (with the text it is compared with) writes plain somewhere
    (``_written_plain``), each looked up once: a text naming hundreds of people by one
    unlisted title ("Smt.") is searched once for it, not once for each of them."""

    def __init__(self, context: str) -> None:
        self.context = context
        self._known: dict[str, bool] = {}

    def __contains__(self, token: str) -> bool:
        if token not in self._known:
            self._known[token] = _written_plain(token, self.context)
        return self._known[token]


def _bounds(line: str, start: int, plain: _PlainWords) -> list[tuple[int, int]]:
    """``sentence_bounds``, reading how words are written in ``plain``."""
    bounds: list[tuple[int, int]] = []
    begin = start
    for match in _END.finditer(line, start):
        end = _before_opening_mark(line, match.start(), match.end())
        if end <= begin or not _ends_sentence(line, match.start(), end, begin, plain):
            continue
        bounds.append((begin, end))
        begin = end
    bounds.append((begin, len(line)))
    trimmed: list[tuple[int, int]] = []
    for s, e in bounds:
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if s < e and any(ch.isalnum() for ch in line[s:e]):
            trimmed.append((s, e))
        elif trimmed and s < e:  # stray punctuation joins the sentence before it
            trimmed[-1] = (trimmed[-1][0], e)
    return trimmed


#: The marks that close a quotation opened by a low mark („…“, ‚…‘: German, Czech, Georgian,
#: Estonian …) and open one elsewhere (“…”, ‘…’: English, Chinese, Japanese …), with the low
#: mark that opens their quotation and the marks that may close one it opened (Polish and
#: Hungarian close „…” with a high mark).
_OPEN_OR_CLOSE = {"“": ("„", "“”"), "‘": ("‚", "‘’")}


def _before_opening_mark(line: str, mark: int, end: int) -> int:
    """Where the sentence whose end ``_END`` found at ``line[mark:end]`` ends: before a "“" or
    "‘" among its closing marks that opens the next quotation, as no low mark's quotation is
    open and the quotation's words follow it with no space ("…她说。“水来得太快了。”",
    "…她说。‘水来了。’"); such a mark closes only a quotation that „ or ‚ opened ("„Wir
    sind müde.“", "„我们很害怕。“她说")."""
    for position in range(mark + 1, end):
        char = line[position]
        if char not in _OPEN_OR_CLOSE or position + 1 >= len(line):
            continue
        after = line[position + 1]
        if not (after.isalnum() or after in _OPENERS):
            continue
        low, closers = _OPEN_OR_CLOSE[char]
        opened = line.rfind(low, 0, position)
        if opened < 0 or any(line.find(c, opened, position) >= 0 for c in closers):
            return position
    return end


#: The next word, past opening marks and a space after one ("« Namonaki", French style).
_NEXT_WORD = re.compile(r"\s*(?:[" + re.escape(_OPENERS) + r"][ \u00a0\u202f]?)*(\w+|\S?)")
#: A dash and a small letter after a quotation's closing mark: the clause naming who said it
#: ("«…тусан?» — кизефни Светлана", Erzya; "«…?» — спросил он"), the same sentence.
_DASH_THEN_SMALL = regex.compile(r"\s*[—–-]\s*(\p{Ll})")


#: Most words of the clause naming who said a quotation that closes on "!" or "?", told
#: after it to the sentence's end: "“Osaro, mudia keke ẹrẹ!” Mama Eki tae." (Edo, Mama Eki
#: shouted), "…भरेंगे?” वे पूछते हैं।" (Hindi, they ask), "…этейик?» — дейди ол." (Nogai,
#: she says). Round 159 (entry 159 of tests/compare_data/README.md): the only three
#: such clauses of the 496 development pairs, each cut off as a sentence of its own before.
ATTRIBUTION_WORDS = 3
_ATTRIBUTION = regex.compile(
    r"\s+(?:[—–-]\s*)?\w+(?:\s+\w+){0,"
    + str(ATTRIBUTION_WORDS - 1)
    + r"}\s*(?:\.|"
    + _OTHER_ENDS
    + r"|$)"
)


#: What closes a quotation: ``_CLOSERS`` but the brackets, which close an aside ("He asked
#: (why not?) Then he left."), not something said.
_QUOTATION_CLOSERS = _CLOSERS.replace(")", "").replace("]", "")


def _said_after_quotation(line: str, mark: int, end: int, punctuation: str) -> bool:
    """Whether the "!" or "?" at ``line[mark:end]`` (or another script's: Arabic "؟",
    Ethiopic "፧") closes a quotation that a short clause naming its speaker follows to the
    sentence's end (``ATTRIBUTION_WORDS``): one sentence, as the lower-case "she said" after a
    quotation is in English."""
    closers = line[mark + len(punctuation) : end]
    return (
        bool(punctuation)
        and all(_asks_or_exclaims(char) for char in punctuation)
        and any(char in _QUOTATION_CLOSERS for char in closers)
        and _ATTRIBUTION.match(line, end) is not None
    )


def _dash_then_said(line: str, closers_start: int, end: int) -> bool:
    """Whether a quotation closes at ``line[closers_start:end]`` and a dash and a small letter
    of a cased script follow it (Georgian's Mkhedruli, small letters that open sentences,
    do not count)."""
    if not any(char in _QUOTATION_CLOSERS for char in line[closers_start:end]):
        return False
    said = _DASH_THEN_SMALL.match(line, end)
    return said is not None and not _UNCASED_SMALL_LETTERS.match(said.group(1))


def _asks_or_exclaims(char: str) -> bool:
    """Whether ``char`` is a question or exclamation mark of any script ("?", "؟", "፧", "!")."""
    name = unicodedata.name(char, "")
    return "QUESTION" in name or "EXCLAMATION" in name


def _base_letter(char: str) -> str:
    """A letter without its accents ("ó" -> "o", "ё" stays: Unicode decomposes it too)."""
    return unicodedata.normalize("NFD", char)[0]


def _next_word(line: str, position: int) -> str:
    match = _NEXT_WORD.match(line, position)
    return match.group(1) if match else ""


#: Two capitalised words: a name as newspapers write it the first time ("Teresa Soriano").
_FULL_NAME = regex.compile(
    r"\s*(?:[" + re.escape(_OPENERS) + r"][ \u00a0\u202f]?)*\p{Lu}\w*\.?\s+\p{Lu}"
)


def _is_title(token: str, line: str, end: int, following: str) -> bool:
    """Whether ``token``, before a full stop at ``line[:end]`` and the word ``following``, is a
    listed title before a name: in ``_TITLES``, or in ``_CAPITALISED_TITLES`` with its capital;
    not before a pronoun, article or opener (``_NO_NAME_AFTER_TITLE``); and, for a title that
    is also a surname or a noun ending sentences (``_TITLES_BEFORE_FULL_NAMES``), before two
    capitalised words."""
    lowered = token.lower()
    if lowered in _TITLES_BEFORE_FULL_NAMES:
        listed = token[0].isupper() and _FULL_NAME.match(line, end) is not None
    else:
        listed = lowered in _TITLES or (lowered in _CAPITALISED_TITLES and token[0].isupper())
    return listed and following.lower() not in _NO_NAME_AFTER_TITLE


def _title_shaped(token: str) -> bool:
    """Whether ``token`` has the shape of a title no list holds: a capital and small letters
    with no vowel, a syllabic "r" or "l" counted as one ("Dg", "Smt"; ``_SYLLABIC_LIQUID``), a
    service's letter and a rank ("PCol"), or a listed title of ``_FEMININE_STEM`` letters or
    more with a small "a" ("Profa")."""
    if _CONSONANTS_ONLY.fullmatch(token):
        vowels = _VOWELS | _OTHER_VOWELS
        bare = "".join(_base_letter(char) for char in token)
        if any(char.lower() in vowels for char in bare):
            return False
        return _SYLLABIC_LIQUID.search(bare) is None
    if _SERVICE_RANK.fullmatch(token):
        return True
    stem = token[:-1]
    return (
        token[0].isupper()
        and token.endswith("a")
        and len(stem) >= _FEMININE_STEM
        and stem.lower() in _TITLES
    )


def _written_plain(token: str, context: str) -> bool:
    """Whether ``token`` stands somewhere in ``context`` as a word with no full stop after it,
    or with one that ends its paragraph: a word that may end a sentence, no title."""
    plain = regex.compile(r"(?<![\w·])" + regex.escape(token) + r"(?![\w·])(?!\.[^\S\n]*\S)")
    return plain.search(context) is not None


#: The word before another, written with no full stop ("Mr", "Dr").
_PREVIOUS_WORD = regex.compile(r"(?<![\w·.])(\w+)[ \u00a0]+$")


def _named_by_title(line: str, start: int) -> bool:
    """Whether the word at ``line[start:]`` follows a listed title written with no full stop,
    as the name it heads does ("Mr Ng.", "Dr Ng."): a name, no title of its own, which may
    end a sentence. Titles stacked before a name keep their full stops in the one style
    ("Dr. Smt. Kulkarni", "Profa. Dra. Helena")."""
    if not NAME_ENDINGS:
        return False
    before = _PREVIOUS_WORD.search(line, max(0, start - _LONGEST_ABBREVIATION), start)
    return before is not None and before.group(1).lower() in _TITLES


def _unlisted_title(token: str, following: str, plain: _PlainWords) -> bool:
    """Whether ``token``, before a full stop and the word ``following``, is a title no list
    holds: title-shaped (``_title_shaped``), before a capitalised word that is no pronoun,
    article or opener (``_NO_NAME_AFTER_TITLE``), and never written in ``plain``'s text as a
    plain word or at a paragraph's end (``_written_plain``), as a title is not and "Mr Ng",
    "Acme Ltd" and "Ltd, of Mill Lane" are."""
    if not UNLISTED_TITLES or not following[:1].isupper():
        return False
    if following.lower() in _NO_NAME_AFTER_TITLE:
        return False
    if (
        NAME_ENDINGS
        and token.lower() in _NAME_CLOSERS
        and following.lower() not in _RANKS_AFTER_CLOSER
    ):
        return False
    return _title_shaped(token) and token not in plain


def _ends_sentence(
    line: str, mark: int, end: int, begin: int = 0, plain: _PlainWords | None = None
) -> bool:
    """Whether the mark at ``line[mark:end]`` ends the sentence that opens at ``begin``
    (``plain``: how the text writes its words elsewhere, the line's alone unless given)."""
    following = _next_word(line, end)
    if not following:
        return False
    if line[mark] in _FULL_WIDTH_ENDS:
        # not inside a 「quotation」 that goes on after this sentence of it
        return line.count("「", 0, mark) <= line.count("」", 0, end)
    first = following[0]
    if first.islower() and not _UNCASED_SMALL_LETTERS.match(first):
        return False
    punctuation = line[mark:end].rstrip(_CLOSERS + " \u00a0\u202f")
    if punctuation[0] in _SHADS:
        syllable = _TIBETAN_SYLLABLE.search(line, max(0, mark - _LONGEST_ABBREVIATION), mark)
        return syllable is None or syllable.group(1) not in _TIBETAN_CONNECTIVES
    if _dash_then_said(line, mark + len(punctuation), end):
        return False  # "«…тусан?» — кизефни Светлана": who said it, after a dash
    if _said_after_quotation(line, mark, end, punctuation):
        return False  # "“Osaro, mudia keke ẹrẹ!” Mama Eki tae.": who said it goes with it
    if punctuation != ".":
        return True  # ! ? … and ... before a capital, digit or opener
    if first.isdigit() and _SLASHED_CURRENCY.search(line, max(0, mark - 3), mark + 1):
        return False  # "yate multa B/. 5,000 uugsa"
    word = _WORD_BEFORE.search(line, max(0, mark - _LONGEST_ABBREVIATION), mark + 1)
    if word is None:
        return True
    token = word.group(1)
    lowered = token.lower()
    if (
        first.isdigit()
        and lowered in CURRENCY_ABBREVIATIONS
        and token[0].isupper()
        and not token.isupper()
    ):
        return False  # "Gate collections amounted to Rs. 385,000.", "Bs. 45,00"
    if _ARMENIAN_WORD.fullmatch(token):
        return False  # Armenian's "." is a colon: "նշել է. «…»"
    if token in _INDIC_INITIALS:
        return False  # "திருமதி ஆர். கலைச்செல்வி", "ദിവ്യ എസ്. മേനോൻ"
    if _DOTTED_FIGURE.fullmatch(token):
        return True  # "… około godziny 22.30. Z ogniem walczyło …"
    if _is_title(token, line, end, following):
        return False
    if not _named_by_title(line, word.start()) and _unlisted_title(
        token, following, _PlainWords(line) if plain is None else plain
    ):
        return False  # "Muhammad Arsyad Dg. Bali", "Si PCol. Ramon Dioquino", "Profa. Helena"
    if lowered in _FIGURE_ABBREVIATIONS:
        return not first.isdigit()
    if lowered in ("a.m", "p.m"):
        if _TIME_ALONE.fullmatch(line, begin, word.start()):
            return False  # "By 9.40 p.m. Wróbel had been expelled"
        return following.lower() not in _DATE_WORDS  # "at 3 p.m. Tuesday" goes on
    if (
        token.isdigit()
        and 0 < int(token) <= _LAST_DAY
        and following.lower() in _DOTTED_DAY_MONTHS
        and following[0].isupper()
    ):
        return False  # "den 3. Dezember 2026": a day, written as an ordinal
    if len(token) == 1 and token.islower():
        # a unit ("9,4 м."), not an initial: initials are capitals; but Georgian cuts a word
        # to its first letter before a word ("ქ. თბილისში", in the city of Tbilisi), its
        # small letters or its Mtavruli capitals ("ქ. ᲗᲑᲘᲚᲘᲡᲨᲘ")
        return not _UNCASED_SMALL_LETTERS.match(first.lower())
    if _PREFIXED_TITLE.fullmatch(token):
        return False  # a title with a prefix glued on before a name: isiZulu "uMnu. Sipho"
    if (
        first.isdigit()
        and token.isalpha()
        and token.islower()
        and len(token) <= _SHORT_ABBREVIATION
        and _base_letter(token[-1]) not in _VOWELS
    ):
        return False  # a short abbreviation before a figure: "około godz. 7.15", "ok. 60 m"
    if "." in token or (len(token) == 1 and token.isalpha()):
        # U.S. / J. R. — an acronym or initial; a new sentence only before a usual opener.
        return following.lower() in _SENTENCE_STARTERS and len(token) > 1
    return True
