"""Backing up: the backup card, its controller and jobs, progress, the encryption set-up."""
