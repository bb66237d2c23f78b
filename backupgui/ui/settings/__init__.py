"""Settings: the dialog, the schedule page, where settings and destinations are kept."""
