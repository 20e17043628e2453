"""`python main.py verify FILE.pdf [--trust DIR]`: check a signed report's signature."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

NAME = "verify"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``verify`` subcommand."""
    p = subparsers.add_parser(
        NAME,
        help="check that a signed PDF report is unchanged and signed by a trusted key",
        description=(
            "Check a signed PDF report. Exit code 0: valid; 1: altered, invalid, unsigned "
            "or unreadable; 2: intact but signed by a key not in the trust folder."
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf", help="the PDF report to check")
    p.add_argument(
        "--trust",
        type=Path,
        metavar="DIR",
        default=None,
        help="folder of trusted certificates (.pem/.crt/.cer/.der); default: DATA_DIR/trust",
    )


def run(args: argparse.Namespace, ctx) -> int:
    """Verify ``args.file``, print the outcome to ``ctx.out`` and return the exit code."""
    from inspector.cli import CommandError
    from inspector.signing.pades import verify_pdf

    if args.trust is not None:
        trust = Path(args.trust)
        if not trust.is_dir():
            raise CommandError(
                f"trust folder {trust} does not exist; pass a folder of trusted certificates.",
                exit_code=1,
            )
    else:
        # ctx.data_dir is a paths.DataDir (its .root is the folder); accept a plain Path too.
        # (not getattr(..., "root"): a Path's .root is "/").
        data_dir = ctx.data_dir if isinstance(ctx.data_dir, os.PathLike) else ctx.data_dir.root
        trust = Path(data_dir) / "trust"
    result = verify_pdf(args.file, trust if trust.is_dir() else None)
    lines = [
        f"file:    {args.file}",
        f"status:  {result.status}",
        f"signer:  {result.signer or '-'}",
        f"time:    {result.signed_at or '-'}",
        f"trust:   {trust if trust.is_dir() else '(none)'}",
        f"message: {result.message}",
    ]
    print("\n".join(lines), file=ctx.out)
    return result.exit_code
