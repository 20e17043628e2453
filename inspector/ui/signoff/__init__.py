"""Sign-off (issue 7): review with the branch head, drawn signatures, keys, signed report export, verify.

from inspector.ui.signoff import wiring
register_extension(wiring.install)
"""

from __future__ import annotations

from .export_dialog import ExportDialog
from .keys_dialog import KeysDialog
from .review import ReviewWidget
from .sign_dialog import SignDialog
from .signature_pad import SignaturePad
from .verify_dialog import VerifyDialog

__all__ = ["ExportDialog", "KeysDialog", "ReviewWidget", "SignDialog", "SignaturePad", "VerifyDialog"]
