"""Which key vaults this computer sends account proofs to (docs/VAULT.md 1.7). No Qt.

A vault-mode backup names its vault's address and pinned server key in the clear, and that
cannot be authenticated before the vault has returned K. Whoever can write the backup's
storage can therefore rewrite it to name a server of their own; an account proof sent there
(a Google ID token, the device credential, the recovery code) could be replayed to the real
vault, where each spends an attempt. So the app sends a proof only to a vault it already
trusts:

* a vault built into this build (``BUILTIN_VAULTS``; none in this build),
* a vault set up (registered) or upgraded from this computer, recorded at that moment,
* a vault the user explicitly confirmed (the restore wizard's confirmation, the CLI's
  ``--trust-vault``, or an address the user typed: ``--vault URL``),
* the vault address the user typed into this computer's settings (address only).

Entries are an address and a server key (base64url), never a secret, kept in
``<config dir>/trusted-vaults.json`` (owner-only). A damaged or oversized file trusts
nothing but the built-in vaults (fail closed).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import re
import threading
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger("backupgui.vault.trust")

FILE_NAME = "trusted-vaults.json"
MAX_FILE = 256 * 1024
MAX_ENTRIES = 256
#: (address, server key base64url) of the vaults a build ships with; a build for a
#: production vault sets its address and key here.
BUILTIN_VAULTS: tuple[tuple[str, str], ...] = ()

SETUP = "setup"  # registered from this computer
UPGRADE = "upgrade"  # a v1 record bound to an account from this computer
CONFIRMED = "confirmed"  # the user confirmed it (wizard, --trust-vault, --vault URL)
SETTINGS = "settings"  # the address typed into this computer's settings (no key)
_SOURCES = (SETUP, UPGRADE, CONFIRMED, SETTINGS)
_lock = threading.Lock()
#: The most addresses one vault may be given (a backup's binding, ``--vault``, a field).
MAX_ADDRESSES = 8
_SEPARATORS = re.compile(r"[,\s]+")


def split_addresses(text: str) -> tuple[str, ...]:
    """The addresses in ``text``: one vault's nodes separated by commas, spaces or line
    breaks (``https://a.example, https://b.example``), in order, empty parts dropped. No
    address is checked here (``normalize_url``)."""
    return tuple(part for part in _SEPARATORS.split(text) if part)


def join_addresses(urls: tuple[str, ...] | list[str]) -> str:
    """The text form of several addresses (what ``split_addresses`` reads back)."""
    return ", ".join(urls)


def check_addresses(text: str) -> tuple[str, ...]:
    """The addresses in ``text``, each an http(s) address, none twice, at most
    ``MAX_ADDRESSES``; ``ValueError`` otherwise (and for none at all)."""
    urls = split_addresses(text)
    if not urls or len(urls) > MAX_ADDRESSES:
        raise ValueError("no address, or too many")
    seen = [normalize_url(u) for u in urls]  # ValueError for a non-http(s) one
    if len(set(seen)) != len(seen):
        raise ValueError("an address given twice")
    return urls


def covers(text: str, urls: str) -> bool:
    """Whether every address in ``urls`` is one of those in ``text`` (normal forms)."""
    try:
        have = {normalize_url(u) for u in split_addresses(text)}
        want = {normalize_url(u) for u in split_addresses(urls)}
    except ValueError:
        return False
    return bool(want) and want <= have


def normalize_url(url: str) -> str:
    """The comparable form of a vault address: scheme and host in lower case, default port
    dropped, no trailing slash, no query or fragment. ``ValueError`` for a non-http(s) one."""
    parts = urllib.parse.urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) address")
    if parts.username is not None or parts.password is not None:
        raise ValueError("an address with user information")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port  # ValueError for a bad port
    netloc = host if port is None or port == {"http": 80, "https": 443}[scheme] else f"{host}:{port}"
    return f"{scheme}://{netloc}{parts.path.rstrip('/')}"


def display_url(url: str) -> str:
    """The address as a person should compare it: the normal form, with every character
    outside printable ASCII written as %XX (a backup's address is hostile: look-alike letters
    and bidirectional or control characters must not make it look like another one).
    Several addresses (``split_addresses``): each so, joined by ", "."""
    several = split_addresses(url)[:MAX_ADDRESSES + 1]
    if len(several) > 1:
        return join_addresses([display_url(u) for u in several])
    try:
        text = normalize_url(url)
    except ValueError:
        text = url
    return "".join(c if 0x21 <= ord(c) <= 0x7E else
                   "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass"))
                   for c in text[:2048])


def same_url(a: str, b: str) -> bool:
    """The same address (normal forms); for several addresses, the same ones."""
    if len(split_addresses(a)) > 1 or len(split_addresses(b)) > 1:
        return covers(a, b) and covers(b, a)
    try:
        return normalize_url(a) == normalize_url(b)
    except ValueError:
        return False


def _key_bytes(key: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(key + "=" * (-len(key) % 4))
    except (binascii.Error, ValueError):
        return key.encode()


def fingerprint(server_public_key: str) -> str:
    """What a person compares: SHA-256 of the vault's server key, first 128 bits as 8 groups
    of 4 hex digits (``3f2a 91c0 ...``)."""
    digest = hashlib.sha256(b"backupgui-vault/key-fingerprint/v1\x00"
                            + _key_bytes(server_public_key)).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class TrustedVault:
    url: str  # normalised
    server_public_key: str  # base64url; "" = any key at this address (settings)
    source: str
    added: str = ""


class TrustedVaults:
    """The trusted-vault list of one computer (a file), plus addresses from its settings."""

    def __init__(self, path: Path | None = None, *, extra_urls: tuple[str, ...] = ()) -> None:
        self._path = path
        self.extra_urls = tuple(u for u in extra_urls if u)

    @property
    def path(self) -> Path:
        if self._path is not None:
            return self._path
        from ..device.settings import config_dir

        return config_dir() / FILE_NAME

    # ------------------------------------------------------------------ reading

    def entries(self) -> list[TrustedVault]:
        try:
            with open(self.path, "rb") as fh:
                data = fh.read(MAX_FILE + 1)
        except FileNotFoundError:
            return []
        except OSError as exc:
            log.warning("cannot read the trusted key vaults: %s", exc.strerror)
            return []
        if len(data) > MAX_FILE:
            log.warning("the trusted key vault list is too large; trusting none of it")
            return []
        try:
            obj = json.loads(data)
            out: list[TrustedVault] = []
            for e in obj["vaults"][:MAX_ENTRIES]:
                url, key, source = e["url"], e["server_public_key"], e["source"]
                if not (isinstance(url, str) and isinstance(key, str) and source in _SOURCES):
                    raise ValueError("bad entry")
                out.append(TrustedVault(normalize_url(url), key, source, str(e.get("added", ""))))
            return out
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            log.warning("the trusted key vault list is damaged; trusting none of it")
            return []

    def is_trusted(self, url: str, server_public_key: str) -> bool:
        """True when proofs may go to the vault at ``url`` whose pinned key is the given one
        (several addresses, ``split_addresses``: to every one of them)."""
        several = split_addresses(url)
        if len(several) != 1:
            return bool(several) and all(self.is_trusted(u, server_public_key) for u in several)
        try:
            want = normalize_url(url)
        except ValueError:
            return False
        for b_url, b_key in BUILTIN_VAULTS:
            if same_url(b_url, want) and b_key == server_public_key:
                return True
        if any(same_url(u, want) for text in self.extra_urls for u in split_addresses(text)):
            return True
        return any(e.url == want and e.server_public_key in (server_public_key, "")
                   for e in self.entries())

    # ------------------------------------------------------------------ writing

    def add(self, url: str, server_public_key: str, source: str) -> None:
        """Trust the vault at ``url`` with this key from now on (idempotent); several
        addresses (``split_addresses``): each of them."""
        if source not in _SOURCES:
            raise ValueError("unknown source")
        several = split_addresses(url)
        if len(several) > 1:
            for u in check_addresses(url):
                self.add(u, server_public_key, source)
            return
        norm = normalize_url(url)
        with _lock:
            entries = self.entries()
            if any(e.url == norm and e.server_public_key == server_public_key for e in entries):
                return
            entries.append(TrustedVault(norm, server_public_key, source,
                                        datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")))
            entries = entries[-MAX_ENTRIES:]
            body = {"version": 1, "vaults": [
                {"url": e.url, "server_public_key": e.server_public_key, "source": e.source,
                 "added": e.added} for e in entries]}
            self._write(json.dumps(body, indent=1).encode() + b"\n")

    def _write(self, data: bytes) -> None:
        from ..device.fileperms import private_dir, write_private

        path = self.path
        private_dir(path.parent)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        write_private(tmp, data)
        os.replace(tmp, path)


def default_trust() -> TrustedVaults:
    return TrustedVaults()
