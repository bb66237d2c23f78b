"""Fixtures for the vault tests: the opaque-ke interop peer and a real vault process."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent
INTEROP_DIR = HERE / "interop"
NPM_HINT = "npm ci --prefix tests/vault/interop"


class NodePeer:
    """A running ``node tests/vault/interop/peer.js``; JSON lines over stdin/stdout."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            ["node", str(INTEROP_DIR / "peer.js")],
            cwd=INTEROP_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def call(self, op: str, **params: object) -> object:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps({"op": op, "params": params}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(
                "interop peer exited: " + (self.proc.stderr.read() if self.proc.stderr else "")
            )
        reply = json.loads(line)
        if not reply["ok"]:
            raise RuntimeError(f"{op}: {reply['error']}")
        return reply["result"]

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="session")
def opaque_peer() -> Iterator[NodePeer]:
    if shutil.which("node") is None:
        pytest.skip("node is not installed; the opaque-ke interop tests need Node.js >= 18")
    if not (INTEROP_DIR / "node_modules" / "@serenity-kit" / "opaque" / "package.json").exists():
        pytest.skip(f"@serenity-kit/opaque is not installed; run: {NPM_HINT}")
    peer = NodePeer()
    try:
        version = peer.call("version")
        if version != "1.1.0":
            pytest.skip(
                f"@serenity-kit/opaque {version} installed, 1.1.0 required; run: {NPM_HINT}"
            )
        yield peer
    finally:
        peer.close()
