"""Automatic backups without Qt: schedules, history, conditions, autostart, the run lock."""
