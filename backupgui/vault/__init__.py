"""Backup Key Vault: OPAQUE (RFC 9807) password login, attempt limit, HSM-sealed storage.

The backup engine uses :mod:`backupgui.vault.client`; the service lives in
:mod:`backupgui.vault.service` and ``backupgui-vault`` (backupgui.services.vault_server).

The client's names below are imported when first asked for (PEP 562), not with the package:
a Drive backup with a key file or password imports ``vault.account`` for an account proof it
never uses, and the OPAQUE client (with its libsodium binding, which pulls in doctest and pdb)
would otherwise be a serial part of every Drive backup's start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
