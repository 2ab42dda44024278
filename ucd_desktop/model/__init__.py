"""The notice as data: fields, body items, numbering, paths and validation."""
