"""Client of the Backup Key Vault: store, fetch, re-password and delete the backup key K.

K is wrapped under a key derived from OPAQUE's export_key, so the vault holds neither the
password nor K. The vault's public key is pinned in the :class:`VaultBinding`. Every record
is bound to an account the backup does not contain (``account.py``): the client proves it
with a Google ID token or with this device's credential / the recovery code. No Qt here.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import http.client
import json
import os
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from backupgui.errors import (
    KEY_DIGITS,
    KEY_GROUPS,
    KeyDestroyedError,
    VaultAccountError,
    VaultError,
    VaultUntrustedError,
    WrongKeyError,
)

from ..destinations import netguard
from . import opaque
from .account import (
    DEVICE_CONTEXT,
    LOGIN_CONTEXT,
    MAC,
    OIDC,
    PASSWORD_CONTEXT,
    REGISTER_CONTEXT,
    SECRET,
    SIG,
    UPGRADE_CONTEXT,
    VaultAccess,
    canonical_body,
    login_payload,
    mac_proof,
    new_secret,
    sig_proof,
    signing_public_key,
)
from .account import SEQUENCE_CONTEXT as SEQUENCE_PROOF_CONTEXT
from .keywrap import UnwrapError, unwrap_key, wrap_key
from .ksf import DEFAULT_ARGON2ID, MINIMUM_ARGON2ID, Argon2idParams, is_at_least
from .limits import MAX_ATTEMPTS  # an attempts_left above it is said as "many"
from .trust import (
    CONFIRMED,
    SETUP,
    UPGRADE,
    TrustedVaults,
    default_trust,
    display_url,
    fingerprint,
)

TIMEOUT = 30.0  # each wait for a name lookup or a connect (one address left)
#: Each wait for the next byte of an answer. Longer than the longest a node takes to answer
#: ``503 unavailable`` (its database retries, ``store.UNAVAILABLE_TIMEOUT``, 30 s, plus one
#: transaction's deadline, 10 s): a wait of 30 s gave up just before that answer, so a
#: counted request failed instead of moving on to another node (VAULT.md 10.4).
ANSWER_WAIT = 45.0
#: A whole request, answer included (VAULT.md "Time limits"): the vault's answers are a few
#: kilobytes and its slowest step (an HSM operation, a PostgreSQL write) takes well under a
#: second; a trickling answer ends here, and Stop ends it at once (``netguard``).
DEADLINE = 60.0
#: Pauses before asking again for a password change's lost answer (None: give up).
FINISH_RETRIES: tuple[float | None, ...] = (1.0, 3.0, None)
GOOGLE = "google"  # binding.account: the record is bound to the user's Google account
DEVICE = "device"  # ... to this device's credential and the recovery code
ACCOUNTS = (GOOGLE, DEVICE)
_KIND = {GOOGLE: OIDC, DEVICE: SIG}
_DESTROYED_MSG = (
    "The key vault destroyed this backup's key after too many wrong passwords. "
    f"The password can no longer open this backup; only its {KEY_DIGITS}-digit key, if you saved one, can."
)


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64d(text: object, what: str = "field") -> bytes:
    if not isinstance(text, str):
        raise VaultError(f"The key vault sent an invalid response ({what} missing).")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        # translators: %1: the part of the answer that is wrong, as the program names it (such as
        # server key)
        raise VaultError(f"The key vault sent an invalid response ({what}).") from None


@dataclass(frozen=True)
class VaultBinding:
    """How a backup set finds its key in the vault. Stored in the clear in the backup config.

    ``account`` says what the record is bound to (``google`` or ``device``); attempts need a
    proof of it, which the backup does not contain. A binding from before account binding
    ("v1", ``account == ""``) has an ``access_token`` instead, which lets whoever holds it make
    (counted, rate-limited) login attempts until the owner upgrades it (``vault_bind_account``).
    ``server_public_key`` pins the vault (base64url). ``ksf`` is the Argon2id cost used by
    this client for the OPAQUE key stretching. ``nodes``: further base URLs of the same vault
    (its other nodes), tried after ``url`` (docs/VAULT.md 10.4).
    """

    url: str
    user_id: str
    access_token: str
    server_public_key: str
    ksf: str = field(default=DEFAULT_ARGON2ID.to_string())
    account: str = ""
    nodes: tuple[str, ...] = ()

    @property
    def is_v1(self) -> bool:
        return not self.account

    @property
    def urls(self) -> tuple[str, ...]:
        """Every address of the vault, ``url`` first."""
        return (self.url, *self.nodes)

    def at(self, text: str) -> VaultBinding:
        """This binding at the address(es) in ``text`` (the vault moved, or the user named
        its nodes): the first is ``url``, the others ``nodes``. ``VaultError`` for a text
        that is not 1-8 distinct http(s) addresses."""
        urls = addresses(text)
        return dataclasses.replace(self, url=urls[0], nodes=urls[1:])

    def to_dict(self) -> dict:
        d: dict = {
            "url": self.url,
            "user_id": self.user_id,
            "server_public_key": self.server_public_key,
            "ksf": self.ksf,
        }
        if self.nodes:
            d["nodes"] = list(self.nodes)
        if self.account:
            d["account"] = self.account
        else:
            d["access_token"] = self.access_token
        return d

    @classmethod
    def from_dict(cls, d: dict) -> VaultBinding:
        try:
            account = d.get("account")
            if account is None:
                token = str(d["access_token"])  # v1: bound only to the token
            elif account in ACCOUNTS and "access_token" not in d:
                token = ""
            else:
                raise ValueError("bad account")
            binding = cls(
                url=str(d["url"]),
                user_id=str(d["user_id"]),
                access_token=token,
                server_public_key=str(d["server_public_key"]),
                ksf=str(d.get("ksf") or DEFAULT_ARGON2ID.to_string()),
                account=account or "",
                nodes=_nodes_field(d.get("nodes")),
            )
            if binding.nodes:
                from .trust import check_addresses, join_addresses

                check_addresses(join_addresses(binding.urls))  # (distinct, at most 8)
            Argon2idParams.from_string(binding.ksf)
        except (KeyError, TypeError, ValueError):
            raise VaultError(
                "The vault settings of this backup are incomplete or damaged."
            ) from None
        return binding

    def __repr__(self) -> str:  # keep the token out of logs and tracebacks
        return (
            f"VaultBinding(url={self.url!r}, nodes={self.nodes!r}, user_id={self.user_id!r}, "
            f"account={self.account or 'v1'!r}, access_token=<hidden>)"
        )


def _nodes_field(value: object) -> tuple[str, ...]:
    """A binding's ``nodes`` (docs/FORMAT.md 3.4): absent, or a list of 1-7 strings that are,
    with ``url``, distinct http(s) addresses (checked by ``from_dict`` through ``addresses``);
    ``ValueError`` otherwise."""
    from .trust import MAX_ADDRESSES, normalize_url

    if value is None:
        return ()
    if (type(value) is not list or not 1 <= len(value) < MAX_ADDRESSES
            or any(type(u) is not str or len(u) > 2048 for u in value)):
        raise ValueError("bad nodes")
    for u in value:
        normalize_url(u)  # ValueError for a non-http(s) one
    return tuple(value)


# ---------------------------------------------------------------------------- transport


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


#: Which requests may go to another node, and when (docs/VAULT.md 10.4). A ``REPEATABLE``
#: request changes nothing more when it arrives twice (reads; a sequence update the vault
#: keeps only if higher; a password change's finish, answered with success when its record is
#: in place): after any failure without an answer it goes to the next node. Every other
#: request (``ONCE``: a login start counts an attempt, a finish settles or deletes, a
#: registration or grant is used once, a proof is accepted once) goes to the next node only
#: when the first cannot have acted on it: nothing of it was sent (a refused or timed-out
#: connect, a reset or failed TLS handshake before the request went out), or the node answered
#: ``503 unavailable`` (it had no database to act with). A ``ONCE`` request whose answer is
#: lost is never sent again anywhere (``_NoAnswerError``).
REPEATABLE = "repeatable"
ONCE = "once"
#: The longest a ``REPEATABLE`` request waits for one node's answer while other nodes remain
#: (a hung node accepts connections but never answers); the last node gets what is left of
#: ``DEADLINE``.
NODE_WAIT = 10.0
#: The longest a TCP connect to one address waits while other addresses remain.
CONNECT_WAIT = 5.0
#: The most addresses tried for one name (a hostile resolver may return hundreds).
MAX_RESOLVED = 8
#: The node that answered last, per list of addresses: the next request (a login's next
#: step, the next operation) goes there first, so a hung node costs its wait once.
_last_good: dict[tuple[str, ...], tuple[str, object]] = {}


def addresses(url: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The base URLs of one vault: ``url`` as given (several in one text, separated by commas,
    spaces or line breaks: ``trust.split_addresses``), each an http(s) address, at most
    ``trust.MAX_ADDRESSES``, none twice; ``VaultError`` otherwise (nothing sent)."""
    from .trust import check_addresses, join_addresses

    text = url if isinstance(url, str) else join_addresses(list(url))
    try:
        return check_addresses(text)
    except ValueError:
        raise VaultError("The key vault address is not an http(s) URL.") from None


def _endpoints(urls: tuple[str, ...], deadline_at: float,
               scope: netguard.Scope | None) -> list[tuple[str, object]]:
    """(base URL, resolved address) in the order to try: the node that answered last first,
    then every address each URL's name resolves to, URL by URL. The address is None when the
    environment's proxy resolves the name (one try per URL), False when the name did not
    resolve (it is the error if nothing else answers). Each lookup runs under the deadline
    and Stop, at most ``CONNECT_WAIT`` seconds when other URLs remain."""
    out: list[tuple[str, object]] = []
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            proxied = netguard.proxy_for(parts.scheme, host) is not None
        except netguard.ProxyUnusable:  # (the request itself says so: nothing is sent)
            proxied = True
        if proxied:
            out.append((url, None))
            continue
        left = deadline_at - time.monotonic()
        if left <= 0:
            break
        try:
            with netguard.guarded(left, scope) as guard:
                found = netguard.resolve(host, port, min(TIMEOUT if len(urls) == 1 else
                                                         CONNECT_WAIT, left), guard=guard)
        except netguard.DeadlineExceeded:
            break
        except (OSError, UnicodeError):
            found = []
        seen: set = set()
        for info in found:
            key = (info[0], info[4][:2])
            if key not in seen and len(seen) < MAX_RESOLVED:
                seen.add(key)
                out.append((url, info))
        if not seen:
            out.append((url, False))
    first = _last_good.get(urls)
    if first is not None and first in out:
        out.remove(first)
        out.insert(0, first)
    return out


def _same_key(a: object, b: str) -> bool:
    try:
        return isinstance(a, str) and secrets.compare_digest(_b64d(a), _b64d(b))
    except VaultError:
        return False


def _pin_error() -> VaultError:
    return VaultError(
        "The key vault's identity (server key) differs from the one this backup was made "
        f"with. Nothing was sent; check the vault address or restore with the {KEY_DIGITS}-digit key."
    )


#: The server key each node (base URL, resolved address) showed in its ``/v1/info``.
_node_keys: dict[tuple[str, object], str] = {}


def _node(base: str, addr: object) -> tuple[str, object]:
    return (base, addr[4][:2] if isinstance(addr, tuple) else addr)


def _request(url: str | tuple[str, ...], path: str, payload: dict | None = None, *,
             retry: str = ONCE, pin: str | None = None) -> dict:
    """GET (payload None) or POST JSON to the vault at ``url`` (one base URL or several:
    its nodes); returns the JSON body or raises a typed error. Every address tried gets the
    same request with the same host name, TLS server name and certificate checks; ``retry``
    says when the next node may be asked (``REPEATABLE``, ``ONCE``), all within one
    ``DEADLINE`` and Stop. ``pin``: the vault's server key; a node is sent a request only
    after its ``/v1/info`` showed that key (a node with another key is passed over, and is
    the error if no node has it)."""
    urls = addresses(url)
    data = None if payload is None else json.dumps(payload).encode()
    scope = netguard.current_scope()
    deadline_at = time.monotonic() + DEADLINE
    failure: VaultError | None = None
    endpoints = _endpoints(urls, deadline_at, scope)
    for n, (base, addr) in enumerate(endpoints):
        more = n + 1 < len(endpoints)
        if addr is False:
            failure = _NoAnswerError(f"The key vault at {_host(base)} could not be reached.")
            continue
        node = _node(base, addr)
        try:
            if pin is not None and path != "/v1/info" and not _same_key(_node_keys.get(node),
                                                                        pin):
                # (this node's key is not known yet: ask it, as anything else, first)
                _status, info = _attempt(base, addr, "/v1/info", None, REPEATABLE, more,
                                         deadline_at, scope)
                if _status != 200:
                    failure = _NoAnswerError(f"The key vault at {_host(base)} could not be "
                                             "reached.")
                    continue
                if not _same_key(info.get("server_public_key"), pin):
                    failure = _pin_error()
                    continue
            status, obj = _attempt(base, addr, path, data, retry, more, deadline_at, scope)
        except _TryNext as exc:
            failure = exc.error
            continue
        if status == 503 and obj.get("error") == "unavailable" and more:
            # (the node had no writable database: it did nothing; another node may have one)
            failure = VaultError(f"The key vault at {_host(base)} refused the request (HTTP {status}).")
            continue
        if path == "/v1/info" and status == 200:
            key = obj.get("server_public_key")
            if len(_node_keys) > 256:
                _node_keys.clear()
            _node_keys[node] = key if isinstance(key, str) else ""
            if pin is not None and not _same_key(key, pin):
                failure = _pin_error()
                if more:
                    continue
                raise failure
        if len(_last_good) > 64:
            _last_good.clear()
        _last_good[urls] = (base, addr)
        if status == 200:
            return obj
        if path == "/v1/info" and obj.get("error") != "rate_limited":
            # (asked of any vault, a planted one too, before anything else: its answer says
            # nothing about a record, so no "wrong password" or "key destroyed" from it)
            raise VaultError(f"The key vault at {_host(base)} refused the request (HTTP {status}).")
        _raise_for(status, obj, base)
        raise AssertionError  # unreachable
    if failure is None:
        failure = _NoAnswerError(f"The key vault at {_host(urls[0])} answered too slowly.")
    raise failure


class _TryNext(Exception):
    """This node did not answer and the request may go to the next one."""

    def __init__(self, error: VaultError) -> None:
        super().__init__()
        self.error = error


def _attempt(base: str, addr: object, path: str, data: bytes | None, retry: str, more: bool,
             deadline_at: float, scope: netguard.Scope | None) -> tuple[int, dict]:
    """One request to one node: (status, JSON object). ``_TryNext`` when it did not answer
    and the request may go to the next node (``more``), ``_NoAnswerError`` when it may not."""
    left = deadline_at - time.monotonic()
    if left <= 0:
        raise _TryNext(_NoAnswerError(f"The key vault at {_host(base)} answered too slowly."))
    req = urllib.request.Request(base.rstrip("/") + path, data=data,
                                 method="GET" if data is None else "POST")
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    wait = min(NODE_WAIT, left) if retry == REPEATABLE and more else left
    sent = netguard.Sent()
    try:
        status, body, _headers = netguard.urlopen(
            req, idle=ANSWER_WAIT, deadline=wait, limit=1 << 20, scope=scope, connect_to=addr,
            connect_timeout=min(CONNECT_WAIT, TIMEOUT) if more else TIMEOUT, sent=sent,
            redirects=False)  # (the vault's API never redirects: a 3xx is a refusal)
    except netguard.DeadlineExceeded:
        failure = _NoAnswerError(f"The key vault at {_host(base)} answered too slowly.")
        if not sent.sent or (retry == REPEATABLE and more):
            raise _TryNext(failure) from None
        raise failure from None
    except netguard.ProxyUnusable as exc:  # (nothing was sent: the vault did nothing)
        raise VaultError(
            str(exc), hint="Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.") from None
    except (OSError, http.client.HTTPException):  # URLError, timeouts, connection errors; a
        # status line or headers that are not HTTP, a chunked body cut short (no OSError)
        failure = _NoAnswerError(f"The key vault at {_host(base)} could not be reached.")
        if more and (not sent.sent or retry == REPEATABLE):
            raise _TryNext(failure) from None
        raise failure from None
    try:
        obj = json.loads(body) if body else {}
    except (ValueError, UnicodeDecodeError, RecursionError):  # (nested deeper than Python parses)
        obj = {}
    return status, obj if isinstance(obj, dict) else {}


def _raise_for(status: int, obj: dict, url: str) -> None:
    code = obj.get("error")
    if code == "destroyed" or status == 410:
        raise KeyDestroyedError(_DESTROYED_MSG)
    if code == "wrong_password":
        _raise_wrong(_int(obj.get("attempts_left")))
    if code == "rate_limited":
        # (A number of seconds, or nothing: the vault's own text never reaches the message.)
        wait = obj.get("retry_after")
        number = type(wait) in (int, float) and 0 < wait <= 86400  # (NaN and Infinity: no)
        raise VaultError(f"The key vault is limiting requests; try again in {wait} seconds."
                         if number else
                         "The key vault is limiting requests; try again in a few seconds.")
    if code == "account_required":
        raise _AccountRequired(obj.get("account"))
    if code == "unauthorized":
        raise _Unauthorized("The key vault does not recognise this backup's access token "
                            "or account.")
    if code == "account_unsupported":
        raise VaultError("The key vault does not accept Google accounts; choose a folder "
                         "backup or another vault.")
    if code == "bound":
        raise VaultError("The key vault record of this backup is already bound to an account.")
    if code == "not_found":
        raise _NotFoundError("The key vault has no key for this backup (it may have been deleted).")
    if code == "record_integrity":
        raise VaultError("The key vault found its stored record modified or damaged.")
    if code == "exists":
        raise VaultError("The key vault already has a key under this identifier.")
    raise VaultError(f"The key vault at {_host(url)} refused the request (HTTP {status}).")


class _NoAnswerError(VaultError):
    """No answer came (unreachable, too slow, cut off): the vault may or may not have done
    what was asked (a node can die between its commit and its answer, VAULT.md 10.8)."""


class _Unauthorized(VaultError):
    """The vault refused the access token or the account proof (nothing was counted)."""


class _NotFoundError(VaultError):
    """The vault keeps no live record under this user id (never made, or deleted)."""


class _AccountRequired(VaultError):
    """The vault wants an account proof of ``kind`` (``oidc``/``secret``/``sig``) for this
    record."""

    def __init__(self, kind: object) -> None:
        super().__init__("The key vault needs proof of the account this backup is bound to.")
        self.kind = kind if kind in (OIDC, SECRET, SIG) else None


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _raise_wrong(attempts_left: int) -> None:
    if attempts_left <= 0:
        raise KeyDestroyedError(_DESTROYED_MSG)
    # one sentence per case (a translation needs the whole sentence, docs/TRANSLATING.md)
    if attempts_left > MAX_ATTEMPTS:  # no vault allows that many: not a number to show
        message = ("Wrong password. The key vault allows many more attempts before it "
                   "destroys the key.")
    elif attempts_left == 1:
        message = ("Wrong password. The key vault allows one more attempt before it destroys "
                   "the key.")
    else:
        message = (
            # translators: %1: a number, 2 or more (one attempt has a sentence of its own)
            f"Wrong password. The key vault allows {attempts_left} more attempts "
            "before it destroys the key.")
    err = WrongKeyError(
        message,
        hint="Check the password and try again.",
    )
    # (None: not known, as when the abort went unanswered)
    err.attempts_left = attempts_left if attempts_left <= MAX_ATTEMPTS else None  # type: ignore[attr-defined]
    raise err


def _info(url: str | tuple[str, ...]) -> dict:
    return _request(url, "/v1/info", retry=REPEATABLE)


def _call(binding: VaultBinding, path: str, payload: dict | None = None, *,
          retry: str = ONCE) -> dict:
    """A request to the binding's vault: any of its nodes that shows the pinned key."""
    return _request(binding.urls, path, payload, retry=retry, pin=binding.server_public_key)


def _require_support(info: dict, account: str) -> None:
    kinds = info.get("accounts")
    if not isinstance(kinds, list):
        raise VaultError(
            "This key vault is too old: it cannot bind a backup's key to an account, so anyone "
            "holding the backup could use up its password attempts. Update the vault."
        )
    if _KIND[account] not in kinds:
        if account == GOOGLE:
            raise VaultError(
                "This key vault does not accept Google accounts, which Google Drive backups "
                "use to protect their password attempts."
            )
        raise _old_vault()


# ---------------------------------------------------------------------------- account proofs

_GOOGLE_MSG = (
    "The key vault lets only the Google account this backup belongs to try its password. "
    "Sign in to Google Drive (with access to your account's identity) and try again."
)
_DEVICE_MSG = (
    "The key vault lets only this backup's devices try its password. On a new computer, "
    "enter the recovery code you saved when you set up the key vault."
)


def _old_vault() -> VaultError:
    """A vault that takes no signed proofs: a folder backup's secrets would have to be sent."""
    return VaultError("This key vault is too old: it cannot check this computer's credential "
                      "or the recovery code without receiving them, and this app never sends "
                      "them. Nothing was sent. Update the key vault.")


def _google_token(access: VaultAccess | None) -> str:
    token = access.id_token() if access is not None and access.id_token else None
    if not token:
        raise VaultAccountError(_GOOGLE_MSG, account=GOOGLE,
                                hint="Sign in to Google Drive again.")
    return token


def _device_secrets(binding: VaultBinding, access: VaultAccess | None) -> list[bytes]:
    """This device's credential, then the recovery code: the secrets to try, in order."""
    found: list[bytes] = []
    if access is not None and access.devices is not None:
        secret = access.devices.load_vault_credential(binding.user_id)
        if secret is not None:
            found.append(secret)
    return found


def _recovery_code(access: VaultAccess | None) -> bytes | None:
    if access is None or access.recovery_code is None:
        return None
    code = access.recovery_code()
    return code if code else None


def _trust_of(access: VaultAccess | None) -> TrustedVaults:
    return access.trust if access is not None and access.trust is not None else default_trust()


def _remember(access: VaultAccess | None, url: str, key: str, source: str) -> None:
    try:
        _trust_of(access).add(url, key, source)
    except (OSError, ValueError) as exc:  # the backup itself must not fail over this
        import logging

        logging.getLogger("backupgui.vault").warning("cannot record the trusted key vault: %s",
                                                     exc)


def _require_trusted(binding: VaultBinding, access: VaultAccess | None) -> None:
    """The gate every account proof passes (docs/VAULT.md 1.7): a proof goes only to a vault
    this computer trusts, or one the user has just confirmed; ``VaultUntrustedError`` (and
    nothing sent) otherwise. The backup names its vault in the clear, so whoever can write
    the backup could otherwise collect proofs and spend the real record's attempts."""
    from .trust import join_addresses

    key = binding.server_public_key
    urls = join_addresses(binding.urls)  # (every node: a proof may go to any of them)
    if _trust_of(access).is_trusted(urls, key):
        return
    if access is not None and access.confirm is not None and access.confirm(urls, key):
        for each in binding.urls:
            _remember(access, each, key, CONFIRMED)
        return
    fp = fingerprint(key)
    raise VaultUntrustedError(
        # translators: %1: the key vault's address, %2: its identity (a fingerprint: groups of
        # letters and digits)
        f"This backup names a key vault this computer has not used: {display_url(urls)} (identity "
        f"{fp}). Nothing was sent to it. Continue only if this is the key vault you chose when "
        "you set up this backup: whoever can change the backup's storage can make it name "
        "their own server.",
        url=urls, server_public_key=key, fingerprint=fp,
        hint="To continue, confirm the vault, or run the command again with --trust-vault "
             "(or give the vault's address with --vault URL).")


@dataclass(frozen=True)
class _Prover:
    """One way this client proves the account: a Google ID token (``oidc``), or, for a device
    secret, signed proofs made with the secret's key for this vault (``sig``) or MAC proofs
    keyed with its verifier (``mac``, records not converted yet), one per login or request
    (docs/VAULT.md 1.9). A device secret itself is never sent: no ``secret`` prover exists."""

    kind: str
    value: str | bytes = field(repr=False)
    server_key: bytes = field(default=b"", repr=False)

    def _proof(self, context: bytes, user_id: str, payload: bytes) -> dict:
        if self.kind == OIDC:
            return {"kind": OIDC, "id_token": self.value}
        assert isinstance(self.value, bytes) and self.kind in (SIG, MAC)
        make = sig_proof if self.kind == SIG else mac_proof
        return make(self.value, self.server_key, context, user_id, payload)

    def login(self, user_id: str, ke1: bytes) -> dict:
        """The proof for one ``login/start`` with this KE1."""
        return self._proof(LOGIN_CONTEXT, user_id, login_payload(ke1))

    def for_body(self, context: bytes, user_id: str, body: dict) -> dict:
        """The proof for one request ``body`` (everything but its ``account`` field)."""
        return self._proof(context, user_id, canonical_body(body))


def _login_proofs(binding: VaultBinding, access: VaultAccess | None, kind: str | None,
                  kinds: frozenset[str] = frozenset()) -> Iterator[_Prover]:
    """Proofs to offer for a login, lazily (a recovery code is asked for only when needed).

    ``kinds``: the proof kinds the vault lists. A device secret is never sent (docs/VAULT.md
    1.9, item 5): each is offered signed first, then, if the vault refuses that (a record not
    converted yet) and lists ``mac``, as a MAC keyed with its verifier - neither reveals the
    secret, so a vault that refuses or claims to know only plain secrets gets nothing more.
    A vault that takes neither gets nothing (``VaultError``, before any secret is read)."""
    _require_trusted(binding, access)
    account = binding.account or {OIDC: GOOGLE, SECRET: DEVICE, SIG: DEVICE}.get(kind or "", "")
    if account == GOOGLE:
        yield _Prover(OIDC, _google_token(access))
    elif account == DEVICE:
        if SIG not in kinds:
            raise _old_vault()
        server_key = _b64d(binding.server_public_key, "pinned key")

        def proofs(secret: bytes, mac: bool) -> Iterator[_Prover]:
            yield _Prover(SIG, secret, server_key)
            if mac and MAC in kinds:
                yield _Prover(MAC, secret, server_key)

        for secret in _device_secrets(binding, access):
            # A credential known to be converted needs no MAC try (its record keeps no
            # verifier); it would reveal nothing either way.
            yield from proofs(secret, mac=not _signed_only(access, binding.user_id))
        code = _recovery_code(access)
        if code is None:
            raise VaultAccountError(_DEVICE_MSG, account=DEVICE,
                                    hint=f"The recovery code has {KEY_DIGITS} digits in "
                                         f"{KEY_GROUPS} groups.")
        yield from proofs(code, mac=True)


def _registration_proof(account: str, access: VaultAccess | None, user_id: str,
                        sig_key: bytes | None) -> tuple[Callable[[dict], dict], bytes | None]:
    """(proof binding a new record to ``account`` for a request body, new device credential
    or None). ``sig_key``: the vault's server key (it takes signed proofs); the record keeps
    the public keys of D and R, never their verifiers. A vault without signed proofs is
    refused for device records: registering there would mean sending D."""
    if account == GOOGLE:
        token = _google_token(access)
        return (lambda body: {"kind": OIDC, "id_token": token}), None
    if account != DEVICE:
        raise ValueError("unknown account kind")
    code = access.new_recovery_code if access is not None else None
    if code is None or len(code) != 32:
        raise ValueError("a folder backup's vault record needs a new recovery code")
    if sig_key is None:
        raise _old_vault()
    device = new_secret()
    keys = [_b64e(signing_public_key(s, sig_key)) for s in (device, code)]
    return (lambda body: sig_proof(device, sig_key, REGISTER_CONTEXT, user_id,
                                   canonical_body(body), public_keys=keys)), device


def _signed_only(access: VaultAccess | None, user_id: str) -> bool:
    """Whether this computer's credential for the record is known to be converted (1.9)."""
    check = getattr(access.devices, "vault_signed", None) if access is not None else None
    return bool(check and check(user_id))


def _mark_signed(access: VaultAccess | None, user_id: str) -> None:
    """Remember (in the keyring) that this computer's credential proves itself by signatures."""
    mark = getattr(access.devices, "mark_vault_signed", None) if access is not None else None
    if mark is not None:
        mark(user_id)


def _is_mine(binding: VaultBinding, access: VaultAccess | None, used: _Prover | None) -> bool:
    """Whether the proof used is this computer's own device credential."""
    return (used is not None and access is not None and access.devices is not None
            and used.value in _device_secrets(binding, access))


def _kinds(info: dict) -> frozenset[str]:
    """The proof kinds a vault's ``/v1/info`` lists (an old vault: none)."""
    kinds = info.get("accounts")
    return frozenset(k for k in kinds if isinstance(k, str)) if isinstance(kinds, list) else (
        frozenset())


def _takes_sig(info: dict) -> bool:
    return SIG in _kinds(info)


def _registered(user_id: str, device: bytes | None, access: VaultAccess | None,
                signed: bool = False) -> None:
    """Keep the new device credential in the keyring and let the caller show the code."""
    if access is None:
        return
    if device is not None and access.devices is not None:
        if access.devices.save_vault_credential(user_id, device) and signed:
            _mark_signed(access, user_id)
    if device is not None and access.on_recovery_code is not None and access.new_recovery_code:
        access.on_recovery_code(access.new_recovery_code)


def _suite(ksf: Argon2idParams) -> opaque.Suite:
    return opaque.Suite(ksf)


def _check_pin(binding: VaultBinding, actual: bytes) -> None:
    if not secrets.compare_digest(_b64d(binding.server_public_key, "pinned key"), actual):
        raise _pin_error()


# ---------------------------------------------------------------------------- operations


def _register(
    url: str | tuple[str, ...],
    path_prefix: str,
    user_id: str,
    token: str,
    password: bytes,
    key: bytes,
    ksf: Argon2idParams,
    pinned: bytes,
    extra: dict,
    prove: Callable[[dict], dict] | None = None,
) -> None:
    """Register (or re-register) a record; ``prove(body)`` gives each request's proof."""
    suite = _suite(ksf)
    blind, request = opaque.create_registration_request(password)
    base = {"user_id": user_id, **({"access_token": token} if token else {}), **extra}

    def proved(body: dict) -> dict:
        return {**body, "account": prove(body)} if prove is not None else body

    pin_text = _b64e(pinned)
    resp = _request(url, f"{path_prefix}/start", pin=pin_text, payload=
                    proved({**base, "registration_request": _b64e(request)}))
    try:
        record, export_key, spk = opaque.finalize_registration_request(
            suite, password, blind, _b64d(resp.get("registration_response"), "registration")
        )
    except opaque.OpaqueError:
        raise VaultError("The key vault sent an invalid registration response.") from None
    if not secrets.compare_digest(spk, pinned):
        raise VaultError("The key vault answered with a different server key; nothing was stored.")
    wrapped = wrap_key(export_key, user_id, key)
    finish = proved({**base, "record": _b64e(record), "wrapped_key": _b64e(wrapped)})
    if path_prefix != "/v1/password":
        _request(url, f"{path_prefix}/finish", finish, pin=pin_text)
        return
    # A password change whose answer is lost may have happened. The vault answers the same
    # request again with success when the record is already this one (VAULT.md 10.8), so
    # ask again (through the vault's address: another node) before saying it is unknown.
    for pause in FINISH_RETRIES:
        try:
            _request(url, f"{path_prefix}/finish", finish, retry=REPEATABLE, pin=pin_text)
            return
        except _NoAnswerError:
            if pause is None:
                raise _NoAnswerError(
                    "The key vault stopped answering while it changed the password; the new "
                    "password may already be in effect."
                ) from None
        scope = netguard.current_scope()
        if scope is not None:
            scope.sleep(pause)  # Stop ends the wait (CancelledError)
        else:
            time.sleep(pause)


def vault_store_key(
    url: str,
    password: str,
    key: bytes,
    *,
    ksf: Argon2idParams | None = None,
    server_public_key: str | None = None,
    account: str = DEVICE,
    access: VaultAccess | None = None,
) -> VaultBinding:
    """Register a new vault record protecting ``key`` (32 bytes) with ``password``.

    The record is bound to ``account``: ``google`` (``access.id_token`` gives the ID token)
    or ``device`` (a new device credential, kept through ``access.devices``, and
    ``access.new_recovery_code``). ``server_public_key`` (base64url) pins the vault up front;
    otherwise the key the vault presents now is pinned (trust on first use). ``ksf``
    defaults to Argon2id 64 MiB, t=3, p=4.
    """
    if len(key) != 32:
        raise ValueError("the backup key must be 32 bytes")
    params = ksf or DEFAULT_ARGON2ID
    urls = addresses(url)
    info = _info(urls[0])
    actual = _b64d(info.get("server_public_key"), "server key")
    if server_public_key is not None and not secrets.compare_digest(
        _b64d(server_public_key, "pinned key"), actual
    ):
        raise VaultError("The key vault's server key is not the expected one; nothing was stored.")
    for other in urls[1:]:  # every node given now must be this vault (one key): asked now
        if not secrets.compare_digest(_b64d(_info(other).get("server_public_key"),
                                            "server key"), actual):
            # translators: %1, %2: two addresses given for the same key vault
            raise VaultError(f"The key vault at {_host(other)} has another identity (server "
                             f"key) than the one at {_host(urls[0])}; nothing was stored.")
    _require_support(info, account)
    user_id = _b64e(os.urandom(18))
    prove, device = _registration_proof(account, access, user_id,
                                        actual if _takes_sig(info) else None)
    _register(urls, "/v1/register", user_id, "", password.encode(), key, params, actual, {},
              prove)
    _registered(user_id, device, access, signed=_takes_sig(info))
    for each in urls:  # set up from this computer: trusted here
        _remember(access, each, _b64e(actual), SETUP)
    return VaultBinding(urls[0], user_id, "", _b64e(actual), params.to_string(), account,
                        urls[1:])


def _with_proof(binding: VaultBinding, access: VaultAccess | None, call,
                kinds: frozenset[str] = frozenset()):
    """Run ``call(prover)`` with the first accepted account proof (``kinds``: what the vault
    lists in ``/v1/info``).

    A v1 binding goes without one (its access token), unless the vault says the record has
    been bound meanwhile (an upgrade whose new config was not written, or an old config copy).
    Refusals are free: the vault counts nothing before the proof is accepted.
    """
    kind = None
    if binding.is_v1:
        try:
            return call(None)
        except _AccountRequired as exc:
            kind = exc.kind
            if kind is None:
                raise
    last: VaultError | None = None
    for prover in _login_proofs(binding, access, kind, kinds):
        try:
            return call(prover)
        except _AccountRequired as exc:
            if prover.kind == MAC and exc.kind == SIG:  # converted: signed proofs only
                last = exc
                continue
            raise VaultError("The key vault record of this backup is bound to another kind "
                             "of account than its settings say.") from None
        except _Unauthorized as exc:  # a refused proof: try the next one
            last = exc
    assert last is not None
    if binding.account == GOOGLE or kind == OIDC:
        raise VaultAccountError(
            "The key vault refused this Google account: the backup's key is bound to another "
            "one. Sign in to Google Drive with the account that made the backup.",
            account=GOOGLE,
        )
    if MAC not in kinds:  # a vault from before MAC proofs cannot open an older client's record
        raise VaultAccountError(
            "The key vault refused this computer's device credential and the recovery code. "
            "If an older version of backupgui set up this backup's key vault, the key vault "
            "must be updated first: this version never sends the credential or the code.",
            account=DEVICE,
        )
    raise VaultAccountError(
        "The key vault refused this computer's device credential and the recovery code. "
        "Check the recovery code.",
        account=DEVICE,
    )


def _identity(binding: VaultBinding, proof: dict | None) -> dict:
    ident: dict = {"user_id": binding.user_id}
    if binding.access_token:
        ident["access_token"] = binding.access_token
    if proof is not None:
        ident["account"] = proof
    return ident


def _login(
    binding: VaultBinding, password: str, purpose: str, access: VaultAccess | None = None
) -> tuple[dict, bytes, _Prover | None]:
    """Full OPAQUE login; returns (finish response, export_key, the account proof used)."""
    try:
        ksf = Argon2idParams.from_string(binding.ksf)
    except ValueError:
        raise VaultError("The vault settings of this backup are damaged.") from None
    info = _call(binding, "/v1/info", retry=REPEATABLE)
    _check_pin(binding, _b64d(info.get("server_public_key"), "server key"))  # before any attempt
    kinds = _kinds(info)
    suite = _suite(ksf)
    pw = password.encode()
    state, ke1 = opaque.generate_ke1(suite, pw)

    def start_with(prover: _Prover | None) -> tuple[dict, _Prover | None]:
        proof = None if prover is None else prover.login(binding.user_id, ke1)
        body = {**_identity(binding, proof), "ke1": _b64e(ke1)}
        return _call(binding, "/v1/login/start", body), prover

    start, used = _with_proof(binding, access, start_with, kinds)
    if used is not None and used.kind == SIG and _is_mine(binding, access, used):
        _mark_signed(access, binding.user_id)
    session_id = start.get("session_id")
    _check_pin(binding, _b64d(start.get("server_public_key"), "server key"))
    try:
        result = opaque.generate_ke3(suite, state, pw, _b64d(start.get("ke2"), "KE2"))
    except opaque.EnvelopeRecoveryError:
        try:
            settled = _call(binding, "/v1/login/abort", {"session_id": session_id})
        except _NoAnswerError:
            # The password is wrong whatever became of the abort: its attempt was counted
            # when KE2 was sent. Only the number left is unknown.
            err = WrongKeyError(
                "Wrong password. The key vault did not answer how many attempts remain.",
                hint="Check the password and try again.",
            )
            err.attempts_left = None  # type: ignore[attr-defined]
            raise err from None
        _raise_wrong(_int(settled.get("attempts_left")))
        raise AssertionError from None  # unreachable
    except opaque.OpaqueError:
        _call(binding, "/v1/login/abort", {"session_id": session_id})
        raise VaultError(
            "The key vault failed to prove its identity; nothing was released."
        ) from None
    _check_pin(binding, result.server_public_key)
    if purpose == "fetch" and (_wants_device(binding, access, used) or _wants_upgrade(used)):
        # The same login, plus a grant to enroll this computer (1.8) or convert the secret
        # to a signing key (1.9).
        purpose = "change"
    try:
        finish = _call(
            binding,
            "/v1/login/finish",
            {"session_id": session_id, "ke3": _b64e(result.ke3), "purpose": purpose},
        )
    except _NoAnswerError:
        if purpose == "delete":  # (the session is used up: asking again cannot tell)
            raise VaultError("The key vault stopped answering while it deleted this backup's "
                             "key; the key may already be deleted.") from None
        raise
    return finish, result.export_key, used


def _wants_device(binding: VaultBinding, access: VaultAccess | None,
                  used: _Prover | None) -> bool:
    """A folder backup's record opened with the recovery code on a computer that can keep a
    device credential (docs/VAULT.md 1.8)."""
    if (binding.account != DEVICE or used is None or used.kind not in (MAC, SIG)
            or access is None or access.devices is None):
        return False
    return used.value not in _device_secrets(binding, access)


def _wants_upgrade(used: _Prover | None) -> bool:
    """A record opened with a MAC proof (it keeps the secret's verifier): convert it."""
    return used is not None and used.kind == MAC


def _new_device(binding: VaultBinding, access: VaultAccess) -> bytes | None:
    """A new credential for this computer, kept in its keyring (None: no usable keyring)."""
    import logging

    device = new_secret()
    if not access.devices.save_vault_credential(binding.user_id, device):
        logging.getLogger("backupgui.vault").info(
            "no usable keyring: this computer keeps no vault device credential")
        return None
    return device


def _enroll_device(binding: VaultBinding, access: VaultAccess, used: _Prover,
                   grant: object) -> bool:
    """Give this computer its own device credential after a recovery-code login, so later
    logins here need no recovery code. Never fails the caller: False (logged) if it could
    not."""
    import logging

    logger = logging.getLogger("backupgui.vault")
    if not isinstance(grant, str):
        return False
    try:
        device = _new_device(binding, access)
        if device is None:
            return False
        server_key = _b64d(binding.server_public_key, "pinned key")
        body: dict = {"user_id": binding.user_id, "grant": grant,
                      "public_key": _b64e(signing_public_key(device, server_key))}
        body["account"] = used.for_body(DEVICE_CONTEXT, binding.user_id, body)
        _call(binding, "/v1/account/device", body)
    except (VaultError, OSError, ValueError) as exc:
        logger.warning("could not enroll this computer with the key vault: %s", exc)
        return False
    _mark_signed(access, binding.user_id)
    logger.info("this computer now has its own key vault device credential")
    return True


def _upgrade_secret(binding: VaultBinding, access: VaultAccess | None, used: _Prover,
                    grant: object) -> bool:
    """Convert the secret just proved by its verifier (a MAC proof) to its signing key
    (docs/VAULT.md 1.9); on a computer that used the recovery code, enroll its own credential
    in the same request. Never fails the caller: False (logged) if it could not."""
    import logging

    logger = logging.getLogger("backupgui.vault")
    if not isinstance(grant, str) or not isinstance(used.value, bytes):
        return False
    try:
        server_key = _b64d(binding.server_public_key, "pinned key")
        keys = [signing_public_key(used.value, server_key)]
        converts_mine = _is_mine(binding, access, used)
        if access is not None and _wants_device(binding, access, used):
            device = _new_device(binding, access)
            if device is not None:
                keys.append(signing_public_key(device, server_key))
        body: dict = {"user_id": binding.user_id, "grant": grant,
                      "public_keys": [_b64e(k) for k in keys]}
        body["account"] = used.for_body(UPGRADE_CONTEXT, binding.user_id, body)
        answer = _call(binding, "/v1/account/upgrade", body)
    except (VaultError, OSError, ValueError) as exc:
        logger.warning("could not convert the key vault credential to a signing key: %s", exc)
        return False
    logger.info("key vault credential converted to a signing key (%s secrets)",
                answer.get("secrets"))
    if converts_mine or (len(keys) == 2 and answer.get("enrolled") is True):
        _mark_signed(access, binding.user_id)
    return True


def _unwrap(binding: VaultBinding, finish: dict, export_key: bytes) -> bytes:
    try:
        return unwrap_key(export_key, binding.user_id, _b64d(finish.get("wrapped_key"), "key"))
    except UnwrapError:
        raise VaultError(
            "The key returned by the vault does not decrypt; it may be damaged."
        ) from None


def vault_fetch_key(
    binding: VaultBinding, password: str, access: VaultAccess | None = None
) -> bytes:
    """Log in with ``password`` and return K. Each wrong password uses one attempt.

    ``VaultAccountError`` (nothing counted) when the account proof is missing or refused.
    """
    finish, export_key, used = _login(binding, password, "fetch", access)
    key = _unwrap(binding, finish, export_key)
    if "grant" in finish and used is not None:
        if _wants_upgrade(used):
            _upgrade_secret(binding, access, used, finish["grant"])
        elif access is not None:
            _enroll_device(binding, access, used, finish["grant"])
    return key


def vault_bind_account(
    binding: VaultBinding, password: str, account: str, access: VaultAccess | None = None
) -> tuple[bytes, VaultBinding]:
    """Upgrade a v1 binding: bind its record to ``account`` after a verified login.

    Returns (K, the new binding to store in place of the old one, without access token). The
    vault requires the old access token *and* a grant from the verified login, so the token
    found in an old copy of the backup is not enough to bind the record to someone else.
    """
    if not binding.is_v1:
        raise ValueError("this binding is already bound to an account")
    info = _call(binding, "/v1/info", retry=REPEATABLE)
    _check_pin(binding, _b64d(info.get("server_public_key"), "server key"))
    _require_support(info, account)
    _require_trusted(binding, access)  # the new proof goes only to a vault trusted here
    sig_key = _b64d(binding.server_public_key, "pinned key") if _takes_sig(info) else None
    prove, device = _registration_proof(account, access, binding.user_id, sig_key)
    finish, export_key, _ = _login(binding, password, "change", access)
    key = _unwrap(binding, finish, export_key)
    grant = finish.get("grant")
    if not isinstance(grant, str):
        raise VaultError("The key vault did not authorise the account binding.")
    body = {**_identity(binding, None), "grant": grant}
    _call(binding, "/v1/account/bind", {**body, "account": prove(body)})
    _registered(binding.user_id, device, access, signed=sig_key is not None)
    for each in binding.urls:
        _remember(access, each, binding.server_public_key, UPGRADE)
    return key, dataclasses.replace(binding, access_token="", account=account)


def vault_change_password(
    binding: VaultBinding,
    old_password: str,
    new_password: str,
    *,
    ksf: Argon2idParams | None = None,
    access: VaultAccess | None = None,
) -> VaultBinding:
    """Re-protect the same K under ``new_password``; returns the binding to store.

    The new registration uses ``ksf`` if given, else the binding's parameters when they are
    at least the production floor, else the production default (weak settings get upgraded).
    """
    old_ksf = Argon2idParams.from_string(binding.ksf)
    new_ksf = ksf or (old_ksf if is_at_least(old_ksf, MINIMUM_ARGON2ID) else DEFAULT_ARGON2ID)
    finish, export_key, used = _login(binding, old_password, "change", access)
    key = _unwrap(binding, finish, export_key)
    grant = finish.get("grant")
    if not isinstance(grant, str):
        raise VaultError("The key vault did not authorise the password change.")
    pinned = _b64d(binding.server_public_key, "pinned key")
    changed = dataclasses.replace(binding, ksf=new_ksf.to_string())
    try:
        _register(
            binding.urls,
            "/v1/password",
            binding.user_id,
            binding.access_token,
            new_password.encode(),
            key,
            new_ksf,
            pinned,
            {"grant": grant},
            None if used is None else (
                lambda body: used.for_body(PASSWORD_CONTEXT, binding.user_id, body)),
        )
    except _NoAnswerError as exc:
        # Outcome unknown: the caller may keep the binding for the new password too (its
        # stretching parameters can differ from the old binding's).
        exc.binding = changed  # type: ignore[attr-defined]
        raise
    return changed


def vault_delete(binding: VaultBinding, password: str, access: VaultAccess | None = None, *,
                 gone_ok: bool = False) -> bool:
    """Delete the record (after a verified login). K is then unrecoverable from the vault.

    ``gone_ok``: a record the vault no longer keeps (deleted: 404, destroyed after too many
    wrong passwords: 410) is what was asked for; returns False then, True when this call
    deleted it. A wrong password costs one of the record's attempts, as any login."""
    try:
        finish, _, _ = _login(binding, password, "delete", access)
    except (_NotFoundError, KeyDestroyedError):
        if not gone_ok:
            raise
        return False
    if finish.get("deleted") is not True:
        raise VaultError("The key vault did not confirm the deletion.")
    return True


# ---------------------------------------------------------------------------- backup sequence

SEQUENCE_CONTEXT = b"backupgui/v2/vault-sequence"


@dataclass(frozen=True)
class VaultSequence:
    """The highest backup sequence number the vault keeps for a set (0: none recorded)."""

    seq: int
    snapshot_id: str = ""


def _sequence_message(user_id: str, set_id: str, seq: int, snapshot_id: str) -> bytes:
    return b"\x00".join((SEQUENCE_CONTEXT, user_id.encode(), set_id.encode(),
                         seq.to_bytes(8, "big") + snapshot_id.encode()))


def _signing_key(seed: bytes):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(seed)


def _public_bytes(private) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.public_key().public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw)


def _checked_sequence(binding: VaultBinding, seed: bytes, set_id: str, answer: dict) -> VaultSequence:
    """The vault's answer, if it is signed by this set's key (a vault database cannot make one
    up); ``VaultError`` otherwise."""
    from cryptography.exceptions import InvalidSignature

    seq = answer.get("seq")
    if type(seq) is not int or seq < 0:
        raise VaultError("The key vault sent an invalid backup sequence record.")
    if seq == 0:
        return VaultSequence(0)
    snapshot_id = answer.get("snapshot_id")
    if answer.get("set_id") != set_id or type(snapshot_id) is not str:
        raise VaultError("The key vault's backup sequence record is for another backup set.")
    private = _signing_key(seed)
    try:
        private.public_key().verify(_b64d(answer.get("signature"), "signature"),
                                    _sequence_message(binding.user_id, set_id, seq, snapshot_id))
    except InvalidSignature:
        raise VaultError("The key vault's backup sequence record is not signed by this "
                         "backup's key.") from None
    return VaultSequence(seq, snapshot_id)


def vault_read_sequence(binding: VaultBinding, seed: bytes, set_id: str) -> VaultSequence:
    """The highest backup sequence number the vault keeps for the set (docs/VAULT.md 2.1).
    ``seed``: ``SetKeys.sequence``. No attempt is counted and no proof is needed."""
    answer = _call(binding, "/v1/sequence", {"user_id": binding.user_id},
                      retry=REPEATABLE)
    return _checked_sequence(binding, seed, set_id, answer)


def vault_record_sequence(binding: VaultBinding, seed: bytes, set_id: str, seq: int,
                          snapshot_id: str, access: VaultAccess | None = None) -> VaultSequence:
    """Tell the vault that the set reached backup ``seq`` (``snapshot_id``); the vault keeps
    the highest number it was told. The first update of a record registers the set's public
    key and needs the account proof (ID token, this device's credential; a recovery code
    is never asked for here). Returns what the vault keeps afterwards."""
    private = _signing_key(seed)
    body = {"user_id": binding.user_id, "set_id": set_id, "seq": seq, "snapshot_id": snapshot_id,
            "public_key": _b64e(_public_bytes(private)),
            "signature": _b64e(private.sign(_sequence_message(binding.user_id, set_id, seq,
                                                              snapshot_id)))}
    try:
        answer = _call(binding, "/v1/sequence", body, retry=REPEATABLE)
    except _AccountRequired:
        quiet = dataclasses.replace(access, recovery_code=None) if access is not None else None
        answer = None
        info = _call(binding, "/v1/info", retry=REPEATABLE)
        provers = (_login_proofs(binding, quiet, None, _kinds(info))
                   if not binding.is_v1 else ())
        for prover in provers:
            proof = prover.for_body(SEQUENCE_PROOF_CONTEXT, binding.user_id, body)
            try:
                answer = _call(binding, "/v1/sequence", {**body, "account": proof})
                break
            except (_Unauthorized, _AccountRequired):
                continue
        if answer is None:
            raise VaultAccountError("The key vault needs proof of this backup's account to keep "
                                    "its backup count.", account=binding.account or DEVICE) from None
    return _checked_sequence(binding, seed, set_id, answer)
