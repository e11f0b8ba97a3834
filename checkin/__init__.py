"""Check-in: registration desks for multilingual international conferences."""

APP_NAME = "Check-in"
APP_ID = "checkin"
__version__ = "0.1.0"
