"""``python -m backupgui.services.drive_emulator``."""

from .cli import cli_main

raise SystemExit(cli_main())
