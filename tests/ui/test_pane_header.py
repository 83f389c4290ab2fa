"""Pane headers: one line when there is no more to say, two at most, no repeated placeholder."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop_app.core.edits import Insert, Remove, Replace
from desktop_app.core.new_records import make_article
from desktop_app.core.project import Project
from desktop_app.importers.samples import sample_project
from desktop_app.ui.files.article_list import ArticleList
from desktop_app.ui.reading import pane_layout
from desktop_app.ui.reading.article_pane import NO_DETAILS, ArticlePane
from desktop_app.ui.shell.main_window import MainWindow
from tests.present import present
from tests.ui.conftest import WindowFactory


@pytest.fixture(autouse=True)
def isolated_layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Layouts go to a file of this test, never to the user's settings."""
    ini = tmp_path / "layouts.ini"
    monkeypatch.setattr(
        pane_layout, "layout_settings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )


def bare_articles(count: int) -> Project:
    """``count`` articles with a title and no outlet, date or author."""
    project = sample_project()
    for article in list(project.articles):
        Remove.of(project, article, "").apply(project)
    for n in range(count):
        body = f"Untitled text {n + 1}\n\nA paragraph about the accords, number {n + 1}.\n"
        Insert("", make_article(body, title=f"Bare article {n + 1}")).apply(project)
    return project


def show_panes(qtbot: QtBot, window: MainWindow, count: int) -> list[ArticlePane]:
    layout = window.feature(ArticleList).layout
    while len(window.reader.panes) > count:
        layout.remove_pane(len(window.reader.panes) - 1)
    while len(window.reader.panes) < count:
        assert layout.add_pane()
    panes = window.reader.panes
    qtbot.waitUntil(lambda: all(p.header.height() > 0 and p.header.isVisible() for p in panes))
    return panes


def menu_button(pane: ArticlePane) -> QToolButton:
    button = pane.header.findChild(QToolButton, "paneMenuButton")
    assert isinstance(button, QToolButton)
    return button


def one_line(pane: ArticlePane) -> int:
    """A header of one line: its margins around the tallest thing its top row can hold."""
    margins = present(pane.header.layout()).contentsMargins()
    tallest = max(
        pane.title.sizeHint().height(),
        pane.meta.sizeHint().height(),
        menu_button(pane).sizeHint().height(),
    )
    return margins.top() + margins.bottom() + tallest


def shown_lines(pane: ArticlePane) -> int:
    """How many lines of words the header shows (labels visible, at distinct heights)."""
    tops = {
        label.mapTo(pane.header, label.rect().topLeft()).y()
        for label in (pane.title, pane.meta)
        if label.isVisible()
    }
    return len(tops)


@pytest.mark.parametrize("count", [1, 2, 4])
def test_without_details_every_header_is_one_line_and_no_pane_repeats_a_placeholder(
    qtbot: QtBot, make_window: WindowFactory, count: int
) -> None:
    window = make_window(bare_articles(4))
    panes = show_panes(qtbot, window, count)
    for pane in panes:
        assert pane.title.isVisible()  # nothing else says which article this is
        assert not pane.meta.isVisible()
        assert shown_lines(pane) == 1
        assert pane.header.height() <= one_line(pane)
        # The invitation to add details is there on hover (and for screen readers), once.
        assert NO_DETAILS in pane.header.toolTip()
        assert pane.header.accessibleDescription() == NO_DETAILS
        assert "No outlet" not in pane.title.text()


@pytest.mark.parametrize("count", [1, 2, 4])
def test_with_details_a_header_is_two_lines_at_most_and_one_when_the_text_has_the_title(
    qtbot: QtBot, make_window: WindowFactory, count: int
) -> None:
    project = sample_project()
    for n in range(2):
        title = f"A third account, from the wire, of the accords and what they mean ({n + 1})"
        body = f"{title}\n\nA paragraph about the accords.\n"
        Insert("", make_article(body, title=title, outlet="Wire", date="2025-11-07")).apply(project)
    window = make_window(project)
    panes = show_panes(qtbot, window, count)
    for pane in panes:
        article = window.document.project.articles[pane.article_id]
        opens_with_title = article.text.splitlines()[0].strip() == article.title.strip()
        assert pane.meta.isVisible()
        assert pane.title.isVisible() != opens_with_title
        assert shown_lines(pane) == (1 if opens_with_title else 2)
        assert pane.natural_header_height() <= one_line(pane) + pane.meta.sizeHint().height() + 2
        if opens_with_title:
            # Details, then the pane menu, on the header's only line.
            assert pane.natural_header_height() <= one_line(pane)
            meta_middle = pane.meta.geometry().center().y()
            button = menu_button(pane).geometry()
            assert button.top() <= meta_middle <= button.bottom()
        else:
            assert pane.title.height() <= pane.title.fontMetrics().height() + 4  # never wraps
        assert NO_DETAILS not in pane.header.toolTip()

    # Side by side, the texts start on one line whatever each header holds.
    def text_tops() -> set[int]:
        return {pane.view.mapTo(window, pane.view.rect().topLeft()).y() for pane in panes}

    qtbot.waitUntil(lambda: len(text_tops()) == 1)
    assert len({pane.header.height() for pane in panes}) == 1


def test_headers_of_one_line_each_stay_one_line_side_by_side(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """The second sample opens with its title: alone, or beside a bare article, one line."""
    project = sample_project()
    Remove.of(project, project.articles.at(0), "").apply(project)
    bare = make_article("Untitled\n\nNothing else is known.\n", title="A bare note")
    Insert("", bare).apply(project)
    window = make_window(project)
    panes = show_panes(qtbot, window, 2)
    assert [shown_lines(pane) for pane in panes] == [1, 1]
    assert all(pane.header.height() <= one_line(pane) for pane in panes)


def test_a_text_opening_with_its_title_and_no_details_leaves_the_header_to_the_tools(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    project = bare_articles(0)
    note = make_article("A bare note\n\nNothing else is known about it.\n", title="A bare note")
    Insert("", note).apply(project)
    window = make_window(project)
    (pane,) = show_panes(qtbot, window, 1)
    assert not pane.title.isVisible()
    assert not pane.meta.isVisible()
    assert menu_button(pane).isVisible()
    assert pane.header.height() <= one_line(pane)
    assert pane.accessibleName() == "Article: A bare note"
    assert NO_DETAILS in pane.header.toolTip()


def test_details_added_later_make_the_header_two_lines_and_the_neighbour_follows(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(bare_articles(2))
    panes = show_panes(qtbot, window, 2)
    assert all(shown_lines(pane) == 1 for pane in panes)
    article = window.document.project.articles[panes[0].article_id]
    with_outlet = msgspec.structs.replace(article, outlet="The Daily Record")
    window.document.push(Replace("Details", article, with_outlet))
    qtbot.waitUntil(lambda: shown_lines(panes[0]) == 2)
    assert panes[0].meta.full_text() == "The Daily Record"
    qtbot.waitUntil(lambda: panes[1].header.height() == panes[0].header.height())
    assert shown_lines(panes[1]) == 1
