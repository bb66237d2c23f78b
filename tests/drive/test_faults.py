"""Fault injection: every fault kind is survived with byte-identical data; quota fails cleanly."""

from __future__ import annotations

import os

import pytest

from backupgui.destinations.gdrive_retry import DriveHttpError, Pacer, RetryPolicy
from backupgui.errors import DestinationError, DestinationFullError
from backupgui.services.drive_emulator import Fault, RandomFaults

KiB = 1024
CHUNK = 256 * KiB
RETRYABLE = ["500", "502", "503", "429", "403-rate", "403-ratelimit", "reset-request", "reset-response", "slow"]


def _roundtrip(dest, name: str, data: bytes) -> None:
    dest.put(name, data)
    assert dest.read(name) == data
    assert dest.read(name, 300_000, 200_000) == data[300_000:500_000]
    assert b"".join(dest.stream(name, chunk_size=333_333)) == data


@pytest.mark.parametrize("kind", RETRYABLE)
def test_each_fault_kind_is_survived(kind, emulator, make_dest, fake_time):
    # "slow" must outlast the client's socket timeout to count as a fault.
    dest = make_dest(timeout=0.4 if kind == "slow" else 10.0)
    data = os.urandom(5 * CHUNK + 12_345)
    for match, skip in [("upload-start", 0), ("upload-chunk", 2), ("media", 1), ("list", 1)]:
        emulator.add_faults(Fault(kind, match=match, skip=skip, delay=0.8, cut=0.5, retry_after=3))
    _roundtrip(dest, "sets/ab/data/pack1", data)
    fired = [e for e in emulator.requests if e["fault"] == kind]
    assert len(fired) >= 4, fired
    assert emulator.faults.pending() == []
    assert fake_time.sleeps, "a retry must back off"
    if kind == "429":
        assert max(fake_time.sleeps) >= 3, "Retry-After must be honoured"
    assert [o.name for o in dest.list()] == ["sets/ab/data/pack1"]


def test_random_faults_many_objects(emulator, make_dest):
    dest = make_dest(max_attempts=30)
    emulator.set_random_faults(RandomFaults(
        p=0.25, seed=1234, kinds=("500", "503", "429", "403-rate", "reset-request", "reset-response")))
    objects = {f"sets/s1/data/{i:02x}": os.urandom(n) for i, n in enumerate([0, 1, CHUNK, 3 * CHUNK + 7, 700_001])}
    for name, data in objects.items():
        dest.put(name, data)
    dest.put("sets/s1/config", b"v1")
    dest.put("sets/s1/config", b"version two")
    for name, data in objects.items():
        assert dest.read(name) == data
    assert dest.read("sets/s1/config") == b"version two"
    assert sum(1 for e in emulator.requests if e["fault"]) > 5
    emulator.set_random_faults(None)
    assert [o.name for o in dest.list("sets/s1/")] == sorted([*objects, "sets/s1/config"])
    names = [f["name"] for f in emulator.store.all_views()]
    assert names.count("sets/s1/config") == 1


def test_gives_up_after_max_attempts(emulator, make_dest):
    dest = make_dest(max_attempts=3)
    emulator.add_faults(Fault("503", match="upload-chunk", count=50))
    with pytest.raises(DestinationError) as ei:
        dest.put("x", b"data")
    assert "gave up after 3 attempts" in str(ei.value)
    assert "Bearer" not in str(ei.value) and "token" not in str(ei.value).lower()


def test_backoff_is_truncated_exponential_with_jitter(emulator, make_dest, fake_time):
    dest = make_dest()
    emulator.add_faults(Fault("503", match="list", count=8))
    dest.list()
    # rand() == 0.5 in the fixture: delay = min(32, 2**(n-1)) * 0.75
    assert fake_time.sleeps == [0.75, 1.5, 3.0, 6.0, 12.0, 24.0, 24.0, 24.0]
    policy = RetryPolicy(rand=lambda: 0.0)
    assert policy.delay(1) == 0.5 and policy.delay(20) == 16.0
    assert policy.delay(1, retry_after=40) == 40
    assert RetryPolicy(rand=lambda: 0.999999).delay(30) < 32


def test_rate_limit_reasons_classified():
    assert DriveHttpError(403, "userRateLimitExceeded").retryable
    assert DriveHttpError(403, "rateLimitExceeded").retryable
    assert not DriveHttpError(403, "storageQuotaExceeded").retryable
    assert not DriveHttpError(403, "insufficientFilePermissions").retryable
    assert DriveHttpError(429).retryable and DriveHttpError(502).retryable
    assert not DriveHttpError(400).retryable and not DriveHttpError(404).retryable


def test_creations_burst_then_sustained_rate(emulator, make_dest, fake_time):
    """A token bucket: the first ``burst`` creations go at once, then ``rate`` per second;
    replacing a file in place is not a creation and takes no token."""
    dest = make_dest(create_rate=2.0, create_burst=3)
    for i in range(5):
        dest.put(f"o{i}", b"x")
    dest.put("o0", b"replaced in place: not a creation")
    # Three at once, then the fake clock only moves by the pacer's sleeps: 1/rate each.
    assert [round(s, 3) for s in fake_time.sleeps] == [0.5, 0.5]


def test_pacer_refills_over_time_and_never_exceeds_the_burst():
    slept: list[float] = []
    now = [0.0]
    p = Pacer(burst=2, rate=4.0, clock=lambda: now[0], sleep=slept.append)
    p.wait()
    p.wait()
    p.wait()  # bucket empty: 1/4 s
    assert slept == [pytest.approx(0.25)]
    now[0] = 100.0  # a long pause refills to the burst, not beyond
    for _ in range(2):
        p.wait()
    assert len(slept) == 1
    p.wait()
    assert slept[-1] == pytest.approx(0.25)


def test_default_pacer_lets_a_few_gib_backup_create_its_files_without_waiting():
    """The defaults (DriveOptions and Pacer agree): about 30 packs a GiB, so a 3 GiB backup's
    ~95 creations go at once; the 101st waits for the sustained rate."""
    from backupgui.destinations.gdrive import DriveOptions

    opts = DriveOptions()
    slept: list[float] = []
    now = [0.0]
    p = Pacer(opts.create_burst, opts.create_rate, clock=lambda: now[0], sleep=slept.append)
    assert (opts.create_burst, opts.create_rate) == (Pacer().burst, Pacer().rate) == (100, 2.5)
    for _ in range(100):
        p.wait()
    assert slept == []
    p.wait()
    assert slept == [pytest.approx(1 / 2.5)]


def test_rate_limit_answers_slow_the_pacer_down_and_it_recovers():
    slept: list[float] = []
    now = [0.0]
    p = Pacer(burst=0, rate=4.0, clock=lambda: now[0], sleep=lambda s: (slept.append(s), now.__setitem__(0, now[0] + s)))
    p.rate_limited()
    p.rate_limited()
    assert p.current_rate == pytest.approx(1.0)
    p.wait()
    assert slept[-1] == pytest.approx(1.0)
    for _ in range(20):
        p.succeeded()
    assert p.current_rate == pytest.approx(4.0)
    for _ in range(10):
        p.rate_limited()
    assert p.current_rate == pytest.approx(4.0 / 16), "never slower than rate/16"


def test_drive_rate_limit_answer_backs_off_and_slows_creations(emulator, make_dest, fake_time):
    """403 userRateLimitExceeded on a file creation: the request is retried after a backoff,
    and the pacer halves its rate for the creations after it."""
    dest = make_dest(create_rate=4.0, create_burst=1)
    emulator.add_faults(Fault("403-rate", match="upload-start"))
    dest.put("a", b"1")
    assert fake_time.sleeps and fake_time.sleeps[0] >= 0.5, "the refused start waits a backoff"
    # Halved by the refusal (4 -> 2), a quarter won back by the success.
    assert dest._pacer.current_rate == pytest.approx(2.5)
    dest.put("b", b"2")  # the bucket refilled during the backoff
    before = len(fake_time.sleeps)
    dest.put("c", b"3")
    paced = fake_time.sleeps[before:]
    assert paced and paced[0] > 1 / 4.0 + 0.01, "creations are still slower than the configured rate"


def test_random_names_skip_the_lookup_but_replacements_do_not(emulator, make_dest):
    dest = make_dest()
    n0 = len(emulator.requests)
    up = dest.upload_new("sets/s/data/" + "ab" * 16)
    up.write(b"pack")
    up.commit()
    cats = [e["category"] for e in emulator.requests[n0:]]
    assert "list" not in cats, cats
    n1 = len(emulator.requests)
    dest.put("sets/s/config", b"c1")
    assert "list" in [e["category"] for e in emulator.requests[n1:]], "a replaceable name is looked up"
    dest.put("sets/s/config", b"c2")
    assert dest.read("sets/s/config") == b"c2"
    assert [o.name for o in dest.list()] == ["sets/s/config", "sets/s/data/" + "ab" * 16]


def test_quota_exceeded_fails_cleanly(emulator, make_dest, fake_time):
    emulator.quota = 1_000_000
    dest = make_dest()
    keep = os.urandom(300_000)
    dest.put("sets/q/data/keep", keep)
    dest.put("sets/q/config", b"config v1")
    with pytest.raises(DestinationFullError) as ei:
        dest.put("sets/q/data/big", os.urandom(900_000))
    msg = str(ei.value)
    assert msg.startswith("Google Drive is full") and "of 1.0 MB used" in msg, msg
    assert fake_time.sleeps == [], "storageQuotaExceeded must not be retried"
    # Replacing an object with one that does not fit keeps the old content.
    with pytest.raises(DestinationFullError):
        dest.put("sets/q/config", os.urandom(800_000))
    assert dest.read("sets/q/data/keep") == keep
    assert dest.read("sets/q/config") == b"config v1"
    assert [o.name for o in dest.list()] == ["sets/q/config", "sets/q/data/keep"]
    assert list(dest.journal.dir.glob("*.json")) == [] and list(dest.journal.dir.glob("*.spool")) == []
    info = dest.storage()
    assert info.total == 1_000_000 and info.used == 300_000 + 9 and info.account == "user@example.com"


def test_quota_fault_mid_upload(emulator, make_dest, fake_time):
    dest = make_dest()
    emulator.add_faults(Fault("quota", match="upload-chunk", skip=1))
    with pytest.raises(DestinationFullError, match="Google Drive is full"):
        dest.put("big", os.urandom(3 * CHUNK))
    assert fake_time.sleeps == []
    assert dest.list() == []


def test_download_resumes_after_broken_response(emulator, make_dest):
    dest = make_dest(download_chunk=1 << 20)
    data = os.urandom(1_000_000)
    dest.put("obj", data)
    emulator.clear_log()
    emulator.add_faults(Fault("reset-response", match="media", cut=0.5))
    assert dest.read("obj") == data
    media = [e for e in emulator.requests if e["category"] == "media"]
    assert media[0]["fault"] == "reset-response"
    # The second request starts where the broken body stopped, not at 0.
    start = int(media[1]["range"].split("=")[1].split("-")[0])
    assert 0 < start <= 500_000


def test_expired_session_restarts_object(emulator, make_dest):
    dest = make_dest()
    data = os.urandom(4 * CHUNK + 5)
    emulator.add_faults(Fault("expire-session", skip=2))
    dest.put("sets/e/data/p", data)
    assert dest.read("sets/e/data/p") == data
    starts = [e for e in emulator.requests if e["category"] == "upload-start"]
    assert len(starts) == 2
    assert [f["name"] for f in emulator.store.all_views()].count("sets/e/data/p") == 1
