"""Build iPhone backup folders (Finder/iTunes layout) holding a WhatsApp ChatStorage.sqlite,
plain or encrypted, written from Apple's public backup format facts:

* ``Manifest.db``: table Files (fileID = SHA-1 of "domain-relativePath", domain,
  relativePath, flags 1 = file, file = NSKeyedArchiver plist of an MBFile); each file at
  ``<fileID[:2]>/<fileID>``.
* Encrypted: ``Manifest.plist`` holds BackupKeyBag (TLV: a passphrase key is
  PBKDF2-SHA1(PBKDF2-SHA256(password, DPSL, DPIC), SALT, ITER); class keys wrapped with it by
  RFC 3394 AES key wrap) and ManifestKey (class, little-endian, + wrapped key). Manifest.db and
  every file are AES-256-CBC, zero IV, PKCS#7 padded, under a per-file key wrapped by its
  class key (in the MBFile's EncryptionKey: class + wrapped key).
"""

from __future__ import annotations

import hashlib
import os
import plistlib
import sqlite3
import struct
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.keywrap import aes_key_wrap

DOMAIN = "AppDomainGroup-group.net.whatsapp.WhatsApp.shared"
APPLE_EPOCH = 978_307_200

CHAT_STORAGE = """
CREATE TABLE ZWACHATSESSION (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,
  ZARCHIVED INTEGER, ZSESSIONTYPE INTEGER, ZUNREADCOUNT INTEGER, ZGROUPINFO INTEGER,
  ZLASTMESSAGE INTEGER, ZLASTMESSAGEDATE TIMESTAMP, ZCONTACTJID VARCHAR, ZPARTNERNAME VARCHAR,
  ZLASTMESSAGETEXT VARCHAR);
CREATE TABLE ZWAGROUPMEMBER (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,
  ZISACTIVE INTEGER, ZISADMIN INTEGER, ZCHATSESSION INTEGER, ZCONTACTNAME VARCHAR,
  ZFIRSTNAME VARCHAR, ZMEMBERJID VARCHAR);
CREATE TABLE ZWAMESSAGE (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,
  ZCHILDMESSAGESDELIVEREDCOUNT INTEGER, ZDOCID INTEGER, ZENCRETRYCOUNT INTEGER,
  ZFILTEREDRECIPIENTCOUNT INTEGER, ZFLAGS INTEGER, ZGROUPEVENTTYPE INTEGER, ZISFROMME INTEGER,
  ZMESSAGEERRORSTATUS INTEGER, ZMESSAGESTATUS INTEGER, ZMESSAGETYPE INTEGER, ZSORT INTEGER,
  ZSPOTLIGHTSTATUS INTEGER, ZSTARRED INTEGER, ZCHATSESSION INTEGER, ZGROUPMEMBER INTEGER,
  ZLASTSESSION INTEGER, ZMEDIAITEM INTEGER, ZMESSAGEINFO INTEGER, ZPARENTMESSAGE INTEGER,
  ZMESSAGEDATE TIMESTAMP, ZSENTDATE TIMESTAMP, ZFROMJID VARCHAR, ZMEDIASECTIONID VARCHAR,
  ZPHASH VARCHAR, ZPUSHNAME VARCHAR, ZSTANZAID VARCHAR, ZTEXT VARCHAR, ZTOJID VARCHAR);
CREATE INDEX Z_WAMESSAGE_BYCHATSESSION ON ZWAMESSAGE (ZCHATSESSION);
CREATE TABLE ZWAMEDIAITEM (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,
  ZCLOUDSTATUS INTEGER, ZFILESIZE INTEGER, ZMEDIAORIGIN INTEGER, ZMOVIEDURATION INTEGER,
  ZMESSAGE INTEGER, ZASPECTRATIO FLOAT, ZHACCURACY FLOAT, ZLATITUDE FLOAT, ZLONGITUDE FLOAT,
  ZMEDIAURLDATE TIMESTAMP, ZAUTHORNAME VARCHAR, ZCOLLECTIONNAME VARCHAR, ZMEDIALOCALPATH VARCHAR,
  ZMEDIAURL VARCHAR, ZTHUMBNAILLOCALPATH VARCHAR, ZTITLE VARCHAR, ZVCARDNAME VARCHAR,
  ZVCARDSTRING VARCHAR, ZXMPPTHUMBPATH VARCHAR, ZMEDIAKEY BLOB, ZMETADATA BLOB);
CREATE TABLE ZWAPROFILEPUSHNAME (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,
  ZJID VARCHAR, ZPUSHNAME VARCHAR);
CREATE TABLE ZWAMESSAGEINFO (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,
  ZMESSAGE INTEGER, ZRECEIPTINFO BLOB);
"""


def _ld(number: int, value: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(value)) + value


def receipt_info(others: list[tuple[str, str, int | None, str | None]] = (),
                 mine: tuple[str, int | None] | None = None) -> bytes:
    """A ZRECEIPTINFO blob with reactions, written as the published readers describe it (field
    7: 1 = someone's {1 key, 2 jid, 3 emoji, 4 time ms}, 2 = the owner's {2 emoji, 3 time}),
    with the receipt fields around it a real one has (SwiftWABackupAPI's sample: 4, 5, 7)."""
    body = b""
    for jid, emoji, when, key in others:
        entry = (_ld(1, key.encode()) if key else b"") + _ld(2, jid.encode()) + \
            _ld(3, emoji.encode()) + (b"\x20" + _varint(when) if when else b"\x20\x01") + \
            b"\x28\x02\x38\x00"
        body += _ld(1, entry)
    if mine is not None:
        body += _ld(2, _ld(2, mine[0].encode()) + (b"\x18" + _varint(mine[1]) if mine[1] else b""))
    return b"\x08\x01" + _ld(7, body)


def call_metadata(*, video: int | None = 0, outcome: int | None = 0,
                  seconds: int | None = 0, members: list[str] = ()) -> bytes:
    """A type-59 call's ZWAMEDIAITEM.ZMETADATA as the published readers describe it: field 87
    -> 1 -> {1 video, 2 outcome, 3 length in seconds, 5 a member {1 jid}} (IPED reads 1.3;
    everysaid 1.1, 1.2, 1.3 and 1.5). None leaves a fact out."""
    facts = b""
    for number, value in ((1, video), (2, outcome), (3, seconds)):
        if value is not None:
            facts += bytes([number << 3]) + _varint(value)
    for jid in members:
        facts += _ld(5, _ld(1, jid.encode()))
    return _ld(87, _ld(1, facts))


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        b = value & 0x7F
        value >>= 7
        out.append(b | (0x80 if value else 0))
        if not value:
            return bytes(out)


def apple_time(ms: int) -> float:
    return ms / 1000 - APPLE_EPOCH


class ChatStorage:
    """A ChatStorage.sqlite being written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = sqlite3.connect(path)
        self.con.executescript(CHAT_STORAGE)
        self._sessions: dict[str, int] = {}
        self._members: dict[tuple[str, str], int] = {}

    def close(self) -> Path:
        self.con.commit()
        self.con.close()
        return self.path

    def session(self, jid: str, partner: str, group: bool = False) -> str:
        cur = self.con.execute("INSERT INTO ZWACHATSESSION (Z_ENT, Z_OPT, ZSESSIONTYPE, ZCONTACTJID,"
                               " ZPARTNERNAME) VALUES (5, 1, ?, ?, ?)", (1 if group else 0, jid, partner))
        self._sessions[jid] = cur.lastrowid
        return jid

    def member(self, group: str, jid: str, name: str | None = None) -> int:
        cur = self.con.execute("INSERT INTO ZWAGROUPMEMBER (Z_ENT, Z_OPT, ZISACTIVE, ZCHATSESSION,"
                               " ZCONTACTNAME, ZMEMBERJID) VALUES (6, 1, 1, ?, ?, ?)",
                               (self._sessions[group], name, jid))
        self._members[(group, jid)] = cur.lastrowid
        return cur.lastrowid

    def push_name(self, jid: str, name: str) -> None:
        self.con.execute("INSERT INTO ZWAPROFILEPUSHNAME (Z_ENT, Z_OPT, ZJID, ZPUSHNAME)"
                         " VALUES (7, 1, ?, ?)", (jid, name))

    def message(self, chat: str, stanza: str, ts_ms: int, *, from_me: bool = False,
                sender: str | None = None, text: str | None = None, mtype: int = 0,
                media_path: str | None = None, title: str | None = None,
                quoted: str | None = None, lat: float | None = None, lon: float | None = None,
                vcard: str | None = None, vcard_name: str | None = None,
                event: int | None = None, mime: str | None = None,
                metadata: bytes | None = None) -> int:
        """A ZWAMESSAGE row (and its ZWAMEDIAITEM). As real databases do (docs/IMPORT.md):
        ZFROMJID is the chat's jid for a received message, in a group too (the sender is
        only in ZGROUPMEMBER); a media item's MIME type is in ZVCARDSTRING."""
        member = self._members.get((chat, sender)) if sender else None
        cur = self.con.execute(
            "INSERT INTO ZWAMESSAGE (Z_ENT, Z_OPT, ZISFROMME, ZMESSAGETYPE, ZGROUPEVENTTYPE,"
            " ZCHATSESSION, ZGROUPMEMBER, ZMESSAGEDATE, ZSENTDATE, ZFROMJID, ZSTANZAID, ZTEXT)"
            " VALUES (9, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (int(from_me), mtype, event, self._sessions[chat], member, apple_time(ts_ms),
             apple_time(ts_ms), None if from_me else chat, stanza, text))
        mid = cur.lastrowid
        if mime is not None and vcard is None:
            vcard = mime
        if media_path or title or quoted or lat is not None or vcard or metadata is not None:
            meta = metadata
            if quoted:
                q = quoted.encode()
                meta = bytes([0x2A, len(q)]) + q + b"\x32\x00"
            item = self.con.execute(
                "INSERT INTO ZWAMEDIAITEM (Z_ENT, Z_OPT, ZMESSAGE, ZMEDIALOCALPATH, ZTITLE,"
                " ZLATITUDE, ZLONGITUDE, ZVCARDSTRING, ZVCARDNAME, ZMETADATA, ZFILESIZE)"
                " VALUES (8, 1, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (mid, media_path, title, lat, lon, vcard, vcard_name, meta)).lastrowid
            self.con.execute("UPDATE ZWAMESSAGE SET ZMEDIAITEM = ? WHERE Z_PK = ?", (item, mid))
        return mid

    def receipt(self, message_pk: int, blob: bytes) -> None:
        """Receipt information (reactions) of a message, linked both ways as real databases
        are (ZWAMESSAGE.ZMESSAGEINFO: IPED; ZWAMESSAGEINFO.ZMESSAGE: SwiftWABackupAPI)."""
        info = self.con.execute("INSERT INTO ZWAMESSAGEINFO (Z_ENT, Z_OPT, ZMESSAGE, ZRECEIPTINFO)"
                                " VALUES (10, 1, ?, ?)", (message_pk, blob)).lastrowid
        self.con.execute("UPDATE ZWAMESSAGE SET ZMESSAGEINFO = ? WHERE Z_PK = ?",
                         (info, message_pk))


def file_id(domain: str, relative: str) -> str:
    return hashlib.sha1(f"{domain}-{relative}".encode()).hexdigest()


def _cbc(key: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16)).encryptor()
    return enc.update(padded) + enc.finalize()


def _tlv(tag: bytes, value: bytes | int) -> bytes:
    if isinstance(value, int):
        value = struct.pack(">L", value)
    return tag + struct.pack(">L", len(value)) + value


class _KeyBag:
    def __init__(self, password: str) -> None:
        self.salt, self.dpsl = os.urandom(20), os.urandom(20)
        self.iter, self.dpic = 1, 1  # real backups: 10,000 and 10,000,000
        round1 = hashlib.pbkdf2_hmac("sha256", password.encode(), self.dpsl, self.dpic, 32)
        self.passkey = hashlib.pbkdf2_hmac("sha1", round1, self.salt, self.iter, 32)
        self.class_keys = {c: os.urandom(32) for c in (1, 2, 3, 4)}

    def bytes(self) -> bytes:
        out = (_tlv(b"VERS", 4) + _tlv(b"TYPE", 1) + _tlv(b"UUID", os.urandom(16))
               + _tlv(b"HMCK", os.urandom(40)) + _tlv(b"WRAP", 0) + _tlv(b"SALT", self.salt)
               + _tlv(b"ITER", self.iter) + _tlv(b"DPWT", 1) + _tlv(b"DPIC", self.dpic)
               + _tlv(b"DPSL", self.dpsl))
        for cls, key in self.class_keys.items():
            out += (_tlv(b"UUID", os.urandom(16)) + _tlv(b"CLAS", cls) + _tlv(b"WRAP", 2)
                    + _tlv(b"KTYP", 0) + _tlv(b"WPKY", aes_key_wrap(self.passkey, key)))
        return out

    def wrap(self, cls: int, key: bytes) -> bytes:
        return struct.pack("<l", cls) + aes_key_wrap(self.class_keys[cls], key)


def _mbfile(size: int, protection: int, wrapped: bytes | None) -> bytes:
    file_dict = {"Size": size, "ProtectionClass": protection, "Mode": 0o100644,
                 "LastModified": 1_700_000_000, "Birth": 1_700_000_000,
                 "RelativePath": plistlib.UID(2), "$class": plistlib.UID(3)}
    objects: list = ["$null", file_dict, "path", {"$classname": "MBFile", "$classes": ["MBFile", "NSObject"]}]
    if wrapped is not None:
        file_dict["EncryptionKey"] = plistlib.UID(4)
        objects += [{"NS.data": wrapped, "$class": plistlib.UID(5)},
                    {"$classname": "NSMutableData", "$classes": ["NSMutableData", "NSData", "NSObject"]}]
    return plistlib.dumps({"$version": 100000, "$archiver": "NSKeyedArchiver",
                           "$top": {"root": plistlib.UID(1)}, "$objects": objects},
                          fmt=plistlib.FMT_BINARY)


def write_backup(folder: Path, files: dict[str, bytes], password: str | None = None,
                 other: dict[tuple[str, str], bytes] | None = None) -> Path:
    """A backup folder holding ``files`` (relativePath -> content) in WhatsApp's domain (and
    ``other`` (domain, path) -> content elsewhere), encrypted with ``password`` if given."""
    folder.mkdir(parents=True, exist_ok=True)
    bag = _KeyBag(password) if password else None
    manifest = folder / "Manifest.db.plain"
    con = sqlite3.connect(manifest)
    con.execute("CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT,"
                " flags INTEGER, file BLOB)")
    con.execute("CREATE INDEX FilesDomainIdx ON Files(domain)")
    con.execute("CREATE INDEX FilesRelativePathIdx ON Files(relativePath)")
    con.execute("CREATE TABLE Properties (key TEXT PRIMARY KEY, value BLOB)")
    entries = [(DOMAIN, rel, data) for rel, data in files.items()]
    entries += [(d, rel, data) for (d, rel), data in (other or {}).items()]
    for domain, rel, data in entries:
        fid = file_id(domain, rel)
        (folder / fid[:2]).mkdir(exist_ok=True)
        wrapped = None
        if bag is not None:
            key = os.urandom(32)
            wrapped = bag.wrap(3, key)
            data = _cbc(key, data)
        (folder / fid[:2] / fid).write_bytes(data)
        con.execute("INSERT INTO Files VALUES (?,?,?,1,?)",
                    (fid, domain, rel, _mbfile(len(data), 3, wrapped)))
    # A folder entry, as real manifests have.
    con.execute("INSERT INTO Files VALUES (?,?,?,2,?)",
                (file_id(DOMAIN, "Message"), DOMAIN, "Message", _mbfile(0, 3, None)))
    con.commit()
    con.close()
    plist: dict = {"Version": "10.0", "Date": __import__("datetime").datetime(2024, 1, 2),
                   "SystemDomainsVersion": "24.0", "WasPasscodeSet": False,
                   "IsEncrypted": bag is not None, "Lockdown": {"ProductVersion": "17.2"}}
    raw = manifest.read_bytes()
    manifest.unlink()
    if bag is not None:
        mkey = os.urandom(32)
        plist["BackupKeyBag"] = bag.bytes()
        plist["ManifestKey"] = bag.wrap(4, mkey)
        raw = _cbc(mkey, raw)
    (folder / "Manifest.db").write_bytes(raw)
    (folder / "Manifest.plist").write_bytes(plistlib.dumps(plist, fmt=plistlib.FMT_BINARY))
    (folder / "Info.plist").write_bytes(plistlib.dumps({"Device Name": "Test iPhone"}))
    (folder / "Status.plist").write_bytes(plistlib.dumps({"IsFullBackup": False}))
    return folder
