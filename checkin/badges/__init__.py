"""Badge layouts and PDFs."""
