"""Errors of the phone-backup importer, as the app's typed errors (plain messages, exit codes)."""

from __future__ import annotations

from ....errors import DamagedBackupError, MalformedKeyError, WrongKeyError
from ..common import ImportFormatError


class WhatsAppKeyError(WrongKeyError):
    """The key is well-formed but does not open this backup (exit code 3)."""

    hint = ("Check the 64-digit key (WhatsApp shows it only when you turn on end-to-end "
            "encrypted backup) or choose the key file that belongs to this backup.")


class WhatsAppKeyFormError(MalformedKeyError):
    """No key, or not a key in any of the forms WhatsApp uses (exit code 4)."""

    hint = ("A .crypt15 backup opens with the 64-digit key (or the encrypted_backup.key file); "
            "a .crypt14 or .crypt12 backup with the 158-byte file named \"key\".")


class DamagedPhoneBackupError(DamagedBackupError):
    """The backup file fails its authentication or checksum (exit code 5)."""

    hint = "Copy the file from the phone again; nothing was imported."


class PhoneBackupFormatError(ImportFormatError):
    """Not a WhatsApp phone backup, or one this version cannot read (exit code 14)."""

    hint = ("Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone's "
            "WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.")
