"""The vault as a real process with a real SoftHSM2 token, driven through the client API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from backupgui.errors import KeyDestroyedError, VaultAccountError, VaultError, WrongKeyError
from backupgui.vault import (
    VaultBinding,
    client,
    opaque,
    vault_change_password,
    vault_delete,
    vault_fetch_key,
    vault_store_key,
)
from backupgui.vault.account import (
    LOGIN_CONTEXT,
    PASSWORD_CONTEXT,
    VaultAccess,
    canonical_body,
    login_payload,
    new_secret,
    secret_verifier,
    sig_proof,
)
from backupgui.vault.ksf import DEFAULT_ARGON2ID
from backupgui.vault.service import b64e

from .conftest import REPO, TEST_KSF, MemoryDevices

PASSWORD = "Tr0ub4dor&3-vault-test"
#: This test machine's device credentials (the app keeps them in the OS keyring).
DEVICES = MemoryDevices()
ACCESS = VaultAccess(devices=DEVICES)
RECOVERY: dict[str, bytes] = {}  # user id -> the recovery code shown at registration


def post(url: str, path: str, payload: dict) -> tuple[int, dict]:
    req = urllib.request.Request(
        url + path,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def store(
    url: str, key: bytes | None = None, password: str = PASSWORD
) -> tuple[VaultBinding, bytes]:
    key = key or os.urandom(32)
    code = new_secret()
    access = VaultAccess(devices=DEVICES, new_recovery_code=code)
    binding = vault_store_key(url, password, key, ksf=TEST_KSF, access=access)
    RECOVERY[binding.user_id] = code
    return binding, key


def proof(binding: VaultBinding, ke1: bytes | None = None, body: dict | None = None,
          context: bytes = PASSWORD_CONTEXT) -> dict:
    """The account proof this machine sends with its device credential: signed over the
    login's KE1, or over a request ``body`` (docs/VAULT.md 1.9)."""
    server_key = client._b64d(binding.server_public_key)
    secret = DEVICES.saved[binding.user_id]
    if ke1 is not None:
        return sig_proof(secret, server_key, LOGIN_CONTEXT, binding.user_id, login_payload(ke1))
    assert body is not None
    return sig_proof(secret, server_key, context, binding.user_id, canonical_body(body))


def wrong(binding: VaultBinding) -> int:
    with pytest.raises(WrongKeyError) as info:
        vault_fetch_key(binding, "not the password", ACCESS)
    left = info.value.attempts_left
    # (the last attempt is said in words: one sentence per case, for the translations)
    assert (("one more attempt" if left == 1 else str(left)) in str(info.value)), str(info.value)
    return left


def db_row(vault, user_id: str) -> tuple:
    return vault.database.row(user_id)


def test_store_fetch_and_fetch_on_a_new_machine(vault) -> None:
    binding, key = store(vault.url)
    assert vault_fetch_key(binding, PASSWORD, ACCESS) == key
    # A "new machine": a separate Python process that only has the binding from the config,
    # the password and the recovery code (no device credential).
    script = (
        "import json, sys\n"
        "from backupgui.vault import VaultBinding, vault_fetch_key\n"
        "from backupgui.vault.account import VaultAccess\n"
        "d = json.loads(sys.stdin.read())\n"
        "access = VaultAccess(recovery_code=lambda: bytes.fromhex(d['code']))\n"
        "print(vault_fetch_key(VaultBinding.from_dict(d['binding']), d['password'], access).hex())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps({"binding": binding.to_dict(), "password": PASSWORD,
                          "code": RECOVERY[binding.user_id].hex()}),
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=True,
    )
    assert out.stdout.strip() == key.hex()
    assert binding.access_token == "" and b64e(DEVICES.saved[binding.user_id]) not in repr(binding)


def test_ten_wrong_passwords_destroy_and_restarts_do_not_reset(vault) -> None:
    binding, key = store(vault.url)
    assert [wrong(binding) for _ in range(4)] == [9, 8, 7, 6]
    vault.restart()
    assert [wrong(binding) for _ in range(3)] == [5, 4, 3]
    vault.kill()  # a crash, not a clean shutdown
    vault.start()
    assert [wrong(binding) for _ in range(2)] == [2, 1]
    with pytest.raises(KeyDestroyedError) as info:
        vault_fetch_key(binding, "still wrong", ACCESS)
    assert "destroyed" in str(info.value)
    assert db_row(vault, binding.user_id) == ("destroyed", 10, 1)
    with pytest.raises(KeyDestroyedError):
        vault_fetch_key(binding, PASSWORD, ACCESS)  # the right password is too late
    vault.restart()
    with pytest.raises(KeyDestroyedError):
        vault_fetch_key(binding, PASSWORD, ACCESS)


def test_verified_login_resets_the_count(vault) -> None:
    binding, key = store(vault.url)
    assert [wrong(binding) for _ in range(9)][-1] == 1
    assert vault_fetch_key(binding, PASSWORD, ACCESS) == key
    assert wrong(binding) == 9


def test_abandoned_last_attempt_destroys(vault) -> None:
    """A KE2 obtained but never answered still counts: after 10 the record is gone."""
    binding, _ = store(vault.url)
    suite = opaque.Suite(TEST_KSF)
    for _ in range(10):
        _, ke1 = opaque.generate_ke1(suite, b"guess")
        status, body = post(
            vault.url,
            "/v1/login/start",
            {"user_id": binding.user_id, "account": proof(binding, ke1), "ke1": b64e(ke1)},
        )
        assert status == 200
    with pytest.raises(KeyDestroyedError):
        vault_fetch_key(binding, PASSWORD, ACCESS)


def _race_login_starts(urls: list[str], binding: VaultBinding, n: int) -> list[int]:
    suite = opaque.Suite(TEST_KSF)
    bodies = []
    for _ in range(n):
        _, ke1 = opaque.generate_ke1(suite, b"guess")
        bodies.append({"user_id": binding.user_id, "account": proof(binding, ke1), "ke1": b64e(ke1)})
    barrier = threading.Barrier(n)
    statuses: list[int] = []
    lock = threading.Lock()

    def run(i: int) -> None:
        barrier.wait()
        status, _ = post(urls[i % len(urls)], "/v1/login/start", bodies[i])
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses


def test_twenty_concurrent_attempts_never_exceed_the_limit(vault) -> None:
    binding, _ = store(vault.url)
    statuses = _race_login_starts([vault.url], binding, 20)
    assert statuses.count(200) == 10  # exactly 10 KE2 ever left the vault
    assert set(statuses) == {200, 410}
    with pytest.raises(KeyDestroyedError):
        vault_fetch_key(binding, PASSWORD, ACCESS)


def test_concurrent_attempts_across_two_vault_processes(vault_factory) -> None:
    """Two processes on one database: the SQLite write lock still serialises the counter."""
    a = vault_factory("shared.sqlite")
    b = vault_factory("shared.sqlite")
    binding, _ = store(a.url)
    statuses = _race_login_starts([a.url, b.url], binding, 20)
    assert statuses.count(200) <= 10
    assert statuses.count(200) == 10


def test_concurrent_wrong_passwords_through_the_client(vault) -> None:
    binding, _ = store(vault.url)
    outcomes: list[str] = []
    lock = threading.Lock()

    def run() -> None:
        try:
            vault_fetch_key(binding, "wrong guess", ACCESS)
            result = "ok"
        except WrongKeyError:
            result = "wrong"
        except KeyDestroyedError:
            result = "destroyed"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=run) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert "ok" not in outcomes
    assert outcomes.count("wrong") <= 9
    with pytest.raises(KeyDestroyedError):
        vault_fetch_key(binding, PASSWORD, ACCESS)


def test_caller_without_the_account_proof_cannot_burn_attempts(vault, oidc_issuer) -> None:
    """What the backup holds (user id, vault URL, pinned key) spends nothing: login/start
    without the device credential or recovery code is refused before anything is counted."""
    binding, key = store(vault.url)
    assert "access_token" not in binding.to_dict()
    suite = opaque.Suite(TEST_KSF)
    forged = [
        None,
        {"kind": "secret", "secret": b64e(os.urandom(32))},
        {"kind": "secret", "secret": b64e(secret_verifier(DEVICES.saved[binding.user_id]))},
        {"kind": "oidc", "id_token": oidc_issuer.issue_id_token("owner@example.com")},
        {"kind": "secret"}, {"kind": "nope"}, "x", [],
    ]
    for account in forged:
        for token in (None, b64e(os.urandom(32))):
            _, ke1 = opaque.generate_ke1(suite, b"guess")
            body = {"user_id": binding.user_id, "ke1": b64e(ke1), "account": account}
            if token:
                body["access_token"] = token
            status, reply = post(vault.url, "/v1/login/start", body)
            assert status in (400, 403), reply
            assert "ke2" not in reply
    assert db_row(vault, binding.user_id)[1] == 0
    # The client without this device's credential or the code: a clear error, nothing spent.
    with pytest.raises(VaultAccountError) as info:
        vault_fetch_key(binding, PASSWORD)
    assert info.value.account == "device" and "recovery code" in str(info.value)
    with pytest.raises(VaultAccountError):
        vault_fetch_key(binding, PASSWORD, VaultAccess(recovery_code=lambda: os.urandom(32)))
    assert db_row(vault, binding.user_id)[1] == 0
    assert wrong(binding) == 9
    # The recovery code alone (a new machine) works and counts as usual.
    by_code = VaultAccess(recovery_code=lambda: RECOVERY[binding.user_id])
    assert vault_fetch_key(binding, PASSWORD, by_code) == key
    assert db_row(vault, binding.user_id)[1] == 0


def test_rate_limit_per_client(vault_factory) -> None:
    v = vault_factory("limited.sqlite", "--rate-per-minute", "1", "--rate-burst", "4")
    binding, key = store(v.url)  # 2 requests
    assert vault_fetch_key(binding, PASSWORD, ACCESS) == key  # 2 more
    with pytest.raises(VaultError) as info:
        vault_fetch_key(binding, PASSWORD, ACCESS)
    assert "try again" in str(info.value)
    assert not isinstance(info.value, WrongKeyError)


def test_modified_record_is_detected(vault) -> None:
    b1, _ = store(vault.url)
    b2, k2 = store(vault.url)
    db = vault.database
    vault.stop()
    (row,) = db.execute("SELECT sealed FROM records WHERE user_id = ?", (b1.user_id,))
    sealed = bytearray(row[0])
    sealed[40] ^= 0x01
    db.execute("UPDATE records SET sealed = ? WHERE user_id = ?", (bytes(sealed), b1.user_id))
    vault.start()
    with pytest.raises(VaultError) as info:
        vault_fetch_key(b1, PASSWORD, ACCESS)
    assert "modified or damaged" in str(info.value)
    assert db_row(vault, b1.user_id)[1] == 0  # nothing counted, nothing released

    # Moving user 2's intact blob onto user 1 is detected too (AAD binds the user id).
    vault.stop()
    (blob,) = db.execute("SELECT sealed FROM records WHERE user_id = ?", (b2.user_id,))
    db.execute("UPDATE records SET sealed = ? WHERE user_id = ?", (blob[0], b1.user_id))
    vault.start()
    with pytest.raises(VaultError, match="modified or damaged"):
        vault_fetch_key(b1, PASSWORD, ACCESS)
    assert vault_fetch_key(b2, PASSWORD, ACCESS) == k2

    # Whoever writes the database cannot move a record to their own account: the binding is
    # in the sealed record's AAD, so the HSM refuses the changed row.
    attacker = new_secret()
    vault.stop()
    real_account = db.execute("SELECT account FROM records WHERE user_id = ?", (b2.user_id,))
    db.execute(
        "UPDATE records SET account = ? WHERE user_id = ?",
        ("secret:" + b64e(secret_verifier(attacker)), b2.user_id),
    )
    vault.start()
    with pytest.raises(VaultError, match="modified or damaged"):
        vault_fetch_key(b2, PASSWORD, VaultAccess(recovery_code=lambda: attacker))

    db.execute("UPDATE records SET account = ? WHERE user_id = ?",
               (real_account[0][0], b2.user_id))  # fmt: skip

    # The counter is sealed with the record: resetting the column is detected, not obeyed.
    assert wrong(b2) == 9 and wrong(b2) == 8
    vault.stop()
    db.execute("UPDATE records SET attempts = 0 WHERE user_id = ?", (b2.user_id,))
    vault.start()
    with pytest.raises(VaultError, match="modified or damaged"):
        vault_fetch_key(b2, PASSWORD, ACCESS)
    db.execute("UPDATE records SET attempts = 2 WHERE user_id = ?", (b2.user_id,))
    assert wrong(b2) == 7  # put back, the record works (and counts) again

    # Resetting the counter column does not help with a replaced token hash either.
    vault.stop()
    db.execute("UPDATE records SET token_hash = ? WHERE user_id = ?", (bytes(32), b2.user_id))
    vault.start()
    with pytest.raises(VaultError):
        vault_fetch_key(b2, PASSWORD, ACCESS)


def test_modified_server_keys_stop_the_vault(vault) -> None:
    vault.stop()
    vault.database.execute(
        "UPDATE meta SET value = ? WHERE name = 'server_public_key'",
        (opaque.RISTRETTO255.generate_key_pair()[1],),
    )
    vault.start(expect_failure=True)
    assert vault.proc is not None and vault.proc.returncode not in (0, None)
    assert "authentication" in vault.stderr()


def test_different_server_key_fails_safely(vault_factory) -> None:
    a = vault_factory("a.sqlite")
    b = vault_factory("b.sqlite")  # same token, different database -> different server keys
    binding, key = store(a.url)
    moved = VaultBinding.from_dict({**binding.to_dict(), "url": b.url})
    with pytest.raises(VaultError) as info:
        vault_fetch_key(moved, PASSWORD, ACCESS)
    assert not isinstance(info.value, WrongKeyError | KeyDestroyedError)
    assert "identity" in str(info.value)
    # The same URL after the vault was reset (new keys) is refused the same way.
    a.stop()
    a.database.reset()
    a.start()
    with pytest.raises(VaultError, match="identity"):
        vault_fetch_key(binding, PASSWORD, ACCESS)
    # Pinning at registration refuses a vault that is not the expected one.
    with pytest.raises(VaultError):
        vault_store_key(
            b.url, PASSWORD, key, ksf=TEST_KSF, server_public_key=binding.server_public_key
        )


def test_change_password_keeps_the_key(vault) -> None:
    binding, key = store(vault.url)
    wrong(binding)
    new_binding = vault_change_password(
        binding, PASSWORD, "a brand new passphrase", ksf=TEST_KSF, access=ACCESS
    )
    assert new_binding == binding
    assert vault_fetch_key(new_binding, "a brand new passphrase", ACCESS) == key
    assert wrong(new_binding) == 9
    with pytest.raises(WrongKeyError):
        vault_change_password(new_binding, PASSWORD, "x", access=ACCESS)  # old one fails now


def test_change_password_upgrades_weak_stretching(vault) -> None:
    binding, key = store(vault.url)
    upgraded = vault_change_password(binding, PASSWORD, "another passphrase", access=ACCESS)
    assert upgraded.ksf == DEFAULT_ARGON2ID.to_string() != binding.ksf
    assert vault_fetch_key(upgraded, "another passphrase", ACCESS) == key
    with pytest.raises(WrongKeyError):
        vault_fetch_key(binding, "another passphrase", ACCESS)  # old stretching no longer matches


def test_delete(vault) -> None:
    binding, _ = store(vault.url)
    with pytest.raises(WrongKeyError):
        vault_delete(binding, "wrong", ACCESS)
    vault_delete(binding, PASSWORD, ACCESS)
    with pytest.raises(VaultError, match="no key"):
        vault_fetch_key(binding, PASSWORD, ACCESS)
    assert db_row(vault, binding.user_id) == ("deleted", 0, 1)


def test_existing_record_is_never_an_oprf_oracle(vault) -> None:
    """register/start for an existing id (even with its token) is refused: no uncounted
    OPRF evaluations that would let someone test guesses offline against one KE2."""
    binding, _ = store(vault.url)
    _, request = opaque.create_registration_request(b"guess")
    device = DEVICES.saved[binding.user_id]
    registrant = {"kind": "secret", "secret": b64e(device),
                  "verifiers": [b64e(secret_verifier(device))]}
    both = [b64e(secret_verifier(device)), b64e(secret_verifier(RECOVERY[binding.user_id]))]
    for account in (registrant, {**registrant, "verifiers": both}):
        status, body = post(
            vault.url,
            "/v1/register/start",
            {"user_id": binding.user_id, "account": account, "registration_request": b64e(request)},
        )
        assert status == 409 and "registration_response" not in body
    req = {"user_id": binding.user_id, "grant": "forged", "registration_request": b64e(request)}
    status, body = post(vault.url, "/v1/password/start",
                        {**req, "account": proof(binding, body=req)})
    assert status == 403 and "registration_response" not in body


def test_a_request_nested_deeper_than_python_parses_is_a_bad_request(vault) -> None:
    """Was a RecursionError in the request handler (HTTP 500 and a traceback in the log)."""
    binding, key = store(vault.url)
    deep = b"[" * 8000 + b"]" * 8000  # under the 16 KiB request bound
    for path in ("/v1/login/start", "/v1/register/start"):
        req = urllib.request.Request(vault.url + path, data=deep, method="POST",
                                     headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(req, timeout=30)
        assert info.value.code == 400
        assert json.loads(info.value.read())["error"] == "bad_request"
    assert vault_fetch_key(binding, PASSWORD, ACCESS) == key  # and it serves on
    assert "RecursionError" not in vault.stderr() and "Traceback" not in vault.stderr()


def test_error_messages_never_contain_secrets(vault) -> None:
    binding, key = store(vault.url)
    messages = []
    for call in (
        lambda: vault_fetch_key(binding, "wrong-" + PASSWORD, ACCESS),
        lambda: vault_fetch_key(
            binding, PASSWORD, VaultAccess(recovery_code=lambda: RECOVERY[binding.user_id][::-1])
        ),
        lambda: vault_fetch_key(
            VaultBinding.from_dict({**binding.to_dict(), "url": "http://127.0.0.1:9"}), PASSWORD,
            ACCESS,
        ),
    ):
        with pytest.raises((VaultError, WrongKeyError)) as info:
            call()
        messages.append(str(info.value) + repr(info.value))
    for m in messages:
        assert PASSWORD not in m and b64e(RECOVERY[binding.user_id]) not in m
        assert b64e(DEVICES.saved[binding.user_id]) not in m
        assert key.hex() not in m and b64e(key) not in m


def test_dump_of_database_and_token_has_no_password_and_no_key(vault, hsm_env) -> None:
    new_password = "second-Secret-passphrase-42"
    binding, key = store(vault.url)
    wrong(binding)
    assert vault_fetch_key(binding, PASSWORD, ACCESS) == key
    vault_change_password(binding, PASSWORD, new_password, ksf=TEST_KSF, access=ACCESS)
    assert vault_fetch_key(binding, new_password, ACCESS) == key
    vault.stop()

    needles = {
        "password": PASSWORD.encode(),
        "password-utf16": PASSWORD.encode("utf-16-le"),
        "new password": new_password.encode(),
        "K": key,
        "K hex": key.hex().encode(),
        "K b64": b64e(key).encode(),
        "pin": b"test-user-pin-7f3a",
    }
    files = vault.database.files()
    hsm_dir = hsm_env["BACKUPGUI_TEST_HSM_DIR"]
    # (The sealing token's files and the marks token's, in their own directory.)
    files += [p for p in Path(hsm_dir).rglob("*")
              if p.is_file() and "tokens" in p.parts]  # fmt: skip
    assert files
    for path in files:
        data = path.read_bytes()
        for name, needle in needles.items():
            assert needle not in data, f"{name} found in {path.name}"
    # The SQL dump too (text form of every row).
    dump = vault.database.dump()
    for name, needle in needles.items():
        assert needle not in dump, f"{name} found in the SQL dump"

    # Every object in the token: read every attribute value the token will give out.
    script = r"""
import json, sys, pkcs11
from pkcs11 import Attribute
lib = pkcs11.lib(sys.argv[1])
tok = lib.get_token(token_label=sys.argv[2])
out = []
with tok.open(user_pin=sys.argv[3]) as s:
    for obj in s.get_objects():
        rec = {"class": int(obj[Attribute.CLASS])}
        try:
            rec["value"] = bytes(obj[Attribute.VALUE]).hex()
        except pkcs11.AttributeSensitive:
            rec["value"] = "sensitive"
        for a in ("SENSITIVE", "EXTRACTABLE", "NEVER_EXTRACTABLE", "ALWAYS_SENSITIVE"):
            try:
                rec[a] = bool(obj[getattr(Attribute, a)])
            except Exception:
                pass
        out.append(rec)
print(json.dumps(out))
"""
    from backupgui.vault.marks import DEFAULT_MARKS_TOKEN_LABEL, MARKS_CONF_NAME

    from .conftest import PKCS11_MODULE, TEST_PIN, TOKEN_LABEL

    def objects_of(label: str, conf: str) -> list[dict]:
        out = subprocess.run(
            [sys.executable, "-c", script, PKCS11_MODULE, label, TEST_PIN],
            env={**hsm_env, "SOFTHSM2_CONF": conf}, capture_output=True, text=True,
            timeout=60, check=True,
        )  # fmt: skip
        return json.loads(out.stdout)

    # The sealing token holds the sealing key alone; the marks token the high-water marks of
    # the databases the nodes served (8 bytes each, not secrets; the tests share the tokens
    # between many databases) and no key.
    sealing = objects_of(TOKEN_LABEL, hsm_env["SOFTHSM2_CONF"])
    in_marks = objects_of(DEFAULT_MARKS_TOKEN_LABEL, str(Path(hsm_dir) / MARKS_CONF_NAME))
    objects = sealing + in_marks
    keys = [o for o in sealing if o["class"] == 4]  # CKO_SECRET_KEY
    assert len(keys) == 1 == len(sealing)
    marks = [o for o in in_marks if o["class"] == 0]  # CKO_DATA
    assert marks and len(marks) == len(in_marks)
    assert all(len(bytes.fromhex(m["value"])) == 8 for m in marks)
    (obj,) = keys
    assert obj["value"] == "sensitive"
    assert obj["SENSITIVE"] and not obj["EXTRACTABLE"]
    assert obj["NEVER_EXTRACTABLE"] and obj["ALWAYS_SENSITIVE"]
    for rec in objects:
        if rec["value"] != "sensitive":
            raw = bytes.fromhex(rec["value"])
            assert key not in raw and PASSWORD.encode() not in raw


def test_cli_version_and_missing_pin(hsm_env, tmp_path) -> None:
    base = [sys.executable, "-m", "backupgui.services.vault_server"]
    out = subprocess.run([*base, "--version"], env=hsm_env, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("backupgui-vault ")
    env = {k: v for k, v in hsm_env.items() if k != "BACKUPGUI_VAULT_PIN"}
    out = subprocess.run(
        [*base, "serve", "--db", str(tmp_path / "x.sqlite"), "--port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "BACKUPGUI_VAULT_PIN" in out.stderr
    pin_file = tmp_path / "pin"
    pin_file.write_text("wrong-pin\n")
    out = subprocess.run(
        [*base, "serve", "--db", str(tmp_path / "x.sqlite"), "--port", "0", "--pin-file",
         str(pin_file), "--token-label", "backupgui-vault-test"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert out.returncode == 1 and "refused the PIN" in out.stderr


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # (web.py: no database in it)
def test_a_request_body_trickled_in_is_dropped_at_its_deadline(vault) -> None:
    """A client that sends its body a byte at a time (inside any idle timeout) held its
    connection and coroutine for as long as it trickled; now 408 after BODY_DEADLINE, and
    the vault serves others meanwhile."""
    import socket
    import time

    from backupgui.vault.web import BODY_DEADLINE

    host, port = vault.url.rsplit("/", 1)[-1].rsplit(":", 1)
    s = socket.create_connection((host, int(port)))
    s.sendall(b"POST /v1/login/start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: 10000\r\n\r\n{")
    t0 = time.monotonic()
    answer = b""
    s.settimeout(0.2)
    while time.monotonic() - t0 < BODY_DEADLINE + 5:
        try:
            s.sendall(b" ")
        except OSError:
            break
        try:
            piece = s.recv(4096)
        except TimeoutError:
            if time.monotonic() - t0 < 1.0:  # others are served while it trickles
                assert client._request(vault.url, "/v1/info")
            continue
        answer += piece
        if not piece or b"\r\n\r\n" in answer:
            break  # (aiohttp then reads what follows for up to its lingering time, and closes)
    took = time.monotonic() - t0
    s.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert BODY_DEADLINE - 0.5 < took < BODY_DEADLINE + 3.0, took
