"""The live A4 preview painted from the layout, and its refresh scheduling."""
