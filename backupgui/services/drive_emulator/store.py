"""Persistent state of the Drive emulator: file metadata in JSON, contents as blob files."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import secrets
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...device.fileperms import private_dir

FOLDER_MIME = "application/vnd.google-apps.folder"
SHORTCUT_MIME = "application/vnd.google-apps.shortcut"
#: Google's own types (Docs Editors files, folders, shortcuts): no content stored in Drive,
#: so, as Drive documents for ``md5Checksum``, ``sha1Checksum`` and ``sha256Checksum``, no
#: checksums, and no download (``alt=media``: 403 ``fileNotDownloadable``).
GOOGLE_APPS = "application/vnd.google-apps."


def has_content(mime: str) -> bool:
    """Whether a file of type ``mime`` has content stored in Drive (bytes to download and
    checksums), as opposed to Google's own types."""
    return not mime.startswith(GOOGLE_APPS)
APPDATA_ID = "appDataFolderRoot0"
ROOT_ID = "myDriveRoot0"
_ALIASES = {"appDataFolder": APPDATA_ID, "root": ROOT_ID}
_UPLOAD_ID = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32)


def now_rfc3339() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def new_id(prefix: str = "1") -> str:
    return prefix + secrets.token_urlsafe(24).replace("-", "A").replace("_", "B")


class Store:
    """All files, upload sessions and OAuth grants. Every method is thread-safe."""

    def __init__(self, data_dir: str | os.PathLike[str], quota: int | None = None,
                 email: str = "user@example.com") -> None:
        self.dir = Path(data_dir)
        self.blobs = self.dir / "blobs"
        self.uploads = self.dir / "uploads"
        private_dir(self.dir)  # 0700: another local user cannot read the emulated Drive
        for d in (self.blobs, self.uploads):
            d.mkdir(exist_ok=True)
        self.lock = threading.RLock()
        self.quota = quota
        self.email = email
        self._state_path = self.dir / "state.json"
        self._log_path = self.dir / "state.log"
        self._log_fd: int | None = None
        self._log_lines = 0
        self.files: dict[str, dict[str, Any]] = {}
        self.sessions: dict[str, dict[str, Any]] = {}
        self.grants: dict[str, dict[str, Any]] = {}  # refresh token -> grant
        if self._state_path.exists():
            st = json.loads(self._state_path.read_text())
            self.files = st.get("files", {})
            self.sessions = st.get("sessions", {})
            self.grants = st.get("grants", {})
        if self._replay_log():
            self.save()  # (a torn last line: a clean log after a new snapshot)

    # ---- persistence ---------------------------------------------------------------------
    #: The state is ``state.json`` (a snapshot) plus ``state.log``: one JSON line per file,
    #: session or grant changed since, with its new value (null: removed). A change appends
    #: one line instead of writing every file's metadata into a new ``state.json``: that
    #: gave each session start and each finished upload a new inode, a rename (which ext4
    #: answers by starting the new file's write-back) and a JSON dump of the whole table,
    #: growing with the number of files, all under the store's lock (docs/PERFORMANCE.md,
    #: issue 24, s16). The log is folded into a new snapshot every ``COMPACT_EVERY`` lines.
    #: A line sets a key to its value at that time, so a log replayed over a snapshot that
    #: already holds it (a crash between the two steps of ``save``) ends at the same state.
    COMPACT_EVERY = 1024
    _TABLES = ("files", "sessions", "grants")

    def save(self) -> None:
        """Write the whole state as a new snapshot and empty the log."""
        with self.lock:
            tmp = self._state_path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"files": self.files, "sessions": self.sessions,
                                       "grants": self.grants}))
            os.replace(tmp, self._state_path)
            if self._log_fd is not None:
                os.ftruncate(self._log_fd, 0)
            elif self._log_path.exists():
                os.truncate(self._log_path, 0)
            self._log_lines = 0

    def _changed(self, table: str, key: str) -> None:
        """Persist one entry of ``table`` as it is now (absent: removed). Under the lock."""
        if self._log_lines >= self.COMPACT_EVERY:
            self.save()
            return
        value = getattr(self, table).get(key)
        line = (json.dumps({"t": table, "k": key, "v": value}) + "\n").encode()
        if self._log_fd is None:
            self._log_fd = os.open(self._log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        view = memoryview(line)
        while view:
            view = view[os.write(self._log_fd, view):]
        self._log_lines += 1

    def _replay_log(self) -> bool:
        """Apply ``state.log`` over the snapshot; True if it ends in a torn or unreadable
        line (a crash while appending), which is dropped with anything after it."""
        try:
            raw = self._log_path.read_bytes()
        except FileNotFoundError:
            return False
        lines = raw.split(b"\n")
        for n, line in enumerate(lines):
            if n == len(lines) - 1:
                return bool(line)  # (text after the last newline: a torn line)
            try:
                entry = json.loads(line)
                table, key, value = entry["t"], entry["k"], entry["v"]
            except (ValueError, KeyError, TypeError):
                return True
            if table not in self._TABLES or not isinstance(key, str) or not isinstance(value, dict | None):
                return True
            if value is None:
                getattr(self, table).pop(key, None)
            else:
                getattr(self, table)[key] = value
            self._log_lines += 1
        return False

    def close(self) -> None:
        """Close the log (the next change opens it again)."""
        with self.lock:
            if self._log_fd is not None:
                os.close(self._log_fd)
                self._log_fd = None

    def blob_path(self, file_id: str) -> Path:
        return self.blobs / file_id

    def session_path(self, upload_id: str) -> Path:
        """The data file of a resumable session that is in the session table; ``KeyError``
        for any other id (an id from a request is looked up before it touches a path)."""
        with self.lock:
            if upload_id not in self.sessions or not _UPLOAD_ID.fullmatch(upload_id):
                raise KeyError("no such upload session")
        return self.uploads / upload_id

    # ---- files ---------------------------------------------------------------------------
    @staticmethod
    def resolve(file_id: str) -> str:
        return _ALIASES.get(file_id, file_id)

    def used(self) -> int:
        with self.lock:
            return sum(int(f.get("size", 0)) for f in self.files.values())

    def space_of(self, parents: list[str]) -> str:
        """Files under the appDataFolder (directly or via folders) live in that space."""
        seen = 0
        todo = list(parents)
        while todo and seen < 64:
            seen += 1
            pid = todo.pop()
            if pid == APPDATA_ID:
                return "appDataFolder"
            parent = self.files.get(pid)
            if parent:
                todo.extend(parent.get("parents", []))
        return "drive"

    def view(self, f: dict[str, Any]) -> dict[str, Any]:
        """The public file resource (Drive's JSON shape, int64 as strings)."""
        out: dict[str, Any] = {
            "kind": "drive#file",
            "id": f["id"],
            "name": f["name"],
            "mimeType": f["mimeType"],
            "parents": list(f.get("parents", [])),
            "trashed": bool(f.get("trashed", False)),
            "createdTime": f["createdTime"],
            "modifiedTime": f["modifiedTime"],
            "spaces": [f.get("space", "drive")],
            "version": str(f.get("version", 1)),
        }
        if f.get("appProperties"):
            out["appProperties"] = dict(f["appProperties"])
        if f.get("properties"):
            out["properties"] = dict(f["properties"])
        if f["mimeType"] not in (FOLDER_MIME, SHORTCUT_MIME):
            # Drive: "size in bytes of blobs and Docs Editors files", none for folders and
            # shortcuts; checksums only for content stored in Drive (``has_content``).
            out["size"] = str(f.get("size", 0))
            if has_content(f["mimeType"]):
                for key in ("md5Checksum", "sha1Checksum", "sha256Checksum"):
                    if f.get(key):  # else computed when a response asks for it (checksum_of)
                        out[key] = f[key]
            out["quotaBytesUsed"] = str(f.get("size", 0))
        return out

    def checksum_of(self, file_id: str, algorithm: str) -> str:
        """The file's md5/sha1/sha256 checksum, computed on first request and kept. Drive has
        them ready; hashing every upload up front would make the emulator, on the same cores
        as the client in a loopback benchmark, spend time real Drive does not cost us."""
        key = f"{algorithm}Checksum"
        with self.lock:
            f = self.files.get(self.resolve(file_id))
            if f is None or not has_content(f["mimeType"]):
                return ""
            if f.get(key):
                return f[key]
            fid, version = f["id"], f.get("version")
        h = hashlib.new(algorithm)
        try:
            with open(self.blob_path(fid), "rb") as fh:
                for piece in iter(lambda: fh.read(1 << 20), b""):
                    h.update(piece)
        except FileNotFoundError:
            return ""
        with self.lock:
            f = self.files.get(fid)
            if f is not None and f.get("version") == version:
                f[key] = h.hexdigest()
        return h.hexdigest()

    def query_view(self, f: dict[str, Any]) -> dict[str, Any]:
        v = self.view(f)
        aliases = list(v["parents"])
        for alias, real in _ALIASES.items():
            if real in aliases:
                aliases.append(alias)
        v["_parent_aliases"] = aliases
        return v

    def get(self, file_id: str) -> dict[str, Any] | None:
        with self.lock:
            f = self.files.get(self.resolve(file_id))
            return copy.deepcopy(f) if f else None

    def special_folder(self, file_id: str) -> dict[str, Any] | None:
        rid = self.resolve(file_id)
        if rid not in (APPDATA_ID, ROOT_ID):
            return None
        return {"id": rid, "name": "appDataFolder" if rid == APPDATA_ID else "My Drive",
                "mimeType": FOLDER_MIME, "parents": [], "createdTime": "2020-01-01T00:00:00.000Z",
                "modifiedTime": "2020-01-01T00:00:00.000Z",
                "space": "appDataFolder" if rid == APPDATA_ID else "drive"}

    def create(self, meta: dict[str, Any], content_path: Path | None, size: int,
               md5: str = "") -> dict[str, Any]:
        """Add a file; ``content_path`` (a temp file) is moved into the blob store."""
        with self.lock:
            fid = new_id()
            parents = [self.resolve(p) for p in (meta.get("parents") or ["root"])]
            ts = now_rfc3339()
            f = {
                "id": fid,
                "name": meta.get("name") or "Untitled",
                "mimeType": meta.get("mimeType") or "application/octet-stream",
                "parents": parents,
                "appProperties": {k: v for k, v in (meta.get("appProperties") or {}).items() if v is not None},
                "properties": {k: v for k, v in (meta.get("properties") or {}).items() if v is not None},
                "createdTime": ts,
                "modifiedTime": ts,
                "trashed": False,
                "version": 1,
                "space": self.space_of(parents),
            }
            if f["mimeType"] != FOLDER_MIME:
                f["size"] = size
                f["md5Checksum"] = md5  # "" until asked for (checksum_of)
                if content_path is not None:
                    os.replace(content_path, self.blob_path(fid))
                else:
                    self.blob_path(fid).write_bytes(b"")
            self.files[fid] = f
            self._changed("files", fid)
            return copy.deepcopy(f)

    def update(self, file_id: str, meta: dict[str, Any], content_path: Path | None = None,
               size: int = 0, md5: str = "", add_parents: str = "", remove_parents: str = "") -> dict[str, Any] | None:
        """Patch metadata (appProperties merge; None deletes a key) and maybe replace content."""
        with self.lock:
            f = self.files.get(self.resolve(file_id))
            if f is None:
                return None
            for key in ("name", "mimeType", "trashed"):
                if key in meta and meta[key] is not None:
                    f[key] = meta[key]
            for key in ("appProperties", "properties"):
                for k, v in (meta.get(key) or {}).items():
                    if v is None:
                        f[key].pop(k, None)
                    else:
                        f[key][k] = v
            if add_parents or remove_parents:
                ps = [p for p in f["parents"] if p not in {self.resolve(x) for x in remove_parents.split(",") if x}]
                ps += [self.resolve(x) for x in add_parents.split(",") if x]
                f["parents"] = ps
                f["space"] = self.space_of(ps)
            if content_path is not None:
                # os.replace makes the new content visible all at once, like a new revision.
                os.replace(content_path, self.blob_path(f["id"]))
                f["size"] = size
                for key in ("md5Checksum", "sha1Checksum", "sha256Checksum"):
                    f.pop(key, None)  # new content: computed again when asked for
                f["md5Checksum"] = md5
            f["modifiedTime"] = now_rfc3339()
            f["version"] = int(f.get("version", 1)) + 1
            self._changed("files", f["id"])
            return copy.deepcopy(f)

    def delete(self, file_id: str) -> bool:
        with self.lock:
            fid = self.resolve(file_id)
            if fid not in self.files:
                return False
            # Deleting a folder deletes its descendants, as Drive does.
            doomed = {fid}
            changed = True
            while changed:
                changed = False
                for other in self.files.values():
                    if other["id"] not in doomed and doomed.intersection(other.get("parents", [])):
                        doomed.add(other["id"])
                        changed = True
            for d in doomed:
                self.files.pop(d, None)
                try:
                    self.blob_path(d).unlink()
                except FileNotFoundError:
                    pass
                self._changed("files", d)
            return True

    def all_views(self) -> list[dict[str, Any]]:
        with self.lock:
            return [self.query_view(f) for f in sorted(self.files.values(), key=lambda f: (f["createdTime"], f["id"]))]

    # ---- resumable sessions --------------------------------------------------------------
    def new_session(self, info: dict[str, Any]) -> str:
        with self.lock:
            uid = secrets.token_urlsafe(32)
            info = dict(info, created=time.time(), done_file=None)
            self.sessions[uid] = info
            self.session_path(uid).write_bytes(b"")
            self._changed("sessions", uid)
            return uid

    def session(self, uid: str) -> dict[str, Any] | None:
        with self.lock:
            s = self.sessions.get(uid)
            return dict(s) if s else None

    def session_received(self, uid: str) -> int:
        try:
            return self.session_path(uid).stat().st_size
        except (KeyError, FileNotFoundError):
            return 0

    def finish_session(self, uid: str, file_id: str) -> None:
        with self.lock:
            s = self.sessions.get(uid)
            if s is not None:
                s["done_file"] = file_id
                self._changed("sessions", uid)

    def drop_session(self, uid: str) -> None:
        """Forget a session and its data; an id not in the session table touches nothing."""
        with self.lock:
            try:
                path = self.session_path(uid)
            except KeyError:
                return
            self.sessions.pop(uid, None)
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            self._changed("sessions", uid)
