"""Making the report that leaves the branch: the PDF, signed when the inspection is signed.

Used by `python main.py export`, by sync bundles and by the app's export, so all three
sign the same way with the same key choice.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PASSPHRASE_ENV = "INSPECTOR_KEY_PASSPHRASE"


class PublishError(Exception):
    """The report could not be made or written; the message says what to do."""


@dataclass(frozen=True)
class SignedReport:
    pdf: bytes  # the bytes to write: signed if `signed_by`, else the plain report
    signed_by: str  # "" when unsigned
    unsigned_reason: str  # why it is not signed, for a warning ("" when signed or not needed)


def pick_identity(keys_dir: Path, wanted: str | None, signer_names: list[str]) -> tuple[Any, str]:
    """(identity or None, why not) for signing; several keys need a fingerprint or a name match."""
    from inspector.signing.pades import list_identities

    identities = list_identities(keys_dir)
    if wanted:
        found = [i for i in identities if i.fingerprint.startswith(wanted.lower())]
        if len(found) != 1:
            raise PublishError(f"Key {wanted} matches {len(found)} signing keys in {keys_dir}; give a longer fingerprint prefix.")
        return found[0], ""
    if not identities:
        return None, f"no signing key in {keys_dir}"
    if len(identities) == 1:
        return identities[0], ""
    named = [i for i in identities if i.name in signer_names]
    if len(named) == 1:
        return named[0], ""
    raise PublishError(f"{len(identities)} signing keys are in {keys_dir}; choose one by its fingerprint.")


def demo_passphrase(identity: Any) -> str | None:
    """The demo key's passphrase is public ("demo"), so demo reports are signed straight away."""
    from inspector.demo import DEMO_ORGANISATION, DEMO_PASSPHRASE

    return DEMO_PASSPHRASE if identity is not None and identity.organisation == DEMO_ORGANISATION else None


def make_report(
    snapshot: Any,
    keys_dir: Path,
    *,
    lang: str = "zh",
    captions: bool = False,
    key: str | None = None,
    passphrase: str | None = None,
    progress: Any = None,
    require_signature: bool = False,
) -> SignedReport:
    """The report of one inspection; PAdES-signed when the inspection is signed and a key is usable.

    With require_signature (sync bundles), a report that cannot be signed raises PublishError.
    """
    from inspector.report.build import build_report

    pdf = build_report(snapshot, lang, burn_in_captions=captions, progress=progress)
    if snapshot.inspection.status != "signed":
        if require_signature:
            raise PublishError(f"Inspection {snapshot.inspection.id} is {snapshot.inspection.status}; only a signed inspection has a signed report.")
        return SignedReport(pdf, "", "")
    identity, why_not = pick_identity(Path(keys_dir), key, [s.name for s in snapshot.signatures])
    passphrase = passphrase or os.environ.get(PASSPHRASE_ENV) or demo_passphrase(identity)
    if identity is None or not passphrase:
        reason = why_not if identity is None else f"no passphrase for the key of {identity.name}"
        if require_signature:
            raise PublishError(f"Cannot sign the report: {reason} (give the passphrase, or ${PASSPHRASE_ENV}).")
        return SignedReport(pdf, "", reason)
    signed = _sign_bytes(pdf, Path(keys_dir), identity, passphrase, snapshot)
    return SignedReport(signed, f"{identity.name} ({identity.fingerprint[:16]})", "")


def _sign_bytes(pdf: bytes, keys_dir: Path, identity: Any, passphrase: str, snapshot: Any) -> bytes:
    from inspector.signing.pades import SigningError, sign_pdf

    branch = snapshot.branch
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "signed.pdf"
        try:
            sign_pdf(pdf, target, keys_dir, identity.fingerprint, passphrase,
                     reason=f"Inspection report {snapshot.inspection.id}", location=f"{branch.name} {branch.code}")
        except SigningError as exc:
            raise PublishError(f"Could not sign the report: {exc}") from exc
        return target.read_bytes()


def write_atomic(path: Path, data: bytes) -> None:
    """Write the report crash-safely (atomic.write_atomic); a failure is explained for a person."""
    from inspector import atomic

    try:
        atomic.write_atomic(path, data)
    except OSError as exc:
        raise PublishError(f"Cannot write {path}: {exc.strerror}; choose another place.") from exc
