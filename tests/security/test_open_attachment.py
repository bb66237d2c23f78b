"""Finding 2: opening an attachment must not run code.

Before the fix the viewer copied an attachment to ``<tmp>/backupgui-open/<sha16>/<name from
the export>`` (folder 0755, file 0644, no O_EXCL) and opened it with the default app:
``Invoice.pdf.bat``, ``.hta``, ``.js``, ``.desktop`` and ``.command`` ran, and another user
could read the copy or plant a symlink there. Here the real viewer is driven offscreen; the
system's "open" is replaced by a recorder (the only part that cannot run in a test).
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from backupgui.library.model import Chat, MediaRef, Message, Participant  # noqa: E402
from backupgui.library.store import Library  # noqa: E402

from .conftest import PNG  # noqa: E402

MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
EXECUTABLES = [
    ("Invoice.pdf.bat", b"@echo off\r\nstart calc.exe\r\n"),
    ("report.hta", b"<html><script>new ActiveXObject('WScript.Shell').Run('calc')</script></html>"),
    ("photo.jpg.js", b"WScript.CreateObject('WScript.Shell').Run('calc');\n"),
    ("holiday.desktop", b"[Desktop Entry]\nType=Application\nName=Photo\nExec=sh -c 'id > /tmp/x'\n"),
    ("slides.command", b"#!/bin/sh\nopen -a Calculator\n"),
    ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64),
    ("notes.pdf", b"#!/bin/sh\nrm -rf ~\n"),  # the name says PDF, the content does not
    ("page.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
]


def _library(root: Path, files: list[tuple[str, bytes]]) -> list[Message]:
    msgs = []
    with Library(root) as lib:
        chat = Chat("c", "Mallory", "direct", "test", None, (Participant("m", "Mallory"),))
        for i, (name, data) in enumerate(files):
            sha, size = lib.add_media_bytes(data)
            msgs.append(Message(f"m{i}", "c", 1_700_000_000_000 + i, "m", "media", "",
                                media=(MediaRef("file", sha, size, "application/octet-stream", name),)))
        with lib.transaction() as w:
            w.upsert_chat(chat)
            w.add_messages(msgs)
    return msgs


@pytest.fixture
def opened(monkeypatch, tmp_path):
    """Records what the viewer hands to the system's default app; the temp folder is the
    test's own."""
    from backupgui.ui.chats import viewer

    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))

    urls: list[str] = []

    class Recorder:
        @staticmethod
        def openUrl(url):  # noqa: N802 - Qt's name
            urls.append(url.toLocalFile())
            return True

    monkeypatch.setattr(viewer, "QDesktopServices", Recorder)
    return urls


def _viewer(qtbot, root: Path):
    from backupgui.ui.chats.viewer import ChatViewer

    v = ChatViewer(root, "c")
    qtbot.addWidget(v)
    return v


def _save_box(v):
    from PySide6.QtWidgets import QMessageBox

    return [b for b in v.findChildren(QMessageBox) if b.isVisible()]


@pytest.mark.parametrize(("name", "data"), EXECUTABLES, ids=[n for n, _ in EXECUTABLES])
def test_a_file_that_is_not_allowed_media_is_never_opened(qtbot, tmp_path, opened, name, data):
    (msg,) = _library(tmp_path / "lib", [(name, data)])
    v = _viewer(qtbot, tmp_path / "lib")
    v.open_media(msg)
    qtbot.waitUntil(lambda: bool(opened) or bool(_save_box(v)), timeout=10_000)
    assert opened == [], f"{name} was handed to the system to open: {opened}"
    (box,) = _save_box(v)
    assert "Save as" in " ".join(b.text() for b in box.buttons())
    box.reject()
    # No copy under a name the sender chose was left anywhere in the temp folder.
    leftovers = [os.path.join(d, f) for d, _, fs in os.walk(tempfile.gettempdir()) for f in fs
                 if f == name]
    assert leftovers == []


@pytest.mark.parametrize(("name", "data", "ext"), [
    ("holiday.png.bat", PNG, "png"), ("clip.mp4.hta", MP4, "mp4"), ("scan.pdf.exe", PDF, "pdf"),
    ("voice.opus", b"OggS\x00\x02" + b"\x00" * 60, "ogg")], ids=["png", "mp4", "pdf", "ogg"])
def test_media_opens_by_content_as_sha_dot_ext_in_a_private_folder(qtbot, tmp_path, opened, name, data, ext):
    (msg,) = _library(tmp_path / "lib", [(name, data)])
    v = _viewer(qtbot, tmp_path / "lib")
    v.open_media(msg)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    path = Path(opened[0])
    assert path.name == f"{hashlib.sha256(data).hexdigest()}.{ext}"
    assert path.read_bytes() == data
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert path.parent.stat().st_uid == os.getuid()
    v.open_media(msg)  # a second time: the same private copy
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    assert opened[1] == opened[0]


@pytest.mark.skipif(os.name != "posix", reason="symlinks planted by another user")
def test_a_planted_symlink_in_the_temp_folder_is_not_followed(qtbot, tmp_path, opened, monkeypatch):
    """Another user can create anything in the shared temp folder before us."""
    shared = Path(tempfile.gettempdir())  # the test's own (see ``opened``)
    (msg,) = _library(tmp_path / "lib", [("photo.png", PNG)])
    sha = hashlib.sha256(PNG).hexdigest()
    victim = tmp_path / "victim-file"
    old_place = shared / "backupgui-open" / sha[:16]
    old_place.mkdir(parents=True)
    (old_place / "photo.png").symlink_to(victim)
    v = _viewer(qtbot, tmp_path / "lib")
    v.open_media(msg)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert not victim.exists(), "the copy was written through a planted symlink"
    assert not Path(opened[0]).is_symlink() and Path(opened[0]).read_bytes() == PNG


def test_save_as_copies_and_marks_the_file(qtbot, tmp_path, opened, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    (msg,) = _library(tmp_path / "lib", [("Invoice.pdf.bat", EXECUTABLES[0][1])])
    target = tmp_path / "Documents" / "Invoice.pdf.bat"
    target.parent.mkdir()
    asked: list[str] = []

    def fake_dialog(parent, caption, suggested, *a, **kw):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    v = _viewer(qtbot, tmp_path / "lib")
    v.open_media(msg)
    qtbot.waitUntil(lambda: bool(_save_box(v)), timeout=10_000)
    (box,) = _save_box(v)
    save = next(b for b in box.buttons() if "Save as" in b.text())
    save.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes() == EXECUTABLES[0][1]
    assert Path(asked[0]).name == "Invoice.pdf.bat" and opened == []


def test_sniffing_and_marks():
    from backupgui.library import attachments as a

    assert a.sniff(PNG).extension == "png" and a.sniff(MP4).extension == "mp4"
    assert a.sniff(PDF).extension == "pdf" and a.sniff(b"\xff\xd8\xff\xe0").extension == "jpg"
    for _name, data in EXECUTABLES:
        assert a.sniff(data[:64]) is None
    assert a.safe_name("../../x/Invoice.pdf.bat", "ab" * 32, None) == "Invoice.pdf.bat"
    assert a.safe_name("C:\\evil\\a.png.exe", "ab" * 32, a.sniff(PNG)) == "a.png.png"
    assert a.zone_identifier() == "[ZoneTransfer]\r\nZoneId=3\r\n"
    assert a.quarantine_value(0x5F5E100) == b"0081;05f5e100;backupgui;"


@pytest.mark.parametrize(("name", "shows"), [
    ("x\u202egpj.exe", "xgpj.exe"),  # shown as "xexe.jpg" with the right-to-left override
    ("\u2067Invoice\u2069.pdf\u200f.exe", "Invoice.pdf.exe"),
    ("CON.txt", "_CON.txt"), ("nul", "_nul")])
def test_save_as_names_cannot_disguise_what_they_are(qtbot, tmp_path, opened, name, shows):
    """Found by red-team: the suggested name (and the dialog's text) kept bidirectional
    controls, so a chat partner's "x<RLO>gpj.exe" read "xexe.jpg" when saved."""
    (msg,) = _library(tmp_path / "lib", [(name, EXECUTABLES[5][1])])
    v = _viewer(qtbot, tmp_path / "lib")
    v.open_media(msg)
    qtbot.waitUntil(lambda: bool(_save_box(v)), timeout=10_000)
    (box,) = _save_box(v)
    # The name is isolated (FSI ... PDI, i18n's isolate): it cannot move the sentence around it,
    # and it holds no bidirectional control of its own.
    assert f"“\u2068{shows}\u2069”" in box.text()
    assert not set(box.text().replace(f"\u2068{shows}\u2069", "")) & set(
        "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    box.reject()
    from backupgui.library import attachments as a

    assert a.safe_name(name, "ab" * 32, None) == shows


def test_the_copy_is_marked_as_foreign_where_the_platform_has_a_mark(tmp_path, monkeypatch):
    from backupgui.library import attachments as a

    src = tmp_path / "src"
    src.write_bytes(PNG)
    monkeypatch.setattr(sys, "platform", "win32")  # the stream is a plain file here
    a.save_copy(src, tmp_path / "saved.png")
    assert (tmp_path / "saved.png:Zone.Identifier").read_bytes() == a.zone_identifier().encode()
    calls = []
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(a, "_setxattr", lambda p, n, v: calls.append((Path(p).name, n, v[:5])))
    a.save_copy(src, tmp_path / "saved2.png")
    assert calls == [("saved2.png", "com.apple.quarantine", b"0081;")]
