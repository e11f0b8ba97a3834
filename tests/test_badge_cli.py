"""``checkin badge`` run as a real program: files that scan, replacements, clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from checkin.domain.model import Participant
from checkin.service.event_setup import load_event
from checkin.store import Store

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CHECKIN_HOME"}
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO), environment.get("PYTHONPATH")])
    )
    return subprocess.run(
        [sys.executable, "-m", "checkin", *args, "--home", str(home)],
        capture_output=True, text=True, encoding="utf-8", env=environment, cwd=REPO, timeout=60,
    )


def one_error_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("checkin: "), result.stderr
    for word in words:
        assert word in lines[0]


def qr(path: Path) -> list[str]:
    found = []
    for page in pdfium.PdfDocument(path):
        found += [r.text for r in zxingcpp.read_barcodes(page.render(scale=150 / 72).to_pil())]
    return found


@pytest.fixture
def loaded(home: Path, event_files) -> Path:
    store = Store.in_home(home)
    load_event(store, event_files.config, event_files.participants)
    store.close()
    return home


def test_badge_writes_a_pdf_whose_code_checks_the_person_in(loaded: Path, tmp_path: Path):
    out = tmp_path / "badge.pdf"
    result = run("badge", "P003", "-o", str(out), "--json", home=loaded)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["id"] == "P003" and document["version"] == 1 and not document["replaced"]
    assert document["layout"] == "a6"
    assert qr(out) == [document["code"]]
    searched = json.loads(run("search", "alali", "--json", home=loaded).stdout)
    assert searched[0]["code"] == document["code"]
    scan = json.loads(run("scan", document["code"], "--json", home=loaded).stdout)
    assert scan["status"] == "ok" and scan["participant"]["id"] == "P003"


@pytest.mark.parametrize("layout", ["cr80", "a4-4up"])
def test_badge_takes_a_layout(loaded: Path, tmp_path: Path, layout: str):
    out = tmp_path / f"{layout}.pdf"
    result = run("badge", "P004", "-o", str(out), "--layout", layout, home=loaded)
    assert result.returncode == 0, result.stderr
    assert f"{layout}" in result.stdout and len(qr(out)) == 1


def test_a_replacement_supersedes_the_old_badge(loaded: Path, tmp_path: Path):
    first = json.loads(run("badge", "P001", "-o", str(tmp_path / "1.pdf"), "--json",
                           home=loaded).stdout)
    result = run("badge", "P001", "-o", str(tmp_path / "2.pdf"), "--replace", "--reason", "lost",
                 "--json", home=loaded)
    assert result.returncode == 0, result.stderr
    second = json.loads(result.stdout)
    assert second["replaced"] and second["version"] == 2 and second["reason"] == "lost"
    assert second["superseded_code"] == first["code"]
    assert qr(tmp_path / "2.pdf") == [second["code"]]
    old = json.loads(run("scan", first["code"], "--json", home=loaded).stdout)
    assert old["status"] == "superseded"
    new = json.loads(run("scan", second["code"], "--json", home=loaded).stdout)
    assert new["status"] == "ok"


def test_a_free_text_reason_is_recorded_as_other(loaded: Path, tmp_path: Path):
    result = run("badge", "P002", "-o", str(tmp_path / "b.pdf"), "--replace", "--reason",
                 "spilled coffee", "--json", home=loaded)
    document = json.loads(result.stdout)
    assert (document["reason"], document["note"]) == ("other", "spilled coffee")


def test_an_unknown_id_exits_1_with_one_line(loaded: Path, tmp_path: Path):
    out = tmp_path / "x.pdf"
    one_error_line(run("badge", "NOPE", "-o", str(out), home=loaded), "NOPE")
    assert not out.exists()


def test_an_unwritable_output_exits_1_and_replaces_nothing(loaded: Path, tmp_path: Path):
    missing = tmp_path / "no-such-folder" / "b.pdf"
    result = run("badge", "P005", "-o", str(missing), "--replace", "--reason", "lost",
                 home=loaded)
    one_error_line(result, "Cannot write", "no-such-folder")
    one_error_line(run("badge", "P005", "-o", str(tmp_path), home=loaded), "folder")
    store = Store.in_home(loaded)
    try:
        assert store.participant("P005").badge_version == 1
    finally:
        store.close()
    assert not list(tmp_path.glob(".*.tmp"))


def test_bad_usage_exits_2(loaded: Path, tmp_path: Path):
    out = str(tmp_path / "b.pdf")
    assert run("badge", "P001", "-o", out, "--replace", home=loaded).returncode == 2
    assert run("badge", "P001", "-o", out, "--reason", "lost", home=loaded).returncode == 2
    assert run("badge", "P001", "-o", out, "--layout", "a5", home=loaded).returncode == 2
    assert run("badge", "P001", home=loaded).returncode == 2


def test_mark_printed_takes_the_badge_out_of_the_not_printed_batch(loaded: Path, tmp_path):
    result = run("badge", "P006", "-o", str(tmp_path / "b.pdf"), "--mark-printed", "--json",
                 home=loaded)
    assert json.loads(result.stdout)["marked_printed"]
    store = Store.in_home(loaded)
    try:
        assert store.badge_history("P006").printed_current
    finally:
        store.close()


def test_a_name_correction_carries_the_corrected_spelling(loaded: Path, tmp_path: Path):
    out = tmp_path / "fixed.pdf"
    result = run("badge", "P003", "-o", str(out), "--replace", "--reason", "name_correction",
                 "--last-name", "Corrected-Spelling", "--json", home=loaded)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["reason"] == "name_correction" and document["version"] == 2
    text = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(out))
    assert "CORRECTED-SPELLING" in text
    passport = run("badge", "P003", "-o", str(out), "--replace", "--reason", "name_correction",
                   "--name-latin", "Mohammed Al-Ali", home=loaded)  # the passport's spelling
    assert passport.returncode == 0, passport.stderr
    text = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(out))
    assert "Mohammed Al-Ali" in text and "Mohamed Al-Ali" not in text
    organisation = run("badge", "P003", "-o", str(out), "--replace", "--reason",
                       "name_correction", "--organisation", "Arab Towns Organization (ATO)",
                       home=loaded)
    assert organisation.returncode == 0, organisation.stderr
    text = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(out))
    assert "Arab Towns Organization (ATO)" in text
    wrong = run("badge", "P003", "-o", str(out), "--replace", "--reason", "lost",
                "--first-name", "X", home=loaded)
    assert wrong.returncode == 2 and "name_correction" in wrong.stderr


def test_a_name_no_font_can_print_is_said_not_printed_blank_in_silence(loaded, tmp_path):
    """Tibetan has no bundled font: with no Latin spelling, the name prints blank, and
    the command says which characters and what to do."""
    store = Store.in_home(loaded)
    store.upsert_participants([Participant("T-BO", "བཀྲ་ཤིས་", "རྡོ་རྗེ་", organisation="UN")])
    store.close()
    out = tmp_path / "tibetan.pdf"
    result = run("badge", "T-BO", "-o", str(out), home=loaded)
    assert result.returncode == 0, result.stderr
    assert "Warning: no font" in result.stdout and "ཀ" in result.stdout
    assert "name_latin" in result.stdout
    document = json.loads(run("badge", "T-BO", "-o", str(out), "--json", home=loaded).stdout)
    assert "བ" in document["unprintable"]
    plain = json.loads(run("badge", "P003", "-o", str(out), "--json", home=loaded).stdout)
    assert plain["unprintable"] == ""
