"""`python main.py list`: the inspections in the data folder, one per line."""

from __future__ import annotations

import argparse
import json

NAME = "list"
TYPE_LABELS = {"onsite": "明查", "mystery": "暗访", "remote": "非现场", "self": "自查"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="print inspections: id, branch, date, type, score, grade, status",
        description="Print the inspections in the data folder, newest first, one per line.",
    )
    parser.add_argument("--branch", help="only this branch (code)")
    parser.add_argument("--type", choices=sorted(TYPE_LABELS), help="only this inspection type")
    parser.add_argument("--status", choices=["draft", "finished", "signed"], help="only this status")
    parser.add_argument("--json", action="store_true", help="print JSON lines instead of a table")


def run(args: argparse.Namespace, ctx) -> int:
    with ctx.open_store() as store:
        branch_id = None
        if args.branch:
            matches = [b for b in store.list_branches() if b.code == args.branch]
            if not matches:
                from inspector.cli import CommandError

                raise CommandError(f"no branch with code {args.branch} in {ctx.data_dir.database}")
            branch_id = matches[0].id
        rows = store.list_inspections(branch_id=branch_id, type=args.type, status=args.status)
    if args.json:
        for row in rows:
            record = {
                "id": row.inspection.id, "branch_code": row.branch_code, "branch": row.branch_name,
                "date": row.inspection.started_at[:10], "type": row.inspection.type, "score": row.score,
                "grade": row.grade, "passed": row.passed, "status": row.inspection.status,
            }
            print(json.dumps(record, ensure_ascii=False), file=ctx.out)
        return 0
    if not rows:
        print("No inspections. Run `python main.py demo` for demo data, or start one in the app.", file=ctx.out)
        return 0
    print(f"{'ID':36}  {'BRANCH':14}  {'DATE':10}  {'TYPE':6}  {'SCORE':>6}  GRADE  STATUS", file=ctx.out)
    for row in rows:
        score = "" if row.score is None else f"{row.score:6.1f}"
        grade = (row.grade or "") + ("" if row.passed in (None, True) else "!")
        branch = f"{row.branch_code} {row.branch_name}"
        print(
            f"{row.inspection.id:36}  {_pad(branch, 14)}  {row.inspection.started_at[:10]:10}  "
            f"{_pad(TYPE_LABELS[row.inspection.type], 6)}  {score:>6}  {grade:5}  {row.inspection.status}",
            file=ctx.out,
        )
    return 0


def _pad(text: str, width: int) -> str:
    """Left-align text whose CJK characters take two columns in a terminal."""
    columns = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    return text + " " * max(0, width - columns)
