"""``python -m bench [--quick] [--size SIZE] [--repeat N] [--json FILE]``: see bench/harness.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .dataset import parse_size


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description="End-to-end backup benchmark.")
    ap.add_argument("--quick", action="store_true", help="small library (64 MiB unless --size): a check within a minute")
    ap.add_argument("--size", help="library size, e.g. 1GiB (default), 256MiB, 20MB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1, help="rounds; medians are reported")
    ap.add_argument("--json", type=Path, metavar="FILE", help="write every figure here")
    ap.add_argument("--no-restic", action="store_true")
    ap.add_argument("--no-rclone", action="store_true")
    ap.add_argument("--no-drive", action="store_true")
    ap.add_argument("--no-gui", action="store_true", help="skip bench/gui_bench.py")
    ap.add_argument("--extras", action="store_true",
                    help="also run bench/{drive,library,import,vault}_bench.py if present")
    ap.add_argument("--curve", metavar="SIZES",
                    help="comma-separated sizes for the scaling curve (one round of ours at each), "
                         "or 'none'; default 1GiB,4GiB,10GiB for a full 1 GiB run, none otherwise")
    ap.add_argument("--with-peers", action="store_true",
                    help="keep restic, rclone and the Drive emulator above 4 GiB")
    args = ap.parse_args(argv)
    size = parse_size(args.size) if args.size else (64 << 20 if args.quick else 1 << 30)
    from .harness import print_table, run

    if args.curve is None:
        curve = [1 << 30, 4 << 30, 10 << 30] if size == 1 << 30 and not args.quick else []
    elif args.curve.strip().lower() in ("", "none"):
        curve = []
    else:
        curve = [parse_size(x) for x in args.curve.split(",") if x.strip()]

    report = run(size, seed=args.seed, repeat=max(1, args.repeat), quick=args.quick,
                 json_path=args.json, restic=not args.no_restic, rclone=not args.no_rclone,
                 drive=not args.no_drive, gui=not args.no_gui, extras=args.extras, curve=curve,
                 with_peers=args.with_peers)
    print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
