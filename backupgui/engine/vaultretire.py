"""Deleting the key vault record of a set that a key rotation or a change of protection
retired (docs/VAULT.md 1.4 "When the client deletes records", docs/FORMAT.md 10.1).

A vault-mode set's K stays at its vault until the record is deleted with a verified login
(``purpose=delete``), and anyone who kept a copy of the set could open it there with the old
password. The delete needs that password, which is never stored: it is used while the user's
rotation or change runs. Before the attempt the record is kept in the library as pending (the
binding only, as the set's config held it; for a rotation taken from the library's own record
of it, never from the destination) and dropped once the vault confirms. One that stays is
said once: at once when the delete failed, or by the next backup when the process was killed
(``untold``); ``delete_retired`` deletes it later with the old password (the app's *Delete
the old key…*, ``backupgui-cli key delete-retired``). The messages name no command: the app
shows them with its own action, the CLI adds its own line (``CLI_HINT``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from ..crypto.material import KeyMaterial, Password, VaultPassword
from ..errors import KEY_DIGITS, BackupError, CancelledError, VaultError
from ..format.config import SetConfig
from ..library.store import Library

log = logging.getLogger(__name__)

#: Library meta key: the records still to delete, ``[{"set": id, "vault": binding}, ...]``.
PENDING = "retired_vault_records"


@dataclass(frozen=True)
class RetiredRecord:
    """A retired set's vault record whose deletion is not confirmed yet."""

    set_id: str
    vault: dict  # the binding as the set's config held it (``VaultBinding.to_dict``)
    told: bool = False  # the user was warned that it is still at the vault

    @property
    def host(self) -> str:
        import urllib.parse

        url = str(self.vault.get("url", ""))
        return urllib.parse.urlsplit(url).netloc or url


@dataclass(frozen=True)
class RetireOutcome:
    """What ``delete_retired`` did: the sets whose records are gone now, and the ones still
    at their vault with the reason (a core message)."""

    deleted: tuple[str, ...]
    failed: tuple[tuple[str, BackupError], ...]
    already_gone: tuple[str, ...] = ()  # of ``deleted``: the vault no longer kept them


def vault_record(cfg: SetConfig, material: KeyMaterial | None = None) -> dict | None:
    """The binding of a vault-mode set (at the address the user gave, if they gave one);
    None for password and key sets."""
    if cfg.key_mode != "vault":
        return None
    from ..format.config import vault_binding

    return vault_binding(cfg, material).to_dict()


def pending(lib: Library) -> list[RetiredRecord]:
    """The records the library still has to delete (a damaged entry is dropped, logged)."""
    value = lib.get_meta(PENDING)
    if not value:
        return []
    # (only now: the vault client brings OPAQUE and libsodium, ~0.065 CPU s of every backup's
    # start when nothing is pending)
    from ..vault.client import VaultBinding

    try:
        entries = json.loads(value)
        if not isinstance(entries, list):
            raise ValueError("not a list")
    except (ValueError, RecursionError):
        log.warning("the library's list of retired key vault records is damaged; ignored")
        return []
    out: list[RetiredRecord] = []
    for e in entries:
        try:
            VaultBinding.from_dict(e["vault"])
            out.append(RetiredRecord(str(e["set"]), dict(e["vault"]), e.get("told") is True))
        except (KeyError, TypeError, ValueError, VaultError):
            log.warning("a damaged entry of the retired key vault records was ignored")
    return out


def _save(lib: Library, records: list[RetiredRecord]) -> None:
    lib.put_meta(PENDING, json.dumps([{"set": r.set_id, "vault": r.vault, "told": r.told}
                                      for r in records]) if records else "")


def add_pending(lib: Library, set_id: str, vault: dict) -> None:
    """Remember that ``set_id``'s record at its vault is to be deleted (once per set)."""
    if any(r.set_id == set_id for r in pending(lib)):
        return
    _save(lib, [*pending(lib), RetiredRecord(set_id, vault)])


def drop_pending(lib: Library, set_id: str) -> None:
    _save(lib, [r for r in pending(lib) if r.set_id != set_id])


def untold(lib: Library) -> list[str]:
    """A warning for each pending record the user was not told of yet (a rotation or change
    killed before its delete); ``mark_told`` once the warnings reached the result."""
    return [retired_record_message(r.set_id, r.host, interrupted=True)
            for r in pending(lib) if not r.told]


def mark_told(lib: Library) -> None:
    """Every pending record has been said: later backups do not repeat it."""
    records = pending(lib)
    if any(not r.told for r in records):
        _save(lib, [RetiredRecord(r.set_id, r.vault, True) for r in records])


def password_of(material: KeyMaterial | None) -> Password | VaultPassword | None:
    """The material a vault login can use (a 64-digit key opens no vault record)."""
    return material if isinstance(material, (Password, VaultPassword)) else None


def delete_record(record: RetiredRecord, material: Password | VaultPassword, access) -> bool:
    """Delete one retired record with the old password; True when this call deleted it,
    False when the vault no longer kept it (deleted, destroyed: what was wanted).
    ``BackupError`` (wrong password, vault unreachable or refusing ...) otherwise."""
    from ..vault.client import VaultBinding, vault_delete

    binding = VaultBinding.from_dict(record.vault)
    own = getattr(material, "access", None)
    if own is not None and access is not None:
        access = own.merged(access)
    return vault_delete(binding, material.secret, access or own, gone_ok=True)


def retired_record_message(set_id: str, host: str, reason: str = "",
                           interrupted: bool = False) -> str:
    """The warning for a record left at its vault: ``reason`` is why the delete failed (a
    core message, translated as a value); without one, either the rotation was
    ``interrupted`` or no password was at hand (one sentence per case, translated)."""
    if reason:
        # translators: %1: the key vault's address, %2: the backup set's id, %3: the key vault's
        # error, a whole sentence of its own (it ends with its full stop)
        return (f"The key vault {host} still keeps the key of the old backup set {set_id}, "
                f"which could not be deleted ({reason}) Whoever kept a copy of that set can "
                "still open it there with the old password.")
    if interrupted:
        return (f"The key vault {host} still keeps the key of the old backup set {set_id}: "
                "the new key or new protection that retired it was interrupted before the key "
                "was deleted. "
                "Whoever kept a copy of that set can still open it there with the old "
                "password.")
    return (f"The key vault {host} still keeps the key of the old backup set {set_id}: no "
            "password was given to delete it. Whoever kept a copy of that set can still open "
            "it there with the old password.")


#: What the CLI adds after a warning of ``retired_record_message`` (not translated: the CLI
#: speaks English; the app offers its own action instead).
CLI_HINT = ("To delete the key, run \"backupgui-cli key delete-retired\" with the old "
            "password.")


def is_retired_record_message(text: str) -> bool:
    """Whether a warning is one of ``retired_record_message`` (the app adds its action)."""
    return text.startswith("The key vault ") and \
        " still keeps the key of the old backup set " in text


def retire_now(library, record: RetiredRecord, material: KeyMaterial | None,
               access) -> str | None:
    """Delete a record just retired (already in the library's pending list) with the
    password the user gave: dropped from the list when it is gone, else kept, marked told,
    and the warning to show is returned. Never raises for the vault's answer: the new set or
    config is complete."""
    password = password_of(material)
    reason = ""
    if password is not None:
        try:
            gone_now = delete_record(record, password, access)
        except BackupError as exc:
            log.warning("the retired set %s keeps its key vault record: %s", record.set_id, exc)
            reason = str(exc)
        else:
            log.info("key vault record of the retired set %s %s", record.set_id,
                     "deleted" if gone_now else "was already gone")
            _update(library, lambda records: [r for r in records if r.set_id != record.set_id])
            return None
    _update(library, lambda records: [RetiredRecord(r.set_id, r.vault, True)
                                      if r.set_id == record.set_id else r for r in records])
    return retired_record_message(record.set_id, record.host, reason)


def _update(library, change) -> None:
    """Rewrite the list after the change is done: a library that fails now is logged (the
    entry stays as it was: a later ``delete-retired`` finds it gone or deletes it)."""
    try:
        with Library(library, create=False) as lib:
            _save(lib, change(pending(lib)))
    except BackupError as exc:
        log.warning("the library's list of retired key vault records was not updated: %s", exc)


def delete_retired(library, material: KeyMaterial, access=None) -> RetireOutcome:
    """Delete every pending record with ``material`` (the old password); those that fail
    stay pending."""
    password = password_of(material)
    if password is None:
        raise BackupError("A key vault record is deleted with its password, not a "
                          f"{KEY_DIGITS}-digit key.")
    with Library(library, create=False) as lib:
        records = pending(lib)
    deleted: list[str] = []
    gone: list[str] = []
    failed: list[tuple[str, BackupError]] = []
    for record in records:
        try:
            if not delete_record(record, password, access):
                gone.append(record.set_id)
        except CancelledError:
            raise  # Stop: the records not deleted yet stay listed
        except BackupError as exc:
            failed.append((record.set_id, exc))
            continue
        with Library(library, create=False) as lib:
            drop_pending(lib, record.set_id)
        deleted.append(record.set_id)
    return RetireOutcome(tuple(deleted), tuple(failed), tuple(gone))
