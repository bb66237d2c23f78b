"""Where the time goes: py-spy profiles of a backup, an unchanged re-backup, a restore, a
verify and a restore of one chat, summarized per thread and per kind of work.

    python -m bench.profile [--size 1GiB] [--rate 100]
                            [--steps backup,rebackup,restore,verify,chat] [--gil] [--idle]

Uses the cached bench library (built if missing), runs ``py-spy record -f raw --threads``
around ``backupgui-cli backup`` (to a fresh folder), the same backup again (unchanged),
``restore`` (into an empty library), ``verify`` and ``python -m bench.one_chat`` (the median
chat alone), keeps the raw files under bench/out/ and prints, for each thread, the share of
its active samples per leaf frame and per deepest ``backupgui/`` frame (the line of ours
responsible, including time spent in the C code it called).

Each sample is also put into one kind of work by the source text of that deepest line of
ours (``.decrypt(`` -> decryption, ``fsync`` -> fsync, ``.execute(`` -> SQLite, ...: see
``CATEGORIES``), so a profile reads as "SQLite writes, checks, decompression, media writes,
fsync, decryption, reads".

py-spy does not sample idle threads (blocked in a queue, lock or sleep), so a thread's sample
count is its busy time. On a loaded machine a thread that was woken but waits for a core
counts as busy too (it shows as ``waiting`` here). ``--gil`` samples only the thread holding
the GIL (the work that cannot overlap); ``--idle`` samples idle threads too (wall time).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from . import dataset
from .measure import private_config

_THREAD = re.compile(r"^thread \((\w+)\)(?::\s*([^;]*))?")
_FRAME = re.compile(r"^(.*) \(([^()]*):(\d+)\)$")
_REPO = Path(__file__).resolve().parent.parent

#: (kind of work, substrings of the deepest backupgui line's source text), first match wins.
CATEGORIES: list[tuple[str, tuple[str, ...]]] = [
    ("fsync", ("fsync",)),
    ("move into place (rename)", ("os.replace", ".rename(")),
    ("decryption (AES-GCM)", (".decrypt(", "_open(")),
    ("encryption (AES-GCM)", (".encrypt(", "_emit(")),
    ("decompression (zstd)", ("decompress",)),
    ("compression (zstd)", ("compress(",)),
    ("hashing (SHA-256, HMAC names)", ("sha256", ".update(", "digest(", "hmac", "blob_name")),
    ("format checks (message blobs)", ("match", "canonical", "check_text", "_walk_text_blob",
                                       "json.loads", "_check_blob")),
    ("SQLite", (".execute", "executemany", "fetch", "month_blobs", "transaction", "bulk",
                "commit", "add_message", "upsert_chat", "_SUMMARIES")),
    ("reads (files, destination)", (".read(", "readinto", ".stream(")),
    ("writes (files, destination)", (".write(",)),
]
_WAIT_FILES = ("threading.py", "queue.py", "thread.py")
_source_cache: dict[str, list[str]] = {}


def _source_line(path: str, line: int) -> str:
    if path not in _source_cache:
        try:
            _source_cache[path] = (_REPO / path).read_text(errors="replace").splitlines()
        except OSError:
            _source_cache[path] = []
    lines = _source_cache[path]
    return lines[line - 1] if 0 < line <= len(lines) else ""


def categorize(frames: list[str]) -> str:
    """The kind of work of one stack (outermost frame first)."""
    if any("importlib._bootstrap" in f for f in frames):
        return "start-up and imports"
    leaf = _FRAME.match(frames[-1]) if frames else None
    if leaf and leaf.group(2).endswith(_WAIT_FILES):
        return "waiting (queue, lock; woken but not yet running)"
    mine = [m for f in frames if "(backupgui/" in f and (m := _FRAME.match(f))]
    if not mine:
        return "outside backupgui (interpreter, library code)"
    m = mine[-1]
    text = _source_line(m.group(2), int(m.group(3)))
    for name, keys in CATEGORIES:
        if any(k in text for k in keys):
            return name
    return "other Python"


def summarize(raw: Path, top: int = 8) -> dict:
    """{thread name: {"samples", "pct_of_all", "leaf": [...], "ours": [...]}} from a raw file."""
    leaf: dict[str, Counter] = defaultdict(Counter)
    ours: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    all_kinds: Counter = Counter()
    total: Counter = Counter()
    names: dict[str, str] = {}
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        frames = stack.split(";")
        m = _THREAD.match(frames[0])
        if not m:
            continue
        tid = m.group(1)
        if m.group(2):
            names[tid] = m.group(2).strip()
            frames = frames[1:]
        else:
            frames = frames[1:]
        total[tid] += n
        if frames:
            leaf[tid][frames[-1]] += n
        mine = [f for f in frames if "(backupgui/" in f]
        ours[tid][mine[-1] if mine else "(outside backupgui: start-up, imports)"] += n
        kind = categorize(frames)
        kinds[tid][kind] += n
        all_kinds[kind] += n
    everything = sum(total.values()) or 1
    out: dict = {"(all threads)": {
        "samples": everything, "pct_of_all": 100.0,
        "kinds": [(k, c, round(100 * c / everything, 1)) for k, c in all_kinds.most_common()]}}
    for tid, n in total.most_common():
        name = names.get(tid, tid)
        key = name if name not in out else f"{name} ({tid})"
        out[key] = {
            "samples": n, "pct_of_all": round(100 * n / everything, 1),
            "leaf": [(f, c, round(100 * c / n, 1)) for f, c in leaf[tid].most_common(top)],
            "ours": [(f, c, round(100 * c / n, 1)) for f, c in ours[tid].most_common(top)],
            "kinds": [(k, c, round(100 * c / n, 1)) for k, c in kinds[tid].most_common()],
        }
    return out


def print_summary(title: str, summary: dict, file=sys.stdout) -> None:
    file.write(f"\n== {title}\n")
    for name, t in summary.items():
        file.write(f"-- thread {name}: {t['samples']} samples ({t['pct_of_all']}% of all)\n")
        file.write("   kind of work:\n")
        for k, c, p in t["kinds"]:
            file.write(f"     {p:5.1f}%  {c:6d}  {k}\n")
        if "ours" not in t:
            continue
        file.write("   deepest backupgui frame:\n")
        for f, c, p in t["ours"]:
            file.write(f"     {p:5.1f}%  {c:6d}  {f}\n")
        file.write("   leaf frame:\n")
        for f, c, p in t["leaf"][:5]:
            file.write(f"     {p:5.1f}%  {c:6d}  {f}\n")


def _py_spy() -> str | None:
    """py-spy on PATH, or beside this interpreter (a virtualenv that is not activated)."""
    beside = Path(sys.executable).with_name("py-spy")
    return shutil.which("py-spy") or (str(beside) if beside.exists() else None)


def record(cmd: list[str], raw: Path, rate: int, extra: tuple[str, ...] = ()) -> None:
    subprocess.run([_py_spy() or "py-spy", "record", "-f", "raw", "--threads", "-r", str(rate), *extra,
                    "-o", str(raw), "--", *cmd], check=True, capture_output=True,
                   cwd=_REPO)


def _median_chat(library: Path) -> str:
    """The chat ``python -m bench`` restores alone (see ``Bench.one_chat``)."""
    from backupgui.library.store import Library

    with Library(library, create=False) as lib:
        chats = sorted((c for c in lib.list_chats() if c.media_count),
                       key=lambda c: (c.message_count, c.id))
    return chats[len(chats) // 2].id


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.profile")
    ap.add_argument("--size", default="1GiB")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rate", type=int, default=100, help="samples per second")
    ap.add_argument("--steps", default="backup,rebackup,restore,verify,chat",
                    help="comma-separated subset of backup,rebackup,restore,verify,chat "
                         "(all but backup need the backup)")
    ap.add_argument("--gil", action="store_true", help="only samples holding the GIL (py-spy --gil)")
    ap.add_argument("--idle", action="store_true", help="idle threads too (py-spy --idle)")
    args = ap.parse_args(argv)
    extra = tuple(f for f, on in (("--gil", args.gil), ("--idle", args.idle)) if on)
    tag = "".join(f"-{f[2:]}" for f in extra)
    if not _py_spy():
        print("py-spy is not installed (pip install py-spy)", file=sys.stderr)
        return 1
    info = dataset.build_library(dataset.parse_size(args.size), args.seed)
    out = dataset.out_dir()
    work = out / "profile-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    private_config(work)
    from backupgui.crypto.keys import format_key, generate_key

    key = work / "key.txt"
    key.write_text(format_key(generate_key()) + "\n")
    key.chmod(0o600)
    cli = [sys.executable, "-m", "backupgui.cli"]
    lib = dataset.working_copy(Path(info.path), work / "library")
    from .harness import read_tree

    read_tree(lib)  # warm, as python -m bench measures (else the backup profile shows disk reads)
    results = {}
    try:
        backup_cmd = [*cli, "backup", "--library", str(lib), "--dest", str(work / "dest"),
                      "--key-file", str(key), "-q"]
        steps = [
            ("backup", backup_cmd),
            ("rebackup", backup_cmd),  # the same library again, unchanged
            ("restore", [*cli, "restore", "--dest", str(work / "dest"), "--library",
                         str(work / "restored"), "--key-file", str(key), "-q"]),
            ("verify", [*cli, "verify", "--dest", str(work / "dest"), "--key-file", str(key), "-q"]),
            ("chat", [sys.executable, "-m", "bench.one_chat", "--dest", str(work / "dest"),
                      "--library", str(work / "restored-one"), "--key-file", str(key),
                      "--chat", _median_chat(lib)]),
        ]
        wanted = set(args.steps.split(","))
        for name, cmd in steps:
            if name not in wanted:
                continue
            raw = out / f"profile-{name}{tag}.raw.txt"
            record(cmd, raw, args.rate, extra)
            results[name] = summarize(raw)
            print_summary(f"{name}: {' '.join(cmd[2:5])} ... (py-spy raw: {raw})", results[name])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    (out / f"profile-summary{tag}.json").write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
