"""backupgui-cli: the command-line front end over the same engine as the GUI.

Secrets are never taken from argv: a password comes from a prompt, a file or the
environment variable BACKUPGUI_PASSWORD; a 64-digit key from a file or a prompt; a key vault
recovery code from --recovery-code-file, BACKUPGUI_RECOVERY_CODE or a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import logging
import os
import re
import sys
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

from .crypto.keys import KdfParams, format_key, generate_key, key_from_text
from .crypto.material import KeyMaterial, Password, RawKey, VaultPassword, describe_mode
from .errors import BackupError, NotFoundError
from .jobs import Progress
from .process.memory import tune_allocator
from .process.termsafe import bidi_closed, continued, json_text, one_line, visible
from .process.termsafe import install as install_terminal_safe

PASSWORD_ENV = "BACKUPGUI_PASSWORD"
NEW_PASSWORD_ENV = "BACKUPGUI_NEW_PASSWORD"
RECOVERY_CODE_ENV = "BACKUPGUI_RECOVERY_CODE"
WHATSAPP_KEY_ENV = "BACKUPGUI_WHATSAPP_KEY"
log = logging.getLogger("backupgui.cli")


# -- helpers ------------------------------------------------------------------------------
def _library(args: argparse.Namespace) -> Path:
    from .library.store import default_library_dir

    return Path(args.library) if args.library else default_library_dir()


def _known_library(args: argparse.Namespace) -> Path | None:
    """The library, if there is one, to keep a retired key vault record it could not delete
    (``key delete-retired`` finds it there)."""
    path = _library(args)
    return path if (path / "library.db").is_file() else None


def _dest(args: argparse.Namespace, *, create: bool = False):
    """The destination of ``--dest``; ``create`` (backups only) may make the backup folder
    itself, never its parents."""
    from .destinations.factory import GDRIVE, open_destination

    quiet = getattr(args, "quiet", False)
    if args.dest != GDRIVE:
        return open_destination(args.dest, create=create, notice=None if quiet else _notice)
    from .destinations import google_auth
    from .destinations.gdrive import NotSignedInError

    try:
        return open_destination(args.dest, drive_folder=getattr(args, "drive_folder", None),
                                create=create, notice=None if quiet else _notice)
    except google_auth.KeyringUnavailableError as exc:
        # The library's hint offers "sign in for this session only", which only the app can
        # do: say what works from a terminal.
        raise google_auth.KeyringUnavailableError(str(exc), hint=_drive_hint(keyring=False)) from None
    except NotSignedInError as exc:
        raise NotSignedInError(str(exc), hint=_drive_hint(keyring=True)) from None


#: Where a command-line user sees how to make a Google Cloud client and what the token is.
_DRIVE_DOC = "docs/DRIVE.md"


def _drive_hint(*, keyring: bool) -> str:
    """What a person at a terminal can do when ``--dest gdrive`` finds no saved sign-in: the
    command line has no sign-in of its own, it reads the one the app saved in the keyring."""
    from .destinations import google_auth

    try:
        can_sign_in = (google_auth.builtin_client_available()
                       or google_auth.default_client_secret_path().is_file())
    except Exception:  # noqa: BLE001 - a hint must not fail; assume the harder case
        can_sign_in = False
    why = ("The command line uses the Google sign-in that the app saves in this computer's "
           "keyring" + (", and none is saved there" if keyring else "") + ".")
    if not can_sign_in:
        why += " This copy of backupgui has no Google sign-in built in."
    sign_in = ("sign in once in the app (Settings → Google Drive → Sign in…)" if can_sign_in
               else "sign in once in the app with your own Google Cloud client (Settings → "
                    f"Google Drive → \"Use your own Google Cloud client…\"; {_DRIVE_DOC} has "
                    "the steps)")
    todo = (sign_in[0].upper() + sign_in[1:] if keyring else
            "Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, "
            "Windows Credential Manager), then " + sign_in)
    return (f"{why} {todo}, and run this command again. Or use a folder (--dest FOLDER), or "
            f"an access token in BACKUPGUI_DRIVE_TOKEN ({_DRIVE_DOC}).")


def _notice(message: str) -> None:
    """Tell the person at the terminal what a slow step is waiting for."""
    print(message, file=sys.stderr, flush=True)


MAX_SECRET_FILE = 64 * 1024


def _read_secret_file(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_SECRET_FILE + 1)
    except OSError as exc:
        raise BackupError(f"Cannot read {path}: {exc.strerror}.") from None
    if len(raw) > MAX_SECRET_FILE:
        raise BackupError(f"{path} is too large to be a password or key file.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BackupError(f"{path} is not a text file.") from None
    return text.rstrip("\r\n")


def _kdf(args: argparse.Namespace) -> KdfParams:
    d = KdfParams()
    mem = getattr(args, "kdf_memory_mib", None)
    it = getattr(args, "kdf_iterations", None)
    params = KdfParams(memory_kib=int(mem * 1024) if mem else d.memory_kib,
                       iterations=it or d.iterations, lanes=d.lanes)
    try:
        params.check()
    except ValueError:
        raise BackupError(f"--kdf-memory-mib must be {params.lanes * 8 / 1024:g}-1024 and "
                          "--kdf-iterations 1-12 (readers refuse more: docs/FORMAT.md 2.3).") from None
    return params


def _recovery_code(args: argparse.Namespace) -> bytes | None:
    """The key vault recovery code, asked for only when the vault needs it (a folder backup
    on a computer without its device credential): file, environment, or prompt."""
    from .vault.account import parse_recovery_code

    path = getattr(args, "recovery_code_file", None)
    if path:
        return parse_recovery_code(_read_secret_file(path))
    if os.environ.get(RECOVERY_CODE_ENV):
        return parse_recovery_code(os.environ[RECOVERY_CODE_ENV])
    if sys.stdin.isatty():
        text = getpass.getpass("Key vault recovery code (64 digits, shown when the vault was "
                               "set up): ")
        return parse_recovery_code(text) if text.strip() else None
    return None


class _RecoveryCodes:
    """Shows a new key vault recovery code the moment the vault has registered it."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.json = bool(getattr(args, "json", False))
        self.shown: list[str] = []

    def __call__(self, code: bytes) -> None:
        from .device.keystore import KeyStore

        text = format_key(code)
        self.shown.append(text)
        out = sys.stderr if self.json else sys.stdout
        print("The key vault now protects this backup's password attempts with a recovery "
              "code. Write it down and keep it away from this computer: on a new computer you "
              "need it, with your password, to restore.", file=out)
        print(f"Recovery code: {text}", file=out, flush=True)
        if not KeyStore().available():
            print("note: this computer has no usable keyring, so it cannot keep its own vault "
                  "credential; the recovery code is needed for every vault login here.",
                  file=sys.stderr)


def _vault_access(args: argparse.Namespace):
    """How this run proves the vault account: this computer's credential (OS keyring), the
    recovery code when asked for, and a new code for a record made or upgraded now."""
    from .device.keystore import KeyStore
    from .vault.account import VaultAccess, new_secret

    shown = getattr(args, "_recovery_codes", None)
    if shown is None:
        shown = args._recovery_codes = _RecoveryCodes(args)
    return VaultAccess(devices=KeyStore(), recovery_code=lambda: _recovery_code(args),
                       new_recovery_code=new_secret(), on_recovery_code=shown,
                       confirm=lambda url, key: _confirm_vault(args, url, key))


def _confirm_vault(args: argparse.Namespace, url: str, key: str) -> bool:
    """Whether the user named this vault explicitly (``--vault URL`` or ``--trust-vault``):
    only then does an account proof go to a vault this computer does not trust yet (a
    backup's own vault address could have been planted by whoever can write the backup)."""
    from .vault.trust import covers, display_url, fingerprint

    named = getattr(args, "vault", None)
    if not (getattr(args, "trust_vault", False) or (named and covers(named, url))):
        return False
    print(f"Trusting the key vault at {display_url(url)} (identity {fingerprint(key)}) from "
          "now on.",
          file=sys.stderr)
    return True


def _material(args: argparse.Namespace, *, new: bool = False, prefix: str = "") -> KeyMaterial:
    """Key material from --key-file / --password-file / env / prompt (never argv)."""
    key_file = getattr(args, prefix + "key_file", None)
    pw_file = getattr(args, prefix + "password_file", None)
    vault = getattr(args, prefix + "vault", None)
    if key_file:  # the key alone, or a key file saved by the app
        return RawKey(key_from_text(_read_secret_file(key_file)))
    env = NEW_PASSWORD_ENV if prefix == "new_" else PASSWORD_ENV
    if pw_file:
        secret = _read_secret_file(pw_file)
    elif os.environ.get(env):
        secret = os.environ[env]
    elif sys.stdin.isatty():
        label = "New backup password" if prefix == "new_" else "Backup password"
        secret = getpass.getpass(f"{label} (or use --key-file for a 64-digit key): ")
        if new and getpass.getpass("Repeat the password: ") != secret:
            raise BackupError("The two passwords differ.")
    else:
        raise BackupError("No password or key given: use --password-file, --key-file or "
                          f"the environment variable {env}.")
    if vault:
        # A given --vault is used, also for an existing set (the vault moved): the set's
        # pinned server key still has to match.
        return VaultPassword(secret, vault, access=_vault_access(args), override=True)
    return Password(secret, _kdf(args), access=_vault_access(args))


class _ProgressPrinter:
    """Prints progress on stderr when it is a terminal."""

    def __init__(self, quiet: bool) -> None:
        self.on = not quiet and sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, p: Progress) -> None:
        if not self.on:
            return
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        pct = f" {100 * p.done_bytes / p.total_bytes:5.1f}%" if p.total_bytes else ""
        if p.unit != "bytes" and p.total_bytes:
            pct = f" {p.done_bytes} of {p.total_bytes} {p.unit}"
        # Our own control sequences go to the terminal itself; the item's name (from the
        # backup or the export) is made visible text first.
        out = getattr(sys.stderr, "terminal", sys.stderr)
        out.write("\r\x1b[K" + visible(f"{p.phase}{pct} {p.item[:40]}"))
        out.flush()

    def done(self) -> None:
        if self.on:
            getattr(sys.stderr, "terminal", sys.stderr).write("\r\x1b[K")


def _human(n: int | float) -> str:
    from .units import format_size  # one convention with the GUI: decimal units

    return format_size(n)


def _ts(ms: int | None) -> str | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _print_json(obj: object) -> None:
    sys.stdout.write(json_text(obj) + "\n")


# -- commands -----------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from .library.demo import create_demo_library

    s = create_demo_library(_library(args), chats=args.chats, seed=args.seed, media_mb=args.media_mb)
    print(f"Created {s.chats} chats, {s.messages} messages, {s.media_files} media files "
          f"({_human(s.media_bytes)}) in {_library(args)}")
    return 0


def cmd_chats(args: argparse.Namespace) -> int:
    from .library.store import Library

    with Library(_library(args), create=False) as lib:
        chats = lib.list_chats()
    if args.json:
        _print_json([{"id": c.id, "name": c.name, "kind": c.kind, "messages": c.message_count,
                      "media_files": c.media_count, "media_bytes": c.media_bytes,
                      "video_bytes": c.video_bytes, "last_activity": _ts(c.last_ms)} for c in chats])
    else:
        for c in chats:
            print(f"{one_line(c.id)}  {one_line(c.name[:30]):30}  {c.kind:6}  {c.message_count:8} msgs  "
                  f"{_human(c.media_bytes):>9}  {_ts(c.last_ms) or '-'}")
    return 0


def _keep_rule(text: str) -> int:
    from .engine.types import MAX_RULE

    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 <= n <= MAX_RULE:
        raise argparse.ArgumentTypeError(f"give a whole number from 0 to {MAX_RULE}")
    return n


def _retention(args: argparse.Namespace) -> dict:
    """BackupRequest's retention fields from the flags: none, the default policy; ``--keep N``
    alone, exactly the newest N (as always); any ``--keep-<rule>``, exactly the rules given
    (the others 0, the newest ``--keep`` or 1; below 1 is the same error as ``--keep 0``)."""
    from .engine.types import RetentionPolicy

    rules = [getattr(args, f"keep_{r}") for r in ("daily", "weekly", "monthly", "yearly")]
    if all(n is None for n in rules):
        return {} if args.keep is None else {"keep": args.keep}
    return {"retention": RetentionPolicy(1 if args.keep is None else args.keep,
                                         *(n or 0 for n in rules))}


def cmd_backup(args: argparse.Namespace) -> int:
    from .engine import BackupRequest, backup

    chats = None if args.chats in (None, "all") else tuple(c for c in args.chats.split(",") if c)
    material = _material(args, new=True)
    pp = _ProgressPrinter(args.quiet)
    req = BackupRequest(_library(args), _dest(args, create=True), material, chats=chats,
                        include_videos=not args.no_videos, **_retention(args),
                        **({"device_name": args.device} if args.device else {}))
    r = backup(req, pp)
    pp.done()
    _print_warnings(r.warnings)
    if args.json:
        shown = getattr(args, "_recovery_codes", None)
        extra = {"vault_recovery_code": shown.shown[-1]} if shown and shown.shown else {}
        _print_json({**{k: v for k, v in r.__dict__.items()}, **extra})
    else:
        print(f"Backup {r.snapshot_id} complete: {r.chats} chats, {r.messages} messages, "
              f"{r.media_files} media files; {_human(r.uploaded_bytes)} uploaded in {r.duration_s:.1f} s.")
    return 0


def _optional_material(args: argparse.Namespace) -> KeyMaterial | None:
    """Key material if the user gave some (file, environment, or typed at a prompt on a
    terminal, where an empty answer means none); else None."""
    if args.key_file or args.password_file or os.environ.get(PASSWORD_ENV):
        return _material(args)
    if not sys.stdin.isatty():
        return None
    secret = getpass.getpass("Backup password or 64-digit key (Enter to list without opening "
                             "the backups): ")
    if not secret.strip():
        return None
    try:
        return RawKey(key_from_text(secret))
    except BackupError:
        pass
    if args.vault:
        return VaultPassword(secret, args.vault, access=_vault_access(args))
    return Password(secret, access=_vault_access(args))


def _when(created: datetime | None, text: str | None) -> str | None:
    if text:
        return text
    return created.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if created else None


def cmd_list(args: argparse.Namespace) -> int:
    from .engine import list_authenticated, list_backups
    from .engine.snapshots import resolve

    dest = _dest(args)
    material = _optional_material(args)
    rolled_back_msg = None
    if material is None:
        backups = list_backups(dest)
        warnings: tuple[str, ...] = ()
        if not backups:
            try:
                resolve(dest, "latest")  # a set whose config cannot be read: "damaged", exit 5
            except NotFoundError:
                pass
    else:
        listing = list_authenticated(dest, material, _library(args))
        backups, warnings = list(listing.backups), listing.warnings
        rolled_back_msg = listing.rollback_message
    _print_warnings(warnings)
    if args.json:
        # rolled_back: true / false, or "unknown" (no key given, or nothing to compare with:
        # a new computer in password or key mode), as the interface names the three answers.
        _print_json([{"id": b.snapshot_id, "set": b.set_id, "created": _when(b.created, b.created_text),
                      "key_mode": b.key_mode, "set_bytes": b.set_bytes, "latest": b.is_latest,
                      "seq": b.seq, "device": b.device, "rolled_back": "unknown" if b.rolled_back is None else b.rolled_back,
                      "authenticated": b.authenticated}
                     for b in backups])
        return 0
    if not backups:
        print("No backups found.")
        return 0
    newest = backups[0]
    if newest.authenticated:
        when = newest.created.strftime("%d %b %Y %H:%M UTC") if newest.created else "?"
        print(f"Newest backup: {when} from {one_line(newest.device)} (backup number {newest.seq}).")
        if rolled_back_msg:
            print(f"warning: {one_line(rolled_back_msg)}", file=sys.stderr)
        elif newest.rolled_back is None:
            print("Nothing on this computer or in a key vault records this backup set's newest "
                  "backup: check that the date and device above are the newest you made.")
    else:
        print("Backups by name only (not authenticated; give the password or key to see "
              "devices and check them):")
    for b in backups:
        when = b.created.strftime("%Y-%m-%d %H:%M UTC") if b.created else "?"
        extra = f"  #{b.seq} from {one_line(b.device)}" if b.authenticated else ""
        print(f"{b.snapshot_id}  {when}  {describe_mode(b.key_mode):24}{extra}"
              f"{'  (latest)' if b.is_latest else ''}")
    return 0


def _chat_filter(spec: str | None) -> tuple[str, ...] | None:
    return None if spec in (None, "all") else tuple(c for c in spec.split(",") if c)


def cmd_restore(args: argparse.Namespace) -> int:
    from .engine import RestoreRequest, restore

    pp = _ProgressPrinter(args.quiet)
    r = restore(RestoreRequest(_dest(args), _library(args),
                               _material(args), args.backup, _chat_filter(args.chats), args.policy,
                               accept_rollback=args.accept_rollback,
                               check_space=not args.skip_space_check), pp)
    pp.done()
    _print_warnings(r.warnings)
    if args.json:
        _print_json(r.__dict__)
    else:
        print(f"Restored {r.chats} chats from {r.snapshot_id}: {r.messages_added} new messages "
              f"({r.messages_present} already present), {r.media_restored} media files.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from .engine import VerifyRequest, verify

    pp = _ProgressPrinter(args.quiet)
    r = verify(VerifyRequest(_dest(args), _material(args), args.backup), pp)
    pp.done()
    _print_warnings(r.warnings)  # not part of the backup: reported, ignored; the backup is intact
    print(f"Backup {r.snapshot_id} is intact: {r.packs} packs, {r.blobs} blobs, "
          f"{_human(r.bytes_read)} read and authenticated.")
    return 0


def cmd_key_generate(args: argparse.Namespace) -> int:
    print(format_key(generate_key()))
    return 0


def cmd_key_rotate(args: argparse.Namespace) -> int:
    from .engine import BackupRequest, rotate_key

    old = _material(args)
    new = _material(args, new=True, prefix="new_")
    r = rotate_key(BackupRequest(_library(args), _dest(args, create=True), new), old)
    _print_warnings(r.warnings)  # e.g. the old set's key still at its key vault
    print(f"New key in use; fresh backup {r.snapshot_id} complete and the old backup set removed.")
    return 0


def _print_warnings(warnings) -> None:
    """``warning:`` lines; one about a retired set's key still at its vault says how to
    delete it from here (the messages name no command: the app has its own action)."""
    if not warnings:
        return
    from .engine.vaultretire import CLI_HINT, is_retired_record_message

    for w in warnings:
        print(f"warning: {one_line(w)}" + (f" {CLI_HINT}" if is_retired_record_message(w) else ""),
              file=sys.stderr)


def cmd_key_delete_retired(args: argparse.Namespace) -> int:
    """Delete, with the old password, the key vault records of sets a key rotation or a
    change of protection retired that could not be deleted then (the library's list)."""
    from .engine.repository import vault_proofs
    from .engine.vaultretire import delete_retired, pending
    from .library.store import Library

    with Library(_library(args), create=False) as lib:
        waiting = pending(lib)
    if not waiting:
        print("No key vault record of a retired backup set is waiting to be deleted.")
        return 0
    material = _material(args)
    dest = _dest(args) if args.dest else None
    access = vault_proofs(dest, material) if dest is not None else None
    try:
        out = delete_retired(_library(args), material, access)
    finally:
        if dest is not None:
            dest.close()
    for set_id in out.deleted:
        print(f"Deleted the key of the old backup set {set_id} at its key vault.")
    for set_id, exc in out.failed:
        print(f"error: the key of the old backup set {set_id} is still at its key vault: {one_line(str(exc))}",
              file=sys.stderr)
    return out.failed[0][1].exit_code if out.failed else 0


def cmd_change_password(args: argparse.Namespace) -> int:
    from .engine import change_key_protection, export_key

    dest = _dest(args)
    old = _material(args)
    if args.to_key:
        key = export_key(dest, old)
        warnings: list[str] = []
        mode = change_key_protection(dest, old, RawKey(key), library=_known_library(args),
                                     warnings=warnings)
        _print_warnings(warnings)
        print("The backup is now protected by this 64-digit key. Write it down and keep it safe:")
        print(format_key(key))
        return 0
    new = _material(args, new=True, prefix="new_")
    warnings: list[str] = []
    mode = change_key_protection(dest, old, new, library=_known_library(args), warnings=warnings)
    _print_warnings(warnings)  # the old key vault record could not be deleted
    print(f"Done: the backup is now protected by: {describe_mode(mode)}. No data was re-uploaded.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .format.names import is_sha256
    from .library.store import Library

    with Library(_library(args), create=False) as lib:
        chat = lib.chat(args.chat)
        msgs = lib.messages(args.chat)
        # Messages with other versions (an import kept both: SECURITY.md 2.13), marked as the
        # viewer marks them; the whole chat at once, so a derived copy is found on any page.
        versions = lib.versions(args.chat, msgs)
        out_msgs = []
        for m in msgs:
            media = []
            for r in m.media:
                path = lib.media_path(r.sha256) if is_sha256(r.sha256) else None
                sha = None
                if path is not None and path.is_file():
                    h = hashlib.sha256()
                    with open(path, "rb") as fh:
                        while chunk := fh.read(1 << 20):
                            h.update(chunk)
                    sha = h.hexdigest()
                media.append({"kind": r.kind, "filename": r.filename, "mime": r.mime,
                              "size": r.size, "sha256": sha})
            out_msgs.append({"id": m.id, "ts": _ts(m.ts_ms), "ts_ms": m.ts_ms, "sender": m.sender,
                             "kind": m.kind, "text": m.text, "reply_to": m.reply_to, "media": media,
                             **_versions_fields(versions.get(m.id))})
    doc = {"id": chat.id, "name": chat.name, "kind": chat.kind,
           "participants": [{"id": p.person_id, "name": p.name, "me": p.is_me} for p in chat.participants],
           "messages": out_msgs}
    if args.json:
        _print_json(doc)
    else:
        from .library.model import SELF_ACTOR, spell_actors

        # The importers' marks (the owner of a phone backup, an unknown person) in words;
        # --json gives the text as stored.
        names = {p.person_id: "You" if p.name == SELF_ACTOR else p.name
                 for p in chat.participants}
        for m in out_msgs:
            # A person without a name is a deleted Telegram account: said as Telegram does.
            who = (names.get(m["sender"], m["sender"]) or "Deleted Account") if m["sender"] \
                else "*"
            text = spell_actors(m["text"], "You", "Someone") if m["kind"] == "system" \
                else m["text"]
            extra = " ".join(f"[{x['kind']}: {one_line(x['filename'])}]" for x in m["media"])
            # A name on one line, a text's own lines indented: neither can fake a message.
            # Its control characters as escapes in a pipe too (SECURITY.md 2.17): --json
            # gives the exact text. What the text's own bidirectional controls leave open is
            # closed at each of its line ends: it cannot turn its attachments' names around.
            print(f"{m['ts']}  {one_line(who)}: {bidi_closed(continued(visible(text)))} "
                  f"{extra}".rstrip())
            if m["other_versions"]:
                print("    " + _versions_note(m, chat.id))
    return 0


def _origin_fields(origin) -> dict:
    """Where a copy of a message came from, for --json: the kind of run (whatsapp, telegram,
    phone, restore; "" when the library did not record it) and when it ran."""
    return {"kind": origin.kind, "at": _ts(origin.at_ms), "at_ms": origin.at_ms}


def _versions_fields(v) -> dict:
    """A message's --json fields for its other versions (SECURITY.md 2.13): this copy's
    origin (null for a message without other versions: not looked up) and each other
    copy's id, chat, sender, relation ("edited" or "differs") and origin."""
    if v is None or not v.others:
        return {"origin": None, "other_versions": []}
    return {"origin": _origin_fields(v.origin),
            "other_versions": [{"id": o.id, "chat_id": o.chat_id, "sender": o.sender,
                                "relation": o.relation, "origin": _origin_fields(o.origin)}
                               for o in v.others]}


def _origin_words(origin: dict) -> str:
    """Where a copy came from, in the viewer's words (``model.origin_template``), English."""
    from .library.model import origin_template

    return origin_template(origin["kind"]).replace("%1", origin["at"] or "")


def _versions_note(m: dict, chat_id: str) -> str:
    """The versions mark of a message line, in the viewer's words (``model``'s templates, in
    English: the CLI is English), and the other copies' ids: one line, every id escaped (a
    backup made with the key chooses them)."""
    from .library.model import other_chat_template, versions_case, versions_template

    others = m["other_versions"]
    first = others[0]
    there = _origin_words(first["origin"])
    if first["chat_id"] != chat_id:
        there = other_chat_template().replace("%1", there)
    # %1 and %2 in one pass: what is put in is never read as a placeholder
    note = re.sub(r"%([12])", lambda g: (_origin_words(m["origin"]), there)[int(g[1]) - 1],
                  versions_template(versions_case(first["relation"], m["sender"],
                                                  first["sender"])))
    note = "[" + note
    if len(others) > 1:  # (the viewer's plural string, "%Ln more version(s).", in English)
        more = len(others) - 1
        note += f" {more} more version{'s' if more != 1 else ''}."
    return note + " Other version id(s): " + ", ".join(one_line(o["id"]) for o in others) + "]"


def cmd_import(args: argparse.Namespace) -> int:
    from .library.importers import import_export
    from .library.store import Library

    phone = _phone_backup_request(args)
    if phone is not None:
        return _import_phone_backup(args, phone)
    with Library(_library(args)) as lib:
        r = import_export(lib, args.path, args.format)
    print(f"Imported {r.chats} chat(s): {r.messages_added} new messages, "
          f"{r.messages_present} already present, {r.media_added} media files"
          + _differ_note(r) + ".")
    for text in r.warnings:  # e.g. that dates were guessed as month/day
        print(f"warning: {one_line(text)}", file=sys.stderr)
    for where, why in r.skipped[:50]:  # an export's file names: one line each, escaped
        print(f"skipped {one_line(where)}: {one_line(why)}", file=sys.stderr)
    if len(r.skipped) > 50:
        print(f"... and {len(r.skipped) - 50} more skipped", file=sys.stderr)
    return 0


def _differ_note(r) -> str:
    """The import summary's part for messages kept beside a different copy the library held
    under the same id (counted among the new ones; SECURITY.md 2.13)."""
    if not r.messages_differ:
        return ""
    return f"; {r.messages_differ} differ from the library's copy (kept both)"


def _phone_backup_request(args: argparse.Namespace):
    """A ``PhoneBackupRequest`` when PATH is a phone backup (told by content), else None.

    The WhatsApp key comes from --key-file (any of its three forms), BACKUPGUI_WHATSAPP_KEY
    or a prompt; the iPhone backup password from --iphone-backup-password-file or a prompt.
    """
    from .library.importers.whatsapp_db import (
        PhoneBackupFormatError,
        PhoneBackupRequest,
        WhatsAppKeyFormError,
        detect,
        needs_key,
        parse_key_text,
        read_key_file,
    )
    from .library.importers.whatsapp_db.iphone import (
        IPhoneBackupPasswordError,
        is_encrypted_backup,
    )

    path = Path(args.path)
    phone_only = args.key_file or args.media or args.contacts or args.iphone_backup_password_file
    try:
        kind = detect(path)
    except PhoneBackupFormatError:
        if phone_only:
            raise
        return None
    if args.format:
        raise BackupError(f"{path.name} is a WhatsApp phone backup; --format is for exports.")
    key = None
    encrypted = needs_key(path) or (args.contacts is not None and needs_key(Path(args.contacts)))
    if args.key_file:
        key = read_key_file(args.key_file)
    elif encrypted:
        if os.environ.get(WHATSAPP_KEY_ENV):
            key = parse_key_text(os.environ[WHATSAPP_KEY_ENV])
        elif sys.stdin.isatty():
            key = parse_key_text(getpass.getpass("WhatsApp 64-digit key: "))
        else:
            raise WhatsAppKeyFormError(f"{path.name} is encrypted: give its key with --key-file "
                                       f"or the environment variable {WHATSAPP_KEY_ENV}.")
    password = None
    if kind == "iphone" and is_encrypted_backup(path):
        if args.iphone_backup_password_file:
            password = _read_secret_file(args.iphone_backup_password_file)
        elif sys.stdin.isatty():
            password = getpass.getpass("iPhone backup password: ")
        else:
            raise IPhoneBackupPasswordError("This iPhone backup is encrypted: give its password "
                                            "with --iphone-backup-password-file.")
    return PhoneBackupRequest(path, key, Path(args.media) if args.media else None,
                              Path(args.contacts) if args.contacts else None, password)


def _import_phone_backup(args: argparse.Namespace, req) -> int:
    from .library.importers.whatsapp_db import import_phone_backup
    from .library.store import Library

    pp = _ProgressPrinter(False)
    with Library(_library(args)) as lib:
        r = import_phone_backup(lib, req, pp)
    pp.done()
    print(f"Imported {r.chats} chat(s): {r.messages_added} new messages, "
          f"{r.messages_present} already present, {r.media_added} media files"
          + (f", {r.media_missing} not on this computer" if r.media_missing else "")
          + _differ_note(r) + ".")
    for w in r.warnings:
        print(f"note: {one_line(w)}", file=sys.stderr)
    for where, why in r.skipped:
        print(f"skipped {one_line(where)}: {one_line(why)}", file=sys.stderr)
    return 0


def _locked(fn, purpose: str):
    """Run a command while holding the one-backup-at-a-time lock (BusyError -> exit 13)."""

    def run(args: argparse.Namespace) -> int:
        from .automation.runlock import acquire_backup_lock

        with acquire_backup_lock(purpose, program="backupgui-cli"):
            return fn(args)

    return run


# -- parser -------------------------------------------------------------------------------
def _add_key_args(p: argparse.ArgumentParser, *, vault: bool = True) -> None:
    g = p.add_argument_group("key (never on the command line itself)")
    g.add_argument("--key-file", metavar="F", help="file holding the 64-digit key")
    g.add_argument("--password-file", metavar="F",
                   help=f"file holding the password (else ${PASSWORD_ENV} or a prompt)")
    if vault:
        g.add_argument("--vault", metavar="URL[,URL...]",
                       help="protect/recover the key with this key vault (several addresses "
                            "of the same vault, its nodes, separated by commas)")
    g.add_argument("--trust-vault", action="store_true",
                   help="send this computer's proof of the vault account to the key vault the "
                        "backup names even though this computer has not used it before (only "
                        "if it is the vault you chose; see docs/VAULT.md 1.7)")
    g.add_argument("--recovery-code-file", metavar="F",
                   help="file holding the key vault recovery code (else "
                        f"${RECOVERY_CODE_ENV} or a prompt; only asked for when needed)")


def _add_kdf_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kdf-memory-mib", type=float, help="Argon2id memory for a new password (default 256)")
    p.add_argument("--kdf-iterations", type=int, help="Argon2id passes for a new password (default 3)")


def _add_dest(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dest", required=True, help="backup folder, or 'gdrive' for Google Drive")
    p.add_argument("--drive-folder", metavar="NAME", help="folder inside Drive's app data (with --dest gdrive)")


class _VersionAction(argparse.Action):
    """``--version``: argparse's own action, but the version is read only when asked for
    (reading it imports ``importlib.metadata``, which no job needs)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str = "show program's version number and exit") -> None:
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from . import __version__

        sys.stdout.write(f"backupgui {__version__}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="backupgui-cli", description="End-to-end encrypted chat backups.")
    ap.add_argument("--version", action=_VersionAction)
    ap.add_argument("--debug", action="store_true", help="show tracebacks for unexpected errors")
    sub = ap.add_subparsers(dest="command", required=True)

    def lib_arg(p: argparse.ArgumentParser, required: bool = False) -> None:
        p.add_argument("--library", metavar="DIR", required=required, help="chat library directory")

    p = sub.add_parser("demo", help="create a sample chat library")
    lib_arg(p)
    p.add_argument("--chats", type=int, default=12)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--media-mb", type=float, default=40)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("chats", help="list the chats in the library")
    lib_arg(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_chats)

    p = sub.add_parser("backup", help="back up chats to a destination")
    lib_arg(p)
    _add_dest(p)
    p.add_argument("--chats", default="all", help="'all' or comma-separated chat ids")
    p.add_argument("--no-videos", action="store_true", help="leave videos out")
    p.add_argument("--keep", type=int, metavar="N",
                   help="keep the newest N backups; given alone, only those. Default "
                        "(no --keep flag): the newest 3, and the newest of each of the last 7 "
                        "days, 4 weeks and 12 months")
    for rule, unit in (("daily", "days"), ("weekly", "ISO weeks"), ("monthly", "months"),
                       ("yearly", "years")):
        p.add_argument(f"--keep-{rule}", type=_keep_rule, metavar="N",
                       help=f"also keep the newest backup of each of the last N {unit} that "
                            "have one (local time; 0: none)")
    p.add_argument("--device", help="device name recorded in the backup")
    p.add_argument("--json", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true")
    _add_key_args(p)
    _add_kdf_args(p)
    p.set_defaults(func=_locked(cmd_backup, "backup"))

    p = sub.add_parser("list", help="list the backups at a destination (with the key: "
                                    "authenticated, with devices and rollback check)")
    _add_dest(p)
    lib_arg(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true", help="no notes while waiting")
    _add_key_args(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("restore", help="restore chats from a backup into a library")
    _add_dest(p)
    p.add_argument("--backup", default="latest", help="backup id (or a unique prefix) or 'latest'")
    lib_arg(p)
    p.add_argument("--chats", default="all")
    p.add_argument("--policy", choices=["merge", "replace"], default="merge",
                   help="chats already present: merge by message (default) or replace")
    p.add_argument("--accept-rollback", action="store_true",
                   help="restore even if the destination is behind a backup this computer or "
                        "the key vault knows of (its newest backups were removed)")
    p.add_argument("--skip-space-check", action="store_true",
                   help="restore even if the library's disk has less free space than the "
                        "restore's estimate (exit code 17 otherwise)")
    p.add_argument("--json", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true")
    _add_key_args(p)
    p.set_defaults(func=_locked(cmd_restore, "restore"))

    p = sub.add_parser("verify", help="read and authenticate a whole backup")
    _add_dest(p)
    p.add_argument("--backup", default="latest")
    p.add_argument("-q", "--quiet", action="store_true")
    _add_key_args(p)
    p.set_defaults(func=cmd_verify)

    kp = sub.add_parser("key", help="64-digit keys").add_subparsers(dest="key_command", required=True)
    p = kp.add_parser("generate", help="print a new random 64-digit key")
    p.set_defaults(func=cmd_key_generate)
    p = kp.add_parser("rotate", help="new key and a fresh full backup; the old set is removed after")
    lib_arg(p)
    _add_dest(p)
    _add_key_args(p)
    p.add_argument("--new-key-file", metavar="F")
    p.add_argument("--new-password-file", metavar="F")
    p.add_argument("--new-vault", metavar="URL[,URL...]")
    _add_kdf_args(p)
    p.set_defaults(func=_locked(cmd_key_rotate, "backup"))

    p = kp.add_parser("delete-retired", help="delete, with the old password, the key vault "
                      "record of a backup set a key rotation or change of protection retired "
                      "that could not be deleted then")
    lib_arg(p)
    p.add_argument("--dest", help="the backup's destination: needed only for a Google Drive "
                                  "backup's vault record (the Google account proves it)")
    p.add_argument("--drive-folder", metavar="NAME", help=argparse.SUPPRESS)
    _add_key_args(p, vault=False)
    p.set_defaults(func=_locked(cmd_key_delete_retired, "backup"))

    p = sub.add_parser("change-password", help="change the password or switch password/key/vault")
    _add_dest(p)
    lib_arg(p)
    _add_key_args(p)
    p.add_argument("--new-password-file", metavar="F",
                   help=f"file holding the new password (else ${NEW_PASSWORD_ENV} or a prompt)")
    p.add_argument("--new-key-file", metavar="F", help=argparse.SUPPRESS)
    p.add_argument("--new-vault", metavar="URL[,URL...]",
                   help="keep the key with this vault (new password; several addresses of the "
                        "same vault separated by commas)")
    p.add_argument("--to-key", action="store_true", help="switch to the 64-digit key (printed once)")
    _add_kdf_args(p)
    p.set_defaults(func=_locked(cmd_change_password, "backup"))

    p = sub.add_parser("export", help="print a chat's messages (with media SHA-256)")
    lib_arg(p)
    p.add_argument("--chat", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    # No abbreviations: "--key <the key>" must not be taken for --key-file.
    p = sub.add_parser("import", help="import a WhatsApp or Telegram export, or WhatsApp's "
                       "own phone backup", allow_abbrev=False)
    lib_arg(p)
    p.add_argument("path", help="an export, a msgstore.db.crypt15/.crypt14/.crypt12 file or an "
                   "iPhone backup folder (told apart by content)")
    p.add_argument("--format", choices=["whatsapp", "telegram"])
    g = p.add_argument_group("phone backups (the key never on the command line itself)")
    g.add_argument("--key-file", metavar="F", help="the 64-digit key in a text file, "
                   f"encrypted_backup.key, or the 158-byte key file (else ${WHATSAPP_KEY_ENV} "
                   "or a prompt)")
    g.add_argument("--media", metavar="DIR", help="the phone's WhatsApp Media folder, copied")
    g.add_argument("--contacts", metavar="FILE", help="wa.db (or wa.db.crypt15) for names")
    g.add_argument("--iphone-backup-password-file", metavar="F",
                   help="file holding the password of an encrypted iPhone backup")
    p.set_defaults(func=cmd_import)

    # Listed for --help; main() hands its arguments to the emulator's own parser.
    sub.add_parser("drive-emulator", help="run the local Google Drive emulator (see --help)")
    return ap


class Terminated(KeyboardInterrupt):
    """SIGTERM (a logout, a service manager, ``kill``): the command ends as on Ctrl+C."""


def _on_sigterm(signum: int, _frame: object) -> None:
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (a second one ends the process at once)
    raise Terminated


def _terminate_like_ctrl_c() -> object:
    """Make SIGTERM end the command as Ctrl+C does, through every ``finally`` on the way
    out: an operation removes its lock from the backup set (docs/FORMAT.md 10.3) instead of
    holding other computers off for 30 minutes. Returns the previous handler (None: none
    was set, this is not the main thread)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _on_sigterm)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``backupgui-cli``; returns the exit code."""
    from .process.childenv import apply as restore_user_environment

    restore_user_environment()  # children get the user's LD_LIBRARY_PATH, not the bundle's
    from .device.homes import drop_relative_xdg

    drop_relative_xdg()  # a relative XDG_CONFIG_HOME & co. are invalid (the XDG spec)
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["drive-emulator"]:  # its options belong to the emulator's own parser
        from .services.drive_emulator import cli_main

        return cli_main(argv[1:])
    args = build_parser().parse_args(argv)
    install_terminal_safe()  # chat names and texts from outside cannot drive the terminal
    quiet = getattr(args, "quiet", False)
    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from .process.logscrub import install as install_scrubber

    install_scrubber()  # no code, token, state or key in what libraries log
    # The Drive client library logs every refused request; our retries say it in plain words.
    logging.getLogger("googleapiclient").setLevel(logging.ERROR)
    from .process.notices import hide_library_notices

    hide_library_notices()  # e.g. google.api_core's "Python 3.11 support ends in 2027"
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    tune_allocator()
    from .device.homes import app_folders, not_ours, not_ours_text

    other = not_ours(app_folders(_library(args) if hasattr(args, "library") else None))
    if other is not None:  # (made by `sudo backupgui`: never written in, SECURITY.md 2.18)
        text, hint = not_ours_text(other)
        lines = "\n".join(one_line(line) for line in hint.split("\n"))
        print(f"error: {one_line(text)}\n{lines}", file=sys.stderr)
        return 1
    previous = _terminate_like_ctrl_c()
    try:
        return int(args.func(args) or 0)
    except BackupError as exc:
        msg = one_line(str(exc))  # names chats, files, devices: one escaped line
        if exc.hint:
            msg += f"\n{one_line(exc.hint)}"
        print(f"error: {msg}", file=sys.stderr)
        return exc.exit_code
    except Terminated:
        print("\nterminated", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # unexpected: one line unless --debug
        if args.debug:
            raise
        print(f"error: unexpected {type(exc).__name__}; run with --debug for details.", file=sys.stderr)
        return 1
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
