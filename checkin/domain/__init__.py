"""Pure rules of the product: no Qt, no SQL, no files (enforced by import-linter)."""
