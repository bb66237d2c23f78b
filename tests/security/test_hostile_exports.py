"""Exports are hostile: a Telegram result.json nested deeper than Python parses, or one
message inflating from a small zip to gigabytes, must be a clear ``ImportFormatError`` with
the library unchanged and memory bounded, never a RecursionError or an exhausted machine."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile

import pytest

from backupgui.library import Library
from backupgui.library.importers import ImportFormatError, import_export, preview_export
from backupgui.library.importers.telegram import MAX_VALUE_CHARS

GOOD = ('{"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "from": "Ana",'
        ' "from_id": "user1", "text": "hello"},')
HEAD = ('{"name": "Ana", "type": "personal_chat", "id": 1, "messages": ['
        '{"id": 2, "type": "message", "date": "2024-01-01T10:01:00", "from": "Ana",'
        ' "from_id": "user1", "text": ')
TAIL = "}]}"


@pytest.mark.parametrize("depth", [10_000, 200_000])
def test_a_message_nested_deeper_than_python_parses_is_an_import_format_error(tmp_path, depth):
    """Was a RecursionError out of the importer (the import dialog's "unexpected error")."""
    path = tmp_path / "result.json"
    path.write_text(HEAD + "[" * depth + "]" * depth + TAIL, encoding="utf-8")
    with pytest.raises(ImportFormatError, match="nested too deeply"):
        preview_export(path)
    with Library(tmp_path / "library") as lib:
        with pytest.raises(ImportFormatError):
            import_export(lib, path)
        assert lib.chat_ids() == []


def test_a_message_inflating_from_a_small_zip_is_refused_with_bounded_memory(tmp_path):
    """A 128 MiB string in one message, from a zip of half a megabyte: the importer read it
    whole and copied it several times (peak RSS about 4 times the string); now one value
    stops at ``MAX_VALUE_CHARS`` (64 Mi characters; 4 Mi here, so that the test is quick
    and the bound shows: memory grows with the bound, not with what the zip inflates to).
    In a fresh process, its address space limited to 1 GiB."""
    export = tmp_path / "Telegram Desktop export.zip"
    piece = b"a" * (1 << 20)
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("ChatExport/result.json", "w", force_zip64=True) as f:
            f.write(HEAD.encode() + b'"')
            for _ in range(128):
                f.write(piece)
            f.write(b'"' + TAIL.encode())
    assert export.stat().st_size < 2 << 20
    script = textwrap.dedent("""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from backupgui.library import Library
        from backupgui.library.importers import ImportFormatError, import_export, preview_export
        from backupgui.library.importers import telegram
        telegram.MAX_VALUE_CHARS = 4 << 20
        with Library(sys.argv[2]) as lib:
            pass
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        for step in ("preview", "import"):
            try:
                if step == "preview":
                    preview_export(sys.argv[1])
                else:
                    with Library(sys.argv[2]) as lib:
                        import_export(lib, sys.argv[1])
            except ImportFormatError as exc:
                print(step, "refused:", str(exc)[:200])
        with Library(sys.argv[2]) as lib:
            print("chats", len(lib.chat_ids()))
        print("grew_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024 - base)
    """)
    p = subprocess.run([sys.executable, "-c", script, str(export), str(tmp_path / "library")],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    lines = p.stdout.splitlines()
    assert any(ln.startswith("preview refused:") and "longer than 4 MiB" in ln for ln in lines), p.stdout
    assert any(ln.startswith("import refused:") and "longer than 4 MiB" in ln for ln in lines), p.stdout
    assert "chats 0" in lines
    grew = int(next(ln for ln in lines if ln.startswith("grew_mb")).split()[1])
    assert grew < 64, f"peak RSS grew by {grew} MB reading a value bounded at 4 Mi characters"
    assert MAX_VALUE_CHARS == 64 << 20  # (what the app uses)


def test_after_readable_messages_a_nested_one_ends_the_import_with_a_report(tmp_path):
    """A partly readable export keeps what was read and says where it stopped (as for any
    broken JSON), the nesting named."""
    path = tmp_path / "result.json"
    path.write_text(HEAD.replace('"messages": [', '"messages": [' + GOOD) + "[" * 200_000
                    + "]" * 200_000 + TAIL, encoding="utf-8")
    with Library(tmp_path / "library") as lib:
        res = import_export(lib, path)
        assert res.messages_added == 1
        assert any("nested too deeply" in why for _, why in res.skipped), res.skipped


def test_an_attachment_inflating_from_a_small_zip_stops_at_once(tmp_path, monkeypatch):
    """A 64 MiB attachment deflated into a 64 KiB zip member (a zip member inflates up to
    ~1,000 times its stored size): Stop during its copy waited for the whole file to be
    inflated and written (the check came only between files); a crafted export of zip64
    members of any size was so uncancellable while it filled the disk. Now each MiB."""
    from backupgui.errors import CancelledError
    from backupgui.jobs import CancelToken
    from backupgui.library.importers import common, worker

    monkeypatch.setattr(worker, "CHILD_MIN_BYTES", 1 << 40)  # parse in this process
    export = tmp_path / "WhatsApp Chat with Ana.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("WhatsApp Chat with Ana.txt",
                    "1/1/21, 10:00 - Ana: big.bin (file attached)\n1/1/21, 10:01 - Bob: after\n")
        with zf.open("big.bin", "w", force_zip64=True) as fh:
            for _ in range(64):
                fh.write(bytes(1 << 20))
    assert export.stat().st_size < 1 << 20
    token, read = CancelToken(), [0]
    real_open = common.ExportSource.open

    class Stopping:
        """The member as the importer reads it; Stop is pressed at its first read."""

        def __init__(self, fh, member: str) -> None:
            self.fh, self.member = fh, member

        def read(self, n: int = -1) -> bytes:
            data = self.fh.read(n)
            if self.member == "big.bin":
                token.cancel()
                read[0] += len(data)
            return data

        def seek(self, n: int) -> int:
            return self.fh.seek(n)

        def __enter__(self):
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

    monkeypatch.setattr(common.ExportSource, "open", lambda self, m: Stopping(real_open(self, m), m))
    with Library(tmp_path / "lib") as lib, pytest.raises(CancelledError):
        import_export(lib, export, cancel=token)
    assert read[0] <= 2 << 20  # was all 64 MiB
    with Library(tmp_path / "lib") as lib:
        assert lib.counts() == (0, 0, 0)
    assert not list((tmp_path / "lib").glob(".import-*"))  # no partial copy left


def test_lone_surrogate_escapes_in_an_export_become_replacement_characters(tmp_path):
    """``"\\ud83d"`` (an emoji cut in half, or a crafted escape) in a chat's name, a sender's
    name, a message's text or an attachment's name: Python's JSON decoder keeps a lone
    surrogate, which the library's database cannot encode, so the import stopped with an
    internal ``UnicodeEncodeError`` (s17). Now each lone one is U+FFFD; a pair is the emoji."""
    path = tmp_path / "result.json"
    path.write_text(
        '{"name": "Ana \\ud83d", "type": "personal_chat", "id": 1, "messages": ['
        '{"id": 2, "type": "message", "date": "2024-01-01T10:01:00", "from": "\\udfffAna",'
        ' "from_id": "user1\\ud800", "text": "hi \\ud83d\\ude00 and \\ude00\\ud83d"},'
        '{"id": 3, "type": "message", "date": "2024-01-01T10:02:00", "from": "Ana",'
        ' "from_id": "user1", "file": "files/a\\udc80.pdf", "mime_type": "application/pdf",'
        ' "text": ""}]}', encoding="utf-8")
    assert preview_export(path).chats[0].name == "Ana \ufffd"
    with Library(tmp_path / "library") as lib:
        res = import_export(lib, path)
        assert res.messages_added == 2, res
        (cid,) = lib.chat_ids()
        chat = lib.chat(cid)
        assert chat.name == "Ana \ufffd"
        assert {p.name for p in chat.participants} >= {"\ufffdAna"}
        texts = [m.text for m in lib.messages(cid)]
        assert "hi \U0001f600 and \ufffd\ufffd" in texts
        names = [r.filename for m in lib.messages(cid) for r in m.media]
        assert names == ["a\ufffd.pdf"], names
