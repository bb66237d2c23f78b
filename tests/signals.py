"""Start a child as a terminal would: the signals a test sends it at their default action.

A test run started in the background by a script (``cmd &`` without job control) has SIGINT
ignored, and one under ``nohup`` SIGHUP; a child inherits an ignored signal across exec, and
backupgui (rightly) leaves a signal ignored at its start ignored, so a test that sends one
would wait for nothing (seen in a whole-suite run started with ``&``).
"""

from __future__ import annotations

import signal
import subprocess


def as_started_from_a_terminal() -> None:
    """``preexec_fn`` for ``subprocess.Popen``: SIGINT, SIGHUP and SIGTERM at their default."""
    for sig in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(sig, signal.SIG_DFL)


def signal_and_wait(proc: subprocess.Popen, sig: int, timeout: float = 60) -> str:
    """Send ``sig`` to ``proc`` and wait for it to end (killed if it does not within
    ``timeout``, or if the wait fails); its stderr."""
    try:
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return err
