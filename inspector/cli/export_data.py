"""`python main.py export-data --format xlsx|csv --out PATH`: inspections and findings for analysts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

NAME = "export-data"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export-data`` subcommand."""
    p = subparsers.add_parser(
        NAME,
        help="export inspections and findings as Excel or CSV",
        description=(
            "xlsx: one workbook with the sheets 'inspections' and 'findings' (PATH is the file). "
            "csv: inspections.csv and findings.csv, UTF-8 with BOM (PATH is a folder, created if needed)."
        ),
    )
    p.add_argument("--format", choices=("xlsx", "csv"), default="xlsx", help="file format (default: xlsx)")
    p.add_argument("--out", type=Path, required=True, metavar="PATH", help="the .xlsx file, or the folder for CSV")


def run(args: argparse.Namespace, ctx: Any) -> int:
    from inspector.cli import CommandError
    from inspector.headoffice.analytics_export import write_csv, write_xlsx

    out = args.out.expanduser().absolute()
    try:
        with ctx.open_store() as store:
            if args.format == "xlsx":
                if out.is_dir():
                    raise CommandError(f"{out} is a folder; give a file name such as {out / 'inspections.xlsx'}.")
                inspections, findings = write_xlsx(store, out)
                print(f"wrote {out} ({inspections} inspections, {findings} findings)", file=ctx.out)
            else:
                if out.exists() and not out.is_dir():
                    raise CommandError(f"{out} is a file; for CSV give a folder (two files are written).")
                for path in write_csv(store, out):
                    print(f"wrote {path}", file=ctx.out)
    except OSError as exc:
        raise CommandError(f"Cannot write {out}: {exc.strerror or exc}; choose another --out path.") from exc
    return 0
