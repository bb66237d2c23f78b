"""The mark between counts ("6 participants · 4 messages") is one that no digit of the
language looks like: beside Arabic-Indic digits a middle dot reads as zero (٠), so
"٦ مشاركين · ٤ رسائل" read as 40. Arabic says "،"; every place that joins counts goes through
a translated template (or ``formatting.joined``), never a bare " · " in the code."""

from __future__ import annotations

import ast
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from backupgui.i18n import LANGUAGES
from backupgui.jobs import Progress
from backupgui.library.importers.whatsapp_db import PhoneBackupRequest, import_phone_backup
from backupgui.library.importers.whatsapp_db.importer import chat_id_of
from backupgui.library.store import Library
from backupgui.ui.backup.progress import ProgressPanel
from backupgui.ui.chats.viewer import ChatViewer
from backupgui.ui.language import install_language
from backupgui.ui.widgets.formatting import date_range, joined, number
from tests.library.whatsapp_db.conftest import ANA, BEN, CARLA, GROUP, T0
from tests.library.whatsapp_db.msgstore import AndroidDb

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "backupgui" / "i18n"
#: Digits that are a dot or a small ring: Arabic-Indic and Eastern Arabic-Indic zero.
DOT_ZEROS = {"\u0660", "\u06f0"}
#: Marks that read as such a zero beside them.
DOTS = "·•∙⋅・‧"


def _shots(image, name: str) -> None:
    out = os.environ.get("BACKUPGUI_SHOTS")  # to look at the screens: a folder for the PNGs
    if out:
        image.save(str(Path(out) / name))


def test_no_dot_between_figures_where_zero_is_a_dot():
    checked = []
    for lang in LANGUAGES:
        if QLocale(lang.code).zeroDigit() not in DOT_ZEROS:
            continue
        checked.append(lang.code)
        tree = ET.parse(I18N / f"backupgui_{lang.code}.ts")
        for message in tree.iter("message"):
            texts = [t.text or "" for t in message.iter("translation")] + \
                    [t.text or "" for t in message.iter("numerusform")]
            for text in texts:
                assert not any(d in text for d in DOTS), (lang.code, message.findtext("source"),
                                                          text)
    assert checked == ["ar"]  # (the test checks something)


def _calls_of_tr(tree: ast.AST) -> set[int]:
    """The string constants that are arguments of ``tr``/``translate`` calls (translatable
    texts and their comments) and docstrings."""
    ok: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in ("tr", "translate", "_translate"):
                ok.update(id(a) for a in ast.walk(node) if isinstance(a, ast.Constant))
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            ok.add(id(node.value))  # a docstring
    return ok


def _bare_dots(source: str) -> list[str]:
    tree = ast.parse(source)
    ok = _calls_of_tr(tree)
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in ok
            and "·" in n.value and n.value.strip("·")]  # (a masked key cell is "····")


def test_no_separator_outside_a_translated_text():
    found = {}
    for path in (ROOT / "backupgui" / "ui").rglob("*.py"):
        bare = _bare_dots(path.read_text("utf-8"))
        if bare:
            found[str(path.relative_to(ROOT))] = bare
    assert found == {}


def test_the_check_finds_a_bare_separator():
    assert _bare_dots('text = a + " · " + b') == [" · "]
    assert _bare_dots('text = " · ".join(parts)') == [" · "]
    assert _bare_dots('t = self.tr("%1 · %2", "a · b")\n"""A doc · string."""') == []


@pytest.mark.parametrize("code, mark", [("ar", "،"), ("hi", "·"), ("en", "·"), ("ru", "·")])
def test_joined_uses_the_languages_mark(qapp, code, mark):
    install_language(code, qapp)
    expected = "A، B %1 %2، C" if code == "ar" else f"A {mark} B %1 %2 {mark} C"
    assert joined(["A", "", "B %1 %2", "C"]) == expected  # (the parts put in as they are)
    assert joined(["", "A"]) == "A" and joined([]) == ""


def _library(tmp_path: Path) -> Path:
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    for jid in (ANA, BEN, CARLA):
        db.member(GROUP, jid)
    for n in range(40):  # 4 participants (the owner too), 40 messages: "٤ … ٤٠"
        db.message(GROUP, f"M{n}", T0 + n * 1000, sender=(ANA, BEN, CARLA)[n % 3], text=f"m{n}")
    with Library(tmp_path / "lib") as lib:
        import_phone_backup(lib, PhoneBackupRequest(db.close()))
    return tmp_path / "lib"


@pytest.mark.parametrize("code", ["ar", "hi", "en"])
def test_the_chat_headers_counts(qtbot, qapp, tmp_path, code):
    root = _library(tmp_path)
    install_language(code, qapp)
    viewer = ChatViewer(root, chat_id_of(GROUP))
    qtbot.addWidget(viewer)
    viewer.resize(520, 360)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 40, timeout=10_000)
    qtbot.waitUntil(lambda: bool(viewer.subtitle.text()), timeout=5000)
    people = len(viewer.model.chat.participants)
    text = viewer.subtitle.text()
    assert number(people) in text and number(40) in text
    if code == "ar":
        assert text == f"{number(people)} مشاركين، {number(40)} رسالة", text
        assert not any(d in text for d in DOTS)
    else:
        assert f" · {number(40)}" in text
    _shots(viewer.grab(), f"header-{code}.png")


@pytest.mark.parametrize("code", ["ar", "hi"])
def test_progress_figures_and_their_description(qtbot, qapp, code):
    install_language(code, qapp)
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 160)
    panel.show()
    panel.start("Backing up…")
    panel.pause_button.setChecked(True)
    panel.show_progress(Progress("Encrypting and uploading", 400_000_000, 1_000_000_000))
    figures, described = panel.figures.text(), panel.bar.accessibleDescription()
    assert figures.count(joined(["x", "y"])[1:-1]) == 1, figures  # "of", then "paused"
    assert described == joined([panel.phase.text(), figures])
    if code == "ar":
        assert not any(d in figures + described for d in DOTS), (figures, described)
    _shots(panel.grab(), f"progress-{code}.png")


def test_the_phone_imports_summary_in_arabic(qtbot, qapp, tmp_path, monkeypatch):
    """The preview's two lines of figures, from a real encrypted backup opened in the dialog."""
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
    install_language("ar", qapp)
    dlg = PhoneImportDialog(tmp_path / "library")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_path(str(backup))
    qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10_000)
    dlg.key_field.setText(root.hex())
    dlg.media_edit.setText(str(write_media(tmp_path / "Media")))
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.task is None and dlg.preview is not None, timeout=20_000)
    text = dlg.summary.text()  # (at the size the dialog opened with: test_first_size_layout)
    assert text.count("،") >= 3 and not any(d in text for d in DOTS), text
    _shots(dlg.grab(), "phone-import-ar.png")
    dlg.reject()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20_000)


#: A number's placeholder right before a full stop or an ellipsis ("%Ln.", "%n…"), or a
#: numbered step ("%1. Open …"): beside Arabic-Indic digits the mark reads as one more zero
#: ("١٧." as ١٧٠, "٣…" as ٣٠٠٠).
NUMBER_THEN_DOT = re.compile(r"%L?n\s?[.…]|(?:^|\n)%\d\.|[\u0660-\u0669\u06f0-\u06f9][.…]")


def test_no_dot_after_a_number_where_zero_is_a_dot():
    found = []
    for lang in LANGUAGES:
        if QLocale(lang.code).zeroDigit() not in DOT_ZEROS:
            continue
        for message in ET.parse(I18N / f"backupgui_{lang.code}.ts").iter("message"):
            texts = [t.text or "" for t in message.iter("translation")] + \
                    [t.text or "" for t in message.iter("numerusform")]
            found += [(lang.code, message.findtext("source"), t) for t in texts
                      if NUMBER_THEN_DOT.search(t)]
    assert found == []


def test_the_check_finds_a_dot_after_a_number():
    for text in ("الرسائل المستوردة: %Ln.", "%1. افتح", "أ\n%2. ب", "المحاولة ٣…", "%n…"):
        assert NUMBER_THEN_DOT.search(text), text
    for text in ("استُوردت %Ln رسالة جديدة.", "%1- افتح", "Version 1.2", "(المحاولة %1 من %2)…"):
        assert not NUMBER_THEN_DOT.search(text), text


def _phone_db(tmp_path: Path) -> Path:
    """An Android message database (no key needed) whose messages span two years."""
    db = AndroidDb(tmp_path / "msgstore.db", "current")
    db.chat(GROUP, "Climbing club", T0 - 86_400_000)
    db.member(GROUP, ANA)
    for n in range(17):  # 17 messages, 2023-11-14 to 2025-09-…
        db.message(GROUP, f"M{n}", T0 + n * 40 * 86_400_000, sender=ANA, text=f"m{n}")
    db.chat(BEN)
    db.message(BEN, "B1", T0 + 5 * 86_400_000, text="one day only")
    return db.close()


@pytest.mark.parametrize("code", ["en", "ar", "de"])
def test_the_phone_imports_date_range_and_result(qtbot, qapp, tmp_path, monkeypatch, code):
    """The preview's range of dates is the language's own (formatting.date_range: Arabic "من …
    إلى …"), in the summary and the chat list; the import's result line in Arabic ends no
    count with a full stop."""
    from backupgui.library.importers.whatsapp_db import workdir
    from backupgui.ui.chats.phone_import import PhoneImportDialog

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert workdir.work_root().is_relative_to(tmp_path)
    path = _phone_db(tmp_path)
    install_language(code, qapp)
    dlg = PhoneImportDialog(tmp_path / "library")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_path(str(path))
    qtbot.waitUntil(lambda: dlg.kind == "android", timeout=10_000)
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.task is None and dlg.preview is not None, timeout=20_000)
    p = dlg.preview
    whole = date_range(p.first_ms, p.last_ms)
    first_line = dlg.summary.text().split("\n")[0]
    assert first_line.endswith(whole), (first_line, whole)
    dates = {dlg.chat_list.topLevelItem(i).text(0): dlg.chat_list.topLevelItem(i).text(3)
             for i in range(dlg.chat_list.topLevelItemCount())}
    group = next(c for c in p.chats if c.name == "Climbing club")
    assert dates["Climbing club"] == date_range(group.first_ms, group.last_ms)
    one_day = next(text for name, text in dates.items() if name != "Climbing club")
    if code == "ar":
        assert whole.startswith("من ") and " إلى " in whole and "–" not in whole, whole
        assert "٢٠٢٣" in whole and "٢٠٢٥" in whole, whole
    else:
        assert " – " in whole and "2023" in whole and "2025" in whole, whole
    assert "–" not in one_day and "إلى" not in one_day, one_day  # one day: one date
    _shots(dlg.grab(), f"phone-import-dates-{code}.png")
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.task is None and dlg.result is not None, timeout=20_000)
    status = dlg.status.text()
    assert number(18) in status, status
    if code == "ar":
        assert not NUMBER_THEN_DOT.search(status) and not any(d in status for d in DOTS), status
    dlg.reject()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20_000)
