"""The node's marks process (backupgui/vault/marks.py, docs/VAULT.md 10.8): every call ends
in bounded time whatever the marks token or the child does, and a child's answer is checked
before it is believed. Real processes and the real SoftHSM2 marks token."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backupgui.vault.hsm import FLOOR_LABEL, TIMELINE_LABEL, MarksUnavailable
from backupgui.vault.marks import DEFAULT_MARKS_TOKEN_LABEL, MARKS_CONF_NAME, MarkKeeper

from .conftest import PKCS11_MODULE, TEST_PIN, VaultProcess

WAIT = 1.0


def _keeper(hsm_env: dict[str, str], **kw) -> MarkKeeper:
    conf = str(Path(hsm_env["BACKUPGUI_TEST_HSM_DIR"]) / MARKS_CONF_NAME)
    return MarkKeeper(PKCS11_MODULE, DEFAULT_MARKS_TOKEN_LABEL, TEST_PIN,
                      softhsm2_conf=conf, **kw)  # fmt: skip


def _child(program: str) -> tuple[str, ...]:
    return (sys.executable, "-c", program)


def test_marks_round_trip_in_the_marks_token(hsm_env) -> None:
    keeper = _keeper(hsm_env)
    ident = os.urandom(16)
    try:
        assert keeper.read_floor(ident) is None
        assert keeper.raise_floor(ident, 7) == 7
        assert keeper.raise_floor(ident, 5) == 7  # never lowered by a raise
        assert keeper.read_floor(ident) == 7
        keeper.reset_floor(ident, 3, FLOOR_LABEL)  # the operator's accept-rollback
        assert keeper.read_floor(ident) == 3
        assert keeper.read_floor(ident, TIMELINE_LABEL) is None  # labels are separate
    finally:
        keeper.close()


def test_a_wrong_pin_is_an_error_not_a_hang(hsm_env) -> None:
    conf = str(Path(hsm_env["BACKUPGUI_TEST_HSM_DIR"]) / MARKS_CONF_NAME)
    keeper = MarkKeeper(PKCS11_MODULE, DEFAULT_MARKS_TOKEN_LABEL, "not-the-pin",
                        softhsm2_conf=conf)  # fmt: skip
    with pytest.raises(MarksUnavailable, match="refused the PIN") as err:
        keeper.read_floor(b"x")
    assert "not-the-pin" not in str(err.value)
    keeper.close()


@pytest.mark.parametrize("answer", [
    b"",  # ends without a word
    b"not json\n",
    b'{"value": -1}\n',
    b'{"value": 18446744073709551616}\n',  # more than 8 bytes
    b'{"value": 1.5}\n',
    b'{"value": true}\n',
    b'{"value": 1, "more": 2}\n',
    b'{"error": 5}\n',
    b"[1]\n",
    b"x" * 10000,  # no end of line, ever
])
def test_a_childs_bad_answer_is_not_believed(hsm_env, answer: bytes) -> None:
    """The child's ready line, then ``answer`` to the call."""
    program = ("import sys\nsys.stdin.buffer.readline()\n"
               "sys.stdout.buffer.write(b'{\"value\": null}\\n'); sys.stdout.flush()\n"
               "sys.stdin.buffer.readline()\n"
               f"sys.stdout.buffer.write({answer!r}); sys.stdout.flush()\n"
               "sys.stdin.buffer.read()\n")  # fmt: skip
    keeper = _keeper(hsm_env, wait=WAIT)
    keeper.command = _child(program)
    with pytest.raises(MarksUnavailable):
        keeper.raise_floor(b"x", 1)
    assert keeper._proc is None  # given up: the next call starts a new child
    keeper.close()


def test_a_child_that_never_answers_is_killed_within_the_wait(hsm_env) -> None:
    keeper = _keeper(hsm_env, wait=WAIT)
    keeper.command = _child("import sys, time\nsys.stdin.buffer.readline()\n"
                            "print('{\"value\": null}', flush=True)\ntime.sleep(3600)\n")
    keeper._start()
    proc = keeper._proc
    assert proc is not None
    keeper._answer(10)  # (ready)
    started = time.monotonic()
    with pytest.raises(MarksUnavailable, match="no answer within"):
        keeper.read_floor(b"x")
    assert time.monotonic() - started < 3 * WAIT
    assert proc.poll() is not None  # killed, not left behind
    keeper.close()


def _hold(paths: list[Path]) -> subprocess.Popen:
    """A process holding SoftHSM2's lock on ``paths`` (a marks process stopped mid-write)."""
    program = ("import fcntl, sys\nheld = [open(n, 'r+b') for n in sys.argv[1:]]\n"
               "[fcntl.lockf(f, fcntl.LOCK_EX) for f in held]\nprint(len(held), flush=True)\n"
               "sys.stdin.read()\n")  # fmt: skip
    holder = subprocess.Popen([sys.executable, "-c", program, *map(str, paths)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and int(holder.stdout.readline()) == len(paths)
    return holder


def _release(holder: subprocess.Popen) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=10)


def _marks_files(hsm_env) -> list[Path]:
    return sorted((Path(hsm_env["BACKUPGUI_TEST_HSM_DIR"]) / "marks").rglob("*.object"))


def test_a_locked_marks_token_costs_a_bounded_wait_then_marks_follow(hsm_env) -> None:
    keeper = _keeper(hsm_env, wait=WAIT)
    ident = os.urandom(16)
    try:
        assert keeper.raise_floor(ident, 10) == 10
        holder = _hold(_marks_files(hsm_env))
        try:
            for _ in range(2):  # the call in the token, then a new child's start
                started = time.monotonic()
                with pytest.raises(MarksUnavailable):
                    keeper.raise_floor(ident, 11)
                assert time.monotonic() - started < 4 * WAIT
        finally:
            _release(holder)
        assert keeper.raise_floor(ident, 12) == 12  # the lock gone, the marks follow
        assert keeper.read_floor(ident) == 12
    finally:
        keeper.close()


def test_a_node_does_not_start_on_a_locked_marks_token_and_says_why(hsm_env,
                                                                   tmp_path: Path) -> None:
    """Without its marks a node cannot tell a rolled-back database: it refuses to start,
    within a bounded time, and says why (it does not hang)."""
    first = VaultProcess(hsm_env, tmp_path / "v.sqlite").start()  # (the token has marks)
    first.stop()
    holder = _hold(_marks_files(hsm_env))
    try:
        node = VaultProcess(hsm_env, tmp_path / "v.sqlite")
        started = time.monotonic()
        node.start(expect_failure=True)
        assert node.proc is not None and node.proc.returncode == 1
        assert time.monotonic() - started < 40
        assert "the marks token" in node.stderr() and "no answer within" in node.stderr()
    finally:
        _release(holder)
        first.cleanup()
        node.cleanup()


def test_marks_of_an_older_vault_move_from_the_sealing_token(hsm_env, monkeypatch) -> None:
    """A vault before s20 kept its marks in the sealing token: a node's start moves them to
    the marks token (a rollback below them is still refused) and removes them there."""
    from backupgui.vault.hsm import Sealer
    from backupgui.vault.marks import move_legacy_marks

    from .conftest import TOKEN_LABEL

    monkeypatch.setenv("SOFTHSM2_CONF", hsm_env["SOFTHSM2_CONF"])
    sealer = Sealer(PKCS11_MODULE, TOKEN_LABEL, TEST_PIN)
    keeper = _keeper(hsm_env)
    ident = os.urandom(16)
    try:
        sealer.raise_floor(ident, 40)
        sealer.raise_floor(ident, 41, TIMELINE_LABEL)
        assert move_legacy_marks(sealer, keeper) >= 2
        assert keeper.read_floor(ident) == 40
        assert keeper.read_floor(ident, TIMELINE_LABEL) == 41
        assert sealer.legacy_marks() == []
        assert move_legacy_marks(sealer, keeper) == 0
    finally:
        keeper.close()
        sealer.close()
