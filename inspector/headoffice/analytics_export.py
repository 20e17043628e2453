"""Inspections and findings as Excel (openpyxl) or CSV for analysts. No Qt, no SQL.

    write_xlsx(store, Path("inspections.xlsx"))          # two sheets
    write_csv(store, Path("out/"))                       # inspections.csv + findings.csv

CSV is UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from inspector import scoring
from inspector.atomic import replacing

INSPECTION_COLUMNS = [
    ("inspection_id", 38), ("branch_code", 10), ("branch_name", 18), ("region", 10), ("date", 12),
    ("type", 10), ("inspectors", 18), ("score", 8), ("grade", 7), ("status", 10),
]
FINDING_COLUMNS = [
    ("inspection_id", 38), ("item_id", 22), ("area", 14), ("item_text_zh", 40), ("result", 10),
    ("occurrences", 11), ("staff", 10), ("repeat", 8), ("note", 40), ("deduction_lost", 14),
]


def inspection_rows(store: Any) -> list[list[Any]]:
    """One row per inspection, newest first, in INSPECTION_COLUMNS order."""
    return [
        [r.inspection.id, r.branch_code, r.branch_name, r.region, r.inspection.started_at[:10], r.inspection.type,
         "、".join(r.inspection.inspectors), r.score, r.grade, r.inspection.status]
        for r in store.list_inspections()
    ]


def finding_rows(store: Any) -> Iterator[list[Any]]:
    """One row per finding (every result, not only failures), in FINDING_COLUMNS order."""
    templates: dict[tuple[str, int], dict[str, Any]] = {}
    for row in store.list_inspections():
        ins = row.inspection
        key = (ins.template_id, ins.template_version)
        if key not in templates:
            templates[key] = store.template_of(ins)
        template = templates[key]
        items = {item["id"]: item for item in template["items"]}
        areas = {area["id"]: area["name"]["zh"] for area in template["areas"]}
        findings = store.get_findings(ins.id)
        losses = scoring.score_inspection(template, findings, ins.type).item_losses
        for f in findings:
            item = items.get(f.item_id, {})
            yield [ins.id, f.item_id, areas.get(item.get("area"), item.get("area", "")),
                   item.get("text", {}).get("zh", ""), f.result, f.occurrences, f.staff, f.repeat, f.note,
                   float(losses.get(f.item_id, 0.0))]


def write_xlsx(store: Any, path: Path) -> tuple[int, int]:
    """Write an .xlsx with sheets "inspections" and "findings"; returns the row counts."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    inspections = inspection_rows(store)
    findings = list(finding_rows(store))

    def write(tmp: Path) -> None:
        wb = Workbook()
        for index, (title, columns, rows) in enumerate(
            (("inspections", INSPECTION_COLUMNS, inspections), ("findings", FINDING_COLUMNS, findings))
        ):
            ws = wb.active if index == 0 else wb.create_sheet()
            ws.title = title
            ws.append([name for name, _ in columns])
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for row in rows:
                ws.append(row)
            ws.freeze_panes = "A2"  # the header row stays in view while scrolling
            ws.auto_filter.ref = ws.dimensions
            for col, (_, width) in enumerate(columns, start=1):
                ws.column_dimensions[get_column_letter(col)].width = width
        wb.save(tmp)

    _write_via(Path(path), write)
    return len(inspections), len(findings)


def write_csv(store: Any, folder: Path) -> tuple[Path, Path]:
    """Write inspections.csv and findings.csv (UTF-8 with BOM) into ``folder``."""
    folder = Path(folder)
    out = []
    for name, columns, rows in (("inspections.csv", INSPECTION_COLUMNS, inspection_rows(store)),
                                ("findings.csv", FINDING_COLUMNS, finding_rows(store))):
        def write(tmp: Path, columns=columns, rows=rows) -> None:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([c for c, _ in columns])
                writer.writerows(rows)
        _write_via(folder / name, write)
        out.append(folder / name)
    return out[0], out[1]


def _write_via(target: Path, write: Any) -> None:
    """Let ``write`` fill a temporary file that then replaces ``target`` (atomic.replacing)."""
    with replacing(target) as tmp:
        write(tmp)
