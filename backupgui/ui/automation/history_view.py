"""Past backup runs in a table: when, trigger, result, where it went, size, duration and the
reason."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...automation.history import History, HistoryEntry
from ..language import isolate, translate_message
from ..tasks import call_in_background
from ..widgets import style
from ..widgets.elide import elide, plain_tooltip
from ..widgets.fit import TrailingGapDelegate, header_title_width, table_min_width
from ..widgets.formatting import human_duration, human_size, human_when

_Index = QModelIndex | QPersistentModelIndex


class _HistoryTable(QTableView):
    """The runs: at its smallest still as wide as its sized columns and the *Details* title
    (an explicit minimum width cut "Details" to 34 pixels in Hindi, Spanish and Turkish)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        if self.model() is None:
            return hint
        details = header_title_width(self, HistoryModel.REASON) + \
            2 * self.horizontalHeader().fontMetrics().height()
        need = table_min_width(self, HistoryModel.REASON, details)
        return hint if need is None else hint.expandedTo(QSize(max(style.px(360), need), 0))


class HistoryModel(QAbstractTableModel):
    """Runs, newest first."""

    WHEN, TRIGGER, RESULT, DESTINATION, SIZE, DURATION, REASON = range(7)
    # A folder's name is cut to this many characters in its cell (its tooltip has the whole
    # path), so a deep or long name does not widen the window's smallest size.
    FOLDER_CHARS = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: e.time, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Started by"), self.tr("Result"), self.tr("Saved to"),
                self.tr("Size"), self.tr("Duration"), self.tr("Details"))[section]

    def _trigger(self, t: str) -> str:
        return {"manual": self.tr("You"), "scheduled": self.tr("Schedule"),
                "catch-up": self.tr("Catch-up")}.get(t, t)

    def _result(self, r: str) -> str:
        return {"ok": self.tr("Backed up"), "failed": self.tr("Failed"),
                "skipped": self.tr("Skipped"), "cancelled": self.tr("Cancelled")}.get(r, r)

    def _destination(self, d: str) -> tuple[str, str]:
        """A run's destination as (its cell, its tooltip); "—" for a line written before
        destinations were recorded."""
        kind, _, where = d.partition(":")
        if kind == "gdrive":
            return (self.tr("Google Drive"), self.tr("Google Drive: %1").replace("%1", where)
                    if where else self.tr("Google Drive"))
        if kind == "folder" and where:
            name = where.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1] or where
            return isolate(elide(name, self.FOLDER_CHARS)), where  # (its "…" at its end in RTL)
        return "—", ""

    def _reason(self, e: HistoryEntry) -> str:
        if e.result == "ok" and e.warnings:  # (all of them in the tooltip)
            return self.tr("%Ln warning(s): %1", "", len(e.warnings)).replace(
                "%1", translate_message(e.warnings[0]))
        if e.result == "ok" and e.uploaded:
            return self.tr("%1 uploaded").replace("%1", human_size(e.uploaded))
        if e.result == "cancelled":
            if e.uploaded:  # (what the run had sent when it was stopped)
                return (self.tr("Stopped by you after %1 was sent").replace(
                    "%1", human_size(e.uploaded)) if not e.reason else
                    self.tr("%1 (%2 sent before the stop)").replace(
                        "%1", translate_message(e.reason).rstrip(".")).replace(
                        "%2", human_size(e.uploaded)))
            if not e.reason:  # (Cancel on a manual run)
                return self.tr("Stopped by you")
        return translate_message(e.reason)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return human_when(e.time)
            if col == self.TRIGGER:
                return self._trigger(e.trigger)
            if col == self.RESULT:
                return self._result(e.result)
            if col == self.DESTINATION:
                return self._destination(e.destination)[0]
            if col == self.SIZE:
                return human_size(e.size) if e.result == "ok" else ""
            if col == self.DURATION:
                if e.duration_s <= 0:
                    return ""
                return human_duration(e.duration_s, precise=True)
            if col == self.REASON:
                return self._reason(e)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.REASON:
            if e.result == "ok" and e.warnings:
                return "<qt>" + "<br>".join(html.escape(translate_message(w), quote=False)
                                            for w in e.warnings) + "</qt>"
            return plain_tooltip(self._reason(e)) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DESTINATION:
            return plain_tooltip(self._destination(e.destination)[1]) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RESULT:
            return {"failed": style.danger(), "ok": style.success()}.get(e.result)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SIZE, self.DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HistoryDialog(QDialog):
    """A non-modal window listing past runs; reads the history in the background."""

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(self.tr("Backup history"))
        self.resize(style.px(820), style.px(420))
        lay = QVBoxLayout(self)
        self.note = QLabel(self.tr("Reading the history…"))
        lay.addWidget(self.note)
        self.model = HistoryModel(self)
        self.table = _HistoryTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Past backups"))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(HistoryModel.REASON, QHeaderView.ResizeMode.Stretch)
        for col in (HistoryModel.WHEN, HistoryModel.TRIGGER, HistoryModel.RESULT,
                    HistoryModel.DESTINATION, HistoryModel.SIZE, HistoryModel.DURATION):  # widths of the words shown
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Size and Duration sit at their trailing edge: a gap there, or "1 min 3 s" ran into
        # the Details (English and Arabic), as the chat list's numbers once did.
        self._gap_delegate = TrailingGapDelegate(self.table)
        for col in (HistoryModel.SIZE, HistoryModel.DURATION):
            self.table.setItemDelegateForColumn(col, self._gap_delegate)
        # At its smallest the window still shows a few runs with their time and result (it
        # could be made as small as one row, half of its first column).
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(hh.sizeHint().height() + 4 * rows)  # width: _HistoryTable
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = buttons.addButton(self.tr("&Refresh"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        call_in_background(self.history.load, on_done=self._loaded, on_error=self._failed,
                           name="history-view", owner=self, cancel_with_owner=True)

    def add(self, entry: HistoryEntry) -> None:
        """Show a run that just finished."""
        self.model.set_entries([*self.model.entries, entry])
        self._count()
        self.table.updateGeometry()

    def _loaded(self, entries: list[HistoryEntry]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_entries(entries)
        self._count()
        self.table.updateGeometry()  # its columns now fit these runs: its minimum width too

    def _count(self) -> None:
        n = len(self.model.entries)
        self.note.setText(self.tr("No backups have run yet.") if n == 0 else
                          self.tr("The last %Ln run(s), newest first.", "", n))

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.note.setText(self.tr("The history could not be read: %1").replace(
            "%1", translate_message(str(exc))))
