"""`python main.py demo`: fill the data folder with realistic demo data."""

from __future__ import annotations

import argparse

NAME = "demo"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="fill the data folder with demo branches, inspections, findings and photos",
        description=(
            "Add four demo branches and N inspections of every type with findings and photos "
            "(with EXIF capture times). Every third inspection is finished and signed by both sides "
            "with a demo key (passphrase 'demo'), so `export` shows a signed report at once."
        ),
    )
    parser.add_argument("--inspections", type=int, default=6, metavar="N", help="how many inspections (default 6)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (same seed, same data)")


def run(args: argparse.Namespace, ctx) -> int:
    from inspector.cli import CommandError
    from inspector.demo import ensure_demo_identity, fill_demo

    if args.inspections < 1:
        raise CommandError("--inspections must be at least 1")
    with ctx.open_store() as store:
        ids = fill_demo(store, ctx.data_dir, inspections=args.inspections, seed=args.seed)
        identity = ensure_demo_identity(ctx.data_dir.keys)
        signed = [i for i in ids if store.get_inspection(i).status == "signed"]
    print(f"Added {len(ids)} inspections to {ctx.data_dir.root} ({len(signed)} signed).", file=ctx.out)
    print(f"Demo signing key: {identity.name} (passphrase 'demo').", file=ctx.out)
    if signed:
        print(f"Try: python main.py export {signed[0]} --out report.pdf", file=ctx.out)
    return 0
