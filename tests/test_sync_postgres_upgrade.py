"""A sync server whose tables a Check-in of before the removed list created (no
``removed_list`` column): desks go on joining, publishing and taking lists in."""

from __future__ import annotations

from pg_server import pg_address, postgres_server
from sync_helpers import empty_desk, event_desk
from test_sync_postgres import rows

from checkin.service.importing import import_file
from checkin.store.server import SCHEMA, ServerLog

__all__ = ["pg_address", "postgres_server"]  # fixtures, used by name

OLD_SCHEMA = SCHEMA.replace(",\n    removed_list text NOT NULL DEFAULT '[]'", "")


def test_tables_made_before_the_removed_list_are_brought_up_to_date(
    postgres_server, pg_address, tmp_path, event_files
):
    assert "removed_list" not in OLD_SCHEMA
    rows(postgres_server, pg_address, OLD_SCHEMA)
    with ServerLog(pg_address) as server:
        assert server.package_contents() is None  # reading the old tables works
    admin = event_desk(tmp_path, "admin", event_files)
    assert admin.sync(pg_address, publish=True).ok  # the owner's login adds the column
    assert rows(postgres_server, pg_address,
                "SELECT removed_list FROM checkin_package") == [("[]",)]
    joined = empty_desk(tmp_path, "second").sync(pg_address)
    assert joined.joined and joined.ok, joined
    lines = ["id,first_name,last_name"] + [
        f"{p.id},{p.first_name},{p.last_name}"
        for p in admin.store.all_participants() if p.id != "P002"
    ]
    (tmp_path / "v2.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_file(admin.store, tmp_path / "v2.csv", remove_vanished=True)
    assert admin.sync(pg_address).ok
    late = empty_desk(tmp_path, "late")
    assert late.sync(pg_address).ok and late.store.participant("P002") is None
    assert [p.id for p in late.store.removed_from_list()] == ["P002"]
