"""Tests of the Google Drive destination, its emulator, and sign-in."""
