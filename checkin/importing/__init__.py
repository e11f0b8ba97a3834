"""Registration lists: reading CSV and Excel exports into participants."""
