"""Deterministic demo chat libraries for trying the app, screenshots, tests and benchmarks.

Everything is derived from ``random.Random(seed)`` (never the global generator) and a fixed
start date, so the same arguments always give the same chats, message ids and media bytes.
"""

from __future__ import annotations

import hashlib
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .model import Chat, MediaRef, Message, Participant
from .store import Library

__all__ = ["DemoSummary", "add_demo_messages", "create_demo_library", "create_large_library",
           "make_mp4", "make_ogg_opus", "make_png"]

ProgressCb = Callable[[int, int], None]

_MB = 1024 * 1024
# A fixed epoch (2023-01-02 09:00 UTC) rather than "now" keeps libraries reproducible.
_START_MS = 1_672_650_000_000
_SPAN_MS = 730 * 86_400_000  # about two years
_ME = Participant("me", "Me", True)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What ``create_demo_library`` wrote."""

    chats: int
    messages: int
    media_files: int
    media_bytes: int


# -- content pools ---------------------------------------------------------------------------
_PEOPLE = [
    "Ana García", "Lukas Müller", "João Pereira", "Priya Sharma", "أحمد الفارسي", "田中 ゆき",
    "Дмитрий Иванов", "Chloé Martin", "Sam Okafor", "Mia Schneider", "Carlos Ruiz",
    "Fernanda Souza", "Rahul Verma", "ليلى حسن", "佐藤 健", "Ольга Петрова", "Emma Johnson",
    "Noah Williams", "Sofía López", "Jonas Becker", "Beatriz Lima", "Ananya Iyer", "Omar Khalil",
    "Haruto Suzuki", "Анна Смирнова", "Grace Lee", "Lucas Moreau", "Isabella Rossi",
]

_GROUP_NAMES = [
    "Family 👨‍👩‍👧‍👦", "Climbing crew 🧗", "Book club 📚", "Viaje a Lisboa 🇵🇹", "WG Küche",
    "Office lunch 🍜", "Festa junina 🎉", "दोस्त 🙌", "عائلة ❤️", "大学の友達", "Дача 🌲",
    "Football Sundays ⚽", "Wedding planning 💍", "Neighbours", "Photo walk 📷", "Startup team 🚀",
]

_PHRASES: dict[str, list[str]] = {
    "en": ["Are you coming tonight?", "Running 10 min late, sorry!", "Haha that's amazing 😂",
           "Can you send me the address?", "Happy birthday!!! 🎂🎉", "Did you see the game?",
           "I'll bring the snacks", "Good morning ☀️", "Call me when you're free",
           "That photo is so nice", "On my way 🚗", "Let's do Saturday instead",
           "Thanks a lot, really appreciate it 🙏", "Lol no way", "Miss you guys ❤️",
           "Meeting moved to 3pm", "Who's bringing the charger?", "👍", "😂😂😂", "ok"],
    "es": ["¿Vienes esta noche?", "¡Qué bonito! 😍", "Llego en cinco minutos",
           "¿Quedamos el sábado?", "Feliz cumpleaños 🥳", "No puedo más jajaja",
           "Mañana te llamo", "¡Buenísimo! 👏"],
    "de": ["Kommst du heute Abend?", "Bin gleich da 🚲", "Schönes Wochenende!",
           "Wer kauft Brötchen?", "Das ist ja großartig 😄", "Treffen wir uns um acht?",
           "Müll ist diese Woche dran ♻️"],
    "pt": ["Bom dia! ☕", "Tudo bem com você?", "Saudades 💛", "Vamos à praia amanhã? 🏖️",
           "Que foto linda!", "Chego já já", "Obrigado pela ajuda 🙏"],
    "hi": ["नमस्ते! कैसे हो?", "मैं रास्ते में हूँ 🚕", "जन्मदिन मुबारक हो 🎂",
           "कल मिलते हैं", "बहुत बढ़िया! 👌"],
    "ar": ["مرحبا! كيف حالك؟", "أنا في الطريق 🚗", "عيد ميلاد سعيد 🎉", "شكرا جزيلا ❤️",
           "نلتقي غدا إن شاء الله", "صورة جميلة جدا"],
    "ja": ["おはよう！☀️", "今どこにいるの？", "ありがとう😊", "明日は雨らしいよ☔",
           "駅で待ってるね", "お疲れさまでした！"],
    "ru": ["Привет! Как дела?", "Буду через 10 минут", "С днём рождения! 🎈",
           "Купишь хлеб по дороге?", "Отличная идея 👍", "Созвонимся вечером"],
}
_LANGS = list(_PHRASES)
_LONG = [
    "So here's the plan for the weekend:\n1. Meet at the station at 9\n2. Hike to the lake\n"
    "3. Lunch at that little place 🍝\nBring water and sunscreen!",
    "Recipe as promised:\n- 200 g flour\n- 2 eggs\n- a pinch of salt\nMix, rest 30 min, done.",
    "Lembrete: a reunião foi remarcada para quinta-feira às 19h.\nLevem os documentos 📄",
    "Kurze Info: Das Paket kommt morgen zwischen 10 und 14 Uhr.\nKann jemand zu Hause sein?",
]


def _hid(*parts: object, n: int = 24) -> str:
    """A short stable id from the given parts."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:n]


def _person_id(name: str) -> str:
    return "p-" + _hid("person", name, n=12)


# -- media generators --------------------------------------------------------------------------
def _png_chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def make_png(rng: random.Random, target_bytes: int) -> bytes:
    """A real, decodable RGB PNG of roughly ``target_bytes``: a colour pattern plus noise.

    The noise (low bits per channel) keeps the file from compressing to nothing, so sizes are
    realistic; all arithmetic is done on big integers / bytes to stay fast.
    """
    # Huffman-only deflate is ~3x faster than LZ matching on noisy data and shrinks these
    # pixels to ~93 % of raw, so that ratio sets the raw size.
    raw_needed = max(3 * 64 * 64, int(target_bytes / 0.93))
    aspect = rng.choice([(4, 3), (3, 4), (16, 9), (1, 1), (9, 16)])
    unit = max(1, int((raw_needed / 3 / (aspect[0] * aspect[1])) ** 0.5))
    width, height = aspect[0] * unit, aspect[1] * unit
    stride = width * 3
    # Base row: red ramps left to right, blue is a repeating stripe.
    hue = rng.randrange(256)
    base_row = bytearray(stride)
    base_row[0::3] = bytes((x * 255 // width) & 0xFF for x in range(width))
    base_row[2::3] = bytes(((x // 16) * 37 + hue) & 0xFF for x in range(width))
    n = stride * height
    base = int.from_bytes(bytes(base_row) * height, "big")
    green = int.from_bytes(b"".join(bytes((0, (y * 255 // height) ^ hue, 0)) * width
                                    for y in range(height)), "big")
    noise = int.from_bytes(rng.randbytes(n), "big") & int.from_bytes(b"\x0f" * n, "big")
    pixels = (base ^ green ^ noise).to_bytes(n, "big")
    raw = b"".join(b"\x00" + pixels[i:i + stride] for i in range(0, n, stride))
    comp = zlib.compressobj(6, zlib.DEFLATED, 15, 9, zlib.Z_HUFFMAN_ONLY)
    return (b"\x89PNG\r\n\x1a\n"
            + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _png_chunk(b"IDAT", comp.compress(raw) + comp.flush())
            + _png_chunk(b"IEND", b""))


def make_mp4(rng: random.Random, size: int) -> bytes:
    """Bytes of ``size`` shaped like an MP4: a valid ``ftyp`` box then an ``mdat`` box."""
    ftyp = b"ftyp" + b"isom" + struct.pack(">I", 0x200) + b"isomiso2avc1mp41"
    ftyp = struct.pack(">I", len(ftyp) + 4) + ftyp
    body = max(0, size - len(ftyp) - 8)
    return ftyp + struct.pack(">I", body + 8) + b"mdat" + rng.randbytes(body)


_BITREV = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))


def _ogg_crc(data: bytes) -> int:
    """Ogg's CRC-32 (poly 0x04C11DB7, not reflected, init 0) computed with zlib.

    A reflected CRC over bit-reversed bytes equals the bit-reversed non-reflected CRC, and
    zlib.crc32 with start value 0xFFFFFFFF runs the raw (init 0) register.
    """
    raw = zlib.crc32(data.translate(_BITREV), 0xFFFFFFFF) ^ 0xFFFFFFFF
    return int(f"{raw:032b}"[::-1], 2)


def _ogg_page(payload: bytes, *, serial: int, seq: int, granule: int, flags: int) -> bytes:
    segs = [255] * (len(payload) // 255) + [len(payload) % 255]
    header = (b"OggS" + bytes((0, flags)) + struct.pack("<qIII", granule, serial, seq, 0)
              + bytes((len(segs),)) + bytes(segs))
    crc = _ogg_crc(header + payload)
    return header[:22] + struct.pack("<I", crc) + header[26:] + payload


def make_ogg_opus(rng: random.Random, size: int) -> bytes:
    """An Ogg/Opus-like voice note of about ``size`` bytes: real OpusHead/OpusTags pages with
    valid CRCs, followed by pages of random "audio" packets."""
    serial = rng.getrandbits(32)
    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, 312, 48000, 0, 0)
    tags = b"OpusTags" + struct.pack("<I", 8) + b"backupgu" + struct.pack("<I", 0)
    out = [_ogg_page(head, serial=serial, seq=0, granule=0, flags=2),
           _ogg_page(tags, serial=serial, seq=1, granule=0, flags=0)]
    left, seq, granule = max(0, size - sum(map(len, out))), 2, 0
    while left > 0:
        # Max page payload is 255 segments of 255 bytes, less one so a 0-length lacing ends it.
        chunk = min(left, 254 * 255)
        granule += 48 * 20 * (chunk // 80 + 1)
        page = _ogg_page(rng.randbytes(chunk), serial=serial, seq=seq, granule=granule,
                         flags=0 if left > chunk else 4)
        out.append(page)
        left -= len(page)
        seq += 1
    return b"".join(out)


# -- conversation generator ------------------------------------------------------------------
def _text(rng: random.Random, lang: str) -> str:
    r = rng.random()
    if r < 0.04:
        return rng.choice(_LONG)
    if r < 0.25:
        lang = rng.choice(_LANGS)  # people mix languages
    t = rng.choice(_PHRASES[lang])
    if rng.random() < 0.12:
        t += " " + rng.choice(["😀", "🙈", "🔥", "💯", "🤔", "🥲", "✨", "❤️", "👀", "🙌🏽"])
    return t


def _timestamps(rng: random.Random, count: int, start_ms: int, span_ms: int) -> list[int]:
    """``count`` increasing timestamps: bursts of conversation scattered over the span."""
    out: list[int] = []
    while len(out) < count:
        t = start_ms + rng.randrange(max(1, span_ms))
        # Daytime-ish activity: shift burst starts away from the small hours (UTC-agnostic).
        if (t // 3_600_000) % 24 < 6:
            t += 7 * 3_600_000
        for _ in range(min(count - len(out), 1 + int(rng.expovariate(1 / 8)))):
            t += int(rng.expovariate(1 / 45_000)) + 1_000  # seconds to minutes apart
            out.append(t)
    out.sort()
    return out


@dataclass(slots=True)
class _MediaPlan:
    kind: str
    size: int


def _plan_media(rng: random.Random, budget: int) -> list[_MediaPlan]:
    """Split the byte budget into images, videos and voice notes of realistic sizes."""
    plans: list[_MediaPlan] = []
    left = budget
    while left > 20_000:
        r = rng.random()
        if r < 0.12 and left >= _MB:
            size = min(left, rng.randint(1 * _MB, 20 * _MB))
            plans.append(_MediaPlan("video", size))
        elif r < 0.40:
            plans.append(_MediaPlan("voice", min(left, rng.randint(20_000, 300_000))))
        else:
            size = min(left, int(rng.choice([rng.uniform(80_000, 400_000),
                                              rng.uniform(150_000, 900_000),
                                              rng.uniform(300_000, 2 * _MB)])))
            plans.append(_MediaPlan("image", max(size, 20_000)))
        left -= plans[-1].size
    return plans


def _date(ts_ms: int) -> str:
    import datetime as _dt

    return _dt.datetime.fromtimestamp(ts_ms / 1000, _dt.UTC).strftime("%Y%m%d")


def _store_media(lib: Library, rng: random.Random, plan: _MediaPlan, ts_ms: int,
                 counter: int) -> MediaRef:
    day = _date(ts_ms)
    if plan.kind == "image":
        data = make_png(rng, plan.size)
        name, mime = f"IMG-{day}-WA{counter:04d}.png", "image/png"
    elif plan.kind == "video":
        data = make_mp4(rng, plan.size)
        name, mime = f"VID-{day}-WA{counter:04d}.mp4", "video/mp4"
    else:
        data = make_ogg_opus(rng, plan.size)
        name, mime = f"PTT-{day}-WA{counter:04d}.opus", "audio/ogg"
    sha, size = lib.add_media_bytes(data)
    return MediaRef(plan.kind, sha, size, mime, name)


def _chat_specs(rng: random.Random, chats: int, seed: int) -> list[Chat]:
    specs: list[Chat] = []
    friends = rng.sample(_PEOPLE, len(_PEOPLE))  # distinct 1:1 partners while they last
    for i in range(chats):
        group = i % 3 == 1 or (i > 6 and rng.random() < 0.35)
        if group:
            members = rng.sample(_PEOPLE, rng.randint(3, 9))
            name = _GROUP_NAMES[i % len(_GROUP_NAMES)]
            if i >= len(_GROUP_NAMES):
                name += f" {i // len(_GROUP_NAMES) + 1}"
        else:
            members = [friends[i % len(friends)]]
            name = members[0]
        parts = (_ME, *(Participant(_person_id(n), n) for n in members))
        specs.append(Chat(id="demo-" + _hid("demo-chat", seed, i, n=16), name=name,
                          kind="group" if group else "direct", source="demo",
                          created_ms=_START_MS + rng.randrange(86_400_000 * 30),
                          participants=parts))
    return specs


def _system_intro(chat: Chat) -> list[str]:
    lines = ["Messages and calls are end-to-end encrypted. No one outside of this chat, "
             "not even WhatsApp, can read or listen to them."]
    if chat.kind == "group":
        creator = chat.participants[1].name
        lines.append(f'{creator} created group "{chat.name}"')
        for p in chat.participants:
            if p.name != creator:
                lines.append(f"{creator} added {'you' if p.is_me else p.name}")
    return lines


def _generate_chat(lib: Library, rng: random.Random, chat: Chat, count: int,
                   media: list[_MediaPlan], counter: list[int], *, start_ms: int,
                   span_ms: int, id_salt: str, intro: bool) -> list[Message]:
    """Messages of one chat; stores the chat's media in the library as a side effect."""
    lang = rng.choice(_LANGS)
    ts = _timestamps(rng, count, start_ms, span_ms)
    senders = [p for p in chat.participants]
    weights = [3.0] + [rng.uniform(0.3, 2.5) for _ in senders[1:]]  # "me" talks a lot
    media_at = set(rng.sample(range(count), min(len(media), count))) if count else set()
    media_iter = iter(media)
    system = _system_intro(chat) if intro else []
    out: list[Message] = []
    for k, t in enumerate(ts):
        mid = "m-" + _hid(chat.id, id_salt, k)
        if k < len(system):
            out.append(Message(mid, chat.id, t, None, "system", system[k]))
            continue
        sender = rng.choices(senders, weights)[0].person_id
        reply_to = None
        if len(out) > 3 and rng.random() < 0.07:
            target = out[-rng.randint(1, min(12, len(out)))]
            if target.kind != "system":
                reply_to = target.id
        if k in media_at:
            plan = next(media_iter)
            counter[0] += 1
            ref = _store_media(lib, rng, plan, t, counter[0])
            caption = _text(rng, lang) if plan.kind == "image" and rng.random() < 0.3 else ""
            out.append(Message(mid, chat.id, t, sender, "media", caption, reply_to, (ref,)))
        elif chat.kind == "group" and rng.random() < 0.004:
            who = rng.choice(chat.participants[1:]).name
            event = rng.choice([f"{who} changed the group description",
                                f"{who} changed this group's icon",
                                f'{who} changed the subject to "{chat.name}"'])
            out.append(Message(mid, chat.id, t, None, "system", event))
        else:
            out.append(Message(mid, chat.id, t, sender, "text", _text(rng, lang), reply_to))
    return out


def create_demo_library(root: str | Path, *, chats: int = 12, seed: int = 1,
                        media_mb: float = 40,
                        progress: ProgressCb | None = None) -> DemoSummary:
    """Create (or add to) a library at ``root`` with realistic, reproducible demo chats.

    ``media_mb`` is the approximate total size of images, videos and voice notes (0 = none).
    ``progress(done, total)`` is called once per chat.
    """
    rng = random.Random(seed)
    specs = _chat_specs(rng, chats, seed)
    # Activity differs a lot between chats, like in real life.
    counts = [int(rng.choice([rng.uniform(40, 300), rng.uniform(200, 1500), rng.uniform(800, 3000)]))
              for _ in specs]
    plans = _plan_media(rng, int(media_mb * _MB)) if media_mb > 0 else []
    per_chat: list[list[_MediaPlan]] = [[] for _ in specs]
    for plan in plans:
        if specs:
            per_chat[rng.choices(range(len(specs)), counts)[0]].append(plan)
    messages = media_files = media_bytes = 0
    counter = [0]
    with Library(root) as lib, lib.transaction() as w:
        for i, chat in enumerate(specs):
            # Every chat needs room for its media and intro lines.
            n = max(counts[i], len(per_chat[i]) + 12)
            msgs = _generate_chat(lib, rng, chat, n, per_chat[i], counter, start_ms=_START_MS,
                                  span_ms=_SPAN_MS, id_salt="base", intro=True)
            w.upsert_chat(chat)
            w.add_messages(msgs)
            messages += len(msgs)
            for m in msgs:
                for ref in m.media:
                    media_files += 1
                    media_bytes += ref.size
            if progress:
                progress(i + 1, len(specs))
    return DemoSummary(len(specs), messages, media_files, media_bytes)


def add_demo_messages(library: Library, chat_id: str, count: int, *, seed: int,
                      with_photo: bool = False) -> None:
    """Append ``count`` new messages (one of them a new photo if ``with_photo``) to a chat.

    Ids derive from (chat, seed, index): calling again with the same seed adds nothing, so
    use a new seed for each batch of new messages.
    """
    chat = library.chat(chat_id)
    rng = random.Random(f"add/{chat_id}/{seed}")
    last = max((s.last_ms or 0) for s in library.list_chats() if s.id == chat_id) or _START_MS
    media = [_MediaPlan("image", rng.randint(150_000, 600_000))] if with_photo else []
    count = max(count, len(media))
    counter = [rng.randrange(1000, 9000)]
    msgs = _generate_chat(library, rng, chat, count, media, counter, start_ms=last + 60_000,
                          span_ms=3_600_000, id_salt=f"add/{seed}", intro=False)
    with library.transaction() as w:
        w.add_messages(msgs)


def create_large_library(root: str | Path, *, chats: int = 10_000, messages: int = 5_000_000,
                         seed: int = 1) -> None:
    """A big text-only library (for measuring that chat listing stays fast).

    Rows are generated inside SQLite with a recursive CTE: Python-side tuples for 5 million
    messages would dominate the run time. The per-row summary triggers are replaced by one
    aggregate UPDATE at the end, all inside a single transaction.
    """
    rng = random.Random(seed)
    phrases = [p for lang in _LANGS for p in _PHRASES[lang]]
    rng.shuffle(phrases)
    names = [rng.choice(_PEOPLE) for _ in range(chats)]
    chat_rows = [(f"big-{seed}-{i:06d}", names[i] if i % 4 else f"Group {i}",
                  "group" if i % 4 == 0 else "direct", "demo", _START_MS) for i in range(chats)]
    per_chat, extra = divmod(messages, max(1, chats))
    with Library(root) as lib:
        db = lib._db  # direct SQL is intended here (see docstring)
        db.execute("PRAGMA cache_size=-262144")  # 256 MiB page cache for this connection only
        triggers = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='trigger'"
            " AND tbl_name IN ('messages','media')").fetchall()
        with lib.transaction():
            for name, _sql in triggers:
                db.execute(f'DROP TRIGGER "{name}"')
            db.execute("CREATE TEMP TABLE phrase (k INTEGER PRIMARY KEY, t TEXT)")
            db.executemany("INSERT INTO temp.phrase VALUES (?,?)", enumerate(phrases))
            db.executemany("INSERT OR IGNORE INTO chats (id, name, kind, source, created_ms)"
                           " VALUES (?,?,?,?,?)", chat_rows)
            db.executemany("INSERT OR IGNORE INTO participants VALUES (?,?,?,?)",
                           [r for c in chat_rows for r in
                            ((c[0], "me", "Me", 1), (c[0], _person_id(c[1]), c[1], 0))])
            # Chat by chat, so both message indexes are filled in ascending order.
            spacing = _SPAN_MS // max(1, per_chat + 1)
            for i, (cid, *_rest) in enumerate(chat_rows):
                n = per_chat + (1 if i < extra else 0)
                if not n:
                    continue
                db.execute(
                    "WITH RECURSIVE s(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM s WHERE j + 1 < :n)"
                    " INSERT OR IGNORE INTO messages (id, chat_id, ts_ms, sender, kind, text)"
                    " SELECT printf('%s-%08d', :cid, j), :cid,"
                    " :t0 + j * :gap + ((j * 7919 + :seed) % 60000),"
                    " CASE WHEN (j + :seed) % 3 = 0 THEN 'me' ELSE :other END, 'text',"
                    " (SELECT t FROM temp.phrase WHERE k = (j * 31 + :seed + :i) % :np) FROM s",
                    {"n": n, "cid": cid, "t0": _START_MS + i * 1000, "gap": spacing,
                     "seed": seed, "other": _person_id(chat_rows[i][1]), "i": i,
                     "np": len(phrases)})
            # Whatever else the (dropped) triggers maintain must be kept up to date too, e.g.
            # the chat revision counter that backup caches key on.
            cols = {r[1] for r in db.execute("PRAGMA table_info(chats)")}
            bump = ", rev = rev + 1" if "rev" in cols else ""
            db.execute("UPDATE chats SET message_count = (SELECT count(*) FROM messages m"
                       " WHERE m.chat_id = chats.id), last_ms = (SELECT max(ts_ms) FROM messages m"
                       f" WHERE m.chat_id = chats.id){bump}")
            db.execute("DROP TABLE temp.phrase")
            for _name, sql in triggers:
                db.execute(sql)
