"""The data hash a report prints and signs: what ties a report to its inspection data.

    digest = inspection_digest(snapshot)

Printed on the report's cover and written into its /Keywords as ``inspection-digest:<hash>``;
head office recomputes it from a bundle's inspection.json (sync/verify.py). No reportlab, so
the checks can import it cheaply.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from typing import Any

from inspector.audit import canonical_json, canonical_sha256
from inspector.model import InspectionSnapshot

DIGEST_VERSION = 1
DIGEST_KEYWORD = "inspection-digest:"  # + the hash, in the PDF's /Keywords


def _plain(record: Any) -> dict[str, Any]:
    """A flat record's fields (asdict deep-copies every list first, which the JSON does not need)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def inspection_digest(snapshot: InspectionSnapshot) -> str:
    """SHA-256 (hex) over the canonical JSON of the inspection's data.

    Covers the inspection, branch, findings, photos (by content hash), timings, signatures
    (image and strokes by hash), rectifications and the template id and version. Local row
    ids and file paths are left out, so a copy imported elsewhere gives the same digest.
    """
    photos = sorted(
        (
            {"sha256": p.sha256, "item_id": p.item_id, "taken_at": p.taken_at, "taken_at_source": p.taken_at_source,
             "imported_at": p.imported_at, "original_name": p.original_name, "annotations": p.annotations}
            for p in snapshot.photos
        ),
        key=lambda p: (p["sha256"], p["item_id"] or ""),
    )
    timings = sorted(
        ({k: v for k, v in _plain(t).items() if k != "id"} for t in snapshot.timings),
        key=canonical_json,
    )
    signatures_ = sorted(
        (
            {"role": s.role, "name": s.name, "title": s.title, "signed_at": s.signed_at,
             "image_sha256": hashlib.sha256(s.image_png).hexdigest(),
             "strokes_sha256": canonical_sha256(s.strokes)}
            for s in snapshot.signatures
        ),
        key=lambda s: s["role"],
    )
    data: dict[str, Any] = {
        "digest_version": DIGEST_VERSION,
        "template": {"id": snapshot.template["id"], "version": snapshot.template["version"]},
        "inspection": _plain(snapshot.inspection),
        "branch": _plain(snapshot.branch),
        "findings": sorted((_plain(f) for f in snapshot.findings), key=lambda f: f["item_id"]),
        "photos": photos,
        "timings": timings,
        "signatures": signatures_,
        "rectifications": sorted((_plain(r) for r in snapshot.rectifications), key=lambda r: r["item_id"]),
    }
    return canonical_sha256(data)
