"""Printing through Qt: to a PDF file, to a real CUPS queue, and every failure in words.

The CUPS test prints through the app's own path (QPrinter on the queue "PDF"
that .ci/run sets up with cups-pdf) and reads the printed file back.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from checkin.domain.log import Kind
from checkin.domain.rules import Status
from checkin.service import badges as badge_ops
from checkin.ui import badge_printing, printing
from checkin.ui.badge_dialog import BadgeDialog
from checkin.ui.badge_printing import BadgePrinting, BatchPrintJob
from checkin.ui.batch_print_dialog import BatchPrintDialog
from checkin.ui.printing import PrintError, PrintRequest, print_pdf
from checkin.ui.replace_dialog import ReplaceDialog
from checkin.ui.tasks import TaskRunner


def codes_in(path: Path) -> list[str]:
    found = []
    for page in pdfium.PdfDocument(path):
        image = page.render(scale=150 / 72).to_pil()
        found += [result.text for result in zxingcpp.read_barcodes(image)]
    return found


def printed_events(desk, participant_id: str):
    return [e for e in desk.store.events_of(participant_id) if e.kind is Kind.BADGE_PRINTED]


def use_printer(desk, name: str, page_size: str = "") -> None:
    desk.update_settings(replace(desk.settings, printer=name, page_size=page_size))


def test_print_pdf_renders_each_page_at_printer_resolution(qapp, desk, tmp_path):
    rendered = badge_ops.render(desk, ["P001", "P003"], layout="cr80")
    out = tmp_path / "printed.pdf"
    assert print_pdf(PrintRequest(rendered.pdf, output_file=str(out))) == 2
    document = pdfium.PdfDocument(out)
    assert len(document) == 2
    width, height = document[0].get_size()
    assert abs(width - 153) < 2 and abs(height - 243) < 2  # CR80 in points
    assert codes_in(out) == [desk.code_for(p) for p in rendered.participants]


def test_a_badge_on_bigger_paper_keeps_its_size(qapp, desk, tmp_path):
    rendered = badge_ops.render(desk, ["P002"], layout="a6")
    out = tmp_path / "on-a4.pdf"
    print_pdf(PrintRequest(rendered.pdf, page_size="A4", output_file=str(out)))
    width, height = pdfium.PdfDocument(out)[0].get_size()
    assert (round(width), round(height)) == (595, 842)
    assert codes_in(out) == [rendered.participants[0] and desk.code_for(rendered.participants[0])]


def test_a_real_cups_printer_prints_a_badge_that_scans(qtbot, context):
    if shutil.which("lpstat") is None:
        pytest.skip("no CUPS client (lpstat) on this machine")
    if "PDF" not in printing.printer_names():
        pytest.skip("no CUPS printer named 'PDF' (.ci/run starts cupsd and adds a cups-pdf queue)")
    desk = context.desk
    use_printer(desk, "PDF")
    folder = Path(os.environ.get("HOME") or Path.home()) / "PDF"
    before = set(folder.glob("*.pdf")) if folder.exists() else set()
    person = desk.store.participant("P003")
    badge_printer = BadgePrinting(context)
    with qtbot.waitSignal(badge_printer.printed, timeout=30_000):
        badge_printer.print_badges([person])

    deadline = time.monotonic() + 60
    new: list[Path] = []
    while time.monotonic() < deadline:
        queue = subprocess.run(["lpstat", "-o", "PDF"], capture_output=True, text=True).stdout
        new = sorted(set(folder.glob("*.pdf")) - before) if folder.exists() else []
        if not queue.strip() and new:
            break
        time.sleep(0.2)
    assert new, f"nothing arrived in {folder}"
    printed = next((p for p in new if "P003" in p.name), new[-1])
    time.sleep(0.3)  # cups-pdf renames the file into place; let it finish writing
    code = desk.code_for(person)
    assert codes_in(printed) == [code]
    assert desk.scan(code).status is Status.OK
    assert [e.payload for e in printed_events(desk, "P003")] == [{"version": 1, "layout": "a6"}]


def test_a_badge_with_a_very_long_id_is_found_in_the_cups_queue(qapp, desk):
    """An id may take 400 bytes; CUPS calls a job over 255 bytes "Untitled", and a job
    the desk cannot find was reported as a printer error (inviting a second print)."""
    if shutil.which("lpstat") is None or "PDF" not in printing.printer_names():
        pytest.skip("no CUPS printer named 'PDF' (.ci/run starts cupsd and adds a cups-pdf queue)")
    long_id = "名" * 100 + "Q" * 100  # 400 bytes in UTF-8
    pdf = badge_ops.render(desk, ["P003"]).pdf
    request = PrintRequest(pdf, "PDF", "", f"badge-{long_id}", "", threading.Event())
    assert print_pdf(request) == 1
    title = printing.job_title(f"badge-{long_id}")
    assert len(title.encode("utf-8")) <= printing.TITLE_BYTES
    assert title.startswith("badge-名")


def test_an_unknown_printer_says_so_and_keeps_the_check_in(qtbot, context):
    desk = context.desk
    verdict = desk.scan(desk.code_for(desk.store.participant("P005")))
    assert verdict.status is Status.OK
    use_printer(desk, "No Such Printer")
    desk.update_settings(replace(desk.settings, print_on_checkin="always"))
    badge_printer = BadgePrinting(context)
    with qtbot.waitSignal(badge_printer.failed) as failure:
        assert badge_printer.on_check_in(verdict) == "print"
    assert "No Such Printer" in failure.args[0] and "check-in is recorded" in failure.args[0]
    assert desk.store.active_checkins("P005", verdict.day)
    assert printed_events(desk, "P005") == []


def test_no_printer_at_all_is_a_clear_message(qtbot, context, monkeypatch):
    monkeypatch.setattr(printing, "printer_names", lambda: [])
    badge_printer = BadgePrinting(context)
    with qtbot.waitSignal(badge_printer.failed) as failure:
        badge_printer.print_badges([context.desk.store.participant("P001")])
    assert "No printer is installed" in failure.args[0]


def test_messages_are_translated(qtbot, context):
    context.translations.apply("fr")
    try:
        text = printing.print_error_message(PrintError("no_printer"))
        assert "imprimante" in text.lower()
        assert badge_printing.badge_error_message(PrintError("cancelled")) != "cancelled"
    finally:
        context.translations.apply("en")


def test_print_on_check_in_follows_the_desk_setting(qtbot, context):
    desk = context.desk
    verdict = desk.scan(desk.code_for(desk.store.participant("P006")))
    badge_printer = BadgePrinting(context)
    assert badge_printer.on_check_in(verdict) == ""  # the default is "never"
    desk.update_settings(replace(desk.settings, print_on_checkin="ask"))
    assert badge_printer.on_check_in(verdict) == "ask"  # the desk asks, nothing printed yet
    assert printed_events(desk, "P006") == []
    already = desk.scan(desk.code_for(desk.store.participant("P006")))
    assert already.status is Status.ALREADY
    assert badge_printer.on_check_in(already) == ""  # only after an OK


# -- the dialogs, standalone -------------------------------------------------------------


def test_badge_dialog_previews_prints_and_shows_the_history(qtbot, context, tmp_path):
    desk = context.desk
    dialog = BadgeDialog(context, desk.store.participant("P004"))
    qtbot.addWidget(dialog)
    assert not dialog.preview.pixmap().isNull()
    assert dialog.status.text() == "Badge version 1"
    assert "not been printed" in dialog.details.text()
    assert dialog.write_pdf(tmp_path / "saved.pdf")
    assert codes_in(tmp_path / "saved.pdf") == [desk.code_for(desk.store.participant("P004"))]

    dialog.printing.print_badges([dialog.participant], output_file=str(tmp_path / "p.pdf"))
    assert "printed on" in dialog.details.text()
    assert len(printed_events(desk, "P004")) == 1


def test_badge_dialog_says_which_characters_no_font_can_print(qtbot, context):
    """A Tibetan name with no Latin spelling: the preview prints it blank, and the dialog
    says so, by the script's name, and what to do (with Replace badge)."""
    from checkin.domain.model import Participant

    desk = context.desk
    desk.store.upsert_participants([Participant("T-BO", "བཀྲ་ཤིས་", "རྡོ་རྗེ་")])
    dialog = BadgeDialog(context, desk.store.participant("T-BO"))
    qtbot.addWidget(dialog)
    # By the script's name: its letters would show as boxes here too.
    assert "No font on this desk has the Tibetan letters" in dialog.message.text()
    assert "ཀ" not in dialog.message.text() and "Latin" in dialog.message.text()
    plain = BadgeDialog(context, desk.store.participant("P004"))
    qtbot.addWidget(plain)
    assert "No font" not in plain.message.text()


def test_replace_dialog_records_a_replacement_and_the_old_code_stops(qtbot, context):
    desk = context.desk
    person = desk.store.participant("P009")
    old_code = desk.code_for(person)
    dialog = ReplaceDialog(desk, person, badge_ops.history(desk, "P009"))
    qtbot.addWidget(dialog)
    dialog.choose("other")
    dialog.accept()
    assert dialog.replacement is None and dialog.error.isVisibleTo(dialog)  # "other" needs a note
    dialog.note.setText("badge holder broke")
    dialog.accept()
    assert dialog.replacement is not None and dialog.replacement.version == 2
    assert desk.scan(old_code).status is Status.SUPERSEDED
    assert badge_ops.history(desk, "P009").replacements[0].note == "badge holder broke"


def test_a_name_in_another_script_can_have_its_latin_spelling_corrected(qtbot, context):
    desk = context.desk
    latin = ReplaceDialog(desk, desk.store.participant("P005"), badge_ops.history(desk, "P005"))
    qtbot.addWidget(latin)
    assert latin.name_latin.isHidden()  # a Latin name has no second spelling to correct
    person = desk.store.participant("P003")  # محمد العلي, "Mohamed Al-Ali" on the passport
    dialog = ReplaceDialog(desk, person, badge_ops.history(desk, "P003"))
    qtbot.addWidget(dialog)
    dialog.choose("name_correction")
    assert dialog.name_latin.text() == "Mohamed Al-Ali"
    dialog.name_latin.setText("Mohammed Al-Ali")
    dialog.accept()
    assert dialog.replacement is not None
    assert desk.store.participant("P003").name_latin == "Mohammed Al-Ali"


def test_a_wrong_organisation_is_corrected_with_the_replacement(qtbot, context):
    desk = context.desk
    person = desk.store.participant("P002")
    dialog = ReplaceDialog(desk, person, badge_ops.history(desk, "P002"))
    qtbot.addWidget(dialog)
    assert not dialog.organisation.isVisibleTo(dialog)  # shown only for a correction
    dialog.choose("name_correction")
    assert dialog.organisation.isVisibleTo(dialog)
    assert dialog.organisation.text() == "Kyiv City Council"
    dialog.organisation.setText("Kyiv City State Administration")
    dialog.title.setText("Senior Adviser")
    dialog.accept()
    assert dialog.replacement is not None
    after = desk.store.participant("P002")
    assert (after.organisation, after.title) == ("Kyiv City State Administration", "Senior Adviser")
    assert after.last_name == person.last_name  # only what was changed
    events = desk.store.events_after(desk.desk_id, 0)
    correction = [e for e in events if e.kind == "participant_updated"]
    assert correction[-1].payload == {
        "organisation": "Kyiv City State Administration",
        "title": "Senior Adviser",
    }


def test_batch_dialog_prints_in_chunks_and_records_each(qtbot, context, tmp_path):
    desk = context.desk
    dialog = BatchPrintDialog(context)
    qtbot.addWidget(dialog)
    dialog.output_file = str(tmp_path / "batch-{chunk}.pdf")
    dialog.category.setCurrentIndex(dialog.category.findData("local"))
    assert dialog.matching == 6
    dialog.choice.layouts.setCurrentIndex(dialog.choice.layouts.findData("a4-4up"))
    dialog.start()
    assert "Printed 6 of 6" in dialog.message.text()
    assert dialog.matching == 0  # all printed now
    assert sorted(p.name for p in tmp_path.glob("batch-*.pdf")) == ["batch-1.pdf"]
    assert len(codes_in(tmp_path / "batch-1.pdf")) == 6
    assert desk.settings.badge_layout == "a4-4up"


def test_a_batch_runs_off_the_ui_thread_and_can_be_cancelled(qtbot, context, tmp_path):
    desk = context.desk
    people = badge_ops.select_batch(desk.store, badge_ops.BatchFilter())
    runner = TaskRunner()
    context.runner = runner
    job = BatchPrintJob(context, people, layout="a6", chunk=3,
                        output_file=str(tmp_path / "b-{chunk}.pdf"))
    job.progress.connect(lambda done, total: job.cancel())
    with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
        job.start()
    runner.wait()
    done, message = finished.args
    assert done == 3 and "cancelled" in message
    recorded = [p.id for p in people if printed_events(desk, p.id)]
    assert recorded == [p.id for p in people[:3]]


def test_warm_up_loads_the_fonts_off_the_ui_thread(qtbot, context):
    from checkin.badges import fonts

    BadgePrinting(context).warm_up()
    assert fonts.covers(fonts.CJK, "王") and fonts.covers(fonts.ARABIC, "م")
