"""Finding backups: listing without a key, listing what authenticates, resolving ids,
reading manifests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from ..crypto.material import KeyMaterial
from ..destinations.base import Destination
from ..errors import DamagedBackupError, NotFoundError
from ..format.manifest import Manifest, collector_paused
from ..format.names import is_set_id
from ..jobs import CancelToken, Progress, ProgressFn, no_progress
from ..library.model import bounded_name
from .repository import (
    SETS,
    Repo,
    SetListing,
    SnapshotInfo,
    open_current,
    read_config,
    scan_sets,
    snapshot_time,
)
from .rollback import rollback_check
from .types_listing import BackupDetails, BackupInfo, BackupListing, BackupSummary, SetOverview


def _vault_account(config) -> str:
    vault = config.raw.get("vault") if config.key_mode == "vault" else None
    account = vault.get("account") if isinstance(vault, dict) else None
    return account if account in ("google", "device") else ""


def _vault_url(config) -> str:
    """The vault's address; with its other nodes (docs/FORMAT.md 3.4 ``nodes``), all of them
    in one text (``trust.join_addresses``)."""
    from ..vault.trust import join_addresses

    vault = config.raw.get("vault") if config.key_mode == "vault" else None
    url = vault.get("url") if isinstance(vault, dict) else None
    if not (isinstance(url, str) and len(url) <= 2048):
        return ""
    nodes = vault.get("nodes")
    if isinstance(nodes, list) and all(isinstance(u, str) and len(u) <= 2048 for u in nodes):
        return join_addresses([url, *nodes[:7]])
    return url


def _vault_key(config) -> str:
    vault = config.raw.get("vault") if config.key_mode == "vault" else None
    key = vault.get("server_public_key") if isinstance(vault, dict) else None
    return key if isinstance(key, str) and len(key) <= 256 else ""


def list_backups(dest: Destination, listings: list[SetListing] | None = None) -> list[BackupInfo]:
    """Every backup at the destination by its name, newest first; needs no key, so nothing
    here is authenticated (``list_authenticated`` reads the manifests). ``listings``:
    ``scan_sets(dest)``, if the caller made it already."""
    out: list[BackupInfo] = []
    for s in scan_sets(dest) if listings is None else listings:
        account = _vault_account(s.config)
        url = _vault_url(s.config)
        for sid in s.snapshots:
            out.append(BackupInfo(sid, s.config.set_id, snapshot_time(sid), s.config.key_mode,
                                  s.stored_bytes, False, account, url, _vault_key(s.config)))
    out.sort(key=lambda b: b.snapshot_id, reverse=True)
    if out:
        out[0] = replace(out[0], is_latest=True)
    return out


def _info(repo: Repo, m: SnapshotInfo, stored: int, rolled_back: bool | None, latest: bool) -> BackupInfo:
    return BackupInfo(m.snapshot_id, repo.set_id,
                      datetime.fromtimestamp(m.created_ms / 1000, UTC), repo.cfg.key_mode, stored,
                      latest, _vault_account(repo.cfg), _vault_url(repo.cfg),
                      _vault_key(repo.cfg), seq=m.seq,
                      device=bounded_name(m.device),
                      rolled_back=rolled_back, authenticated=True, created_text=m.created)


def list_authenticated(dest: Destination, material: KeyMaterial,
                       library: Path | None = None) -> BackupListing:
    """The backups of the current set that authenticate under the key, newest first, with
    their sequence numbers, devices and whether the destination is behind what this
    computer (``library``) or the key vault knows of; and one warning per object that was
    ignored (a name that does not parse, a manifest that does not authenticate, a set that
    does not open with this key).

    The summaries of manifests this computer authenticated before come from its summary
    cache (docs/SECURITY.md 2.11): only the others are read, and cached."""
    from ..library.store import Library

    lib = None
    if library is not None and (Path(library) / "library.db").exists():
        lib = Library(library, create=False)
    try:
        prefer = ()
        if lib is not None:
            from .rollback import last_set

            prefer = last_set(lib)
        listings = scan_sets(dest)  # (once: the sets, their sizes, the warnings below)
        repo = open_current(dest, material, prefer=prefer, summaries=True, listings=listings)
        check = rollback_check(repo, lib)
    finally:
        if lib is not None:
            lib.close()
    snaps = repo.snapshots()
    stored = next((s.stored_bytes for s in listings if s.config.set_id == repo.set_id), 0)
    head = snaps.newest.snapshot_id if snaps.newest else None
    infos = [_info(repo, i, stored, check.rolled_back, i.snapshot_id == head)
             for i in reversed(snaps.infos)]
    warnings = list(snaps.ignored)
    for s in listings:
        if s.config.set_id != repo.set_id and s.config.set_id not in repo.other_sets:
            warnings.append(f"Backup set {s.config.set_id} does not open with this key or "
                            "password; it is ignored.")
    return BackupListing(tuple(infos), check.rolled_back, check.message(), tuple(warnings))


def resolve(dest: Destination, spec: str,
            listings: list[SetListing] | None = None) -> BackupInfo:
    """The backup named by ``spec``: 'latest', a full id, or a unique prefix of one (by name;
    ``open_snapshot`` authenticates). ``listings``: as for ``list_backups``."""
    backups = list_backups(dest, listings)
    if not backups:
        # A set whose config is damaged is not listed; say so instead of "no backup".
        for o in dest.list(SETS):
            parts = o.name.split("/")
            if len(parts) == 3 and parts[2] == "config" and is_set_id(parts[1]):
                if read_config(dest, parts[1]).set_id != parts[1]:
                    raise DamagedBackupError(f"The settings of backup set {parts[1]} belong to another backup set.")
        raise NotFoundError(f"There is no backup at {dest.label}.")
    if spec in ("latest", ""):
        return backups[0]
    matches = [b for b in backups if b.snapshot_id == spec] or [
        b for b in backups if b.snapshot_id.startswith(spec)]
    if len(matches) != 1:
        raise NotFoundError(f"There is no backup matching {spec!r} at {dest.label}." if not matches
                            else f"There is more than one backup matching {spec!r} at "
                            f"{dest.label}.")
    return matches[0]


def open_snapshot(dest: Destination, material: KeyMaterial, spec: str,
                  prefer: tuple[str, ...] = (), summaries: bool = True,
                  listings: list[SetListing] | None = None) -> tuple[Repo, Manifest]:
    """Unlock the set of a backup and read its manifest, always from the destination and
    authenticated. 'latest' is the newest snapshot that authenticates in the current set
    (docs/FORMAT.md 9), never a name alone. ``NewerFormatError`` if the set holds a
    snapshot a newer backupgui wrote, whichever backup was asked for (the one asked for
    might not be the newest).

    ``summaries``: the other snapshots' summaries (which one is the newest, the rollback
    check) come from this computer's cache where it holds them (docs/SECURITY.md 2.11);
    verify passes False, to read and report every manifest. ``listings``: ``scan_sets(dest)``,
    if the caller made it."""
    # One listing of the sets and one read of each config, for the name and the unlock
    # (they were made twice, a listing of every object of every set each time).
    if listings is None:
        listings = scan_sets(dest)
    if spec in ("latest", ""):
        resolve(dest, spec, listings)  # "no backup here" / a damaged config, said plainly
        repo = open_current(dest, material, prefer=prefer, summaries=summaries,
                            listings=listings)
        head = _head(repo)
        if head is None:
            ignored = repo.snapshots().ignored
            raise DamagedBackupError(
                # translators: %1: the destination (a folder or Google Drive), %2: why the first
                # one was ignored, a lower-case phrase
                f"No backup at {dest.label} authenticates with this key ({ignored[0]})."
                if ignored else f"No backup at {dest.label} authenticates with this key.")
        return repo, head
    info = resolve(dest, spec, listings)
    # The config the listing read unlocks the set: the read the check (set id, then the
    # config authenticated under the key) is made on is the one used, as before; a config
    # replaced since is met by the next run, which reads it and checks it the same way.
    listed = next(s for s in listings if s.config.set_id == info.set_id)
    repo = Repo.open_listed(dest, listed, material, summaries=summaries)
    m = repo.load_manifest(info.snapshot_id)
    repo.snapshots()  # a newer backupgui's snapshot in the set stops here (FORMAT.md 9.5)
    return repo, m


def _head(repo: Repo) -> Manifest | None:
    """The newest snapshot's whole manifest, read and authenticated. Known from the cache
    only by its summary, it might no longer read (damaged at the destination in a way its
    listed check did not show, a Windows file whose times were set back): then its entry is
    dropped and the set is read without the cache, which answers as if there were none."""
    try:
        return repo.snapshots().head
    except (DamagedBackupError, NotFoundError):
        newest = repo.snapshots().newest
        if repo.summaries is None or newest is None:
            raise
        repo.summaries.forget((newest.snapshot_id,))
        repo.summaries.save()
        repo.summaries = None
    return repo.snapshots(refresh=True).head


def describe(dest: Destination, material: KeyMaterial, spec: str = "latest") -> BackupDetails:
    """The manifest summary of a backup (needs the key)."""
    _, m = open_snapshot(dest, material, spec)
    return details(m)


def details(m: Manifest) -> BackupDetails:
    """A backup's summary and its chat list."""
    return BackupDetails(
        m.snapshot_id, m.set_id, m.created, bounded_name(m.device), m.app_version,
        m.include_videos, m.totals.chats, m.totals.messages, m.totals.media_files, m.totals.media_bytes,
        stored_bytes=m.totals.stored_bytes, text_bytes=m.totals.text_bytes, seq=m.seq,
        chat_names=tuple((c.id, c.name, c.message_count) for c in m.chats))


def summary(set_id: str, i: SnapshotInfo) -> BackupSummary:
    """A backup's summary from what ``Repo.snapshots`` keeps of its manifest."""
    t = i.totals
    # A manifest's device name is any text its writer chose (whoever holds K; a settings
    # file): every listing gives it cut as the library cuts a chat's name (SECURITY.md 2.17).
    return BackupSummary(i.snapshot_id, set_id, i.created, bounded_name(i.device), i.app_version,
                         i.include_videos, t.chats, t.messages, t.media_files, t.media_bytes,
                         stored_bytes=t.stored_bytes, text_bytes=t.text_bytes, seq=i.seq,
                         manifest_bytes=i.size)


def describe_set(dest: Destination, material: KeyMaterial,
                 set_id: str) -> tuple[bytes, list[BackupSummary]]:
    """Unlock a set once and summarize every backup in it that authenticates, newest first
    (by sequence number, FORMAT.md 9.2): (K, summaries).

    This is what a restore list shows per backup (its own size, chats and device), which
    cannot be known before the key is entered; ``backup_chats`` reads one backup's chats."""
    o = set_overview(dest, material, set_id)
    return o.key, list(o.backups)


def set_overview(dest: Destination, material: KeyMaterial, set_id: str,
                 library: Path | None = None) -> SetOverview:
    """Unlock a set (one KDF run or vault login), summarize its backups that authenticate,
    newest first, and run the rollback check against this computer's library (if given) and
    the key vault (FORMAT.md 9.3).

    The summaries hold no chat list: opening the set reads each manifest this computer has
    no cached summary of (docs/SECURITY.md 2.11) once, one at a time, and keeps only the
    newest whole (``Repo.snapshots``), so memory is bounded by a manifest or two, whatever
    the number of backups and their size (docs/SECURITY.md 2.3). ``backup_chats`` reads the
    chats of the one backup the user picks."""
    from ..library.store import Library

    repo = Repo.open(dest, material, set_id, summaries=True)
    snaps = repo.snapshots()
    lib = None
    if library is not None and (Path(library) / "library.db").exists():
        lib = Library(library, create=False)
    try:
        check = rollback_check(repo, lib)
    finally:
        if lib is not None:
            lib.close()
    head = snaps.newest
    found = tuple(summary(repo.set_id, i) for i in reversed(snaps.infos))
    return SetOverview(repo.key, found,
                       head.created_ms if head else None, check.rolled_back, check.message(),
                       tuple(snaps.ignored) + tuple(repo.ignored))


def backup_chats(dest: Destination, material: KeyMaterial, set_id: str, snapshot_id: str,
                 progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> BackupDetails:
    """One backup's summary and chat list (the restore wizard, once the user picked it):
    its manifest read again, authenticated and within the format's bound (FORMAT.md 1.2), so
    a hostile one costs at most that and is refused with ``DamagedBackupError``.

    ``progress`` gets the bytes read of the manifest's ``total_bytes`` (0 while unknown: the
    caller may know it from the summary); ``cancel`` stops the read between pieces and the
    parse between bounded steps (a few milliseconds each: ``decode_manifest``'s ``check``)."""
    token = cancel or CancelToken()
    token.checkpoint()
    repo = Repo.open(dest, material, set_id)

    def read(n: int) -> None:
        token.checkpoint()
        progress(Progress("Reading the backup's chat list", n))

    progress(Progress("Reading the backup's chat list"))
    with collector_paused():  # the manifest is dropped inside: nothing left to scan
        m = repo.load_manifest(snapshot_id, on_read=read, check=token.checkpoint)
        token.checkpoint()
        cost = sum(_ENTRY_COST + 2 * (len(c.id) + len(c.name)) for c in m.chats)
        if cost > MAX_CHAT_LIST_BYTES:
            raise DamagedBackupError(
                "This backup lists more chats than backupgui can show at once; it may have "
                "been tampered with. Nothing was changed.")
        token.checkpoint()
        out = details(m)
        token.checkpoint()
        del m  # (freeing its millions of objects takes a while too)
    token.checkpoint()
    return out


# What the wizard's chat list of one backup may hold (``backup_chats``): its tuples and
# strings (the list's rows cost as much again). The manifest's own bound (FORMAT.md 1.2)
# lets a hostile one list over a million chats (~150 bytes of JSON each), a list of
# gigabytes; 128 MiB is ~300,000 chats with names of 100 characters, far past any honest
# backup. Each backup is read on
# its own, so the number of backups no longer counts against it.
MAX_CHAT_LIST_BYTES = 128 * 1024 * 1024
_ENTRY_COST = 208  # a 3-tuple, two str headers, an int
