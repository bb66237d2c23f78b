import datetime as dt
import zipfile
from pathlib import Path

import pytest

from backupgui.library import Library

FIXTURES = Path(__file__).parent / "fixtures"


def wall(ms: int) -> str:
    """The local wall-clock time of a timestamp, as exports show it."""
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M:%S")


def make_zip(path: Path, files: dict[str, bytes | Path]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data.read_bytes() if isinstance(data, Path) else data)
    return path


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "library") as lib:
        yield lib


def media_files(lib: Library) -> list[Path]:
    return sorted(p for p in lib.media_dir.rglob("*") if p.is_file())
