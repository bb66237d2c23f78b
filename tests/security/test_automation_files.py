"""The scheduler's own files under names another program may have taken (s20, the tenth
hostile pass): ``schedule.json``, ``history.jsonl`` and the backup lock's note.

Before, each was read whole with ``read_text``: a FIFO at its name **held the app at start
for ever** (the schedule is read on the GUI thread when the scheduler is installed), a
history append waited for a reader of the FIFO, asking who holds the lock waited on a FIFO
there, a link to ``/dev/zero`` read until memory ran out, and a history of gigabytes was
read whole. Now each is read only if it is a regular file, without waiting, and bounded
(the history by its newest 4 MiB); the app goes on with the default schedule, an empty
history, an unknown holder.

Each case runs in a child process with a 10 s limit and 1.5 GiB of address space, so the
code before fails cleanly (hang: timeout; /dev/zero: MemoryError) instead of taking the
machine's memory.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero")

ROOT = Path(__file__).resolve().parents[2]


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 << 29, 3 << 29))


def _run(code: str, tmp_path: Path) -> str:
    """Run ``code`` (with ``cfg`` the config folder) in a child; its last line of output."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), BACKUPGUI_CONFIG_DIR=str(tmp_path / "cfg"))
    prog = f"from pathlib import Path\ncfg = Path({str(tmp_path / 'cfg')!r})\n" + textwrap.dedent(code)
    try:
        p = subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True, text=True,
                           timeout=10, preexec_fn=_limited)
    except subprocess.TimeoutExpired:
        pytest.fail("still reading after 10 s (waiting on the FIFO or reading without end)")
    assert p.returncode == 0, p.stderr[-2000:]
    return p.stdout.strip().splitlines()[-1]


def _plant(path: Path, how: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if how == "fifo":
        os.mkfifo(path)
    elif how == "dev-zero":
        path.symlink_to("/dev/zero")
    elif how == "folder":
        path.mkdir()


@pytest.mark.parametrize("how", ["fifo", "dev-zero", "folder"])
def test_a_schedule_that_is_no_file_gives_the_default(tmp_path, how):
    _plant(tmp_path / "cfg" / "schedule.json", how)
    out = _run("""
        from backupgui.automation.schedule import ScheduleConfig, load_config
        print(load_config() == ScheduleConfig())
    """, tmp_path)
    assert out == "True"


def test_a_huge_schedule_is_not_read(tmp_path):
    path = tmp_path / "cfg" / "schedule.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"enabled": true, "pad": "' + "x" * (1 << 20) + '"}')
    out = _run("""
        from backupgui.automation.schedule import ScheduleConfig, load_config
        print(load_config() == ScheduleConfig())
    """, tmp_path)
    assert out == "True"


@pytest.mark.parametrize("how", ["fifo", "dev-zero"])
def test_a_history_that_is_no_file_reads_empty_and_takes_no_append(tmp_path, how):
    _plant(tmp_path / "cfg" / "history.jsonl", how)
    out = _run("""
        from datetime import UTC, datetime
        from backupgui.automation.history import History, HistoryEntry, Result
        h = History()
        before = h.load()
        try:
            h.append(HistoryEntry(datetime.now(UTC), "manual", Result.OK))
            appended = "appended"
        except Exception as exc:
            appended = type(exc).__name__
        print(len(before), appended, len(h.load()))
    """, tmp_path)
    n, appended, after = out.split()
    assert (n, after) == ("0", "0") and appended != "appended", out


def test_a_history_of_gigabytes_is_read_by_its_newest_runs(tmp_path):
    path = tmp_path / "cfg" / "history.jsonl"
    path.parent.mkdir(parents=True)
    from datetime import UTC, datetime

    from backupgui.automation.history import HistoryEntry, Result

    line = HistoryEntry(datetime.now(UTC), "manual", Result.OK).to_json()
    with open(path, "wb") as fh:  # 3 GiB of a hole (no disk used), then 3 runs
        fh.write(b"junk\n")
        fh.truncate(3 << 30)
        fh.seek(3 << 30)
        fh.write(("\n" + "\n".join([line] * 3) + "\n").encode())
    out = _run("""
        from backupgui.automation.history import History
        print(len(History().load()))
    """, tmp_path)
    assert out == "3"


def test_a_fifo_at_the_lock_note_names_no_holder_and_holds_nothing(tmp_path):
    note = tmp_path / "lock"
    os.mkfifo(note)
    out = _run(f"""
        from backupgui.automation.runlock import read_holder
        print(read_holder(Path({str(note)!r})))
    """, tmp_path)
    assert out == "None"


def test_the_files_as_the_app_writes_them_still_read(tmp_path):
    """(A guard: a real schedule, history and lock note read as before.)"""
    out = _run("""
        from datetime import UTC, datetime
        from backupgui.automation.history import History, HistoryEntry, Result
        from backupgui.automation.runlock import is_locked, try_lock
        from backupgui.automation.schedule import ScheduleConfig, load_config, save_config
        save_config(ScheduleConfig(frequency="daily"))
        h = History()
        for _ in range(3):
            h.append(HistoryEntry(datetime.now(UTC), "manual", Result.OK))
        lock = try_lock(program="tester", path=cfg / "lock")
        holder = is_locked(path=cfg / "lock")
        lock.release()
        print(load_config().frequency, len(h.load()), holder.program)
    """, tmp_path)
    assert out == "daily 3 tester"
    assert json.loads((tmp_path / "cfg" / "schedule.json").read_text())["frequency"] == "daily"
