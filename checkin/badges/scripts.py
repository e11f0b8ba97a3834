"""The scripts with a Noto Sans font of their own in ``resources/fonts`` (besides Noto
Sans, Noto Naskh Arabic, NanumSquare for Korean and Droid Sans Fallback): one list for
the badges (:mod:`checkin.badges.fonts`) and the desk's screens (``checkin.ui.fonts``).
No reportlab here, so the app loads it at start for nothing."""

SCRIPTS = (
    "Hebrew",
    "Devanagari",
    "Bengali",
    "Gurmukhi",
    "Gujarati",
    "Oriya",
    "Tamil",
    "Telugu",
    "Kannada",
    "Malayalam",
    "Sinhala",
    "Thai",
    "Lao",
    "Khmer",
    "Myanmar",
    "Ethiopic",
    "Georgian",
    "Armenian",
)
