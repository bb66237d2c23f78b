"""The end-to-end backup benchmark behind ``python -m bench``.

One run = build (or reuse) the dataset, measure the AES-GCM reference, do one warm-up pass
of every tool, then ``repeat`` interleaved rounds of:

    ours: full backup -> folder         restic: full backup
    ours: full backup -> Drive emulator
    ours: unchanged re-backup           restic: unchanged re-backup
    (add 100 messages + 1 photo to one chat)
    ours: incremental backup            restic: incremental backup
    ours: restore into an empty library rclone crypt: upload, then download
    restic: restore                     ours: verify

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
from .measure import Measured, bytes_written, run_measured, tree_state
from .references import RcloneCrypt, Restic, aes_gcm_reference, machine_info, tool_version

MIB = 1 << 20
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
]


def _log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _fig(m: Measured, data_bytes: int, written: int | None = None) -> dict:
    d = {"wall_s": round(m.wall_s, 3), "cpu_s": round(m.cpu_s, 3), "user_s": round(m.user_s, 3),
         "sys_s": round(m.sys_s, 3), "peak_rss_mib": round(m.peak_rss_bytes / MIB, 1),
         "throughput_mib_s": round(data_bytes / MIB / m.wall_s, 1) if m.wall_s > 0 else None}
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
        self.key_file = work / "key.txt"
        from backupgui.crypto.keys import format_key, generate_key

        fd = os.open(self.key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(format_key(generate_key()) + "\n")
        self.data_bytes = lib.total_bytes
        self.notes: list[str] = []

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

            # The two take turns at going first, ours in the even rounds (0, 2, ...: with an
            # odd count, more often), so neither is always the first to read the library.
            steps = [ours_full, restic_full] if restic else [ours_full]
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


def _ratios_and_targets(med: dict, ref: dict, info: dataset.DatasetInfo, gui_stall: float | None,
                        size: int) -> tuple[dict, dict]:
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
    }
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
        "restore_vs_rclone_crypt": t(">= 1.0x rclone crypt (decrypt) throughput",
                                     ratios["restore_vs_rclone_crypt_throughput"],
                                     ge(ratios["restore_vs_rclone_crypt_throughput"], 1.0)),
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
    }
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
    w("\nratios:\n")
    for k, v in report["ratios"].items():
        w(f"  {k:45} {v}\n")
    w("\ntargets:\n")
    for k, v in report["targets"].items():
        mark = {True: "MET ", False: "MISS", None: "n/a "}[v["met"]]
        w(f"  [{mark}] {k:28} {v['target']:45} value={v['value']}\n")
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
        drive: bool = True, gui: bool = True, extras: bool = False) -> dict:
    load_start = os.getloadavg()
    out = dataset.out_dir()
    out.mkdir(parents=True, exist_ok=True)
    notes: list[str] = ["Warm-cache figures: each tool ran once on the same data before "
                        "measuring (the page cache cannot be dropped on a shared machine).",
                        "Throughput = library size on disk (database + media) / wall time."]
    use_restic = restic and shutil.which("restic") is not None
    use_rclone = rclone and shutil.which("rclone") is not None
    if restic and not use_restic:
        notes.append("restic is not installed: its figures and ratios are skipped.")
    if rclone and not use_rclone:
        notes.append("rclone is not installed: its figures and ratios are skipped.")

    t0 = time.perf_counter()
    info = dataset.build_library(size, seed, log=_log)
    _log("AES-256-GCM reference")
    ref = aes_gcm_reference(1.0 if quick else 2.0)

    work = out / f"run-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    rounds: list[dict] = []
    gui_res: dict = {"skipped": "disabled (--no-gui)"}
    extra_res: dict = {}
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

    gui_stall = _find_stall_ms(gui_res.get("result"))
    if gui and gui_stall is None:
        notes.append(f"GUI stall not measured: {gui_res.get('skipped', 'no stall figure in result')}")
    med = _median_rounds(rounds)
    ratios, targets = _ratios_and_targets(med, ref, info, gui_stall, info.total_bytes)
    meta = machine_info(out)
    meta.update({
        "load_avg_start": list(load_start), "load_avg_end": list(os.getloadavg()),
        "size_requested": size, "seed": seed, "repeat": repeat, "quick": quick,
        "command": " ".join(["python", "-m", "bench", *sys.argv[1:]]),
        "restic": tool_version("restic") if use_restic else None,
        "restic_repo_version": getattr(b, "restic_repo_version", None),
        "rclone": tool_version("rclone") if use_rclone else None,
        "total_s": round(time.perf_counter() - t0, 1), "warm_cache": not quick,
        "unix_time": int(time.time()), "code": _code_state(),
    })
    info_d = dict(info.__dict__)
    if rounds and "_text_bytes_encoded" in rounds[0]:
        info_d["text_bytes_encoded_by_backup"] = rounds[0]["_text_bytes_encoded"]
    report = {"meta": meta, "dataset": info_d, "reference": ref, "rounds": rounds,
              "median": med, "ratios": ratios, "targets": targets,
              "gui_stall_ms": gui_stall, "gui_bench": gui_res, "extras": extra_res, "notes": notes}
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return report
