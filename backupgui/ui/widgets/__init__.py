"""Shared widgets and looks: secret fields, icons, style, formatting, error dialogs."""
