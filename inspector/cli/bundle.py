"""`python main.py bundle [ID...] [--all] [--out DIR] [--passphrase P]`: sync bundles for head office.

Each bundle is one zip per signed inspection (signed PDF, inspection.json, photo
originals, manifest and its signature); see docs/bundle-format.md. Default folder: DATA_DIR/outbox.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

NAME = "bundle"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``bundle`` subcommand."""
    p = subparsers.add_parser(
        NAME,
        help="write sync bundles of signed inspections for head office",
        description=(
            "Write one bundle (.inspection.zip) per signed inspection: the signed PDF report, the data as JSON, "
            "the original photos and a manifest of SHA-256 hashes signed with the same key. With --all (or no ID), every signed inspection "
            "not bundled before. Exit code 0: all written; 1: some failed."
        ),
    )
    p.add_argument("ids", nargs="*", metavar="ID", help="inspection id, or a unique prefix of at least 6 characters")
    p.add_argument("--all", action="store_true", help="every signed inspection without a bundle yet")
    p.add_argument("--out", type=Path, metavar="DIR", help="folder for the bundles (default: DATA_DIR/outbox)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language (default: zh)")
    p.add_argument("--key", metavar="FINGERPRINT", help="signing key to use (a prefix of its fingerprint)")
    p.add_argument("--passphrase", help="passphrase of the signing key (default: $INSPECTOR_KEY_PASSPHRASE)")


def run(args: argparse.Namespace, ctx: Any) -> int:
    """Sign each report and manifest, write each bundle atomically, record each export; one line per bundle."""
    from inspector.cli import CommandError
    from inspector.cli._lookup import resolve_inspection_id
    from inspector.signing.pades import SigningError
    from inspector.sync import SyncError, build_bundle, bundle_all_unsynced, bundle_signer

    if args.ids and args.all:
        raise CommandError("Give inspection ids or --all, not both.")
    out = (args.out or Path(ctx.data_dir.outbox)).expanduser().absolute()
    failed = 0
    with ctx.open_store() as store:
        try:
            signer = bundle_signer(Path(ctx.data_dir.keys), args.passphrase, args.key, args.lang)
            if args.ids:
                for ref in args.ids:
                    inspection_id = resolve_inspection_id(store, ref)
                    snapshot = store.snapshot(inspection_id)
                    if snapshot.inspection.status != "signed":
                        print(f"failed  {inspection_id}: it is {snapshot.inspection.status}; only a signed "
                              "inspection can be bundled.", file=ctx.err)
                        failed += 1
                        continue
                    path = build_bundle(store, inspection_id, out, signer)
                    print(f"wrote   {path}", file=ctx.out)
            else:
                summary = bundle_all_unsynced(store, out, signer)
                for path in summary.written:
                    print(f"wrote   {path}", file=ctx.out)
                for inspection_id, reason in summary.failed:
                    print(f"failed  {inspection_id}: {reason}", file=ctx.err)
                failed += len(summary.failed)
                if not summary.written and not summary.failed:
                    print("Nothing to bundle: every signed inspection already has a bundle.", file=ctx.out)
        except SigningError as exc:
            raise CommandError(f"Could not sign the report: {exc}") from exc
        except SyncError as exc:
            raise CommandError(str(exc)) from exc
    return 1 if failed else 0
