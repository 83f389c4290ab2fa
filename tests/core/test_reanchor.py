"""Re-anchoring: exact, moved, fuzzy and orphaned placements, the edit, re-attaching, the CLI."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core.anchoring import describe
from desktop_app.core.annotation_edits import SpanError
from desktop_app.core.edits import Compound
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.core.reanchor import AnchorResult, place, reattach, replace_article_text
from desktop_app.core.records import Annotation, utc_now
from desktop_app.core.text import sha256_hex
from desktop_app.storage.project_file import encode, load, save
from tests.benchmarks.reanchor_families import FAMILIES, annotated_spans, news_text
from tests.storage.edit_simulation import TrackedText

TEXT = (
    "Kazakhstan joined the Abraham Accords on Thursday, the first country to do so in years.\n\n"
    "Officials in Astana described the move as a natural step for a country that already has "
    "full diplomatic relations with Israel. Critics said the decision was mostly symbolic.\n\n"
    "Analysts pointed to critical minerals as the real prize of the summit in Washington."
)


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def _placed(old: str, new: str, quote: str) -> tuple[str, str]:
    position, selectors = describe(old, *_span(old, quote))
    placement = place(new, position, selectors)
    return placement.state, new[placement.start : placement.end]


def _updated_once(
    old: str, span: tuple[int, int], new: str, *, title: str = "Accords"
) -> AnchorResult:
    """Where an update from ``old`` to ``new`` puts the one annotation on ``span``."""
    article = make_article(old, title=title)
    position, quote = describe(old, *span)
    annotation = Annotation(
        id="00000000-0000-4000-a000-000000000001",
        article=article.id,
        position=position,
        quote=quote,
        created=utc_now(),
        modified=utc_now(),
    )
    project = Project(articles=[article], annotations=[annotation])
    (result,) = replace_article_text(project, article.id, new).results
    return result


def test_unchanged_text_is_exact() -> None:
    assert _placed(TEXT, TEXT, "critical minerals") == ("exact", "critical minerals")


def test_text_inserted_before_moves_the_passage() -> None:
    new = "BREAKING. " + TEXT
    assert _placed(TEXT, new, "Critics said the decision") == ("moved", "Critics said the decision")


def test_words_changed_inside_the_passage_place_it_fuzzily() -> None:
    quote = "described the move as a natural step for a country"
    new = TEXT.replace("a natural step", "an obvious next step")
    state, found = _placed(TEXT, new, quote)
    assert state == "fuzzy"
    assert found == "described the move as an obvious next step for a country"


def test_deleted_passage_is_orphaned() -> None:
    paragraph = "Critics said the decision was mostly symbolic."
    new = TEXT.replace(paragraph, "")
    state, _ = _placed(TEXT, new, paragraph)
    assert state == "orphaned"


def test_repeated_short_quote_follows_its_context() -> None:
    first = "In the morning session the delegates argued. The minister spoke about trade for hours."
    second = "After lunch the mood changed completely. The minister left for Astana without a word."
    old, new = first + "\n" + second, second + "\n" + first
    start = old.index("The minister", len(first))
    position, quote = describe(old, start, start + len("The minister"))
    placement = place(new, position, quote)
    assert placement.state == "moved"
    assert placement.start == new.index("The minister")  # the one in the moved paragraph


def test_short_quote_whose_context_is_gone_is_orphaned_not_guessed() -> None:
    old = "Alpha beta gamma. The deal was signed on Thursday in Washington by both sides."
    new = "Alpha beta gamma. Nothing else. Later, a deal elsewhere: was signed."
    state, _ = _placed(old, new, "was signed")
    assert state == "orphaned"


def test_combining_marks_stay_with_their_letter() -> None:
    old = "Le cafe\u0301 de la gare est ferme\u0301 depuis lundi, dit le maire."
    new = "Le cafe\u0301 de la gare est ferme\u0301 depuis mardi, dit le maire."
    position, quote = describe(old, *_span(old, "ferme\u0301 depuis lundi"))
    placement = place(new, position, quote)
    assert placement.state == "fuzzy"
    found = new[placement.start : placement.end]
    assert found.startswith("ferme\u0301")


def test_empty_quote_is_orphaned() -> None:
    position, quote = describe(TEXT, 3, 3)
    assert place(TEXT, position, quote).state == "orphaned"


def _project_with(quotes: list[str]) -> tuple[Project, list[Annotation]]:
    article = make_article(TEXT, title="Accords")
    now = utc_now()
    annotations = []
    for n, quote in enumerate(quotes):
        position, selectors = describe(TEXT, *_span(TEXT, quote))
        annotations.append(
            Annotation(
                id=f"00000000-0000-4000-a000-{n:012d}",
                article=article.id,
                position=position,
                quote=selectors,
                created=now,
                modified=now,
            )
        )
    return Project(articles=[article], annotations=annotations), annotations


QUOTES = [
    "Kazakhstan joined the Abraham Accords",
    "described the move as a natural step",
    "Critics said the decision was mostly symbolic.",
    "critical minerals",
]
NEW_TEXT = (
    "UPDATED. Kazakhstan joined the Abraham Accords on Thursday, the first country to do so in "
    "years.\n\nOfficials in Astana described the move as an obvious step for a country that "
    "already has full diplomatic relations with Israel.\n\nAnalysts pointed to critical "
    "minerals as the real prize of the summit in Washington."
)


def test_replace_article_text_is_one_undoable_edit() -> None:
    project, annotations = _project_with(QUOTES)
    before = encode(project)
    article_id = project.articles.at(0).id
    outcome = replace_article_text(project, article_id, NEW_TEXT.replace("\n", "\r\n"))
    assert [r.state for r in outcome.results] == ["moved", "fuzzy", "orphaned", "moved"]
    assert outcome.summary() == "0 exact, 2 moved, 1 fuzzy, 0 need review, 1 orphaned"
    assert encode(project) == before  # nothing changes until the edit is applied
    outcome.edit.apply(project)
    article = project.articles[article_id]
    assert article.text == NEW_TEXT  # canonicalised
    assert article.sha256 == sha256_hex(NEW_TEXT)
    moved = project.annotations[annotations[0].id]
    assert NEW_TEXT[moved.start : moved.end] == QUOTES[0]
    assert moved.quote.prefix == "UPDATED. "
    assert moved.anchor == "moved"
    fuzzy = project.annotations[annotations[1].id]
    assert fuzzy.quote.exact == "described the move as an obvious step"
    orphan = project.annotations[annotations[2].id]
    assert orphan.anchor == "orphaned"
    assert orphan.quote == annotations[2].quote  # last selectors kept
    assert orphan.id not in {a.id for a in project.annotations_in(article_id, 0, len(NEW_TEXT))}
    outcome.edit.revert(project)
    assert encode(project) == before


def test_unchanged_text_changes_nothing() -> None:
    project, _ = _project_with(QUOTES)
    outcome = replace_article_text(project, project.articles.at(0).id, TEXT)
    assert outcome.count("exact") == len(QUOTES)
    assert isinstance(outcome.edit, Compound)
    assert len(outcome.edit.edits) == 1  # only the article (same text)


def test_reattach_an_orphan() -> None:
    project, annotations = _project_with(QUOTES)
    article_id = project.articles.at(0).id
    replace_article_text(project, article_id, NEW_TEXT).edit.apply(project)
    orphan_id = annotations[2].id
    start, end = _span(NEW_TEXT, "with Israel")
    edit = reattach(project, orphan_id, start - 1, end)  # white space is trimmed
    edit.apply(project)
    placed = project.annotations[orphan_id]
    assert (placed.start, placed.end) == (start, end)
    assert placed.quote.exact == "with Israel"
    assert placed.anchor == "exact"
    assert orphan_id in {a.id for a in project.annotations_in(article_id, start, end)}
    edit.revert(project)
    assert project.annotations[orphan_id].anchor == "orphaned"
    with pytest.raises(SpanError):
        reattach(project, orphan_id, 5, 5)


def test_cli_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project, annotations = _project_with(QUOTES)
    target = tmp_path / "p.parallax.json"
    save(project, target)
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_TEXT, encoding="utf-8")
    monkeypatch.setattr(cli, "_COMMAND_MODULES", ("desktop_app.cli.update",))
    assert cli.main(["update", str(target), "Accords", str(new_file)]) == 0
    out = capsys.readouterr().out
    assert "0 exact, 2 moved, 1 fuzzy, 0 need review, 1 orphaned" in out
    # the fuzzy one with the new text around it; the orphan with its quote
    assert "  fuzzy: “described the move as a natural step”" in out
    assert "Officials in Astana [described the move as an obvious step] for a country" in out
    assert "  orphaned: “Critics said the decision was mostly symbolic.”" in out
    assert "not found in the new text, kept as an orphan" in out
    assert "Kazakhstan joined" not in out  # moved by one line break only: not listed
    saved = load(target)
    assert saved.articles.at(0).text == NEW_TEXT
    assert saved.annotations[annotations[2].id].anchor == "orphaned"
    assert cli.main(["update", str(target), "No such article", str(new_file)]) == 1
    assert "no article" in capsys.readouterr().err


def test_cli_update_lists_passages_moved_far_and_those_in_doubt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paragraphs = [
        "Officials in Astana described the accession as a natural step for the country.",
        "The summit in Washington focused on critical minerals and rail links.",
        "Reporting by Aigerim Seitkali; Editing by Mark Potter.",
        "Critics said the decision was mostly symbolic and came without consultation.",
        "Reporting by Aigerim Seitkali; Editing by Mark Potter.",
    ]
    old = "\n\n".join(paragraphs)
    article = make_article(old, title="Moves")
    now = utc_now()
    quotes = ("critical minerals and rail links", "Reporting by Aigerim Seitkali")
    annotations = []
    for n, quote in enumerate(quotes):
        start = old.index(quote, old.index(paragraphs[3]) if n else 0)
        position, selectors = describe(old, start, start + len(quote))
        annotations.append(
            Annotation(
                id=f"00000000-0000-4000-a000-{n:012d}",
                article=article.id,
                position=position,
                quote=selectors,
                created=now,
                modified=now,
            )
        )
    target = tmp_path / "p.parallax.json"
    save(Project(articles=[article], annotations=annotations), target)
    # the minerals paragraph goes to the end; the critics paragraph is deleted, so the
    # sign-off annotated after it has two copies left and neither has its context
    new = "\n\n".join([paragraphs[0], paragraphs[2], paragraphs[4], paragraphs[1]])
    new_file = tmp_path / "new.txt"
    new_file.write_text(new, encoding="utf-8")
    monkeypatch.setattr(cli, "_COMMAND_MODULES", ("desktop_app.cli.update",))
    assert cli.main(["update", str(target), "Moves", str(new_file)]) == 0
    out = capsys.readouterr().out
    assert "  moved 2 paragraphs: “critical minerals and rail links”" in out
    assert "[critical minerals and rail links]" in out
    saved = load(target).annotations[annotations[1].id]
    assert saved.anchor in ("review", "orphaned")
    label = "needs review" if saved.anchor == "review" else "orphaned"
    assert f"  {label}: “Reporting by Aigerim Seitkali”" in out


def test_accepting_a_placement_makes_it_exact_in_one_undoable_edit() -> None:
    from desktop_app.core.reanchor import accept_placement

    project, annotations = _project_with(QUOTES)
    article_id = project.articles.at(0).id
    replace_article_text(project, article_id, NEW_TEXT).edit.apply(project)
    fuzzy_id, orphan_id = annotations[1].id, annotations[2].id
    assert project.annotations[fuzzy_id].anchor == "fuzzy"
    edit = accept_placement(project, fuzzy_id)
    assert edit is not None
    edit.apply(project)
    assert project.annotations[fuzzy_id].anchor == "exact"
    assert project.annotations[fuzzy_id].quote.exact == "described the move as an obvious step"
    edit.revert(project)
    assert project.annotations[fuzzy_id].anchor == "fuzzy"
    assert accept_placement(project, orphan_id) is None  # an orphan is re-attached instead


PARAGRAPHS = [
    "Kazakhstan joined the Abraham Accords on Thursday, officials in Astana said.",
    "The delegation insisted that the decision followed years of talks with Washington.",
    "Critics argued that neighbours had not been consulted before the announcement.",
    "Analysts said that critical minerals were the real prize of the summit.",
    "Local traders expected that trade would grow as new routes opened in the spring.",
]


@pytest.mark.parametrize("copy_to", [0, 3, 4, 5])
def test_a_paragraph_pasted_elsewhere_does_not_take_the_annotations_of_its_edited_original(
    copy_to: int,
) -> None:
    old = "\n\n".join(PARAGRAPHS)
    original = PARAGRAPHS[1]
    edited = original.replace("Washington", "Washingtn")  # a typo outside the annotation
    paragraphs = [edited if p == original else p for p in PARAGRAPHS]
    paragraphs.insert(copy_to, original)
    new = "\n\n".join(paragraphs)
    result = _updated_once(old, _span(old, "insisted that the decision"), new)
    on_original = new.index(edited) + edited.index("insisted that the decision")
    assert result.state == "review" or result.placement.start == on_original


def test_a_passage_split_by_an_inserted_paragraph_takes_it_in_or_is_reviewed() -> None:
    old = "\n\n".join(PARAGRAPHS)
    inserted = "Markets in Almaty closed slightly higher on the news, traders said."
    new = old.replace("Washington.\n\n", f"Washington.\n\n{inserted}\n\n")
    quote_text = "years of talks with Washington.\n\nCritics argued"
    result = _updated_once(old, _span(old, quote_text), new)
    placed = new[result.placement.start : result.placement.end]
    assert result.state == "review" or placed == quote_text.replace(
        "\n\nCritics", f"\n\n{inserted}\n\nCritics"
    )


@pytest.mark.parametrize("which", range(len(PARAGRAPHS)))
@pytest.mark.parametrize("after", [False, True])
def test_a_paragraph_printed_twice_in_a_row_is_a_guess_marked_for_review(
    which: int, after: bool
) -> None:
    old = "\n\n".join(PARAGRAPHS)
    original = PARAGRAPHS[which]
    words = original.split(" ")
    quote_text = " ".join(words[2:5])
    edited = original.replace(words[-1], words[-1][:-3] + "x" + words[-1][-2:])  # a typo
    paragraphs = [edited if p == original else p for p in PARAGRAPHS]
    paragraphs.insert(which + 1 if after else which, original)
    new = "\n\n".join(paragraphs)
    result = _updated_once(old, _span(old, quote_text), new)
    on_original = new.index(edited) + edited.index(quote_text)
    assert result.state == "review" or result.placement.start == on_original


def test_a_lost_end_is_taken_back_where_the_same_words_still_stand_white_space_aside() -> None:
    from desktop_app.core.diff_placement import _lost_ends_found

    text = "Intro. the\u00a0real prize, she said.\n\nCritical minerals were the real prize."
    body = text.index("Critical")
    start, end = _lost_ends_found("the real prize, she said.\n\n", "", text, body, len(text))
    assert text[start:end].startswith("the\u00a0real prize, she said.")
    start, end = _lost_ends_found("an unrelated head", "", text, body, len(text))
    assert start == body
    joined = "The minister spoke.\n\n“Trade would grow,” she said.\n\nIsrael denied it."
    stop = joined.index("\n")
    _, end = _lost_ends_found("", " “Trade would grow,” she said. Israel denied", joined, 0, stop)
    assert joined[:end].endswith("Israel denied")


SIGN_OFF = "Reporting by Aigerim Seitkali; Editing by Mark Potter."
SIGNED = (
    "Kazakhstan joined the Abraham Accords on Thursday, the first country to do so in years.",
    SIGN_OFF,
    "Officials in Astana described the move as a natural step for a country with ties to Israel.",
    "Critics said the decision was mostly symbolic and came after years of quiet talks.",
    SIGN_OFF,
    "Analysts pointed to critical minerals as the real prize of the summit in Washington.",
)


def _reanchored_sign_off(new: str) -> tuple[str, int]:
    old = "\n\n".join(SIGNED)
    result = _updated_once(old, _span(old, SIGN_OFF), new)
    return result.state, result.placement.start


def test_a_repeated_line_whose_one_side_came_along_unchanged_is_placed_without_doubt() -> None:
    rewritten = "Markets in Almaty closed slightly higher on the news."
    paragraphs = ["BREAKING.", *SIGNED]
    paragraphs[3] = rewritten  # the text after the first sign-off changed, not before it
    new = "\n\n".join(paragraphs)
    assert _reanchored_sign_off(new) == ("moved", new.index(SIGN_OFF))


def test_a_repeated_line_deleted_is_not_silently_placed_on_a_copy() -> None:
    new = "\n\n".join(SIGNED[2:])  # the first paragraph and its sign-off deleted
    state, _ = _reanchored_sign_off(new)
    assert state in ("review", "orphaned")


def test_a_moved_line_is_not_doubted_for_an_edited_look_alike_far_from_where_it_stood() -> None:
    """A case of the accuracy benchmark's "paragraph repeated" family (development seed 0):
    the paragraph holding the passage went elsewhere, and a paragraph like it, far from
    where it stood, was edited; the diff's placement stands."""
    rng = random.Random("paragraph repeated/8.0/0")
    text = news_text(rng)
    spans = annotated_spans(rng, text, 60)
    tracked = TrackedText(text)
    FAMILIES["paragraph repeated"](tracked, rng, 8.0)
    new = tracked.text
    result = _updated_once(text, spans[1], new, title="Wire story")
    (truth,) = tracked.truths([spans[1]])
    assert result.state == "moved"
    assert truth.verdict(result.placement) == "right"
