"""Review and sign: the branch head reads the failures, agrees rectifications, and both sign.

When the second signature is stored the store locks the inspection; the dialog then shows it
read-only, offers the export and a correction (a new draft linked to the signed record).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.model import Signature
from inspector.ui import errors
from inspector.ui.signoff.review import ReviewWidget
from inspector.ui.signoff.signature_pad import SignaturePad

ROLES = ("inspector", "branch_head")
STYLE = """
QFrame#signerCard { background: #ffffff; border: 1px solid #dde3ea; border-radius: 6px; }
QFrame#signerCard QLabel { background: transparent; }
QLabel#cardTitle { font-size: 11pt; font-weight: 600; color: #1f2d3d; }
QLabel#missingHint { color: #8a4b00; }
QLabel#signedLabel { color: #1e7a3c; font-weight: 600; }
QFrame#bannerBox QLabel { padding: 4px 6px; }
"""


class SignerCard(QFrame):
    """Name, title and the pad of one signer; after signing, the stored signature."""

    signRequested = Signal(str)  # role

    def __init__(self, role: str, name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.role = role
        self.setObjectName("signerCard")
        heading = self.tr("1. Inspector signs") if role == "inspector" else self.tr("2. Branch head signs")
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("cardTitle")
        self.name = QLineEdit(name, self)
        self.name.setObjectName(f"{role}Name")
        self.name.setPlaceholderText(self.tr("Full name"))
        self.title = QLineEdit(title, self)
        self.title.setObjectName(f"{role}Title")
        self.title.setPlaceholderText(self.tr("Role or job title"))
        self.pad = SignaturePad(self)
        self.pad.setObjectName(f"{role}Pad")
        self.pad.canvas.setMinimumHeight(96)
        self.sign_button = QPushButton(
            self.tr("Sign as inspector") if role == "inspector" else self.tr("Sign as branch head"), self
        )
        self.sign_button.setObjectName("primaryButton")
        self.missing = QLabel(self)
        self.missing.setObjectName("missingHint")
        self.missing.setWordWrap(True)
        self.signed_label = QLabel(self)
        self.signed_label.setObjectName("signedLabel")
        self.signed_label.setWordWrap(True)
        self.signed_label.hide()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.pad, 1)
        row = QHBoxLayout()
        row.addWidget(self.missing, 1)
        row.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(self.signed_label)
        self.sign_button.clicked.connect(lambda: self.signRequested.emit(self.role))

    def what_is_missing(self) -> list[str]:
        """What this signer still has to fill in, in words."""
        missing = []
        if not self.name.text().strip():
            missing.append(self.tr("the name"))
        if self.pad.is_empty():
            missing.append(self.tr("the drawn signature"))
        return missing

    def show_signed(self, signature: Signature) -> None:
        self.name.setText(signature.name)
        self.title.setText(signature.title)
        self.name.setReadOnly(True)
        self.title.setReadOnly(True)
        self.pad.set_strokes(signature.strokes)
        self.pad.set_read_only(True)
        self.sign_button.hide()
        self.missing.hide()
        self.signed_label.setText(
            self.tr("✓ Signed by %1 at %2")
            .replace("%1", signature.name)
            .replace("%2", signature.signed_at[:16].replace("T", " "))
        )
        self.signed_label.show()

    def set_blocked(self, text: str) -> None:
        """Say what is missing next to the button (an empty text means ready to sign)."""
        self.missing.setText(text)
        self.missing.setVisible(bool(text))
        self.sign_button.setToolTip(text or self.sign_button.text())


class SignDialog(QDialog):
    """The whole sign-off of one finished inspection."""

    locked = Signal(str)  # inspection id: both have signed
    exportRequested = Signal(str)
    correctionCreated = Signal(str)  # id of the new draft

    def __init__(self, store: Any, inspection_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Review and sign"))
        self.setStyleSheet(STYLE)
        self.store = store
        self.inspection_id = inspection_id
        self.review = ReviewWidget(store, inspection_id, self)
        snap = self.review.snapshot
        inspector = snap.inspection.inspectors[0] if snap.inspection.inspectors else ""
        self.cards = {
            "inspector": SignerCard("inspector", inspector, self.tr("Inspector"), self),
            "branch_head": SignerCard("branch_head", snap.branch.head, self.tr("Branch head"), self),
        }
        self.banner = QLabel(self)
        self.banner.setObjectName("signBanner")
        self.banner.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export report…"), self)
        self.export_button.setObjectName("primaryButton")
        self.correction_button = QPushButton(self.tr("Start correction"), self)
        self.correction_button.setToolTip(self.tr("Create a new draft linked to this signed inspection"))
        self.close_button = QPushButton(self.tr("Close"), self)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(0, 0, 0, 0)
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.correction_button)
        banner_row.addWidget(self.export_button)
        self.banner_box = QFrame(self)
        self.banner_box.setObjectName("bannerBox")
        self.banner_box.setLayout(banner_row)
        banner_row.setContentsMargins(10, 6, 10, 6)

        side = QWidget(self)
        side.setObjectName("signSide")
        side.setFixedWidth(440)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(10)
        for card in self.cards.values():
            side_layout.addWidget(card, 1)
            card.signRequested.connect(self.sign)
            card.name.textChanged.connect(self._update)
            card.pad.changed.connect(self._update)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        side_layout.addLayout(bottom)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.review, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.banner_box)
        layout.addLayout(body, 1)

        self.review.rectificationsChanged.connect(self._update)
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(self.inspection_id))
        self.correction_button.clicked.connect(self.start_correction)
        self.close_button.clicked.connect(self.accept)
        self.resize(1280, 720)
        self._load_signatures()
        self._update()

    # --- state --------------------------------------------------------------------------------
    @property
    def status(self) -> str:
        return self.review.snapshot.inspection.status

    def _load_signatures(self) -> None:
        for signature in self.store.list_signatures(self.inspection_id):
            if signature.role in self.cards:
                self.cards[signature.role].show_signed(signature)
        self.signed_roles = {s.role for s in self.store.list_signatures(self.inspection_id)}

    def missing_for(self, role: str) -> str:
        """Why `role` cannot sign yet, in one sentence; "" when nothing is missing."""
        if self.status == "draft":
            return self.tr("Finish the inspection first.")
        missing_rects = self.review.missing()
        parts = []
        if missing_rects:
            parts.append(self.tr("agree owner and deadline for %n failure(s)", "", len(missing_rects)))
        parts += self.cards[role].what_is_missing()
        return self.tr("Still missing: %1.").replace("%1", "; ".join(parts)) if parts else ""

    def _update(self) -> None:
        signed = self.status == "signed"
        for role, card in self.cards.items():
            if role not in self.signed_roles:
                card.set_blocked(self.missing_for(role))
                card.setEnabled(not signed and self.status == "finished")
        if signed:
            self.banner.setText(
                self.tr(
                    "Signed by the inspector and the branch head. This inspection is locked "
                    "and can no longer change; export the signed report now, or start a "
                    "correction to record changes."
                )
            )
            self.banner_box.setStyleSheet(
                "QFrame#bannerBox { background: #e8f5e9; border-radius: 4px; }"
                " QLabel { color: #1b5e20; font-weight: 600; }"
            )
        elif self.status == "draft":
            self.banner.setText(self.tr("This inspection is still a draft. Finish it in the checklist before signing."))
            self.banner_box.setStyleSheet(
                "QFrame#bannerBox { background: #fff3e0; border-radius: 4px; } QLabel { color: #e65100; }"
            )
        else:
            left = len(self.review.missing())
            self.banner.setText(
                self.tr("Read the findings with the branch head and agree each rectification; then both sign.")
                if left
                else self.tr("Every rectification is agreed. The inspector and the branch head can sign.")
            )
            self.banner_box.setStyleSheet(
                "QFrame#bannerBox { background: #e3f2fd; border-radius: 4px; } QLabel { color: #0d47a1; }"
            )
        self.export_button.setVisible(signed)
        self.correction_button.setVisible(signed)
        self.review.set_read_only(signed)

    # --- actions ------------------------------------------------------------------------------
    def sign(self, role: str) -> bool:
        """Store `role`'s signature; refuse with a message naming what is missing. True when stored."""
        missing = self.missing_for(role)
        if missing:
            details = "\n".join(f"• {text}" for text in self.review.missing())
            errors.show_message(self, self.tr("Cannot sign yet"), missing + ("\n\n" + details if details else ""))
            return False
        card = self.cards[role]
        signature = Signature(
            self.inspection_id,
            role,
            card.name.text().strip(),
            card.title.text().strip(),
            "",
            card.pad.strokes(),
            card.pad.png(),
        )
        try:
            locked = self.store.add_signature(signature)
        except Exception as exc:  # noqa: BLE001 - a StoreError says what happened and what to do
            errors.show_error(self, exc, context=self.tr("The signature could not be saved."))
            return False
        self.review.reload()
        self._load_signatures()
        self._update()
        if locked:
            self.locked.emit(self.inspection_id)
        return True

    def start_correction(self) -> str | None:
        """A new draft linked to this signed inspection, findings copied. Returns its id."""
        try:
            correction = self.store.create_correction(self.inspection_id)
        except Exception as exc:  # noqa: BLE001
            errors.show_error(self, exc, context=self.tr("The correction could not be started."))
            return None
        self.correctionCreated.emit(correction.id)
        self.accept()
        return correction.id
