"""Render the sign-off screens to PNG without a display (for reviews of the layout).

QT_QPA_PLATFORM=offscreen python -m inspector.ui.signoff.screenshots --out shots/ [--lang en]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QSize, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

SIZE = QSize(1366, 768)
PASSPHRASE = "screenshot"


def _settle(widget: QWidget) -> None:
    widget.resize(SIZE)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()


def _grab(widget: QWidget, path: Path) -> Path:
    _settle(widget)
    widget.grab().save(str(path))
    return path


def _scribble(canvas: QWidget, shift: int) -> None:
    w, h = canvas.width(), canvas.height()
    points = [
        (0.08, 0.62),
        (0.16, 0.3),
        (0.22, 0.7),
        (0.3, 0.35),
        (0.36, 0.66),
        (0.45, 0.4),
        (0.52, 0.58),
        (0.6, 0.3),
        (0.68, 0.7),
        (0.8, 0.45),
        (0.9, 0.55),
    ]
    xy = [QPoint(int(x * w), int(y * h) + (shift if i % 2 else -shift)) for i, (x, y) in enumerate(points)]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=xy[0])
    for point in xy[1:]:
        QTest.mouseMove(canvas, point)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=xy[-1])


def render_all(out: Path, language: str = "zh_CN") -> list[Path]:
    """Build a data folder with one finished inspection and render the five screens."""
    from inspector.demo import fill_demo
    from inspector.paths import DataDir
    from inspector.signing.pades import create_identity
    from inspector.store import Store
    from inspector.templates import builtin_templates
    from inspector.ui.qt_setup import apply_style, install_font, install_language
    from inspector.ui.signoff.export_dialog import ExportDialog
    from inspector.ui.signoff.keys_dialog import KeysDialog
    from inspector.ui.signoff.sign_dialog import SignDialog
    from inspector.ui.signoff.verify_dialog import VerifyDialog

    app = QApplication.instance() or QApplication([])
    install_font(app)
    apply_style(app)
    install_language(language)
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = DataDir(Path(tmp) / "data")
        store = Store(data.database, actor="screens")
        for template in builtin_templates():
            store.store_template(template)
        fill_demo(store, data, inspections=3)
        create_identity(data.keys, "张三", "某银行 城东支行", PASSPHRASE)
        rows = store.list_inspections()
        finished = next((r.inspection for r in rows if r.inspection.status == "finished"), None)
        if finished is None:
            draft = next(r.inspection for r in rows if r.inspection.status == "draft")
            finished = store.finish_inspection(draft.id)
        signed = next(r.inspection for r in store.list_inspections() if r.inspection.status == "signed")

        dialog = SignDialog(store, finished.id)
        cards = list(dialog.review.cards.values())
        for card in cards[: max(1, len(cards) - 2)]:
            card.agree()
        _settle(dialog)
        _scribble(dialog.cards["inspector"].pad.canvas, 4)
        shots.append(_grab(dialog.review, out / "signoff_review.png"))
        shots.append(_grab(dialog, out / "signoff_sign_dialog.png"))
        dialog.close()

        keys = KeysDialog(data.keys)
        shots.append(_grab(keys, out / "signoff_keys.png"))
        keys.close()

        export = ExportDialog(store, data.keys, signed.id, autostart=False)
        export.passphrase.setText(PASSPHRASE)
        export.key.setCurrentIndex(export.key.findText("张三", Qt.MatchFlag.MatchStartsWith))
        _settle(export)
        loop = QEventLoop()
        export.reportReady.connect(loop.quit)
        export.buildFailed.connect(loop.quit)
        QTimer.singleShot(120000, loop.quit)
        export.build()
        loop.exec()
        _settle(export)
        QTest.qWait(1500)  # QPdfView renders pages on a worker thread
        shots.append(_grab(export, out / "signoff_export_preview.png"))
        report = out / "signed_report.pdf"
        if export.report is not None:
            report.write_bytes(export.report.pdf)
        export.close()

        verify = VerifyDialog(data.keys)
        verify.pdf_path.setText(str(report))
        _settle(verify)
        verify.verify()
        shots.append(_grab(verify, out / "signoff_verify.png"))
        data_bytes = bytearray(report.read_bytes())
        data_bytes[len(data_bytes) // 3] ^= 0x01
        altered = out / "altered_report.pdf"
        altered.write_bytes(bytes(data_bytes))
        verify.pdf_path.setText(str(altered))
        verify.verify()
        shots.append(_grab(verify, out / "signoff_verify_altered.png"))
        verify.close()
        shots.append(_received_export(store, data, signed.id, Path(tmp), out))
        store.close()
    return shots


def _received_export(store: object, data: object, inspection_id: str, tmp: Path, out: Path) -> Path:
    """Head office: the same inspection bundled, imported into a second data folder, and its
    export screen showing the signed report as received."""
    import shutil

    from inspector.paths import DataDir
    from inspector.store import Store
    from inspector.sync import build_bundle, bundle_signer, import_bundles
    from inspector.ui.signoff.export_dialog import ExportDialog

    signer = bundle_signer(data.keys, PASSPHRASE)  # type: ignore[attr-defined]
    bundle = build_bundle(store, inspection_id, tmp / "usb", signer)
    office = DataDir(tmp / "head-office")
    (office.root / "trust").mkdir(parents=True)
    for pem in data.keys.glob("*.pem"):  # type: ignore[attr-defined]
        shutil.copy(pem, office.root / "trust" / pem.name)
    with Store(office.database, actor="head office") as head:
        import_bundles(head, [bundle], office.root / "trust", office.photos)
        export = ExportDialog(head, office.keys, inspection_id)
        _settle(export)
        QTest.qWait(1500)  # QPdfView renders pages on a worker thread
        path = _grab(export, out / "headoffice_export_as_received.png")
        export.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("shots"))
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    args = parser.parse_args()
    for path in render_all(args.out, args.lang):
        print(path)


if __name__ == "__main__":
    main()
