"""The Qt application: windows assemble pages; pages hold widgets; no SQL, no rules."""
