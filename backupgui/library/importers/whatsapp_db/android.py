"""Read an Android ``msgstore.db``: the current schema (``message``, ``chat``, ``jid`` ...)
and the legacy one (``messages`` keyed by ``key_remote_jid``).

One query per schema walks every message in the table's own order (no sorting: SQLite needs
no temporary files, which would hold message text outside the private work folder, and
memory stays flat), joined with what a message needs (reply, media, location, system event,
edit); reactions come from a second query after it. The library orders messages by time. Every value is type-checked where it is used: a field of the wrong type is
treated as absent, a message without a usable time is skipped and counted.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ...model import SELF_ACTOR, UNKNOWN_ACTOR
from ..common import guess_media_kind, guess_mime
from . import events
from .hostile import HostileDatabaseError, require_tables, translate
from .model import (
    MAX_MS,
    MAX_TEXT,
    MIN_MS,
    Attachment,
    ChatCount,
    ChatInfo,
    Rec,
    coordinate,
    jid_or_none,
    location_text,
    ms_or_none,
    name_or_none,
    number_of,
    safe_filename,
    text_or_empty,
)

_TABLES = ["message", "chat", "jid", "jid_map", "message_quoted", "message_media",
           "message_location", "message_system", "message_system_chat_participant",
           "message_system_number_change", "message_edit_info", "message_vcard",
           "message_system_initial_privacy_provider", "message_system_group", "lid_display_name",
           "message_add_on", "message_add_on_reaction", "group_participant_user", "missed_call_logs",
           "call_log",
           "messages", "messages_quotes", "chat_list", "group_participants", "messages_vcards"]
MAX_MEMBERS = 2_000_000
MAX_CHATS = 500_000
_MIME = re.compile(r"[a-z]{1,20}/[A-Za-z0-9.+\-]{1,100}")
_MEDIA_KINDS = {1: "image", 2: "audio", 3: "video", 9: "file", 13: "video", 20: "sticker",
                42: "image", 43: "video", 82: "voice"}
_LOCATION, _LIVE_LOCATION, _VCARD, _VCARDS, _DELETED, _SYSTEM = 5, 16, 4, 14, 15, 7
_CALLS = (8, 10)  # legacy media_wa_type of a call and a missed call
_MISSED_CALL = 10  # message_type (media_wa_type) of a missed call: IPED, chat-history-manager
_BUSINESS_STATE = 10  # privacy provider state of a business chat's notice (action 67)
# call_log.call_result as two published readers read it (IPED ExtractorAndroidNew, WhatsApp-
# Chat-Exporter android_handler): 5 connected (with its duration), 2 not connected (the
# callee did not answer). They disagree on 4 (declined / cancelled or missed) and only one
# reads 0, 3 or 7: those are skipped and counted (docs/IMPORT.md, "Calls").
_CALL_CONNECTED, _CALL_NOT_ANSWERED = 5, 2


def _int(v: Any) -> int | None:
    return v if type(v) is int else None


class AndroidReader:
    """Chats and messages of a decrypted ``msgstore.db`` (opened with ``hostile``)."""

    format = "whatsapp-android"

    def __init__(self, con: sqlite3.Connection, contacts: dict[str, str] | None = None) -> None:
        self.con = con
        self.contacts = contacts or {}
        with translate("The message database"):
            self.t = require_tables(con, _TABLES)
        current = ({"message", "chat", "jid"} <= self.t.keys()
                   and {"_id", "chat_row_id", "key_id"} <= self.t["message"])
        legacy = "messages" in self.t and {"_id", "key_remote_jid", "key_id"} <= self.t["messages"]
        if current and legacy:
            # WhatsApp 2.20-2.22 databases have both while the messages move to the new
            # tables; seen in real ones: `message` holding only its placeholder row and every
            # message still in `messages`. The table that holds more messages is read.
            with translate("The message database"):
                current = (self._rows_in("message", "chat_row_id > 0")
                           >= self._rows_in("messages", "key_remote_jid != '-1'"))
        if current:
            self.schema = "current"
        elif legacy:
            self.schema = "legacy"
        else:
            raise HostileDatabaseError("This database is not WhatsApp's message database "
                                       "(msgstore.db): it has no message table.")
        self.skipped: Counter[str] = Counter()
        self._members: dict[Any, list[str]] | None = None
        self._jid_of: dict[Any, str] | None = None
        self._infos: dict[Any, ChatInfo | None] = {}
        self._lid_name: dict[str, str] | None = None
        self._owner_jid: str | None | bool = False  # False: not looked for yet

    def _rows_in(self, table: str, where: str) -> int:
        n = self.con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
        return n if type(n) is int else 0

    # -- helpers ---------------------------------------------------------------------------
    def _has(self, table: str, *cols: str) -> bool:
        return table in self.t and all(c in self.t[table] for c in cols)

    def _col(self, alias: str, table: str, col: str) -> str:
        return f"{alias}.{col}" if self._has(table, col) else "NULL"

    def name(self, jid: str | None, from_me: bool = False) -> str:
        """How a person is shown: the owner's mark ("You" in the UI's language), the
        contact's name, else their number."""
        if from_me or (jid is not None and jid == self._owner()):
            return SELF_ACTOR
        if jid is None:
            return UNKNOWN_ACTOR  # shown as "Someone" in the UI's language
        return self.contacts.get(jid) or self._lid_names().get(jid) or number_of(jid)

    def _owner(self) -> str | None:
        """The phone owner's own jid, when the database gives it: the one member of a member
        event marked ``is_me_joined`` (the owner was added; chat-history-manager reads it so),
        the same in every such event. A database does not otherwise name its owner."""
        if self._owner_jid is False:
            found: set[str] = set()
            if self.schema == "current" and self._has(
                    "message_system_group", "message_row_id", "is_me_joined") and self._has(
                    "message_system_chat_participant", "message_row_id", "user_jid_row_id"):
                with translate("The message database"):
                    for (rid,) in self.con.execute(
                            "SELECT min(p.user_jid_row_id) FROM message_system_group g"
                            " JOIN message_system_chat_participant p"
                            " ON p.message_row_id = g.message_row_id WHERE g.is_me_joined = 1"
                            " GROUP BY g.message_row_id HAVING count(*) = 1 LIMIT 1000"):
                        jid = self._jids().get(rid) if type(rid) is int else None
                        if jid is not None:
                            found.add(jid)
            self._owner_jid = found.pop() if len(found) == 1 else None
        return self._owner_jid

    def _lid_names(self) -> dict[str, str]:
        """Names the database keeps for private ids (LIDs) it cannot map to a number
        (``lid_display_name``, 2025 databases): better than the id's digits."""
        if self._lid_name is None:
            out: dict[str, str] = {}
            if self._has("lid_display_name", "lid_row_id", "display_name") and \
                    self._has("jid", "_id"):
                with translate("The message database"):
                    for raw, name in self.con.execute(
                            f"SELECT {self._jid_sql('j', None)}, l.display_name"
                            " FROM lid_display_name l JOIN jid j ON j._id = l.lid_row_id"
                            f" LIMIT {MAX_MEMBERS}"):
                        jid, shown = jid_or_none(raw), name_or_none(name)
                        if jid is not None and shown:
                            out[jid] = shown
            self._lid_name = out
        return self._lid_name

    def _jid_sql(self, alias: str, mapped: str | None) -> str:
        raw = f"{alias}.raw_string" if self._has("jid", "raw_string") else "NULL"
        parts = ([f"{mapped}.raw_string"] if mapped and self._has("jid", "raw_string") else [])
        parts += [raw]
        if self._has("jid", "user", "server"):
            parts.append(f"{alias}.user || '@' || {alias}.server")
        return f"coalesce({', '.join(parts)})" if len(parts) > 1 else parts[0]

    def _jid_map_join(self, column: str, alias: str) -> tuple[str, str | None]:
        """A join that maps a LID (WhatsApp's newer private ids) to the phone-number jid."""
        if not self._has("jid_map", "lid_row_id", "jid_row_id"):
            return "", None
        return (f" LEFT JOIN jid_map {alias}m ON {alias}m.lid_row_id = {column}"
                f" LEFT JOIN jid {alias}x ON {alias}x._id = {alias}m.jid_row_id", f"{alias}x")

    # -- chats -----------------------------------------------------------------------------
    def _chat_info(self, key: Any) -> ChatInfo | None:
        """The chat with row id (current) or jid (legacy) ``key``; None to skip it (the
        reason counted once per chat, however often the preview and the import ask)."""
        if key in self._infos:
            return self._infos[key]
        if len(self._infos) >= MAX_CHATS:
            raise HostileDatabaseError(
                f"This database has more than {MAX_CHATS} chats; it is refused.")
        info = self._infos[key] = self._read_chat_info(key)
        return info

    def _read_chat_info(self, key: Any) -> ChatInfo | None:
        if key in (-1, "-1"):
            return None  # the placeholder row WhatsApp keeps in its message table
        if self.schema == "current":
            join, mapped = self._jid_map_join("c.jid_row_id", "c")
            subject = self._col("c", "chat", "subject")
            created = self._col("c", "chat", "created_timestamp")
            row = self.con.execute(
                f"SELECT {self._jid_sql('j', mapped)}, {subject}, {created} FROM chat c"
                f" JOIN jid j ON j._id = c.jid_row_id{join} WHERE c._id = ?", (key,)).fetchone()
            if row is None:
                self.skipped["chats missing from the database's chat list"] += 1
                return None
            jid, subject, created = row
        else:
            jid, subject, created = key, None, None
            if self._has("chat_list", "key_remote_jid", "subject"):
                row = self.con.execute("SELECT subject FROM chat_list WHERE key_remote_jid = ?",
                                       (key,)).fetchone()
                subject = row[0] if row else None
            if subject is None and self._has("chat", "jid_row_id", "subject") and \
                    self._has("jid", "raw_string"):
                row = self.con.execute("SELECT c.subject FROM chat c JOIN jid j ON"
                                       " j._id = c.jid_row_id WHERE j.raw_string = ?",
                                       (key,)).fetchone()
                subject = row[0] if row else None
        jid = jid_or_none(jid)
        if jid is None:
            self.skipped["a chat whose id is not a WhatsApp id"] += 1
            return None
        server = jid.rsplit("@", 1)[1]
        if jid == "status@broadcast":
            self.skipped["status updates (they are not a chat)"] += 1
            return None
        group = server in ("g.us", "broadcast", "newsletter")
        name = name_or_none(subject) if group else None
        if not group:
            name = (self.contacts.get(jid) or name_or_none(subject)
                    or self._lid_names().get(jid) or number_of(jid))
        elif name is None:
            name = "Broadcast list" if server == "broadcast" else number_of(jid)
        members = tuple(self._group_members().get(key if self.schema == "current" else jid, ()))
        return ChatInfo(jid, name, "group" if group else "direct", members, ms_or_none(created))

    def _group_members(self) -> dict[Any, list[str]]:
        """Members of every group (current: by the group's chat row id; legacy: by jid)."""
        if self._members is not None:
            return self._members
        out: dict[Any, list[str]] = {}
        with translate("The message database"):
            legacy_list = self._has("group_participants", "gjid", "jid") and bool(
                self.con.execute("SELECT 1 FROM group_participants LIMIT 1").fetchone())
            if self.schema == "current" and self._has("group_participant_user",
                                                      "group_jid_row_id", "user_jid_row_id"):
                join, mapped = self._jid_map_join("g.user_jid_row_id", "u")
                rows = self.con.execute(
                    f"SELECT c._id, {self._jid_sql('u', mapped)} FROM group_participant_user g"
                    f" JOIN chat c ON c.jid_row_id = g.group_jid_row_id"
                    f" JOIN jid u ON u._id = g.user_jid_row_id{join} LIMIT {MAX_MEMBERS}")
            elif not legacy_list and self._has("group_participant_user", "group_jid_row_id",
                                               "user_jid_row_id") and self._has("jid", "_id"):
                # Databases of the move to the new tables (2.20-2.22) keep the members only
                # in the new table while the messages are still in `messages`.
                join, mapped = self._jid_map_join("g.user_jid_row_id", "u")
                rows = self.con.execute(
                    f"SELECT {self._jid_sql('gj', None)}, {self._jid_sql('u', mapped)}"
                    " FROM group_participant_user g JOIN jid gj ON gj._id = g.group_jid_row_id"
                    f" JOIN jid u ON u._id = g.user_jid_row_id{join} LIMIT {MAX_MEMBERS}")
            elif legacy_list:
                rows = self.con.execute(
                    f"SELECT gjid, jid FROM group_participants LIMIT {MAX_MEMBERS}")
            else:
                rows = iter(())
            for key, jid in rows:
                j = jid_or_none(jid)
                if j is not None and (type(key) is int or jid_or_none(key)):
                    out.setdefault(key, []).append(j)
        self._members = out
        return out

    def counts(self) -> list[ChatCount]:
        """Every chat with its message count and dates (for the preview)."""
        if self.schema == "current":
            sql = ("SELECT chat_row_id, count(*), min(timestamp), max(timestamp) FROM message"
                   " GROUP BY chat_row_id")
        else:
            sql = ("SELECT key_remote_jid, count(*), min(timestamp), max(timestamp) FROM messages"
                   " GROUP BY key_remote_jid")
        out = []
        with translate("The message database"):
            for key, n, first, last in self.con.execute(sql).fetchall():
                info = self._chat_info(key)
                if info is None or type(n) is not int:
                    continue
                out.append(ChatCount(info.jid, info.name, info.kind, n, ms_or_none(first),
                                     ms_or_none(last), info.members))
        return out

    def media_paths(self) -> Iterator[tuple[str | None, str]]:
        """(phone path, file name) of every attachment, for the preview's media count."""
        if self.schema == "current" and self._has("message_media", "file_path"):
            name = self._col("mm", "message_media", "media_name")
            sql = f"SELECT mm.file_path, {name} FROM message_media mm"
        elif self.schema == "legacy" and self._has("messages", "media_wa_type"):
            path = ("mm.file_path" if self._has("message_media", "message_row_id", "file_path")
                    else "NULL")
            join = (" LEFT JOIN message_media mm ON mm.message_row_id = m._id"
                    if path != "NULL" else "")
            sql = (f"SELECT coalesce({path}, {self._col('m', 'messages', 'thumb_image')}),"
                   f" {self._col('m', 'messages', 'media_name')} FROM messages m{join}"
                   " WHERE CAST(m.media_wa_type AS INTEGER) IN (1, 2, 3, 9, 13, 20, 42, 43, 82)")
        else:
            return
        with translate("The message database"):
            for path, fname in self.con.execute(sql):
                if self.schema == "current":
                    p = path if type(path) is str and path else None
                else:  # a path, or the serialized object old versions kept it in
                    p = path if type(path) is str and "\x00" not in path else \
                        _path_in_java_object(path)
                yield p, safe_filename(fname) or safe_filename(p)

    # -- messages --------------------------------------------------------------------------
    def messages(self) -> Iterator[tuple[ChatInfo, Rec]]:
        """Every message with its chat, in the database's own order (no sorting: SQLite
        needs no temporary files, and memory stays flat); the library orders by time.
        Reactions follow the messages."""
        convert = self._current_rec if self.schema == "current" else self._legacy_rec
        rows = self._current_rows() if self.schema == "current" else self._legacy_rows()
        infos = self._infos
        for stream, conv in ((rows, convert), (self._reactions(), self._reaction_rec),
                             (self._calls(), self._call_rec)):
            for row in stream:
                info = infos.get(row[0], False)  # (the common case without a call)
                if info is False:
                    info = self._chat_info(row[0])
                if info is None:
                    continue
                rec = conv(info, row)  # type: ignore[operator]
                if rec is not None:
                    yield info, rec

    # current schema
    def _jids(self) -> dict[Any, str]:
        """jid row id -> jid (a LID mapped to its phone-number jid), for senders."""
        if self._jid_of is None:
            join, mapped = self._jid_map_join("j._id", "j")
            out: dict[Any, str] = {}
            with translate("The message database"):
                for rid, raw in self.con.execute(
                        f"SELECT j._id, {self._jid_sql('j', mapped)} FROM jid j{join}"
                        f" LIMIT {MAX_MEMBERS}"):
                    jid = jid_or_none(raw)
                    if jid is not None and type(rid) is int:
                        out[rid] = jid
            self._jid_of = out
        return self._jid_of

    def _sub(self, table: str, col: str, types: str) -> str:
        """One column of a side table, looked up only for messages of the given types
        (a lookup per message costs; most messages are text)."""
        if not self._has(table, "message_row_id", col):
            return "NULL"
        if not self._has("message", "message_type"):
            return f"(SELECT {col} FROM {table} WHERE message_row_id = m._id)"
        return (f"CASE WHEN m.message_type IN ({types}) THEN (SELECT {col} FROM {table}"
                " WHERE message_row_id = m._id) END")

    def _current_rows(self) -> Iterator[tuple]:
        m = "message"
        c = lambda col: self._col("m", m, col)  # noqa: E731
        media, places = "1, 2, 3, 9, 13, 20, 42, 43, 82", "5, 16"
        sel = [
            "m.chat_row_id", "m.key_id", c("from_me"), c("timestamp"), c("message_type"),
            c("text_data"), c("sender_jid_row_id"),
            self._col("q", "message_quoted", "key_id"),
            self._sub("message_media", "file_path", media),
            self._sub("message_media", "mime_type", media),
            self._sub("message_media", "media_name", media),
            self._sub("message_location", "latitude", places),
            self._sub("message_location", "longitude", places),
            self._sub("message_location", "place_name", places),
            self._sub("message_location", "place_address", places),
            self._col("sys", "message_system", "action_type"),
            "e.message_row_id" if self._has("message_edit_info", "message_row_id") else "NULL",
            ("CASE WHEN m.message_type IN (4, 14) THEN (SELECT json_group_array(vcard)"
             " FROM message_vcard WHERE message_row_id = m._id) END")
            if self._has("message_vcard", "message_row_id", "vcard")
            and self._has(m, "message_type") else "NULL",
        ]
        joins = []
        for table, alias in (("message_quoted", "q"), ("message_system", "sys"),
                             ("message_edit_info", "e")):
            if self._has(table, "message_row_id"):
                joins.append(f"LEFT JOIN {table} {alias} ON {alias}.message_row_id = m._id")
        if self._has("message_system_chat_participant", "message_row_id", "user_jid_row_id") \
                and "message_system" in self.t:
            sel.append("CASE WHEN sys.action_type IS NOT NULL THEN (SELECT json_group_array("
                       "p.user_jid_row_id) FROM message_system_chat_participant p"
                       " WHERE p.message_row_id = m._id) END")
        else:
            sel.append("NULL")
        if self._has("message_system_number_change", "message_row_id", "old_jid_row_id",
                     "new_jid_row_id") and "message_system" in self.t:
            for col in ("old_jid_row_id", "new_jid_row_id"):
                sel.append(f"CASE WHEN sys.action_type IN (10, 28) THEN (SELECT {col} FROM"
                           " message_system_number_change WHERE message_row_id = m._id) END")
        else:
            sel += ["NULL", "NULL"]
        if self._has("message_system_initial_privacy_provider", "message_row_id",
                     "biz_state_id") and "message_system" in self.t:
            sel.append("CASE WHEN sys.action_type = 67 THEN (SELECT biz_state_id FROM"
                       " message_system_initial_privacy_provider WHERE message_row_id = m._id)"
                       " END")
        else:
            sel.append("NULL")
        sel.append(self._me_joined())
        sel.append("CASE WHEN m.message_type = 10 THEN (SELECT video_call FROM missed_call_logs"
                   " WHERE message_row_id = m._id) END"
                   if self._has("missed_call_logs", "message_row_id", "video_call")
                   and self._has(m, "message_type") else "NULL")
        sql = f"SELECT {', '.join(sel)} FROM message m {' '.join(joins)}"
        with translate("The message database"):
            cur = self.con.execute(sql)
            while batch := cur.fetchmany(2048):
                yield from batch

    def _me_joined(self) -> str:
        """``message_system_group.is_me_joined`` of a member event: 1 when the phone's owner
        is the one who joined or was added (WhatsApp-Chat-Exporter reads it so)."""
        if not (self._has("message_system_group", "message_row_id", "is_me_joined")
                and "message_system" in self.t):
            return "NULL"
        return ("CASE WHEN sys.action_type IN (4, 12, 20) THEN (SELECT is_me_joined FROM"
                " message_system_group WHERE message_row_id = m._id) END")

    def _current_rec(self, info: ChatInfo, row: tuple) -> Rec | None:
        (_chat, key, from_me, ts, mtype, text, sender, quoted, path, mime, mname, lat, lon,
         place, address, action, edited, vcards, sys_users, old_jid, new_jid, biz,
         me_joined, video) = row
        jids = self._jids()
        # Most messages are plain text: checked and built here, without the general path.
        if (mtype == 0 and action is None and edited is None and type(text) is str and text
                and type(ts) is int and MIN_MS <= ts <= MAX_MS and type(key) is str
                and 0 < len(key) <= 128 and len(text) <= MAX_TEXT
                and (quoted is None or (type(quoted) is str and 0 < len(quoted) <= 128))):
            if from_me == 1:
                return key, ts, True, None, "text", text, quoted, None
            return (key, ts, False,
                    (jids.get(sender) if type(sender) is int else None)
                    if info.kind == "group" else info.jid, "text", text, quoted, None)
        if mtype == _MISSED_CALL and from_me != 1 and action is None:
            # missed_call_logs.video_call says which (WhatsApp-Chat-Exporter reads it so)
            return self._missed_call(info, key, ts, video == 1)
        if sys_users is not None:
            sys_users = [jids.get(i) for i in _int_list(sys_users)]
        if action == 67 and biz == _BUSINESS_STATE:
            action = -1  # "This business uses a secure service from Meta...": not shown
        return self._rec(info, key, from_me == 1, ts, _int(mtype) or 0, text,
                         jids.get(sender) if type(sender) is int else None, quoted, path, mime,
                         mname, lat, lon, place, address, _int(action), edited, vcards, sys_users,
                         (jids.get(old_jid) if type(old_jid) is int else None,
                          jids.get(new_jid) if type(new_jid) is int else None), None,
                         me_joined == 1)

    # legacy schema
    def _legacy_rows(self) -> Iterator[tuple]:
        m = "messages"
        c = lambda col: self._col("m", m, col)  # noqa: E731
        sel = ["m.key_remote_jid", "m.key_id", c("key_from_me"), c("timestamp"),
               "CAST(m.media_wa_type AS INTEGER)" if self._has(m, "media_wa_type") else "NULL",
               c("data"), c("remote_resource"),
               self._col("q", "messages_quotes", "key_id"),
               self._col("mm", "message_media", "file_path"),
               c("media_mime_type"), c("media_name"), c("latitude"), c("longitude"),
               c("media_caption"), c("status"), c("edit_version"), c("media_size"),
               self._col("sys", "message_system", "action_type"), c("thumb_image")]
        joins = []
        if self._has("messages_quotes", "_id") and self._has(m, "quoted_row_id"):
            joins.append("LEFT JOIN messages_quotes q ON q._id = m.quoted_row_id")
        for table, alias in (("message_media", "mm"), ("message_system", "sys")):
            if self._has(table, "message_row_id"):
                joins.append(f"LEFT JOIN {table} {alias} ON {alias}.message_row_id = m._id")
        if self._has("messages_vcards", "message_row_id", "vcard") and \
                self._has(m, "media_wa_type"):
            sel.append("CASE WHEN CAST(m.media_wa_type AS INTEGER) = 14 THEN (SELECT"
                       " json_group_array(v.vcard) FROM messages_vcards v"
                       " WHERE v.message_row_id = m._id) END")
        else:
            sel.append("NULL")
        sel.append(self._me_joined() if self._has("message_system", "message_row_id") else "NULL")
        sql = f"SELECT {', '.join(sel)} FROM messages m {' '.join(joins)}"
        with translate("The message database"):
            cur = self.con.execute(sql)
            while batch := cur.fetchmany(2048):
                yield from batch

    def _legacy_rec(self, info: ChatInfo, row: tuple) -> Rec | None:
        (_chat, key, from_me, ts, mtype, data, remote, quoted, path, mime, mname, lat, lon,
         caption, status, edit_version, media_size, action, thumb, vcards, me_joined) = row
        mtype = _int(mtype) or 0
        from_me = from_me == 1
        if mtype == _MISSED_CALL and not from_me:
            # as IPED reads it: media_caption "video" or "audio" says which
            return self._missed_call(info, key, ts, caption == "video")
        if mtype in _CALLS:
            # A call record (status 6 like an event, its duration where an event keeps its
            # type: read as one, a call became "... changed the group name").
            self.skipped["messages of kinds backupgui cannot show (calls, polls, payments...)"] += 1
            return None
        if _int(edit_version) == 7:  # revoked ("deleted for everyone")
            mtype = _DELETED
        system = _int(status) == 6
        if system:
            # Every legacy system row is marked as the phone's own (key_from_me 1), also
            # "X created group" of a group X made (the creator is in the group's id): only
            # remote_resource names who acted; without it the actor is unknown.
            from_me = False
        if system and action is None:
            action = media_size  # old databases kept the event type there
        if system and _int(action) is None:
            self.skipped["system notices of a kind backupgui does not show"] += 1
            return None
        text = data
        if mtype in _MEDIA_KINDS:
            text = caption
            if path is None:
                path = _path_in_java_object(thumb)
        elif mtype == _VCARD and not system:
            vcards = json.dumps([data]) if type(data) is str else None
            text = mname
        elif mtype in (_LOCATION, _LIVE_LOCATION):
            # A live location keeps its caption in media_caption and, when received, the last
            # position as "jid,lat,lon,time" in media_name: that is no place name.
            live = mtype == _LIVE_LOCATION
            return self._rec(info, key, from_me, ts, mtype, None, remote, quoted, None, None,
                             None, lat, lon, caption if live else mname, None, None, None, None,
                             None, (None, None), None)
        return self._rec(info, key, from_me, ts, mtype, text, remote, quoted, path, mime, mname,
                         lat, lon, None, None, _int(action) if system else None, None, vcards,
                         None, (None, None), data if system else None, me_joined == 1)

    def _missed_call(self, info: ChatInfo, key: Any, ts: Any, video: bool) -> Rec | None:
        """A call the owner missed, as WhatsApp's own exports write it ("Missed voice call";
        answered calls are left out, as exports leave them out)."""
        ts = ms_or_none(ts)
        if ts is None:
            self.skipped["messages without a valid date"] += 1
            return None
        if type(key) is not str or not key:
            key = f"~{ts}-0-{_MISSED_CALL}"
        return (key[:128], ts, False, None, "system",
                events.missed_call(video, info.kind == "group"), None, None)

    # the call log (current schema only)
    def _calls(self) -> Iterator[tuple]:
        """(chat, call id, from me, time, video, duration, result, group) of every call in
        ``call_log``, its chat the group's (``group_jid_row_id``) or the person's."""
        if self.schema != "current" or not (
                self._has("call_log", "jid_row_id", "from_me", "timestamp", "call_result")
                and self._has("chat", "_id", "jid_row_id")):
            return
        c = lambda col: self._col("l", "call_log", col)  # noqa: E731
        group = c("group_jid_row_id")
        sql = (f"SELECT ch._id, {c('call_id')}, l.from_me, l.timestamp, {c('video_call')},"
               f" {c('duration')}, l.call_result, {group} > 0 FROM call_log l JOIN chat ch"
               f" ON ch.jid_row_id = CASE WHEN {group} > 0 THEN {group} ELSE l.jid_row_id END")
        with translate("The message database"):
            cur = self.con.execute(sql)
            while batch := cur.fetchmany(2048):
                yield from batch

    def _call_rec(self, info: ChatInfo, row: tuple) -> Rec | None:
        """A call of the call log as the iPhone's are shown: answered with its length, or the
        owner's call nobody answered. A call to the owner that was not answered is the chat's
        own "Missed voice call" message (``_missed_call``), not read again here."""
        _chat, call_id, from_me, ts, video, duration, result, group = row
        ts = ms_or_none(ts)
        if ts is None:
            self.skipped["messages without a valid date"] += 1
            return None
        from_me = from_me == 1
        video = video == 1
        group = group == 1 or info.kind == "group"
        if type(call_id) is not str or not 0 < len(call_id) <= 120:
            call_id = f"~{ts}-{int(from_me)}"
        key = "call:" + call_id
        result = _int(result)  # (a text or real, whatever it spells, is no known result)
        if result == _CALL_CONNECTED and type(duration) is int \
                and 0 < duration <= events.MAX_CALL_SECONDS:
            return key, ts, False, None, "system", events.answered_call(video, group, duration), \
                None, None
        if result == _CALL_NOT_ANSWERED and from_me:
            return key, ts, False, None, "system", events.unanswered_call(video, group), None, None
        if result == _CALL_NOT_ANSWERED:
            return None  # (its message in the chat says "Missed voice call")
        self.skipped["calls with an outcome backupgui does not show"] += 1
        return None

    # reactions (current schema only)
    def _reactions(self) -> Iterator[tuple]:
        if self.schema != "current" or not (
                self._has("message_add_on", "_id", "chat_row_id", "key_id", "parent_message_row_id")
                and self._has("message_add_on_reaction", "message_add_on_row_id", "reaction")):
            return
        join, mapped = self._jid_map_join("a.sender_jid_row_id", "a")
        ts = self._col("r", "message_add_on_reaction", "sender_timestamp")
        ts2 = self._col("a", "message_add_on", "timestamp")
        sender = (f"{self._jid_sql('aj', mapped)}" if self._has("message_add_on", "sender_jid_row_id")
                  else "NULL")
        sql = (f"SELECT a.chat_row_id, a.key_id, {self._col('a', 'message_add_on', 'from_me')},"
               f" {sender}, coalesce({ts}, {ts2}) AS t, r.reaction, p.key_id,"
               f" {self._col('p', 'message', 'text_data')}"
               " FROM message_add_on a"
               " JOIN message_add_on_reaction r ON r.message_add_on_row_id = a._id"
               " LEFT JOIN message p ON p._id = a.parent_message_row_id"
               + (f" LEFT JOIN jid aj ON aj._id = a.sender_jid_row_id{join}"
                  if self._has("message_add_on", "sender_jid_row_id") else ""))
        with translate("The message database"):
            cur = self.con.execute(sql)
            while batch := cur.fetchmany(2048):
                yield from batch

    def _reaction_rec(self, info: ChatInfo, row: tuple) -> Rec | None:
        _chat, key, from_me, sender, ts, emoji, parent, parent_text = row
        ts = ms_or_none(ts)
        if ts is None or type(key) is not str or not key or type(parent) is not str:
            return None
        emoji = name_or_none(emoji)
        if not emoji:
            return None  # a reaction that was taken back
        from_me = from_me == 1
        actor = self.name(jid_or_none(sender) or (None if info.kind == "group" else info.jid),
                          from_me)
        return ("r" + key[:127], ts, False, None, "system",
                events.reaction(actor, emoji[:16], text_or_empty(parent_text)), parent[:128], None)

    # -- one message -----------------------------------------------------------------------
    def _rec(self, info: ChatInfo, key: Any, from_me: bool, ts: Any, mtype: int, text: Any,
             sender: Any, quoted: Any, path: Any, mime: Any, mname: Any, lat: Any, lon: Any,
             place: Any, address: Any, action: int | None, edited: Any, vcards: Any,
             sys_users: Any, numbers: tuple[Any, Any], sys_text: Any,
             me_joined: bool = False) -> Rec | None:
        ts = ms_or_none(ts)
        if ts is None:
            self.skipped["messages without a valid date"] += 1
            return None
        if type(key) is not str or not key:
            key = f"~{ts}-{int(from_me)}-{mtype}"
        elif len(key) > 128:
            key = key[:128]
        sender_jid = None if from_me else (
            jid_or_none(sender) if info.kind == "group" else info.jid)
        quoted = quoted[:128] if type(quoted) is str and quoted else None
        if action is not None:
            # WhatsApp marks its system rows as the phone's own (from_me 1) whoever acted
            # (seen in real databases): the actor is the row's sender when it names one, else
            # who another column names (a group created by "<number>-<time>@g.us" was created
            # by that number, as every real row that names its creator shows), the phone's
            # owner only when a group's row names nobody and is marked as the owner's.
            who = jid_or_none(sender)
            if who is None and action == 11 and info.kind == "group":
                who = _creator_of(info.jid)
            if info.kind == "group":
                actor = self.name(who, from_me and who is None)
            else:
                actor = self.name(who or info.jid)
            users = [self.name(j) for j in _jid_list(sys_users)]
            old, new = jid_or_none(numbers[0]), jid_or_none(numbers[1])
            line = events.android_event(action, actor, users,
                                        text_or_empty(text if sys_text is None else sys_text),
                                        (number_of(old), number_of(new)) if old and new else None,
                                        me_joined, who is not None)
            if line is None:
                self.skipped["system notices of a kind backupgui does not show"] += 1
                return None
            return key, ts, False, None, "system", line, None, None
        if mtype == _DELETED:
            return (key, ts, from_me, sender_jid, "text",
                    events.DELETED_BY_ME if from_me else events.DELETED, None, None)
        if mtype in (_LOCATION, _LIVE_LOCATION):
            la, lo = coordinate(lat, 90.0), coordinate(lon, 180.0)
            if la is None or lo is None:
                body = "live location shared" if mtype == _LIVE_LOCATION else "location"
            else:
                body = location_text(la, lo, name_or_none(place), name_or_none(address),
                                     live=mtype == _LIVE_LOCATION)
            return key, ts, from_me, sender_jid, "text", body, quoted, None
        if mtype in (_VCARD, _VCARDS):
            cards = _vcard_list(vcards)
            label = name_or_none(text) or "contact"
            atts = tuple(Attachment("file", "text/vcard", safe_filename(label) + ".vcf",
                                    data=card.encode("utf-8"))
                         for card in cards)
            if atts:
                return key, ts, from_me, sender_jid, "media", "", quoted, atts
            return key, ts, from_me, sender_jid, "text", label, quoted, None
        body = text_or_empty(text)
        if edited is not None and body:
            body += events.EDITED
        kind = _MEDIA_KINDS.get(mtype)
        if kind is not None:
            p = path if type(path) is str and path else None
            fname = safe_filename(mname) if mtype == 9 else ""
            fname = fname or safe_filename(p) or safe_filename(mname)
            m = mime if type(mime) is str and _MIME.fullmatch(mime) else guess_mime(fname)
            if kind == "audio":
                kind = guess_media_kind(fname or (p or ""), m)
                if kind not in ("voice", "audio"):
                    kind = "audio"
            return (key, ts, from_me, sender_jid, "media", body, quoted,
                    (Attachment(kind, m, fname, p),))
        if not body:
            self.skipped["messages of kinds backupgui cannot show (calls, polls, payments...)"] += 1
            return None
        return key, ts, from_me, sender_jid, "text", body, quoted, None


_OLD_GROUP = re.compile(r"([1-9][0-9]{5,15})-[0-9]{9,11}@g\.us")


def _creator_of(group: str) -> str | None:
    """The creator a group's id names: groups made before about 2020 are
    "<creator's number>-<time>@g.us" (newer ones, "1203...@g.us", name nobody)."""
    m = _OLD_GROUP.fullmatch(group)
    return f"{m.group(1)}@s.whatsapp.net" if m else None


def _int_list(value: Any) -> list[int]:
    """The row ids in a JSON array SQLite made (json_group_array)."""
    if type(value) is not str or len(value) > 1 << 20:
        return []
    try:
        items = json.loads(value)
    except ValueError:
        return []
    return [x for x in items[:256] if type(x) is int] if type(items) is list else []


def _jid_list(value: Any) -> list[str]:
    if type(value) is list:
        return [j for j in value[:256] if type(j) is str and jid_or_none(j)]
    if type(value) is not str or len(value) > 1 << 20:
        return []
    try:
        items = json.loads(value)
    except ValueError:
        return []
    return [j for j in (jid_or_none(x) for x in items[:256]) if j] if type(items) is list else []


def _vcard_list(value: Any) -> list[str]:
    if type(value) is not str:
        return []
    try:
        items = json.loads(value)
    except ValueError:
        return []
    if type(items) is not list:
        return []
    return [x for x in items[:64] if type(x) is str and x.lstrip().upper().startswith("BEGIN:VCARD")]


_JAVA_STRING = re.compile(rb"\x74([\x00-\xff]{2})")


def _path_in_java_object(blob: Any) -> str | None:
    """Old databases keep a media file's path inside a serialized Java object (thumb_image):
    the first Java string that looks like a WhatsApp media path."""
    if type(blob) is str:
        blob = blob.encode("utf-8", "replace")
    if type(blob) is not bytes or b"Media/" not in blob:
        return None
    for i, m in enumerate(_JAVA_STRING.finditer(blob)):
        if i >= 256:
            break
        n = int.from_bytes(m.group(1), "big")
        raw = blob[m.end():m.end() + n]
        if len(raw) == n and b"Media/" in raw:
            return raw.decode("utf-8", "replace")
    return None
