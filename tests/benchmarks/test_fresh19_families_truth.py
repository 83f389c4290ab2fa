"""The truth of the nineteenth-round fresh families, checked by hand on a small article (no
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
from tests.benchmarks.reanchor_families import Family
from tests.benchmarks.reanchor_fresh7_places import recurring
from tests.benchmarks.reanchor_fresh19_families import (
    FRESH19_FAMILIES,
    FRESH19_SEEDS,
    NEW_CROSSHEADS,
    NEW_TOPS,
    attributions_reworded,
    boilerplate_churned,
    bottom_trimmed,
    figure_corrected,
    fresh19_spans,
    fresh19_text,
    house_style,
    lede_rewritten,
    paragraphs_reprioritised,
    pull_quotes_changed,
    quotes_shortened,
    section_recrossheaded,
    updates_collapsed,
)
from tests.benchmarks.reanchor_fresh19_kit import (
    ADVERT,
    SHARE,
    boilerplate,
    captions,
    crossheads,
    entries,
    figures,
    pull_quotes,
    story,
)
from tests.benchmarks.reanchor_fresh19_texts import KINDS
from tests.storage.edit_simulation import TrackedText

HEAD = "Gate fails as 1,240 homes are evacuated\n\nBy Ana Writer · Parallax Wire\n\n"
DATELINE = "LONDON (Parallax Wire) — "
FIRST = "A gate failed on Thursday, and 1,240 homes are evacuated, the agency said."
LEDE = f"{DATELINE}{FIRST} No one is hurt."
CAP = "Photo: Residents leave Thamesmead, where 1,240 homes were evacuated. (Wire)"
P1 = "The agency said a ram on the third gate jammed at 06:40, leaving a gap of 9 metres."
P2 = "“We saw the gate stop halfway and we knew the estate would flood,” said Dele Adéwálé."
P3 = "Police said 17 roads were closed and 3 schools would stay shut on Friday."
PQ = f"“{P3}”"
XH = "Rest centres"
P4 = "Bexley council opened 2 rest centres, where about 300 people spent the morning."
P5 = "The last failure of a tidal gate in London was in 2013, when 60 homes flooded."
U1 = "Update 12:05 — Adds police figure of 17 roads closed."
U2 = "Update 13:30 — Adds quote from the councillor."
RECAP = "Earlier, the agency said 1,100 homes were at risk."
CORR = "Correction: The gate jammed at 06:40, not 06:14."
FOOT = f"{SHARE}\n\n© 2026 Parallax Wire.\n"
BODY = [LEDE, CAP, P1, P2, ADVERT, P3, PQ, XH, P4, P5, U1, U2, RECAP, CORR]
#: A small article: a dateline, a caption and a pull quote repeating the story, an advert,
#: a crosshead, two timed updates, a recap and a correction note.
ARTICLE = HEAD + "\n\n".join(BODY) + "\n\n" + FOOT


def _article(paragraphs: list[str]) -> str:
    return HEAD + "\n\n".join(paragraphs) + "\n\n" + FOOT


def _edited(family: Family, rate: float, seed: int = 1) -> TrackedText:
    tracked = TrackedText(ARTICLE)
    family(tracked, random.Random(seed), rate)
    return tracked


def _holds_at(tracked: TrackedText, old: str, new: str, nth_old: int = 0, nth_new: int = 0) -> bool:
    """Whether the truth of the ``nth_old`` occurrence of ``old`` holds at the ``nth_new``
    occurrence of ``new`` in the edited text."""
    (truth,) = tracked.truths([span_of(ARTICLE, old, nth_old)])
    return truth.holds(*span_of(tracked.text, new, nth_new))


def test_the_small_article_is_read_as_story_entries_and_furniture() -> None:
    assert [ARTICLE[slice(*s)] for s in story(ARTICLE)] == [LEDE, P1, P2, P3, P4, P5]
    assert [ARTICLE[slice(*s)] for s in entries(ARTICLE)] == [U1, U2]
    assert [ARTICLE[slice(*s)] for s in pull_quotes(ARTICLE)] == [PQ]
    assert [ARTICLE[slice(*s)] for s in captions(ARTICLE)] == [CAP]
    assert [ARTICLE[slice(*s)] for s in crossheads(ARTICLE)] == [XH]
    assert [ARTICLE[slice(*s)] for s in boilerplate(ARTICLE)] == [ADVERT, SHARE]
    assert {f: len(s) for f, s in figures(ARTICLE).items() if len(s) >= 2} == {
        "1,240": 2,
        "17": 3,
        "3": 2,
    }


def test_the_old_lede_is_demoted_in_the_past_and_the_new_lede_copies_its_first_sentence() -> None:
    tracked = _edited(lede_rewritten, 3.0)
    new = tracked.text
    (top,) = [t for t in NEW_TOPS if t in new]
    demoted = "A gate failed on Thursday, and 1,240 homes were evacuated, the agency said. "
    demoted += "No one was hurt."
    assert new == _article([f"{DATELINE}{top} {FIRST}", *BODY[1:6], demoted, *BODY[6:]])
    assert _holds_at(tracked, LEDE[len(DATELINE) :], demoted)
    (first,) = tracked.truths([span_of(ARTICLE, FIRST)])
    assert not first.holds(*span_of(new, FIRST))  # the new lede's copy is a decoy
    assert first.start_range[1] == new.index(demoted)
    assert _holds_at(tracked, DATELINE, DATELINE)  # the dateline stays on top


def test_at_the_highest_rate_the_demoted_lede_becomes_a_recap() -> None:
    new = _edited(lede_rewritten, 8.0).text
    assert "Earlier on Thursday, a gate failed on Thursday, and 1,240 homes were" in new
    assert new.index("Earlier on Thursday") > new.index(P5)  # under the fifth paragraph


def test_neighbouring_story_paragraphs_are_swapped_and_keep_their_truth() -> None:
    tracked = _edited(paragraphs_reprioritised, 1.0)
    new = tracked.text
    assert new in (
        _article([*BODY[:2], P2, P1, *BODY[4:]]),
        _article([*BODY[:8], P5, P4, *BODY[10:]]),
    )
    assert _holds_at(tracked, P1, P1)
    assert _holds_at(tracked, P5, P5)


def test_the_bottom_is_trimmed_and_its_first_paragraph_restored_under_the_lede() -> None:
    trimmed = _edited(bottom_trimmed, 1.0)
    assert trimmed.text == _article([*BODY[:9], *BODY[10:]])
    assert not trimmed.truths([span_of(ARTICLE, P5)])[0].findable
    tracked = _edited(bottom_trimmed, 3.0)
    assert tracked.text == _article([LEDE, P4, *BODY[1:8], *BODY[10:]])
    assert _holds_at(tracked, P4, P4)
    assert not tracked.truths([span_of(ARTICLE, P5)])[0].findable


def test_a_removed_pull_quote_is_gone_and_the_sentence_it_repeated_stays_in_the_story() -> None:
    tracked = _edited(pull_quotes_changed, 3.0)
    new = tracked.text
    (quote,) = [new[slice(*q)] for q in pull_quotes(new)]
    sentence = quote[1:-1]
    assert sentence in ARTICLE
    assert new.count(sentence) == 2  # the story's and the new copy
    (old_quote,) = tracked.truths([span_of(ARTICLE, PQ)])
    assert not old_quote.findable  # although its words still stand in the story
    assert _holds_at(tracked, P3, P3)
    (truth,) = tracked.truths([span_of(ARTICLE, sentence)])
    assert truth.holds(*span_of(new, sentence))  # the first: the story's own
    assert new.index(sentence) < new.index(quote)


def test_a_new_pull_quote_keeps_the_figure_its_corrected_sentence_lost() -> None:
    tracked = _edited(pull_quotes_changed, 8.0)
    new = tracked.text
    quotes = [new[slice(*q)] for q in pull_quotes(new)]
    assert len(quotes) == 3
    assert not tracked.truths([span_of(ARTICLE, PQ)])[0].findable  # any "“Police …”" is new
    stale = [q[1:-1] for q in quotes if q[1:-1] not in new.replace(q, "")]
    assert len(stale) == 1  # the one whose story sentence had its figure corrected
    (truth,) = tracked.truths([span_of(ARTICLE, stale[0])])
    assert truth.findable
    placed = new[truth.start_range[1] : truth.end_range[0]]
    assert placed != stale[0]
    assert len(placed) == len(stale[0])


def test_a_figure_corrected_in_one_place_leaves_its_copies_and_everywhere_adds_a_note() -> None:
    once = _edited(figure_corrected, 1.0, seed=3).text
    changed = [
        old
        for old, new in zip(ARTICLE.split("\n\n"), once.split("\n\n"), strict=True)
        if old != new
    ]
    assert len(changed) == 1
    everywhere = _edited(figure_corrected, 3.0)
    new = everywhere.text
    assert new.count("1,241") == 3  # the lede, the caption and the note
    assert new.count("1,240") == 2  # the headline and the note's "not 1,240"
    assert "Correction: This article was amended on Friday to give the right details: " in new
    assert _holds_at(everywhere, CAP, CAP.replace("1,240", "1,241"))


def test_at_the_highest_rate_a_surname_is_respelt_everywhere_it_stands() -> None:
    caption = "Photo: Dele Adéwálé outside his café on Yarnton Way. (Wire)"
    tracked = TrackedText(ARTICLE.replace(CAP, caption))
    figure_corrected(tracked, random.Random(1), 8.0)
    new = tracked.text
    assert new.count("Adéwále") == 3  # the story, the caption and the note
    assert new.count("Adéwálé") == 1  # the note's "not Adéwálé"
    assert "Adéwále, not Adéwálé." in new
    (truth,) = tracked.truths([span_of(ARTICLE.replace(CAP, caption), P2)])
    assert truth.holds(*span_of(new, P2.replace("Adéwálé", "Adéwále")))


def test_removed_adverts_are_gone_although_retyped_ones_stand_nearby() -> None:
    tracked = _edited(boilerplate_churned, 8.0)
    new = tracked.text
    assert new == _article([*BODY[:4], P3, ADVERT, *BODY[6:]])
    (advert,) = tracked.truths([span_of(ARTICLE, ADVERT)])
    assert not advert.findable  # the advert now there is typed


def test_every_attribution_is_reworded_and_a_quote_s_said_becomes_added() -> None:
    new = _edited(attributions_reworded, 8.0).text
    assert new.count(" told reporters") + new.count(" said in a statement") == 5
    assert new.count(" said") == new.count(" said in a statement")
    assert "would flood,” added Dele Adéwálé." in new
    assert CORR in new


def test_long_quotations_are_shortened_with_an_ellipsis() -> None:
    tracked = _edited(quotes_shortened, 8.0)
    new = tracked.text
    assert "“We saw the … would flood,” said Dele Adéwálé." in new
    assert "“Police said 17 … on Friday.”" in new
    assert _holds_at(tracked, P3, P3)


def test_updates_are_reversed_or_collapsed_into_a_summary() -> None:
    reversed_ = _edited(updates_collapsed, 3.0)
    assert reversed_.text == _article([*BODY[:10], U2, U1, *BODY[12:]])
    assert _holds_at(reversed_, U1, U1)
    collapsed = _edited(updates_collapsed, 8.0)
    summary = "Summary: Adds police figure of 17 roads closed. Adds quote from the councillor."
    assert collapsed.text == _article([*BODY[:10], summary, *BODY[12:]])
    assert _holds_at(
        collapsed, "Adds quote from the councillor.", "Adds quote from the councillor."
    )


def test_a_block_is_moved_under_a_new_crosshead_at_the_end_of_the_story() -> None:
    tracked = _edited(section_recrossheaded, 1.0)
    new = tracked.text
    (heading,) = [h for h in NEW_CROSSHEADS if f"\n\n{h}\n\n" in new]
    assert new == _article([LEDE, CAP, ADVERT, *BODY[5:10], heading, P1, P2, *BODY[10:]])
    assert _holds_at(tracked, P1, P1)
    assert _holds_at(tracked, P2, P2)


def test_house_style_straightens_quotes_and_makes_said_says() -> None:
    tracked = _edited(house_style, 8.0)
    new = tracked.text
    assert new.startswith(HEAD + "London (Parallax Wire) — A gate failed")
    assert '"We saw the gate stop halfway and we knew the estate would flood," says Dele' in new
    assert "“" not in new
    assert " said" not in new
    (truth,) = tracked.truths([span_of(ARTICLE, P2)])
    assert truth.findable


@pytest.mark.parametrize("seed", [*range(8), *FRESH19_SEEDS])
def test_every_kind_of_text_is_hostile_and_has_what_the_families_edit(seed: int) -> None:
    for kind in KINDS:
        text = kind(random.Random(seed))
        name = kind.__name__
        assert_hostile_text(text, name)
        assert len(story(text)) >= 10, name
        assert any(len(s) >= 2 for s in figures(text).values()), name
        assert len(pull_quotes(text)) == 1, name
        assert len(captions(text)) >= 1, name
        assert len(entries(text)) >= 2, name
        assert len(crossheads(text)) >= 2, name
        assert text.count(ADVERT) >= 2, name
        assert any(len(group) >= 2 for group in recurring(text).values()), name


def test_the_spans_are_sixty_distinct_passages_that_start_and_end_on_a_character() -> None:
    assert_spans_distinct(FRESH19_SEEDS, fresh19_text, fresh19_spans)


@pytest.mark.parametrize("name", list(FRESH19_FAMILIES))
def test_every_family_changes_the_text_keeps_it_canonical_and_its_truth_consistent(
    name: str,
) -> None:
    assert_family_sound(
        name, FRESH19_FAMILIES[name], FRESH19_SEEDS, fresh19_text, fresh19_spans, no_blank_runs=True
    )
