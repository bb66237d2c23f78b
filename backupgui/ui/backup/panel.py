"""The backup card, like WhatsApp's "Chat backup" screen: last backup, destination and
account, encryption, the key on this computer, the selection, and the Back up button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...device.keystore import KeystoreStatus
from ...device.settings import FOLDER, AppSettings, parse_time
from ...errors import KEY_DIGITS
from ..language import isolate, translate_message
from ..settings.destinations import DestinationSpec
from ..widgets import style
from ..widgets.fit import keep_min_height_for_width
from ..widgets.formatting import breakable_path, human_size, human_when, numbers
from ..widgets.icons import icon, render
from .progress import ProgressPanel

translate = QCoreApplication.translate


def key_mode_name(mode: str) -> str:
    """How a backup's key is protected, in words (the name WhatsApp's screens use)."""
    return {"password": translate("BackupPanel", "Password"),
            "key": numbers(translate("BackupPanel", "%1-digit key"), KEY_DIGITS),
            "vault": translate("BackupPanel", "Password with key vault")}.get(mode, mode)


def _link(text: str) -> QPushButton:
    b = QPushButton(text)
    b.setFlat(True)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    b.setStyleSheet("QPushButton { color: palette(link); padding: 1px 3px; text-align: left;"
                    " border: 1px solid transparent; }"
                    "QPushButton:hover { text-decoration: underline; }"
                    "QPushButton:focus { border: 1px solid palette(link); border-radius: 3px; }")
    return b


def _last_backup_is_here(s: AppSettings) -> bool:
    """Whether the recorded last backup went to the destination chosen now (older settings
    did not record where it went)."""
    here = DestinationSpec.from_settings(s).identity()
    return not s.last_backup_destination or s.last_backup_destination == here


def has_backup_here(s: AppSettings) -> bool:
    """Whether a backup from this computer finished at the destination chosen now."""
    return parse_time(s.last_backup_time) is not None and _last_backup_is_here(s)


class BackupPanel(QFrame):
    """Shows the backup state; its buttons emit signals handled by the window."""

    backupRequested = Signal()
    encryptionRequested = Signal()
    turnOffRequested = Signal()
    retiredRequested = Signal()  # Delete the old key… (a retired set's key at its vault)
    settingsRequested = Signal()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """330 design pixels, or what its title and buttons need (an explicit minimum width
        overrode them: "Copia de seguridad de chats" was cut off in a window at its minimum)."""
        return super().minimumSizeHint().expandedTo(QSize(style.px(330), 0))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMaximumWidth(style.px(420))  # its minimum: minimumSizeHint()
        # Its minimum height is what its wrapped lines need (the window's follows): at the
        # window's smallest size, rows squeezed below that ran into each other (German,
        # during a backup, a long folder path).
        keep_min_height_for_width(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 18)
        lay.setSpacing(12)

        head = QGridLayout()
        head.setHorizontalSpacing(10)
        pic = style.decorative(QLabel())
        pic.setPixmap(render("upload", 28, style.accent()))
        head.addWidget(pic, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        head.addWidget(style.label(self.tr("Chat backup"), "title"), 0, 1)
        self.intro = style.label(self.tr(
            "Back up your chats and media. Everything is end-to-end encrypted on this computer "
            "before it is stored."), "muted", wrap=True)
        head.addWidget(self.intro, 1, 1)
        head.setColumnStretch(1, 1)
        lay.addLayout(head)
        lay.addWidget(self._rule())

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self._rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, (key, icon_name, title) in enumerate([
            ("last", "restore", self.tr("Last backup")),
            ("dest", "folder", self.tr("Destination")),
            ("e2ee", "lock", self.tr("End-to-end encryption")),
            ("device", "key", self.tr("Key on this computer")),
        ]):
            pic = style.decorative(QLabel())
            pic.setPixmap(render(icon_name, 18, style.muted_color()))
            t = style.label(title, "muted")
            v = style.leading(QLabel(""))  # paths and accounts are often Latin in any language
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(pic, 2 * row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(t, 2 * row, 1)
            grid.addWidget(v, 2 * row + 1, 1)
            grid.setRowMinimumHeight(2 * row + 1, 22)
            self._rows[key] = (pic, t, v)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)

        # A retired set's key still at its key vault (docs/VAULT.md 1.4): shown while the
        # library lists one, with the action that deletes it.
        self.retired_line = style.label("", wrap=True)
        self.retired_link = _link(self.tr("Delete the old key…"))
        self.retired_link.clicked.connect(self.retiredRequested)
        self.retired_hosts: list[str] = []
        for w in (self.retired_line, self.retired_link):
            w.hide()
            lay.addWidget(w)

        links = QGridLayout()
        self.encryption_link = _link(self.tr("Turn on encryption…"))
        self.encryption_link.clicked.connect(self.encryptionRequested)
        self.turn_off_link = _link(self.tr("Turn off…"))
        self.turn_off_link.clicked.connect(self.turnOffRequested)
        self.settings_link = _link(self.tr("Change destination…"))
        self.settings_link.clicked.connect(self.settingsRequested)
        links.addWidget(self.settings_link, 0, 0)
        links.addWidget(self.encryption_link, 1, 0)
        links.addWidget(self.turn_off_link, 1, 1)
        links.setColumnStretch(2, 1)
        lay.addLayout(links)
        lay.addWidget(self._rule())

        self.selection = QLabel("")
        self.selection.setWordWrap(True)
        self.selection.setAccessibleDescription(self.tr("Selected for backup"))
        lay.addWidget(self.selection)
        self.backup_button = QPushButton(icon("upload", "#ffffff"), self.tr("Back &up"))
        self.backup_button.setObjectName("primary")
        self.backup_button.setMinimumHeight(style.px(38))
        self.backup_button.setToolTip(self.tr("Back up the selected chats now (%1)").replace(
            "%1", QKeySequence("Ctrl+B").toString(QKeySequence.SequenceFormat.NativeText)))
        self.backup_button.clicked.connect(self.backupRequested)
        lay.addWidget(self.backup_button)
        self.result = style.label("", "muted", wrap=True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # a failure's message names chats
        lay.addWidget(self.result)
        self.progress = ProgressPanel()
        self.progress.hide()
        lay.addWidget(self.progress)
        lay.addStretch(1)

    def move_actions(self, footer: QLayout | None) -> None:
        """Put the action row (Back up, or a running backup's progress with Pause and
        Cancel) into ``footer``, a box outside the card's scroll area that stays in sight
        on a short screen, or back into the card (None) below the selection and result."""
        lay = self.layout()
        if footer is None:
            lay.insertWidget(lay.indexOf(self.selection) + 1, self.backup_button)
            lay.insertWidget(lay.indexOf(self.result) + 1, self.progress)
        else:
            footer.addWidget(self.backup_button)
            footer.addWidget(self.progress)

    def _rule(self) -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: palette(mid);")
        return line

    def _set(self, key: str, text: str, tooltip: str = "") -> None:
        v = self._rows[key][2]
        v.setText(text)
        v.setToolTip(tooltip)
        v.setAccessibleName(self.tr("%1: %2", "label: value").replace("%2", text)
                            .replace("%1", self._rows[key][1].text()))
        self._fit_values()

    def _fit_values(self) -> None:
        """Give each wrapped value the height its lines need at the current width (the
        window's layouts do not pass height-for-width down, so a second line was cut off)."""
        for _pic, _title, v in self._rows.values():
            if v.width() > 20:
                v.setMinimumHeight(max(0, v.heightForWidth(v.width())))

    def resizeEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(e)
        self._fit_values()

    # --- state --------------------------------------------------------------------------------
    def show_settings(self, s: AppSettings, keystore: KeystoreStatus | None) -> None:
        when = parse_time(s.last_backup_time)
        same_place = _last_backup_is_here(s)
        if when is not None and not same_place:
            self._set("last", self.tr("None yet to this destination"))
        elif when is None:
            self._set("last", self.tr("Never"))
        else:
            # The chats' data, not the (compressed) size at the destination the restore
            # wizard lists as "Stored size".
            self._set("last", self.tr("%1 · %2 of chats", "when; the size of the chats' data")
                      .replace("%1", human_when(when))
                      .replace("%2", human_size(s.last_backup_bytes)))
        pic = self._rows["dest"][0]
        if s.destination == FOLDER:
            pic.setPixmap(render("folder", 18, style.muted_color()))
            path = s.folder_path or self.tr("Not chosen yet")
            metrics = self._rows["dest"][2].fontMetrics()
            shown = metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, style.px(3 * 260))
            self._set("dest", breakable_path(shown), path)
        else:
            pic.setPixmap(render("cloud", 18, style.muted_color()))
            account = s.gdrive_account or self.tr("not signed in")
            where = self.tr("Google Drive emulator") if s.gdrive_emulator_url else self.tr("Google Drive")
            self._set("dest", self.tr("%1 · %2").replace("%1", where).replace("%2", account))
        if s.encryption_on:
            self._set("e2ee", self.tr("On · %1").replace("%1", key_mode_name(s.key_mode)))
            self.encryption_link.setText(self.tr("Change encryption…"))
            self.turn_off_link.show()
        elif (s.stopped_first_mode and s.stopped_first_destination
              == DestinationSpec.from_settings(s).identity()):
            # (the stopped first backup's set is there: the next backup asks for its key)
            self._set("e2ee", self.tr("Not on yet · %1 · the first backup stopped before it "
                                      "finished, so the next backup will ask for it again").replace(
                "%1", key_mode_name(s.stopped_first_mode)))
            self.encryption_link.setText(self.tr("Turn on encryption…"))
            self.turn_off_link.hide()
        else:
            self._set("e2ee", self.tr("Off — you will choose a password or key at the first backup"))
            self.encryption_link.setText(self.tr("Turn on encryption…"))
            self.turn_off_link.hide()
        if keystore is None:
            self._set("device", self.tr("Checking the keyring…"))
        elif not keystore.available:
            self._set("device", self.tr("No keyring on this computer: you will be asked for your "
                                        "password or key at each backup."), keystore.reason)
        elif s.encryption_on:
            self._set("device", self.tr("Kept in the system keyring, so backups run without "
                                        "asking."), keystore.backend)
        else:
            self._set("device", self.tr("Will be kept in the system keyring"), keystore.backend)
        self.result.setText({
            "failed": self.tr("The last backup did not finish. %1").replace(
                "%1", translate_message(s.last_backup_message)),
            "cancelled": self.tr("The last backup was cancelled; the previous one is unchanged.")
            if has_backup_here(s) else
            # (nothing "previous" here: the first backup to this destination was cancelled)
            self.tr("The backup was cancelled, so this destination has no complete backup yet. "
                    "What was already uploaded is kept; the next backup goes on from there."),
        }.get(s.last_backup_result, ""))
        self.result.setVisible(bool(self.result.text()))

    def show_retired(self, hosts: list[str]) -> None:
        """The vault hosts that still keep a retired set's key (none: the line goes)."""
        self.retired_hosts = list(hosts)
        self.retired_line.setText(self.tr(
            "The old key of a retired backup is still kept by the key vault at %1.").replace(
            "%1", isolate(", ".join(hosts))) if hosts else "")
        for w in (self.retired_line, self.retired_link):
            w.setVisible(bool(hosts))

    def show_turning_on(self, mode: str) -> None:
        """While the first backup runs with the password or key just chosen."""
        self._set("e2ee", self.tr("Turning on with this backup · %1").replace(
            "%1", key_mode_name(mode)))

    def show_selection(self, chats: int, messages: int, media_bytes: int, include_videos: bool) -> None:
        if chats == 0:
            self.selection.setText(self.tr("No chats selected"))
            return
        text = self.tr("<b>%1</b> · %2 · %3 of media", "chats · messages · size") if \
            include_videos else self.tr("<b>%1</b> · %2 · %3 of media (without videos)",
                                        "chats · messages · size")
        self.selection.setText(text.replace("%1", self.tr("%Ln chat(s)", "", chats))
                               .replace("%2", self.tr("%Ln message(s)", "", messages))
                               .replace("%3", human_size(media_bytes)))

    def set_running(self, running: bool) -> None:
        self.backup_button.setVisible(not running)
        self.progress.setVisible(running)
        for w in (self.encryption_link, self.turn_off_link, self.settings_link,
                  self.retired_link):
            w.setEnabled(not running)
        if running:
            self.result.hide()
            self.progress.start(self.tr("Backing up…"))
