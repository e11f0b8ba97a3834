"""Registering someone on the spot: a few fields, then they are checked in."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from checkin.domain.countries import country_name, selectable_codes
from checkin.domain.model import LANGUAGES
from checkin.domain.rules import Verdict
from checkin.importing.rows import split_full_name
from checkin.service.desk import Desk, WalkIn
from checkin.service.walk_ins import already_registered
from checkin.ui import texts
from checkin.ui.dialog_scans import ScanGuard
from checkin.ui.i18n import LANGUAGE_NAMES

#: A name or organisation longer than this is a paste gone wrong, not a person (a badge
#: shows at most three lines of it).
MAX_FIELD = 200


class WalkInDialog(QDialog):
    """On OK, calls the desk's ``register_walk_in``; ``verdict`` holds the result.

    ``typed``: what the operator had typed in the scan field (the name they did
    not find), to start the form with. A badge scanned into the form closes it
    (``scanned`` holds the code, for the desk page to check in): a scanner's
    Enter must never register a person named after a badge code.
    """

    def __init__(self, desk: Desk, language: str, parent=None, typed: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui_language = language  # (self.language is the preferred-language list)
        self.verdict: Verdict | None = None
        self.scan_guard = ScanGuard(self, desk.is_complete_code)
        self._confirmed: tuple[str, ...] = ()  # the possible duplicates already shown
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.first_name = QLineEdit(objectName="firstName")
        self.last_name = QLineEdit(objectName="lastName")
        self.organisation = QLineEdit(objectName="organisation")
        self.position = QLineEdit(objectName="position")
        self.email = QLineEdit(objectName="email")
        for field in (self.first_name, self.last_name, self.organisation, self.position):
            field.setMaxLength(MAX_FIELD)
        self.email.setMaxLength(254)  # the longest e-mail address there is
        self.country = QComboBox(objectName="country")
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", "")
        for name, code in sorted_countries(language):
            self.country.addItem(f"{name} ({code})", code)
        self.category = QComboBox(objectName="category")
        for category in desk.event.categories:
            self.category.addItem(category.label_in(language), category.id)
        default = self.category.findData(desk.event.default_category)
        self.category.setCurrentIndex(max(default, 0))
        self.language = QComboBox(objectName="language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Family name"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Preferred language"), self.language)
        hint = QLabel(self.tr("A first name or a family name is required; the rest is optional."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register and check in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._start_with(typed)
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(520, self.sizeHint().height())

    @property
    def scanned(self) -> str:
        """The badge code scanned into the form, which closed it ("" if none)."""
        return self.scan_guard.scanned

    def walk_in(self) -> WalkIn:
        typed = self.country.currentText().strip()
        listed = self.country.findText(typed) if typed else -1
        # A name from the list, else what was typed: a code, or a name in EN/FR/ES
        # (the desk reads it, and says so if it is no country).
        code = self.country.itemData(listed) if listed >= 0 else typed
        return WalkIn(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation=self.organisation.text(),
            title=self.position.text(),
            country=code or "",
            category=self.category.currentData() or "",
            email=self.email.text(),
            language=self.language.currentData() or "",
        )

    def _start_with(self, typed: str) -> None:
        """The name searched for, split where it says (``DUPONT, Jean``, ``Jean DUPONT``),
        else its last word as the family name and the rest as given names."""
        words = typed.split()
        if not words or any(ch.isdigit() for ch in typed) or len(typed) > MAX_FIELD:
            return
        first, last = split_full_name(typed)
        if not first:
            first, last = " ".join(words[:-1]), words[-1]
        self.first_name.setText(first)
        self.last_name.setText(last)

    def accept(self) -> None:
        if self.scan_guard.check_fields():  # a badge scanned into the form: it is a scan
            return
        for field in (self.first_name, self.last_name, self.organisation, self.position):
            if looks_like_a_code(field.text()):
                field.clear()
                self._say(self.tr("That was a scanned code, not a name: type the name."))
                field.setFocus()
                return
        walk_in = self.walk_in()
        if self._ask_first(walk_in):
            return
        try:
            self.verdict = self.desk.register_walk_in(walk_in, day=self.desk.serving_day())
        except Exception as error:
            self._say(texts.error_message(error))
            return
        super().accept()

    def _ask_first(self, walk_in: WalkIn) -> bool:
        """Say who on the list this may be, once; True if the operator must look first."""
        try:
            matches = already_registered(self.desk, walk_in)
        except Exception:  # a search problem must not stop a registration
            return False
        shown = tuple(p.id for p in matches)
        if not matches or shown == self._confirmed:
            return False
        self._confirmed = shown
        names = "; ".join(
            " — ".join(
                part
                for part in (
                    p.display_name,
                    p.organisation,
                    country_name(p.country, self.ui_language) if p.country else "",
                )
                if part
            )
            for p in matches
        )
        self._say(
            self.tr(
                "Already on the list: {names}. If it is this person, cancel and check them in "
                "from the search results; if not, press “Register and check in” again."
            ).format(names=names)
        )
        return True

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def looks_like_a_code(text: str) -> bool:
    """A long run of letters and digits with no space: a code scanned, not a name typed."""
    text = text.strip()
    return len(text) >= 16 and " " not in text and any(ch.isdigit() for ch in text)


def sorted_countries(language: str) -> list[tuple[str, str]]:
    """(name, code) in the language's alphabetical order: *Égypte* next to *Espagne*,
    not after *Zimbabwe* (as code points would have it)."""
    collator = QCollator(QLocale(language))
    named = [(country_name(code, language), code) for code in selectable_codes()]
    return sorted(named, key=lambda pair: collator.sortKey(pair[0]))
