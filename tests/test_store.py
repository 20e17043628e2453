"""The store on a real SQLite file: round trip, locks, audit chain, bad files."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils
import sqlite_utils.plugins

from inspector.model import Signature, Timing
from inspector.store import SCHEMA_VERSION, Store, StoreError
from inspector.store.schema import migrate


def _signed_inspection(store: Store):
    branch = store.add_branch("0101", "城东支行", head="王行长")
    inspection = store.create_inspection(branch.id, "onsite", ["张三"])
    store.set_finding(inspection.id, "dress.uniform", result="fail", staff="A01", note="未着工装")
    store.set_rectification(inspection.id, "dress.uniform", "王行长", "2026-12-31")
    store.finish_inspection(inspection.id)
    for role, name in (("inspector", "张三"), ("branch_head", "王行长")):
        store.add_signature(Signature(inspection.id, role, name, "", "", [[(0.1, 0.2), (0.3, 0.4)]], b"\x89PNG"))
    return inspection


def test_round_trip_survives_reopening(data_dir, mini_template):
    with Store(data_dir.database, actor="t") as store:
        store.store_template(mini_template)
        branch = store.add_branch("0101", "城东支行", "人民路 18 号", "王行长", "城区")
        inspection = store.create_inspection(branch.id, "mystery", ["张三", " 李四 "])
        store.set_finding(inspection.id, "dress.uniform", result="fail", occurrences=2, staff="A012", note="未着工装")
        store.set_finding(inspection.id, "dress.badge", result="na")
        store.add_timing(Timing(None, inspection.id, "queue.wait", "wait", "", seconds=125.5))
    with Store(data_dir.database, actor="t") as store:
        again = store.get_inspection(inspection.id)
        assert again.inspectors == ["张三", "李四"]
        assert again.template_version == 1
        findings = {f.item_id: f for f in store.get_findings(inspection.id)}
        assert findings["dress.uniform"].note == "未着工装"
        assert findings["dress.uniform"].occurrences == 2
        assert findings["dress.badge"].result == "na"
        assert store.list_timings(inspection.id)[0].seconds == 125.5
        assert store.get_branch(branch.id).region == "城区"
        assert store.known_staff(branch.id) == [("A012", "")]
        row = store.list_inspections()[0]
        assert row.score == 98.0 and row.grade == "A"


def test_database_settings(store):
    assert store.database.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.database.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.database.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


class _PluginThatTouchesConnections:
    """A sqlite-utils plugin such as any installed package may bring: it adds an SQL function."""

    @sqlite_utils.hookimpl
    def prepare_connection(self, conn):
        conn.create_function("from_plugin", 0, lambda: 1)


def test_installed_sqlite_utils_plugins_do_not_touch_the_store(tmp_path):
    plugin = _PluginThatTouchesConnections()
    pm = sqlite_utils.plugins.pm
    pm.register(plugin)
    try:
        assert sqlite_utils.Database(memory=True).execute("SELECT from_plugin()").fetchone() == (1,)  # it is active
        with Store(tmp_path / "inspector.db") as store, pytest.raises(sqlite3.OperationalError):
            store.database.conn.execute("SELECT from_plugin()")
    finally:
        pm.unregister(plugin)


def test_failed_edit_leaves_nothing_behind(store):
    branch = store.add_branch("0101", "城东支行")
    inspection = store.create_inspection(branch.id, "onsite", ["张三"])
    entries = len(store.audit_entries())
    with pytest.raises(StoreError):
        store.set_finding(inspection.id, "no.such.item", result="fail")
    with pytest.raises(StoreError):
        store.set_finding(inspection.id, "dress.uniform", result="maybe")
    assert store.get_findings(inspection.id) == []
    assert len(store.audit_entries()) == entries


def test_signed_inspection_refuses_changes_from_the_store(store):
    inspection = _signed_inspection(store)
    assert store.get_inspection(inspection.id).status == "signed"
    with pytest.raises(StoreError) as info:
        store.set_finding(inspection.id, "dress.uniform", result="pass")
    assert info.value.code == "locked_record"
    with pytest.raises(StoreError):
        store.delete_inspection(inspection.id)
    with pytest.raises(StoreError):
        store.set_rectification(inspection.id, "dress.uniform", "别人", "2027-01-01")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE findings SET result = 'pass'",
        "DELETE FROM findings",
        "UPDATE inspections SET score = 100",
        "DELETE FROM inspections",
        "INSERT INTO findings (inspection_id, item_id, result, created_at, updated_at) SELECT id, 'dress.badge', 'fail', '', '' FROM inspections",
        "DELETE FROM signatures",
        "UPDATE rectifications SET deadline = '2099-01-01'",
        "DELETE FROM rectifications",
        "INSERT INTO timings (inspection_id, item_id, kind, recorded_at, seconds) SELECT id, 'queue.wait', 'wait', '', 1 FROM inspections",
    ],
)
def test_signed_inspection_refuses_changes_from_plain_sql(store, statement):
    _signed_inspection(store)
    raw = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="read-only"):
        raw.execute(statement)
    raw.close()


def test_rectification_can_be_closed_after_signing(store):
    inspection = _signed_inspection(store)
    closed = store.close_rectification(inspection.id, "dress.uniform", "已整改，员工已培训")
    assert closed.status == "closed" and closed.owner == "王行长"


def test_inspection_cannot_be_marked_signed_without_both_signatures(store):
    branch = store.add_branch("0101", "城东支行")
    inspection = store.create_inspection(branch.id, "onsite", ["张三"])
    store.finish_inspection(inspection.id)
    raw = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="must sign"):
        raw.execute("UPDATE inspections SET status = 'signed'")
    raw.close()


def test_correction_is_a_new_linked_draft(store):
    original = _signed_inspection(store)
    correction = store.create_correction(original.id)
    assert correction.corrects == original.id and correction.status == "draft"
    assert [f.result for f in store.get_findings(correction.id)] == ["fail"]
    store.set_finding(correction.id, "dress.uniform", result="pass")
    assert store.get_findings(original.id)[0].result == "fail"


def test_audit_chain_verifies_and_catches_an_edited_row(store):
    _signed_inspection(store)
    check = store.verify_audit_chain()
    assert check.ok and check.entries >= 8
    raw = sqlite3.connect(store.path)
    raw.execute("DROP TRIGGER audit_no_update")  # what a forger with the file would do
    raw.execute("UPDATE audit_log SET details = replace(details, '未着工装', '着装规范') WHERE action = 'finding.set'")
    raw.commit()
    raw.close()
    check = store.verify_audit_chain()
    assert not check.ok
    assert "changed" in check.problem


def test_audit_chain_catches_a_deleted_row(store):
    _signed_inspection(store)
    raw = sqlite3.connect(store.path)
    raw.execute("DROP TRIGGER audit_no_delete")
    raw.execute("DELETE FROM audit_log WHERE seq = 3")
    raw.commit()
    raw.close()
    assert not store.verify_audit_chain().ok


def test_audit_log_refuses_plain_sql_edits(store):
    store.add_branch("0101", "城东支行")
    raw = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw.execute("UPDATE audit_log SET actor = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        raw.execute("DELETE FROM audit_log")
    raw.close()


def test_every_edit_is_audited_with_actor(store):
    branch = store.add_branch("0101", "城东支行")
    inspection = store.create_inspection(branch.id, "onsite", ["张三"])
    store.set_finding(inspection.id, "dress.uniform", result="fail")
    store.set_finding(inspection.id, "dress.uniform", result="pass")
    actions = [(e.action, e.actor) for e in store.audit_entries(inspection.id)]
    assert actions == [("inspection.create", "tester"), ("finding.set", "tester"), ("finding.set", "tester")]
    assert '"before":{"result":"fail"}' in store.audit_entries(inspection.id)[-1].details


def test_new_template_version_never_rescores_an_old_inspection(store, mini_template):
    branch = store.add_branch("0101", "城东支行")
    old = store.create_inspection(branch.id, "onsite", ["张三"])
    store.set_finding(old.id, "dress.badge", result="fail")
    assert store.score_of(old.id).score == 97.0
    newer = dict(mini_template, version=2)
    newer["items"] = [dict(i, deduction=5) if i["id"] == "dress.badge" else i for i in mini_template["items"]]
    assert store.store_template(newer)
    assert not store.store_template(newer)  # a version is stored once, as first loaded
    assert store.score_of(old.id).score == 97.0
    new = store.create_inspection(branch.id, "onsite", ["张三"])
    assert new.template_version == 2
    store.set_finding(new.id, "dress.badge", result="fail")
    assert store.score_of(new.id).score == 95.0  # capped by the area cap of 5


def test_migrates_a_version_1_database_keeping_its_data(data_dir, mini_template):
    data_dir.root.mkdir(parents=True)
    raw = sqlite3.connect(data_dir.database, isolation_level=None)
    migrate(raw, target=1)
    raw.execute("INSERT INTO branches (id, code, name, created_at, updated_at) VALUES ('b1', '0101', '城东支行', 'now', 'now')")
    raw.close()
    with Store(data_dir.database) as store:
        assert store.database.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        branch = store.get_branch("b1")
        assert branch.name == "城东支行" and branch.region == ""
        store.update_branch("b1", region="城区")
        assert store.get_branch("b1").region == "城区"


def test_missing_database_is_created(tmp_path):
    path = tmp_path / "new" / "folder" / "inspector.db"
    with Store(path) as store:
        assert store.list_branches() == []
    assert path.exists()


def _assert_refused_unchanged(path, code):
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.code == code
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()
    return info.value


def test_corrupt_database_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "inspector.db"
    path.write_bytes(b"this is not a database at all" * 100)
    error = _assert_refused_unchanged(path, "corrupt")
    assert "backup" in str(error)


def test_damaged_database_page_is_refused(tmp_path, mini_template):
    path = tmp_path / "inspector.db"
    with Store(path) as store:
        store.store_template(mini_template)
        store.add_branch("0101", "城东支行")
        store.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage garbage!"  # the header that says "SQLite format 3"
    path.write_bytes(bytes(data))
    _assert_refused_unchanged(path, "corrupt")


def test_other_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "inspector.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE something_else (x)")
    raw.commit()
    raw.close()
    _assert_refused_unchanged(path, "corrupt")


def test_database_from_a_newer_app_is_refused(tmp_path):
    path = tmp_path / "inspector.db"
    with Store(path):
        pass
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()
    error = _assert_refused_unchanged(path, "too_new")
    assert "newer version" in str(error)


def test_read_only_database_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "inspector.db"
    with Store(path):
        pass
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()
    path.chmod(0o444)
    try:
        error = _assert_refused_unchanged(path, "read_only")
        assert "read-only" in str(error)
    finally:
        path.chmod(0o644)
