"""Find from the keyboard: in the active pane, across all articles, and tagging all results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.annotation_edits import toggle_tag
from desktop_app.core.new_records import make_article, new_project
from desktop_app.core.search import find_all
from desktop_app.ui.find.find_bar import PaneFinder
from desktop_app.ui.find.find_results import FindResults
from desktop_app.ui.shell.main_window import MainWindow
from tests.present import present
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import FakePrompter, painted_background

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WORD = "kazakhstan"


def test_ctrl_f_marks_matches_and_enter_walks_them(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.reader.panes[0]
    view = pane.view
    view.setFocus()
    view.place_cursor(0)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    finder = window.feature(PaneFinder)
    bar = finder.bar
    assert bar.isVisible()
    assert bar.line.hasFocus()
    assert pane.isAncestorOf(bar)

    qtbot.keyClicks(bar.line, WORD.upper())
    expected = find_all(view.article.text, WORD)
    assert len(expected) > 2
    assert finder.marked_spans() == expected
    assert all(view.article.text[s:e].casefold() == WORD for s, e in expected)
    assert view.selection_span() == expected[0]
    assert bar.count.text() == f"1 of {len(expected)}"

    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    assert view.selection_span() == expected[1]
    qtbot.keyClick(bar.line, Qt.Key.Key_F3)
    assert view.selection_span() == expected[2]
    qtbot.keyClick(bar.line, Qt.Key.Key_Return, SHIFT)
    assert view.selection_span() == expected[1]
    assert bar.count.text() == f"2 of {len(expected)}"
    qtbot.keyClick(bar.line, Qt.Key.Key_F3, SHIFT)
    qtbot.keyClick(bar.line, Qt.Key.Key_F3, SHIFT)  # before the first: wraps to the last
    assert view.selection_span() == expected[-1]

    qtbot.keyClick(bar.line, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert view.extraSelections() == []
    assert view.hasFocus()
    # The match stays selected: a tag key tags it.
    qtbot.keyClick(view, Qt.Key.Key_1)
    [annotation] = list(window.document.project.annotations)
    assert (annotation.start, annotation.end) == expected[-1]


def test_whole_words_and_no_match(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    bar = window.feature(PaneFinder).bar
    qtbot.keyClicks(bar.line, "kazakh")
    partial = len(find_all(view.article.text, "kazakh"))
    assert partial > 0
    assert bar.count.text().endswith(f"of {partial}")
    bar.whole_words.setChecked(True)
    whole = find_all(view.article.text, "kazakh", whole_words=True)
    assert len(whole) < partial
    assert window.feature(PaneFinder).marked_spans() == whole
    bar.line.clear()
    qtbot.keyClicks(bar.line, "zzqx")
    assert bar.count.text() == "No matches"
    assert view.extraSelections() == []


def test_find_bar_marks_match_the_painted_text_with_emoji(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    text = "Straße 🇰🇿 and STRASSE.\n\nAgain: straße 😀 strasse."
    project = new_project([make_article(text, title="Unicode")], annotator_name="T")
    window = make_window(project)
    view = window.reader.panes[0].view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    bar = window.feature(PaneFinder).bar
    qtbot.keyClicks(bar.line, "strasse")
    marked = window.feature(PaneFinder).marked_spans()
    assert [view.article.text[s:e] for s, e in marked] == ["Straße", "STRASSE", "straße", "strasse"]
    # Each mark covers exactly those code points in the display (spacers and UTF-16 mapped).
    for selection, (start, end) in zip(view.extraSelections(), marked, strict=True):
        offsets = view.plan.offsets
        assert selection.cursor.selectionStart() == offsets.to_display(start)
        assert selection.cursor.selectionEnd() == offsets.to_display(end)


def test_find_in_all_articles_lists_and_jumps(qtbot: QtBot, window: MainWindow) -> None:
    window.reader.panes[0].view.setFocus()
    qtbot.keyClick(window.reader.panes[0].view, Qt.Key.Key_F, CTRL | SHIFT)
    results = window.feature(FindResults)
    assert results.dock.isVisible()
    assert results.query.hasFocus()
    qtbot.keyClicks(results.query, "Abraham Accords")
    qtbot.keyClick(results.query, Qt.Key.Key_Return)
    project = window.document.project
    per_article = {a.id: find_all(a.text, "abraham accords") for a in project.articles}
    total = sum(len(v) for v in per_article.values())
    with_hits = sum(1 for v in per_article.values() if v)
    assert len(results.hits) == total
    assert results.summary.text() == f"{total} passages in {with_hits} articles"
    assert results.tree.topLevelItemCount() == with_hits

    group = present(results.tree.topLevelItem(1))
    item = present(group.child(0))
    hit = results.hits[len(per_article[project.articles.at(0).id])]
    assert "Abraham Accords" in item.text(0)
    qtbot.keyClick(results.query, Qt.Key.Key_Down)  # from the query into the results
    assert results.tree.hasFocus()
    assert results.tree.currentItem() is present(results.tree.topLevelItem(0)).child(0)
    results.tree.setCurrentItem(item)
    qtbot.keyClick(results.tree, Qt.Key.Key_Return)
    pane = window.reader.pane_for_article(hit.article)
    assert pane is not None
    assert pane.view.selection_span() == (hit.start, hit.end)
    assert pane.view.hasFocus()


def test_tag_all_results_asks_then_is_one_undo_step(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    project = window.document.project
    motive = project.code_by_name("motive")
    assert motive is not None
    hits_before = [(a.id, s, e) for a in project.articles for s, e in find_all(a.text, WORD)]
    # One result already carries the tag: it is left alone.
    first_article, first_start, first_end = hits_before[0]
    window.document.push(toggle_tag(project, first_article, first_start, first_end, motive.id))
    window.reader.panes[0].view.setFocus()
    qtbot.keyClick(window.reader.panes[0].view, Qt.Key.Key_F, CTRL | SHIFT)
    results = window.feature(FindResults)
    qtbot.keyClicks(results.query, WORD)
    qtbot.keyClick(results.query, Qt.Key.Key_Return)
    results.code_choice.setCurrentIndex(results.code_choice.findData(motive.id))

    prompter.confirmations.append(False)  # asked, then cancelled: nothing happens
    results.tag_button.click()
    assert prompter.asked[-1] == "confirm:Tag all results"
    assert len(project.annotations) == 1

    prompter.confirmations.append(True)
    results.tag_button.setFocus()
    qtbot.keyClick(results.tag_button, Qt.Key.Key_Space)
    assert len(project.annotations) == len(hits_before)
    assert all(a.tags == (motive.id,) for a in project.annotations)
    view = window.reader.panes[0].view
    target = next(
        s
        for article, s, _ in reversed(hits_before)
        if article == view.article.id and s != first_start
    )
    view.place_cursor(target)
    assert painted_background(view, target) is not None
    assert (
        window.commands["edit.undo"]
        .text()
        .replace("&", "")
        .startswith(f"Undo Tag {len(hits_before) - 1} passages")
    )
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert len(project.annotations) == 1
    assert painted_background(view, target) is None
    assert painted_background(view, first_start) is not None or view.article.id != first_article


def test_tag_all_message_counts_passages_and_articles(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    results = window.feature(FindResults)
    window.commands["find.all_articles"].trigger()
    qtbot.keyClicks(results.query, WORD)
    qtbot.keyClick(results.query, Qt.Key.Key_Return)
    asked: list[str] = []
    original = prompter.confirm

    def confirm(title: str, message: str, action: str) -> bool:
        asked.append(message)
        return original(title, message, action)

    prompter.confirm = confirm  # type: ignore[method-assign]
    prompter.confirmations.append(False)
    results.tag_button.click()
    articles = {h.article for h in results.hits}
    assert asked[0].startswith(f"Tag {len(results.hits)} passages in {len(articles)} articles")


def test_f3_after_closing_goes_on_from_the_selected_match(qtbot: QtBot, window: MainWindow) -> None:
    view = window.reader.panes[0].view
    view.setFocus()
    view.place_cursor(0)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    finder = window.feature(PaneFinder)
    qtbot.keyClicks(finder.bar.line, WORD)
    expected = find_all(view.article.text, WORD)
    qtbot.keyClick(finder.bar.line, Qt.Key.Key_Escape)
    assert view.selection_span() == expected[0]
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert finder.bar.isVisible()
    assert view.selection_span() == expected[1]


def test_a_result_in_an_article_not_shown_takes_the_active_pane(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    articles = [
        make_article(
            f"Article {n} text.\n\nIt mentions lithium {'twice: lithium' if n == 5 else 'once'}.",
            title=f"Article {n}",
        )
        for n in range(1, 6)
    ]
    window = make_window(new_project(articles, annotator_name="T"))
    shown = [p.article_id for p in window.reader.panes]
    assert articles[4].id not in shown
    second = window.reader.panes[1].view
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_F, CTRL | SHIFT)
    results = window.feature(FindResults)
    qtbot.keyClicks(results.query, "LITHIUM")
    qtbot.keyClick(results.query, Qt.Key.Key_Return)
    assert results.summary.text() == "6 passages in 5 articles"
    last_group = present(results.tree.topLevelItem(4))
    assert last_group.text(0) == "Article 5  ·  2 matches"
    item = present(last_group.child(1))
    results.tree.setFocus()
    results.tree.setCurrentItem(item)
    qtbot.keyClick(results.tree, Qt.Key.Key_Return)
    pane = window.reader.pane_for_article(articles[4].id)
    assert pane is not None
    assert window.reader.panes.index(pane) == 1  # in place of the active pane's article
    start, end = find_all(articles[4].text, "lithium")[1]
    assert pane.view.selection_span() == (start, end)


def test_the_find_bar_tags_all_its_matches_from_a_menu_of_codes(
    qtbot: QtBot, window: MainWindow, prompter: FakePrompter
) -> None:
    pane = window.reader.panes[0]
    view = pane.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    finder = window.feature(PaneFinder)
    bar = finder.bar
    assert not bar.tag_all.isEnabled()  # nothing typed, nothing to tag
    qtbot.keyClicks(bar.line, WORD)
    expected = find_all(view.article.text, WORD)
    assert bar.tag_all.isEnabled()
    bar.tag_menu.aboutToShow.emit()  # as when the button opens its menu
    names = [action.text() for action in bar.tag_menu.actions()]
    assert names == [code.name for code in window.document.project.codes]
    prompter.confirmations.append(True)
    bar.tag_menu.actions()[2].trigger()  # economics
    assert prompter.asked[-1] == "confirm:Tag all results"
    project = window.document.project
    economics = project.code_by_name("economics")
    assert economics is not None
    spans = sorted((a.start, a.end) for a in project.annotations)
    assert spans == expected
    assert all(a.tags == (economics.id,) for a in project.annotations)
    assert all(a.article == view.article.id for a in project.annotations)
    assert painted_background(view, expected[0][0]) is not None
    window.commands["edit.undo"].trigger()  # one step takes it all back
    assert len(project.annotations) == 0
