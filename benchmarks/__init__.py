"""Benchmarks of ucd-desktop against the tools a drafter or developer would pick instead.

``python benchmarks/run.py`` prints the table and writes it into the README; the modules
here hold the pieces (the docxtpl template, the python-docx script, timing helpers).
Timings live here, never in the pass/fail tests.
"""
