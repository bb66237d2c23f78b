"""Reference points: single-core AES-256-GCM speed, restic, rclone crypt, the machine."""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import time
from pathlib import Path

from .measure import Measured, run_measured


def _run(cmd: list[str], **kw) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True, **kw).stdout


def machine_info(where: Path) -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    disk = ""
    try:
        df = _run(["df", "-hT", str(where)]).splitlines()[-1].split()
        disk = f"{df[0]} ({df[1]}, {df[2]} total, {df[4]} free)"
        dev = Path(df[0]).name
        rot = Path(f"/sys/block/{dev}/queue/rotational")
        if rot.exists():
            disk += ", rotational" if rot.read_text().strip() == "1" else ", non-rotational"
    except (OSError, subprocess.CalledProcessError, IndexError):
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 2**20:.1f} GiB"
    except (OSError, AttributeError):
        pass
    return {"nproc": os.cpu_count(), "cpu_model": cpu, "memory": mem, "disk": disk,
            "kernel": platform.release(), "python": platform.python_version(),
            "load_avg_start": list(os.getloadavg())}


def tool_version(name: str) -> str | None:
    exe = shutil.which(name)
    if not exe:
        return None
    try:
        out = _run([exe, "version"], timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.splitlines()[0].strip() if out else None


def aes_gcm_reference(seconds: float = 2.0) -> dict:
    """Single-core AES-256-GCM encryption throughput on 1 MiB blocks, in MiB/s."""
    out: dict = {}
    if shutil.which("openssl"):
        try:
            txt = _run(["openssl", "speed", "-evp", "aes-256-gcm", "-bytes", "1048576",
                        "-seconds", str(max(1, int(seconds)))], timeout=60)
            m = re.search(r"^AES-256-GCM\s+([\d.]+)k", txt, re.M | re.I)
            if m:
                out["openssl_mib_s"] = round(float(m.group(1)) * 1000 / 2**20, 1)
                out["openssl_cmd"] = "openssl speed -evp aes-256-gcm -bytes 1048576 -seconds 2"
        except (OSError, subprocess.SubprocessError):
            pass
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(bytes(32))
    block = bytes(1 << 20)
    nonce = bytes(12)
    n = 0
    t0 = time.perf_counter()
    while (el := time.perf_counter() - t0) < seconds:
        aead.encrypt(nonce, block, None)
        n += 1
    out["cryptography_mib_s"] = round(n / el, 1)
    out["reference_mib_s"] = out.get("openssl_mib_s", out["cryptography_mib_s"])
    return out


# -- the copy floor ---------------------------------------------------------------------------
#: ``sync FILE...`` (coreutils >= 8.24) fsyncs just those files, as our backup fsyncs just its
#: packs: a bare ``sync`` would also charge the floor for whatever other processes on a shared
#: machine have pending. On a quiet machine the two are the same.
COPY_FLOOR_SH = 'cp -r -- "$1" "$2" && find "$2" -type f -exec sync -- {} +'


def copy_floor(src: Path, dst: Path) -> Measured:
    """``cp -r`` of the library and ``sync`` of the copy: the same bytes copied on the same
    disk and made durable, with no SQLite, hashing, compression or encryption. The floor a
    backup to a folder on this disk is held against (issue 24: at most 2x its time)."""
    return run_measured(["sh", "-c", COPY_FLOOR_SH, "sh", str(src), str(dst)],
                        timeout=3600).check()


# -- restic -----------------------------------------------------------------------------------
class Restic:
    """A local restic repository with its own cache dir; every call measured as a child."""

    def __init__(self, work: Path) -> None:
        self.repo = work / "restic-repo"
        self.cache = work / "restic-cache"
        self.env = dict(os.environ, RESTIC_REPOSITORY=str(self.repo),
                        RESTIC_PASSWORD="bench-password-not-secret",
                        RESTIC_CACHE_DIR=str(self.cache))

    def init(self) -> None:
        run_measured(["restic", "init", "-q"], env=self.env, timeout=120).check()

    def backup(self, src: Path) -> Measured:
        # cd into the library so snapshots of different copies share paths (parent detection).
        return run_measured(["restic", "backup", "-q", "--host", "bench", "."], env=self.env,
                            cwd=src, timeout=3600).check()

    def restore(self, target: Path) -> Measured:
        return run_measured(["restic", "restore", "latest", "-q", "--target", str(target)],
                            env=self.env, timeout=3600).check()

    def repo_version(self) -> str:
        try:
            out = _run(["restic", "cat", "config"], env=self.env, timeout=60)
            m = re.search(r'"version":\s*(\d+)', out)
            return m.group(1) if m else "?"
        except (OSError, subprocess.SubprocessError):
            return "?"


# -- rclone crypt -----------------------------------------------------------------------------
class RcloneCrypt:
    """An rclone crypt remote over a local folder, configured only through the environment
    (an empty temp config file, the password passed through ``rclone obscure``)."""

    def __init__(self, work: Path) -> None:
        self.store = work / "rclone-crypt-store"
        conf = work / "rclone.conf"
        conf.write_text("")
        obscured = _run(["rclone", "obscure", "bench-password-not-secret"], timeout=30).strip()
        salt = _run(["rclone", "obscure", "bench-salt-not-secret"], timeout=30).strip()
        self.env = dict(os.environ, RCLONE_CONFIG=str(conf),
                        RCLONE_CONFIG_BENCHCRYPT_TYPE="crypt",
                        RCLONE_CONFIG_BENCHCRYPT_REMOTE=str(self.store),
                        RCLONE_CONFIG_BENCHCRYPT_PASSWORD=obscured,
                        RCLONE_CONFIG_BENCHCRYPT_PASSWORD2=salt)

    def upload(self, src: Path) -> Measured:
        return run_measured(["rclone", "copy", str(src), "benchcrypt:"], env=self.env,
                            timeout=3600).check()

    def download(self, dst: Path) -> Measured:
        return run_measured(["rclone", "copy", "benchcrypt:", str(dst)], env=self.env,
                            timeout=3600).check()
