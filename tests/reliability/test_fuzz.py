"""Bad input (issue 9): every parser of untrusted bytes, fuzzed.

CI runs a seeded mutation fuzzer (``fuzz/mutator.py``) over every target in
``fuzz/targets.py``; ``BACKUPGUI_LONG_TESTS=1`` runs the coverage-guided atheris harness
(``fuzz/run_atheris.py``) over each target in a subprocess with a memory limit and a per-input
timeout. Only each parser's documented error types may come out; no hang, no crash, no
memory blow-up.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backupgui.crypto.keys import KdfParams
from backupgui.crypto.material import Password
from backupgui.errors import BackupError, DamagedBackupError, VaultError
from backupgui.format.config import new_config, parse_config, recover_key
from backupgui.vault.client import VaultBinding
from backupgui.vault.ksf import Argon2idParams

from .conftest import LONG, count, report, rng
from .fuzz.mutator import mutate
from .fuzz.targets import TARGETS

HERE = Path(__file__).parent
SLOWEST_OK = 2.0  # seconds for one input; a hang shows up as a much longer one


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_mutation_fuzz(name):
    t = TARGETS[name]
    n = count(1300, 20_000, "BACKUPGUI_FUZZ_EXECS_PER_TARGET")
    r = rng("fuzz", name)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    slowest = 0.0
    outcomes = {"ok": 0, "rejected": 0}
    corpus = list(t.seeds) or [b""]
    for i in range(n):
        data = mutate(r, r.choice(corpus), t.seeds)
        t0 = time.monotonic()
        try:
            t.fn(data)
            outcomes["ok"] += 1
            if len(corpus) < 200 and r.random() < 0.05:
                corpus.append(data)  # inputs that parse make good parents
        except t.allowed:
            outcomes["rejected"] += 1
        except Exception as exc:
            raise AssertionError(f"{name} #{i}: {type(exc).__name__}: {exc}\ninput={data[:400]!r}") from exc
        slowest = max(slowest, time.monotonic() - t0)
    grew_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    report(f"fuzz-mutation {name}", executions=n, **outcomes, slowest_s=round(slowest, 3),
           max_rss_growth_mb=round(grew_mb, 1))
    assert slowest < SLOWEST_OK, f"{name}: one input took {slowest:.1f} s"
    assert grew_mb < 512, f"{name}: memory grew by {grew_mb:.0f} MB"


@pytest.mark.slow
@pytest.mark.skipif(not LONG, reason="long run: set BACKUPGUI_LONG_TESTS=1")
@pytest.mark.parametrize("name", sorted(TARGETS))
def test_atheris(name, tmp_path):
    pytest.importorskip("atheris")
    runs = count(0, 80_000, "BACKUPGUI_ATHERIS_RUNS")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, s in enumerate(TARGETS[name].seeds):
        (corpus / f"seed-{i}").write_bytes(s)
    p = subprocess.run(
        [sys.executable, str(HERE / "fuzz" / "run_atheris.py"), name, str(corpus),
         f"-runs={runs}", "-rss_limit_mb=2048", "-timeout=10", f"-seed={rng('atheris', name).randrange(1, 1 << 31)}",
         f"-artifact_prefix={tmp_path}/", "-print_final_stats=1"],
        capture_output=True, text=True, timeout=3600, cwd=HERE.parents[1])
    stats = {k.strip(): v.strip() for k, v in (ln.rsplit(":", 1) for ln in p.stderr.splitlines()
                                               if ln.startswith("stat::"))}
    execs = int(stats.get("stat::number_of_executed_units", "0") or 0)
    report(f"fuzz-atheris {name}", executions=execs, returncode=p.returncode,
           peak_rss_mb=stats.get("stat::peak_rss_mb"), slowest_s=stats.get("stat::slowest_unit_time_sec"))
    assert p.returncode == 0, p.stderr[-4000:]
    assert execs >= runs


# -- regressions found by the fuzzers -------------------------------------------------------------
def _edited(data: bytes, edit) -> bytes:
    """A (format v2) config with its body's fields changed by ``edit`` (MAC left as it was)."""
    outer = json.loads(data)
    body = json.loads(outer["body"])
    edit(body, outer)
    outer["body"] = json.dumps(body)
    return json.dumps(outer).encode()


def test_password_slot_of_the_wrong_shape_is_damage_not_a_crash():
    data = new_config(Password("fuzz password 1", KdfParams(1024, 1, 1)))[0]
    for bad in ([], "x", 5, None, {"alg": "argon2id", "memory_kib": []}):
        cfg = _edited(data, lambda b, _o, bad=bad: b["password"].__setitem__("kdf", bad))
        with pytest.raises(DamagedBackupError):
            recover_key(parse_config(cfg), Password("fuzz password 1"))


@pytest.mark.parametrize("ksf", ["argon2id:m=999999999,t=3,p=4", "argon2id:m=65536,t=999999,p=4",
                                 "argon2id:m=65536,t=3,p=9999"])
def test_vault_stretching_parameters_from_the_config_are_bounded(ksf):
    """The ksf comes from the clear config, read before anything is authenticated: a provider
    must not be able to make the client allocate a terabyte or spin for days."""
    with pytest.raises((ValueError, BackupError)):
        Argon2idParams.from_string(ksf)
    with pytest.raises(VaultError):
        VaultBinding.from_dict({"url": "http://v", "user_id": "u", "access_token": "t",
                                "server_public_key": "AA", "ksf": ksf})


def test_non_ascii_mac_or_key_check_is_damage_not_a_crash():
    from backupgui.crypto.material import RawKey
    from backupgui.format.config import unlock

    key = bytes(range(32))
    data = new_config(RawKey(key))[0]
    for field in ("mac", "key_check"):
        def edit(body, outer, field=field):
            where = outer if field == "mac" else body
            where[field] = where[field][:-1] + "\u00e9"

        with pytest.raises(BackupError):
            unlock(parse_config(_edited(data, edit)), RawKey(key))


def test_infinite_numbers_are_malformed_not_a_crash():
    from backupgui.format.compress import compress
    from backupgui.format.index import decode_index

    with pytest.raises(ValueError):
        decode_index(compress(b'{"v":1,"packs":[{"id":"' + b"a" * 32 + b'","size":1e999,"blobs":[]}]}'))
    data = new_config(Password("fuzz password 1", KdfParams(1024, 1, 1)))[0]
    cfg = _edited(data, lambda b, _o: b["password"]["kdf"].__setitem__("memory_kib", float("inf")))
    with pytest.raises(DamagedBackupError):
        recover_key(parse_config(cfg), Password("fuzz password 1"))


@pytest.mark.parametrize("case", ["member offset out of range", "broken deflate", "unknown version",
                                  "empty member name", "encrypted member"])
def test_damaged_zip_exports_are_import_format_errors(case, tmp_path):
    import io
    import struct
    import zipfile

    from backupgui.library.importers import ImportFormatError, preview_export

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("WhatsApp Chat with A.txt", "12/01/2024, 10:00 - Ann: hello\n" * 50)
    data = bytearray(buf.getvalue())
    cd = data.rfind(b"PK\x01\x02")
    if case == "member offset out of range":
        data[cd + 42:cd + 46] = struct.pack("<I", 0x7FFFFFF0)
    elif case == "broken deflate":
        data[40:60] = b"\xff" * 20
    elif case == "unknown version":
        data[cd + 6] = 0xB0  # "version needed to extract": 17.6
    elif case == "encrypted member":
        data[cd + 8] |= 1  # general purpose flag: encrypted
    else:
        n = struct.unpack("<H", data[cd + 28:cd + 30])[0]
        data[cd + 28:cd + 30] = b"\x00\x00"
        del data[cd + 46:cd + 46 + n]
        eocd = data.rfind(b"PK\x05\x06")
        size = struct.unpack("<I", data[eocd + 12:eocd + 16])[0]
        data[eocd + 12:eocd + 16] = struct.pack("<I", size - n)
    path = tmp_path / "export.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFormatError):
        preview_export(path)


@pytest.mark.parametrize("method", ["bzip2", "lzma"])
def test_broken_bzip2_or_lzma_member_is_an_import_format_error(method, tmp_path):
    import io
    import zipfile

    from backupgui.library.importers import ImportFormatError, preview_export

    comp = {"bzip2": zipfile.ZIP_BZIP2, "lzma": zipfile.ZIP_LZMA}[method]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", comp) as z:
        z.writestr("WhatsApp Chat with A.txt", "12/01/2024, 10:00 - Ann: hello\n" * 50)
    data = bytearray(buf.getvalue())
    start = 30 + len("WhatsApp Chat with A.txt")
    data[start + 12:start + 40] = b"\x00" * 28
    path = tmp_path / "export.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFormatError):
        preview_export(path)
