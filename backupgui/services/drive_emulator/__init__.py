"""A local Google Drive v3 + OAuth emulator for development, tests and benchmarks.

In-process use::

    emu = DriveEmulator(tmp_dir, quota=10 << 20).start()
    token = emu.issue_access_token()
    ... GoogleDriveDestination(credentials, api_root=emu.root_url) ...
    emu.add_faults(Fault("503", match="upload-chunk", count=2))
    emu.requests  # the request log
    emu.stop()

Command line: ``python -m backupgui.services.drive_emulator --port 8765 --data DIR``.
"""

from .cli import cli_main
from .faults import Fault, FaultPlan, RandomFaults
from .server import DriveEmulator

__all__ = ["DriveEmulator", "Fault", "FaultPlan", "RandomFaults", "cli_main"]
