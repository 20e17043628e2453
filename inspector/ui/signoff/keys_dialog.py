"""Signing keys: list them, create a self-signed one, import head office's PKCS#12, export the certificate.

Head office trusts a report when the signer's certificate (the .pem) is in its trust folder, so
the export of the certificate is part of setting up a key.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.signing.pades import Identity, SigningError, create_identity, import_pkcs12, list_identities
from inspector.ui import errors

MIN_PASSPHRASE = 6


def spaced_fingerprint(fingerprint: str, groups: int = 8) -> str:
    """The first `groups` × 4 hex digits in groups of four, easy to read out over the phone."""
    return " ".join(fingerprint[i : i + 4].upper() for i in range(0, groups * 4, 4))


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class CreateKeyDialog(QDialog):
    """Name, organisation and a passphrase typed twice; OK makes the key and certificate."""

    def __init__(self, keys_dir: Path, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("createKeyDialog")
        self.setWindowTitle(self.tr("Create a signing key"))
        self.keys_dir = Path(keys_dir)
        self.created: Identity | None = None
        self.name = QLineEdit(name, self)
        self.name.setObjectName("keyName")
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("keyOrganisation")
        self.organisation.setPlaceholderText(self.tr("e.g. the bank and department"))
        self.passphrase = _password_field(self, "keyPassphrase")
        self.repeat = _password_field(self, "keyPassphraseRepeat")
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "The key signs the reports you export. Its passphrase is asked for at every "
                "export; it cannot be recovered if forgotten."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.repeat)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Create key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def check(self) -> str:
        """What stops the key being made, or ""."""
        if not self.name.text().strip():
            return self.tr("Enter your name: it is shown as the signer of your reports.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("Choose a passphrase of at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ; type the same passphrase twice.")
        return ""

    def accept(self) -> None:
        problem = self.check()
        self.problem.setText(problem)
        if problem:
            return
        try:
            self.created = create_identity(
                self.keys_dir, self.name.text().strip(), self.organisation.text().strip(), self.passphrase.text()
            )
        except (SigningError, OSError) as exc:
            self.problem.setText(str(exc))
            return
        super().accept()


class ImportKeyDialog(QDialog):
    """A PKCS#12 (.p12/.pfx) issued by head office, with the passphrase it came with."""

    def __init__(self, keys_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importKeyDialog")
        self.setWindowTitle(self.tr("Import a key from head office"))
        self.keys_dir = Path(keys_dir)
        self.imported: Identity | None = None
        self.path = QLineEdit(self)
        self.path.setObjectName("p12Path")
        self.path.setPlaceholderText(self.tr("The .p12 or .pfx file"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.passphrase = _password_field(self, "p12Passphrase")
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Key file"), row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Key file from head office"), "", self.tr("PKCS#12 key files (*.p12 *.pfx)")
        )
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if not self.path.text().strip():
            self.problem.setText(self.tr("Choose the key file head office gave you."))
            return
        try:
            self.imported = import_pkcs12(Path(self.path.text().strip()), self.passphrase.text(), self.keys_dir)
        except (SigningError, OSError) as exc:
            self.problem.setText(str(exc))
            return
        super().accept()


class KeysDialog(QDialog):
    """Every signing key in the data folder, with what can be done with one."""

    COLUMNS = 4

    def __init__(self, keys_dir: Path, default_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.setWindowTitle(self.tr("Signing keys"))
        self.keys_dir = Path(keys_dir)
        self.default_name = default_name
        self.identities: list[Identity] = []
        intro = QLabel(
            self.tr(
                "Reports of signed inspections are signed with one of these keys. Give head office "
                "the certificate of your key (Export certificate) so it can trust your reports."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("keysTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Valid until"), self.tr("Fingerprint (SHA-256)")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No signing key yet. Create one, or import the key file head office issued."), self)
        self.empty.setObjectName("emptyBody")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(self)
        self.detail.setObjectName("keyDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton(self.tr("Create key…"), self)
        self.create_button.setObjectName("primaryButton")
        self.import_button = QPushButton(self.tr("Import from head office…"), self)
        self.export_button = QPushButton(self.tr("Export certificate…"), self)
        self.copy_button = QPushButton(self.tr("Copy fingerprint"), self)
        close = QPushButton(self.tr("Close"), self)
        self.create_button.clicked.connect(self.ask_create)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.copy_button.clicked.connect(self.copy_fingerprint)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.import_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        for button in (self.export_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.resize(900, 460)
        self.refresh()

    def refresh(self, select: str = "") -> None:
        """Re-read the keys folder; select the key with fingerprint `select` (or the first)."""
        self.identities = list_identities(self.keys_dir)
        self.table.setRowCount(len(self.identities))
        for row, ident in enumerate(self.identities):
            until = ident.certificate.not_valid_after_utc.date().isoformat()
            cells = (ident.name, ident.organisation, until, spaced_fingerprint(ident.fingerprint))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(ident.fingerprint if column == 3 else text)
                self.table.setItem(row, column, cell)
        has_keys = bool(self.identities)
        self.table.setVisible(has_keys)
        self.empty.setVisible(not has_keys)
        if has_keys:
            fingerprints = [i.fingerprint for i in self.identities]
            self.table.selectRow(fingerprints.index(select) if select in fingerprints else 0)
        self._selection_changed()

    def current(self) -> Identity | None:
        rows = self.table.selectionModel().selectedRows()
        return self.identities[rows[0].row()] if rows and rows[0].row() < len(self.identities) else None

    def _selection_changed(self) -> None:
        ident = self.current()
        self.export_button.setEnabled(ident is not None)
        self.copy_button.setEnabled(ident is not None)
        if ident is None:
            self.detail.setText("")
            return
        self_signed = ident.certificate.issuer == ident.certificate.subject
        self.detail.setText(
            self.tr("Fingerprint: %1\nIssued by: %2")
            .replace("%1", ident.fingerprint)
            .replace(
                "%2",
                self.tr("self-signed (this computer)") if self_signed else ident.certificate.issuer.rfc4514_string(),
            )
        )

    # --- actions --------------------------------------------------------------------------------
    def ask_create(self) -> Identity | None:
        dialog = CreateKeyDialog(self.keys_dir, self.default_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:
            self.refresh(dialog.created.fingerprint)
            return dialog.created
        return None

    def ask_import(self) -> Identity | None:
        dialog = ImportKeyDialog(self.keys_dir, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.imported:
            self.refresh(dialog.imported.fingerprint)
            return dialog.imported
        return None

    def ask_export(self) -> None:
        ident = self.current()
        if ident is None:
            return
        suggested = str(Path.home() / f"{ident.name or 'inspector'}-{ident.fingerprint[:8]}.pem")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export certificate for head office"), suggested, self.tr("Certificates (*.pem)")
        )
        if path:
            self.export_certificate(Path(path))

    def export_certificate(self, target: Path) -> bool:
        """Copy the selected key's certificate (no private key) to `target`."""
        ident = self.current()
        if ident is None:
            return False
        try:
            shutil.copyfile(self.keys_dir / f"{ident.fingerprint}.pem", target)
        except OSError as exc:
            errors.show_error(self, exc, context=self.tr("The certificate could not be exported."))
            return False
        errors.show_message(
            self,
            self.tr("Certificate exported"),
            self.tr("Saved %1.\nHead office puts this file in its trust folder to accept your signed reports.").replace(
                "%1", str(target)
            ),
        )
        return True

    def copy_fingerprint(self) -> None:
        ident = self.current()
        if ident is not None:
            QGuiApplication.clipboard().setText(ident.fingerprint)
