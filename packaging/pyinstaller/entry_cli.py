"""Frozen entry point of the ``backupgui-cli`` executable: exactly the console script."""

import multiprocessing
import sys

from backupgui.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
