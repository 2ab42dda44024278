"""Vietnamese text rules: cleaning, dates, numbering, numbers and legacy encodings."""
