"""The annotation list: every annotation with its article, tags, passage and note."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.project import Change, Project
from desktop_app.core.records import Annotation, Annotator, Article, Code
from desktop_app.ui.annotating.annotation_model import (
    ANNOTATION_ID_ROLE,
    NOBODY,
    TAG_COLOURS_ROLE,
    AnnotationFilterModel,
    AnnotationTableModel,
)

EMPTY_HINT = "No annotations yet.\nSelect a passage and press 1, 2 or 3 to tag it."
NO_MATCH_HINT = "No annotation matches the filter."


class TagChipDelegate(QStyledItemDelegate):
    """Draws a row's tags as small coloured chips."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        tags = index.data(TAG_COLOURS_ROLE) or []
        if not tags:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        x = option.rect.x() + 4
        height = metrics.height() + 2
        y = option.rect.y() + (option.rect.height() - height) // 2
        for name, colour in tags:
            width = metrics.horizontalAdvance(name) + 12
            if x + width > option.rect.right():
                break
            chip = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(QColor("#000000"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)
            x += width + 4
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        tags = index.data(TAG_COLOURS_ROLE) or []
        metrics = QFontMetrics(option.font)
        width = sum(metrics.horizontalAdvance(name) + 16 for name, _ in tags) + 8
        return QSize(max(width, 60), metrics.height() + 8)


class AnnotationTable(QTableView):
    """The table, with Enter to jump and a friendly message when it is empty."""

    #: The user asked to go to an annotation (double-click or Enter).
    jump_requested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.jump_requested.emit(self.currentIndex().data(ANNOTATION_ID_ROLE))
            return
        super().keyPressEvent(event)

    def empty_message(self) -> str:
        """What the table says when it shows no rows ("" when it has rows)."""
        model = self.model()
        if model is None or model.rowCount() > 0:
            return ""
        source = model.sourceModel() if isinstance(model, AnnotationFilterModel) else model
        return EMPTY_HINT if source.rowCount() == 0 else NO_MATCH_HINT

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        message = self.empty_message()
        if message:
            painter = QPainter(self.viewport())
            painter.setPen(
                self.palette().color(
                    self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text
                )
            )
            painter.drawText(
                self.viewport().rect().adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                message,
            )
            painter.end()


class AnnotationPanel(QWidget):
    """Filters above the annotation table."""

    #: Go to this annotation's passage.
    jump_requested = Signal(str)
    #: The selected annotation changed ("" when none).
    selection_changed = Signal(str)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setObjectName("annotationPanel")
        self.model = AnnotationTableModel(project, self)
        self.proxy = AnnotationFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(
            placeholderText="Search passages and notes", clearButtonEnabled=True
        )
        self.search.setAccessibleName("Search annotations")
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName("Filter by tag")
        self.article_filter = QComboBox()
        self.article_filter.setAccessibleName("Filter by article")
        self.annotator_filter = QComboBox()
        self.annotator_filter.setObjectName("annotatorFilter")
        self.annotator_filter.setAccessibleName("Filter by annotator")
        self._fill_filters()

        self.table = AnnotationTable(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Annotations")
        self.table.setItemDelegateForColumn(AnnotationTableModel.TAGS, TagChipDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            AnnotationTableModel.ARTICLE, QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(AnnotationTableModel.QUOTE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(AnnotationTableModel.ARTICLE, 180)
        header.resizeSection(AnnotationTableModel.TAGS, 190)
        header.resizeSection(AnnotationTableModel.NOTE, 220)
        header.resizeSection(AnnotationTableModel.ANNOTATOR, 130)
        header.setHighlightSections(False)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.article_filter, 1)
        filters.addWidget(self.annotator_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self.proxy.set_text)
        self.tag_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_tag(self.tag_filter.currentData())
        )
        self.article_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_article(self.article_filter.currentData())
        )
        self.annotator_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_annotator(self.annotator_filter.currentData())
        )
        self.table.doubleClicked.connect(
            lambda index: self.jump_requested.emit(index.data(ANNOTATION_ID_ROLE))
        )
        self.table.jump_requested.connect(self.jump_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        project.changed.connect(self._on_project_changed)

    def detach(self) -> None:
        """Stop listening to the project."""
        self.model.detach()
        self.project.changed.disconnect(self._on_project_changed)

    def _fill_filters(self) -> None:
        for combo, everything, records in (
            (self.tag_filter, "All tags", self.project.codes),
            (self.article_filter, "All articles", self.project.articles),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for record in records:
                label = record.name if isinstance(record, Code) else record.title
                combo.addItem(label if len(label) <= 48 else label[:47] + "…", record.id)
            found = combo.findData(current)
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)
        self._fill_annotator_filter()

    def _fill_annotator_filter(self) -> None:
        """All, each annotator, and "(no annotator)" when some work carries none."""
        combo = self.annotator_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All annotators", None)
        for annotator in self.project.annotators:
            name = annotator.name
            combo.addItem(name if len(name) <= 40 else name[:39] + "…", annotator.id)
        if any(not a.annotator for a in self.project.annotations):
            combo.addItem(NOBODY, AnnotationFilterModel.NO_ANNOTATOR)
        found = combo.findData(current)
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)
        if found < 0 and current is not None:  # its annotator is gone: show everything
            self.proxy.set_annotator(None)

    def _on_project_changed(self, change: Change) -> None:
        if isinstance(change.record, Code | Article):
            self._fill_filters()
        elif isinstance(change.record, Annotator):
            self._fill_annotator_filter()
        elif isinstance(change.record, Annotation) and not change.record.annotator:
            has_nobody = self.annotator_filter.findData(AnnotationFilterModel.NO_ANNOTATOR) >= 0
            if has_nobody != any(not a.annotator for a in self.project.annotations):
                self._fill_annotator_filter()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selection_changed.emit(current.data(ANNOTATION_ID_ROLE) if current.isValid() else "")

    def select_annotation(self, annotation_id: str) -> None:
        """Select the row of an annotation (if the filter shows it) without emitting a jump."""
        if not annotation_id or annotation_id not in self.project.annotations:
            self.table.clearSelection()
            return
        source = self.model.index(self.model.row_of(annotation_id), 0)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.table.blockSignals(True)
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
            self.table.selectionModel().blockSignals(False)
            self.table.blockSignals(False)
            self.table.scrollTo(index)
            self.table.viewport().update()

    def selected_annotation(self) -> str:
        """Id of the selected annotation, or ""."""
        index = self.table.currentIndex()
        return index.data(ANNOTATION_ID_ROLE) if index.isValid() else ""
