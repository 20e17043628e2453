"""Head office's analysis of many inspections: the dashboard's figures and the analysts' exports.

    data = build_dashboard(store, DashboardFilter(2025, 3))    # inspector.headoffice.dashboard
    write_xlsx(store, Path("inspections.xlsx"))                # inspector.headoffice.analytics_export

Reads through the store's public methods only (never SQL) and never imports Qt or the UI: the
head-office screens and commands show what these compute.
"""
