"""Limits that the vault service, its command line and the client share (one copy each)."""

from __future__ import annotations

#: The most attempts a vault may allow (``backupgui-vault serve --max-attempts``,
#: ``VaultService(max_attempts=...)``, VAULT.md 1.5). A client takes an ``attempts_left``
#: above it as no count to show (a vault may send thousands of digits) and says "many"
#: (SECURITY.md 2.18).
MAX_ATTEMPTS = 1000
