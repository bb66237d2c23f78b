"""The end-to-end backup benchmark behind ``python -m bench``.

One run = build (or reuse) the dataset, measure the AES-GCM reference, do one warm-up pass
of every tool, then ``repeat`` interleaved rounds of:

    ours: full backup -> folder         restic: full backup
    cp -r + sync of the library (the copy floor, next to our full backup)
    ours: full backup -> Drive emulator
    ours: unchanged re-backup           restic: unchanged re-backup
    (add 100 messages + 1 photo to one chat)
    ours: incremental backup            restic: incremental backup
    ours: restore into an empty library rclone crypt: upload, then download
    ours: restore of one chat (bytes read from the destination counted: bench/one_chat.py)
    restic: restore                     ours: verify

Then, with ``curve``, one round of ours (copy floor, full backup, verify, restore) at each
size of the curve (1, 4 and 10 GiB by default for a full 1 GiB run), smallest first, for the
scaling targets.

Every operation is a child process; wall time, CPU seconds and peak RSS come from
``os.wait4``. Figures are warm-cache (the page cache cannot be dropped on a shared machine).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from . import dataset
from .measure import (
    Measured,
    byte_compile,
    bytes_written,
    cached_bytes,
    drop_cached,
    private_config,
    restore_config,
    run_measured,
    tree_state,
)
from .references import (
    RcloneCrypt,
    Restic,
    aes_gcm_reference,
    copy_floor,
    machine_info,
    tool_version,
)

MIB = 1 << 20
#: Above this size restic, rclone and the Drive emulator are left out unless asked for.
PEERS_MAX_SIZE = 4 << 30
CLI = [sys.executable, "-m", "backupgui.cli"]

# (op key, label) in table order.
OPS = [
    ("ours_backup_folder", "backupgui full backup -> folder"),
    ("ours_backup_drive", "backupgui full backup -> Drive emulator"),
    ("ours_rebackup_unchanged", "backupgui re-backup, unchanged"),
    ("ours_backup_incremental", "backupgui backup, +100 msgs +1 photo"),
    ("ours_restore", "backupgui restore (empty library)"),
    ("ours_verify", "backupgui verify"),
    ("restic_backup", "restic full backup"),
    ("restic_rebackup_unchanged", "restic re-backup, unchanged"),
    ("restic_backup_incremental", "restic backup, +100 msgs +1 photo"),
    ("restic_restore", "restic restore"),
    ("rclone_crypt_upload", "rclone crypt copy (encrypt)"),
    ("rclone_crypt_download", "rclone crypt copy (decrypt)"),
    ("copy_floor", "cp -r + sync of the library (floor)"),
    ("ours_restore_one_chat", "backupgui restore of one chat"),
]


def _log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _fig(m: Measured, data_bytes: int, written: int | None = None) -> dict:
    d = {"wall_s": round(m.wall_s, 3), "cpu_s": round(m.cpu_s, 3), "user_s": round(m.user_s, 3),
         "sys_s": round(m.sys_s, 3), "peak_rss_mib": round(m.peak_rss_bytes / MIB, 1),
         "throughput_mib_s": round(data_bytes / MIB / m.wall_s, 1) if m.wall_s > 0 else None,
         # page-cache misses and caused writeback (tell a cold run from a warm one)
         "disk_read_mb": round(m.disk_read_bytes / 1e6, 1),
         "disk_write_mb": round(m.disk_write_bytes / 1e6, 1)}
    if written is not None:
        d["bytes_written"] = written
    return d


class DriveEmulator:
    """``backupgui-cli drive-emulator`` on a free loopback port, with a fixed dev token."""

    def __init__(self, data: Path) -> None:
        self.data = data
        data.mkdir(parents=True, exist_ok=True)
        self.token = "bench-token-" + os.urandom(8).hex()
        self.log = data.parent / (data.name + ".log")
        env = dict(os.environ, BACKUPGUI_DRIVE_TOKEN=self.token)
        self._fh = open(self.log, "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "backupgui.services.drive_emulator", "--port", "0", "--data", str(data)],
                                     stdout=self._fh, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 30
        self.url = ""
        while time.monotonic() < deadline and self.proc.poll() is None:
            for line in self.log.read_text(errors="replace").splitlines():
                if "BACKUPGUI_DRIVE_ROOT=" in line:
                    self.url = line.split("BACKUPGUI_DRIVE_ROOT=", 1)[1].strip()
            if self.url:
                break
            time.sleep(0.05)
        if not self.url:
            self.stop()
            raise RuntimeError(f"the Drive emulator did not start: {self.log.read_text()[-500:]}")

    def env(self) -> dict[str, str]:
        return dict(os.environ, BACKUPGUI_DRIVE_ROOT=self.url, BACKUPGUI_DRIVE_TOKEN=self.token)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._fh.close()


def read_tree(root: Path) -> None:
    """Read every file below ``root`` once (untimed), so the next tool finds it in the page
    cache. rclone's local backend drops the pages of files it has read
    (``POSIX_FADV_DONTNEED``): after its upload 3 % of the library's media were still cached,
    and whichever tool read the library next paid for reading ~1 GB from disk."""
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            with contextlib.suppress(OSError), open(os.path.join(dirpath, f), "rb") as fh:
                while fh.read(1 << 20):
                    pass


class Bench:
    def __init__(self, lib: dataset.DatasetInfo, work: Path, *, restic: bool, rclone: bool,
                 drive: bool) -> None:
        self.info = lib
        self.work = work
        self.use_restic = restic
        self.use_rclone = rclone
        self.use_drive = drive
        self.key_file = dataset.write_key_file(work / "key.txt")
        self.data_bytes = lib.total_bytes
        self.notes: list[str] = []
        self.one_chat_id: str | None = None

    # -- ours -------------------------------------------------------------------------------
    def _backup_cmd(self, library: Path, dest: str, extra: tuple[str, ...] = ()) -> list[str]:
        return [*CLI, "backup", "--library", str(library), "--dest", dest, "--key-file",
                str(self.key_file), "--json", "-q", "--device", "bench", *extra]

    def ours_backup(self, library: Path, dest: Path) -> tuple[Measured, int, dict]:
        before = tree_state(dest)
        m = run_measured(self._backup_cmd(library, str(dest)), timeout=3600).check()
        return m, bytes_written(before, tree_state(dest)), json.loads(m.stdout)

    def ours_backup_drive(self, library: Path, emu: DriveEmulator) -> tuple[Measured, int, dict]:
        before = tree_state(emu.data)
        m = run_measured(self._backup_cmd(library, "gdrive", ("--drive-folder", "bench")),
                         env=emu.env(), timeout=3600).check()
        return m, bytes_written(before, tree_state(emu.data)), json.loads(m.stdout)

    def ours_restore(self, dest: Path, target: Path) -> Measured:
        return run_measured([*CLI, "restore", "--dest", str(dest), "--library", str(target),
                             "--key-file", str(self.key_file), "--json", "-q"], timeout=3600).check()

    def ours_verify(self, dest: Path) -> Measured:
        return run_measured([*CLI, "verify", "--dest", str(dest), "--key-file", str(self.key_file),
                             "-q"], timeout=3600).check()

    def copy_floor(self, library: Path, target: Path) -> dict:
        m = copy_floor(library, target)
        fig = _fig(m, self.data_bytes, dataset.dir_bytes(target))
        shutil.rmtree(target, ignore_errors=True)
        return fig

    def one_chat(self, library: Path) -> str:
        """The chat restored alone: the median chat by messages among those with media (the
        same one every round, for a given dataset)."""
        if self.one_chat_id is None:
            from backupgui.library.store import Library

            with Library(library, create=False) as L:
                chats = sorted((c for c in L.list_chats() if c.media_count),
                               key=lambda c: (c.message_count, c.id))
            self.one_chat_id = chats[len(chats) // 2].id
        return self.one_chat_id

    def ours_restore_one_chat(self, dest: Path, target: Path, chat_id: str) -> tuple[Measured, dict]:
        """``bench/one_chat.py`` in a child: the engine's restore of one chat through a
        destination wrapper that counts the bytes read."""
        m = run_measured([sys.executable, "-m", "bench.one_chat", "--dest", str(dest), "--library",
                          str(target), "--key-file", str(self.key_file), "--chat", chat_id],
                         cwd=Path(__file__).resolve().parent.parent, timeout=3600).check()
        return m, json.loads(m.stdout.strip().splitlines()[-1])

    # -- one round ---------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Read everything once through each tool so every round sees a warm page cache."""
        w = self.work / "warmup"
        shutil.rmtree(w, ignore_errors=True)
        w.mkdir()
        lib = dataset.working_copy(Path(self.info.path), w / "library")  # keep the cache pristine
        self.ours_backup(lib, w / "dest")
        if self.use_restic:
            r = Restic(w)
            r.init()
            r.backup(lib)
        if self.use_rclone:
            RcloneCrypt(w).upload(lib)
        shutil.rmtree(w, ignore_errors=True)

    def round(self, n: int) -> dict:
        rw = self.work / f"round-{n}"
        shutil.rmtree(rw, ignore_errors=True)
        rw.mkdir()
        lib = dataset.working_copy(Path(self.info.path), rw / "library")
        read_tree(lib)  # the previous round's rclone upload dropped it from the page cache
        dest = rw / "dest"
        out: dict = {}
        try:
            restic = Restic(rw) if self.use_restic else None
            if restic:
                restic.init()

            _log(f"round {n}: full backups")

            def ours_full() -> None:
                m, written, res = self.ours_backup(lib, dest)
                out["ours_backup_folder"] = _fig(m, self.data_bytes, written)
                out["ours_backup_folder"]["uploaded_bytes"] = res["uploaded_bytes"]
                out["_text_bytes_encoded"] = res["text_bytes"]

            def restic_full() -> None:
                assert restic is not None
                before = tree_state(restic.repo)
                m = restic.backup(lib)
                out["restic_backup"] = _fig(m, self.data_bytes,
                                            bytes_written(before, tree_state(restic.repo)))

            def copy_full() -> None:
                out["copy_floor"] = self.copy_floor(lib, rw / "copy")

            # The two take turns at going first, ours in the even rounds (0, 2, ...: with an
            # odd count, more often), so neither is always the first to read the library.
            # The copy floor runs right beside ours, so the pair shares the machine's state.
            steps = [ours_full, copy_full, restic_full] if restic else [ours_full, copy_full]
            if n % 2:
                steps.reverse()
            for step in steps:
                step()
            out["_full_backup_first"] = "ours" if steps[0] is ours_full else "restic"
            if self.use_drive:
                emu = DriveEmulator(rw / "drive-data")
                try:
                    m, written, _ = self.ours_backup_drive(lib, emu)
                    out["ours_backup_drive"] = _fig(m, self.data_bytes, written)
                finally:
                    emu.stop()
                shutil.rmtree(rw / "drive-data", ignore_errors=True)

            _log(f"round {n}: unchanged re-backups")
            m, written, _ = self.ours_backup(lib, dest)
            out["ours_rebackup_unchanged"] = _fig(m, self.data_bytes, written)
            if restic:
                before = tree_state(restic.repo)
                m = restic.backup(lib)
                out["restic_rebackup_unchanged"] = _fig(m, self.data_bytes,
                                                        bytes_written(before, tree_state(restic.repo)))

            _log(f"round {n}: +100 messages and 1 photo in one chat")
            photo = self._add_messages(lib)
            m, written, _ = self.ours_backup(lib, dest)
            out["ours_backup_incremental"] = _fig(m, self.data_bytes, written)
            out["ours_backup_incremental"]["photo_bytes"] = photo
            if restic:
                before = tree_state(restic.repo)
                m = restic.backup(lib)
                out["restic_backup_incremental"] = _fig(m, self.data_bytes,
                                                        bytes_written(before, tree_state(restic.repo)))

            _log(f"round {n}: restores")
            m = self.ours_restore(dest, rw / "restored")
            out["ours_restore"] = _fig(m, self.data_bytes)
            shutil.rmtree(rw / "restored", ignore_errors=True)
            chat_id = self.one_chat(lib)
            m, one = self.ours_restore_one_chat(dest, rw / "restored-one", chat_id)
            fig = _fig(m, one["chat_stored_bytes"])  # throughput: of the chat's own bytes
            for k in ("restore_s", "bytes_read", "chat_stored_bytes", "chat_text_stored_bytes",
                      "chat_media_stored_bytes", "chat_messages", "chat_media_files",
                      "chat_packs", "chat_packs_bytes", "messages_added", "media_restored"):
                fig[k] = one[k]
            fig["bytes_read_vs_chat"] = round(one["bytes_read"] / max(1, one["chat_stored_bytes"]), 3)
            out["ours_restore_one_chat"] = fig
            out["_one_chat"] = {"chat": chat_id, **one}
            shutil.rmtree(rw / "restored-one", ignore_errors=True)
            if self.use_rclone:
                rc = RcloneCrypt(rw)
                m = rc.upload(lib)
                out["rclone_crypt_upload"] = _fig(m, self.data_bytes, dataset.dir_bytes(rc.store))
                read_tree(rc.store)
                m = rc.download(rw / "rclone-out")
                out["rclone_crypt_download"] = _fig(m, self.data_bytes)
                shutil.rmtree(rw / "rclone-out", ignore_errors=True)
                shutil.rmtree(rc.store, ignore_errors=True)
            if restic:
                m = restic.restore(rw / "restic-out")
                out["restic_restore"] = _fig(m, self.data_bytes)
                if n == 0:
                    self.restic_repo_version = restic.repo_version()
                shutil.rmtree(rw / "restic-out", ignore_errors=True)

            _log(f"round {n}: verify")
            m = self.ours_verify(dest)
            out["ours_verify"] = _fig(m, self.data_bytes)
        finally:
            shutil.rmtree(rw, ignore_errors=True)
        return out

    def _add_messages(self, lib: Path) -> int:
        """100 new messages, one of them a new photo, in the busiest chat; the photo's size."""
        from backupgui.library.demo import add_demo_messages
        from backupgui.library.store import Library

        with Library(lib, create=False) as L:
            chat = max(L.list_chats(), key=lambda c: c.message_count)
            before = {m.sha256 for m in L.media_for_chats([chat.id])}
            add_demo_messages(L, chat.id, 100, seed=4242, with_photo=True)
            after = L.media_for_chats([chat.id])
        return sum(m.size for m in after if m.sha256 not in before)


# -- extras from the other bench modules -------------------------------------------------------
_EXTRA_CODE = r"""
import inspect, json, sys
mod = __import__("bench." + sys.argv[1], fromlist=["x"])
names = json.loads(sys.argv[3])
fn = next((getattr(mod, n) for n in names if callable(getattr(mod, n, None))), None)
if fn is None:
    print("BENCH_SKIP: none of %s() in bench/%s.py" % (", ".join(names), sys.argv[1])); sys.exit(0)
offered = json.loads(sys.argv[2])
params = inspect.signature(fn).parameters
res = fn(**{k: v for k, v in offered.items() if k in params})
print("BENCH_JSON:" + json.dumps(res, default=str))
"""


def run_extra(name: str, offered: dict, timeout: float, funcs: tuple[str, ...] = ()) -> dict:
    """Call the first of ``funcs`` (default ``run_<name>``, ``run``) found in ``bench/<name>.py``
    in a child process, passing the ``offered`` keyword arguments it accepts; skipped with a
    note when the module or function is missing, fails, or runs past ``timeout``."""
    funcs = funcs or (f"run_{name}", "run")
    if not (Path(__file__).parent / f"{name}.py").exists():
        return {"skipped": f"bench/{name}.py is not there yet"}
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    try:
        m = run_measured([sys.executable, "-c", _EXTRA_CODE, name, json.dumps(offered), json.dumps(funcs)],
                         env=env, cwd=Path(__file__).parent.parent, timeout=timeout)
    except OSError as exc:
        return {"skipped": f"could not start: {exc}"}
    for line in reversed(m.stdout.splitlines()):
        if line.startswith("BENCH_JSON:"):
            try:
                res = json.loads(line[len("BENCH_JSON:"):])
            except ValueError:
                break
            return {"result": res, "wall_s": round(m.wall_s, 2),
                    "peak_rss_mib": round(m.peak_rss_bytes / MIB, 1)}
        if line.startswith("BENCH_SKIP:"):
            return {"skipped": line[len("BENCH_SKIP:"):].strip()}
    why = f"exit {m.rc}" if m.wall_s < timeout else f"timed out after {timeout:.0f} s"
    return {"skipped": f"failed ({why}): {m.stderr.strip()[-300:]}"}


def _find_stall_ms(res: object) -> float | None:
    """The longest event-loop stall (ms) in gui_bench's result, whatever its exact key."""
    if isinstance(res, dict):
        for k, v in res.items():
            kl = k.lower()
            if (("stall" in kl or "gap" in kl) and isinstance(v, int | float)
                    and ("max" in kl or "long" in kl or "worst" in kl or kl.endswith("stall_ms"))):
                return float(v) * (1000 if kl.endswith("_s") else 1)
        for v in res.values():
            found = _find_stall_ms(v)
            if found is not None:
                return found
    return None


# -- the scaling curve ------------------------------------------------------------------------------
def size_label(n: int) -> str:
    for unit, f in (("GiB", 1 << 30), ("MiB", 1 << 20)):
        if n >= f and n % (f // 4) == 0:
            return f"{n / f:g}{unit}"
    return f"{n / 1e6:g}MB"


def run_curve(sizes: list[int], seed: int, work: Path) -> dict:
    """One round of ours (the copy floor, full backup, verify, restore) at each size, smallest
    first, all measured the same way, so the points compare with each other. At most the
    backup and one restored library exist at a time beside the cached dataset; a size is
    skipped (with a note) when the disk has not room for them."""
    points = []
    skipped = []
    for size in sorted(set(sizes)):
        label = size_label(size)
        info = dataset.build_library(size, seed, log=_log)
        need = int(2.2 * info.total_bytes) + (2 << 30)  # backup + restored library + margin
        free = shutil.disk_usage(work).free
        if free < need:
            skipped.append(f"{label}: {free / 2**30:.1f} GiB free, {need / 2**30:.1f} GiB needed")
            _log(f"curve {label} skipped: {skipped[-1]}")
            continue
        pw = work / f"curve-{label}"
        shutil.rmtree(pw, ignore_errors=True)
        pw.mkdir(parents=True)
        try:
            b = Bench(info, pw, restic=False, rclone=False, drive=False)
            lib = dataset.working_copy(Path(info.path), pw / "library")
            read_tree(lib)
            _log(f"curve {label}: copy floor, backup, verify, restore")
            p: dict = {"size": size, "label": label, "total_bytes": info.total_bytes,
                       "messages": info.messages}
            p["copy_floor"] = b.copy_floor(lib, pw / "copy")
            read_tree(lib)
            m, written, _ = b.ours_backup(lib, pw / "dest")
            p["ours_backup_folder"] = _fig(m, info.total_bytes, written)
            m = b.ours_verify(pw / "dest")
            p["ours_verify"] = _fig(m, info.total_bytes)
            # How much of the backup the restore finds in the page cache (at 10 GiB the
            # library, the backup and the restored copy do not all fit on a 24 GB machine).
            if (c := cached_bytes(pw / "dest")) is not None:
                p["backup_cached_before_restore"] = round(c[0] / max(1, c[1]), 3)
            m = b.ours_restore(pw / "dest", pw / "restored")
            p["ours_restore"] = _fig(m, info.total_bytes)
            shutil.rmtree(pw / "restored", ignore_errors=True)
            # The same restore again with the backup's pages dropped first, at every size
            # alike: the warm figure above reads the backup from the page cache at 1 GiB and
            # largely from the disk at 10 GiB (library + backup + restored copy do not fit in
            # 24 GB); a real restore reads its backup from Drive or another disk.
            drop_cached(pw / "dest")
            if (c := cached_bytes(pw / "dest")) is not None:
                p["backup_cached_before_cold_restore"] = round(c[0] / max(1, c[1]), 3)
            m = b.ours_restore(pw / "dest", pw / "restored")
            p["ours_restore_cold"] = _fig(m, info.total_bytes)
            p["backup_time_vs_copy_floor"] = round(p["ours_backup_folder"]["wall_s"]
                                                   / p["copy_floor"]["wall_s"], 3)
            p["restore_time_vs_backup"] = round(p["ours_restore"]["wall_s"]
                                                / p["ours_backup_folder"]["wall_s"], 3)
            points.append(p)
        finally:
            shutil.rmtree(pw, ignore_errors=True)
    base = points[0] if points else None
    for p in points:
        assert base is not None
        for op in ("ours_backup_folder", "ours_restore", "ours_restore_cold", "ours_verify"):
            p[op]["throughput_vs_smallest"] = round(
                p[op]["throughput_mib_s"] / base[op]["throughput_mib_s"], 3)
    return {"sizes": [p["label"] for p in points], "points": points, "skipped": skipped}


#: Throughput at larger sizes within 15 % of the smallest; memory flat (issue 24).
SCALING_MIN = 0.85
FLAT_GROWTH_MAX = 1.15
RSS_MAX_MIB = 150


def _curve_targets(curve: dict) -> dict:
    pts = curve.get("points") or []

    def t(target: str, value, ok) -> dict:
        return {"target": target, "value": value, "met": ok}

    labels = ", ".join(p["label"] for p in pts) or "no curve run"
    out = {}
    for key, op, what in (("scaling_backup_throughput", "ours_backup_folder", "backup"),
                          ("scaling_restore_throughput", "ours_restore", "restore"),
                          ("scaling_restore_throughput_cold", "ours_restore_cold",
                           "restore (backup not in the page cache, every size)")):
        if any(op not in p for p in pts):  # (reports from before the cold restore)
            continue
        vals = [p[op]["throughput_vs_smallest"] for p in pts[1:]]
        v = min(vals) if vals else None
        out[key] = t(f">= {SCALING_MIN}x the {what} throughput of {pts[0]['label'] if pts else '-'} "
                     f"(at {labels})", v,
                     None if v is None else v >= SCALING_MIN)
    rss = [p[op]["peak_rss_mib"] for p in pts for op in ("ours_backup_folder", "ours_restore")]
    v = max(rss) if rss else None
    out["peak_rss_backup_restore"] = t(f"<= {RSS_MAX_MIB} MiB, backup and restore, at {labels}",
                                       v, None if v is None else v <= RSS_MAX_MIB)
    v = None
    if len(pts) >= 2:
        def peak(p: dict) -> float:
            return max(p["ours_backup_folder"]["peak_rss_mib"], p["ours_restore"]["peak_rss_mib"])
        v = round(peak(pts[-1]) / peak(pts[-2]), 3)
    out["memory_flat"] = t(f"backup/restore peak RSS, largest size <= {FLAT_GROWTH_MAX}x next one",
                           v, None if v is None else v <= FLAT_GROWTH_MAX)
    return out


# -- medians, ratios, targets ----------------------------------------------------------------------
def _median_rounds(rounds: list[dict]) -> dict:
    med: dict = {}
    for op, _label in OPS:
        rows = [r[op] for r in rounds if op in r]
        if not rows:
            continue
        med[op] = {}
        for k in rows[0]:
            vals = [r[k] for r in rows if r.get(k) is not None]
            if vals:
                v = statistics.median(vals)
                med[op][k] = round(v, 3) if isinstance(v, float) else v
    return med


def _paired(rounds: list[dict], a: str, b: str) -> list[float]:
    """wall(a) / wall(b) in each round that has both: ratios of runs made side by side."""
    return [round(r[a]["wall_s"] / r[b]["wall_s"], 3) for r in rounds
            if a in r and b in r and r[b]["wall_s"] > 0]


def _ratios_and_targets(med: dict, ref: dict, info: dataset.DatasetInfo, gui_stall: float | None,
                        size: int, rounds: list[dict] | None = None,
                        curve: dict | None = None) -> tuple[dict, dict]:
    def tp(op: str) -> float | None:
        return med.get(op, {}).get("throughput_mib_s")

    def wall(op: str) -> float | None:
        return med.get(op, {}).get("wall_s")

    def div(a, b):
        return round(a / b, 3) if a is not None and b else None

    aes = ref.get("reference_mib_s")
    ratios = {
        "backup_vs_restic_throughput": div(tp("ours_backup_folder"), tp("restic_backup")),
        "restore_vs_rclone_crypt_throughput": div(tp("ours_restore"), tp("rclone_crypt_download")),
        "restore_vs_restic_throughput": div(tp("ours_restore"), tp("restic_restore")),
        "rebackup_time_vs_restic": div(wall("ours_rebackup_unchanged"), wall("restic_rebackup_unchanged")),
        "restore_time_vs_backup": div(wall("ours_restore"), wall("ours_backup_folder")),
        "drive_vs_folder_backup_throughput": div(tp("ours_backup_drive"), tp("ours_backup_folder")),
        "backup_vs_aes_gcm_single_core": div(tp("ours_backup_folder"), aes),
        "restore_vs_aes_gcm_single_core": div(tp("ours_restore"), aes),
        "verify_vs_aes_gcm_single_core": div(tp("ours_verify"), aes),
        "restic_backup_vs_aes_gcm_single_core": div(tp("restic_backup"), aes),
        "rclone_crypt_upload_vs_aes_gcm_single_core": div(tp("rclone_crypt_upload"), aes),
        "backup_time_vs_copy_floor": div(wall("ours_backup_folder"), wall("copy_floor")),
        "backup_time_vs_copy_floor_by_round": _paired(rounds or [], "ours_backup_folder", "copy_floor"),
        "restore_time_vs_backup_by_round": _paired(rounds or [], "ours_restore", "ours_backup_folder"),
        "verify_time_vs_restore": div(wall("ours_verify"), wall("ours_restore")),
        "verify_time_vs_restore_by_round": _paired(rounds or [], "ours_verify", "ours_restore"),
    }
    one = med.get("ours_restore_one_chat", {})
    ratios["one_chat_bytes_read_vs_chat"] = one.get("bytes_read_vs_chat")
    ratios["one_chat_restore_s"] = one.get("restore_s")
    inc = med.get("ours_backup_incremental", {})
    text_resent = None
    if inc.get("bytes_written") is not None:
        text_resent = max(0, inc["bytes_written"] - inc.get("photo_bytes", 0))
        ratios["incremental_non_photo_bytes"] = text_resent
        ratios["incremental_non_photo_vs_text"] = round(text_resent / info.text_bytes, 5)
    ours_rss = [v["peak_rss_mib"] for k, v in med.items() if k.startswith("ours_")]
    peak = max(ours_rss) if ours_rss else None
    ratios["ours_peak_rss_mib"] = peak

    def t(target: str, value, ok: bool | None) -> dict:
        return {"target": target, "value": value, "met": ok}

    def ge(v, x):
        return None if v is None else v >= x

    def le(v, x):
        return None if v is None else v <= x

    targets = {
        "full_backup_2x_restic": t(">= 2.0x restic throughput", ratios["backup_vs_restic_throughput"],
                                   ge(ratios["backup_vs_restic_throughput"], 2.0)),
        "restore_vs_rclone_crypt": t(">= 1.2x rclone crypt (decrypt) throughput",
                                     ratios["restore_vs_rclone_crypt_throughput"],
                                     ge(ratios["restore_vs_rclone_crypt_throughput"], 1.2)),
        "restore_vs_backup": t("<= the full backup's time (ratio <= 1.0)", ratios["restore_time_vs_backup"],
                               le(ratios["restore_time_vs_backup"], 1.0)),
        "unchanged_rebackup_time": t("<= restic's time (ratio <= 1.0)", ratios["rebackup_time_vs_restic"],
                                     le(ratios["rebackup_time_vs_restic"], 1.0)),
        "unchanged_rebackup_written": t("< 1 MiB written",
                                        med.get("ours_rebackup_unchanged", {}).get("bytes_written"),
                                        None if "ours_rebackup_unchanged" not in med
                                        else med["ours_rebackup_unchanged"]["bytes_written"] < MIB),
        "new_messages_resend": t("< 1% of the text re-sent (written - photo)",
                                 ratios.get("incremental_non_photo_vs_text"),
                                 None if text_resent is None else text_resent < 0.01 * info.text_bytes),
        "peak_rss": t(f"<= 150 MiB (measured at {size / 2**30:.2f} GiB)", peak,
                      None if peak is None else peak <= 150),
        "gui_stall": t("<= 30 ms", gui_stall, None if gui_stall is None else gui_stall <= 30),
        "drive_vs_folder": t(">= 0.8x folder backup throughput",
                             ratios["drive_vs_folder_backup_throughput"],
                             ge(ratios["drive_vs_folder_backup_throughput"], 0.8)),
        "backup_vs_copy_floor": t("<= 2.0x the time of cp -r + sync (folder backup)",
                                  ratios["backup_time_vs_copy_floor"],
                                  le(ratios["backup_time_vs_copy_floor"], 2.0)),
        "verify_vs_restore": t("<= 0.8x the restore's time", ratios["verify_time_vs_restore"],
                               le(ratios["verify_time_vs_restore"], 0.8)),
        "one_chat_bytes_read": t("<= the chat's stored bytes + 5% read from the destination",
                                 ratios["one_chat_bytes_read_vs_chat"],
                                 le(ratios["one_chat_bytes_read_vs_chat"], 1.05)),
        "one_chat_time": t("<= 0.5 s (the engine's restore call, one chat)",
                           ratios["one_chat_restore_s"], le(ratios["one_chat_restore_s"], 0.5)),
    }
    targets.update(_curve_targets(curve or {}))
    return ratios, targets


def print_table(report: dict, file=sys.stdout) -> None:
    med = report["median"]
    n = report["meta"]["repeat"]
    w = file.write
    w(f"\nbackupgui benchmark: {report['dataset']['total_bytes'] / MIB:.0f} MiB library, "
      f"median of {n} round(s), warm cache\n")
    w(f"{'operation':40} {'wall s':>8} {'MiB/s':>8} {'CPU s':>7} {'RSS MiB':>8} {'written':>12}\n")
    for op, label in OPS:
        if op not in med:
            continue
        d = med[op]
        wr = d.get("bytes_written")
        w(f"{label:40} {d['wall_s']:8.2f} {d['throughput_mib_s'] or 0:8.1f} {d['cpu_s']:7.2f} "
          f"{d['peak_rss_mib']:8.1f} {'' if wr is None else f'{wr:,}':>12}\n")
    ref = report["reference"]
    w(f"\nAES-256-GCM single core (1 MiB blocks): {ref.get('reference_mib_s')} MiB/s"
      f" (openssl {ref.get('openssl_mib_s')}, python cryptography {ref.get('cryptography_mib_s')})\n")
    gui = report.get("gui_stall_ms")
    w(f"GUI longest event-loop stall during a backup: {'n/a' if gui is None else f'{gui:.1f} ms'}\n")
    one = report.get("one_chat")
    if one:
        w(f"one chat ({one['chat']}: {one['chat_messages']:,} messages, {one['chat_media_files']} "
          f"media files, {one['chat_stored_bytes']:,} B stored in {one['chat_packs']} of "
          f"{one['backup_packs']} packs): read {one['bytes_read']:,} B "
          f"({one['bytes_read'] / max(1, one['chat_stored_bytes']):.2f}x), restore call "
          f"{one['restore_s']:.3f} s\n")
    curve = report.get("curve") or {}
    if curve.get("points"):
        w("\ncurve (one round per size; throughput relative to the smallest size):\n")
        w(f"{'size':>7} {'backup s':>9} {'MiB/s':>7} {'rel':>5} {'RSS':>6} {'copy s':>7} {'b/copy':>6} "
          f"{'restore s':>9} {'MiB/s':>7} {'rel':>5} {'RSS':>6} {'cached':>6} {'disk rd MB':>10} "
          f"{'cold s':>7} {'rel':>5} {'verify s':>8} {'RSS':>6}\n")
        for p in curve["points"]:
            b, c, r, v = (p[k] for k in ("ours_backup_folder", "copy_floor", "ours_restore",
                                         "ours_verify"))
            w(f"{p['label']:>7} {b['wall_s']:9.2f} {b['throughput_mib_s']:7.1f} "
              f"{b['throughput_vs_smallest']:5.2f} {b['peak_rss_mib']:6.1f} {c['wall_s']:7.2f} "
              f"{p['backup_time_vs_copy_floor']:6.2f} "
              f"{r['wall_s']:9.2f} {r['throughput_mib_s']:7.1f} {r['throughput_vs_smallest']:5.2f} "
              f"{r['peak_rss_mib']:6.1f} {p.get('backup_cached_before_restore', float('nan')):6.0%} "
              f"{r.get('disk_read_mb', float('nan')):10.0f} "
              f"{p.get('ours_restore_cold', {}).get('wall_s', float('nan')):7.2f} "
              f"{p.get('ours_restore_cold', {}).get('throughput_vs_smallest', float('nan')):5.2f} "
              f"{v['wall_s']:8.2f} {v['peak_rss_mib']:6.1f}\n")
    w("\nratios:\n")
    for k, v in report["ratios"].items():
        w(f"  {k:45} {v}\n")
    w("\ntargets:\n")
    for k, v in report["targets"].items():
        mark = {True: "MET ", False: "MISS", None: "n/a "}[v["met"]]
        w(f"  [{mark}] {k:28} {v['target']:58} value={v['value']}\n")
    for note in report["notes"]:
        w(f"note: {note}\n")


def _code_state() -> dict:
    """HEAD and a hash of uncommitted engine changes: the figures belong to this code."""
    repo = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, text=True,
                              capture_output=True, timeout=30).stdout.strip()
        diff = subprocess.run(["git", "diff", "HEAD", "--", "backupgui"], cwd=repo,
                              capture_output=True, timeout=60).stdout
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "backupgui"], cwd=repo,
                               text=True, capture_output=True, timeout=30).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return {}
    import hashlib

    return {"head": head, "backupgui_uncommitted_files": len([x for x in dirty if x.strip()]),
            "backupgui_diff_sha256": hashlib.sha256(diff).hexdigest()[:16] if diff else None}


def run(size: int, *, seed: int = 1, repeat: int = 1, quick: bool = False,
        json_path: Path | None = None, restic: bool = True, rclone: bool = True,
        drive: bool = True, gui: bool = True, extras: bool = False,
        curve: list[int] | None = None, with_peers: bool = False) -> dict:
    """One benchmark run; ``curve``: sizes for the scaling targets (run after the rounds)."""
    load_start = os.getloadavg()
    out = dataset.out_dir()
    out.mkdir(parents=True, exist_ok=True)
    notes: list[str] = ["Warm-cache figures: each tool ran once on the same data before "
                        "measuring (the page cache cannot be dropped on a shared machine).",
                        "Throughput = library size on disk (database + media) / wall time."]
    if size > PEERS_MAX_SIZE and not with_peers and (restic or rclone or drive):
        restic = rclone = drive = False
        notes.append(f"Above {size_label(PEERS_MAX_SIZE)} restic, rclone and the Drive emulator "
                     "are left out (each would need as much disk again and several minutes); "
                     "--with-peers keeps them.")
    use_restic = restic and shutil.which("restic") is not None
    use_rclone = rclone and shutil.which("rclone") is not None
    if restic and not use_restic:
        notes.append("restic is not installed: its figures and ratios are skipped.")
    if rclone and not use_rclone:
        notes.append("rclone is not installed: its figures and ratios are skipped.")

    import backupgui

    if byte_compile(Path(backupgui.__file__).parent) == 0:
        notes.append("backupgui ran byte-compiled, as installed (its modules were compiled "
                     "before measuring, whatever PYTHONDONTWRITEBYTECODE says).")
    t0 = time.perf_counter()
    info = dataset.build_library(size, seed, log=_log)
    _log("AES-256-GCM reference")
    ref = aes_gcm_reference(1.0 if quick else 2.0)

    work = out / f"run-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    prev_config = private_config(work)
    rounds: list[dict] = []
    gui_res: dict = {"skipped": "disabled (--no-gui)"}
    extra_res: dict = {}
    curve_res: dict = {}
    try:
        b = Bench(info, work, restic=use_restic, rclone=use_rclone, drive=drive)
        if quick:
            notes.append("--quick: no warm-up pass (a functional check, not figures to quote).")
        else:
            _log("warm-up pass")
            b.warm_up()
        for n in range(repeat):
            rounds.append(b.round(n))
            (out / "last-rounds.json").write_text(json.dumps(rounds, indent=1))  # survives a crash
        if curve:
            curve_res = run_curve(curve, seed, work)
            notes += [f"curve point skipped, {x}" for x in curve_res["skipped"]]
        if gui:
            _log("GUI stall (bench/gui_bench.py)")
            # gui_bench backs up its own demo library of ``media_mb`` MB through the GUI's
            # background helper while a 5 ms QTimer heartbeat runs.
            media_mb = max(5.0, min(200.0, info.media_bytes / 1e6))
            gui_res = run_extra("gui_bench", {"media_mb": media_mb, "size_bytes": size},
                                timeout=120 if quick else 900,
                                funcs=("run_gui_bench", "event_loop_stall"))
        if extras:
            for name in ("drive_bench", "library_bench", "import_bench", "vault_bench"):
                _log(f"extra: bench/{name}.py")
                extra_res[name] = run_extra(name, {"size_bytes": size, "quick": quick}, timeout=900)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        restore_config(prev_config)

    gui_stall = _find_stall_ms(gui_res.get("result"))
    if gui and gui_stall is None:
        notes.append(f"GUI stall not measured: {gui_res.get('skipped', 'no stall figure in result')}")
    med = _median_rounds(rounds)
    ratios, targets = _ratios_and_targets(med, ref, info, gui_stall, info.total_bytes, rounds,
                                          curve_res)
    meta = machine_info(out)
    meta.update({
        "load_avg_start": list(load_start), "load_avg_end": list(os.getloadavg()),
        "size_requested": size, "seed": seed, "repeat": repeat, "quick": quick,
        "command": " ".join(["python", "-m", "bench", *sys.argv[1:]]),
        "curve_sizes": [size_label(c) for c in sorted(set(curve or []))],
        "restic": tool_version("restic") if use_restic else None,
        "restic_repo_version": getattr(b, "restic_repo_version", None),
        "rclone": tool_version("rclone") if use_rclone else None,
        "total_s": round(time.perf_counter() - t0, 1), "warm_cache": not quick,
        "unix_time": int(time.time()), "code": _code_state(),
    })
    info_d = dict(info.__dict__)
    if rounds and "_text_bytes_encoded" in rounds[0]:
        info_d["text_bytes_encoded_by_backup"] = rounds[0]["_text_bytes_encoded"]
    one_chat = rounds[0].get("_one_chat") if rounds else None
    report = {"meta": meta, "dataset": info_d, "reference": ref, "rounds": rounds,
              "median": med, "ratios": ratios, "targets": targets, "one_chat": one_chat,
              "curve": curve_res,
              "gui_stall_ms": gui_stall, "gui_bench": gui_res, "extras": extra_res, "notes": notes}
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return report
