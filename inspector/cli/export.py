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

from ..publish import PASSPHRASE_ENV
from . import CommandError
from ._lookup import resolve_inspection_id

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
    """Build the report, sign it when possible, write it, record the export."""
    from ..publish import PublishError, make_report, write_atomic
    from ..report import count_pages
    from ..store import StoreError

    out = _check_target(args.out)
    with ctx.open_store() as store:
        inspection_id = resolve_inspection_id(store, args.id)
        received = None if args.rebuild else store.received_report(inspection_id)
        if received is not None:
            return _copy_received(store, received, Path(ctx.data_dir.root), out, ctx)
        snapshot = store.snapshot(inspection_id)
        try:
            report = make_report(snapshot, Path(ctx.data_dir.keys), lang=args.lang, captions=args.captions,
                                 key=args.key, passphrase=args.passphrase)
            if report.unsigned_reason:
                print(f"warning: writing the report UNSIGNED: {report.unsigned_reason} "
                      f"(use --passphrase or ${PASSPHRASE_ENV}).", file=ctx.err)
            write_atomic(out, report.pdf)
        except PublishError as exc:
            raise CommandError(f"{exc} Nothing was written to {out}.") from exc
        try:
            store.record_export(inspection_id, "pdf", str(out))
        except StoreError as exc:  # the file is written; say so rather than fail
            print(f"warning: the report was written but the export could not be recorded: {exc}", file=ctx.err)
    print(f"wrote:  {out}", file=ctx.out)
    print(f"pages:  {count_pages(report.pdf)}", file=ctx.out)
    print(f"signed: {'yes, by ' + report.signed_by if report.signed_by else 'no'}", file=ctx.out)
    return 0



def _copy_received(store: Any, received: Any, data_root: Path, out: Path, ctx: Any) -> int:
    """Write the signed report an imported inspection arrived with, unchanged."""
    from ..publish import PublishError, write_atomic
    from ..received import read_received_report

    try:
        pdf = read_received_report(data_root, received)
        write_atomic(out, pdf)
    except (OSError, ValueError, PublishError) as exc:
        raise CommandError(f"{exc} Nothing was written to {out}.") from exc
    store.record_export(received.inspection_id, "pdf", str(out))
    print(f"wrote:  {out}", file=ctx.out)
    print(f"signed: yes, by {received.signer} (the report as received, byte for byte; --rebuild makes a new one)",
          file=ctx.out)
    return 0
