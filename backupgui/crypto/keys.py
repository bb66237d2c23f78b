"""The backup key K: generation, the 64-digit form, password rules and Argon2id wrapping.

K is 32 random bytes made on the device. In "64-digit key" mode the user keeps K itself,
written as 64 lowercase hex digits in 16 groups of 4. In password mode K is wrapped with
AES-256-GCM under a key-encryption key derived from the password with Argon2id.
"""

from __future__ import annotations

import secrets
import string
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..errors import GROUP_DIGITS, KEY_DIGITS, KEY_GROUPS, MalformedKeyError, WeakPasswordError

KEY_BYTES = KEY_DIGITS // 2  # 32
MIN_PASSWORD_LENGTH = 8


def generate_key() -> bytes:
    """A new random 256-bit backup key."""
    return secrets.token_bytes(KEY_BYTES)


def format_key(key: bytes) -> str:
    """K as 16 space-separated groups of 4 lowercase hex digits."""
    h = key.hex()
    return " ".join(h[i:i + GROUP_DIGITS] for i in range(0, len(h), GROUP_DIGITS))


def parse_key(text: str) -> bytes:
    """Read a 64-digit key typed by a person; spaces, dashes and case are ignored.

    What a person types by mistake is read as meant when it cannot mean anything else: any
    space or dash (a pasted no-break space, an en dash), digits of another script (an Arabic
    keyboard types ٠-٩), full-width characters, and the letters O for 0 and I or l for 1
    (no key has them; the key is checked anyway). Raises ``MalformedKeyError`` (saying what
    is wrong and where, by group; never echoing the key) when the text is not 64 hex digits.
    """
    groups = _typed_groups(text)
    cleaned = "".join(groups)
    for i, ch in enumerate(cleaned):
        if ch not in _HEX:
            raise MalformedKeyError(
                f"Group {i // GROUP_DIGITS + 1} of the key has “{ch}”, which no key "
                "has: a key has only the digits 0-9 and the letters a-f.", hint=_COMPARE)
    if len(cleaned) != 2 * KEY_BYTES:
        # Typed in groups: name the group that is too short or too long.
        odd = [i for i, g in enumerate(groups) if len(g) != GROUP_DIGITS]
        if len(groups) == KEY_GROUPS and len(odd) == 1:
            raise MalformedKeyError(
                # translators: %1: which group of the 64-digit key (1 to 16), %2: how many digits
                # it has, %3: how many it should have
                f"Group {odd[0] + 1} of the key has {len(groups[odd[0]])} digits instead of "
                f"{GROUP_DIGITS}.", hint=_COMPARE)
        raise MalformedKeyError(
            f"A backup key has {KEY_DIGITS} digits; this one has {len(cleaned)}.")
    return bytes.fromhex(cleaned)


_HEX = frozenset("0123456789abcdef")
_COMPARE = "Compare that group with the key you saved, or open the key file you saved."
#: Letters read as the digits they look like (no key has them).
_LOOKALIKES = {"o": "0", "i": "1", "l": "1"}


def _typed_groups(text: str) -> list[str]:
    """The groups of what a person typed, each folded to lowercase ASCII as ``parse_key``
    reads it (other characters are kept, to be named)."""
    out = []
    for ch in unicodedata.normalize("NFKC", text).lower():
        if ch.isspace() or ch == "_" or unicodedata.category(ch) == "Pd":
            out.append(" ")
            continue
        digit = unicodedata.decimal(ch, None)
        out.append(str(digit) if digit is not None else _LOOKALIKES.get(ch, ch))
    return "".join(out).split()


#: A key file saved by backupgui is a few hundred bytes; anything far larger is not one.
MAX_KEY_TEXT = 64 * 1024


def _hex_token(word: str) -> str | None:
    """``word`` without dashes and underscores if it is only hex digits, else None."""
    cleaned = word.replace("-", "").replace("_", "").lower()
    if cleaned and all(ch in string.hexdigits.lower() for ch in cleaned):
        return cleaned
    return None


def key_from_text(text: str) -> bytes:
    """The 64-digit key in what a person pastes or a key file holds.

    Accepts the key alone (as ``parse_key``) or text around it, such as the file backupgui
    saves ("backupgui 64-digit backup key", the key, a line of advice, in any language), even
    pasted into one line: the key is a run of consecutive words made only of hex digits
    (and dashes) that adds up to exactly 64 digits. More than one different key is an error.
    """
    if len(text) > MAX_KEY_TEXT:
        raise MalformedKeyError("This is far too long to be a backup key or a key file.")
    try:
        return parse_key(text)
    except MalformedKeyError as first:
        error = first
    words = [_hex_token(w) for w in text.split()]
    found: set[str] = set()
    for i, w in enumerate(words):
        digits = ""
        for nxt in words[i:]:
            if nxt is None:
                break
            digits += nxt
            if len(digits) >= 2 * KEY_BYTES:
                break
        if w is not None and len(digits) == 2 * KEY_BYTES:
            found.add(digits)
    if len(found) == 1:
        return bytes.fromhex(found.pop())
    if len(found) > 1:
        raise MalformedKeyError(f"This text holds more than one {KEY_DIGITS}-digit key; use "
                                "only the backup's key.")
    if "\n" not in text.strip() and not any(w is None and len(raw) > 4 for w, raw in
                                          zip(words, text.split(), strict=True)):
        raise error  # a typed key with a typo: say what is wrong with it
    raise MalformedKeyError(f"No {KEY_DIGITS}-digit backup key was found in this text or file.",
                            hint=error.hint) from None


@cache
def _common_passwords() -> frozenset[str]:
    from importlib import resources  # (imports tempfile, shutil...: only a new password needs it)

    text = resources.files("backupgui.crypto").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


@dataclass(frozen=True, slots=True)
class PasswordCheck:
    """Result of checking a new password against the rules (for live UI feedback)."""

    long_enough: bool
    not_common: bool
    strength: int  # 0 (very weak) .. 4 (strong), a rough guess for the meter

    @property
    def ok(self) -> bool:
        return self.long_enough and self.not_common


def check_password(password: str) -> PasswordCheck:
    """Check the rules: at least 8 characters, not a very common password."""
    long_enough = len(password) >= MIN_PASSWORD_LENGTH
    lowered = password.lower()
    not_common = lowered not in _common_passwords() and len(set(lowered)) > 2
    classes = sum([any(c.islower() for c in password), any(c.isupper() for c in password),
                   any(c.isdigit() for c in password), any(not c.isalnum() for c in password)])
    score = 0
    if long_enough and not_common:
        score = 1 + (len(password) >= 12) + (len(password) >= 16 or classes >= 3) + (
            len(password) >= 20 or (len(password) >= 12 and classes >= 3))
    return PasswordCheck(long_enough, not_common, min(score, 4))


def require_good_password(password: str) -> None:
    """Raise ``WeakPasswordError`` if a new password breaks the rules."""
    chk = check_password(password)
    if not chk.long_enough:
        raise WeakPasswordError(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")
    if not chk.not_common:
        raise WeakPasswordError("This password is too common; choose one that is harder to guess.")


#: Readers refuse Argon2id parameters above four times what backupgui writes (256 MiB,
#: 3 passes, 4 lanes), before running anything: a config read from a backup must not be able
#: to make this computer allocate gigabytes or spin for minutes (docs/FORMAT.md 2.3).
MAX_MEMORY_KIB = 4 * 262_144
MAX_ITERATIONS = 4 * 3
MAX_LANES = 4 * 4


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters (RFC 9106). Defaults: 256 MiB, 3 passes, 4 lanes (~1 s here)."""

    memory_kib: int = 262_144
    iterations: int = 3
    lanes: int = 4
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(16))

    def to_dict(self) -> dict[str, object]:
        return {"alg": "argon2id", "memory_kib": self.memory_kib, "iterations": self.iterations,
                "lanes": self.lanes, "salt": self.salt.hex()}

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> KdfParams:
        if type(d) is not dict or d.get("alg") != "argon2id":
            raise ValueError("unsupported KDF")
        values = (d["memory_kib"], d["iterations"], d["lanes"])
        if any(type(v) is not int for v in values) or type(d["salt"]) is not str:
            raise ValueError("KDF parameters of the wrong type")
        p = cls(*values, bytes.fromhex(d["salt"]))  # type: ignore[arg-type]
        p.check()
        return p

    def check(self) -> None:
        """``ValueError`` unless the parameters are within what a reader accepts."""
        if not (8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB
                and 1 <= self.iterations <= MAX_ITERATIONS and 1 <= self.lanes <= MAX_LANES
                and 8 <= len(self.salt) <= 64):
            raise ValueError("KDF parameters out of bounds")

    def fresh_salt(self) -> KdfParams:
        """The same cost parameters with a new random salt."""
        return KdfParams(self.memory_kib, self.iterations, self.lanes)


def derive_password_key(password: str, params: KdfParams) -> bytes:
    """The 256-bit key-encryption key for ``password`` (Argon2id)."""
    kdf = Argon2id(salt=params.salt, length=32, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(password.encode("utf-8"))
