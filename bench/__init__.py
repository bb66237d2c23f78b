"""Backup benchmarks: ``python -m bench`` (see bench/harness.py)."""
