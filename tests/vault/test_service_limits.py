"""``VaultService`` built in code takes the same attempt limit as ``backupgui-vault serve
--max-attempts``: 1 to ``limits.MAX_ATTEMPTS`` (VAULT.md 1.5). A larger limit was taken
as it was, and a client says any count above the maximum as "many" (SECURITY.md 2.18).
A refused limit is refused before the store or the token is touched. Real SQLite, real
SoftHSM2 token."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from backupgui.services import vault_server
from backupgui.vault import client
from backupgui.vault.limits import MAX_ATTEMPTS

from .conftest import PKCS11_MODULE, TEST_PIN, TOKEN_LABEL


@pytest.fixture
def parts(hsm_env, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SOFTHSM2_CONF", hsm_env["SOFTHSM2_CONF"])
    from backupgui.vault.hsm import Sealer
    from backupgui.vault.store import open_store

    db = tmp_path / "vault.sqlite"
    store = open_store(str(db))
    sealer = Sealer(PKCS11_MODULE, TOKEN_LABEL, TEST_PIN)
    try:
        yield store, sealer, db
    finally:
        store.close()
        sealer.close()


def test_one_maximum_for_the_service_its_command_line_and_the_client() -> None:
    assert client.MAX_ATTEMPTS is MAX_ATTEMPTS
    assert vault_server.MAX_ATTEMPTS is MAX_ATTEMPTS
    serve = vault_server._parser()._subparsers._group_actions[0].choices["serve"]  # type: ignore[union-attr]
    (option,) = [a for a in serve._actions if "--max-attempts" in a.option_strings]
    assert option.help.endswith(f"(1-{MAX_ATTEMPTS})")


@pytest.mark.parametrize("limit", [1, MAX_ATTEMPTS])
def test_the_bounds_are_taken_and_told(parts, limit: int) -> None:
    from backupgui.vault.service import VaultService

    store, sealer, _ = parts
    service = VaultService(store, sealer, limit)
    assert service.max_attempts == limit
    assert service.info()["max_attempts"] == limit


@pytest.mark.parametrize("limit", [MAX_ATTEMPTS + 1, 10**9, 0, -3, True, 10.0, "10", None])
def test_a_limit_beyond_them_is_refused_before_anything_is_touched(parts, limit) -> None:
    from backupgui.vault.service import VaultService

    store, sealer, db = parts
    with pytest.raises(ValueError, match=f"max_attempts must be a whole number from 1 to {MAX_ATTEMPTS}"):
        VaultService(store, sealer, limit)
    with sqlite3.connect(db) as c:  # no server keys were made for a service that never ran
        assert c.execute("SELECT count(*) FROM meta WHERE name = 'server_keys'").fetchone() == (0,)
