"""An importer change against a base revision: importing an export again, the two versions in turn.

    python -m bench.reimport_pairs --base REV [--messages 200000] [--photos 100] [--pairs 3]
                                   [--first]

``REV`` (e.g. ``main``) is exported with ``git archive`` into a temporary folder; the other
side is the working tree. A generated WhatsApp export (``bench.import_bench.write_export``)
is imported once into a library; then, ``--pairs`` times, each side imports it again into
its own copy of that library in a fresh process (alternating which goes first), and so does
a ``.zip`` of ``--photos`` photos of 1 MiB (the library that has them imported once).
``--first`` also times a first import into an empty library. Prints the CPU seconds of each
run (the importing process and the export's parser process) and the per-pair ratios
(new / base): on a shared machine these are the figures to decide by, not wall times.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .import_bench import write_export

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import os, sys, time
from backupgui.library import Library
from backupgui.library.importers import import_export

with Library(sys.argv[2]) as lib:
    cpu, kids = time.process_time(), os.times()
    r = import_export(lib, sys.argv[1])
    end = os.times()
print(time.process_time() - cpu + (end.children_user - kids.children_user)
      + (end.children_system - kids.children_system), r.messages_added, r.messages_present,
      os.path.dirname(os.path.dirname(sys.modules["backupgui"].__file__)))
"""


def _import(tree: Path, export: Path, lib: Path) -> float:
    # Run from the export's folder: "-c" puts the current folder first on sys.path, which
    # would make the working tree's code win over ``tree``'s.
    out = subprocess.run([sys.executable, "-c", _CHILD, str(export), str(lib)], check=True,
                         env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True,
                         text=True, cwd=export.parent).stdout.split()
    assert Path(out[3]).resolve() == tree.resolve(), (out[3], tree)  # that side's code ran
    return float(out[0])


def _photos_zip(path: Path, photos: int) -> None:
    rng = random.Random(1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        lines = []
        for i in range(photos):
            name = f"IMG-20240101-WA{i:04d}.jpg"
            lines.append(f"1/1/24, 10:{i % 60:02d} AM - Ana: {name} (file attached)\n")
            z.writestr(name, rng.randbytes(1 << 20))
        z.writestr("WhatsApp Chat with Media.txt", "".join(lines))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True)
    ap.add_argument("--messages", type=int, default=200_000)
    ap.add_argument("--photos", type=int, default=100)
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--first", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reimport-pairs-") as tmp:
        work = Path(tmp)
        base = work / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.base], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        trees = {"base": base, "new": ROOT}
        cases = {"text": work / "WhatsApp Chat with Bench.txt",
                 "zip": work / "WhatsApp Chat with Media.zip"}
        write_export(cases["text"], args.messages)
        _photos_zip(cases["zip"], args.photos)
        for case, export in cases.items():
            once = work / f"lib-{case}"
            _import(base, export, once)
            kinds = [("again", once)] + ([("first", None)] if args.first and case == "text" else [])
            for kind, start in kinds:
                ratios = []
                for pair in range(args.pairs):
                    cpu = {}
                    for side in (("base", "new") if pair % 2 == 0 else ("new", "base")):
                        lib = work / f"run-{side}"
                        shutil.rmtree(lib, ignore_errors=True)
                        if start is not None:
                            shutil.copytree(start, lib)
                        cpu[side] = _import(trees[side], export, lib)
                    ratios.append(cpu["new"] / cpu["base"])
                    print(f"{case} {kind} pair {pair + 1}: base {cpu['base']:.3f} s, new "
                          f"{cpu['new']:.3f} s CPU, new/base {ratios[-1]:.3f}", flush=True)
                print(f"{case} {kind}: median new/base {statistics.median(ratios):.3f}",
                      flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
