"""Accessibility: every control has a name, the chat list and the viewer expose their rows and
messages, contrast meets WCAG 2.1 AA in light and dark, the keyboard focus is visible and moves
in a sensible order, and the main flows work with the keyboard alone (key events only: no
mouse click, no direct call of a slot).

The real screen-reader path (AT-SPI over D-Bus) is tests/ui/test_atspi.py.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QWidget

from backupgui.crypto.keys import format_key
from backupgui.destinations.folder import FolderDestination
from backupgui.device.keystore import KeyStore
from backupgui.engine import list_backups
from backupgui.library.demo import add_demo_messages
from backupgui.library.store import Library
from backupgui.ui.backup import jobs as backup_jobs
from backupgui.ui.widgets import style

from .checks import contrast, unnamed
from .conftest import MemoryKeyring
from .helpers import make_ctx, open_window, watch_backups
from .screens import PASSWORD, iter_screens, make_env, themed

AA_TEXT, AA_GRAPHICS = 4.5, 3.0


# --- names --------------------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["en", "ar", "hi"])
def test_every_control_and_meaningful_image_has_a_name(code, qtbot, qapp, tmp_path,
                                                        demo_template):
    problems = []
    with themed(qapp, code):
        env = make_env(tmp_path, demo_template)
        for name, window in iter_screens(qtbot, env):
            problems += [f"{name}: {p}" for p in unnamed(window)]
    assert problems == [], "\n".join(problems)


def test_chat_list_rows_say_name_state_and_details(qtbot, demo_library, isolated):
    w = open_window(qtbot, make_ctx(demo_library, isolated))
    table = QAccessible.queryAccessibleInterface(w.table)
    assert table.role() == QAccessible.Role.Table
    assert table.text(QAccessible.Text.Name) == "Chats"
    assert "Space" in table.text(QAccessible.Text.Description)
    def cell_of(name: str):
        children = [table.child(i) for i in range(table.childCount())]
        return next(c for c in children if c is not None and
                    c.role() == QAccessible.Role.Cell and name in c.text(QAccessible.Text.Name))

    chat = w.model.chat_at(0)
    cell = cell_of(chat.name)
    assert cell.text(QAccessible.Text.Name).endswith("included in the backup")
    details = cell.text(QAccessible.Text.Description)
    assert "message" in details and "last activity" in details
    w.model.set_checked([chat.id], False)
    assert cell_of(chat.name).text(QAccessible.Text.Name).endswith("not included in the backup")


def test_viewer_messages_say_sender_time_and_text(qtbot, demo_library, isolated):
    w = open_window(qtbot, make_ctx(demo_library, isolated))
    chat = next(c for c in w.model.chats() if c.kind == "group")
    viewer = w.open_chat(chat.id)
    qtbot.waitUntil(lambda: viewer.model.rowCount() > 0, timeout=15_000)
    model = viewer.model
    row = next(r for r, m in enumerate(model.messages) if m.text and m.sender
               and not model.is_me(m))
    m = model.messages[row]
    iface = QAccessible.queryAccessibleInterface(viewer.view)
    assert iface.text(QAccessible.Text.Name) == "Messages"
    assert chat.name in iface.text(QAccessible.Text.Description)
    spoken = model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.sender_name(m) in spoken and m.text in spoken
    from backupgui.ui.widgets.formatting import format_time

    assert format_time(m.ts_ms) in spoken
    # and through the accessibility tree, as a screen reader gets it
    texts = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]
    assert spoken in texts
    media = next((r for r, x in enumerate(model.messages) if x.media), None)
    if media is not None:
        assert model.media_label(model.messages[media].media[0]) in \
            model.index(media).data(Qt.ItemDataRole.AccessibleTextRole)
    viewer.close()


# --- contrast -----------------------------------------------------------------------------------
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_contrast_meets_wcag_aa(dark):
    c = {k: QColor(v) for k, v in style.theme_colors(dark).items()}
    from .checks import blend

    mine_fill = blend(style.own_bubble_color(dark), c["window"])  # your chat bubbles
    text_pairs = [
        ("text on window", c["text"], c["window"]), ("text on base", c["text"], c["base"]),
        ("text on alternate rows", c["text"], c["alt"]), ("text on buttons", c["text"], c["button"]),
        ("text on cards", c["text"], c["card"]), ("text on notices", c["text"], c["banner"]),
        ("muted text on window", c["placeholder"], c["window"]),
        ("muted text / placeholder on base", c["placeholder"], c["base"]),
        ("muted text on alternate rows", c["placeholder"], c["alt"]),
        ("muted text on cards", c["placeholder"], c["card"]),
        ("links on window", c["accent"], c["window"]), ("links on cards", c["accent"], c["card"]),
        ("selected text", c["highlighted_text"], c["accent"]),
        ("primary button", c["on_accent"], c["accent"]),
        ("primary button, hovered", c["on_accent"], c["accent_hover"]),
        ("errors on window", c["danger"], c["window"]), ("errors on base", c["danger"], c["base"]),
        ("success on base", c["success"], c["base"]), ("success on rows", c["success"], c["alt"]),
        ("your bubbles' text", c["text"], mine_fill),
        ("your bubbles' time", c["placeholder"], mine_fill),
    ]
    text_pairs += [(f"sender name {n}", QColor(n), c["base"]) for n in style.sender_colors(dark)]
    graphic_pairs = [
        ("text field outline", c["field"], c["base"]),
        ("focus ring of text fields", c["accent"], c["base"]),
        ("focus ring of the primary button", c["text"], c["window"]),
        ("focus ring of choices", c["accent"], c["card"]),
        ("warning icon on notices", c["warning"], c["banner"]),
        ("accent icons on window", c["accent"], c["window"]),
    ]
    failures = [f"{name}: {contrast(fg, bg):.2f} < {AA_TEXT}" for name, fg, bg in text_pairs
                if contrast(fg, bg) < AA_TEXT]
    failures += [f"{name}: {contrast(fg, bg):.2f} < {AA_GRAPHICS}" for name, fg, bg in
                 graphic_pairs if contrast(fg, bg) < AA_GRAPHICS]
    assert failures == []


def test_the_applied_palette_is_the_checked_one(qapp):
    """What the app really installs (palette roles) matches the table the contrast test reads."""
    from PySide6.QtGui import QPalette

    with themed(qapp, "en", dark=True):
        pal = qapp.palette()
        c = style.theme_colors(True)
        assert pal.color(QPalette.ColorRole.Text).name() == c["text"]
        assert pal.color(QPalette.ColorRole.Base).name() == c["base"]
        assert pal.color(QPalette.ColorRole.PlaceholderText).name() == c["placeholder"]
        assert contrast(pal.color(QPalette.ColorRole.WindowText),
                        pal.color(QPalette.ColorRole.Window)) >= AA_TEXT


# --- keyboard -----------------------------------------------------------------------------------
def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where a real one goes: the open popup menu, else the focused widget.
    An Alt+letter mnemonic "animates" its button's click (Qt clicks ~100 ms later): wait."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget() or \
        QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)
    if modifier & Qt.KeyboardModifier.AltModifier:
        qtbot.wait(250)


def type_text(qtbot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def activate(qtbot, w: QWidget) -> None:
    w.activateWindow()
    w.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)


def focus_chain(qtbot, window: QWidget, steps: int) -> list[QWidget]:
    seen = []
    for _ in range(steps):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_order_follows_the_screen(qtbot, demo_library, isolated, tmp_path):
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(tmp_path / "dest")
    w = open_window(qtbot, ctx)
    activate(qtbot, w)
    w.search.setFocus(Qt.FocusReason.TabFocusReason)
    p = w.panel
    expected = [w.select_all, w.select_none, w.videos, w.table, p.settings_link,
                p.encryption_link, p.backup_button, w.search]
    assert focus_chain(qtbot, w, len(expected)) == expected
    # and back again with Shift+Tab
    back = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Backtab)
        back.append(QApplication.focusWidget())
    assert back == [p.backup_button, p.encryption_link, p.settings_link]


def test_focus_is_visible_on_every_stop(qtbot, demo_library, isolated, tmp_path, qapp):
    """Each widget reached with Tab looks different while it has the focus."""
    with themed(qapp, "en"):
        ctx = make_ctx(demo_library, isolated)
        ctx.settings.folder_path = str(tmp_path / "dest")
        w = open_window(qtbot, ctx)
        w.table.selectRow(0)
        activate(qtbot, w)
        _assert_focus_visible(qtbot, w, w.search)

        from backupgui.ui.backup.encryption import SETUP, EncryptionDialog

        dlg = EncryptionDialog(ctx, SETUP, parent=w)
        qtbot.addWidget(dlg)
        dlg.show()
        activate(qtbot, dlg)
        _assert_focus_visible(qtbot, dlg, dlg.choose_password)
        press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "Use a &password"
        assert dlg.stack.currentWidget() is dlg.page_password
        _assert_focus_visible(qtbot, dlg, dlg.new_password.password)
        dlg.reject()


def _assert_focus_visible(qtbot, window: QWidget, first: QWidget) -> None:
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[int] = set()
    invisible = []
    while id(QApplication.focusWidget()) not in seen:
        w = QApplication.focusWidget()
        seen.add(id(w))
        qtbot.wait(20)
        focused = w.grab().toImage()
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.wait(20)
        if QApplication.focusWidget() is w:
            break
        if w.grab().toImage() == focused:
            invisible.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}")
    assert len(seen) >= 3
    assert invisible == [], f"no visible focus on: {invisible}"


@pytest.fixture
def paused_upload(monkeypatch):
    """The next backup pauses itself once it is uploading media (so it can be cancelled)."""
    class Trap:
        armed = threading.Event()
        reached = threading.Event()

    real = backup_jobs.backup

    def backup(req, progress, cancel):
        def spy(p):
            progress(p)
            if (Trap.armed.is_set() and p.phase == "Encrypting and uploading"
                    and p.done_bytes > 0 and not Trap.reached.is_set()):
                cancel.pause()
                Trap.reached.set()
        return real(req, spy, cancel)

    monkeypatch.setattr(backup_jobs, "backup", backup)
    return Trap


def _wait_dialog(qtbot, w):
    qtbot.waitUntil(lambda: w.controller.dialog is not None and w.controller.dialog.isVisible(),
                    timeout=15_000)
    dlg = w.controller.dialog
    activate(qtbot, dlg)
    return dlg


def test_keyboard_only_choose_chats_set_a_password_back_up_and_cancel(
        qtbot, demo_library, isolated, tmp_path, paused_upload):
    ctx = make_ctx(demo_library, isolated)
    (tmp_path / "dest").mkdir()
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.save()
    w = open_window(qtbot, ctx)
    activate(qtbot, w)
    done = watch_backups(w)

    # choose chats: find one, then untick it with Space in the list
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is w.search
    target = next(c for c in w.model.chats() if c.name.isascii())  # QTest types ASCII only
    type_text(qtbot, target.name[:5])
    assert w.proxy.rowCount() >= 1
    for _ in range(4):  # Select all, Select none, Include videos, the list
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is w.table
    press(qtbot, Qt.Key.Key_Home)
    row_id = w.table.currentIndex().siblingAtColumn(0).data(Qt.ItemDataRole.UserRole + 2)
    press(qtbot, Qt.Key.Key_Space)
    assert row_id not in w.selection()[0]
    press(qtbot, Qt.Key.Key_Space)
    assert row_id in w.selection()[0]
    press(qtbot, Qt.Key.Key_Space)  # leave it out of the backup
    left_out = row_id
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Backspace)
    assert w.proxy.rowCount() == w.model.rowCount()

    # back up: the first time asks for a password
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dlg = _wait_dialog(qtbot, w)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "Use a &password"
    assert QApplication.focusWidget() is dlg.new_password.password
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.new_password.confirm
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)  # "Turn on" is the default button
    kind, outcome = _wait_for(qtbot, done, 1)
    assert kind == "ok", outcome
    assert outcome.result.chats == w.model.rowCount() - 1 and left_out not in w.selection()[0]

    # back up again, and cancel it from the Backup menu
    with Library(demo_library) as lib:
        for i, c in enumerate(lib.list_chats()):
            add_demo_messages(lib, c.id, 20, seed=300 + i, with_photo=True)
    paused_upload.armed.set()
    activate(qtbot, w)
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert paused_upload.reached.wait(30)
    qtbot.waitUntil(lambda: w.cancel_action.isEnabled(), timeout=5000)
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # the &Backup menu
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5000)
    press(qtbot, Qt.Key.Key_C)  # &Cancel backup
    kind, _ = _wait_for(qtbot, done, 2)
    assert kind == "cancelled"
    assert [b.snapshot_id for b in list_backups(FolderDestination(tmp_path / "dest"))] == \
        [outcome.result.snapshot_id]


def _wait_for(qtbot, results, n, timeout=60_000):
    qtbot.waitUntil(lambda: len(results) >= n, timeout=timeout)
    return results[n - 1]


def test_keyboard_only_64_digit_key(qtbot, demo_library, isolated, tmp_path):
    ctx = make_ctx(demo_library, isolated)
    (tmp_path / "dest").mkdir()
    ctx.settings.folder_path = str(tmp_path / "dest")
    ctx.save()
    w = open_window(qtbot, ctx)
    activate(qtbot, w)
    done = watch_backups(w)
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dlg = _wait_dialog(qtbot, w)
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "Use a 64-digit &key"
    assert dlg.stack.currentWidget() is dlg.page_key
    groups = dlg.key_grid.groups()
    press(qtbot, Qt.Key.Key_Return)  # "I saved my key"
    assert dlg.stack.currentWidget() is dlg.page_confirm
    assert QApplication.focusWidget() is dlg.confirm_fields[0]
    for i, g in enumerate(dlg.confirm_groups):
        type_text(qtbot, groups[g])
        if i < 2:
            press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)  # "Turn on"
    kind, outcome = _wait_for(qtbot, done, 1)
    assert kind == "ok", outcome
    stored = KeyStore(isolated).load(outcome.result.set_id)
    assert format_key(stored).split() == groups


def test_keyboard_only_restore_on_a_new_computer_then_read_a_chat(
        qtbot, tmp_path, demo_template, monkeypatch, qapp):
    env = make_env(tmp_path, demo_template)
    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "new-config"))
    ctx = make_ctx(tmp_path / "new-library", MemoryKeyring())
    w = open_window(qtbot, ctx)
    assert w.stack.currentWidget() is w.empty_page
    activate(qtbot, w)

    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "&Restore from a backup…"
    qtbot.waitUntil(lambda: getattr(w, "restore_wizard", None) is not None
                    and w.restore_wizard.isVisible(), timeout=5000)
    wiz = w.restore_wizard
    activate(qtbot, wiz)
    page = wiz.where_page
    for _ in range(6):  # to the folder field, wherever the wizard put the focus first
        if QApplication.focusWidget() is page.folder:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.folder
    type_text(qtbot, str(env.dest))
    press(qtbot, Qt.Key.Key_Return)  # "Find backups"
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_KEY, timeout=15_000)
    assert QApplication.focusWidget() is wiz.key_page.password
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)  # "Unlock"
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=30_000)
    press(qtbot, Qt.Key.Key_Return)  # the newest backup is chosen; Next
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=30_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wiz.chats_page.list, timeout=5000)
    press(qtbot, Qt.Key.Key_Space)  # untick the first chat, and tick it again
    assert len(wiz.chats_page.chosen()) == 3
    press(qtbot, Qt.Key.Key_Space)
    assert len(wiz.chats_page.chosen()) == 4
    press(qtbot, Qt.Key.Key_Return)  # "Restore"
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=60_000)
    press(qtbot, Qt.Key.Key_Return)  # "Done"
    qtbot.waitUntil(lambda: not wiz.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.chats_page and w.model.rowCount() == 4,
                    timeout=15_000)

    # read a chat: the list, a row, Enter; move through the messages; close
    activate(qtbot, w)
    w.table.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down)
    chat_id = w.table.currentIndex().siblingAtColumn(0).data(Qt.ItemDataRole.UserRole + 2)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(w._viewers), timeout=5000)
    viewer = w._viewers[-1]
    assert viewer.model.chat_id == chat_id
    qtbot.waitUntil(lambda: viewer.model.rowCount() > 0, timeout=15_000)
    activate(qtbot, viewer)
    assert QApplication.focusWidget() is viewer.view
    newest = viewer.view.currentIndex()  # it opens at the newest message
    assert newest.isValid() and newest.row() == viewer.model.rowCount() - 1
    press(qtbot, Qt.Key.Key_Up)
    before = viewer.view.currentIndex()
    assert before.row() == newest.row() - 1
    assert viewer.model.spoken(viewer.model.messages[before.row()]) == \
        before.data(Qt.ItemDataRole.AccessibleTextRole)
    press(qtbot, Qt.Key.Key_Home)  # the first message
    qtbot.waitUntil(lambda: viewer.view.currentIndex().row() == 0, timeout=5000)
    press(qtbot, Qt.Key.Key_End)  # and the newest again
    qtbot.waitUntil(lambda: viewer.view.currentIndex().row() == viewer.model.rowCount() - 1,
                    timeout=5000)
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w._viewers, timeout=5000)


def test_home_pressed_while_the_chat_still_loads_is_not_lost(qtbot, demo_library):
    """A key pressed during a page load is done once the page is in (it was dropped)."""
    from backupgui.library.store import Library
    from backupgui.ui.chats.viewer import ChatViewer

    with Library(demo_library) as lib:
        big = max(lib.list_chats(), key=lambda c: c.message_count)
    assert big.message_count > 300  # more than one page
    viewer = ChatViewer(demo_library, big.id)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.model._fetching  # the newest page is still loading
    qtbot.keyClick(viewer.view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: viewer.model.at_start and viewer.view.currentIndex().row() == 0,
                    timeout=10_000)
