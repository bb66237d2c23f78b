"""Run history, conditions (battery, metered) and the autostart entries."""

from __future__ import annotations

import plistlib
import shlex
from datetime import UTC, datetime, timedelta

from backupgui.automation import autostart
from backupgui.automation.conditions import Action, Battery, decide, read_battery
from backupgui.automation.history import History, HistoryEntry


# --- history ------------------------------------------------------------------------------------
def test_history_round_trip_order_and_bad_lines(tmp_path):
    h = History(tmp_path / "h.jsonl")
    t0 = datetime(2024, 5, 1, 2, tzinfo=UTC)
    e1 = HistoryEntry(t0 + timedelta(days=1), "scheduled", "ok", size=10, uploaded=5,
                      duration_s=1.5, snapshot="s1")
    e0 = HistoryEntry(t0, "manual", "failed", reason="Disk full", code="DiskFullError")
    h.append(e1)
    h.append(e0)
    with open(h.path, "a") as f:
        f.write("garbage\n{\"time\": 1}\n")
    assert h.load() == [e0, e1]
    assert h.load(limit=1) == [e1]
    h.clear()
    assert h.load() == []


def test_history_keeps_a_runs_warnings_bounded(tmp_path):
    """A backup's warnings are kept; a hand-edited or damaged line cannot make them huge or
    other than strings; lines without them (older versions) read as none."""
    import json

    from backupgui.automation.history import MAX_REASON, MAX_WARNINGS

    h = History(tmp_path / "h.jsonl")
    t0 = datetime(2024, 5, 1, 2, tzinfo=UTC)
    e = HistoryEntry(t0, "scheduled", "ok", warnings=("A media file is missing from the "
                                                      "library (a.jpg).",))
    h.append(e)
    h.append(HistoryEntry(t0 + timedelta(hours=1), "scheduled", "ok"))
    assert "warnings" not in h.path.read_text().splitlines()[1]  # (none: not written)
    line = json.loads(h.path.read_text().splitlines()[0])
    line["time"] = (t0 + timedelta(hours=2)).isoformat()
    line["warnings"] = ["x" * 10_000, 5, None, *(["w"] * 1000)]
    with open(h.path, "a") as f:
        f.write(json.dumps(line) + "\n")
        f.write(json.dumps({**line, "warnings": "not a list"}) + "\n")
    first, second, hostile, not_list = h.load()
    assert first == e and second.warnings == ()
    assert hostile.warnings[0] == "x" * MAX_REASON and len(hostile.warnings) <= MAX_WARNINGS
    assert all(isinstance(w, str) for w in hostile.warnings)
    assert not_list.warnings == ()


def test_history_is_trimmed(tmp_path):
    h = History(tmp_path / "h.jsonl", max_entries=5)
    t0 = datetime(2024, 5, 1, tzinfo=UTC)
    for i in range(60):
        h.append(HistoryEntry(t0 + timedelta(hours=i), "scheduled", "ok", reason="x" * 100))
    got = h.load()
    assert 5 <= len(got) < 60
    assert got[-1].time == t0 + timedelta(hours=59)


# --- battery and decisions ----------------------------------------------------------------------
def _supply(root, name, **files):
    d = root / name
    d.mkdir(parents=True)
    for k, v in files.items():
        (d / k).write_text(v + "\n")


def test_battery_from_sysfs(tmp_path):
    _supply(tmp_path, "BAT0", type="Battery", capacity="15", status="Discharging", present="1")
    _supply(tmp_path, "AC", type="Mains", online="0")
    _supply(tmp_path, "hidpp_battery_0", type="Battery", capacity="90", scope="Device",
            status="Discharging")
    assert read_battery(tmp_path, "linux") == Battery(True, 15)


def test_battery_charging_desktop_and_other_platforms(tmp_path):
    _supply(tmp_path, "BAT0", type="Battery", capacity="15", status="Charging")
    _supply(tmp_path, "AC", type="Mains", online="1")
    assert read_battery(tmp_path, "linux") == Battery(False, 15)
    assert read_battery(tmp_path / "none", "linux") == Battery()
    assert read_battery(tmp_path, "win32") == Battery()
    empty = tmp_path / "desktop"
    empty.mkdir()
    _supply(empty, "AC", type="Mains", online="1")
    assert not read_battery(empty, "linux").known


def test_decide():
    low = Battery(True, 10)
    assert decide(metered=False, allow_metered=False, battery=low, min_battery=0).go
    d = decide(metered=True, allow_metered=False)
    assert d.action == Action.POSTPONE and d.code == "metered" and "metered" in d.reason
    assert decide(metered=True, allow_metered=True).go
    assert decide(metered=True, allow_metered=False, needs_network=False).go  # a local folder
    assert decide(metered=None, allow_metered=False).go  # unknown never blocks
    d = decide(metered=False, allow_metered=False, battery=low, min_battery=20, give_up=True)
    assert d.action == Action.SKIP and d.code == "battery" and d.percent == 10
    assert decide(metered=False, allow_metered=False, battery=Battery(False, 10),
                  min_battery=20).go
    assert decide(metered=None, allow_metered=True, online=False).code == "offline"


# --- autostart ----------------------------------------------------------------------------------
def test_desktop_entry_quotes_exec(tmp_path):
    cmd = ["/opt/my apps/python3", "-m", "backupgui", "--minimized"]
    text = autostart.desktop_entry(cmd)
    assert "[Desktop Entry]" in text and "Type=Application" in text
    exec_line = next(ln for ln in text.splitlines() if ln.startswith("Exec="))[5:]
    assert shlex.split(exec_line) == cmd
    assert autostart.desktop_entry(["/x/100%/b"]).count("100%%") == 1


def test_enable_disable_freedesktop_and_macos(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    cmd = ["/usr/bin/backupgui", "--minimized"]
    path = autostart.enable(cmd, platform="linux", home=tmp_path)
    assert path == tmp_path / ".config" / "autostart" / "io.github.backupgui.BackupGUI.desktop"
    assert "Exec=/usr/bin/backupgui --minimized" in path.read_text()
    assert autostart.is_enabled(platform="linux", home=tmp_path)
    autostart.disable(platform="linux", home=tmp_path)
    assert not autostart.is_enabled(platform="linux", home=tmp_path)

    plist = autostart.enable(cmd, platform="darwin", home=tmp_path)
    data = plistlib.loads(plist.read_bytes())
    assert data["ProgramArguments"] == cmd and data["RunAtLoad"] is True
    autostart.disable(platform="darwin", home=tmp_path)
    assert not plist.exists()


def test_windows_run_value_and_launch_command():
    assert autostart.run_value([r"C:\Program Files\backupgui\backupgui.exe", "--minimized"]) == \
        r'"C:\Program Files\backupgui\backupgui.exe" --minimized'
    cmd = autostart.launch_command()
    assert cmd[-1] == "--minimized"
    assert autostart.launch_command("/x/backupgui") == ["/x/backupgui", "--minimized"]
