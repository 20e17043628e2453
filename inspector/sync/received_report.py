"""Head office: reading back the signed report an imported inspection arrived with.

    pdf = read_received_report(data_dir.root, store.received_report(inspection_id))

The file is named by its SHA-256 (sync_files.store_received_report); reading checks it
still has those bytes, so a damaged or swapped file is reported, never passed on. No Qt, no SQL.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from inspector.model import ReceivedReport


def read_received_report(data_root: Path, received: ReceivedReport) -> bytes:
    """The report's bytes; ValueError when the file changed, OSError when it cannot be read."""
    path = Path(data_root) / received.path
    pdf = path.read_bytes()
    if hashlib.sha256(pdf).hexdigest() != received.sha256:
        raise ValueError(f"The signed report kept at {path} is not the one received (its SHA-256 differs); "
                         "restore it from a backup, or take report.pdf out of the bundle file it came in.")
    return pdf
