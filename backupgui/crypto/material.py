"""What the user supplies to open a backup set: a password, a 64-digit key, or a vault password.

Secrets are kept out of ``repr`` so they never end up in logs or tracebacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .keys import KdfParams

if TYPE_CHECKING:
    from ..vault.account import VaultAccess


@dataclass(frozen=True, slots=True)
class Password:
    """Offline password mode: K wrapped under Argon2id(password)."""

    secret: str = field(repr=False)
    #: Cost used only when a new set is created or the password changes.
    kdf: KdfParams = field(default_factory=KdfParams, repr=False)
    #: For a set whose key is in a key vault: how to prove the account (recovery code...).
    access: VaultAccess | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class RawKey:
    """The 64-digit key, i.e. K itself (32 bytes)."""

    key: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class VaultPassword:
    """Password checked by a key vault through OPAQUE; the vault releases K."""

    secret: str = field(repr=False)
    #: Vault URL, needed to create a set. An existing set names its vault itself, unless
    #: ``override`` is set: then this address is used instead (the vault moved to new hosts;
    #: ``--vault`` and the restore wizard's vault address). The vault's pinned server key
    #: must still match.
    url: str | None = None
    #: How to prove, to the vault, the account the set's record is bound to (docs/VAULT.md).
    access: VaultAccess | None = field(default=None, repr=False)
    override: bool = False


KeyMaterial = Password | RawKey | VaultPassword


def describe_mode(mode: str) -> str:
    """A human name for a key mode."""
    return {"password": "Password", "key": "64-digit key",
            "vault": "Password with key vault"}.get(mode, mode)
