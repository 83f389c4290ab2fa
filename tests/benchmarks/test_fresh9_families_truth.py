"""The truth of the ninth-round fresh families, checked by hand on small texts (no
re-anchoring here), and checked for consistency on the whole material."""

from __future__ import annotations

import random
import unicodedata
from itertools import pairwise

import pytest

from desktop_app.core.text import is_canonical
from tests.benchmarks.family_soundness import assert_family_sound, assert_spans_distinct, span_of
from tests.benchmarks.reanchor_fresh7_places import headings, recurring, sentences
from tests.benchmarks.reanchor_fresh9_edits import (
    STRIKE,
    break_off,
    chunks,
    escape,
    excerpt,
    icons,
    inclusive,
    interleave,
    interrupt,
    invert_name,
    label,
    past_tense,
    strike_markdown,
    strike_overlay,
    summarise,
    tag_headings,
    update_readings,
    update_status,
)
from tests.benchmarks.reanchor_fresh9_families import (
    FRESH9_FAMILIES,
    FRESH9_SEEDS,
    fresh9_spans,
    fresh9_text,
)
from tests.benchmarks.reanchor_fresh9_kit import (
    ENTITIES_BARE,
    ENTITIES_TYPOGRAPHY,
    GENDERED_WORD,
    ICON_WORD,
    NBSP,
    PRONOUN,
    TENSE_WORD,
    ZWJ,
)
from tests.benchmarks.reanchor_fresh9_places import (
    column_pairs,
    entries,
    figures,
    first_line,
    names,
    other_scripts,
    reading_blocks,
    sections,
    several_sentences,
)
from tests.benchmarks.reanchor_fresh9_texts import KINDS
from tests.storage.edit_simulation import TrackedText

READINGS = (
    "Head\n\nByline\n\nLevels\n\nWye at Ross: 3.42 m, rising.\nWye at Hereford: 3.42 m, rising."
    "\nSevern at Upton: 12 m, steady.\nLugg at Leominster: 0.5 m, falling.\n\nEnd.\n"
)


def test_readings_get_new_figures_and_statuses_and_twins_stay_apart() -> None:
    (block,) = reading_blocks(READINGS)
    found = figures(READINGS, block)
    assert [READINGS[s:e] for s, e in found] == ["3.42", "3.42", "12", "0.5"]
    tracked = TrackedText(READINGS)
    update_status(tracked, random.Random(3), block[1])
    update_readings(tracked, random.Random(1), found)
    new = tracked.text
    (new_block,) = reading_blocks(new)
    new_figures = [new[s:e] for s, e in figures(new, new_block)]
    assert all(a != b for a, b in zip(new_figures, ["3.42", "3.42", "12", "0.5"], strict=True))
    assert [len(f.split(".")[-1]) for f in new_figures[:2]] == [2, 2]  # as many decimals
    ross, hereford, label_of_ross = tracked.truths(
        [block[0], block[1], span_of(READINGS, "Wye at Ross")]
    )
    assert ross.holds(*new_block[0])  # its twin (one label apart) is the next line
    assert hereford.holds(*new_block[1])
    assert label_of_ross.holds(*span_of(new, "Wye at Ross"))


def test_an_interjection_breaks_a_paragraph_at_a_sentence_end() -> None:
    text = "Head\n\nByline\n\nThe river is high. It will peak tonight.\n\nEnd.\n"
    tracked = TrackedText(text)
    interrupt(tracked, text.index(" It will"), "Hear, hear!")
    assert tracked.text == (
        "Head\n\nByline\n\nThe river is high.\n\nHear, hear!\n\nIt will peak tonight.\n\nEnd.\n"
    )
    both, second = tracked.truths(
        [span_of(text, "The river is high. It will peak tonight."), span_of(text, "It will")]
    )
    assert both.findable
    start, end = (
        span_of(tracked.text, "The river is high.")[0],
        span_of(tracked.text, "tonight.")[1],
    )
    assert both.holds(start, end)  # typed text between its halves joins them
    assert second.holds(*span_of(tracked.text, "It will"))


def test_a_speaker_broken_off_mid_sentence_resumes_with_the_last_words_again() -> None:
    text = "Head\n\nByline\n\nThe road will close if levels keep rising. Stay away.\n"
    space = text.index(" if")
    tracked = TrackedText(text)
    break_off(tracked, space, "(Interruption.)", len("will close"))
    assert tracked.text == (
        "Head\n\nByline\n\nThe road will close —\n\n(Interruption.)\n\n— will close if levels "
        "keep rising. Stay away.\n"
    )
    sentence, clause, words = tracked.truths(
        [
            span_of(text, "The road will close if levels keep rising."),
            span_of(text, "if levels keep rising"),
            span_of(text, "will close"),
        ]
    )
    assert sentence.holds(
        span_of(tracked.text, "The road")[0], span_of(tracked.text, "rising.")[1]
    )  # typed and pasted text between its halves joins them
    assert clause.holds(*span_of(tracked.text, "if levels keep rising"))
    assert words.holds(*span_of(tracked.text, "will close", 0))  # the words said again: a copy
    assert not tracked.truths([span_of(text, "close")])[0].holds(*span_of(tracked.text, "close", 1))


def test_a_section_collapses_to_a_summary_and_one_sentence_moves_on() -> None:
    text = (
        "Head\n\nByline\n\nFirst Part\n\nOne is here. Two is here.\n\nThree is here.\n\n"
        "Second Part\n\nFour is here.\n"
    )
    (_, first), (_, second) = sections(text)
    assert text[slice(*first)] == "One is here. Two is here.\n\nThree is here."
    tracked = TrackedText(text)
    summarise(tracked, first, span_of(text, "Two is here."), second[0])
    assert tracked.text == (
        "Head\n\nByline\n\nFirst Part\n\nSummary: this section has been shortened; the full "
        "text is in the print edition.\n\nSecond Part\n\nTwo is here. Four is here.\n"
    )
    two, one, section = tracked.truths(
        [span_of(text, "Two is here."), span_of(text, "One is here."), first]
    )
    assert two.holds(*span_of(tracked.text, "Two is here."))
    assert not one.findable
    assert not section.findable  # one sentence of three is less than half of it


def test_entries_are_struck_through_two_ways_and_labelled() -> None:
    text = "Head\n\nByline\n\nFW201 · Wye at Ross.\nSecond line.\n\nFW210 · Wye at Ross, é.\n"
    found = entries(text)
    assert [text[slice(*first_line(text, e))] for e in found] == [
        "FW201 · Wye at Ross.",
        "FW210 · Wye at Ross, é.",
    ]
    marked = TrackedText(text)
    strike_markdown(marked, first_line(text, found[0]))
    assert marked.text.startswith("Head\n\nByline\n\n~~FW201 · Wye at Ross.~~\nSecond line.")
    struck = TrackedText(text)
    strike_overlay(struck, first_line(text, found[1]))
    label(struck, found[1][0], "WITHDRAWN · ")
    line = struck.text.split("\n")[-2]
    assert line.startswith("WITHDRAWN · F\u0336W\u0336")
    assert line.replace(STRIKE, "") == "WITHDRAWN · FW210 · Wye at Ross, é."
    assert line.count(STRIKE) == len("FW210·WyeatRoss,é.")  # not after the spaces
    assert is_canonical(struck.text)
    (entry,) = struck.truths([found[1]])
    assert entry.survived == 1.0
    start = struck.text.index("F\u0336W\u0336")
    assert entry.holds(start, struck.text.rindex(".") + 1)  # strokes inside, the label out
    decomposed = "Head\n\nByline\n\nAB123 · Fẹ́mi.\n"
    assert unicodedata.combining(decomposed[decomposed.index("ẹ") + 1])
    marks = TrackedText(decomposed)
    strike_overlay(marks, first_line(decomposed, entries(decomposed)[0]))
    assert is_canonical(marks.text)
    assert "ẹ\u0301\u0336" not in marks.text  # never between a letter and its mark
    assert "ẹ\u0336" not in marks.text


def test_names_are_inverted_and_surnames_put_in_capitals() -> None:
    text = "Head\n\nByline\n\nAsk Marta Kowalczyk or Fẹ́mi Adébáyọ̀’s team; Marta agreed.\n"
    found = names(text)
    assert [text[s:e] for s, e in found] == ["Marta Kowalczyk", "Fẹ́mi Adébáyọ̀"]
    tracked = TrackedText(text)
    for name in reversed(found):
        invert_name(tracked, name, capitals=False)
    assert tracked.text == (
        "Head\n\nByline\n\nAsk Kowalczyk, Marta or Adébáyọ̀, Fẹ́mi’s team; Marta agreed.\n"
    )
    capital = TrackedText(text)
    invert_name(capital, found[0], capitals=True)
    assert capital.text.startswith("Head\n\nByline\n\nAsk KOWALCZYK, Marta or")
    whole, surname, first = capital.truths(
        [found[0], span_of(text, "Kowalczyk"), span_of(text, "Marta")]
    )
    assert first.holds(*span_of(capital.text, "Marta"))
    assert not surname.findable  # only its "K" is the old one
    assert not whole.findable  # "Marta", "K" and nothing else: 6 characters of 15
    assert whole.holds(*span_of(capital.text, "KOWALCZYK, Marta"))
    moved = tracked.truths([span_of(text, "Kowalczyk")])[0]
    assert moved.holds(*span_of(tracked.text, "Kowalczyk"))


def test_a_web_feed_escapes_entities_and_tags_headings() -> None:
    text = f"Head & Co\n\nByline\n\nRivers\n\nIt’s 3{NBSP}m — “high” & rising… ½ of £4.\n"
    bare = TrackedText(text)
    escape(bare, ENTITIES_BARE)
    assert bare.text == (
        f"Head &amp; Co\n\nByline\n\nRivers\n\nIt’s 3{NBSP}m — “high” &amp; rising… ½ of £4.\n"
    )
    full = TrackedText(text)
    escape(full, ENTITIES_BARE | ENTITIES_TYPOGRAPHY)
    tag_headings(full, headings(full.text))
    assert full.text == (
        "Head &amp; Co\n\nByline\n\n<h2>Rivers</h2>\n\nIt&rsquo;s 3&nbsp;m &mdash; &ldquo;high"
        "&rdquo; &amp; rising&hellip; &frac12; of &pound;4.\n"
    )
    ascii_only = TrackedText(text)
    escape(ascii_only, ENTITIES_BARE, numeric=True)
    assert ascii_only.text == (
        "Head &amp; Co\n\nByline\n\nRivers\n\nIt&#8217;s 3&#160;m &#8212; &#8220;high&#8221; "
        "&amp; rising&#8230; &#189; of &#163;4.\n"
    )
    decomposed = TrackedText("Head\n\nByline\n\nFẹ́mi ✓\n")
    escape(decomposed, ENTITIES_BARE | ENTITIES_TYPOGRAPHY, numeric=True)
    assert decomposed.text == "Head\n\nByline\n\nF&#7865;&#769;mi &#10003;\n"
    sentence, heading = full.truths(
        [span_of(text, "It’s 3\u00a0m — “high” & rising…"), span_of(text, "Rivers")]
    )
    assert heading.holds(*span_of(full.text, "Rivers"))
    assert sentence.findable
    assert sentence.holds(
        *span_of(full.text, "It&rsquo;s 3&nbsp;m &mdash; &ldquo;high&rdquo; &amp; rising&hellip;")
    )


def test_two_paragraphs_are_read_as_two_columns_line_by_line() -> None:
    left = "Alpha beta gamma delta. Epsilon zeta eta theta iota kappa."
    right = "One two three four five. Six seven eight nine ten eleven."
    text = f"Head\n\nByline\n\n{left}\n\n{right}\n\nEnd of it all here.\n"
    first, second = span_of(text, left), span_of(text, right)
    assert [text[b - 5 : b] for b in chunks(text, first, 20)] == ["gamma", " zeta", " iota"]
    tracked = TrackedText(text)
    interleave(tracked, first, second, 20)
    assert tracked.text == (
        "Head\n\nByline\n\nAlpha beta gamma\nOne two three four\ndelta. Epsilon zeta\nfive. "
        "Six seven\neta theta iota\neight nine ten\nkappa.\neleven.\n\nEnd of it all here.\n"
    )
    assert "\n\n\n" not in tracked.text
    whole, sentence, end = tracked.truths(
        [first, span_of(text, "Epsilon zeta eta theta"), span_of(text, "End of it all here.")]
    )
    assert not whole.findable  # its longest line, 19 characters of 58, is what is left
    assert sentence.holds(*span_of(tracked.text, "Epsilon zeta"))  # 12 of 22 characters
    assert end.holds(*span_of(tracked.text, "End of it all here."))
    assert column_pairs(f"Head\n\nByline\n\n{left}\n\n{right}\n") == []  # under 100 characters


def test_an_inclusive_pass_changes_pronouns_verbs_and_nouns() -> None:
    text = (
        "Head\n\nByline\n\nShe is sure. He says his team met him; the chairman and the "
        "spokeswoman agree. Where there is hemp, he has shears.\n"
    )
    pronouns = TrackedText(text)
    inclusive(pronouns, (0, len(text)), nouns=False)
    assert pronouns.text == (
        "Head\n\nByline\n\nThey are sure. They say their team met them; the chairman and the "
        "spokeswoman agree. Where there is hemp, they have shears.\n"
    )
    nouns = TrackedText(text)
    inclusive(nouns, (0, len(text)), nouns=True)
    assert "the chair and the spokesperson agree" in nouns.text
    clause, chairman = nouns.truths(
        [span_of(text, "the chairman and the spokeswoman agree"), span_of(text, "chairman")]
    )
    assert clause.holds(*span_of(nouns.text, "the chair and the spokesperson agree"))
    assert chairman.findable  # "chair" survives of "chairman"
    assert len(PRONOUN.findall(text)) == 5


def test_an_archive_puts_verbs_in_the_past_and_leaves_other_words() -> None:
    text = "Head\n\nByline\n\nThis is it: the road will close, levels are rising and it’s wet.\n"
    tracked = TrackedText(text)
    past_tense(tracked, (0, len(text)))
    assert tracked.text == (
        "Head\n\nByline\n\nThis was it: the road would close, levels were rising and it’s wet.\n"
    )
    (road,) = tracked.truths([span_of(text, "the road will close")])
    assert road.holds(*span_of(tracked.text, "the road would close"))


def test_a_listing_view_keeps_only_the_first_sentence() -> None:
    text = "Head\n\nByline\n\nFirst one here. Second one here. Third.\n\nEnd.\n"
    (paragraph,) = several_sentences(text)
    tracked = TrackedText(text)
    excerpt(tracked, paragraph, span_of(text, "First one here.")[1])
    assert tracked.text == "Head\n\nByline\n\nFirst one here. […]\n\nEnd.\n"
    first, second = tracked.truths([span_of(text, "First one here."), span_of(text, "Second")])
    assert first.holds(*span_of(tracked.text, "First one here."))
    assert not second.findable


def test_status_words_become_icons_and_capitals_only_when_asked() -> None:
    text = "Head\n\nByline\n\nRising fast; the Wye is rising, a new warning is live (new-build).\n"
    some = TrackedText(text)
    icons(some, {"rising"}, capitals=False)
    assert some.text == (
        "Head\n\nByline\n\nRising fast; the Wye is ↑, a new warning is live (new-build).\n"
    )
    every = TrackedText(text)
    icons(every, {"rising", "new", "warning", "live"}, capitals=True)
    assert every.text == "Head\n\nByline\n\n↑ fast; the Wye is ↑, a 🆕 ⚠️ is 🔴 (new-build).\n"
    assert is_canonical(every.text)
    (clause,) = every.truths([span_of(text, "the Wye is rising")])
    assert clause.holds(*span_of(every.text, "the Wye is ↑"))


@pytest.mark.parametrize("seed", [*range(8), *FRESH9_SEEDS])
def test_every_kind_of_text_is_canonical_sized_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert is_canonical(text), name
        assert "\n\n\n" not in text, name
        assert 4_000 <= len(text.encode()) <= 9_000, name
        blocks = reading_blocks(text)
        assert len(blocks) >= 2, name
        assert all(len(block) >= 8 for block in blocks), name
        first = [text[s:e] for s, e in figures(text, blocks[0])[:2]]
        assert first[0] == first[1], name  # twin lines, a label apart
        assert len(entries(text)) >= 5, name
        codes = sorted(text[s : s + 5] for s, _ in entries(text))
        assert any(a[:4] == b[:4] for a, b in pairwise(codes)), name
        assert len(names(text)) >= 3, name
        assert len(several_sentences(text)) >= 8, name
        assert len(sections(text)) >= 5, name
        assert len(column_pairs(text)) >= 4, name
        assert len(other_scripts(text)) >= 2, name
        assert len(PRONOUN.findall(text)) >= 2, name
        assert GENDERED_WORD.search(text), name
        assert len(TENSE_WORD.findall(text)) >= 20, name
        assert len(ICON_WORD.findall(text)) >= 10, name
        assert all(mark in text for mark in ("&", "’", "—", "“", NBSP, ZWJ)), name
        assert any(unicodedata.category(c) == "Mn" for c in text), name
        assert any(len(group) >= 3 for group in recurring(text).values()), name
        assert len(sentences(text)) >= 30, name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH9_SEEDS, fresh9_text, fresh9_spans)


@pytest.mark.parametrize("name", list(FRESH9_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH9_FAMILIES[name], FRESH9_SEEDS, fresh9_text, fresh9_spans, no_blank_runs=True
    )
