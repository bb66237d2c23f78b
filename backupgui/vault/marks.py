"""The high-water marks, kept in a token of their own by a helper process (VAULT.md 10.6, 10.8).

A SoftHSM2 process that stops while it writes a mark object (SIGSTOP, a paused container)
holds a POSIX lock on the object's file, and SoftHSM2 waits for such locks without a timeout
in every other process of that token directory: before s20 the marks were in the sealing
token, so every other node's next ``unseal`` (a login) waited until the stopped one ran
again. Now:

- the marks live in their own token, in a SoftHSM2 configuration (token directory) of its
  own, so the sealing token's files never change while nodes serve and a node's sealing
  calls never wait for another process (a node start, which reads every token of its
  directory, neither);
- a node makes its mark calls through a child process (``MarkKeeper``) and waits for each
  answer at most ``MARK_WAIT`` seconds. Past that the child is killed (its own locks go
  with it; an object file it left half-written is ignored by SoftHSM2) and the call fails
  with ``MarksUnavailable``: the node serves on with the marks it holds in memory, logs the
  degraded state, and tries again at its next housekeeping.

No key is in the marks token; its objects are private (``CKA_PRIVATE``): only a holder of
the token's user PIN can write them, as before. The PIN reaches the child through its stdin
pipe, never argv, the environment or a file.
"""

from __future__ import annotations

import json
import logging
import os
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

from .hsm import FLOOR_LABEL, TIMELINE_LABEL, WAL_LABEL, HsmError, MarksUnavailable

log = logging.getLogger("backupgui.vault")

DEFAULT_MARKS_TOKEN_LABEL = "backupgui-vault-marks"
#: The marks token's SoftHSM2 configuration, relative to the sealing token's
#: ``softhsm2.conf`` (what ``backupgui-vault init-dev-token`` writes).
MARKS_CONF_NAME = Path("marks", "softhsm2.conf")
#: Seconds a node waits for one answer of its marks process (a start of the process, which
#: loads the module and logs in, gets twice that).
MARK_WAIT = 5.0
_LABELS = (FLOOR_LABEL, TIMELINE_LABEL, WAL_LABEL)
_MAX_LINE = 4096
_MAX_VALUE = 2**64 - 1


def default_marks_conf() -> str | None:
    """``marks/softhsm2.conf`` next to ``$SOFTHSM2_CONF``, if there is one."""
    conf = os.environ.get("SOFTHSM2_CONF")
    if not conf:
        return None
    path = Path(conf).parent / MARKS_CONF_NAME
    return str(path) if path.is_file() else None


class MarkKeeper:
    """``read_floor`` / ``raise_floor`` / ``reset_floor`` (as ``hsm.TokenMarks``) run by a
    child process on the marks token, each bounded by ``wait`` seconds.

    One call at a time; a caller waits at most ``wait`` for the one before it, then its own
    ``wait``: every call ends within twice ``wait`` plus a start of the child.
    """

    #: The child's command line (a test gives another program: a hostile or stuck child).
    command: tuple[str, ...] = (sys.executable, "-m", "backupgui.vault.marks")

    def __init__(self, module: str, token_label: str, pin: str, *,
                 softhsm2_conf: str | None = None, wait: float = MARK_WAIT) -> None:
        self._config = {"module": module, "token": token_label}
        self._pin = pin  # kept to start the child again after a kill (memory only)
        self._env = dict(os.environ)
        if softhsm2_conf:
            self._env["SOFTHSM2_CONF"] = softhsm2_conf
        self.wait = wait
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._buf = b""
        self._degraded = False

    # ------------------------------------------------------------------ the token's API

    def read_floor(self, ident: bytes, label: str = FLOOR_LABEL) -> int | None:
        return self._call({"op": "read", "label": label, "ident": ident.hex()})

    def raise_floor(self, ident: bytes, value: int, label: str = FLOOR_LABEL) -> int:
        got = self._call({"op": "raise", "label": label, "ident": ident.hex(), "value": value})
        if got is None:
            raise MarksUnavailable("the marks process gave no mark")
        return got

    def reset_floor(self, ident: bytes, value: int, label: str) -> None:
        self._call({"op": "reset", "label": label, "ident": ident.hex(), "value": value})

    def close(self) -> None:
        if self._lock.acquire(timeout=self.wait):
            try:
                self._stop()
            finally:
                self._lock.release()
        else:  # a call is stuck: end the child under it (its pipe read then fails)
            proc = self._proc
            if proc is not None:
                proc.kill()

    # ------------------------------------------------------------------ the child process

    def _call(self, request: dict) -> int | None:
        if request["label"] not in _LABELS:
            raise ValueError("unknown mark label")
        if not self._lock.acquire(timeout=self.wait):
            raise self._unavailable("another call to the marks token is still waiting")
        try:
            try:
                if self._proc is None:
                    self._start()
                    self._answer(2 * self.wait)  # the child's "ready" after its login
                self._send(request)
                answer = self._answer(self.wait)
            except MarksUnavailable as exc:
                self._stop()
                raise self._unavailable(str(exc)) from None
            if self._degraded:
                self._degraded = False
                log.warning("the marks token answers again: the high-water marks follow")
            if "error" in answer:
                # The token's own refusal (a malformed mark, a full token): the child is fine.
                raise HsmError(f"the marks token: {answer['error']}")
            return answer["value"]
        finally:
            self._lock.release()

    def _unavailable(self, why: str) -> MarksUnavailable:
        if not self._degraded:
            self._degraded = True
            log.warning(
                "the marks token did not answer (%s): this node serves on with the marks it "
                "holds, but does not raise them until it answers (a process of the marks token "
                "stopped while writing? docs/VAULT.md 10.8)", why,
            )  # fmt: skip
        return MarksUnavailable(why)

    def _start(self) -> None:
        self._buf = b""
        try:
            self._proc = subprocess.Popen(
                list(self.command), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                env=self._env, close_fds=True,
            )  # fmt: skip
        except OSError as exc:  # (no memory or processes left: tried again next time)
            raise MarksUnavailable(f"the marks process could not start ({exc.strerror})") from None
        self._send({**self._config, "pin": self._pin})

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        proc.kill()  # SIGKILL ends a wait for a file lock; the child's own locks go with it
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()
        try:
            proc.wait(timeout=self.wait)
        except subprocess.TimeoutExpired:  # (not seen: reaped by the next start's Popen)
            log.warning("the marks process %d did not end after SIGKILL", proc.pid)

    def _send(self, message: dict) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.write(json.dumps(message).encode() + b"\n")
            self._proc.stdin.flush()
        except OSError:
            raise MarksUnavailable("the marks process ended") from None

    def _answer(self, limit: float) -> dict:
        """The child's next line, parsed and checked; MarksUnavailable after ``limit`` s."""
        assert self._proc is not None and self._proc.stdout is not None
        deadline = time.monotonic() + limit
        fd = self._proc.stdout.fileno()
        poller = select.poll()  # (not select(): a busy node's descriptors pass 1024)
        poller.register(fd, select.POLLIN)
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise MarksUnavailable(f"no answer within {limit:g} s")
            if not poller.poll(max(1, int(left * 1000))):
                continue
            chunk = os.read(fd, _MAX_LINE)
            if not chunk:
                raise MarksUnavailable("the marks process ended")
            self._buf += chunk
            if len(self._buf) > _MAX_LINE and b"\n" not in self._buf:
                raise MarksUnavailable("the marks process answered too much")
        line, self._buf = self._buf.split(b"\n", 1)
        try:
            answer = json.loads(line)
        except ValueError:
            raise MarksUnavailable("the marks process answered garbage") from None
        if not isinstance(answer, dict):
            raise MarksUnavailable("the marks process answered garbage")
        if "error" in answer:
            if not isinstance(answer["error"], str) or not set(answer) <= {"error", "fatal"}:
                raise MarksUnavailable("the marks process answered garbage")
            if answer.get("fatal"):
                raise MarksUnavailable(answer["error"])
            return answer
        value = answer.get("value")
        if len(answer) != 1 or not (
            value is None or (type(value) is int and 0 <= value <= _MAX_VALUE)
        ):
            raise MarksUnavailable("the marks process answered garbage")
        return answer


def move_legacy_marks(sealer, keeper: MarkKeeper) -> int:
    """Take the marks a vault before s20 kept in the sealing token into the marks token, then
    remove them there; returns how many. (Raised, never lowered: a mark already higher in
    the marks token stays. A start that dies between the two steps does it again.)"""
    found = sealer.legacy_marks()
    for label, ident, value in found:
        keeper.raise_floor(ident, value, label)
    if found:
        sealer.drop_legacy_marks()
        log.info("moved %d high-water mark object(s) from the sealing token to the marks "
                 "token", len(found))  # fmt: skip
    return len(found)


def init_marks_token(module: str, token_label: str, so_pin: str, pin: str,
                     softhsm2_conf: str) -> None:
    """Initialise the marks token in the SoftHSM2 configuration ``softhsm2_conf`` (a child
    process: SoftHSM2 reads its configuration once per process)."""
    env = dict(os.environ, SOFTHSM2_CONF=softhsm2_conf)
    secrets = json.dumps({"module": module, "token": token_label, "so_pin": so_pin,
                          "pin": pin})  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "backupgui.vault.marks", "init"],
                          input=secrets.encode(), env=env, capture_output=True, timeout=60,
                          check=False)  # fmt: skip
    if done.returncode != 0:
        tail = done.stderr.decode(errors="replace").strip()[-300:]
        raise HsmError(f"could not initialise the marks token: {tail}")


def _init_child(stdin) -> int:
    from .hsm import init_token

    config = json.loads(stdin.read(_MAX_LINE))
    try:
        init_token(config["module"], config["token"], config["so_pin"], config["pin"])
    except HsmError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------------------- the child


def _serve_marks(stdin, stdout) -> int:
    """The child: log in with the first line's PIN, then answer one line per request."""
    from .hsm import TokenMarks

    def say(message: dict) -> None:
        stdout.write(json.dumps(message).encode() + b"\n")
        stdout.flush()

    first = stdin.readline(_MAX_LINE)
    try:
        config = json.loads(first)
        pin = config.pop("pin")
        marks = TokenMarks.open(config["module"], config["token"], pin)
    except HsmError as exc:
        say({"error": f"cannot open the marks token: {exc}", "fatal": True})
        return 1
    except (ValueError, KeyError, TypeError):
        return 2
    del pin, config
    say({"value": None})  # ready
    for line in iter(lambda: stdin.readline(_MAX_LINE), b""):
        try:
            req = json.loads(line)
            op, label, ident = req["op"], req["label"], bytes.fromhex(req["ident"])
            if label not in _LABELS or len(ident) > 64:
                raise ValueError(label)
            if op == "read":
                say({"value": marks.read_floor(ident, label)})
            elif op == "raise":
                say({"value": marks.raise_floor(ident, int(req["value"]), label)})
            elif op == "reset":
                marks.reset_floor(ident, int(req["value"]), label)
                say({"value": None})
            else:
                raise ValueError(op)
        except HsmError as exc:
            say({"error": str(exc)})
        except (ValueError, KeyError, TypeError):
            return 2
    marks.close()
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["init"]:
        sys.exit(_init_child(sys.stdin.buffer))
    sys.exit(_serve_marks(sys.stdin.buffer, sys.stdout.buffer))
