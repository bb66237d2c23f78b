"""libsodium (rbcl) is loaded without leaving a file behind, and where /tmp is noexec.

rbcl writes its bundled libsodium to a new temp file at every import and never removes it;
``backupgui.vault.sodium`` makes that file in a private folder and removes it once loaded.
Each case runs in a fresh interpreter (the library is loaded once per process).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

# One OPRF evaluation end to end: the library must not only load but work.
_USE_IT = (
    "from backupgui.vault import oprf\n"
    "s = oprf.random_scalar()\n"
    "p = oprf.scalar_mult_base(s)\n"
    "assert oprf.rbcl.crypto_core_ristretto255_is_valid_point(p)\n"
    "print('ok')\n"
)


def _run(env_extra: dict[str, str], code: str = _USE_IT) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("TMPDIR", "TEMP", "TMP", "XDG_CACHE_HOME")}
    env.update(env_extra)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60)


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_nothing_is_left_in_the_temp_folder(tmp_path):
    tmp = tmp_path / "tmp"
    cache = tmp_path / "cache"
    tmp.mkdir()
    for _ in range(2):
        r = _run({"TMPDIR": str(tmp), "XDG_CACHE_HOME": str(cache)})
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip() == "ok"
    assert list(tmp.iterdir()) == []  # no library file, no private folder
    assert not cache.exists() or _files(cache) == []


def test_the_library_file_is_made_in_a_private_folder(tmp_path):
    """Checked while the import runs: the file rbcl writes is in a 0700 folder of ours."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    code = (
        "import os, stat, tempfile\n"
        "seen = []\n"
        "real = tempfile.NamedTemporaryFile\n"
        "def spy(*a, **k):\n"
        "    f = real(*a, **k)\n"
        "    d = os.path.dirname(f.name)\n"
        "    seen.append((d, stat.S_IMODE(os.stat(d).st_mode)))\n"
        "    return f\n"
        "tempfile.NamedTemporaryFile = spy\n"
        "from backupgui.vault import sodium\n"
        "sodium.load()\n"
        "print(seen)\n"
    )
    r = _run({"TMPDIR": str(tmp), "XDG_CACHE_HOME": str(tmp_path / "cache")}, code)
    assert r.returncode == 0, r.stderr
    seen = eval(r.stdout)  # a list of (folder, mode) printed by the child
    assert len(seen) == 1
    folder, mode = seen[0]
    assert Path(folder).parent == tmp and Path(folder).name.startswith("backupgui-sodium-")
    assert mode == 0o700
    assert list(tmp.iterdir()) == []


def test_an_unusable_temp_folder_falls_back_to_the_cache(tmp_path):
    not_a_folder = tmp_path / "tmp-is-a-file"
    not_a_folder.write_bytes(b"")
    cache = tmp_path / "cache"
    r = _run({"TMPDIR": str(not_a_folder), "XDG_CACHE_HOME": str(cache)},
             f"import tempfile\ntempfile.tempdir = {str(not_a_folder)!r}\n" + _USE_IT)
    assert r.returncode == 0, r.stderr
    assert _files(cache) == []
    assert [p.name for p in cache.rglob("*") if p.name.startswith("backupgui-sodium-")] == []


def test_leftovers_of_earlier_processes_are_swept(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    left = tmp / "backupgui-sodium-old"
    left.mkdir(mode=0o700)
    (left / "tmpabc.so").write_bytes(b"\x7fELF old")
    foreign = tmp / "backupgui-sodium-open"
    foreign.mkdir(mode=0o755)  # not made by mkdtemp: never touched
    (foreign / "tmpdef.so").write_bytes(b"x")
    r = _run({"TMPDIR": str(tmp), "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert r.returncode == 0, r.stderr
    assert not left.exists()
    assert (foreign / "tmpdef.so").exists()


def test_rbcl_missing_is_an_import_error_and_leaves_nothing(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    code = (
        "import sys\n"
        "sys.modules['rbcl'] = None\n"  # an import of it now raises ModuleNotFoundError
        "from backupgui.vault import sodium\n"
        "try:\n"
        "    sodium.load()\n"
        "except ModuleNotFoundError:\n"
        "    print('missing')\n"
    )
    r = _run({"TMPDIR": str(tmp), "XDG_CACHE_HOME": str(tmp_path / "cache")}, code)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "missing"
    assert list(tmp.iterdir()) == []


def _can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.mark.skipif(not _can_mount(), reason="mounting a noexec tmpfs needs root on Linux")
def test_a_noexec_temp_folder_still_loads_libsodium(tmp_path):
    """A real tmpfs mounted noexec as the temp folder (hardened systems mount /tmp so)."""
    mnt = tmp_path / f"noexec-{uuid.uuid4().hex[:8]}"
    mnt.mkdir()
    m = subprocess.run(["mount", "-t", "tmpfs", "-o", "noexec,nosuid,size=16m", "tmpfs", str(mnt)],
                       capture_output=True, text=True)
    if m.returncode != 0:
        pytest.skip(f"mount refused here: {m.stderr.strip()}")
    try:
        # Before: rbcl alone cannot load its library from there.
        plain = _run({"TMPDIR": str(mnt)}, "import rbcl\n")
        assert plain.returncode != 0
        assert "failed to map segment" in plain.stderr or "Permission denied" in plain.stderr
        for p in mnt.iterdir():  # what that plain import left behind
            p.unlink()
        cache = tmp_path / "cache"
        r = _run({"TMPDIR": str(mnt), "XDG_CACHE_HOME": str(cache)})
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip() == "ok"
        assert list(mnt.iterdir()) == []
        assert _files(cache) == []
    finally:
        subprocess.run(["umount", str(mnt)], check=False)
