"""Failure, cancellation and format detection of import_export."""

import pytest

from backupgui.errors import CancelledError, NotFoundError
from backupgui.jobs import CancelToken
from backupgui.library.importers import ImportFormatError, import_export, preview_export
from backupgui.library.importers import common as common_mod

from .conftest import FIXTURES, make_zip, media_files

JPEG = b"\xff\xd8\xff" + b"photo" * 200
BIG = FIXTURES / "WhatsApp Chat with Ana García.txt"


def _zip(tmp_path):
    return make_zip(tmp_path / "WhatsApp Chat with Ana García.zip", {
        "WhatsApp Chat with Ana García.txt": BIG, "IMG-20210101-WA0001.jpg": JPEG,
        "PTT-20210113-WA0002.opus": b"OggS" + b"v" * 300})


def test_failure_half_way_leaves_library_unchanged(lib, tmp_path, monkeypatch):
    existing = lib.add_media_bytes(b"already here")[0]
    real_message = common_mod.LibrarySink.message
    real_rows = common_mod.LibrarySink.rows
    seen = []

    def fail_at_11th():
        if len(seen) >= 11:  # after both media files were stored
            raise OSError(5, "simulated I/O error")

    def message(self, msg):
        seen.append(msg)
        fail_at_11th()
        return real_message(self, msg)

    def rows(self, rows, media=None):  # messages without media files come in batches
        seen.extend(rows)
        fail_at_11th()
        return real_rows(self, rows, media)

    monkeypatch.setattr(common_mod.LibrarySink, "message", message)
    monkeypatch.setattr(common_mod.LibrarySink, "rows", rows)
    with pytest.raises(OSError):
        import_export(lib, _zip(tmp_path))
    assert len(seen) >= 11 and lib.counts() == (0, 0, 0)
    assert lib.list_chats() == []
    # The media files this import added are gone; the one that was there stays.
    assert [p.name for p in media_files(lib)] == [existing]
    assert not list(lib.root.glob(".import-*"))


def test_cancel_rolls_back(lib, tmp_path):
    token = CancelToken()

    # Cancel as soon as the import has started writing.
    real = common_mod.LibrarySink.begin_chat

    def begin(self, chat):
        real(self, chat)
        token.cancel()

    mp = pytest.MonkeyPatch()
    mp.setattr(common_mod.LibrarySink, "begin_chat", begin)
    try:
        with pytest.raises(CancelledError):
            import_export(lib, _zip(tmp_path), cancel=token)
    finally:
        mp.undo()
    assert lib.counts() == (0, 0, 0) and media_files(lib) == []


def test_cancel_before_start(lib, tmp_path):
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        import_export(lib, _zip(tmp_path), cancel=token)
    assert lib.counts() == (0, 0, 0)


def test_progress_reaches_the_end(lib, tmp_path):
    seen = []
    import_export(lib, FIXTURES / "telegram_full", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert all(d <= t for d, t in seen)


def test_media_shared_with_other_messages_is_kept_on_failure(lib, tmp_path, monkeypatch):
    # The photo is already in the library, referenced by a previous import.
    import_export(lib, make_zip(tmp_path / "WhatsApp Chat with Other.zip", {
        "WhatsApp Chat with Other.txt": "1/1/21, 10:00 AM - Other: IMG-1.jpg (file attached)\n",
        "IMG-1.jpg": JPEG}))
    before = [p.name for p in media_files(lib)]
    real = common_mod.LibrarySink.finish

    def boom(self):
        real(self)
        raise RuntimeError("late failure")

    monkeypatch.setattr(common_mod.LibrarySink, "finish", boom)
    with pytest.raises(RuntimeError):
        import_export(lib, _zip(tmp_path))
    assert [p.name for p in media_files(lib)] == before
    assert lib.counts()[:2] == (1, 1)


def test_missing_path_and_unknown_format(tmp_path):
    with pytest.raises(NotFoundError):
        preview_export(tmp_path / "nope.zip")
    with pytest.raises(ImportFormatError, match="Unknown export format"):
        preview_export(BIG, format="signal")


def test_autodetect(tmp_path):
    assert preview_export(BIG).format == "whatsapp"
    assert preview_export(FIXTURES / "telegram_single").format == "telegram"
    assert preview_export(FIXTURES / "telegram_single" / "result.json").format == "telegram"
    odd = tmp_path / "export.dat"
    odd.write_bytes((FIXTURES / "telegram_single" / "result.json").read_bytes())
    assert preview_export(odd).format == "telegram"
    odd.write_bytes(BIG.read_bytes())
    assert preview_export(odd).format == "whatsapp"
    with pytest.raises(ImportFormatError):
        preview_export(BIG, format="telegram")


def test_child_process_errors_and_cancel(lib, tmp_path, monkeypatch):
    # Big exports are parsed in a child process; force that for small ones.
    from backupgui.library.importers import worker

    monkeypatch.setattr(worker, "CHILD_MIN_BYTES", 0)
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list\nmilk: 2\n", encoding="utf-8")
    with pytest.raises(ImportFormatError) as exc:
        import_export(lib, notes)
    assert exc.value.line == 1 and "line 1" in str(exc.value)

    token = CancelToken()
    seen = []

    def progress(done, total):
        seen.append(done)
        token.cancel()  # as soon as the child reports

    with pytest.raises(CancelledError):
        import_export(lib, _zip(tmp_path), progress=progress, cancel=token)
    assert seen and lib.counts() == (0, 0, 0) and media_files(lib) == []

    shown = []
    res = import_export(lib, _zip(tmp_path), progress=lambda d, t: shown.append((d, t)))
    assert res.messages_added == 12 and res.media_added == 2
    assert shown == sorted(shown) and shown[-1][0] == shown[-1][1] > 0
