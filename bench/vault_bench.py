"""Backup Key Vault benchmark: client costs, and what one or several vault nodes sustain.

Part 1 (one node on SQLite, with a throw-away SoftHSM2 token): the client's Argon2id
stretch; end-to-end registration/login with the production KSF; each HTTP step's latency.

Part 2, the load comparison (issue 26): registrations/s and logins/s with p50/p99 latency,
closed loop, for
  - ``sqlite1``: one node on SQLite;
  - ``pg1``: one node on PostgreSQL;
  - ``pg3``: three nodes on the same PostgreSQL (clients spread over them);
  - ``pg3-replicated`` (``--replicated``): three nodes on Patroni, a primary and two
    synchronous standbys (``ANY 1``), over 3-member etcd;
then an open-loop run at 80% of ``sqlite1``'s logins/s against ``pg3`` (latency measured
from each login's scheduled start, so queueing counts) for the goal "three PostgreSQL nodes
serve >= 80% of one SQLite node's logins/s with p99 < 50 ms at that rate".
Where the time goes: CPU seconds per login of the vault nodes, the PostgreSQL server
processes and the load generators (read from /proc), WAL bytes per login, database bytes
per record. Everything runs on this machine: clients, nodes and servers share its cores.

    python bench/vault_bench.py                 # part 1 + part 2, about 4 minutes
    python bench/vault_bench.py --load-only     # part 2 only
    python bench/vault_bench.py --replicated    # also three nodes on Patroni
    python bench/vault_bench.py --json out.json
    python bench/vault_bench.py --proofs-only   # CPU per account proof, made and checked

``--proofs-only``: CPU time (``time.process_time``, one thread, no server) per account proof:
making and checking a signed proof (``sig``), a MAC proof (``mac``, records of older clients)
and the plain secret older clients send, each checked against a record of 2 and of 4 entries.
CPU seconds barely move with the machine's load, unlike wall times.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import multiprocessing as mp
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from backupgui.vault import client, opaque  # noqa: E402
from backupgui.vault.account import (  # noqa: E402
    LOGIN_CONTEXT,
    REGISTER_CONTEXT,
    AccountVerifier,
    VaultAccess,
    canonical_body,
    login_payload,
    mac_proof,
    new_secret,
    secret_binding,
    secret_verifier,
    sig_binding,
    sig_proof,
    signed_message,
    signing_public_key,
)
from backupgui.vault.keywrap import wrap_key  # noqa: E402
from backupgui.vault.ksf import DEFAULT_ARGON2ID, RFC_RECOMMENDED_ARGON2ID, Argon2idParams  # noqa: E402

TINY = Argon2idParams(memory_kib=8, iterations=1, parallelism=1)
MODULE = "/usr/lib/softhsm/libsofthsm2.so"
PIN = "bench-pin-1234"
TOKEN = "bench"


class _Devices:
    """Device credentials kept in memory (the app keeps them in the OS keyring)."""

    def __init__(self) -> None:
        self.saved: dict[str, bytes] = {}

    def save_vault_credential(self, user_id: str, secret: bytes) -> bool:
        self.saved[user_id] = secret
        return True

    def load_vault_credential(self, user_id: str) -> bytes | None:
        return self.saved.get(user_id)


DEVICES = _Devices()


def _access() -> VaultAccess:
    return VaultAccess(devices=DEVICES, new_recovery_code=new_secret())


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def _timeit(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def _pct(samples: list[float], p: float) -> float:
    if not samples:
        return float("nan")
    s = sorted(samples)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


# ---------------------------------------------------------------------------- processes


def make_token(base: Path) -> dict:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(REPO), BACKUPGUI_VAULT_PIN=PIN,
               SOFTHSM2_CONF=str(base / "softhsm2.conf"))  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "backupgui.services.vault_server", "init-dev-token",
         "--dir", str(base), "--token-label", TOKEN],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    return env


class Node:
    """One ``backupgui-vault serve`` process."""

    def __init__(self, env: dict, db: str, log: Path, workers: int = 8) -> None:
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "backupgui.services.vault_server", "serve", "--db", db,
             "--port", "0", "--token-label", TOKEN, "--rate-per-minute", "1e9",
             "--rate-burst", "1000000000", "--log-level", "WARNING", "--workers", str(workers)],
            env=env, stdout=subprocess.PIPE, stderr=self.log, text=True,
        )  # fmt: skip
        assert self.proc.stdout
        line = self.proc.stdout.readline()
        if "listening on" not in line:
            raise SystemExit(f"vault did not start: {log.read_text()[-2000:]}")
        self.url = line.strip().rsplit(" ", 1)[-1]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


def cpu_seconds(pids: list[int]) -> float:
    """utime + stime of these processes (live ones), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


# ---------------------------------------------------------------------------- load generator


class Conn:
    """A keep-alive HTTP connection to one node (what a busy client library would do)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.c = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)

    def post(self, path: str, body: dict) -> dict:
        data = json.dumps(body).encode()
        self.c.request("POST", path, data, {"Content-Type": "application/json"})
        r = self.c.getresponse()
        out = json.loads(r.read())
        if r.status != 200:
            raise RuntimeError(f"{path}: HTTP {r.status} {out.get('error')}")
        return out


def register(conn: Conn, server_key: bytes) -> tuple[str, bytes]:
    """A record bound to a device secret's signing key, as the app registers one (VAULT.md
    1.9); (user id, the secret)."""
    suite = opaque.Suite(TINY)
    user_id = client._b64e(os.urandom(18))
    secret = os.urandom(32)
    keys = [client._b64e(signing_public_key(secret, server_key))]
    blind, req = opaque.create_registration_request(b"pw")

    def proved(body: dict) -> dict:
        return {**body, "account": sig_proof(secret, server_key, REGISTER_CONTEXT, user_id,
                                             canonical_body(body), public_keys=keys)}

    resp = conn.post("/v1/register/start",
                     proved({"user_id": user_id, "registration_request": client._b64e(req)}))
    record, export_key, _ = opaque.finalize_registration_request(
        suite, b"pw", blind, client._b64d(resp["registration_response"])
    )
    conn.post("/v1/register/finish", proved({"user_id": user_id, "record": client._b64e(record),
              "wrapped_key": client._b64e(wrap_key(export_key, user_id, os.urandom(32)))}))  # fmt: skip
    return user_id, secret


def _login_proof(secret: bytes, server_key: bytes, user_id: str, ke1: bytes) -> dict:
    return sig_proof(secret, server_key, LOGIN_CONTEXT, user_id, login_payload(ke1))


def login(conn: Conn, user_id: str, secret: bytes, server_key: bytes) -> None:
    suite = opaque.Suite(TINY)
    state, ke1 = opaque.generate_ke1(suite, b"pw")
    account = _login_proof(secret, server_key, user_id, ke1)
    start = conn.post("/v1/login/start",
                      {"user_id": user_id, "account": account, "ke1": client._b64e(ke1)})  # fmt: skip
    res = opaque.generate_ke3(suite, state, b"pw", client._b64d(start["ke2"]))
    conn.post("/v1/login/finish", {"session_id": start["session_id"],
                                   "ke3": client._b64e(res.ke3), "purpose": "fetch"})  # fmt: skip


def _worker(args: tuple) -> dict:
    """One load-generator process: ``threads`` threads, closed or open loop."""
    mode, urls, threads, seconds, rate, index = args
    t_lat: list[list[float]] = [[] for _ in range(threads)]
    errors = [0] * threads
    users: list[tuple[str, bytes]] = []
    server_key = client._b64d(client._info(urls[0])["server_public_key"])
    if mode != "register":
        conn = Conn(urls[index % len(urls)])
        users = [register(conn, server_key) for _ in range(threads)]
        conn.c.close()
    barrier = threading.Barrier(threads + 1)
    deadline_box: list[float] = [0.0]

    def run(t: int) -> None:
        conn = Conn(urls[(index * threads + t) % len(urls)])
        barrier.wait()
        start = deadline_box[0] - seconds
        i = 0
        while True:
            if rate:  # open loop: this thread's share of a fixed schedule
                sched = start + (i * threads + t) / rate
                if sched >= deadline_box[0]:
                    break
                delay = sched - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                began = sched
            else:
                began = time.perf_counter()
                if began >= deadline_box[0]:
                    break
            try:
                if mode == "register":
                    register(conn, server_key)
                else:
                    login(conn, *users[t], server_key)
                t_lat[t].append(time.perf_counter() - began)
            except Exception:  # noqa: BLE001 - counted, and the connection renewed
                errors[t] += 1
                conn = Conn(urls[(index * threads + t) % len(urls)])
            i += 1
        conn.c.close()

    ths = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
    for th in ths:
        th.start()
    deadline_box[0] = time.perf_counter() + seconds
    barrier.wait()
    for th in ths:
        th.join()
    return {"latencies": [x for lat in t_lat for x in lat], "errors": sum(errors)}


def load(urls: list[str], mode: str, *, procs: int, threads: int, seconds: float,
         rate: float = 0.0, watch: dict[str, list[int]] | None = None) -> dict:  # fmt: skip
    """Run the load; returns ops/s, latency percentiles and CPU seconds per op by component."""
    ctx = mp.get_context("spawn")
    with ctx.Pool(procs) as pool:
        per_proc_rate = rate / procs if rate else 0.0
        # Warm the pool's processes (imports) outside the measured interval.
        pool.map(_noop, range(procs))
        watch = dict(watch or {})
        watch["load generators"] = [p.pid for p in pool._pool]  # type: ignore[attr-defined]
        pids = {k: [q for p in v for q in tree(p)] for k, v in watch.items()}
        cpu0 = {k: cpu_seconds(v) for k, v in pids.items()}
        t0 = time.perf_counter()
        results = pool.map(
            _worker, [(mode, urls, threads, seconds, per_proc_rate, i) for i in range(procs)]
        )
        wall = time.perf_counter() - t0
        pids = {k: [q for p in v for q in tree(p)] for k, v in watch.items()}
        cpu1 = {k: cpu_seconds(v) for k, v in pids.items()}
    lat = [x for r in results for x in r["latencies"]]
    n = len(lat)
    out = {
        "ops": n,
        "errors": sum(r["errors"] for r in results),
        "ops_per_s": n / seconds,
        "p50_ms": _pct(lat, 50) * 1000,
        "p99_ms": _pct(lat, 99) * 1000,
        "wall_s": wall,
        "cpu_ms_per_op": {k: (cpu1[k] - cpu0[k]) * 1000 / max(1, n) for k in cpu0},
    }
    return out


def _noop(_: int) -> None:
    return None


# ---------------------------------------------------------------------------- configurations


@contextlib.contextmanager
def vault_nodes(env: dict, db: str, n: int, logdir: Path) -> Iterator[list[Node]]:
    nodes = []
    try:
        for i in range(n):
            nodes.append(Node(env, db, logdir / f"node{i}-{time.time_ns()}.log"))
        yield nodes
    finally:
        for node in nodes:
            node.stop()


def _pg_stats(url: str) -> dict:
    from tests.vault.cluster import connect

    with connect(url) as c:
        lsn = c.execute("SELECT pg_current_wal_lsn() - '0/0'::pg_lsn").fetchone()[0]
        size = c.execute(
            "SELECT pg_total_relation_size('records'), count(*) FROM records"
        ).fetchone()
    return {"wal_bytes": int(lsn), "records_bytes": int(size[0]), "records": int(size[1])}


def run_config(name: str, env: dict, db: str, n_nodes: int, logdir: Path, *, seconds: float,
               procs: int, threads: int, server_pids: list[int], pg_url: str | None) -> dict:  # fmt: skip
    with vault_nodes(env, db, n_nodes, logdir) as nodes:
        urls = [node.url for node in nodes]
        watch = {"vault nodes": [node.proc.pid for node in nodes]}
        if server_pids:
            watch["PostgreSQL"] = server_pids
        reg = load(urls, "register", procs=procs, threads=threads, seconds=seconds / 2,
                   watch=watch)  # fmt: skip
        before = _pg_stats(pg_url) if pg_url else None
        logins = load(urls, "login", procs=procs, threads=threads, seconds=seconds, watch=watch)
        after = _pg_stats(pg_url) if pg_url else None
    res = {"name": name, "nodes": n_nodes, "register": reg, "login": logins}
    if before and after:
        res["wal_bytes_per_login"] = (after["wal_bytes"] - before["wal_bytes"]) / max(
            1, logins["ops"]
        )
        res["db_bytes_per_record"] = after["records_bytes"] / max(1, after["records"])
    elif db.endswith(".sqlite"):
        size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))
        import sqlite3

        with sqlite3.connect(db) as c:
            count = c.execute("SELECT count(*) FROM records").fetchone()[0]
        res["db_bytes_per_record"] = size / max(1, count)
    return res


def load_comparison(args: argparse.Namespace) -> dict:
    from tests.vault.cluster import PatroniCluster, PgServer, missing_tools

    why = missing_tools(patroni=args.replicated)
    if why:
        raise SystemExit(f"{why}: apt-get install -y postgresql patroni etcd-server")
    out: dict = {"configs": []}
    with tempfile.TemporaryDirectory(prefix="vault-bench-") as tmp:
        base = Path(tmp)
        env = make_token(base)
        kw = {"seconds": args.seconds, "procs": args.procs, "threads": args.threads}
        cfg = run_config("sqlite1", env, str(base / "vault.sqlite"), 1, base,
                         server_pids=[], pg_url=None, **kw)  # fmt: skip
        out["configs"].append(cfg)
        sqlite_rate = cfg["login"]["ops_per_s"]

        pg = PgServer().init().start()
        try:
            for name, n, dbname in (("pg1", 1, "v1"), ("pg3", 3, "v3")):
                url = pg.create_database(dbname)
                cfg = run_config(name, env, url, n, base, server_pids=[pg.proc.pid],
                                 pg_url=url, **kw)  # fmt: skip
                out["configs"].append(cfg)
            url = pg.create_database("vopen")
            target = 0.8 * sqlite_rate
            with vault_nodes(env, url, 3, base) as nodes:
                watch = {"vault nodes": [x.proc.pid for x in nodes], "PostgreSQL": [pg.proc.pid]}
                openl = load([x.url for x in nodes], "login", procs=args.procs,
                             threads=max(8, args.threads * 2), seconds=args.seconds,
                             rate=target, watch=watch)  # fmt: skip
            out["open_loop_pg3"] = {"target_per_s": target, **openl}
        finally:
            pg.close()

        if args.replicated:
            cluster = PatroniCluster()
            try:
                cluster.start()
                leader = cluster.leader_or_fail()
                # Patroni and every member's postmaster (Patroni starts them detached).
                pids = [p.pid for p in cluster.procs if p] + [
                    pid for i in range(len(cluster.names))
                    if (pid := cluster.postmaster_pid(i)) is not None
                ]
                cfg = run_config("pg3-replicated", env, cluster.url(), 3, base,
                                 server_pids=pids, pg_url=cluster.member_url(leader), **kw)  # fmt: skip
                out["configs"].append(cfg)
            finally:
                cluster.close()
    return out


def _fmt_load(res: dict, cores: int) -> list[str]:
    lines = [
        "| configuration | registrations/s | logins/s | logins/s per core | login p50 | login p99 "
        "| CPU ms per login: vault / PostgreSQL / clients | WAL bytes per login |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for c in res["configs"]:
        lg, cpu = c["login"], c["login"]["cpu_ms_per_op"]
        lines.append(
            f"| {c['name']} ({c['nodes']} node{'s' if c['nodes'] > 1 else ''}) "
            f"| {c['register']['ops_per_s']:.0f} | {lg['ops_per_s']:.0f} "
            f"| {lg['ops_per_s'] / cores:.0f} | {lg['p50_ms']:.1f} ms | {lg['p99_ms']:.1f} ms "
            f"| {cpu.get('vault nodes', 0):.2f} / {cpu.get('PostgreSQL', 0):.2f} / "
            f"{cpu.get('load generators', 0):.2f} "
            f"| {c.get('wal_bytes_per_login', float('nan')):.0f} |"
        )
    o = res["open_loop_pg3"]
    sqlite = res["configs"][0]["login"]["ops_per_s"]
    pg3 = next(c for c in res["configs"] if c["name"] == "pg3")["login"]["ops_per_s"]
    lines += [
        "",
        f"pg3 / sqlite1 logins/s (closed loop): {pg3 / sqlite:.2f} (goal >= 0.80)",
        f"open loop on pg3 at 80% of sqlite1 = {o['target_per_s']:.0f}/s: achieved "
        f"{o['ops_per_s']:.0f}/s, p50 {o['p50_ms']:.1f} ms, p99 {o['p99_ms']:.1f} ms "
        f"(goal < 50 ms), errors {o['errors']}",
    ]
    for c in res["configs"]:
        if "db_bytes_per_record" in c:
            lines.append(f"{c['name']}: {c['db_bytes_per_record']:.0f} database bytes per record")
    return lines


def run_vault_bench(quick: bool = False) -> dict:
    """Entry point for ``python -m bench --extras``: the load comparison only."""
    args = argparse.Namespace(seconds=5.0 if quick else 15.0, procs=2, threads=4,
                              replicated=False)  # fmt: skip
    return load_comparison(args)


# ---------------------------------------------------------------------------- part 1


def start_vault(base: Path) -> tuple[Node, dict]:
    env = make_token(base)
    return Node(env, str(base / "vault.sqlite"), base / "node.log"), env


def server_steps(url: str, n: int) -> dict[str, list[float]]:
    """Time each HTTP step with a negligible KSF: what remains is the vault's work + HTTP."""
    binding = client.vault_store_key(url, "pw", os.urandom(32), ksf=TINY, access=_access())
    secret = DEVICES.saved[binding.user_id]
    server_key = client._b64d(binding.server_public_key)
    suite = opaque.Suite(TINY)
    steps: dict[str, list[float]] = {"login/start": [], "login/finish": [], "register (both)": []}
    for _ in range(n):
        state, ke1 = opaque.generate_ke1(suite, b"pw")
        account = _login_proof(secret, server_key, binding.user_id, ke1)  # client-side work
        t = time.perf_counter()
        start = client._request(
            url,
            "/v1/login/start",
            {"user_id": binding.user_id, "account": account, "ke1": client._b64e(ke1)},
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
        client.vault_store_key(url, "pw", os.urandom(32), ksf=TINY, access=_access())
        steps["register (both)"].append(time.perf_counter() - t)
    return steps


def client_costs(args: argparse.Namespace) -> dict[str, str]:
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
        node, _ = start_vault(Path(tmp))
        try:
            url = node.url
            key = os.urandom(32)
            holder: list[client.VaultBinding] = []
            reg = _timeit(lambda: holder.append(
                client.vault_store_key(url, "pw", key, access=_access())), args.n)  # fmt: skip
            results["vault_store_key, production KSF (end to end)"] = _median_ms(reg)
            login_t = _timeit(lambda: client.vault_fetch_key(holder[0], "pw", _access()), args.n)
            results["vault_fetch_key, production KSF (end to end)"] = _median_ms(login_t)
            for step, samples in server_steps(url, 10 * args.n).items():
                results[f"server {step} (HTTP round trip, no KSF)"] = _median_ms(samples)
        finally:
            node.stop()
    return results


def proof_costs(rounds: int = 2000) -> dict[str, float]:
    """CPU microseconds per account proof: made (client) and checked (vault: ``present`` +
    ``matches``, as ``login/start`` does before its transaction), median of 5 batches."""
    spk, user_id, ke1 = os.urandom(32), "bench-user-0123456789ab", os.urandom(96)
    payload, verifier = login_payload(ke1), AccountVerifier()
    secrets_ = [new_secret() for _ in range(4)]
    me = secrets_[-1]  # the secret proved: the last entry a check reaches

    def message(when: int) -> bytes:
        return signed_message(LOGIN_CONTEXT, spk, user_id, payload, when)

    def cpu_us(fn) -> float:
        batches = []
        for _ in range(5):
            start = time.process_time()
            for _ in range(rounds):
                fn()
            batches.append((time.process_time() - start) / rounds * 1e6)
        return round(statistics.median(batches), 1)

    sig = sig_proof(me, spk, LOGIN_CONTEXT, user_id, payload)
    mac = mac_proof(me, spk, LOGIN_CONTEXT, user_id, payload)
    plain = {"kind": "secret", "secret": client._b64e(me)}
    out = {
        "make sig (client)": cpu_us(lambda: sig_proof(me, spk, LOGIN_CONTEXT, user_id, payload)),
        "make mac (client)": cpu_us(lambda: mac_proof(me, spk, LOGIN_CONTEXT, user_id, payload)),
    }
    for n in (2, 4):
        keys = [signing_public_key(s, spk) for s in secrets_[-n:]]
        verifiers = [secret_verifier(s) for s in secrets_[-n:]]
        for kind, proof, binding in (("sig", sig, sig_binding(keys)),
                                     ("mac", mac, secret_binding(verifiers)),
                                     ("secret (older clients)", plain, secret_binding(verifiers))):
            def check(proof=proof, binding=binding) -> None:
                assert verifier.matches(binding, verifier.present(proof, message))
            out[f"check {kind}, record of {n} (vault)"] = cpu_us(check)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=5, help="samples for the slow measurements")
    ap.add_argument("--seconds", type=float, default=15.0, help="length of each login run")
    ap.add_argument("--procs", type=int, default=2, help="load-generator processes")
    ap.add_argument("--threads", type=int, default=4, help="threads per load generator")
    ap.add_argument("--rfc", action="store_true", help="also time Argon2id with m = 2 GiB")
    ap.add_argument("--load-only", action="store_true", help="skip part 1")
    ap.add_argument("--replicated", action="store_true", help="also 3 nodes on Patroni")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--proofs-only", action="store_true",
                    help="only the CPU cost of making and checking account proofs")
    args = ap.parse_args()
    if args.proofs_only:
        print(f"# account proofs, CPU per proof; load "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print("| proof | CPU µs |\n|---|---|")
        for k, v in proof_costs().items():
            print(f"| {k} | {v} |")
        return
    if not Path(MODULE).exists():
        raise SystemExit("SoftHSM2 is required: apt-get install -y softhsm2")
    cores = os.cpu_count() or 1
    print(f"# vault benchmark: {platform.processor() or platform.machine()}, {cores} CPUs, "
          f"Python {platform.python_version()}, SoftHSM2; load "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")  # fmt: skip
    out: dict = {"cpus": cores, "load_avg_start": os.getloadavg()}
    if not args.load_only:
        part1 = client_costs(args)
        out["part1"] = part1
        print("| measurement | median |\n|---|---|")
        for k, v in part1.items():
            print(f"| {k} | {v} |")
        print()
    res = load_comparison(args)
    out["load"] = res
    out["load_avg_end"] = os.getloadavg()
    print("\n".join(_fmt_load(res, cores)))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
