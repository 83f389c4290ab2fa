"""Updating an article's text from a file, reviewing what moved, and re-attaching orphans."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.project import Project
from desktop_app.ui.review.orphans import EMPTY as NO_ORPHANS
from desktop_app.ui.review.orphans import Orphans, orphans_of
from desktop_app.ui.review.text_updates import TextUpdates
from desktop_app.ui.shell.main_window import MainWindow
from tests.present import present
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter, canonical_span, select_with_keyboard
from tests.ui.saved_projects import tagged_sample

#: Passages of the first sample article; the new version keeps, edits or drops each one.
KEPT = "Joanna Lillis, a leading journalist who has covered Central Asia since 2001"
EDITED = "the region’s largest Muslim-majority country"
DROPPED = "Fair Observer’s Video Producer"
PREAMBLE = "Editor’s note: this transcript was revised for clarity.\n\n"


def tag(project: Project, article_id: str, passage: str) -> str:
    text = project.articles[article_id].text
    start = text.index(passage)
    edit = toggle_tag(project, article_id, start, start + len(passage), project.codes.at(0).id)
    assert edit is not None
    edit.apply(project)
    found = project.annotation_with_span(article_id, start, start + len(passage))
    assert found is not None
    return found.id


def new_version(tmp_path: Path, text: str) -> Path:
    """The article's next version: a preamble, one passage reworded, one cut."""
    revised = PREAMBLE + text.replace(EDITED, "the region’s biggest Muslim-majority country")
    revised = revised.replace(DROPPED + " Rohan Khattar Singh and ", "")
    path = tmp_path / "revised.txt"
    path.write_text(revised, encoding="utf-8")
    return path


def updated_window(
    make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> tuple[MainWindow, dict[str, str]]:
    project = tagged_sample(0)
    article = project.articles.at(0).id
    ids = {passage: tag(project, article, passage) for passage in (KEPT, EDITED, DROPPED)}
    window = make_window(project)
    pane = window.reader.pane_for_article(article)
    assert pane is not None
    pane.view.setFocus()
    prompter.import_choices.append([new_version(tmp_path, project.articles[article].text)])
    window.commands["article.update_text"].trigger()
    # The file dialog says what it is for (it is not an import).
    assert prompter.dialog_titles[-1].startswith("New Version of the Text of “")
    return window, ids


def test_update_text_reviews_each_annotation_and_undo_restores_everything(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    project = tagged_sample(0)
    window, ids = updated_window(make_window, prompter, tmp_path)
    project = window.document.project
    article = project.annotations[ids[KEPT]].article
    old_text = window.document.undo_stack.command(0).edit.edits[0].old.text  # type: ignore[attr-defined]

    states = {passage: project.annotations[i].anchor for passage, i in ids.items()}
    assert states == {KEPT: "moved", EDITED: "fuzzy", DROPPED: "orphaned"}
    assert project.articles[article].text.startswith(PREAMBLE)
    review = window.feature(TextUpdates).review
    assert window.feature(TextUpdates).dock.isVisible()
    assert "1 moved, 1 fuzzy, 0 need review, 1 orphaned" in review.summary.text()
    rows = [present(review.tree.topLevelItem(i)) for i in range(review.tree.topLevelItemCount())]
    assert [row.text(0) for row in rows] == ["Orphaned", "Fuzzy", "Moved"], "doubtful first"
    assert EDITED in rows[1].text(1)
    assert "biggest" in rows[1].text(2)
    assert "“the region’s biggest Muslim-majority country” " in rows[1].text(2)  # in context
    assert rows[0].text(2) == "— not found —"
    moved = project.annotations[ids[KEPT]].start - old_text.index(KEPT)
    assert moved == len(PREAMBLE) - len(DROPPED + " Rohan Khattar Singh and ")
    assert rows[2].text(3) == f"{moved:+,} characters"
    # The pane shows the new text, and a row jumps to its passage there.
    pane = window.reader.pane_for_article(article)
    assert pane is not None
    assert pane.view.article.text.startswith(PREAMBLE)
    review.tree.setCurrentItem(rows[1])
    fuzzy = project.annotations[ids[EDITED]]
    assert pane.view.cursor_offset() == fuzzy.start
    assert pane.view.is_flashing()
    # The orphan's row shows it in the Orphans list, selected.
    orphans = window.feature(Orphans)
    orphans.dock.hide()
    review.tree.setCurrentItem(rows[0])
    assert orphans.dock.isVisible()
    selected = orphans.list.tree.currentItem()
    assert selected is not None
    assert DROPPED in selected.text(2)

    window.commands["edit.undo"].trigger()
    assert project.articles[article].text == old_text
    assert all(project.annotations[i].anchor == "exact" for i in ids.values())
    pane = window.reader.pane_for_article(article)
    assert pane is not None
    assert pane.view.article.text == old_text
    assert "undone" in review.summary.text()
    window.commands["edit.redo"].trigger()
    assert project.annotations[ids[DROPPED]].anchor == "orphaned"


def test_orphans_are_listed_with_quote_and_note_and_reattached_with_undo(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    window, ids = updated_window(make_window, prompter, tmp_path)
    project = window.document.project
    orphans = window.feature(Orphans)
    orphan_id = ids[DROPPED]
    assert [a.id for a in orphans_of(project)] == [orphan_id]
    assert orphans.list.count() == 1
    row = present(orphans.list.tree.topLevelItem(0))
    assert DROPPED in row.text(2)
    assert orphans.dock.windowTitle() == "Orphans (1)"
    assert orphans.dock.isVisible(), "orphans appeared: their list is shown"
    orphans.list.select(orphan_id)

    # Nothing selected in the text yet: the command says what to do.
    window.commands["reanchor.reattach"].trigger()
    assert "Select the passage" in window.statusBar().currentMessage()
    assert project.annotations[orphan_id].anchor == "orphaned"

    pane = window.reader.pane_for_article(project.annotations[orphan_id].article)
    assert pane is not None
    start, end = canonical_span(pane.view, "this transcript was revised")
    select_with_keyboard(qtbot, pane.view, start, end)
    window.commands["reanchor.reattach"].trigger()
    attached = project.annotations[orphan_id]
    assert attached.anchor == "exact"
    assert (attached.start, attached.end) == (start, end)
    assert attached.quote.exact == "this transcript was revised"
    assert orphans.list.count() == 0
    assert orphans.list.empty.isVisibleTo(orphans.list)
    assert orphans.list.empty.text() == NO_ORPHANS

    window.commands["edit.undo"].trigger()
    assert project.annotations[orphan_id].anchor == "orphaned"
    assert orphans.list.count() == 1


def test_an_unreadable_new_version_changes_nothing(
    make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    window = make_window()
    before = window.document.project.articles.at(0).text
    strange = tmp_path / "version.xyz"
    strange.write_bytes(b"\x00\x01")
    prompter.import_choices.append([strange])
    window.commands["article.update_text"].trigger()
    assert prompter.errors[0][0] == "Could not read the new version"
    assert window.document.project.articles.at(0).text == before
    assert not window.document.modified


def test_in_the_review_list_a_accepts_a_placement_and_r_reattaches(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter, tmp_path: Path
) -> None:
    window, ids = updated_window(make_window, prompter, tmp_path)
    project = window.document.project
    review = window.feature(TextUpdates).review
    rows = {
        present(review.tree.topLevelItem(i)).data(0, Qt.ItemDataRole.UserRole + 1): i
        for i in range(review.tree.topLevelItemCount())
    }
    fuzzy = present(review.tree.topLevelItem(rows[ids[EDITED]]))
    review.tree.setCurrentItem(fuzzy)
    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_A)
    assert project.annotations[ids[EDITED]].anchor == "exact"
    assert fuzzy.text(0) == "Accepted"
    window.commands["edit.undo"].trigger()
    assert project.annotations[ids[EDITED]].anchor == "fuzzy"

    # R gives the selected annotation the passage selected in its pane (here the orphan)
    article = project.annotations[ids[DROPPED]].article
    pane = window.reader.pane_for_article(article)
    assert pane is not None
    start, end = canonical_span(pane.view, "this transcript was revised")
    select_with_keyboard(qtbot, pane.view, start, end)
    orphan = present(review.tree.topLevelItem(rows[ids[DROPPED]]))
    review.tree.setCurrentItem(orphan)
    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_R)
    attached = project.annotations[ids[DROPPED]]
    assert (attached.anchor, attached.start, attached.end) == ("exact", start, end)
    assert orphan.text(0) == "Re-attached"
    window.commands["edit.undo"].trigger()
    assert project.annotations[ids[DROPPED]].anchor == "orphaned"
