"""``backupgui-vault``: the Backup Key Vault service.

    backupgui-vault serve --db vault.sqlite --host 127.0.0.1 --port 8765 \
        --pkcs11-module /usr/lib/softhsm/libsofthsm2.so --token-label backupgui-vault
    backupgui-vault init-dev-token --dir ./vault-dev

The token PIN comes from the environment variable BACKUPGUI_VAULT_PIN or from --pin-file,
never from the command line. See docs/VAULT.md.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import signal
import ssl
import sys
from pathlib import Path

from ..vault.limits import MAX_ATTEMPTS

PIN_ENV = "BACKUPGUI_VAULT_PIN"
SO_PIN_ENV = "BACKUPGUI_VAULT_SO_PIN"
DEFAULT_TOKEN_LABEL = "backupgui-vault"


class CliError(Exception):
    """A configuration problem reported as one line on stderr."""


def _read_pin(pin_file: str | None) -> str:
    if pin_file:
        try:
            pin = Path(pin_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise CliError(f"cannot read the PIN file {pin_file}: {exc.strerror}") from None
    else:
        pin = os.environ.get(PIN_ENV, "")
    if not pin:
        raise CliError(f"no token PIN: set {PIN_ENV} or pass --pin-file")
    return pin


def _write_secret(path: Path, value: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value + "\n")


def _attempts(text: str) -> int:
    """``--max-attempts``: 1 to ``limits.MAX_ATTEMPTS`` (a client says more as "many")."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not a whole number") from None
    if not 1 <= value <= MAX_ATTEMPTS:
        raise argparse.ArgumentTypeError(f"from 1 to {MAX_ATTEMPTS}")
    return value


def _add_token_args(p: argparse.ArgumentParser) -> None:
    from backupgui.vault.hsm import DEFAULT_KEY_LABEL, DEFAULT_MODULE
    from backupgui.vault.marks import DEFAULT_MARKS_TOKEN_LABEL

    p.add_argument("--pkcs11-module", default=DEFAULT_MODULE, help="PKCS#11 module path")
    p.add_argument("--token-label", default=DEFAULT_TOKEN_LABEL, help="token label")
    p.add_argument("--key-label", default=DEFAULT_KEY_LABEL, help="sealing key label")
    p.add_argument("--pin-file", help=f"file holding the user PIN (default: ${PIN_ENV})")
    p.add_argument(
        "--marks-token-label", default=DEFAULT_MARKS_TOKEN_LABEL,
        help="token of the high-water marks (same PIN; docs/VAULT.md 10.8)",
    )  # fmt: skip
    p.add_argument(
        "--marks-softhsm2-conf", metavar="FILE",
        help="SoftHSM2 configuration of the marks token (default: marks/softhsm2.conf next "
        "to $SOFTHSM2_CONF, if there)",
    )  # fmt: skip


def _parser() -> argparse.ArgumentParser:
    from backupgui import __version__

    parser = argparse.ArgumentParser(prog="backupgui-vault", description="Backup Key Vault")
    parser.add_argument("--version", action="version", version=f"backupgui-vault {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the vault HTTP service")
    serve.add_argument(
        "--db",
        required=True,
        metavar="PATH_OR_URL",
        help="SQLite database file, or a postgresql:// URL (libpq; several hosts and "
        "target_session_attrs=read-write for a replicated database; keep the password in "
        "PGPASSFILE or PGPASSWORD, not in the URL)",
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    _add_token_args(serve)
    serve.add_argument("--max-attempts", type=_attempts, default=10,
                       help=f"wrong passwords in a row that destroy a record (1-{MAX_ATTEMPTS})")
    serve.add_argument("--rate-per-minute", type=float, default=30.0, help="per client IP")
    serve.add_argument("--rate-burst", type=int, default=30, help="per client IP")
    serve.add_argument(
        "--trust-forwarded",
        action="store_true",
        help="rate-limit by the last X-Forwarded-For hop (only behind your own reverse proxy)",
    )
    serve.add_argument("--tls-cert", help="PEM certificate chain (serve HTTPS directly)")
    serve.add_argument("--tls-key", help="PEM private key for --tls-cert")
    serve.add_argument(
        "--oidc-audience",
        action="append",
        default=[],
        metavar="CLIENT_ID",
        help="accept ID tokens issued to this OAuth client id (repeatable); enables "
        "Google-account binding",
    )
    serve.add_argument(
        "--oidc-issuer",
        default="https://accounts.google.com",
        help="the ID token issuer (default Google)",
    )
    serve.add_argument(
        "--oidc-certs-url",
        default="",
        help="the issuer's JWKS URL (default: Google's, or the issuer's discovery document)",
    )
    serve.add_argument(
        "--allow-unbound-registration",
        action="store_true",
        help="also register records bound to nothing but an access token (app versions "
        "before account binding; anyone who reads such a backup can spend its attempts)",
    )
    serve.add_argument("--log-level", default="INFO")
    serve.add_argument(
        "--workers", type=int, default=8, help="threads serving requests (database, HSM)"
    )
    serve.add_argument(
        "--floor-interval",
        type=float,
        default=1.0,
        help="seconds between raises of the HSM's high-water mark (rollback detection)",
    )
    serve.add_argument(
        "--rate-max-clients",
        type=int,
        default=100_000,
        help="rate-limit buckets kept (per /64 or IPv4 address; least recently used go)",
    )

    accept = sub.add_parser(
        "accept-rollback",
        help="after a detected rollback: let the vault serve the restored database as it is",
    )
    accept.add_argument("--db", required=True, metavar="PATH_OR_URL")
    _add_token_args(accept)

    init = sub.add_parser("init-dev-token", help="create a SoftHSM2 token for development")
    init.add_argument("--dir", required=True, help="directory for softhsm2.conf and tokens")
    _add_token_args(init)
    return parser


def _softhsm2_conf(path: Path, tokens: Path) -> None:
    tokens.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
        "log.level = ERROR\nslots.removable = false\n",
        encoding="utf-8",
    )


def _init_dev_token(args: argparse.Namespace) -> int:
    from backupgui.vault.marks import MARKS_CONF_NAME

    base = Path(args.dir).resolve()
    base.mkdir(parents=True, exist_ok=True)
    os.chmod(base, 0o700)
    conf = base / "softhsm2.conf"
    marks_conf = base / MARKS_CONF_NAME
    # Run again on a directory made before s20, it adds the marks token only.
    sealing = not conf.exists()
    if not sealing and marks_conf.exists():
        raise CliError(f"{base} already holds a sealing token and a marks token")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read by SoftHSM2 when the module loads

    notes = []
    if args.pin_file or os.environ.get(PIN_ENV):
        pin = _read_pin(args.pin_file)
    elif not sealing and (base / "user-pin").exists():
        pin = _read_pin(str(base / "user-pin"))
    else:
        pin = secrets.token_urlsafe(18)
        _write_secret(base / "user-pin", pin)
        notes.append(f"user PIN written to {base / 'user-pin'} (mode 0600)")
    so_pin = os.environ.get(SO_PIN_ENV) or secrets.token_urlsafe(18)
    if not os.environ.get(SO_PIN_ENV):
        so_file = base / ("so-pin" if sealing else "marks/so-pin")
        marks_conf.parent.mkdir(exist_ok=True)
        _write_secret(so_file, so_pin)
        notes.append(f"SO PIN written to {so_file} (mode 0600)")

    from backupgui.vault import hsm
    from backupgui.vault.marks import init_marks_token

    if sealing:
        _softhsm2_conf(conf, base / "tokens")
        hsm.init_token(args.pkcs11_module, args.token_label, so_pin, pin)
        hsm.create_sealing_key(args.pkcs11_module, args.token_label, pin, args.key_label)
        print(f"token {args.token_label!r} ready with a non-extractable AES-256 key "
              f"{args.key_label!r}")  # fmt: skip
    # The marks in a token of their own, in its own token directory (docs/VAULT.md 10.8).
    _softhsm2_conf(marks_conf, marks_conf.parent / "tokens")
    init_marks_token(args.pkcs11_module, args.marks_token_label, so_pin, pin, str(marks_conf))
    print(f"token {args.marks_token_label!r} ready for the high-water marks ({marks_conf})")
    for note in notes:
        print(note)
    print(f"export SOFTHSM2_CONF={conf}")
    return 0


def _marks(args: argparse.Namespace, pin: str, sealer):
    """The node's MarkKeeper, with the marks of a vault before s20 moved into its token."""
    from backupgui.vault.hsm import HsmError
    from backupgui.vault.marks import MarkKeeper, default_marks_conf, move_legacy_marks

    conf = args.marks_softhsm2_conf or default_marks_conf()
    keeper = MarkKeeper(args.pkcs11_module, args.marks_token_label, pin, softhsm2_conf=conf)
    same = args.marks_token_label == args.token_label and (
        conf is None or conf == os.environ.get("SOFTHSM2_CONF"))
    try:
        keeper.read_floor(b"\0")  # the marks token is there and takes the PIN
        if not same:
            move_legacy_marks(sealer, keeper)
    except HsmError as exc:
        keeper.close()
        raise HsmError(
            f"the marks token {args.marks_token_label!r}: {exc} (made by init-dev-token; "
            "see docs/VAULT.md 10.8)"
        ) from None
    return keeper


def _open_store(spec: str, pool_size: int = 10):
    from backupgui.vault.store import StorageError, open_store

    try:
        return open_store(spec, pool_size=pool_size)
    except StorageError as exc:
        raise CliError(str(exc)) from None


def _accept_rollback(args: argparse.Namespace) -> int:
    from backupgui.vault.hsm import Sealer
    from backupgui.vault.service import accept_rollback

    pin = _read_pin(args.pin_file)
    sealer = Sealer(args.pkcs11_module, args.token_label, pin, args.key_label)
    marks = _marks(args, pin, sealer)
    del pin
    store = _open_store(args.db)
    try:
        value, mark = accept_rollback(store, sealer, marks)
    finally:
        store.close()
        marks.close()
        sealer.close()
    print(
        f"write generation raised to {value} (HSM high-water mark {mark}); the vault serves "
        "the restored counters as they are"
    )
    return 0


async def _housekeeping(service, interval: float) -> None:
    """Raise the HSM's high-water mark and purge expired rows, every ``interval`` seconds."""
    log = logging.getLogger("backupgui.vault")
    loop = asyncio.get_running_loop()
    while True:
        await asyncio.sleep(interval)
        try:
            await loop.run_in_executor(None, service.housekeeping)
        except Exception as exc:  # the database may be failing over: try again next time
            cause = exc.__cause__
            log.warning("housekeeping failed: %s: %s%s", type(exc).__name__, exc,
                        f" ({type(cause).__name__}: {cause})" if cause else "")  # fmt: skip


async def _serve(args: argparse.Namespace) -> int:
    from aiohttp import web

    from backupgui.vault.account import AccountVerifier, OidcConfig
    from backupgui.vault.hsm import Sealer
    from backupgui.vault.ratelimit import SharedRateLimiter
    from backupgui.vault.service import VaultService
    from backupgui.vault.web import make_app, make_runner

    oidc = None
    if args.oidc_audience:
        try:
            oidc = OidcConfig(
                args.oidc_issuer, tuple(args.oidc_audience), args.oidc_certs_url
            )
            if args.oidc_certs_url:
                from backupgui.vault.account import JwksCache

                JwksCache(args.oidc_certs_url)  # checks the URL's scheme now, not at a login
        except ValueError as exc:
            raise CliError(str(exc)) from None
    elif args.oidc_certs_url:
        raise CliError("--oidc-certs-url needs --oidc-audience")
    pin = _read_pin(args.pin_file)
    if bool(args.tls_cert) != bool(args.tls_key):
        raise CliError("--tls-cert and --tls-key go together")
    ssl_ctx = None
    if args.tls_cert:
        ssl_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ssl_ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ssl_ctx.load_cert_chain(args.tls_cert, args.tls_key)

    if args.workers < 1 or args.floor_interval <= 0 or args.rate_max_clients < 1:
        raise CliError("--workers, --floor-interval and --rate-max-clients must be positive")
    sealer = Sealer(args.pkcs11_module, args.token_label, pin, args.key_label)
    marks = _marks(args, pin, sealer)
    del pin
    store = _open_store(args.db, pool_size=args.workers + 2)
    service = VaultService(
        store,
        sealer,
        marks=marks,
        max_attempts=args.max_attempts,
        accounts=AccountVerifier(oidc),
        allow_unbound=args.allow_unbound_registration,
    )
    limiter = SharedRateLimiter(
        store, args.rate_per_minute, args.rate_burst, max_clients=args.rate_max_clients,
        clock=service.now,
    )
    app = make_app(
        service, limiter, trust_forwarded=args.trust_forwarded, workers=args.workers
    )
    runner = make_runner(app)
    await runner.setup()
    site = web.TCPSite(runner, args.host, args.port, ssl_context=ssl_ctx)
    await site.start()
    port = runner.addresses[0][1]
    scheme = "https" if ssl_ctx else "http"
    logging.getLogger("backupgui.vault").info("database: %s", store.describe())
    print(f"backupgui-vault listening on {scheme}://{args.host}:{port}", flush=True)
    chores = asyncio.create_task(_housekeeping(service, args.floor_interval))

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    chores.cancel()
    await runner.cleanup()
    store.close()
    marks.close()
    sealer.close()
    return 0


#: Import name -> distribution of what the service needs beyond the desktop app.
SERVER_MODULES = {"aiohttp": "aiohttp", "pkcs11": "python-pkcs11"}


def missing_server_packages() -> list[str]:
    """The vault-server extra's distributions that are not installed."""
    import importlib.util

    return [dist for mod, dist in SERVER_MODULES.items() if importlib.util.find_spec(mod) is None]


def main(argv: list[str] | None = None) -> int:
    """Console entry point."""
    missing = missing_server_packages()
    if missing:
        print("backupgui-vault: the vault service needs the vault-server extra "
              "(pip install 'backupgui[vault-server]'); missing: " + ", ".join(missing),
              file=sys.stderr)
        return 2
    args = _parser().parse_args(argv)
    if args.command == "serve":
        logging.basicConfig(
            level=getattr(logging, str(args.log_level).upper(), logging.INFO),
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        from ..process.logscrub import install as install_scrubber

        install_scrubber()
    try:
        if args.command == "init-dev-token":
            return _init_dev_token(args)
        if args.command == "accept-rollback":
            return _accept_rollback(args)
        return asyncio.run(_serve(args))
    except CliError as exc:
        print(f"backupgui-vault: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # HsmError, IntegrityError, OSError...: one clear line
        from backupgui.vault.hsm import HsmError
        from backupgui.vault.service import RollbackDetected
        from backupgui.vault.store import StorageError

        if isinstance(exc, HsmError | OSError | StorageError | RollbackDetected):
            print(f"backupgui-vault: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
