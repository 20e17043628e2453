"""`python main.py export ID --out FILE.pdf [--lang zh|en] [--captions]`: write an inspection's PDF report.

A signed inspection's report is PAdES-signed with the signing key in DATA_DIR/keys when
a passphrase is given (--passphrase or $INSPECTOR_KEY_PASSPHRASE); otherwise it is
written unsigned, with a warning. At head office, an imported inspection's report is the
signed one it arrived with, copied byte for byte (--rebuild makes a new one instead).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from inspector.cli import CommandError
from inspector.cli._lookup import resolve_inspection_id
from inspector.publish import PASSPHRASE_ENV

NAME = "export"


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
    p.add_argument("--rebuild", action="store_true",
                   help="for an imported inspection: build a new report instead of copying the signed one received")


def _check_target(out: Path) -> Path:
    out = out.expanduser().absolute()
    if out.is_dir():
        raise CommandError(f"{out} is a folder; give a file name such as {out / 'report.pdf'}.")
    if not out.parent.is_dir():
        raise CommandError(f"The folder {out.parent} does not exist; create it or choose another --out path.")
    if not os.access(out.parent, os.W_OK):
        raise CommandError(f"Cannot write to the folder {out.parent}; choose another --out path.")
    return out


def run(args: argparse.Namespace, ctx: Any) -> int:
    """Build the report (or take the one received), write it, record the export."""
    from inspector.publish import PublishError, write_atomic
    from inspector.report.build import count_pages
    from inspector.store import StoreError

    out = _check_target(args.out)
    with ctx.open_store() as store:
        inspection_id = resolve_inspection_id(store, args.id)
        try:
            pdf, signed = _report(args, store, inspection_id, ctx)
            write_atomic(out, pdf)
        except (OSError, ValueError, PublishError) as exc:
            raise CommandError(f"{exc} Nothing was written to {out}.") from exc
        try:
            store.record_export(inspection_id, "pdf", str(out))
        except StoreError as exc:  # the file is written; say so rather than fail
            print(f"warning: the report was written but the export could not be recorded: {exc}", file=ctx.err)
    print(f"wrote:  {out}", file=ctx.out)
    print(f"pages:  {count_pages(pdf)}", file=ctx.out)
    print(f"signed: {signed}", file=ctx.out)
    return 0


def _report(args: argparse.Namespace, store: Any, inspection_id: str, ctx: Any) -> tuple[bytes, str]:
    """(the PDF, who signed it): at head office the signed report as received, unchanged;
    otherwise built now and signed when the inspection is and a key is at hand."""
    from inspector.publish import make_report
    from inspector.sync.received_report import read_received_report

    received = None if args.rebuild else store.received_report(inspection_id)
    if received is not None:
        pdf = read_received_report(Path(ctx.data_dir.root), received)
        return pdf, f"yes, by {received.signer} (the report as received, byte for byte; --rebuild makes a new one)"
    report = make_report(store.snapshot(inspection_id), Path(ctx.data_dir.keys), lang=args.lang,
                         captions=args.captions, key=args.key, passphrase=args.passphrase)
    if report.unsigned_reason:
        print(f"warning: writing the report UNSIGNED: {report.unsigned_reason} "
              f"(use --passphrase or ${PASSPHRASE_ENV}).", file=ctx.err)
    return report.pdf, ("yes, by " + report.signed_by) if report.signed_by else "no"
