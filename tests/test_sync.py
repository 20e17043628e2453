"""Sync bundles across two real data folders: build and sign in A, verify and import into B."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import sqlite3
import struct
import zipfile
from dataclasses import asdict
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from inspector.cli import main as cli_main
from inspector.demo import DEMO_PASSPHRASE, ensure_demo_identity, fill_demo
from inspector.paths import DataDir
from inspector.signing.keys import create_identity, load_key_material
from inspector.store import Store
from inspector.sync import (
    SyncError,
    build_bundle,
    bundle_all_unsynced,
    bundle_signer,
    import_bundles,
    validate_data,
    verify_bundle,
)
from inspector.sync.container import member_info
from inspector.sync.manifest_signature import check_manifest_signature, key_manifest_signer
from tests.conftest import MINI_TEMPLATE


@pytest.fixture(scope="module")
def laptop(tmp_path_factory):
    """Data folder A: demo data, two signed inspections, bundled and signed with the demo key."""
    root = tmp_path_factory.mktemp("laptop")
    a = DataDir(root / "A")
    store = Store(a.database, actor="clerk")
    store.store_template(json.loads(json.dumps(MINI_TEMPLATE)))
    ids = fill_demo(store, a, inspections=4)
    identity = ensure_demo_identity(a.keys)
    signer = bundle_signer(a.keys, DEMO_PASSPHRASE)
    progress = []
    summary = bundle_all_unsynced(store, a.outbox, signer, progress=lambda d, t: progress.append((d, t)))
    signed = [i for i in ids if store.get_inspection(i).status == "signed"]
    draft = next(i for i in ids if store.get_inspection(i).status == "draft")
    pem = identity.certificate.public_bytes(serialization.Encoding.PEM)
    # The laptop's own key, loaded outside the app: what an insider (or a newer Inspector) signs with.
    key, cert, _ = load_key_material(a.keys, identity.fingerprint, DEMO_PASSPHRASE)
    yield {"dir": a, "store": store, "bundles": summary.written, "signed": signed, "draft": draft, "pem": pem,
           "summary": summary, "progress": progress, "signer": signer, "resign": key_manifest_signer(key, cert)}
    store.close()


@pytest.fixture
def head_office(tmp_path, laptop):
    """Data folder B, trusting A's certificate."""
    b = DataDir(tmp_path / "B")
    (b.root / "trust").mkdir(parents=True)
    (b.root / "trust" / "laptop.pem").write_bytes(laptop["pem"])
    store = Store(b.database, actor="head-office")
    yield b, store
    store.close()


def _rewrite(src: Path, dst: Path, change: dict, recompute_manifest: bool, extra: dict | None = None,
             resign=None, reverse: bool = False) -> Path:
    """Copy a bundle with some members replaced (name → bytes), optionally with a fresh manifest,
    signed again with ``resign`` (a sign_manifest) when given; written with Inspector's fixed zip
    fields (as a laptop would), members in reverse order when ``reverse``."""
    with zipfile.ZipFile(src) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members.update(change)
    if recompute_manifest:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                               for n, d in members.items() if n not in ("manifest.json", "manifest.sig")}
        members["manifest.json"] = json.dumps(manifest).encode()
    if resign is not None:
        members["manifest.sig"] = resign(members["manifest.json"])
    members.update(extra or {})
    with zipfile.ZipFile(dst, "w") as zf:
        for name, data in (reversed(members.items()) if reverse else members.items()):
            zf.writestr(member_info(name), data)
    return dst


def test_bundles_are_written_atomically_and_recorded(laptop):
    summary, store = laptop["summary"], laptop["store"]
    assert len(summary.written) == len(laptop["signed"]) == 2 and not summary.failed
    assert laptop["progress"][-1] == (2, 2)
    outbox = laptop["dir"].outbox
    assert sorted(p.name for p in outbox.iterdir()) == sorted(p.name for p in summary.written)  # no temp files
    for inspection_id in laptop["signed"]:
        exports = store.list_exports(inspection_id)
        assert [e["kind"] for e in exports] == ["bundle"] and exports[0]["exported_by"] == "clerk"
        assert any(inspection_id in p.name and exports[0]["path"] == str(p) for p in summary.written)
    with zipfile.ZipFile(summary.written[0]) as zf:
        names = set(zf.namelist())
        data = json.loads(zf.read("inspection.json"))
        manifest_bytes = zf.read("manifest.json")
        manifest = json.loads(manifest_bytes)
        assert {"report.pdf", "inspection.json", "manifest.json", "manifest.sig"} <= names
        assert data["bundle_format"] == 2 == manifest["bundle_format"] and data["inspection"]["status"] == "signed"
        assert data["template"]["body"]["id"] == "mini" and data["audit"]
        assert set(manifest["members"]) == names - {"manifest.json", "manifest.sig"}
        cert, problem = check_manifest_signature(manifest_bytes, zf.read("manifest.sig"))
        assert problem == "" and cert.public_bytes(serialization.Encoding.PEM) == laptop["pem"]
        for photo in data["photos"]:
            assert hashlib.sha256(zf.read(photo["member"])).hexdigest() == photo["sha256"]
    # Nothing is left to bundle a second time.
    again = bundle_all_unsynced(store, outbox, laptop["signer"])
    assert again.written == [] and again.failed == []


def test_draft_cannot_be_bundled(laptop, tmp_path):
    with pytest.raises(SyncError) as info:
        build_bundle(laptop["store"], laptop["draft"], tmp_path, laptop["signer"])
    assert info.value.code == "not_signed"
    assert list(tmp_path.iterdir()) == []


def test_import_into_second_data_dir(laptop, head_office):
    a_store = laptop["store"]
    b, store = head_office
    summary = import_bundles(store, laptop["bundles"], b.root / "trust", b.photos)
    assert sorted(summary.imported) == sorted(laptop["signed"])
    assert summary.already_present == [] and summary.refused == []
    for inspection_id in laptop["signed"]:
        ours, theirs = a_store.snapshot(inspection_id), store.snapshot(inspection_id)
        assert theirs.inspection.status == "signed"
        assert [asdict(f) for f in theirs.findings] == [asdict(f) for f in ours.findings]
        assert theirs.branch.code == ours.branch.code and theirs.branch.name == ours.branch.name
        assert [(s.role, s.name, s.image_png, s.signed_at) for s in theirs.signatures] == \
               [(s.role, s.name, s.image_png, s.signed_at) for s in ours.signatures]
        assert asdict(theirs.rectifications[0]) == asdict(ours.rectifications[0]) if ours.rectifications else True
        assert store.score_of(inspection_id).score == a_store.score_of(inspection_id).score
        keys = ("id", "sha256", "item_id", "taken_at", "original_name", "imported_at", "width", "height")
        assert [[getattr(p, k) for k in keys] for p in theirs.photos] == [[getattr(p, k) for k in keys] for p in ours.photos]
        for mine, copy in zip(ours.photos, theirs.photos, strict=True):
            original = (b.photos / copy.original_path).read_bytes()
            assert original == (laptop["dir"].photos / mine.original_path).read_bytes()
            assert not (b.photos / copy.display_path).exists()  # previews come later (photo_copies)
    assert sum(len(a_store.list_photos(i)) for i in laptop["signed"]) > 0  # the check above compared something
    assert store.verify_audit_chain().ok
    # The batch's commits were grouped; the store is back to a synced commit per edit, and the
    # last one (the import time) made the batch durable.
    assert store.database.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.get_setting("sync.last_import_at", "")
    imports = [e for e in store.audit_entries() if e.action == "inspection.import"]
    assert len(imports) == 2 and json.loads(imports[0].details)["source_audit"]
    # A signed import is as read-only at head office as on the laptop.
    with pytest.raises(Exception, match="signed"):
        store.set_finding(laptop["signed"][0], "dress.uniform", note="changed")


def test_head_office_report_of_an_imported_inspection_has_its_photos(laptop, head_office):
    """No previews are stored by the import; the report makes the display copies it embeds."""
    import pypdf

    from inspector.report.build import build_report

    b, store = head_office
    import_bundles(store, laptop["bundles"], b.root / "trust", b.photos)
    iid = next(i for i in laptop["signed"] if store.snapshot(i).photos)
    snapshot = store.snapshot(iid)
    pdf = build_report(snapshot, "zh")
    images = [img for page in pypdf.PdfReader(io.BytesIO(pdf)).pages for img in page.images]
    for photo in snapshot.photos:
        display = (b.photos / photo.display_path).read_bytes()
        assert display in pdf  # embedded as it is
    assert len(images) >= len(snapshot.photos)


def test_head_office_keeps_the_signed_report_as_received(laptop, head_office, tmp_path):
    from inspector.signing.pades import verify_pdf

    b, store = head_office
    import_bundles(store, laptop["bundles"], b.root / "trust", b.photos)
    for inspection_id in laptop["signed"]:
        bundle = next(p for p in laptop["bundles"] if inspection_id in p.name)
        sent = zipfile.ZipFile(bundle).read("report.pdf")
        received = store.received_report(inspection_id)
        kept = b.root / received.path
        assert kept.read_bytes() == sent and received.sha256 == hashlib.sha256(sent).hexdigest()
        assert kept.parent == b.received and received.signer and received.bundle_sha256
        assert verify_pdf(kept, b.root / "trust").status == "valid"
    assert store.received_report(laptop["draft"]) is None
    # Evidence: the record cannot be changed or removed, not even with plain SQL.
    raw = sqlite3.connect(b.database)
    for sql in ("UPDATE received_reports SET path = 'x'", "DELETE FROM received_reports"):
        with pytest.raises(sqlite3.DatabaseError, match="received report"):
            raw.execute(sql)
    raw.close()
    # `export` hands out exactly those bytes; --rebuild builds a new (unsigned: no key here) report instead.
    target, iid = tmp_path / "copy.pdf", laptop["signed"][0]
    out, err = io.StringIO(), io.StringIO()
    assert cli_main(["--data-dir", str(b.root), "export", iid, "--out", str(target)], out, err) == 0
    assert target.read_bytes() == (b.root / store.received_report(iid).path).read_bytes()
    assert "as received" in out.getvalue()
    rebuilt = tmp_path / "rebuilt.pdf"
    assert cli_main(["--data-dir", str(b.root), "export", iid, "--out", str(rebuilt), "--rebuild"], out, err) == 0
    assert rebuilt.read_bytes() != target.read_bytes()
    # A damaged kept copy is refused, not handed out.
    kept = b.root / store.received_report(iid).path
    kept.write_bytes(kept.read_bytes()[:-10])
    err = io.StringIO()
    assert cli_main(["--data-dir", str(b.root), "export", iid, "--out", str(tmp_path / "bad.pdf")], out, err) == 2
    assert "not the one received" in err.getvalue() and not (tmp_path / "bad.pdf").exists()


def test_rectifications_closed_on_the_laptop_later_reach_head_office(laptop, head_office, tmp_path):
    from inspector.sync import unsynced_ids

    b, store = head_office
    a = DataDir(tmp_path / "A")
    shutil.copytree(laptop["dir"].root, a.root)  # this test changes the laptop's data
    with Store(a.database, actor="supervisor") as mine:
        import_bundles(store, laptop["bundles"], b.root / "trust", b.photos)  # the laptop's first bundles
        assert unsynced_ids(mine) == []
        iid, opened = next((i, r) for i in laptop["signed"] for r in mine.snapshot(i).rectifications)
        other = [r.item_id for r in mine.snapshot(iid).rectifications if r.item_id != opened.item_id]
        # Head office closes one itself meanwhile (when there is a second); the laptop closes both.
        if other:
            store.close_rectification_with_evidence(iid, other[0], "总行核实已整改")
            mine.close_rectification_with_evidence(iid, other[0], "网点自行关闭")
        mine.close_rectification_with_evidence(iid, opened.item_id, "已更换工牌并拍照留存")
        assert unsynced_ids(mine) == [iid]  # changed since its bundle: sent again
        again = bundle_all_unsynced(mine, a.outbox / "again", laptop["signer"]).written
        laptop_rect = next(r for r in mine.snapshot(iid).rectifications if r.item_id == opened.item_id)
    summary = import_bundles(store, again, b.root / "trust", b.photos)
    assert summary.already_present == [iid] and summary.closings == [(iid, opened.item_id)]
    here = {r.item_id: r for r in store.snapshot(iid).rectifications}
    assert here[opened.item_id].status == "closed" and here[opened.item_id].closing_note == "已更换工牌并拍照留存"
    assert here[opened.item_id].closed_at == laptop_rect.closed_at
    if other:
        assert here[other[0]].closing_note == "总行核实已整改"  # a closing made here is never undone
    closes = [e for e in store.audit_entries(iid) if e.action == "rectification.close"]
    assert json.loads(closes[-1].details)["from"] == again[0].name and store.verify_audit_chain().ok
    # The same file again, or head office's own imported inspections: nothing more to do.
    assert import_bundles(store, again, b.root / "trust", b.photos).closings == []
    assert unsynced_ids(store) == []


def test_second_import_changes_nothing(laptop, head_office):
    b, store = head_office
    import_bundles(store, laptop["bundles"], b.root / "trust", b.photos)
    audit_before = len(store.audit_entries())
    again = import_bundles(store, laptop["bundles"] + laptop["bundles"][:1], b.root / "trust", b.photos)
    assert again.imported == [] and again.refused == []
    first_id = json.loads(zipfile.ZipFile(laptop["bundles"][0]).read("inspection.json"))["inspection"]["id"]
    assert sorted(again.already_present) == sorted(laptop["signed"] + [first_id])
    assert len(store.audit_entries()) == audit_before
    assert len(store.list_inspections()) == 2


def test_existing_branch_is_matched_by_code(laptop, head_office):
    b, store = head_office
    data = json.loads(zipfile.ZipFile(laptop["bundles"][0]).read("inspection.json"))
    local = store.add_branch(data["branch"]["code"], "本地名称")
    import_bundles(store, laptop["bundles"][:1], b.root / "trust", b.photos)
    assert store.get_inspection(data["inspection"]["id"]).branch_id == local.id
    assert len([br for br in store.list_branches() if br.code == data["branch"]["code"]]) == 1
    again = import_bundles(store, laptop["bundles"][:1], b.root / "trust", b.photos)
    assert again.already_present == [data["inspection"]["id"]] and again.refused == []


def _refusal(store, b, path):
    summary = import_bundles(store, [path], b.root / "trust", b.photos)
    assert summary.imported == [] and len(summary.refused) == 1
    assert store.list_inspections() == []
    return summary.refused[0][1]


def test_photo_byte_changed_is_refused(laptop, head_office, tmp_path):
    b, store = head_office
    src = next(p for p in laptop["bundles"] if any(n.startswith("photos/") for n in zipfile.ZipFile(p).namelist()))
    name = next(n for n in zipfile.ZipFile(src).namelist() if n.startswith("photos/"))
    data = bytearray(zipfile.ZipFile(src).read(name))
    data[len(data) // 2] ^= 0x01
    bad = _rewrite(src, tmp_path / "photo.inspection.zip", {name: bytes(data)}, recompute_manifest=False)
    reason = _refusal(store, b, bad)
    assert name in reason and "manifest" in reason


def test_data_changed_with_fresh_manifest_is_refused(laptop, head_office, tmp_path):
    b, store = head_office
    src = laptop["bundles"][0]
    data = json.loads(zipfile.ZipFile(src).read("inspection.json"))
    data["findings"][0]["note"] = "改过了"
    changed = {"inspection.json": json.dumps(data, ensure_ascii=False).encode()}
    bad = _rewrite(src, tmp_path / "data.inspection.zip", changed, recompute_manifest=True)
    check = verify_bundle(bad, b.root / "trust")
    assert not check.ok and check.code == "manifest_mismatch"
    assert "manifest signature does not match" in _refusal(store, b, bad)
    # Even with the manifest signed again by the laptop's own key, the report's digest catches it.
    resigned = _rewrite(src, tmp_path / "data2.inspection.zip", changed, recompute_manifest=True,
                        resign=laptop["resign"])
    check = verify_bundle(resigned, b.root / "trust")
    assert not check.ok and check.code == "digest_mismatch"
    assert "data hash" in _refusal(store, b, resigned)


def test_template_edit_with_fresh_manifest_is_refused(laptop, head_office, tmp_path):
    """The stress suite's forgery: a gentler template (and its sha256) makes 95.0 A out of 19.0 D."""
    b, store = head_office
    src = laptop["bundles"][0]
    data = json.loads(zipfile.ZipFile(src).read("inspection.json"))
    for item in data["template"]["body"]["items"]:
        item["deduction"] = 0.01
    data["template"]["sha256"] = hashlib.sha256(
        json.dumps(data["template"]["body"], ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    data["audit"] = []
    bad = _rewrite(src, tmp_path / "tpl.inspection.zip",
                   {"inspection.json": json.dumps(data, ensure_ascii=False).encode()}, recompute_manifest=True)
    check = verify_bundle(bad, b.root / "trust")
    assert not check.ok and check.code == "manifest_mismatch" and "manifest signature" in check.reason
    assert store.list_inspections() == [] and _refusal(store, b, bad)


def test_manifest_signed_by_another_trusted_key_is_refused(laptop, head_office, tmp_path):
    """A second, also trusted, key re-signs an edited manifest: it must be the report's own signer."""
    b, store = head_office
    other = create_identity(tmp_path / "other-keys", "李四", "另一支行", "pw-other")
    (b.root / "trust" / "other.pem").write_bytes(other.certificate.public_bytes(serialization.Encoding.PEM))
    key, cert, _ = load_key_material(tmp_path / "other-keys", other.fingerprint, "pw-other")
    src = laptop["bundles"][0]
    data = json.loads(zipfile.ZipFile(src).read("inspection.json"))
    data["score"]["score"] = 100.0
    bad = _rewrite(src, tmp_path / "other.inspection.zip",
                   {"inspection.json": json.dumps(data, ensure_ascii=False).encode()}, recompute_manifest=True,
                   resign=key_manifest_signer(key, cert))
    check = verify_bundle(bad, b.root / "trust")
    assert not check.ok and check.code == "manifest_signer"
    assert "signed by a different key" in check.reason and "李四" in check.reason
    # The untouched bundle still passes with both certificates trusted.
    assert verify_bundle(src, b.root / "trust").ok


def test_unsigned_or_format_1_bundles_are_refused(laptop, head_office, tmp_path):
    b, store = head_office
    src = laptop["bundles"][0]
    with zipfile.ZipFile(src) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    no_sig = tmp_path / "nosig.inspection.zip"
    with zipfile.ZipFile(no_sig, "w") as zf:
        for name, body in members.items():
            if name != "manifest.sig":
                zf.writestr(name, body)
    check = verify_bundle(no_sig, b.root / "trust")
    assert not check.ok and check.code == "manifest_mismatch" and "manifest.sig is missing" in check.reason
    manifest = json.loads(members["manifest.json"])
    manifest["bundle_format"] = 1
    old = _rewrite(no_sig, tmp_path / "old.inspection.zip", {"manifest.json": json.dumps(manifest).encode()},
                   recompute_manifest=False)
    check = verify_bundle(old, b.root / "trust")
    assert not check.ok and check.code == "unsupported_format"
    assert "format 1" in check.reason and "write the bundle again" in check.reason
    # A signature of other bytes (the manifest of another bundle) does not fit this manifest.
    other_sig = zipfile.ZipFile(laptop["bundles"][1]).read("manifest.sig")
    swapped = _rewrite(src, tmp_path / "swapsig.inspection.zip", {"manifest.sig": other_sig}, recompute_manifest=False)
    assert "manifest signature does not match" in _refusal(store, b, swapped)


def test_carried_template_must_be_a_valid_template(laptop, head_office, tmp_path):
    """Signed by the laptop's key and still refused: head office scores with this body."""
    b, store = head_office
    src = laptop["bundles"][0]
    data = json.loads(zipfile.ZipFile(src).read("inspection.json"))
    data["template"]["body"]["scoring"]["grades"] = []
    bad = _rewrite(src, tmp_path / "grades.inspection.zip",
                   {"inspection.json": json.dumps(data, ensure_ascii=False).encode()}, recompute_manifest=True,
                   resign=laptop["resign"])
    check = verify_bundle(bad, b.root / "trust")
    assert not check.ok and check.code == "invalid_data"
    assert "template.body: scoring" in check.reason and "grades" in check.reason
    data = json.loads(zipfile.ZipFile(src).read("inspection.json"))
    data["template"]["sha256"] = "0" * 64
    bad = _rewrite(src, tmp_path / "sha.inspection.zip",
                   {"inspection.json": json.dumps(data, ensure_ascii=False).encode()}, recompute_manifest=True,
                   resign=laptop["resign"])
    check = verify_bundle(bad, b.root / "trust")
    assert not check.ok and check.code == "invalid_data" and "template.sha256" in check.reason


def test_validate_data_answers_odd_types_with_messages(laptop):
    data = json.loads(zipfile.ZipFile(laptop["bundles"][0]).read("inspection.json"))
    assert validate_data(data) == []
    odd = json.loads(json.dumps(data))
    odd["template"]["body"]["items"][0]["id"] = ["dress.uniform"]
    errors = validate_data(odd)
    assert any(e.startswith("template.body: items[0]") and '"id"' in e for e in errors), errors
    odd = json.loads(json.dumps(data))
    odd["template"]["body"]["items"] = 5
    errors = validate_data(odd)
    assert any("template.body: items: must be a non-empty list" in e for e in errors), errors
    odd = json.loads(json.dumps(data))
    odd["findings"][0]["note"] = 2 ** 20000  # str() of it raises ValueError in Python 3.11+
    errors = validate_data(odd)
    assert len(errors) == 1 and errors[0].startswith("findings[0].note must be str, not int"), errors
    assert validate_data(odd["findings"]) == ["inspection.json must be an object, not list"]
    # A template checked once is recognised by an equal body; a softened one with the same claimed
    # SHA-256 is checked again and refused.
    assert validate_data(json.loads(json.dumps(data))) == []
    soft = json.loads(json.dumps(data))
    soft["template"]["body"]["items"][0]["deduction"] = 0.5
    assert any("template.sha256" in e for e in validate_data(soft))


def test_pdf_of_another_inspection_is_refused(laptop, head_office, tmp_path):
    b, store = head_office
    first, second = laptop["bundles"]
    other_pdf = zipfile.ZipFile(second).read("report.pdf")
    bad = _rewrite(first, tmp_path / "swap.inspection.zip", {"report.pdf": other_pdf}, recompute_manifest=True)
    assert verify_bundle(bad, b.root / "trust").code == "manifest_mismatch"
    resigned = _rewrite(first, tmp_path / "swap2.inspection.zip", {"report.pdf": other_pdf}, recompute_manifest=True,
                        resign=laptop["resign"])
    check = verify_bundle(resigned, b.root / "trust")
    assert not check.ok and check.code == "pdf_mismatch"
    assert "swapped" in _refusal(store, b, resigned)


def test_untrusted_signer_is_refused(laptop, tmp_path):
    b = DataDir(tmp_path / "B2")
    (b.root / "trust").mkdir(parents=True)
    with Store(b.database) as store:
        summary = import_bundles(store, laptop["bundles"][:1], b.root / "trust", b.photos)
        assert summary.imported == [] and "trust folder" in summary.refused[0][1]
        assert verify_bundle(laptop["bundles"][0], b.root / "trust").code == "untrusted"


def _container_fields(raw: bytes) -> dict[str, int]:
    """Byte offsets of zip container fields that Python's zipfile does not check, found with zipfile + struct."""
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        infos, central = zf.infolist(), zf.start_dir
    first = infos[0]
    data = next(i for i in infos if i.filename == "inspection.json")
    name_len, extra_len = struct.unpack("<HH", raw[data.header_offset + 26: data.header_offset + 30])
    last_central = central + sum(46 + len(i.filename) for i in infos[:-1])
    end = len(raw) - 22
    return {
        "local version needed": first.header_offset + 4, "local flags": first.header_offset + 6,
        "local time": first.header_offset + 10, "local date": first.header_offset + 13,
        "central version made by": central + 4, "central made-by system": central + 5,
        "central date": central + 14, "central disk number": central + 34,
        "central internal attributes": central + 36, "central external attributes": central + 40,
        "last central name length": last_central + 28, "last central extra length": last_central + 30,
        "last central comment length": last_central + 32, "last central offset": last_central + 42,
        "end disk number": end + 4, "end entries on disk": end + 8, "end entries": end + 10,
        "end central size": end + 12, "end central offset": end + 16, "end comment length": end + 20,
        # deflate ignores the unused high bits of a stream's last byte, and the CRC is of the inflated data
        "inspection.json last compressed byte": data.header_offset + 30 + name_len + extra_len + data.compress_size - 1,
        "last byte of the file": len(raw) - 1,
    }


def test_container_field_flips_are_refused_as_zip_structure(laptop, head_office, tmp_path):
    b, _store = head_office
    raw = laptop["bundles"][0].read_bytes()
    target = tmp_path / "flipped.inspection.zip"
    wrong = {}
    for field, pos in _container_fields(raw).items():
        for mask in (0x01, 0x80):  # the lowest and the highest bit: the last compressed byte's padding is high
            target.write_bytes(raw[:pos] + bytes([raw[pos] ^ mask]) + raw[pos + 1:])
            check = verify_bundle(target, b.root / "trust")
            if check.ok or check.code != "zip_structure":
                wrong[f"{field} ^ {mask:#x}"] = check.code or "accepted"
    for label, changed in {"a byte after the end record": raw + b"\0", "an archive comment": raw[:-2] + b"\x01\0x"}.items():
        target.write_bytes(changed)
        check = verify_bundle(target, b.root / "trust")
        if check.ok or check.code != "zip_structure":
            wrong[label] = check.code or "accepted"
    assert not wrong, wrong
    assert verify_bundle(laptop["bundles"][0], b.root / "trust").ok  # the control


def test_bundles_are_written_with_fixed_container_fields(laptop):
    """Same fields whatever the clock, umask or OS: nothing in the container depends on the laptop."""
    for path in laptop["bundles"]:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                assert (info.date_time, info.create_system, info.create_version, info.extract_version,
                        info.flag_bits, info.internal_attr, info.external_attr, info.extra, info.comment) == (
                    (1980, 1, 1, 0, 0, 0), 3, 20, 20, 0, 0, 0o100644 << 16, b"", b""), info
                stored = info.filename.endswith((".pdf", ".sig")) or info.filename.startswith("photos/")
                assert info.compress_type == (zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED), info
            assert zf.comment == b""


def test_manifest_sig_in_another_spelling_is_refused(laptop, head_office, tmp_path):
    """JSON spacing and base64 padding bits are ignored by the parsers; the exact bytes are required."""
    b, _store = head_office
    src = laptop["bundles"][0]
    manifest = zipfile.ZipFile(src).read("manifest.json")
    # ECDSA signatures are 70-72 bytes: sign until the base64 ends in "=" (and so has unused bits)
    sig = next(s for s in (laptop["resign"](manifest) for _ in range(64))
               if len(base64.b64decode(json.loads(s)["signature"])) % 3)
    doc = json.loads(sig)
    b64 = doc["signature"].rstrip("=")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    # the last character before "=" carries 2 or 4 unused bits: +1 changes only those
    same_value = b64[:-1] + alphabet[alphabet.index(b64[-1]) + 1] + doc["signature"][len(b64):]
    assert base64.b64decode(same_value) == base64.b64decode(doc["signature"])
    for label, changed in {
        "tab for a space": sig.replace(b'\n "algorithm"', b'\n\t"algorithm"', 1),
        "base64 padding bits": sig.replace(doc["signature"].encode(), same_value.encode()),
    }.items():
        assert changed != sig and check_manifest_signature(manifest, changed)[0]
        bad = _rewrite(src, tmp_path / "sig.inspection.zip", {"manifest.sig": changed}, recompute_manifest=False)
        check = verify_bundle(bad, b.root / "trust")
        assert not check.ok and check.code == "manifest_mismatch" and "manifest.sig" in check.reason, label
    same = _rewrite(src, tmp_path / "same.inspection.zip", {"manifest.sig": sig}, recompute_manifest=False)
    assert verify_bundle(same, b.root / "trust").ok  # the control: the same signature as written


def test_path_traversal_and_garbage_are_refused(laptop, head_office, tmp_path):
    b, store = head_office
    evil = _rewrite(laptop["bundles"][0], tmp_path / "evil.inspection.zip", {}, recompute_manifest=False,
                    extra={"../evil.txt": b"boo"})
    assert "path traversal" in _refusal(store, b, evil)
    assert not (b.root.parent / "evil.txt").exists()
    junk = tmp_path / "junk.inspection.zip"
    junk.write_bytes(b"not a zip at all")
    assert "not a readable bundle" in _refusal(store, b, junk)
    schema_bad = _rewrite(laptop["bundles"][0], tmp_path / "schema.inspection.zip",
                          {"inspection.json": b'{"bundle_format": 2, "inspection": 3}'}, recompute_manifest=True,
                          resign=laptop["resign"])
    reason = _refusal(store, b, schema_bad)
    assert "inspection.json is invalid" in reason and "branch is missing" in reason


def test_same_inspection_with_other_content_is_refused(laptop, head_office, tmp_path):
    """A second laptop with the same inspection id but different (validly signed) data."""
    b, store = head_office
    import_bundles(store, laptop["bundles"], b.root / "trust", b.photos)
    other = DataDir(tmp_path / "A2")
    shutil.copytree(laptop["dir"].root, other.root)
    for leftover in other.outbox.iterdir():
        leftover.unlink()
    target = laptop["signed"][0]
    with sqlite3.connect(other.database) as conn:  # forge a diverging copy below the store's locks
        conn.execute("DROP TRIGGER findings_signed_no_update")
        conn.execute("UPDATE findings SET note = 'another note' WHERE inspection_id = ?", (target,))
    with Store(other.database) as forged:
        path = build_bundle(forged, target, other.outbox, laptop["signer"])
    summary = import_bundles(store, [path], b.root / "trust", b.photos)
    assert summary.imported == [] and "different content" in summary.refused[0][1]


def test_cli_import_prints_counts_and_exit_codes(laptop, head_office, tmp_path):
    b, store = head_office
    store.close()
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["--data-dir", str(b.root), "import", *map(str, laptop["bundles"])], out, err)
    assert code == 0, err.getvalue()
    assert "imported:        2" in out.getvalue() and "refused:         0" in out.getvalue()
    junk = tmp_path / "junk.inspection.zip"
    junk.write_bytes(b"junk")
    out = io.StringIO()
    code = cli_main(["--data-dir", str(b.root), "import", str(junk), str(laptop["bundles"][0])], out, err)
    assert code == 1
    assert "already present: 1" in out.getvalue() and "refused junk.inspection.zip" in out.getvalue()


def test_cli_bundle_writes_signed_bundle(laptop, tmp_path):
    a = DataDir(tmp_path / "A3")
    shutil.copytree(laptop["dir"].root, a.root)
    out, err = io.StringIO(), io.StringIO()
    target = laptop["signed"][0]
    code = cli_main(["--data-dir", str(a.root), "bundle", target[:8], "--out", str(tmp_path / "usb"),
                     "--passphrase", DEMO_PASSPHRASE], out, err)
    assert code == 0, err.getvalue()
    written = list((tmp_path / "usb").iterdir())
    assert len(written) == 1 and target in written[0].name
    trust = tmp_path / "trust"
    trust.mkdir()
    (trust / "a.pem").write_bytes(laptop["pem"])
    assert verify_bundle(written[0], trust).ok
    code = cli_main(["--data-dir", str(a.root), "bundle", laptop["draft"], "--out", str(tmp_path / "usb"),
                     "--passphrase", DEMO_PASSPHRASE], out, err)
    assert code == 1 and "only a signed inspection" in err.getvalue()


def test_unknown_optional_fields_are_tolerated(laptop, head_office, tmp_path):
    """Format 2 may gain optional fields; an older reader imports the rest and stays idempotent."""
    b, store = head_office
    src = laptop["bundles"][0]
    data = json.loads(zipfile.ZipFile(src).read("inspection.json"))
    data["inspection"]["weather"] = "晴"
    data["findings"][0]["confidence"] = 0.9
    newer = _rewrite(src, tmp_path / "newer.inspection.zip",
                     {"inspection.json": json.dumps(data, ensure_ascii=False).encode()}, recompute_manifest=True,
                     resign=laptop["resign"])  # as a newer Inspector on the laptop would sign it
    first = import_bundles(store, [newer], b.root / "trust", b.photos)
    assert first.imported == [data["inspection"]["id"]]
    again = import_bundles(store, [src], b.root / "trust", b.photos)
    assert again.already_present == [data["inspection"]["id"]]


def test_same_bytes_again_are_present_without_checking_again(laptop, head_office):
    """The fast path: a file whose exact bytes were imported is recognised by its SHA-256."""
    b, store = head_office
    first = import_bundles(store, laptop["bundles"], b.root / "trust", b.photos)
    assert sorted(first.imported) == sorted(laptop["signed"])
    audit_before = len(store.audit_entries())
    # No trust folder: a full check would refuse every bundle as untrusted, so "present" proves the skip.
    again = import_bundles(store, laptop["bundles"], None, b.photos)
    assert sorted(again.already_present) == sorted(laptop["signed"]) and again.refused == []
    assert len(store.audit_entries()) == audit_before
    sha = hashlib.sha256(laptop["bundles"][0].read_bytes()).hexdigest()
    iid = json.loads(zipfile.ZipFile(laptop["bundles"][0]).read("inspection.json"))["inspection"]["id"]
    assert store.imported_bundle(sha) == iid


def test_same_inspection_in_other_bytes_is_checked_in_full(laptop, head_office, tmp_path):
    b, store = head_office
    src = laptop["bundles"][0]
    import_bundles(store, [src], b.root / "trust", b.photos)
    iid = json.loads(zipfile.ZipFile(src).read("inspection.json"))["inspection"]["id"]
    # Same members, other zip bytes (the members in another order): the content is equal but the file is not.
    repacked = _rewrite(src, tmp_path / "repacked.inspection.zip", {}, recompute_manifest=False, reverse=True)
    assert repacked.read_bytes() != src.read_bytes()
    untrusted = import_bundles(store, [repacked], None, b.photos)
    assert untrusted.already_present == [] and "trust folder" in untrusted.refused[0][1]
    trusted = import_bundles(store, [repacked], b.root / "trust", b.photos)
    assert trusted.already_present == [iid] and trusted.refused == []
    # Now both files are known; a changed copy of the same inspection is still refused.
    assert store.imported_bundle(hashlib.sha256(repacked.read_bytes()).hexdigest()) == iid
    data = json.loads(zipfile.ZipFile(src).read("inspection.json"))
    data["findings"][0]["note"] = "改过了"
    changed = _rewrite(src, tmp_path / "changed.inspection.zip",
                       {"inspection.json": json.dumps(data, ensure_ascii=False).encode()}, recompute_manifest=True,
                       resign=laptop["resign"])
    summary = import_bundles(store, [changed], b.root / "trust", b.photos)
    assert summary.already_present == [] and "data hash" in summary.refused[0][1]


def test_worker_processes_import_and_previews_are_made_afterwards(laptop, head_office):
    """As the app calls it: from a second thread, so the workers are spawned, not forked."""
    import threading

    from PIL import Image

    from inspector.photos.derived import copy_path
    from inspector.sync import make_missing_copies

    b, store = head_office
    store.close()  # a SQLite connection belongs to the thread that opened it
    result = {}

    def work() -> None:
        with Store(b.database, actor="head-office") as own:
            result["summary"] = import_bundles(own, laptop["bundles"], b.root / "trust", b.photos, workers=2)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    summary = result["summary"]
    store = Store(b.database, actor="head-office")
    assert sorted(summary.imported) == sorted(laptop["signed"])
    photos = [p for i in laptop["signed"] for p in store.snapshot(i).photos]
    assert len(photos) >= 2
    for photo in photos:
        assert photo.original_path == f"originals/{photo.sha256[:2]}/{photo.sha256}.jpg"
        # The import stores the originals only; previews are derived data, made afterwards.
        assert (b.photos / photo.original_path).is_file()
        assert not (b.photos / photo.display_path).exists() and not (b.photos / photo.thumb_path).exists()
    # A viewer asking for one makes that photo's copies on the spot...
    thumb = copy_path(b.photos, photos[0], "thumb")
    with Image.open(thumb) as img:
        assert max(img.size) <= 256 and img.format == "JPEG"
    assert (b.photos / photos[0].display_path).is_file() and not (b.photos / photos[1].display_path).exists()
    # ...and the app's background job makes the rest, reporting progress; a lost copy is made again.
    (b.photos / photos[0].display_path).unlink()
    seen = []
    assert make_missing_copies(store, b.photos, progress=lambda done, total: seen.append((done, total))) == []
    assert seen[-1] == (len({p.sha256 for p in photos}), len({p.sha256 for p in photos}))
    for photo in photos:
        assert (b.photos / photo.display_path).is_file() and (b.photos / photo.thumb_path).is_file()
    with Image.open(b.photos / photos[0].display_path) as display, Image.open(b.photos / photos[0].original_path) as orig:
        assert max(display.size) == min(max(orig.size), 2048)
    store.close()


def test_imported_inspection_feeds_the_dashboard_cache(laptop, head_office):
    """Head office's weakest-areas figures come from the per-area cache: an import must fill it."""
    b, store = head_office
    inspection_id = laptop["signed"][0]
    bundle = next(p for p in laptop["bundles"] if inspection_id in p.name)
    expected = {k: v.points_lost for k, v in laptop["store"].score_of(inspection_id).areas.items() if v.points_lost > 0}
    import_bundles(store, [bundle], b.root / "trust", b.photos)
    cached = dict(store.database.conn.execute(
        "SELECT area_id, points_lost FROM area_losses WHERE inspection_id = ?", (inspection_id,)).fetchall())
    assert expected and cached == expected
