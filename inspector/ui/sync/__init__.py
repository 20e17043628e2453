"""Sync screens: write bundles (clerk), import bundles (head office), export data, export history."""

from .bundle_dialog import BundleDialog
from .data_export_dialog import DataExportDialog
from .exports_panel import ExportsDialog
from .import_dialog import BundleImportDialog

__all__ = ["BundleDialog", "BundleImportDialog", "DataExportDialog", "ExportsDialog"]
