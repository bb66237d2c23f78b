"""The main window: the chat list with the backup selection, the backup card, and the menus
that lead to restore, settings, import and the chat viewer."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyleOptionHeader,
    QStyleOptionHeaderV2,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..device.keystore import KeystoreStatus
from ..errors import KEY_DIGITS
from ..library.model import ChatSummary
from .backup.controller import BackupController
from .backup.panel import BackupPanel, has_backup_here
from .chats.model import CHAT_ID_ROLE, ChatFilterProxy, ChatTableModel
from .context import AppContext
from .language import isolate, translate_message
from .tasks import call_in_background, run_in_background
from .widgets import style
from .widgets.accessibility import announce
from .widgets.elide import plain_message
from .widgets.errors import name_icon, show_error
from .widgets.fit import (
    QWIDGETSIZE_MAX,
    PanelScroll,
    TrailingGapDelegate,
    available_area,
    fit_on_screen,
    header_title_width,
    table_min_width,
)
from .widgets.formatting import human_size, number, numbers, short_date
from .widgets.icons import app_icon, icon, render

log = logging.getLogger(__name__)
IMPORT_SUFFIXES = (".zip", ".txt", ".json")


def load_chat_list(library_dir: Path) -> tuple[list[ChatSummary], dict]:
    """All chats of the library and, per chat, the media files a backup stores (background:
    a SQLite scan). Empty if there is no library."""
    from ..library.store import Library

    if not (library_dir / "library.db").exists():
        return [], {}
    lib = Library(library_dir, create=False)
    try:
        return lib.list_chats(), lib.media_files_by_chat()
    finally:
        lib.close()


_TrailingGapDelegate = TrailingGapDelegate  # (the backup history uses it too)


class _ChatHeader(QHeaderView):
    """The chat list's column titles, lined up with their cells: a number column's title
    keeps the cells' trailing gap (``_TrailingGapDelegate``) and every title a small margin
    on its leading side, so neighbouring titles do not run together ("MedienLetzte
    Aktivität"; in Arabic "الوسائط" touched "آخر نشاط"). The section itself (background,
    divider, sort arrow) still fills the whole section."""

    LEAD = 4  # design pixels

    def __init__(self, trailing: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.trailing = trailing

    def paintSection(self, painter, rect, logical: int) -> None:  # noqa: N802 - Qt API
        if not rect.isValid():
            return
        opt = QStyleOptionHeaderV2()
        self.initStyleOption(opt)
        self.initStyleOptionForIndex(opt, logical)
        opt.rect = rect
        qstyle = self.style()
        qstyle.drawControl(QStyle.ControlElement.CE_HeaderSection, opt, painter, self)
        label = QStyleOptionHeaderV2(opt)
        label.rect = qstyle.subElementRect(QStyle.SubElement.SE_HeaderLabel, opt, self)
        lead = style.px(self.LEAD)
        trail = style.px(_TrailingGapDelegate.GAP) if logical in self.trailing else 0
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            label.rect.adjust(trail, 0, -lead, 0)
        else:
            label.rect.adjust(lead, 0, -trail, 0)
        qstyle.drawControl(QStyle.ControlElement.CE_HeaderLabel, label, painter, self)
        if opt.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
            arrow = QStyleOptionHeaderV2(opt)
            arrow.rect = qstyle.subElementRect(QStyle.SubElement.SE_HeaderArrow, opt, self)
            qstyle.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, arrow,
                                 painter, self)


class _SearchField(QLineEdit):
    """The chat search: its placeholder names the shortcut ("Search chats (Ctrl+F)") where
    that fits, else only what it does; a narrow window cut "Chats durchsuchen (Strg+F)"."""

    def __init__(self, full: str, short: str) -> None:
        super().__init__()
        self._full, self._short = full, short
        self.setPlaceholderText(full)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for the short placeholder at least: a narrow German window showed
        "Chats durch…"."""
        hint = super().minimumSizeHint()
        need = self.fontMetrics().horizontalAdvance(self._short) + self.textMargins().left() + \
            self.textMargins().right() + 4 + sum(hint.height() - 2 for a in self.actions() if a.isVisible())
        m = self.contentsMargins()
        return hint.expandedTo(QSize(need + m.left() + m.right() + 8, 0))

    def resizeEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(e)
        room = self.contentsRect().width() - self.textMargins().left() - \
            self.textMargins().right() - 4
        room -= sum(self.height() - 2 for a in self.actions() if a.isVisible())
        fits = self.fontMetrics().horizontalAdvance(self._full) <= room
        self.setPlaceholderText(self._full if fits else self._short)


class ChatTable(QTableView):
    """The chat list: Space ticks or unticks the current row's chat, whichever cell has the
    keyboard focus (Qt toggles a check box only from its own column)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The fixed columns and room for the name column's title and a few letters of a name:
        with its hint wrapped, a German window at its minimum squeezed "Chat" to 20 pixels."""
        hint = super().minimumSizeHint()
        if self.model() is None:
            return hint
        fm = self.horizontalHeader().fontMetrics()
        name = max(header_title_width(self, ChatTableModel.NAME) + style.px(_ChatHeader.LEAD)
                   + 2 * fm.height() + 12, self.fontMetrics().horizontalAdvance("M") * 8)
        need = table_min_width(self, ChatTableModel.NAME, name)
        return hint if need is None else hint.expandedTo(QSize(need, 0))

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt API
        idx = self.currentIndex()
        if e.key() == Qt.Key.Key_Space and idx.isValid() and not e.modifiers():
            first = idx.siblingAtColumn(ChatTableModel.NAME)
            state = first.data(Qt.ItemDataRole.CheckStateRole)
            checked = state in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            self.model().setData(first, Qt.CheckState.Unchecked if checked else
                                 Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
            return
        super().keyPressEvent(e)


def fit_columns(table: QTableView, model: ChatTableModel) -> None:
    """Widths of the fixed columns from their header and widest expected content, measured in
    the current font and language (no fixed pixel widths to cut off longer words)."""
    from datetime import datetime

    header = table.horizontalHeader()
    head_fm, cell_fm = header.fontMetrics(), table.fontMetrics()
    year_ago = int(datetime.now().timestamp() * 1000) - 400 * 86_400_000
    samples = {
        ChatTableModel.KIND: [model.kind_name("group"), model.kind_name("direct")],
        ChatTableModel.MESSAGES: [number(999_999)],
        ChatTableModel.MEDIA: [human_size(999_900_000), "—"],
        ChatTableModel.LAST: [short_date(year_ago)],
    }
    for col, texts in samples.items():
        title = str(model.headerData(col, Qt.Orientation.Horizontal))
        gap = style.px(_TrailingGapDelegate.GAP) if col in (ChatTableModel.MESSAGES,
                                                            ChatTableModel.MEDIA) else 0
        width = max(head_fm.horizontalAdvance(title) + head_fm.height() * 2 + 12
                    + style.px(_ChatHeader.LEAD) + gap,
                    max(cell_fm.horizontalAdvance(t) for t in texts) + 24 + gap)
        header.resizeSection(col, width)


def make_sample_library(library_dir: Path) -> None:
    """Create the demo chats (background)."""
    from ..library.demo import create_demo_library

    create_demo_library(library_dir, chats=12, seed=1, media_mb=24)


class MainWindow(QMainWindow):
    """The app's one main window."""

    # A 1366x768 screen's window; wider when the layout needs it (event()).
    _MIN_WIDTH = 880

    # The person chose Quit (and, if a job ran, it has stopped): the app should exit now.
    appQuit = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.keystore_status: KeystoreStatus | None = None
        self.quitting = False  # set once Quit is confirmed: closing no longer hides to the tray
        self._quit_pending = False  # stopping jobs before quitting
        self.auto = None  # the AutoBackup (scheduler and tray), when installed
        self.close_box: QMessageBox | None = None
        self.about_box: QMessageBox | None = None
        self._loading = False
        self._viewers: list[QWidget] = []
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.setWindowTitle(self.tr("backupgui — Chat backup"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        # A width only: the height follows the layout's minimum, which grows with the backup
        # card's wrapped lines (its progress rows, a long folder path). A fixed 640 let the
        # card's rows overlap in German during a backup.
        self.setMinimumWidth(self._MIN_WIDTH)  # and what the layout needs (event())

        self.model = ChatTableModel(self)
        self.proxy = ChatFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.selectionChanged.connect(self._selection_changed)
        self.controller = BackupController(ctx, self.selection, self)
        self.controller.started.connect(lambda: self._running_changed(True))
        self.controller.progressed.connect(lambda p: self.panel.progress.show_progress(p))
        self.controller.finished.connect(self._backup_finished)
        self.controller.busyChanged.connect(self._busy_changed)
        self.controller.stateChanged.connect(self.refresh_state)
        self.controller.retiredRequested.connect(self.open_retired)

        self.stack = QStackedWidget()
        self.loading_page = self._build_loading()
        self.empty_page = self._build_empty()
        self.chats_page = self._build_chats()
        for page in (self.loading_page, self.empty_page, self.chats_page):
            self.stack.addWidget(page)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(18, 14, 18, 12)
        outer.setSpacing(12)
        self.banner = self._build_banner()
        outer.addWidget(self.banner)
        self.settings_note = self._build_settings_note(ctx.settings_reset)
        outer.addWidget(self.settings_note)
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._arrange()  # (before the first size: on a narrow screen the card goes below)
        style.initial_size(self, 1140, 720)
        self.statusBar().showMessage(self.tr("Library: %1").replace("%1",
                                                                  isolate(str(ctx.library_dir))))

        ctx.notifier.changed.connect(self.refresh_state)
        self.refresh_state()
        self.reload_chats()
        call_in_background(ctx.keystore.status, name="keyring-status",
                           on_done=self._keystore_checked, on_error=lambda _e: None,
                           owner=self, cancel_with_owner=True)
        self._warm_up()

    # --- building -----------------------------------------------------------------------------
    def _build_loading(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lab = style.label(self.tr("Reading your chats…"), "muted")
        lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(lab)
        return w

    def _build_empty(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addStretch(2)
        pic = QLabel()
        pic.setPixmap(render("backupgui", 96))
        pic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pic.setAccessibleName(self.tr("backupgui logo"))
        title = style.label(self.tr("Your chats, safely backed up"), "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = style.label(self.tr(
            "There are no chats on this computer yet. Import a chat export from WhatsApp or "
            "Telegram, restore them from a backup, or look around with sample chats."),
            "muted", wrap=True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(style.px(540))
        self.import_button = QPushButton(icon("import", "#ffffff"), self.tr("&Import chats…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.open_import)
        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore from a backup…"))
        self.restore_button.clicked.connect(self.open_restore)
        self.sample_button = QPushButton(icon("sparkle"), self.tr("Try with &sample chats"))
        self.sample_button.clicked.connect(self.create_samples)
        row = QHBoxLayout()
        row.addStretch(1)
        for b in (self.import_button, self.restore_button, self.sample_button):
            b.setMinimumHeight(style.px(36))
            row.addWidget(b)
        row.addStretch(1)
        lay.addWidget(pic)
        lay.addSpacing(8)
        lay.addWidget(title)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(text)
        text_row.addStretch(1)
        lay.addLayout(text_row)
        lay.addSpacing(12)
        lay.addLayout(row)
        self.import_note = style.label("", "muted")
        self.import_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.import_note)
        lay.addStretch(3)
        return w

    def _build_chats(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(8)
        head = QHBoxLayout()
        head.addWidget(style.label(self.tr("Chats"), "title"))
        self.count_label = style.label("", "muted")
        head.addWidget(self.count_label)
        head.addStretch(1)
        left.addLayout(head)

        tools = QHBoxLayout()
        self.search = _SearchField(self.tr("Search chats (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Find).toString(
                QKeySequence.SequenceFormat.NativeText)), self.tr("Search chats"))
        self.search.setClearButtonEnabled(True)
        lens = self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for button in self.search.findChildren(QToolButton):
            if button.defaultAction() is lens:
                button.setAccessibleName(self.tr("Search chats"))  # the magnifier icon
            else:
                button.setAccessibleName(self.tr("Clear the search"))
        self.search.setAccessibleName(self.tr("Search chats"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.select_all = QPushButton(self.tr("Select &all"))
        self.select_none = QPushButton(self.tr("Select &none"))
        self.select_all.clicked.connect(lambda: self._check_visible(True))
        self.select_none.clicked.connect(lambda: self._check_visible(False))
        self.videos = QCheckBox(self.tr("Include vi&deos"))
        self.videos.setChecked(self.ctx.settings.include_videos)
        self.videos.setAccessibleName(self.tr("Include videos in the backup"))
        self.videos.toggled.connect(self._videos_toggled)
        self.model.set_include_videos(self.videos.isChecked())
        tools.addWidget(self.search, 1)
        tools.addWidget(self.select_all)
        tools.addWidget(self.select_none)
        tools.addSpacing(8)
        tools.addWidget(self.videos)
        left.addLayout(tools)

        self.table = ChatTable()
        self.table.setModel(self.proxy)
        self.table.setHorizontalHeader(_ChatHeader((ChatTableModel.MESSAGES,
                                                    ChatTableModel.MEDIA), self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ChatTableModel.LAST, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setIconSize(self.table.iconSize().expandedTo(self.table.iconSize()))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(ChatTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (ChatTableModel.KIND, ChatTableModel.MESSAGES, ChatTableModel.MEDIA,
                    ChatTableModel.LAST):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self._gap_delegate = _TrailingGapDelegate(self.table)
        for col in (ChatTableModel.MESSAGES, ChatTableModel.MEDIA):
            self.table.setItemDelegateForColumn(col, self._gap_delegate)
        fit_columns(self.table, self.model)
        hh.setHighlightSections(False)
        self.table.setAccessibleName(self.tr("Chats"))
        self.table.setAccessibleDescription(self.tr(
            "Ticked chats are backed up. Space ticks or unticks the current chat; Enter opens it."))
        self.table.activated.connect(self._open_index)  # Enter, or a double click
        left.addWidget(self.table, 1)
        hint = style.label(self.tr("Tick the chats to back up. Double-click a chat to read it."),
                           "muted", wrap=True)  # German ran under the backup card at 880 px
        left.addWidget(hint)
        lay.addLayout(left, 1)
        self.chats_layout, self.chats_list = lay, left
        self.stacked = False  # the card below the list (a narrow screen: ``_arrange``)

        self.panel = BackupPanel()
        self.panel.backupRequested.connect(self.controller.start)
        self.panel.encryptionRequested.connect(self.controller.change_encryption)
        self.panel.turnOffRequested.connect(self.controller.turn_off_encryption)
        self.panel.settingsRequested.connect(self.open_settings)
        self.panel.retiredRequested.connect(self.open_retired)
        self.panel.progress.cancelRequested.connect(self.cancel_backup)
        # Escape stops a running backup (manual or scheduled) as the card's Cancel does: only
        # while that button is there to press, so Escape elsewhere stays harmless.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self._escape)
        self.panel.progress.pauseToggled.connect(self.controller.set_paused)
        # The card scrolls when the window is too short for it (575-664 px at 150 % on a
        # 1366x768 laptop, 512 px of screen); the chat list keeps its own scrolling.
        self.panel_scroll = PanelScroll(self.panel)
        lay.addWidget(self.panel_scroll)
        # Below the list (``set_stacked``) the card's action row moves here, outside its
        # scroll area, so Back up, or a running backup's progress, Pause and Cancel, stay in
        # sight on a short screen (as Deja Dup and Vorta keep their main button in view).
        self.card_footer = QFrame()
        self.card_footer.setObjectName("card")
        foot = QVBoxLayout(self.card_footer)
        foot.setContentsMargins(20, 12, 20, 12)
        foot.setSpacing(8)
        self.card_footer.hide()
        lay.addWidget(self.card_footer)
        return w

    def side_by_side_width(self) -> int:
        """The window's smallest width with the backup card beside the chat list: the list's
        columns whole, the card at its smallest, the margins between and around them."""
        outer = self.centralWidget().layout().contentsMargins()
        # (the card's scroll bar counted whether shown or not: the choice must not depend on
        # the arrangement it makes, where the card scrolls more or less)
        card = (self.panel.minimumSizeHint().width()
                + self.panel_scroll.verticalScrollBar().sizeHint().width())
        need = (outer.left() + outer.right() + self.chats_list.minimumSize().width()
                + 16 + card)
        return max(self._MIN_WIDTH, need)

    def _arrange(self) -> None:
        """The card beside the chat list, or below it where the screen is narrower than the
        two side by side need: in German, Spanish, Indonesian, Portuguese and Russian at
        150 % on a 1366x768 laptop (911 px of screen) that was 912-985 px, and the card's
        right edge was off the screen. Below the list the card spans the window's width, so its wrapped
        lines take fewer rows of the short screen. Offscreen (no user's screen) and on a
        wide screen the card stays beside the list."""
        area = available_area(self)
        if area is None:  # (offscreen: left as it is, beside unless set_stacked said)
            return
        frame = self.frameGeometry().width() - self.width() if self.isVisible() else 0
        # (the window manager's borders: a guess until the window is framed)
        stacked = self.side_by_side_width() + (frame if frame > 0 else style.px(4)) \
            > area.width()
        self.set_stacked(stacked)

    def set_stacked(self, stacked: bool) -> None:
        """Put the card below the chat list (True) or beside it (False)."""
        if stacked == self.stacked:
            return
        self.stacked = stacked
        box = self.chats_layout
        box.setDirection(QBoxLayout.Direction.TopToBottom if stacked
                         else QBoxLayout.Direction.LeftToRight)
        # Below the list the card takes the window's width (beside it, 420 design px at most)
        self.panel.setMaximumWidth(QWIDGETSIZE_MAX if stacked else style.px(420))
        self.panel_scroll.setMaximumWidth(
            QWIDGETSIZE_MAX if stacked
            else style.px(420) + self.panel_scroll.verticalScrollBar().sizeHint().width())
        # a short screen's height shared between the list and the card (each scrolls)
        box.setStretch(0, 1)
        box.setStretch(1, 1 if stacked else 0)
        box.setStretch(2, 0)
        self.panel.move_actions(self.card_footer.layout() if stacked else None)
        self.card_footer.setVisible(stacked)
        # (the footer's height comes out of the short screen: during a backup its progress
        # rows made the window 515 px high of 482 in German; fewer of the card's rows are
        # kept in view, the card scrolls above its footer)
        self.panel_scroll.min_height = style.px(72 if stacked else 120)
        self.panel_scroll.updateGeometry()
        box.setSpacing(style.px(12) if stacked else 16)
        box.invalidate()
        if self.isVisible():  # a window forced wider by the side-by-side minimum narrows
            QTimer.singleShot(0, self, lambda: fit_on_screen(self))

    def _build_banner(self) -> QFrame:
        box = QFrame()
        box.setObjectName("banner")
        lay = QHBoxLayout(box)
        lay.setContentsMargins(14, 8, 10, 8)
        pic = QLabel()
        pic.setPixmap(render("key", 20, style.WARNING))
        pic.setAccessibleName(self.tr("Reminder"))
        self.banner_text = QLabel(self.tr(
            "<b>Do you still remember your backup password?</b> Check it now, so you can restore "
            "your chats on a new computer."))
        self.banner_text.setWordWrap(True)
        check = QPushButton(self.tr("Chec&k now"))
        check.clicked.connect(self.controller.check_password)
        later = QPushButton(self.tr("Later"))
        later.setFlat(True)
        later.clicked.connect(self._snooze)
        lay.addWidget(pic)
        lay.addWidget(self.banner_text, 1)
        lay.addWidget(check)
        lay.addWidget(later)
        box.hide()
        return box

    def _build_settings_note(self, reset: tuple[str, ...]) -> QFrame:
        """A note, shown once, that the settings file held values that were not valid and
        were reset (a hand edit, another program, a sync): not a dialog, nothing is lost."""
        box = QFrame()
        box.setObjectName("banner")  # (the notices' look)
        lay = QHBoxLayout(box)
        lay.setContentsMargins(14, 8, 10, 8)
        pic = QLabel()
        pic.setPixmap(render("warning", 20, style.WARNING))
        pic.setAccessibleName(self.tr("Warning"))
        text = (self.tr("A setting in backupgui.ini was not valid and was reset to its "
                        "default: %1") if len(reset) == 1 else
                self.tr("Some settings in backupgui.ini were not valid and were reset to their "
                        "defaults: %1"))
        # The names are those of the file's keys, as the user would look for them in it.
        self.settings_note_text = QLabel(text.replace("%1", isolate(", ".join(reset))))
        self.settings_note_text.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_note_text.setWordWrap(True)
        ok = QPushButton(self.tr("OK, got it"))
        ok.setFlat(True)
        ok.clicked.connect(box.hide)
        lay.addWidget(pic)
        lay.addWidget(self.settings_note_text, 1)
        lay.addWidget(ok)
        box.setVisible(bool(reset))
        return box

    def _build_actions(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        self.import_action = self._action(file_menu, self.tr("&Import chats…"), self.open_import,
                                          "Ctrl+I", "import")
        self.restore_action = self._action(file_menu, self.tr("&Restore from backup…"),
                                           self.open_restore, "Ctrl+R", "restore")
        file_menu.addSeparator()
        # Qt has a Preferences key only on macOS (and KDE); elsewhere it is empty, so Ctrl+,
        # (what the Keyboard table in docs/GUI.md promises) is set here.
        prefs = QKeySequence.StandardKey.Preferences
        self._action(file_menu, self.tr("&Settings…"), self.open_settings,
                     prefs if QKeySequence.keyBindings(prefs) else "Ctrl+,", "settings")
        file_menu.addSeparator()
        # Quit works from any window of the app (Ctrl+Q quits the application on Linux
        # desktops), also when none of them is active: without a window manager nothing gives
        # the main window the focus back after a dialog closes, and a window shortcut then
        # never fires. Where Qt has no Quit key (Windows, the offscreen platform) it is Ctrl+Q,
        # as the Keyboard table in docs/GUI.md says.
        quit_key = QKeySequence.StandardKey.Quit
        self.quit_action = self._action(file_menu, self.tr("&Quit"), self.quit_app,
                                        quit_key if QKeySequence.keyBindings(quit_key) else "Ctrl+Q")
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        backup_menu = mb.addMenu(self.tr("&Backup"))
        self.backup_action = self._action(backup_menu, self.tr("&Back up now"),
                                          self.controller.start, "Ctrl+B", "upload")
        self.cancel_action = self._action(backup_menu, self.tr("&Cancel backup"),
                                          self.cancel_backup, None)
        self.cancel_action.setEnabled(False)
        backup_menu.addSeparator()
        self.encryption_action = self._action(backup_menu, self.tr("End-to-end &encryption…"),
                                              self.controller.change_encryption, None, "lock")
        self.check_action = self._action(backup_menu, self.tr("Check my &password…"),
                                         self.controller.check_password, None, "key")
        self.turn_off_action = self._action(backup_menu, self.tr("&Turn off encryption…"),
                                            self.controller.turn_off_encryption, None)

        view_menu = mb.addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Find chat"), self._focus_search,
                     QKeySequence.StandardKey.Find, "search")
        self._action(view_menu, self.tr("&Open chat"), self.open_current_chat, "Ctrl+O", "chat")
        self._action(view_menu, self.tr("&Reload chat list"), self.reload_chats,
                     QKeySequence.StandardKey.Refresh)

        help_menu = mb.addMenu(self.tr("&Help"))
        from .widgets.errors import open_log

        self._action(help_menu, self.tr("Show &log"), open_log, None)
        self._action(help_menu, self.tr("&About backupgui"), self._about, None)

    def _action(self, menu, text: str, slot, shortcut, icon_name: str = "") -> QAction:
        act = QAction(text, self)
        if icon_name:
            act.setIcon(icon(icon_name))
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                # The menu draws the shortcut in the menu's direction, so in Arabic the
                # trailing comma of "Ctrl+," went to the left: ",+Ctrl". A menu shows what
                # follows a tab in the action's text as its shortcut: the same native text,
                # isolated so it keeps its own (left-to-right) order.
                native = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                act.setText(text + "\t" + isolate(native))
        act.triggered.connect(lambda _checked=False: slot())
        menu.addAction(act)
        return act

    def _warm_up(self) -> None:
        # Pay one-time costs while the app is idle after start, not when a backup begins: the
        # job modules' imports (C extensions hold the GIL while they load) and the common-
        # password list off the GUI thread, and the first layout and glyphs of the progress view.
        from .tasks import preload_job_modules

        self.warmed_up = False

        def done(_r: object) -> None:
            # Objects made at start-up live as long as the app: moving them out of the
            # collector's reach keeps a worker's full collections (which hold the GIL) short.
            gc.collect()
            gc.freeze()
            self.warmed_up = True

        call_in_background(preload_job_modules, name="warm-up", on_done=done,
                           on_error=lambda _e: done(None), owner=self, cancel_with_owner=True)
        self.panel.progress.grab()

    # --- chats --------------------------------------------------------------------------------
    def reload_chats(self) -> None:
        """List the library in the background; show the empty state if there is nothing."""
        if self._loading:
            return
        self._loading = True
        if not self.model.rowCount():
            self.stack.setCurrentWidget(self.loading_page)
        call_in_background(load_chat_list, self.ctx.library_dir, name="list-chats",
                           on_done=self._chats_loaded, on_error=self._chats_failed,
                           owner=self, cancel_with_owner=True)

    def _chats_loaded(self, loaded: tuple[list[ChatSummary], dict]) -> None:
        self._loading = False
        chats, media = loaded
        self.model.set_chats(chats, self.ctx.settings.excluded_chats, media)
        self.count_label.setText(self.tr("%Ln chat(s)", "", len(chats)))
        self.stack.setCurrentWidget(self.chats_page if chats else self.empty_page)
        self._update_actions()

    def _chats_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.stack.setCurrentWidget(self.empty_page)
        show_error(self, exc, self.tr("Cannot read your chats"))

    def selection(self) -> tuple[list[str], bool]:
        """(ticked chat ids, include videos): what the next backup covers."""
        return self.model.checked_ids(), self.videos.isChecked()

    def _check_visible(self, on: bool) -> None:
        ids = self.proxy.visible_ids()
        self.model.set_checked(ids, on)

    def _selection_changed(self) -> None:
        if not hasattr(self, "panel"):
            # The videos box set from the settings while the window is built (videos off):
            # the panel, made later, shows the selection once the chats are read.
            return
        chats, messages, size = self.model.selection_totals()
        self.panel.show_selection(chats, messages, size, self.videos.isChecked())
        excluded = self.model.excluded_ids()
        if self.model.rowCount() and excluded != self.ctx.settings.excluded_chats:
            self.ctx.settings.excluded_chats = excluded
            self._save_soon()
        self._update_actions()

    def _videos_toggled(self, on: bool) -> None:
        self.model.set_include_videos(on)
        self.ctx.settings.include_videos = on
        self._save_soon()

    def _save_soon(self) -> None:
        if not hasattr(self, "_save_timer"):
            self._save_timer = QTimer(self)
            self._save_timer.setSingleShot(True)
            self._save_timer.setInterval(400)
            self._save_timer.timeout.connect(lambda: self.ctx.save())
        self._save_timer.start()

    def create_samples(self) -> None:
        self.sample_button.setEnabled(False)
        self.sample_button.setText(self.tr("Creating sample chats…"))

        def done(_r: object) -> None:
            self.sample_button.setEnabled(True)
            self.sample_button.setText(self.tr("Try with &sample chats"))
            self.reload_chats()

        def failed(exc: BaseException) -> None:
            done(None)
            show_error(self, exc, self.tr("Cannot create sample chats"))

        call_in_background(make_sample_library, self.ctx.library_dir, name="samples",
                           on_done=done, on_error=failed, owner=self)

    def _focus_search(self) -> None:
        if self.stack.currentWidget() is self.chats_page:
            self.search.setFocus()
            self.search.selectAll()

    def _open_index(self, index: QModelIndex) -> None:
        chat_id = index.siblingAtColumn(0).data(CHAT_ID_ROLE)
        if chat_id:
            self.open_chat(chat_id)

    def open_current_chat(self) -> None:
        idx = self.table.currentIndex()
        if idx.isValid():
            self._open_index(idx)

    def open_chat(self, chat_id: str):
        """Open the chat viewer on a chat; returns the viewer window."""
        from .chats.viewer import ChatViewer

        viewer = ChatViewer(self.ctx.library_dir, chat_id)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._viewers.append(viewer)
        viewer.destroyed.connect(lambda _o=None, v=viewer: self._viewers.remove(v)
                                 if v in self._viewers else None)
        viewer.show()
        return viewer

    # --- state --------------------------------------------------------------------------------
    def _keystore_checked(self, status: KeystoreStatus) -> None:
        self.keystore_status = status
        self.refresh_state()

    def refresh_state(self) -> None:
        s = self.ctx.settings
        self.panel.show_settings(s, self.keystore_status)
        self.refresh_retired()
        self.banner_text.setText(numbers(self.tr(
            "<b>Do you still remember your %1-digit key?</b> Check it now, so you can restore "
            "your chats on a new computer."), KEY_DIGITS) if s.key_mode == "key" else self.tr(
            "<b>Do you still remember your backup password?</b> Check it now, so you can "
            "restore your chats on a new computer."))
        self.banner.setVisible(s.reminder_due() and not self.controller.busy)
        self._update_actions()

    def _update_actions(self) -> None:
        busy = self.controller.busy
        on = self.ctx.settings.encryption_on
        has_chats = self.model.rowCount() > 0
        self.backup_action.setEnabled(not busy and has_chats)
        self.panel.backup_button.setEnabled(not busy and bool(self.model.checked_ids()))
        self.cancel_action.setEnabled(self.controller.running)
        self.check_action.setEnabled(on and not busy)
        self.turn_off_action.setEnabled(on and not busy)
        self.encryption_action.setEnabled(not busy)
        self.restore_action.setEnabled(not busy)

    def _busy_changed(self, busy: bool) -> None:
        # A backup that stopped to ask for the password or key (the key is not on this
        # computer, the first backup to a new destination) ends without "finished": put the
        # Back up button back, or a cancelled question left "Connecting" with dead buttons.
        scheduler = getattr(self.auto, "scheduler", None)
        if not busy and not self.controller.running and not (
                scheduler is not None and scheduler.running):
            self.panel.set_running(False)
        self._update_actions()

    def _running_changed(self, running: bool) -> None:
        self.panel.set_running(running)
        mode = self.controller.new_mode
        if running and mode and not self.ctx.settings.encryption_on:
            # The first backup encrypts with what was just chosen: not "Off" while it runs.
            self.panel.show_turning_on(mode)
        self.banner.hide()
        self._update_actions()

    def _backup_finished(self, kind: str, _payload: object) -> None:
        self.panel.set_running(False)
        self.refresh_state()
        if kind == "ok":
            r = _payload.result  # type: ignore[union-attr]
            self._status(self.tr("Backup finished: %1, %2.", "%1: chats, %2: messages")
                         .replace("%1", self.tr("%Ln chat(s)", "", r.chats))
                         .replace("%2", self.tr("%Ln message(s)", "", r.messages)))
            if r.warnings:
                self._show_backup_warnings(list(r.warnings))
        elif kind == "cancelled":
            self._status(self.tr("Backup cancelled. The previous backup is unchanged.")
                         if has_backup_here(self.ctx.settings) else
                         self.tr("Backup cancelled. There is no complete backup here yet."))

    def refresh_retired(self) -> None:
        """Show or hide the card's line about a retired set's key still at its vault (the
        library's list, read in the background; a read already under way is enough)."""
        if getattr(self, "_retired_check", None) is not None:
            self._retired_again = True
            return
        from .backup.retired import retired_hosts

        def done(hosts: list[str]) -> None:
            self.panel.show_retired(hosts)

        def ended() -> None:
            self._retired_check = None
            if getattr(self, "_retired_again", False):
                self._retired_again = False
                self.refresh_retired()

        def failed(exc: BaseException) -> None:  # a library not there or not readable yet
            log.info("the list of retired key vault records was not read: %s",
                     type(exc).__name__)

        library = self.ctx.library_dir
        self._retired_check = run_in_background(
            lambda _p, _c: retired_hosts(library), name="retired-records", on_done=done,
            on_error=failed, on_finished=ended, owner=self, cancel_with_owner=True)

    def open_retired(self) -> None:
        """*Delete the old key…*: the old password deletes the retired set's vault record."""
        from .backup.retired import open_retired_dialog

        if getattr(self, "retired_dialog", None) is not None:
            self.retired_dialog.raise_()
            return
        hosts = self.panel.retired_hosts or [self.ctx.settings.vault_url]

        def closed() -> None:
            self.refresh_retired()

        dlg = open_retired_dialog(self.ctx, hosts, self, closed)
        self.retired_dialog = dlg
        dlg.destroyed.connect(lambda *_: setattr(self, "retired_dialog", None))

    def _show_backup_warnings(self, warnings: list[str]) -> None:
        """The backup is saved, but something was left out or could not be done (a media file
        missing from the library, old backups not removed): say so, not only "finished"."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup finished with warnings"),
                          self.tr("The backup is saved, with %Ln warning(s):", "", len(warnings)),
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(plain_message("\n".join(translate_message(w) for w in warnings[:5])))
        if len(warnings) > 5:
            box.setDetailedText("\n".join(translate_message(w) for w in warnings))
        box.setObjectName("backup-warnings")
        from .backup.retired import add_delete_button

        add_delete_button(box, warnings, self.open_retired)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name_icon(box)
        box.open()  # not modal to the app's work: the next backup may start meanwhile

    def _status(self, text: str) -> None:
        """A result in the status bar, also said by a screen reader."""
        self.statusBar().showMessage(text, 15000)
        announce(self, text)

    def cancel_backup(self) -> None:
        if self.controller.running:
            self.panel.progress.cancelling(first=not has_backup_here(self.ctx.settings))
            self.controller.cancel()

    def _escape(self) -> None:
        cancel = self.panel.progress.cancel_button
        if cancel.isVisibleTo(self) and cancel.isEnabled():
            cancel.click()

    def _snooze(self) -> None:
        self.controller.snooze_reminder()
        self.banner.hide()

    # --- other windows ------------------------------------------------------------------------
    def open_settings(self) -> QDialog:
        """Settings, window-modal; returned so a caller can act on Save (``accepted``)."""
        from .settings.dialog import SettingsDialog

        dlg = SettingsDialog(self.ctx, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dlg
        dlg.open()
        return dlg

    def open_restore(self) -> None:
        from .restore.wizard import RestoreWizard

        wiz = RestoreWizard(self.ctx, self)
        wiz.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wiz.restored.connect(lambda _r: self.reload_chats())
        self.restore_wizard = wiz
        wiz.open()
        return wiz

    def open_import(self, paths: list[str] | None = None) -> None:
        """The import dialog (another module); a 'coming soon' note until it exists."""
        try:
            from .chats import import_dialog
        except ImportError:
            self.import_note.setText(self.tr("Importing chat exports is coming soon."))
            self.statusBar().showMessage(self.tr("Importing chat exports is coming soon."), 8000)
            return
        cls = getattr(import_dialog, "ImportDialog", None)
        if cls is None:
            return
        try:
            dlg = cls(self.ctx.library_dir, paths or [], self)
        except TypeError:
            dlg = cls(self.ctx.library_dir, self)
        if hasattr(dlg, "imported"):
            dlg.imported.connect(lambda *_a: self.reload_chats())
        dlg.finished.connect(lambda _r: self.reload_chats())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()

    def _about(self) -> None:
        """Help → About: modal to the window without a nested event loop (QMessageBox.about
        runs one), so the box is a screen like the others (tests/ui/screens.py)."""
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About backupgui"), self.tr(
            "<h3>backupgui %1</h3><p>End-to-end encrypted backups of your chats to Google Drive "
            "or a folder.</p><p>Your password and key never leave this computer.</p>")
            .replace("%1", isolate(__version__)),  # a release's name: Latin digits everywhere
            QMessageBox.StandardButton.Ok, self)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setObjectName("about")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name_icon(box)
        self.about_box = box
        box.open()

    # --- events -------------------------------------------------------------------------------
    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        urls = e.mimeData().urls() if e.mimeData().hasUrls() else []
        if urls and all(u.toLocalFile().lower().endswith(IMPORT_SUFFIXES) for u in urls):
            e.acceptProposedAction()
        else:
            e.ignore()

    def dropEvent(self, e: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in e.mimeData().urls()]
        e.acceptProposedAction()
        self.open_import(paths)

    # --- quitting ------------------------------------------------------------------------------
    def running_job(self) -> str:
        """"backup" or "restore" while one runs (here or scheduled), else "" (also asked by
        the end on a signal, ``termination``)."""
        scheduler = getattr(self.auto, "scheduler", None)
        if self.controller.running or (scheduler is not None and scheduler.running):
            return "backup"
        wiz = getattr(self, "restore_wizard", None)
        try:
            if wiz is not None and wiz.isVisible() and wiz.progress_page.task is not None:
                return "restore"
        except RuntimeError:  # the wizard was deleted
            pass
        return ""

    def stop_jobs(self) -> None:
        """Stop the running backup (here or scheduled) and restore, as their Stop buttons do;
        each removes its lock as it ends (Quit's "Stop and quit", the end on a signal)."""
        if self.controller.running:
            self.cancel_backup()
        scheduler = getattr(self.auto, "scheduler", None)
        if scheduler is not None and scheduler.running:
            scheduler.cancel()
        wiz = getattr(self, "restore_wizard", None)
        try:
            if wiz is not None and wiz.progress_page.task is not None:
                wiz.progress_page.cancel()
        except RuntimeError:
            pass

    def quit_app(self) -> None:
        """File → Quit, Ctrl+Q and the tray's Quit: leave the app, even with automatic backups
        on. While a backup or restore runs, ask first; stopping it then quits once it stopped
        (or at once, if it finished while the question was open)."""
        if self.quitting or self._quit_pending:
            return
        # The encryption dialog on a page with a new key or recovery code: its own question
        # first (the key the user just wrote down would be dropped), then quit after "Leave".
        dialog = self.controller.dialog
        if dialog is not None and dialog.isVisible():
            self.show()
            dialog.raise_()
            if dialog.ask_leave(then=self.quit_app):
                return
        job = self.running_job()
        if not job:
            self._quit_now()
            return
        if self.close_box is not None:
            self.close_box.raise_()
            return
        self.show()
        self.ask_quit(job)

    def ask_quit(self, job: str) -> QMessageBox:
        """The question before quitting while a ``job`` ("backup" or "restore") runs."""
        if job == "backup":
            title, text = self.tr("A backup is running"), self.tr("Stop the backup and quit?")
            info = self.tr(
                "The backup stops safely and your previous backup stays as it was. The parts "
                "already uploaded stay at the destination, so the next backup does not send "
                "them again.") if has_backup_here(self.ctx.settings) else self.tr(
                "The backup stops safely. This destination has no complete backup yet; the "
                "parts already uploaded stay there, so the next backup does not send them "
                "again.")
            stop_text, keep_text = self.tr("&Stop backup and quit"), self.tr("&Keep backing up")
        else:
            title, text = self.tr("A restore is running"), self.tr("Stop the restore and quit?")
            info = self.tr("The restore stops safely; nothing is changed on this computer.")
            stop_text, keep_text = self.tr("&Stop restore and quit"), self.tr("&Keep restoring")
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(info)
        stop = box.addButton(stop_text, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
        # Enter keeps the job (Qt made the first button, Stop, the default: Enter after
        # Ctrl+Q stopped a backup); stopping takes its own access key or a click.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        name_icon(box)
        self.close_box = box

        def answered() -> None:
            self.close_box = None
            if box.clickedButton() is stop:
                self._quit_pending = True
                self.stop_jobs()
                self._quit_when_idle()

        box.finished.connect(lambda _r: answered())
        box.open()
        return box

    def _quit_when_idle(self) -> None:
        """Quit as soon as no job runs any more (it may have ended already)."""
        if self.running_job():
            QTimer.singleShot(100, self._quit_when_idle)
            return
        self._quit_now()

    def _quit_now(self) -> None:
        self._quit_pending = False
        self.quitting = True
        self.ctx.save()
        self.ctx.flush()
        for v in list(self._viewers):
            v.close()
        self.close()
        self.appQuit.emit()

    def _focus_changed(self, before: QWidget | None, now: QWidget | None) -> None:
        """When a window of the app that had the keyboard closes (a dialog, a message box, the
        viewer) and no other window takes it, this window takes it back. A window manager
        does that; without one (a bare X server, a kiosk) no window of the app was active any
        more, and Qt fires no shortcut then, not even Ctrl+Q, until the window was clicked."""
        if now is None and before is not None and before.window() is not self:
            closing = before.window()
            QTimer.singleShot(0, self, lambda: self._take_focus_back(closing))

    def _take_focus_back(self, closing: QWidget) -> None:
        if shiboken6.isValid(closing) and closing.isVisible():
            return  # another program took the keyboard: leave it there
        if (QApplication.activeWindow() is None and self.isVisible() and not self.isMinimized()
                and not self.quitting):
            self.activateWindow()

    def event(self, e: QEvent) -> bool:
        """An explicit minimum width overrides the layout's: German at 880 px cut off the
        chat list's hint and search field. The minimum follows the layout (its language, its
        text size) and is never under ``_MIN_WIDTH``."""
        done = super().event(e)
        if e.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show,
                        QEvent.Type.ScreenChangeInternal):
            self._arrange()
        if e.type() == QEvent.Type.LayoutRequest:
            self._follow_layout_minimum()
        return done

    def _follow_layout_minimum(self) -> None:
        if self.layout() is not None:
            need = max(self._MIN_WIDTH, self.layout().totalMinimumSize().width())
            if need != self.minimumWidth():
                self.setMinimumWidth(need)

    def closeEvent(self, e: QCloseEvent) -> None:
        """Closing the window (when it does not go to the tray) is quitting."""
        if self.quitting:
            e.accept()
            return
        if self.running_job():
            e.ignore()
            self.quit_app()
            return
        self.quitting = True
        self.ctx.save()
        self.ctx.flush()
        for v in list(self._viewers):
            v.close()
        e.accept()
        self.appQuit.emit()
