"""Where a restore's, a backup's and a verify's time goes: every stage timed alone.

    python -m bench.stages [--size 1GiB] [--repeat 3] [--json FILE]

Backs the cached bench library up once (``backupgui-cli backup``), then runs each stage of
the three jobs by itself, on one thread, over the same data, with the same functions the
engine calls (``iter_pack_blobs``, ``decrypt_stream``, ``decompress_text_blob``,
``check_text_block``, ``LibraryWriter.add_message_block``, ``Library.text_blobs``,
``compress``, ``SegmentWriter``, ``FolderDestination``), and reports the best wall time of
``--repeat`` runs with its CPU time. Then each job once end to end from the CLI (a child
process, as ``python -m bench`` measures it), so the sum of its stages (what it would cost on
one core with no overlap) can be held against its wall and CPU time.

Nothing in the engine is changed or instrumented; the stage list mirrors the pipelines of
docs/ARCHITECTURE.md. Disk stages (fsync) depend on what else writes to the disk: on a shared
machine, compare them within one run only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from . import dataset
from .measure import private_config, run_measured
from .references import copy_floor

MIB = 1 << 20
CLI = [sys.executable, "-m", "backupgui.cli"]
_BUF = os.urandom(MIB)


def _log(msg: str) -> None:
    print(f"[stages {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def timed(fn: Callable[[], int | tuple[int, float]], repeat: int,
          setup: Callable[[], None] | None = None) -> dict:
    """Best wall time of ``repeat`` runs of ``fn`` (which returns the bytes it handled, or
    (bytes, CPU seconds) when the work ran in a child), with the CPU time of that run;
    ``setup`` runs untimed before each."""
    best: dict | None = None
    for _ in range(repeat):
        if setup:
            setup()
        c0, t0 = time.process_time(), time.perf_counter()
        n = fn()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        if isinstance(n, tuple):
            n, cpu = n
        if best is None or wall < best["wall_s"]:
            best = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "bytes": n,
                    "mib_s": round(n / MIB / wall, 1) if wall > 0 and n else None}
    assert best is not None
    return best


def _sync_file_range(fd: int) -> None:
    """Start writing a file's dirty pages back without waiting (Linux; else nothing)."""
    import ctypes
    import ctypes.util

    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    if hasattr(_libc, "sync_file_range"):
        _libc.sync_file_range(fd, ctypes.c_int64(0), ctypes.c_int64(0), 2)  # SYNC_FILE_RANGE_WRITE


_libc = None


class Stages:
    def __init__(self, size: int, seed: int, work: Path) -> None:
        self.info = dataset.build_library(size, seed, log=_log)
        self.work = work
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        private_config(work)
        self.key_file = dataset.write_key_file(work / "key.txt")
        self.lib = dataset.working_copy(Path(self.info.path), work / "library")
        self.dest_dir = work / "dest"

    # -- end to end, from the CLI ------------------------------------------------------------
    def cli(self, op: str) -> dict:
        key = ["--key-file", str(self.key_file), "-q"]
        if op == "backup":
            shutil.rmtree(self.work / "dest2", ignore_errors=True)
            cmd = [*CLI, "backup", "--library", str(self.lib), "--dest", str(self.work / "dest2"), *key]
        elif op == "restore":
            shutil.rmtree(self.work / "restored", ignore_errors=True)
            cmd = [*CLI, "restore", "--dest", str(self.dest_dir), "--library",
                   str(self.work / "restored"), *key]
        else:
            cmd = [*CLI, "verify", "--dest", str(self.dest_dir), *key]
        m = run_measured(cmd, timeout=3600).check()
        shutil.rmtree(self.work / "dest2", ignore_errors=True)
        shutil.rmtree(self.work / "restored", ignore_errors=True)
        # (No peak RSS: a child forked from this process, which holds the blobs, would
        # report this process's size; python -m bench measures it properly.)
        return {"wall_s": round(m.wall_s, 3), "cpu_s": round(m.cpu_s, 3), "user_s": round(m.user_s, 3),
                "sys_s": round(m.sys_s, 3)}

    def open(self) -> None:
        """Back up once and read what the restore stages need (untimed)."""
        from backupgui.crypto.keys import parse_key
        from backupgui.crypto.material import RawKey
        from backupgui.destinations.folder import FolderDestination
        from backupgui.engine.snapshots import open_snapshot

        run_measured([*CLI, "backup", "--library", str(self.lib), "--dest", str(self.dest_dir),
                      "--key-file", str(self.key_file), "-q"], timeout=3600).check()
        self.dest = FolderDestination(self.dest_dir)
        key = RawKey(parse_key(self.key_file.read_text().strip()))
        self.repo, self.manifest = open_snapshot(self.dest, key, "latest")
        self.index, _ = self.repo.load_index()
        text = {t.blob for c in self.manifest.chats for t in c.text_blobs}
        self.by_pack: dict[str, list] = {}
        for blob in sorted(text | {m.blob for m in self.manifest.media}):
            loc = self.index.locate(blob)
            self.by_pack.setdefault(loc.pack_id, []).append(loc.entry)
        self.text_ids = text
        self.media_sizes = [m.size for m in self.manifest.media]
        self.stored: list[tuple] = []  # (entry, stored bytes) of every message blob
        self.raw: list[bytes] = []
        self.checked: list = []

    # -- restore and verify stages -----------------------------------------------------------
    def read_packs(self) -> int:
        n = 0
        for p in self.by_pack:
            for c in self.dest.stream(self.repo.prefix + f"data/{p}", self.dest.stream_chunk):
                n += len(c)
        return n

    def read_decrypt(self) -> int:
        from backupgui.crypto.segments import ObjectType, decrypt_stream

        n = 0
        for p in self.by_pack:
            rel = f"data/{p}"
            chunks = self.dest.stream(self.repo.prefix + rel, self.dest.stream_chunk)
            for seg in decrypt_stream(self.repo.keys.objects, rel, ObjectType.PACK, chunks):
                n += len(seg)
        return n

    def iter_blobs(self) -> int:
        """The engine's pack reader (downloads on a helper thread), keeping the message blobs."""
        from backupgui.engine.packread import iter_pack_blobs

        n = 0
        stored: list[tuple] = []
        for p, entries in self.by_pack.items():
            buf = bytearray()
            for entry, chunk, last in iter_pack_blobs(self.repo, p, self.index.packs[p].size, entries):
                n += len(chunk)
                if entry.blob_id in self.text_ids:
                    buf += chunk
                    if last:
                        stored.append((entry, bytes(buf)))
                        buf = bytearray()
        self.stored = stored
        return n

    def decompress(self) -> int:
        from backupgui.format.manifest import decompress_text_blob
        from backupgui.format.pack import COMP_ZSTD

        self.raw = [decompress_text_blob(s) if e.comp == COMP_ZSTD else s for e, s in self.stored]
        return sum(len(r) for r in self.raw)

    def text_names(self) -> int:
        keys = self.repo.keys
        for (e, _), raw in zip(self.stored, self.raw, strict=True):
            if keys.blob_name(hashlib.sha256(raw).digest()) != e.blob_id:
                raise RuntimeError("blob name mismatch")
        return sum(len(r) for r in self.raw)

    def format_check(self) -> int:
        from backupgui.format.manifest import check_text_block

        self.checked = [check_text_block(r) for r in self.raw]
        return sum(len(r) for r in self.raw)

    def sqlite_blocks(self) -> int:
        """The restore's message side into an empty library: one transaction, the blobs as
        message blocks (fill_if_empty, bulk, commit)."""
        from backupgui.library.store import Library

        target = self.work / "sqlite-lib"
        shutil.rmtree(target, ignore_errors=True)
        lib = Library(target)
        try:
            with lib.fill_if_empty(), lib.transaction() as w, w.bulk():
                for c in self.manifest.chats:
                    w.upsert_chat(c.chat())
                for (_e, stored), b in zip(self.stored, self.checked, strict=True):
                    if b.first_ts is not None and b.last_ts is not None:
                        w.add_message_block(b.chat_id, b.month, b.count, (b.first_ts, b.last_ts),
                                            stored, b.media)
        finally:
            lib.close()
        return sum(len(s) for _, s in self.stored)

    def sha256_media(self) -> int:
        h = hashlib.sha256()
        n = 0
        for size in self.media_sizes:
            h = hashlib.sha256()
            left = size
            while left > 0:
                h.update(_BUF if left >= MIB else _BUF[:left])
                left -= MIB
            n += size
        h.digest()
        return n

    def _write_media(self, root: Path, fsync: bool, kick: bool = False) -> int:
        """Write files of the media's sizes; ``fsync`` each right after it is written;
        ``kick``: start its writeback at once (sync_file_range WRITE, not waiting)."""
        root.mkdir(parents=True, exist_ok=True)
        n = 0
        for i, size in enumerate(self.media_sizes):
            with open(root / f"m{i:05d}", "wb") as fh:
                left = size
                while left > 0:
                    fh.write(_BUF if left >= MIB else _BUF[:left])
                    left -= MIB
                fh.flush()
                if kick:
                    _sync_file_range(fh.fileno())
                if fsync:
                    os.fsync(fh.fileno())
            n += size
        return n

    def _fsync_all(self, root: Path) -> None:
        for i in range(len(self.media_sizes)):
            fd = os.open(root / f"m{i:05d}", os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def media_write_fsync_at_end(self) -> int:
        """Every file written first, then each fsynced: one journal commit serves many."""
        n = self._write_media(self.work / "staging", fsync=False)
        self._fsync_all(self.work / "staging")
        return n

    def media_write_kick_fsync_at_end(self) -> int:
        """Writeback of each file started as soon as it is written, fsync of all at the end."""
        n = self._write_media(self.work / "staging", fsync=False, kick=True)
        self._fsync_all(self.work / "staging")
        return n

    def _fresh_staging(self) -> None:
        shutil.rmtree(self.work / "staging", ignore_errors=True)
        os.sync()

    def media_write(self) -> int:
        return self._write_media(self.work / "staging", fsync=False)

    def media_write_fsync(self) -> int:
        return self._write_media(self.work / "staging", fsync=True)

    def media_move(self) -> int:
        """os.replace of every staged file into a media store sharded like the library's."""
        store = self.work / "media-store"
        shutil.rmtree(store, ignore_errors=True)
        n = 0
        for i, size in enumerate(self.media_sizes):
            shard = store / f"{i % 256:02x}"
            shard.mkdir(parents=True, exist_ok=True)
            os.replace(self.work / "staging" / f"m{i:05d}", shard / f"m{i:05d}")
            n += size
        return n

    # -- backup stages -----------------------------------------------------------------------
    def media_read(self) -> int:
        n = 0
        for p in sorted((self.lib / "media").rglob("*")):
            if p.is_file():
                with open(p, "rb", buffering=0) as fh:
                    while data := fh.read(MIB):
                        n += len(data)
        return n

    def text_serialize(self) -> int:
        from backupgui.library.store import Library

        raw: list[bytes] = []
        with Library(self.lib, create=False) as lib:
            for c in lib.list_chats():
                raw += [r for _m, _n, r in lib.text_blobs(c.id)]
        self.backup_raw = raw
        return sum(len(r) for r in raw)

    def text_compress(self) -> int:
        from backupgui.engine.backup import _TEXT_LEVEL
        from backupgui.format.compress import compress

        self.compressed = sum(len(compress(r, _TEXT_LEVEL)) for r in self.backup_raw)
        return sum(len(r) for r in self.backup_raw)

    def encrypt(self) -> int:
        from backupgui.crypto.segments import ObjectType, SegmentWriter

        total = sum(self.media_sizes) + self.compressed
        done = 0
        while done < total:  # in 32 MiB packs, as the backup writes them
            w = SegmentWriter(self.repo.keys.objects, ObjectType.PACK, "data/x", lambda b: None)
            part = min(32 * MIB, total - done)
            left = part
            while left > 0:
                w.write(_BUF if left >= MIB else _BUF[:left])
                left -= MIB
            w.close()
            done += part
        return total

    def pack_write(self) -> int:
        """Writing the backup's bytes as 32 MiB objects of a folder destination (write, fsync,
        rename, fsync of the folder), one after the other."""
        from backupgui.destinations.folder import FolderDestination

        d = FolderDestination(self.work / "packs")
        total = sum(self.media_sizes) + self.compressed
        done = i = 0
        while done < total:
            up = d.upload(f"data/p{i:04d}")
            part = min(32 * MIB, total - done)
            left = part
            while left > 0:
                up.write(_BUF if left >= MIB else _BUF[:left])
                left -= MIB
            up.commit()
            done += part
            i += 1
        return total

    def _fresh_packs(self) -> None:
        shutil.rmtree(self.work / "packs", ignore_errors=True)
        os.sync()

    def copy_floor(self) -> tuple[int, float]:
        target = self.work / "copy"
        m = copy_floor(self.lib, target)
        return dataset.dir_bytes(target), m.cpu_s

    def cp_only(self) -> tuple[int, float]:
        target = self.work / "copy"
        m = run_measured(["cp", "-r", "--", str(self.lib), str(target)], timeout=3600).check()
        return dataset.dir_bytes(target), m.cpu_s

    def _fresh_copy(self) -> None:
        shutil.rmtree(self.work / "copy", ignore_errors=True)
        os.sync()


def import_time(repeat: int) -> dict:
    """Interpreter start-up plus the imports a restore needs (a child each time)."""
    best = None
    for _ in range(repeat):
        m = run_measured([sys.executable, "-c", "import backupgui.cli, backupgui.engine.restore, "
                          "backupgui.engine.backup, backupgui.engine.verify"], timeout=120).check()
        if best is None or m.wall_s < best["wall_s"]:
            best = {"wall_s": round(m.wall_s, 3), "cpu_s": round(m.cpu_s, 3), "bytes": 0, "mib_s": None}
    return best


def run(size: int, seed: int, repeat: int) -> dict:
    s = Stages(size, seed, dataset.out_dir() / "stages-work")
    load0 = os.getloadavg()
    try:
        _log("backing up once")
        s.open()
        st: dict[str, dict] = {}
        _log("restore / verify stages")
        st["startup_imports"] = import_time(repeat)
        st["read_packs"] = timed(s.read_packs, repeat)
        st["read_decrypt"] = timed(s.read_decrypt, repeat)
        st["iter_pack_blobs"] = timed(s.iter_blobs, repeat)
        st["decompress_text"] = timed(s.decompress, repeat)
        st["text_sha256_hmac"] = timed(s.text_names, repeat)
        st["format_check"] = timed(s.format_check, repeat)
        st["sqlite_message_blocks"] = timed(s.sqlite_blocks, repeat)
        st["media_sha256"] = timed(s.sha256_media, repeat)
        st["media_write_page_cache"] = timed(s.media_write, repeat, s._fresh_staging)
        st["media_write_fsync_each"] = timed(s.media_write_fsync, repeat, s._fresh_staging)
        st["media_write_fsync_at_end"] = timed(s.media_write_fsync_at_end, repeat, s._fresh_staging)
        st["media_write_kick_fsync_end"] = timed(s.media_write_kick_fsync_at_end, repeat,
                                                 s._fresh_staging)
        st["media_move_into_store"] = timed(s.media_move, 1)
        shutil.rmtree(s.work / "media-store", ignore_errors=True)
        _log("backup stages")
        st["media_read"] = timed(s.media_read, repeat)
        st["text_serialize_sqlite"] = timed(s.text_serialize, repeat)
        st["text_compress"] = timed(s.text_compress, repeat)
        st["encrypt"] = timed(s.encrypt, repeat)
        st["pack_write_fsync"] = timed(s.pack_write, repeat, s._fresh_packs)
        s._fresh_packs()
        st["cp_r_page_cache"] = timed(s.cp_only, repeat, s._fresh_copy)
        st["copy_floor_cp_r_sync"] = timed(s.copy_floor, repeat, s._fresh_copy)
        s._fresh_copy()
        _log("end to end (CLI), alternating")
        e2e: dict[str, list] = {"backup": [], "restore": [], "verify": []}
        for _ in range(repeat):
            for op in e2e:
                e2e[op].append(s.cli(op))
    finally:
        shutil.rmtree(s.work, ignore_errors=True)
    best = {op: min(v, key=lambda d: d["wall_s"]) for op, v in e2e.items()}
    return {"size": size, "dataset": s.info.__dict__, "repeat": repeat, "stages": st,
            "cli_best": best, "cli_all": e2e, "load_avg_start": list(load0),
            "load_avg_end": list(os.getloadavg())}


# Which stages make up each job (serially; the jobs overlap some of them on threads).
JOBS = {
    "restore": ["startup_imports", "iter_pack_blobs", "decompress_text", "text_sha256_hmac",
                "format_check", "sqlite_message_blocks", "media_sha256", "media_write_fsync_each",
                "media_move_into_store"],
    "verify": ["startup_imports", "iter_pack_blobs", "decompress_text", "text_sha256_hmac",
               "format_check", "media_sha256"],
    "backup": ["startup_imports", "media_read", "media_sha256", "text_serialize_sqlite",
               "text_compress", "text_sha256_hmac", "encrypt", "pack_write_fsync"],
}


def print_report(r: dict, file=sys.stdout) -> None:
    w = file.write
    st = r["stages"]
    w(f"\nstages alone, best of {r['repeat']} ({r['dataset']['total_bytes'] / MIB:.0f} MiB library; "
      f"load {r['load_avg_start'][0]:.1f} -> {r['load_avg_end'][0]:.1f}):\n")
    w(f"{'stage':28} {'wall s':>8} {'CPU s':>8} {'MiB':>8} {'MiB/s':>8}\n")
    for k, v in st.items():
        w(f"{k:28} {v['wall_s']:8.3f} {v['cpu_s']:8.3f} {v['bytes'] / MIB:8.1f} "
          f"{v['mib_s'] or 0:8.1f}\n")
    w("\njobs: the sum of their stages alone against the CLI end to end (best of the runs)\n")
    for job, keys in JOBS.items():
        tot_w = sum(st[k]["wall_s"] for k in keys)
        tot_c = sum(st[k]["cpu_s"] for k in keys)
        e = r["cli_best"][job]
        w(f"  {job:8} stages: {tot_w:6.2f} s wall ({tot_c:5.2f} CPU s);  CLI: {e['wall_s']:6.2f} s wall, "
          f"{e['cpu_s']:5.2f} CPU s (user {e['user_s']:.2f}, sys {e['sys_s']:.2f})\n")
        cores = os.cpu_count() or 1
        w(f"      the stages' CPU spread perfectly over {cores} cores: {tot_c / cores:.2f} s"
          " (start-up included: no job is faster than this)\n")
        w(f"      {'':28} {'% wall':>7} {'% CPU':>7}\n")
        for k in keys:
            w(f"      {k:28} {100 * st[k]['wall_s'] / tot_w:7.1f} {100 * st[k]['cpu_s'] / tot_c:7.1f}\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.stages")
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    r = run(dataset.parse_size(args.size), args.seed, args.repeat)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(r, indent=1))
    print_report(r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
