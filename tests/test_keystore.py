"""The key store keeps K in a keyring and never falls back to anything weaker."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from keyring.backends import chainer, fail, null

from backupgui.device.keystore import SERVICE, KeyStore
from backupgui.device.settings import AppSettings, now_iso
from tests.memory_keyring import MemoryKeyring

SET = "0123456789abcdef0123456789abcdef"


def test_save_load_forget_roundtrip():
    ring = MemoryKeyring()
    ks = KeyStore(ring)
    assert ks.available()
    key = bytes(range(32))
    assert ks.save(SET, key)
    assert ks.load(SET) == key
    # stored under the service, keyed per set, and not as the raw bytes
    ((service, user), value), = ring.items.items()
    assert service == SERVICE and SET in user
    assert base64.b64decode(value) == key
    ks.forget(SET)
    assert ks.load(SET) is None
    ks.forget(SET)  # forgetting twice is fine


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_unusable_backends_are_reported_and_never_store(backend):
    ks = KeyStore(backend)
    st = ks.status()
    assert not st.available and st.reason
    assert ks.save(SET, bytes(32)) is False
    assert ks.load(SET) is None


def test_chainer_without_backends_is_unusable():
    # A subclass, not a patch of ``backends``: reading that class property asks every backend
    # keyring found for its priority, and the Secret Service backend, once found while an
    # earlier test's private D-Bus was up, raises when that bus is gone.
    class NoBackends(chainer.ChainerBackend):
        backends: list = []

    assert not KeyStore(NoBackends()).available()


def test_bad_inputs_rejected():
    ks = KeyStore(MemoryKeyring())
    with pytest.raises(ValueError):
        ks.save(SET, b"short")
    with pytest.raises(ValueError):
        ks.save("../etc", bytes(32))


def test_garbage_entry_is_ignored():
    ring = MemoryKeyring()
    ring.items[(SERVICE, "set-" + SET)] = "not base64!!"
    assert KeyStore(ring).load(SET) is None


def test_reminder_every_two_weeks_and_snooze():
    s = AppSettings(set_id=SET, key_mode="password")
    assert s.reminder_due()  # never checked
    s.last_key_check = now_iso()
    assert not s.reminder_due()
    later = datetime.now(UTC) + timedelta(days=15)
    assert s.reminder_due(later)
    s.reminder_snoozed_until = (later + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert not s.reminder_due(later)
    assert not AppSettings().reminder_due()  # no encryption, no reminder


def test_settings_default_keep_matches_engine():
    from dataclasses import astuple

    from backupgui.device.settings import MAX_KEEP_RULE
    from backupgui.engine.types import DEFAULT_RETENTION, MAX_RULE

    assert AppSettings().keep_rules() == astuple(DEFAULT_RETENTION)
    assert MAX_KEEP_RULE == MAX_RULE


def test_old_settings_migrate_to_the_time_rules_keeping_at_least_as_many():
    """Settings saved before the time rules: ``keep`` at the old default (2, saved whether
    chosen or not) becomes the new default; one set otherwise stays; the time rules take their
    defaults. Settings saved since are left as they are."""
    for old, new in ((2, 3), (1, 1), (5, 5), (40, 40)):
        s = AppSettings(keep=old)
        s.migrate_retention({"keep", "destination"})
        assert s.keep_rules() == (new, 7, 4, 12, 0)
    s = AppSettings(keep=2, keep_daily=0, keep_weekly=0, keep_monthly=0)
    s.migrate_retention({"keep", "keep_daily", "keep_weekly"})  # chosen since: untouched
    assert s.keep_rules() == (2, 0, 0, 0, 0)
    s = AppSettings()
    s.migrate_retention(set())  # nothing saved: the defaults
    assert s.keep_rules() == (3, 7, 4, 12, 0)
