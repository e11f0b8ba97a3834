"""Benchmarks of the DESIGN.md performance targets: ``python -m benchmarks [--quick] [--json]``.

Never part of the test suite, and no test asserts a timing: each figure is
measured next to a baseline from the same run (the raw SQLite or reportlab
work it wraps), so a slow machine shows up in both. See ``RESULTS.md``.
"""
