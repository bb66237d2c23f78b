"""The chat list: a table model with check boxes and a sort/filter proxy."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from ...library.model import ChatSummary
from ..language import isolate
from ..widgets.elide import elide, plain_tooltip, shorten_words
from ..widgets.formatting import human_size, number, short_date
from ..widgets.icons import icon

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHAT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ChatTableModel(QAbstractTableModel):
    """Rows are ``ChatSummary``; column 0 carries the check box of the backup selection."""

    NAME, KIND, MESSAGES, MEDIA, LAST = range(5)
    selectionChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._chats: list[ChatSummary] = []
        self._row_of: dict[str, int] = {}
        self._checked: set[str] = set()
        self._include_videos = True
        self._media: dict[str, dict[str, tuple[int, bool]]] | None = None
        self._backup_sizes: dict[str, int] = {}
        self._icons: dict[str, QIcon] = {}

    # --- data -----------------------------------------------------------------------------
    def set_chats(self, chats: list[ChatSummary], excluded: Iterable[str] = (),
                  media: dict[str, dict[str, tuple[int, bool]]] | None = None) -> None:
        """Replace the rows; every chat is ticked except those in ``excluded``. ``media``:
        ``Library.media_files_by_chat()``, the files a backup stores (a photo sent twice is
        one file); without it the chats' attachment sums are shown."""
        self.beginResetModel()
        self._media, self._backup_sizes = media, {}
        self._chats = list(chats)  # the library lists most recent activity first
        self._row_of = {c.id: i for i, c in enumerate(self._chats)}
        skip = set(excluded)
        self._checked = {c.id for c in self._chats if c.id not in skip}
        self.endResetModel()
        self.selectionChanged.emit()

    def chats(self) -> list[ChatSummary]:
        return list(self._chats)

    def chat_at(self, row: int) -> ChatSummary:
        return self._chats[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python in one go (a proxy sort would call ``data()`` ~15 times per row)."""
        if not 0 <= column < 5:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [c.id for c in self._chats]
        keys = {
            self.NAME: lambda c: c.name.casefold(),
            self.KIND: lambda c: (c.kind, c.name.casefold()),
            self.MESSAGES: lambda c: c.message_count,
            self.MEDIA: lambda c: self.backup_size(c),
            self.LAST: lambda c: c.last_ms or 0,
        }
        self._chats.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = {c.id: i for i, c in enumerate(self._chats)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(self._row_of[old_ids[i.row()]], i.column()) for i in old])
        self.layoutChanged.emit()

    def set_include_videos(self, on: bool) -> None:
        if on != self._include_videos:
            self._include_videos = on
            self._backup_sizes.clear()
            if self._chats:
                self.dataChanged.emit(self.index(0, self.MEDIA),
                                      self.index(len(self._chats) - 1, self.MEDIA))
            self.selectionChanged.emit()

    def _files(self, chat_ids: Iterable[str]) -> dict[str, int]:
        """The distinct media files (SHA-256 → size) a backup of these chats stores."""
        assert self._media is not None
        files: dict[str, int] = {}
        for cid in chat_ids:
            for sha, (size, video) in self._media.get(cid, {}).items():
                if self._include_videos or not video:
                    files[sha] = max(size, files.get(sha, 0))
        return files

    def backup_size(self, chat: ChatSummary) -> int:
        """Media bytes this chat adds to a backup (without videos if they are left out)."""
        if self._media is None:
            return chat.media_bytes - (0 if self._include_videos else chat.video_bytes)
        size = self._backup_sizes.get(chat.id)
        if size is None:  # painting and sorting ask often: sum each chat once
            size = self._backup_sizes[chat.id] = sum(self._files((chat.id,)).values())
        return size

    def media_files(self, chat: ChatSummary) -> int:
        """How many media files a backup of this chat stores (videos counted)."""
        if self._media is None:
            return chat.media_count
        return len(self._media.get(chat.id, {}))

    # --- selection ------------------------------------------------------------------------
    def checked_ids(self) -> list[str]:
        return [c.id for c in self._chats if c.id in self._checked]

    def excluded_ids(self) -> list[str]:
        return [c.id for c in self._chats if c.id not in self._checked]

    def set_checked(self, ids: Iterable[str], on: bool) -> None:
        ids = [i for i in ids if i in self._row_of]
        if not ids:
            return
        if on:
            self._checked.update(ids)
        else:
            self._checked.difference_update(ids)
        rows = [self._row_of[i] for i in ids]
        self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0),
                              [Qt.ItemDataRole.CheckStateRole])
        self.selectionChanged.emit()

    def set_all_checked(self, on: bool) -> None:
        self.set_checked([c.id for c in self._chats], on)

    def selection_totals(self) -> tuple[int, int, int]:
        """(chats, messages, media bytes) of the ticked chats."""
        sel = [c for c in self._chats if c.id in self._checked]
        media = (sum(self.backup_size(c) for c in sel) if self._media is None else
                 sum(self._files(c.id for c in sel).values()))  # a file in two chats: once
        return len(sel), sum(c.message_count for c in sel), media

    # --- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._chats)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Chat"), self.tr("Type"), self.tr("Messages"), self.tr("Media"),
                    self.tr("Last activity"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section in (self.MESSAGES, self.MEDIA) \
                else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def kind_name(self, kind: str) -> str:
        return self.tr("Group") if kind == "group" else self.tr("1:1")

    def _kind_icon(self, kind: str) -> QIcon:
        name = "group" if kind == "group" else "person"
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._chats[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return c.name
            if col == self.KIND:
                return self.kind_name(c.kind)
            if col == self.MESSAGES:
                return number(c.message_count)
            if col == self.MEDIA:
                size = self.backup_size(c)
                return human_size(size) if size else "—"
            if col == self.LAST:
                return short_date(c.last_ms)
        elif role == SORT_ROLE:
            return (c.name.casefold(), c.kind, c.message_count, self.backup_size(c),
                    c.last_ms or 0)[col]
        elif role == Qt.ItemDataRole.CheckStateRole and col == self.NAME:
            return Qt.CheckState.Checked if c.id in self._checked else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return self._kind_icon(c.kind)
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (self.MESSAGES, self.MEDIA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return plain_tooltip(self.tr("%1 — %2, %3", "chat name — messages, media files").replace(
                "%2", self.tr("%Ln message(s)", "", c.message_count)).replace(
                "%3", self.tr("%Ln media file(s)", "", self.media_files(c))).replace(
                "%1", isolate(shorten_words(elide(c.name, 200)))))
        elif role == Qt.ItemDataRole.AccessibleTextRole and col == self.NAME:
            return (self.tr("%1, included in the backup") if c.id in self._checked else
                    self.tr("%1, not included in the backup")).replace("%1", isolate(elide(c.name, 200)))
        elif role == Qt.ItemDataRole.AccessibleDescriptionRole and col == self.NAME:
            return self.tr("%1, %2, last activity %3", "type of chat, messages, date").replace(
                "%2", self.tr("%Ln message(s)", "", c.message_count)).replace(
                "%3", short_date(c.last_ms)).replace(
                "%1", self.kind_name(c.kind))
        elif role == CHAT_ID_ROLE:
            return c.id
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.NAME:
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self.set_checked([self._chats[index.row()].id], on)
            return True
        return False


class ChatFilterProxy(QSortFilterProxyModel):
    """Case-insensitive search on the chat name. Sorting is delegated to the source model, which
    sorts 10,000 chats in milliseconds; the proxy keeps the source order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(ChatTableModel.NAME)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def visible_ids(self) -> list[str]:
        return [self.index(r, 0).data(CHAT_ID_ROLE) for r in range(self.rowCount())]
