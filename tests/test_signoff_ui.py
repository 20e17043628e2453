"""Sign-off in the app: the signature pad, review and signatures, keys, export with preview, verify.

Real store in a tmp dir, real keys, real PDFs; message boxes are recorded instead of blocking.
"""

from __future__ import annotations

import io
import sqlite3

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from inspector.photos.importer import import_photo
from inspector.signing.pades import create_identity, list_identities, verify_pdf
from inspector.ui.qt_setup import install_font, install_language
from inspector.ui.signoff import wiring
from inspector.ui.signoff.export_dialog import ExportDialog
from inspector.ui.signoff.keys_dialog import CreateKeyDialog, ImportKeyDialog, KeysDialog
from inspector.ui.signoff.sign_dialog import SignDialog
from inspector.ui.signoff.signature_pad import SignaturePad
from inspector.ui.signoff.verify_dialog import VerifyDialog

PASSPHRASE = "secret-42"


@pytest.fixture(scope="module", autouse=True)
def english(qapp):
    install_font(qapp)
    install_language("en")
    yield


@pytest.fixture
def finished(store, data_dir, tmp_path):
    """A finished on-site inspection with two failures (one with a photo) and three passes."""
    branch = store.add_branch("0101", "城东支行", head="李行长")
    ins = store.create_inspection(branch.id, "onsite", ["张三"])
    store.set_finding(ins.id, "dress.uniform", result="fail", staff="A012", note="两名员工未穿工装")
    store.set_finding(ins.id, "queue.order", result="fail", note="插队办理")
    for item in ("dress.badge", "queue.wait", "queue.windows"):
        store.set_finding(ins.id, item, result="pass")
    jpeg = tmp_path / "IMG_1.jpg"
    Image.new("RGB", (640, 480), (180, 90, 60)).save(jpeg, "JPEG")
    store.add_photo(ins.id, import_photo(jpeg, data_dir.photos), "dress.uniform")
    store.finish_inspection(ins.id)
    return ins


def draw(qtbot, canvas, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(canvas, QPoint(x, y))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


SCRIBBLE = [(20, 60), (60, 30), (100, 80), (140, 40), (180, 70), (220, 50)]


def sign_dialog(qtbot, store, inspection_id) -> SignDialog:
    dialog = SignDialog(store, inspection_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def sign_both(qtbot, dialog: SignDialog) -> None:
    for role in ("inspector", "branch_head"):
        draw(qtbot, dialog.cards[role].pad.canvas, SCRIBBLE)
        qtbot.mouseClick(dialog.cards[role].sign_button, Qt.MouseButton.LeftButton)


def test_pad_draws_with_the_mouse_and_exports_strokes_and_png(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty()
    draw(qtbot, pad.canvas, SCRIBBLE)
    strokes = pad.strokes()
    assert len(strokes) == 1 and len(strokes[0]) >= 5
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in strokes[0])
    image = QImage.fromData(pad.png(), "PNG")
    assert not image.isNull() and (image.width(), image.height()) == (480, 160)
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(0, 480, 4) for y in range(0, 160, 4))
    pad.clear_button.click()
    assert pad.is_empty() and pad.strokes() == []


def test_missing_rectification_blocks_signing_with_a_clear_message(qtbot, store, finished, boxes):
    dialog = sign_dialog(qtbot, store, finished.id)
    card = dialog.cards["inspector"]
    draw(qtbot, card.pad.canvas, SCRIBBLE)
    assert "agree owner and deadline for 2 failure" in card.missing.text()
    qtbot.mouseClick(card.sign_button, Qt.MouseButton.LeftButton)
    assert store.list_signatures(finished.id) == []
    assert boxes and "2 failure" in boxes[-1].text() and "1. Uniform worn" in boxes[-1].text()
    # Agreeing one leaves one missing; the hint says so.
    first = dialog.review.cards["dress.uniform"]
    assert first.owner.text() == "李行长"
    qtbot.mouseClick(first.agree_button, Qt.MouseButton.LeftButton)
    assert [r.item_id for r in store.list_rectifications(finished.id)] == ["dress.uniform"]
    assert "1 failure" in card.missing.text()


def test_full_sign_off_locks_the_inspection_in_the_ui_and_in_sql(qtbot, store, data_dir, finished, boxes):
    dialog = sign_dialog(qtbot, store, finished.id)
    for card in dialog.review.cards.values():
        qtbot.mouseClick(card.agree_button, Qt.MouseButton.LeftButton)
    rects = store.list_rectifications(finished.id)
    assert {r.owner for r in rects} == {"李行长"} and len(rects) == 2
    with qtbot.waitSignal(dialog.locked, timeout=3000):
        sign_both(qtbot, dialog)
    assert store.get_inspection(finished.id).status == "signed"
    signatures = {s.role: s for s in store.list_signatures(finished.id)}
    assert signatures["branch_head"].name == "李行长" and signatures["branch_head"].strokes
    assert not QImage.fromData(signatures["inspector"].image_png, "PNG").isNull()
    assert "locked" in dialog.banner.text() and dialog.export_button.isVisible()
    # The review is read-only now; a change made there is refused.
    owner = dialog.review.cards["queue.order"].owner
    assert owner.isReadOnly()
    # From SQL: the trigger refuses.
    with sqlite3.connect(data_dir.database) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("UPDATE findings SET note = 'x' WHERE inspection_id = ?", (finished.id,))


def test_signed_inspection_is_read_only_in_the_workspace_and_correction_links(
    qtbot, store, data_dir, finished, boxes, monkeypatch
):
    from inspector.ui.main_window import MainWindow

    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.open_inspection(finished.id)
    controller = window.signoff
    assert controller.review_action.isEnabled() and not controller.correction_action.isEnabled()
    dialog = controller.review_current()
    assert isinstance(dialog, SignDialog)
    dialog.review.agree_all()
    sign_both(qtbot, dialog)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.read_only)
    workspace = window.workspace
    assert workspace.banner.isVisible() and "signed" in workspace.banner.text()
    assert not workspace.item_panel.result_buttons["pass"].isEnabled()
    workspace.set_result("pass")  # the keyboard path is refused too
    assert {f.item_id: f.result for f in store.get_findings(finished.id)}["dress.uniform"] == "fail"
    assert controller.correction_action.isEnabled()
    # Start correction: a new draft linked to the signed one, opened in the workspace.
    dialog.start_correction()
    new_id = window.workspace_inspection_id()
    assert new_id != finished.id
    correction = store.get_inspection(new_id)
    assert correction.corrects == finished.id and correction.status == "draft"
    assert {f.item_id for f in store.get_findings(new_id) if f.result == "fail"} == {"dress.uniform", "queue.order"}
    window.close()
    window._drop_workspace()
    QApplication.sendPostedEvents(None, 0)


def test_finish_in_the_workspace_offers_review(qtbot, store, data_dir, boxes, monkeypatch):
    from inspector.ui.main_window import MainWindow

    branch = store.add_branch("0102", "城西支行")
    ins = store.create_inspection(branch.id, "onsite", ["王五"])
    asked: list[str] = []
    monkeypatch.setattr(wiring, "ask_review", lambda *args: asked.append(args[1]) or True)
    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    window.show()
    window.open_inspection(ins.id)
    assert not window.signoff.review_action.isEnabled()  # a draft: finish first
    finish = window.workspace.request_finish()
    finish.accept()
    qtbot.waitUntil(lambda: bool(window.signoff.dialogs))
    assert asked and isinstance(window.signoff.dialogs[-1], SignDialog)
    assert window.signoff.review_action.isEnabled()
    window.signoff.dialogs[-1].reject()
    window.close()
    window._drop_workspace()
    QApplication.sendPostedEvents(None, 0)


def test_create_and_import_keys_in_the_keys_dialog(qtbot, data_dir, tmp_path, boxes):
    dialog = KeysDialog(data_dir.keys, "张三")
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
    create = CreateKeyDialog(data_dir.keys, "张三")
    qtbot.addWidget(create)
    create.organisation.setText("某银行 城东支行")
    create.passphrase.setText(PASSPHRASE)
    create.repeat.setText(PASSPHRASE + "x")
    create.ok_button.click()
    assert create.created is None and "differ" in create.problem.text()
    create.repeat.setText(PASSPHRASE)
    create.ok_button.click()
    assert create.created is not None
    fingerprint = create.created.fingerprint
    assert (data_dir.keys / f"{fingerprint}.p12").is_file()
    assert [i.fingerprint for i in list_identities(data_dir.keys)] == [fingerprint]
    dialog.refresh(fingerprint)
    assert dialog.table.rowCount() == 1 and fingerprint in dialog.detail.text()
    target = tmp_path / "me.pem"
    assert dialog.export_certificate(target)
    assert str(target) in boxes[-1].text()
    assert target.read_bytes() == (data_dir.keys / f"{fingerprint}.pem").read_bytes()
    # Import: a PKCS#12 issued elsewhere, with a wrong and then the right passphrase.
    issued = create_identity(tmp_path / "head-office", "李四", "总行", "issued-pass")
    importer = ImportKeyDialog(data_dir.keys)
    qtbot.addWidget(importer)
    importer.path.setText(str(issued.keys_path))
    importer.passphrase.setText("wrong")
    importer.ok_button.click()
    assert importer.imported is None and "passphrase" in importer.problem.text()
    importer.passphrase.setText("issued-pass")
    importer.ok_button.click()
    assert importer.imported is not None and importer.imported.fingerprint == issued.fingerprint
    assert len(list_identities(data_dir.keys)) == 2


def test_export_builds_in_background_previews_and_saves_a_valid_signed_pdf(
    qtbot, store, data_dir, finished, tmp_path, boxes
):
    identity = create_identity(data_dir.keys, "张三", "某银行", PASSPHRASE)
    dialog = sign_dialog(qtbot, store, finished.id)
    dialog.review.agree_all()
    sign_both(qtbot, dialog)
    assert store.get_inspection(finished.id).status == "signed"
    export = ExportDialog(store, data_dir.keys, finished.id)
    qtbot.addWidget(export)
    export.show()
    assert export.passphrase.isVisible() and not export.save_button.isEnabled()
    export.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(export.reportReady, timeout=60000) as ready:
        export.build()
    report = ready.args[0]
    assert report.signed_by.startswith("张三")
    assert export.page_count() == len(PdfReader(io.BytesIO(report.pdf)).pages) >= 3
    assert export.page_label.text() == f"Page 1 of {export.page_count()}"
    export.next_button.click()
    qtbot.waitUntil(lambda: export.current_page() == 1)
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    assert export.save_to(out)
    assert out.read_bytes() == report.pdf
    assert store.list_exports(finished.id)[-1]["path"] == str(out)
    trust = tmp_path / "trust"
    trust.mkdir()
    (trust / "inspector.pem").write_bytes((data_dir.keys / f"{identity.fingerprint}.pem").read_bytes())
    assert verify_pdf(out, trust).status == "valid"
    # The verify dialog: valid, then "altered" after one changed byte.
    verify = VerifyDialog(trust)
    qtbot.addWidget(verify)
    verify.pdf_path.setText(str(out))
    assert verify.verify().status == "valid"
    assert verify.verdict.text().startswith("Valid") and verify.symbol.text() == "✓"
    data = bytearray(out.read_bytes())
    middle = len(data) // 3
    data[middle] = (data[middle] + 1) % 256
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    verify.pdf_path.setText(str(altered))
    assert verify.verify().status == "altered"
    assert verify.verdict.text().startswith("Altered")


def test_export_of_a_draft_is_unsigned_and_can_be_cancelled(qtbot, store, data_dir, finished):
    export = ExportDialog(store, data_dir.keys, finished.id, autostart=False)
    qtbot.addWidget(export)
    assert not export.key.isVisibleTo(export)
    with qtbot.waitSignal(export.buildFailed, timeout=30000) as failed:
        job = export.build()
        job.cancel()
    assert failed.args == ["cancelled"] and export.report is None and not export.save_button.isEnabled()
    with qtbot.waitSignal(export.reportReady, timeout=60000) as ready:
        export.build()
    assert ready.args[0].signed_by == "" and export.page_count() >= 3
