"""Head-office tabs: the quarterly dashboard and rectification tracking."""

from .dashboard import DashboardWidget
from .rectifications import RectificationsWidget

__all__ = ["DashboardWidget", "RectificationsWidget"]
