from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from backupgui.library import Library
from backupgui.library.importers.whatsapp_db import workdir

from .msgstore import AndroidDb, write_wa_db

T0 = 1_700_000_000_000  # 2023-11-14
ANA = "491701111111@s.whatsapp.net"
BEN = "491702222222@s.whatsapp.net"
CARLA = "491703333333@s.whatsapp.net"
GROUP = "120363000000000001@g.us"
VCARD = "BEGIN:VCARD\nVERSION:3.0\nFN:Dora Díaz\nTEL;type=CELL:+34 600 000 000\nEND:VCARD"
IMG = b"\xff\xd8\xff\xe0 a photo of the summit"
VOICE = b"OggS a voice note"
PDF = b"%PDF-1.4 the route"


def build_android(path: Path, schema: str) -> Path:
    """The conversation every Android test imports, in either schema."""
    db = AndroidDb(path, schema)
    db.chat(ANA)
    db.chat(GROUP, "Climbing club 🧗", T0 - 86_400_000)
    for who in (ANA, BEN, CARLA):
        db.member(GROUP, who)
    t = T0
    db.message(ANA, "3EB0C4A1D2", t + 1_000, text="Are you coming on Saturday?")
    db.message(ANA, "3EB0C4A1D3", t + 2_000, from_me=True, text="Yes!\nWith the new rope",
               quoted=("3EB0C4A1D2", False))
    db.message(ANA, "3EB0C4A1D4", t + 3_000, mtype=1, text="The summit",
               media={"path": "Media/WhatsApp Images/IMG-20231114-WA0001.jpg",
                      "mime": "image/jpeg", "size": len(IMG)})
    db.message(ANA, "3EB0C4A1D5", t + 4_000, mtype=2,
               media={"path": "Media/WhatsApp Voice Notes/202346/PTT-20231114-WA0002.opus",
                      "mime": "audio/ogg; codecs=opus"})
    db.message(ANA, "3EB0C4A1D6", t + 5_000, from_me=True, mtype=9,
               media={"path": "/storage/emulated/0/WhatsApp/Media/WhatsApp Documents/route.pdf",
                      "mime": "application/pdf", "name": "route.pdf"})
    db.message(ANA, "3EB0C4A1D7", t + 6_000, mtype=1,
               media={"path": "Media/WhatsApp Images/IMG-20231114-WA0003.jpg",
                      "mime": "image/jpeg"})  # not copied to the computer
    db.message(ANA, "3EB0C4A1D8", t + 7_000, mtype=5,
               location={"lat": 47.421, "lon": 10.985, "name": "Zugspitze",
                         "address": "82475 Garmisch"})
    db.message(ANA, "3EB0C4A1D9", t + 8_000, mtype=4, text="Dora Díaz", vcards=[VCARD])
    db.message(ANA, "3EB0C4A1DA", t + 9_000, mtype=15)
    db.message(ANA, "3EB0C4A1DB", t + 10_000, from_me=True, mtype=15)
    db.message(GROUP, "G00000001", t + 100, sender=ANA, mtype=7, action=11,
               text="Climbing club 🧗")
    db.message(GROUP, "G00000002", t + 200, sender=ANA, mtype=7, action=12, users=[BEN, CARLA])
    db.message(GROUP, "G00000003", t + 300, sender=BEN, text="Hi all", edited=True)
    db.message(GROUP, "G00000004", t + 400, from_me=True, text="Welcome Ben",
               quoted=("G00000003", False))
    db.message(GROUP, "G00000005", t + 500, sender=CARLA, text="Ünïcödé ✓ \u202e ok")
    db.message(GROUP, "G00000006", t + 600, sender=ANA, mtype=7, action=6)
    db.message(GROUP, "G00000007", t + 700, sender=ANA, mtype=7, action=999)  # unknown event
    if schema == "current":
        db.reaction(GROUP, "G00000003", "R00000001", "👍", t + 350, sender=ANA)
        db.reaction(GROUP, "G00000003", "R00000002", "❤️", t + 360, from_me=True)
    return db.close()


def write_media(root: Path) -> Path:
    (root / "WhatsApp Images").mkdir(parents=True)
    (root / "WhatsApp Images" / "IMG-20231114-WA0001.jpg").write_bytes(IMG)
    (root / "WhatsApp Voice Notes" / "202346").mkdir(parents=True)
    (root / "WhatsApp Voice Notes" / "202346" / "PTT-20231114-WA0002.opus").write_bytes(VOICE)
    (root / "WhatsApp Documents").mkdir(parents=True)
    (root / "WhatsApp Documents" / "route.pdf").write_bytes(PDF)
    return root


def write_contacts(path: Path) -> Path:
    return write_wa_db(path, {ANA: "Ana García", BEN: "Ben Okafor"}, {CARLA: "Carla"})


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "library") as lib:
        yield lib


@pytest.fixture(autouse=True)
def no_work_left():
    """Every test ends without a phone-backup work folder left behind."""
    yield
    root = workdir.work_root()
    assert stat.S_IMODE(os.stat(root).st_mode) == 0o700
    assert [p.name for p in root.iterdir()] == []


def texts(lib: Library, chat_id: str) -> list[str]:
    return [m.text for m in lib.messages(chat_id)]
