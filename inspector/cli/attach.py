"""`python main.py attach ID FILES...`: attach photos from a phone, matched by capture time."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector.cli._lookup import resolve_inspection_id

NAME = "attach"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="attach photos to an inspection, matched to items by capture time",
        description=(
            "Import photos (JPEG, PNG, WebP, HEIC) into an inspection. Each photo goes to the item that was "
            "being answered when it was taken (within 10 minutes); the others stay with the inspection to be "
            "placed in the app. Bad files are listed and skipped. Exit 0 if every file imported, 1 if any failed."
        ),
    )
    parser.add_argument("id", help="inspection id (or a unique prefix of at least 6 characters)")
    parser.add_argument("files", nargs="+", type=Path, help="photo files")


def run(args: argparse.Namespace, ctx) -> int:
    from inspector.photos.bulk_attach import attach_photos

    with ctx.open_store() as store:
        inspection = store.get_inspection(resolve_inspection_id(store, args.id))
        summary = attach_photos(store, inspection.id, args.files, ctx.data_dir.photos)
        template = store.template_of(inspection)
    texts = {item["id"]: item["text"]["zh"] for item in template["items"]}
    for photo in summary.matched:
        print(f"matched    {photo.original_name} ({photo.taken_at}) → {photo.item_id} {texts.get(photo.item_id, '')}", file=ctx.out)
    for photo in summary.unmatched:
        print(f"unmatched  {photo.original_name} ({photo.taken_at}): kept with the inspection", file=ctx.out)
    for photo in summary.already_attached:
        print(f"present    {photo.original_name}: already attached", file=ctx.out)
    for name, error in summary.failed:
        print(f"failed     {name}: {error}", file=ctx.out)
    print(
        f"{len(summary.matched)} matched, {len(summary.unmatched)} unmatched, "
        f"{len(summary.already_attached)} already present, {len(summary.failed)} failed",
        file=ctx.out,
    )
    return 1 if summary.failed else 0
