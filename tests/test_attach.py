"""Bulk attach: photos from a phone matched to the item answered when each was taken."""

from __future__ import annotations

import io

from inspector.cli import main as cli_main
from inspector.store import Store
from tests import photo_samples


class Clock:
    def __init__(self, now: str):
        self.now = now

    def __call__(self) -> str:
        return self.now


def test_photos_go_to_the_item_answered_at_capture_time(data_dir, mini_template, tmp_path):
    clock = Clock("2024-05-06T09:30:00+08:00")
    with Store(data_dir.database, actor="t", clock=clock) as store:
        store.store_template(mini_template)
        branch = store.add_branch("0101", "城东支行")
        inspection = store.create_inspection(branch.id, "onsite", ["张三"])
        store.set_finding(inspection.id, "dress.uniform", result="fail")
        clock.now = "2024-05-06T09:40:00+08:00"
        store.set_finding(inspection.id, "dress.badge", result="fail")
    phone = tmp_path / "phone"
    phone.mkdir()
    files = [
        photo_samples.jpeg_with_exif(phone / "a.jpg", exif=photo_samples.make_exif("2024:05:06 09:33:00"), seed=1),
        photo_samples.jpeg_with_exif(phone / "b.jpg", exif=photo_samples.make_exif("2024:05:06 09:41:30"), seed=2),
        photo_samples.jpeg_with_exif(phone / "c.jpg", exif=photo_samples.make_exif("2024:05:06 11:00:00"), seed=3),
        photo_samples.text_named_jpg(phone / "notes.jpg"),
    ]
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["--data-dir", str(data_dir.root), "attach", inspection.id[:8], *map(str, files)], out, err)
    text = out.getvalue()
    assert code == 1, err.getvalue()  # one file failed
    assert "a.jpg (2024-05-06T09:33:00+08:00) → dress.uniform" in text
    assert "b.jpg (2024-05-06T09:41:30+08:00) → dress.badge" in text
    assert "unmatched  c.jpg" in text
    assert any(line.startswith("failed") and "notes.jpg" in line for line in text.splitlines())
    assert "2 matched, 1 unmatched, 0 already present, 1 failed" in text
    with Store(data_dir.database) as store:
        photos = {p.original_name: p for p in store.list_photos(inspection.id)}
        assert photos["a.jpg"].item_id == "dress.uniform"
        assert photos["c.jpg"].item_id is None
        assert store.verify_audit_chain().ok
    # Attaching the same files again adds nothing.
    out = io.StringIO()
    cli_main(["--data-dir", str(data_dir.root), "attach", inspection.id, *map(str, files[:3])], out, io.StringIO())
    assert "0 matched, 0 unmatched, 3 already present" in out.getvalue()
