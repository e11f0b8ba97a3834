"""Versioned schema migrations. Append a new step; never edit a released one."""

from __future__ import annotations

# Each step is a SQL script; PRAGMA user_version records how many have run.
MIGRATIONS: tuple[str, ...] = (
    # 1: participants, the event log with its projections, and search.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

    CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        name_latin TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        days TEXT NOT NULL DEFAULT '',          -- ISO dates joined by ';', '' = every day
        flags TEXT NOT NULL DEFAULT '',         -- joined by ';'
        notes TEXT NOT NULL DEFAULT '',
        ticket_code TEXT NOT NULL DEFAULT '',
        badge_version INTEGER NOT NULL DEFAULT 1,
        source TEXT NOT NULL DEFAULT 'import'   -- import | walk_in
    );
    CREATE INDEX participants_ticket ON participants(ticket_code) WHERE ticket_code != '';

    -- The log is append-only: the triggers refuse any change or deletion.
    CREATE TABLE events (
        uuid TEXT PRIMARY KEY,
        desk TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,                       -- UTC, ISO 8601 with Z
        operator TEXT NOT NULL,
        kind TEXT NOT NULL,
        participant_id TEXT NOT NULL DEFAULT '',
        payload TEXT NOT NULL DEFAULT '{}',
        UNIQUE (desk, seq)
    );
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

    -- Projections of the log, rebuildable at any time (Store.rebuild_projections).
    CREATE TABLE checkins (
        event_uuid TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL,
        day TEXT NOT NULL,
        at TEXT NOT NULL,
        desk TEXT NOT NULL,
        desk_name TEXT NOT NULL DEFAULT '',
        operator TEXT NOT NULL,
        override INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX checkins_person_day ON checkins(participant_id, day);
    CREATE INDEX checkins_day_at ON checkins(day, at);
    CREATE INDEX checkins_desk_at ON checkins(desk, at);
    CREATE TABLE undos (target_uuid TEXT PRIMARY KEY, undo_uuid TEXT NOT NULL) WITHOUT ROWID;

    CREATE VIRTUAL TABLE search_index USING fts5(
        names, other,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2'
    );
    """,
    # 2: badges to print again after a re-import changed what is printed on them.
    """
    CREATE TABLE badge_reprints (
        participant_id TEXT PRIMARY KEY,
        fields TEXT NOT NULL,                   -- printed fields that changed, joined by ';'
        flagged_at TEXT NOT NULL                -- UTC, ISO 8601 with Z
    ) WITHOUT ROWID;
    """,
    # 3: badge projections of the log, so "not yet printed" and "replaced n times"
    # are index look-ups, not scans of every event's JSON payload.
    """
    CREATE TABLE badge_prints (
        event_uuid TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        layout TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        desk TEXT NOT NULL,
        operator TEXT NOT NULL
    );
    CREATE INDEX badge_prints_person ON badge_prints(participant_id, version);
    CREATE TABLE badge_replacements (
        event_uuid TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        desk TEXT NOT NULL,
        operator TEXT NOT NULL
    );
    CREATE INDEX badge_replacements_person ON badge_replacements(participant_id, version);
    INSERT OR IGNORE INTO badge_prints
        SELECT uuid, participant_id, coalesce(json_extract(payload, '$.version'), 1),
               coalesce(json_extract(payload, '$.layout'), ''), at, desk, operator
        FROM events WHERE kind = 'badge_printed';
    INSERT OR IGNORE INTO badge_replacements
        SELECT uuid, participant_id, coalesce(json_extract(payload, '$.version'), 1),
               coalesce(json_extract(payload, '$.reason'), ''),
               coalesce(json_extract(payload, '$.note'), ''), at, desk, operator
        FROM events WHERE kind = 'badge_replaced';
    """,
    # 4: a cheaper search index (a 100,000-row import at 50,000 rows/s, issue #3).
    # The words to index live in two columns of participants, which the index
    # reads as its content (no second copy of the text); they are folded in
    # Python, so the plain ascii tokenizer suffices; a country is one word, its
    # code, instead of its names in three languages; no positions (detail=column:
    # search only asks "which rows have a word starting with…", never phrases)
    # and no per-row sizes (columnsize=0: nothing ranks by bm25). Opening the
    # store fills the columns and rebuilds the index (participants.fill_search_columns).
    """
    DROP TABLE search_index;
    ALTER TABLE participants ADD COLUMN search_names TEXT NOT NULL DEFAULT '';
    ALTER TABLE participants ADD COLUMN search_other TEXT NOT NULL DEFAULT '';
    CREATE VIRTUAL TABLE search_index USING fts5(
        search_names, search_other,
        content = 'participants', content_rowid = 'rowid',
        tokenize = 'ascii',
        prefix = '1 2',
        detail = column,
        columnsize = 0
    );
    INSERT INTO meta (key, value) VALUES ('search_index', 'rebuild')
        ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    """,
    # 5: the desk's "checked in for this day" count, refreshed after every check-in,
    # walked every check-in of the day through the table (0.4–0.6 s at 100,000
    # people, 170,000 check-ins): people of a day now come from this index alone
    # (stats.checked_in).
    """
    CREATE INDEX checkins_day_person ON checkins(day, participant_id);
    """,
    # 6: name corrections made at a desk (participant_updated events) are applied over
    # every list imported or taken in from a re-published event (bulk.snapshot): this
    # index finds them without walking the whole log.
    """
    CREATE INDEX events_corrections ON events(participant_id, at)
        WHERE kind = 'participant_updated';
    """,
    # 7: people removed from the list wait here: a check-in merged later (another desk
    # admitted them while apart) lists them again (removals.py).
    """
    CREATE TABLE removed_participants (
        id TEXT PRIMARY KEY,
        row TEXT NOT NULL,          -- JSON: the participant's columns, then its source
        removed_at TEXT NOT NULL
    );
    """,
    # 8: names are indexed with their passport spelling (Böhm: boehm) and, when of
    # several words, joined (Ruiz Ibáñez: ruizibanez; domain.text.name_terms): the
    # store works out every row's search words again and rebuilds the index on open.
    """
    INSERT INTO meta (key, value) VALUES ('search_index', 'rebuild')
        ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    """,
)
