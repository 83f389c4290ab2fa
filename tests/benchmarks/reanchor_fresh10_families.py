"""Tenth round of fresh held-out material for re-anchoring: eleven families of edits and a mix.

Written without looking at the re-anchoring code, and only ever reported
(``test_reanchor_fresh10`` prints it as "tenth fresh held-out material"). The texts are in
``reanchor_fresh10_texts`` and ``reanchor_fresh10_more_texts``, the operations in
``reanchor_fresh10_edits``. The families are what copy editors, romanisation tables,
unpointed editions, translators, brand voice passes, mail clients, newspaper make-up,
reviewers, web list views, social media reposts and style sheets do that the earlier
families do not: sentences that open with a clause turned round ("If it rains, take the
bus." → "Take the bus if it rains."); names given another romanisation ("Tchaikovsky" →
"Chaikovsky", "Kōyasan" → "Koyasan", "Chanukah" → "Hanukkah"); Hebrew and Urdu printed
without vowel points (dagesh, shin dots, shadda and Sinhala conjunct joiners too, at the
highest rate); glossed passages turned round ("שָׁלוֹם (peace)" → "peace (שָׁלוֹם)");
negatives and then pronouns contracted ("do not" → "don’t", "it is" → "it’s"); the text
quoted in an e-mail reply ("> " before every line, replies between paragraphs, lines
hard wrapped); stories jumping to a later page in mid-sentence ("(Continued on page 4)");
tracked changes shown in CriticMarkup ("{~~old~>new~~}", "{--cut--}", "{++added++}");
lists cut to their first lines and "… and 3 more"; places made hashtags and people
handles ("#NuwaraEliya", "@ImranQureshi"); titles and foreign passages italicised ("*Swan
Lake*", "<i>…</i>") and a repeated sentence made bold; and a mix. Every edit goes through
:class:`TrackedText`: moved text keeps its origin, typed text and pasted copies have none.
"""

from __future__ import annotations

import random
import re

from tests.benchmarks.reanchor_families import Family, _paragraphs, typos
from tests.benchmarks.reanchor_fresh5_families import draw_from_pools
from tests.benchmarks.reanchor_fresh5_places import rows_of
from tests.benchmarks.reanchor_fresh6_families import _inside
from tests.benchmarks.reanchor_fresh7_families import _across, _with_next_word
from tests.benchmarks.reanchor_fresh7_places import Span, headings, recurring, sentences
from tests.benchmarks.reanchor_fresh8_families import _by_rate
from tests.benchmarks.reanchor_fresh9_families import _trimmed
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh10_edits import (
    clause_to_end,
    collapse_list,
    hashtag,
    jump,
    quote_reply,
    replace_all,
    show_change,
    strip_marks,
    swap_gloss,
    wrap,
)
from tests.benchmarks.reanchor_fresh10_kit import (
    NEGATIVE,
    OPENING_CLAUSE,
    OTHER_POINTS,
    PERSON,
    PLACE,
    PRONOUN_VERB,
    ROMANISATIONS,
    ROMANISED,
    SINHALA_JOINER,
    TITLE,
    VOWEL_POINTS,
    contracted,
)
from tests.benchmarks.reanchor_fresh10_places import (
    contractible,
    glosses,
    jump_points,
    lists,
    opening_clauses,
    persons,
    places,
    pointed_lines,
    prose_sentences,
    romanised,
    titles,
    word_spans_of,
)
from tests.benchmarks.reanchor_fresh10_texts import KINDS
from tests.storage.edit_simulation import TrackedText, word_spans

#: Seeds of the tenth fresh held-out material (never used while tuning).
FRESH10_SEEDS = range(10100, 10110)

#: What a reviewer writes in place of a word, adds before one, or notes after one.
SYNONYMS = {
    "small": "little",
    "every": "each",
    "about": "around",
    "near": "close to",
    "begins": "starts",
    "closes": "ends",
    "first": "opening",
    "quiet": "calm",
    "long": "lengthy",
    "short": "brief",
    "new": "recent",
    "always": "usually",
    "only": "just",
    "cheap": "inexpensive",
    "buy": "purchase",
    "need": "require",
    "ask": "enquire",
    "best": "finest",
    "also": "too",
    "late": "delayed",
    "most": "many",
    "evening": "night",
    "free": "without charge",
    "expect": "anticipate",
    "book": "reserve",
    "help": "assist",
    "week": "fortnight",
    "month": "term",
    "held": "kept",
    "less": "fewer",
}
ADDITIONS = ("also", "usually", "now", "still", "only")
COMMENTS = ("Check this.", "Source?", "Is this still true?", "Update for 2027.")
#: What the sender of a reply writes on top and between the quoted paragraphs.
REPLY_OPENINGS = (
    "Hi all, my comments are below. Thanks, M.",
    "Looks fine to me; two small points inline.",
    "Forwarding with notes for the next issue.",
)
REPLIES = (
    "Agreed, thanks.",
    "Can we check this figure?",
    "This is fine as it is.",
    "Please cut this paragraph.",
    "👍 Looks good.",
    "Same as last week?",
    "Move this to the top?",
)
REPLY_HEADER = "On Thursday 4 December 2026 at 09:12, the editor wrote:"


# -- families ------------------------------------------------------------------------------------


def clauses_turned(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Sentences that open with a clause turned round ("If it rains, take the bus." → "Take
    the bus if it rains."): one, half of them, or all."""
    found = opening_clauses(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    for sentence, comma in sorted(rng.sample(found, count), reverse=True):
        clause_to_end(tracked, sentence, comma)


def names_romanised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Names in another romanisation ("Tchaikovsky" → "Chaikovsky", "Kōyasan" → "Koyasan"):
    one name wherever it stands; every name of half the languages the text has; or every
    name."""
    text = tracked.text
    found = romanised(text)
    if not found:
        return
    table = {old: new for group in ROMANISATIONS.values() for old, new in group.items()}
    present = sorted({text[s:e] for s, e in found})
    if rate < 3:
        chosen = {rng.choice(present)}
    elif rate < 8:
        groups = sorted(g for g, names in ROMANISATIONS.items() if set(names) & set(present))
        picked = rng.sample(groups, max(1, len(groups) // 2))
        chosen = {name for group in picked for name in ROMANISATIONS[group]}
    else:
        chosen = set(present)
    replace_all(tracked, [(s, e, table[text[s:e]]) for s, e in found if text[s:e] in chosen])


def points_dropped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """An unpointed edition: the vowel points of one line of Hebrew or Urdu dropped; of
    every line; or every point (dagesh, shin and sin dots, shadda, sukun too) and the
    joiners of Sinhala conjuncts."""
    found = pointed_lines(tracked.text)
    if not found:
        return
    if rate < 3:
        strip_marks(tracked, rng.choice(found), VOWEL_POINTS)
        return
    strip_marks(tracked, (0, len(tracked.chars)), VOWEL_POINTS)
    if rate >= 8:
        strip_marks(tracked, (0, len(tracked.chars)), OTHER_POINTS)
        strip_marks(tracked, (0, len(tracked.chars)), SINHALA_JOINER)


def glosses_swapped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Glossed passages turned round, the English first ("שָׁלוֹם (peace)" → "peace
    (שָׁלוֹם)"): one, half of them, or all."""
    found = glosses(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    for original, gloss in sorted(rng.sample(found, count), reverse=True):
        swap_gloss(tracked, original, gloss)


def contractions_made(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A conversational pass: the negatives of one paragraph contracted ("do not" →
    "don’t"); every negative; or every negative and every pronoun with its verb ("it is"
    → "it’s")."""
    text = tracked.text
    found = contractible(text, pronouns=rate >= 8)
    if not found:
        return
    if rate < 3:
        at = rng.choice(found).start()
        paragraph = next(p for p in _paragraphs(text) if p[0] <= at < p[1])
        found = [m for m in found if paragraph[0] <= m.start() < paragraph[1]]
    replace_all(tracked, [(m.start(), m.end(), contracted(m[0])) for m in found])


def quoted_in_reply(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """The text quoted in an e-mail reply, "> " before every line and a note on top; from
    the middle rate replies between three paragraphs; at the highest, six, and the
    paragraphs hard wrapped at 60 to 72 characters first."""
    paragraphs = _paragraphs(tracked.text)
    count = min(len(paragraphs) - 3, _by_rate(rate, 0, 3, 6))
    chosen = rng.sample(range(2, len(paragraphs) - 1), count)
    replies = dict(zip(chosen, rng.sample(REPLIES, count), strict=True))
    opening = f"{rng.choice(REPLY_OPENINGS)}\n\n{REPLY_HEADER}"
    quote_reply(tracked, opening, replies, rng.randint(60, 72) if rate >= 8 else None)


def stories_jumped(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Stories jumping to a later page in mid-sentence, "(Continued on page 4)" at the cut
    and "Continued from page 1" over the rest at the end: one section, two or three (whose
    continuations repeat the section's heading)."""
    text = tracked.text
    found = jump_points(text)
    if not found:
        return
    chosen = sorted(rng.sample(found, min(len(found), _by_rate(rate, 1, 2, 3))))
    tails = len(text) - 1
    for index, (cut, end, title) in reversed(list(enumerate(chosen))):
        from_line = "Continued from page 1"
        if rate >= 8:
            from_line = f"{text[slice(*title)]}, continued from page 1"
        tails = jump(tracked, cut, end, tails, 4 + 2 * index, from_line)


def changes_shown(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A reviewer's tracked changes left in, in CriticMarkup: three, eight or twenty words
    of prose changed (a figure or a word with a synonym substituted, "{~~old~>new~~}"; a
    word cut, "{--old--}"; or a word added before one, "{++also++} "); at the highest
    rate four comments after figures too ("{>>Source?<<}")."""
    text = tracked.text
    words = sorted(
        w
        for w in {w for s in prose_sentences(text) for w in word_spans_of(text, s)}
        if text[slice(*w)].islower() or text[slice(*w)].isdigit()
    )
    if not words:
        return
    chosen = rng.sample(words, min(len(words), _by_rate(rate, 3, 8, 20)))
    edits: list[tuple[Span, str, str]] = []
    for span in chosen:
        word = text[slice(*span)]
        if word.isdigit():
            edits.append((span, "sub", str(int(word) + rng.randint(1, 9))))
        elif word in SYNONYMS and rng.random() < 0.7:
            edits.append((span, "sub", SYNONYMS[word]))
        elif rng.random() < 0.5:
            edits.append((span, "del", ""))
        else:
            edits.append((span, "ins", rng.choice(ADDITIONS)))
    if rate >= 8:
        figures = [w for w in words if text[slice(*w)].isdigit() and w not in chosen]
        for span in rng.sample(figures, min(4, len(figures))):
            edits.append((span, "note", rng.choice(COMMENTS)))
    for span, kind, new in sorted(edits, reverse=True):
        show_change(tracked, span, kind, new)


def lists_collapsed(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A web view's lists: one list cut to its first three lines and "… and 3 more"; half
    of them; or every list cut to two lines."""
    found = lists(tracked.text)
    if not found:
        return
    count = _by_rate(rate, 1, max(1, len(found) // 2), len(found))
    for rows in sorted(rng.sample(found, count), reverse=True):
        collapse_list(tracked, rows, 2 if rate >= 8 else 3)


def places_hashtagged(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A social media repost: one place made a hashtag wherever it stands ("Nuwara Eliya"
    → "#NuwaraEliya"); every place; or every place and every person a handle
    ("@ImranQureshi")."""
    text = tracked.text
    found = [(span, "#") for span in places(text)]
    if not found:
        return
    if rate < 3:
        name = text[slice(*rng.choice(found)[0])]
        found = [(span, mark) for span, mark in found if text[slice(*span)] == name]
    elif rate >= 8:
        found += [(span, "@") for span in persons(text)]
    for span, mark in sorted(found, reverse=True):
        hashtag(tracked, span, mark)


def titles_italicised(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """A style sheet's italics: the first mention of each title ("*Swan Lake*"); every
    title and every glossed passage's original; or all of them as "<i>…</i>" and the
    sentence the text repeats most made bold ("<b>…</b>")."""
    text = tracked.text
    found = titles(text)
    if rate < 3:
        first: dict[str, Span] = {}
        for span in found:
            first.setdefault(text[slice(*span)], span)
        found = list(first.values())
    else:
        found += [original for original, _ in glosses(text)]
    opener, closer = ("<i>", "</i>") if rate >= 8 else ("*", "*")
    wraps = [(span, opener, closer) for span in found]
    if rate >= 8:
        repeated = [
            group
            for group in recurring(text).values()
            if not any(s < e2 and s2 < e for s, e in group for s2, e2 in found)
        ]
        if repeated:
            wraps += [(span, "<b>", "</b>") for span in repeated[0]]
    for span, start_tag, end_tag in sorted(wraps, reverse=True):
        wrap(tracked, span, start_tag, end_tag)


def combined(tracked: TrackedText, rng: random.Random, rate: float) -> None:
    """Three of the families above, each at half the rate, and some typos."""
    for family in rng.sample(list(FRESH10_FAMILIES.values())[:-1], 3):
        family(tracked, rng, rate / 2)
    typos(tracked, rng, rate / 2)


FRESH10_FAMILIES: dict[str, Family] = {
    "clauses turned": clauses_turned,
    "names romanised": names_romanised,
    "points dropped": points_dropped,
    "glosses swapped": glosses_swapped,
    "contractions made": contractions_made,
    "quoted in reply": quoted_in_reply,
    "stories jumped": stories_jumped,
    "changes shown": changes_shown,
    "lists collapsed": lists_collapsed,
    "places hashtagged": places_hashtagged,
    "titles italicised": titles_italicised,
    "combined": combined,
}


def fresh10_text(seed: int, rng: random.Random) -> str:
    """A course catalogue, a classified column, a quiz sheet, a tea auction report, a trail
    guide, Hebrew lesson notes, a cricket round-up or a library bulletin, by seed."""
    return KINDS[seed % len(KINDS)](rng)


# -- annotations ---------------------------------------------------------------------------------

#: What one family or another edits: a name, a place, a person, a title, a negative, a
#: pronoun and its verb, a vowel point.
TARGETS = (ROMANISED, PLACE, PERSON, TITLE, NEGATIVE, PRONOUN_VERB, VOWEL_POINTS)


def _targeted(text: str, spans: list[Span]) -> list[Span]:
    """The sentences that hold something a family edits."""
    return [(s, e) for s, e in spans if any(target.search(text, s, e) for target in TARGETS)]


def _main_clauses(text: str) -> list[Span]:
    """The main clause of each sentence that opens with a clause ("take the bus")."""
    found = []
    for sentence, _ in opening_clauses(text):
        match = OPENING_CLAUSE.fullmatch(text, *sentence)
        assert match is not None
        found.append(match.span(3))
    return found


def fresh10_spans(rng: random.Random, text: str, count: int) -> list[Span]:
    """What readers highlight: word runs (a third), glossed passages (the original, the
    gloss or both), paragraphs, clauses, lines, headings, one occurrence of a sentence the
    text repeats or words inside one, list lines or whole lists, sentences that open with
    a clause or their main clause, names, places, people and titles with the word after
    them, two sentences across a paragraph break, whole sections, and sentences that hold
    something some family edits; each passage once while pools last."""
    spans = word_spans(rng, text, count // 3)
    paragraphs = _paragraphs(text)
    all_sentences = sentences(text) or paragraphs
    clauses = [
        (start + m.start(), start + m.end())
        for start, end in all_sentences
        for m in re.finditer(r"[^\s,;:—][^,;:—]*[^\s,;:—]", text[start:end])
        if 12 <= m.end() - m.start() < end - start
    ]
    rows = rows_of(text, paragraphs)
    repeated = [span for group in recurring(text).values() for span in group]
    parts = [part for span in repeated if (part := _inside(rng, text, span)) is not None]
    glossed = [
        span
        for original, gloss in glosses(text)
        for span in (original, gloss, (original[0], gloss[1] + 1))
    ]
    found_lists = lists(text)
    names = sorted(romanised(text) + places(text) + persons(text) + titles(text))
    pools = [
        (0.07, glossed),
        (0.14, paragraphs),
        (0.21, clauses),
        (0.26, _trimmed(text, rows)),
        (0.30, headings(text)),
        (0.36, repeated),
        (0.41, parts),
        (0.46, [line for found in found_lists for line in found]),
        (0.49, [(found[0][0], found[-1][1]) for found in found_lists]),
        (0.55, [sentence for sentence, _ in opening_clauses(text)] + _main_clauses(text)),
        (0.63, _with_next_word(text, names)),
        (0.70, _across(text)),
        (0.75, [section for _, section in sections(text)]),
        (0.96, _targeted(text, all_sentences)),
    ]
    return draw_from_pools(rng, spans, pools, all_sentences, count)
