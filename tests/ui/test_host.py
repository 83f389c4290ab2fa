"""Features install into the narrow host and find each other by type, not by attribute."""

from __future__ import annotations

import pytest

from desktop_app.ui.annotating.annotation_commands import AnnotationCommands
from desktop_app.ui.annotating.keyboard_coding import KeyboardCoding
from desktop_app.ui.codebook.editor import CodebookEditing
from desktop_app.ui.files.autosave import Autosave
from desktop_app.ui.files.file_commands import FileCommands
from desktop_app.ui.find.find_bar import PaneFinder
from desktop_app.ui.reading.pane_layout import PaneLayout
from desktop_app.ui.shell.host import FeatureMissing
from desktop_app.ui.shell.main_window import MainWindow


def test_installed_features_are_found_by_their_type(window: MainWindow) -> None:
    for kind in (
        FileCommands,
        AnnotationCommands,
        KeyboardCoding,
        CodebookEditing,
        Autosave,
        PaneFinder,
        PaneLayout,
    ):
        assert isinstance(window.feature(kind), kind)
    assert window.feature(FileCommands) is window.files


def test_a_missing_feature_is_a_clear_error(window: MainWindow) -> None:
    class NotInstalled:
        pass

    with pytest.raises(FeatureMissing, match="NotInstalled is not installed"):
        window.feature(NotInstalled)


def test_features_patch_no_attribute_onto_the_window(window: MainWindow) -> None:
    for name in ("autosave", "pane_finder", "find_results", "coding_keys", "disk_watch"):
        assert not hasattr(window, name)


def test_the_codebook_editor_is_made_once_and_shown_again(window: MainWindow) -> None:
    window.commands["codebook.edit"].trigger()
    editor = window.feature(CodebookEditing).editor
    assert editor is not None
    assert editor.isVisible()
    editor.close()
    window.commands["codebook.edit"].trigger()
    assert window.feature(CodebookEditing).editor is editor
    assert editor.isVisible()
    editor.close()
