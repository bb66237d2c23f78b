"""What listing a set's backups costs with and without the snapshot summary cache: the
``list --json`` command and the restore wizard's list (its unlock, ``unlock_backup``), on a
folder and on the Drive emulator (docs/PERFORMANCE.md s18, docs/SECURITY.md 2.11).

    python -m bench.listing_cache [--backups 20] [--rounds 3] [--base REV] [--library DIR]
                                  [--no-drive] [--json FILE]

Backs the cached 1 GiB bench library (``BACKUPGUI_BENCH_DIR``; read only: a working copy is
made) up ``--backups`` times into a folder (keeping them all), and uploads that folder's
objects as they are to the Drive emulator (the same set; each object through the Drive
destination's own upload). Then, in a fresh interpreter per run:

* ``base`` (with ``--base REV``, e.g. ``main``): that commit's code (``git archive``);
* ``cold``: this tree, its cache folder removed first (a computer that never listed the set);
* ``warm``: this tree with its cache (the folder's as the seed backups left it; Drive's
  after one listing there, as a backup from this computer leaves it).

Per run: the operation's CPU seconds and wall time inside the process (the modules it needs
imported before: the CLI's own lazy imports inside ``list`` count), the whole process's
CPU (``RUSAGE_CHILDREN``) and wall, the manifests read (streamed), and on Drive the requests
the emulator answered. Prints medians; the sides alternate which goes first in each round.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-listing-token"
KEYS = ("op_cpu", "op_wall", "proc_cpu", "proc_wall", "reads", "requests")


def _child(op: str, dest: str, lib: str, key_file: str, set_id: str) -> None:
    """Run ``op`` ("list" or "wizard") once; print one JSON line: its CPU and wall, the
    manifests streamed."""
    from backupgui.destinations.base import Destination

    reads = [0]

    def counting(cls) -> None:
        real = cls.stream

        def stream(self, name, *a, **kw):
            if "/snapshots/" in name:
                reads[0] += 1
            return real(self, name, *a, **kw)
        cls.stream = stream

    from backupgui.destinations.folder import FolderDestination
    from backupgui.destinations.gdrive import GoogleDriveDestination

    for cls in (Destination, FolderDestination, GoogleDriveDestination):
        counting(cls)
    # (the modules each operation needs are imported first: the figure is the operation)
    from backupgui.cli import main
    from backupgui.crypto.keys import key_from_text
    from backupgui.crypto.material import RawKey
    from backupgui.destinations import factory
    from backupgui.ui.restore import wizard
    from backupgui.ui.settings.destinations import DestinationSpec

    wizard.open_destination = lambda spec: factory.open_destination(spec.folder_path)
    c0, w0 = time.process_time(), time.monotonic()
    if op == "list":
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            rc = main(["list", "--dest", dest, "--library", lib, "--key-file", key_file,
                       "--json"])
        backups = json.loads(out.getvalue())
        if rc or not backups:
            raise RuntimeError(f"list: {rc}")
        n = len(backups)
    else:
        u = wizard.unlock_backup(DestinationSpec("folder", dest),
                                 RawKey(key_from_text(Path(key_file).read_text())), set_id,
                                 Path(lib))
        n = len(u.backups)
    print(json.dumps({"op_cpu": time.process_time() - c0, "op_wall": time.monotonic() - w0,
                      "reads": reads[0], "backups": n}))


def _run(code: Path, cache: Path, op: str, dest: str, lib: Path, key_file: Path, set_id: str,
         emu=None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(code), XDG_CACHE_HOME=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if emu is not None:
        env.update(BACKUPGUI_DRIVE_ROOT=emu.root_url, BACKUPGUI_DRIVE_TOKEN=TOKEN)
        emu.clear_log()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w0 = time.monotonic()
    out = subprocess.run([sys.executable, __file__, "--child", op, dest, str(lib),
                          str(key_file), set_id], env=env, capture_output=True, text=True)
    wall = time.monotonic() - w0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    got = json.loads(out.stdout.splitlines()[-1])
    got["proc_cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    got["proc_wall"] = wall
    got["requests"] = len(emu.requests) if emu is not None else 0
    return got


def _seed_drive(folder: Path, work: Path):
    """The emulator, holding the folder's objects as they are."""
    from google.oauth2.credentials import Credentials

    from backupgui.destinations.folder import FolderDestination
    from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
    from backupgui.services.drive_emulator import DriveEmulator

    emu = DriveEmulator(work / "drive", static_tokens=(TOKEN,)).start()
    src = FolderDestination(folder)
    dest = GoogleDriveDestination(Credentials(token=TOKEN), api_root=emu.root_url,
                                  options=DriveOptions(spool_dir=work / "spool"))
    try:
        for o in src.list("sets/"):
            dest.put(o.name, src.read(o.name), new=True)
    finally:
        dest.close()
    return emu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.listing_cache", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backups", type=int, default=20, help="backups kept in the set")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--base", help="a commit to compare with (e.g. main)")
    ap.add_argument("--library", type=Path, help="a library folder instead of the bench's")
    ap.add_argument("--no-drive", action="store_true")
    ap.add_argument("--json", type=Path, help="write the runs and medians here")
    args = ap.parse_args(argv)

    from backupgui.crypto.keys import key_from_text
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine import BackupRequest, backup
    from backupgui.engine.repository import Repo
    from bench.dataset import build_library, working_copy, write_key_file
    from bench.measure import byte_compile
    from bench.pairs import export

    byte_compile(ROOT / "backupgui")
    src = args.library or Path(build_library(1 << 30).path)
    work = Path(tempfile.mkdtemp(prefix="backupgui-listing-"))
    emu = None
    try:
        key_file = write_key_file(work / "key")
        key = RawKey(key_from_text(key_file.read_text()))
        sides = {"cold": ROOT, "warm": ROOT}
        base = None
        if args.base:
            base = export(args.base, work / "base")
            sides = {"base": work / "base", **sides}
        lib = working_copy(src, work / "lib")
        folder = work / "dest"
        print(f"seeding {args.backups} backups of {src} ...", file=sys.stderr, flush=True)
        t0 = time.monotonic()
        warm_caches = {"folder": work / "cache-warm-folder", "drive": work / "cache-warm-drive"}
        os.environ["XDG_CACHE_HOME"] = str(warm_caches["folder"])  # (the seed's own cache)
        for _ in range(args.backups):
            backup(BackupRequest(lib, FolderDestination(folder), key, keep=args.backups,
                                 device_name="bench"))
        set_id = Repo.open(FolderDestination(folder), key).set_id
        where = {"folder": str(folder)}
        if not args.no_drive:
            emu = _seed_drive(folder, work)
            where["drive"] = "gdrive"
        print(f"seeded in {time.monotonic() - t0:.0f} s", file=sys.stderr, flush=True)
        if emu is not None:  # warm: one listing from this computer binds Drive's checksums
            _run(ROOT, warm_caches["drive"], "list", "gdrive", lib, key_file, set_id, emu)
        runs: dict[str, list[dict]] = {}
        for r in range(args.rounds):
            for kind, dest in where.items():
                for op in ("list", "wizard"):
                    order = list(sides) if r % 2 == 0 else list(reversed(sides))
                    for side in order:
                        cache = warm_caches[kind] if side == "warm" else work / f"cache-{side}"
                        if side != "warm":
                            shutil.rmtree(cache, ignore_errors=True)
                        got = _run(sides[side], cache, op, dest, lib, key_file, set_id,
                                   emu if kind == "drive" else None)
                        runs.setdefault(f"{kind} {op} {side}", []).append(got)
        med = {n: {k: statistics.median(x[k] for x in v) for k in KEYS} for n, v in runs.items()}
        for n, m in med.items():
            print(f"{n:22s} op cpu {m['op_cpu']:.3f} s wall {m['op_wall']:.3f} s | process cpu "
                  f"{m['proc_cpu']:.3f} s wall {m['proc_wall']:.3f} s | manifests read "
                  f"{m['reads']:.0f} | requests {m['requests']:.0f}")
        ref = "base" if base else "cold"
        ratios = {}
        for kind in where:
            for op in ("list", "wizard"):
                w, b = med[f"{kind} {op} warm"], med[f"{kind} {op} {ref}"]
                ratios[f"{kind} {op}"] = {k: round(w[k] / b[k], 3) for k in
                                          ("op_cpu", "op_wall", "proc_cpu", "proc_wall") if b[k]}
                print(f"{kind} {op}: warm / {ref}: " + ", ".join(
                    f"{k} {v:.2f}x" for k, v in ratios[f"{kind} {op}"].items()))
        if args.json:
            args.json.write_text(json.dumps({
                "backups": args.backups, "rounds": args.rounds, "library": str(src),
                "base": base, "load_avg": os.getloadavg(), "runs": runs, "median": med,
                "ratios_vs_" + ref: ratios}, indent=1))
    finally:
        if emu is not None:
            emu.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:7])
    else:
        sys.exit(main())
