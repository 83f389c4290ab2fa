"""The truth of the twelfth-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random

import pytest

from tests.benchmarks.family_soundness import (
    assert_family_sound,
    assert_hostile_text,
    assert_spans_distinct,
    span_of,
)
from tests.benchmarks.reanchor_fresh7_places import headings, recurring
from tests.benchmarks.reanchor_fresh9_places import sections
from tests.benchmarks.reanchor_fresh12_edits import in_capitals, lowered
from tests.benchmarks.reanchor_fresh12_families import (
    FRESH12_FAMILIES,
    FRESH12_SEEDS,
    capitals_lowered,
    codes_spelled_out,
    fresh12_spans,
    fresh12_text,
    headings_in_capitals,
    languages_separated,
    lists_checked,
    markdown_stripped,
    paragraphs_boxed,
    quotes_set_apart,
    replies_outdented,
    sentence_per_line,
    signatures_restyled,
)
from tests.benchmarks.reanchor_fresh12_kit import PAIRS
from tests.benchmarks.reanchor_fresh12_places import (
    bullet_lists,
    in_other_language,
    indents,
    key_paragraph,
    markdown_marks,
    prose,
    quotes,
    shouted,
    signatures,
    tags,
    threads,
    twins,
)
from tests.benchmarks.reanchor_fresh12_texts import KINDS
from tests.storage.edit_simulation import TrackedText

SIGNED = (
    "Head\n\nByline\n\nThread\n\n"
    "Is it open? — Ann Bell (talk) 14:02, 3 March 2026 (UTC)\n"
    ":Yes. — Tom Ruiz (talk) 09:15, 4 March 2026 (UTC)\n"
    "::Thanks! — Ann Bell (talk) 10:00, 4 March 2026 (UTC)\n\nThe end.\n"
)


def test_markdown_marks_are_dropped_links_first() -> None:
    text = "Head\n\nByline\n\nSee **this** and the [page](https://example.org/a) now.\n"
    assert [text[slice(*m)] for m in markdown_marks(text)] == [
        "**",
        "**",
        "[",
        "](https://example.org/a)",
    ]
    middle = TrackedText(text)
    markdown_stripped(middle, random.Random(1), 3.0)
    assert middle.text == "Head\n\nByline\n\nSee **this** and the page now.\n"
    tracked = TrackedText(text)
    markdown_stripped(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nSee this and the page now.\n"
    sentence, word = tracked.truths(
        [
            span_of(text, "See **this** and the [page](https://example.org/a) now."),
            span_of(text, "page"),
        ]
    )
    assert sentence.survived == 26 / 55
    assert not sentence.findable
    assert sentence.holds(*span_of(new, "See this and the page now."))
    assert word.holds(*span_of(new, "page"))


def test_signatures_are_shortened_then_moved_to_the_start_of_the_reply() -> None:
    assert [m["name"] for m in signatures(SIGNED)] == ["Ann Bell", "Tom Ruiz", "Ann Bell"]
    one = TrackedText(SIGNED)
    signatures_restyled(one, random.Random(1), 3.0)
    assert one.text == (
        "Head\n\nByline\n\nThread\n\nIs it open? — Ann Bell, 3 March 2026\n"
        ":Yes. — Tom Ruiz, 4 March 2026\n::Thanks! — Ann Bell, 4 March 2026\n\nThe end.\n"
    )
    tracked = TrackedText(SIGNED)
    signatures_restyled(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nThread\n\nAnn Bell, 3 March 2026: Is it open?\n"
        ":Tom Ruiz, 4 March 2026: Yes.\n::Ann Bell, 4 March 2026: Thanks!\n\nThe end.\n"
    )
    reply, name, end = tracked.truths(
        [span_of(SIGNED, "Yes."), span_of(SIGNED, "Tom Ruiz"), span_of(SIGNED, "The end.")]
    )
    assert reply.holds(*span_of(new, "Yes."))
    assert name.holds(*span_of(new, "Tom Ruiz"))
    assert end.holds(*span_of(new, "The end."))
    (line,) = tracked.truths(
        [span_of(SIGNED, "Is it open? — Ann Bell (talk) 14:02, 3 March 2026 (UTC)")]
    )
    assert line.survived == 31 / 55  # the name, the date and the words, now in that order
    assert line.holds(*span_of(new, "Ann Bell, 3 March 2026: Is it open?"))


def test_replies_lose_their_indents_then_become_paragraphs() -> None:
    (rows,) = threads(SIGNED)
    assert [SIGNED[slice(*s)] for s in indents(SIGNED)] == [":", "::"]
    tracked = TrackedText(SIGNED)
    replies_outdented(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == SIGNED.replace("\n:", "\n\n").replace("\n\n:", "\n\n").replace("\n\n\n", "\n\n")
    assert "\n\nYes. — Tom Ruiz" in new
    assert "\n\nThanks! — Ann Bell" in new
    whole, reply = tracked.truths([(rows[0][0], rows[-1][1]), rows[1]])
    assert whole.holds(*span_of(new, "Is it open?")[:1], span_of(new, "4 March 2026 (UTC)", 1)[1])
    assert reply.survived == 48 / 49  # all but its colon
    assert reply.holds(*span_of(new, "Yes. — Tom Ruiz (talk) 09:15, 4 March 2026 (UTC)"))


def test_codes_are_spelled_out_and_the_key_dropped() -> None:
    text = "Head\n\nByline\n\nKey: G = gluten · Mi = milk.\n\nSoup (G, Mi) and cake (G).\n"
    assert [text[slice(*t)] for t in tags(text)] == ["(G, Mi)", "(G)"]
    assert key_paragraph(text) == span_of(text, "Key: G = gluten · Mi = milk.")
    tracked = TrackedText(text)
    codes_spelled_out(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nSoup (gluten, milk) and cake (gluten).\n"
    key, soup = tracked.truths([span_of(text, "Key: G = gluten"), span_of(text, "Soup (G, Mi)")])
    assert not key.findable
    assert soup.holds(*span_of(new, "Soup (gluten, milk)"))
    assert soup.survived == 9 / 12  # "G" and "M" kept, "i" retyped as "ilk"


def test_words_in_capitals_are_lowered_a_capital_kept_at_a_sentence_start() -> None:
    text = "Head\n\nByline\n\nYOU MUST call. Then YOU pay. DO NOT wait.\n"
    assert [text[slice(*s)] for s in shouted(text)] == ["YOU", "MUST", "YOU", "DO NOT"]
    assert lowered(text, span_of(text, "YOU")) == "You"
    assert lowered(text, span_of(text, "YOU", 1)) == "you"
    listed = (
        "Head\n\nByline\n\n- YOU: the holder; THE INSURED PERSON: YOU.\n\n"
        "It says: “WE pay.” NO more.\n"
    )
    assert [lowered(listed, s) for s in shouted(listed)] == [
        "You",
        "the insured person",
        "you",
        "We",
        "No",
    ]
    tracked = TrackedText(text)
    capitals_lowered(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nYou must call. Then you pay. Do not wait.\n"
    first, last = tracked.truths([span_of(text, "YOU MUST call."), span_of(text, "DO NOT wait.")])
    assert first.survived == 8 / 14  # "Y", the space and " call."
    assert first.holds(*span_of(new, "You must call."))
    assert last.holds(*span_of(new, "Do not wait."))


def test_each_sentence_goes_on_a_line_of_its_own() -> None:
    text = "Head\n\nByline\n\nOne is here. Two is there. Three!\n\nShort.\n\nLast one. Yes.\n"
    assert [text[slice(*p)] for p in prose(text)] == ["One is here. Two is there. Three!"]
    tracked = TrackedText(text)
    sentence_per_line(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert (
        new == "Head\n\nByline\n\nOne is here.\nTwo is there.\nThree!\n\nShort.\n\nLast one. Yes.\n"
    )
    (two,) = tracked.truths([span_of(text, "here. Two")])
    assert two.survived == 8 / 9
    assert two.holds(*span_of(new, "here.\nTwo"))


def test_paragraphs_move_to_a_box_at_the_end_in_their_order() -> None:
    text = "Head\n\nByline\n\nA one. A two.\n\nB one. B two.\n\nMiddle.\n\nC one. C two.\n\nEnd.\n"
    assert len(prose(text)) == 3
    tracked = TrackedText(text)
    paragraphs_boxed(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nMiddle.\n\nEnd.\n\nAt a glance\n\n▌ A one. A two.\n\n▌ B one. B two.\n\n"
        "▌ C one. C two.\n"
    )
    b, across, middle = tracked.truths(
        [
            span_of(text, "B one. B two."),
            span_of(text, "B two.\n\nMiddle."),
            span_of(text, "Middle."),
        ]
    )
    assert b.holds(*span_of(new, "B one. B two."))
    assert across.survived == 7 / 15  # "Middle." (the blank line after "B two." went)
    assert middle.holds(*span_of(new, "Middle."))


def test_the_other_language_moves_to_a_section_of_its_own() -> None:
    (english, irish), (english_2, basque) = PAIRS[0], PAIRS[2]
    text = f"Head\n\nByline\n\n{english}\n\n{irish}\n\n{english_2}\n\n{basque}\n\nThe end.\n"
    assert len(twins(text)) == 2
    tracked = TrackedText(text)
    languages_separated(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        f"Head\n\nByline\n\n{english}\n\n{english_2}\n\nThe end.\n\nOther languages\n\n"
        f"{irish}\n\n{basque}\n"
    )
    pair, moved = tracked.truths([span_of(text, f"{english}\n\n{irish}"), span_of(text, basque)])
    assert moved.holds(*span_of(new, basque))
    assert pair.holds(*span_of(new, irish))  # the Irish is the longer stretch left


def test_a_notice_s_own_paragraphs_in_irish_or_tamil_count_as_twins() -> None:
    english = "The boat leaves at 09:00. Book ahead."
    irish = "Fágann an bád ag 09:00. Cuir in áirithe roimh ré agus bí ann go luath."
    tamil = "வகுப்புகள் காலை 10 மணி முதல் நடைபெறும்."
    assert in_other_language(irish)
    assert in_other_language(tamil)
    assert not in_other_language(english)
    assert not in_other_language("An adult must go with a child to the island.")
    text = f"Head\n\nByline\n\nTimes / Amanna\n\n{english}\n\n{irish}\n\n{tamil}\n\nEnd.\n"
    assert [(text[slice(*a)], text[slice(*b)]) for a, b in twins(text)] == [(english, irish)]
    tracked = TrackedText(text)
    languages_separated(tracked, random.Random(1), 8.0)
    assert tracked.text == (
        f"Head\n\nByline\n\nTimes / Amanna\n\n{english}\n\n{tamil}\n\nEnd.\n\n"
        f"Other languages\n\n{irish}\n"
    )


def test_headings_are_set_in_capitals_greek_without_accents() -> None:
    assert in_capitals("ά") == "Α"
    assert in_capitals("ï") == "Ï"
    assert in_capitals("é") == "É"
    text = "Head\n\nByline\n\nSet menu / Μενού ημέρας\n\nTwo courses.\n\nDrinks\n\nWater.\n"
    assert [text[slice(*h)] for h in headings(text)] == ["Set menu / Μενού ημέρας", "Drinks"]
    tracked = TrackedText(text)
    headings_in_capitals(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\nSET MENU / ΜΕΝΟΥ ΗΜΕΡΑΣ\n\nTwo courses.\n\nDRINKS\n\nWater.\n"
    heading, drinks = tracked.truths(
        [span_of(text, "Set menu / Μενού ημέρας"), span_of(text, "Drinks")]
    )
    assert heading.survived == 7 / 23  # "S", the spaces and the slash
    assert heading.holds(*span_of(new, "SET MENU / ΜΕΝΟΥ ΗΜΕΡΑΣ"))
    assert drinks.holds(*span_of(new, "DRINKS"))


def test_lists_become_check_lists_every_second_item_ticked() -> None:
    text = "Head\n\nByline\n\n- Soup\n- Bread\n- Cake\n\n- Not\n- A list\n"
    assert len(bullet_lists(text)) == 1
    tracked = TrackedText(text)
    lists_checked(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == "Head\n\nByline\n\n- [ ] Soup\n- [x] Bread\n- [ ] Cake\n\n- Not\n- A list\n"
    (bread,) = tracked.truths([span_of(text, "Bread")])
    assert bread.holds(*span_of(new, "Bread"))
    (lines,) = tracked.truths([span_of(text, "- Soup\n- Bread")])
    assert lines.survived == 1.0
    assert lines.holds(*span_of(new, "- [ ] Soup\n- [x] Bread"))


def test_a_quote_after_a_colon_is_set_apart_as_a_block() -> None:
    text = (
        "Head\n\nByline\n\nShe said: “We open at nine.” Then she left.\n\nHe said: “Fine, we go.”\n"
    )
    assert [text[slice(*q)] for q in quotes(text)] == ["“We open at nine.”", "“Fine, we go.”"]
    tracked = TrackedText(text)
    quotes_set_apart(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new == (
        "Head\n\nByline\n\nShe said:\n\n> “We open at nine.”\n\nThen she left.\n\nHe said:\n\n"
        "> “Fine, we go.”\n"
    )
    (sentence,) = tracked.truths([span_of(text, "She said: “We open at nine.”")])
    assert sentence.survived == 1.0  # the space before the quote kept, "\n\n>" typed
    assert sentence.holds(*span_of(new, "She said:\n\n> “We open at nine.”"))


@pytest.mark.parametrize("seed", [*range(8), *FRESH12_SEEDS])
def test_every_kind_of_text_is_canonical_sized_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(markdown_marks(text)) >= 8, name
        assert len(signatures(text)) >= 7, name
        assert len(threads(text)) >= 2, name
        assert len(indents(text)) >= 4, name
        assert len(tags(text)) >= 3, name
        assert key_paragraph(text) is not None, name
        assert len({text[s:e] for s, e in shouted(text)}) >= 2, name
        assert len(prose(text)) >= 6, name
        assert len(twins(text)) >= 2, name
        assert len(headings(text)) >= 5, name
        assert len(sections(text)) >= 5, name
        assert len(bullet_lists(text)) >= 2, name
        assert len(quotes(text)) >= 2, name
        assert any(len(group) >= 3 for group in recurring(text).values()), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH12_SEEDS, fresh12_text, fresh12_spans)


@pytest.mark.parametrize("name", list(FRESH12_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH12_FAMILIES[name], FRESH12_SEEDS, fresh12_text, fresh12_spans, no_blank_runs=True
    )
