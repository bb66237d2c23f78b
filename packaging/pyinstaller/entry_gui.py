"""Frozen entry point of the ``backupgui`` executable: exactly the ``backupgui`` gui-script."""

import multiprocessing
import sys

from backupgui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
