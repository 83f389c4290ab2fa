"""Quotations in a text, and the ones two texts share (exactly or cut differently)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from desktop_app.core.compare.lexicon import STOPWORDS
from desktop_app.core.compare.model import SharedQuote, Span
from desktop_app.core.compare.terms import ascii_digits

# Opening mark -> closing marks that end it.
_PAIRS = {
    "“": "”",
    "”": "”",  # Finnish and Swedish open with the closing mark: ”Så här”
    "„": "“”",
    "«": "»",
    "»": "«»",  # Danish »…«, Finnish and Swedish »…»
    "‘": "’",
    "‚": "‘’",
    "‹": "›",
    "「": "」",
    "『": "』",
    '"': '"',
    "'": "'",
    # the rest of Unicode's Quotation_Mark characters (a test checks none is left out)
    "‛": "’",
    "‟": "”",
    "⹂": "“”",
    "〝": "〞〟",
    "﹁": "﹂",
    "﹃": "﹄",
    "｢": "｣",
    "＂": "＂",
    "＇": "＇",
}
#: Openers that follow a word directly (Chinese and Japanese corner brackets and their
#: vertical and half-width forms, the double prime quotation marks): 館長は「…」と話した.
_GLUED_OPENERS = "「『﹁﹃｢〝"
#: Chinese and Japanese are written without spaces: each of their characters is a word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A word keeps its combining marks and joiners (the ``regex`` module's Unicode ``\w``:
#: Devanagari vowel signs, the Persian zero-width non-joiner); in the scripts Unicode leaves
#: to a dictionary to cut into words (Line_Break=Complex_Context: Thai, Lao, Khmer,
#: Myanmar), each grapheme cluster counts as a word, as each ideograph does.
_WORD = regex.compile(
    rf"[{_CJK}]|(?=\p{{Line_Break=Complex_Context}})\X"
    rf"|(?:(?![{_CJK}]|\p{{Line_Break=Complex_Context}})[^\W_])+"
    rf"(?:['’](?:(?![{_CJK}]|\p{{Line_Break=Complex_Context}})[^\W_])+)?"
)
#: Two quotations are one shared quote when they have this many words in a row in common …
MIN_SHARED_WORDS = 3
#: … covering this share of the shorter one (a quote cut differently at either end).
MIN_SHARED_FRACTION = 0.6
#: A short quotation found whole inside a longer one is shared when this many other words
#: of the longer one (of at least ``CONTEXT_MIN_LETTERS`` letters) are among the
#: ``CONTEXT_WORDS`` words just before or after it: the rest of the quotation, paraphrased
#: ("promised that “every pub” would stay supplied").
CONTEXT_MATCHES = 1
CONTEXT_WORDS = 8
CONTEXT_MIN_LETTERS = 4
#: … or when at least this many of the ``ATTRIBUTION_SPAN`` words right before each opening
#: mark are the same: one speaker, named alike ("Mary Ganisi said: “…”").
ATTRIBUTION_WORDS = 3
ATTRIBUTION_SPAN = 4
#: A quotation of at most this many words that starts with a capital letter right after a
#: word, with no punctuation inside, is a name in quote marks (a street, district, company or
#: ship: Rruga „Mihal Grameno“, кварталите „Сторгозия“, ТОВ «Смачна перерва»), no quotation.
NAME_WORDS = 3
#: A name quoted in the same words on both sides may be longer (``quoted_alike_as_name``).
LONG_NAME_WORDS = 6
#: Marks that no name in quote marks holds, however long (a comma may: “Look Up, Land Safe”).
_NAME_STOPS = ".;:!?…"
_HANGUL = re.compile("[\uac00-\ud7a3]")
#: French guillemets take a (non-breaking) space inside them: « fixé ».
_SPACED_OPENERS = "«‹"
_SPACES = "\u00a0\u202f\u2009 "
#: A straight apostrophe before a lower-case word of one or two letters ('o, 'e, 'n): an
#: elided article (Neapolitan 'o mercato, Afrikaans 'n brand), no opening quote mark.
_ELIDED_WORD = regex.compile(r"(?<![\w'’])'\p{Ll}{1,2}\s")
#: A text with at least this many elided words writes the straight apostrophe as an
#: apostrophe at the edges of words, so it never opens a quotation there ('o giurnale …
#: d'): its quotations stand in the other marks (« … »).
ELIDING_TEXT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Quotation:
    """The words inside one pair of quote marks, with their positions."""

    start: int
    end: int
    words: tuple[str, ...]
    word_spans: tuple[tuple[int, int], ...]


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation of ``text`` (contents inside the marks), within one paragraph."""
    found: list[Quotation] = []
    offset = 0
    straight = not eliding_text(text)
    for line in text.split("\n"):
        found.extend(_line_quotations(text, offset, offset + len(line), straight))
        offset += len(line) + 1
    return found


def eliding_text(text: str) -> bool:
    """Whether ``text`` elides words with a straight apostrophe often enough
    (``ELIDING_TEXT_WORDS``) that the straight apostrophe is no quote mark in it."""
    for count, _ in enumerate(_ELIDED_WORD.finditer(text), 1):
        if count >= ELIDING_TEXT_WORDS:
            return True
    return False


def _line_quotations(text: str, lo: int, hi: int, straight: bool = True) -> list[Quotation]:
    found: list[Quotation] = []
    i = lo
    while i < hi:
        mark = text[i]
        closers = _PAIRS.get(mark)
        if closers is None or (mark == "'" and not straight) or not _opens(text, i, lo):
            i += 1
            continue
        j = i + 1
        close = -1
        while j < hi:
            if text[j] in closers and _closes(text, j, hi, mark):
                close = j
                break
            j += 1
        if close < 0:
            i += 1
            continue
        quotation = _quotation(text, i + 1, close)
        if quotation is not None:
            found.append(quotation)
        i = close + 1
    return found


def _opens(text: str, i: int, lo: int) -> bool:
    # An apostrophe-like mark inside a word (don’t, ‘90s) does not open a quotation.
    if text[i] in _GLUED_OPENERS:
        return True
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum():
        return False
    if text[i] in _SPACED_OPENERS and after in _SPACES:
        return True
    return not after.isspace()


def _closes(text: str, j: int, hi: int, mark: str) -> bool:
    after = text[j + 1] if j + 1 < hi else " "
    if text[j] in "’'" and after.isalnum() and not _HANGUL.match(after):
        return False  # an apostrophe: they’re (Korean has none: ‘…’이라는 ends a quotation)
    return not (mark == '"' and text[j - 1].isspace())


def _quotation(text: str, start: int, end: int) -> Quotation | None:
    matches = list(_WORD.finditer(text, start, end))
    if not matches:
        return None
    words = tuple(_fold(m.group(0)) for m in matches)
    return Quotation(start, end, words, tuple(m.span() for m in matches))


def _fold(word: str) -> str:
    return word.casefold().replace("’", "'")


def _inside_units(
    quotes: list[Quotation], units: Sequence[tuple[int, int]] | None
) -> list[Quotation]:
    if units is None:
        return quotes
    starts = [start for start, _ in units]
    kept: list[Quotation] = []
    for quote in quotes:
        k = bisect_right(starts, quote.start) - 1
        if k >= 0 and quote.start < units[k][1]:
            kept.append(quote)
    return kept


def shared_quotations(
    text_a: str,
    text_b: str,
    units_a: Sequence[tuple[int, int]] | None = None,
    units_b: Sequence[tuple[int, int]] | None = None,
) -> list[SharedQuote]:
    """Quotations of A that B also quotes (see ``quotes_and_names``)."""
    return quotes_and_names(text_a, text_b, units_a, units_b)[0]


def quotes_and_names(
    text_a: str,
    text_b: str,
    units_a: Sequence[tuple[int, int]] | None = None,
    units_b: Sequence[tuple[int, int]] | None = None,
) -> tuple[list[SharedQuote], list[SharedQuote]]:
    """Quotations of A that B also quotes, whole or cut differently at either end, and the
    names quoted alike in two texts (``_same_name`` without capitals,
    ``quoted_alike_as_name`` with them), apart: no quotation, but a rare name both tell the
    same fact with.

    Two quotations are shared when they have the same words, or their longest common run
    of words has at least ``MIN_SHARED_WORDS`` words and covers at least
    ``MIN_SHARED_FRACTION`` of the shorter one, or the shorter lies whole inside the longer
    with the rest paraphrased around it (see ``_shared``). Each quotation is used once,
    best first.
    With ``units_a``/``units_b`` (sorted ``(start, end)`` of the compared sentences), only
    quotations that start inside one count: a quoted word in a headline does not. A name in
    quote marks (``is_quoted_name``, or one quoted alike on both sides) is no quotation.
    """
    all_a = find_quotations(text_a)
    all_b = find_quotations(text_b)
    caseless_a, caseless_b = _caseless(text_a), _caseless(text_b)
    quotes_a = _quotations_kept(text_a, _inside_units(all_a, units_a), caseless_a, text_b, all_b)
    quotes_b = _quotations_kept(text_b, _inside_units(all_b, units_b), caseless_b, text_a, all_a)
    names_a = _full_names(text_a)
    names_b = _full_names(text_b)
    sentences_a = [_sentence_words(text_a, quote, all_a) for quote in quotes_a]
    sentences_b = [_sentence_words(text_b, quote, all_b) for quote in quotes_b]
    speakers_a = [_named(_speakers(words), names_a) for words in sentences_a]
    speakers_b = [_named(_speakers(words), names_b) for words in sentences_b]
    named_a = [_names_in(words) for words in sentences_a]
    named_b = [_names_in(words) for words in sentences_b]
    caseless = caseless_a and caseless_b
    cased = not caseless_a and not caseless_b
    candidates: list[tuple[int, float, int, int, int, int]] = []
    names: list[SharedQuote] = []
    for i, qa in enumerate(quotes_a):
        for j, qb in enumerate(quotes_b):
            if (caseless and _same_name(text_a, qa, text_b, qb)) or (
                cased and quoted_alike_as_name(text_a, qa, text_b, qb)
            ):
                names.append(SharedQuote(_span(text_a, qa), _span(text_b, qb), exact=True))
                continue
            run = _longest_common_run(qa.words, qb.words)
            one_speaker = _one_named_speaker(
                (speakers_a[i], named_a[i]), (speakers_b[j], named_b[j])
            )
            named_alike = bool((named_a[i] & named_b[j]) - STOPWORDS)
            if _shared(
                run, text_a, qa, text_b, qb, one_speaker=one_speaker, named_alike=named_alike
            ) and (
                not _other_speakers((speakers_a[i], named_a[i]), (speakers_b[j], named_b[j]))
                or _cut_inside_a_word_group(text_a, qa, text_b, qb)
            ):
                closeness = run / max(len(qa.words), len(qb.words))
                ends = sorted((qa.start, qb.start))  # the same order whichever text is A
                candidates.append((-run, -closeness, ends[0], ends[1], i, j))
    candidates.sort()
    claimed_a: dict[int, list[tuple[int, int]]] = {}
    claimed_b: dict[int, list[tuple[int, int]]] = {}
    shared: list[SharedQuote] = []
    for *_, i, j in candidates:
        qa, qb = quotes_a[i], quotes_b[j]
        if i in claimed_a and j in claimed_b:
            continue
        # either both are new, or one is a further fragment of the other, already shared
        if not _another_fragment(qa.words, qb.words, claimed_a.get(i), claimed_b.get(j)):
            continue
        run, end_a, end_b = _common_run(qa.words, qb.words)
        claimed_a.setdefault(i, []).append((end_a - run, end_a))
        claimed_b.setdefault(j, []).append((end_b - run, end_b))
        shared.append(SharedQuote(_span(text_a, qa), _span(text_b, qb), exact=qa.words == qb.words))
    shared.sort(key=lambda quote: (quote.a.start, quote.b.start))
    return shared, names


def _quotations_kept(
    text: str,
    quotations: list[Quotation],
    caseless: bool,
    other_text: str,
    others: Sequence[Quotation],
) -> list[Quotation]:
    """The quotations of ``text`` that are no name in quote marks (``is_quoted_name``, read
    only where capitals show names), unless one opens a sentence the other text quotes
    someone saying (``opens_a_spoken_quotation``)."""
    return [
        quotation
        for quotation in quotations
        if caseless
        or not is_quoted_name(text, quotation)
        or opens_a_spoken_quotation(text, quotation, other_text, others)
    ]


def _another_fragment(
    words_a: tuple[str, ...],
    words_b: tuple[str, ...],
    claimed_a: list[tuple[int, int]] | None,
    claimed_b: list[tuple[int, int]] | None,
) -> bool:
    """Whether a quotation not yet shared is a further fragment of one already shared.

    One side may quote a long statement whole and the other cut two or three fragments out
    of it (“a deeply upsetting event” … would “learn every lesson”): each fragment is a
    shared quote. The unshared quotation must lie whole in the shared one (all its words in
    a row), at words of it that no earlier fragment took.
    """
    run, end_a, end_b = _common_run(words_a, words_b)
    if claimed_a is not None:
        fragment, claimed, end = words_b, claimed_a, end_a
    elif claimed_b is not None:
        fragment, claimed, end = words_a, claimed_b, end_b
    else:
        return True
    if run != len(fragment) or run < MIN_SHARED_WORDS:
        return False
    start = end - run
    return all(end <= lo or start >= hi for lo, hi in claimed)


def _shared(
    run: int,
    text_a: str,
    qa: Quotation,
    text_b: str,
    qb: Quotation,
    *,
    one_speaker: bool,
    named_alike: bool,
) -> bool:
    """Whether two quotations with ``run`` words in a row in common are one quote.

    The same words (even a single one: « fixé »), or a run long enough and covering most of
    the shorter, or one passage cut at opposite ends (see ``_overlapping_cut``), or a short
    one whole inside the longer with the rest of it paraphrased around the short one, or
    put in the mouth of one named speaker on both sides (``one_speaker``). A single word
    is shared so only when it is a word of a statement (``_word_of_a_statement``) and the two
    sentences name someone alike outside their quotations (``named_alike``).
    """
    shorter = min(len(qa.words), len(qb.words))
    if qa.words == qb.words:
        return True
    if run >= MIN_SHARED_WORDS and run >= MIN_SHARED_FRACTION * shorter:
        return True
    if run >= MIN_SHARED_WORDS and _overlapping_cut(qa.words, qb.words):
        return True
    if run >= MIN_SHARED_WORDS and _words_replaced(qa.words, qb.words):
        return True
    if run != shorter:
        return False
    short_text, short, long = (
        (text_a, qa, qb) if len(qa.words) < len(qb.words) else (text_b, qb, qa)
    )
    long_text = text_b if long is qb else text_a
    if run < 2 and not (named_alike and _word_of_a_statement(short_text, short, long_text, long)):
        return False
    rest = {word for word in long.words if len(word) >= CONTEXT_MIN_LETTERS} - set(short.words)
    around = _around(short_text, short)
    found = sum(1 for word in rest if any(_one_word(word, other) for other in around))
    return one_speaker or found >= CONTEXT_MATCHES or _same_attribution(text_a, qa, text_b, qb)


def _word_of_a_statement(
    short_text: str, short: Quotation, long_text: str, long: Quotation
) -> bool:
    """Whether a one-word quotation is a word someone said that the longer quotation gives
    in full: Ranger Brian yimi Yimpinari yimata “proud” against the ranger's “Ngawa work all
    night, api ngawa proud of Yimpinari yimata, but …”.

    The word is written in lower case (a capitalised word alone in quote marks reads as a
    name: a boat „Mewa”, a nickname “Pockets”; a script without capitals cannot tell, so
    not there) and is no stopword, and the longer quotation holds a sentence mark: words
    said, not a longer name the word is part of („Mewa JAS-41”). Whether it is the same
    speaker's word is read in ``_shared``.
    """
    first, first_end = short.word_spans[0]
    word = short_text[first:first_end]
    return (
        word[:1].islower()
        and not _capitalised(word)
        and short.words[0] not in STOPWORDS
        and _holds_sentence_marks(long_text, long)
    )


#: The shorter quotation's own words just outside its marks that ``_cut_inside_a_word_group``
#: reads for the longer quotation's word next to the cut.
CUT_NEIGHBOUR_WORDS = 3


def _cut_inside_a_word_group(text_a: str, qa: Quotation, text_b: str, qb: Quotation) -> bool:
    """Whether the shorter quotation is cut out of the middle of the longer one and its text
    carries on, outside its marks, with the longer one's word next to the cut: its crews
    “worked through the night …” against “Our crews worked through the night …”.

    Then one side quotes the other's statement, even when it puts it in another mouth (the
    service for its officer): two speakers who merely say the same words (“This is a sad day
    for chess”) do not also share the word the cut fell beside. That word is no stopword (a
    neighbour's "the teams were “on site …”" is another speaker), has at least
    ``CONTEXT_MIN_LETTERS`` letters and stands among the ``CUT_NEIGHBOUR_WORDS`` words just
    before the opening mark (for a word before the cut) or just after the closing mark.
    """
    short_text, short, long = (
        (text_a, qa, qb) if len(qa.words) < len(qb.words) else (text_b, qb, qa)
    )
    run, _, end_long = _common_run(short.words, long.words)
    if run != len(short.words) or run < MIN_SHARED_WORDS:
        return False
    start_long = end_long - run
    before = long.words[start_long - 1] if start_long > 0 else ""
    after = long.words[end_long] if end_long < len(long.words) else ""
    before, after = (word if word not in STOPWORDS else "" for word in (before, after))
    if len(before) >= CONTEXT_MIN_LETTERS:
        words = _words_before(short_text, short, CUT_NEIGHBOUR_WORDS)
        if any(_one_word(before, word) for word in words):
            return True
    if len(after) >= CONTEXT_MIN_LETTERS:
        hi = short_text.find("\n", short.end)
        hi = len(short_text) if hi < 0 else hi
        following = [_fold(m.group(0)) for m in _WORD.finditer(short_text, short.end, hi)]
        return any(_one_word(after, word) for word in following[:CUT_NEIGHBOUR_WORDS])
    return False


#: How many words of a speaker's name the other side's sentence must name for the two
#: quotations to be one speaker's (a title and a surname, or a first name and a surname:
#: one shared word such as "Councillor" may be two people).
ONE_SPEAKER_NAME_WORDS = 2


def _one_named_speaker(
    a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Whether one side's sentence names the speaker a speech verb gives the other side's
    quotation, by at least ``ONE_SPEAKER_NAME_WORDS`` words of the name: “We were
    extraordinarily lucky today …,” said Councillor David Orme, and Councillor David Orme,
    the council leader, called it “extraordinarily lucky”. Each side is (speaker's words,
    the sentence's capitalised words), as for ``_other_speakers``."""
    (speakers_a, named_a), (speakers_b, named_b) = a, b
    return (
        len(speakers_a & named_b) >= ONE_SPEAKER_NAME_WORDS
        or len(speakers_b & named_a) >= ONE_SPEAKER_NAME_WORDS
    )


def _same_attribution(text_a: str, qa: Quotation, text_b: str, qb: Quotation) -> bool:
    """Whether both quotations are put in one speaker's mouth in the same words: at least
    ``ATTRIBUTION_WORDS`` of the ``ATTRIBUTION_SPAN`` words right before each opening mark are
    the same ("Sergeant Mark Tunnuk said: “…”" and "Mark Tunnuk said “…”"). It settles a
    short fragment of a longer quotation in scripts whose names no capital shows."""
    before_a = _words_before(text_a, qa, ATTRIBUTION_SPAN)
    return len(before_a & _words_before(text_b, qb, ATTRIBUTION_SPAN)) >= ATTRIBUTION_WORDS


def _words_before(text: str, quotation: Quotation, count: int) -> set[str]:
    """The last ``count`` words before the quotation's opening mark, in its paragraph."""
    line_start = text.rfind("\n", 0, quotation.start) + 1
    words = [_fold(m.group(0)) for m in _WORD.finditer(text, line_start, quotation.start)]
    return set(words[-count:])


#: A word that another word of at least this many letters starts or ends is that word
#: with an ending or a prefix: Kinyarwanda "abatuye" and "batuye", "h'amanegeka" and
#: "manegeka" (class prefixes and a joined preposition), "council's".
AFFIXED_WORD_LETTERS = 5


def _one_word(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one word, bare or with a prefix or an ending added."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= AFFIXED_WORD_LETTERS and (long.startswith(short) or long.endswith(short))


_CAPITALISED = re.compile(r"(?<![\w.])[^\W\d_][\w'’-]*")
#: Verbs that name who spoke when a capitalised name stands right before them ("Colin Marsh
#: said") or, for the first four, right after them ("said Elena Kasatkina").
_SPEECH_AFTER_NAME = frozenset(("said", "says", "added", "asked", "told", "explained"))
_SPEECH_BEFORE_NAME = frozenset(("said", "says", "added", "asked"))


def is_quoted_name(text: str, quotation: Quotation) -> bool:
    """Whether a quotation is a name in quote marks rather than words someone said.

    At most ``NAME_WORDS`` words, starting with a capital letter, with a word right before
    the opening mark (not the start of a sentence, a colon or a dash) and no punctuation
    inside: „Mihal Grameno“ in "Rruga „Mihal Grameno“ do të mbetet e mbyllur", or after an
    article joined by a hyphen or an apostrophe: il-“Bella Gozo” in Maltese.
    """
    first, first_end = quotation.word_spans[0]
    if len(quotation.words) > NAME_WORDS or not _capitalised(text[first:first_end]):
        return False
    if _holds_sentence_marks(text, quotation):
        return False
    before = text[text.rfind("\n", 0, quotation.start) + 1 : quotation.start - 1].rstrip(_SPACES)
    if before[-1:] in _CLITIC_JOINS:
        # an article or preposition joined to the name: Maltese il-“Bella Gozo”, French l'«…»
        before = before[:-1]
    return bool(before) and before[-1].isalnum()


def opens_a_spoken_quotation(
    text: str, quotation: Quotation, other_text: str, others: Sequence[Quotation]
) -> bool:
    """Whether a quotation of ``text`` that reads as a name (``is_quoted_name``) is rather
    the first words of a sentence that ``other_text`` quotes someone saying, cut after them:
    Yup'ik “Qimugtelget tamarmeng unguvaut” against “Qimugtelget tamarmeng unguvaut, quyana
    …”.

    A name in quote marks ends in a capitalised word (“Réalt na Mara”, “Friends of the
    Crystal”, “Wɛ̈t ke Baai”); a cut quotation ends in whatever word the writer stopped at.
    So: at least ``MIN_SHARED_WORDS`` words, the last not capitalised, and one of ``others``
    (the other text's quotations) is longer, holds a sentence mark (it is said, not named)
    and opens with exactly these words.
    """
    words = quotation.words
    last_start, last_end = quotation.word_spans[-1]
    if len(words) < MIN_SHARED_WORDS or _capitalised(text[last_start:last_end]):
        return False
    return any(
        len(other.words) > len(words)
        and other.words[: len(words)] == words
        and _holds_sentence_marks(other_text, other)
        for other in others
    )


def quoted_alike_as_name(text_a: str, qa: Quotation, text_b: str, qb: Quotation) -> bool:
    """Whether two quotations with the same words are one name in quote marks (a campaign, a
    slogan, a boat) rather than words someone said, though longer than ``NAME_WORDS``: at most
    ``LONG_NAME_WORDS`` words, and on each side ``_embedded_name``: the campaign “Look Up,
    Land Safe” in "which runs the “Look Up, Land Safe” campaign" and "the Club's “Look Up,
    Land Safe” campaign asks", « Fedas sus la rota » after "La campanha" in both."""
    return (
        qa.words == qb.words
        and len(qa.words) <= LONG_NAME_WORDS
        and _embedded_name(text_a, qa)
        and _embedded_name(text_b, qb)
    )


def _embedded_name(text: str, quotation: Quotation) -> bool:
    """Whether a quotation reads as a name standing inside its sentence: its first word
    capitalised, no sentence mark inside and none before the closing mark (a spoken
    sentence ends there: “We remain at the table,” said …), and a word right before the
    opening mark or right after the closing one, or a comma on both sides of the marks with
    the sentence running on after the second (an appeal, "Back on the Water", to replace)."""
    first, first_end = quotation.word_spans[0]
    inside = text[quotation.start : quotation.end].strip(_SPACES)
    return (
        _capitalised(text[first:first_end])
        and not any(mark in inside for mark in _NAME_STOPS)
        and bool(_WORD_END.search(inside))
        and (
            _word_before(text, quotation)
            or _word_after(text, quotation)
            or _set_off_by_commas(text, quotation)
        )
    )


def _set_off_by_commas(text: str, quotation: Quotation) -> bool:
    """Whether a comma stands right before the opening mark and right after the closing
    one, and a word follows it in the same line: the quotation set in its sentence as an
    apposition (a drive, "Back on the Water", and …). A spoken sentence after a comma ends
    in its own punctuation or a said-clause, not in a comma outside the marks that the
    sentence runs on from."""
    line_start = text.rfind("\n", 0, quotation.start) + 1
    before = text[line_start : quotation.start - 1].rstrip(_SPACES)
    line_end = text.find("\n", quotation.end)
    after = text[quotation.end + 1 : len(text) if line_end < 0 else line_end]
    return (
        before[-1:] in _COMMAS
        and after[:1] in _COMMAS
        and bool(_WORD_START.match(after[1:].lstrip(_SPACES)))
    )


#: Commas of the scripts (Latin, Chinese and Japanese, Arabic, Ethiopic).
_COMMAS = frozenset(",，、،፣")


#: A capitalised word, or one behind a short lower-case prefix (a Bantu noun-class or
#: locative prefix, an Irish initial mutation): Xhosa “liGophe likaSathana”, eMthatha,
#: Shona paChemhanza, Irish i nGaillimh.
_CAPITALISED_WORD = regex.compile(r"\p{Ll}{0,3}\p{Lu}")


def _capitalised(word: str) -> bool:
    """Whether ``word`` starts with a capital letter, bare or behind a short prefix."""
    return bool(_CAPITALISED_WORD.match(word))


def _caseless(text: str) -> bool:
    """Whether ``text`` is written without a case that shows names: fewer than one letter in
    ``_CAPITALS_PER_LETTER`` is upper case (Thai, Amharic, Georgian, Hindi; an acronym or a
    Latin name here and there does not count), or fewer than that is lower case (Cherokee,
    whose syllabary is written in its capitals: every word starts with one)."""
    letters = sum(1 for char in text if char.isalpha())
    capitals = sum(1 for char in text if char.isupper())
    small = sum(1 for char in text if char.islower())
    return min(capitals, small) * _CAPITALS_PER_LETTER < letters


#: See ``_caseless``: on the 256 development texts, those in scripts with capitals have one
#: in 27 letters (the median) and at least one in 53; one Korean text with a few
#: Latin acronyms has one in 330, the others none.
_CAPITALS_PER_LETTER = 200


def _same_name(text_a: str, qa: Quotation, text_b: str, qb: Quotation) -> bool:
    """Whether two quotations of texts without capitals are one name in quote marks.

    A script without capitals cannot show a name by its first letter (``is_quoted_name``),
    but a name is quoted the same way each time: the same words, at most ``NAME_WORDS`` of
    them as spaces part words (a Thai name is one run), no punctuation inside, and a word
    right before the opening mark on both sides (a boat «ጣና ኮከብ» የተባለ, a hotel სასტუმრო
    „რაჭა პალასში“, a project โครงการ “คนอยู่ร่วมกับช้างป่า”). A quotation that one side
    cuts from a longer one (რომ „ფერდობი კვლავ მოძრაობს“ და) is not the same words, so
    stays a shared quote. The words are compared with their figures in one digit script (a
    boat “ນາວາອູ ໒” and “ນາວາອູ 2”). A name may also open its sentence when a word follows
    its closing mark on both sides, as the sentence runs on through it (‘പുത്തൻകുളം
    രാജശേഖരൻ’ എന്ന ആന, "the elephant called …"): in a script that parts its words with
    spaces, a quotation said by someone that opens a sentence ends in punctuation inside
    the marks or after them ("“…,” കലക്ടർ പറഞ്ഞു"). Thai and the other scripts written
    without spaces put no comma there (“ภัยแล้งหนัก” ผู้ว่าราชการกล่าว), so not for them;
    there a name may open its sentence on one side when the sentence runs on from the
    closing mark without a space on both (渡輪「海晴號」喺 and ，「海晴號」喺). A name may be as
    long as ``LONG_NAME_WORDS`` when it stands inside its sentence at both ends on both
    sides and the same word follows it on both (a campaign: شىركەت «پاكىز سۇ — ساغلام
    ئائىلە» ھەرىكىتى and شىركەتنىڭ «…» ھەرىكىتى), as its class noun does.
    """
    if _digits_alike(qa.words) != _digits_alike(qb.words):
        return False
    sides = ((text_a, qa), (text_b, qb))
    if any(_holds_sentence_marks(text, q) for text, q in sides):
        return False
    if (
        all(_spaced_words(text, q) <= LONG_NAME_WORDS for text, q in sides)
        and all(_word_before(text, q) and _word_after(text, q) for text, q in sides)
        and _alike(_first_word_after(text_a, qa), _first_word_after(text_b, qb))
    ):
        return True
    if not all(_spaced_words(text, q) <= NAME_WORDS for text, q in sides):
        return False
    if all(_word_before(text, q) for text, q in sides):
        return True
    if all(_SPACELESS.search(text, q.start, q.end) for text, q in sides):
        # written without spaces: the sentence runs on from the closing mark on both sides
        # and into the opening one on one (渡輪「海晴號」喺 and ，「海晴號」喺)
        return all(_word_glued_after(text, q) for text, q in sides) and any(
            _word_before(text, q) for text, q in sides
        )
    return all(
        _word_after(text, q) and not _SPACELESS.search(text, q.start, q.end) for text, q in sides
    )


def _spaced_words(text: str, quotation: Quotation) -> int:
    """How many runs between spaces hold a word in the quotation (a Thai name is one run;
    a dash between two words is none)."""
    return sum(
        1 for run in text[quotation.start : quotation.end].split() if _WORD_START.search(run)
    )


def _word_glued_after(text: str, quotation: Quotation) -> bool:
    """Whether a word follows the quotation's closing mark with no space between
    (「海晴號」喺), as a sentence written without spaces runs on."""
    return bool(_WORD_START.match(text, quotation.end + 1))


def _first_word_after(text: str, quotation: Quotation) -> str:
    """The first word after the quotation's closing mark, folded ("" when none)."""
    found = _WORD.search(text, quotation.end + 1)
    return "" if found is None else _fold(found.group(0))


#: A character of a script written without spaces between words (as in ``_WORD``).
_SPACELESS = regex.compile(rf"[{_CJK}]|\p{{Line_Break=Complex_Context}}")


def _digits_alike(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with the digits of every script as 0-9 ("໒" -> "2")."""
    return tuple(ascii_digits(word) for word in words)


def _word_before(text: str, quotation: Quotation) -> bool:
    """Whether a word stands right before the quotation's opening mark, in its line."""
    line_start = text.rfind("\n", 0, quotation.start) + 1
    before = text[line_start : quotation.start - 1].rstrip(_SPACES)
    return bool(_WORD_END.search(before))


def _word_after(text: str, quotation: Quotation) -> bool:
    """Whether a word follows the quotation's closing mark after a space, in its line."""
    line_end = text.find("\n", quotation.end)
    after = text[quotation.end + 1 : len(text) if line_end < 0 else line_end]
    return bool(_WORD_START.match(after.lstrip(_SPACES))) and after[:1] in _SPACES


#: A word's first character (a letter or a digit).
_WORD_START = regex.compile(r"[^\W_]")
#: A word's last character: a letter, a digit or a combining mark (the Devanagari vowel
#: sign of "योजना", which ``str.isalnum`` does not count).
_WORD_END = regex.compile(r"[^\W_]$")


#: Marks that join a clitic article or preposition to the word after it ("il-", "l'").
_CLITIC_JOINS = ("-", "'", "’")
#: Punctuation that a name in quote marks does not hold.
_SENTENCE_MARKS = ".,;:!?…"


def _holds_sentence_marks(text: str, quotation: Quotation) -> bool:
    """Whether the quotation holds any of ``_SENTENCE_MARKS``: words said, not a name."""
    return any(mark in text[quotation.start : quotation.end] for mark in _SENTENCE_MARKS)


def _sentence_words(text: str, quotation: Quotation, quotations: list[Quotation]) -> list[str]:
    """The words of the quotation's sentence, each quotation in it as one ``_QUOTED``.

    The sentence runs from the full stop before the quotation to the one after it, within
    its paragraph.
    """
    lo = text.rfind("\n", 0, quotation.start) + 1
    hi = text.find("\n", quotation.end)
    hi = len(text) if hi < 0 else hi
    stop = max(text.rfind(". ", lo, quotation.start - 1), text.rfind("? ", lo, quotation.start - 1))
    lo = lo if stop < 0 else stop + 2
    after = re.search(r"[.?!][\"'”’»«“]*\s", text[quotation.end + 1 : hi])
    hi = hi if after is None else quotation.end + 1 + after.end()
    quoted = [(q.start - 1, q.end + 1) for q in quotations if q.end > lo and q.start < hi]
    words: list[str] = []
    for m in _CAPITALISED.finditer(text, lo, hi):
        inside = any(s <= m.start() < e for s, e in quoted)
        if not inside:
            words.append(m.group(0))
        elif words[-1:] != [_QUOTED]:
            words.append(_QUOTED)  # a quotation breaks a name run: 'said: “…” Officers'
    return words


def _speakers(words: list[str]) -> frozenset[str]:
    """The words of the names a speech verb attributes a sentence (its ``words``) to.

    Words inside quote marks are not looked at. Empty when no name stands next to "said",
    "told" and the like (in English; other languages give no speaker).
    """
    names: set[str] = set()
    for k, word in enumerate(words):
        lowered = word.casefold()
        if lowered in _SPEECH_AFTER_NAME:
            names.update(_name_run(words, k - 1, -1))
        if lowered in _SPEECH_BEFORE_NAME:
            names.update(_name_run(words, k + 1, 1))
    return frozenset(names)


#: Stands in the words around a quotation for the quotation's own words.
_QUOTED = "\u2026"


def _full_names(text: str) -> dict[str, frozenset[str]]:
    """Each word of a run of two or more capitalised words (a full name, "Elena Mirković's"),
    with all the words of the runs it is in."""
    names: dict[str, set[str]] = {}
    run: list[str] = []
    last_end = -2
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        if not word[0].isupper():
            last_end = -2
            continue
        if match.start() != last_end + 1 or text[last_end] not in " \u00a0":
            _add_name(names, run)
            run = []
        bare = _bare_name(word)
        if bare not in STOPWORDS:
            run.append(bare)
        last_end = match.end()
        if word.casefold().replace("’", "'").endswith("'s"):  # "Mirković's Audi": two names
            _add_name(names, run)
            run = []
            last_end = -2
    _add_name(names, run)
    return {word: frozenset(words) for word, words in names.items()}


def _add_name(names: dict[str, set[str]], run: list[str]) -> None:
    if len(run) >= 2:
        for word in run:
            names.setdefault(word, set()).update(run)


def _bare_name(word: str) -> str:
    folded = word.casefold().replace("’", "'")
    return folded[:-2] if folded.endswith("'s") else folded


def _named(speakers: frozenset[str], names: dict[str, frozenset[str]]) -> frozenset[str]:
    """The speaker's words with the other words of the full names they appear in.

    One article calls her "Elena" and the other "Mirković": both name "Elena Mirković"
    somewhere, so the two speakers are one person.
    """
    found = set(speakers)
    for word in speakers:
        found |= names.get(_bare_name(word), frozenset())
    return frozenset(found)


def _name_run(words: list[str], k: int, step: int) -> list[str]:
    """The capitalised words from ``words[k]`` on in direction ``step``."""
    run: list[str] = []
    while 0 <= k < len(words) and words[k][0].isupper():
        if words[k].casefold() not in STOPWORDS:  # "She said", "It added"
            run.append(words[k].casefold())
        k += step
    return run


def _names_in(words: list[str]) -> frozenset[str]:
    """The capitalised words of a sentence outside its quotations, folded (for speakers)."""
    return frozenset(_bare_name(word) for word in words if word[0].isupper())


def _other_speakers(
    a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]
) -> bool:
    """Whether both sentences name who spoke and the names share no word: the same words
    said by two people ("a sad day for chess") are two quotations, not a shared one.

    Each side is (speaker's words, the sentence's capitalised words). A sentence that names
    the other side's speaker anywhere is not by another speaker: "said Tamarside Water's
    chief executive Alison Crewe" and "Alison Crewe says", or "Helen Marsh, who runs
    operations at Severnside, said" and "said Helen Marsh".
    """
    (speakers_a, named_a), (speakers_b, named_b) = a, b
    if not speakers_a or not speakers_b or not speakers_a.isdisjoint(speakers_b):
        return False
    return speakers_a.isdisjoint(named_b) and speakers_b.isdisjoint(named_a)


def _around(text: str, quotation: Quotation) -> set[str]:
    """The ``CONTEXT_WORDS`` words just before and just after a quotation, in its paragraph."""
    hi = text.find("\n", quotation.end)
    hi = len(text) if hi < 0 else hi
    after = [_fold(m.group(0)) for m in _WORD.finditer(text, quotation.end, hi)]
    return _words_before(text, quotation, CONTEXT_WORDS) | set(after[:CONTEXT_WORDS])


def _span(text: str, quotation: Quotation) -> Span:
    start = quotation.word_spans[0][0]
    while start > quotation.start and text[start - 1] in "'’":
        start -= 1  # an elided word keeps its apostrophe: «'o Comune …»
    end = quotation.word_spans[-1][1]
    # Keep the final punctuation inside the marks ("…allies.") as part of the quotation.
    while end < quotation.end and not text[end].isspace():
        end += 1
    return Span(start, end, text[start:end])


def _longest_common_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    return _common_run(a, b)[0]


def _common_run(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, int, int]:
    """The longest run of words in common: its length and where it ends in ``a`` and ``b``."""
    best = (0, 0, 0)
    previous = [0] * (len(b) + 1)
    for i, word in enumerate(a, 1):
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if word == other or _same_stem(word, other):
                current[j] = previous[j - 1] + 1
                if current[j] > best[0]:
                    best = (current[j], i, j)
        previous = current
    return best


def _overlapping_cut(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the two quotations are one passage cut at opposite ends: a run of at least
    ``MIN_SHARED_WORDS`` words ends one and starts the other ("It was dark and windy, but
    the crew stayed calm the whole time" and "The crew stayed calm the whole time. The men
    had coffee and waited")."""
    run, end_a, end_b = _common_run(a, b)
    if run < MIN_SHARED_WORDS:
        return False
    return (end_a == len(a) and end_b == run) or (end_b == len(b) and end_a == run)


#: A quotation may have a stretch of at most this many words replaced on either side (a
#: pronoun given as the noun it stands for, "no awan ida" / "no awan dagiti umili", most
#: often in brackets: "without [the residents]").
REPLACED_WORDS = 2


def _words_replaced(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the shorter quotation is the longer one's words with one short stretch
    replaced: its longest run in common with the longer, plus the words that meet again
    right across a gap of at most ``REPLACED_WORDS`` words on each side, cover at least
    ``MIN_SHARED_FRACTION`` of the shorter, with at least one word on each side of the gap."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    run, end_s, end_l = _common_run(short, long)
    start_s, start_l = end_s - run, end_l - run
    best = 0
    for gap_s in range(REPLACED_WORDS + 1):
        for gap_l in range(REPLACED_WORDS + 1):
            if gap_s == gap_l == 0:
                continue
            before = _run_back(short, start_s - gap_s, long, start_l - gap_l)
            after = _run_on(short, end_s + gap_s, long, end_l + gap_l)
            best = max(best, before, after)
    return best >= 1 and run + best >= MIN_SHARED_FRACTION * len(short)


def _run_back(a: tuple[str, ...], i: int, b: tuple[str, ...], j: int) -> int:
    """How many words in a row ``a`` and ``b`` have in common ending just before ``i`` and ``j``."""
    count = 0
    while i - count > 0 and j - count > 0 and _alike(a[i - count - 1], b[j - count - 1]):
        count += 1
    return count


def _run_on(a: tuple[str, ...], i: int, b: tuple[str, ...], j: int) -> int:
    """How many words in a row ``a`` and ``b`` have in common from ``i`` and ``j`` on."""
    count = 0
    while i + count < len(a) and j + count < len(b) and _alike(a[i + count], b[j + count]):
        count += 1
    return count


def _alike(a: str, b: str) -> bool:
    return a == b or _same_stem(a, b)


#: A word that starts another is the same word with an ending when it has this many letters:
#: Korean particles and endings ("제한적" and "제한적일"), "council" and "council's".
_STEM_LETTERS = 3


def _same_stem(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= _STEM_LETTERS and long.startswith(short)


def reads_as_long_name(text: str, quotation: Quotation) -> bool:
    """Whether a quotation of up to ``LONG_NAME_WORDS`` words reads as a name standing in its
    sentence (``_embedded_name``) whose last word is capitalised too: “Friends of the Jubilee
    Fountain” in "The “Friends of the Jubilee Fountain”, a group of volunteers" (a cut
    quotation ends in whatever word the writer stopped at, ``opens_a_spoken_quotation``)."""
    last, last_end = quotation.word_spans[-1]
    return (
        len(quotation.words) <= LONG_NAME_WORDS
        and _capitalised(text[last:last_end])
        and _embedded_name(text, quotation)
    )
