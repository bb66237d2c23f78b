"""Issue 18 item 3: an export names its attachments, and those names come from whoever made
or edited the file. No name may make the importer copy a local file that is not part of the
export into the library (and so into every later backup): every attachment must resolve to a
regular file, not a symbolic link nor reached through one, inside the export; absolute,
drive-qualified and UNC names are refused; a WhatsApp .txt chosen on its own only takes the
files beside it, a lone result.json only Telegram's media folders beside it; every refusal is
reported in the import's result and preview. Every test here fails on the code before the
fix (which imported ~/.ssh/id_rsa named by a .txt saved in the home folder, followed links,
and took "C:..." names as relative paths)."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from backupgui.library import Library
from backupgui.library.importers import import_export, preview_export

SECRET = b"-----BEGIN OPENSSH PRIVATE KEY----- do not import me"


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "library") as lib:
        yield lib


def _stored(lib: Library) -> set[bytes]:
    return {p.read_bytes() for p in lib.media_dir.rglob("*") if p.is_file()}


def _whatsapp(folder, *names: str):
    lines = [f"1/1/21, 10:0{i} - Ana: {n} (file attached)" for i, n in enumerate(names)]
    path = folder / "WhatsApp Chat with Ana.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _check(lib, path, count: int):
    res = import_export(lib, path)
    assert SECRET not in _stored(lib) and res.media_added == 0
    refused = [item for item, why in res.skipped if why.startswith("refused")]
    assert len(refused) == count, res.skipped  # reported, not silently dropped
    assert len([s for s in preview_export(path).skipped if s[1].startswith("refused")]) == count
    return res


@pytest.fixture
def home(tmp_path):
    """A home folder with a private key, where a chat partner's .txt was saved."""
    (tmp_path / ".ssh").mkdir()
    (tmp_path / ".ssh" / "id_rsa").write_bytes(SECRET)
    (tmp_path / "Documents").mkdir()
    (tmp_path / "Documents" / "tax.pdf").write_bytes(SECRET)
    return tmp_path


def test_a_lone_txt_takes_only_the_files_beside_it(lib, home):
    txt = _whatsapp(home, ".ssh/id_rsa", "Documents/tax.pdf", "../etc/passwd", "/etc/passwd")
    _check(lib, txt, 4)
    # A file that does lie beside it is still taken (an unzipped export).
    (home / "IMG-1.jpg").write_bytes(b"\xff\xd8\xff photo")
    txt = _whatsapp(home, "IMG-1.jpg")
    assert import_export(lib, txt).media_added == 1


def test_drive_qualified_and_unc_names_are_refused(lib, tmp_path):
    # On Linux "C:" is a folder name like any other: without the check it would be taken.
    (tmp_path / "C:").mkdir()
    (tmp_path / "C:" / "secret.txt").write_bytes(SECRET)
    (tmp_path / "C:secret.txt").write_bytes(SECRET)
    txt = _whatsapp(tmp_path, "C:/secret.txt", "C:secret.txt", "C:\\secret.txt",
                    "\\\\server\\share\\secret.txt", "//server/share/secret.txt")
    _check(lib, txt, 5)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symbolic_links_in_a_folder_export_are_refused(lib, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SECRET)
    export = tmp_path / "export"
    export.mkdir()
    os.symlink(outside / "secret.txt", export / "IMG-1.jpg")
    _whatsapp(export, "IMG-1.jpg")
    _check(lib, export, 1)
    # Telegram: a media folder that is a link leads outside too.
    tg = tmp_path / "tg"
    tg.mkdir()
    os.symlink(outside, tg / "photos")
    (tg / "result.json").write_text(json.dumps({"name": "X", "type": "personal_chat", "id": 1, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "100", "from": "X", "from_id": "user1",
         "photo": "photos/secret.txt", "text": ""}]}))
    _check(lib, tg, 1)


def test_a_lone_result_json_takes_only_telegrams_media_folders(lib, home):
    (home / "photos").mkdir()
    (home / "photos" / "photo_1.jpg").write_bytes(b"\xff\xd8\xff photo")

    def doc(*paths):
        return json.dumps({"name": "X", "type": "personal_chat", "id": 1, "messages": [
            {"id": i, "type": "message", "date_unixtime": str(100 + i), "from": "X",
             "from_id": "user1", "file": path, "text": ""} for i, path in enumerate(paths)]})

    result = home / "result.json"
    result.write_text(doc(".ssh/id_rsa", "Documents/tax.pdf", "photos/../.ssh/id_rsa"))
    res = _check(lib, result, 3)
    assert res.media_missing == 3
    result.write_text(doc("photos/photo_1.jpg"))
    with Library(home / "lib2") as lib2:
        assert import_export(lib2, result).media_added == 1  # photos/ is the export's


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_an_attachment_that_is_no_regular_file_is_not_read(lib, tmp_path):
    os.mkfifo(tmp_path / "IMG-1.jpg")  # opening it would wait for a writer forever
    res = import_export(lib, _whatsapp(tmp_path, "IMG-1.jpg"))
    assert res.media_added == 0 and res.media_missing == 1
    (m,) = lib.messages(lib.list_chats()[0].id)
    assert [(r.filename, r.sha256) for r in m.media] == [("IMG-1.jpg", "")]


def test_a_zip_member_named_like_a_path_is_matched_inside_the_zip_only(lib, tmp_path):
    import zipfile

    (tmp_path / "secret.txt").write_bytes(SECRET)
    z = tmp_path / "WhatsApp Chat with Ana.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("WhatsApp Chat with Ana.txt", "1/1/21, 10:00 - Ana: ../secret.txt (file attached)\n"
                    "1/1/21, 10:01 - Ana: IMG-1.jpg (file attached)\n")
        zf.writestr("IMG-1.jpg", b"\xff\xd8\xff photo")
    res = import_export(lib, z)
    assert SECRET not in _stored(lib) and res.media_added == 1
    assert hashlib.sha256(b"\xff\xd8\xff photo").hexdigest() in {
        r.sha256 for m in lib.messages(lib.list_chats()[0].id) for r in m.media}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
@pytest.mark.parametrize("swap", ["link", "folder"])
def test_an_attachment_swapped_while_importing_is_refused_in_words(lib, tmp_path, monkeypatch,
                                                                  swap):
    """An attachment that find() accepted and that becomes a link (to the secret) or a
    folder before it is opened is refused; the skip says which in one of the importer's own
    phrases (translated like every skip), not in an exception's English."""
    from backupgui.library.importers import common

    (tmp_path / "IMG-1.jpg").write_bytes(b"photo")
    original = common.ExportSource.open

    def open_after_swap(self, member):
        if member == "IMG-1.jpg":
            os.unlink(tmp_path / "IMG-1.jpg")
            if swap == "link":
                os.symlink(tmp_path / ".key", tmp_path / "IMG-1.jpg")
            else:
                os.mkdir(tmp_path / "IMG-1.jpg")
        return original(self, member)

    (tmp_path / ".key").write_bytes(SECRET)
    monkeypatch.setattr(common.ExportSource, "open", open_after_swap)
    res = import_export(lib, _whatsapp(tmp_path, "IMG-1.jpg"))
    assert SECRET not in _stored(lib) and res.media_added == 0
    why = ("refused: it became a symbolic link while importing" if swap == "link"
           else "refused: it is no longer a regular file")
    assert ("attachment 'IMG-1.jpg'", why) in res.skipped, res.skipped
