"""Key stretching functions for OPAQUE (RFC 9807 section 4.3.1 / 7).

``Argon2idParams`` mirrors opaque-ke's ``argon2::Argon2`` KSF as configured by
@serenity-kit/opaque: Argon2id v1.3, salt = 16 zero bytes, no secret, no associated data,
output length Nh = 64, memory in KiB.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

_ZERO_SALT = bytes(16)


def identity_ksf(data: bytes) -> bytes:
    """The identity KSF, used by the RFC 9807 test vectors only."""
    return data


@dataclass(frozen=True)
class Argon2idParams:
    """Argon2id cost parameters: ``memory_kib`` KiB, ``iterations`` passes, ``parallelism`` lanes."""

    memory_kib: int
    iterations: int
    parallelism: int

    def __post_init__(self) -> None:
        if self.parallelism < 1 or self.iterations < 1 or self.memory_kib < 8 * self.parallelism:
            raise ValueError("invalid Argon2id parameters")

    def stretch(self, data: bytes) -> bytes:
        """Stretch(msg): Argon2id with a fixed zero salt, output as long as the input."""
        kdf = Argon2id(
            salt=_ZERO_SALT,
            length=len(data),
            iterations=self.iterations,
            lanes=self.parallelism,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(data)

    def __call__(self, data: bytes) -> bytes:
        return self.stretch(data)

    def to_string(self) -> str:
        """Compact text form stored in a vault binding, e.g. ``argon2id:m=65536,t=3,p=4``."""
        return f"argon2id:m={self.memory_kib},t={self.iterations},p={self.parallelism}"

    @classmethod
    def from_string(cls, text: str) -> Argon2idParams:
        """Parse :meth:`to_string` output."""
        m = re.fullmatch(r"argon2id:m=(\d{1,9}),t=(\d{1,6}),p=(\d{1,4})", text.strip())
        if not m:
            raise ValueError("unrecognised key stretching parameters")
        params = cls(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        # The text comes from the clear config: bounded, like password mode, to four times
        # what backupgui writes (DEFAULT_ARGON2ID), before anything runs (FORMAT.md 3.4).
        if (params.memory_kib > 4 * 65536 or params.iterations > 4 * 3
                or params.parallelism > 4 * 4):
            raise ValueError("key stretching parameters out of bounds")
        return params

    def serenity_config(self) -> dict:
        """The equivalent @serenity-kit/opaque ``keyStretching`` option."""
        return {
            "argon2id-custom": {
                "iterations": self.iterations,
                "memory": self.memory_kib,
                "parallelism": self.parallelism,
            }
        }


#: Production default: the RFC 9106 second recommended option (64 MiB, 3 passes, 4 lanes),
#: identical to @serenity-kit/opaque's "memory-constrained" preset.
DEFAULT_ARGON2ID = Argon2idParams(memory_kib=65536, iterations=3, parallelism=4)

#: RFC 9807 / RFC 9106 first recommended option (2 GiB, 1 pass, 4 lanes);
#: @serenity-kit/opaque's "rfc-recommended" preset.
RFC_RECOMMENDED_ARGON2ID = Argon2idParams(memory_kib=2**21, iterations=1, parallelism=4)

#: The weakest parameters a client accepts in production (64 MiB, 3 passes).
MINIMUM_ARGON2ID = DEFAULT_ARGON2ID


def is_at_least(params: Argon2idParams, floor: Argon2idParams) -> bool:
    """True when ``params`` costs at least as much memory and time as ``floor``."""
    return params.memory_kib >= floor.memory_kib and params.iterations >= floor.iterations
