"""``backupgui-cli backup``'s retention flags (a subprocess, a real folder): no flag, the
default policy; ``--keep N`` alone, exactly the newest N as before; ``--keep-<rule>``, exactly
the rules given."""

from __future__ import annotations

import json

from .helpers import PASSWORD, SMALL_KDF_ARGS, run_cli


def _run(*args, expect=0):
    r = run_cli(*args, env={"BACKUPGUI_PASSWORD": PASSWORD})
    assert r.returncode == expect, (r.argv, r.stdout, r.stderr)
    return r


def _listed(dest) -> list[str]:
    return [b["id"] for b in json.loads(_run("list", "--dest", dest, "--json").stdout)]


def test_keep_flags(tmp_path):
    lib, dest = tmp_path / "lib", tmp_path / "dest"
    _run("demo", "--library", lib, "--chats", "2", "--seed", "4", "--media-mb", "0.2")
    back = ("backup", "--library", lib, "--dest", dest, *SMALL_KDF_ARGS, "--json", "-q")
    ids = [json.loads(_run(*back).stdout)["snapshot_id"] for _ in range(3)]
    # No flag: the newest 3 (and today's newest) are kept, where 2 were before.
    assert sorted(_listed(dest)) == sorted(ids)
    # --keep 2 alone: exactly the newest 2, nothing older, as before the time rules.
    r = json.loads(_run(*back, "--keep", "2").stdout)
    assert r["removed_snapshots"] == ids[:2]
    assert sorted(_listed(dest)) == sorted([ids[2], r["snapshot_id"]])
    # Time rules alone keep the newest 1 and the newest of each day: all made today.
    r2 = json.loads(_run(*back, "--keep-daily", "7", "--keep-monthly", "3").stdout)
    assert _listed(dest) == [r2["snapshot_id"]]
    bad = _run(*back, "--keep-weekly", "-1", expect=2)
    assert "--keep-weekly" in bad.stderr and "0 to 1000" in bad.stderr
    assert "--keep-daily N" in _run("backup", "--help").stdout
