#!/usr/bin/env python3
"""Embed the app's own Google OAuth client ("Desktop app") into the build.

Reads ``BACKUPGUI_GOOGLE_CLIENT_ID`` and ``BACKUPGUI_GOOGLE_CLIENT_SECRET`` from the build
environment and writes ``backupgui/resources/google-oauth-client.json``, which the PyInstaller
bundle and ``pip install .`` then ship. With neither set it writes nothing (the build asks
people for their own Google Cloud client); with only one set it fails. The packaging scripts
run it before PyInstaller; run it yourself before ``pip install .`` for a source install.

    python packaging/embed_google_client.py [--out FILE] [--remove]

Google does not treat an installed app's client secret as confidential (it identifies the
app and grants nothing by itself); still, the file is not committed (see .gitignore).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "backupgui" / "resources" / "google-oauth-client.json"
ID_ENV, SECRET_ENV = "BACKUPGUI_GOOGLE_CLIENT_ID", "BACKUPGUI_GOOGLE_CLIENT_SECRET"
_CLIENT_ID = re.compile(r"[0-9A-Za-z._-]{1,200}\.apps\.googleusercontent\.com")


def client_config(client_id: str, client_secret: str) -> dict:
    return {"installed": {
        "client_id": client_id, "client_secret": client_secret,
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "revoke_uri": "https://oauth2.googleapis.com/revoke",
        "redirect_uris": ["http://127.0.0.1", "http://localhost"]}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"where to write (default {DEFAULT_OUT})")
    ap.add_argument("--remove", action="store_true", help="remove an embedded client instead")
    args = ap.parse_args(argv)
    if args.remove:
        args.out.unlink(missing_ok=True)
        print(f"embed_google_client: removed {args.out}")
        return 0
    cid = os.environ.get(ID_ENV, "").strip()
    secret = os.environ.get(SECRET_ENV, "").strip()
    if not cid and not secret:
        state = "keeps the one already there" if args.out.exists() else "has none"
        print(f"embed_google_client: {ID_ENV}/{SECRET_ENV} not set; this build {state} "
              "(people can use their own Google Cloud client)")
        return 0
    if not cid or not secret:
        print(f"embed_google_client: set both {ID_ENV} and {SECRET_ENV}", file=sys.stderr)
        return 2
    if not _CLIENT_ID.fullmatch(cid):
        print(f"embed_google_client: {ID_ENV} does not look like a Google OAuth client id "
              "(…apps.googleusercontent.com)", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(json.dumps(client_config(cid, secret), indent=1) + "\n", "utf-8")
    os.replace(tmp, args.out)
    print(f"embed_google_client: embedded client {cid.split('.')[0][:12]}… in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
