"""The vault's storage layer: versioned migrations (from the first SQLite schema on), a newer
schema refused, and the ways ``--db`` names a PostgreSQL database."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from backupgui.errors import WrongKeyError
from backupgui.vault import VaultBinding, opaque, vault_fetch_key
from backupgui.vault.keywrap import wrap_key
from backupgui.vault.migrations import LATEST
from backupgui.vault.service import b64e, token_hash
from backupgui.vault.store import StorageError, open_store

from .conftest import PKCS11_MODULE, TEST_KSF, TEST_PIN, TOKEN_LABEL, VaultProcess

PW = "a record from the first vault 8"

# The schema of the first vault (one SQLite file, no schema_version table).
V1_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE records (
    user_id TEXT PRIMARY KEY, token_hash BLOB NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'active', 'destroyed', 'deleted')),
    sealed BLOB, generation INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL, updated REAL NOT NULL);
"""


def _v1_database(path: Path, hsm_env: dict[str, str], monkeypatch) -> tuple[VaultBinding, bytes]:
    """A database as the first vault wrote it: v1 schema, server keys and one record sealed
    with the ``record/v1`` associated data (no write generation, counter not bound)."""
    monkeypatch.setenv("SOFTHSM2_CONF", hsm_env["SOFTHSM2_CONF"])
    from backupgui.vault.hsm import Sealer
    from backupgui.vault.service import SERVER_SUITE, load_or_create_server_keys
    from backupgui.vault.store_sqlite import SqliteStore

    with sqlite3.connect(path) as c:
        c.executescript(V1_SCHEMA)
    sealer = Sealer(PKCS11_MODULE, TOKEN_LABEL, TEST_PIN)
    store = SqliteStore(path)  # no migration: the old layout stays as it is
    keys = load_or_create_server_keys(store, sealer)
    user_id, token = b64e(os.urandom(18)), os.urandom(32)
    suite = opaque.Suite(TEST_KSF)
    blind, request = opaque.create_registration_request(PW.encode())
    response = opaque.create_registration_response(
        request, keys.public_key, user_id.encode(), keys.oprf_seed
    )
    record, export_key, _ = opaque.finalize_registration_request(
        suite, PW.encode(), blind, response
    )
    key = os.urandom(32)
    th = token_hash(token)
    aad = b"record/v1\x00" + user_id.encode() + b"\x00" + th + (0).to_bytes(8, "big")
    sealed = sealer.seal(b"\x01" + record + wrap_key(export_key, user_id, key), aad)
    assert len(record) == SERVER_SUITE.record_size
    store.close()
    sealer.close()
    with sqlite3.connect(path) as c:
        c.execute(
            "INSERT INTO records VALUES (?, ?, 'active', ?, 0, 2, 1.0, 1.0)", (user_id, th, sealed)
        )
    binding = VaultBinding(
        url="", user_id=user_id, access_token=b64e(token),
        server_public_key=b64e(keys.public_key), ksf=TEST_KSF.to_string(),
    )  # fmt: skip
    return binding, key


def test_a_first_vault_database_is_migrated_and_its_records_keep_working(
    hsm_env, tmp_path: Path, monkeypatch
) -> None:
    db = tmp_path / "old.sqlite"
    old, key = _v1_database(db, hsm_env, monkeypatch)
    vault = VaultProcess(hsm_env, db, "--allow-unbound-registration").start()
    try:
        with sqlite3.connect(db) as c:
            versions = [r[0] for r in c.execute("SELECT version FROM schema_version")]
            columns = {r[1] for r in c.execute("PRAGMA table_info(records)")}
        assert max(versions) == LATEST and {"write_gen", "account"} <= columns
        binding = VaultBinding.from_dict({**old.to_dict(), "url": vault.url})
        # The old record's counter (2) carries over, and counts on.
        with pytest.raises(WrongKeyError) as info:
            vault_fetch_key(binding, "wrong password")
        assert info.value.attempts_left == 7
        assert vault_fetch_key(binding, PW) == key
        with sqlite3.connect(db) as c:
            attempts, write_gen = c.execute(
                "SELECT attempts, write_gen FROM records WHERE user_id = ?", (old.user_id,)
            ).fetchone()
        assert attempts == 0 and write_gen is not None  # re-sealed as record/v3
        vault.restart()  # migrations are idempotent
        assert vault_fetch_key(binding, PW) == key
    finally:
        vault.cleanup()


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    open_store(str(db)).close()
    with sqlite3.connect(db) as c:
        c.execute("INSERT INTO schema_version VALUES (99, 0, 'from the future')")
    with pytest.raises(StorageError, match="newer"):
        open_store(str(db))
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 99


def test_libpq_keyword_form_and_a_password_in_the_url(pg_server, hsm_env, caplog) -> None:
    """``--db`` also takes libpq's ``key=value`` form; a password in a URL works but is
    warned about (the process list shows it) and never logged."""
    name = "kv_form"
    pg_server.create_database(name)
    try:
        dsn = f"host=127.0.0.1 port={pg_server.port} dbname={name} user=postgres"
        v = VaultProcess(hsm_env, dsn).start()
        v.cleanup()
        secret = "not-a-real-password-51"
        url = f"postgresql://postgres:{secret}@127.0.0.1:{pg_server.port}/{name}"
        v = VaultProcess(hsm_env, url).start()
        v.stop()
        log = v.stderr()
        v.cleanup()
        assert "password" in log and "PGPASSFILE" in log and secret not in log
    finally:
        pg_server.drop_database(name)


@pytest.mark.parametrize("spec", ["postgresql://vault:p%zzsecret-51@db1/vault",
                                  'host=db1 password="secret-51" foo',
                                  'postgresql://vault:se"cret-51@db1/vault?nosuch="x"'])
def test_a_malformed_postgresql_url_is_said_without_its_password(spec) -> None:
    """libpq quotes the part it cannot parse ('invalid percent-encoded token: "p%zzsecret"'),
    which may be the password: the operator's message says the kind of mistake only."""
    pytest.importorskip("psycopg")
    with pytest.raises(StorageError, match="the PostgreSQL URL is malformed: ") as err:
        open_store(spec)
    assert "secret" not in str(err.value) and "cret-51" not in str(err.value), str(err.value)
