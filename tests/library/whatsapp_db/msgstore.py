"""Build WhatsApp Android message databases (msgstore.db) for tests, in the current schema
(``message``, ``chat``, ``jid`` ...), the legacy one (``messages`` with ``key_remote_jid``)
and the "transitional" one of WhatsApp 2.20-2.22 (both sets of tables, the messages still in
``messages``, chats and group members already in ``chat``/``jid``/``group_participant_user``),
with the tables and columns the real app uses (a subset of them).

What real databases show and the builder does too (docs/IMPORT.md names them): the
placeholder row each message table starts with (``_id`` 1, chat ``-1``); system rows marked as
the phone's own (``from_me`` 1) whoever acted, the actor in ``remote_resource`` /
``sender_jid_row_id``; legacy calls as status-6 rows of ``media_wa_type`` 8 or 10 with the
call's length in ``media_size``, where an event keeps its type."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

CURRENT = """
CREATE TABLE jid (_id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL, server TEXT NOT NULL,
  agent INTEGER, device INTEGER, type INTEGER, raw_string TEXT);
CREATE UNIQUE INDEX jid_raw_string_index ON jid (raw_string);
CREATE TABLE jid_map (lid_row_id INTEGER PRIMARY KEY NOT NULL, jid_row_id INTEGER NOT NULL,
  sort_id INTEGER NOT NULL DEFAULT 0);
CREATE TABLE lid_display_name (lid_row_id INTEGER PRIMARY KEY NOT NULL, display_name TEXT NOT NULL,
  username TEXT);
CREATE TABLE chat (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER UNIQUE, hidden INTEGER,
  subject TEXT, created_timestamp INTEGER, display_message_row_id INTEGER,
  last_message_row_id INTEGER, archived INTEGER, sort_timestamp INTEGER, group_type INTEGER);
CREATE TABLE message (_id INTEGER PRIMARY KEY AUTOINCREMENT, chat_row_id INTEGER NOT NULL,
  from_me INTEGER NOT NULL, key_id TEXT NOT NULL, sender_jid_row_id INTEGER, status INTEGER,
  broadcast INTEGER, recipient_count INTEGER, participant_hash TEXT, origination_flags INTEGER,
  origin INTEGER, timestamp INTEGER, received_timestamp INTEGER, receipt_server_timestamp INTEGER,
  message_type INTEGER, text_data TEXT, starred INTEGER, lookup_tables INTEGER,
  message_add_on_flags INTEGER, sort_id INTEGER NOT NULL DEFAULT 0);
CREATE INDEX message_sort_id_index ON message (chat_row_id, sort_id);
CREATE TABLE message_quoted (message_row_id INTEGER PRIMARY KEY, chat_row_id INTEGER NOT NULL,
  parent_message_chat_row_id INTEGER NOT NULL, from_me INTEGER NOT NULL, sender_jid_row_id INTEGER,
  key_id TEXT NOT NULL, timestamp INTEGER, message_type INTEGER, origin INTEGER, text_data TEXT,
  payment_transaction_id TEXT, lookup_tables INTEGER);
CREATE TABLE message_media (message_row_id INTEGER PRIMARY KEY, chat_row_id INTEGER,
  autotransfer_retry_enabled INTEGER, multicast_id TEXT, media_job_uuid TEXT, transferred INTEGER,
  transcoded INTEGER, file_path TEXT, file_size INTEGER, suspicious_content INTEGER, trim_from INTEGER,
  trim_to INTEGER, face_x INTEGER, face_y INTEGER, media_key BLOB, media_key_timestamp INTEGER,
  width INTEGER, height INTEGER, has_streaming_sidecar INTEGER, gif_attribution INTEGER,
  thumbnail_height_width_ratio REAL, direct_path TEXT, first_scan_sidecar BLOB,
  first_scan_length INTEGER, message_url TEXT, mime_type TEXT, file_length INTEGER,
  media_name TEXT, file_hash TEXT, media_duration INTEGER, page_count INTEGER, enc_file_hash TEXT,
  partial_media_hash TEXT, partial_media_enc_hash TEXT, is_animated_sticker INTEGER,
  original_file_hash TEXT, mute_video INTEGER, media_caption TEXT);
CREATE TABLE message_location (message_row_id INTEGER PRIMARY KEY, chat_row_id INTEGER,
  latitude REAL, longitude REAL, place_name TEXT, place_address TEXT, url TEXT,
  live_location_share_duration INTEGER, live_location_sequence_number INTEGER,
  live_location_final_latitude REAL, live_location_final_longitude REAL,
  live_location_final_timestamp INTEGER, map_download_status INTEGER);
CREATE TABLE message_vcard (_id INTEGER PRIMARY KEY AUTOINCREMENT, message_row_id INTEGER,
  vcard TEXT);
CREATE INDEX message_vcard_index ON message_vcard (message_row_id);
CREATE TABLE message_system (message_row_id INTEGER PRIMARY KEY, action_type INTEGER NOT NULL);
CREATE TABLE message_system_group (message_row_id INTEGER PRIMARY KEY, is_me_joined INTEGER);
CREATE TABLE message_system_initial_privacy_provider(message_row_id INTEGER PRIMARY KEY,
  privacy_provider INTEGER NOT NULL DEFAULT 0, verified_biz_name TEXT, biz_state_id INTEGER);
CREATE TABLE message_system_chat_participant (message_row_id INTEGER, user_jid_row_id INTEGER);
CREATE TABLE message_system_number_change (message_row_id INTEGER PRIMARY KEY,
  old_jid_row_id INTEGER, new_jid_row_id INTEGER);
CREATE TABLE message_edit_info (message_row_id INTEGER PRIMARY KEY, original_key_id TEXT NOT NULL,
  edited_timestamp INTEGER NOT NULL, sender_timestamp INTEGER NOT NULL);
CREATE TABLE message_add_on (_id INTEGER PRIMARY KEY AUTOINCREMENT, chat_row_id INTEGER NOT NULL,
  from_me INTEGER NOT NULL, key_id TEXT NOT NULL, sender_jid_row_id INTEGER,
  parent_message_row_id INTEGER NOT NULL, timestamp INTEGER, status INTEGER,
  message_add_on_type INTEGER);
CREATE TABLE message_add_on_reaction (message_add_on_row_id INTEGER PRIMARY KEY, reaction TEXT,
  sender_timestamp INTEGER);
CREATE TABLE group_participant_user (_id INTEGER PRIMARY KEY AUTOINCREMENT,
  group_jid_row_id INTEGER NOT NULL, user_jid_row_id INTEGER NOT NULL, rank INTEGER NOT NULL,
  pending INTEGER NOT NULL);
CREATE UNIQUE INDEX group_participant_user_index ON group_participant_user
  (group_jid_row_id, user_jid_row_id);
CREATE TABLE props (_id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT UNIQUE, value TEXT);
CREATE TABLE missed_call_logs (_id INTEGER PRIMARY KEY AUTOINCREMENT, message_row_id INTEGER,
  timestamp INTEGER, video_call INTEGER, group_jid_row_id INTEGER,
  is_joinable_group_call INTEGER);
CREATE TABLE call_log (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER,
  from_me INTEGER, call_id TEXT, transaction_id INTEGER, timestamp INTEGER, video_call INTEGER,
  duration INTEGER, call_result INTEGER, bytes_transferred INTEGER,
  group_jid_row_id INTEGER NOT NULL DEFAULT 0, is_joinable_group_call INTEGER,
  call_creator_device_jid_row_id INTEGER NOT NULL DEFAULT 0, call_random_id TEXT,
  call_link_row_id INTEGER NOT NULL DEFAULT 0, is_dnd_mode_on INTEGER, call_type INTEGER,
  offer_silence_reason INTEGER, scheduled_id TEXT);
"""

LEGACY = """
CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT NOT NULL,
  key_from_me INTEGER, key_id TEXT NOT NULL, status INTEGER, needs_push INTEGER, data TEXT,
  timestamp INTEGER, media_url TEXT, media_mime_type TEXT, media_wa_type TEXT, media_size INTEGER,
  media_name TEXT, media_caption TEXT, media_hash TEXT, media_duration INTEGER, origin INTEGER,
  latitude REAL, longitude REAL, thumb_image TEXT, remote_resource TEXT,
  received_timestamp INTEGER, send_timestamp INTEGER, receipt_server_timestamp INTEGER,
  receipt_device_timestamp INTEGER, read_device_timestamp INTEGER, played_device_timestamp INTEGER,
  raw_data BLOB, recipient_count INTEGER, participant_hash TEXT, starred INTEGER,
  quoted_row_id INTEGER, mentioned_jids TEXT, multicast_id TEXT, edit_version INTEGER,
  media_enc_hash TEXT, payment_transaction_id TEXT, forwarded INTEGER, preview_type INTEGER,
  send_count INTEGER, lookup_tables INTEGER, future_message_type INTEGER,
  message_add_on_flags INTEGER);
CREATE INDEX messages_key_index ON messages (key_remote_jid, key_from_me, key_id);
CREATE TABLE messages_quotes (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT NOT NULL,
  key_from_me INTEGER, key_id TEXT NOT NULL, status INTEGER, data TEXT, timestamp INTEGER,
  media_wa_type TEXT, remote_resource TEXT);
CREATE TABLE chat_list (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT UNIQUE,
  message_table_id INTEGER, subject TEXT, creation INTEGER, last_read_message_table_id INTEGER,
  archived INTEGER, sort_timestamp INTEGER);
CREATE TABLE group_participants (_id INTEGER PRIMARY KEY AUTOINCREMENT, gjid TEXT NOT NULL,
  jid TEXT NOT NULL, admin INTEGER, pending INTEGER, sent_sender_key INTEGER);
CREATE TABLE messages_vcards (_id INTEGER PRIMARY KEY AUTOINCREMENT, message_row_id INTEGER,
  sender_jid TEXT, vcard TEXT, chat_jid TEXT);
"""

WA_DB = """
CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid TEXT NOT NULL,
  is_whatsapp_user BOOLEAN NOT NULL, status TEXT, status_timestamp INTEGER, number TEXT,
  raw_contact_id INTEGER, display_name TEXT, phone_type INTEGER, phone_label TEXT,
  unseen_msg_count INTEGER, photo_ts INTEGER, thumb_ts INTEGER, photo_id_timestamp INTEGER,
  given_name TEXT, family_name TEXT, wa_name TEXT, sort_name TEXT, nickname TEXT, company TEXT,
  title TEXT);
"""


@dataclass
class Msg:
    """A message as a test expects it to come out (filled by the builders)."""

    chat: str
    key: str
    ts: int
    from_me: bool
    sender: str | None
    kind: str
    text: str
    reply_key: str | None = None
    files: list[str] = field(default_factory=list)


class AndroidDb:
    """A msgstore.db being written; ``close()`` commits it."""

    def __init__(self, path: Path, schema: str = "current") -> None:
        self.path = Path(path)
        self.schema = schema
        self.con = sqlite3.connect(self.path)
        self.con.executescript({"current": CURRENT, "legacy": LEGACY,
                                "transitional": CURRENT + LEGACY}[schema])
        self._jids: dict[str, int] = {}
        self._chats: dict[str, int] = {}
        self._rows: dict[tuple[str, str], int] = {}
        # The placeholder row WhatsApp starts each message table with.
        if schema != "legacy":
            self.con.execute("INSERT INTO message (_id, chat_row_id, from_me, key_id, sort_id)"
                             " VALUES (1, -1, 0, '-1', 0)")
        if schema != "current":
            self.con.execute("INSERT INTO messages (_id, key_remote_jid, key_from_me, key_id,"
                             " status, timestamp, media_wa_type, media_size)"
                             " VALUES (1, '-1', 0, '-1', -1, 0, '-1', -1)")

    def close(self) -> Path:
        self.con.commit()
        self.con.close()
        return self.path

    # -- ids --------------------------------------------------------------------------------
    def jid(self, raw: str) -> int:
        if raw not in self._jids:
            user, server = raw.split("@")
            cur = self.con.execute("INSERT INTO jid (user, server, type, raw_string) VALUES (?,?,?,?)",
                                   (user, server, 1 if server == "g.us" else 0, raw))
            self._jids[raw] = cur.lastrowid
        return self._jids[raw]

    def chat(self, jid: str, subject: str | None = None, created: int | None = None) -> str:
        if self.schema != "legacy":
            cur = self.con.execute(
                "INSERT INTO chat (jid_row_id, subject, created_timestamp, hidden, archived)"
                " VALUES (?,?,?,0,0)", (self.jid(jid), subject, created))
            self._chats[jid] = cur.lastrowid
        else:
            self.con.execute("INSERT INTO chat_list (key_remote_jid, subject, creation)"
                             " VALUES (?,?,?)", (jid, subject, created))
        return jid

    def member(self, group: str, user: str) -> None:
        if self.schema != "legacy":
            self.con.execute("INSERT INTO group_participant_user (group_jid_row_id, user_jid_row_id,"
                             " rank, pending) VALUES (?,?,0,0)", (self.jid(group), self.jid(user)))
        else:
            self.con.execute("INSERT INTO group_participants (gjid, jid, admin, pending)"
                             " VALUES (?,?,0,0)", (group, user))

    def row(self, chat: str, key: str) -> int:
        return self._rows[(chat, key)]

    # -- messages ---------------------------------------------------------------------------
    def message(self, chat: str, key: str, ts: int, *, from_me: bool = False,
                sender: str | None = None, text: str | None = None, mtype: int = 0,
                quoted: tuple[str, bool] | None = None, media: dict | None = None,
                location: dict | None = None, action: int | None = None,
                users: list[str] = (), edited: bool = False, vcards: list[str] = (),
                status: int = 0, me_joined: bool = False) -> int:
        if self.schema != "current":
            return self._legacy(chat, key, ts, from_me=from_me, sender=sender, text=text,
                                mtype=mtype, quoted=quoted, media=media, location=location,
                                action=action, vcards=vcards, status=status)
        cid = self._chats[chat]
        if mtype == 7 and (sender is not None or me_joined):
            from_me = True  # as the app marks its system rows
        cur = self.con.execute(
            "INSERT INTO message (chat_row_id, from_me, key_id, sender_jid_row_id, status,"
            " timestamp, received_timestamp, message_type, text_data, starred, sort_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,0,0)",
            (cid, int(from_me), key, self.jid(sender) if sender else None, status, ts, ts + 500,
             mtype, text))
        mid = cur.lastrowid
        self.con.execute("UPDATE message SET sort_id = _id WHERE _id = ?", (mid,))
        self._rows[(chat, key)] = mid
        if quoted is not None:
            qkey, qme = quoted
            self.con.execute("INSERT INTO message_quoted (message_row_id, chat_row_id,"
                             " parent_message_chat_row_id, from_me, key_id, text_data)"
                             " VALUES (?,?,?,?,?,?)", (mid, cid, cid, int(qme), qkey, "quoted"))
        if media is not None:
            self.con.execute("INSERT INTO message_media (message_row_id, chat_row_id, file_path,"
                             " file_size, mime_type, media_name, transferred) VALUES (?,?,?,?,?,?,1)",
                             (mid, cid, media.get("path"), media.get("size", 0),
                              media.get("mime"), media.get("name")))
        if location is not None:
            self.con.execute("INSERT INTO message_location (message_row_id, chat_row_id, latitude,"
                             " longitude, place_name, place_address) VALUES (?,?,?,?,?,?)",
                             (mid, cid, location["lat"], location["lon"], location.get("name"),
                              location.get("address")))
        if action is not None:
            self.con.execute("INSERT INTO message_system VALUES (?,?)", (mid, action))
            for u in users:
                self.con.execute("INSERT INTO message_system_chat_participant VALUES (?,?)",
                                 (mid, self.jid(u)))
            if me_joined:  # the owner joined or was added (message_system_group)
                self.con.execute("INSERT INTO message_system_group VALUES (?, 1)", (mid,))
        if mtype == 10:  # a missed call: voice or video in missed_call_logs
            self.con.execute("INSERT INTO missed_call_logs (message_row_id, timestamp, video_call)"
                             " VALUES (?,?,?)", (mid, ts, int(bool((media or {}).get("video")))))
        if edited:
            self.con.execute("INSERT INTO message_edit_info VALUES (?,?,?,?)",
                             (mid, key, ts + 60_000, ts + 60_000))
        for v in vcards:
            self.con.execute("INSERT INTO message_vcard (message_row_id, vcard) VALUES (?,?)",
                             (mid, v))
        return mid

    def reaction(self, chat: str, parent_key: str, key: str, emoji: str, ts: int, *,
                 from_me: bool = False, sender: str | None = None) -> None:
        cid = self._chats[chat]
        cur = self.con.execute(
            "INSERT INTO message_add_on (chat_row_id, from_me, key_id, sender_jid_row_id,"
            " parent_message_row_id, timestamp, status, message_add_on_type)"
            " VALUES (?,?,?,?,?,?,0,56)",
            (cid, int(from_me), key, self.jid(sender) if sender else None,
             self._rows[(chat, parent_key)], ts))
        self.con.execute("INSERT INTO message_add_on_reaction VALUES (?,?,?)",
                         (cur.lastrowid, emoji, ts))

    def call(self, peer: str, call_id: object, ts: object, *, from_me: bool = False,
             video: object = 0, duration: object = 0, result: object = 5,
             group: str | None = None) -> None:
        """A row of ``call_log`` (its columns as in a real 2023 database: chat-history-manager's
        test database); ``peer`` the other person (in a group call, who called)."""
        self.con.execute(
            "INSERT INTO call_log (jid_row_id, from_me, call_id, transaction_id, timestamp,"
            " video_call, duration, call_result, bytes_transferred, group_jid_row_id)"
            " VALUES (?,?,?,0,?,?,?,?,0,?)",
            (self.jid(peer), int(from_me), call_id, ts, video, duration, result,
             self.jid(group) if group else 0))

    def _legacy(self, chat: str, key: str, ts: int, *, from_me: bool, sender: str | None,
                text: str | None, mtype: int, quoted: tuple[str, bool] | None,
                media: dict | None, location: dict | None, action: int | None,
                vcards: list[str], status: int) -> int:
        qrow = None
        if quoted is not None:
            qrow = self.con.execute("INSERT INTO messages_quotes (key_remote_jid, key_from_me,"
                                    " key_id, data) VALUES (?,?,?,?)",
                                    (chat, int(quoted[1]), quoted[0], "quoted")).lastrowid
        data, caption, name, mime, size = text, None, None, None, 0
        lat = lon = None
        if media is not None:
            caption, data = text, None
            name, mime = media.get("name"), media.get("mime")
            thumb = _java_media_data(media["path"]) if media.get("path") else None
        else:
            thumb = None
        if location is not None:
            lat, lon, name = location["lat"], location["lon"], location.get("name")
        if vcards:
            data, name = vcards[0], text
        if action is not None:
            status, size, from_me = 6, action, True  # every system row is "from me"
        if mtype in (8, 10):  # a call: a status-6 row, its length in media_size
            status, size, data = 6, (media or {}).get("duration", 1), None
            caption = "video" if (media or {}).get("video") else "audio"
        cur = self.con.execute(
            "INSERT INTO messages (key_remote_jid, key_from_me, key_id, status, data, timestamp,"
            " media_mime_type, media_wa_type, media_size, media_name, media_caption, latitude,"
            " longitude, thumb_image, remote_resource, quoted_row_id, edit_version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (chat, int(from_me), key, status, data, ts, mime, str(mtype), size, name, caption,
             lat, lon, thumb, sender, qrow, 7 if mtype == 15 else 0))
        if mtype == 15:
            self.con.execute("UPDATE messages SET media_wa_type='0', data=NULL WHERE _id=?",
                             (cur.lastrowid,))
        self._rows[(chat, key)] = cur.lastrowid
        return cur.lastrowid


def _java_media_data(path: str) -> bytes:
    """What old WhatsApp versions keep in thumb_image: a serialized MediaData whose File
    field holds the path (only the parts the importer looks at are realistic)."""
    enc = path.encode("utf-8")
    return (b"\xac\xed\x00\x05sr\x00\x1ccom.whatsapp.MediaData\x00\x00\x00\x00\x00\x00\x00\x01"
            b"\x02\x00\x00xpsr\x00\x0cjava.io.File\x04-\xa4E\x0e\r\xe4\xff\x03\x00\x01L\x00\x04"
            b"patht\x00\x12Ljava/lang/String;xpt" + len(enc).to_bytes(2, "big") + enc + b"w\x02\x00/x")


def write_wa_db(path: Path, contacts: dict[str, str],
                wa_names: dict[str, str] | None = None) -> Path:
    wa_names = wa_names or {}
    con = sqlite3.connect(path)
    con.executescript(WA_DB)
    for jid in set(contacts) | set(wa_names):
        con.execute("INSERT INTO wa_contacts (jid, is_whatsapp_user, display_name, wa_name, number)"
                    " VALUES (?,1,?,?,?)", (jid, contacts.get(jid), wa_names.get(jid),
                                            jid.split("@")[0]))
    con.commit()
    con.close()
    return path
