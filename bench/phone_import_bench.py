"""Benchmark: import a WhatsApp phone backup (msgstore.db.crypt15) of 1,000,000 messages in
2,000 chats (issue 25: at most 20 s and 200 MiB peak RSS).

The generated database has the current Android schema with the real app's tables and
indexes, realistic message keys, 80 % one-to-one chats and 20 % groups, a mix of text,
replies, photos (their files not on this computer), locations, system events and reactions.
It is encrypted as WhatsApp does (HKDF key, AES-256-GCM, zlib, MD5 trailer) by a streaming
encoder. The import runs in a fresh interpreter (``import_phone_backup``, the CLI's call)
that reports its wall time, CPU time and peak RSS (``ru_maxrss``), and its RSS while it runs.

    python -m bench.phone_import_bench [messages] [chats]     # from the repository root

A reference measured in the same run: the time to read the same database with one plain
``SELECT`` over its messages (``sqlite_scan_s``), so a slow machine shows in both figures.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ROOT_KEY = bytes.fromhex("b3" * 32)  # the bench's 64-digit key (not a secret)
_TEXTS = ["Are you coming tonight?", "Haha 😂😂", "¿Quedamos el sábado?", "Bin gleich da 🚲",
          "Bom dia! ☕", "नमस्ते! कैसे हो?", "مرحبا! كيف حالك؟", "おはよう！☀️", "Привет! Как дела?",
          "See you at 10:30 - ok?", "👍", "Note: bring the charger",
          "Can you send me the photos from yesterday? The ones from the lake, not the city."]


def write_msgstore(path: Path, messages: int, chats: int, seed: int = 1) -> None:
    """A current-schema msgstore.db with ``messages`` messages in ``chats`` chats."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.library.whatsapp_db.msgstore import CURRENT

    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(CURRENT)
    people = [f"49170{i:07d}@s.whatsapp.net" for i in range(1, 3001)]
    con.executemany("INSERT INTO jid (_id, user, server, type, raw_string) VALUES (?,?,?,0,?)",
                    [(i + 1, p.split("@")[0], "s.whatsapp.net", p) for i, p in enumerate(people)])
    groups = []
    chat_rows = []
    for c in range(chats):
        if c % 5 == 4:  # every fifth chat is a group
            jid_id = len(people) + 1 + c
            jid = f"1203630{c:011d}@g.us"
            con.execute("INSERT INTO jid (_id, user, server, type, raw_string) VALUES (?,?,?,1,?)",
                        (jid_id, jid.split("@")[0], "g.us", jid))
            members = rng.sample(range(1, len(people) + 1), 8)
            con.executemany("INSERT INTO group_participant_user (group_jid_row_id,"
                            " user_jid_row_id, rank, pending) VALUES (?,?,0,0)",
                            [(jid_id, m) for m in members])
            chat_rows.append((c + 1, jid_id, f"Group {c} 🎉", members))
            groups.append(c + 1)
        else:
            chat_rows.append((c + 1, (c % len(people)) + 1, None, None))
    con.executemany("INSERT INTO chat (_id, jid_row_id, subject, created_timestamp, hidden,"
                    " archived) VALUES (?,?,?,?,0,0)",
                    [(cid, jid, subj, 1_500_000_000_000) for cid, jid, subj, _m in chat_rows])
    # Messages: chats get 1..~2x the mean, each a run in time.
    per_chat = [1 + int(rng.expovariate(1.0) * messages / chats) for _ in range(chats)]
    scale = messages / sum(per_chat)
    per_chat = [max(1, int(n * scale)) for n in per_chat]
    per_chat[0] += messages - sum(per_chat)
    msg_rows: list[tuple] = []
    extra: dict[str, list[tuple]] = {"quoted": [], "media": [], "loc": [], "sys": [], "add_on": [],
                                     "reaction": []}
    mid = 0
    add_on = 0
    for (cid, _jid, _subj, members), n in zip(chat_rows, per_chat, strict=True):
        t = 1_500_000_000_000 + rng.randrange(10**10)
        prev_key = None
        for _ in range(n):
            mid += 1
            t += rng.choice((4_000, 20_000, 60_000, 300_000, 3_600_000))
            key = f"3EB0{rng.getrandbits(64):016X}"
            from_me = rng.random() < 0.4
            sender = None if from_me or members is None else rng.choice(members)
            r = rng.random()
            mtype, text = 0, rng.choice(_TEXTS)
            if r < 0.03:
                mtype, text = 1, ("caption" if r < 0.01 else None)
                extra["media"].append((mid, cid, f"Media/WhatsApp Images/IMG-{mid:08d}.jpg",
                                       "image/jpeg", 120_000))
            elif r < 0.035:
                mtype, text = 5, None
                extra["loc"].append((mid, cid, 48.1 + r, 11.5 + r, "Marienplatz", None))
            elif r < 0.04 and members is not None:
                mtype, text = 7, None
                extra["sys"].append((mid, rng.choice((4, 5, 6, 12))))
                sender = rng.choice(members)
            elif r < 0.10 and prev_key is not None:
                extra["quoted"].append((mid, cid, cid, 0, prev_key, "quoted text"))
            if r > 0.98 and mid > 1:
                add_on += 1
                extra["add_on"].append((add_on, cid, 1, f"3EB0R{rng.getrandbits(60):015X}", None,
                                        mid - 1, t + 1000))
                extra["reaction"].append((add_on, "❤️", t + 1000))
            msg_rows.append((mid, cid, int(from_me), key, sender, 13, t, t + 700, mtype, text, mid))
            prev_key = key
            if len(msg_rows) >= 50_000:
                _flush(con, msg_rows, extra)
    _flush(con, msg_rows, extra)
    con.commit()
    con.execute("VACUUM")
    con.close()


def _flush(con: sqlite3.Connection, rows: list[tuple], extra: dict[str, list[tuple]]) -> None:
    con.executemany("INSERT INTO message (_id, chat_row_id, from_me, key_id, sender_jid_row_id,"
                    " status, timestamp, received_timestamp, message_type, text_data, sort_id)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO message_quoted (message_row_id, chat_row_id,"
                    " parent_message_chat_row_id, from_me, key_id, text_data)"
                    " VALUES (?,?,?,?,?,?)", extra["quoted"])
    con.executemany("INSERT INTO message_media (message_row_id, chat_row_id, file_path,"
                    " mime_type, file_size) VALUES (?,?,?,?,?)", extra["media"])
    con.executemany("INSERT INTO message_location (message_row_id, chat_row_id, latitude,"
                    " longitude, place_name, place_address) VALUES (?,?,?,?,?,?)", extra["loc"])
    con.executemany("INSERT INTO message_system VALUES (?,?)", extra["sys"])
    con.executemany("INSERT INTO message_add_on (_id, chat_row_id, from_me, key_id,"
                    " sender_jid_row_id, parent_message_row_id, timestamp) VALUES (?,?,?,?,?,?,?)",
                    extra["add_on"])
    con.executemany("INSERT INTO message_add_on_reaction VALUES (?,?,?)", extra["reaction"])
    rows.clear()
    for v in extra.values():
        v.clear()


def encrypt_crypt15(src: Path, dst: Path, root: bytes = ROOT_KEY) -> None:
    """WhatsApp's crypt15 layout, streamed (a 1 GB database needs no 1 GB of memory)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from backupgui.library.importers.whatsapp_db.protobuf import encode_field

    key = HKDF(hashes.SHA256(), 32, b"\x00" * 32, b"backup encryption").derive(root)
    iv = os.urandom(16)
    proto = (encode_field(1, 1) + encode_field(3, encode_field(1, iv))
             + encode_field(4, encode_field(1, b"2.24.8.85") + encode_field(3, b"00")))
    head = bytes([len(proto)]) + b"\x01" + proto
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    comp = zlib.compressobj(1)
    md5 = hashlib.md5(head)
    with open(src, "rb") as fi, open(dst, "wb") as fo:
        fo.write(head)
        while chunk := fi.read(1 << 20):
            out = enc.update(comp.compress(chunk))
            md5.update(out)
            fo.write(out)
        out = enc.update(comp.flush()) + enc.finalize() + enc.tag
        md5.update(out)
        fo.write(out + md5.digest())


_CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
from backupgui.library import Library
from backupgui.library.importers.whatsapp_db import (Crypt15Key, PhoneBackupRequest,
    import_phone_backup)
from backupgui.process.memory import tune_allocator

tune_allocator()  # as backupgui-cli and the app do at start

def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

samples = []
phases = {}
def progress(p):
    phases.setdefault(p.phase, time.perf_counter())
    if p.total_bytes:
        samples.append((p.phase, round(p.done_bytes / p.total_bytes, 3), round(rss_mb(), 1)))

lib = Library(sys.argv[2])
before = rss_mb()
t = time.perf_counter()
cpu = time.process_time()
res = import_phone_backup(lib, PhoneBackupRequest(Path(sys.argv[1]), Crypt15Key(bytes.fromhex(sys.argv[3]))),
                          progress)
elapsed = time.perf_counter() - t
cpu = time.process_time() - cpu
lib.close()
print(json.dumps({"seconds": elapsed, "cpu_seconds": cpu, "rss_before_mb": before,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "phase_starts": {k: v - t for k, v in phases.items()},
                  "added": res.messages_added, "chats": res.chats, "samples": samples}))
"""


def run_phone_import_bench(messages: int = 1_000_000, chats: int = 2_000) -> dict:
    """Generate (or reuse) the backup, import it into a fresh library, return the figures."""
    out = Path(os.environ.get("BACKUPGUI_BENCH_DIR", Path(__file__).parent / "out"))
    out.mkdir(parents=True, exist_ok=True)
    backup = out / f"msgstore-{messages}-{chats}.db.crypt15"
    plain = out / f"msgstore-{messages}-{chats}.db"
    if not backup.exists():
        tmp = plain.with_suffix(".partial")
        tmp.unlink(missing_ok=True)
        write_msgstore(tmp, messages, chats)
        tmp.rename(plain)
        encrypt_crypt15(plain, backup.with_suffix(".partial2"))
        backup.with_suffix(".partial2").rename(backup)
    if not plain.exists():
        raise SystemExit(f"{plain} is missing: remove {backup} to generate both again")
    # Reference in the same run: one plain scan of the same database's messages.
    t = time.perf_counter()
    con = sqlite3.connect(plain)
    n = sum(1 for _ in con.execute("SELECT _id, key_id, timestamp, text_data FROM message"))
    con.close()
    scan = time.perf_counter() - t
    repo = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        env = {**os.environ, "PYTHONPATH": f"{repo}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(backup), tmp, ROOT_KEY.hex()],
                              env=env, capture_output=True, text=True, check=True)
        child = json.loads(proc.stdout)
        db_mb = (Path(tmp) / "library.db").stat().st_size / 2**20
    samples = child["samples"]
    marks = {f"rss_importing_{int(q * 100)}pct_mb":
             next((r for ph, f, r in samples if ph == "Importing" and f >= q), None)
             for q in (0.25, 0.5, 0.75, 1.0)}
    return {"messages": messages, "chats": chats, "messages_in_db": n,
            "backup_mb": round(backup.stat().st_size / 2**20, 1),
            "database_mb": round(plain.stat().st_size / 2**20, 1),
            "import_s": round(child["seconds"], 2), "import_cpu_s": round(child["cpu_seconds"], 2),
            "decrypt_s": round(child["phase_starts"].get("Importing", 0)
                               - child["phase_starts"].get("Decrypting", 0), 2),
            "sqlite_scan_s": round(scan, 2),
            "messages_added": child["added"], "chats_imported": child["chats"],
            "rss_before_mb": round(child["rss_before_mb"], 1),
            "peak_rss_mb": round(child["peak_rss_mb"], 1), **marks,
            "library_db_mb": round(db_mb, 1),
            "target_met": child["seconds"] <= 20 and child["peak_rss_mb"] <= 200}


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    for key, value in run_phone_import_bench(*args).items():
        print(f"{key:>26}: {value}")
