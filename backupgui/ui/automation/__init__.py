"""Automatic backups in the GUI: the scheduler, the tray, the history view."""
