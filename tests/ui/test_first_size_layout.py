"""A dialog at the size it first opens with: no two widgets its layouts place drawn over each
other, no label shorter than its text (``checks.layout_faults``). The phone import with a real
encrypted backup opened in it, in the languages with the longest texts, a mirrored layout and
other scripts; every main screen in Arabic, German, Russian and Hindi."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QVBoxLayout, QWidget

from backupgui.ui.widgets import style
from backupgui.ui.widgets.fit import TrailingGapDelegate

from .checks import layout_faults
from .screens import iter_screens, make_env, settle, themed


def _shots(window: QWidget, name: str) -> None:
    out = os.environ.get("BACKUPGUI_SHOTS")  # to look at the screens: a folder for the PNGs
    if out:
        window.grab().save(str(Path(out) / name))


def _ink_gap(view: QTreeWidget, a: int, b: int) -> int:
    """Pixels between the drawn text of columns ``a`` and ``b`` in the first row (either
    side, as the layout direction puts them): a count must not run into the next cell."""
    view.clearSelection()
    view.setCurrentItem(None)
    image = view.viewport().grab().toImage()
    item = view.topLevelItem(0)
    header = view.header()
    row = view.visualItemRect(item)
    base = view.palette().base().color().lightness()

    def ink(column: int) -> list[int]:
        x0 = header.sectionViewportPosition(column)
        xs = range(max(0, x0), min(image.width(), x0 + header.sectionSize(column)))
        return [x for x in xs if any(abs(image.pixelColor(x, y).lightness() - base) > 60
                                     for y in range(row.top(), row.bottom()))]

    ink_a, ink_b = ink(a), ink(b)
    assert ink_a and ink_b, "nothing drawn"
    if min(ink_a) > max(ink_b):
        return min(ink_a) - max(ink_b)
    return min(ink_b) - max(ink_a)


def test_the_check_finds_rows_laid_over_each_other(qtbot):
    """Not blind: a layout squeezed below its minimum places its rows over each other and
    cuts its wrapped label; the same layout with room has no fault."""
    w = QWidget()
    lay = QVBoxLayout(w)
    note = QLabel("A wrapped note that needs several lines at this narrow width, like a "
                  "translated hint under a field")
    note.setWordWrap(True)
    lay.addWidget(note)
    for text in ("First", "Second", "Third"):
        button = QPushButton(text)
        button.setMinimumHeight(30)  # (a widget keeps its minimum: the squeezed rows overlap)
        lay.addWidget(button)
    qtbot.addWidget(w)
    w.setFixedSize(160, 60)
    w.show()
    settle(qtbot)
    found = layout_faults(w)
    assert any("overlaps" in p and "'Second'" in p for p in found), found
    assert any("is cut" in p and "A wrapped note" in p for p in found), found
    w.setFixedSize(160, lay.totalHeightForWidth(160))
    settle(qtbot)
    assert layout_faults(w) == []


@pytest.mark.parametrize("code", ["ar", "hi", "ru", "de", "en"])
def test_the_phone_import_at_its_first_size(code, qtbot, qapp, tmp_path, monkeypatch):
    """Empty, then with a real encrypted backup opened (its chat list, figures and notes shown):
    the window is never resized by the test, only by the dialog itself."""
    from backupgui.library.importers.whatsapp_db import workdir
    from backupgui.ui.chats.phone_import import PhoneImportDialog
    from tests.library.whatsapp_db import encoder
    from tests.library.whatsapp_db.conftest import build_android, write_media

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert workdir.work_root().is_relative_to(tmp_path)
    root = bytes(range(32))
    db = build_android(tmp_path / "msgstore.db", "current")
    backup = tmp_path / "msgstore.db.crypt15"
    backup.write_bytes(encoder.encrypt_crypt15(db.read_bytes(), root))
    with themed(qapp, code):
        dlg = PhoneImportDialog(tmp_path / "library")
        qtbot.addWidget(dlg)
        dlg.show()
        settle(qtbot)
        assert layout_faults(dlg) == [], (code, "empty")
        _shots(dlg, f"phone-import-first-{code}.png")
        dlg.set_path(str(backup))
        qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10_000)
        dlg.key_field.setText(root.hex())
        dlg.media_edit.setText(str(write_media(tmp_path / "Media")))
        dlg.preview_button.click()
        qtbot.waitUntil(lambda: dlg.task is None and dlg.preview is not None, timeout=20_000)
        settle(qtbot)
        assert dlg.details.isVisible() and dlg.summary.text()
        assert layout_faults(dlg) == [], (code, "opened")
        # the count and its dates: the style's margins (9 px here) and the trailing gap
        assert _ink_gap(dlg.chat_list, 2, 3) >= style.px(TrailingGapDelegate.GAP) * 3 // 2, code
        _shots(dlg, f"phone-import-opened-{code}.png")
        dlg.reject()
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20_000)


@pytest.mark.parametrize("code", ["ar", "de", "ru", "hi"])
def test_every_screen_at_its_first_size(code, qtbot, qapp, tmp_path, demo_template):
    """The import dialog, the phone import, Settings, the encryption dialogs and every restore
    wizard page (tests/ui/screens.py), each as it first opens."""
    problems, seen = [], []
    with themed(qapp, code):
        env = make_env(tmp_path, demo_template)
        for name, window in iter_screens(qtbot, env):
            seen.append(name)
            _shots(window, f"{name}-{code}.png")
            problems += [f"{name}: {p}" for p in layout_faults(window)]
    assert {"import", "import-phone", "import-phone-chats", "settings"} <= set(seen), seen
    assert sum(name.startswith("restore-") for name in seen) >= 4, seen
    assert problems == [], f"{code}:\n" + "\n".join(problems)
