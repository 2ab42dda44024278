"""Printing and the print preview (the converted PDF drawn by PDFium)."""
