"""A Drive backup's start-up imports only what it uses: the key vault's OPAQUE client,
httplib2's own auth schemes (pyparsing), google-auth's refresh code (``reauth``: the token
client, JWT, ``cryptography.x509``) and asyncio load on first use, and then work as before."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_drive_destination_does_not_import_pyparsing_until_httplib2_auth_is_used() -> None:
    out = _run("""
        import sys
        import backupgui.destinations.gdrive
        import httplib2
        before = "pyparsing" in sys.modules
        # httplib2's Digest scheme parses the challenge with the deferred module.
        got = httplib2.auth._parse_www_authenticate(
            {"www-authenticate": 'Digest realm="r", nonce="n1", qop="auth"'})
        print(before, "pyparsing" in sys.modules, sorted(got["digest"].items()),
              httplib2.auth is sys.modules["httplib2.auth"], type(httplib2.auth).__name__)
    """)
    assert out == "False True [('nonce', 'n1'), ('qop', 'auth'), ('realm', 'r')] True module"


def test_deferred_httplib2_auth_still_refuses_a_malformed_header() -> None:
    out = _run("""
        import backupgui.destinations
        import httplib2
        try:
            httplib2.auth._parse_www_authenticate({"www-authenticate": 'Digest ,,, ='})
        except httplib2.error.MalformedHeader:
            print("refused")
    """)
    assert out == "refused"


def test_httplib2_imported_first_is_left_alone() -> None:
    out = _run("""
        import sys
        import httplib2
        import backupgui.destinations.gdrive
        print("pyparsing" in sys.modules, type(httplib2.auth).__name__)
    """)
    assert out == "True module"


def test_vault_account_does_not_import_the_opaque_client() -> None:
    out = _run("""
        import sys
        import backupgui.vault.account
        print(any(m in sys.modules for m in ("backupgui.vault.client", "backupgui.vault.opaque",
                                              "rbcl")))
        from backupgui.vault import VaultBinding, vault_fetch_key
        from backupgui.vault import client
        print(VaultBinding is client.VaultBinding, vault_fetch_key is client.vault_fetch_key)
        import backupgui.vault as vault
        try:
            vault.no_such_name
        except AttributeError as exc:
            print("AttributeError", "no_such_name" in str(exc))
    """)
    assert out.splitlines() == ["False", "True True", "AttributeError True"]


def test_deferred_httplib2_auth_loads_once_when_threads_race() -> None:
    out = _run("""
        import threading
        import backupgui.destinations
        import httplib2
        barrier, got, errors = threading.Barrier(8), [], []
        def use():
            barrier.wait()
            try:
                got.append(httplib2.auth._parse_www_authenticate(
                    {"www-authenticate": 'Basic realm="r"'})["basic"]["realm"])
            except Exception as exc:
                errors.append(repr(exc))
        threads = [threading.Thread(target=use) for _ in range(8)]
        for t in threads: t.start()
        for t in threads: t.join()
        print(got.count("r"), errors, hasattr(httplib2.auth, "no_such_name"))
    """)
    assert out == "8 [] False"


def test_refresh_code_is_deferred_until_a_token_is_refreshed(tmp_path) -> None:
    """A bare token never loads the refresh code; a refresh token still refreshes (against
    the emulator's token endpoint) through the deferred module, and a revoked one is still
    refused with google-auth's own error."""
    out = _run("""
        import sys
        import backupgui.destinations.gdrive
        from google.oauth2.credentials import Credentials
        from backupgui.services.drive_emulator.server import DriveEmulator, _hash
        heavy = ("google.oauth2._client", "google.auth.jwt", "cryptography.x509")
        print([m for m in heavy if m in sys.modules], type(sys.modules["google.oauth2.reauth"]).__name__)
        emu = DriveEmulator(DATA).start()
        try:
            with emu.store.lock:
                emu.store.grants[_hash("1//emu-test")] = {"client_id": emu.client_id,
                    "scope": "https://www.googleapis.com/auth/drive.appdata", "email": "user@example.com"}
            import google_auth_httplib2, httplib2
            request = google_auth_httplib2.Request(httplib2.Http())
            cfg = emu.client_config()["installed"]
            creds = Credentials(None, refresh_token="1//emu-test", token_uri=cfg["token_uri"],
                                client_id=cfg["client_id"], client_secret=cfg["client_secret"])
            creds.refresh(request)
            print(creds.token.startswith("ya29.emu-"), all(m in sys.modules for m in heavy),
                  type(sys.modules["google.oauth2.reauth"]).__name__)
            bad = Credentials(None, refresh_token="1//emu-revoked", token_uri=cfg["token_uri"],
                              client_id=cfg["client_id"], client_secret=cfg["client_secret"])
            try:
                bad.refresh(request)
            except Exception as exc:
                print(type(exc).__name__)
        finally:
            emu.stop()
    """.replace("DATA", repr(str(tmp_path / "drive"))))
    assert out.splitlines() == ["[] _DeferredModule", "True True module", "RefreshError"]


def test_refresh_code_imported_first_is_left_alone() -> None:
    out = _run("""
        import sys
        import google.oauth2.credentials
        import backupgui.destinations.gdrive
        print(type(sys.modules["google.oauth2.reauth"]).__name__, "google.oauth2._client" in sys.modules)
    """)
    assert out == "module True"


def test_asyncio_is_deferred_and_whole_on_first_use() -> None:
    """google-auth imports asyncio for a path a backup never takes: it is not run until a
    name of it is used, then it is the whole package (an event loop runs)."""
    out = _run("""
        import sys
        import backupgui.destinations.gdrive
        from google.oauth2.credentials import Credentials
        Credentials(token="t")
        print(type(sys.modules["asyncio"]).__name__, "asyncio.base_events" in sys.modules)
        import asyncio
        async def twice(n):
            await asyncio.sleep(0)
            return 2 * n
        print(asyncio.run(twice(21)), type(asyncio).__name__)
    """)
    assert out.splitlines() == ["_DeferredModule False", "42 module"]


def test_deferred_asyncio_imports_its_submodules_first_too() -> None:
    """A submodule imported before any name of the package (the package's own code then runs
    later, importing its submodules while it is loaded: a reentrant lock)."""
    out = _run("""
        import sys
        import backupgui.destinations
        import asyncio.subprocess
        import asyncio
        from asyncio import Queue
        print(asyncio.run(asyncio.sleep(0, result=7)), asyncio.subprocess is sys.modules["asyncio.subprocess"],
              Queue.__module__, type(asyncio).__name__)
    """)
    assert out == "7 True asyncio.queues module"


def test_asyncio_imported_first_is_left_alone() -> None:
    out = _run("""
        import sys
        import asyncio
        import backupgui.destinations.gdrive
        print(type(sys.modules["asyncio"]).__name__)
    """)
    assert out == "module"
