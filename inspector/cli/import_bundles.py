"""`python main.py import FILES... [--trust DIR]`: import sync bundles at head office.

Each bundle is checked (manifest, schema, trusted PDF signature, data hash) and imported
whole or not at all. Exit code 0 when every file was imported or already present, 1 when
any was refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

NAME = "import"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``import`` subcommand."""
    p = subparsers.add_parser(
        NAME,
        help="import sync bundles (.inspection.zip) from laptops",
        description=(
            "Check and import sync bundles. A bundle is refused when it was altered, its report is not signed "
            "by a key in the trust folder, or the same inspection is stored with different content. "
            "Folders are searched for *.inspection.zip. Exit code 0: all imported or already present; 1: some refused."
        ),
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="bundle files or folders of bundles")
    p.add_argument("--trust", type=Path, metavar="DIR",
                   help="folder of trusted certificates (.pem/.crt/.cer/.der); default: DATA_DIR/trust")


def run(args: argparse.Namespace, ctx: Any) -> int:
    """Import the bundles, print the counts and a line per refused file."""
    from inspector.cli import CommandError
    from inspector.sync import expand_bundle_paths, import_bundles

    trust = args.trust if args.trust is not None else Path(ctx.data_dir.root) / "trust"
    if args.trust is not None and not trust.is_dir():
        raise CommandError(f"trust folder {trust} does not exist; pass a folder of trusted certificates.", exit_code=1)
    paths = expand_bundle_paths(list(args.files))
    if not paths:
        raise CommandError("No bundles found in the folders given (looking for *.inspection.zip).", exit_code=1)
    with ctx.open_store() as store:
        summary = import_bundles(store, paths, trust if trust.is_dir() else None, Path(ctx.data_dir.photos))
    print(f"imported:        {len(summary.imported)}", file=ctx.out)
    print(f"already present: {len(summary.already_present)}", file=ctx.out)
    print(f"refused:         {len(summary.refused)}", file=ctx.out)
    if summary.closings:
        print(f"rectifications closed on a laptop since, taken over: {len(summary.closings)}", file=ctx.out)
    for _path, reason in summary.refused:
        print(f"refused {reason}", file=ctx.out)
    return 1 if summary.refused else 0
