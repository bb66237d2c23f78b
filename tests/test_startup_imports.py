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


# -- s17: each job imports its own path only ---------------------------------------------------
_JOBS = {
    "backup": "from backupgui.engine import BackupRequest, backup",
    "restore": "from backupgui.engine import RestoreRequest, restore",
    "verify": "from backupgui.engine import VerifyRequest, verify",
}
_JOB_MODULES = {
    "backup": {"backupgui.engine.backup", "backupgui.engine.types_backup",
               "backupgui.engine.pipeline", "backupgui.engine.retention"},
    "restore": {"backupgui.engine.restore", "backupgui.engine.types_restore",
                "backupgui.engine.filewrite"},
    "verify": {"backupgui.engine.verify", "backupgui.engine.types_verify"},
}


def _loaded_after(stmt: str) -> set[str]:
    out = _run("-c", textwrap.dedent(f"""
        import sys
        started = set(sys.modules)
        {stmt}
        print(" ".join(sorted(set(sys.modules) - started)))
    """))
    return set(out.stdout.split())


def test_importing_the_engine_imports_no_job() -> None:
    loaded = _loaded_after("import backupgui.engine")
    assert not {m for m in loaded if m.startswith("backupgui.engine.")}
    assert not {"dataclasses", "sqlite3", "json"} & loaded


def test_each_job_imports_only_its_own_path() -> None:
    for job, stmt in _JOBS.items():
        loaded = _loaded_after(stmt)
        assert _JOB_MODULES[job] <= loaded, job
        others = set().union(*(m for j, m in _JOB_MODULES.items() if j != job))
        assert not others & loaded, (job, others & loaded)
        assert "backupgui.engine.keys" not in loaded, job
    # A verify opens no library (SQLite); a backup lists no backups for the restore wizard.
    assert not {"backupgui.library.store", "sqlite3"} & _loaded_after(_JOBS["verify"])
    assert not {"backupgui.engine.snapshots", "backupgui.engine.types_listing"} & _loaded_after(
        _JOBS["backup"])
    # Nothing on a job's path looks up the host or the user's folders at import.
    for stmt in _JOBS.values():
        assert not {"socket", "platformdirs"} & _loaded_after(stmt), stmt


def test_the_public_names_are_the_functions_whatever_was_imported_first() -> None:
    """``backup``, ``restore`` and ``verify`` are functions of the package and submodules
    of the same names: importing a submodule first (which binds the module to the
    package's attribute) must not make the name the module."""
    out = _run("-c", textwrap.dedent("""
        import sys, types
        import backupgui.engine.restore          # the submodule first
        import backupgui.engine.backup as b      # (binds the name, as `import a.b as c` does)
        from backupgui.engine import restore, verify, backup
        import backupgui.engine as engine
        mods = [sys.modules[f"backupgui.engine.{n}"] for n in ("backup", "restore", "verify")]
        print(all(isinstance(m, types.ModuleType) for m in mods),
              [type(f).__name__ for f in (restore, verify, backup, b, engine.restore)],
              restore is mods[1].restore, backup is mods[0].backup, verify is mods[2].verify)
        from backupgui.engine.restore import SpaceEstimate
        from backupgui.engine import SpaceEstimate as S2, repository
        print(SpaceEstimate is S2, isinstance(repository, types.ModuleType))
    """))
    first, second = out.stdout.strip().splitlines()
    assert first == "True ['function', 'function', 'function', 'function', 'function'] True True True"
    assert second == "True True"


def test_every_public_name_resolves_to_its_definition() -> None:
    out = _run("-c", textwrap.dedent("""
        import importlib
        import backupgui.engine as engine
        names = list(engine.__all__)
        missing = [n for n in names if n not in dir(engine)]
        bad = [n for n in names
               if getattr(engine, n) is not getattr(importlib.import_module(
                   "backupgui.engine." + engine._WHERE[n]), n)]
        ns = {}
        exec("from backupgui.engine import *", ns)
        star = sorted(set(names) - set(ns))
        from backupgui.engine.types import BackupSummary, RestoreRequest, RetentionPolicy
        from backupgui.engine.types_listing import BackupSummary as B2
        from backupgui.library import Library
        from backupgui.library.store import Library as L2
        print(missing, bad, star, BackupSummary is B2, Library is L2, RetentionPolicy().last)
        for mod, name in ((engine, "nope"), (importlib.import_module("backupgui.engine.types"),
                                              "nope"), (importlib.import_module("backupgui.library"), "nope")):
            try:
                getattr(mod, name)
            except AttributeError as exc:
                print("AttributeError", name in str(exc))
    """))
    lines = out.stdout.strip().splitlines()
    assert lines[0] == "[] [] [] True True 3"
    assert lines[1:] == ["AttributeError True"] * 3


def test_the_manifest_format_does_not_import_the_library_store() -> None:
    assert "backupgui.library.store" not in _loaded_after("import backupgui.format.manifest")


def test_a_backup_with_no_retired_vault_record_does_not_load_the_vault_client(tmp_path) -> None:
    """The vault client (OPAQUE, libsodium: ~0.065 CPU s) is loaded only when the library has a
    retired vault record to delete, not by every backup's start."""
    out = _run("-c", textwrap.dedent(f"""
        import sys
        from backupgui.crypto.material import RawKey
        from backupgui.crypto.keys import generate_key
        from backupgui.destinations.folder import FolderDestination
        from backupgui.engine import BackupRequest, backup
        from backupgui.library.demo import create_demo_library
        create_demo_library({str(tmp_path / "lib")!r}, chats=2, media_mb=0.1)
        backup(BackupRequest({str(tmp_path / "lib")!r}, FolderDestination({str(tmp_path / "dest")!r}),
                             RawKey(generate_key()), device_name="test-device"))
        print(sorted(m for m in ("backupgui.vault.client", "backupgui.vault.opaque") if m in sys.modules))
    """))
    assert out.stdout.strip().splitlines()[-1] == "[]"
