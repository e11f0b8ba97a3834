"""The shared-folder protocol (journals, merge, event package)."""
