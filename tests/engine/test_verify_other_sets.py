"""Verify's report of the other sets at the destination takes each set's config as the sets'
scan read it for the unlock (one read per set and run, docs/DRIVE.md 5, SECURITY.md 2.16);
a set the scan did not see is read then, and each case is still reported as before."""

from __future__ import annotations

import secrets

from backupgui.crypto.material import RawKey
from backupgui.engine import BackupRequest, backup, verify
from backupgui.engine.repository import SETS, scan_sets
from backupgui.engine.types import VerifyRequest

A, B, C = (RawKey(bytes([n]) * 32) for n in (1, 2, 3))


def test_verify_reports_the_other_sets(demo_lib, dest):
    mine = backup(BackupRequest(demo_lib, dest, A)).set_id
    other = backup(BackupRequest(demo_lib, dest, B, new_set=True)).set_id
    damaged = secrets.token_hex(16)
    dest.put(f"{SETS}{damaged}/config", b"not a config", new=True)
    dest.put(f"{SETS}{damaged}/snapshots/x", b"x", new=True)
    warnings = verify(VerifyRequest(dest, A)).warnings
    assert any(f"backup set {other} does not open with this key" in w for w in warnings)
    assert any(f"backup set {damaged} has damaged settings" in w for w in warnings)
    assert not any(mine in w for w in warnings)


def test_a_scan_takes_the_configs_an_earlier_scan_read(demo_lib, dest):
    first = backup(BackupRequest(demo_lib, dest, A)).set_id
    before = scan_sets(dest)
    # After the scan: the first set's config replaced by damage (a read now would refuse it),
    # and a new set made.
    dest.put(f"{SETS}{first}/config", b"damage", new=False)
    later = backup(BackupRequest(demo_lib, dest, C, new_set=True)).set_id
    again = scan_sets(dest, dest.list(SETS), before)
    assert {s.config.set_id for s in again} == {first, later}  # (the new one read now)
    assert next(s for s in again if s.config.set_id == first).config is before[0].config
    assert {s.config.set_id for s in scan_sets(dest)} == {later}  # (read afresh: damaged)
