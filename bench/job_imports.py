"""What importing each job's path costs, in a fresh interpreter (docs/PERFORMANCE.md s17).

    python -m bench.job_imports [--base REV] [--runs 10] [--json FILE]

For each statement below, the best of ``--runs`` fresh interpreters of the CPU seconds the
import took (``time.process_time`` around it; the interpreter's own start is not counted),
for this tree and, with ``--base``, for that commit exported by ``git archive`` (as
``bench.pairs`` does, byte-compiled like this tree's). The two sides alternate run by run.
``python -X importtime -c "import backupgui.engine"`` shows the same per module.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATEMENTS = {
    "engine": "import backupgui.engine",
    "backup": "from backupgui.engine import BackupRequest, backup",
    "restore": "from backupgui.engine import RestoreRequest, restore",
    "verify": "from backupgui.engine import VerifyRequest, verify",
    "cli": "import backupgui.cli",
}


def one(code: Path, stmt: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(code))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # (both trees run from their byte code)
    prog = f"import time; t = time.process_time(); {stmt}; print(time.process_time() - t)"
    out = subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True, text=True,
                         check=True, cwd=tempfile.gettempdir())
    return float(out.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.job_imports", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", help="a commit to compare with (e.g. main)")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    from bench.measure import byte_compile
    from bench.pairs import export

    byte_compile(ROOT / "backupgui")
    work = Path(tempfile.mkdtemp(prefix="backupgui-imports-"))
    try:
        sides = {"this": ROOT}
        if args.base:
            export(args.base, work / "base")
            sides["base"] = work / "base"
        best: dict[str, dict[str, float]] = {s: {} for s in sides}
        for name, stmt in STATEMENTS.items():
            for i in range(args.runs):
                for side in (sides if i % 2 == 0 else list(reversed(sides))):
                    t = one(sides[side], stmt)
                    best[side][name] = min(best[side].get(name, t), t)
            line = f"{name:8s} " + "  ".join(f"{s} {best[s][name] * 1000:6.1f} ms" for s in sides)
            if "base" in sides:
                line += f"  ratio {best['this'][name] / best['base'][name]:.2f}"
            print(line, flush=True)
        if args.json:
            args.json.write_text(json.dumps({"runs": args.runs, "base": args.base,
                                             "load_avg": os.getloadavg(), "best_s": best}, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
