"""Raw upload throughput of the Drive destination (to the local emulator) vs the folder one.

``run_drive_bench(size_bytes)`` writes one object of ``size_bytes`` through each destination's
``upload()``/``commit()`` and reads it back, and reports MiB/s plus the HTTP requests the Drive
destination needed (per GiB). Loopback numbers show client/protocol overhead (spooling,
chunking, journal fsyncs), not real-network speed.

    python bench/drive_bench.py [SIZE_MIB]
    python -m bench.drive_bench --packs 32     # the backup's upload path alone, 32 x 32 MiB
    python -m bench.drive_bench --packs 32 --base REV --pairs 5   # REV and this tree in turn
    python -m bench.drive_bench --packs 256 --pack-mib 4 --base REV --pairs 5   # per-pack costs x8

``--base`` runs the same upload path with ``REV`` (exported with ``git archive``, client and
emulator alike) and with this tree alternately, each in its own process, and prints one JSON
line per run and the medians: on a shared machine, the CPU seconds per GiB of each side (and
the emulator's context switches) are the figures to decide by, not the wall times.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MiB = 1 << 20
GiB = 1 << 30


def _write(dest: Any, name: str, size: int, block: bytes) -> float:
    t0 = time.perf_counter()
    up = dest.upload(name)
    left = size
    while left > 0:
        piece = block[: min(len(block), left)]
        up.write(piece)
        left -= len(piece)
    up.commit()
    return time.perf_counter() - t0


def _read(dest: Any, name: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = sum(len(c) for c in dest.stream(name, chunk_size=8 * MiB))
    return time.perf_counter() - t0, n


def run_drive_bench(size_bytes: int, chunk_size: int = 8 * MiB, chunk_max: int = 64 * MiB) -> dict[str, Any]:
    """Upload/download ``size_bytes`` via Drive (emulator on 127.0.0.1) and via a folder.
    Chunks start at ``chunk_size`` and grow up to ``chunk_max`` on a fast link."""
    from google.oauth2.credentials import Credentials

    from backupgui.destinations.folder import FolderDestination
    from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
    from backupgui.services.drive_emulator import DriveEmulator

    block = os.urandom(MiB)
    with tempfile.TemporaryDirectory(prefix="drive-bench-") as tmp:
        base = Path(tmp)
        folder = FolderDestination(base / "folder")
        folder_up = _write(folder, "sets/b/data/pack", size_bytes, block)
        folder_down, _ = _read(folder, "sets/b/data/pack")

        token = "bench-token"
        emu = DriveEmulator(base / "drive", static_tokens=(token,)).start()
        try:
            dest = GoogleDriveDestination(
                Credentials(token=token), api_root=emu.root_url,
                options=DriveOptions(chunk_size=chunk_size, chunk_max=max(chunk_size, chunk_max),
                                     spool_dir=base / "spool"))
            emu.clear_log()
            drive_up = _write(dest, "sets/b/data/pack", size_bytes, block)
            upload_requests = len(emu.requests)
            emu.clear_log()
            drive_down, n = _read(dest, "sets/b/data/pack")
            download_requests = len(emu.requests)
            dest.close()
        finally:
            emu.stop()
        if n != size_bytes:
            raise RuntimeError(f"read back {n} bytes, expected {size_bytes}")

    def rate(seconds: float) -> float:
        return round(size_bytes / MiB / seconds, 1) if seconds > 0 else float("inf")

    gib = size_bytes / GiB
    return {
        "size_bytes": size_bytes,
        "chunk_size": chunk_size,
        "folder_upload_mib_s": rate(folder_up),
        "drive_upload_mib_s": rate(drive_up),
        "folder_download_mib_s": rate(folder_down),
        "drive_download_mib_s": rate(drive_down),
        "drive_upload_requests": upload_requests,
        "drive_upload_requests_per_gib": round(upload_requests / gib, 1),
        "drive_download_requests_per_gib": round(download_requests / gib, 1),
    }


def run_pack_uploads(packs: int, pack_bytes: int = 32 * MiB, threads: int = 2) -> dict[str, Any]:
    """The backup's upload path alone: ``packs`` random-named objects of ``pack_bytes`` through
    ``upload_new`` on ``threads`` threads (as the engine's committer), to the emulator in a
    child process (as the bench harness runs it), so the client's and the emulator's CPU
    seconds are told apart. Writing the spool is included (a folder backup writes as much)."""
    from concurrent.futures import ThreadPoolExecutor

    from google.oauth2.credentials import Credentials

    from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination

    from .drive_split import _cpu_of, _emulator_log
    from .harness import DriveEmulator

    block = os.urandom(256 << 10)
    with tempfile.TemporaryDirectory(prefix="drive-bench-") as tmp:
        emu = DriveEmulator(Path(tmp) / "drive")
        try:
            dest = GoogleDriveDestination(Credentials(token=emu.token), api_root=emu.url, folder="bench",
                                          options=DriveOptions(spool_dir=Path(tmp) / "spool"))

            def one(_i: int) -> None:
                up = dest.upload_new(f"data/{os.urandom(16).hex()}")
                for _ in range(pack_bytes // len(block)):
                    up.write(block)
                up.commit()

            one(-1)  # (untimed: the connections and the folder exist before the timed packs)
            c0, e0, t0 = os.times(), _cpu_of(emu.proc.pid), time.perf_counter()
            x0 = _switches(emu.proc.pid)
            with ThreadPoolExecutor(threads) as pool:
                list(pool.map(one, range(packs)))
            wall, c1 = time.perf_counter() - t0, os.times()
            emu_cpu = _cpu_of(emu.proc.pid) - e0
            emu_switches = _switches(emu.proc.pid) - x0
            log = [e for e in _emulator_log(emu) if e["category"] not in ("control", "about", "list", "create")]
            dest.close()
        finally:
            emu.stop()
    gib = packs * pack_bytes / GiB
    return {"packs": packs, "pack_bytes": pack_bytes, "wall_s": round(wall, 2),
            "client_cpu_s": round(c1.user + c1.system - c0.user - c0.system, 2),
            "emulator_cpu_s": round(emu_cpu, 2),
            "client_cpu_s_per_gib": round((c1.user + c1.system - c0.user - c0.system) / gib, 3),
            "client_sys_s_per_gib": round((c1.system - c0.system) / gib, 3),
            "emulator_cpu_s_per_gib": round(emu_cpu / gib, 3),
            "emulator_switches_per_gib": round(emu_switches / gib),
            "load": round(os.getloadavg()[0], 1),
            "upload_requests": dict(__import__("collections").Counter(e["category"] for e in log)),
            "upload_requests_per_gib": round(len(log) / (gib + pack_bytes / GiB), 1)}  # (+ the untimed pack)


def _switches(pid: int) -> int:
    """Context switches of the process's live threads (the emulator's connection threads
    live as long as their connections, i.e. the whole run)."""
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/task/{tid}/status").read_text().splitlines():
                if "ctxt_switches:" in line:
                    total += int(line.split(":")[1])
    return total


def run_pairs(packs: int, base: str, pairs: int, pack_mib: int = 32) -> None:
    """``run_pack_uploads`` with ``base`` and with this tree in turn, each in a child."""
    import shutil
    import statistics
    import subprocess

    from .pairs import export

    root = Path(__file__).resolve().parent.parent
    tmp = Path(tempfile.mkdtemp(prefix="drive-bench-pairs-"))
    rows: list[dict[str, Any]] = []
    try:
        commit = export(base, tmp / "base")
        # (this file measures both sides: the same figures, whatever the base's version had)
        shutil.copy(Path(__file__), tmp / "base" / "bench" / "drive_bench.py")
        for i in range(pairs):
            for side, tree in (("base", tmp / "base"), ("new", root))[:: 1 if i % 2 == 0 else -1]:
                out = subprocess.run([sys.executable, "-m", "bench.drive_bench", "--packs", str(packs),
                                      "--pack-mib", str(pack_mib)],
                                     cwd=tree, env=dict(os.environ, PYTHONPATH=str(tree)),
                                     check=True, capture_output=True, text=True).stdout
                row = {"pair": i, "side": side, **json.loads(out.strip().splitlines()[-1])}
                rows.append(row)
                print(json.dumps(row), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    keys = ("client_cpu_s_per_gib", "client_sys_s_per_gib", "emulator_cpu_s_per_gib",
            "emulator_switches_per_gib", "wall_s")
    print(json.dumps({"base": commit, "median": {
        side: {k: statistics.median(r[k] for r in rows if r["side"] == side) for k in keys}
        for side in ("base", "new")}}))


if __name__ == "__main__":
    argv = sys.argv[1:]
    pack_mib = 32  # --pack-mib N: smaller packs, so per-pack costs weigh more (same bytes: more packs)
    if "--pack-mib" in argv:
        at = argv.index("--pack-mib")
        pack_mib = int(argv[at + 1])
        del argv[at:at + 2]
    if len(argv) > 3 and argv[0] == "--packs" and argv[2] == "--base":
        run_pairs(int(argv[1]), argv[3], int(argv[5]) if argv[4:5] == ["--pairs"] else 5, pack_mib)
    elif len(argv) > 1 and argv[0] == "--packs":  # python -m bench.drive_bench --packs 32
        print(json.dumps(run_pack_uploads(int(argv[1]), pack_mib * MiB)))
    else:
        mib = int(argv[0]) if argv else 256
        print(json.dumps(run_drive_bench(mib * MiB), indent=2))
