"""The body editor: sections, clauses, points, bullets, paragraphs and tables."""
