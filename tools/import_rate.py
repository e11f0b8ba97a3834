"""How fast a large registration list imports, next to the raw SQLite baseline.

Run: python tools/import_rate.py [--rows 100000] [--repeat 3]

Writes an invented list (Indico-style English CSV, names in several scripts,
countries as names and codes) to a temporary folder, imports it into a fresh
desk holding the bundled IDM 2015 event, then imports it again unchanged.
For comparison it times the bare ``executemany`` of the same number of
participant rows and search-index rows in one transaction (DESIGN.md's
anchor). Best of ``--repeat`` runs, since a shared machine is noisy.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin.paths import demo_event_dir
from checkin.service import importing
from checkin.service.event_setup import load_event
from checkin.store import Store
from checkin.store.participants import COLUMNS

FIRST = ["Amina", "José", "Françoise", "Γεώργιος", "Олена", "Seán", "Wei", "Ingrid", "محمد",
         "Aïcha", "Björn", "Chioma", "Dmitri", "Élodie", "Fatima", "Giulia", "Hiroshi"]
LAST = ["Diallo", "García", "Lefèvre", "Παπαδόπουλος", "Ковальчук", "O'Brien", "王", "Larsen",
        "العلي", "Núñez Peña", "Okafor", "Rossi", "Schmidt", "Tanaka", "Dubois", "Mensah"]
ORGS = ["Ministry of Interior", "Ville de Genève", "Ayuntamiento de Madrid", "UNHCR",
        "Migrant Voices", "Cités Unies France", "Kyiv City Council", "University of Lagos"]
COUNTRIES = ["Switzerland", "FR", "Espagne", "Grèce", "UA", "Irlande", "China", "NO", "SN"]
CATEGORIES = ["member_state", "local_authority", "international_org", "civil_society"]


def write_list(path: Path, rows: int) -> None:
    chance = random.Random(2015)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ID", "First Name", "Last Name", "Affiliation", "Position", "Country",
                         "Email", "Category"])
        for n in range(rows):
            writer.writerow([f"R{n:06d}", chance.choice(FIRST), chance.choice(LAST),
                             chance.choice(ORGS), "Adviser", chance.choice(COUNTRIES),
                             f"person{n}@example.org", chance.choice(CATEGORIES)])


def fresh_desk(folder: Path) -> Store:
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "nobody.csv"
    empty.write_text("id,first_name,last_name\n", encoding="utf-8")
    store = Store.in_home(folder)
    load_event(store, demo_event_dir() / "event.json", empty)
    return store


def import_once(folder: Path, path: Path) -> dict[str, float]:
    store = fresh_desk(folder)
    start = time.perf_counter()
    records = importing.read_list(path)
    read = time.perf_counter()
    plan = importing.plan_list(records, store.event_config())
    planned = time.perf_counter()
    report = importing.apply(store, plan)
    applied = time.perf_counter()
    again = importing.import_file(store, path)
    reimported = time.perf_counter()
    assert report.imported == len(plan.rows) and again.unchanged == len(plan.rows)
    store.close()
    return {"read": read - start, "plan": planned - read, "apply": applied - planned,
            "total": applied - start, "reimport": reimported - applied}


def raw_baseline(folder: Path, rows: int) -> float:
    store = Store.in_home(folder)
    people = [(n, f"R{n:06d}", "Jose", f"Garcia{n % 977}", "", "Adviser", "Ministry", "CH",
               "member_state", f"p{n}@example.org", "", "", "", "", "", 1, "import",
               f"jose garcia{n % 977}", f"ministry \u00a7ch adviser p{n}@example.org r{n:06d}")
              for n in range(1, rows + 1)]
    marks = ", ".join("?" * (len(COLUMNS) + 4))
    start = time.perf_counter()
    with store.write() as conn:  # SQLite alone: no Python work per row
        conn.executemany(
            f"INSERT INTO participants (rowid, {', '.join(COLUMNS)}, source, search_names, "
            f"search_other) VALUES ({marks})", people)
        conn.execute("INSERT INTO search_index (rowid, search_names, search_other) "
                     "SELECT rowid, search_names, search_other FROM participants")
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        path = root / "registrations.csv"
        write_list(path, args.rows)
        runs = [import_once(root / f"desk{n}", path) for n in range(args.repeat)]
        raw = min(raw_baseline(root / f"raw{n}", args.rows) for n in range(args.repeat))
    best = {key: min(run[key] for run in runs) for key in runs[0]}
    result = {
        "rows": args.rows,
        "seconds": {key: round(value, 3) for key, value in best.items()},
        "import_rows_per_s": round(args.rows / best["total"]),
        "reimport_rows_per_s": round(args.rows / best["reimport"]),
        "raw_executemany_rows_per_s": round(args.rows / raw),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        s = result["seconds"]
        print(f"{args.rows:,} rows, best of {args.repeat}: read {s['read']}s, plan {s['plan']}s, "
              f"write {s['apply']}s")
        print(f"import:            {result['import_rows_per_s']:>8,} rows/s")
        print(f"re-import (same):  {result['reimport_rows_per_s']:>8,} rows/s")
        print(f"raw executemany:   {result['raw_executemany_rows_per_s']:>8,} rows/s "
              "(participants + search index, no Python work)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
