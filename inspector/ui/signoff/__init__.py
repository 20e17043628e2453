"""Sign-off (issue 7): review with the branch head, drawn signatures, keys, signed report export, verify.

from inspector.ui.signoff import wiring
register_extension(wiring.install)
"""

from __future__ import annotations

from inspector.ui.signoff.export_dialog import ExportDialog
from inspector.ui.signoff.keys_dialog import KeysDialog
from inspector.ui.signoff.review import ReviewWidget
from inspector.ui.signoff.sign_dialog import SignDialog
from inspector.ui.signoff.signature_pad import SignaturePad
from inspector.ui.signoff.verify_dialog import VerifyDialog

__all__ = ["ExportDialog", "KeysDialog", "ReviewWidget", "SignDialog", "SignaturePad", "VerifyDialog"]
