"""What a backup's start costs with many kept backups: the snapshot summary cache against
reading every manifest (docs/PERFORMANCE.md s17, docs/RELIABILITY.md 8).

    python -m bench.backup_start [--backups 20] [--rounds 5] [--base REV] [--library DIR]
                                 [--json FILE]

Backs the cached 1 GiB bench library (``BACKUPGUI_BENCH_DIR``; read only: a working copy is
made) up ``--backups`` times into a folder, then times unchanged re-backups that keep that
many (``keep``) from hard-linked copies of that folder, one per side, each run in a fresh
interpreter:

* ``cache``: this tree, with the summary cache the seed backups left (the same computer);
* ``nocache``: this tree, its cache folder removed before each run (a first backup here);
* ``base`` (with ``--base REV``, e.g. ``main``): that commit's code, exported by
  ``git archive`` as ``bench.pairs`` does.

Per run: the job's CPU seconds (all threads), the CPU seconds of opening the set
(``_open_set``: unlock, snapshots, indexes) and of retention on the job thread, and the
manifests read (streamed) from the destination in each. Prints medians and the ratios
against ``base`` (or ``nocache``). The sides alternate which goes first in each round.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ("cpu", "open_cpu", "retention_cpu", "reads_open", "reads_retention", "wall")


def _child(lib: str, dest: str, key_file: str, keep: int, count: int) -> None:
    """``count`` backups of ``lib`` to ``dest`` keeping ``keep``; prints one JSON line for
    the last."""
    import backupgui.engine.backup  # noqa: F401  (the module; the package exports a function)
    from backupgui.crypto.keys import key_from_text
    from backupgui.crypto.material import RawKey
    from backupgui.destinations.folder import FolderDestination
    from backupgui.engine.types import BackupRequest

    B = sys.modules["backupgui.engine.backup"]
    reads = [0]

    class Counting(FolderDestination):
        def stream(self, name, *args, **kw):
            if "/snapshots/" in name:
                reads[0] += 1
            return super().stream(name, *args, **kw)

    got: dict[str, float] = {}

    def timed(name: str, key: str) -> None:
        f = getattr(B, name)

        def wrapped(*a, **kw):
            c, r = time.thread_time(), reads[0]
            try:
                return f(*a, **kw)
            finally:
                got[key + "_cpu"] = time.thread_time() - c
                got["reads_" + key] = reads[0] - r
        setattr(B, name, wrapped)

    timed("_open_set", "open")
    timed("apply_retention", "retention")
    key = RawKey(key_from_text(Path(key_file).read_text()))
    t0, w0 = time.process_time(), time.monotonic()
    if not count:  # only list the set with the cache (binding its entries to these files)
        from backupgui.engine.repository import Repo

        Repo.open(Counting(dest), key, summaries=True).snapshots()
    for _ in range(count):
        t0, w0 = time.process_time(), time.monotonic()
        B.backup(BackupRequest(Path(lib), Counting(dest), key, keep=keep, device_name="bench"))
    print(json.dumps(dict(got, cpu=time.process_time() - t0, wall=time.monotonic() - w0)))


def _run(code: Path, cache: Path, lib: Path, dest: Path, key_file: Path, keep: int,
         count: int = 1) -> dict:
    # (run as a script, so that only ``code``'s backupgui is on the path: a base commit's
    # bench folder may not have this file)
    env = dict(os.environ, PYTHONPATH=str(code), XDG_CACHE_HOME=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, __file__, "--child", str(lib), str(dest), str(key_file),
                          str(keep), str(count)], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.backup_start", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backups", type=int, default=20, help="backups kept in the set")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--base", help="a commit to compare with (e.g. main)")
    ap.add_argument("--library", type=Path, help="a library folder instead of the bench's")
    ap.add_argument("--json", type=Path, help="write the runs and medians here")
    args = ap.parse_args(argv)

    from bench.dataset import build_library, working_copy, write_key_file
    from bench.measure import byte_compile
    from bench.pairs import export

    byte_compile(ROOT / "backupgui")

    src = args.library or Path(build_library(1 << 30).path)
    work = Path(tempfile.mkdtemp(prefix="backupgui-start-"))
    try:
        key_file = write_key_file(work / "key")
        sides = {"cache": ROOT, "nocache": ROOT}
        base = None
        if args.base:
            base = export(args.base, work / "base")
            sides["base"] = work / "base"
        seed_dest, seed_cache = work / "seed-dest", work / "cache-cache"
        print(f"seeding {args.backups} backups of {src} ...", file=sys.stderr, flush=True)
        lib0 = working_copy(src, work / "lib-seed")
        _run(ROOT, seed_cache, lib0, seed_dest, key_file, args.backups, args.backups)
        libs, dests = {}, {}
        for name in sides:
            libs[name] = working_copy(lib0, work / f"lib-{name}")
            dests[name] = work / f"dest-{name}"
            subprocess.run(["cp", "-al", str(seed_dest), str(dests[name])], check=True)
        for name in sides:
            # The manifests are copied, not linked: a link made or removed (one side's
            # retention) moves a file's change time, which the summary cache's entries are
            # bound to (docs/SECURITY.md 2.11), in every folder that shares it.
            for snaps in dests[name].glob("sets/*/snapshots"):
                shutil.rmtree(snaps)
                shutil.copytree(seed_dest / snaps.relative_to(dests[name]), snaps)
        # The cache side's entries bound to its own copy's files, as that computer's would be.
        _run(ROOT, seed_cache, libs["cache"], dests["cache"], key_file, args.backups, 0)
        runs: dict[str, list[dict]] = {n: [] for n in sides}
        for r in range(args.rounds):
            order = list(sides) if r % 2 == 0 else list(reversed(sides))
            for name in order:
                cache = seed_cache if name == "cache" else work / f"cache-{name}"
                if name != "cache":
                    shutil.rmtree(cache, ignore_errors=True)
                runs[name].append(_run(sides[name], cache, libs[name], dests[name], key_file,
                                       args.backups))
        med = {n: {k: statistics.median(x[k] for x in v) for k in KEYS} for n, v in runs.items()}
        ref = "base" if "base" in med else "nocache"
        for n, m in med.items():
            print(f"{n:8s} cpu {m['cpu']:.3f} s  open_set {m['open_cpu']:.3f} s "
                  f"(manifests read {m['reads_open']:.0f})  retention {m['retention_cpu']:.3f} s "
                  f"(read {m['reads_retention']:.0f})  wall {m['wall']:.3f} s")
        ratios = {k: med["cache"][k] / med[ref][k] for k in ("cpu", "open_cpu")
                  if med[ref][k] > 0}
        print(f"cache / {ref}: " + ", ".join(f"{k} {v:.2f}x" for k, v in ratios.items()))
        if args.json:
            args.json.write_text(json.dumps({
                "backups": args.backups, "rounds": args.rounds, "library": str(src),
                "base": base, "load_avg": os.getloadavg(), "runs": runs, "median": med,
                "ratios_vs_" + ref: ratios}, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:5], int(sys.argv[5]), int(sys.argv[6]))
    else:
        sys.exit(main())
