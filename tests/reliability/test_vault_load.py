"""Vault under load (issue 9): attempt limits hold under concurrent wrong guesses while the
vault process is killed (SIGKILL) and restarted underneath them.

Whatever the interleaving: no wrong guess ever succeeds, at most 10 guesses are answered
(KE2 sent) in total across all restarts, and once the limit is reached the record is
destroyed: the right password then gets ``KeyDestroyedError``, not the key.
"""

from __future__ import annotations

import threading
import time

import pytest

from backupgui.errors import KeyDestroyedError, VaultError, WrongKeyError
from backupgui.vault import vault_fetch_key, vault_store_key
from backupgui.vault.account import VaultAccess, new_secret
from tests.vault.conftest import (  # noqa: F401
    TEST_KSF,
    MemoryDevices,
    backend,
    hsm_env,
    oidc_issuer,
    pg_server,
    vault,
    vault_factory,
)

from .conftest import count, report, rng

PASSWORD = "Load-test vault passphrase 51"


def test_attempt_limit_holds_under_concurrent_guesses_and_restarts(vault):  # noqa: F811
    rounds = count(2, 6, "BACKUPGUI_VAULT_ROUNDS")
    r = rng("vault-load")
    totals = {"wrong": 0, "wrong_unanswered": 0, "destroyed": 0, "unavailable": 0, "restarts": 0}
    for rnd in range(rounds):
        key = r.randbytes(32)
        # The guessers prove the account (this computer's device credential): the limit
        # is about counted attempts, which need that proof (docs/VAULT.md 1.6).
        access = VaultAccess(devices=MemoryDevices(), new_recovery_code=new_secret())
        binding = vault_store_key(vault.url, PASSWORD, key, ksf=TEST_KSF, access=access)
        outcomes: list[str] = []
        lock = threading.Lock()
        stop = threading.Event()

        def guess(i: int) -> None:
            while not stop.is_set():  # noqa: B023
                try:
                    vault_fetch_key(binding, f"wrong guess {i}", access)  # noqa: B023
                    res = "OK"
                except WrongKeyError as exc:
                    # No count: the vault was killed before it answered the abort; the
                    # attempt was counted when KE2 left (docs/VAULT.md 10.8).
                    res = "wrong" if exc.attempts_left is not None else "wrong_unanswered"
                except KeyDestroyedError:
                    res = "destroyed"
                except VaultError:
                    res = "unavailable"  # the vault was down (killed) at that moment
                    time.sleep(0.02)
                with lock:  # noqa: B023
                    outcomes.append(res)  # noqa: B023
                if res == "destroyed":
                    return

        threads = [threading.Thread(target=guess, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 60
        while any(t.is_alive() for t in threads) and time.monotonic() < deadline:
            time.sleep(r.uniform(0.0, 0.15))
            if any(t.is_alive() for t in threads):
                vault.kill()
                time.sleep(r.uniform(0.0, 0.2))
                vault.start()
                totals["restarts"] += 1
        # A minute of restarts, then the vault stays up and the guessers go on until the
        # record is destroyed. (The round used to end at the minute: on a loaded machine a
        # restart takes seconds and the vault was up 0-0.15 s between two, so a round could
        # end with fewer than ten attempts counted and the right password then opened the
        # record: "DID NOT RAISE KeyDestroyedError", a bound of the test, not of the vault.)
        finish = time.monotonic() + 300
        for t in threads:
            t.join(timeout=max(0.0, finish - time.monotonic()))
        stop.set()
        assert not any(t.is_alive() for t in threads), f"round {rnd}: guessers still running"
        assert "OK" not in outcomes, f"round {rnd}: a wrong password was accepted"
        # Ten attempts in all, the tenth destroys: at most 9 answered "wrong" with a count,
        # and with the ones whose count was lost, never more than 10 guesses tested.
        assert outcomes.count("wrong") <= 9, f"round {rnd}: {outcomes.count('wrong')} wrong answers"
        tested = outcomes.count("wrong") + outcomes.count("wrong_unanswered")
        assert tested <= 10, f"round {rnd}: {tested} guesses tested"
        with pytest.raises(KeyDestroyedError):
            vault_fetch_key(binding, PASSWORD, access)
        for k in ("wrong", "wrong_unanswered", "destroyed", "unavailable"):
            totals[k] += outcomes.count(k)
    report("vault-load", rounds=rounds, guessing_threads=8, **totals)
