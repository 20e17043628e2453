"""Check a report: is it the one that was signed, unchanged, and by a key head office trusts?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.signing.pades import VerifyResult, verify_pdf

CONTEXT = "VerifyDialog"
# status → (symbol, colour, background, headline); headlines translated where shown.
LOOKS = {
    "valid": ("✓", "#1e7a3c", "#e8f5e9", QT_TRANSLATE_NOOP("VerifyDialog", "Valid: signed and unchanged")),
    "altered": (
        "✗",
        "#b3261e",
        "#fdecea",
        QT_TRANSLATE_NOOP("VerifyDialog", "Altered: the report changed after it was signed"),
    ),
    "invalid": (
        "✗",
        "#b3261e",
        "#fdecea",
        QT_TRANSLATE_NOOP("VerifyDialog", "Invalid: the signing certificate cannot be used"),
    ),
    "unknown_signer": (
        "?",
        "#8a4b00",
        "#fff3e0",
        QT_TRANSLATE_NOOP("VerifyDialog", "Unknown signer: intact, but the key is not trusted"),
    ),
    "unsigned": (
        "–",
        "#52606d",
        "#eef2f7",
        QT_TRANSLATE_NOOP("VerifyDialog", "Unsigned: this PDF has no digital signature"),
    ),
    "unreadable": (
        "!",
        "#b3261e",
        "#fdecea",
        QT_TRANSLATE_NOOP("VerifyDialog", "Unreadable: not a PDF, or the file cannot be read"),
    ),
}


def headline(status: str) -> str:
    return QCoreApplication.translate(CONTEXT, LOOKS.get(status, LOOKS["unreadable"])[3])


class VerifyDialog(QDialog):
    """Pick a PDF and (optionally) head office's trust folder; the verdict is shown big and coloured."""

    def __init__(self, trust_dir: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verify a report"))
        self.result: VerifyResult | None = None
        self.pdf_path = QLineEdit(self)
        self.pdf_path.setObjectName("verifyPdf")
        self.pdf_path.setPlaceholderText(self.tr("The signed PDF report"))
        self.trust_path = QLineEdit(str(trust_dir) if trust_dir else "", self)
        self.trust_path.setObjectName("verifyTrust")
        self.trust_path.setPlaceholderText(self.tr("Folder of trusted certificates (.pem); optional"))
        pick_pdf = QPushButton(self.tr("Choose…"), self)
        pick_pdf.clicked.connect(self._choose_pdf)
        pick_trust = QPushButton(self.tr("Choose…"), self)
        pick_trust.clicked.connect(self._choose_trust)
        self.verify_button = QPushButton(self.tr("Verify"), self)
        self.verify_button.setObjectName("primaryButton")
        self.verify_button.clicked.connect(self.verify)
        self.pdf_path.returnPressed.connect(self.verify)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        for label, field, button in (
            (self.tr("Report"), self.pdf_path, pick_pdf),
            (self.tr("Trust folder"), self.trust_path, pick_trust),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(button)
            form.addRow(label, row)

        self.panel = QFrame(self)
        self.panel.setObjectName("verdictPanel")
        self.symbol = QLabel(self.panel)
        self.symbol.setObjectName("verdictSymbol")
        self.symbol.setFixedSize(88, 88)
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict = QLabel(self.panel)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.details = QLabel(self.panel)
        self.details.setObjectName("verdictDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.verdict)
        text.addWidget(self.details)
        text.addStretch(1)
        panel_layout = QHBoxLayout(self.panel)
        panel_layout.setContentsMargins(18, 18, 18, 18)
        panel_layout.setSpacing(18)
        panel_layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        panel_layout.addLayout(text, 1)
        self.panel.hide()
        hint = QLabel(
            self.tr(
                "Without a trust folder a signature can only be shown as intact, not as trusted. "
                "Head office keeps the certificates (.pem) of its inspectors in one folder."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        bottom.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.resize(720, 440)

    def _choose_pdf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Report to verify"), self.pdf_path.text(), self.tr("PDF reports (*.pdf)")
        )
        if path:
            self.pdf_path.setText(path)
            self.verify()

    def _choose_trust(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of trusted certificates"), self.trust_path.text())
        if path:
            self.trust_path.setText(path)

    def verify(self) -> VerifyResult | None:
        """Check the chosen file and show the verdict."""
        if not self.pdf_path.text().strip():
            self.show_result(VerifyResult("unreadable", "Choose the PDF report to verify."))
            return None
        trust = self.trust_path.text().strip()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = verify_pdf(Path(self.pdf_path.text().strip()), Path(trust) if trust else None)
        finally:
            QApplication.restoreOverrideCursor()
        self.show_result(result)
        return result

    def show_result(self, result: VerifyResult) -> None:
        self.result = result
        symbol, colour, background, _ = LOOKS.get(result.status, LOOKS["unreadable"])
        self.panel.setStyleSheet(
            f"QFrame#verdictPanel {{ background: {background}; border: 1px solid {colour}; border-radius: 6px; }}"
        )
        self.symbol.setText(symbol)
        self.symbol.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 44px; font-size: 40pt; font-weight: 700;"
        )
        self.verdict.setText(headline(result.status))
        self.verdict.setStyleSheet(f"color: {colour}; font-size: 15pt; font-weight: 700;")
        lines = []
        if result.signer:
            lines.append(self.tr("Signed by: %1").replace("%1", result.signer))
        if result.signed_at:
            lines.append(self.tr("Signed at: %1").replace("%1", result.signed_at.replace("T", " ")))
        if result.fingerprint:
            lines.append(self.tr("Key fingerprint: %1").replace("%1", result.fingerprint[:32]))
        if result.message:
            lines.append(result.message)  # the domain's English explanation, for support
        self.details.setText("\n".join(lines))
        self.details.setStyleSheet("color: #1f2d3d; font-size: 10.5pt;")
        self.panel.show()
