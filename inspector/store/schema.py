"""The database schema as a ladder of migrations keyed on PRAGMA user_version.

Each step is small and named; an old database always walks up the ladder in one
transaction. The triggers make a signed inspection read-only and the audit log
append-only at the database level, whatever program writes to the file.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 6

_CHILD_TABLES = ("findings", "photos", "timings", "signatures")

_V1_TABLES = """
CREATE TABLE branches (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    head TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE templates (
    template_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,            -- the JSON exactly as loaded
    sha256 TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    PRIMARY KEY (template_id, version)
);
CREATE TABLE inspections (
    id TEXT PRIMARY KEY,            -- UUID
    branch_id TEXT NOT NULL REFERENCES branches(id),
    type TEXT NOT NULL CHECK (type IN ('onsite', 'mystery', 'remote', 'self')),
    inspectors TEXT NOT NULL DEFAULT '[]',
    template_id TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'finished', 'signed')),
    corrects TEXT REFERENCES inspections(id),
    score REAL,                     -- cached from scoring/deductions.py on every edit, for lists
    grade TEXT,
    passed INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    FOREIGN KEY (template_id, template_version) REFERENCES templates(template_id, version)
);
CREATE INDEX inspections_branch ON inspections(branch_id, started_at);
CREATE TABLE findings (
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    item_id TEXT NOT NULL,
    result TEXT NOT NULL DEFAULT 'unchecked' CHECK (result IN ('unchecked', 'pass', 'fail', 'na')),
    occurrences INTEGER NOT NULL DEFAULT 1 CHECK (occurrences >= 1),
    staff TEXT NOT NULL DEFAULT '',
    repeat INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    selected TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (inspection_id, item_id)
);
CREATE TABLE photos (
    id TEXT PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    item_id TEXT,
    sha256 TEXT NOT NULL,
    original_path TEXT NOT NULL,
    display_path TEXT NOT NULL,
    thumb_path TEXT NOT NULL,
    original_name TEXT NOT NULL DEFAULT '',
    taken_at TEXT,
    taken_at_source TEXT NOT NULL DEFAULT 'file',
    imported_at TEXT NOT NULL,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    gps_lat REAL,
    gps_lon REAL,
    annotations TEXT NOT NULL DEFAULT '[]',
    UNIQUE (inspection_id, sha256)
);
CREATE TABLE timings (
    id INTEGER PRIMARY KEY,
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    item_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('wait', 'count')),
    recorded_at TEXT NOT NULL,
    started_at TEXT,
    stopped_at TEXT,
    seconds REAL,
    waiting INTEGER,
    windows_open INTEGER,
    label TEXT NOT NULL DEFAULT ''
);
CREATE TABLE signatures (
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    role TEXT NOT NULL CHECK (role IN ('inspector', 'branch_head')),
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    signed_at TEXT NOT NULL,
    strokes TEXT NOT NULL DEFAULT '[]',
    image_png BLOB,
    PRIMARY KEY (inspection_id, role)
);
CREATE TABLE rectifications (
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    item_id TEXT NOT NULL,
    owner TEXT NOT NULL,
    deadline TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at TEXT,
    closing_note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (inspection_id, item_id)
);
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    inspection_id TEXT,
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _signed(ref: str) -> str:
    return f"(SELECT status FROM inspections WHERE id = {ref}.inspection_id) = 'signed'"


def _v1_triggers() -> str:
    statements = [
        """CREATE TRIGGER inspections_signed_no_update BEFORE UPDATE ON inspections
           WHEN OLD.status = 'signed'
           BEGIN SELECT RAISE(ABORT, 'inspection is signed and read-only'); END;""",
        """CREATE TRIGGER inspections_signed_no_delete BEFORE DELETE ON inspections
           WHEN OLD.status = 'signed'
           BEGIN SELECT RAISE(ABORT, 'inspection is signed and read-only'); END;""",
        """CREATE TRIGGER inspections_sign_needs_both BEFORE UPDATE OF status ON inspections
           WHEN NEW.status = 'signed' AND (SELECT count(*) FROM signatures
                WHERE inspection_id = NEW.id AND role IN ('inspector', 'branch_head')) < 2
           BEGIN SELECT RAISE(ABORT, 'both the inspector and the branch head must sign first'); END;""",
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;""",
        """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;""",
        """CREATE TRIGGER rectifications_signed_no_insert BEFORE INSERT ON rectifications
           WHEN """ + _signed("NEW") + """
           BEGIN SELECT RAISE(ABORT, 'inspection is signed and read-only'); END;""",
        """CREATE TRIGGER rectifications_signed_no_delete BEFORE DELETE ON rectifications
           WHEN """ + _signed("OLD") + """
           BEGIN SELECT RAISE(ABORT, 'inspection is signed and read-only'); END;""",
        # What was agreed at sign-off stays; closing an item later is still allowed.
        """CREATE TRIGGER rectifications_signed_no_change BEFORE UPDATE OF inspection_id, item_id,
           owner, deadline ON rectifications
           WHEN """ + _signed("OLD") + """
           BEGIN SELECT RAISE(ABORT, 'the agreed rectification of a signed inspection is read-only'); END;""",
    ]
    for table in _CHILD_TABLES:
        statements += [
            f"""CREATE TRIGGER {table}_signed_no_insert BEFORE INSERT ON {table}
                WHEN {_signed("NEW")}
                BEGIN SELECT RAISE(ABORT, 'inspection is signed and read-only'); END;""",
            f"""CREATE TRIGGER {table}_signed_no_update BEFORE UPDATE ON {table}
                WHEN {_signed("OLD")} OR {_signed("NEW")}
                BEGIN SELECT RAISE(ABORT, 'inspection is signed and read-only'); END;""",
            f"""CREATE TRIGGER {table}_signed_no_delete BEFORE DELETE ON {table}
                WHEN {_signed("OLD")}
                BEGIN SELECT RAISE(ABORT, 'inspection is signed and read-only'); END;""",
        ]
    return "\n".join(statements)


def _to_v1(conn: sqlite3.Connection) -> None:
    """The first schema: everything an inspection needs, with its locks."""
    _run_script(conn, _V1_TABLES + _v1_triggers())


def _to_v2(conn: sqlite3.Connection) -> None:
    """Regions for head office, staff badges remembered per branch, and a record of exports."""
    _run_script(
        conn,
        """
        ALTER TABLE branches ADD COLUMN region TEXT NOT NULL DEFAULT '';
        CREATE TABLE staff (
            branch_id TEXT NOT NULL REFERENCES branches(id),
            badge TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            last_used_at TEXT NOT NULL,
            PRIMARY KEY (branch_id, badge)
        );
        CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            inspection_id TEXT NOT NULL REFERENCES inspections(id),
            kind TEXT NOT NULL CHECK (kind IN ('pdf', 'bundle')),
            path TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            exported_by TEXT NOT NULL
        );
        """,
    )


def _to_v3(conn: sqlite3.Connection) -> None:
    """Head office: complaint deductions, follow-up visits linked to a finding, rectification evidence,
    and indexes the dashboard's aggregates need."""
    _run_script(
        conn,
        """
        CREATE TABLE complaints (
            id TEXT PRIMARY KEY,
            branch_id TEXT NOT NULL REFERENCES branches(id),
            received_at TEXT NOT NULL,          -- ISO date the complaint was received
            points REAL NOT NULL CHECK (points >= 0),  -- deducted from the quarterly score (003:169)
            note TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX complaints_branch ON complaints(branch_id, received_at);
        CREATE TABLE follow_ups (
            original_inspection_id TEXT NOT NULL REFERENCES inspections(id),
            item_id TEXT NOT NULL,
            follow_up_inspection_id TEXT NOT NULL REFERENCES inspections(id),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            PRIMARY KEY (original_inspection_id, item_id, follow_up_inspection_id)
        );
        CREATE TABLE rectification_evidence (
            id INTEGER PRIMARY KEY,
            inspection_id TEXT NOT NULL REFERENCES inspections(id),
            item_id TEXT NOT NULL,
            photo_sha256 TEXT,                  -- the photo as imported by photos.import_photo, or NULL
            photo_path TEXT,                    -- its display path, relative to the photos folder
            note TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL
        );
        CREATE INDEX rectification_evidence_item ON rectification_evidence(inspection_id, item_id);
        CREATE INDEX findings_failed ON findings(inspection_id, item_id) WHERE result = 'fail';
        CREATE INDEX inspections_corrects ON inspections(corrects);
        CREATE TRIGGER complaints_no_update BEFORE UPDATE ON complaints
           BEGIN SELECT RAISE(ABORT, 'a recorded complaint cannot change; record a correction'); END;
        """,
    )


def _to_v4(conn: sqlite3.Connection) -> None:
    """Head office: the SHA-256 of every bundle file imported (or found already present), so the
    exact same bytes sent again are recognised without verifying them a second time."""
    _run_script(
        conn,
        """
        CREATE TABLE imported_bundles (
            sha256 TEXT PRIMARY KEY,            -- of the whole .inspection.zip file
            inspection_id TEXT NOT NULL REFERENCES inspections(id),
            recorded_at TEXT NOT NULL
        );
        CREATE TRIGGER imported_bundles_no_update BEFORE UPDATE ON imported_bundles
           BEGIN SELECT RAISE(ABORT, 'a recorded bundle hash cannot change'); END;
        """,
    )


def _to_v5(conn: sqlite3.Connection) -> None:
    """Head office: points lost per area of each inspection, cached like the score (written by
    Store.write_score_cache on every rescore), so the dashboard sums them instead of re-scoring;
    and an index to find a branch's latest two inspections without reading its whole history."""
    _run_script(
        conn,
        """
        CREATE TABLE area_losses (
            inspection_id TEXT NOT NULL,        -- no REFERENCES: the trigger below removes the rows
            area_id TEXT NOT NULL,
            points_lost REAL NOT NULL,          -- after the area cap; only areas that lost points
            PRIMARY KEY (inspection_id, area_id)
        ) WITHOUT ROWID;
        CREATE TRIGGER inspections_drop_area_losses AFTER DELETE ON inspections
           BEGIN DELETE FROM area_losses WHERE inspection_id = OLD.id; END;
        -- A branch's latest two inspections in one short backward walk (ties broken by id), and the
        -- dashboard's scans read only this index, not the wide rows.
        CREATE INDEX inspections_dashboard ON inspections(branch_id, started_at, id, status, type, score, corrects);
        """,
    )
    _fill_area_losses(conn)
    # Filled first: from here on a signed inspection's cache is as read-only as its findings.
    _run_script(conn, "\n".join(
        f"""CREATE TRIGGER area_losses_signed_no_{verb} BEFORE {verb.upper()} ON area_losses
            WHEN {_signed(row)} BEGIN SELECT RAISE(ABORT, 'inspection is signed and read-only'); END;"""
        for verb, row in (("insert", "NEW"), ("update", "OLD"), ("delete", "OLD"))))


def _to_v6(conn: sqlite3.Connection) -> None:
    """Head office: the signed report each imported inspection arrived with, kept byte for byte
    (the file under the data folder, named by its SHA-256), as evidence that cannot change."""
    _run_script(
        conn,
        """
        CREATE TABLE received_reports (
            inspection_id TEXT PRIMARY KEY REFERENCES inspections(id),
            sha256 TEXT NOT NULL,               -- of the PDF file
            path TEXT NOT NULL,                 -- relative to the data folder: received/<sha256>.pdf
            signer TEXT NOT NULL,               -- "name, organisation" of the certificate that signed it
            bundle_sha256 TEXT NOT NULL,        -- of the bundle file it came in
            recorded_at TEXT NOT NULL
        );
        CREATE TRIGGER received_reports_no_update BEFORE UPDATE ON received_reports
           BEGIN SELECT RAISE(ABORT, 'a received report cannot change'); END;
        CREATE TRIGGER received_reports_no_delete BEFORE DELETE ON received_reports
           BEGIN SELECT RAISE(ABORT, 'a received report cannot be removed'); END;
        """,
    )


def _fill_area_losses(conn: sqlite3.Connection) -> None:
    """Score every stored inspection from its findings and its own template version (scoring/deductions.py)."""
    import json

    from inspector import scoring
    from inspector.model import Finding

    templates = {(tid, version): json.loads(body)
                 for tid, version, body in conn.execute("SELECT template_id, version, body FROM templates")}
    kinds = {iid: (tid, version, kind) for iid, tid, version, kind in conn.execute(
        "SELECT id, template_id, template_version, type FROM inspections")}
    findings: dict[str, list[Finding]] = {iid: [] for iid in kinds}
    for iid, item_id, result, occurrences, repeat, selected in conn.execute(
            "SELECT inspection_id, item_id, result, occurrences, repeat, selected FROM findings WHERE result = 'fail'"):
        # Only failures cost points; the other findings cannot change an area's loss.
        if iid in findings:
            findings[iid].append(Finding(iid, item_id, result, occurrences, repeat=bool(repeat),
                                         selected=json.loads(selected)))
    rows = []
    for iid, (tid, version, kind) in kinds.items():
        result = scoring.score_inspection(templates[(tid, version)], findings[iid], kind)
        rows += [(iid, a.area_id, a.points_lost) for a in result.areas.values() if a.points_lost > 0]
    conn.executemany("INSERT INTO area_losses (inspection_id, area_id, points_lost) VALUES (?, ?, ?)", rows)


MIGRATIONS = {1: _to_v1, 2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5, 6: _to_v6}


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the open transaction; run statement by statement instead.
    for statement in _split_statements(script):
        conn.execute(statement)


def _split_statements(script: str) -> list[str]:
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Walk the ladder from the file's user_version to `target` in one transaction."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current >= target:
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(current + 1, target + 1):
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return target
