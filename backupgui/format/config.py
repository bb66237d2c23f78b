"""The set config: the one clear object of a backup set, holding what is needed to get K.

It is JSON (docs/FORMAT.md, "Set config"). In format v2 the config's fields are a JSON text
of their own, the *body*, stored as a string; its ``mac`` authenticates exactly those bytes
under a subkey of K, so it can be checked only after K is recovered; ``key_check`` tells a
wrong key from a damaged config. Format v1 configs (one object, MAC over a re-serialisation)
are still read; the next backup rewrites them as v2.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..crypto.keys import (
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    KdfParams,
    derive_password_key,
    generate_key,
    require_good_password,
)
from ..crypto.material import KeyMaterial, Password, RawKey, VaultPassword
from ..crypto.subkeys import SetKeys
from ..errors import (
    KEY_DIGITS,
    BackupError,
    DamagedBackupError,
    KeyDestroyedError,
    NewerFormatError,
    VaultAccountError,
    VaultError,
    VaultUntrustedError,
    WrongKeyError,
)
from . import names
from .damage import logged
from .strictjson import exact_keys, loads

if TYPE_CHECKING:
    from ..vault.account import VaultAccess
    from ..vault.client import VaultBinding

log = logging.getLogger(__name__)

FORMAT_TAG = "backupgui-set"
VERSION = 2  # written; version 1 configs are read
VERSIONS = (1, 2)
WRAP_AAD_PREFIX = b"backupgui/v1/wrap"
#: docs/FORMAT.md section 3: readers read at most this many bytes of a config.
MAX_CONFIG_BYTES = 64 * 1024

_HEX64 = re.compile(r"[0-9a-f]{64}")
_CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_BODY_FIELDS = {"format", "version", "set_id", "created", "key_mode", "key_check"}
_SLOT = {"password": "password", "vault": "vault", "key": None}
_VAULT_FIELDS = frozenset({"url", "user_id", "server_public_key", "ksf", "account", "access_token",
                           "nodes"})


def canonical(obj: dict) -> bytes:
    """The canonical JSON encoding used for format v1 config MACs."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True, slots=True)
class SetConfig:
    """A parsed set config (clear fields only).

    ``raw``: the fields (v2: the body; v1: the object). ``signed``: the exact bytes the
    ``mac`` covers (v2: the body as stored; v1: their canonical form). ``mac``: as stored.
    """

    set_id: str
    created: str
    key_mode: str
    raw: dict
    version: int = VERSION
    signed: bytes = field(default=b"", repr=False)
    mac: str = ""
    #: The stored object's SHA-256 and MD5 (hex) as read (``repository.read_config``), what
    #: a listing's checksum is compared with; "" when not known. No part of its equality.
    digests: tuple[str, str] = field(default=("", ""), repr=False, compare=False)

    @property
    def set_id_bytes(self) -> bytes:
        return bytes.fromhex(self.set_id)


def _damaged(detail: object = "") -> DamagedBackupError:
    """The one sentence for a config that does not parse; the parser's words go to the log
    only (they were English inside a translated sentence)."""
    if detail:
        logged("set config", detail)
    return DamagedBackupError("The backup's settings are damaged, or this is not a backupgui backup.")


def parse_config(data: bytes) -> SetConfig:
    """Parse the clear fields; ``DamagedBackupError`` if the object is not a set config.

    Both versions: strict UTF-8 JSON without repeated keys (docs/FORMAT.md 1.3). Version 2
    also: exactly the fields section 3 names, with their exact types, in the outer object,
    the body and its key slot."""
    try:
        if len(data) > MAX_CONFIG_BYTES:
            raise ValueError("too large")
        obj = loads(data)
        if type(obj) is not dict or obj.get("format") != FORMAT_TAG:
            raise ValueError("not a backupgui set")
        version = obj.get("version")
        if type(version) is not int or version < 1:
            raise ValueError("bad version")
        if version >= 2:  # greater: a newer app's, in the v2 envelope (said only once authentic)
            exact_keys(obj, {"format", "version", "body", "mac"}, what="config")
            if type(obj["body"]) is not str or type(obj["mac"]) is not str:
                raise ValueError("bad body or mac")
            signed = obj["body"].encode("utf-8")  # (a lone surrogate cannot be encoded: damage)
            body = loads(signed)
            _check_body(body, version)
            raw, mac = body, obj["mac"]
        else:
            raw, mac = obj, str(obj.get("mac", ""))
            signed = canonical({k: v for k, v in obj.items() if k != "mac"})
        set_id = names.set_id(raw["set_id"])
        mode = raw["key_mode"]
        if mode not in ("password", "key", "vault"):
            raise ValueError("unknown key mode")
        return SetConfig(set_id, str(raw["created"]), mode, raw, version, signed, mac)
    except (ValueError, KeyError, TypeError, UnicodeError, AttributeError, RecursionError) as exc:
        raise _damaged(exc) from None


def _check_body(body: object, version: int = VERSION) -> None:
    """A v2 body: exactly its fields, with their exact types (``ValueError`` otherwise).

    A body of a greater ``version`` (a newer app's) must still hold the v2 fields, so that K
    can be recovered and the config authenticated; fields it adds are allowed and unused."""
    if type(body) is not dict:
        raise ValueError("the body is not an object")
    mode = body.get("key_mode")
    if mode not in _SLOT:
        raise ValueError("unknown key mode")
    slot = _SLOT[mode]
    fields = _BODY_FIELDS | ({slot} if slot else set())
    if version == VERSION:
        exact_keys(body, fields, what="config body")
    elif not fields <= body.keys():
        raise ValueError("missing fields in the config body")
    if body["format"] != FORMAT_TAG or body["version"] != version or type(body["version"]) is not int:
        raise ValueError("the body's format or version differs")
    names.set_id(body["set_id"])
    for name, pattern in (("created", _CREATED), ("key_check", _HEX64)):
        if type(body[name]) is not str or not pattern.fullmatch(body[name]):
            raise ValueError(f"bad {name}")
    if slot == "password":
        p = exact_keys(body["password"], {"kdf", "nonce", "wrapped_key"}, what="password slot")
        exact_keys(p["kdf"], {"alg", "memory_kib", "iterations", "lanes", "salt"}, what="KDF")
        if any(type(p["kdf"][k]) is not int for k in ("memory_kib", "iterations", "lanes")):
            raise ValueError("bad KDF parameter")
        if any(type(p[k]) is not str for k in ("nonce", "wrapped_key")) or type(p["kdf"]["salt"]) is not str:
            raise ValueError("bad password slot")
    elif slot == "vault":
        v = exact_keys(body["vault"], {"url", "user_id", "server_public_key"},
                       _VAULT_FIELDS - {"url", "user_id", "server_public_key"}, what="vault binding")
        if any(type(x) is not str for k, x in v.items() if k != "nodes"):
            raise ValueError("bad vault binding")
        if "nodes" in v and (type(v["nodes"]) is not list or not 1 <= len(v["nodes"]) <= 7
                             or any(type(u) is not str for u in v["nodes"])):
            raise ValueError("bad vault nodes")


def _wrap(kek: bytes, key: bytes, set_id: bytes) -> dict:
    nonce = secrets.token_bytes(12)
    ct = AESGCM(kek).encrypt(nonce, key, WRAP_AAD_PREFIX + set_id)
    return {"nonce": nonce.hex(), "wrapped_key": ct.hex()}


def _seal(obj: dict, keys: SetKeys) -> bytes:
    """The stored bytes of a (format v2) config with the fields ``obj``: the body is their
    JSON text, and the MAC covers exactly its UTF-8 bytes."""
    body = {k: v for k, v in obj.items() if k not in ("mac", "body")}
    body.update(format=FORMAT_TAG, version=VERSION, key_check=keys.check_value())
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    outer = {"body": text, "format": FORMAT_TAG, "mac": keys.config_mac(text.encode()),
             "version": VERSION}
    return json.dumps(outer, sort_keys=True, indent=1).encode() + b"\n"


def _key_slot(material: KeyMaterial, key: bytes, set_id: bytes, account: str = "device",
              access: VaultAccess | None = None) -> tuple[str, dict]:
    """The key-mode fields for protecting K with ``material``.

    A vault record is bound to ``account`` (``google`` for Drive, ``device`` for folders);
    ``access`` (merged with the material's own) supplies the proof.
    """
    if isinstance(material, RawKey):
        return "key", {}
    if isinstance(material, Password):
        require_good_password(material.secret)
        params = material.kdf.fresh_salt()
        try:
            params.check()  # never write what readers refuse
        except ValueError:
            raise BackupError("The password's Argon2id settings are out of bounds: at most "
                              f"{MAX_MEMORY_KIB // 1024} MiB of memory, {MAX_ITERATIONS} passes "
                              f"and {MAX_LANES} lanes.") from None
        kek = derive_password_key(material.secret, params)
        return "password", {"password": {"kdf": params.to_dict(), **_wrap(kek, key, set_id)}}
    if isinstance(material, VaultPassword):
        require_good_password(material.secret)
        if not material.url:
            raise WrongKeyError("A key vault address is needed to protect a backup with the vault.")
        from ..vault.client import vault_store_key

        access = material.access.merged(access) if material.access else access
        binding = vault_store_key(material.url, material.secret, key, account=account,
                                  access=access)
        return "vault", {"vault": binding.to_dict()}
    raise TypeError("unknown key material")


def new_config(material: KeyMaterial, *, account: str = "device",
               access: VaultAccess | None = None) -> tuple[bytes, bytes, SetKeys, SetConfig]:
    """Create a set: returns (config bytes, K, subkeys, parsed config)."""
    set_id = secrets.token_bytes(16)
    key = material.key if isinstance(material, RawKey) else generate_key()
    mode, slot = _key_slot(material, key, set_id, account, access)
    obj = {"set_id": set_id.hex(), "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
           "key_mode": mode, **slot}
    keys = SetKeys.derive(key, set_id)
    data = _seal(obj, keys)
    return data, key, keys, parse_config(data)


def _vault_binding(cfg: SetConfig, material: KeyMaterial | None = None) -> VaultBinding:
    """The set's vault binding; at the address the user gave instead, if they gave one."""

    from ..vault.client import VaultBinding

    try:
        binding = VaultBinding.from_dict(cfg.raw["vault"])
    except (KeyError, TypeError, ValueError, AttributeError, VaultError):
        raise DamagedBackupError("The backup's key vault record is damaged.") from None
    if isinstance(material, VaultPassword) and material.override and material.url:
        # Only the address (or the nodes' addresses) changes: the pinned server key still has
        # to match. (VaultError for anything but 1-8 distinct http(s) addresses.)
        binding = binding.at(material.url)
    return binding


vault_binding = _vault_binding  # (the engine's name for it: the record a retired set leaves)


def _access(material: KeyMaterial, access: VaultAccess | None) -> VaultAccess | None:
    own = getattr(material, "access", None)
    return own.merged(access) if own is not None else access


def recover_key(cfg: SetConfig, material: KeyMaterial,
                access: VaultAccess | None = None) -> bytes:
    """Get K from the config with the user's material; ``WrongKeyError`` if it does not fit."""
    raw = cfg.raw
    set_id = cfg.set_id_bytes
    if isinstance(material, RawKey):
        key = material.key
    elif cfg.key_mode == "password":
        if not isinstance(material, Password):
            raise WrongKeyError(f"This backup is protected by a password, not a {KEY_DIGITS}-digit key or vault.")
        try:
            slot = raw["password"]
            params = KdfParams.from_dict(slot["kdf"])
            nonce = bytes.fromhex(slot["nonce"])
            wrapped = bytes.fromhex(slot["wrapped_key"])
            if len(nonce) != 12 or len(wrapped) != 48:
                raise ValueError("bad nonce or wrapped key")
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
            raise DamagedBackupError("The backup's password slot is damaged.") from None
        kek = derive_password_key(material.secret, params)
        try:
            key = AESGCM(kek).decrypt(nonce, wrapped, WRAP_AAD_PREFIX + set_id)
        except (InvalidTag, ValueError):
            raise WrongKeyError("The password is not correct for this backup.",
                                hint="Check the password and try again.") from None
    elif cfg.key_mode == "vault":
        if not isinstance(material, (VaultPassword, Password)):
            raise WrongKeyError("This backup is protected by a password kept with a key vault.")
        from ..vault.client import vault_fetch_key

        key = vault_fetch_key(_vault_binding(cfg, material), material.secret,
                              _access(material, access))
    else:
        raise WrongKeyError(f"This backup is protected by a {KEY_DIGITS}-digit key; enter the key instead.")
    return key


def unlock(cfg: SetConfig, material: KeyMaterial,
           access: VaultAccess | None = None) -> tuple[bytes, SetKeys]:
    """Recover K and check the config's authenticity; returns (K, subkeys)."""
    return _check_unlocked(cfg, material, recover_key(cfg, material, access))


def needs_vault_upgrade(cfg: SetConfig) -> bool:
    """A vault set whose record is still bound only to the access token in this config."""
    return cfg.key_mode == "vault" and _vault_binding(cfg).is_v1


def vault_upgrade_possible(cfg: SetConfig, material: KeyMaterial, account: str,
                           access: VaultAccess | None = None) -> bool:
    """Whether ``unlock_and_upgrade`` would try to bind ``cfg``'s vault record: a v1 vault
    set, its password at hand, and a proof of the account (``access``, merged with the
    material's own)."""
    if (cfg.version > VERSION or not needs_vault_upgrade(cfg) or isinstance(material, RawKey)
            or not isinstance(material, (Password, VaultPassword))):
        return False
    from ..vault.client import GOOGLE

    access = _access(material, access)
    possible = access is not None and (
        access.id_token is not None if account == GOOGLE else access.new_recovery_code is not None)
    if possible and account == GOOGLE and not access.id_token():
        possible = False  # signed in without the openid scope: upgrade after a new sign-in
    return possible


def unlock_and_upgrade(cfg: SetConfig, material: KeyMaterial, account: str,
                       access: VaultAccess | None = None) -> tuple[bytes, SetKeys, bytes | None]:
    """``unlock``, and for a v1 vault set bind its record to ``account`` on the way.

    Returns (K, subkeys, the new config bytes to store, or None when nothing changed). The
    binding needs the password (a verified login: the vault cannot tell the owner from someone
    who copied the old config's access token otherwise) and a proof of the account: Drive
    sets need the Google ID token, folder sets a new recovery code (``new_recovery_code``).
    Without them, or when the vault cannot bind, the set is opened as before.
    """
    possible = vault_upgrade_possible(cfg, material, account, access)
    access = _access(material, access)
    if not possible:
        key, keys = unlock(cfg, material, access)
        return key, keys, None
    from ..vault.client import vault_bind_account

    binding = _vault_binding(cfg, material)
    try:
        key, new_binding = vault_bind_account(binding, material.secret, account, access)
    except VaultError as exc:
        if isinstance(exc, (WrongKeyError, KeyDestroyedError, VaultAccountError,
                            VaultUntrustedError)):
            raise
        log.warning("could not bind the key vault record to the account: %s", exc)
        key, keys = unlock(cfg, material, access)
        return key, keys, None
    key, keys = _check_unlocked(cfg, material, key)
    obj = dict(cfg.raw)
    obj["vault"] = new_binding.to_dict()
    return key, keys, _seal(obj, keys)


def _check_unlocked(cfg: SetConfig, material: KeyMaterial, key: bytes) -> tuple[bytes, SetKeys]:
    keys = SetKeys.derive(key, cfg.set_id_bytes)
    if not hmac.compare_digest(str(cfg.raw.get("key_check", "")).encode(), keys.check_value().encode()):
        if isinstance(material, RawKey):
            if cfg.key_mode == "password":  # a typed key cannot be K of a password backup
                raise WrongKeyError(f"This backup is protected by a password, not a {KEY_DIGITS}-digit key.",
                                    hint="Enter the backup's password instead.")
            if cfg.key_mode == "vault":
                raise WrongKeyError("This backup is protected by a password kept with a key "
                                    f"vault, not a {KEY_DIGITS}-digit key.",
                                    hint="Enter the backup's password instead.")
            raise WrongKeyError(f"The {KEY_DIGITS}-digit key is not correct for this backup.",
                                hint="Check the key and try again.")
        raise DamagedBackupError("The backup's settings were changed (the key check failed).")
    if not hmac.compare_digest(cfg.mac.encode(), keys.config_mac(cfg.signed).encode()):
        raise DamagedBackupError("The backup's settings were changed (they fail their authentication check).")
    if cfg.version > VERSION:  # authentic: a newer backupgui wrote it (docs/FORMAT.md 11)
        raise NewerFormatError(
            f"This backup's settings say format version {cfg.version}, which this version of "
            "backupgui cannot read. Update backupgui.")
    return key, keys


def upgraded_config(cfg: SetConfig, keys: SetKeys) -> bytes | None:
    """The format v2 bytes of an authenticated v1 config (same fields, same K), or None if
    it already is v2. The next backup stores it (docs/FORMAT.md 11)."""
    if cfg.version == VERSION:
        return None
    return _seal({k: v for k, v in cfg.raw.items() if k not in ("mac", "key_check")}, keys)


def rewrap_config(cfg: SetConfig, key: bytes, new_material: KeyMaterial, *,
                  account: str = "device", access: VaultAccess | None = None) -> bytes:
    """A new config protecting the same K with ``new_material`` (no data is re-uploaded)."""
    keys = SetKeys.derive(key, cfg.set_id_bytes)
    if isinstance(new_material, RawKey) and new_material.key != key:
        raise WrongKeyError(f"Switching to a {KEY_DIGITS}-digit key shows the backup's own key; it cannot be replaced.")
    mode, slot = _key_slot(new_material, key, cfg.set_id_bytes, account, access)
    obj = {k: v for k, v in cfg.raw.items() if k not in ("password", "vault", "mac", "key_check")}
    obj["key_mode"] = mode
    obj.update(slot)
    return _seal(obj, keys)
