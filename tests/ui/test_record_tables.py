"""The record table models follow core's change events through one base, checked by Qt's tester."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.ui.files.article_list import ArticleList
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.saved_projects import tag_in_window


def test_annotation_and_article_tables_follow_tagging_deleting_and_undo(
    window: MainWindow,
) -> None:
    annotations = window.panel.model
    articles = window.feature(ArticleList).model
    assert articles is not None
    testers = [
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        for model in (annotations, articles)
    ]
    project = window.document.project
    first_article = project.articles.at(0).id
    counts_before = articles.count(first_article) + articles.count(project.articles.at(1).id)

    annotation_id = tag_in_window(window)
    assert annotations.rowCount() == 1
    assert annotations.annotation(0).id == annotation_id
    after = articles.count(first_article) + articles.count(project.articles.at(1).id)
    assert after == counts_before + 1

    window.commands["edit.undo"].trigger()
    assert annotations.rowCount() == 0
    window.commands["edit.redo"].trigger()
    assert annotations.rowCount() == 1
    assert articles.rowCount() == len(project.articles)
    assert len(testers) == 2
