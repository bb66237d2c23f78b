"""A logging filter that takes secrets out of every record before any handler writes it.

backupgui itself never logs a password, key or token, but libraries do: google-auth-oauthlib
logs the sign-in redirect (``GET /?state=...&code=...``), urllib3 and httplib2 log URLs and
headers at DEBUG. The filter is installed on every handler of the root logger (the GUI's log
file and stderr, the CLI's stderr, the vault server's), so it sees records of every logger,
and rewrites the message, the traceback and the stack it carries:

* ``name=value`` pairs (URLs, form bodies) and ``"name": "value"`` pairs (JSON) whose name is
  one of ``SECRET_NAMES``: the value becomes ``***``;
* ``Authorization: Bearer ...``/``Basic ...`` and ``Bearer <token>`` anywhere;
* Google's token shapes (``ya29.``, ``1//``, ``4/`` codes, ``GOCSPX-`` client secrets) and
  the emulator's (``emu-``);
* 64 hex digits (a backup key K, alone or in its 16 groups of 4) and 32 bytes in base64.

It cannot know a password typed by the user; that is why no code path logs one (and
tests/security/test_log_scrub.py greps the logs for each secret a real session used).
"""

from __future__ import annotations

import logging
import re

#: Field names whose value is a secret in a URL query, a form body or JSON.
SECRET_NAMES = ("code", "state", "token", "access_token", "refresh_token", "id_token",
                "client_secret", "code_verifier", "password", "passphrase", "secret", "key",
                "wrapped_key", "assertion", "upload_id", "recovery_code", "api_key")
_NAMES = "|".join(sorted(SECRET_NAMES, key=len, reverse=True))
MASK = "***"

_RULES: list[tuple[re.Pattern[str], str]] = [
    # JSON: "refresh_token": "1//..."  (also with single quotes, as a Python dict prints)
    (re.compile(rf"""(["'](?:{_NAMES})["']\s*:\s*)(["'])(?:\\.|(?!\2).)*\2""", re.I), rf"\1\2{MASK}\2"),
    # URL query or form body: ...&code=4/abc&state=xyz
    (re.compile(rf"(?<![A-Za-z0-9_])((?:{_NAMES})=)[^&\s\"'#<>]+", re.I), rf"\1{MASK}"),
    # Authorization headers, and bearer tokens wherever they appear.
    (re.compile(r"((?:authorization|proxy-authorization)['\"]?\s*[:=]\s*['\"]?\s*)"
                r"(?:(bearer|basic|token)\s+)?[^\s'\",}]+", re.I), rf"\1\2 {MASK}"),
    (re.compile(r"\b(bearer)\s+[A-Za-z0-9._~+/=-]+", re.I), rf"\1 {MASK}"),
    # Prose: "Generated new state Fzju..." (requests-oauthlib), "token abc..." and the like.
    (re.compile(r"\b(state|code|token|verifier|secret|password)(\s+)[A-Za-z0-9._~+/=-]{16,}", re.I),
     rf"\1\2{MASK}"),
    # Token shapes: Google access/refresh tokens, authorization codes, client secrets; the
    # Drive emulator's tokens and codes.
    (re.compile(r"\bya29\.[A-Za-z0-9._-]+"), MASK),
    (re.compile(r"(?<![A-Za-z0-9])1//[A-Za-z0-9._-]+"), MASK),
    (re.compile(r"(?<![A-Za-z0-9/])4/[A-Za-z0-9._-]{10,}"), MASK),
    (re.compile(r"\bGOCSPX-[A-Za-z0-9._-]+"), MASK),
    (re.compile(r"\bemu-[A-Za-z0-9_-]{16,}"), MASK),
    # A 256-bit key: 64 hex digits, or its 16 groups of 4 (spaces or dashes between).
    (re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{4}[ \-]?){15}[0-9A-Fa-f]{4}(?![0-9A-Fa-f])"),
     "<64 hex digits>"),
    # 32 bytes in base64 (how the keyring holds K).
    (re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{43}=(?![A-Za-z0-9+/=])"), "<base64 secret>"),
]


def scrub(text: str) -> str:
    """``text`` with every secret the rules recognise replaced by a mask."""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text


class SecretScrubber(logging.Filter):
    """Rewrites each record's message, traceback and stack with ``scrub``; drops nothing."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string: log what there is, scrubbed
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = scrub(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def install(logger: logging.Logger | None = None) -> None:
    """Add the scrubber to every handler of ``logger`` (the root logger by default) that does
    not have it yet. Call after adding handlers."""
    for handler in (logger or logging.getLogger()).handlers:
        if not any(isinstance(f, SecretScrubber) for f in handler.filters):
            handler.addFilter(SecretScrubber())
