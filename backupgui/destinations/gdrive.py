"""Google Drive destination (Drive v3, hidden appDataFolder by default).

Design (see docs/DRIVE.md):

* Object names are Drive file names, verbatim. Each file carries appProperties: ``bg=1``
  (ours), ``d1..d3`` (its first directory levels, so ``list(prefix)`` can ask Drive for a
  subtree without decrypting anything) and ``bgu`` (the upload job that wrote it, so a resumed
  upload can tell that it already finished).
* ``upload()`` spools to a local file; ``commit()`` journals the job and sends it with a
  resumable upload in chunks. Replacing an object updates the existing file's media in place:
  Drive switches content atomically when the upload completes and there is always exactly one
  file with that name.
* Every call speaks the REST protocol directly over google-auth's AuthorizedHttp with our own
  retry policy: metadata as JSON (the discovery-built client cost ~0.1 s of start-up), uploads
  and downloads as media (the client library's chunk retry re-sends an empty stream slice; see
  the notes). Small objects go in one multipart request, larger ones in resumable chunks
  that are sent from the spool file (``sendfile`` on a plain connection).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import httplib2

from ..errors import (
    AdminPolicyError,
    DestinationError,
    DestinationFullError,
    NotFoundError,
    SignInNeededError,
)
from ..format import names
from ..oswords import OsProblem, os_problem
from ..process.logscrub import scrub
from . import netguard
from .base import Destination, ObjectInfo, StorageInfo, Upload
from .gdrive_http import (  # noqa: F401 - SCOPE re-exported
    DEFAULT_ROOT,
    MAX_ANSWER,
    SCOPE,
    UnusableAnswer,
    build_service,
    make_http,
)
from .gdrive_http import normalize_root as _normalize_root
from .gdrive_journal import Job, Journal
from .gdrive_retry import (
    CONNECTION_HINT,
    Attempts,
    DriveHttpError,
    Pacer,
    RetryPolicy,
    answer_json,
    as_drive_error,
    error_from_response,
)

log = logging.getLogger(__name__)

#: A sign-in whose grant lacks the Drive scope (the person unticked it on Google's consent
#: page): Drive answers every call 403 ``insufficientPermissions``; only a new sign-in helps.
SCOPE_MISSING = ("The Google sign-in does not allow backupgui to use Google Drive: the "
                 "permission for its own data in Google Drive was not ticked.")
SCOPE_HINT = ("Sign in to Google Drive again and, on Google's page, tick the box that lets "
              "backupgui see, create and delete its own data in your Google Drive.")
#: A Google Workspace account whose administrator turned Drive apps off (403 ``domainPolicy``):
#: only the administrator can allow backupgui, so the person is told whom to ask.
ADMIN_REFUSED = ("Google Drive does not let backupgui in: the administrator of this Google "
                 "Workspace account (a work or school account) has turned off Drive apps.")
ADMIN_REFUSED_HINT = ("Ask your Google Workspace administrator to allow backupgui to use Google "
                      "Drive, or sign in with another Google account. Trying again does not "
                      "help until then.")
_REFUSED_HINT = ("Try again later. If Google Drive keeps refusing, sign in again; the log has "
                 "Google's answer.")

ENV_ROOT = "BACKUPGUI_DRIVE_ROOT"
ENV_TOKEN = "BACKUPGUI_DRIVE_TOKEN"
ENV_SPOOL = "BACKUPGUI_DRIVE_SPOOL"
APPDATA = "appDataFolder"
FOLDER_MIME = "application/vnd.google-apps.folder"
OBJECT_MIME = "application/octet-stream"
CHUNK_UNIT = 256 * 1024
CHUNK_FAST_S = 1.0  # a chunk acknowledged this fast: the next may be twice as big
CHUNK_SLOW_S = 4.0  # one this slow: half as big (never below DriveOptions.chunk_size)
_MARK = "bg"
_JOB = "bgu"
_DIR_LEVELS = 3
_PROP_LIMIT = 124  # Drive: key + value of one appProperty, in bytes
# (mimeType: a file of Google's own types is never an object, whatever its name: _ours)
_FILE_FIELDS = "id,name,size,appProperties,modifiedTime,mimeType"
#: Google's own types (Docs Editors files, shortcuts, folders): no content Drive lets anyone
#: download (403 ``fileNotDownloadable``), so never a backup object.
GOOGLE_APPS = "application/vnd.google-apps."
# The answer to a replacing upload carries the checksum its content is verified with
# (SHA-256; Drive's MD5 only where it gives none).
_VERIFY_FIELDS = _FILE_FIELDS + ",sha256Checksum"
# A listing for the snapshot summary cache (``list_checked``) carries each file's checksums.
_CHECKED_FIELDS = _FILE_FIELDS + ",sha256Checksum,md5Checksum"
_CLEAN = "_clean"  # set on an upload's answer when every chunk went through at the first try
#: Pages of one listing: 10 million files at Drive's 1000 a page; a server whose pages never
#: end (a nextPageToken loop) is refused there, a repeated token at once.
_MAX_LIST_PAGES = 10_000


@dataclass
class DriveOptions:
    """Tunables; the defaults suit real Drive, tests shrink chunks and inject sleep/clock."""

    # Resumable chunks: multiples of 256 KiB, "as large as possible" (Google); the bytes go
    # from the spool file to the socket, so a chunk's size costs no memory. Uploads start with
    # ``chunk_size`` and double it after a chunk that took under CHUNK_FAST_S, up to
    # ``chunk_max`` (halving after one over CHUNK_SLOW_S): a fast link sends a 32 MiB pack in
    # one request, a slow one still acknowledges (and shows progress) every few seconds.
    chunk_size: int = 8 << 20
    chunk_max: int = 64 << 20
    # Objects up to this size (index, snapshot, config, a short last pack) go in one
    # multipart request instead of a session start plus a chunk (Google: "5 MB or less").
    multipart_max: int = 5 << 20
    # A new object up to this size also goes in one multipart request once the link has
    # shown it is fast: the learned chunk size (above) has grown to cover the object, i.e.
    # a chunk at least half its size was acknowledged in under CHUNK_FAST_S. A pack then
    # costs one request instead of a session start plus its chunks; one that breaks off is
    # sent again whole, about a second's worth on such a link (docs/DRIVE.md). -1: never.
    one_request_max: int = 64 << 20
    download_chunk: int = 8 << 20
    # File creations: a burst, then a sustained rate per second (0: no pacing); see Pacer.
    # 100 is rclone's default Drive pacer burst: a backup of up to ~3 GiB (about 30 packs a
    # GiB) creates its files without waiting, and a 403/429 rate-limit answer still halves
    # the rate.
    create_burst: int = 100
    create_rate: float = 2.5
    # Each wait for the next byte (and for a connection): a stalled connection must fail,
    # not hang. Whole requests have deadlines (netguard; docs/DRIVE.md "Time limits"):
    # ``deadline_base`` seconds plus their bytes at ``min_rate`` bytes/s (None: netguard's).
    timeout: float = 30.0
    deadline_base: float | None = None
    min_rate: float | None = None
    spool_dir: Path | None = None
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    session_restarts: int = 3  # expired sessions (404) restarted per object

    def __post_init__(self) -> None:
        if self.chunk_size <= 0 or self.chunk_size % CHUNK_UNIT:
            raise ValueError("chunk_size must be a positive multiple of 256 KiB")
        if self.chunk_max < self.chunk_size or self.chunk_max % CHUNK_UNIT:
            raise ValueError("chunk_max must be a multiple of 256 KiB, at least chunk_size")
        if self.download_chunk <= 0:
            raise ValueError("download_chunk must be positive")


@dataclass(frozen=True)
class _Remote:
    id: str
    name: str
    size: int
    modified: str = ""
    props: dict[str, str] = field(default_factory=dict)


def _drive_time(stamp: str) -> float | None:
    """Drive's RFC 3339 ``modifiedTime`` (its own clock) as seconds since the epoch; None
    for anything else (a hostile answer's time only ever keeps a pack longer: FORMAT.md 10.2)."""
    if not 20 <= len(stamp) <= 40 or not stamp.isascii() or not stamp.endswith("Z"):
        return None
    try:
        return datetime.fromisoformat(stamp[:-1] + "+00:00").timestamp()
    except ValueError:
        return None


class _SessionGone(Exception):
    """The resumable session expired or its target vanished: start this object again."""


class _OneRequestRefused(Exception):
    """Drive refused a pack sent in one multipart request (400 or 413: Google documents that
    form for objects of up to 5 MB): nothing was made; send it, and every later one, in
    chunks."""


def default_spool_dir() -> Path:
    env = os.environ.get(ENV_SPOOL)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("backupgui")) / "drive-spool"


def _q_str(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _dir_props(name: str) -> dict[str, str]:
    """``d1``.. ``d3``: the object's first directory levels that fit Drive's property limit."""
    parts = name.split("/")[:-1]
    out: dict[str, str] = {}
    for k in range(1, min(_DIR_LEVELS, len(parts)) + 1):
        value = "/".join(parts[:k])
        if len(f"d{k}".encode()) + len(value.encode()) <= _PROP_LIMIT:
            out[f"d{k}"] = value
    return out


def _prefix_filter(prefix: str) -> tuple[str, str] | None:
    """The deepest ``d<k>`` property every object under ``prefix`` is sure to carry."""
    parts = prefix.split("/")[:-1]  # complete directory components only
    for k in range(min(_DIR_LEVELS, len(parts)), 0, -1):
        value = "/".join(parts[:k])
        if len(f"d{k}".encode()) + len(value.encode()) <= _PROP_LIMIT:
            return f"d{k}", value
    return None


class GoogleDriveDestination(Destination):
    """Backup objects as files in the Drive appDataFolder (or a folder inside it)."""

    stream_chunk = 8 << 20  # restores read packs in 8 MiB ranges, one request each
    listed_check = "sha256"  # (``list_checked``: Drive's checksum of each file)
    #: Two packs upload at once: one connection waits for Drive's answer while the other sends.
    concurrent_uploads = 2

    def __init__(
        self,
        credentials: Any,
        api_root: str = DEFAULT_ROOT,
        folder: str | None = None,
        options: DriveOptions | None = None,
        *,
        resume_pending: bool = True,
        token_from_env: bool = False,
    ) -> None:
        self.options = options or DriveOptions()
        self._token_from_env = token_from_env  # a bare BACKUPGUI_DRIVE_TOKEN, not a sign-in
        self.api_root = _normalize_root(api_root)
        self._credentials = credentials
        # httplib2 connections are not thread-safe: each thread gets its own (two uploads may
        # run at once, see concurrent_uploads); all share the credentials.
        self._local = threading.local()
        self._all_http: list[Any] = []
        self._http_lock = threading.Lock()
        #: ``delete_after_stop``'s thread and the Stop scope of its requests, made when needed.
        self._cleaner: tuple[ThreadPoolExecutor, netguard.Scope] | None = None
        # Stop of the job that opened this destination (or ``interrupt``) ends its requests
        # on every thread at once, its connects, its backoff waits and its pacing waits.
        self._scope = netguard.current_scope() or netguard.Scope()
        policy = self.options.retry
        wait = self._backoff_sleep(policy.sleep)
        self._pacer = Pacer(self.options.create_burst, self.options.create_rate, policy.clock,
                            wait)
        self._retry = replace(policy, on_rate_limit=_both(policy.on_rate_limit, self._pacer.rate_limited),
                              sleep=wait)
        self._cache: dict[str, _Remote] = {}
        # Every file id this open's latest listing or lookup of a name gave (Drive allows
        # one name on several files), what deletes by ``_ids_to_delete`` use; and the name
        # each id was listed under, so that an id listed under two names is never deleted.
        self._ids: dict[str, tuple[str, ...]] = {}
        self._id_name: dict[str, str] = {}
        self._ambiguous: set[str] = set()
        self._ids_lock = threading.Lock()  # (uploads on two threads record their files)
        self._chunk = self.options.chunk_size  # grows on a fast link (_tune_chunk)
        self._one_request_refused = False  # (_OneRequestRefused: chunks from then on)
        about = self._about("user(emailAddress)")
        self.account: str = self._answer_str(about, "asking for the account details", "user",
                                             "emailAddress", default="")
        self.folder = folder
        self.label = f"Google Drive {self.account}" + (f" (folder {folder})" if folder else "")
        self._parent = self._folder_id(folder) if folder else APPDATA
        key = hashlib.sha256(f"{self.api_root}|{self.account}|{folder or ''}".encode()).hexdigest()[:16]
        self.journal = Journal((self.options.spool_dir or default_spool_dir()) / key)
        if resume_pending:
            self.resume_pending()

    def id_token(self) -> str | None:
        """The signed-in account's fresh ID token (for the key vault), if the sign-in has one."""
        from .google_identity import fresh_id_token

        return fresh_id_token(self._credentials, self.options.timeout, scope=self._scope)

    def interrupt(self) -> None:
        self._scope.interrupt()

    def _current_scope(self) -> netguard.Scope:
        """The Stop scope of this thread's requests: the job's, or a clean-up's own
        (``delete_after_stop``)."""
        return getattr(self._local, "scope", None) or self._scope

    def _backoff_sleep(self, sleep: Callable[[float], None]) -> Callable[[float], None]:
        """The retry policy's sleep (backoff and file-creation pacing), ended by Stop (a real
        wait) or followed by a check."""

        def wait(seconds: float) -> None:
            scope = self._current_scope()
            if sleep is time.sleep:
                scope.sleep(seconds)
            else:  # (an injected sleep: tests)
                sleep(seconds)
                scope.check()

        return wait

    def delete_after_stop(self, name: str, seconds: float) -> None:
        """``delete`` on a thread of its own whose requests a Stop of the job does not end
        (that Stop ended the job's: a lock must still go, FORMAT.md 10.3), ended itself after
        ``seconds`` (a dead network: the lock then goes stale). The thread and its connection
        stay for the next one (a lock is released at every backup's end)."""
        with self._http_lock:
            if self._cleaner is None:
                self._cleaner = (ThreadPoolExecutor(1, "backupgui-drive-cleanup"),
                                 netguard.Scope())
            pool, scope = self._cleaner

        def run() -> None:
            self._local.scope = scope  # (this thread's connection is made with it)
            self.delete(name)

        done = pool.submit(run)
        try:
            done.result(timeout=seconds)
        except FutureTimeout:
            scope.interrupt()  # (its requests end; the next clean-up starts afresh)
            with self._http_lock:
                if self._cleaner is not None and self._cleaner[0] is pool:
                    self._cleaner = None
            pool.shutdown(wait=False)
            raise DestinationError("Google Drive answered too slowly.", hint=CONNECTION_HINT) from None

    # ---- calling Drive -------------------------------------------------------------------
    def _thread_http(self) -> Any:
        authed = getattr(self._local, "http", None)
        if authed is None:
            authed = self._local.http = make_http(
                self._credentials, self.options.timeout,
                max(MAX_ANSWER, self.options.download_chunk + (1 << 20)),
                scope=self._current_scope(),
                deadline_base=self.options.deadline_base, min_rate=self.options.min_rate)
            with self._http_lock:
                self._all_http.append(authed)
        return authed

    def _api(self, method: str, path: str, what: str, params: dict[str, Any] | None = None,
             body: dict[str, Any] | None = None) -> dict[str, Any]:
        """One Drive v3 metadata call (``path`` under ``drive/v3/``) with our retries; errors
        mapped to user errors. JSON over the same connections as the uploads: the client
        library's discovery-built service cost a Drive backup ~0.1 s of start-up (importing
        it, api_core's scan of every installed package, building it) for a handful of calls."""
        query = urlencode({k: v for k, v in (params or {}).items() if v is not None}, quote_via=quote)
        url = f"{self.api_root}drive/v3/{path}" + (f"?{query}" if query else "")
        data = None if body is None else json.dumps(body).encode()
        headers = {} if data is None else {"Content-Type": "application/json; charset=UTF-8"}

        def once() -> dict[str, Any]:
            resp, content = self._raw(method, url, headers, data)
            status = int(resp.status)
            if status not in (200, 204):
                raise error_from_response(status, content, resp)
            return _json_object(content) if content else {}

        try:
            return self._retry.call(once, what)
        except Exception as exc:  # noqa: BLE001 - mapped or re-raised
            raise self._map_error(exc, what) from None

    def _map_error(self, exc: BaseException, what: str) -> BaseException:
        """A Drive failure in words for people. ``what`` (the step and the object's internal
        name, "uploading sets/<id>/data/<pack>") and Drive's own reason and text go to the log
        only: they mean nothing to a person and, being English, would stay English inside a
        translated message (the folder's errors do the same)."""
        from google.auth.exceptions import RefreshError

        if isinstance(exc, DestinationError):
            return exc
        err = as_drive_error(exc)
        log.info("Google Drive failed while %s: %s", what,
                    scrub(f"HTTP {err.status} {err.reason}: {err.message}" if err is not None
                          else f"{type(exc).__name__}: {exc}"))
        if isinstance(exc, UnusableAnswer):
            return DestinationError("Google Drive gave an unusable answer.", hint=CONNECTION_HINT)
        if isinstance(exc, netguard.DeadlineExceeded):
            return DestinationError("Google Drive answered too slowly.", hint=CONNECTION_HINT)
        if isinstance(exc, netguard.ProxyUnusable):
            return DestinationError(
                str(exc), hint="Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.")
        if isinstance(exc, RefreshError) or (err is not None and err.status == 401):
            if self._token_from_env:
                return DestinationError(
                    f"Google Drive did not accept the access token in {ENV_TOKEN} "
                    "(it is wrong or has expired).",
                    hint=f"Set {ENV_TOKEN} to a valid access token, or unset it to use the "
                         "sign-in saved by the app.")
            if isinstance(exc, RefreshError):
                return SignInNeededError(
                    "Google Drive did not accept the saved sign-in (it expired or was revoked).",
                    hint="Sign in to Google Drive again.")
            return DestinationError("Google Drive rejected the sign-in.",
                                    hint="Sign in to Google Drive again.")
        if err is None:
            if isinstance(exc, OSError | http.client.HTTPException | httplib2.HttpLib2Error):
                return DestinationError("Google Drive could not be reached.", hint=CONNECTION_HINT)
            return exc
        if err.quota_exceeded:
            return self._full_error()
        if err.admin_refused:
            return AdminPolicyError(ADMIN_REFUSED, hint=ADMIN_REFUSED_HINT)
        if err.scope_missing:
            if self._token_from_env:
                return DestinationError(
                    f"The access token in {ENV_TOKEN} does not allow backupgui to use Google "
                    "Drive (it was granted without the Drive permission).",
                    hint=f"Set {ENV_TOKEN} to a token granted with the drive.appdata scope, or "
                         "unset it to use the sign-in saved by the app.")
            return SignInNeededError(SCOPE_MISSING, hint=SCOPE_HINT)
        if err.status == 404:
            return NotFoundError("A file of this backup is missing from Google Drive.")
        return DestinationError("Google Drive refused the request.", hint=_REFUSED_HINT)

    def _full_error(self, needed: int | None = None) -> DestinationFullError:
        """"Google Drive is full", with how much the refused upload needed and what is free."""
        used = total = None
        try:
            quota = self._about("storageQuota(limit,usage)").get("storageQuota", {})
            used = int(quota["usage"]) if "usage" in quota else None
            total = int(quota["limit"]) if quota.get("limit") else None
        except Exception:  # noqa: BLE001 - the numbers are a courtesy; the error stands
            pass
        hint = "Free up space in Google Drive or buy more storage, then back up again."
        if used is not None and total is not None:
            free = max(0, total - used)
            if needed is not None:
                # translators: %1: size needed, %2: size free, %3: size used, %4: the account's
                # storage (sizes such as 40.0 MB)
                message = (f"Google Drive is full: the next part of this backup needs "
                           f"{_fmt_bytes(needed)} and only {_fmt_bytes(free)} is free "
                           f"({_fmt_bytes(used)} of {_fmt_bytes(total)} used).")
                hint = (f"Free up at least {_fmt_bytes(max(1, needed - free))} in Google Drive "
                        "(more for later backups) or buy more storage, then back up again.")
            else:
                message = f"Google Drive is full ({_fmt_bytes(used)} of {_fmt_bytes(total)} used)."
        elif needed is not None:
            message = (f"Google Drive is full: the next part of this backup needs "
                       f"{_fmt_bytes(needed)} ({_fmt_bytes(used)} used)." if used is not None else
                       f"Google Drive is full: the next part of this backup needs "
                       f"{_fmt_bytes(needed)}.")
        else:
            message = (f"Google Drive is full ({_fmt_bytes(used)} used)." if used is not None
                       else "Google Drive is full.")
        return DestinationFullError(message, hint=hint)

    def _raw(self, method: str, url: str, headers: dict[str, str] | None = None,
             body: Any = None) -> tuple[Any, bytes]:
        resp, content = self._thread_http().request(url, method=method, body=body, headers=headers or {})
        return resp, content

    def _about(self, fields: str) -> dict[str, Any]:
        return self._api("GET", "about", "asking for the account details", {"fields": fields})

    def _folder_id(self, folder: str) -> str:
        q = (f"name = {_q_str(folder)} and mimeType = '{FOLDER_MIME}' and "
             f"'{APPDATA}' in parents and trashed = false")
        found = self._api("GET", "files", f"looking for the folder {folder}", {
            "q": q, "spaces": APPDATA, "fields": "files(id,createdTime)", "orderBy": "createdTime",
            "pageSize": 10}).get("files", [])
        if found:  # oldest wins, so two devices racing converge on one folder
            fid = self._answer_str({"f": found}, f"looking for the folder {folder}", "f", 0, "id")
        else:
            self._pacer.wait()
            made = self._api("POST", "files", f"creating the folder {folder}", {"fields": "id"},
                             {"name": folder, "mimeType": FOLDER_MIME, "parents": [APPDATA]})
            fid = self._answer_str(made, f"creating the folder {folder}", "id")
        if not _drive_id_ok(fid):  # (it goes into every listing's query)
            raise self._map_error(UnusableAnswer("a folder id of another shape"),
                                  f"looking for the folder {folder}")
        return fid

    def _answer_str(self, doc: Any, what: str, *path: str | int, default: str | None = None) -> str:
        """The string at ``path`` in Drive's answer ``doc`` (``default`` where a key is
        absent); an answer of another shape is an unusable answer, not a crash."""
        for step in path:
            if type(doc) is dict and type(step) is str:
                if step not in doc and default is not None:
                    return default
                doc = doc.get(step)
            elif type(doc) is list and type(step) is int and len(doc) > step:
                doc = doc[step]
            else:
                doc = None
        if type(doc) is not str:
            raise self._map_error(UnusableAnswer("an answer of another shape"), what)
        return doc

    def _list_files(self, extra_q: str, what: str,
                    fields: str = _FILE_FIELDS) -> list[dict[str, Any]]:
        q = f"'{self._parent}' in parents and trashed = false and {extra_q}"
        out: list[dict[str, Any]] = []
        token: str | None = None
        seen: set[str] = set()
        for _ in range(_MAX_LIST_PAGES):
            page = self._api("GET", "files", what, {
                "q": q, "spaces": APPDATA, "pageSize": 1000, "pageToken": token,
                "fields": f"nextPageToken,files({fields})"})
            files = page.get("files", [])
            if type(files) is not list or not all(map(_file_entry_ok, files)):
                raise self._map_error(UnusableAnswer("a malformed file list"), what)
            out.extend(f for f in files if self._ours(f, what))
            token = page.get("nextPageToken")
            if not token:
                return out
            if type(token) is not str or token in seen:
                raise self._map_error(UnusableAnswer("a file list that repeats itself"), what)
            seen.add(token)
        raise self._map_error(UnusableAnswer("a file list that does not end"), what)

    @staticmethod
    def _ours(f: dict[str, Any], what: str) -> bool:
        """Whether a listed file can be an object: one with content (a size) of no type of
        Google's own. Such a file under an object's name (only a provider or another program
        with the account's token can make one) would fail every download of that name; it is
        skipped like any foreign file, and left where it is."""
        mime = f.get("mimeType", "")
        if mime.startswith(GOOGLE_APPS):
            log.warning("Google Drive lists %r as %s while %s: not a backup object, skipped",
                        f["name"], mime, what)
            return False
        return "size" in f

    @staticmethod
    def _remote(f: dict[str, Any]) -> _Remote:
        return _Remote(f["id"], f["name"], int(f.get("size", 0)), f.get("modifiedTime", ""),
                       dict(f.get("appProperties") or {}))

    def _find_all(self, name: str) -> list[_Remote]:
        files = self._list_files(f"name = {_q_str(name)}", f"looking up {name}")
        found = sorted((self._remote(f) for f in files if f["name"] == name),
                       key=lambda r: r.modified, reverse=True)
        self._know_ids(name, [r.id for r in found])
        return found

    def _know_ids(self, name: str, ids: list[str]) -> None:
        """Record the file ids Drive just listed for ``name`` (none: forget it). An id seen
        under another name in this open (a file renamed, which backupgui never does, or a
        provider answering so) is marked, and no delete by either name touches it."""
        with self._ids_lock:
            for fid in ids:
                seen = self._id_name.setdefault(fid, name)
                if seen != name:
                    self._ambiguous.add(fid)
            if ids:
                self._ids[name] = tuple(dict.fromkeys(ids))
            else:
                self._ids.pop(name, None)

    def _find(self, name: str, *, fresh: bool = True) -> _Remote | None:
        if not fresh and name in self._cache:
            return self._cache[name]
        found = self._find_all(name)
        if not found:
            self._cache.pop(name, None)
            return None
        self._cache[name] = found[0]  # newest, should a stray duplicate ever exist
        return found[0]

    @staticmethod
    def _validate(name: str) -> None:
        if not name or any(p in ("", ".", "..") for p in name.split("/")) or len(name.encode()) > 1000:
            raise DestinationError(f"Invalid object name {name!r}.")

    # ---- Destination API -----------------------------------------------------------------
    def upload(self, name: str, progress: Callable[[int], None] | None = None) -> Upload:
        self._validate(name)
        return _DriveUpload(self, name, progress)

    def upload_new(self, name: str, progress: Callable[[int], None] | None = None) -> Upload:
        self._validate(name)
        return _DriveUpload(self, name, progress, new=True)

    def put_transient(self, name: str, data: bytes) -> ObjectInfo:
        """A lock: sent like any new small object but never journaled (two fsyncs less in
        a backup's start; a failed one is dropped, never sent at the next open)."""
        self._validate(name)
        return _DriveUpload(self, name, None, new=True, transient=True).send_whole(data)

    def list(self, prefix: str = "") -> list[ObjectInfo]:
        return self._list(prefix, checked=False)

    def list_checked(self, prefix: str = "") -> list[ObjectInfo]:
        """``list`` with Drive's checksum of each file (``sha256Checksum``, else
        ``md5Checksum``); one of another shape counts as none (the object is then read)."""
        return self._list(prefix, checked=True)

    def list_with(self, prefix: str, name: str) -> tuple[list[ObjectInfo], ObjectInfo | None]:
        """One query for both: the objects under ``prefix`` (a folder of the layout) or named
        ``name``, with Drive's checksums (``list_checked``)."""
        self._validate(name)
        flt = _prefix_filter(prefix)
        if flt is None or not prefix.endswith("/"):
            return self.list(prefix), None
        listed = self._list(prefix, checked=True, also=name)
        found = next((o for o in listed if o.name == name), None)
        return [o for o in listed if o.name != name], found

    def _list(self, prefix: str, checked: bool, also: str | None = None) -> list[ObjectInfo]:
        extra = f"appProperties has {{ key='{_MARK}' and value='1' }}"
        flt = _prefix_filter(prefix)
        if flt is not None:
            under = f"appProperties has {{ key='{flt[0]}' and value={_q_str(flt[1])} }}"
            extra += (f" and ({under} or name = {_q_str(also)})" if also is not None
                      else f" and {under}")
        newest: dict[str, _Remote] = {}
        checks: dict[str, str] = {}
        every: dict[str, list[str]] = {}
        for f in self._list_files(extra, "listing the backup",
                                  _CHECKED_FIELDS if checked else _FILE_FIELDS):
            r = self._remote(f)
            if not (r.name.startswith(prefix) or r.name == also):
                continue
            every.setdefault(r.name, []).append(r.id)
            if r.name not in newest or r.modified > newest[r.name].modified:
                newest[r.name] = r
                checks[r.name] = _listed_check(f) if checked else ""
        self._cache.update(newest)
        with self._ids_lock:
            for name in [n for n in self._ids
                         if (n.startswith(prefix) or n == also) and n not in every]:
                del self._ids[name]  # (not listed now: a delete of it looks it up)
        for name, ids in every.items():
            self._know_ids(name, ids)
        return [ObjectInfo(n, r.size, checks[n], mtime=_drive_time(r.modified))
                for n, r in sorted(newest.items())]

    def exists(self, name: str) -> bool:
        return self._find(name) is not None

    def size(self, name: str) -> int:
        r = self._find(name)
        if r is None:
            raise NotFoundError(f"The backup object {name} does not exist.")
        return r.size

    def _located(self, name: str, *, whole: bool) -> _Remote | None:
        """The file to read ``name`` from. A ranged read, or a whole read of an immutable
        object (a pack, index or manifest: ``names.is_immutable_object``, random names never
        reused), takes the id this open's listing, lookup or upload found for the name: one
        request instead of a lookup and a download. A whole read of anything else (a set's
        ``config``, which is replaced) looks the name up afresh: a config write that failed
        is read back by a fresh lookup (SECURITY.md 2.12). An id the provider lists for the
        wrong file gains it nothing: every object is authenticated under its name."""
        return self._find(name, fresh=whole and not names.is_immutable_object(name))

    def read(self, name: str, offset: int = 0, length: int | None = None) -> bytes:
        r = self._located(name, whole=length is None)
        if r is None:
            raise NotFoundError(f"The backup object {name} is missing.")
        end = r.size if length is None else min(r.size, offset + length)
        if offset >= end:
            return b""
        try:
            return self._download(r, offset, end)
        except NotFoundError:
            r = self._find(name)  # the cached id went stale (replaced or deleted elsewhere)
            if r is None:
                raise NotFoundError(f"The backup object {name} is missing.") from None
            end = r.size if length is None else min(r.size, offset + length)
            return self._download(r, offset, end) if offset < end else b""

    def stream(self, name: str, chunk_size: int = 8 << 20) -> Iterator[bytes]:
        r = self._located(name, whole=True)
        if r is None:
            raise NotFoundError(f"The backup object {name} is missing.")
        pos = 0
        looked = False
        while pos < r.size:
            n = min(chunk_size, r.size - pos)
            try:
                piece = self._download(r, pos, pos + n)
            except NotFoundError:
                if pos or looked:  # gone while being read: never continued from another file
                    raise
                # The cached id went stale (deleted elsewhere, or a name made again there):
                # as ``read``, one fresh lookup.
                looked = True
                r = self._find(name)
                if r is None:
                    raise NotFoundError(f"The backup object {name} is missing.") from None
                continue
            yield piece
            pos += n

    def delete(self, name: str) -> None:
        """Delete every file of ``name``. A pack, index or manifest (``names.
        is_immutable_object``) this open listed is deleted by the ids that listing gave, all
        of them (Drive allows a name twice): one request per file, not a lookup by name
        first. Should one answer 404 (deleted meanwhile, or the name made again elsewhere),
        the name is looked up once and what is there now goes too. Anything else (a set's
        ``config``, a name not listed) is looked up first, as every delete was before. An id
        this open saw under two names is never deleted (docs/DRIVE.md 5, "Deletes by the
        listed ids")."""
        self._validate(name)
        # A pending journaled version of this name must not resurrect it on the next open.
        self.journal.drop_superseded(name, keep="")
        with self._ids_lock:
            listed = self._ids.get(name) if names.is_immutable_object(name) else None
        ids = listed if listed is not None else tuple(r.id for r in self._find_all(name))
        if not self._delete_ids(name, ids) and listed is not None:
            self._delete_ids(name, tuple(r.id for r in self._find_all(name)))
        self._cache.pop(name, None)
        with self._ids_lock:
            self._ids.pop(name, None)

    def _delete_ids(self, name: str, ids: tuple[str, ...]) -> bool:
        """Delete the files ``ids`` of ``name``; False if one was gone already (404)."""
        found = True
        for fid in ids:
            with self._ids_lock:
                ambiguous = fid in self._ambiguous
            if ambiguous:
                log.warning("Kept a file listed under two names (%s one of them).", name)
                continue
            try:
                self._api("DELETE", f"files/{quote(fid, safe='')}", f"deleting {name}")
            except NotFoundError:
                found = False
        return found

    def discard_pending(self, name: str) -> None:
        self._validate(name)
        self.journal.drop_superseded(name, keep="")

    def storage(self) -> StorageInfo | None:
        what = "asking for the account details"
        about = self._about("storageQuota(limit,usage)")
        limit = self._answer_str(about, what, "storageQuota", "limit", default="0")
        usage = self._answer_str(about, what, "storageQuota", "usage", default="0")
        if not all(v.isascii() and v.isdigit() and len(v) <= 19 for v in (limit, usage)):
            raise self._map_error(UnusableAnswer("a quota that is no number"), what)
        return StorageInfo(used=int(usage), total=int(limit) or None, account=self.account)

    def close(self) -> None:
        with self._http_lock:
            everything = list(self._all_http)
            cleaner, self._cleaner = self._cleaner, None
        if cleaner is not None:
            cleaner[0].shutdown(wait=False)
        for authed in everything:
            for conn in list(getattr(authed.http, "connections", {}).values()):
                try:
                    conn.close()
                except OSError:
                    pass

    # ---- downloads -----------------------------------------------------------------------
    def _download(self, r: _Remote, start: int, end: int) -> bytes:
        """Bytes [start, end) with Range requests; an interrupted response resumes where it
        broke off (keeping the partial body), a failed request is retried with backoff."""
        url = f"{self.api_root}drive/v3/files/{quote(r.id, safe='')}?alt=media"
        out = bytearray()
        pos = start
        tries: Attempts = self._retry.attempts(f"downloading {r.name}")
        while pos < end:
            last = min(end, pos + self.options.download_chunk) - 1
            try:
                resp, content = self._raw("GET", url, {"Range": f"bytes={pos}-{last}"})
            except http.client.IncompleteRead as exc:
                partial = bytes(exc.partial)[: last - pos + 1]
                out += partial
                pos += len(partial)
                if partial:
                    tries.reset()
                self._retry_or_raise(tries, exc, f"downloading {r.name}")
                continue
            except Exception as exc:  # noqa: BLE001 - classified by Attempts
                self._retry_or_raise(tries, exc, f"downloading {r.name}")
                continue
            status = int(resp.status)
            if status == 416:
                break
            if status == 200:  # the server ignored Range: take our slice of the whole body
                content = content[pos:last + 1]
            elif status != 206:
                self._retry_or_raise(tries, error_from_response(status, content, resp), f"downloading {r.name}")
                continue
            content = content[:last - pos + 1]  # never more than was asked for
            if not content:
                break
            out += content
            pos += len(content)
            tries.reset()
        return bytes(out)

    def _retry_or_raise(self, tries: Attempts, exc: Exception, what: str) -> None:
        try:
            tries.failed(exc)
        except Exception as final:  # noqa: BLE001
            raise self._map_error(final, what) from None

    # ---- uploads -------------------------------------------------------------------------
    def resume_pending(self) -> int:
        """Finish uploads journaled by an earlier run or a failed commit. Returns how many
        completed; failures are logged and left for next time (except a full Drive).

        Once one fails after its retries, Drive is failing now: the rest are not tried (each
        would cost its whole retry budget), and every pending upload of a new object (a pack,
        index, manifest or a new set's config: random names, nothing refers to them until
        the run that made them completes) is dropped, as is the one that failed. The next
        backup packs their contents again; kept, each failed run's packs piled up in the
        spool and each open retried every one of them (SECURITY.md 2.12). A replaced
        ``config`` waits for the next open."""
        self.journal.clean_orphans()
        done = 0
        failing = False
        for job in self.journal.pending():
            fd = self.journal.lock(job.id)
            if fd is None:
                continue  # another process (or upload) is driving it right now
            try:
                if failing:
                    if _of_a_new_object(job):
                        log.warning("Dropped a pending upload of %s: Google Drive is failing.",
                                    job.name)
                        self.journal.remove(job.id)
                    continue
                if not self.journal.spool_intact(job):
                    # The process died before the spool reached the disk (it is not fsynced).
                    log.warning("Dropped a pending upload of %s: its local copy is incomplete.",
                                job.name)
                    self.journal.remove(job.id)
                    continue
                self._run_job(job, None)
                done += 1
            except DestinationFullError:
                log.warning("Dropped a pending upload of %s: Google Drive is full.", job.name)
                self.journal.remove(job.id)
            except DestinationError as exc:
                failing = True
                if _of_a_new_object(job):
                    log.warning("Dropped a pending upload of %s: %s", job.name, exc)
                    self.journal.remove(job.id)
                else:
                    log.warning("A pending upload of %s did not finish yet: %s", job.name, exc)
            finally:
                self.journal.unlock(job.id, fd)
        return done

    def _run_job(self, job: Job, progress: Callable[[int], None] | None, *,
                 new: bool = False, journaled: bool = True) -> ObjectInfo:
        """Drive one journaled job to completion; clears its journal entry on success and on
        errors that retrying later cannot fix. ``new``: no file of this name can exist yet.
        ``journaled``: False for a new job not saved yet (``_upload_job`` saves it)."""
        try:
            f = self._upload_job(job, progress, new=new, journaled=journaled)
        except DestinationFullError:
            self.journal.remove(job.id)
            raise
        except DriveHttpError as exc:
            if exc.status != 401:  # a permanent refusal: retrying on next open is futile
                self.journal.remove(job.id)
            if exc.quota_exceeded:
                raise self._full_error(needed=job.size) from None
            raise self._map_error(exc, f"uploading {job.name}") from None
        except Exception as exc:  # noqa: BLE001 - transient: keep the journal for next time
            raise self._map_error(exc, f"uploading {job.name}") from None
        if not _file_entry_ok({"name": job.name, **f}):  # (kept in the journal: looked up next time)
            raise self._map_error(UnusableAnswer("a malformed upload answer"), f"uploading {job.name}")
        size = int(f.get("size", job.size))
        # A new object sent in one clean pass (every chunk acknowledged exactly, nothing sent
        # twice) needs no hashing: the size proves it arrived. Anything else is compared.
        clean = bool(f.pop(_CLEAN, False)) and new
        if size != job.size or not (clean or self._content_matches(job, f)):
            self.journal.remove(job.id)
            log.warning("Google Drive stored %s damaged (size or checksum differ)", job.name)
            raise DestinationError("Part of this backup arrived damaged at Google Drive.",
                                   hint="Back up again: the damaged part is sent again.")
        self._cache[job.name] = remote = self._remote(f)
        # (a new name's one file; a replaced one's other files are unknown: looked up)
        self._know_ids(job.name, [remote.id] if new else [])
        self.journal.remove(job.id)
        if not new:  # a random name has no older pending versions
            self.journal.drop_superseded(job.name, keep=job.id)
        return ObjectInfo(job.name, size, mtime=_drive_time(remote.modified))

    def _content_matches(self, job: Job, f: dict[str, Any]) -> bool:
        """Whether Drive stored exactly the spooled bytes: its SHA-256 against the spool's
        (hashed while spooling, or now: the spool stays until the job is cleared), or its MD5
        where Drive gives no SHA-256 (documented "if available"; older journal entries)."""
        remote = {k: f[k] for k in ("sha256Checksum", "md5Checksum") if f.get(k)}
        if not remote and f.get("id"):
            remote = self._api("GET", f"files/{quote(f['id'], safe='')}", f"checking {job.name}",
                               {"fields": "sha256Checksum,md5Checksum"})
        if remote.get("sha256Checksum") and not (job.md5 and not job.sha256):
            local = job.sha256 or self.journal.spool_digest(job.id, "sha256")
            return local is None or local == remote["sha256Checksum"]
        if remote.get("md5Checksum"):
            local = job.md5 or self.journal.spool_digest(job.id, "md5")
            return local is None or local == remote["md5Checksum"]
        return True  # nothing to compare with: the size matched

    def _upload_job(self, job: Job, progress: Callable[[int], None] | None, *,
                    new: bool = False, journaled: bool = True) -> dict[str, Any]:
        restarts = 0
        while True:
            offset: int | None = None
            if job.session is not None and not _session_ok(self.api_root, job.session):
                # (a journal of another API root, or changed on disk: a new session here)
                log.warning("The upload of %s had a session elsewhere; starting it again.", job.name)
                job.session = None
            if job.session is None:
                # A random name in its first attempt cannot exist: no lookup. A journaled job
                # (or one whose session expired) may have finished already, so look.
                existing = None if new else self._find(job.name)
                if existing is not None and existing.props.get(_JOB) == job.id:
                    # The previous run finished this upload but died before clearing the journal.
                    return {"id": existing.id, "name": existing.name, "size": str(existing.size),
                            "appProperties": existing.props, "modifiedTime": existing.modified}
                job.file_id = existing.id if existing else None
                if job.size <= self.options.multipart_max or self._one_request(job):
                    if not journaled:
                        self.journal.save(job)
                        journaled = True
                    try:
                        answer = self._multipart(job)
                    except _OneRequestRefused:
                        log.warning("Google Drive refused a pack in one request; sending packs in "
                                    "chunks from now on")
                        self._one_request_refused = True
                    else:
                        if progress and job.size:  # (as the last chunk's answer counts them)
                            progress(job.size)
                        return answer
                try:
                    job.session = self._start_session(job)
                finally:
                    # A new job (a pack) is first journaled here, with its session: one fsync
                    # per pack, not two (docs/DRIVE.md). Also when the start failed: the next
                    # open goes on from the entry.
                    if job.session is not None or not journaled:
                        self.journal.save(job)
                        journaled = True
                offset = 0
            try:
                return self._send(job, offset, progress)
            except _SessionGone:
                restarts += 1
                if restarts > self.options.session_restarts:
                    log.warning("Google Drive kept dropping the upload of %s", job.name)
                    raise DestinationError("Google Drive kept dropping an upload.",
                                           hint=CONNECTION_HINT) from None
                log.info("Upload session for %s expired; starting it again.", job.name)
                new = False
                job.session = None
                self.journal.save(job)

    def _one_request(self, job: Job) -> bool:
        """Whether a new object goes in one request on this link (``one_request_max``)."""
        return (not self._one_request_refused and job.file_id is None
                and job.size <= self.options.one_request_max
                and self._chunk > self.options.chunk_size and job.size <= self._chunk)

    def _multipart(self, job: Job) -> dict[str, Any]:
        """Send a small object whole: metadata and bytes in one ``uploadType=multipart`` request.

        Replacing (``PATCH`` of the known file) is idempotent and simply retried. A creation
        (``POST``) is not: when it fails without an answer Drive may still have made the file,
        so before sending it again the name is looked up, and a file carrying this job's
        ``bgu`` is the finished upload (no duplicate). The answer counts as a clean pass only
        for a creation that went through at its first try."""
        props = {_MARK: "1", _JOB: job.id, **_dir_props(job.name)}
        fields = quote(_VERIFY_FIELDS if job.sha256 else _FILE_FIELDS)
        if job.file_id is None:
            method = "POST"
            url = f"{self.api_root}upload/drive/v3/files?uploadType=multipart&fields={fields}"
            meta: dict[str, Any] = {"name": job.name, "parents": [self._parent], "mimeType": OBJECT_MIME,
                                    "appProperties": props}
        else:
            method = "PATCH"
            url = (f"{self.api_root}upload/drive/v3/files/{quote(job.file_id, safe='')}"
                   f"?uploadType=multipart&fields={fields}")
            meta = {"appProperties": props}
        spool = self.journal.spool_path(job.id)
        streamed = job.size > max(self.options.multipart_max, 0)  # (a pack on a fast link)
        if streamed:
            # Sent from the spool like a chunk (sendfile), never read into memory.
            if spool.stat().st_size != job.size:  # never send other than what was journaled
                raise OSError(f"the upload spool of {job.name} changed size")
            data: bytes | _SpoolRange = _SpoolRange(spool, 0, job.size)
        else:
            data = spool.read_bytes()
            if len(data) != job.size:
                raise OSError(f"the upload spool of {job.name} changed size")
        # 128 random bits: not in the metadata JSON, and in the ciphertext only by a chance
        # of about 2^-128 per position.
        boundary = "bg-" + os.urandom(16).hex()
        # The parts as they are (http.client sends each; a re-send after a token refresh
        # iterates them again), not joined into a second copy of the object.
        parts = (f"--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n".encode(),
                 json.dumps(meta).encode(),
                 f"\r\n--{boundary}\r\nContent-Type: {OBJECT_MIME}\r\n\r\n".encode(),
                 data,
                 f"\r\n--{boundary}--\r\n".encode())
        body: Any = _Parts(parts) if streamed else parts
        headers = {"Content-Type": f'multipart/related; boundary="{boundary}"',
                   "Content-Length": str(sum(map(len, parts)))}
        tries = self._retry.attempts(f"uploading {job.name}")
        first = True
        while True:
            if method == "POST":
                if not first:  # the failed attempt may have created the file after all
                    found = self._find(job.name)
                    if found is not None and found.props.get(_JOB) == job.id:
                        return {"id": found.id, "name": found.name, "size": str(found.size),
                                "appProperties": found.props, "modifiedTime": found.modified}
                self._pacer.wait()  # a new file: Drive limits creations per second
            try:
                sent_at = time.monotonic()
                resp, content = self._raw(method, url, headers, body)
                status = int(resp.status)
                if streamed and status in (400, 413):
                    # Google's guide names this form for objects of up to 5 MB; if Drive ever
                    # enforces that, the pack goes in chunks instead of failing the backup.
                    raise _OneRequestRefused()
                if status not in (200, 201):
                    raise error_from_response(status, content, resp)
                answer = _json_object(content)
            except _OneRequestRefused:
                raise
            except Exception as exc:  # noqa: BLE001 - classified by Attempts
                first = False
                tries.failed(exc)
                continue
            if streamed and time.monotonic() - sent_at > 2 * CHUNK_FAST_S:
                # Slower than the learned chunk size promised: the next objects of this size
                # go in chunks again, which relearn the link's speed.
                self._chunk = max(self.options.chunk_size,
                                  min(self._chunk, job.size // 2) // CHUNK_UNIT * CHUNK_UNIT)
            if method == "POST":
                self._pacer.succeeded()
            answer[_CLEAN] = first
            return answer

    def _tune_chunk(self, length: int, seconds: float) -> None:
        """Learn the chunk size from how long a full chunk took to be acknowledged."""
        opts = self.options
        if length == self._chunk and seconds < CHUNK_FAST_S:
            self._chunk = min(opts.chunk_max, self._chunk * 2)
        elif seconds > CHUNK_SLOW_S:
            self._chunk = max(opts.chunk_size, self._chunk // 2 // CHUNK_UNIT * CHUNK_UNIT)

    def _start_session(self, job: Job) -> str:
        props = {_MARK: "1", _JOB: job.id, **_dir_props(job.name)}
        headers = {"Content-Type": "application/json; charset=UTF-8",
                   "X-Upload-Content-Type": OBJECT_MIME,
                   "X-Upload-Content-Length": str(job.size)}
        fields = _VERIFY_FIELDS if job.sha256 else _FILE_FIELDS
        query = f"uploadType=resumable&fields={quote(fields)}"
        if job.file_id is None:
            method, url = "POST", f"{self.api_root}upload/drive/v3/files?{query}"
            meta: dict[str, Any] = {"name": job.name, "parents": [self._parent], "mimeType": OBJECT_MIME,
                                    "appProperties": props}
            self._pacer.wait()  # a new file: Drive limits creations per second
        else:
            method, url = "PATCH", f"{self.api_root}upload/drive/v3/files/{quote(job.file_id, safe='')}?{query}"
            meta = {"appProperties": props}
        body = json.dumps(meta).encode()

        def start() -> str:
            resp, content = self._raw(method, url, headers, body)
            if int(resp.status) != 200 or "location" not in resp:
                raise error_from_response(int(resp.status), content, resp)
            if not _session_ok(self.api_root, resp["location"]):
                # Every chunk (and the access token) goes to this URL: never another host.
                raise UnusableAnswer("an upload session elsewhere")
            return resp["location"]

        location = self._retry.call(start, f"starting the upload of {job.name}")
        if job.file_id is None:
            self._pacer.succeeded()
        return location

    def _send(self, job: Job, offset: int | None, progress: Callable[[int], None] | None) -> dict[str, Any]:
        """Send the spooled bytes from ``offset`` (None: ask the server first). Returns the file.

        After any failure the next step is a status query (``Content-Range: bytes */N``), so only
        bytes the server has not acknowledged are sent again.
        """
        assert job.session is not None
        tries = self._retry.attempts(f"uploading {job.name}")
        acked = offset or 0
        clean = offset == 0  # a fresh session, sent straight through so far
        spool = self.journal.spool_path(job.id)
        while True:
            asked = offset is None  # a status query (it follows a failure already counted)
            try:
                if offset is None:
                    resp, content = self._raw("PUT", job.session,
                                              {"Content-Range": f"bytes */{job.size}", "Content-Length": "0"})
                elif job.size == 0:
                    resp, content = self._raw("PUT", job.session, {"Content-Length": "0"}, b"")
                else:
                    length = min(self._chunk, job.size - offset)
                    sent_at = time.monotonic()
                    last = offset + length - 1
                    resp, content = self._raw("PUT", job.session, {
                        "Content-Range": f"bytes {offset}-{last}/{job.size}",
                        "Content-Length": str(length),
                        "Content-Type": OBJECT_MIME}, _SpoolRange(spool, offset, length))
                status = int(resp.status)
                if status in (200, 201):
                    # Checked (a JSON object) before the last bytes count as sent: a hostile
                    # answer is retried like any bad answer, and progress never runs ahead.
                    answer = _json_object(content)
                    if progress and job.size > acked:
                        progress(job.size - acked)
                    answer[_CLEAN] = clean and offset is not None
                    return answer
                if status == 404:
                    raise _SessionGone()
                if status != 308:
                    raise error_from_response(status, content, resp)
                expected = None if offset is None or job.size == 0 else last + 1
                offset = _stored_bytes(resp.get("range"), job.size)
                if not asked and offset <= acked:
                    # Bytes sent and nothing more stored (no Range, one that stays or goes
                    # back): a failed attempt, or a server answering so would be sent the
                    # same chunk for ever.
                    raise DriveHttpError(502, "badAnswer", "Google Drive stored nothing of an upload chunk.")
                if offset != expected:
                    clean = False  # the server holds other than what was just sent
                if expected is not None and offset == expected:
                    self._tune_chunk(length, time.monotonic() - sent_at)
                if offset > acked:
                    if progress:
                        progress(offset - acked)
                    acked = offset
                    tries.reset()
            except _SessionGone:
                raise
            except Exception as exc:  # noqa: BLE001 - classified by Attempts
                err = as_drive_error(exc)
                if err is not None and err.status == 404:
                    raise _SessionGone() from None
                clean = False
                tries.failed(exc)
                offset = None  # ask what the server has before sending more


class _SpoolRange:
    """A chunk's body, taken from the spool while it is sent instead of held in memory (two
    uploads in flight would hold 16 MiB). On a plain connection the kernel sends it straight
    from the file (``sendfile``: no copy through Python; the loopback emulator); on TLS it is
    read 1 MiB at a time into one reused buffer. Sendable again, so a request google-auth
    re-sends after refreshing the token sends the same bytes."""

    PIECE = 1 << 20

    def __init__(self, path: Path, offset: int, length: int) -> None:
        self.path, self.offset, self.length = path, offset, length

    def send_to(self, sock: Any) -> None:
        """Write the range to ``sock`` (called by the HTTP layer after the headers)."""
        with open(self.path, "rb") as fh:
            if _sendfile_ok(sock):
                sent = sock.sendfile(fh, self.offset, self.length)
            else:
                fh.seek(self.offset)
                buf = memoryview(bytearray(min(self.PIECE, self.length)))
                sent = 0
                while sent < self.length:
                    n = fh.readinto(buf[:min(len(buf), self.length - sent)])
                    if not n:
                        break
                    sock.sendall(buf[:n])
                    sent += n
        if sent != self.length:  # the spool is shorter than journaled: fail, never send less
            raise OSError(f"the upload spool of {self.path.name} ended early")

    def __iter__(self) -> Iterator[bytes]:
        """The same bytes as pieces, for an HTTP layer that cannot hand over its socket."""
        with open(self.path, "rb") as fh:
            fh.seek(self.offset)
            left = self.length
            while left > 0:
                piece = fh.read(min(self.PIECE, left))
                if not piece:
                    raise OSError(f"the upload spool of {self.path.name} ended early")
                left -= len(piece)
                yield piece

    def __len__(self) -> int:
        return self.length


class _Parts:
    """A multipart body whose media part is a ``_SpoolRange``: the small parts sent as
    they are, the media from the spool (see ``_SpoolRange``); sendable again."""

    def __init__(self, parts: tuple[bytes | _SpoolRange, ...]) -> None:
        self.parts = parts

    def send_to(self, sock: Any) -> None:
        for part in self.parts:
            if isinstance(part, _SpoolRange):
                part.send_to(sock)
            else:
                sock.sendall(part)

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            if isinstance(part, _SpoolRange):
                yield from part
            else:
                yield part

    def __len__(self) -> int:
        return sum(map(len, self.parts))


def _of_a_new_object(job: Job) -> bool:
    """Whether ``job`` uploads a new object (``upload_new``: no content digest is kept for
    it) rather than replacing one (a ``config``: hashed while spooling, or an entry of an
    older version, which kept an MD5 for every job)."""
    return not job.sha256 and not job.md5


def _sendfile_ok(sock: Any) -> bool:
    """``socket.sendfile`` goes through the kernel only for a plain TCP socket (for TLS it
    falls back to reading 8 KiB at a time)."""
    import ssl

    return hasattr(os, "sendfile") and isinstance(sock, socket.socket) and not isinstance(sock, ssl.SSLSocket)


_RANGE_STORED = re.compile(r"bytes=0-([0-9]{1,19})")


def _stored_bytes(rng: str | None, size: int) -> int:
    """How many bytes of a resumable upload Drive says it holds, from a ``308``'s ``Range``
    (``bytes=0-N``; none: nothing yet). A ``Range`` of another shape, or one that claims all
    of the object (Drive then answers with the file, not ``308``) or more, is a bad
    (retryable) answer, never an offset to send from."""
    if rng is None:
        return 0
    m = _RANGE_STORED.fullmatch(rng.strip())
    stored = int(m.group(1)) + 1 if m else -1
    if not 0 < stored < size:
        raise DriveHttpError(502, "badAnswer", "Google Drive answered an upload with a Range "
                             "outside the object.")
    return stored


def _json_object(content: bytes) -> dict[str, Any]:
    """Drive's JSON answer, which must be an object; anything else is a bad (retryable) answer."""
    try:
        answer = answer_json(content)
    except ValueError:  # (not JSON, nested too deeply, or costing too much parsed)
        answer = None
    if not isinstance(answer, dict):
        raise DriveHttpError(502, "badAnswer", "Google Drive answered with other than a JSON object.")
    return answer


def _session_ok(api_root: str, url: object) -> bool:
    """Whether ``url`` can be a resumable session of the Drive at ``api_root``: absolute, on
    its scheme, host and port, under its ``upload/`` path, printable ASCII. Google answers
    ``<root>upload/drive/v3/files?...&upload_id=...``; the client sends every chunk there
    with the access token, so a ``Location`` naming any other place is refused."""
    if type(url) is not str or not url.isascii() or not url.isprintable() or " " in url:
        return False
    root, got = urlsplit(api_root), urlsplit(url)
    return (got.scheme.lower() == root.scheme.lower() and got.netloc.lower() == root.netloc.lower()
            and got.path.startswith(root.path.rstrip("/") + "/upload/") and "/../" not in got.path
            and not got.fragment)


#: A Drive file id: letters, digits, '-' and '_' (Google's ids are about 33-44 of them). Ids
#: go into request paths and listing queries, so nothing else is taken (no '/', '..', quote).
_DRIVE_ID = re.compile(r"[A-Za-z0-9_-]{1,256}")


def _drive_id_ok(value: object) -> bool:
    return type(value) is str and _DRIVE_ID.fullmatch(value) is not None


def _file_entry_ok(f: object) -> bool:
    """One entry of a file list as Drive writes it: the id (Drive's grammar) and name
    strings, the size a decimal string (absent for folders), the time and type strings,
    appProperties an object of strings."""
    if type(f) is not dict or not _drive_id_ok(f.get("id")) or type(f.get("name")) is not str:
        return False
    size, props = f.get("size", "0"), f.get("appProperties", {})
    return (type(size) is str and size.isascii() and size.isdigit() and len(size) <= 19
            and type(f.get("modifiedTime", "")) is str and type(f.get("mimeType", "")) is str and type(props) is dict
            and all(type(v) is str for v in props.values()))


_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
_MD5 = re.compile(r"[0-9a-f]{32}\Z")


def _listed_check(f: dict[str, Any]) -> str:
    """A listed file's ``ObjectInfo.check``: its SHA-256, else its MD5, as Drive gives them
    (lower-case hex); anything else is no checksum."""
    sha, md5 = f.get("sha256Checksum"), f.get("md5Checksum")
    if type(sha) is str and _SHA256.match(sha):
        return "sha256:" + sha
    if type(md5) is str and _MD5.match(md5):
        return "md5:" + md5
    return ""


def _both(first: Callable[[], None] | None, second: Callable[[], None]) -> Callable[[], None]:
    if first is None:
        return second

    def call() -> None:
        first()
        second()

    return call


def _fmt_bytes(n: int) -> str:
    from ..units import format_size  # one convention with the GUI: decimal units

    return format_size(n)


_SPOOL_HINT = ("Uploads to Google Drive are first written to this computer's cache folder: "
               "free some disk space there (or set BACKUPGUI_DRIVE_SPOOL), then try again.")


def _spool_error(exc: OSError, what: str) -> DestinationError:
    """A failure of the local upload cache, without the object's internal name (logged)."""
    log.warning("Google Drive upload cache failed while %s: %s", what, exc.strerror or exc)
    if os_problem(exc) is OsProblem.FULL:
        return DestinationError("The cache folder for Google Drive uploads is full.",
                                hint=_SPOOL_HINT)
    return DestinationError("Could not write to the cache folder for Google Drive uploads.",
                            hint=_SPOOL_HINT)


class _DriveUpload(Upload):
    """Spools writes locally; ``commit`` journals and uploads (see the module docstring)."""

    def __init__(self, dest: GoogleDriveDestination, name: str, progress: Callable[[int], None] | None,
                 *, new: bool = False, transient: bool = False) -> None:
        self._dest = dest
        self._name = name
        self._progress = progress
        self._new = new
        self._transient = transient  # (``put_transient``: never journaled)
        self._id = dest.journal.new_id()
        # Held from the first byte to the end of commit: a spool whose lock nobody holds and
        # that has no journal entry belongs to a dead process and is removed at once.
        self._lock_fd = dest.journal.lock(self._id)
        try:
            self._fh = dest.journal.open_spool(self._id)
        except OSError as exc:
            dest.journal.unlock(self._id, self._lock_fd)
            raise _spool_error(exc, "creating the upload spool file") from None
        # Only a replaceable object is hashed while spooling (see _run_job: a new one is
        # checked only if its transfer was not clean).
        self._sha256 = None if new else hashlib.sha256()
        self._size = 0
        self._state = "open"  # open -> committing -> done | journaled | aborted

    def write(self, data: bytes) -> None:
        if self._state != "open":
            raise DestinationError("This upload to Google Drive is already finished.")
        try:
            self._fh.write(data)
        except OSError as exc:
            self.abort()
            raise _spool_error(exc, f"spooling {self._name}") from None
        if self._sha256 is not None:
            self._sha256.update(data)
        self._size += len(data)

    def commit(self) -> ObjectInfo:
        if self._state != "open":
            raise DestinationError("This upload to Google Drive is already finished.")
        dest = self._dest
        try:
            # No fsync: this process uploads from the page cache now; after a crash the next
            # open checks the spool against the journaled MD5 before sending any of it.
            self._fh.flush()
            self._fh.close()
        except OSError as exc:
            self.abort()
            raise _spool_error(exc, f"spooling {self._name}") from None
        job = Job(self._id, self._name, self._size, "", created=time.time(),
                  sha256=self._sha256.hexdigest() if self._sha256 is not None else "")
        fd, self._lock_fd = self._lock_fd, None
        if not self._new:
            # Journaled before anything is asked of Drive: it supersedes older pending
            # writes of this name. A new object is journaled once its session started
            # (``_upload_job``): before that nothing of it is on Drive, a crash leaves only a
            # spool whose lock died with us (removed on the next open), and commit never returned.
            dest.journal.save(job)
        self._state = "committing"
        try:
            # (a transient object counts as journaled already: nothing saves an entry for it)
            info = dest._run_job(job, self._progress, new=self._new,
                                 journaled=not self._new or self._transient)
        except BaseException:
            # A transient failure keeps the journal entry: the next open finishes the upload.
            self._state = "journaled" if dest.journal.entry_path(job.id).exists() else "aborted"
            if self._transient:
                dest.journal.remove(job.id)  # (its spool: nothing will send it)
            raise
        finally:
            dest.journal.unlock(job.id, fd)
        self._state = "done"
        return info

    def abort(self) -> None:
        if self._state in ("done", "aborted", "journaled"):
            return  # a journaled upload is handed over to the next open, not discarded
        self._state = "aborted"
        try:
            self._fh.close()
        except OSError:
            pass
        self._dest.journal.remove(self._id)
        fd, self._lock_fd = self._lock_fd, None
        self._dest.journal.unlock(self._id, fd)


class NotSignedInError(DestinationError):
    """No Google sign-in is saved in the keyring (the command line's hint depends on whether
    this build can sign in by itself)."""


def open_drive_from_env(folder: str | None = None, *,
                        notice: Callable[[str], None] | None = None) -> GoogleDriveDestination:
    """The Drive destination for ``--dest gdrive``.

    ``BACKUPGUI_DRIVE_ROOT`` overrides the API root (e.g. the emulator's); with
    ``BACKUPGUI_DRIVE_TOKEN`` that access token is used as is (automation/tests), otherwise
    the saved sign-in from the OS keyring. ``notice`` hears what a retry waits for.
    """
    root = os.environ.get(ENV_ROOT) or DEFAULT_ROOT
    token = os.environ.get(ENV_TOKEN)
    options = DriveOptions(retry=RetryPolicy(notice=notice)) if notice else None
    if token:
        from google.oauth2.credentials import Credentials

        return GoogleDriveDestination(Credentials(token=token.strip()), api_root=root,
                                      folder=folder, options=options, token_from_env=True)
    from . import google_auth

    creds = google_auth.load_saved_credentials()
    if creds is None:
        raise NotSignedInError("Not signed in to Google Drive.",
                               hint="Sign in from the app first, or set BACKUPGUI_DRIVE_TOKEN.")
    return GoogleDriveDestination(creds, api_root=root, folder=folder, options=options)
