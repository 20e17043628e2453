"""Head-office tabs: the quarterly dashboard and rectification tracking."""

from inspector.ui.headoffice.dashboard import DashboardWidget
from inspector.ui.headoffice.rectifications import RectificationsWidget

__all__ = ["DashboardWidget", "RectificationsWidget"]
