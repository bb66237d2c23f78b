"""What the s12 walkthrough left (docs/GUI.md, "Walkthrough log", s12, "Seen, not changed"),
each walked through the real widgets (or the real app's entry point) the way the person met it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QDateTime, Qt

from backupgui.destinations.folder import FolderDestination
from backupgui.device.settings import parse_time
from backupgui.engine import list_backups
from backupgui.engine.repository import snapshot_time

from .conftest import MemoryKeyring
from .helpers import (
    click,
    make_ctx,
    open_window,
    restore_to_key_page,
    set_password_in_dialog,
    wait_dialog,
    wait_for,
    watch_backups,
)

PASSWORD = "correct horse 42 battery"
LANGS = ("ar", "de", "es", "hi", "id", "pt_BR", "ru", "tr")
#: Languages that write a sentence's first word with a capital and "today" inside it without.
CASED = ("de", "es", "id", "pt_BR", "ru", "tr")


def _last_row(w) -> str:
    return w.panel._rows["last"][2].text()


def test_a_restore_that_keeps_backing_up_shows_the_destinations_backup(
        qtbot, tmp_path, demo_library, isolated, monkeypatch):
    """Back up on the old computer; on a new one restore with a wrong password first, then
    the right one, and keep backing up there. The walkthrough saw "One backup found, from
    Today, …" (a capital inside the sentence), "Check the password or key" for a password
    backup, "Last backup: Never" after the restore although the destination has a backup,
    and "1.1 MB" on the card next to "508 kB" in the restore list without saying what each is."""
    dest_dir = tmp_path / "backups"
    dest_dir.mkdir()
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(dest_dir)
    ctx.save()
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    kind, outcome = wait_for(qtbot, done)
    assert kind == "ok", outcome
    assert _last_row(w).endswith(" of chats"), _last_row(w)  # the chats' data, said so
    w.close()

    monkeypatch.setenv("BACKUPGUI_CONFIG_DIR", str(tmp_path / "config2"))
    ctx2 = make_ctx(tmp_path / "new-library", MemoryKeyring())
    w2 = open_window(qtbot, ctx2)
    assert _last_row(w2) == "Never"
    wiz = restore_to_key_page(qtbot, w2, dest_dir)
    nxt = wiz.button(wiz.WizardButton.NextButton)
    page = wiz.key_page
    found = page.found.text()
    assert "from today, " in found and "Today" not in found, found  # made a moment ago

    qtbot.keyClicks(page.password, "not the password 123")
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    said = page.error.text()
    assert "Check the password and try again." in said, said
    assert "key" not in said, said  # a password backup: no key applies

    page.password.clear()
    qtbot.keyClicks(page.password, PASSWORD)
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=10_000)
    tree = wiz.backups_page.tree
    assert tree.headerItem().text(2) == "Stored size"  # compressed, at the destination
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=10_000)
    subtitle = wiz.chats_page.subTitle()
    assert ", today, " in subtitle and "Today" not in subtitle, subtitle
    click(qtbot, nxt)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    assert wiz.summary_page.keep.isChecked()
    click(qtbot, wiz.button(wiz.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not wiz.isVisible())

    # The card shows the destination's backup (made on the old computer), not "Never".
    (newest,) = list_backups(FolderDestination(dest_dir))
    made = snapshot_time(newest.snapshot_id)
    assert made is not None
    s = ctx2.settings
    assert s.last_backup_destination == ctx2.destination_spec().identity()
    recorded = parse_time(s.last_backup_time)
    assert recorded is not None and abs((recorded - made).total_seconds()) < 1, (recorded, made)
    qtbot.waitUntil(lambda: _last_row(w2) != "Never", timeout=10_000)
    assert _last_row(w2).startswith("Today, ") and _last_row(w2).endswith(" of chats"), \
        _last_row(w2)
    assert s.last_backup_bytes == outcome.result.media_bytes + outcome.result.text_bytes
    w2.close()


def test_a_key_backup_asks_to_check_the_key(tmp_path):
    """A wrong 64-digit key: the hint speaks of the key alone."""
    from backupgui.crypto.keys import generate_key
    from backupgui.crypto.material import RawKey
    from backupgui.errors import WrongKeyError
    from backupgui.format.config import new_config, unlock

    *_, cfg = new_config(RawKey(generate_key()))
    with pytest.raises(WrongKeyError) as exc:
        unlock(cfg, RawKey(bytes(32)))
    assert exc.value.hint == "Check the key and try again."


@pytest.mark.parametrize("lang", LANGS)
def test_today_inside_a_sentence_uses_the_languages_own_form(lang, qapp):
    """"…, the newest from Today, 13:58" had a capital inside the sentence; each language
    says its own mid-sentence "today"/"yesterday" (lower case where the language has case)."""
    from backupgui.ui import language
    from backupgui.ui.widgets.formatting import human_when

    now = QDateTime.currentDateTime()
    language.install_language(lang, qapp)
    try:
        for when in (now, now.addDays(-1)):
            start, inside = human_when(when), human_when(when, mid_sentence=True)
            assert inside != "" and not inside.startswith(("today", "yesterday")), inside
            if lang in CASED:
                assert inside[0].islower() and start[0].isupper(), (start, inside)
                assert inside[0].upper() + inside[1:] == start, (start, inside)
            else:
                assert inside == start
    finally:
        language.install_language("en", qapp)


def test_the_app_keeps_the_google_librarys_future_warning_off_the_terminal(tmp_path):
    """The app (not the CLI) printed google.api_core's FutureWarning ("Python 3.11 support
    …") to the terminal it was started from. The app's own entry point runs here, with the
    GUI replaced by the import the Drive destination makes; other warnings still show."""
    probe = ("import sys, warnings\n"
             "def gui(*a, **k):\n"
             "    import googleapiclient.discovery  # noqa: F401 (the Drive destination's)\n"
             "    import google.api_core  # noqa: F401\n"
             "    warnings.warn('our own FutureWarning', FutureWarning)\n"
             "    return 0\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))

    def run(code: str) -> str:
        r = subprocess.run([sys.executable, "-c", probe + code], capture_output=True,
                           text=True, env=env, timeout=120)
        assert r.returncode == 0, r.stderr
        return r.stderr

    bare = run("sys.exit(gui())\n")  # without the app: the library does warn here
    if "FutureWarning" not in bare.replace("our own FutureWarning", ""):
        pytest.skip("this google.api_core gives no FutureWarning on this Python")
    said = run("import backupgui.app as app\napp.run_gui = gui\nsys.exit(app.main([]))\n")
    assert "google" not in said, said
    assert "our own FutureWarning" in said, said  # no blanket silence


def _ink(img, rect) -> tuple[int, int] | None:
    """The leftmost and rightmost x with text in ``rect`` of ``img`` (pixels unlike the
    cell's most common colour, its background), or None."""
    from collections import Counter

    band = range(rect.top() + 2, rect.bottom() - 1)
    xs = range(rect.left(), rect.right() + 1)
    bg = Counter(img.pixel(x, y) for x in xs for y in band).most_common(1)[0][0]

    def far(p: int) -> bool:
        return max(abs(((p >> s) & 255) - ((bg >> s) & 255)) for s in (0, 8, 16)) > 60

    hit = [x for x in xs if any(far(img.pixel(x, y)) for y in band)]
    return (min(hit), max(hit)) if hit else None


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_media_and_last_activity_columns_do_not_touch(lang, qtbot, demo_library, isolated,
                                                            qapp):
    """In Arabic the Media size ("٣٢١ كيلوبايت") ran into the Last activity date: a
    number column's text sits at its trailing edge, the date at its leading edge, with only
    the style's few pixels of margin between them. A visible gap, in both directions."""
    from backupgui.ui import language
    from backupgui.ui.chats.model import ChatTableModel
    from backupgui.ui.widgets import style

    language.install_language(lang, qapp)
    try:
        w = open_window(qtbot, make_ctx(demo_library, isolated))
        w.resize(1100, 700)
        t = w.table
        qtbot.waitUntil(lambda: t.model().rowCount() > 0, timeout=10_000)
        img = t.viewport().grab().toImage()
        gaps = []
        for row in range(t.model().rowCount()):
            media = t.model().index(row, ChatTableModel.MEDIA)
            last = t.model().index(row, ChatTableModel.LAST)
            a, b = _ink(img, t.visualRect(media)), _ink(img, t.visualRect(last))
            if a is None or b is None:
                continue
            gaps.append(a[0] - b[1] if lang == "ar" else b[0] - a[1])
        assert gaps, "no row with both a media size and a date"
        assert min(gaps) >= style.px(12), gaps
        w.close()
    finally:
        language.install_language("en", qapp)


def test_the_settings_shortcut_reads_ctrl_comma_in_an_arabic_menu(qtbot, tmp_path, isolated,
                                                                  qapp):
    """The Arabic File menu showed "Ctrl+," as ",+Ctrl": the menu draws its shortcut text in
    the menu's (right-to-left) direction, where the trailing comma moves to the left. The
    text the menu draws, laid out as the menu lays it out, reads left to right."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QMenu, QStyleOptionMenuItem

    from backupgui.ui import language

    language.install_language("ar", qapp)
    try:
        w = open_window(qtbot, make_ctx(tmp_path / "lib", isolated))
        file_menu, act = next((m, a) for m in w.findChildren(QMenu) for a in m.actions()
                              if a.shortcut().toString() == "Ctrl+,")
        opt = QStyleOptionMenuItem()
        file_menu.initStyleOption(opt, act)
        assert opt.direction == Qt.LayoutDirection.RightToLeft
        shown = opt.text.split("\t", 1)[1]
        native = act.shortcut().toString(act.shortcut().SequenceFormat.NativeText)
        assert native in shown
        layout = QTextLayout(shown, file_menu.font())
        option = QTextOption()
        option.setTextDirection(opt.direction)
        layout.setTextOption(option)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        start = shown.index(native)

        def x(i: int) -> float:
            got = line.cursorToX(start + i)
            return got[0] if isinstance(got, tuple) else got

        # The boundaries inside the text (its ends touch the other direction's run, where a
        # cursor position has two places): each one right of the one before it.
        xs = [x(i) for i in range(1, len(native))]
        assert xs == sorted(xs), (shown, xs)
        w.close()
    finally:
        language.install_language("en", qapp)
