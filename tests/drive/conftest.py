"""Fixtures: an in-process Drive emulator on 127.0.0.1 and Drive destinations wired to it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from google.oauth2.credentials import Credentials

from backupgui.destinations.gdrive import DriveOptions, GoogleDriveDestination
from backupgui.destinations.gdrive_retry import RetryPolicy
from backupgui.services.drive_emulator import DriveEmulator

TOKEN = "test-static-token"
KiB = 1024


@dataclass
class FakeTime:
    """Injectable clock and sleep: backoff and pacing are recorded, never waited for."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _clean_google_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("GOOGLE_CLOUD_UNIVERSE_DOMAIN", "GOOGLE_API_USE_MTLS_ENDPOINT",
                "GOOGLE_API_USE_CLIENT_CERTIFICATE", "BACKUPGUI_DRIVE_TOKEN", "BACKUPGUI_DRIVE_ROOT"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def emulator(tmp_path: Path) -> Iterator[DriveEmulator]:
    emu = DriveEmulator(tmp_path / "drive-data", token_ttl=3600)
    emu.add_static_token(TOKEN)
    emu.start()
    try:
        yield emu
    finally:
        emu.stop()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_dest(emulator: DriveEmulator, tmp_path: Path, fake_time: FakeTime):
    """Factory: a new destination instance (same spool dir, so it sees earlier journals)."""
    made: list[GoogleDriveDestination] = []

    def factory(*, chunk_size: int = 256 * KiB, chunk_max: int | None = None, download_chunk: int = 512 * KiB,
                folder: str | None = None,
                timeout: float = 10.0, create_rate: float = 0.0, create_burst: int = 20, max_attempts: int = 10,
                resume_pending: bool = True, token: str = TOKEN, credentials=None,
                multipart_max: int = -1, one_request_max: int = -1) -> GoogleDriveDestination:
        opts = DriveOptions(
            # Fixed chunks unless a test asks for growth: the tests count chunks and bytes.
            chunk_size=chunk_size, chunk_max=chunk_max or chunk_size, download_chunk=download_chunk,
            create_rate=create_rate,
            # Resumable sessions for every size unless a test asks for multipart: the fault
            # tests aim at session starts and chunks (test_multipart.py covers the other path).
            multipart_max=multipart_max,
            # (the same for packs on a fast link: test_fast_path.py has that path's tests)
            one_request_max=one_request_max,
            create_burst=create_burst,
            timeout=timeout, spool_dir=tmp_path / "spool",
            retry=RetryPolicy(max_attempts=max_attempts, sleep=fake_time.sleep, clock=fake_time.clock,
                              rand=lambda: 0.5),
        )
        d = GoogleDriveDestination(credentials or Credentials(token=token), api_root=emulator.root_url,
                                   folder=folder, options=opts, resume_pending=resume_pending)
        made.append(d)
        return d

    yield factory
    for d in made:
        d.close()
