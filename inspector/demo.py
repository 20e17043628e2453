"""Realistic demo data: branches, inspections of every type, findings, photos with EXIF times.

Deterministic for a given seed, so screenshots and tests see the same data every time.
Every third inspection is signed by both sides, so a signed report can be exported at once;
the second is a draft still in progress; the others are finished and await sign-off.
"""

from __future__ import annotations

import io
import random
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from inspector.model import Signature
from inspector.paths import UI_FONT_PATH, DataDir
from inspector.scoring.deductions import items_for_mode
from inspector.store import Store

DEMO_PASSPHRASE = "demo"  # the demo signing key's passphrase; real keys get the user's own
DEMO_ORGANISATION = "演示银行 Demo Bank"

BRANCHES = [
    ("0101", "城东支行", "人民路 18 号", "王建国", "城区"),
    ("0102", "新华路支行", "新华路 205 号", "李秀英", "城区"),
    ("0203", "高新区支行", "科技大道 9 号", "陈志强", "高新区"),
    ("0304", "滨江社区支行", "滨江花园 3 栋", "刘芳", "滨江"),
]
INSPECTORS = [["张伟", "赵敏"], ["孙丽"], ["周杰", "吴霞"], ["郑浩"]]
NOTES = [
    "大堂经理未主动迎候客户",
    "柜员接打私人电话约 2 分钟",
    "意见簿未放置在显眼位置",
    "自助设备故障未张贴告示",
    "老花镜缺失",
    "利率牌未及时更新",
    "客户等候超过 20 分钟未告知预计等候时间",
]
TYPES = ["onsite", "mystery", "remote", "self"]


def fill_demo(store: Store, data_dir: DataDir, inspections: int = 6, seed: int = 7) -> list[str]:
    """Add demo branches and `inspections` inspections; return their ids, the signed one first."""
    from inspector.photos.importer import import_photo

    rng = random.Random(seed)
    branches = {b.code: b for b in store.list_branches()}
    for code, name, address, head, region in BRANCHES:
        if code not in branches:
            branches[code] = store.add_branch(code, name, address, head, region)
    branch_list = [branches[row[0]] for row in BRANCHES]
    template = store.latest_template()
    base = datetime.now().astimezone().replace(hour=9, minute=30, second=0, microsecond=0)
    ids: list[str] = []
    photos: list[tuple[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(inspections):
            branch = branch_list[index % len(branch_list)]
            kind = TYPES[index % len(TYPES)]
            started = base - timedelta(days=7 * index + rng.randint(0, 3))
            inspection = store.create_inspection(
                branch.id, kind, INSPECTORS[index % len(INSPECTORS)], started_at=started.isoformat(timespec="seconds")
            )
            ids.append(inspection.id)
            items = items_for_mode(template, kind)
            # The second inspection is still in progress: a third of its items are unanswered.
            answered = items[: max(1, len(items) * 2 // 3)] if index == 1 else items
            failures, most_failures = 0, rng.choice([1, 2, 4, 6, 9])
            answers: dict[str, dict] = {}
            for position, item in enumerate(answered):
                roll = rng.random()
                if roll < 0.12 and failures < most_failures:
                    failures += 1
                    answers[item["id"]] = _failure(item, rng)
                    if failures <= 2:
                        taken = started + timedelta(minutes=position)
                        photo_path = _make_photo(Path(tmp), branch.name, item["text"]["zh"], taken, rng)
                        photos.append((item["id"], import_photo(photo_path, data_dir.photos)))
                else:
                    answers[item["id"]] = {"result": "na" if roll < 0.18 else "pass"}
            store.set_findings(inspection.id, answers)  # one transaction: demo data loads fast
            for item_id, imported in photos:
                store.add_photo(inspection.id, imported, item_id)
            photos.clear()
            if index % 3 == 0:
                _finish_and_sign(store, inspection.id, branch, rng)
            elif index != 1:  # all but the one still in progress are finished, awaiting sign-off
                store.finish_inspection(inspection.id)
    return ids


def _failure(item: dict, rng: random.Random) -> dict:
    changes = {"result": "fail", "note": rng.choice(NOTES)}
    if item.get("per_person"):
        changes["staff"] = f"A{rng.randint(10, 40):03d}"
        changes["occurrences"] = rng.choice([1, 1, 2])
    if item.get("kind") == "multi":
        changes["selected"] = [item["options"][0]["id"]]
    return changes


def _finish_and_sign(store: Store, inspection_id: str, branch, rng: random.Random) -> None:
    """Finish, agree rectifications for every failure, and sign on both sides."""
    store.finish_inspection(inspection_id)
    inspection = store.get_inspection(inspection_id)
    deadline = (datetime.now() + timedelta(days=14)).date().isoformat()
    for finding in store.get_findings(inspection_id):
        if finding.result == "fail":
            store.set_rectification(inspection_id, finding.item_id, branch.head, deadline)
    for role, name, title in (
        ("inspector", inspection.inspectors[0], "检查员"),
        ("branch_head", branch.head, "网点负责人"),
    ):
        strokes = _signature_strokes(rng)
        store.add_signature(
            Signature(inspection_id, role, name, title, store.clock(), strokes, signature_png(strokes))
        )


def ensure_demo_identity(keys_dir: Path):
    """The demo signing key (passphrase "demo"), made on first use."""
    from inspector.signing.pades import create_identity, list_identities

    for identity in list_identities(keys_dir):
        if identity.organisation == DEMO_ORGANISATION:
            return identity
    return create_identity(keys_dir, "演示检查员 Demo Inspector", DEMO_ORGANISATION, DEMO_PASSPHRASE)


def _signature_strokes(rng: random.Random) -> list[list[tuple[float, float]]]:
    strokes = []
    x = 0.08
    for _ in range(3):
        stroke = []
        for step in range(14):
            stroke.append((round(x + step * 0.018, 3), round(0.5 + 0.25 * rng.uniform(-1, 1), 3)))
        strokes.append(stroke)
        x += 0.28
    return strokes


def signature_png(strokes: list[list[tuple[float, float]]], size: tuple[int, int] = (480, 160)) -> bytes:
    """Draw signature strokes (coordinates 0..1) as a transparent PNG."""
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        points = [(x * size[0], y * size[1]) for x, y in stroke]
        if len(points) > 1:
            draw.line(points, fill=(20, 30, 90, 255), width=4, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _make_photo(folder: Path, branch: str, subject: str, taken: datetime, rng: random.Random) -> Path:
    """A 1600x1200 'photo' of a branch scene with an EXIF capture time, as a phone would make."""
    image = Image.new("RGB", (1600, 1200), (rng.randint(150, 210), rng.randint(170, 220), rng.randint(180, 230)))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randint(0, 1500), rng.randint(0, 1100)
        shade = rng.randint(90, 200)
        draw.rectangle([x, y, x + rng.randint(40, 300), y + rng.randint(30, 200)], fill=(shade, shade - 20, shade - 40))
    font = ImageFont.truetype(str(UI_FONT_PATH), 64)
    draw.rectangle([0, 980, 1600, 1200], fill=(255, 255, 255))
    draw.text((40, 1010), branch, font=font, fill=(30, 30, 30))
    draw.text((40, 1090), subject[:22], font=font, fill=(160, 20, 20))
    exif = Image.Exif()
    capture = exif.get_ifd(0x8769)  # the Exif sub-IFD
    capture[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
    offset = taken.strftime("%z")
    capture[0x9011] = f"{offset[:3]}:{offset[3:]}"  # OffsetTimeOriginal
    path = folder / f"IMG_{taken:%Y%m%d_%H%M%S}_{rng.randint(0, 9999):04d}.jpg"
    image.save(path, "JPEG", quality=88, exif=exif)
    return path
