"""The PDF report of one inspection (reportlab, embedded CJK font).

    pdf = build_report(store.snapshot(inspection_id), "zh")   # inspector.report.build

Owns the report's layout: sections (`sections`), light flowables (`flowables`), fonts and text
(`typesetting`), the bar chart (`chart`), photos spliced in from their JPEG files (`photo_splice`)
and the data hash a report prints and signs (`digest`). Works from a read-only
`model.InspectionSnapshot`: never imports the store, sync, signing, the UI or Qt.
"""
