"""Decree 30 layout: the numbers, font metrics and the notice laid out as blocks."""
