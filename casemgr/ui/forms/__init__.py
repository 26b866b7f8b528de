"""Assessment forms on screen: the renderer of casemgr.domain.forms definitions."""

from casemgr.ui.forms.renderer import FormRenderer
from casemgr.ui.forms.widgets import DateField, ErrorLabel

__all__ = ["DateField", "ErrorLabel", "FormRenderer"]
