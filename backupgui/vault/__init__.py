"""Backup Key Vault: OPAQUE (RFC 9807) password login, attempt limit, HSM-sealed storage.

The backup engine uses :mod:`backupgui.vault.client`; the service lives in
:mod:`backupgui.vault.service` and ``backupgui-vault`` (backupgui.services.vault_server).
"""

from .client import (
    VaultBinding,
    vault_change_password,
    vault_delete,
    vault_fetch_key,
    vault_store_key,
)

__all__ = [
    "VaultBinding",
    "vault_change_password",
    "vault_delete",
    "vault_fetch_key",
    "vault_store_key",
]
