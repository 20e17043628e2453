"""The PDF report (inspector.report) and `export` command, parsed back from real PDFs."""

from __future__ import annotations

import argparse
import copy
import io
import os
import re
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from inspector import signing
from inspector.cli import CommandError, Context
from inspector.cli import export as export_cli
from inspector.model import Signature
from inspector.report.build import build_report, count_pages, inspection_digest

NOTE_UNIFORM = "大堂经理未按规定着装，未佩戴领带。"
NOTE_BADGE = "柜员 3 号窗口未佩戴工号牌 <b>&"  # markup characters must come out as typed


@dataclass
class Imported:
    """The fields of photos.ImportedPhoto that Store.add_photo reads."""

    sha256: str
    original_path: str
    display_path: str
    thumb_path: str
    original_name: str
    width: int
    height: int
    taken_at: str
    taken_at_source: str
    gps_lat: float | None = None
    gps_lon: float | None = None


def add_jpeg(
    store, data_dir, inspection_id: str, n: int, item_id: str | None, size=(1200, 900), source: str = "exif"
) -> Path:
    """A real JPEG stored as display copy (and original) and recorded as a photo."""
    img = Image.new("RGB", size, (40 + 30 * n, 110, 190))
    ImageDraw.Draw(img).rectangle([0, 0, size[0] // 4, size[1] // 4], fill=(220, 30, 30))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    data = buf.getvalue()
    sha = f"{n:064x}"
    display = data_dir.photos / "display" / f"{sha}.jpg"
    display.parent.mkdir(parents=True, exist_ok=True)
    display.write_bytes(data)
    store.add_photo(
        inspection_id,
        Imported(
            sha,
            f"display/{sha}.jpg",
            f"display/{sha}.jpg",
            f"display/{sha}.jpg",
            f"IMG_{n:04d}.jpg",
            size[0],
            size[1],
            f"2024-05-06T09:{n:02d}:00+08:00",
            source,
        ),
        item_id,
    )
    return display


def signature_png() -> bytes:
    img = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    ImageDraw.Draw(img).line([(10, 80), (90, 15), (180, 90), (290, 20)], fill=(0, 0, 0, 255), width=4)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def inspection(store, data_dir):
    """A signed inspection: two failures with Chinese notes, three photos (one annotated), sign-off."""
    branch = store.add_branch("0101", "城东支行", "北京市东城区东大街 12 号")
    ins = store.create_inspection(branch.id, "onsite", ["张三", "李四"], started_at="2024-05-06T09:30:00+08:00")
    store.set_finding(ins.id, "dress.uniform", result="fail", occurrences=2, staff="A012", note=NOTE_UNIFORM)
    store.set_finding(ins.id, "dress.badge", result="fail", repeat=True, note=NOTE_BADGE)
    store.set_finding(ins.id, "queue.windows", result="pass")
    plain = add_jpeg(store, data_dir, ins.id, 1, "dress.uniform")
    marked = add_jpeg(store, data_dir, ins.id, 2, "dress.uniform", size=(900, 1200), source="file")
    add_jpeg(store, data_dir, ins.id, 3, None)
    marked_photo = next(p for p in store.list_photos(ins.id) if p.original_name == "IMG_0002.jpg")
    store.set_annotations(
        marked_photo.id,
        [{"kind": "circle", "cx": 0.5, "cy": 0.5, "r": 0.1}, {"kind": "text", "x": 0.1, "y": 0.8, "text": "未戴领带"}],
    )
    store.finish_inspection(ins.id)
    store.set_rectification(ins.id, "dress.uniform", "王经理", "2024-06-01")
    png = signature_png()
    store.add_signature(Signature(ins.id, "inspector", "张三", "检查员", "2024-05-06T11:00:00+08:00", [], png))
    store.add_signature(Signature(ins.id, "branch_head", "赵六", "行长", "2024-05-06T11:05:00+08:00", [], png))
    return {"id": ins.id, "plain": plain, "marked": marked}


def pdf_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [" ".join((page.extract_text() or "").split()) for page in doc.pages]


def image_xobjects(pdf: bytes) -> list:
    """Each image XObject of the PDF once (identical images are stored once)."""
    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            obj = ref.get_object()
            if obj["/Subtype"] == "/Image":
                found[ref.idnum] = obj
    return list(found.values())


def filters_of(obj) -> list[str]:
    f = obj.get("/Filter")
    return [str(x) for x in f] if isinstance(f, list) else [str(f)]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_chinese_report_has_every_failure_note_page_numbers_and_hash(store, inspection):
    snapshot = store.snapshot(inspection["id"])
    pdf = build_report(snapshot, "zh")
    pages = pdf_text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(pages) == count_pages(pdf) >= 3
    everything = squash("".join(pages))
    for text in (
        "按规定着装",
        "佩戴工号牌",
        NOTE_UNIFORM,
        NOTE_BADGE,
        "城东支行",
        "明查",
        "王经理",
        "赵六",
        "2024-06-01",
        inspection["id"],
        inspection_digest(snapshot),
        "第1页/共",
    ):
        assert squash(text) in everything, text
    for n, page in enumerate(pages, 1):
        assert f"第 {n} 页 / 共 {len(pages)} 页" in page
    assert "Served in ticket order" not in everything and "按叫号顺序办理" not in everything  # unchecked, no note


def test_english_report_uses_english_item_text(store, inspection):
    pdf = build_report(store.snapshot(inspection["id"]), "en")
    pages = pdf_text(pdf)
    everything = " ".join(pages)
    for text in ("Service Quality Inspection Report", "Uniform worn", "Badge worn", "Onsite", "Points lost"):
        assert text in everything, text
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Dress" in everything and "仪容仪表" not in everything
    assert squash(NOTE_UNIFORM) in squash(everything)  # notes stay as written


def test_display_jpeg_embedded_byte_for_byte(store, inspection):
    pdf = build_report(store.snapshot(inspection["id"]), "zh")
    assert inspection["plain"].read_bytes() in pdf  # no re-encoding, no ASCII85
    assert inspection["marked"].read_bytes() not in pdf  # annotations drawn on a copy
    images = image_xobjects(pdf)
    photos = [o for o in images if filters_of(o) == ["/DCTDecode"]]
    assert len(photos) == 3 and len(images) == 4  # three photos, one signature drawing (stored once)
    assert {(o["/Width"], o["/Height"]) for o in photos} == {(1200, 900), (900, 1200)}


def test_fonts_are_embedded(store, inspection):
    pdf = build_report(store.snapshot(inspection["id"]), "zh")
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = "/FontFile2" in font["/FontDescriptor"]
    assert any("DroidSansFallback" in name for name in fonts)
    assert fonts and all(fonts.values()), fonts
    if shutil.which("pdffonts"):
        path = Path(store.path).parent / "r.pdf"
        path.write_bytes(pdf)
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = lines.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), lines


def test_burned_in_captions_and_missing_photo_file(store, inspection):
    inspection["plain"].unlink()
    pdf = build_report(store.snapshot(inspection["id"]), "zh", burn_in_captions=True)
    text = squash("".join(pdf_text(pdf)))
    assert "照片文件缺失：IMG_0001.jpg" in text
    photos = [o for o in image_xobjects(pdf) if filters_of(o) == ["/DCTDecode"]]
    assert len(photos) == 2
    portrait = [ph for ph in photos if ph["/Width"] == 900]
    assert portrait and portrait[0]["/Height"] > 1200  # the caption strip is added below the photo


def test_digest_is_stable_and_covers_the_data(store, inspection, mini_template):
    snap = store.snapshot(inspection["id"])
    digest = inspection_digest(snap)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert inspection_digest(store.snapshot(inspection["id"])) == digest
    changed = copy.deepcopy(snap)
    changed.findings[0].note += "。"
    assert inspection_digest(changed) != digest
    changed = copy.deepcopy(snap)
    changed.photos[0].sha256 = "f" * 64
    assert inspection_digest(changed) != digest
    changed = copy.deepcopy(snap)
    changed.signatures[0].image_png += b"\0"
    assert inspection_digest(changed) != digest
    changed = copy.deepcopy(snap)
    changed.photos_dir = "/elsewhere"  # where the files live is not part of the record
    assert inspection_digest(changed) == digest


def test_progress_reaches_total(store, inspection):
    calls = []
    build_report(store.snapshot(inspection["id"]), "en", progress=lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] == 3 + 2
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_unknown_language(store, inspection):
    with pytest.raises(ValueError, match="fr"):
        build_report(store.snapshot(inspection["id"]), "fr")


def big_template(items: int = 150, areas: int = 10) -> dict:
    template = {
        "format": 1,
        "id": "big",
        "version": 1,
        "title": {"zh": "大清单", "en": "Big checklist"},
        "scoring": {
            "start": 100,
            "floor": 0,
            "repeat_multiplier": 2,
            "critical_grade": "D",
            "grades": [
                {"grade": "A", "min": 90, "label": {"zh": "优秀", "en": "Excellent"}},
                {"grade": "D", "min": 0, "label": {"zh": "差", "en": "Poor"}},
            ],
        },
        "settings": {"max_wait_minutes": 15},
        "areas": [
            {"id": f"a{a}", "name": {"zh": f"第{a}类服务设施与人员规范", "en": f"Area {a}"}} for a in range(areas)
        ],
        "items": [],
    }
    for n in range(items):
        template["items"].append(
            {
                "id": f"a{n % areas}.i{n}",
                "area": f"a{n % areas}",
                "kind": "check",
                "text": {
                    "zh": f"第{n}项：营业厅内环境整洁，宣传资料摆放整齐，无过期公告" * (1 + n % 3),
                    "en": f"Item {n}",
                },
                "hint": {"zh": "整洁", "en": "Tidy"},
                "method": "observe",
                "modes": ["onsite"],
                "deduction": 0.5,
                "critical": n == 7,
                "per_person": False,
                "head_extra": 0,
                "fix": "hardware",
                "source": [{"file": "003_33e496169ead1ce1.txt", "lines": [316, 316]}],
            }
        )
    return template


def test_large_inspection_lays_out(store, data_dir):
    """150 items, all failed with long notes, photos on several: no layout error, every item present."""
    template = big_template()
    store.store_template(template)
    branch = store.add_branch("0202", "城西支行")
    ins = store.create_inspection(branch.id, "onsite", ["王五"], "big", 1)
    for n, item in enumerate(template["items"]):
        store.set_finding(ins.id, item["id"], result="fail", note="备注" * (n % 40))
    for n in range(6):
        add_jpeg(store, data_dir, ins.id, 10 + n, template["items"][n % 2]["id"], size=(600, 450))
    pdf = build_report(store.snapshot(ins.id), "zh")
    text = squash("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))  # pypdf: faster
    assert all(f"第{n}项：" in text for n in range(150))
    assert "不合格：关键项未通过" in text
    assert count_pages(pdf) > 10


# --- the export command -------------------------------------------------------------------


def export_args(ref: str, out: Path, **kw) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    export_cli.register(parser.add_subparsers())
    extra = [f"--{k}={v}" for k, v in kw.items() if v is not True] + [f"--{k}" for k, v in kw.items() if v is True]
    return parser.parse_args(["export", ref, "--out", str(out), *extra])


def make_ctx(data_dir) -> tuple[Context, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    return Context(data_dir, out, err), out, err


def test_export_command_writes_unsigned_with_warning(store, data_dir, inspection, tmp_path, monkeypatch):
    monkeypatch.delenv(export_cli.PASSPHRASE_ENV, raising=False)
    target = tmp_path / "out" / "报告.pdf"
    target.parent.mkdir()
    ctx, out, err = make_ctx(data_dir)
    assert export_cli.run(export_args(inspection["id"][:8], target, lang="en"), ctx) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert "UNSIGNED" in err.getvalue() and "no signing key" in err.getvalue()
    assert f"pages:  {count_pages(target.read_bytes())}" in out.getvalue() and "signed: no" in out.getvalue()
    assert [e["path"] for e in store.list_exports(inspection["id"])] == [str(target)]
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind


def test_export_command_signs_when_key_and_passphrase(store, data_dir, inspection, tmp_path):
    identity = signing.create_identity(data_dir.keys, "张三", "Example Bank", "pw-123")
    target = tmp_path / "signed.pdf"
    ctx, out, err = make_ctx(data_dir)
    assert export_cli.run(export_args(inspection["id"], target, passphrase="pw-123"), ctx) == 0
    assert "signed: yes" in out.getvalue() and err.getvalue() == ""
    result = signing.verify_pdf(target, None)
    assert result.status == "unknown_signer" and identity.name in result.signer  # intact, signed by our key
    trust = tmp_path / "trust"
    trust.mkdir()
    shutil.copy(data_dir.keys / f"{identity.fingerprint}.pem", trust / "zhang.pem")
    assert signing.verify_pdf(target, trust).status == "valid"

    ctx, out, err = make_ctx(data_dir)
    with pytest.raises(CommandError, match="Nothing was written"):
        export_cli.run(export_args(inspection["id"], tmp_path / "x.pdf", passphrase="wrong"), ctx)
    assert not (tmp_path / "x.pdf").exists()


def test_export_command_errors(store, data_dir, inspection, tmp_path, monkeypatch):
    ctx, _, _ = make_ctx(data_dir)
    branch = store.list_branches()[0]
    ids = iter(uuid.UUID(f"abcdef12-0000-4000-8000-00000000000{n}") for n in (1, 2))
    monkeypatch.setattr(uuid, "uuid4", lambda: next(ids))
    store.create_inspection(branch.id, "self", ["李四"])
    other = store.create_inspection(branch.id, "self", ["李四"])
    with pytest.raises(CommandError, match="at least 6"):
        export_cli.run(export_args(inspection["id"][:4], tmp_path / "a.pdf"), ctx)
    with pytest.raises(CommandError, match="No inspection id starts with"):
        export_cli.run(export_args("ffffffffffff", tmp_path / "a.pdf"), ctx)
    with pytest.raises(CommandError, match="matches 2 inspections"):
        export_cli.run(export_args("ABCDEF12", tmp_path / "a.pdf"), ctx)
    with pytest.raises(CommandError, match="does not exist"):
        export_cli.run(export_args(other.id, tmp_path / "missing" / "a.pdf"), ctx)
    with pytest.raises(CommandError, match="is a folder"):
        export_cli.run(export_args(other.id, tmp_path), ctx)
    assert not list(tmp_path.glob("*.pdf"))


def test_export_command_unwritable_folder(store, data_dir, inspection, tmp_path):
    ctx, _, _ = make_ctx(data_dir)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: folder permissions are not enforced")
        with pytest.raises(CommandError, match="Cannot write to the folder"):
            export_cli.run(export_args(inspection["id"], locked / "a.pdf"), ctx)
    finally:
        locked.chmod(0o700)
