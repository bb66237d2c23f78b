"""The client never sends a device credential or recovery code as it is (docs/VAULT.md 1.9,
item 5; SECURITY.md 4).

A vault the user wrongly confirmed (an address planted in the backup's config, the real
vault's key copied in) tries every downgrade: it lists only plain secrets in ``/v1/info``, or
lists signed proofs but refuses them asking for the plain secret, or refuses everything. The
client, on a new computer with the recovery code typed and on the old computer whose
credential is not marked as converted, sends it neither secret nor anything they derive; what
it collected is worth at most the one login the user is making, at the real vault. Records of
older clients (``secret:``) still work: the client proves a secret with a MAC keyed by the
secret's verifier, and converts the record. Real vault processes, SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from backupgui.errors import VaultAccountError, VaultError
from backupgui.vault import (
    client,
    opaque,
    vault_change_password,
    vault_delete,
    vault_fetch_key,
    vault_store_key,
)
from backupgui.vault.account import (
    LOGIN_CONTEXT,
    REGISTER_CONTEXT,
    VaultAccess,
    canonical_body,
    login_payload,
    mac_proof,
    new_secret,
    secret_verifier,
    signing_public_key,
    signing_seed,
)
from backupgui.vault.service import b64e
from backupgui.vault.trust import TrustedVaults

from . import old_client
from .conftest import TEST_KSF, MemoryDevices
from .test_vault_process import post

PW = "never the plain secret 5"


def _info(url: str) -> dict:
    with urllib.request.urlopen(url + "/v1/info", timeout=30) as resp:
        return json.loads(resp.read())


def _forms(secret: bytes, server_key: bytes) -> list[bytes]:
    """Every way the secret, or the signing seed it gives for this vault, could travel."""
    out = []
    for raw in (secret, signing_seed(secret, server_key)):
        out += [raw, raw.hex().encode(), raw.hex().upper().encode(), b64e(raw).encode(),
                base64.b64encode(raw).rstrip(b"=")]
    return out


class Downgrader:
    """A planted vault (an HTTP server on 127.0.0.1 with the real vault's ``/v1/info``, key
    copied). ``mode``:

    * ``plain-only`` - ``/v1/info`` lists only ``secret``; every request is asked for one;
    * ``ask-plain`` - lists everything, answers every signed or MAC proof with "this record
      takes plain secrets" (``account_required``, ``account: secret``);
    * ``refuse`` - lists everything, refuses every proof (``unauthorized``);
    * ``old-vault`` - lists ``secret`` and ``sig`` (a vault from before MAC proofs), refuses.

    Keeps every byte it receives."""

    def __init__(self, info: dict, mode: str) -> None:
        self.received: list[bytes] = []
        rec = self.received
        shown = dict(info)
        if mode == "plain-only":
            shown["accounts"] = ["secret"]
        elif mode == "old-vault":
            shown["accounts"] = ["secret", "sig"]

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_a) -> None:
                pass

            def _answer(self, status: int, obj: dict) -> None:
                data = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                rec.append(self.path.encode())
                self._answer(200, shown)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                rec.append(self.path.encode() + b" " + body)
                if mode == "refuse" or (mode == "old-vault" and b'"account"' in body):
                    self._answer(403, {"error": "unauthorized"})
                else:
                    self._answer(403, {"error": "account_required", "account": "secret"})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def logins(self) -> list[dict]:
        """The login/start bodies it received (what it could relay)."""
        prefix = b"/v1/login/start "
        return [json.loads(r[len(prefix):]) for r in self.received if r.startswith(prefix)]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _attempts(vault, user_id: str) -> int:
    return vault.database.row(user_id)[1]


def _confirming(tmp_path, name: str, **kw) -> VaultAccess:
    """A computer whose user confirms whatever vault the backup names."""
    return VaultAccess(confirm=lambda url, key: True,
                       trust=TrustedVaults(tmp_path / f"{name}.json"), **kw)


@pytest.mark.parametrize("mode", ["plain-only", "ask-plain", "refuse", "old-vault"])
def test_a_downgrading_planted_vault_never_gets_a_secret(vault, tmp_path, mode) -> None:
    """Three records - made by this client (signed from birth), by an old client and not
    converted, by an old client and converted - each restored through the planted vault on a
    new computer with the recovery code, and on the old computer with its credential (not
    marked as converted: the worst case). Nothing it receives contains either secret or its
    signing seed; relayed to the real vault, what it got opens at most one login per record."""
    spk = client._b64d(_info(vault.url)["server_public_key"])
    devices, code, key = MemoryDevices(), new_secret(), new_secret()
    new = vault_store_key(vault.url, PW, key, ksf=TEST_KSF,
                          access=VaultAccess(devices=devices, new_recovery_code=code))
    records = [(new, devices.saved[new.user_id], code, key)]
    for convert in (False, True):
        binding, device, old_code = old_client.register(vault.url, PW, key, TEST_KSF)
        if convert:  # the computer with D converts it, a new computer converts R
            mine = MemoryDevices()
            mine.save_vault_credential(binding.user_id, device)
            assert vault_fetch_key(binding, PW, VaultAccess(devices=mine)) == key
            assert vault_fetch_key(binding, PW, VaultAccess(
                devices=MemoryDevices(), recovery_code=lambda c=old_code: c)) == key
            assert "secret:" not in vault.database.execute(
                "SELECT account FROM records WHERE user_id = ?", (binding.user_id,))[0][0]
        records.append((binding, device, old_code, key))

    planted = Downgrader(_info(vault.url), mode)
    try:
        for n, (binding, device, rcode, _) in enumerate(records):
            fake = dataclasses.replace(binding, url=planted.url)
            new_computer = _confirming(tmp_path, f"new{n}", devices=MemoryDevices(),
                                       recovery_code=lambda c=rcode: c)
            old_computer = MemoryDevices()  # its credential, without the "converted" mark
            old_computer.save_vault_credential(binding.user_id, device)
            for access in (new_computer, _confirming(tmp_path, f"old{n}", devices=old_computer)):
                with pytest.raises((VaultAccountError, VaultError)) as refused:
                    vault_fetch_key(fake, PW, access)
                if access is new_computer:  # what the user reads
                    said = {"plain-only": "too old", "old-vault": "updated first"}.get(mode, "")
                    assert said in str(refused.value)
        sent = b"\n".join(planted.received)
        logins = planted.logins()
    finally:
        planted.close()

    for _binding, device, rcode, _ in records:
        for form in _forms(device, spk) + _forms(rcode, spk):
            assert form not in sent, mode
    if mode in ("plain-only",):
        assert logins == []  # nothing to prove with: nothing sent at all
    for body in logins:
        assert body["account"]["kind"] in ("sig", "mac")
    # Relayed to the real vault, each proof opens at most one login (the attempt the user was
    # making with it), and a MAC proof none at a record that keeps no verifier.
    unconverted = records[1][0].user_id
    for body in logins:
        first, _ = post(vault.url, "/v1/login/start", body)
        again, _ = post(vault.url, "/v1/login/start", body)
        assert again == 403, mode
        if body["account"]["kind"] == "mac" and body["user_id"] != unconverted:
            assert first == 403, mode
    for binding, *_ in records:
        assert _attempts(vault, binding.user_id) <= sum(
            b["user_id"] == binding.user_id for b in logins), mode
    # The owner is unaffected.
    for binding, _device, rcode, k in records:
        assert vault_fetch_key(binding, PW, VaultAccess(recovery_code=lambda c=rcode: c,
                                                        devices=MemoryDevices())) == k


class Recorder:
    """A relay in front of the real vault that keeps every byte the client sends it."""

    def __init__(self, target: str) -> None:
        self.received: list[bytes] = []
        rec = self.received

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_a) -> None:
                pass

            def _relay(self, data: bytes | None) -> None:
                req = urllib.request.Request(target + self.path, data=data,
                                             method="GET" if data is None else "POST",
                                             headers={"Content-Type": "application/json"})
                try:
                    with urllib.request.urlopen(req, timeout=30) as resp:
                        status, out = resp.status, resp.read()
                except urllib.error.HTTPError as exc:
                    status, out = exc.code, exc.read()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            def do_GET(self) -> None:
                self._relay(None)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                rec.append(body)
                self._relay(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_an_old_record_is_converted_without_either_secret_leaving_the_client(
        vault, tmp_path) -> None:
    """The whole life of an old client's record with the updated client, through a relay that
    records everything: the computer with D logs in and converts D, a new computer logs in
    with R, converts it and enrolls its own key; afterwards only signatures open it. The real
    vault itself never receives D or R."""
    binding, device, code = old_client.register(vault.url, PW, key := new_secret(), TEST_KSF)
    spk = client._b64d(binding.server_public_key)
    relay = Recorder(vault.url)
    try:
        via = dataclasses.replace(binding, url=relay.url)
        mine = MemoryDevices()
        mine.save_vault_credential(binding.user_id, device)
        assert vault_fetch_key(via, PW, _confirming(tmp_path, "a", devices=mine)) == key
        assert mine.vault_signed(binding.user_id)
        second = MemoryDevices()
        assert vault_fetch_key(via, PW, _confirming(tmp_path, "b", devices=second,
                                                    recovery_code=lambda: code)) == key
        assert vault_fetch_key(via, PW, _confirming(tmp_path, "b", devices=second)) == key
        sent = b"\n".join(relay.received)
    finally:
        relay.close()
    for form in _forms(device, spk) + _forms(code, spk):
        assert form not in sent
    kinds = [json.loads(b)["account"]["kind"] for b in relay.received if b'"account"' in b]
    assert "mac" in kinds and "secret" not in kinds  # MAC proofs opened the old record
    (row,) = vault.database.execute("SELECT account FROM records WHERE user_id = ?",
                                    (binding.user_id,))
    assert row[0] == "sig:" + ".".join(sorted(b64e(signing_public_key(s, spk)) for s in (
        device, code, second.saved[binding.user_id])))
    assert _attempts(vault, binding.user_id) == 0


def _mac_login(binding, secret: bytes, *, server_key: bytes | None = None,
               when: int | None = None) -> dict:
    _, ke1 = opaque.generate_ke1(opaque.Suite(TEST_KSF), b"guess")
    proof = mac_proof(secret, server_key or client._b64d(binding.server_public_key),
                      LOGIN_CONTEXT, binding.user_id, login_payload(ke1), when)
    return {"user_id": binding.user_id, "ke1": b64e(ke1), "account": proof}


def test_mac_proofs_are_one_login_at_one_vault(vault) -> None:
    """The vault side of MAC proofs: replay, another vault's key, the time window, the wrong
    secret, a converted record, a registration - each refused, nothing counted."""
    binding, device, code = old_client.register(vault.url, PW, new_secret(), TEST_KSF)
    uid = binding.user_id
    body = _mac_login(binding, code)
    status, reply = post(vault.url, "/v1/login/start", body)
    assert status == 200 and "ke2" in reply
    for _ in range(2):
        status, reply = post(vault.url, "/v1/login/start", body)
        assert (status, reply["error"]) == (403, "unauthorized")
    assert _attempts(vault, uid) == 1
    now = int(time.time())
    for bad in (_mac_login(binding, code, server_key=new_secret()),
                _mac_login(binding, new_secret()),
                _mac_login(binding, code, when=now - 125), _mac_login(binding, code, when=now + 300)):
        status, reply = post(vault.url, "/v1/login/start", bad)
        assert (status, reply["error"]) == (403, "unauthorized") and "ke2" not in reply
    for shape in ({"kind": "mac", "time": now}, {"kind": "mac", "time": "x", "mac": "A" * 43},
                  {"kind": "mac", "time": now, "mac": "A" * 42}):
        status, reply = post(vault.url, "/v1/login/start", {**body, "account": shape})
        assert status == 400 and "ke2" not in reply
    assert _attempts(vault, uid) == 1
    # A MAC proof keyed with the verifier of a record made by this client: it has none.
    devices, rcode = MemoryDevices(), new_secret()
    new = vault_store_key(vault.url, PW, new_secret(), ksf=TEST_KSF,
                          access=VaultAccess(devices=devices, new_recovery_code=rcode))
    status, reply = post(vault.url, "/v1/login/start", _mac_login(new, rcode))
    assert (status, reply["error"], reply.get("account")) == (403, "account_required", "sig")
    assert _attempts(vault, new.user_id) == 0
    # A registration cannot be proved by a MAC (it lists public keys).
    reg = {"user_id": b64e(new_secret()[:18]), "registration_request": b64e(b"\x00" * 32)}
    reg["account"] = mac_proof(rcode, client._b64d(new.server_public_key), REGISTER_CONTEXT,
                               reg["user_id"], canonical_body(reg))
    status, reply = post(vault.url, "/v1/register/start", reg)
    assert status == 400 and "registration_response" not in reply
    assert secret_verifier(code) != code  # the MAC key is the verifier, never the secret


def test_registration_with_a_vault_without_signed_proofs_sends_nothing(vault) -> None:
    """A vault (or a planted one) that lists only plain secrets gets no registration: the new
    device credential would have to be sent."""
    planted = Downgrader(_info(vault.url), "plain-only")
    try:
        with pytest.raises(VaultError, match="too old"):
            vault_store_key(planted.url, PW, new_secret(), ksf=TEST_KSF,
                            access=VaultAccess(devices=MemoryDevices(),
                                               new_recovery_code=new_secret()))
        assert all(not r.startswith(b"/v1/register") for r in planted.received)
    finally:
        planted.close()


def test_password_change_and_deletion_of_an_old_record_send_no_secret(vault, tmp_path) -> None:
    """A password change and a deletion of a record not converted yet: the login and the
    password requests carry MAC proofs (over their bodies); the record keeps its verifiers
    (neither converts) and older clients still open it with the new password."""
    binding, device, code = old_client.register(vault.url, PW, key := new_secret(), TEST_KSF)
    spk = client._b64d(binding.server_public_key)
    relay = Recorder(vault.url)
    try:
        mine = MemoryDevices()
        mine.save_vault_credential(binding.user_id, device)
        access = _confirming(tmp_path, "a", devices=mine)
        via = dataclasses.replace(binding, url=relay.url)
        changed = vault_change_password(via, PW, PW + "?", ksf=TEST_KSF, access=access)
        assert old_client.fetch(binding, PW + "?", code) == key
        assert vault_fetch_key(changed, PW + "?", access) == key  # and now it converts D
        vault_delete(changed, PW + "?", access)
        sent = b"\n".join(relay.received)
    finally:
        relay.close()
    for form in _forms(device, spk) + _forms(code, spk):
        assert form not in sent
    kinds = {json.loads(b)["account"]["kind"] for b in relay.received if b'"account"' in b}
    assert kinds == {"sig", "mac"}
    with pytest.raises(VaultError):
        old_client.fetch(binding, PW + "?", code)
