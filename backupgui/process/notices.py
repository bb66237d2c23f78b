"""Library notices meant for developers, kept off the user's terminal (the app and the CLI)."""

from __future__ import annotations

import warnings


def hide_library_notices() -> None:
    """Ignore the Google libraries' ``FutureWarning`` (e.g. google.api_core's "Python 3.11
    support ends in 2027"): a notice for developers, not for the person at the terminal. Only
    that category from those modules; every other warning is shown as Python shows it."""
    warnings.filterwarnings("ignore", category=FutureWarning, module=r"google(\.|$)")
