"""Typed errors with plain messages.

Every error the user can cause or meet in normal life is a ``BackupError`` subclass with a
message meant for people and a distinct CLI exit code. Messages never contain secrets.
"""

from __future__ import annotations

import enum

#: The backup key's length in hex digits (32 bytes; ``crypto.keys`` imports it). Messages put
#: the number in as a value, not into the text, so the UI shows it in the language's digits.
KEY_DIGITS = 64
KEY_GROUPS = 16  # shown as 16 groups of 4 digits
GROUP_DIGITS = KEY_DIGITS // KEY_GROUPS

class BackupError(Exception):
    """Base class of all expected errors; ``str(e)`` is a sentence for the user."""

    exit_code = 1
    hint = ""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint


class WrongKeyError(BackupError):
    """The password or 64-digit key is well-formed but does not open this backup."""

    exit_code = 3
    hint = "Check the password or key and try again."


class MalformedKeyError(BackupError):
    """The text entered is not a 64-digit key (wrong length or not hexadecimal)."""

    exit_code = 4
    hint = f"A backup key has {KEY_DIGITS} characters 0-9 and a-f; spaces and dashes are ignored."


class WeakPasswordError(BackupError):
    """A new password does not meet the rules."""

    exit_code = 2


class DamagedBackupError(BackupError):
    """The backup failed authentication or is incomplete; the message names what.

    ``problem``: when the message is "The backup is damaged: <problem>.", the problem alone
    (a core fragment such as "pack … is cut short"), so that verify can list several under
    one heading without saying "damaged" twice."""

    exit_code = 5
    hint = "The backup may have been modified or partly deleted. Keep it and make a new backup."

    def __init__(self, message: str, *, hint: str = "", problem: str = "") -> None:
        super().__init__(message, hint=hint)
        self.problem = problem


class Damage(enum.Enum):
    """What is wrong with a damaged backup object, in the categories a person is told
    (``format/damage.py`` says each in words); the technical detail goes to the log only.
    Exceptions carry it as ``exc.damage`` (``damage_of``)."""

    AUTHENTICATION = "fails its authentication check"  # changed, or not what its name says
    CUT_SHORT = "cut short"
    TOO_LONG = "longer than its index says"
    TOO_LARGE = "larger than the format allows"
    COMPRESSION = "not valid compressed data"
    STRUCTURE = "more structure than any valid one"  # format/jsonbudget.py
    MISMATCH = "not what the manifest lists"
    MISSING = "missing"
    MALFORMED = "malformed"


#: An ``OSError``'s category: the one errno table is ``oswords.TABLE`` (re-exported here for
#: the places that import it from this module).
from .oswords import OsProblem, os_problem  # noqa: E402,F401


def marked(exc: BaseException, damage: Damage) -> BaseException:
    """``exc`` with its category (``damage_of``); returns it, for ``raise marked(…)``."""
    exc.damage = damage  # type: ignore[attr-defined]
    return exc


def damage_of(exc: BaseException, default: Damage = Damage.MALFORMED) -> Damage:
    """The category an exception was raised with (``marked``), else ``default``."""
    found = getattr(exc, "damage", None)
    return found if isinstance(found, Damage) else default


class RolledBackError(DamagedBackupError):
    """The destination's newest backup is older than one this computer or the key vault
    knows of: the storage was rolled back or backups were deleted."""

    hint = ("To restore the older backup anyway, confirm it in the restore window, or name it "
            "with --backup and add --accept-rollback.")


class RetiredSetError(RolledBackError):
    """A backup offered a set that this computer replaced with a new key (key rotation),
    and not the set that replaced it: the storage was rolled back or the new set deleted.
    Backing up into it would put new messages under the old key (docs/SECURITY.md 2.4)."""

    hint = ("If you deleted the new backup yourself, make a new key (New password and new "
            "backup key, or backupgui-cli key rotate): it backs up into a new set and removes "
            "the old one.")


class DestinationError(BackupError):
    """The destination could not be reached or refused the operation."""

    exit_code = 6
    hint = "Check the backup destination, then try again."


class DestinationFullError(DestinationError):
    """The destination has no room for the backup."""

    exit_code = 7
    hint = "Free up space at the backup destination or choose another one, then try again."


class SignInNeededError(DestinationError):
    """The destination's saved sign-in no longer works (Google answered ``invalid_grant``, or
    it was granted without the permission the app needs): only a new sign-in mends it, so
    automatic backups do not retry it on their short backoff (``NO_RETRY_CODES``)."""

    code = "sign-in-needed"


class AdminPolicyError(DestinationError):
    """The account's administrator does not let backupgui use the destination (a Google
    Workspace whose admin turned Drive apps off: 403 ``domainPolicy``): neither retrying nor
    a new sign-in mends it, so automatic backups do not retry it on their short backoff
    (``NO_RETRY_CODES``); the next scheduled backup tries again."""

    code = "admin-policy"


class DiskFullError(BackupError):
    """The local disk ran out of space."""

    exit_code = 7
    hint = "Free some disk space and try again. Nothing was changed."


class NotEnoughSpaceError(DiskFullError):
    """A restore was refused before it started: the library's disk has less free space than
    the restore's estimate (``needed``, ``free``: bytes, for the GUI to say in its language)."""

    exit_code = 17
    hint = "Free some disk space or restore fewer chats. Nothing was changed."

    def __init__(self, message: str, *, needed: int, free: int, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.needed, self.free = needed, free


class LibraryLockedError(BackupError):
    """Another program is writing the chat library."""

    exit_code = 8
    hint = "Close the other backupgui window or command and try again."


class CancelledError(BackupError):
    """The user cancelled the job; nothing was left half-done."""

    exit_code = 9


class NotFoundError(BackupError):
    """A named backup, chat or object does not exist."""

    exit_code = 10


class VaultError(BackupError):
    """The key vault refused or failed."""

    exit_code = 11


class VaultAccountError(VaultError):
    """The key vault needs proof of the account the backup's key is bound to: the Google
    account (``account == "google"``) or this computer's device credential or the recovery
    code (``account == "device"``). Nothing was counted."""

    def __init__(self, message: str, *, account: str, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.account = account


class VaultUntrustedError(VaultError):
    """A backup names a key vault this computer does not trust yet (docs/VAULT.md 1.7):
    nothing was sent to it. ``url`` and ``fingerprint`` are what the user confirms."""

    def __init__(self, message: str, *, url: str, server_public_key: str, fingerprint: str,
                 hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.url = url
        self.server_public_key = server_public_key
        self.fingerprint = fingerprint


class KeyDestroyedError(VaultError):
    """The vault destroyed the key after too many wrong passwords."""

    exit_code = 12


class BusyError(BackupError):
    """Another backup or restore is already running."""

    exit_code = 13


class NewerFormatError(BackupError):
    """The backup holds an object, authenticated under its key, in a version of the format
    newer than this app reads: made by a newer backupgui, not damaged."""

    exit_code = 16
    hint = "Update backupgui to its newest version, then try again."
