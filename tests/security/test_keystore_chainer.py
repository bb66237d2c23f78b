"""Finding 11 (the keystore part): a keyring chainer is judged by what it chains to.

Before the fix ``keystore.py`` accepted any chainer with a backend that was not the fail
backend: a chainer of a plaintext file keyring (keyrings.alt) took K, in clear, into a
file; and a chainer falls through to its next backend when one refuses, so K could end up
in the plaintext one even behind a real keyring. ``google_auth.keyring_status`` checked
the chained backends; now both use one check (``keystore.secure_backends``), and the key
store writes only to the secure backend itself.
"""

from __future__ import annotations

import base64

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from backupgui.device.keystore import KeyStore
from tests.memory_keyring import MemoryKeyring

SET = "0123456789abcdef0123456789abcdef"
KEY = bytes(range(32))


class PlainFile(KeyringBackend):
    """Stands for keyrings.alt's PlaintextKeyring: whatever it is given is on disk in clear."""

    priority = 0.5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


PlainFile.__module__ = "keyrings.alt.file"


class Refusing(MemoryKeyring):
    """A real keyring that cannot store right now (a chainer then tries the next one)."""

    def set_password(self, service, username, password):
        raise NotImplementedError


def _chain(*backends) -> chainer.ChainerBackend:
    cls = type("Chain", (chainer.ChainerBackend,), {"backends": list(backends)})
    return cls()


@pytest.mark.parametrize("n", [1, 2])
def test_a_chainer_of_plaintext_keyrings_is_refused(n):
    plains = [PlainFile() for _ in range(n)]
    ks = KeyStore(_chain(*plains))
    assert not ks.available() and "plain file" in ks.status().reason
    assert ks.save(SET, KEY) is False
    assert all(p.items == {} for p in plains), "K was written to a plaintext keyring"


@pytest.mark.parametrize("other", [null.Keyring(), fail.Keyring()], ids=["null", "fail"])
def test_a_chainer_of_backends_that_store_nothing_is_refused(other):
    ks = KeyStore(_chain(other, PlainFile()))
    assert not ks.available()


def test_behind_a_real_keyring_k_never_falls_through_to_a_plaintext_one():
    plain, real = PlainFile(), Refusing()
    ks = KeyStore(_chain(real, plain))
    assert ks.available()
    assert ks.save(SET, KEY) is False  # the real one refused: not saved, and said so
    assert plain.items == {}, "K fell through the chainer into the plaintext keyring"
    # A key planted in the plaintext keyring is not read back either.
    plain.items[("backupgui", "set-" + SET)] = base64.b64encode(bytes(32)).decode()
    assert ks.load(SET) is None


def test_a_chainer_with_a_real_keyring_works_through_that_keyring():
    plain, real = PlainFile(), MemoryKeyring()
    ks = KeyStore(_chain(real, plain))
    assert ks.save(SET, KEY) and ks.load(SET) == KEY
    assert plain.items == {} and len(real.items) == 1
    ks.forget(SET)
    assert real.items == {}


@pytest.mark.parametrize("make", [
    lambda: _chain(PlainFile()), lambda: _chain(null.Keyring()), lambda: _chain(),
    lambda: _chain(MemoryKeyring(), PlainFile()), lambda: PlainFile(), lambda: fail.Keyring(),
    lambda: null.Keyring(), lambda: MemoryKeyring()],
    ids=["chain-plain", "chain-null", "chain-empty", "chain-real-plain", "plain", "fail", "null",
         "real"])
def test_key_store_and_google_sign_in_share_one_verdict(make):
    from backupgui.destinations.google_auth import keyring_status

    backend = make()
    old = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        assert keyring_status()[0] == KeyStore().available()
    finally:
        keyring.set_keyring(old)


def test_the_vault_device_credential_never_falls_through_either():
    plain, real = PlainFile(), Refusing()
    ks = KeyStore(_chain(real, plain))
    assert ks.save_vault_credential("u" * 22, KEY) is False
    assert plain.items == {}
    plain.items[("backupgui", "vault-device-" + "u" * 22)] = base64.b64encode(KEY).decode()
    assert ks.load_vault_credential("u" * 22) is None


def test_the_google_refresh_token_never_falls_through_either():
    """The Google sign-in wrote through the module-level keyring (the chainer): a refusing real
    keyring let the refresh token fall into the plaintext one. Fails before the fix."""
    from backupgui.destinations import google_auth

    plain, real = PlainFile(), Refusing()
    old = keyring.get_keyring()
    keyring.set_keyring(_chain(real, plain))
    try:
        with pytest.raises(google_auth.KeyringUnavailableError):
            google_auth._save_refresh_token("ana@example.com", "1//refresh-secret", "cid")
        assert plain.items == {}, "the refresh token fell through the chainer"
        plain.items[("backupgui", google_auth._LAST_ACCOUNT)] = "ana@example.com"
        plain.items[("backupgui", "ana@example.com")] = '{"refresh_token": "planted"}'
        assert google_auth.saved_account() is None
        assert google_auth.load_saved_credentials() is None
    finally:
        keyring.set_keyring(old)
