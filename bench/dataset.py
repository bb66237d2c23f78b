"""Deterministic benchmark libraries: ~10 % message text, ~90 % media files of 1-20 MiB.

``build_library(size_bytes, seed)`` returns the path of a finished library under the bench
output folder (``bench/out/`` or ``$BACKUPGUI_BENCH_DIR``), building it only when no library
for the same (size, seed, generator version) is cached there.

* Text: about ``TEXT_FRACTION`` of ``size_bytes`` as UTF-8 message text (e.g. ~100 MB and
  ~800k messages for 1 GiB), spread over ``CHATS`` chats with very uneven activity and
  timestamps covering three years. Messages are short phrases or runs of words from
  several languages (Latin, Cyrillic, Arabic, Devanagari, CJK, emoji), so the text
  compresses about as well as real chat text (zstd ~3x), not like a repeated phrase.
* Media: the rest as image/video files of 1-20 MiB: a real JPEG/PNG/MP4 header followed by
  incompressible bytes (an AES-CTR keystream keyed by the seed, so generation runs at
  hundreds of MB/s and is still reproducible).

Everything derives from ``random.Random`` seeded with (seed, ...), never the global RNG.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from backupgui.library.model import Chat, MediaRef, Message, Participant
from backupgui.library.store import Library

VERSION = 1  # bump when the generated content changes (invalidates the cache)
TEXT_FRACTION = 0.10
CHATS = 50
MIB = 1 << 20
MEDIA_MIN = 1 * MIB
MEDIA_MAX = 20 * MIB
_START_MS = 1_640_995_200_000  # 2022-01-01 00:00 UTC
_SPAN_MS = 3 * 365 * 86_400_000

_WORDS = {
    "en": ("the and you that was for are with his they this have from one had word but not what "
           "all were when your can said there use each which she how their will other about out "
           "many then them these some her would make like him into time has look two more write "
           "see number way could people than first water been call who now find long down day "
           "did get come made may part tonight tomorrow weekend dinner train late sorry thanks "
           "meeting photo address birthday coffee beach party kids school office game").split(),
    "es": ("que de no a la el es y en lo un por qué me una te los se con para mi está si bien pero "
           "yo eso las sí su tu aquí del al como le más esto ya todo esta vamos muy hay ahora algo "
           "estoy tengo nos mañana noche fiesta playa gracias luego casa trabajo").split(),
    "de": ("ich sie das ist du nicht die und es der was wir zu ein er in mir mit ja wie den auf "
           "mich dass so hier eine wenn hat all sind von dich war haben für an habe da nein bin "
           "noch dir uns sich nur einen kann dem morgen abend brötchen küche danke später").split(),
    "pt": ("de que não o a é e do da em um para com uma os no se na por mais as dos como mas foi "
           "ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo "
           "amanhã saudades praia obrigado beijo festa agora").split(),
    "ru": ("и в не на я что тот быть с а весь это как она по но они к у ты из мы за вы так же от "
           "сказать этот который мочь человек о один еще бы такой только себя свое какой когда "
           "привет завтра вечером спасибо дача хлеб").split(),
    "ar": ("في من على أن إلى عن مع هذا كان هذه التي الذي ما لا كل قد أو بين بعد ذلك عند لم "
           "كما هو هي نحن أنا أنت شكرا مرحبا غدا الطريق جميلة صورة").split(),
    "hi": ("है के में की और का को से एक पर यह हैं भी कि नहीं तो था हो कर जो मैं आप हम "
           "कल मिलते रास्ते बढ़िया नमस्ते धन्यवाद").split(),
    "ja": ("今日 明日 駅 待って ありがとう 雨 晴れ 会議 写真 ご飯 行く 来る です ます ね よ "
           "おはよう お疲れ 大丈夫 楽しい 電車 遅れ すみません 週末").split(),
}
_EMOJI = "😀 😂 🙈 🔥 💯 🤔 🥲 ✨ ❤️ 👀 🙌🏽 👍 🎉 🚗 ☀️ 🍕 📷 🎂".split()
_LANGS = list(_WORDS)
_NAMES = ["Ana García", "Lukas Müller", "João Pereira", "Priya Sharma", "أحمد الفارسي",
          "田中 ゆき", "Дмитрий Иванов", "Chloé Martin", "Sam Okafor", "Mia Schneider",
          "Carlos Ruiz", "Fernanda Souza", "Rahul Verma", "ليلى حسن", "佐藤 健", "Ольга Петрова",
          "Emma Johnson", "Noah Williams", "Sofía López", "Jonas Becker", "Beatriz Lima",
          "Ananya Iyer", "Omar Khalil", "Haruto Suzuki", "Анна Смирнова", "Grace Lee"]


@dataclass(frozen=True)
class DatasetInfo:
    path: str
    size_target: int
    seed: int
    chats: int
    messages: int
    text_bytes: int  # UTF-8 bytes of message text
    media_files: int
    media_bytes: int
    db_bytes: int
    total_bytes: int  # db + media on disk
    build_s: float | None  # None: taken from the cache


def out_dir() -> Path:
    return Path(os.environ.get("BACKUPGUI_BENCH_DIR", Path(__file__).parent / "out"))


def parse_size(text: str) -> int:
    """'1GiB', '1G' (binary), '20MB' (decimal), '500000' -> bytes."""
    t = text.strip().replace(" ", "")
    units = {"KIB": 1 << 10, "MIB": 1 << 20, "GIB": 1 << 30, "K": 1 << 10, "M": 1 << 20,
             "G": 1 << 30, "KB": 10**3, "MB": 10**6, "GB": 10**9, "B": 1}
    for suffix in sorted(units, key=len, reverse=True):
        if t.upper().endswith(suffix):
            return int(float(t[: -len(suffix)]) * units[suffix])
    return int(float(t))


class _TextGen:
    """Fast multilingual message text: word indices come from one ``randbytes`` buffer through
    a 256-entry table per language (frequent words repeated, roughly Zipf), so a message costs
    a few C-level calls instead of a Python call per word."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.tables: dict[str, list[str]] = {}
        for lang, words in _WORDS.items():
            weights = [1.0 / (k + 1) for k in range(len(words))]
            scale = 256 / sum(weights)
            table: list[str] = []
            for w, wt in zip(words, weights, strict=True):
                table += [w] * max(1, round(wt * scale))
            table = (table * 2)[:256]
            rng.shuffle(table)
            self.tables[lang] = table
        self._buf = b""
        self._pos = 0

    def _bytes(self, n: int) -> bytes:
        if self._pos + n > len(self._buf):
            self._buf = self.rng.randbytes(max(1 << 20, n))
            self._pos = 0
        b = self._buf[self._pos:self._pos + n]
        self._pos += n
        return b

    def message(self, lang: str) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.2:
            lang = _LANGS[int(r * 40) % len(_LANGS)]  # people mix languages
        # Mostly short messages, a long tail of paragraphs: mean ~120 UTF-8 bytes.
        n = min(200, 1 + int(rng.expovariate(1 / 20)))
        sep = "" if lang == "ja" else " "
        s = sep.join(map(self.tables[lang].__getitem__, self._bytes(n)))
        if r > 0.85:
            s += " " + _EMOJI[int(r * 1000) % len(_EMOJI)]
        return s[:1].upper() + s[1:]


def _media_bytes(seed: int, index: int, kind: str, size: int) -> tuple[bytes, str, str]:
    """(data, mime, extension): a real header, then incompressible deterministic bytes."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if kind == "video":
        ftyp = b"ftyp" + b"isom" + struct.pack(">I", 0x200) + b"isomiso2avc1mp41"
        head = struct.pack(">I", len(ftyp) + 4) + ftyp
        head += struct.pack(">I", size - len(head)) + b"mdat"
        mime, ext = "video/mp4", "mp4"
    else:
        head = b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        mime, ext = "image/jpeg", "jpg"
    key = hashlib.sha256(f"bench-media/{seed}/{index}".encode()).digest()
    enc = Cipher(algorithms.AES(key), modes.CTR(bytes(16))).encryptor()
    body = enc.update(bytes(size - len(head)))
    return head + body, mime, ext


def _person(name: str) -> str:
    return "p-" + hashlib.sha256(name.encode()).hexdigest()[:12]


def _generate(root: Path, size: int, seed: int) -> tuple[int, int, int, int, int]:
    rng = random.Random(f"bench/{seed}")
    text_target = int(size * TEXT_FRACTION)
    media_target = size - text_target
    me = Participant("me", "Me", True)
    chats: list[Chat] = []
    for i in range(CHATS):
        group = i % 3 == 0
        members = rng.sample(_NAMES, rng.randint(3, 10) if group else 1)
        name = f"Group {i}: {members[0].split()[0]} & co" if group else members[0]
        chats.append(Chat(f"bench-{seed}-{i:03d}", name, "group" if group else "direct", "bench",
                          _START_MS, (me, *(Participant(_person(n), n) for n in members))))
    # Very uneven activity (Zipf-like), like real chat lists.
    weights = [1.0 / (k + 1) ** 0.9 for k in range(CHATS)]
    rng.shuffle(weights)
    langs = [rng.choice(_LANGS) for _ in chats]

    # Media plan: images 1-6 MiB, videos 4-20 MiB, until the budget is used.
    plan: list[tuple[str, int]] = []
    left = media_target
    while left >= MEDIA_MIN:
        kind = "video" if rng.random() < 0.35 else "image"
        lo, hi = (4 * MIB, MEDIA_MAX) if kind == "video" else (MEDIA_MIN, 6 * MIB)
        n = min(left, rng.randint(lo, hi))
        if left - n < MEDIA_MIN:
            n = left if left <= MEDIA_MAX else n
        plan.append((kind, max(n, MEDIA_MIN)))
        left -= plan[-1][1]
    if not plan and media_target > 0:  # tiny sizes: one file anyway
        plan.append(("image", max(4096, media_target)))
    media_chat = rng.choices(range(CHATS), weights, k=len(plan))

    # Text: draw (chat, text) until the text budget is met.
    per_chat_text: list[list[str]] = [[] for _ in chats]
    total_text = 0
    chat_draw = rng.choices(range(CHATS), weights, k=max(1, text_target // 60))
    k = 0
    gen = _TextGen(rng)
    while total_text < text_target:
        if k >= len(chat_draw):
            chat_draw += rng.choices(range(CHATS), weights, k=len(chat_draw))
        c = chat_draw[k]
        k += 1
        t = gen.message(langs[c])
        per_chat_text[c].append(t)
        total_text += len(t.encode())

    messages = media_bytes = 0
    with Library(root) as lib:
        # Generation only: every chat row is written before its messages, so the foreign-key
        # checks (a quarter of the insert time) can be skipped on this connection.
        lib._db.execute("PRAGMA foreign_keys=OFF")
        lib._db.execute("PRAGMA cache_size=-131072")
        media_refs: list[list[MediaRef]] = [[] for _ in chats]
        for idx, ((kind, n), c) in enumerate(zip(plan, media_chat, strict=True)):
            data, mime, ext = _media_bytes(seed, idx, kind, n)
            sha, sz = lib.add_media_bytes(data)
            media_refs[c].append(MediaRef(kind, sha, sz, mime, f"{kind.upper()[:3]}-{idx:05d}.{ext}"))
            media_bytes += sz
        with lib.transaction() as w:
            for c, chat in enumerate(chats):
                texts = per_chat_text[c]
                refs = media_refs[c]
                count = len(texts) + len(refs)
                if not count:
                    w.upsert_chat(chat)
                    continue
                # Timestamps: sorted uniform over the three years (bursty enough for monthly blobs).
                ts = sorted(_START_MS + int(rng.random() * _SPAN_MS) for _ in range(count))
                media_at = set(rng.sample(range(count), len(refs)))
                senders = [p.person_id for p in chat.participants]
                sw = [3.0] + [rng.uniform(0.3, 2.0) for _ in senders[1:]]
                who = rng.choices(senders, sw, k=count)
                ti = iter(texts)
                ri = iter(refs)
                msgs = []
                for j in range(count):
                    mid = f"b{seed}-{c:03d}-{j:07d}"
                    if j in media_at:
                        msgs.append(Message(mid, chat.id, ts[j], who[j], "media", "", None,
                                            (next(ri),)))
                    else:
                        msgs.append(Message(mid, chat.id, ts[j], who[j], "text", next(ti)))
                w.upsert_chat(chat)
                w.add_messages(msgs)
                messages += len(msgs)
        lib._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return CHATS, messages, total_text, len(plan), media_bytes


def dir_bytes(root: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            try:
                total += os.lstat(os.path.join(dirpath, f)).st_size
            except OSError:
                pass
    return total


def build_library(size_bytes: int, seed: int = 1, *, log=print) -> DatasetInfo:
    """The cached library for (size, seed); built first if missing."""
    root = out_dir() / f"lib-{size_bytes}-s{seed}-v{VERSION}"
    root.parent.mkdir(parents=True, exist_ok=True)
    with open(root.with_name(root.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder per dataset; others wait, then reuse it
        return _build_locked(root, size_bytes, seed, log)


def _build_locked(root: Path, size_bytes: int, seed: int, log) -> DatasetInfo:
    meta = root / "bench-dataset.json"
    if meta.exists():
        info = json.loads(meta.read_text())
        info["build_s"] = None
        return DatasetInfo(**info)
    tmp = root.with_name(root.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    log(f"building a {size_bytes / MIB:.0f} MiB library in {root} (cached for next runs)")
    t = time.perf_counter()
    # In a child process: a harness that grew to the library's size itself would pass that RSS
    # on to every child it forks, and the children's peak-RSS figures would be wrong.
    proc = subprocess.run([sys.executable, "-m", "bench.dataset", str(tmp), str(size_bytes), str(seed)],
                          cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"building the bench library failed: {proc.stderr.strip()[-800:]}")
    chats, messages, text_bytes, media_files, media_bytes = json.loads(proc.stdout.splitlines()[-1])
    build_s = time.perf_counter() - t
    db_bytes = (tmp / "library.db").stat().st_size
    info = DatasetInfo(str(root), size_bytes, seed, chats, messages, text_bytes, media_files,
                       media_bytes, db_bytes, dir_bytes(tmp), round(build_s, 2))
    (tmp / "bench-dataset.json").write_text(json.dumps(asdict(info), indent=1))
    tmp.rename(root)  # only a finished library is ever cached
    log(f"built in {build_s:.1f} s: {messages} messages ({text_bytes / 1e6:.1f} MB text), "
        f"{media_files} media files ({media_bytes / 1e6:.1f} MB)")
    return info


def working_copy(src: Path, dst: Path) -> Path:
    """A private copy of a library: the database copied, media hard-linked (media files are
    content-addressed and never modified in place, so sharing them is safe)."""
    shutil.rmtree(dst, ignore_errors=True)

    def link_or_copy(s: str, d: str) -> None:
        if os.sep + "media" + os.sep in s:
            try:
                os.link(s, d)
                return
            except OSError:
                pass
        shutil.copy2(s, d)

    shutil.copytree(src, dst, copy_function=link_or_copy,
                    ignore=shutil.ignore_patterns("bench-dataset.json"))
    return dst


if __name__ == "__main__":  # used by _build_locked: python -m bench.dataset ROOT SIZE SEED
    print(json.dumps(_generate(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))


def write_key_file(path: Path) -> Path:
    """A fresh 64-digit backup key in ``path`` (0600), as the CLI's ``--key-file`` reads it."""
    from backupgui.crypto.keys import format_key, generate_key

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(format_key(generate_key()) + "\n")
    return path
