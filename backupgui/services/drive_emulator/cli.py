"""Command line of the Drive emulator (``backupgui-cli drive-emulator`` calls ``cli_main``)."""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sys
import time
from pathlib import Path

from .server import CONSENT_ERRORS, DEFAULT_CLIENT_ID, DriveEmulator

TOKEN_ENV = "BACKUPGUI_DRIVE_TOKEN"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="drive-emulator",
        description="Serve a local emulation of the Google Drive v3 API and Google OAuth on 127.0.0.1.",
    )
    p.add_argument("--port", type=int, default=8765, help="TCP port (0 picks a free one; default 8765)")
    p.add_argument("--data", required=True, help="folder for the emulated Drive's files and metadata")
    p.add_argument("--quota", type=int, default=None, metavar="BYTES", help="storage limit (default unlimited)")
    p.add_argument("--faults", default="", metavar="SPEC",
                   help="fault injection, e.g. '503:n=2,429:retry_after=1,random:p=0.05:seed=7' "
                        "(see docs/DRIVE.md)")
    p.add_argument("--email", default="user@example.com", help="the emulated account's address")
    p.add_argument("--token-ttl", type=float, default=3600.0, help="lifetime of issued access tokens, seconds")
    p.add_argument("--client-id", default=DEFAULT_CLIENT_ID,
                   help="the only OAuth client id the consent and token endpoints serve "
                        f"(default {DEFAULT_CLIENT_ID}, what the app uses for the emulator)")
    p.add_argument("--untick-scope", action="append", default=[], metavar="SCOPE",
                   help="the consent screen grants every scope asked for but this one (as a person "
                        "unticking it); may be given more than once")
    p.add_argument("--consent-error", choices=CONSENT_ERRORS, default=None,
                   help="the consent page sends the browser back with this error instead of a "
                        "code (access_denied: the person chose Cancel; admin_policy_enforced: a "
                        "Google Workspace admin blocks the app; access_not_configured: a Workspace "
                        "for Education admin has not set the app up; org_internal: a client of "
                        "another organization)")
    p.add_argument("--page-limit", type=int, default=None, metavar="N",
                   help="at most N files per files.list page, whatever pageSize asks")
    return p


def cli_main(argv: list[str] | None = None) -> int:
    """Run the emulator until interrupted. Returns the process exit code."""
    args = _parser().parse_args(argv)
    data = Path(args.data).expanduser()
    emu = DriveEmulator(data, port=args.port, quota=args.quota, email=args.email, token_ttl=args.token_ttl,
                        client_id=args.client_id)
    emu.unticked_scopes = set(args.untick_scope)
    emu.consent_error = args.consent_error
    emu.page_limit = args.page_limit if args.page_limit and args.page_limit > 0 else None
    try:
        if args.faults:
            emu.faults.load_spec(args.faults)
    except ValueError as exc:
        print(f"drive-emulator: {exc}", file=sys.stderr)
        return 2
    # A never-expiring dev token for BACKUPGUI_DRIVE_TOKEN: taken from the environment if set
    # (so both processes share it), else generated and written to a 0600 file, never printed.
    token = os.environ.get(TOKEN_ENV)
    token_file = data / "dev-token"
    if not token:
        if token_file.exists():
            token = token_file.read_text().strip()
        else:
            token = "emu-dev-" + secrets.token_urlsafe(24)
            fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(token + "\n")
    emu.add_static_token(token)
    # The handler is in place before "listening" is printed: whoever reads that line may
    # send SIGTERM at once, and must get a clean stop (exit 0), not Python's default death.
    # The handler only sets a flag: ``Event.set()`` in a signal handler takes the Event's
    # lock, which the main thread may hold inside ``Event.wait()`` at that very moment (a
    # deadlock seen under load: the emulator then never exited). The main thread polls.
    stopping: list[bool] = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        emu.start()
    except OSError as exc:
        print(f"drive-emulator: cannot listen on port {args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Drive emulator listening on {emu.root_url} (data in {data})", flush=True)
    if not os.environ.get(TOKEN_ENV):
        print(f"Access token: export {TOKEN_ENV}=\"$(cat {token_file})\"", flush=True)
    print(f"Point the app at it: export BACKUPGUI_DRIVE_ROOT={emu.root_url}", flush=True)
    try:
        while not stopping:
            time.sleep(0.1)
    except KeyboardInterrupt:
        pass
    finally:
        emu.stop()
    return 0
