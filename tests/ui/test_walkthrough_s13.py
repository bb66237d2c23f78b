"""What the s11/s12 walkthroughs left (docs/GUI.md, "Walkthrough log", s13), each failing
before its fix, walked through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from .helpers import make_ctx, open_window
from .test_walkthrough_s12_left import _ink


@pytest.mark.parametrize("lang", ["ar", "de", "ru"])
def test_the_chat_list_titles_keep_apart_and_line_up_with_their_cells(
        lang, qtbot, demo_library, isolated, qapp):
    """The header's "Media" and "Last activity" ran together ("MedienLetzte Aktivität"; in
    Arabic "الوسائط" touched "آخر نشاط"): a number column's title sat at the very edge of
    its section, without the gap its cells keep. Measured on the drawn pixels."""
    from backupgui.ui import language
    from backupgui.ui.chats.model import ChatTableModel
    from backupgui.ui.widgets import style

    language.install_language(lang, qapp)
    try:
        w = open_window(qtbot, make_ctx(demo_library, isolated))
        t = w.table
        qtbot.waitUntil(lambda: t.model().rowCount() > 0, timeout=10_000)
        header = t.horizontalHeader()
        head = header.grab().toImage()
        cells = t.viewport().grab().toImage()

        def title(col: int) -> tuple[int, int]:
            r = t.visualRect(t.model().index(0, col))
            ink = _ink(head, QRect(r.left(), 0, r.width(), header.height()))
            assert ink is not None, col
            return ink

        rtl = lang == "ar"
        media, last = title(ChatTableModel.MEDIA), title(ChatTableModel.LAST)
        gap = media[0] - last[1] if rtl else last[0] - media[1]
        assert gap >= style.px(10), (lang, media, last)
        # A number column's title ends where its numbers end (their trailing edge).
        for col in (ChatTableModel.MESSAGES, ChatTableModel.MEDIA):
            ends = [_ink(cells, t.visualRect(t.model().index(row, col)))
                    for row in range(t.model().rowCount())]
            edge = min(e[0] for e in ends if e) if rtl else max(e[1] for e in ends if e)
            head_edge = title(col)[0] if rtl else title(col)[1]
            assert abs(head_edge - edge) <= style.px(3), (lang, col, head_edge, edge)
        w.close()
    finally:
        language.install_language("en", qapp)


@pytest.mark.parametrize("how", ["settings", "error-box"])
def test_ctrl_q_quits_after_a_dialog_was_closed(how, qtbot, tmp_path, isolated):
    """Under Xvfb without a window manager, Ctrl+Q did nothing after Settings (or an error
    message) had been opened and closed: the closed dialog had been the active window, nothing
    made the main window active again, and Qt fires no shortcut while no window of the app is
    active. (Offscreen, Qt's Quit key had no binding at all.) The keys go where a window
    system without a window manager sends them: to the main window."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from backupgui.errors import DestinationError
    from backupgui.ui.widgets import errors

    w = open_window(qtbot, make_ctx(tmp_path / "lib", isolated))
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    quits = []
    w.appQuit.connect(lambda: quits.append(1))
    if how == "settings":
        w.open_settings()
        dlg = w.settings_dialog
    else:
        errors.show_error(w, DestinationError("The backup folder disappeared."))
        dlg = errors.last_box
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)  # closed (and deleted)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    QTest.keyClick(w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [1] and w.quitting


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_the_backup_card_rows_do_not_overlap_at_the_smallest_window(
        lang, qtbot, demo_library, isolated, qapp):
    """At the main window's minimum size, during a backup, in German the card's folder path
    ran into "Ende-zu-Ende-Verschlüsselung" and the key's note into "Ziel ändern…": the window's
    fixed minimum height (640) was less than the card needs with its progress rows, and a
    squeezed layout places a widget that keeps its minimum height over the next one."""
    import time

    from PySide6.QtWidgets import QLabel, QPushButton

    from backupgui.jobs import Progress
    from backupgui.ui import language

    from .screens import settle

    language.install_language(lang, qapp)
    try:
        ctx = make_ctx(demo_library, isolated)
        ctx.settings.folder_path = "/tmp/pytest-of-someone/pytest-401/a_long_folder_name_0/Backups"
        w = open_window(qtbot, ctx)
        w.panel.show_settings(ctx.settings, w.keystore_status)
        w.panel.set_running(True)
        p = w.panel.progress
        p.rate.add(0, time.monotonic() - 4)
        p.rate.add(412_000_000, time.monotonic())
        p.show_progress(Progress("Encrypting and uploading", 412_000_000, 1_260_000_000,
                                 "IMG-20240612-WA0031.jpg"))
        settle(qtbot)
        w.resize(w.minimumSizeHint().expandedTo(w.minimumSize()))
        settle(qtbot, 60)
        shown = [x for kind in (QLabel, QPushButton) for x in w.panel.findChildren(kind)
                 if x.isVisible() and x.text() and x.height() > 0]
        rects = [(x, QRect(x.mapTo(w, x.rect().topLeft()), x.size())) for x in shown]
        overlaps = [(a.text()[:30], b.text()[:30]) for i, (a, ra) in enumerate(rects)
                    for b, rb in rects[i + 1:] if ra.intersects(rb)
                    and not (a.isAncestorOf(b) or b.isAncestorOf(a))]
        assert overlaps == [], overlaps
        w.panel.set_running(False)
        w.close()
    finally:
        language.install_language("en", qapp)


@pytest.mark.parametrize("lang", ["en", "de", "ar"])
def test_the_backup_history_shows_its_runs_at_its_smallest_size(lang, qtbot, tmp_path, qapp):
    """The history window could be made as small as one half-visible row: made as small as
    it lets one, it still shows three runs, each with its time and result."""

    from backupgui.ui import language

    language.install_language(lang, qapp)
    try:
        _history_at_smallest(qtbot, tmp_path)
    finally:
        language.install_language("en", qapp)


def _history_at_smallest(qtbot, tmp_path) -> None:
    from datetime import UTC, datetime, timedelta

    from backupgui.automation.history import History, HistoryEntry
    from backupgui.ui.automation.history_view import HistoryDialog, HistoryModel

    history = History(tmp_path / "history.jsonl")
    now = datetime.now(UTC)
    for i in range(3):
        history.append(HistoryEntry(now - timedelta(hours=i), "manual", "ok", size=1_000_000))
    dlg = HistoryDialog(history)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 3, timeout=10_000)
    dlg.resize(dlg.minimumSizeHint().expandedTo(dlg.minimumSize()))
    qtbot.wait(50)
    t = dlg.table
    for row in range(3):
        for col in (HistoryModel.WHEN, HistoryModel.RESULT):
            cell = t.visualRect(t.model().index(row, col))
            assert t.viewport().rect().contains(cell), (row, col, cell, t.viewport().rect())


def test_the_encryption_dialog_writes_its_numbers_in_the_languages_digits(qtbot, demo_library,
                                                                          isolated, qapp):
    """Arabic showed "المجموعة 15", "مرقّمة من 1 إلى 16", "8 أحرف" and a key grid numbered 1…16
    in Latin digits beside "٦:٢٧ م" on the main window: the numbers were written with ``str``
    or into the text. They go through QLocale now (the key's own hex digits stay Latin)."""
    from PySide6.QtWidgets import QLabel

    from backupgui.ui import language
    from backupgui.ui.backup.encryption import SETUP, EncryptionDialog

    language.install_language("ar", qapp)
    try:
        ctx = make_ctx(demo_library, isolated)
        d = EncryptionDialog(ctx, SETUP)
        qtbot.addWidget(d)
        d.show()
        assert "٨" in d.choose_password.description()
        d.choose_key.click()
        numbers = [d.key_grid._grid.itemAtPosition(r, 2 * c).widget().text()
                   for r in range(4) for c in range(4)]
        assert numbers[0] == "١" and numbers[-1] == "١٦", numbers
        d.next_button.click()
        texts = [w.text() for w in d.page_confirm.findChildren(QLabel) if w.isVisible()]
        texts += [f.accessibleName() for f in d.confirm_fields]
        latin = [t for t in texts if any("0" <= ch <= "9" for ch in t)]
        assert latin == [], latin
        assert any("١٦" in t for t in texts), texts
        assert all(any("٠" <= ch <= "٩" for ch in lab.text()) for lab in d.confirm_labels)
        d.reject()
    finally:
        language.install_language("en", qapp)


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_main_window_at_the_smallest_size_a_person_can_make_it_cuts_nothing_off(
        lang, qtbot, demo_library, isolated, qapp):
    """The window's explicit minimum width (880) overrode what its layout needs: in German at
    880 pixels the chat list's hint ran under the backup card ("… um ihn zu l") and the search
    field showed "Chats durch…"; the card's own explicit minimum did the same to its Spanish
    title once the list was given its room. ``resize(1, 1)`` is what a person dragging the
    corner gets: Qt clamps it to the minimum (the screens walk used the size hint, wider)."""
    from backupgui.ui import language

    from .checks import overflows
    from .screens import settle

    language.install_language(lang, qapp)
    try:
        w = open_window(qtbot, make_ctx(demo_library, isolated))
        qtbot.waitUntil(lambda: w.table.model().rowCount() > 0, timeout=10_000)
        w.resize(1, 1)
        settle(qtbot, 60)
        assert w.width() < 1000, w.width()  # still a small window, not one grown to fit
        assert overflows(w) == []
        w.close()
    finally:
        language.install_language("en", qapp)


@pytest.mark.parametrize("lang", ["hi", "es", "tr"])
def test_the_backup_history_at_the_size_a_person_can_drag_it_to_keeps_its_titles(
        lang, qtbot, tmp_path, qapp):
    """The table's explicit minimum width (360) overrode its columns: dragged to its smallest
    (382 pixels), "Details" was cut to 34 pixels in Hindi, Spanish and Turkish."""
    from datetime import UTC, datetime, timedelta

    from backupgui.automation.history import History, HistoryEntry
    from backupgui.ui import language
    from backupgui.ui.automation.history_view import HistoryDialog

    from .checks import overflows

    language.install_language(lang, qapp)
    try:
        history = History(tmp_path / "history.jsonl")
        now = datetime.now(UTC)
        history.append(HistoryEntry(now - timedelta(days=1), "scheduled", "ok", size=16_200_000,
                                    uploaded=1_400_000, duration_s=95.0))
        history.append(HistoryEntry(now, "manual", "failed", duration_s=3.0,
                                    reason="The password is not correct for this backup."))
        dlg = HistoryDialog(history)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitUntil(lambda: dlg.model.rowCount() == 2, timeout=10_000)
        qtbot.wait(30)
        dlg.resize(1, 1)
        qtbot.wait(60)
        assert overflows(dlg) == []
    finally:
        language.install_language("en", qapp)
