"""The truth of the tenth-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from desktop_app.core.text import is_canonical
from tests.benchmarks.family_soundness import (
    assert_family_sound,
    assert_hostile_text,
    assert_spans_distinct,
    span_of,
)
from tests.benchmarks.reanchor_fresh7_places import recurring
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
from tests.benchmarks.reanchor_fresh10_families import (
    FRESH10_FAMILIES,
    FRESH10_SEEDS,
    fresh10_spans,
    fresh10_text,
    names_romanised,
)
from tests.benchmarks.reanchor_fresh10_kit import (
    GLOSSED,
    OTHER_POINTS,
    POINTED,
    SINHALA_JOINER,
    VOWEL_POINTS,
    ZWJ,
    contracted,
    glossed,
)
from tests.benchmarks.reanchor_fresh10_places import (
    contractible,
    glosses,
    jump_points,
    lists,
    opening_clauses,
    persons,
    places,
    romanised,
    titles,
)
from tests.benchmarks.reanchor_fresh10_texts import KINDS
from tests.storage.edit_simulation import TrackedText


def test_a_sentence_that_opens_with_a_clause_is_turned_round() -> None:
    text = "Head\n\nByline\n\nIf it rains, take the bus. Walk otherwise.\n"
    ((sentence, comma),) = opening_clauses(text)
    assert text[slice(*sentence)] == "If it rains, take the bus."
    tracked = TrackedText(text)
    clause_to_end(tracked, sentence, comma)
    assert tracked.text == "Head\n\nByline\n\nTake the bus if it rains. Walk otherwise.\n"
    whole, main, clause, after = tracked.truths(
        [
            sentence,
            span_of(text, "take the bus"),
            span_of(text, "If it rains"),
            span_of(text, "Walk"),
        ]
    )
    new = tracked.text
    assert whole.survived == 1 - 4 / 26  # the comma, a space and the two retyped capitals
    assert whole.holds(*span_of(new, "Take the bus if it rains."))  # moved inside: one stretch
    assert main.holds(*span_of(new, "Take the bus"))  # its first letter retyped as a capital
    assert clause.holds(*span_of(new, "if it rains"))
    assert after.holds(*span_of(new, "Walk"))
    assert opening_clauses("Head\n\nByline\n\nIf so, “go”.\n") == []  # no quotes, six letters on


def test_a_glossed_passage_is_turned_round_and_keeps_both_parts() -> None:
    original, gloss = GLOSSED["Hebrew"][0]
    text = f"Head\n\nByline\n\nSay {glossed('Hebrew', 0)} now.\n"
    ((old_original, old_gloss),) = glosses(text)
    assert text[slice(*old_original)] == original
    assert text[slice(*old_gloss)] == gloss
    tracked = TrackedText(text)
    swap_gloss(tracked, old_original, old_gloss)
    new = tracked.text
    assert new == f"Head\n\nByline\n\nSay {gloss} ({original}) now.\n"
    first, second, both = tracked.truths(
        [old_original, old_gloss, (old_original[0], old_gloss[1] + 1)]
    )
    assert first.holds(*span_of(new, original))
    assert second.holds(*span_of(new, gloss))
    assert both.holds(span_of(new, gloss)[0], span_of(new, f"{original})")[1])


def test_an_unpointed_edition_drops_vowels_then_every_point_and_joiner() -> None:
    text = "Head\n\nByline\n\nשַׁבָּת and شُکرِیہ and ශ්‍රී.\n"
    assert unicodedata.is_normalized("NFC", text)
    vowels = TrackedText(text)
    strip_marks(vowels, (0, len(text)), VOWEL_POINTS)
    assert vowels.text == "Head\n\nByline\n\nשׁבּת and شکریہ and ශ්‍රී.\n"
    every = TrackedText(text)
    for marks in (VOWEL_POINTS, OTHER_POINTS, SINHALA_JOINER):
        strip_marks(every, (0, len(text)), marks)
    assert every.text == "Head\n\nByline\n\nשבת and شکریہ and ශ්රී.\n"
    assert is_canonical(every.text)
    shabbat, sri = every.truths([span_of(text, "שַׁבָּת"), span_of(text, f"ශ්{ZWJ}රී")])
    assert shabbat.survived == 3 / 7  # three letters of seven characters: gone
    assert not shabbat.findable
    assert shabbat.holds(*span_of(every.text, "שבת"))
    assert sri.survived == 4 / 5
    assert sri.holds(*span_of(every.text, "ශ්රී"))


def test_negatives_then_pronouns_are_contracted_without_overlapping() -> None:
    text = "Head\n\nByline\n\nIt is not late; we are here. Do not wait, you cannot stay.\n"
    negatives = contractible(text, pronouns=False)
    assert [m[0] for m in negatives] == ["is not", "Do not", "cannot"]
    every = contractible(text, pronouns=True)
    assert [m[0] for m in every] == ["is not", "we are", "Do not", "cannot"]  # not "It is"
    assert contracted("Do not") == "Don’t"
    assert contracted("will not") == "won’t"
    tracked = TrackedText(text)
    replace_all(tracked, [(m.start(), m.end(), contracted(m[0])) for m in every])
    new = tracked.text
    assert new == "Head\n\nByline\n\nIt isn’t late; we’re here. Don’t wait, you can’t stay.\n"
    late, wait, stay = tracked.truths(
        [span_of(text, "It is not late"), span_of(text, "Do not wait"), span_of(text, "stay")]
    )
    assert late.holds(*span_of(new, "It isn’t late"))
    assert wait.holds(*span_of(new, "Don’t wait"))
    assert stay.holds(*span_of(new, "stay"))


def test_a_reply_quotes_every_line_wraps_and_puts_replies_between() -> None:
    text = "Head\n\nByline\n\nOne two three four five six seven.\n\nEnd here.\n"
    plain = TrackedText(text)
    quote_reply(plain, "Hi.", {2: "Agreed, thanks."}, None)
    assert plain.text == (
        "Hi.\n\n> Head\n>\n> Byline\n>\n> One two three four five six seven.\n\n"
        "Agreed, thanks.\n\n> End here.\n"
    )
    wrapped = TrackedText(text)
    quote_reply(wrapped, "Hi.", {}, 12)
    assert wrapped.text == (
        "Hi.\n\n> Head\n>\n> Byline\n>\n> One two\n> three four\n> five six\n> seven.\n>\n"
        "> End here.\n"
    )
    sentence, end = wrapped.truths(
        [span_of(text, "One two three four five six seven."), span_of(text, "End here.")]
    )
    assert sentence.survived == 1 - 3 / 34  # the three spaces made line breaks
    assert sentence.holds(span_of(wrapped.text, "One")[0], span_of(wrapped.text, "seven.")[1])
    assert end.holds(*span_of(wrapped.text, "End here."))


JUMPING = (
    "Head\n\nByline\n\nFirst\n\nAlpha beta gamma delta epsilon zeta. Eta theta.\n\nMore here.\n\n"
    "Second\n\nOne two three four five six. Seven.\n\nThird\n\nLast one.\n"
)


def test_stories_jump_to_a_later_page_in_mid_sentence_and_keep_their_order() -> None:
    found = jump_points(JUMPING)
    assert [(JUMPING[c - 5 : c], JUMPING[slice(*t)]) for c, _, t in found] == [
        ("delta", "First"),
        (" four", "Second"),
    ]
    tracked = TrackedText(JUMPING)
    tails = len(JUMPING) - 1
    for index, (cut, end, title) in reversed(list(enumerate(found))):
        line = f"{JUMPING[slice(*title)]}, continued from page 1"
        tails = jump(tracked, cut, end, tails, 4 + 2 * index, line)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nFirst\n\nAlpha beta gamma delta (Continued on page 4)\n\nSecond\n\n"
        "One two three four (Continued on page 6)\n\nThird\n\nLast one.\n\n"
        "First, continued from page 1\n\nepsilon zeta. Eta theta.\n\nMore here.\n\n"
        "Second, continued from page 1\n\nfive six. Seven.\n"
    )
    sentence, more, heading, last = tracked.truths(
        [
            span_of(JUMPING, "Alpha beta gamma delta epsilon zeta."),
            span_of(JUMPING, "More here."),
            span_of(JUMPING, "First"),
            span_of(JUMPING, "Last one."),
        ]
    )
    assert sentence.holds(*span_of(new, "Alpha beta gamma delta"))  # 23 characters of 36
    assert more.holds(*span_of(new, "More here."))
    assert heading.holds(*span_of(new, "First"))  # not the typed one over the continuation
    assert last.holds(*span_of(new, "Last one."))


def test_tracked_changes_keep_the_old_words_where_they_were() -> None:
    text = "Head\n\nByline\n\nThe small shop opens at 9 daily.\n"
    tracked = TrackedText(text)
    show_change(tracked, span_of(text, "daily"), "del")
    show_change(tracked, span_of(text, "9"), "note", "Source?")
    show_change(tracked, span_of(text, "shop"), "ins", "also")
    show_change(tracked, span_of(text, "small"), "sub", "little")
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nThe {~~small~>little~~} {++also++} shop opens at 9{>>Source?<<} "
        "{--daily--}.\n"
    )
    sentence, words, daily = tracked.truths(
        [
            span_of(text, "The small shop opens at 9 daily."),
            span_of(text, "small shop"),
            span_of(text, "daily"),
        ]
    )
    assert sentence.survived == 1.0
    assert sentence.holds(span_of(new, "The")[0], len(new) - 1)
    assert words.holds(span_of(new, "small")[0], span_of(new, "shop")[1])
    assert daily.holds(*span_of(new, "daily"))  # struck, but still there


def test_a_list_view_keeps_the_first_lines_of_a_list() -> None:
    text = "Head\n\nByline\n\nList\n\na one\nb two\nc three\nd four\ne five\n\nEnd.\n"
    (rows,) = lists(text)
    tracked = TrackedText(text)
    collapse_list(tracked, rows, 3)
    new = tracked.text
    assert new == "Head\n\nByline\n\nList\n\na one\nb two\nc three\n… and 2 more\n\nEnd.\n"
    whole, kept, gone = tracked.truths([(rows[0][0], rows[-1][1]), rows[2], rows[3]])
    assert whole.findable  # 19 characters of 33
    assert whole.holds(span_of(new, "a one")[0], span_of(new, "c three")[1])
    assert kept.holds(*span_of(new, "c three"))
    assert not gone.findable


def test_places_become_hashtags_and_people_handles() -> None:
    text = "Head\n\nByline\n\nFrom Nuwara Eliya to Kandy with Noa Ben-David.\n"
    found = [(span, "#") for span in places(text)] + [(span, "@") for span in persons(text)]
    assert [text[slice(*span)] for span, _ in found] == ["Nuwara Eliya", "Kandy", "Noa Ben-David"]
    tracked = TrackedText(text)
    for span, mark in sorted(found, reverse=True):
        hashtag(tracked, span, mark)
    new = tracked.text
    assert new == "Head\n\nByline\n\nFrom #NuwaraEliya to #Kandy with @NoaBenDavid.\n"
    place, person = tracked.truths([span_of(text, "Nuwara Eliya"), span_of(text, "Noa Ben-David")])
    assert place.holds(*span_of(new, "NuwaraEliya"))
    assert person.holds(*span_of(new, "NoaBenDavid"))
    assert places(new) == []  # a hashtag is no longer a place to tag


def test_titles_are_italicised_and_a_repeated_sentence_made_bold() -> None:
    text = (
        "Head\n\nByline\n\nRead Swan Lake notes. Booking is essential.\n\nBooking is essential.\n"
    )
    (title,) = titles(text)
    tracked = TrackedText(text)
    spans = [
        (title, "<i>", "</i>"),
        *((s, "<b>", "</b>") for s in recurring(text)["Booking is essential."]),
    ]
    for span, opener, closer in sorted(spans, reverse=True):
        wrap(tracked, span, opener, closer)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nRead <i>Swan Lake</i> notes. <b>Booking is essential.</b>\n\n"
        "<b>Booking is essential.</b>\n"
    )
    (sentence,) = tracked.truths([span_of(text, "Read Swan Lake notes.")])
    assert sentence.holds(span_of(new, "Read")[0], span_of(new, "notes.")[1])
    assert titles(new) == []  # an italicised title is not italicised again


def test_names_get_another_romanisation_sharing_what_is_the_same() -> None:
    text = "Head\n\nByline\n\nTchaikovsky wrote; Kōyasan and Kodō, Tchaikovskyan not.\n"
    assert [text[s:e] for s, e in romanised(text)] == ["Tchaikovsky", "Kōyasan", "Kodō"]
    tracked = TrackedText(text)
    names_romanised(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nChaikovsky wrote; Koyasan and Kodo, Tchaikovskyan not.\n"
    name, place = tracked.truths([span_of(text, "Tchaikovsky"), span_of(text, "Kōyasan")])
    assert name.survived == 9 / 11  # "Tc" became "C"
    assert name.holds(*span_of(new, "Chaikovsky"))
    assert place.holds(*span_of(new, "Koyasan"))


@pytest.mark.parametrize("seed", [*range(8), *FRESH10_SEEDS])
def test_every_kind_of_text_is_canonical_sized_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        found = glosses(text)
        assert len(found) >= 2, name
        pointed = {o for script in POINTED for o, _ in GLOSSED[script]}
        assert any(text[slice(*original)] in pointed for original, _ in found), name
        assert len(opening_clauses(text)) >= 3, name
        names = {text[s:e] for s, e in romanised(text)}
        assert len(romanised(text)) >= 4, name
        assert len(names) >= 2, name
        assert len(places(text)) >= 2, name
        assert len(persons(text)) >= 3, name
        assert len(titles(text)) >= 2, name
        assert len(contractible(text, pronouns=False)) >= 3, name
        assert len(contractible(text, pronouns=True)) > len(contractible(text, pronouns=False))
        assert len(sections(text)) >= 5, name
        assert len(jump_points(text)) >= 3, name
        assert len(lists(text)) >= 2, name
        assert any(len(group) >= 3 for group in recurring(text).values()), name
        assert re.search("[\U0001f300-\U0001faff]", text), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH10_SEEDS, fresh10_text, fresh10_spans)


@pytest.mark.parametrize("name", list(FRESH10_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH10_FAMILIES[name], FRESH10_SEEDS, fresh10_text, fresh10_spans, no_blank_runs=True
    )
