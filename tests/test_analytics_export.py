"""Excel and CSV export for analysts, read back with openpyxl and the csv module."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from inspector.cli import main as cli_main
from inspector.demo import fill_demo
from inspector.headoffice.analytics_export import FINDING_COLUMNS, INSPECTION_COLUMNS, write_csv, write_xlsx


def _expected(store):
    inspections = store.list_inspections()
    findings = {(r.inspection.id, f.item_id): f for r in inspections for f in store.get_findings(r.inspection.id)}
    return inspections, findings


def test_xlsx_has_two_sheets_with_header_and_rows(store, data_dir, tmp_path):
    fill_demo(store, data_dir, inspections=3)
    inspections, findings = _expected(store)
    path = tmp_path / "out.xlsx"
    counts = write_xlsx(store, path)
    assert counts == (len(inspections), len(findings))
    wb = load_workbook(path)
    assert wb.sheetnames == ["inspections", "findings"]
    ws = wb["inspections"]
    assert [c.value for c in ws[1]] == [name for name, _ in INSPECTION_COLUMNS]
    assert ws.freeze_panes == "A2" and ws.column_dimensions["C"].width == INSPECTION_COLUMNS[2][1]
    rows = {row[0]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    for r in inspections:
        row = rows[r.inspection.id]
        assert row[1:4] == (r.branch_code, r.branch_name, r.region)
        assert row[7] == r.score and row[8] == r.grade and row[9] == r.inspection.status
    fs = wb["findings"]
    assert [c.value for c in fs[1]] == [name for name, _ in FINDING_COLUMNS]
    failed = 0
    for row in fs.iter_rows(min_row=2, values_only=True):
        finding = findings[(row[0], row[1])]
        assert row[4] == finding.result and (row[8] or "") == finding.note
        assert row[3] in {"按规定着装", "佩戴工号牌", "按叫号顺序办理", "等候时间", "窗口开放"}
        if finding.result == "fail":
            failed += 1
            assert row[9] > 0
        else:
            assert row[9] == 0
    assert fs.max_row - 1 == len(findings) and failed > 0


def test_csv_is_utf8_with_bom_and_reads_back(store, data_dir, tmp_path):
    fill_demo(store, data_dir, inspections=2)
    inspections, findings = _expected(store)
    ins_path, find_path = write_csv(store, tmp_path / "csv")
    assert ins_path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(ins_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [name for name, _ in INSPECTION_COLUMNS] and len(rows) == len(inspections) + 1
    assert {row[2] for row in rows[1:]} == {r.branch_name for r in inspections}  # Chinese survives
    with open(find_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(findings)
    for row in rows:
        assert row["result"] == findings[(row["inspection_id"], row["item_id"])].result


def test_cli_export_data(store, data_dir, tmp_path):
    fill_demo(store, data_dir, inspections=2)
    store.close()
    out = io.StringIO()
    assert cli_main(["--data-dir", str(data_dir.root), "export-data", "--format", "xlsx",
                     "--out", str(tmp_path / "a.xlsx")], out, io.StringIO()) == 0
    assert load_workbook(tmp_path / "a.xlsx").sheetnames == ["inspections", "findings"]
    assert cli_main(["--data-dir", str(data_dir.root), "export-data", "--format", "csv",
                     "--out", str(tmp_path / "c")], out, io.StringIO()) == 0
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["findings.csv", "inspections.csv"]
