"""Writers: the laid-out notice as .docx (and, later, PDF)."""
