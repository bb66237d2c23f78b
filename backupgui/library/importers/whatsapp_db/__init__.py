"""Import the whole WhatsApp history from the phone's own backup (GitHub issue 25).

Android: ``msgstore.db.crypt15`` opened with the 64-digit key (or ``encrypted_backup.key``),
``.crypt14`` / ``.crypt12`` with the 158-byte ``key`` file. iPhone: a Finder/iTunes backup
folder, encrypted or not. See docs/IMPORT.md. No Qt here.
"""

from __future__ import annotations

from .errors import (
    DamagedPhoneBackupError,
    PhoneBackupFormatError,
    WhatsAppKeyError,
    WhatsAppKeyFormError,
)
from .importer import (
    PhoneBackup,
    PhoneBackupRequest,
    detect,
    import_phone_backup,
    needs_key,
    open_phone_backup,
    preview_phone_backup,
)
from .keyfile import (
    Crypt14Key,
    Crypt15Key,
    WhatsAppKey,
    parse_key_bytes,
    parse_key_text,
    read_key_file,
)
from .workdir import remove_stale

__all__ = [
    "Crypt14Key", "Crypt15Key", "DamagedPhoneBackupError", "PhoneBackup", "PhoneBackupFormatError",
    "PhoneBackupRequest", "WhatsAppKey", "WhatsAppKeyError", "WhatsAppKeyFormError", "detect",
    "import_phone_backup", "needs_key", "open_phone_backup", "parse_key_bytes", "parse_key_text",
    "preview_phone_backup", "read_key_file", "remove_stale",
]
