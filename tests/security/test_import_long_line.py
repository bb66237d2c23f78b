"""Issue 18 item 8: a WhatsApp export with a very long line (a crafted one: a 256 MiB line
zips to 255 KiB) is read in linear time, cut at a per-message size cap with a warning, and
can be cancelled while that line is read. Every test here fails on the code before the fix,
which re-copied the whole line for each 1 MiB read (quadratic) and reported no progress, so
no cancel, until the line ended."""

from __future__ import annotations

import time

import pytest

from backupgui.errors import CancelledError
from backupgui.jobs import CancelToken
from backupgui.library import Library
from backupgui.library.importers import common, import_export, preview_export, whatsapp, worker

HEAD = b"1/1/21, 10:00 - Ana: "
TAIL = b"\n1/1/21, 10:01 - Bob: after\n"


def _long_line_export(path, mib: int):
    with open(path, "wb") as fh:
        fh.write(HEAD)
        block = b"x" * (1 << 20)
        for _ in range(mib):
            fh.write(block)
        fh.write(TAIL)
    return path


def _cpu(fn) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def test_a_long_line_takes_linear_time(tmp_path):
    small = _long_line_export(tmp_path / "WhatsApp Chat with Ana 8.txt", 8)
    big = _long_line_export(tmp_path / "WhatsApp Chat with Ana 64.txt", 64)
    t_small = _cpu(lambda: preview_export(small))
    t_big = _cpu(lambda: preview_export(big))
    # 8 times the bytes: linear reading costs at most about 8 times as much (CPU time of
    # this process, measured in the same run; quadratic copying cost ~24 times here).
    assert t_big < 8 * max(t_small, 0.05), (t_small, t_big)


def test_a_message_longer_than_the_cap_is_cut_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(whatsapp, "MAX_MESSAGE_BYTES", 1 << 20, raising=False)
    one_line = _long_line_export(tmp_path / "WhatsApp Chat with Ana.txt", 3)
    many = tmp_path / "WhatsApp Chat with Bob.txt"
    many.write_bytes(HEAD + b"start\n" + (b"y" * 1000 + b"\n") * 3000 + TAIL)  # 3 MB, many lines
    for export in (one_line, many):
        with Library(tmp_path / f"lib-{export.stem}") as lib:
            res = import_export(lib, export)
            assert res.messages_added == 2
            assert any("longer than 1 MiB" in w for w in res.warnings), res.warnings
            first, after = lib.messages(lib.list_chats()[0].id)
            assert len(first.text.encode()) <= 1 << 20 and after.text == "after"


def test_reading_a_long_line_can_be_cancelled(tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "CHILD_MIN_BYTES", 1 << 40)  # parse in this process
    export = _long_line_export(tmp_path / "WhatsApp Chat with Ana.txt", 64)
    read = [0]
    real_open = common.ExportSource.open

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def read(self, n=-1):
            data = self.fh.read(n)
            read[0] += len(data)
            return data

        def seek(self, n):
            return self.fh.seek(n)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(common.ExportSource, "open", lambda self, m: Counting(real_open(self, m)))
    token = CancelToken()

    def progress(done, total):
        token.cancel()  # at the first report

    with Library(tmp_path / "lib") as lib, pytest.raises(CancelledError):
        import_export(lib, export, progress=progress, cancel=token)
    assert read[0] < export.stat().st_size // 8  # stopped early in the line, not at its end
    with Library(tmp_path / "lib") as lib:
        assert lib.counts() == (0, 0, 0)
