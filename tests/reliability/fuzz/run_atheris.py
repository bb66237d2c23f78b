"""Coverage-guided fuzzing of one target with atheris (libFuzzer).

    python tests/reliability/fuzz/run_atheris.py TARGET [CORPUS_DIR] -runs=N -rss_limit_mb=2048 -timeout=10

Any exception other than the target's documented ones, a hang past ``-timeout`` or memory
past ``-rss_limit_mb`` stops the run with a non-zero exit and a crash file. Targets:
``tests/reliability/fuzz/targets.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

with atheris.instrument_imports(include=["backupgui"]):
    from tests.reliability.fuzz.targets import TARGETS


def main() -> None:
    name = sys.argv.pop(1)
    target = TARGETS[name]

    def one(data: bytes) -> None:
        try:
            target.fn(data)
        except target.allowed:
            pass

    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
