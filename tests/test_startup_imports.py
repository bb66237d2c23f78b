"""The CLI's jobs start without what only some paths need: the package version (read through
importlib.metadata, which imports email, zipfile and csv) is read when asked for, and
ctypes.util (subprocess) only where a library's soname is missing."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap

import backupgui


def _run(*args: str) -> subprocess.CompletedProcess:
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out


def test_the_jobs_import_neither_the_metadata_reader_nor_subprocess() -> None:
    out = _run("-c", textwrap.dedent("""
        import sys
        # What the interpreter's start-up (site, .pth files of the environment) already loaded
        # is not ours to count: a machine's .pth may import zipfile before any of our code.
        started = set(sys.modules)
        import backupgui.cli, backupgui.engine.backup, backupgui.engine.restore
        import backupgui.engine.verify, backupgui.automation.runlock, backupgui.process.logscrub
        print(sorted(m for m in ("importlib.metadata", "email", "zipfile", "csv", "ctypes.util",
                                 "subprocess") if m in sys.modules and m not in started))
        import backupgui
        print(backupgui.__version__, "importlib.metadata" in sys.modules)
    """))
    before, after = out.stdout.strip().splitlines()
    assert before == "[]"
    assert after == f"{backupgui.__version__} True"


def test_the_version_is_the_package_metadata() -> None:
    try:
        want = importlib.metadata.version("backupgui")
    except importlib.metadata.PackageNotFoundError:
        want = "0.1.0"
    assert backupgui.__version__ == want
    from backupgui import __version__

    assert __version__ == want


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    try:
        backupgui.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("no AttributeError")


def test_cli_version() -> None:
    out = _run("-m", "backupgui.cli", "--version")
    assert out.stdout == f"backupgui {backupgui.__version__}\n"
    # --version wins over a missing subcommand, as argparse's own action did.
    assert "--version" in _run("-m", "backupgui.cli", "--help").stdout
