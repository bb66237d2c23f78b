"""Backup Key Vault benchmark: Argon2id cost, registration/login latency, sustained logins/s.

Starts a real ``backupgui-vault serve`` with a throw-away SoftHSM2 token, then measures:
- the client's Argon2id stretch alone (production default and optionally RFC 9807's);
- end-to-end vault_store_key / vault_fetch_key latency with the production KSF;
- the server's share: each HTTP step timed with a negligible client KSF;
- sustained verified logins per second from several client processes.

    python bench/vault_bench.py            # about a minute
    python bench/vault_bench.py --rfc      # also time Argon2id m=2 GiB (needs >2 GiB RAM)
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from backupgui.vault import client, opaque  # noqa: E402
from backupgui.vault.ksf import DEFAULT_ARGON2ID, RFC_RECOMMENDED_ARGON2ID, Argon2idParams  # noqa: E402

TINY = Argon2idParams(memory_kib=8, iterations=1, parallelism=1)
MODULE = "/usr/lib/softhsm/libsofthsm2.so"


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def _timeit(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def start_vault(base: Path) -> tuple[subprocess.Popen, str, dict]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(REPO),
        BACKUPGUI_VAULT_PIN="bench-pin-1234",
        SOFTHSM2_CONF=str(base / "softhsm2.conf"),
    )
    cli = [sys.executable, "-m", "backupgui.services.vault_server"]
    subprocess.run(
        [*cli, "init-dev-token", "--dir", str(base), "--token-label", "bench"],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    proc = subprocess.Popen(
        [*cli, "serve", "--db", str(base / "vault.sqlite"), "--port", "0",
         "--token-label", "bench", "--rate-per-minute", "1e9", "--rate-burst", "1000000000",
         "--log-level", "WARNING"],
        env=env, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout
    line = proc.stdout.readline()
    if "listening on" not in line:
        raise SystemExit("vault did not start")
    return proc, line.strip().rsplit(" ", 1)[-1], env


def server_steps(url: str, n: int) -> dict[str, list[float]]:
    """Time each HTTP step with a negligible KSF: what remains is the vault's work + HTTP."""
    binding = client.vault_store_key(url, "pw", os.urandom(32), ksf=TINY)
    suite = opaque.Suite(TINY)
    steps: dict[str, list[float]] = {"login/start": [], "login/finish": [], "register (both)": []}
    for _ in range(n):
        state, ke1 = opaque.generate_ke1(suite, b"pw")
        t = time.perf_counter()
        start = client._request(
            url,
            "/v1/login/start",
            {"user_id": binding.user_id, "access_token": binding.access_token,
             "ke1": client._b64e(ke1)},
        )  # fmt: skip
        steps["login/start"].append(time.perf_counter() - t)
        res = opaque.generate_ke3(suite, state, b"pw", client._b64d(start["ke2"]))
        t = time.perf_counter()
        client._request(
            url,
            "/v1/login/finish",
            {"session_id": start["session_id"], "ke3": client._b64e(res.ke3), "purpose": "fetch"},
        )
        steps["login/finish"].append(time.perf_counter() - t)
    for _ in range(max(3, n // 4)):
        t = time.perf_counter()
        client.vault_store_key(url, "pw", os.urandom(32), ksf=TINY)
        steps["register (both)"].append(time.perf_counter() - t)
    return steps


def _login_worker(args: tuple[str, dict, float]) -> int:
    url, bdict, seconds = args
    binding = client.VaultBinding.from_dict(bdict)
    done, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        client.vault_fetch_key(binding, "pw")
        done += 1
    return done


def sustained(url: str, workers: int, seconds: float) -> float:
    bindings = [
        client.vault_store_key(url, "pw", os.urandom(32), ksf=TINY).to_dict()
        for _ in range(workers)
    ]
    with mp.get_context("spawn").Pool(workers) as pool:
        t = time.perf_counter()
        counts = pool.map(_login_worker, [(url, b, seconds) for b in bindings])
        elapsed = time.perf_counter() - t
    return sum(counts) / elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=5, help="samples for the slow measurements")
    ap.add_argument("--workers", type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--rfc", action="store_true", help="also time Argon2id with m = 2 GiB")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()
    if not Path(MODULE).exists():
        raise SystemExit("SoftHSM2 is required: apt-get install -y softhsm2")

    results: dict[str, str] = {}
    x = os.urandom(64)
    results[f"Argon2id stretch {DEFAULT_ARGON2ID.to_string()} (client)"] = _median_ms(
        _timeit(lambda: DEFAULT_ARGON2ID.stretch(x), args.n)
    )
    if args.rfc:
        results[f"Argon2id stretch {RFC_RECOMMENDED_ARGON2ID.to_string()} (client)"] = _median_ms(
            _timeit(lambda: RFC_RECOMMENDED_ARGON2ID.stretch(x), 2)
        )

    with tempfile.TemporaryDirectory(prefix="vault-bench-") as tmp:
        proc, url, _ = start_vault(Path(tmp))
        try:
            key = os.urandom(32)
            holder: list[client.VaultBinding] = []
            reg = _timeit(lambda: holder.append(client.vault_store_key(url, "pw", key)), args.n)
            results["vault_store_key, production KSF (end to end)"] = _median_ms(reg)
            login = _timeit(lambda: client.vault_fetch_key(holder[0], "pw"), args.n)
            results["vault_fetch_key, production KSF (end to end)"] = _median_ms(login)
            for step, samples in server_steps(url, 10 * args.n).items():
                results[f"server {step} (HTTP round trip, no KSF)"] = _median_ms(samples)
            rate = sustained(url, args.workers, args.seconds)
            results[f"sustained verified logins/s ({args.workers} client processes, no KSF)"] = (
                f"{rate:.0f}/s"
            )
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    print(f"# vault benchmark: {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, SoftHSM2")  # fmt: skip
    print("| measurement | median |\n|---|---|")
    for k, v in results.items():
        print(f"| {k} | {v} |")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
