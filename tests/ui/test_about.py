"""The About box names the version; the application has its icon."""

from __future__ import annotations

from checkin import APP_NAME, __version__
from checkin.ui import main_window


def test_about_box_shows_the_version(window, monkeypatch):
    shown = []

    class QuietMessageBox:  # QMessageBox.about is modal: record instead of blocking
        @staticmethod
        def about(parent, title, text):
            shown.append((parent, title, text))

    monkeypatch.setattr(main_window, "QMessageBox", QuietMessageBox)
    window.about_action.trigger()
    assert len(shown) == 1
    parent, title, text = shown[0]
    assert parent is window and title == APP_NAME
    assert text.startswith(f"{APP_NAME} {__version__}\n")


def test_application_and_window_have_the_icon(qapp, window):
    from checkin.ui.app import identify

    identify(qapp)
    assert not qapp.windowIcon().isNull()
    assert not window.windowIcon().isNull()
    assert qapp.applicationVersion() == __version__
