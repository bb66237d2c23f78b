"""Errors of the phone-backup importer, as the app's typed errors (plain messages, exit codes)."""

from __future__ import annotations

from ....errors import DamagedBackupError, MalformedKeyError, WrongKeyError
from ..common import ImportFormatError

#: Sizes the messages name. They are values of the messages, not part of their text, so the
#: UI writes them in the language's digits.
KEY_DIGITS = 64  # WhatsApp's end-to-end backup key: 32 bytes as 64 hex digits, 16 groups of 4
ROOT_KEY_BYTES = 32
KEY_FILE_BYTES = 158  # the "key" file of .crypt14 / .crypt12 backups


class WhatsAppKeyError(WrongKeyError):
    """The key is well-formed but does not open this backup (exit code 3)."""

    hint = (f"Check the {KEY_DIGITS}-digit key (WhatsApp shows it only when you turn on end-to-end "
            "encrypted backup) or choose the key file that belongs to this backup.")


class WhatsAppKeyFormError(MalformedKeyError):
    """No key, or not a key in any of the forms WhatsApp uses (exit code 4)."""

    hint = (f"A .crypt15 backup opens with the {KEY_DIGITS}-digit key (or the encrypted_backup.key "
            f"file); a .crypt14 or .crypt12 backup with the {KEY_FILE_BYTES}-byte file named "
            "\"key\".")


class DamagedPhoneBackupError(DamagedBackupError):
    """The backup file fails its authentication or checksum (exit code 5)."""

    hint = "Copy the file from the phone again; nothing was imported."


class PhoneBackupFormatError(ImportFormatError):
    """Not a WhatsApp phone backup, or one this version cannot read (exit code 14)."""

    hint = ("Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone's "
            "WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.")
