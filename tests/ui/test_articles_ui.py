"""Many articles: the article list, details dialog, choosing pane articles, panes, removal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop_app.core.edits import Insert
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.importers.samples import sample_project
from desktop_app.ui.files.article_details import MetadataDialog
from desktop_app.ui.files.article_list import ARTICLE_ID_ROLE, ArticleList, ArticleListModel
from desktop_app.ui.reading import pane_layout
from desktop_app.ui.shell.main_window import MainWindow
from tests.present import present
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter, canonical_span, painted_background, select_with_keyboard


@pytest.fixture(autouse=True)
def isolated_layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Layouts go to a file of this test, never to the user's settings."""
    ini = tmp_path / "layouts.ini"
    monkeypatch.setattr(
        pane_layout, "layout_settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )
    return ini


def five_articles() -> Project:
    project = sample_project()
    from desktop_app.core.edits import Insert

    for n in range(3):
        body = f"Extra article {n + 1}\n\nA paragraph about the accords, number {n + 1}.\n"
        Insert("", make_article(body, title=f"Extra article {n + 1}", outlet="Wire")).apply(project)
    return project


def feature(window: MainWindow) -> ArticleList:
    return window.feature(ArticleList)


def tag_phrase(qtbot: QtBot, window: MainWindow, pane_index: int, phrase: str) -> None:
    view = window.reader.panes[pane_index].view
    select_with_keyboard(qtbot, view, *canonical_span(view, phrase))
    code = window.document.project.codes.at(0)
    window.annotating.tag_action(code.id).trigger()


def test_the_list_shows_every_article_with_its_count_and_follows_tagging(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(five_articles())
    model = feature(window).model
    assert isinstance(model, ArticleListModel)
    project = window.document.project
    assert model.rowCount() == 5
    titles = [model.index(r, ArticleListModel.TITLE).data() for r in range(5)]
    assert titles == [a.title for a in project.articles]
    assert [model.index(r, ArticleListModel.PANE).data() for r in range(5)] == [
        "1",
        "2",
        "",
        "",
        "",
    ]
    first = project.articles.at(0)
    view = window.reader.panes[0].view
    phrase = first.text.split()[3]
    tag_phrase(qtbot, window, 0, phrase)
    assert model.index(0, ArticleListModel.COUNT).data() == 1
    assert model.count(first.id) == len(project.annotations_of(first.id)) == 1
    window.commands["edit.undo"].trigger()
    assert model.index(0, ArticleListModel.COUNT).data() == 0
    assert view.article.id == first.id


def test_details_dialog_saves_one_undoable_edit_and_the_header_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = window.reader.panes[0]
    pane.view.setFocus()
    original = window.document.project.articles[pane.article_id]
    window.commands["article.edit_metadata"].trigger()
    dialog = window.findChild(MetadataDialog)
    assert dialog is not None
    assert dialog.title_edit.text() == original.title
    assert dialog.outlet_edit.text() == original.outlet
    dialog.title_edit.setText("A new headline")
    dialog.outlet_edit.setText("The Other Paper")
    dialog.date_edit.setText("2025-11-06")
    dialog.date_kind.setCurrentIndex(1)
    dialog.language_edit.setText("en")
    dialog.accept()
    changed = window.document.project.articles[pane.article_id]
    assert (changed.title, changed.outlet, changed.date_kind) == (
        "A new headline",
        "The Other Paper",
        "event",
    )
    assert pane.title.full_text() == "A new headline"
    assert "The Other Paper" in pane.meta.full_text()
    assert "(event date)" in pane.meta.full_text()
    assert window.document.undo_stack.count() == 1
    window.commands["edit.undo"].trigger()
    assert window.document.project.articles[pane.article_id] == original
    assert pane.title.full_text() == original.title


def test_a_bad_date_keeps_the_dialog_open(window: MainWindow) -> None:
    window.commands["article.edit_metadata"].trigger()
    dialog = window.findChild(MetadataDialog)
    assert dialog is not None
    dialog.date_edit.setText("6 Nov")
    assert "YYYY-MM-DD" in dialog.problem.text()
    dialog.accept()
    assert dialog.isVisible()
    assert window.document.undo_stack.count() == 0
    dialog.reject()


def test_double_click_on_a_pane_header_opens_its_details(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.reader.panes[1]
    qtbot.mouseDClick(pane.meta, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    dialog = window.findChild(MetadataDialog)
    assert dialog is not None
    assert dialog.article_id == pane.article_id
    dialog.reject()


def test_choosing_the_article_of_a_pane_from_the_list_and_the_header(
    make_window: WindowFactory,
) -> None:
    window = make_window(five_articles())
    project = window.document.project
    third, fourth = project.articles.at(2), project.articles.at(3)
    menu = feature(window).context_menu(third.id)
    [action] = [a for a in menu.actions() if a.objectName() == "showInPane2"]
    action.trigger()
    assert [p.article_id for p in window.reader.panes] == [project.articles.at(0).id, third.id]
    assert window.reader.panes[1].title.full_text() == third.title

    header_button = window.reader.panes[0].header.findChild(QToolButton, "paneMenuButton")
    header_menu = present(header_button).menu()
    header_menu.aboutToShow.emit()
    [choice] = [a for a in header_menu.actions() if a.text() == fourth.title]
    choice.trigger()
    assert window.reader.panes[0].article_id == fourth.id
    model = feature(window).model
    assert model is not None
    assert model.index(3, ArticleListModel.PANE).data() == "1"


def test_activating_an_article_in_the_list_shows_it_in_the_active_pane(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(five_articles())
    project = window.document.project
    window.reader.panes[1].view.setFocus()
    qtbot.waitUntil(lambda: window.active_pane() is window.reader.panes[1])
    view = feature(window).view
    view.setFocus()
    view.setCurrentIndex(view.model().index(4, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.reader.panes[1].article_id == project.articles.at(4).id
    assert view.model().index(4, 0).data(ARTICLE_ID_ROLE) == project.articles.at(4).id


def test_adding_and_closing_panes(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(five_articles())
    project = window.document.project
    add, close = window.commands["view.add_pane"], window.commands["view.remove_pane"]
    add.trigger()
    add.trigger()
    assert [p.article_id for p in window.reader.panes] == project.articles.ids()[:4]
    assert not add.isEnabled()
    add.trigger()
    assert len(window.reader.panes) == 4
    sizes = window.reader.sizes()
    assert max(sizes) - min(sizes) <= 2
    window.reader.panes[2].view.setFocus()
    qtbot.waitUntil(lambda: window.active_pane() is window.reader.panes[2])
    close.trigger()
    assert [p.article_id for p in window.reader.panes] == [
        project.articles.ids()[i] for i in (0, 1, 3)
    ]
    close.trigger()
    close.trigger()
    assert len(window.reader.panes) == 1
    assert not close.isEnabled()
    close.trigger()
    assert len(window.reader.panes) == 1


def test_the_layout_is_remembered_per_project(
    tmp_path: Path, make_window: WindowFactory, prompter: FakePrompter
) -> None:
    window = make_window(five_articles())
    project = window.document.project
    prompter.save_paths.append(tmp_path / "many.parallax.json")
    assert window.files.save_as()
    layout = feature(window).layout
    layout.set_pane_article(0, project.articles.at(4).id)
    layout.add_pane(project.articles.at(2).id)
    window.reader.setSizes([500, 300, 200])
    window.reader.splitterMoved.emit(0, 1)
    wanted_sizes = window.reader.sizes()
    chosen = [p.article_id for p in window.reader.panes]

    window.files.new_project()
    assert len(window.reader.panes) == 2
    assert window.files.open_path(tmp_path / "many.parallax.json")
    assert [p.article_id for p in window.reader.panes] == chosen
    assert window.reader.sizes() == wanted_sizes

    other = make_window(sample_project())
    assert [p.article_id for p in other.reader.panes] == other.document.project.articles.ids()


def test_removing_an_article_with_annotations_asks_and_undo_brings_everything_back(
    qtbot: QtBot, make_window: WindowFactory, prompter: FakePrompter
) -> None:
    window = make_window(five_articles())
    project = window.document.project
    first = project.articles.at(0)
    for phrase in first.text.split("\n")[0].split()[:2]:
        tag_phrase(qtbot, window, 0, phrase)
    annotations = project.annotations_of(first.id)
    assert len(annotations) == 2
    painted_at = annotations[0].start
    assert painted_background(window.reader.panes[0].view, painted_at) is not None

    prompter.confirmations.append(False)
    feature(window).remove_article(first.id)
    assert first.id in project.articles
    assert prompter.asked[-1] == "confirm:Remove article?"

    prompter.confirmations.append(True)
    feature(window).remove_article(first.id)
    assert first.id not in project.articles
    assert not project.annotations_of(first.id)
    qtbot.waitUntil(lambda: first.id not in [p.article_id for p in window.reader.panes])
    # The pane switches to an article not shown yet; the other pane keeps its article.
    shown = [p.article_id for p in window.reader.panes]
    assert shown == [project.articles.at(1).id, project.articles.at(0).id]

    window.commands["edit.undo"].trigger()
    assert project.annotations_of(first.id) == annotations
    qtbot.waitUntil(lambda: window.reader.panes[0].article_id == first.id)
    view = window.reader.panes[0].view
    qtbot.waitUntil(lambda: painted_background(view, painted_at) is not None)
    model = feature(window).model
    assert model is not None
    assert model.count(first.id) == 2


def test_removing_an_article_without_annotations_does_not_ask(
    make_window: WindowFactory, prompter: FakePrompter, qtbot: QtBot
) -> None:
    window = make_window(five_articles())
    project = window.document.project
    last = project.articles.at(4)
    feature(window).remove_article(last.id)
    assert last.id not in project.articles
    assert not any(q.startswith("confirm:") for q in prompter.asked)
    window.commands["edit.undo"].trigger()
    assert project.articles.at(4) == last


def test_pane_headers_stay_compact_with_four_panes(qtbot: QtBot, window: MainWindow) -> None:
    """Four panes on a laptop: each header is at most two short lines, titles elided."""
    layout = feature(window).layout
    while layout.add_pane():
        pass
    panes = window.reader.panes
    assert len(panes) == 4
    qtbot.waitUntil(lambda: all(p.header.height() > 0 for p in panes))
    line = panes[0].meta.fontMetrics().height()
    for pane in panes:
        assert pane.header.height() <= 2 * line + pane.title.fontMetrics().height() + 24
        if pane.title.isVisible():
            assert pane.title.height() <= pane.title.fontMetrics().height() + 4
    long_title = next(p for p in panes if p.title.isVisible())
    assert long_title.title.is_elided()
    assert long_title.title.text().endswith("…")
    tip = long_title.header.toolTip()
    assert long_title.title.full_text() in tip.replace("&amp;", "&")


def test_no_title_twice_and_quiet_words_for_missing_details(
    qtbot: QtBot, window: MainWindow
) -> None:
    project = window.document.project
    by_text = {p.article_id: p for p in window.reader.panes}
    for article in project.articles:
        pane = by_text.get(article.id)
        if pane is None:
            continue
        first_line = article.text.splitlines()[0]
        # The second sample's text opens with its title: the header does not repeat it.
        assert pane.title.isHidden() == (first_line.strip() == article.title.strip())
        assert "not named" not in pane.meta.full_text()
    bare = make_article("A bare note\n\nNothing else is known about it.\n", title="A bare note")
    window.document.push(Insert("Add", bare))
    layout = feature(window).layout
    layout.set_pane_article(0, bare.id)
    pane = window.reader.panes[0]
    assert pane.title.isHidden()  # its text opens with the title: said once, there
    # No placeholder line in the pane: the invitation to add details is on hover.
    assert pane.meta.isHidden()
    assert "No outlet, date or author yet" in pane.header.toolTip()


def test_each_article_reopens_where_it_was_left(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    """Three panes (compare mode, which aligns two panes, is off): each reopens in place."""
    from desktop_app.storage.project_file import load, save

    project = sample_project()
    third = make_article(project.articles.at(0).text, title="A third copy")
    Insert("Add", third).apply(project)
    path = tmp_path / "reading.parallax.json"
    save(project, path)
    first = make_window(project, path)
    feature(first).layout.add_pane(third.id)
    assert len(first.reader.panes) == 3
    left_at = []
    for number, pane in enumerate(first.reader.panes):
        text = pane.view.article.text
        pane.view.scroll_to_offset(text.index("\n\n", len(text) * (number + 1) // 5) + 2)
        left_at.append(pane.view.first_visible_offset())
    assert all(offset > 0 for offset in left_at)
    feature(first).layout.save()
    first.close()

    again = make_window(load(path), path)  # opened again from its file
    assert len(again.reader.panes) == 3
    views = [pane.view for pane in again.reader.panes]
    qtbot.waitUntil(lambda: [v.first_visible_offset() for v in views] == left_at, timeout=10_000)
