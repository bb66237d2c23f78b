"""The vault's HTTP JSON API (aiohttp). All binary fields are base64url without padding.

The service's calls block (database, HSM), so they run in a thread pool, never on the event
loop: one slow commit (a standby acknowledging, a failover) does not stop other requests.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web

from .ratelimit import Limiter
from .service import ApiError, VaultService, b64d

log = logging.getLogger("backupgui.vault.http")

MAX_BODY = 16 * 1024
BODY_DEADLINE = 10.0  # seconds to receive a request's body (a few hundred bytes)
#: Seconds a connection may go without a complete request's headers, from its start or its
#: last answer (aiohttp's keep-alive timer, whose default is an hour): a client trickling
#: its headers is closed then.
CONNECTION_IDLE = 75.0
TOKEN_LEN = 32

SERVICE_KEY = web.AppKey("service", VaultService)
LIMITER_KEY = web.AppKey("limiter", Limiter)
FORWARDED_KEY = web.AppKey("trust_forwarded", bool)
EXECUTOR_KEY = web.AppKey("executor", ThreadPoolExecutor)


def _client_key(request: web.Request) -> str:
    """The client's address: behind the operator's proxy (``--trust-forwarded``) the last
    X-Forwarded-For hop, which the proxy wrote. Every line of the header counts: a proxy may
    add a line of its own (HAProxy's ``option forwardfor``) after one the client sent."""
    if request.app[FORWARDED_KEY]:
        hops = [h.strip() for line in request.headers.getall("X-Forwarded-For", [])
                for h in line.split(",")]
        hops = [h for h in hops if h]
        if hops:
            return hops[-1]
    return request.remote or "unknown"


def _json(body: dict, status: int = 200, headers: dict | None = None) -> web.Response:
    h = {"Cache-Control": "no-store"}
    h.update(headers or {})
    return web.json_response(body, status=status, headers=h)


def _endpoint(fn: Callable[[VaultService, dict], dict]):
    async def handler(request: web.Request) -> web.Response:
        loop = asyncio.get_running_loop()
        pool = request.app[EXECUTOR_KEY]
        service, limiter = request.app[SERVICE_KEY], request.app[LIMITER_KEY]
        client = _client_key(request)
        try:
            # A body (at most MAX_BODY) trickled in byte by byte must not hold its connection
            # for ever: it has BODY_DEADLINE seconds as a whole.
            body = await asyncio.wait_for(request.json(loads=json.loads), BODY_DEADLINE)
            if not isinstance(body, dict):
                raise ValueError
        except TimeoutError:
            return _json({"error": "timeout", "message": "the request body came too slowly"},
                         408, {"Connection": "close"})
        except (ValueError, UnicodeDecodeError, RecursionError):  # (nested deeper than Python parses)
            body = None

        def work() -> tuple[bool, float, dict | None, ApiError | None]:
            # One trip to the thread pool per request: the rate limit, then the call.
            allowed, wait = limiter.allow(client)
            if not allowed or body is None:
                return allowed, wait, None, None
            try:
                return True, 0.0, fn(service, body), None
            except ApiError as exc:
                return True, 0.0, None, exc

        try:
            allowed, wait, result, error = await loop.run_in_executor(pool, work)
        except Exception:  # never leak internals (or secrets) to the caller
            log.exception("internal error in %s", request.path)
            return _json({"error": "internal", "message": "internal vault error"}, 500)
        if not allowed:
            return _json(
                {
                    "error": "rate_limited",
                    "message": "too many requests",
                    "retry_after": round(wait, 1),
                },
                429,
                {"Retry-After": str(max(1, int(wait + 0.999)))},
            )
        if body is None:
            return _json({"error": "bad_request", "message": "body must be a JSON object"}, 400)
        if error is not None:
            return _json(error.body(), error.status)
        assert result is not None
        return _json(result)

    return handler


def _token(body: dict) -> bytes | None:
    """The access token of a v1 record, if the request carries one."""
    if body.get("access_token") is None:
        return None
    return b64d(body.get("access_token"), "access_token", TOKEN_LEN)


def _account(body: dict) -> object:
    """The account proof (``account.py``): {"kind": "oidc"|"secret"|"sig"|"mac", ...} or
    None."""
    return body.get("account")


async def _info(request: web.Request) -> web.Response:
    return _json(request.app[SERVICE_KEY].info())


ROUTES: dict[str, Callable[[VaultService, dict], dict]] = {
    "/v1/register/start": lambda s, b: s.register_start(
        b.get("user_id"),
        _token(b),
        b64d(b.get("registration_request"), "registration_request"),
        _account(b),
        b,
    ),
    "/v1/register/finish": lambda s, b: s.register_finish(
        b.get("user_id"),
        _token(b),
        b64d(b.get("record"), "record"),
        b64d(b.get("wrapped_key"), "wrapped_key"),
        _account(b),
        b,
    ),
    "/v1/login/start": lambda s, b: s.login_start(
        b.get("user_id"), _token(b), b64d(b.get("ke1"), "ke1"), _account(b)
    ),
    "/v1/login/finish": lambda s, b: s.login_finish(
        b.get("session_id"), b64d(b.get("ke3"), "ke3"), b.get("purpose", "fetch")
    ),
    "/v1/login/abort": lambda s, b: s.login_abort(b.get("session_id")),
    "/v1/password/start": lambda s, b: s.password_start(
        b.get("user_id"),
        _token(b),
        b.get("grant"),
        b64d(b.get("registration_request"), "registration_request"),
        _account(b),
        b,
    ),
    "/v1/password/finish": lambda s, b: s.password_finish(
        b.get("user_id"),
        _token(b),
        b.get("grant"),
        b64d(b.get("record"), "record"),
        b64d(b.get("wrapped_key"), "wrapped_key"),
        _account(b),
        b,
    ),
    "/v1/account/bind": lambda s, b: s.account_bind(
        b.get("user_id"), _token(b), b.get("grant"), _account(b), b
    ),
    "/v1/account/device": lambda s, b: s.account_device(
        b.get("user_id"), b.get("grant"), _account(b), b.get("verifier"), b.get("public_key"), b
    ),
    "/v1/account/upgrade": lambda s, b: s.account_upgrade(
        b.get("user_id"), b.get("grant"), _account(b), b.get("public_keys"), b
    ),
    "/v1/sequence": lambda s, b: s.sequence(b.get("user_id"), b, _account(b)),
}


def make_app(
    service: VaultService,
    limiter: Limiter,
    *,
    trust_forwarded: bool = False,
    workers: int = 8,
) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY)
    app[SERVICE_KEY] = service
    app[LIMITER_KEY] = limiter
    app[FORWARDED_KEY] = trust_forwarded
    executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vault")
    app[EXECUTOR_KEY] = executor

    async def _shutdown(_app: web.Application) -> None:
        executor.shutdown(wait=True)

    app.on_cleanup.append(_shutdown)
    app.router.add_get("/v1/info", _info)
    for path, fn in ROUTES.items():
        app.router.add_post(path, _endpoint(fn))
    return app


def make_runner(app: web.Application) -> web.AppRunner:
    """The runner the service serves ``app`` with: no access log (addresses and paths only
    in our own log lines), and ``CONNECTION_IDLE`` for headers that never complete."""
    return web.AppRunner(app, access_log=None, keepalive_timeout=CONNECTION_IDLE)
