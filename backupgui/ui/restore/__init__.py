"""Restoring on a new computer: the restore wizard."""
