"""Sync screens: write bundles (clerk), import bundles (head office), export data, export history."""

from inspector.ui.sync.bundle_dialog import BundleDialog
from inspector.ui.sync.data_export_dialog import DataExportDialog
from inspector.ui.sync.exports_panel import ExportsDialog
from inspector.ui.sync.import_dialog import BundleImportDialog

__all__ = ["BundleDialog", "BundleImportDialog", "DataExportDialog", "ExportsDialog"]
