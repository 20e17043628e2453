"""`python main.py export ID --out FILE.pdf [--lang zh|en] [--captions]`: write an inspection's PDF report.

A signed inspection's report is PAdES-signed with the signing key in DATA_DIR/keys when
a passphrase is given (--passphrase or $INSPECTOR_KEY_PASSPHRASE); otherwise it is
written unsigned, with a warning.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from . import CommandError

NAME = "export"
PASSPHRASE_ENV = "INSPECTOR_KEY_PASSPHRASE"
MIN_PREFIX = 6


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` subcommand."""
    p = subparsers.add_parser(
        NAME,
        help="write an inspection's PDF report",
        description=(
            "Write the PDF report of one inspection. Reports of signed inspections are "
            "digitally signed when a signing key and its passphrase are available."
        ),
    )
    p.add_argument("id", metavar="ID", help="inspection id, or a unique prefix of at least 6 characters")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the report")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language (default: zh)")
    p.add_argument("--captions", action="store_true", help="burn the branch and capture time into each photo")
    p.add_argument("--key", metavar="FINGERPRINT", help="signing key to use (a prefix of its fingerprint)")
    p.add_argument("--passphrase", help=f"passphrase of the signing key (default: ${PASSPHRASE_ENV})")


def resolve_inspection_id(store: Any, ref: str) -> str:
    """The full id of the one inspection whose id is ``ref`` or starts with it."""
    ref = ref.strip().lower()
    ids = [row.inspection.id for row in store.list_inspections()]
    if ref in ids:
        return ref
    if len(ref) < MIN_PREFIX:
        raise CommandError(f"'{ref}' is too short: give the inspection id or at least {MIN_PREFIX} of its first characters.")
    matches = [i for i in ids if i.startswith(ref)]
    if not matches:
        raise CommandError(f"No inspection id starts with '{ref}'; `python main.py list` shows the ids.")
    if len(matches) > 1:
        raise CommandError(f"'{ref}' matches {len(matches)} inspections ({', '.join(m[:13] for m in matches[:5])}…); "
                           "give more characters.")
    return matches[0]


def _check_target(out: Path) -> Path:
    out = out.expanduser().absolute()
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name such as {out / 'report.pdf'}.")
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist; create it or choose another --out path.")
    if not os.access(out.parent, os.W_OK):
        raise CommandError(f"Cannot write to the folder {out.parent}; choose another --out path.")
    return out


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a reader never sees half a report."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise CommandError(f"Cannot write {path}: {exc.strerror}; choose another --out path.") from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CommandError(f"Cannot write {path}: {exc.strerror}; choose another --out path.") from exc


def _pick_identity(keys_dir: Path, wanted: str | None, signer_names: list[str]) -> tuple[Any, str]:
    """(identity or None, why not) for signing; several keys need --key or a name match."""
    try:
        from ..signing import list_identities
    except ImportError:
        return None, "signing is not available in this installation"
    identities = list_identities(keys_dir)
    if wanted:
        found = [i for i in identities if i.fingerprint.startswith(wanted.lower())]
        if len(found) != 1:
            raise CommandError(f"--key {wanted} matches {len(found)} signing keys in {keys_dir}; "
                               "give a longer fingerprint prefix.")
        return found[0], ""
    if not identities:
        return None, f"no signing key in {keys_dir}"
    if len(identities) == 1:
        return identities[0], ""
    named = [i for i in identities if i.name in signer_names]
    if len(named) == 1:
        return named[0], ""
    raise CommandError(f"{len(identities)} signing keys are in {keys_dir}; choose one with --key FINGERPRINT.")


def run(args: argparse.Namespace, ctx: Any) -> int:
    """Build the report, sign it when possible, write it, record the export."""
    from ..report import build_report, count_pages
    from ..store import StoreError

    out = _check_target(args.out)
    store = ctx.open_store()
    try:
        inspection_id = resolve_inspection_id(store, args.id)
        snapshot = store.snapshot(inspection_id)
        pdf = build_report(snapshot, args.lang, burn_in_captions=args.captions)
        signed_by = ""
        if snapshot.inspection.status == "signed":
            identity, why_not = _pick_identity(Path(ctx.data_dir.keys), args.key,
                                               [s.name for s in snapshot.signatures])
            passphrase = args.passphrase or os.environ.get(PASSPHRASE_ENV) or _demo_passphrase(identity)
            if identity is not None and not passphrase:
                why_not = f"no passphrase (use --passphrase or ${PASSPHRASE_ENV})"
            if identity is None or not passphrase:
                print(f"warning: writing the report UNSIGNED: {why_not}.", file=ctx.err)
            else:
                signed_by = _sign(pdf, out, identity, passphrase, ctx, snapshot)
        if not signed_by:
            write_atomic(out, pdf)
        try:
            store.record_export(inspection_id, "pdf", str(out))
        except StoreError as exc:  # the file is written; say so rather than fail
            print(f"warning: the report was written but the export could not be recorded: {exc}", file=ctx.err)
    finally:
        store.close()
    print(f"wrote:  {out}", file=ctx.out)
    print(f"pages:  {count_pages(pdf)}", file=ctx.out)
    print(f"signed: {'yes, by ' + signed_by if signed_by else 'no'}", file=ctx.out)
    return 0


def _demo_passphrase(identity: Any) -> str | None:
    """The demo key's passphrase is public ("demo"), so demo reports are signed straight away."""
    from ..demo import DEMO_ORGANISATION, DEMO_PASSPHRASE

    return DEMO_PASSPHRASE if identity is not None and identity.organisation == DEMO_ORGANISATION else None


def _sign(pdf: bytes, out: Path, identity: Any, passphrase: str, ctx: Any, snapshot: Any) -> str:
    from ..signing import SigningError, sign_pdf

    branch = snapshot.branch
    try:
        sign_pdf(pdf, out, Path(ctx.data_dir.keys), identity.fingerprint, passphrase,
                 reason=f"Inspection report {snapshot.inspection.id}", location=f"{branch.name} {branch.code}")
    except SigningError as exc:
        raise CommandError(f"Could not sign the report: {exc} Nothing was written to {out}.") from exc
    except OSError as exc:
        raise CommandError(f"Cannot write {out}: {exc.strerror}; choose another --out path.") from exc
    return f"{identity.name} ({identity.fingerprint[:16]})"
